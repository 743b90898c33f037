//go:build linux

package main

import (
	"sort"
	"syscall"
	"unsafe"
)

// TaskClock is the kernel's task-clock software counter on the measuring thread (main locks
// itself to one OS thread): the CPU time each sample actually got, as edgebench records it, so
// `edgebench aggregate --time cpu` compares Go with Swift on a busy machine too.
type TaskClock struct {
	fd       int // -1 when not counting
	ReadCost float64
	Status   statusJSON
}

// perfEventAttr is the first 64 bytes of struct perf_event_attr (PERF_ATTR_SIZE_VER0).
type perfEventAttr struct {
	Type, Size                                   uint32
	Config, SamplePeriod, SampleType, ReadFormat uint64
	Flags                                        uint64
	WakeupEvents, BreakpointType                 uint32
	Config1                                      uint64
}

const (
	perfTypeSoftware      = 1
	perfCountSWTaskClock  = 1
	perfFormatTimeEnabled = 1 << 0
	perfFormatTimeRunning = 1 << 1
	perfFlagExcludeKernel = 1 << 5
	perfFlagExcludeHV     = 1 << 6
	perfFlagFDCloexec     = 1 << 3
	perfSampleSize        = 64
	readCostRounds        = 31
)

// OpenTaskClock opens the counter, or records why it cannot (as edgebench's reasons).
func OpenTaskClock() *TaskClock {
	// With kernel time first; where perf_event_paranoid forbids that, user time only (as
	// edgebench's software group).
	excludesKernel := false
	fd, errno := openTaskClock(0)
	if errno == syscall.EACCES || errno == syscall.EPERM {
		excludesKernel = true
		fd, errno = openTaskClock(perfFlagExcludeKernel)
	}
	if errno != 0 {
		return &TaskClock{fd: -1, Status: unavailableStatus(errno)}
	}
	clock := &TaskClock{fd: fd, Status: statusJSON{Status: "counting", PMUs: []string{"software"},
		ExcludesKernel: &excludesKernel}}
	costs := make([]float64, readCostRounds)
	for i := range costs {
		before, _ := clock.Read()
		sink += now()
		after, _ := clock.Read()
		costs[i] = after.Value - before.Value
	}
	sort.Float64s(costs)
	clock.ReadCost = costs[readCostRounds/2]
	clock.Status.ReadCost = &clock.ReadCost
	return clock
}

func openTaskClock(flags uint64) (int, syscall.Errno) {
	attr := perfEventAttr{Type: perfTypeSoftware, Size: perfSampleSize, Config: perfCountSWTaskClock,
		ReadFormat: perfFormatTimeEnabled | perfFormatTimeRunning, Flags: perfFlagExcludeHV | flags}
	for {
		fd, _, errno := syscall.Syscall6(syscall.SYS_PERF_EVENT_OPEN, uintptr(unsafe.Pointer(&attr)),
			0, ^uintptr(0), ^uintptr(0), perfFlagFDCloexec, 0)
		if errno != syscall.EINTR {
			return int(fd), errno
		}
	}
}

// TaskClockReading is one read: the count (ns on a CPU) and the times the counter was enabled
// and running.
type TaskClockReading struct{ Value, Enabled, Running float64 }

// Read reads the counter; false when it is not counting or the read failed.
func (t *TaskClock) Read() (TaskClockReading, bool) {
	if t.fd < 0 {
		return TaskClockReading{}, false
	}
	var words [3]uint64
	buffer := (*[24]byte)(unsafe.Pointer(&words))[:]
	for {
		n, err := syscall.Read(t.fd, buffer)
		if err == syscall.EINTR {
			continue
		}
		if err != nil || n != len(buffer) {
			return TaskClockReading{}, false
		}
		return TaskClockReading{float64(words[0]), float64(words[1]), float64(words[2])}, true
	}
}

// unavailableStatus maps perf_event_open's errno to edgebench's reason keys.
func unavailableStatus(errno syscall.Errno) statusJSON {
	status := statusJSON{Status: "unavailable", Errno: errnoName(errno)}
	switch errno {
	case syscall.ENOSYS:
		status.Reason = "no-syscall"
		status.Message = "perf_event_open is not implemented (ENOSYS): user-mode emulation such as qemu-user, or a kernel built without perf events"
	case syscall.EACCES, syscall.EPERM:
		status.Reason = "blocked"
		status.Message = "perf_event_open was refused (" + status.Errno + "): perf_event_paranoid, a seccomp filter or a security module"
	default:
		status.Reason = "failed"
		status.Message = "perf_event_open failed (" + status.Errno + ")"
	}
	return status
}

func errnoName(errno syscall.Errno) string {
	switch errno {
	case syscall.ENOSYS:
		return "ENOSYS"
	case syscall.EACCES:
		return "EACCES"
	case syscall.EPERM:
		return "EPERM"
	case syscall.ENOENT:
		return "ENOENT"
	case syscall.EINVAL:
		return "EINVAL"
	}
	return errno.Error()
}
