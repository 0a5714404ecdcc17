"""Instructions per report, counted by valgrind: a speed figure the machine's drift cannot move.

    python bench/count_instructions.py                    # extraction, 200 generated reports
    python bench/count_instructions.py --stage audit      # read + extract + judge + output lines
    python bench/count_instructions.py --n 300 --corpus bench/out/corpus-10000

Wall-clock speed on a shared 2-core machine drifts by up to 2x within minutes, so a 5% change
cannot be seen in timings. Instruction counts are the same on every run (hash seed fixed), so two
versions of the code can be compared one after the other: run this script in each checkout.

Each count is ``valgrind --tool=callgrind`` of one process that loads the context, warms up on
50 reports, then handles ``--n`` reports it has not seen; a second process does everything but
the ``--n`` reports, and the difference divided by ``--n`` is the figure. Needs valgrind.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(stage: str, corpus: str, n: int) -> None:
    """The measured process: warm up, then handle ``n`` reports (0: warm-up only)."""
    import glob

    from checker.api import default_context
    from checker.audit import audit_file
    from checker.extract import extract_claims
    from checker.readers import read_document

    ctx = default_context()
    paths = sorted(glob.glob(f"{corpus}/**/*.md", recursive=True))
    if len(paths) < 50 + n:
        sys.exit(f"{corpus}: needs {50 + n} reports, has {len(paths)}")
    timed, warm = paths[50 : 50 + n], paths[:50]
    if stage == "extract":
        docs = [read_document(p) for p in timed]
        for p in warm:
            extract_claims(read_document(p), ctx.vocab)
        for d in docs:
            extract_claims(d, ctx.vocab)
    else:
        for p in warm:
            audit_file(p, ctx)
        for p in timed:
            audit_file(p, ctx)


def count(stage: str, corpus: str, n: int) -> int:
    cmd = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--child",
        "--stage",
        stage,
        "--corpus",
        corpus,
        "--n",
        str(n),
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or not found:
        sys.exit(f"valgrind run failed: {done.stderr.strip().splitlines()[-1:]}")
    return int(found.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stage", choices=["extract", "audit"], default="extract")
    ap.add_argument("--corpus", default=str(HERE / "out" / "corpus-10000"))
    ap.add_argument("--n", type=int, default=200, help="reports counted")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.stage, args.corpus, args.n)
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    if not Path(args.corpus).is_dir():
        sys.exit(
            f"{args.corpus}: no such corpus (python bench/gen_corpus.py {args.corpus} -n 10000)"
        )
    base = count(args.stage, args.corpus, 0)
    total = count(args.stage, args.corpus, args.n)
    per = (total - base) / args.n / 1e6
    print(f"{args.stage}: {per:.2f} million instructions per report ({args.n} reports)")


if __name__ == "__main__":
    main()
