// The deferred rename of WebAssembly runtimes without path_rename. wasmkit 0.1.6 answers
// path_rename with ENOTSUP, and copying the finished file over the target would not be atomic:
// a reader could see it half written, and a failed copy would leave neither file. Instead the
// launcher (Toolchains/wasm/edgebench-wasmkit) names a host file in EDGEBENCH_WASM_RENAMES; the
// module appends each finished, flushed temporary file and its target there, and after the
// runtime exits the launcher renames each with rename(2) (`mv -f -T` in the target's directory),
// so the target is only ever the old file or the whole new one, as natively (docs/wasm.md).
#include "CPerfFiles.h"
#include "CPerfWASI.h"

#ifdef __wasi__
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "CPerf.h"

// `path` as an absolute path into `buffer` (the launcher preopens "/", so the host sees the
// same path): relative paths start from wasi-libc's working directory (EDGEBENCH_WASM_CWD).
static int absolute(const char *path, char *buffer, size_t capacity) {
  size_t used = 0;
  if (path[0] != '/') {
    if (getcwd(buffer, capacity) == NULL) return -errno;
    used = strlen(buffer);
    if (used == 0 || buffer[used - 1] != '/') {
      if (used + 1 >= capacity) return -ENAMETOOLONG;
      buffer[used++] = '/';
    }
  }
  size_t length = strlen(path);
  if (used + length + 1 > capacity) return -ENAMETOOLONG;
  memcpy(buffer + used, path, length + 1);
  return 0;
}

// The launcher's list of renames (an absolute host path), or NULL when no launcher takes them.
static const char *rename_journal(void) {
  const char *journal = getenv("EDGEBENCH_WASM_RENAMES");
  return journal != NULL && journal[0] == '/' ? journal : NULL;
}

int cperf_wasi_defer_rename(const char *from, const char *to) {
  const char *journal = rename_journal();
  if (journal == NULL) return -ENOTSUP;
  static char record[2 * PATH_MAX];
  int status = absolute(from, record, PATH_MAX);
  if (status != 0) return status;
  size_t first = strlen(record) + 1;
  status = absolute(to, record + first, PATH_MAX);
  if (status != 0) return status;
  size_t length = first + strlen(record + first) + 1;
  // The launcher made the file; one write per record, at its end.
  int fd = open(journal, O_WRONLY | O_APPEND);
  if (fd < 0) return -errno;
  if (lseek(fd, 0, SEEK_END) < 0) status = -errno;
  if (status == 0) status = cperf_write_all(fd, record, length);
  if (close(fd) != 0 && status == 0) status = -errno;
  return status;
}

int cperf_check_rename(const char *probe, const char *renamed) {
  if (rename(probe, renamed) == 0) {
    unlink(renamed);
    return 0;
  }
  if (errno != ENOTSUP) return -errno;
  return rename_journal() != NULL ? 0 : -ENOTSUP;
}
#endif
