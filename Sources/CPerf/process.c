// Process edges: argv capture, clocks, raw writes, exit.
#include "CPerf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#ifndef __wasi__  // WASI passes no constructor arguments: argv is in wasi.c there
static int saved_argc;
static char **saved_argv;

// glibc passes (argc, argv, envp) to ELF constructors. SwiftPM makes the Swift module's top-level
// code the entry point, and Embedded Swift has no CommandLine, so this is how argv reaches Swift.
__attribute__((constructor)) static void cperf_capture_arguments(int argc, char **argv,
                                                                 char **envp) {
  (void)envp;
  saved_argc = argc;
  saved_argv = argv;
}

int cperf_argc(void) { return saved_argc; }

const char *cperf_argv(int index) {
  if (index < 0 || index >= saved_argc || saved_argv == NULL) return NULL;
  return saved_argv[index];
}
#endif

uint64_t cperf_monotonic_ns(void) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
}

uint64_t cperf_thread_cpu_ns(void) {
  struct timespec now;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
}

int cperf_thread_cpu_clock_works(void) {
  struct timespec now;
  return clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0;
}

int cperf_write_all(int fd, const void *bytes, size_t count) {
  const char *cursor = bytes;
  while (count > 0) {
    ssize_t written = write(fd, cursor, count);
    if (written < 0) {
      if (errno == EINTR) continue;
      return -errno;
    }
    // A write that stores nothing and reports no error would loop forever; call it EIO.
    if (written == 0) return -EIO;
    cursor += written;
    count -= (size_t)written;
  }
  return 0;
}

void cperf_exit(int status) {
  fflush(stdout);
  exit(status);
}
