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
