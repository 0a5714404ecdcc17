"""Measure extraction and verdicts on the labelled development set (claims/dev/).

Extraction: a gold claim is found when an extracted claim has the same model id,
benchmark(s), relation and value. Precision and recall are reported per claim form.
Verdicts: accuracy on found claims, the false-"verified" rate (must be 0), and
calibration of the confidence (Brier score and a reliability table) on claims whose
gold verdict says whether they are accurate (verified -> 1, contradicted -> 0).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from checker.api import Context, check_document
from checker.errors import CheckerError, InputError
from checker.records import Verdict


@dataclass(frozen=True)
class GoldClaim:
    passage: str
    model_id: str | None
    benchmark: str | None
    other_benchmark: str | None
    relation: str | None
    value: float | None
    metric: str | None
    setting: dict[str, Any]
    form: str
    verdict: str
    benchmark_text: str | None
    in_refs: bool
    line: int | None
    other_model_id: str | None = None


@dataclass(frozen=True)
class Passage:
    id: str
    path: Path
    format: str
    text: str | None
    file: Path | None
    claims: tuple[GoldClaim, ...]


def load_devset(directory: Path) -> list[Passage]:
    files = sorted(Path(directory).glob("*.yaml"))
    if not files:
        raise InputError("no *.yaml passages found", path=str(directory), code="input.empty")
    out = []
    for f in files:
        try:
            data = yaml.safe_load(f.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise InputError(
                f"cannot read dev passage: {exc}".splitlines()[0],
                path=str(f),
                code="input.malformed",
            ) from exc
        pid = str(data.get("id", f.stem))
        gold = tuple(
            GoldClaim(
                passage=pid,
                model_id=c.get("model_id"),
                benchmark=c.get("benchmark"),
                other_benchmark=c.get("other_benchmark"),
                relation=c.get("relation"),
                value=None if c.get("value") is None else float(c["value"]),
                metric=c.get("metric"),
                setting=c.get("setting") or {},
                form=c.get("form", "prose"),
                verdict=c.get("verdict", "unverifiable"),
                benchmark_text=c.get("benchmark_text"),
                in_refs=bool(c.get("in_refs", False)),
                line=c.get("line"),
                other_model_id=c.get("other_model_id"),
            )
            for c in data.get("claims") or []
        )
        file = data.get("file")
        out.append(
            Passage(
                id=pid,
                path=f,
                format=data.get("format", "text"),
                text=data.get("text"),
                file=(f.parents[2] / file).resolve() if file else None,
                claims=gold,
            )
        )
    return out


def _slug(text: str) -> str | None:
    """A benchmark the gold set names only by text, looked up in today's registry."""
    from checker.vocab import default_benchmark_vocab, lookup_alias

    vocab = default_benchmark_vocab()
    found = vocab.find(text)
    return lookup_alias(vocab, text) or (found[0][2] if found else None)


def _same_value(a: float | None, b: float) -> bool:
    if a is None:
        return b != b
    return b == b and abs(a - b) < 1e-6


def _model_change(
    relation: str | None, value: float | None, other_benchmark: str | None
) -> tuple[str | None, float | None]:
    """A change between two models on one benchmark as a signed gap: labels write "gains 8.5
    over its base" as a rise of 8.5 or a gap of +8.5, and both say the same."""
    if value is None or other_benchmark is not None or relation not in ("gap", "rise", "drop"):
        return relation, value
    return "gap", -value if relation == "drop" else value


def _matches(g: GoldClaim, v: Verdict) -> bool:
    c = v.claim
    if g.other_model_id is not None and c.other_model_id == g.other_model_id:
        g_rel, g_value = _model_change(g.relation, g.value, g.other_benchmark)
        c_rel, c_value = _model_change(c.relation, c.value, c.other_benchmark)
        if g_rel == c_rel == "gap" and g_value is not None:
            return (
                _same_value(g_value, c_value)
                and g.benchmark == c.benchmark
                and (g.model_id == c.model_id)
            )
    if g.relation != c.relation or not _same_value(g.value, c.value):
        return False
    if g.relation in ("drop", "rise"):
        if {g.benchmark, g.other_benchmark} != {c.benchmark, c.other_benchmark}:
            return False
    elif g.benchmark != c.benchmark and not (
        g.benchmark is None and g.benchmark_text and _slug(g.benchmark_text) == c.benchmark
    ):
        return False
    return g.model_id == c.model_id


@dataclass
class Tally:
    gold: int = 0
    extracted: int = 0
    found: int = 0

    def precision(self) -> float:
        return self.found / self.extracted if self.extracted else 1.0

    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0


@dataclass
class EvalResult:
    passages: int = 0
    skipped: list[str] = field(default_factory=list)  # absent files (seed reports by reference)
    unreadable: list[str] = field(default_factory=list)  # read errors; their claims are missed
    forms: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    pairs: list[tuple[GoldClaim, Verdict]] = field(default_factory=list)
    spurious: list[Verdict] = field(default_factory=list)
    missed: list[GoldClaim] = field(default_factory=list)

    def total(self) -> Tally:
        t = Tally()
        for f in self.forms.values():
            t.gold += f.gold
            t.extracted += f.extracted
            t.found += f.found
        return t

    # -- verdicts ------------------------------------------------------------------
    def verdict_accuracy(self, in_refs_only: bool = True) -> float:
        rows = [(g, v) for g, v in self.pairs if g.in_refs or not in_refs_only]
        return sum(g.verdict == v.kind.value for g, v in rows) / len(rows) if rows else 1.0

    def false_verified(self) -> list[tuple[GoldClaim | None, Verdict]]:
        bad: list[tuple[GoldClaim | None, Verdict]] = [
            (g, v) for g, v in self.pairs if v.kind.value == "verified" and g.verdict != "verified"
        ]
        bad += [(None, v) for v in self.spurious if v.kind.value == "verified"]
        return bad

    def calibration_rows(self) -> list[tuple[float, int]]:
        return [
            (v.confidence, int(g.verdict == "verified"))
            for g, v in self.pairs
            if g.verdict in ("verified", "contradicted")
        ]

    def brier(self) -> float:
        rows = self.calibration_rows()
        return sum((p - y) ** 2 for p, y in rows) / len(rows) if rows else 0.0

    def reliability(self, bins: int = 10) -> list[dict[str, float]]:
        table = []
        rows = self.calibration_rows()
        for b in range(bins):
            lo, hi = b / bins, (b + 1) / bins
            inside = [(p, y) for p, y in rows if lo <= p < hi or (b == bins - 1 and p == 1.0)]
            if inside:
                table.append(
                    {
                        "bin": f"{lo:.1f}-{hi:.1f}",
                        "n": len(inside),
                        "mean_confidence": round(sum(p for p, _ in inside) / len(inside), 3),
                        "accurate_rate": round(sum(y for _, y in inside) / len(inside), 3),
                    }
                )
        return table

    def attribute_accuracy(self) -> dict[str, float]:
        """On found claims: is the metric right, and is every setting the gold states read right?"""
        pairs = [(g, v) for g, v in self.pairs if g.relation is None]
        if not pairs:
            return {"metric": 1.0, "setting": 1.0}
        metric_ok = sum(g.metric == v.claim.metric for g, v in pairs)
        setting_ok = sum(
            all(
                _same_setting(k, v.claim.setting.stated().get(k), val)
                for k, val in g.setting.items()
            )
            for g, v in pairs
        )
        return {
            "metric": round(metric_ok / len(pairs), 4),
            "setting": round(setting_ok / len(pairs), 4),
        }

    def to_dict(self) -> dict[str, Any]:
        total = self.total()
        confusion = Counter((g.verdict, v.kind.value) for g, v in self.pairs)
        return {
            "passages": self.passages,
            "skipped": self.skipped,
            "unreadable": self.unreadable,
            "extraction": {
                "attributes": self.attribute_accuracy(),
                "overall": _tally(total),
                "by_form": {k: _tally(t) for k, t in sorted(self.forms.items())},
            },
            "verdicts": {
                "accuracy_in_refs": round(self.verdict_accuracy(True), 4),
                "accuracy_all": round(self.verdict_accuracy(False), 4),
                "false_verified": len(self.false_verified()),
                "confusion": {f"{g}->{t}": n for (g, t), n in sorted(confusion.items())},
                "brier": round(self.brier(), 4),
                "calibrated_on": len(self.calibration_rows()),
                "reliability": self.reliability(),
            },
            "missed": [
                f"{g.passage}:{g.line} {g.model_id} {g.benchmark} {g.value} ({g.form})"
                for g in self.missed
            ],
            "spurious": [
                f"{v.claim.span.path}:{v.claim.span.line} {v.claim.model_id} {v.claim.benchmark} {v.claim.value_text} ({v.claim.form.value})"
                for v in self.spurious
            ],
            "wrong_verdicts": [
                f"{g.passage}:{g.line} {g.model_id} {g.benchmark} {g.value}: gold {g.verdict}, got {v.kind.value} ({v.reason})"
                for g, v in self.pairs
                if g.verdict != v.kind.value
            ],
        }


def _tally(t: Tally) -> dict[str, float]:
    return {
        "gold": t.gold,
        "extracted": t.extracted,
        "found": t.found,
        "precision": round(t.precision(), 4),
        "recall": round(t.recall(), 4),
    }


def evaluate(directory: Path, ctx: Context) -> EvalResult:
    from checker.readers import read_document, read_text

    result = EvalResult()
    for passage in load_devset(directory):
        try:
            if passage.file is not None:
                if not passage.file.exists():
                    result.skipped.append(f"{passage.id}: {passage.file} not present")
                    continue
                doc = read_document(passage.file)
            else:
                doc = read_text(passage.text or "", path=f"dev/{passage.id}", format=passage.format)
        except CheckerError as exc:
            # a passage the tool cannot read is a reading failure: its gold claims are missed
            result.unreadable.append(f"{passage.id}: {exc}")
            doc = None
        result.passages += 1
        verdicts = list(check_document(doc, ctx).verdicts) if doc is not None else []
        for g in passage.claims:
            result.forms[g.form].gold += 1
        used: set[int] = set()
        for g in passage.claims:
            hit = next(
                (i for i, v in enumerate(verdicts) if i not in used and _matches(g, v)), None
            )
            if hit is None:
                result.missed.append(g)
                continue
            used.add(hit)
            result.forms[g.form].found += 1
            result.pairs.append((g, verdicts[hit]))
        for i, v in enumerate(verdicts):
            gold_form = next((g.form for g, pv in result.pairs if pv is v), None)
            result.forms[gold_form or _form_of(v)].extracted += 1
            if i not in used:
                result.spurious.append(v)
    return result


def _form_of(v: Verdict) -> str:
    c = v.claim
    if c.relation in ("drop", "rise"):
        return "change"
    return c.form.value


def fit_rows(result: EvalResult) -> list[tuple[str, dict[str, float], int]]:
    """Training rows for the confidence model: (verdict kind, features, accurate)."""
    return [
        (v.kind.value, dict(v.features), int(g.verdict == "verified"))
        for g, v in result.pairs
        if g.verdict in ("verified", "contradicted")
    ]


def cross_validated_brier(result: EvalResult, folds: int = 5) -> float:
    """Brier score of confidences refitted without each fold (honest calibration check)."""
    from checker.confidence import fit, score

    rows = fit_rows(result)
    if len(rows) < folds:
        return float("nan")
    total = 0.0
    for k in range(folds):
        train = [r for i, r in enumerate(rows) if i % folds != k]
        test = [r for i, r in enumerate(rows) if i % folds == k]
        w = fit(train)
        total += sum((score(kind, feats, w)[0] - y) ** 2 for kind, feats, y in test)
    return total / len(rows)


def format_text(result: EvalResult, cv_brier: float | None = None) -> str:
    d = result.to_dict()
    lines = [
        f"passages: {d['passages']}"
        + (f" ({len(d['skipped'])} skipped)" if d["skipped"] else "")
        + "".join(f"\nunreadable, its claims missed: {u}" for u in d["unreadable"])
    ]
    lines.append("")
    lines.append(
        f"{'form':<12} {'gold':>5} {'found':>6} {'extracted':>9} {'precision':>9} {'recall':>7}"
    )
    for form, t in [*d["extraction"]["by_form"].items(), ("overall", d["extraction"]["overall"])]:
        lines.append(
            f"{form:<12} {t['gold']:>5} {t['found']:>6} {t['extracted']:>9} {t['precision']:>9.3f} {t['recall']:>7.3f}"
        )
    a = d["extraction"]["attributes"]
    lines.append(
        f"on found claims: metric read right {a['metric']:.3f}, stated settings read right {a['setting']:.3f}"
    )
    v = d["verdicts"]
    lines.append("")
    lines.append(
        f"verdict accuracy (claims whose source is in the reference data): {v['accuracy_in_refs']:.3f}"
    )
    lines.append(f"verdict accuracy (all found claims): {v['accuracy_all']:.3f}")
    lines.append(f"false verified: {v['false_verified']}")
    brier = f"Brier score: {v['brier']:.4f} on {v['calibrated_on']} claims"
    if cv_brier is not None and not math.isnan(cv_brier):
        brier += f" (5-fold cross-validated: {cv_brier:.4f})"
    lines.append(brier)
    lines.append("reliability:")
    lines.append(f"  {'bin':<9} {'n':>4} {'confidence':>10} {'accurate':>8}")
    for row in v["reliability"]:
        lines.append(
            f"  {row['bin']:<9} {row['n']:>4} {row['mean_confidence']:>10.3f} {row['accurate_rate']:>8.3f}"
        )
    for title, key in (
        ("missed", "missed"),
        ("spurious", "spurious"),
        ("wrong verdicts", "wrong_verdicts"),
    ):
        if d[key]:
            lines.append("")
            lines.append(f"{title} ({len(d[key])}):")
            lines.extend(f"  {x}" for x in d[key])
    return "\n".join(lines) + "\n"


def reliability_plot(result: EvalResult, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    table = result.reliability()
    fig, ax = plt.subplots(figsize=(4.5, 4.5))
    ax.plot([0, 1], [0, 1], "--", color="grey", label="perfect calibration")
    ax.plot(
        [r["mean_confidence"] for r in table],
        [r["accurate_rate"] for r in table],
        "o-",
        label="claimcheck",
    )
    for r in table:
        ax.annotate(
            str(r["n"]),
            (r["mean_confidence"], r["accurate_rate"]),
            fontsize=7,
            xytext=(3, -8),
            textcoords="offset points",
        )
    ax.set_xlabel("confidence")
    ax.set_ylabel("share of claims accurate (gold)")
    ax.set_title(f"Reliability on claims/dev (Brier {result.brier():.3f})")
    ax.legend(loc="upper left")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _same_setting(field: str, got: object, gold: object) -> bool:
    """Gold labels write windows as printed ("All Time", "2023/9/1 ~ 2024/4/1"); claims carry
    the reference data's form ("all-time", "2309-2404")."""
    if field == "dataset_version" and isinstance(gold, str):
        from checker.vocab import window_version

        gold = window_version(gold) or gold
    return got == gold
