"""Where a wrong number most likely came from: search the references for the claimed value."""

from __future__ import annotations

from dataclasses import replace

from checker.match import metric_relation
from checker.models import parse_model_id
from checker.records import Candidate, Claim, Reference
from checker.refstore import RefStore

# prior weight of each cause; ties broken by same source/locator
CAUSE_WEIGHT = {
    "other-benchmark": 0.9,
    "other-setting": 0.85,
    "other-metric": 0.8,
    "other-variant": 0.8,
    "other-size": 0.7,
    "past-leaderboard-value": 0.75,
    "transposed-digits": 0.55,
    "other-model": 0.3,
}


_HINTS = {
    "other-benchmark": "the report likely mislabelled the column",
    "other-setting": "the report likely took the wrong setting's figure",
    "other-metric": "the report likely took the wrong metric's figure",
    "other-variant": "the report likely confused base and instruct variants",
    "other-size": "the report likely confused model sizes",
    "past-leaderboard-value": "the leaderboard value has since changed",
    "other-model": "the report may have taken the wrong row",
}


def _family(model_id: str) -> tuple[str, str, str]:
    parsed = parse_model_id(model_id)
    return (
        (parsed.key.family, parsed.key.size, parsed.key.variant) if parsed else (model_id, "", "")
    )


def _digits(text: str) -> str:
    return "".join(sorted(c for c in text if c.isdigit()))


def diagnose(
    claim: Claim,
    store: RefStore,
    evidence: list[Reference],
    registry: dict[str, dict] | None = None,
    headline: str = "pass@1",
) -> tuple[Candidate, ...]:
    """Ranked likely origins of ``claim.value`` (best first, at most five)."""
    if claim.model_id is None or claim.benchmark is None or claim.value != claim.value:
        return ()
    sources_in_evidence = {r.source_id for r in evidence}
    locators_in_evidence = {(r.source_id, r.locator) for r in evidence}
    fam, size, variant = _split_id(claim.model_id, store)
    found: list[Candidate] = []
    for ref in store.agreeing(claim.value, claim.decimals):
        cause = None
        if ref.model_id == claim.model_id:
            if ref.benchmark != claim.benchmark:
                cause = "other-benchmark"
            elif metric_relation(claim.metric, ref.metric, headline) == "different":
                cause = "other-metric"
            elif ref.valid_to:
                cause = "past-leaderboard-value"
            else:
                cause = "other-setting"
        elif ref.benchmark == claim.benchmark:
            rfam, rsize, rvariant = _split_id(ref.model_id, store)
            if rfam == fam and rsize == size and rvariant != variant:
                cause = "other-variant"
            elif rfam == fam and rsize != size:
                cause = "other-size"
            else:
                cause = "other-model"
        if cause is None:
            continue
        score = CAUSE_WEIGHT[cause]
        if ref.source_id in sources_in_evidence:
            score += 0.05
        if (ref.source_id, ref.locator) in locators_in_evidence:
            score += 0.03
        found.append(Candidate(cause, ref, round(min(score, 0.99), 3), ""))  # message: below
    claimed_digits = _digits(claim.value_text)
    for ref in evidence:  # transposed digits among the compatible rows
        if (
            ref.value_text != claim.value_text
            and _digits(ref.value_text) == claimed_digits
            and ref.metric in (claim.metric or "pass@1", "unstated")
        ):
            found.append(
                Candidate(
                    "transposed-digits",
                    ref,
                    CAUSE_WEIGHT["transposed-digits"],
                    f"{claim.value_text} has the digits of {ref.value_text} ({ref.source_id} {ref.locator}): likely transposed",
                )
            )
    other_models = [c for c in found if c.cause == "other-model"]
    if len(other_models) > 2:  # a common value: coincidences, not causes
        found = [c for c in found if c.cause != "other-model"]
    found.sort(
        key=lambda c: (-c.score, c.reference.source_id, c.reference.locator, c.reference.model)
    )
    unique: list[Candidate] = []
    seen = set()
    for c in found:
        key = (
            c.cause,
            c.reference.model_id,
            c.reference.benchmark,
            c.reference.source_id,
            c.reference.metric,
        )
        if key not in seen:
            seen.add(key)
            unique.append(c)
    return tuple(
        c
        if c.message
        else replace(c, message=_message(c.cause, claim, c.reference, registry or {}))
        for c in unique[:5]
    )


def _split_id(model_id: str, store: RefStore) -> tuple[str, str, str]:
    row = store.models.get(model_id)
    if row:
        return row.get("family", ""), row.get("size", ""), row.get("variant", "")
    return _family(model_id)


def _message(cause: str, claim: Claim, ref: Reference, registry: dict[str, dict]) -> str:
    where = f"{ref.source_id} {ref.locator}".strip()
    bench = registry.get(ref.benchmark, {}).get("name", ref.benchmark)  # its display name
    model = ref.model
    if cause == "other-benchmark":
        what = f"{model}'s {bench} score"
    elif cause == "other-setting":
        what = f"{model}'s {bench} score in another setting ({ref.setting.describe()})"
    elif cause == "other-metric":
        what = f"{model}'s {bench} {ref.metric}"
    elif cause == "other-variant":
        what = f"the {bench} score of {model} (another variant)"
    elif cause == "other-size":
        what = f"the {bench} score of {model} (another size)"
    elif cause == "past-leaderboard-value":
        what = f"{model}'s {bench} value shown {ref.valid_from} to {ref.valid_to}"
    else:
        what = f"the {bench} score of another model, {model}"
    return f"{claim.value_text} is {what} in {where}: {_HINTS[cause]}"
