// Host and process facts that need libc or CPU instructions.
#define _GNU_SOURCE
#include "CPerfHost.h"

#include <errno.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>
#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

static int copy_text(const char *text, char *buffer, size_t capacity) {
  if (capacity == 0) return -ENOSPC;
  size_t length = strnlen(text, capacity - 1);
  memcpy(buffer, text, length);
  buffer[length] = '\0';
  return (int)length;
}

int cperf_uname(cperf_uname_field field, char *buffer, size_t capacity) {
  struct utsname names;
  if (uname(&names) != 0) return -errno;
  switch (field) {
  case CPERF_UNAME_SYSNAME: return copy_text(names.sysname, buffer, capacity);
  case CPERF_UNAME_NODENAME: return copy_text(names.nodename, buffer, capacity);
  case CPERF_UNAME_RELEASE: return copy_text(names.release, buffer, capacity);
  case CPERF_UNAME_VERSION: return copy_text(names.version, buffer, capacity);
  case CPERF_UNAME_MACHINE: return copy_text(names.machine, buffer, capacity);
  }
  return -EINVAL;
}

int cperf_hostname(char *buffer, size_t capacity) {
  if (capacity == 0) return -ENOSPC;
  if (gethostname(buffer, capacity) != 0) return -errno;
  buffer[capacity - 1] = '\0';
  return (int)strlen(buffer);
}

int cperf_executable_path(char *buffer, size_t capacity) {
  if (capacity == 0) return -ENOSPC;
#ifdef __wasi__
  // /proc/self/exe is the runtime; the launcher names the module (Toolchains/wasm).
  const char *module = getenv("EDGEBENCH_WASM_MODULE");
  if (module == NULL) return -ENOENT;
  return copy_text(module, buffer, capacity);
#endif
  ssize_t length = readlink("/proc/self/exe", buffer, capacity - 1);
  if (length < 0) return -errno;
  buffer[length] = '\0';
  return (int)length;
}

int64_t cperf_peak_rss_kib(void) {
#ifdef __wasi__
  // WASI has no resident set: the runtime owns the memory (see docs/wasm.md).
  return -(int64_t)ENOSYS;
#else
  struct rusage usage;
  if (getrusage(RUSAGE_SELF, &usage) != 0) return -(int64_t)errno;
  return (int64_t)usage.ru_maxrss;
#endif
}

#ifdef __wasi__
// WASI has no CPU numbers or affinity: the runtime's threads run where the host puts them.
int cperf_current_cpu(void) { return -ENOSYS; }

int cperf_pin_to_cpu(int cpu) { return cpu < 0 ? -EINVAL : -ENOSYS; }
#else
int cperf_current_cpu(void) {
  int cpu = sched_getcpu();
  return cpu < 0 ? -errno : cpu;
}

int cperf_pin_to_cpu(int cpu) {
  if (cpu < 0 || cpu >= CPU_SETSIZE) return -EINVAL;
  cpu_set_t set;
  CPU_ZERO(&set);
  CPU_SET(cpu, &set);
  return sched_setaffinity(0, sizeof set, &set) == 0 ? 0 : -errno;
}
#endif

int64_t cperf_realtime_ns(void) {
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  return (int64_t)now.tv_sec * 1000000000 + (int64_t)now.tv_nsec;
}

int cperf_process_id(void) { return (int)getpid(); }

int cperf_online_cpu_count(void) {
  long count = sysconf(_SC_NPROCESSORS_ONLN);
  return count < 0 ? -errno : (int)count;
}

int cperf_x86_brand(char *buffer, size_t capacity) {
#if defined(__x86_64__) || defined(__i386__)
  unsigned int words[12];
  unsigned int highest = __get_cpuid_max(0x80000000u, NULL);
  if (highest < 0x80000004u || capacity < 49) return 0;
  for (unsigned int leaf = 0; leaf < 3; leaf++) {
    __cpuid(0x80000002u + leaf, words[leaf * 4], words[leaf * 4 + 1], words[leaf * 4 + 2],
            words[leaf * 4 + 3]);
  }
  memcpy(buffer, words, 48);
  buffer[48] = '\0';
  return (int)strlen(buffer);
#else
  (void)capacity;
  buffer[0] = '\0';
  return 0;
#endif
}

int cperf_x86_hypervisor(char *buffer, size_t capacity) {
#if defined(__x86_64__) || defined(__i386__)
  unsigned int a, b, c, d;
  if (capacity < 13) return 0;
  buffer[0] = '\0';
  if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & (1u << 31))) return 0;
  __cpuid(0x40000000u, a, b, c, d);
  memcpy(buffer, &b, 4);
  memcpy(buffer + 4, &c, 4);
  memcpy(buffer + 8, &d, 4);
  buffer[12] = '\0';
  return (int)strlen(buffer);
#else
  (void)capacity;
  buffer[0] = '\0';
  return -1;
#endif
}


const char *cperf_c_compiler(void) { return __VERSION__; }

const char *cperf_compiled_architecture(void) {
#if defined(__aarch64__)
  return "aarch64";
#elif defined(__x86_64__)
  return "x86_64";
#elif defined(__arm__)
  return "arm";
#elif defined(__riscv) && __riscv_xlen == 64
  return "riscv64";
#elif defined(__i386__)
  return "i386";
#elif defined(__wasm32__)
  return "wasm32";
#else
  return "unknown";
#endif
}
