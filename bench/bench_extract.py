"""Extraction throughput: megabytes of report text per second on one core.

    python bench/bench_extract.py                       # the dev passages (claims/dev)
    python bench/bench_extract.py --corpus bench/out/corpus-10000 --limit 2000
    python bench/bench_extract.py --runs 5              # median of 5 fresh processes

Each run is a fresh process that first reads and extracts a few other documents (so regex
compilation and the reference load are not timed), then times one pass over documents it has
not seen: the extractor memoises name parsing and cue spans by text, so passing over the same
text twice would measure the caches, not the extractor. Reading (format parsing) and
extraction are timed separately, in CPU seconds; judging is not included.

The dev passages are dense (a claim every ~60 bytes); the synthetic reports from
gen_corpus.py have the density of machine-written reviews (~5 claims in ~2 KB).
"""

from __future__ import annotations

import argparse
import glob
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _dev_texts() -> list[tuple[str, str]]:
    import yaml

    out = []
    for f in sorted(glob.glob("claims/dev/*.yaml")):
        data = yaml.safe_load(Path(f).read_text())
        if (data.get("text") or "").strip():
            out.append((f, data["text"]))
    return out


def one_run(corpus: str, limit: int) -> dict:
    from checker.api import default_context
    from checker.extract import extract_claims
    from checker.readers import read_document, read_text

    ctx = default_context()
    warm = "We evaluate StarCoder2-15B. It reaches 46.3% pass@1 on HumanEval (0-shot)."
    extract_claims(read_text(warm, format="markdown"), ctx.vocab)
    if corpus == "dev":
        items = _dev_texts()
        t0 = time.process_time()
        docs = [read_text(text, path=name, format="markdown") for name, text in items]
        size = sum(len(text.encode()) for _, text in items)
    else:
        paths = sorted(p for p in glob.glob(f"{corpus}/**/*", recursive=True) if p.endswith(".md"))
        for p in paths[limit : limit + 100]:  # warm-up on reports outside the timed set
            extract_claims(read_document(p), ctx.vocab)
        paths = paths[:limit]
        data = [(p, Path(p).read_bytes()) for p in paths]
        size = sum(len(d) for _, d in data)
        t0 = time.process_time()
        docs = [read_document(p, data=d) for p, d in data]
    t1 = time.process_time()
    claims = sum(len(extract_claims(d, ctx.vocab)) for d in docs)
    t2 = time.process_time()
    mb = size / 1e6
    return {
        "documents": len(docs),
        "mb": round(mb, 3),
        "claims": claims,
        "read_mb_s": round(mb / (t1 - t0), 3),
        "extract_mb_s": round(mb / (t2 - t1), 3),
        "read_extract_mb_s": round(mb / (t2 - t0), 3),
        "extract_ms_per_doc": round(1000 * (t2 - t1) / len(docs), 3),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="dev", help="'dev' or a directory of generated reports")
    ap.add_argument("--limit", type=int, default=2000, help="reports timed from --corpus DIR")
    ap.add_argument("--runs", type=int, default=3, help="fresh processes; the median is shown")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one_run(args.corpus, args.limit)))
        return
    cmd = [sys.executable, __file__, "--one", "--corpus", args.corpus, "--limit", str(args.limit)]
    runs = [json.loads(subprocess.check_output(cmd, text=True)) for _ in range(args.runs)]
    first = runs[0]
    print(
        f"corpus: {args.corpus}: {first['documents']} documents, {first['mb']} MB, {first['claims']} claims"
    )
    for key in ("read_mb_s", "extract_mb_s", "read_extract_mb_s", "extract_ms_per_doc"):
        values = [r[key] for r in runs]
        print(f"{key:20s} median {statistics.median(values):8.3f}   runs {values}")


if __name__ == "__main__":
    main()
