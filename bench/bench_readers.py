"""Speed check for checker.readers on large synthetic reports.

    python bench/bench_readers.py [--mb 5] [--pdf-pages 40] [--budget 3.0]

Builds a report of about ``--mb`` megabytes in each text format (prose with
hyphenated wraps, pipe/tab/aligned tables, markup) and a PDF of
``--pdf-pages`` pages, reads each with `read_text`/`read_document`, and prints
seconds and MB/s. Each text format is also read at a quarter of the size:
reading 4x the input must take less than 6x the time (quadratic code would
take ~16x). Exits 1 when a format is superlinear or slower than ``--budget``
seconds per MB, or when a broken input from `PATHOLOGICAL` takes longer than
``--pathological`` seconds (PDF is reported, not judged: pypdf dominates).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.errors import InputError  # noqa: E402
from checker.readers import read_document, read_text  # noqa: E402

PROSE = (
    "ToyCoder-7B reaches 88.4% pass@1 on HumanEval and 75.2% on MBPP, a gain of 6.1\n"
    "points over the base prompt; the improvement comes from instruction tun-\n"
    "ing on synthetic data and is  consistent across seeds.\n\n"
)


def text_report(n: int) -> str:
    table = "Model\tHumanEval\tMBPP\n" + "".join(
        f"M-{i}\t{i % 100}.4\t70.{i % 10}\n" for i in range(8)
    )
    aligned = "Model        HumanEval   MBPP\n" + "".join(
        f"Model-{i:<6} {i % 100:>6}.4     7{i % 10}.1\n" for i in range(8)
    )
    unit = PROSE * 6 + table + "\n" + aligned + "\n"
    return unit * (n // len(unit) + 1)


def markdown_report(n: int) -> str:
    unit = (
        "## Results on *code* benchmarks\n\n"
        + PROSE.replace("88.4%", "**88.4**%").replace("HumanEval", "[HumanEval](https://x.org)") * 4
        + "| Model | HumanEval (+) | MBPP (+) |\n|---|:-:|--:|\n"
        + "".join(f"| **M-{i}** | {i}.4 ({i}.1) | `7{i}.2` |\n" for i in range(8))
        + "\n"
    )
    return unit * (n // len(unit) + 1)


def html_report(n: int) -> str:
    rows = "".join(
        f"<tr><td>M-{i}</td><td colspan=2>{i}.4<sup>{i}</sup></td></tr>\n" for i in range(8)
    )
    unit = (
        f"<h2>Results</h2>\n<p>{PROSE}</p>\n<script>var x = 1;</script>\n"
        f"<table><thead><tr><th rowspan=2>Model</th><th colspan=2>HumanEval</th></tr>"
        f"<tr><th>base</th><th>plus</th></tr></thead>\n{rows}</table>\n"
    )
    return "<html><body>\n" + unit * (n // len(unit) + 1) + "</body></html>\n"


def latex_report(n: int) -> str:
    rows = "".join(
        f"\\multirow{{2}}{{*}}{{M-{i}}} & \\textbf{{{i}.4}} & {i}.1$^\\dagger$ \\\\\n & 1.0 & 2.0 \\\\\n"
        for i in range(4)
    )
    unit = (
        "\\section{Results}\n"
        + PROSE.replace("%", "\\%") * 4
        + "% a comment 99.9%\n"
        + "\\begin{table}\\caption{Pass@1 (\\%)}\\begin{tabular}{lcc}\\toprule\n"
        + "Model & \\multicolumn{2}{c}{HumanEval (+)} \\\\\n\\midrule\n"
        + rows
        + "\\bottomrule\\end{tabular}\\end{table}\n\n"
    )
    body = unit * (n // len(unit) + 1)
    return "\\documentclass{article}\n\\begin{document}\n" + body + "\\end{document}\n"


def pdf_report(pages: int) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=9)
    for _ in range(pages):
        pdf.add_page()
        for line in (PROSE * 12).splitlines():
            pdf.cell(text=line or " ", new_x="LMARGIN", new_y="NEXT", h=4)
    return bytes(pdf.output())


# Broken input that naive regexes or html.parser rescan quadratically (about 100 KB each).
PATHOLOGICAL = {
    "md unclosed *": ("*a " * 30000, "markdown"),
    "md unclosed ~~": ("~~a " * 25000, "markdown"),
    "md unclosed [](": ("[a](" * 25000, "markdown"),
    "md heading spaces": ("# " + " " * 100000 + "x", "markdown"),
    "html unclosed attr": ("<a b='" * 20000, "html"),
    "html unclosed comment": ("<!--" * 25000, "html"),
    "html comment no end": ("<!-- x >" * 12000, "html"),
    "latex unclosed groups": ("\\textbf{" * 12000, "latex"),
    "latex unclosed verbatim": ("\\begin{verbatim}" * 6000, "latex"),
    "latex multirow rows": (
        "\\begin{tabular}{l}" + "\\multirow{3}{*}{a} & b \\\\ " * 4000 + "\\end{tabular}",
        "latex",
    ),
    "text hyphen chain": ("a-" * 50000 + "\nb", "text"),
    "text wide gaps": ("a   " * 25000 + "\n") * 4,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--pdf-pages", type=int, default=40)
    parser.add_argument("--budget", type=float, default=3.0, help="max seconds per MB")
    parser.add_argument(
        "--pathological", type=float, default=3.0, help="max seconds per broken input"
    )
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    slow = []
    for fmt, build in (
        ("text", text_report),
        ("markdown", markdown_report),
        ("html", html_report),
        ("latex", latex_report),
    ):
        small = build(size // 4)
        start = time.perf_counter()
        read_text(small, f"bench.{fmt}", fmt)
        took_small = time.perf_counter() - start
        text = build(size)
        mb = len(text.encode()) / 1e6
        start = time.perf_counter()
        doc = read_text(text, f"bench.{fmt}", fmt)
        took = time.perf_counter() - start
        growth = took / max(took_small, 1e-6) * len(small) / (len(text) / 4)
        print(
            f"{fmt:9} {mb:6.1f} MB {took:7.2f} s {mb / took:7.1f} MB/s "
            f"x4 input -> x{growth:4.1f} time {len(doc.lines):>8} lines {len(doc.tables):>6} tables"
        )
        if took / mb > args.budget or growth > 6:
            slow.append(fmt)
    for name, case in PATHOLOGICAL.items():
        text, fmt = case if isinstance(case, tuple) else (case, "text")
        start = time.perf_counter()
        with contextlib.suppress(InputError):
            read_text(text, "bench", fmt)
        took = time.perf_counter() - start
        print(f"{name:24} {took:6.2f} s")
        if took > args.pathological:
            slow.append(name)
    data = pdf_report(args.pdf_pages)
    start = time.perf_counter()
    doc = read_document("bench.pdf", data=data)
    took = time.perf_counter() - start
    print(f"pdf       {args.pdf_pages:4d} pages {took:7.2f} s {len(doc.lines):>8} lines")
    if slow:
        print(f"superlinear or slower than {args.budget} s/MB: {', '.join(slow)}")
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
