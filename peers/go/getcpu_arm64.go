package main

// sysGetcpu is getcpu(2) on linux/arm64 (the frozen syscall package lacks the constant).
const sysGetcpu = 168
