"""Reproduction as a verdict tier: re-score released samples for the claims they concern.

``claimcheck check report.md --samples MODEL=samples.jsonl`` runs :func:`attach_reproduction`:
every pass@1 claim about MODEL on a benchmark the samples cover is re-scored once per
benchmark, and its verdict becomes ``reproduced`` or ``not reproduced`` with the exact count.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from checker.errors import ReproductionError
from checker.models import model_id
from checker.records import Finding, Verdict, VerdictKind
from checker.report import Report
from checker.reproduce.problems import BENCHMARKS

REPRODUCIBLE = tuple(BENCHMARKS)  # benchmarks the scorer can re-run (registry slugs)


def attach_reproduction(
    report: Report,
    samples: Mapping[str, str],
    *,
    data: str | None = None,
    jobs: int | None = None,
    timeout: float | None = None,
    cache: str | None = None,
) -> Report:
    """``report`` with the verdicts of claims about the given models' samples re-scored."""
    from checker.reproduce.api import reproduce

    wanted = {model_id(name) or name: path for name, path in samples.items()}
    runs: dict[tuple[str, str], object] = {}
    verdicts = []
    for v in report.verdicts:
        c = v.claim
        path = wanted.get(c.model_id or "")
        if (
            path is None
            or c.relation
            or c.benchmark not in REPRODUCIBLE
            or c.metric not in (None, "pass@1")
        ):
            verdicts.append(v)
            continue
        key = (path, c.benchmark)
        if key not in runs:
            try:
                runs[key] = reproduce(
                    path, c.benchmark, data=data, jobs=jobs, timeout=timeout, cache=cache
                )
            except ReproductionError as exc:
                runs[key] = exc
        verdicts.append(_with_reproduction(v, runs[key]))
    return replace(report, verdicts=tuple(verdicts))


def _with_reproduction(v: Verdict, run: object) -> Verdict:
    if isinstance(run, ReproductionError):
        note = Finding("repro.unavailable", f"samples not re-scored: {run}", "info")
        return replace(v, findings=(*v.findings, note))
    score = run.score()  # type: ignore[attr-defined]
    counts = f"{score.tasks_passed}/{score.n_tasks}"
    pct = score.pass_at_k(1)
    if not run.trusted:  # type: ignore[attr-defined]
        note = Finding(
            "repro.untrusted_scorer",
            f"the scorer failed its own ground truth; samples scored {counts} but the result is not used",
        )
        return replace(v, findings=(*v.findings, note))
    from checker.match import interval

    lo, hi = interval(v.claim.value, v.claim.decimals)
    # exact counts: the claim is reproduced when k/N rounds to its printed value
    ok = pct is not None and lo - 1e-9 <= pct <= hi + 1e-9
    # raw vs sanitized are two readings of one Pro run; a HumanEval+ claim never matches the
    # base-test score of the same samples
    others = [
        s
        for s in run.scores  # type: ignore[attr-defined]
        if s is not score
        and s.pass_at_k(1) is not None
        and {s.scoring, score.scoring} <= {"raw", "sanitized"}
    ]
    matches_other = [s.scoring for s in others if lo - 1e-9 <= s.pass_at_k(1) <= hi + 1e-9]
    kind = VerdictKind.REPRODUCED if ok or matches_other else VerdictKind.NOT_REPRODUCED
    scoring = run.headline if ok else (matches_other[0] if matches_other else run.headline)  # type: ignore[attr-defined]
    explanation = (
        f"the released samples score {counts} = {pct or 0:.1f}% pass@1 ({run.headline} scoring)"  # type: ignore[attr-defined]
        + (
            f"; the claim matches the {scoring} score"
            if kind is VerdictKind.REPRODUCED
            else f"; the claim says {v.claim.value_text}"
        )
        + f". Published-figure check: {v.kind.value} ({v.explanation})"
    )
    return replace(
        v,
        kind=kind,
        reason="reproduced.exact"
        if kind is VerdictKind.REPRODUCED
        else "not_reproduced.value_mismatch",
        confidence=0.99 if kind is VerdictKind.REPRODUCED else 0.01,
        # re-scoring the samples replaces the published-figure evidence as the basis
        confidence_terms=(("reproduction", 1.0 if kind is VerdictKind.REPRODUCED else -1.0),),
        features=(),
        explanation=explanation,
        findings=(
            *v.findings,
            Finding("repro.count", f"{counts} tasks pass ({run.headline})", "info"),
        ),  # type: ignore[attr-defined]
    )
