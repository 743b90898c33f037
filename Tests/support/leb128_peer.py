#!/usr/bin/env python3
"""A second implementation of edgebench's varint files, for stage 61: files crossing program
boundaries must mean the same to Python as to edgebench.

usage: leb128_peer.py write FILE
         writes 100,002 LEB128 varints (seeded; mixed lengths, 0 and 2**64-1) to FILE and
         prints their count and wrapping 64-bit sum
       leb128_peer.py check DIR
         decodes every varint corpus that `edgebench corpus --write DIR` wrote: each file's
         size and FNV-1a 64 and each varint corpus's count and wrapping sum must be those of
         DIR/MANIFEST.tsv (an assertion names the corpus that differs)
"""
import random
import sys


def leb128(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def decode_all(data):
    values, value, shift = [], 0, 0
    for byte in data:
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            values.append(value)
            value, shift = 0, 0
    assert shift == 0, "truncated"
    return values


def fnv1a64(data):
    h = 0xCBF29CE484222325
    for byte in data:
        h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def write(path):
    rng = random.Random(20251128)
    values = []
    for _ in range(100_000):
        bits = rng.choice([7, 14, 21, 35, 56, 63, 64])
        values.append(rng.getrandbits(bits))
    values += [0, 2**64 - 1]
    with open(path, "wb") as f:
        f.write(b"".join(leb128(v) for v in values))
    print(len(values), sum(values) % 2**64)


def check(directory):
    checked = 0
    for line in open(directory + "/MANIFEST.tsv"):
        if line.startswith("#"):
            continue
        name, fmt, count, size, fnv, total = line.split()
        data = open("%s/%s.bin" % (directory, name), "rb").read()
        assert len(data) == int(size) and "%016x" % fnv1a64(data) == fnv, name
        if fmt == "varints":
            values = decode_all(data)
            assert len(values) == int(count) and sum(values) % 2**64 == int(total), name
            checked += 1
    print("python decoded %d varint corpora to the manifest's count, sum and FNV-1a" % checked)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "write":
        write(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == "check":
        check(sys.argv[2])
    else:
        sys.exit(__doc__)
