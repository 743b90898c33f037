// CPerf files: the few file-system calls the runner needs, in both builds (the board build has
// no Glibc module). Every call retries EINTR and reports failure as a negative errno, so Swift
// can say exactly what went wrong.
#ifndef CPERF_FILES_H
#define CPERF_FILES_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Opens `path` for reading. Returns the descriptor, or -errno.
int cperf_open_read(const char *_Nonnull path);

/// Creates `path` for writing (mode 0644); fails with -EEXIST if it exists, so a temporary file
/// is never shared. Returns the descriptor, or -errno.
int cperf_create_exclusive(const char *_Nonnull path);

/// Reads up to `capacity` bytes. Returns the count (0 at end of file), or -errno.
int64_t cperf_read(int fd, void *_Nonnull buffer, size_t capacity);

/// The size of the open file in bytes, or -errno.
int64_t cperf_file_size(int fd);

/// Writes the entry names of directory `path` into `buffer`, each followed by '\n' ("." and ".."
/// left out). Returns the byte count (names that do not fit are dropped), or -errno.
int64_t cperf_list_directory(const char *_Nonnull path, char *_Nonnull buffer, size_t capacity);

/// Flushes the file's data to the device. Returns 0, or errno.
int cperf_fsync(int fd);

/// Flushes directory `path` itself, so a rename inside it survives a power cut. Returns 0, or errno.
int cperf_fsync_directory(const char *_Nonnull path);

/// Closes the descriptor. Returns 0, or errno.
int cperf_close(int fd);

/// Renames `from` to `to` atomically (same file system). Returns 0, or errno.
int cperf_rename(const char *_Nonnull from, const char *_Nonnull to);

/// Removes the file `path`. Returns 0, or errno.
int cperf_unlink(const char *_Nonnull path);

/// Creates directory `path` (mode 0755); an existing directory is fine. Returns 0, or errno.
int cperf_make_directory(const char *_Nonnull path);

/// The symbolic name of `error` ("ENOENT"), or "E?" when unknown.
const char *_Nonnull cperf_errno_name(int error);

/// The C library's description of `error`.
const char *_Nonnull cperf_error_text(int error);

/// 1 when `fd` is a terminal.
int cperf_is_terminal(int fd);

#ifdef __cplusplus
}
#endif

#endif
