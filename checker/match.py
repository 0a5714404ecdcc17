"""Compare a claim with reference rows: value tolerance, metric and setting compatibility."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache

from checker.records import Claim, Reference, Setting

_EPS = 1e-9


def decimals_of(text: str) -> int:
    text = text.strip().rstrip("%")
    return len(text.split(".")[1]) if "." in text else 0


def interval(value: float, decimals: int) -> tuple[float, float]:
    """Values that print as ``value`` at ``decimals`` places (percent units)."""
    half = 0.5 * 10 ** (-decimals)
    return value - half, value + half


def ref_interval(ref: Reference) -> tuple[float, float]:
    return printed_interval(ref.value_text, ref.value)


@lru_cache(maxsize=65536)
def printed_interval(value_text: str, value: float) -> tuple[float, float]:
    """Values that print as ``value_text`` (percent units; a fraction such as 0.884 counts)."""
    text = value_text or f"{value}"
    d = decimals_of(text)
    try:
        raw = float(text.rstrip("%"))
    except ValueError:
        return interval(value, d)
    if raw <= 1.0 and value > 1.0 and "." in text:  # printed as a fraction
        return interval(value, d - 2)
    return interval(value, d)


def values_agree(value: float, decimals: int, ref: Reference) -> bool:
    """The claim's rounding interval overlaps the reference's (59.6 ~ 59.63; 60 ~ 59.6).

    Intervals that only touch (64.9 and 64.8 share the point 64.85) do not agree.
    """
    lo, hi = interval(value, decimals)
    rlo, rhi = ref_interval(ref)
    return values_overlap(lo, hi, rlo, rhi)


def values_overlap(lo: float, hi: float, rlo: float, rhi: float) -> bool:
    return lo < rhi - _EPS and rlo < hi - _EPS


def metric_relation(claim_metric: str | None, ref_metric: str, headline: str = "pass@1") -> str:
    """'same', 'assumed' (one side unstated, read as the headline metric) or 'different'."""
    ref = None if ref_metric in ("", "unstated") else ref_metric
    if claim_metric == ref and ref is not None:
        return "same"
    if claim_metric is None and ref is None:
        return "assumed"
    # an unstated metric is read as the benchmark's headline metric (pass@1), never as pass@10
    if (claim_metric or headline) == (ref or headline):
        return "assumed"
    return "different"


@dataclass(frozen=True, slots=True)
class SettingCompare:
    conflicts: tuple[str, ...]  # fields stated on both sides with different values
    claim_unstated: tuple[str, ...]  # fields the reference states and the claim does not
    ref_unstated: tuple[str, ...]  # fields the claim states and the reference does not
    ref_stated: tuple[str, ...] = ()  # fields the reference states (whatever the claim says)

    @property
    def compatible(self) -> bool:
        return not self.conflicts


@lru_cache(maxsize=8192)
def compare_settings(claim: Setting, ref: Setting) -> SettingCompare:
    conflicts: list[str] = []
    claim_unstated: list[str] = []
    ref_unstated: list[str] = []
    for f in fields(Setting):
        a, b = getattr(claim, f.name), getattr(ref, f.name)
        if f.name == "prompt":
            continue  # the model variant carries base vs instruct
        if a is None and b is None:
            continue
        if a is None:
            claim_unstated.append(f.name)
        elif b is None:
            ref_unstated.append(f.name)
        elif f.name == "temperature":
            if abs(float(a) - float(b)) > 1e-6:
                conflicts.append(f.name)
        elif f.name == "dataset_version" and "evalplus" in (a, b) and a != b:
            # "evalplus" names the release family, not one version: it neither agrees nor conflicts
            (ref_unstated if b == "evalplus" else claim_unstated).append(f.name)
        elif a != b:
            conflicts.append(f.name)
    # "CoT: no" in a reference row is the default prompting: a claim silent on CoT agrees
    if "cot" in claim_unstated and ref.cot is False:
        claim_unstated.remove("cot")
    # ...and a row silent on CoT is a plain run: it states what a "no CoT" claim says
    if "cot" in ref_unstated and claim.cot is False:
        ref_unstated.remove("cot")
    # feedback rounds change the task: a row with feedback never stands for a plain claim
    for side in (ref_unstated, claim_unstated):
        if "feedback" in side:
            side.remove("feedback")
            conflicts.append("feedback")
    ref_stated = tuple(
        f.name for f in fields(Setting) if f.name != "prompt" and getattr(ref, f.name) is not None
    )
    return SettingCompare(tuple(conflicts), tuple(claim_unstated), tuple(ref_unstated), ref_stated)


@dataclass(frozen=True, slots=True)
class Comparison:
    """How one reference row relates to a claim."""

    reference: Reference
    metric: str  # same | assumed | different
    setting: SettingCompare
    agrees: bool  # values agree within precision

    @property
    def compatible(self) -> bool:
        return self.metric != "different" and self.setting.compatible


def compare(claim: Claim, ref: Reference, headline: str = "pass@1") -> Comparison:
    return Comparison(
        reference=ref,
        metric=metric_relation(claim.metric, ref.metric, headline),
        setting=compare_settings(claim.setting, ref.setting),
        agrees=values_agree(claim.value, claim.decimals, ref),
    )
