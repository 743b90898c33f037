// The WebAssembly (WASI preview 1) edges of CPerf, and the environment lookup both builds use.
// Under WASI there are no ELF constructor arguments and no gethostname: argv comes from the
// runtime's args_get, the host name from the launcher (Toolchains/wasm, docs/wasm.md).
#include "CPerfWASI.h"

#include <stdlib.h>

const char *cperf_environment(const char *name) { return getenv(name); }

#ifdef __wasi__
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <wasi/api.h>

#include "CPerf.h"
#include "CPerfHost.h"

// wasi-libc resolves a relative path against its own working directory, "/" at start-up: the
// launchers preopen "/" and pass the shell's folder, so relative paths mean what they do natively.
__attribute__((constructor)) static void cperf_enter_working_directory(void) {
  const char *folder = getenv("EDGEBENCH_WASM_CWD");
  if (folder != NULL && folder[0] == '/') chdir(folder);
}

static int saved_argc = -1;
static char **saved_argv;

// argv as the runtime passes it (args_sizes_get, then args_get), read once on first use.
static void load_arguments(void) {
  if (saved_argc >= 0) return;
  saved_argc = 0;
  __wasi_size_t count = 0, bytes = 0;
  if (__wasi_args_sizes_get(&count, &bytes) != 0 || count == 0) return;
  char **argv = calloc(count + 1, sizeof(char *));
  char *text = malloc(bytes);
  if (argv == NULL || text == NULL) return;
  if (__wasi_args_get((uint8_t **)argv, (uint8_t *)text) != 0) return;
  saved_argv = argv;
  saved_argc = (int)count;
}

int cperf_argc(void) {
  load_arguments();
  return saved_argc;
}

const char *cperf_argv(int index) {
  load_arguments();
  if (index < 0 || index >= saved_argc || saved_argv == NULL) return NULL;
  return saved_argv[index];
}

// WASI has no host name; the launcher passes the host's in EDGEBENCH_WASM_HOSTNAME.
int gethostname(char *buffer, size_t capacity) {
  const char *name = getenv("EDGEBENCH_WASM_HOSTNAME");
  if (name == NULL) name = "wasm";
  if (capacity == 0) {
    errno = ENAMETOOLONG;
    return -1;
  }
  size_t length = strnlen(name, capacity - 1);
  memcpy(buffer, name, length);
  buffer[length] = '\0';
  return 0;
}
#endif
