#!/usr/bin/env python3
"""The logic of boards/count-instructions.sh (see its usage comment): counts instructions per
decoded value under valgrind's callgrind for every case a static x86_64 edgebench binary's
`decode --strategy all` runs, and writes them as one `edgebench.instructions` JSON Lines file.

Per case: Ir of `decode --iters 3` minus Ir of `decode --iters 1`, divided by 2 decodes and by
the corpus's values, so start-up, corpus generation and the pre-run check cancel out. Both runs
pass `--samples 1 --warmup 0 --no-counters --seed 0`: the runner repeats `--iters` once per
warm-up and timed sample (default 1 + 10), so without them the difference would be 22 decodes,
not 2."""
import argparse
import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SCHEMA = "edgebench.instructions"
SCHEMA_VERSION = 1
RUN_FLAGS = ["--samples", "1", "--warmup", "0", "--no-counters", "--seed", "0"]
# What does not cancel between the two runs is start-up work that varies from run to run: text
# read from /proc, clock readings formatted, and Swift's per-process hash seed, fixed here. It
# is a few thousand of 1.3 billion instructions (~0.02 per value of 65,536), not zero.
METHOD = ("(Ir of decode --iters 3) - (Ir of decode --iters 1), / 2 / values"
          " (both runs: " + " ".join(RUN_FLAGS) + ")")
TARGET = "x86_64-unknown-linux-gnu"


class Failure(Exception):
    """Stops the count with a message (exit 1)."""


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def host_cpu():
    fields = {}
    with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as info:
        for line in info:
            if not line.strip():
                break  # the first CPU is enough
            key, _, value = line.partition(":")
            fields.setdefault(key.strip(), value.strip())
    model = fields.get("model name", "unknown")
    return f"{model} (family {fields.get('cpu family', '?')} model {fields.get('model', '?')})"


def valgrind_tool():
    version = subprocess.run(["valgrind", "--version"], check=True, capture_output=True,
                             text=True).stdout.strip()
    return f"{version} callgrind"


def record_cases(binary, work):
    """The binary's own `decode --strategy all` records: its cases and its build facts."""
    output = os.path.join(work, "cases.jsonl")
    command = [binary, "decode", "--strategy", "all", "--iters", "1", "--samples", "1",
               "--warmup", "0", "--no-counters", "--output", output]
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode != 0:
        raise Failure(f"{binary}: '{' '.join(command[1:])}' exited {run.returncode}:\n"
                      f"{run.stderr.strip()}")
    with open(output, encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    if not records:
        raise Failure(f"{binary}: decode --strategy all recorded no cases")
    return records


def build_facts(binary, record):
    build = record["build"]
    revision = build.get("source_revision") or ""
    if not re.fullmatch(r"[0-9a-f]{12}(-dirty)?", revision):
        raise Failure(f"{binary}: source revision '{revision}' is not 12 hex digits")
    if build.get("target") != TARGET:
        raise Failure(f"{binary}: target {build.get('target')}, not {TARGET} (valgrind counts"
                      " x86_64 only)")
    if build.get("mode") not in ("full", "embedded"):
        raise Failure(f"{binary}: build mode '{build.get('mode')}' is neither full nor embedded")
    return {"mode": build["mode"], "target": build["target"],
            "optimization": build.get("optimization"), "source_revision": revision,
            "binary_sha256": sha256_of(binary)}


@contextlib.contextmanager
def held(lock):
    """flock(2) on `lock` (as flock(1) takes it) for the block; nothing when `lock` is empty."""
    if not lock:
        yield
        return
    with open(lock, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def callgrind_total(stripped, iters, case, work):
    """Total Ir of one `decode --iters N` run of `case` under callgrind."""
    out = os.path.join(work, f"callgrind.{iters}")
    command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", stripped,
               "decode", "--strategy", case["strategy"], "--corpus", case["corpus"],
               "--iters", str(iters)] + RUN_FLAGS
    run = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                         env=dict(os.environ, SWIFT_DETERMINISTIC_HASHING="1"))
    if run.returncode != 0:
        raise Failure(f"{case['name']}: decode --iters {iters} under callgrind exited"
                      f" {run.returncode}:\n{run.stderr.strip()[-2000:]}")
    with open(out, encoding="utf-8", errors="replace") as profile:
        for line in profile:
            match = re.match(r"^(summary|totals):\s+(\d+)", line)
            if match:
                return int(match.group(2))
    raise Failure(f"{case['name']}: no summary line in callgrind's output ({out})")


def selected(records, strategies, corpora):
    names = {"strategy": {r["case"]["strategy"] for r in records},
             "corpus": {r["case"]["corpus"] for r in records}}
    for kind, wanted in (("strategy", strategies), ("corpus", corpora)):
        unknown = sorted(set(wanted or ()) - names[kind])
        if unknown:
            raise Failure(f"no case of decode --strategy all has {kind} {', '.join(unknown)}"
                          f" (it has {', '.join(sorted(names[kind]))})")
    return [r for r in records
            if (not strategies or r["case"]["strategy"] in strategies)
            and (not corpora or r["case"]["corpus"] in corpora)]


def count_binary(binary, args, tool, cpu, work):
    records = record_cases(binary, work)
    build = build_facts(binary, records[0])
    for record in records:
        if {k: record["build"][k] for k in ("mode", "target", "source_revision")} != \
                {k: build[k] for k in ("mode", "target", "source_revision")}:
            raise Failure(f"{binary}: the records of one run disagree on the build")
    stripped = os.path.join(work, "edgebench-stripped")
    subprocess.run(["objcopy", "--strip-debug", binary, stripped], check=True)
    lines, chosen = [], selected(records, args.strategies, args.corpora)
    for record in chosen:
        case = record["case"]
        if case["kind"] != "decode" or case["source"] != "builtin" or case["check"] != "ok":
            raise Failure(f"{case['name']}: not a checked built-in decode case ({case['check']})")
    for first in range(0, len(chosen), args.batch):
        # The lock is held for a few cases at a time, so others' builds interleave.
        with held(args.lock):
            for record in chosen[first:first + args.batch]:
                lines.append(count_case(stripped, record["case"], build, tool, cpu, work))
    return lines


def count_case(stripped, case, build, tool, cpu, work):
    started = time.monotonic()
    one = callgrind_total(stripped, 1, case, work)
    three = callgrind_total(stripped, 3, case, work)
    if not (three > one > 0):
        raise Failure(f"{case['name']}: instructions of --iters 3 ({three}) not greater than"
                      f" of --iters 1 ({one}), or not positive")
    per_value = (three - one) / 2 / case["values"]
    print(f"{build['mode']:9} {case['name']:30} {per_value:10.3f} instructions/value"
          f"  ({time.monotonic() - started:.1f} s)", file=sys.stderr)
    return {
        "schema": SCHEMA, "schema_version": SCHEMA_VERSION, "source": "valgrind",
        "tool": tool, "method": METHOD, "counted_unix_ns": time.time_ns(),
        "host_cpu": cpu, "build": build,
        "case": {"name": case["name"], "kind": case["kind"], "corpus": case["corpus"],
                 "strategy": case["strategy"], "values": case["values"],
                 "fnv1a64": case["fnv1a64"]},
        "instructions": {"iters_1": one, "iters_3": three},
        "instructions_per_value": per_value,
    }


def write_atomically(path, lines):
    """Temp file beside `path`, fsync, then link into place (fails if `path` appeared)."""
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(prefix=os.path.basename(path) + ".tmp-", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            for line in lines:
                out.write(json.dumps(line, separators=(",", ":")) + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o644)
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise Failure(f"{path} exists; not overwriting it") from None
    finally:
        os.unlink(temporary)
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def names(text):
    return [name for name in text.split(",") if name]


def main():
    parser = argparse.ArgumentParser(prog="boards/count-instructions.sh",
                                     description="instructions per value under callgrind")
    parser.add_argument("--output", required=True, help="the JSON Lines file to write")
    parser.add_argument("--strategies", type=names, help="only these strategies (a,b)")
    parser.add_argument("--corpora", type=names, help="only these corpora (a,b)")
    parser.add_argument("--lock", default=os.environ.get("EDGEBENCH_HEAVY_LOCK", ""),
                        help="flock this file around each batch of cases' valgrind runs")
    parser.add_argument("--batch", type=int, default=3, help="cases per hold of --lock")
    parser.add_argument("binaries", nargs="+", metavar="BINARY")
    args = parser.parse_args()
    # Killed, it still removes its temporary folder and file.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if args.batch < 1:
        parser.error("--batch must be at least 1")
    try:
        if os.path.lexists(args.output):
            raise Failure(f"{args.output} exists; not overwriting it")
        if not os.path.isdir(os.path.dirname(os.path.abspath(args.output))):
            raise Failure(f"{args.output}: no such directory")
        for tool in ("valgrind", "objcopy"):
            if shutil.which(tool) is None:
                raise Failure(f"{tool} not found (valgrind: apt-get install valgrind)")
        tool, cpu = valgrind_tool(), host_cpu()
        lines = []
        with tempfile.TemporaryDirectory(prefix="edgebench-count-") as work:
            for binary in args.binaries:
                if not os.access(binary, os.X_OK):
                    raise Failure(f"{binary}: not an executable file")
                lines += count_binary(binary, args, tool, cpu, work)
        write_atomically(args.output, lines)
    except Failure as failure:
        print(f"count-instructions: {failure}", file=sys.stderr)
        return 1
    print(f"count-instructions: {len(lines)} cases into {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
