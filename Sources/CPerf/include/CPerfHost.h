// CPerf host: facts about the machine and process that only C can reach in both builds —
// uname, hostname, the executable's path, peak memory, the current CPU and affinity, the x86
// CPUID brand and hypervisor strings, and build-time facts of the C side.
#ifndef CPERF_HOST_H
#define CPERF_HOST_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A field of uname(2).
typedef enum {
  CPERF_UNAME_SYSNAME = 0,
  CPERF_UNAME_NODENAME = 1,
  CPERF_UNAME_RELEASE = 2,
  CPERF_UNAME_VERSION = 3,
  CPERF_UNAME_MACHINE = 4,
} cperf_uname_field;

/// Copies a uname field into `buffer` (NUL-terminated). Returns its length, or -errno.
int cperf_uname(cperf_uname_field field, char *_Nonnull buffer, size_t capacity);

/// Copies the host name into `buffer` (NUL-terminated). Returns its length, or -errno.
int cperf_hostname(char *_Nonnull buffer, size_t capacity);

/// Copies the path of the running executable (/proc/self/exe) into `buffer`, NUL-terminated.
/// Returns its length, or -errno.
int cperf_executable_path(char *_Nonnull buffer, size_t capacity);

/// Peak resident set size of this process in KiB (getrusage ru_maxrss), or -errno.
int64_t cperf_peak_rss_kib(void);

/// The CPU this thread runs on now (sched_getcpu), or -errno.
int cperf_current_cpu(void);

/// Restricts this process to `cpu`. Returns 0, or -errno.
int cperf_pin_to_cpu(int cpu);

/// Nanoseconds since the Unix epoch (CLOCK_REALTIME), to date a results record.
int64_t cperf_realtime_ns(void);

/// This process's id.
int cperf_process_id(void);

/// Online processors (sysconf _SC_NPROCESSORS_ONLN), or -errno.
int cperf_online_cpu_count(void);

/// The x86 CPUID brand string into `buffer`. Returns its length, or 0 on other architectures
/// or when the CPU has none.
int cperf_x86_brand(char *_Nonnull buffer, size_t capacity);

/// The hypervisor vendor from CPUID leaf 0x40000000 ("KVMKVMKVM", "VMwareVMware", ...) when
/// the CPUID hypervisor bit is set. Returns its length, 0 when no hypervisor is announced, or
/// -1 on architectures without CPUID.
int cperf_x86_hypervisor(char *_Nonnull buffer, size_t capacity);

/// The source revision from the build folder's edgebench_revision.h (written by
/// Toolchains/toolchain.sh), or "unknown". Defined in the CSourceRevision target, which only the
/// executables link, so that a new revision does not recompile the Swift modules.
const char *_Nonnull cperf_source_revision(void);

/// The C compiler that built CPerf (__VERSION__).
const char *_Nonnull cperf_c_compiler(void);

/// The architecture CPerf was compiled for, from the compiler's predefined macros.
const char *_Nonnull cperf_compiled_architecture(void);


#ifdef __cplusplus
}
#endif

#endif
