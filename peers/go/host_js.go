//go:build js

package main

import "os"

// The js/wasm build runs under Node through wasm_exec.js (Go 1.19 has no wasip1): no system
// calls of its own. Files, /proc included, are reached through Node's fs module.

// unameFacts: the host name from /proc (through Node's fs), the kernel as "js/wasm".
func unameFacts() (string, KernelFacts) {
	hostname, _ := os.Hostname()
	if text := readTrimmed("/proc/sys/kernel/hostname"); text != nil {
		hostname = *text
	}
	return hostname, KernelFacts{"js", "wasm", "Go js/wasm under Node", "wasm32"}
}

// hostVirtualization: kind "wasm", as edgebench's module records it, so a js/wasm run is only
// compared with other WebAssembly runs; Toolchains/wasm/go-js-node.cjs names the runtime in
// EDGEBENCH_WASM_RUNTIME.
func hostVirtualization(cpuinfo string) Virtualization {
	runtime := os.Getenv("EDGEBENCH_WASM_RUNTIME")
	if runtime == "" {
		runtime = "unknown"
	}
	host := virtualization(cpuinfo)
	return Virtualization{Kind: "wasm", Evidence: "Go js/wasm module under " + runtime +
		" (wasm_exec.js); host underneath: " + host.Kind + " (" + host.Evidence + ")",
		Runtime: &runtime}
}

// executablePath is the module's (EDGEBENCH_WASM_MODULE, from go-js-node.cjs): os.Executable
// has nothing to name under js/wasm.
func executablePath() (string, error) {
	if path := os.Getenv("EDGEBENCH_WASM_MODULE"); path != "" {
		return path, nil
	}
	return os.Executable()
}

// currentCPU: no getcpu from WebAssembly.
func currentCPU() int { return -1 }

// TaskClock has no perf_event_open to open under js/wasm (taskclock.go is Linux only).
type TaskClock struct {
	ReadCost float64
	Status   statusJSON
}

// OpenTaskClock returns a clock that never counts, with edgebench's reason "wasm".
func OpenTaskClock() *TaskClock {
	return &TaskClock{Status: statusJSON{Status: "unavailable", Reason: "wasm", Errno: "-",
		Message: "a WebAssembly module: WASI has no perf_event_open (the runtime's host may count; this module cannot)"}}
}

// Read never has a reading.
func (t *TaskClock) Read() (TaskClockReading, bool) { return TaskClockReading{}, false }

// TaskClockReading is one read of the (never counting) clock.
type TaskClockReading struct{ Value, Enabled, Running float64 }
