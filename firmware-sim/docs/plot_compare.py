#!/usr/bin/env python3
"""Plots a real and a simulated recording side by side as an SVG (standard library only).

usage: plot_compare.py REAL.csv SIM.csv SECONDS OUT.svg [REAL_TITLE SIM_TITLE]
Both files are in the replay format (t,ax,ay,az,gx,gy,gz); the first SECONDS of each are drawn.
"""
import csv
import sys

W, H, PAD = 460, 170, 36
COLOURS = ["#d62728", "#2ca02c", "#1f77b4"]


def read(path, seconds):
    rows = []
    with open(path) as f:
        for r in csv.DictReader(f):
            t = float(r["t"])
            if t > seconds:
                break
            g = [float(r[k]) if r[k] else 0.0 for k in ("gx", "gy", "gz")]
            rows.append((t, [float(r[k]) for k in ("ax", "ay", "az")], g))
    return rows


def panel(x0, y0, rows, pick, lo, hi, seconds, title, unit):
    out = [f'<rect x="{x0}" y="{y0}" width="{W}" height="{H}" fill="none" stroke="#999"/>',
           f'<text x="{x0 + 4}" y="{y0 - 6}" font-size="13">{title}</text>',
           f'<text x="{x0 - 4}" y="{y0 + 10}" font-size="10" text-anchor="end">{hi:g}</text>',
           f'<text x="{x0 - 4}" y="{y0 + H}" font-size="10" text-anchor="end">{lo:g}</text>',
           f'<text x="{x0 - 4}" y="{y0 + H / 2}" font-size="10" text-anchor="end">{unit}</text>']
    zero = y0 + H * hi / (hi - lo)
    out.append(f'<line x1="{x0}" y1="{zero:.1f}" x2="{x0 + W}" y2="{zero:.1f}" stroke="#ddd"/>')
    for axis in range(3):
        pts = " ".join(f"{x0 + W * t / seconds:.1f},{y0 + H * (hi - max(lo, min(hi, pick(v)[axis]))) / (hi - lo):.1f}" for t, *v in rows)
        out.append(f'<polyline fill="none" stroke="{COLOURS[axis]}" stroke-width="1" points="{pts}"/>')
    return out


def main():
    real_path, sim_path, seconds, out_path = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
    real_title = sys.argv[5] if len(sys.argv) > 5 else "real"
    sim_title = sys.argv[6] if len(sys.argv) > 6 else "simulated"
    real, sim = read(real_path, seconds), read(sim_path, seconds)
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{2 * W + 3 * PAD + 20}" height="{2 * H + 4 * PAD}" font-family="sans-serif">',
           '<rect width="100%" height="100%" fill="white"/>']
    for col, (rows, name) in enumerate([(real, real_title), (sim, sim_title)]):
        x0 = PAD + 20 + col * (W + PAD)
        svg += panel(x0, PAD, rows, lambda v: v[0], -15, 15, seconds, f"{name}: accelerometer", "m/s²")
        svg += panel(x0, 2 * PAD + H + 10, rows, lambda v: v[1], -3, 3, seconds, f"{name}: gyroscope", "rad/s")
    svg.append(f'<text x="{PAD + 20}" y="{2 * H + 4 * PAD - 8}" font-size="11">first {seconds:g} s of each file; axes x red, y green, z blue (each sensor its own frame)</text>')
    svg.append("</svg>")
    with open(out_path, "w") as f:
        f.write("\n".join(svg))


if __name__ == "__main__":
    main()
