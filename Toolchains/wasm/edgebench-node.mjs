// Runs edgebench's WebAssembly module (out/edgebench-wasm32-wasi) under Node's WASI (preview 1)
// on V8. Started by Toolchains/wasm/edgebench-node, which passes the module path, the runtime
// facts and the host name in the environment; argv after this script goes to the module.
//
// Two Node details matter (docs/wasm.md): Node's `args` has no argv[0] unless given one, and its
// args_get fails (EINVAL) when there are no arguments at all, so wasi-libc's start-up exits 71
// before main; and `returnOnExit` (true by default) makes start() return the exit status instead
// of ending the process, so it must be passed on or a failure looks like success.
import { readFileSync, realpathSync } from 'node:fs';
import process from 'node:process';
import { WASI } from 'node:wasi';

const modulePath = process.env.EDGEBENCH_WASM_MODULE;
if (!modulePath) {
  process.stderr.write('edgebench-node: EDGEBENCH_WASM_MODULE is not set\n');
  process.exit(2);
}
const passed = {};
for (const [key, value] of Object.entries(process.env)) {
  if (key.startsWith('EDGEBENCH_')) passed[key] = value;
}
passed.EDGEBENCH_WASM_RUNTIME = 'node ' + process.versions.node + ' (V8 ' + process.versions.v8 + ')';
passed.EDGEBENCH_WASM_CWD = process.cwd();
passed.EDGEBENCH_WASM_MODULE = realpathSync(modulePath);
const wasi = new WASI({
  version: 'preview1',
  args: ['edgebench', ...process.argv.slice(2)],
  env: passed,
  // The whole file system, as a native binary sees it; relative paths start from
  // EDGEBENCH_WASM_CWD (wasi-libc's chdir, see Sources/CPerf/wasi.c). A second "." preopen
  // would make wasi-libc 2022 resolve absolute paths through it (ENOENT).
  preopens: { '/': '/' },
  returnOnExit: true,
});
const module = await WebAssembly.compile(readFileSync(modulePath));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
const status = wasi.start(instance);
process.exitCode = status;
