"""``claimcheck reproduce``: parse options, call ``checker.reproduce``, print, map errors."""

from __future__ import annotations

import json

import click

from checker.cli._common import ToolError
from checker.errors import CheckerError
from checker.reproduce.problems import BENCHMARKS

BENCHMARK_CHOICES = tuple(BENCHMARKS)


def _text(d: dict) -> str:
    gt = d["ground_truth"]
    lines = []
    for name, s in d["scores"].items():
        ks = ", ".join(f"{k} {v:.1f}%" for k, v in s.items() if k.startswith("pass@"))
        mark = " (reported by the benchmark's harness)" if name == d["scoring"] else ""
        lines.append(
            f"{d['benchmark']} [{name}]: {ks}; tasks passed {s['counts']}, "
            f"samples passed {s['sample_counts']}{mark}"
        )
    prov = d["provenance"]
    lines.append(
        f"ground truth: {gt['passed']}/{gt['total']} canonical solutions pass"
        + (" (cached)" if gt["cached"] else "")
    )
    sb = prov["sandbox"]
    lines.append(
        f"sandbox: network isolated={sb['network_isolated']}, "
        f"uid isolation={sb['uid_isolation']}, landlock ABI {sb['landlock_abi']}"
    )
    c = d["claimed"]
    if c:
        lo, hi = c["interval"]
        verdict = {True: "REPRODUCED", False: "NOT REPRODUCED", None: "cannot tell"}[
            d["reproduced"]
        ]
        via = f" (matches: {', '.join(d['claim_matches'])})" if d["claim_matches"] else ""
        lines.append(f"claim {c['text']} {c['metric']} (allows {lo:g}-{hi:g}): {verdict}{via}")
    for f in d["findings"]:
        lines.append(f"{f['severity']}: [{f['code']}] {f['message']}")
    return "\n".join(lines)


@click.command("reproduce")
@click.argument("samples", type=click.Path(exists=False, dir_okay=True))
@click.option(
    "--benchmark",
    "-b",
    required=True,
    type=click.Choice(BENCHMARK_CHOICES),
    help="Benchmark the samples answer.",
)
@click.option(
    "--claim",
    "claim_text",
    default=None,
    help='Claim sentence, e.g. "X scores 88.4% pass@1 on HumanEval".',
)
@click.option("--value", "value", default=None, help="Claimed score (88.4 or 0.884).")
@click.option("--metric", default=None, help="pass@k the claim is about (default pass@1).")
@click.option(
    "--data",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="Local problem file (evalplus jsonl, CodeEval-Pro JSON, HumanEval jsonl).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Parallel sandboxes (default: all cores).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=None,
    help="Seconds per sample (default: the benchmark harness' value).",
)
@click.option("--no-cache", is_flag=True, help="Recompute the ground-truth check.")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text")
def reproduce(
    samples: str,
    benchmark: str,
    claim_text: str | None,
    value: str | None,
    metric: str | None,
    data: str | None,
    jobs: int | None,
    timeout: float | None,
    no_cache: bool,
    fmt: str,
) -> None:
    """Re-score released SAMPLES in a sandbox and check a claimed pass@k.

    Exit status: 0 reproduced (or no claim), 1 not reproduced or the scorer failed its
    ground truth, 2 the inputs could not be used.
    """
    from checker.reproduce.api import reproduce as run

    try:
        result = run(
            samples,
            benchmark,
            claimed_text=claim_text,
            claimed=value,
            metric=metric,
            data=data,
            jobs=jobs,
            timeout=timeout,
            use_cache=not no_cache,
        )
    except CheckerError as exc:
        raise ToolError(f"{exc.path or samples}: {exc.message}") from exc
    d = result.to_dict()
    click.echo(json.dumps(d, indent=2) if fmt == "json" else _text(d))
    if result.reproduced is False or not result.trusted:
        raise SystemExit(1)
