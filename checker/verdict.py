"""Judge a claim against the reference store: claims + references -> verdicts.

Reason codes (stable, in JSON as ``reason``):
  verified.exact              same model, benchmark, metric and setting; value within precision
  verified.setting_unstated   matches, but the claim leaves open a setting on which published rows differ
  verified.metric_assumed     matches a row where the claim or the row states no metric (read as the benchmark's headline metric)
  verified.past_value         matches only a value the leaderboard showed in the past
  verified.relation           a gap, change or comparison agrees with the published figures
  contradicted.value_mismatch published values for a compatible setting exist; none matches
  contradicted.relation       the published figures give another gap or order
  unverifiable.model_unresolved     the claim names no model the tool can resolve
  unverifiable.benchmark_ambiguous  the benchmark name does not fix a split/variant
  unverifiable.no_reference         no published value for this model and benchmark
  unverifiable.setting_not_published published values exist, but not for the claimed metric/setting
  unverifiable.setting_not_stated_by_source  a row matches, but does not state the window, version
                                    or shot count the claim states
  unverifiable.relation       a relation whose parts are not all published
  unverifiable.relation_conflict  sources disagree on the order a comparison states
  unverifiable.rank           rank claims ("the best open model") are not checked
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from checker import granularity
from checker.confidence import score
from checker.diagnose import diagnose
from checker.match import (
    Comparison,
    compare,
    compare_settings,
    interval,
    ref_interval,
    values_agree,
)
from checker.records import (
    SETTING_FIELDS,
    Claim,
    Finding,
    Reference,
    Setting,
    Verdict,
    VerdictKind,
)
from checker.refstore import RefStore

V, C, U = VerdictKind.VERIFIED, VerdictKind.CONTRADICTED, VerdictKind.UNVERIFIABLE


def _where(ref: Reference) -> str:
    return f"{ref.source_id} {ref.locator}".strip()


def _source_rank(ref: Reference) -> tuple[int, int, str]:
    # first-party before third-party, current before past, then stable by id
    return (0 if ref.first_party else 1, 1 if ref.valid_to else 0, ref.source_id + ref.locator)


def _pair_text(ra: Reference, rb: Reference) -> str:
    """'27.8 vs 28.9 in SOURCE', with each side's setting when the two differ."""
    if ra.setting == rb.setting:
        return f"{ra.value_text} vs {rb.value_text} in {_where(ra)}"
    return (
        f"{ra.value_text} ({ra.setting.describe()}) vs {rb.value_text}"
        f" ({rb.setting.describe()}) in {_where(ra)}"
    )


def _fmt(ref: Reference) -> str:
    return f"{ref.value_text} ({_where(ref)}, {ref.setting.describe()})"


def problem_count(claim: Claim, registry: dict[str, dict]) -> int | None:
    entry = registry.get(claim.benchmark or "", {})
    counts = entry.get("problems", {})
    version = claim.setting.dataset_version
    if version and version in counts:
        return counts[version]
    if version:
        key = next((k for k in counts if k.endswith(version)), None)
        if key:
            return counts[key]
    return counts.get("default")


def problem_counts(claim: Claim, registry: dict[str, dict]) -> tuple[int, ...]:
    """Problem counts the claim may refer to: one when its version is known, else all versions'."""
    counts = registry.get(claim.benchmark or "", {}).get("problems", {})
    one = problem_count(claim, registry)
    if claim.setting.dataset_version and one:
        return (one,)
    return tuple(sorted(set(counts.values()))) or ((one,) if one else ())


def granularity_finding(
    claim: Claim, registry: dict[str, dict], n: int | None = None
) -> Finding | None:
    """GRIM for a greedy pass@1: impossible only if no problem count of the benchmark fits."""
    if claim.metric not in (None, "pass@1") or claim.value != claim.value or claim.relation:
        return None
    sampled = claim.setting.decoding == "sampled"
    counts = (n,) if n else problem_counts(claim, registry)
    if not counts:
        counts = (None,)
    results = [
        granularity.check(
            claim.value,
            claim.value_text,
            claim.decimals,
            count,
            sampled=sampled,
            n_samples=claim.setting.n_samples,
        )
        for count in counts
    ]
    fitting = [r for r in results if r.code in ("granularity.consistent", "granularity.truncated")]
    if fitting:
        return (
            fitting[0]
            if len(counts) == 1
            else Finding(fitting[0].code, "; ".join(r.message for r in fitting), "info")
        )
    impossible = [r for r in results if r.code == "granularity.impossible"]
    if impossible and len(impossible) == len(results):
        return (
            impossible[0]
            if len(impossible) == 1
            else Finding(
                "granularity.impossible", " and ".join(r.message for r in impossible), "warning"
            )
        )
    return results[0]


_EVALPLUS_RELEASES = frozenset({"v0.1", "v0.2"})


def _ambiguous_fields(
    comp: Comparison, pool: list[Reference], spread: dict[tuple[str, str], bool] | None = None
) -> list[str]:
    """Setting fields the claim leaves open on which the published rows (same metric) differ.

    ``spread`` memoises, per (metric, field), whether the pool's rows differ on the field.
    """
    spread = {} if spread is None else spread
    metric = comp.reference.metric
    out = []
    for field_name in comp.setting.claim_unstated:
        key = (metric, field_name)
        if key not in spread:
            values = {getattr(r.setting, field_name) for r in pool if r.metric == metric} - {None}
            if field_name == "dataset_version" and values - {"evalplus"} <= _EVALPLUS_RELEASES:
                values.discard("evalplus")  # the EvalPlus family and its v0.2 release are one
            spread[key] = len(values) > 1
        if spread[key]:
            out.append(field_name)
    return out


def judge(claim: Claim, store: RefStore, registry: dict[str, dict]) -> Verdict:
    """The verdict on one claim."""
    if claim.relation:
        return judge_relation(claim, store, registry)
    findings: list[Finding] = []
    grim = granularity_finding(claim, registry)
    if grim is not None:
        findings.append(grim)
    if claim.model_id is None:
        return _verdict(
            claim,
            U,
            "unverifiable.model_unresolved",
            "the claim names no model that can be resolved",
            {},
            findings=findings,
        )
    if claim.benchmark is None:
        reason = (
            f"'{claim.benchmark_text}' is not a benchmark in the registry"
            if claim.benchmark_text
            else "no benchmark named"
        )
        return _verdict(claim, U, "unverifiable.no_reference", reason, {}, findings=findings)
    if registry.get(claim.benchmark, {}).get("ambiguous"):
        return _verdict(
            claim,
            U,
            "unverifiable.benchmark_ambiguous",
            f"'{claim.benchmark_text}' does not say which split (e.g. Complete or Instruct, Full or Hard)",
            {},
            findings=findings,
        )
    pool = store.for_model_benchmark(claim.model_id, claim.benchmark)
    headline = registry.get(claim.benchmark, {}).get("headline_metric", "pass@1")
    comparisons = [compare(claim, r, headline) for r in pool]
    compatible = _without_silent_rows(claim, [c for c in comparisons if c.compatible], comparisons)
    # a row silent on a field the claim states neither verifies nor contradicts it
    matched = [c for c in compatible if c.agrees and not _silent_on_stated(c, claim)]
    evidence = _evidence(comparisons)
    model_known = store.knows_model(claim.model_id)

    if not pool:
        why = (
            f"no published {claim.benchmark} value for {claim.model_id}"
            if model_known
            else f"{claim.model or claim.model_id} is not in the reference data"
        )
        diag = diagnose(claim, store, [], registry, headline)
        return _verdict(
            claim,
            U,
            "unverifiable.no_reference",
            why,
            {"model_known": float(model_known)},
            evidence=evidence,
            diagnosis=diag,
            findings=findings,
        )

    silent_match = [c for c in compatible if c.agrees and _silent_on_stated(c, claim)]
    if silent_match and not matched:
        best = sorted(silent_match, key=lambda c: _source_rank(c.reference))[0]
        open_fields = ", ".join(best.setting.ref_unstated)
        return _verdict(
            claim,
            U,
            "unverifiable.setting_not_stated_by_source",
            f"matches {_fmt(best.reference)}, but that row does not state the claim's"
            f" {open_fields} ({claim.setting.describe()})",
            {"model_known": 1.0},
            evidence=evidence,
            findings=findings,
        )

    if matched:
        n = next((c.reference.n_problems for c in matched if c.reference.n_problems), None)
        if n and grim is not None:
            grim = granularity_finding(claim, registry, n)
            findings = [f for f in findings if not f.code.startswith("granularity.")] + (
                [grim] if grim else []
            )
        if not (
            grim is not None
            and grim.code == "granularity.impossible"
            and _all_coarser(claim, matched)
        ):
            return _verified(claim, matched, compatible, pool, evidence, findings, grim)
        # "27.74" against a printed 27.7 of 148 problems: it agrees only through the row's
        # rounding, and no k/148 prints as 27.74, so the row's true score is some other value
        best = sorted(matched, key=lambda c: _source_rank(c.reference))
        return _verdict(
            claim,
            C,
            "contradicted.impossible_precision",
            f"agrees with {_fmt(best[0].reference)} only through that row's rounding, and as a"
            f" greedy pass@1, {grim.message}",
            {"compatible_sources": float(len({c.reference.source_id for c in compatible}))},
            evidence=evidence,
            findings=findings,
        )

    if compatible and _setting_published(claim, compatible, comparisons):
        current = [c for c in compatible if not c.reference.valid_to]
        basis = current or compatible
        diag = diagnose(claim, store, [c.reference for c in basis], registry, headline)
        best = sorted(basis, key=lambda c: _source_rank(c.reference))
        published = "; ".join(_fmt(c.reference) for c in best[:3])
        explanation = f"published: {published}"
        if diag:
            explanation = f"{diag[0].message}. Published: {published}"
        if grim is not None and grim.code == "granularity.impossible":
            explanation += f"; as a greedy pass@1, {grim.message}"
        sources = {c.reference.source_id for c in basis}
        near = any(_distance(claim, c.reference) <= 10 ** (-claim.decimals) for c in basis)
        return _verdict(
            claim,
            C,
            "contradicted.value_mismatch",
            explanation,
            {
                "compatible_sources": float(len(sources)),
                "diagnosed": float(bool(diag)),
                "near_miss": float(near),
            },
            evidence=evidence,
            diagnosis=diag,
            findings=findings,
        )

    # values exist, but none for this metric/setting
    diag = diagnose(claim, store, [], registry, headline)
    differing = sorted(
        {d for c in comparisons for d in c.setting.conflicts}
        | ({"metric"} if any(c.metric == "different" for c in comparisons) else set())
    )
    explanation = (
        f"published values for {claim.model_id} on {claim.benchmark} differ in {', '.join(differing)} "
        f"(e.g. {_fmt(sorted(pool, key=_source_rank)[0])})"
    )
    if diag:
        explanation += f"; {diag[0].message}"
    return _verdict(
        claim,
        U,
        "unverifiable.setting_not_published",
        explanation,
        {"model_known": 1.0},
        evidence=evidence,
        diagnosis=diag,
        findings=findings,
    )


def _all_coarser(claim: Claim, matched: list[Comparison]) -> bool:
    """Is every matching row printed more coarsely than the claim, with other digits ("27.7"
    for "27.74"; not "41.5" for "41.50", a zero written for the look of a column)?"""
    lo, hi = interval(claim.value, claim.decimals)
    for c in matched:
        rlo, rhi = ref_interval(c.reference)
        if (hi - lo) >= (rhi - rlo) - 1e-9 or abs(claim.value - (rlo + rhi) / 2) < 1e-9:
            return False
    return True


# fields a row's silence leaves open: a row naming no LiveCodeBench window or MBPP+ version
# scored some problem set, a row with no shot count some prompt, and one with no sample
# count some n (pass@10 from n=200 is not the row's unstated n)
_OPEN_WHEN_SILENT = frozenset({"dataset_version", "shots", "n_samples"})


def _silent_on_stated(c: Comparison, claim: Claim) -> bool:
    # a row silent on CoT or feedback is a plain single-turn run: no figure for a claim of one
    opened = _OPEN_WHEN_SILENT | _interventions_stated(claim.setting)
    if claim.setting.decoding == "sampled" and _greedy_by_convention(c.reference):
        opened |= {"decoding"}  # ...and a pass@1 row naming no decoding, the greedy run
    return not opened.isdisjoint(c.setting.ref_unstated)


def _greedy_by_convention(ref: Reference) -> bool:
    """A pass@1 row that names no decoding: by the field's convention, the greedy run."""
    return ref.setting.decoding is None and ref.metric in ("pass@1", "unstated", "")


def _interventions_stated(setting: Setting) -> frozenset[str]:
    return frozenset(f for f, on in (("cot", setting.cot), ("feedback", setting.feedback)) if on)


def _without_silent_rows(
    claim: Claim, compatible: list[Comparison], comparisons: list[Comparison]
) -> list[Comparison]:
    """Drop rows silent on a setting the claim states when the source data speaks to it.

    A row that leaves open a field the claim states (shots, CoT, ...) cannot confirm the claim
    when another compatible row states the claim's value for that field (65.9 "with CoT" vs the
    CoT row's 71.3), or when rows of the same metric and decoding state another value for it
    (48.2 "5-shot" vs a 0-shot table: the silent row is the usual 0-shot run).
    """

    def silent(c: Comparison) -> set[str]:
        open_fields = set(c.setting.ref_unstated)
        if claim.setting.decoding == "greedy" and _greedy_by_convention(c.reference):
            open_fields.discard("decoding")
        return open_fields

    firm = {f for c in compatible for f in c.setting.ref_stated if f not in c.setting.ref_unstated}
    drop = []
    for c in compatible:
        fields_open = silent(c)
        if not fields_open:
            continue
        if fields_open & firm:
            drop.append(c)
            continue
        peers = [
            o
            for o in comparisons
            if o is not c
            and o.reference.metric == c.reference.metric
            and o.reference.setting.decoding == c.reference.setting.decoding
        ]
        if any(fields_open & set(o.setting.conflicts) for o in peers):
            drop.append(c)
    dropped = {id(c) for c in drop}
    return [c for c in compatible if id(c) not in dropped]


def _setting_published(
    claim: Claim, compatible: list[Comparison], comparisons: list[Comparison]
) -> bool:
    """Whether the claimed setting is published: some compatible row states every field the
    claim states, or no row at all states those fields (so silence is the convention)."""
    if any(not c.setting.ref_unstated for c in compatible):
        return True
    silent = {f for c in compatible for f in c.setting.ref_unstated}
    if any(
        "dataset_version" in c.setting.ref_unstated and c.reference.setting.dataset_version is None
        for c in compatible
    ):
        # a row that names no window or version at all (LiveCodeBench 2407-2409, MBPP+ v0.2)
        # scored some problem set: it cannot contradict a claim about a stated one
        return False
    if claim.setting.cot and all("cot" in c.setting.ref_unstated for c in compatible):
        return False  # rows silent on CoT are plain prompting: no figure for the CoT run
    stated_elsewhere = {f for c in comparisons if not c.compatible for f in c.setting.conflicts}
    return not (silent & stated_elsewhere)


def _distance(claim: Claim, ref: Reference) -> float:
    lo, hi = interval(claim.value, claim.decimals)
    rlo, rhi = ref_interval(ref)
    return max(rlo - hi, lo - rhi, 0.0)


def _verified(
    claim: Claim,
    matched: list[Comparison],
    compatible: list[Comparison],
    pool: list[Reference],
    evidence: tuple[Reference, ...],
    findings: list[Finding],
    grim: Finding | None,
) -> Verdict:
    spread: dict[tuple[str, str], bool] = {}  # the pool's spread per (metric, field), once

    def _ambiguous(c: Comparison) -> list[str]:
        return _ambiguous_fields(c, pool, spread)

    current = [c for c in matched if not c.reference.valid_to]
    ranked = sorted(
        current or matched,
        key=lambda c: (
            len(_ambiguous(c)),
            c.metric != "same",
            _source_rank(c.reference),
        ),
    )
    best = ranked[0]
    ambiguous = _ambiguous(best)
    agree_sources = {c.reference.source_id for c in matched}
    disagree = [
        c
        for c in compatible
        if not c.agrees
        and not c.reference.valid_to
        and c.reference.source_id not in agree_sources
        and not _ambiguous(c)
    ]
    # rows of the same source that disagree with the matching row (e.g. abstract vs table)
    internal = [
        c
        for c in compatible
        if not c.agrees
        and c.reference.source_id in agree_sources
        and not c.reference.valid_to
        and not _ambiguous(c)
    ]
    reason = "verified.exact"
    notes: list[str] = []
    if not current:
        reason = "verified.past_value"
        r = best.reference
        notes.append(
            f"matches the value shown from {r.valid_from} to {r.valid_to}; now {_current_value(pool, r)}"
        )
    elif ambiguous:
        reason = "verified.setting_unstated"
        field_name = ambiguous[0]
        others = sorted(
            {
                f"{getattr(r.setting, field_name)}: {r.value_text}"
                for r in pool
                if getattr(r.setting, field_name)
                not in (None, getattr(best.reference.setting, field_name))
                and r.metric == best.reference.metric
            }
        )
        notes.append(
            f"the claim states no {', '.join(ambiguous)}; it matches the {best.reference.setting.describe()} row"
            + (f" (other {ambiguous[0]} values: {', '.join(others[:3])})" if others else "")
        )
    elif best.metric == "assumed":
        reason = "verified.metric_assumed"
        notes.append(
            f"no metric stated; read as {best.reference.metric if best.reference.metric != 'unstated' else 'the headline metric'}"
        )
    conflict_refs = [c.reference for c in disagree + internal]
    if conflict_refs:
        notes.append(
            "but " + "; ".join(_fmt(r) for r in sorted(conflict_refs, key=_source_rank)[:3])
        )
        findings.append(
            Finding(
                "sources.conflict",
                f"published values disagree: {best.reference.value_text} ({_where(best.reference)}) vs "
                + ", ".join(f"{r.value_text} ({_where(r)})" for r in conflict_refs[:4]),
            )
        )
    explanation = f"matches {_fmt(best.reference)}"
    if (
        grim is not None
        and grim.code == "granularity.impossible"
        and claim.setting.decoding != "sampled"
    ):
        notes.append(f"as a greedy pass@1, {grim.message}")
    if len(agree_sources) > 1:
        explanation += f"; also {', '.join(sorted(agree_sources - {best.reference.source_id}))}"
    if notes:
        explanation += "; " + "; ".join(notes)
    impossible = (
        grim is not None
        and grim.code == "granularity.impossible"
        and claim.setting.decoding != "sampled"
    )
    features = {
        "setting_unstated": float(len(ambiguous)),
        "metric_assumed": float(best.metric == "assumed"),
        "sources_agree": float(len(agree_sources) - 1),
        # other sources that print another value (a re-run, a later paper), at most 3
        "sources_disagree": float(min(len({c.reference.source_id for c in disagree}), 3)),
        # the matching source contradicts itself (an abstract vs its own table)
        "internal_conflict": float(bool(internal)),
        "first_party": float(best.reference.first_party),
        "past_value_only": float(not current),
        "granularity_impossible": float(impossible),
    }
    return _verdict(
        claim,
        V,
        reason,
        explanation,
        features,
        evidence=evidence,
        matched=tuple(c.reference for c in ranked),
        findings=findings,
    )


def _current_value(pool: list[Reference], past: Reference) -> str:
    now = [
        r
        for r in pool
        if r.source_id == past.source_id and not r.valid_to and r.metric == past.metric
    ]
    return now[0].value_text if now else "no longer listed"


def _evidence(comparisons: Iterable[Comparison]) -> tuple[Reference, ...]:
    """Every published value for the model and benchmark: compatible rows first."""
    ordered = sorted(
        comparisons,
        key=lambda c: (
            not c.compatible,
            c.reference.valid_to is not None,
            c.reference.metric,
            _source_rank(c.reference),
            c.reference.setting.describe(),
        ),
    )
    return tuple(c.reference for c in ordered)


def _verdict(
    claim: Claim,
    kind: VerdictKind,
    reason: str,
    explanation: str,
    features: dict[str, float],
    *,
    evidence: tuple[Reference, ...] = (),
    matched: tuple[Reference, ...] = (),
    diagnosis: tuple = (),
    findings: Iterable[Finding] = (),
) -> Verdict:
    confidence, terms = score(kind.value, features)
    return Verdict(
        claim=claim,
        kind=kind,
        confidence=confidence,
        reason=reason,
        explanation=explanation,
        evidence=evidence,
        matched=matched,
        diagnosis=tuple(diagnosis),
        findings=tuple(findings),
        confidence_terms=terms,
        features=tuple(sorted((k, float(v)) for k, v in features.items() if v)),
    )


# --- relational claims ------------------------------------------------------------


def _pairs(
    claim: Claim,
    store: RefStore,
    model_a: str,
    bench_a: str,
    model_b: str,
    bench_b: str,
    registry: dict[str, dict],
) -> list[tuple[Reference, Reference]]:
    """Rows for both sides from the same source, metric and setting."""

    def side(model: str, bench: str) -> list[Comparison]:
        headline = registry.get(bench, {}).get("headline_metric", "pass@1")
        rows = [compare(claim, r, headline) for r in store.for_model_benchmark(model, bench)]
        return [c for c in rows if c.compatible]

    left, right = side(model_a, bench_a), side(model_b, bench_b)
    out = []
    for a in left:
        for b in right:
            ra, rb = a.reference, b.reference
            if ra.valid_to or rb.valid_to:
                continue
            # one setting on both sides (a drop across benchmarks compares their shared fields)
            same_setting = ra.setting == rb.setting or (
                bench_a != bench_b and not compare_settings(ra.setting, rb.setting).conflicts
            )
            if ra.source_id == rb.source_id and ra.metric == rb.metric and same_setting:
                out.append((ra, rb))
    return out


def _history_pairs(
    claim: Claim, store: RefStore, registry: dict[str, dict]
) -> list[tuple[Reference, Reference]]:
    """(earlier, later) rows of one source for the claim's model and benchmark, in one metric
    and setting: a leaderboard's value history ("rises from 49.9 to 51.1 (+1.2)")."""
    headline = registry.get(claim.benchmark or "", {}).get("headline_metric", "pass@1")
    rows = [
        c.reference
        for c in (
            compare(claim, r, headline)
            for r in store.for_model_benchmark(claim.model_id or "", claim.benchmark or "")
        )
        if c.compatible
    ]
    return [
        (old, new)
        for old in rows
        if old.valid_to
        for new in rows
        if new is not old
        and new.source_id == old.source_id
        and new.metric == old.metric
        and new.setting == old.setting
        # the current row is the latest (its valid_from may be the model's first date)
        and (new.valid_to is None or (new.valid_from or "") >= old.valid_to)
    ]


# what a change on one benchmark can be a change of: "CoT lifts it to 28.9, a gain of 1.1",
# "rises by 7.9 with execution feedback", "70.1 zero-shot but 80.5 1-shot, a 10.4-point rise"
_INTERVENTIONS = ("cot", "feedback", "shots")


def _intervention_pairs(
    claim: Claim, store: RefStore, registry: dict[str, dict]
) -> list[tuple[Reference, Reference]]:
    """(without, with) rows of one source for the claim's model and benchmark that differ only
    in a setting the claim states (CoT, feedback, shots): the later row states it as the claim does,
    the earlier one is the same run without it."""
    stated = [f for f in _INTERVENTIONS if getattr(claim.setting, f) is not None]
    if not stated:
        return []
    headline = registry.get(claim.benchmark or "", {}).get("headline_metric", "pass@1")
    rows = store.for_model_benchmark(claim.model_id or "", claim.benchmark or "")
    later = [c.reference for c in (compare(claim, r, headline) for r in rows) if c.compatible]
    out = []
    for new in later:
        if new.valid_to:
            continue
        for old in rows:
            if old.source_id != new.source_id or old.metric != new.metric or old.valid_to:
                continue
            differ = [
                f for f in SETTING_FIELDS if getattr(old.setting, f) != getattr(new.setting, f)
            ]
            if len(differ) == 1 and differ[0] in stated:
                f = differ[0]
                if getattr(new.setting, f) == getattr(claim.setting, f):
                    out.append((old, new))
    # rows of one table first, then rows that state the setting's absence ("no CoT")
    return sorted(
        out,
        key=lambda p: (
            p[0].locator != p[1].locator,
            any(getattr(p[0].setting, f) is None for f in stated),
        ),
    )


def _intervention_change(claim: Claim, store: RefStore, registry: dict[str, dict]) -> Verdict:
    """A change on one benchmark with no history: verified when the rows without and with the
    setting the claim names differ by the stated amount. A mismatch is not a contradiction, as
    the text may mean another change (a missed second benchmark, a global setting)."""
    sign = 1 if claim.relation == "drop" else -1
    pairs = _intervention_pairs(claim, store, registry)
    evidence = tuple(dict.fromkeys(r for pair in pairs for r in pair))
    for ra, rb in pairs:
        diff = sign * (ra.value - rb.value)
        if _change_agrees(claim, diff):
            return _verdict(
                claim,
                V,
                "verified.relation",
                f"{_pair_text(ra, rb)}: difference {diff:.1f}",
                {"sources_agree": float(min(len({p[0].source_id for p in pairs}) - 1, 3))},
                evidence=evidence,
                matched=(ra, rb),
            )
    if pairs:
        ra, rb = pairs[0]
        return _verdict(
            claim,
            U,
            "unverifiable.relation",
            f"the change names one benchmark; {_pair_text(ra, rb)} differ by"
            f" {sign * (ra.value - rb.value):.1f}, but the text may mean another change",
            {},
            evidence=evidence,
        )
    return _verdict(
        claim,
        U,
        "unverifiable.relation",
        "the change names one benchmark and the reference data has no earlier value",
        {},
    )


def _change_agrees(claim: Claim, diff: float) -> bool:
    """The difference a reader computes from two printed values, at the claim's precision."""
    lo, hi = interval(claim.value, claim.decimals)
    return lo - 1e-9 <= diff <= hi + 1e-9


def judge_relation(claim: Claim, store: RefStore, registry: dict[str, dict]) -> Verdict:
    if claim.relation == "best":
        return _verdict(
            claim,
            U,
            "unverifiable.rank",
            "rank claims need the whole field of models under one setting; not checked",
            {},
        )
    if claim.model_id is None or claim.benchmark is None:
        return _verdict(
            claim, U, "unverifiable.model_unresolved", "the relation's model is not resolved", {}
        )
    if claim.relation in ("drop", "rise"):
        if claim.other_benchmark:
            pairs = _pairs(
                claim,
                store,
                claim.model_id,
                claim.benchmark,
                claim.model_id,
                claim.other_benchmark,
                registry,
            )
        elif claim.other_model_id:  # "a 2.9-point drop from B": from B's figure to this one's
            pairs = _pairs(
                claim,
                store,
                claim.other_model_id,
                claim.benchmark,
                claim.model_id,
                claim.benchmark,
                registry,
            )
        else:  # a change on one benchmark: over a leaderboard's history, if it has one
            pairs = _history_pairs(claim, store, registry)
            if not pairs:
                return _intervention_change(claim, store, registry)
        sign = 1 if claim.relation == "drop" else -1
    else:
        if claim.other_model_id is None:
            return _verdict(
                claim, U, "unverifiable.relation", "the compared model is not resolved", {}
            )
        pairs = _pairs(
            claim,
            store,
            claim.model_id,
            claim.benchmark,
            claim.other_model_id,
            claim.benchmark,
            registry,
        )
        sign = 1
    if not pairs:
        return _verdict(
            claim,
            U,
            "unverifiable.relation",
            "the reference data has no pair of figures from one source for both sides",
            {},
        )
    evidence = tuple(r for pair in pairs for r in pair)
    agreeing = []
    for ra, rb in pairs:
        diff = sign * (ra.value - rb.value)
        if claim.relation == "outperforms":
            ok = diff > 0
        else:
            ok = _change_agrees(claim, diff)
        if ok:
            agreeing.append((ra, rb, diff))
    first = pairs[0]
    disagreeing = [p for p in pairs if not any(p[0] is a[0] and p[1] is a[1] for a in agreeing)]
    if agreeing and disagreeing and claim.relation == "outperforms":
        # an order without a number: sources that disagree leave it open
        ra, rb, _ = agreeing[0]
        da, db = disagreeing[0]
        return _verdict(
            claim,
            U,
            "unverifiable.relation_conflict",
            f"sources disagree: {_pair_text(ra, rb)}, but {_pair_text(da, db)}",
            {"relation_sources_disagree": 1.0},
            evidence=evidence,
        )
    if agreeing:
        ra, rb, diff = agreeing[0]
        what = _pair_text(ra, rb)
        expl = f"{what}: difference {diff:.1f}" if claim.relation != "outperforms" else f"{what}"
        if disagreeing:
            da, db = disagreeing[0]
            expl += f"; but {_pair_text(da, db)}"
        return _verdict(
            claim,
            V,
            "verified.relation",
            expl,
            {
                "sources_agree": float(min(len({a[0].source_id for a in agreeing}) - 1, 3)),
                "relation_sources_disagree": float(
                    min(len({d[0].source_id for d in disagreeing}), 3)
                ),
            },
            evidence=evidence,
            matched=(ra, rb),
        )
    ra, rb = first
    diff = sign * (ra.value - rb.value)
    expl = f"{_pair_text(ra, rb)}: difference {diff:.1f}"
    if claim.relation != "outperforms" and not math.isnan(claim.value):
        expl = f"stated {claim.value_text}, but {expl}"
    return _verdict(
        claim,
        C,
        "contradicted.relation",
        expl,
        {"compatible_sources": float(len({p[0].source_id for p in pairs}))},
        evidence=evidence,
    )


__all__ = ["judge", "values_agree", "problem_count"]
