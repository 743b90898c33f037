// CPerf files: the few file-system calls the runner needs, in both builds (the board build has
// no Glibc module). Every call retries EINTR and reports failure as a negative errno, so Swift
// can say exactly what went wrong.
#ifndef CPERF_FILES_H
#define CPERF_FILES_H

#include <errno.h>
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

/// Flushes the file's data to the device. Returns 0, or -errno.
int cperf_fsync(int fd);

/// Flushes directory `path` itself, so a rename inside it survives a power cut. Returns 0, or -errno.
int cperf_fsync_directory(const char *_Nonnull path);

/// Closes the descriptor. Returns 0, or -errno.
int cperf_close(int fd);

/// Renames `from` to `to` atomically (same file system). Returns 0, or -errno. Under a
/// WebAssembly runtime without path_rename (wasmkit 0.1.6) the rename is left to the launcher,
/// which does it with rename(2) after the run (see cperf_wasi_defer_rename); with no launcher to
/// do it, -ENOTSUP: the target is never copied over, which would not be atomic.
int cperf_rename(const char *_Nonnull from, const char *_Nonnull to);

/// Whether cperf_rename can publish a file here, tried on the existing file `probe` (renamed to
/// `renamed` and back out of the way; the caller removes `probe`): 0 when it can, -ENOTSUP when
/// this WebAssembly runtime cannot rename and no launcher takes the rename over, another -errno
/// when the rename failed otherwise. Natively always 0, without touching the files.
int cperf_check_rename(const char *_Nonnull probe, const char *_Nonnull renamed);

/// Removes the file `path`. Returns 0, or -errno.
int cperf_unlink(const char *_Nonnull path);

/// The errno values Swift tests for by name (the board build has no Glibc module to give them);
/// `SystemError` names them in Swift.
enum {
  CPERF_EPERM = EPERM,
  CPERF_ENOENT = ENOENT,
  CPERF_EIO = EIO,
  CPERF_EACCES = EACCES,
  CPERF_ENODEV = ENODEV,
  CPERF_EINVAL = EINVAL,
  CPERF_ENOSPC = ENOSPC,
  CPERF_EPIPE = EPIPE,
  CPERF_ENOSYS = ENOSYS,
  CPERF_ELOOP = ELOOP,
  CPERF_EOPNOTSUPP = EOPNOTSUPP,
};

/// File kinds, as cperf_file_kind reports them (from the st_mode file-type bits).
#define CPERF_FILE_REGULAR 1
#define CPERF_FILE_DIRECTORY 2
#define CPERF_FILE_CHARACTER_DEVICE 3
#define CPERF_FILE_BLOCK_DEVICE 4
#define CPERF_FILE_FIFO 5
#define CPERF_FILE_SOCKET 6
#define CPERF_FILE_SYMBOLIC_LINK 7
#define CPERF_FILE_OTHER 8

/// The kind (CPERF_FILE_*) of the file at `path`: through symbolic links with `follow_links`
/// (stat), of the link itself otherwise (lstat). Returns the kind, or -errno.
int cperf_file_kind(const char *_Nonnull path, int follow_links);

/// The CPERF_FILE_* kind of an st_mode value.
int cperf_kind_of_mode(unsigned int mode);

/// The kind (CPERF_FILE_*) of the open descriptor `fd` (fstat), or -errno.
int cperf_descriptor_kind(int fd);

/// Reads the target of symbolic link `path` into `buffer` (not NUL-terminated). Returns its
/// length, or -errno (-EINVAL when `path` is not a link, -ENAMETOOLONG when it does not fit).
int64_t cperf_read_link(const char *_Nonnull path, char *_Nonnull buffer, size_t capacity);

/// 1 when `path` (followed through links) is the file open as `fd` (same device and inode),
/// 0 when it is another file, -errno when either cannot be examined.
int cperf_same_file_as_descriptor(const char *_Nonnull path, int fd);

/// Opens an existing `path` for writing in place: no create, no truncate (for devices and
/// FIFOs; a FIFO blocks until a reader opens it). Returns the descriptor, or -errno.
int cperf_open_existing_write(const char *_Nonnull path);

/// Ignores SIGPIPE for the rest of the process, so a write to a pipe nobody reads fails with
/// EPIPE that can be reported, instead of killing the process silently.
void cperf_ignore_broken_pipe(void);

/// Flushes C stdio's standard output buffer (where Swift's print writes), so bytes written
/// straight to descriptor 1 come after what was printed.
void cperf_flush_standard_output(void);

/// Creates directory `path` (mode 0755); an existing directory is fine. Returns 0, or -errno.
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
