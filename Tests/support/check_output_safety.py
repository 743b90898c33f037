#!/usr/bin/env python3
"""Helpers for stage 65 (the output policy). Subcommands:

  results FILE N           FILE holds exactly N complete edgebench records of one run, each
                           check ok, the last line ended; exit 1 naming what is wrong.
  corpus MANIFEST DIR      every corpus file DIR/<name>.bin (read through any link) has the
                           bytes and FNV-1a the manifest gives, and the manifest lists them all.
  closed-pipe CMD...       runs CMD with standard output a pipe whose read end is already
                           closed (no reader, ever); prints CMD's standard error and exits with
                           CMD's status (128+N when a signal N killed it).
  socket PATH              binds a Unix-domain socket at PATH (the node stays after exit).
"""
import json
import os
import socket
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_results  # noqa: E402


def results(path, expected):
    problem = check_results.check(path)
    if problem:
        return problem
    data = open(path, "rb").read()
    if not data.endswith(b"\n"):
        return f"{path}: the last line is not ended (partial write?)"
    records = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    if len(records) != expected:
        return f"{path}: {len(records)} records, expected {expected}"
    if len({record["run"]["id"] for record in records}) != 1:
        return f"{path}: records of more than one run"
    failed = [r["case"]["name"] for r in records if r["case"]["check"] != "ok"]
    if failed:
        return f"{path}: checks failed: {', '.join(failed)}"
    return None


def fnv1a64(data):
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


def corpus(manifest, folder):
    rows = [line.split("\t") for line in open(manifest).read().splitlines()
            if line and not line.startswith("#")]
    if len(rows) < 6:
        return f"{manifest}: {len(rows)} corpora listed, expected at least 6"
    for name, _format, _values, size, checksum, _sum in rows:
        data = open(os.path.join(folder, name + ".bin"), "rb").read()
        if len(data) != int(size) or "%016x" % fnv1a64(data) != checksum:
            return f"{folder}/{name}.bin: {len(data)} bytes, manifest says {size} ({checksum})"
    return None


def closed_pipe(command):
    read_end, write_end = os.pipe()
    os.close(read_end)
    # restore_signals (the default) gives the child SIGPIPE's default action back, so a
    # program that does not ignore it dies of it here, as it would under a shell.
    child = subprocess.run(command, stdout=write_end, stderr=subprocess.PIPE)
    os.close(write_end)
    sys.stderr.write(child.stderr.decode("utf-8", "replace"))
    return child.returncode if child.returncode >= 0 else 128 - child.returncode


def make_socket(path):
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.close()


def main(arguments):
    if len(arguments) == 3 and arguments[0] == "results":
        problem = results(arguments[1], int(arguments[2]))
    elif len(arguments) == 3 and arguments[0] == "corpus":
        problem = corpus(arguments[1], arguments[2])
    elif len(arguments) >= 2 and arguments[0] == "closed-pipe":
        return closed_pipe(arguments[1:])
    elif len(arguments) == 2 and arguments[0] == "socket":
        make_socket(arguments[1])
        return 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    if problem:
        print(problem, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
