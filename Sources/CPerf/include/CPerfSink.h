// CPerf sink: keeps timed work alive. The benchmark's results feed these calls, which the
// optimizer cannot see through, so it cannot delete the work being measured.
#ifndef CPERF_SINK_H
#define CPERF_SINK_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Keeps `value` alive: the optimizer cannot see through this call, so work feeding it stays.
void cperf_sink(uint64_t value);

/// Keeps the memory at `pointer` alive: the optimizer must assume it is read here.
void cperf_escape(const void *_Nullable pointer);

#ifdef __cplusplus
}
#endif

#endif
