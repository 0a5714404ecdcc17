"""Join reproduction evidence to a checked report (``claimcheck check --samples MODEL=FILE``).

A claim whose model matches MODEL (by registry id or as written, case-insensitively) and
whose benchmark is one ``reproduce`` can score becomes ``reproduced`` or ``not reproduced``;
each samples file is scored once per benchmark. A scorer that fails its ground truth does
not change a verdict: the verdict gets an error finding instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from checker.errors import ReproductionError
from checker.records import Finding, Verdict, VerdictKind
from checker.reproduce.passk import ClaimedValue


def _spec_slug(benchmark: str | None) -> str | None:
    from checker.reproduce.problems import benchmark_spec

    if not benchmark:
        return None
    try:
        return benchmark_spec(benchmark).slug
    except ReproductionError:
        return None


def _claimed(v: Verdict) -> ClaimedValue:
    c = v.claim
    half = 0.5 * 10.0**-c.decimals
    return ClaimedValue(
        c.value, c.value_text, c.decimals, c.metric or "pass@1", c.value - half, c.value + half
    )


def _models_match(v: Verdict, model: str) -> bool:
    want = model.strip().lower()
    return want in {(v.claim.model_id or "").lower(), (v.claim.model or "").lower()}


def attach_reproduction(report: Any, samples: Mapping[str, str], **options: Any) -> Any:
    """``report`` with verdicts of claims about MODEL re-judged from MODEL's samples.

    ``options`` go to :func:`checker.reproduce.api.reproduce` (jobs, timeout, data, ...).
    """
    from checker.reproduce.api import Reproduction, reproduce

    runs: dict[tuple[str, str], Reproduction] = {}
    verdicts = []
    for v in report.verdicts:
        slug = _spec_slug(v.claim.benchmark)
        model = next((m for m in samples if _models_match(v, m)), None)
        if v.claim.relation or slug is None or model is None:
            verdicts.append(v)
            continue
        key = (samples[model], slug)
        if key not in runs:
            runs[key] = reproduce(samples[model], slug, **options)
        verdicts.append(_judge(v, runs[key]))
    return replace(report, verdicts=tuple(verdicts))


def _judge(v: Verdict, run: Any) -> Verdict:
    claim = _claimed(v)
    k = int(claim.metric.split("@")[1])
    scores = {s.scoring: s.pass_at_k(k) for s in run.scores}
    head = scores.get(run.headline)
    if not run.trusted:
        f = Finding(
            "repro.ground_truth_failed",
            f"samples not scored: the scorer fails {len(run.ground_truth.failed)} "
            f"canonical solutions of {run.benchmark}",
            "error",
        )
        return replace(v, findings=v.findings + (f,))
    if head is None:
        f = Finding("repro.metric_unavailable", f"{claim.metric} needs {k} samples per task")
        return replace(v, findings=v.findings + (f,))
    ok = any(x is not None and claim.contains(x) for x in scores.values())
    score = run.score()
    text = (
        f"re-scored from released samples: {claim.metric} {head:.1f}% "
        f"({score.tasks_passed}/{score.n_tasks} tasks, {run.headline} scoring)"
    )
    return replace(
        v,
        kind=VerdictKind.REPRODUCED if ok else VerdictKind.NOT_REPRODUCED,
        confidence=0.95,  # own sandboxed re-run, scorer checked on its ground truth
        reason="reproduced.samples" if ok else "not_reproduced.samples",
        explanation=f"{text}; claimed {claim.text}",
    )
