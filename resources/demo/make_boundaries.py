#!/usr/bin/env python3
"""Writes boundaries.geojson: made-up, simplified outlines of the demo villages, communities
and parks (村/社区/园区) that app-server/demo/DemoSeeder.cpp seeds, for the grid map
(网格一张图) in demonstrations and tests. Not survey data: the towns sit roughly where they
are east of Changzhou, and their areas are cells of one Voronoi diagram.

How: every area gets a site near its town's centre; filler sites around the towns bound the
outer cells and are then dropped. Each cell is its site's Voronoi cell (so the areas of a town
tile it and no two areas overlap), with a little deterministic wiggle added to each shared
edge (computed from the edge alone, so both neighbours get the same wiggle). Standard library
only; the output is the same on every run.

Usage: python3 make_boundaries.py  (writes boundaries.geojson beside this script)
"""
import hashlib
import json
import math
import pathlib
import random

# The demo towns and their areas exactly as DemoSeeder.cpp names them (with the codes it
# gives), with a centre (longitude, latitude), a radius in km and an ellipse (x stretch,
# rotation in degrees) for each town. Keep in step with DemoSeeder.cpp.
TOWNS = [
    ("横林镇", (120.185, 31.728), 3.6, (1.3, 20), [
        ("横林社区", ""), ("崔桥村", ""), ("新东村", ""), ("南苑村", ""), ("林南村", ""),
        ("江村村", ""), ("余巷村", ""), ("西湖村", ""), ("横林木业园区", "")]),
    ("横山桥镇", (120.140, 31.787), 3.4, (1.4, -15), [
        ("西崦社区", "320412106004"), ("横山桥社区", ""), ("芙蓉社区", ""), ("五一村", ""),
        ("东南村", ""), ("三思村", ""), ("大坝村", ""), ("花园村", "")]),
    ("遥观镇", (120.078, 31.742), 4.1, (1.25, 10), [
        ("渔庄村", "320412104200"), ("留道社区", ""), ("桥南村", ""), ("塘桥村", ""),
        ("钱家塘社区", ""), ("芳庄社区", ""), ("洪庄社区", ""), ("印墅社区", ""), ("建农村", ""),
        ("东方村", ""), ("剑苑社区", ""), ("东村村", ""), ("遥观社区", ""), ("薛墅巷村", ""),
        ("通济村", ""), ("遥观工业集中区", "")]),
    ("潞城街道", (120.012, 31.788), 2.4, (1.2, 30), [
        ("潞城社区", ""), ("五一村", ""), ("塘北村", ""), ("丁家塘村", ""), ("前庄村", "")]),
    ("丁堰街道", (119.985, 31.752), 2.1, (1.1, 0), [
        ("丁堰社区", ""), ("新丰村", ""), ("东青村", ""), ("梅港村", "")]),
    ("戚墅堰街道", (120.020, 31.718), 2.1, (1.3, -10), [
        ("戚墅堰社区", ""), ("和平社区", ""), ("卢家巷村", ""), ("丁家村", "")]),
]

ORIGIN = (120.0, 31.74)
KM_PER_DEG_LAT = 111.32
KM_PER_DEG_LON = 111.32 * math.cos(math.radians(ORIGIN[1]))
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
BOX = (-12.0, -14.0, 34.0, 18.0)  # km: x0, y0, x1, y1, well outside every town
KEY_DIGITS = 6  # km rounded to the millimetre: the same vertex computed twice gets one key


def to_km(lon, lat):
    return ((lon - ORIGIN[0]) * KM_PER_DEG_LON, (lat - ORIGIN[1]) * KM_PER_DEG_LAT)


def to_lonlat(point):
    return (round(ORIGIN[0] + point[0] / KM_PER_DEG_LON, 6), round(ORIGIN[1] + point[1] / KM_PER_DEG_LAT, 6))


def stretch(town, dx, dy):
    """Offset (dx, dy) from the unit disc onto the town's rotated ellipse."""
    _, _, radius, (factor, degrees), _ = town
    a = math.radians(degrees)
    x, y = dx * radius * factor, dy * radius / factor
    return (x * math.cos(a) - y * math.sin(a), x * math.sin(a) + y * math.cos(a))


def ellipse_distance(town, point):
    """1.0 on the town's ellipse, less inside."""
    _, centre, radius, (factor, degrees), _ = town
    cx, cy = to_km(*centre)
    a = -math.radians(degrees)
    x, y = point[0] - cx, point[1] - cy
    x, y = x * math.cos(a) - y * math.sin(a), x * math.sin(a) + y * math.cos(a)
    return math.hypot(x / (radius * factor), y / (radius / factor))


def sites(rng):
    """[(x, y, town index or None, area index)] — None marks a filler site."""
    result = []
    for t, town in enumerate(TOWNS):
        cx, cy = to_km(*town[1])
        count = len(town[4])
        phase = rng.uniform(0, 2 * math.pi)
        for k in range(count):
            r = math.sqrt((k + 0.5) / count) * 0.85
            angle = phase + k * GOLDEN_ANGLE
            dx = r * math.cos(angle) + rng.uniform(-0.08, 0.08)
            dy = r * math.sin(angle) + rng.uniform(-0.08, 0.08)
            ox, oy = stretch(town, dx, dy)
            result.append((cx + ox, cy + oy, t, k))
    spacing = 2.0
    y = BOX[1] + spacing / 2
    while y < BOX[3]:
        x = BOX[0] + spacing / 2
        while x < BOX[2]:
            p = (x + rng.uniform(-0.5, 0.5), y + rng.uniform(-0.5, 0.5))
            if all(ellipse_distance(town, p) > 1.3 for town in TOWNS):
                result.append((p[0], p[1], None, 0))
            x += spacing
        y += spacing
    return result


def clip(polygon, normal, limit):
    """The part of a convex polygon where normal · p <= limit (Sutherland–Hodgman)."""
    result = []
    for i, current in enumerate(polygon):
        previous = polygon[i - 1]
        pc = normal[0] * current[0] + normal[1] * current[1] - limit
        pp = normal[0] * previous[0] + normal[1] * previous[1] - limit
        if pc <= 0:
            if pp > 0:
                t = pp / (pp - pc)
                result.append((previous[0] + t * (current[0] - previous[0]),
                               previous[1] + t * (current[1] - previous[1])))
            result.append(current)
        elif pp <= 0:
            t = pp / (pp - pc)
            result.append((previous[0] + t * (current[0] - previous[0]),
                           previous[1] + t * (current[1] - previous[1])))
    return result


def voronoi_cell(index, all_sites):
    sx, sy = all_sites[index][:2]
    cell = [(BOX[0], BOX[1]), (BOX[2], BOX[1]), (BOX[2], BOX[3]), (BOX[0], BOX[3])]
    for j, other in enumerate(all_sites):
        if j == index:
            continue
        ox, oy = other[:2]
        if math.hypot(ox - sx, oy - sy) > 14:
            continue
        # Points nearer this site than the other: (o - s) · p <= (|o|² - |s|²) / 2.
        cell = clip(cell, (ox - sx, oy - sy), (ox * ox + oy * oy - sx * sx - sy * sy) / 2)
    keyed = []
    for p in cell:
        key = (round(p[0], KEY_DIGITS), round(p[1], KEY_DIGITS))
        if not keyed or keyed[-1] != key:
            keyed.append(key)
    while len(keyed) > 1 and keyed[0] == keyed[-1]:
        keyed.pop()
    return keyed


def wiggle(a, b):
    """Points to insert between a and b: the same for (a, b) and (b, a), in a-to-b order."""
    first, second = min(a, b), max(a, b)
    length = math.hypot(second[0] - first[0], second[1] - first[1])
    if length < 0.9:
        return []
    seed = hashlib.sha256(repr((first, second)).encode()).digest()
    rng = random.Random(seed)
    nx, ny = -(second[1] - first[1]) / length, (second[0] - first[0]) / length
    fractions = [0.5] if length < 3.0 else [1 / 3, 2 / 3]
    points = []
    for f in fractions:
        h = rng.uniform(-0.1, 0.1) * length / len(fractions)
        points.append((round(first[0] + f * (second[0] - first[0]) + h * nx, KEY_DIGITS),
                       round(first[1] + f * (second[1] - first[1]) + h * ny, KEY_DIGITS)))
    return points if (a, b) == (first, second) else points[::-1]


def segments_cross(p1, p2, q1, q2):
    """True when the segments cross at a point that is not a shared end."""
    if len({p1, p2, q1, q2}) < 4:
        return False

    def orient(a, b, c):
        value = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return (value > 1e-12) - (value < -1e-12)

    return (orient(p1, p2, q1) * orient(p1, p2, q2) < 0) and (orient(q1, q2, p1) * orient(q1, q2, p2) < 0)


def build():
    rng = random.Random(20240601)
    all_sites = sites(rng)
    cells = {}
    for i, site in enumerate(all_sites):
        if site[2] is not None:
            cells[(site[2], site[3])] = voronoi_cell(i, all_sites)

    # Every edge between two areas must be the same edge in both (no gap, no overlap).
    edges = {}
    for key, ring in cells.items():
        for i, a in enumerate(ring):
            b = ring[(i + 1) % len(ring)]
            edges.setdefault((a, b), []).append(key)
    for (a, b), owners in edges.items():
        assert len(owners) == 1, (a, b, owners)
        reverse = edges.get((b, a))
        if reverse:
            assert len(reverse) == 1

    # Each town in one piece: its areas connected through shared edges.
    for t, town in enumerate(TOWNS):
        members = {(t, k) for k in range(len(town[4]))}
        seen, todo = set(), [(t, 0)]
        while todo:
            key = todo.pop()
            if key in seen:
                continue
            seen.add(key)
            ring = cells[key]
            for i, a in enumerate(ring):
                b = ring[(i + 1) % len(ring)]
                for neighbour in edges.get((b, a), []):
                    if neighbour in members:
                        todo.append(neighbour)
        assert seen == members, "%s is not in one piece" % town[0]

    wiggled = {}
    for key, ring in cells.items():
        out = []
        for i, a in enumerate(ring):
            out.append(a)
            out.extend(wiggle(a, ring[(i + 1) % len(ring)]))
        wiggled[key] = out

    # No two edges cross anywhere (wiggles stay inside the two cells they bend into).
    all_edges = [(ring[i], ring[(i + 1) % len(ring)]) for ring in wiggled.values() for i in range(len(ring))]
    for i, (p1, p2) in enumerate(all_edges):
        for q1, q2 in all_edges[i + 1:]:
            assert not segments_cross(p1, p2, q1, q2), (p1, p2, q1, q2)
    return wiggled


def main():
    cells = build()
    features = []
    counts = []
    for t, (town_name, _, _, _, areas) in enumerate(TOWNS):
        for k, (name, code) in enumerate(areas):
            ring = [list(to_lonlat(p)) for p in cells[(t, k)]]
            counts.append(len(ring))
            ring.append(ring[0])
            properties = {"town": town_name, "name": name}
            if code:
                properties["code"] = code
            features.append({"type": "Feature", "properties": properties,
                             "geometry": {"type": "Polygon", "coordinates": [ring]}})
    assert 6 <= min(counts) and max(counts) <= 14, "simplified outlines have 6 to 14 vertices"
    # One feature per line: small diffs when an outline changes.
    lines = ",\n".join(json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features)
    text = ('{"type":"FeatureCollection",\n"name":"GridSafe demo boundaries (made up, not survey data)",\n'
            '"features":[\n' + lines + "\n]}\n")
    path = pathlib.Path(__file__).with_name("boundaries.geojson")
    path.write_text(text, encoding="utf-8")
    print("%s: %d features, %d bytes, %d–%d vertices per polygon"
          % (path.name, len(features), len(text.encode()), min(counts), max(counts)))


if __name__ == "__main__":
    main()
