"""Inline SVG charts for the audit's HTML page: no plotting library, no images to decode.

Two charts: claimed vs published value (a scatter) and verdicts per reference source
(stacked horizontal bars). Both return an ``<svg>`` element as text; every label that
comes from data is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

_FONT = 'font-family="system-ui,sans-serif"'


def _x(s: object) -> str:
    return html.escape(str(s), quote=True)


def _num(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def _legend(
    x: float, y: float, items: Sequence[tuple[str, str]], *, across: float = 0.0
) -> list[str]:
    """Colour keys stacked down from (x, y), or side by side ``across`` apart."""
    out = []
    for i, (label, color) in enumerate(items):
        xx, yy = (x + across * i, y) if across else (x, y + 16 * i)
        out.append(
            f'<rect x="{_num(xx)}" y="{_num(yy - 9)}" width="10" height="10" fill="{color}"/>'
            f'<text x="{_num(xx + 14)}" y="{_num(yy)}" font-size="11">{_x(label)}</text>'
        )
    return out


def scatter_svg(
    points: Sequence[tuple[float, float, str]],
    colors: Mapping[str, str],
    *,
    title: str = "Claimed vs published (closest figure)",
) -> str:
    """A scatter of (claimed, published, kind); points on the same 0.1 grid are drawn once.

    The axes run from 0 to 100, or to the largest value when one is above 100.
    """
    width, height, left, top, plot = 460, 420, 52, 34, 340
    top_value = max([100.0, *(max(c, p) for c, p, _ in points)])
    scale = plot / top_value

    def px(v: float) -> str:
        return _num(left + min(max(v, 0.0), top_value) * scale)

    def py(v: float) -> str:
        return _num(top + plot - min(max(v, 0.0), top_value) * scale)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" {_FONT}>',
        f"<title>{_x(title)}</title>",
        f'<text x="{width / 2}" y="18" font-size="13" text-anchor="middle">{_x(title)}</text>',
        f'<rect x="{left}" y="{top}" width="{plot}" height="{plot}" fill="none" stroke="#888"/>',
    ]
    for i in range(6):
        v = top_value * i / 5
        parts.append(
            f'<line x1="{px(v)}" y1="{top + plot}" x2="{px(v)}" y2="{top + plot + 4}" stroke="#888"/>'
            f'<text x="{px(v)}" y="{top + plot + 16}" font-size="10" text-anchor="middle">{_num(v)}</text>'
            f'<line x1="{left - 4}" y1="{py(v)}" x2="{left}" y2="{py(v)}" stroke="#888"/>'
            f'<text x="{left - 6}" y="{_num(float(py(v)) + 3)}" font-size="10" '
            f'text-anchor="end">{_num(v)}</text>'
        )
    parts.append(
        f'<line x1="{px(0)}" y1="{py(0)}" x2="{px(top_value)}" y2="{py(top_value)}" '
        'stroke="#444" stroke-width="0.8" stroke-dasharray="4 3"/>'
    )
    parts.append(
        f'<text x="{left + plot / 2}" y="{height - 6}" font-size="11" '
        'text-anchor="middle">claimed value (%)</text>'
        f'<text x="14" y="{top + plot / 2}" font-size="11" text-anchor="middle" '
        f'transform="rotate(-90 14 {top + plot / 2})">published value (%)</text>'
    )
    legend = []
    for kind, color in colors.items():
        mine = [(c, p) for c, p, k in points if k == kind]
        if not mine:
            continue
        legend.append((f"{kind} ({len(mine)})", color))
        cells = {(px(c), py(p)) for c, p in mine}  # one mark per position keeps the page small
        marks = "".join(f'<circle cx="{cx}" cy="{cy}" r="2.6"/>' for cx, cy in sorted(cells))
        parts.append(f'<g class="{_x(kind)}" fill="{color}" fill-opacity="0.6">{marks}</g>')
    parts.extend(_legend(left + 8, top + 14, legend))
    parts.append("</svg>")
    return "".join(parts)


def stacked_bars_svg(
    rows: Sequence[tuple[str, Mapping[str, int]]],
    colors: Mapping[str, str],
    *,
    title: str = "Verdicts per reference source",
) -> str:
    """One horizontal bar per row label, split by kind in the order of ``colors``."""
    label_w, bar_w, row_h, top = 190, 360, 20, 34
    width = label_w + bar_w + 60
    height = top + row_h * len(rows) + 50
    most = max([1, *(sum(c.values()) for _, c in rows)])
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" {_FONT}>',
        f"<title>{_x(title)}</title>",
        f'<text x="{width / 2}" y="18" font-size="13" text-anchor="middle">{_x(title)}</text>',
    ]
    for i, (label, counts) in enumerate(rows):
        y = top + i * row_h
        short = label if len(label) <= 32 else label[:31] + "\u2026"
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 13}" font-size="10" text-anchor="end">'
            f"<title>{_x(label)}</title>{_x(short)}</text>"
        )
        x = float(label_w)
        for kind, color in colors.items():
            n = counts.get(kind, 0)
            if not n:
                continue
            w = bar_w * n / most
            parts.append(
                f'<rect x="{_num(x)}" y="{y + 2}" width="{_num(max(w, 0.5))}" height="{row_h - 5}" '
                f'fill="{color}"><title>{_x(kind)}: {n}</title></rect>'
            )
            x += w
        parts.append(
            f'<text x="{_num(x + 4)}" y="{y + 13}" font-size="10">{sum(counts.values())}</text>'
        )
    base = top + row_h * len(rows) + 4
    parts.append(
        f'<text x="{label_w + bar_w / 2}" y="{base + 18}" font-size="11" '
        f'text-anchor="middle">claims (longest bar = {most})</text>'
    )
    parts.extend(_legend(label_w, base + 40, list(colors.items()), across=110))
    parts.append("</svg>")
    return "".join(parts)
