// CPerf: the C edge of edgebench. Only what Swift cannot reach in both the host build and the
// Embedded board build (where no Glibc module exists): clocks, argv, raw file descriptors,
// files (CPerfFiles.h), host facts (CPerfHost.h), CPUID and HWCAP words (CPerfCPUID.h) and
// perf_event_open counters (CPerfCounters.h).
#ifndef CPERF_H
#define CPERF_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Nanoseconds from CLOCK_MONOTONIC.
uint64_t cperf_monotonic_ns(void);

/// Nanoseconds of CPU time this thread has run (CLOCK_THREAD_CPUTIME_ID): unlike the
/// monotonic clock, it does not count time the scheduler gave to other processes.
uint64_t cperf_thread_cpu_ns(void);

/// 1 when this thread's CPU-time clock (CLOCK_THREAD_CPUTIME_ID) can be read, 0 when not:
/// natively always; under WASI only where the runtime implements clock_time_get for the thread
/// CPU-time clock (Node does, wasmkit 0.1.6 does not).
int cperf_thread_cpu_clock_works(void);

/// The process's argument count, captured before main by a constructor.
int cperf_argc(void);

/// Argument `index` (0 is the program), or NULL when out of range.
const char *_Nullable cperf_argv(int index);

/// Writes all `count` bytes to `fd`, retrying on EINTR and short writes.
/// Returns 0, or -errno of the write that stopped it (-EIO for a write that stored nothing).
int cperf_write_all(int fd, const void *_Nonnull bytes, size_t count);

/// Ends the process with `status` after flushing stdio.
_Noreturn void cperf_exit(int status);

#ifdef __cplusplus
}
#endif

#include "CPerfCPUID.h"
#include "CPerfCounters.h"
#include "CPerfFiles.h"
#include "CPerfHost.h"
#include "CPerfSink.h"
#include "CPerfWASI.h"

#endif
