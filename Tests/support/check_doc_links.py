#!/usr/bin/env python3
"""Prints every relative Markdown link of the given files whose target does not exist
(`file:line: target`), outside fenced code blocks. Anchors are not checked. docs/architecture.md
is allowed to be missing (it is written separately).

usage: python3 check_doc_links.py FILE.md...
"""
import os
import re
import sys

LINK = re.compile(r"\]\(([^)\s]+)\)")
ALLOWED_MISSING = {"docs/architecture.md"}


def main(paths):
    root = os.getcwd()
    for path in paths:
        fenced = False
        with open(path, encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if line.lstrip().startswith("```"):
                    fenced = not fenced
                if fenced:
                    continue
                for target in LINK.findall(line):
                    if re.match(r"^[a-z]+:", target) or target.startswith("#"):
                        continue
                    file = target.split("#", 1)[0]
                    resolved = os.path.normpath(os.path.join(os.path.dirname(path), file))
                    if os.path.relpath(resolved, root) in ALLOWED_MISSING:
                        continue
                    if not os.path.exists(resolved):
                        print(f"{path}:{number}: {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
