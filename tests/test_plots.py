"""The audit page's inline SVG charts: well-formed, escaped, and drawing what they are given."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from checker.plots import scatter_svg, stacked_bars_svg

SVG = "{http://www.w3.org/2000/svg}"
COLORS = {"verified": "#1a7f37", "contradicted": "#c62828", "unverifiable": "#9e9e9e"}


def _groups(svg: str) -> dict[str, ET.Element]:
    root = ET.fromstring(svg)
    return {g.get("class"): g for g in root.iter(f"{SVG}g")}


def test_scatter_one_mark_per_position_and_kind() -> None:
    points = [(65.9, 65.9, "verified")] * 3 + [
        (70.0, 65.9, "contradicted"),
        (50.0, 40.0, "verified"),
    ]
    svg = scatter_svg(points, COLORS)
    groups = _groups(svg)
    assert set(groups) == {"verified", "contradicted"}  # no empty group for unverifiable
    assert len(groups["verified"]) == 2 and len(groups["contradicted"]) == 1
    assert groups["contradicted"].get("fill") == "#c62828"
    texts = "".join(ET.fromstring(svg).itertext())
    assert "verified (4)" in texts and "contradicted (1)" in texts  # legends count claims


def test_scatter_positions_follow_values() -> None:
    svg = scatter_svg([(0.0, 0.0, "verified"), (100.0, 100.0, "verified")], COLORS)
    (lo, hi) = sorted((float(c.get("cx")), float(c.get("cy"))) for c in _groups(svg)["verified"])
    assert lo[0] < hi[0] and lo[1] > hi[1]  # right for larger claims, up for larger published
    assert hi[0] - lo[0] == lo[1] - hi[1]  # square axes: the diagonal is y = x


def test_scatter_axis_grows_past_100_and_empty_input_is_a_frame() -> None:
    svg = scatter_svg([(150.0, 20.0, "contradicted")], COLORS)
    assert ">150<" in svg and ">100<" not in svg  # 0..150 in five steps
    empty = ET.fromstring(scatter_svg([], COLORS))
    assert not list(empty.iter(f"{SVG}circle"))


def test_bars_escape_labels_and_scale_to_the_longest() -> None:
    rows = [
        ("<b>evil</b> & co", {"verified": 6, "contradicted": 2}),
        ("paper", {"unverifiable": 4}),
    ]
    svg = stacked_bars_svg(rows, COLORS)
    root = ET.fromstring(svg)  # parses: the label was escaped
    assert "<b>" not in svg
    rects = [r for r in root.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
    widths = {r.find(f"{SVG}title").text: float(r.get("width")) for r in rects}
    assert widths["verified: 6"] == 3 * widths["contradicted: 2"]
    assert widths["verified: 6"] + widths["contradicted: 2"] == 2 * widths["unverifiable: 4"]
