'use strict';
// Runs a Go js/wasm program (the Go peer, GOOS=js GOARCH=wasm) under Node: what Go 1.19's
// misc/wasm/wasm_exec_node.js does, without its `globalThis.crypto = ...`, which throws in
// Node 20 (crypto is a read-only global there). Go 1.19 has no wasip1: the program's files go
// through Node's fs module (wasm_exec.js's globalThis.fs), its clock through performance.now().
// usage: node go-js-node.cjs WASM_EXEC_JS PROGRAM.wasm [args...]
const fs = require('fs');
const [wasmExec, program, ...args] = process.argv.slice(2);
globalThis.require = require;
globalThis.fs = fs;
globalThis.TextEncoder = require('util').TextEncoder;
globalThis.TextDecoder = require('util').TextDecoder;
require(wasmExec);
const go = new Go();
go.argv = [program, ...args];
// The runtime and the module, as the edgebench launchers pass them: the records say kind wasm.
go.env = Object.assign({ TMPDIR: require('os').tmpdir() }, process.env, {
  EDGEBENCH_WASM_RUNTIME: 'node ' + process.versions.node + ' (V8 ' + process.versions.v8 + ')',
  EDGEBENCH_WASM_MODULE: fs.realpathSync(program),
});
go.exit = process.exit;
WebAssembly.instantiate(fs.readFileSync(program), go.importObject).then((result) => {
  process.on('exit', (code) => {
    if (code === 0 && !go.exited) {
      go._pendingEvent = { id: 0 };
      go._resume(); // deadlock: let Go report it
    }
  });
  return go.run(result.instance);
}).catch((error) => {
  console.error(error);
  process.exit(1);
});
