// CPerf WASI: what differs when edgebench runs as a WebAssembly module (wasm32-wasi, see
// docs/wasm.md), and the environment lookup through which its launcher passes runtime facts.
#ifndef CPERF_WASI_H
#define CPERF_WASI_H

#ifdef __cplusplus
extern "C" {
#endif

/// 1 in the WebAssembly (WASI) build, 0 in native builds.
int cperf_is_wasi(void);

/// getenv(name): the value, or NULL when unset. Under WASI, what the runtime passed.
const char *_Nullable cperf_environment(const char *_Nonnull name);

#ifdef __cplusplus
}
#endif

#endif
