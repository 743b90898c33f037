#!/usr/bin/env python3
"""Prints the Markdown tables of docs/wasm.md from WebAssembly results files
(boards/collect-wasm.sh writes them under boards/wasm-results/; boards/render-docs.sh runs this):

  python3 boards/wasm_table.py runs FOLDER      who ran: runtimes, programs, rounds, host CPU
  python3 boards/wasm_table.py speed FOLDER     ns per value (per message on `messages`), the
                                                range over rounds (min-max of each round's
                                                median), Node and wasmkit side by side
  python3 boards/wasm_table.py sizes FOLDER     each module's bytes (from the records' builds)
  python3 boards/wasm_table.py claim FOLDER     "Rust WASM is smaller and faster than Go's":
                                                per corpus, Go's best decoder over Rust's best,
                                                round by round under Node

FOLDER holds one folder per host and runtime of `*.jsonl` files; every file is one round of one
program (edgebench's module, or a peer) and every record must say virtualization kind "wasm"
with its runtime: a native record here is an error, since these times are never board
performance. Uses only the standard library.
"""
import glob
import json
import os
import re
import sys

from render_docs import markdown_table

CORPORA = ("one-byte", "two-byte", "uniform-length", "protobuf-skew", "random64", "messages")
DECODERS = ("loop", "word", "bitmap", "simd", "rust-std", "rust-protobuf", "go-uvarint",
            "go-protowire", "go-proto")
RUNTIMES = ("node", "wasmkit")


def load(folder):
    """(runtime, program, corpus, decoder) -> {round file: median}, and the records' facts."""
    medians, facts = {}, {"runtimes": {}, "builds": {}, "hosts": set(), "rounds": {}}
    paths = sorted(glob.glob(os.path.join(folder, "**", "*.jsonl"), recursive=True))
    if not paths:
        raise SystemExit(f"wasm_table: no results files under {folder}")
    for path in paths:
        round_match = re.search(r"-r(\d+)-", os.path.basename(path))
        for number, raw in enumerate(open(path, encoding="utf-8"), 1):
            record = json.loads(raw)
            host, build, case = record["host"], record["build"], record["case"]
            virtualization = host.get("virtualization") or {}
            if virtualization.get("kind") != "wasm":
                raise SystemExit(f"{path}:{number}: not a WebAssembly run "
                                 f"(virtualization {virtualization.get('kind')!r})")
            if case.get("check") != "ok" or not record.get("stats"):
                raise SystemExit(f"{path}:{number}: {case['name']} did not pass its check")
            runtime_text = virtualization.get("runtime") or "unknown"
            runtime = runtime_text.split()[0]
            program = "edgebench" if build.get("mode") != "peer" else build.get("language")
            key = (runtime, program, case["corpus"], case["strategy"])
            medians.setdefault(key, {})[path] = record["stats"]["median"]
            facts["runtimes"][runtime] = runtime_text
            facts["builds"][program] = build
            facts["rounds"].setdefault((runtime, program), set()).add(
                round_match.group(1) if round_match else path)
            if program != "edgebench":
                continue  # the module's records name the CPU (from /proc/cpuinfo); a peer's do not
            cpu = host.get("cpu") or {}
            described = host.get("cpu_model") or "?"
            if cpu.get("family") is not None:
                described += (f", {cpu.get('microarchitecture')} (family {cpu['family']} model "
                              f"{cpu['model']}, from {cpu.get('source')})")
            facts["hosts"].add(f"{described}, {host.get('online_count')} CPUs online, host name "
                               f"{host.get('hostname')}; "
                               + virtualization.get("evidence", "").split("; ")[-1])
    return medians, facts


def figure(value):
    """Two decimals under 10, one under 100, whole numbers above."""
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def spread(values):
    low, high = min(values), max(values)
    return figure(low) if figure(low) == figure(high) else f"{figure(low)}–{figure(high)}"


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def compiler(build):
    """What built the module: a peer's compiler, or the Swift version of edgebench's."""
    return build.get("compiler") or ("Swift " + str(build.get("swift")) + " Embedded")


def runs(medians, facts):
    rows = []
    for (runtime, program), rounds in sorted(facts["rounds"].items()):
        build = facts["builds"][program]
        rows.append([facts["runtimes"][runtime], program, str(len(rounds)), compiler(build),
                     f"`{build.get('source_revision')}`"])
    lines = markdown_table(["runtime", "program", "rounds", "compiler", "source revision"],
                           rows, right_from=5)
    return lines + [""] + [f"Host, as the module's records give it: {host}."
                           for host in sorted(facts["hosts"])]


def speed(medians, facts):
    rows = []
    for corpus in CORPORA:
        first = True
        for decoder in DECODERS:
            cells = {runtime: list(values.values())
                     for (runtime, _, c, d), values in medians.items()
                     if c == corpus and d == decoder}
            if not cells:
                continue
            row = [corpus if first else "", f"`{decoder}`"]
            first = False
            for runtime in RUNTIMES:
                values = cells.get(runtime)
                row.append(f"{spread(values)} ({len(values)})" if values else "–")
            if all(cells.get(runtime) for runtime in RUNTIMES):
                row.append(f"{median(cells['wasmkit']) / median(cells['node']):.1f}×")
            else:
                row.append("–")
            rows.append(row)
    return markdown_table(
        ["corpus", "decoder", "Node (rounds)", "wasmkit (rounds)", "wasmkit ÷ Node"], rows,
        right_from=2)


def sizes(medians, facts):
    rows = []
    by_size = sorted(facts["builds"].items(), key=lambda item: item[1].get("binary_bytes") or 0)
    for program, build in by_size:
        path = build.get("binary_path") or "?"
        rows.append([program, f"`{os.path.basename(path)}`", compiler(build),
                     f"{build.get('binary_bytes'):,}" if build.get("binary_bytes") else "?"])
    return markdown_table(["program", "module", "compiler", "bytes"], rows, right_from=3)


def best(medians, runtime, language, corpus):
    """Per round file: the best median of `language`'s decoders on `corpus` under `runtime`."""
    per_round = {}
    for (r, program, c, _), values in medians.items():
        if r == runtime and program == language and c == corpus:
            for path, value in values.items():
                round_key = re.sub(r"-[a-z]+\.jsonl$", "", os.path.basename(path))
                per_round[round_key] = min(value, per_round.get(round_key, value))
    return per_round


def claim(medians, facts):
    rows = []
    for corpus in CORPORA:
        rust, go = best(medians, "node", "rust", corpus), best(medians, "node", "go", corpus)
        rounds = sorted(set(rust) & set(go))
        if not rounds:
            continue
        ratios = [go[key] / rust[key] for key in rounds]
        rows.append([corpus, spread([rust[key] for key in rounds]),
                     spread([go[key] for key in rounds]),
                     f"{min(ratios):.2f}–{max(ratios):.2f}× ({len(rounds)})"])
    lines = markdown_table(["corpus", "best Rust, Node", "best Go, Node", "Go ÷ Rust, per round"],
                           rows, right_from=1)
    rust, go = facts["builds"].get("rust", {}), facts["builds"].get("go", {})
    if rust.get("binary_bytes") and go.get("binary_bytes"):
        lines += ["", f"Sizes: Go's module is {go['binary_bytes'] / rust['binary_bytes']:.1f}× "
                      f"Rust's ({go['binary_bytes']:,} against {rust['binary_bytes']:,} bytes)."]
    return lines


KINDS = {"runs": runs, "speed": speed, "sizes": sizes, "claim": claim}


def main(argv):
    if len(argv) != 2 or argv[0] not in KINDS:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    medians, facts = load(argv[1])
    print("\n".join(KINDS[argv[0]](medians, facts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
