#!/usr/bin/env python3
"""Draws the Teams app icons with the standard library only (no image tools needed).

color.png   192x192: the accent colour as a full-bleed rounded square with a white compass.
outline.png  32x32 : the same compass in white on a transparent background (Teams' rule for outline icons).

Run:  python3 teams/icons/draw_icons.py   (writes both files next to this script)
To change the look, edit ACCENT or the shapes in `compass()`; keep the outline white-on-transparent.
"""
import math
import os
import struct
import zlib

ACCENT = (0x1F, 0x5F, 0x8B)  # keep equal to accentColor in teams/manifest.template.json
WHITE = (255, 255, 255)
SUPERSAMPLE = 4  # 4x4 samples per pixel for smooth edges


def compass(x, y):
    """True when point (x, y) in the unit square [0,1]^2 is part of the glyph: a ring and a north-pointing needle."""
    dx, dy = x - 0.5, y - 0.5
    r = math.hypot(dx, dy)
    ring = 0.30 <= r <= 0.38
    # Needle: a diamond, long axis vertical, leaning a little to the north-east (a direction, not a clock).
    angle = math.radians(-20)
    u = dx * math.cos(angle) - dy * math.sin(angle)
    v = dx * math.sin(angle) + dy * math.cos(angle)
    needle = abs(u) / 0.09 + abs(v) / 0.27 <= 1.0
    hub = r <= 0.035
    return (ring or needle) and not hub


def rounded_square(x, y, radius=0.18):
    """True inside a square of the unit size with rounded corners."""
    cx = min(max(x, radius), 1 - radius)
    cy = min(max(y, radius), 1 - radius)
    return math.hypot(x - cx, y - cy) <= radius


def render(size, background):
    rows = []
    n = SUPERSAMPLE
    for py in range(size):
        row = bytearray([0])  # filter type 0 (None)
        for px in range(size):
            glyph = bg = 0
            for sy in range(n):
                for sx in range(n):
                    x = (px + (sx + 0.5) / n) / size
                    y = (py + (sy + 0.5) / n) / size
                    # The outline icon shrinks the glyph a little so the ring keeps a margin at 32 px.
                    gx, gy = (x, y) if background else ((x - 0.5) / 1.15 + 0.5, (y - 0.5) / 1.15 + 0.5)
                    inside_bg = background and rounded_square(x, y)
                    if compass(gx, gy) and (inside_bg or not background):
                        glyph += 1
                    elif inside_bg:
                        bg += 1
            total = n * n
            if background:
                alpha = (glyph + bg) / total
                mix = glyph / (glyph + bg) if glyph + bg else 0
                rgb = [round(WHITE[i] * mix + ACCENT[i] * (1 - mix)) for i in range(3)]
                row += bytes(rgb + [round(alpha * 255)])
            else:
                row += bytes(list(WHITE) + [round(glyph / total * 255)])
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(width, height, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "color.png"), "wb") as f:
        f.write(render(192, background=True))
    with open(os.path.join(here, "outline.png"), "wb") as f:
        f.write(render(32, background=False))
    print("wrote color.png (192x192) and outline.png (32x32) in", here)
