// File-system edges for the runner: open, read, atomic-write helpers, directory listing.
#include "CPerfFiles.h"
#include "CPerfWASI.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int cperf_open_read(const char *path) {
  int fd;
  do fd = open(path, O_RDONLY | O_CLOEXEC);
  while (fd < 0 && errno == EINTR);
  return fd < 0 ? -errno : fd;
}

int cperf_create_exclusive(const char *path) {
  int fd;
  do fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  while (fd < 0 && errno == EINTR);
  return fd < 0 ? -errno : fd;
}

int64_t cperf_read(int fd, void *buffer, size_t capacity) {
  ssize_t count;
  do count = read(fd, buffer, capacity);
  while (count < 0 && errno == EINTR);
  return count < 0 ? -(int64_t)errno : (int64_t)count;
}

int64_t cperf_file_size(int fd) {
  struct stat status;
  if (fstat(fd, &status) != 0) return -(int64_t)errno;
  return (int64_t)status.st_size;
}

int64_t cperf_list_directory(const char *path, char *buffer, size_t capacity) {
  DIR *directory = opendir(path);
  if (directory == NULL) return -(int64_t)errno;
  size_t used = 0;
  struct dirent *entry;
  while ((entry = readdir(directory)) != NULL) {
    const char *name = entry->d_name;
    if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0) continue;
    size_t length = strlen(name);
    if (used + length + 1 > capacity) continue;
    memcpy(buffer + used, name, length);
    used += length;
    buffer[used++] = '\n';
  }
  closedir(directory);
  return (int64_t)used;
}

int cperf_fsync(int fd) {
  int result;
  do result = fsync(fd);
  while (result != 0 && errno == EINTR);
  return result == 0 ? 0 : -errno;
}

int cperf_fsync_directory(const char *path) {
  int fd;
  do fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  while (fd < 0 && errno == EINTR);
  if (fd < 0) return -errno;
  int result = cperf_fsync(fd);
  close(fd);
  // Some file systems cannot fsync a directory; the rename is still atomic there.
  return result == -EINVAL ? 0 : result;
}

int cperf_close(int fd) { return close(fd) == 0 ? 0 : -errno; }

int cperf_rename(const char *from, const char *to) {
  if (rename(from, to) == 0) return 0;
#ifdef __wasi__
  // wasmkit 0.1.6 has no path_rename (ENOTSUP): never copy over the target (not atomic); hand
  // the rename to the launcher, which does it with rename(2) after the run (wasi_rename.c).
  if (errno == ENOTSUP) return cperf_wasi_defer_rename(from, to);
#endif
  return -errno;
}

#ifndef __wasi__
int cperf_check_rename(const char *probe, const char *renamed) {
  (void)probe;
  (void)renamed;
  return 0;  // rename(2) is there natively; EXDEV cannot happen within one directory
}
#endif

int cperf_unlink(const char *path) { return unlink(path) == 0 ? 0 : -errno; }

int cperf_file_kind(const char *path, int follow_links) {
  struct stat status;
  int result = follow_links ? stat(path, &status) : lstat(path, &status);
  if (result != 0) return -errno;
  return cperf_kind_of_mode(status.st_mode);
}

int cperf_kind_of_mode(unsigned int mode) {
  if (S_ISREG(mode)) return CPERF_FILE_REGULAR;
  if (S_ISDIR(mode)) return CPERF_FILE_DIRECTORY;
  if (S_ISCHR(mode)) return CPERF_FILE_CHARACTER_DEVICE;
  if (S_ISBLK(mode)) return CPERF_FILE_BLOCK_DEVICE;
  if (S_ISFIFO(mode)) return CPERF_FILE_FIFO;
  if (S_ISSOCK(mode)) return CPERF_FILE_SOCKET;
  if (S_ISLNK(mode)) return CPERF_FILE_SYMBOLIC_LINK;
  return CPERF_FILE_OTHER;
}

int cperf_descriptor_kind(int fd) {
  struct stat status;
  if (fstat(fd, &status) != 0) return -errno;
  return cperf_kind_of_mode(status.st_mode);
}

int64_t cperf_read_link(const char *path, char *buffer, size_t capacity) {
  ssize_t length = readlink(path, buffer, capacity);
  if (length < 0) return -(int64_t)errno;
  if ((size_t)length == capacity) return -(int64_t)ENAMETOOLONG;  // may have been cut short
  return (int64_t)length;
}

int cperf_same_file_as_descriptor(const char *path, int fd) {
  struct stat named, open;
  if (stat(path, &named) != 0) return -errno;
  if (fstat(fd, &open) != 0) return -errno;
  return named.st_dev == open.st_dev && named.st_ino == open.st_ino;
}

int cperf_open_existing_write(const char *path) {
  int fd;
  // No O_CREAT: a stream must already exist; no O_TRUNC: devices and pipes have no length.
  // A FIFO blocks here until a reader opens it, as a shell's `> fifo` does.
  do fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
  while (fd < 0 && errno == EINTR);
  return fd < 0 ? -errno : fd;
}

void cperf_ignore_broken_pipe(void) { signal(SIGPIPE, SIG_IGN); }

void cperf_flush_standard_output(void) { fflush(stdout); }

int cperf_make_directory(const char *path) {
  if (mkdir(path, 0755) == 0) return 0;
  int error = errno;
  struct stat status;
  if (error == EEXIST && stat(path, &status) == 0 && S_ISDIR(status.st_mode)) return 0;
  return -error;
}

const char *cperf_errno_name(int error) {
  switch (error) {
  case EPERM: return "EPERM";
  case ENOENT: return "ENOENT";
  case EINTR: return "EINTR";
  case EIO: return "EIO";
  case EBADF: return "EBADF";
  case ENOMEM: return "ENOMEM";
  case EACCES: return "EACCES";
  case EBUSY: return "EBUSY";
  case EEXIST: return "EEXIST";
  case EXDEV: return "EXDEV";
  case ENODEV: return "ENODEV";
  case ENOTDIR: return "ENOTDIR";
  case EISDIR: return "EISDIR";
  case EINVAL: return "EINVAL";
  case EMFILE: return "EMFILE";
  case ENOSPC: return "ENOSPC";
  case EROFS: return "EROFS";
  case E2BIG: return "E2BIG";
  case ESRCH: return "ESRCH";
  case ENOSYS: return "ENOSYS";
  case EOPNOTSUPP: return "EOPNOTSUPP";
  case ENAMETOOLONG: return "ENAMETOOLONG";
  case EPIPE: return "EPIPE";
  case ELOOP: return "ELOOP";
  case ENXIO: return "ENXIO";
  case EFBIG: return "EFBIG";
  case EDQUOT: return "EDQUOT";
  case EAGAIN: return "EAGAIN";
  case ETXTBSY: return "ETXTBSY";
  default: return "E?";
  }
}

const char *cperf_error_text(int error) { return strerror(error); }

int cperf_is_terminal(int fd) { return isatty(fd); }
