// CPerf counters: perf_event_open(2) groups, read with time_enabled/time_running so multiplexed
// counts can be scaled. Only the system calls live here; which events to open, how to combine
// PMUs and how to explain failures is in EdgebenchKit/Counters.
#ifndef CPERF_COUNTERS_H
#define CPERF_COUNTERS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// perf_event_attr.type values the runner uses (from linux/perf_event.h).
enum {
  CPERF_TYPE_HARDWARE = 0,
  CPERF_TYPE_SOFTWARE = 1,
  CPERF_TYPE_HW_CACHE = 3,
};

/// Opens one counter on this process, any CPU, user space only when `exclude_kernel` is 1.
/// `group_fd` is -1 for a group leader, else the leader's descriptor. The read format is
/// PERF_FORMAT_GROUP | TOTAL_TIME_ENABLED | TOTAL_TIME_RUNNING, so reading the leader returns
/// { nr, time_enabled, time_running, value[nr] }. Counting starts at once.
/// Returns the descriptor, or -errno (ENOSYS where the system call does not exist).
int cperf_counter_open(uint32_t type, uint64_t config, int group_fd, int exclude_kernel);

/// Reads a group through its leader into `words` ({ nr, enabled, running, values... }),
/// retrying EINTR. Returns the number of 64-bit words read, or -errno.
int cperf_counter_read_group(int leader_fd, uint64_t *_Nonnull words, size_t capacity);

/// Closes a counter descriptor.
void cperf_counter_close(int fd);

#ifdef __cplusplus
}
#endif

#endif
