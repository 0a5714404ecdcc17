"""Write N synthetic reports (~2 KB, ~5 claims each) for audit benchmarks and tests.

Claims use real published figures (``claimcheck refs list --format json``) and mix
true ones, altered ones (expected contradicted) and ones about models or
benchmarks the reference data lacks (expected unverifiable), written as prose,
markdown tables and machine claim tables. Deterministic for a given seed.

    python bench/gen_corpus.py OUT_DIR -n 10000 --seed 0 [--corrupt 3]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

BENCH_NAMES = {
    "humaneval": "HumanEval",
    "humaneval-plus": "HumanEval+",
    "humaneval-pro": "HumanEval Pro",
    "mbpp": "MBPP",
    "mbpp-plus": "MBPP+",
    "mbpp-pro": "MBPP Pro",
}
FAKE_MODELS = ("Zephyrix-Coder-7B", "Borealis-13B-Instruct", "Quokka-Code-3B", "Nimbus-Coder-22B")
FILLER = (
    "This section summarises results collected from public papers and leaderboards.",
    "Numbers were copied by hand and may contain transcription errors.",
    "We focus on functional correctness of generated Python functions.",
    "Settings differ across sources; where a paper states the decoding strategy we keep it.",
    "The evaluation harness and prompts follow the original benchmark releases.",
    "Readers should consult the primary sources before citing any figure.",
    "Self-invoking problems require a model to reuse its own earlier solution.",
    "Scores are reported as percentages of problems solved.",
)


def load_refs(refs_json: str | None = None) -> list[dict]:
    """Simple pass@1 figures for well-known benchmarks, from the CLI (or a saved JSON file)."""
    if refs_json:
        rows = json.loads(Path(refs_json).read_text())
    else:
        exe = Path(sys.executable).with_name("claimcheck")
        out = subprocess.run(
            [str(exe), "refs", "list", "--format", "json"],
            check=True,
            capture_output=True,
            text=True,
        )
        rows = json.loads(out.stdout)
    return filter_refs(rows)


def filter_refs(rows: list[dict]) -> list[dict]:
    """Rows of ``refs list --format json`` usable as plain claims: pass@1, greedy or unstated, 0-shot."""
    keep = [
        r
        for r in rows
        if r["benchmark"] in BENCH_NAMES
        and r["metric"] == "pass@1"
        and not r["valid_to"]
        and r["decoding"] in ("", "greedy")
        and not r["cot"]
        and not r["feedback"]
        and r["shots"] in ("", "0")
    ]
    keep.sort(
        key=lambda r: (r["model_id"], r["benchmark"], r["source_id"], r["locator"], r["value"])
    )
    return keep


def _claim(rng: random.Random, refs: list[dict]) -> tuple[str, str, str, str]:
    """(model as printed, benchmark name, value text, intended verdict)."""
    r = rng.choice(refs)
    kind = rng.choices(("true", "false", "unverifiable"), weights=(5, 3, 2))[0]
    value = float(r["value"])
    if kind == "false":
        value = min(99.9, max(1.0, value + rng.choice((-1, 1)) * rng.uniform(4.0, 12.0)))
    model = r["model"]
    if kind == "unverifiable":
        model = rng.choice(FAKE_MODELS)
    return model, BENCH_NAMES[r["benchmark"]], f"{value:.1f}", kind


def _prose(c: tuple[str, str, str, str], rng: random.Random) -> str:
    model, bench, value, _ = c
    return rng.choice(
        (
            f"{model} achieves {value}% pass@1 on {bench}.",
            f"On {bench}, {model} reaches a pass@1 of {value}%.",
            f"{model} scores {value} on {bench} (pass@1, greedy decoding).",
        )
    )


def make_report(i: int, rng: random.Random, refs: list[dict]) -> str:
    claims = [_claim(rng, refs) for _ in range(rng.randint(4, 6))]
    form = rng.choice(("prose", "markdown", "machine"))
    out = [
        f"# Synthetic report {i:05d}",
        "",
        "## Abstract",
        "",
        " ".join(rng.sample(FILLER, 3)),
        "",
        "## Results",
        "",
    ]
    if form == "prose":
        for c in claims:
            out.append(_prose(c, rng) + " " + rng.choice(FILLER))
            out.append("")
    elif form == "markdown":
        # a wide table: one column per benchmark, one row per model, "-" where no figure is given
        benches = list(dict.fromkeys(b for _, b, _, _ in claims))
        cells: dict[str, dict[str, str]] = {}
        for m, b, v, _ in claims:
            cells.setdefault(m, {})[b] = v
        out += ["All numbers are pass@1 (%), greedy decoding.", ""]
        out += ["| Model | " + " | ".join(benches) + " |", "|---" * (len(benches) + 1) + "|"]
        out += [
            f"| {m} | " + " | ".join(row.get(b, "-") for b in benches) + " |"
            for m, row in cells.items()
        ]
        out.append("")
    else:
        out += ["## Extracted Claims", "", "Claim\tVerified\tConfidence"]
        for c in claims:
            out.append(f"{_prose(c, rng)}\t{rng.choice('✓×')}\t{rng.uniform(0.05, 0.45):.2f}")
        out.append("")
    out += [
        "## Limitations",
        "",
        " ".join(rng.sample(FILLER, 4)),
        "",
        "## Notes",
        "",
        " ".join(rng.sample(FILLER, 4)),
    ]
    text = "\n".join(out) + "\n"
    while len(text) < 1800:
        text += rng.choice(FILLER) + "\n"
    return text


CORRUPT = {
    "corrupt-binary.txt": bytes(range(256)) * 4,
    "corrupt-empty.md": b"",
    "corrupt-malformed.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref\n%%EOF",
}


def generate(
    out_dir: Path, n: int, seed: int = 0, corrupt: int = 0, refs: list[dict] | None = None
) -> list[Path]:
    """Write ``n`` reports (and up to three corrupt files) under ``out_dir``; return their paths."""
    refs = refs if refs is not None else load_refs()
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        sub = out_dir / f"batch{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        p = sub / f"report-{i:05d}.md"
        p.write_text(make_report(i, rng, refs), encoding="utf-8")
        paths.append(p)
    for name, data in list(CORRUPT.items())[:corrupt]:
        p = out_dir / name
        p.write_bytes(data)
        paths.append(p)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--corrupt", type=int, default=0, help="also write up to 3 corrupt files")
    ap.add_argument("--refs-json", help="saved output of `claimcheck refs list --format json`")
    args = ap.parse_args()
    paths = generate(args.out_dir, args.n, args.seed, args.corrupt, load_refs(args.refs_json))
    print(f"wrote {len(paths)} files under {args.out_dir}")


if __name__ == "__main__":
    main()
