package main

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"runtime"
	"strconv"
	"strings"
)

// HostFacts is the part of edgebench's host fingerprint a peer can read from /proc and /sys
// without C: same field names, with core_types left empty and threads_per_core null (edgebench's
// own records carry those), and collected_by saying which program wrote it.
type HostFacts struct {
	CollectedBy       string         `json:"collected_by"`
	Hostname          string         `json:"hostname"`
	Kernel            KernelFacts    `json:"kernel"`
	CPUModel          string         `json:"cpu_model"`
	Board             *string        `json:"board"`
	CoreTypes         []struct{}     `json:"core_types"`
	OnlineCPUs        *string        `json:"online_cpus"`
	OnlineCount       int            `json:"online_count"`
	PossibleCPUs      *string        `json:"possible_cpus"`
	SMT               *string        `json:"smt"`
	ThreadsPerCore    *int           `json:"threads_per_core"`
	Boost             *BoostFacts    `json:"boost"`
	Virtualization    Virtualization `json:"virtualization"`
	PerfEventParanoid *int           `json:"perf_event_paranoid"`
	MemoryTotalKiB    *int           `json:"memory_total_kib"`
}

// KernelFacts is uname's four strings.
type KernelFacts struct {
	Sysname string `json:"sysname"`
	Release string `json:"release"`
	Version string `json:"version"`
	Machine string `json:"machine"`
}

// BoostFacts is the frequency-boost switch and where it was read.
type BoostFacts struct {
	State  string `json:"state"`
	Source string `json:"source"`
}

// Virtualization says VM, container or none, and why.
type Virtualization struct {
	Kind     string `json:"kind"`
	Evidence string `json:"evidence"`
	// Runtime is set for kind "wasm" only: the runtime and its version, as edgebench records it.
	Runtime *string `json:"runtime,omitempty"`
}

// CollectHost reads this machine's facts.
func CollectHost() HostFacts {
	cpuinfo := readText("/proc/cpuinfo")
	online := readTrimmed("/sys/devices/system/cpu/online")
	count := runtime.NumCPU()
	if online != nil {
		count = cpuListCount(*online)
	}
	hostname, kernel := unameFacts()
	return HostFacts{
		CollectedBy:       "edgebench-peer-go",
		Hostname:          hostname,
		Kernel:            kernel,
		CPUModel:          cpuModel(cpuinfo),
		Board:             boardModel(cpuinfo),
		CoreTypes:         []struct{}{},
		OnlineCPUs:        online,
		OnlineCount:       count,
		PossibleCPUs:      readTrimmed("/sys/devices/system/cpu/possible"),
		SMT:               readTrimmed("/sys/devices/system/cpu/smt/control"),
		Boost:             boost(),
		Virtualization:    hostVirtualization(cpuinfo),
		PerfEventParanoid: readInt("/proc/sys/kernel/perf_event_paranoid"),
		MemoryTotalKiB:    memoryTotal(),
	}
}

func utsString(field []int8) string {
	var b strings.Builder
	for _, c := range field {
		if c == 0 {
			break
		}
		b.WriteByte(byte(c))
	}
	return b.String()
}

func readText(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	return string(data)
}

func readTrimmed(path string) *string {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	text := strings.TrimSpace(strings.ReplaceAll(string(data), "\x00", ""))
	return &text
}

func readInt(path string) *int {
	text := readTrimmed(path)
	if text == nil {
		return nil
	}
	value, err := strconv.Atoi(*text)
	if err != nil {
		return nil
	}
	return &value
}

// cpuinfoField is the first "key : value" line's value for key, or "".
func cpuinfoField(cpuinfo, key string) string {
	for _, line := range strings.Split(cpuinfo, "\n") {
		name, value, found := strings.Cut(line, ":")
		if found && strings.TrimSpace(name) == key {
			return strings.TrimSpace(value)
		}
	}
	return ""
}

// cpuModel is the x86 model name, or the ARM implementer and part numbers.
func cpuModel(cpuinfo string) string {
	if model := cpuinfoField(cpuinfo, "model name"); model != "" {
		return model
	}
	implementer, part := cpuinfoField(cpuinfo, "CPU implementer"), cpuinfoField(cpuinfo, "CPU part")
	if implementer != "" {
		return "ARM implementer " + implementer + " part " + part
	}
	return "unknown"
}

func boardModel(cpuinfo string) *string {
	if model := readTrimmed("/sys/firmware/devicetree/base/model"); model != nil {
		return model
	}
	for _, key := range []string{"Model", "Hardware"} {
		if value := cpuinfoField(cpuinfo, key); value != "" {
			return &value
		}
	}
	return nil
}

func cpuListCount(list string) int {
	count := 0
	for _, part := range strings.Split(list, ",") {
		low, high, isRange := strings.Cut(part, "-")
		a, errA := strconv.Atoi(low)
		b := a
		var errB error
		if isRange {
			b, errB = strconv.Atoi(high)
		}
		if errA == nil && errB == nil && b >= a {
			count += b - a + 1
		}
	}
	return count
}

func boost() *BoostFacts {
	const generic = "/sys/devices/system/cpu/cpufreq/boost"
	const intel = "/sys/devices/system/cpu/intel_pstate/no_turbo"
	if value := readInt(generic); value != nil {
		return &BoostFacts{map[bool]string{true: "on", false: "off"}[*value == 1], generic}
	}
	if value := readInt(intel); value != nil {
		return &BoostFacts{map[bool]string{true: "off", false: "on"}[*value == 1], intel}
	}
	return nil
}

func virtualization(cpuinfo string) Virtualization {
	if kind := readTrimmed("/sys/hypervisor/type"); kind != nil && *kind != "" {
		return Virtualization{Kind: *kind, Evidence: "/sys/hypervisor/type"}
	}
	if strings.Contains(" "+cpuinfoField(cpuinfo, "flags")+" ", " hypervisor ") {
		return Virtualization{Kind: "unknown-hypervisor", Evidence: "cpuinfo flag 'hypervisor'"}
	}
	for _, marker := range []string{"/.dockerenv", "/run/.containerenv"} {
		if _, err := os.Stat(marker); err == nil {
			return Virtualization{Kind: "container", Evidence: "/.dockerenv or /run/.containerenv"}
		}
	}
	return Virtualization{Kind: "none-detected", Evidence: "no hypervisor signature found"}
}

func memoryTotal() *int {
	field := cpuinfoField(readText("/proc/meminfo"), "MemTotal")
	value, err := strconv.Atoi(strings.TrimSuffix(field, " kB"))
	if err != nil {
		return nil
	}
	return &value
}

// peakRSS is VmHWM from /proc/self/status, in KiB.
func peakRSS() *int {
	field := cpuinfoField(readText("/proc/self/status"), "VmHWM")
	value, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(field, "kB")))
	if err != nil {
		return nil
	}
	return &value
}

// BuildFacts mirrors edgebench's build object (swift, c_arch and c_compiler are null for a
// peer), plus the peer's language and compiler.
type BuildFacts struct {
	Mode           string  `json:"mode"`
	Swift          *string `json:"swift"`
	Target         string  `json:"target"`
	CArch          *string `json:"c_arch"`
	CCompiler      *string `json:"c_compiler"`
	Optimization   string  `json:"optimization"`
	BinaryPath     *string `json:"binary_path"`
	BinarySHA256   *string `json:"binary_sha256"`
	SourceRevision string  `json:"source_revision"`
	BinaryBytes    *int    `json:"binary_bytes"`
	Language       string  `json:"language"`
	Compiler       string  `json:"compiler"`
	Library        string  `json:"library"`
}

// sourceRevision is set by peers/build.sh with -ldflags "-X main.sourceRevision=...".
var sourceRevision = "unknown"

// protobufVersion is the google.golang.org/protobuf release this peer was built against.
const protobufVersion = "google.golang.org/protobuf 1.28.1 (Debian golang-google-protobuf-dev)"

// CollectBuild describes this binary, hashing the executable.
func CollectBuild() BuildFacts {
	facts := BuildFacts{
		Mode: "peer", Target: machineName(runtime.GOARCH) + "-linux", Optimization: "release",
		SourceRevision: sourceRevision, Language: "go", Compiler: runtime.Version(),
		Library: protobufVersion,
	}
	if path, err := executablePath(); err == nil {
		facts.BinaryPath = &path
		if data, err := os.ReadFile(path); err == nil {
			digest := sha256.Sum256(data)
			text := hex.EncodeToString(digest[:])
			size := len(data)
			facts.BinarySHA256, facts.BinaryBytes = &text, &size
		}
	}
	return facts
}

// machineName is uname -m's spelling of a Go architecture.
func machineName(goarch string) string {
	switch goarch {
	case "amd64":
		return "x86_64"
	case "arm64":
		return "aarch64"
	}
	return goarch
}
