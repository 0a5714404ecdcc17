"""Extraction throughput: megabytes of report text per second on one core.

    python bench/bench_extract.py [--mb 2]

The corpus is the labelled development passages (claims/dev/*.yaml) repeated to the requested
size, so it has the density of claims, tables and prose that real reports have. Reading
(markdown parsing) and extraction are timed separately; judging is not included.
"""

from __future__ import annotations

import argparse
import glob
import time
from pathlib import Path

import yaml


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=2.0)
    args = parser.parse_args()
    from checker.api import default_context
    from checker.extract import extract_claims
    from checker.readers import read_text

    texts = [
        (yaml.safe_load(Path(f).read_text()).get("text") or "") for f in sorted(glob.glob("claims/dev/*.yaml"))
    ]
    unit = "\n\n".join(t for t in texts if t)
    corpus = [unit] * max(1, int(args.mb * 1e6 / len(unit.encode())))
    size = sum(len(t.encode()) for t in corpus)
    ctx = default_context()
    t0 = time.perf_counter()
    docs = [read_text(t, path=f"doc{i}", format="markdown") for i, t in enumerate(corpus)]
    t1 = time.perf_counter()
    n = sum(len(extract_claims(d, ctx.vocab)) for d in docs)
    t2 = time.perf_counter()
    mb = size / 1e6
    print(f"corpus: {mb:.2f} MB, {len(corpus)} documents, {n} claims")
    print(f"read (markdown): {t1 - t0:.2f} s = {mb / (t1 - t0):.2f} MB/s")
    print(f"extract:         {t2 - t1:.2f} s = {mb / (t2 - t1):.2f} MB/s")
    print(f"read + extract:  {t2 - t0:.2f} s = {mb / (t2 - t0):.2f} MB/s")


if __name__ == "__main__":
    main()
