"""Internal consistency of one report's own numbers (no reference data needed).

HumanEval+ <= HumanEval and MBPP+ <= MBPP for the same model and setting (the plus
tests are a superset), pass@1 <= pass@k, and stated gaps and drops equal the
difference of the values the report itself states.
"""

from __future__ import annotations

from collections import defaultdict

from checker.match import interval
from checker.records import Claim, Finding
from checker.vocab import EVALPLUS_PARTS

_PLUS_OF = {"humaneval-plus": "humaneval", "mbpp-plus": "mbpp"}
# averages a report may print next to their parts
_AVERAGES = {
    "avg-humaneval-mbpp": ("humaneval", "mbpp"),
    "avg-humaneval-plus-mbpp-plus": ("humaneval-plus", "mbpp-plus"),
    "evalplus-avg": EVALPLUS_PARTS,
    "multilingual-humaneval-avg": (
        "multipl-e-cpp",
        "multipl-e-java",
        "multipl-e-php",
        "multipl-e-ts",
        "multipl-e-cs",
        "multipl-e-sh",
        "multipl-e-js",
    ),
}


def _key(c: Claim) -> tuple:
    return (c.model_id, c.setting.describe())


def check_report(claims: tuple[Claim, ...]) -> tuple[Finding, ...]:
    values: dict[tuple, dict[tuple[str, str], Claim]] = defaultdict(dict)
    for c in claims:
        if c.relation or c.model_id is None or c.benchmark is None or c.value != c.value:
            continue
        values[_key(c)].setdefault((c.benchmark, c.metric or "pass@1"), c)
    out: list[Finding] = []
    for (model, _setting), table in values.items():
        for (bench, metric), c in table.items():
            base = _PLUS_OF.get(bench)
            if base and (base, metric) in table and c.value > table[(base, metric)].value + 1e-9:
                b = table[(base, metric)]
                out.append(
                    Finding(
                        "consistency.plus_exceeds_base",
                        f"{c.span.path}:{c.span.line}: {model} {bench} {c.value_text} exceeds {base} {b.value_text}; "
                        "the plus tests are a superset, so this cannot be one run",
                    )
                )
            if metric.startswith("pass@") and metric != "pass@1" and (bench, "pass@1") in table:
                p1 = table[(bench, "pass@1")]
                if p1.value > c.value + 1e-9:
                    out.append(
                        Finding(
                            "consistency.pass_at_k_order",
                            f"{c.span.path}:{c.span.line}: {model} {bench} pass@1 {p1.value_text} exceeds {metric} {c.value_text}",
                        )
                    )
        for avg_slug, parts in _AVERAGES.items():
            avg = table.get((avg_slug, "pass@1")) or table.get((avg_slug, "score"))
            members = [table.get((p, "pass@1")) for p in parts]
            if avg is None or any(v is None for v in members):
                continue
            mean = sum(v.value for v in members) / len(members)
            slack = 0.5 * 10 ** (-avg.decimals) + max(0.5 * 10 ** (-v.decimals) for v in members)
            if abs(avg.value - mean) > slack + 1e-9:
                out.append(
                    Finding(
                        "consistency.average_mismatch",
                        f"{avg.span.path}:{avg.span.line}: {model} {avg_slug} {avg.value_text} is not the mean "
                        f"of its parts ({', '.join(v.value_text for v in members)} -> {mean:.2f})",
                    )
                )
    for c in claims:
        if c.relation not in ("gap", "drop", "rise") or c.value != c.value:
            continue
        if c.relation == "gap":
            # both sides under the gap claim's own setting
            a = values.get(_key(c), {}).get((c.benchmark, c.metric or "pass@1"))
            other = values.get((c.other_model_id, c.setting.describe()), {}).get(
                (c.benchmark, c.metric or "pass@1")
            )
            if a is None or other is None:
                continue
            diff = a.value - other.value
        else:
            table = values.get(_key(c), {})
            a = table.get((c.benchmark, c.metric or "pass@1"))
            b = table.get((c.other_benchmark or "", c.metric or "pass@1"))
            if a is None or b is None:
                continue
            diff = (a.value - b.value) * (1 if c.relation == "drop" else -1)
        lo, hi = interval(c.value, c.decimals)
        slack = 10 ** (-min(a.decimals, 3))
        if not (lo - slack <= diff <= hi + slack):
            out.append(
                Finding(
                    "consistency.gap_mismatch",
                    f"{c.span.path}:{c.span.line}: the stated {c.relation} of {c.value_text} does not equal "
                    f"the difference of the report's own values ({diff:.1f})",
                )
            )
    return tuple(out)
