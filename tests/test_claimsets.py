"""Claim sets: loading with line numbers, structured claims, ids, baseline comparison."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import claimsets as cs
from checker.errors import InputError

REPO = Path(__file__).resolve().parents[1]

SAMPLE = """\
# a comment
claims:
  - text: "Qwen2.5-Coder-7B-Instruct scores 65.9% pass@1 on HumanEval Pro (0-shot)."
    expect: verified
  - model: CodeLlama-34B-Instruct
    benchmark: HumanEval
    metric: pass@1
    value: 41.50
    shots: 0
    decoding: greedy
    expect: verified
  - "o1-mini reaches 76.2% pass@1 on HumanEval Pro."
"""


def write(tmp_path: Path, text: str, name: str = "set.yaml") -> str:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_load_lines_and_fields(tmp_path: Path) -> None:
    items = cs.load_claimset(write(tmp_path, SAMPLE))
    assert [(i.index, i.line, i.expect, i.text is not None) for i in items] == [
        (1, 3, "verified", True),
        (2, 5, "verified", False),
        (3, 12, None, True),
    ]
    claim = cs.structured_claim(items[1])
    assert (
        claim.model_id,
        claim.benchmark,
        claim.metric,
        claim.value,
        claim.value_text,
        claim.decimals,
    ) == (
        "codellama-34b-instruct",
        "humaneval",
        "pass@1",
        41.5,
        "41.50",
        2,
    )
    assert claim.setting.shots == 0 and claim.setting.decoding == "greedy"
    assert (claim.span.path, claim.span.line) == (items[1].claimset, 5)


def test_run_and_ids(tmp_path: Path, ctx) -> None:
    path = write(tmp_path, SAMPLE)
    results = cs.run_claimset(cs.load_claimset(path), ctx)
    assert [(r.index, r.line, r.verdict, r.mismatch) for r in results] == [
        (1, 3, "verified", False),
        (2, 5, "verified", False),
        (3, 12, "verified", False),
    ]
    assert results[1].id == f"{path}#2:codellama-34b-instruct|humaneval|pass@1|41.50"
    assert results[0].id.startswith(f"{path}#1:") and results[0].id.endswith(
        "|humaneval-pro|pass@1|65.9"
    )
    again = cs.run_claimset(cs.load_claimset(path), ctx)
    assert [r.id for r in again] == [r.id for r in results]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("claims: [", "malformed YAML"),
        ("claims: 3\n", '"claims" must be a list of claims'),
        ("foo: []\n", 'expected a mapping with a "claims" list'),
        ("claims: []\n", "claim set has no claims"),
        (
            "claims:\n  - model: X\n    value: 3\n",
            "claim 1 (line 2): needs text, or model, benchmark and value (missing benchmark)",
        ),
        (
            "claims:\n  - text: a\n    expext: verified\n",
            "claim 1 (line 2): unknown key(s) expext for a text claim",
        ),
        (
            "claims:\n  - text: a\n    expect: right\n",
            "claim 1 (line 2): expect must be one of verified, contradicted, unverifiable, not 'right'",
        ),
        (
            "claims:\n  - {model: X, benchmark: mbpp, value: high}\n",
            "claim 1 (line 2): value must be a number (percent), not 'high'",
        ),
        (
            "claims:\n  - {model: X, benchmark: mbpp, value: 3, shots: one}\n",
            "claim 1 (line 2): shots must be int",
        ),
    ],
)
def test_malformed_names_file(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputError) as info:
        cs.load_claimset(path)
    assert str(info.value).startswith(f"{Path(path).as_posix()}: ")
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def _case(**kw) -> cs.CaseResult:
    base = dict(
        id="s.yaml#1:m|b|-|1",
        claimset="s.yaml",
        index=1,
        line=2,
        label="m b - 1",
        expect=None,
        verdict="verified",
        confidence=0.9,
        reason="verified.exact",
        explanation="",
        evidence=(),
    )
    base.update(kw)
    return cs.CaseResult(**base)


def test_compare_regressions_and_evidence_diff() -> None:
    ev_old = [
        {
            "source": "S",
            "locator": "T1",
            "model": "m",
            "metric": "pass@1",
            "setting": "greedy",
            "value": "1.0",
            "matches": True,
        }
    ]
    ev_new = [{**ev_old[0], "value": "2.0", "matches": False}]
    base = {
        "s.yaml#1:m|b|-|1": {"verdict": "verified", "confidence": 0.9, "evidence": ev_old},
        "gone": {"verdict": "verified", "confidence": 0.5},
    }
    changes = cs.compare(
        [_case(verdict="contradicted", confidence=0.1, evidence=tuple(ev_new))], base
    )
    assert [(c.kind, c.regression) for c in changes] == [("regression", True), ("removed", False)]
    assert changes[0].evidence_diff == ("~ changed: S T1, m pass@1 [greedy]: 1.0 (matches) -> 2.0",)
    drop = cs.compare([_case(confidence=0.7)], base, confidence_drop=0.1)
    assert drop[0].kind == "confidence-drop" and drop[0].regression
    assert (
        cs.compare([_case(confidence=0.85, evidence=tuple(ev_old))], base, confidence_drop=0.1)[
            0
        ].kind
        == "removed"
    )
    better = cs.compare(
        [_case(id="x", verdict="verified")], {"x": {"verdict": "unverifiable", "confidence": 0.2}}
    )
    assert [(c.kind, c.regression) for c in better] == [("improved", False)]


def test_project_claim_sets_pass(ctx) -> None:
    for path in sorted((REPO / "claims").glob("*.yaml")):
        results = cs.run_claimset(cs.load_claimset(path), ctx)
        assert [r.label for r in results if r.mismatch] == [], path
