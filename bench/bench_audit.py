"""Audit throughput, peak memory and linearity on synthetic corpora.

    python bench/bench_audit.py                       # 1,000 and 10,000 reports, all cores
    python bench/bench_audit.py --sizes 1000 --jobs 2 --format jsonl,csv
    python bench/bench_audit.py --profile 300         # cProfile of one worker's work on 300 reports

Each size runs ``claimcheck audit CORPUS --out OUT --quiet`` as a subprocess
(after one warm-up run so the reference cache is built) and reports wall time,
reports/s, and the peak RSS of the largest process (``getrusage(RUSAGE_CHILDREN)``,
which covers the worker processes too).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gen_corpus  # noqa: E402


def corpus(root: Path, n: int, seed: int) -> Path:
    d = root / f"corpus-{n}"
    marker = d / ".done"
    if not marker.exists():
        shutil.rmtree(d, ignore_errors=True)
        gen_corpus.generate(d, n, seed=seed, corrupt=3)
        marker.write_text("ok")
    return d


def run_audit(src: Path, out: Path, jobs: int, fmt: str | None) -> tuple[float, float, float, str]:
    """(wall seconds, CPU seconds of all processes, peak RSS MiB of the biggest process, claim lines)."""
    shutil.rmtree(out, ignore_errors=True)
    exe = str(Path(sys.executable).with_name("claimcheck"))
    cmd = [exe, "audit", str(src), "--out", str(out), "--quiet"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    if fmt:
        cmd += ["--format", fmt]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = after.ru_maxrss / 1024
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    lines = -1
    if (out / "claims.jsonl").exists():
        with open(out / "claims.jsonl", "rb") as fh:
            lines = sum(1 for _ in fh)
    return wall, cpu, peak, f"{lines} claim lines"


def profile(root: Path, n: int, seed: int) -> None:
    from checker.audit import audit_batch

    src = corpus(root, n, seed)
    paths = sorted(str(p) for p in src.rglob("*.md"))[:n]
    audit_batch(paths[:5])  # load the context outside the profile
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    audit_batch(paths)
    prof.disable()
    wall = time.perf_counter() - t0
    print(
        f"one worker, {len(paths)} reports: {wall:.2f} s = {1000 * wall / len(paths):.1f} ms/report "
        f"(profiled; {len(paths) / wall:.0f} reports/s per core)"
    )
    for key in ("tottime", "cumulative"):
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats(key).print_stats(18)
        print(buf.getvalue().split("\n", 6)[-1][:6000])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--jobs", type=int, default=0)
    ap.add_argument("--format", dest="fmt", default=None, help="passed to --format (default: all)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--root", type=Path, default=HERE / "out")
    ap.add_argument(
        "--profile", type=int, metavar="N", help="profile one worker on N reports instead"
    )
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = ap.parse_args()
    args.root.mkdir(parents=True, exist_ok=True)
    if args.profile:
        profile(args.root, args.profile, args.seed)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    figures = []
    warm = corpus(args.root, sizes[0], args.seed)
    run_audit(warm, args.root / "audit-warmup", args.jobs, args.fmt)
    for n in sizes:
        src = corpus(args.root, n, args.seed)
        wall, cpu, peak, what = run_audit(src, args.root / f"audit-{n}", args.jobs, args.fmt)
        files = n + 3
        figures.append(
            {
                "reports": files,
                "seconds": round(wall, 2),
                "cpu_seconds": round(cpu, 2),
                "reports_per_s": round(files / wall, 1),
                "reports_per_cpu_s": round(files / cpu, 1),
                "peak_rss_mib": round(peak, 1),
            }
        )
        print(
            f"{files:>6} reports: {wall:7.2f} s wall, {cpu:7.2f} s CPU  {files / wall:7.1f} reports/s  "
            f"{files / cpu:6.1f} reports per CPU-second  peak RSS {peak:6.1f} MiB  ({what})"
        )
    if len(figures) >= 2:
        a, b = figures[0], figures[-1]
        ratio = b["seconds"] / a["seconds"]
        cpu_ratio = b["cpu_seconds"] / a["cpu_seconds"]
        print(
            f"linearity: {b['reports']}/{a['reports']} reports took {ratio:.2f}x the wall time, "
            f"{cpu_ratio:.2f}x the CPU time ({b['reports'] / a['reports']:.1f}x the reports)"
        )
    if args.json:
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
