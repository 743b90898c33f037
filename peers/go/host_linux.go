//go:build linux

package main

import (
	"os"
	"syscall"
	"unsafe"
)

// unameFacts is uname(2): the host name and the kernel.
func unameFacts() (string, KernelFacts) {
	var uts syscall.Utsname
	_ = syscall.Uname(&uts)
	return utsString(uts.Nodename[:]), KernelFacts{utsString(uts.Sysname[:]),
		utsString(uts.Release[:]), utsString(uts.Version[:]), utsString(uts.Machine[:])}
}

// currentCPU is getcpu(2), or -1; the calling goroutine is locked to its thread in main.
func currentCPU() int {
	var cpu uint32
	_, _, errno := syscall.RawSyscall(sysGetcpu, uintptr(unsafe.Pointer(&cpu)), 0, 0)
	if errno != 0 {
		return -1
	}
	return int(cpu)
}

// hostVirtualization: a native binary looks for a hypervisor or container.
func hostVirtualization(cpuinfo string) Virtualization { return virtualization(cpuinfo) }

// executablePath is the running binary's.
func executablePath() (string, error) { return os.Executable() }
