// perf_event_open(2) groups for the runner's counters.
#include "CPerfCounters.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#ifndef __wasi__
#include <linux/perf_event.h>
#include <sys/syscall.h>
#endif

int cperf_counter_open(uint32_t type, uint64_t config, int group_fd, int exclude_kernel) {
#ifdef SYS_perf_event_open
  struct perf_event_attr attr;
  memset(&attr, 0, sizeof attr);
  attr.size = sizeof attr;
  attr.type = type;
  attr.config = config;
  attr.read_format =
      PERF_FORMAT_GROUP | PERF_FORMAT_TOTAL_TIME_ENABLED | PERF_FORMAT_TOTAL_TIME_RUNNING;
  attr.exclude_kernel = exclude_kernel ? 1 : 0;
  attr.exclude_hv = 1;
  long fd;
  do fd = syscall(SYS_perf_event_open, &attr, 0, -1, group_fd, PERF_FLAG_FD_CLOEXEC);
  while (fd < 0 && errno == EINTR);
  return fd < 0 ? -errno : (int)fd;
#else
  (void)type;
  (void)config;
  (void)group_fd;
  (void)exclude_kernel;
  return -ENOSYS;
#endif
}

int cperf_counter_read_group(int leader_fd, uint64_t *words, size_t capacity) {
  ssize_t count;
  do count = read(leader_fd, words, capacity * sizeof(uint64_t));
  while (count < 0 && errno == EINTR);
  if (count < 0) return -errno;
  return (int)(count / (ssize_t)sizeof(uint64_t));
}

void cperf_counter_close(int fd) {
  if (fd >= 0) close(fd);
}
