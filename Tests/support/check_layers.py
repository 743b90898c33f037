#!/usr/bin/env python3
"""Checks that references between source folders run one way, as docs/architecture.md draws it.

docs/architecture.md holds one line per module of the form
    layers Module: FolderA < FolderB < FolderC
(lowest first). A Swift file in a folder may use the types of its own folder, of the module's
root, and of folders before it in the list; a use of a type declared in a later folder is a
violation, printed with the file, the type and both folders. Every folder of the module must be
listed, so a new folder cannot slip past. Exit status 1 on any violation.

usage: check_layers.py [ROOT]        (default: the repository root)
"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")
doc = open(os.path.join(root, "docs", "architecture.md"), encoding="utf-8").read()
layer_lines = re.findall(r"^layers (\w+): (.+)$", doc, re.M)
if not layer_lines:
    sys.exit("check_layers: docs/architecture.md has no 'layers Module: A < B' lines")

DECLARATION = re.compile(
    r"^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|private|fileprivate|final|"
    r"indirect|nonisolated)\s+)*(?:struct|enum|class|protocol|typealias|actor)\s+([A-Z]\w*)",
    re.M,
)
COMMENT = re.compile(r"//.*?$|/\*.*?\*/", re.M | re.S)
STRING = re.compile(r'"(?:\\.|[^"\\])*"')

failures = []
for module, order in layer_lines:
    layers = [name.strip() for name in order.split("<")]
    base = os.path.join(root, "Sources", module)
    folders = sorted(
        name for name in os.listdir(base) if os.path.isdir(os.path.join(base, name))
    )
    for folder in folders:
        if folder not in layers:
            failures.append(f"{module}/{folder}: not in the layers line of docs/architecture.md")
    for layer in layers:
        if layer not in folders:
            failures.append(f"{module}: the layer {layer} has no folder")
    files = {}
    for directory, _, names in os.walk(base):
        for name in names:
            if name.endswith(".swift"):
                path = os.path.join(directory, name)
                files[path] = open(path, encoding="utf-8").read()
    owner = {}
    def folder_of(path):
        # A file belongs to its top folder: Load/Foreign/X.swift is in Load.
        relative = os.path.relpath(os.path.dirname(path), base)
        return relative.split(os.sep)[0]

    for path, text in files.items():
        folder = folder_of(path)
        for match in DECLARATION.finditer(COMMENT.sub("", text)):
            owner.setdefault(match.group(1), folder)
    rank = {name: index for index, name in enumerate(layers)}
    for path, text in sorted(files.items()):
        folder = folder_of(path)
        if folder == ".":
            continue
        code = STRING.sub('""', COMMENT.sub("", text))
        for name in sorted(set(re.findall(r"\b[A-Z]\w+\b", code))):
            other = owner.get(name)
            if other is None or other in (".", folder) or folder not in rank:
                continue
            if other not in rank or rank[other] > rank[folder]:
                failures.append(
                    f"{os.path.relpath(path, root)}: uses {name} from {other}, "
                    f"a later layer than {folder}"
                )
for failure in failures:
    print("check_layers: " + failure, file=sys.stderr)
if failures:
    sys.exit(1)
print(f"check_layers: {len(layer_lines)} modules, references run one way")
