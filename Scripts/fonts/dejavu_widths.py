#!/usr/bin/env python3
"""Prints the advance widths of DejaVu Sans (and Bold) for the characters Redes diagrams use, as Swift literals.

Reads the TrueType tables directly (cmap format 4, hmtx), so no font library is needed:
    python3 Scripts/fonts/dejavu_widths.py /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
The output is pasted into Sources/RedesGraphviz/TextMetrics.swift (widths in font units; unitsPerEm is printed).
"""
import struct
import sys


def tables(data):
    count = struct.unpack(">H", data[4:6])[0]
    out = {}
    for i in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i: 28 + 16 * i])
        out[tag.decode()] = (offset, length)
    return out


def cmap4(data, offset):
    _, n = struct.unpack(">HH", data[offset:offset + 4])
    for i in range(n):
        platform, encoding, sub = struct.unpack(">HHI", data[offset + 4 + 8 * i: offset + 12 + 8 * i])
        if platform == 3 and encoding == 1:
            o = offset + sub
            assert struct.unpack(">H", data[o:o + 2])[0] == 4
            segx2 = struct.unpack(">H", data[o + 6:o + 8])[0]
            seg = segx2 // 2
            ends = struct.unpack(">%dH" % seg, data[o + 14:o + 14 + segx2])
            starts = struct.unpack(">%dH" % seg, data[o + 16 + segx2:o + 16 + 2 * segx2])
            deltas = struct.unpack(">%dh" % seg, data[o + 16 + 2 * segx2:o + 16 + 3 * segx2])
            range_offset_pos = o + 16 + 3 * segx2
            ranges = struct.unpack(">%dH" % seg, data[range_offset_pos:range_offset_pos + segx2])

            def glyph(c):
                for k in range(seg):
                    if starts[k] <= c <= ends[k]:
                        if ranges[k] == 0:
                            return (c + deltas[k]) & 0xFFFF
                        p = range_offset_pos + 2 * k + ranges[k] + 2 * (c - starts[k])
                        g = struct.unpack(">H", data[p:p + 2])[0]
                        return (g + deltas[k]) & 0xFFFF if g else 0
                return 0
            return glyph
    raise SystemExit("no Unicode BMP cmap")


def widths(path, chars):
    data = open(path, "rb").read()
    t = tables(data)
    units = struct.unpack(">H", data[t["head"][0] + 18:t["head"][0] + 20])[0]
    metrics = struct.unpack(">H", data[t["hhea"][0] + 34:t["hhea"][0] + 36])[0]
    glyph = cmap4(data, t["cmap"][0])
    hmtx = t["hmtx"][0]

    def advance(g):
        g = min(g, metrics - 1)
        return struct.unpack(">H", data[hmtx + 4 * g:hmtx + 4 * g + 2])[0]
    return units, {c: advance(glyph(ord(c))) for c in chars}


CHARS = [chr(c) for c in range(32, 127)] + [chr(c) for c in range(160, 256)] + list("–—‘’“”•…→←↔★€")

if __name__ == "__main__":
    regular = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    units, w = widths(regular, CHARS)
    print("// unitsPerEm", units)
    line = "    "
    for c in CHARS:
        item = '%d: %d, ' % (ord(c), w[c])
        if len(line) + len(item) > 118:
            print(line.rstrip())
            line = "    "
        line += item
    print(line.rstrip())
