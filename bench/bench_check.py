"""Whole-process wall time of `claimcheck check` on one report, against `python -c pass`.

    python bench/bench_check.py [REPORT] [--runs 20]

Uses hyperfine when it is installed; otherwise times repeated subprocess runs
after warm-up runs (so the reference-data cache is warm) and reports medians.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "examples"
    / "seed-reports"
    / "004_a9b6704b1e66c2ae.txt"
)


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(cmd: list[str], runs: int, warmup: int = 3) -> tuple[list[float], list[float]]:
    """Wall and CPU (user+sys) seconds of each run; CPU time is robust to a busy machine."""
    for _ in range(warmup):
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall, cpu = [], []
    for _ in range(runs):
        c0, t0 = _cpu(), time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall.append(time.perf_counter() - t0)
        cpu.append(_cpu() - c0)
    return wall, cpu


def with_hyperfine(base: list[str], check: list[str], runs: int) -> tuple[float, float]:
    with tempfile.NamedTemporaryFile(suffix=".json") as fh:
        subprocess.run(
            [
                "hyperfine",
                "-N",
                "--warmup",
                "3",
                "--runs",
                str(runs),
                "--export-json",
                fh.name,
                "-i",
                " ".join(base),
                " ".join(check),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        res = json.loads(Path(fh.name).read_text())["results"]
    return res[0]["median"], res[1]["median"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    exe = str(Path(sys.executable).with_name("claimcheck"))
    base = [sys.executable, "-c", "pass"]
    check = [exe, "check", str(args.report), "--fail-on", "never"]
    if shutil.which("hyperfine"):
        b, c = with_hyperfine(base, check, args.runs)
        print(f"hyperfine, median of {args.runs} runs (warm cache):")
        print(
            f"  python -c pass: {1000 * b:7.1f} ms   claimcheck check {args.report.name}: {1000 * c:7.1f} ms"
        )
        print(f"  ratio: {c / b:.1f}x (target <= 10x)")
        return
    bw, bc = timed(base, args.runs)
    cw, cc = timed(check, args.runs)
    med = statistics.median
    print(f"subprocess timing, median of {args.runs} runs (warm cache):")
    print(f"  python -c pass:   wall {1000 * med(bw):7.1f} ms   CPU {1000 * med(bc):7.1f} ms")
    print(
        f"  claimcheck check: wall {1000 * med(cw):7.1f} ms   CPU {1000 * med(cc):7.1f} ms   ({args.report.name})"
    )
    print(f"  ratio: wall {med(cw) / med(bw):.1f}x, CPU {med(cc) / med(bc):.1f}x (target <= 10x)")


if __name__ == "__main__":
    main()
