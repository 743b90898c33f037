"""Checks the aggregate (Markdown) of the committed results of several real CPUs.

usage: python3 check_real_cpus.py REPORT.md PREFIX [PREFIX ...]

Each PREFIX names one CPU's labels (zen1-kvm, zen5-kvm, ...). Checks that:
- every timed label of one CPU has the same cores cell and labels of different CPUs never do
  (two CPUs with the same brand string must not look alike);
- at least one ranking flip between two strategies across hosts has a faster side and a slower
  side on different CPUs (the motivating claim's shape);
- every side of such a flip is split into instructions x time per instruction (valgrind
  counts), with no "not decomposed" left for its labels.
Prints one line per finding; exits 1 on the first failed check.
"""
import re
import sys


def fail(message):
    print("FAIL  " + message)
    sys.exit(1)


def section(lines, title):
    start = next((i for i, line in enumerate(lines) if line.startswith("## " + title)), None)
    if start is None:
        fail("the report has no '%s' section" % title)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    return lines[start + 1:end]


def cpu_of(label, prefixes):
    return next((prefix for prefix in prefixes if label.startswith(prefix + "-")), None)


def main():
    report, prefixes = sys.argv[1], sys.argv[2:]
    lines = open(report, encoding="utf-8").read().splitlines()

    cores = {}
    for line in section(lines, "Hosts"):
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if len(cells) < 5 or cells[0] in ("host", "---"):
            continue
        label = cells[0].replace(" (baseline)", "")
        if "EMULATED" in cells[4]:
            continue
        cores[label] = cells[2]
    by_cpu = {}
    for label, text in cores.items():
        cpu = cpu_of(label, prefixes)
        if cpu:
            by_cpu.setdefault(cpu, set()).add(text)
    for prefix in prefixes:
        if prefix not in by_cpu:
            fail("no timed host label starts with '%s-'" % prefix)
    for cpu, texts in by_cpu.items():
        if len(texts) != 1:
            fail("labels of %s describe their CPU differently: %s" % (cpu, sorted(texts)))
    seen = {}
    for cpu, texts in by_cpu.items():
        text = next(iter(texts))
        if text in seen:
            fail("%s and %s look alike: both '%s'" % (seen[text], cpu, text))
        seen[text] = cpu
    for cpu in prefixes:
        print("ok    %s: %s" % (cpu, next(iter(by_cpu[cpu]))))

    flips = section(lines, "Ranking flips")
    pattern = re.compile(r"^(decode/\S+): (\S+) is faster than (\S+) on (.*) but slower on (.*)\.$")
    found = 0
    for index, line in enumerate(flips):
        match = pattern.match(line)
        if not match:
            continue
        scope, subject, reference, faster, slower = match.groups()
        fast = {cpu_of(label, prefixes) for label in re.findall(r"([\w-]+) \(", faster)}
        slow = {cpu_of(label, prefixes) for label in re.findall(r"([\w-]+) \(", slower)}
        fast.discard(None)
        slow.discard(None)
        if not fast or not slow or fast == slow:
            continue
        labels = re.findall(r"([\w-]+) \(\d", faster + " " + slower)
        block = []
        for following in flips[index + 1:]:
            if pattern.match(following):
                break
            block.append(following)
        rows = [row for row in block if row.startswith("| ")]
        if not any("time per instruction ×" in row for row in rows):
            fail("%s (%s vs %s) has no instructions x time-per-instruction table" %
                 (scope, subject, reference))
        for label in labels:
            if not any(row.startswith("| %s |" % label) for row in rows):
                fail("%s: the flip's side on %s is not decomposed" % (scope, label))
            for row in rows:
                if row.startswith("| %s |" % label):
                    cells = [cell.strip() for cell in row.strip("|").split("|")]
                    time, instructions, per_instruction = (float(cells[i].rstrip("×")) for i in (1, 2, 3))
                    if abs(instructions * per_instruction / time - 1) > 0.01:
                        fail("%s on %s: %s x %s is not the time ratio %s" %
                             (scope, label, cells[2], cells[3], cells[1]))
        found += 1
        print("ok    flip %s: %s vs %s, faster on %s, slower on %s; decomposed on %s" %
              (scope, subject, reference, "/".join(sorted(fast)), "/".join(sorted(slow)),
               ", ".join(labels)))
    if found == 0:
        fail("no ranking flip between strategies has its two sides on different CPUs")
    print("real CPUs: %d hosts told apart, %d cross-CPU flips decomposed" % (len(prefixes), found))


if __name__ == "__main__":
    main()
