"""Reference-data load time: cold (parse benchmarks/*.csv) vs warm (content-hash cache).

    python bench/bench_load.py [--repeat 20]

Each measurement runs in a fresh process (`python -c`) and times `load_store()` after the
imports, so it is the cost of the reference data itself.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time

CODE = (
    "import time; from checker.refstore import load_store; t=time.perf_counter();"
    "s=load_store(use_cache={cache});"
    "print(time.perf_counter()-t, len(s))"
)


def run(cache: bool, env: dict[str, str]) -> tuple[float, int]:
    out = subprocess.run(
        [sys.executable, "-c", CODE.format(cache=cache)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    seconds, rows = out.stdout.split()
    return float(seconds), int(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    import os

    with tempfile.TemporaryDirectory() as cache_dir:
        env = {**os.environ, "CLAIMCHECK_CACHE_DIR": cache_dir}
        cold = [run(False, env)[0] for _ in range(args.repeat)]
        run(True, env)  # fill the cache
        warm = []
        for _ in range(args.repeat):
            seconds, rows = run(True, env)
            warm.append(seconds)
    print(f"reference rows: {rows}")
    print(f"cold load (parse CSV, no cache): median {statistics.median(cold) * 1000:.1f} ms")
    print(f"warm load (content-hash cache):  median {statistics.median(warm) * 1000:.1f} ms")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    print(f"(python -c pass: {(time.perf_counter() - t) * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
