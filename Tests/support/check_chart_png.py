#!/usr/bin/env python3
"""Checks the picture of an edgebench aggregate chart, not its XML: decodes the PNG that
rsvg-convert rendered (zlib + struct only, no extra packages) and verifies, for every bar the
chart's layout promises, that its inside is filled with the bar's colour, that the colour stops
where the bar's top should be (so bar heights follow the data), and that the pixels just above
it are not the bar's colour.

usage: check_chart_png.py CHART.png SPEC.json
       check_chart_png.py CHART.png --svg CHART.svg   (bars read from the SVG's <rect><title>)
SPEC: {"width": W, "height": H, "bars": [{"x":, "y":, "width":, "height":, "colour": "#rrggbb",
       "name": "host/strategy"}, ...]}
Exit 0 when every check passes; 1 naming each failure."""
import json
import re
import struct
import sys
import zlib

TOLERANCE = 10  # per channel, for anti-aliasing at edges


def read_png(path):
    """Returns (width, height, rows) with rows[y][x] = (r, g, b)."""
    with open(path, "rb") as handle:
        data = handle.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    position, idat, header = 8, b"", None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    width, height, depth, colour_type, _, _, interlace = header
    if depth != 8 or colour_type not in (2, 6) or interlace != 0:
        raise ValueError("unsupported PNG: depth %d, colour type %d, interlace %d"
                         % (depth, colour_type, interlace))
    channels = 3 if colour_type == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous, offset = [], bytearray(stride), 0
    for _ in range(height):
        kind = raw[offset]
        line = bytearray(raw[offset + 1:offset + 1 + stride])
        offset += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + predictor) & 0xFF
        rows.append([tuple(line[x * channels:x * channels + 3]) for x in range(width)])
        previous = line
    return width, height, rows


def colour(text):
    return tuple(int(text[i:i + 2], 16) for i in (1, 3, 5))


def near(a, b):
    return all(abs(x - y) <= TOLERANCE for x, y in zip(a, b))


def check(png, spec):
    width, height, rows = read_png(png)
    failures = []
    if (width, height) != (round(spec["width"]), round(spec["height"])):
        failures.append("size %dx%d, expected %dx%d" % (width, height, spec["width"],
                                                        spec["height"]))
        return failures
    for bar in spec["bars"]:
        name, fill = bar["name"], colour(bar["colour"])
        left, top = bar["x"], bar["y"]
        right, bottom = left + bar["width"], top + bar["height"]
        centre = (left + right) / 2
        # Inside: a grid of points away from the edges and the error bar in the middle.
        points = [(x, y) for x in range(int(left) + 2, int(right) - 1, 2)
                  if abs(x - centre) > 4
                  for y in range(int(top) + 3, int(bottom) - 2, 3)]
        if not points:
            failures.append("%s: bar too small to check" % name)
            continue
        filled = sum(near(rows[y][x], fill) for x, y in points)
        if filled < 0.97 * len(points):
            failures.append("%s: only %d of %d inside pixels are %s"
                            % (name, filled, len(points), bar["colour"]))
        # Height: walk up a column near the left edge until the colour stops.
        x, y = int(left) + 3, int(bottom) - 2
        while y > 0 and near(rows[y][x], fill):
            y -= 1
        if abs((y + 1) - top) > 2:
            failures.append("%s: colour stops at y=%d, bar top should be at y=%.1f"
                            % (name, y + 1, top))
        if top > 6 and near(rows[int(top) - 5][x], fill):
            failures.append("%s: the bar's colour continues above its top" % name)
    expected = {bar["colour"] for bar in spec["bars"]}
    print("checked %d bars in %d colours on a %dx%d picture"
          % (len(spec["bars"]), len(expected), width, height))
    return failures


def spec_from_svg(path):
    """The canvas size and every bar (a rect with a <title>) of an edgebench chart SVG."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    size = re.search(r'<svg [^>]*width="([\d.]+)" height="([\d.]+)"', text)
    bars = [{"x": float(x), "y": float(y), "width": float(w), "height": float(h), "colour": c,
             "name": title}
            for x, y, w, h, c, title in re.findall(
                r'<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" '
                r'fill="(#[0-9a-f]{6})"><title>([^<]*)</title>', text)]
    return {"width": float(size.group(1)), "height": float(size.group(2)), "bars": bars}


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[2] == "--svg":
        spec = spec_from_svg(sys.argv[3])
    elif len(sys.argv) == 3:
        with open(sys.argv[2], encoding="utf-8") as handle:
            spec = json.load(handle)
    else:
        sys.exit(__doc__)
    problems = check(sys.argv[1], spec)
    for problem in problems:
        print("FAIL  " + problem)
    sys.exit(1 if problems else 0)
