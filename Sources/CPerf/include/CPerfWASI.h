// CPerf WASI: what differs when edgebench runs as a WebAssembly module (wasm32-wasi, see
// docs/wasm.md), and the environment lookup through which its launcher passes runtime facts.
#ifndef CPERF_WASI_H
#define CPERF_WASI_H

#ifdef __cplusplus
extern "C" {
#endif

/// 1 in the WebAssembly (WASI) build, 0 in native builds. Inline, so that Swift's optimizer
/// sees the constant and drops the WebAssembly-only code from the board binaries (as a call it
/// kept 9 KiB of it in the aarch64 one, over its 1 MiB limit). `__wasm__`, not `__wasi__`:
/// Swift's importer compiles this header for wasm32-unknown-none-wasm, which has no WASI macro.
static inline int cperf_is_wasi(void) {
#if defined(__wasm__)
  return 1;
#else
  return 0;
#endif
}

/// WebAssembly only, called by cperf_rename when the runtime has no path_rename (ENOTSUP):
/// appends the finished, flushed temporary file `from` and its target `to`, as absolute paths
/// each ended by a NUL byte, to the host file EDGEBENCH_WASM_RENAMES names (its launcher's,
/// Toolchains/wasm/edgebench-wasmkit), which renames them with rename(2) after the run. Returns
/// 0, -ENOTSUP when EDGEBENCH_WASM_RENAMES is unset, or the -errno of writing that file.
int cperf_wasi_defer_rename(const char *_Nonnull from, const char *_Nonnull to);

/// getenv(name): the value, or NULL when unset. Under WASI, what the runtime passed.
const char *_Nullable cperf_environment(const char *_Nonnull name);

#ifdef __cplusplus
}
#endif

#endif
