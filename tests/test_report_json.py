"""The audit's fast JSON line for a verdict is the library's verdict_dict, byte for byte."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from checker.api import check_paths, check_text
from checker.report import verdict_dict, verdict_json

FIXTURES = Path(__file__).parent / "fixtures" / "docs"
TEXT = """\
Qwen2.5-Coder-7B-Instruct scores 65.9% pass@1 on HumanEval Pro (0-shot, greedy).
Qwen2.5-Coder-7B-Instruct scores 67.1% pass@1 on HumanEval Pro (0-shot).
GPT-4o reaches 90.2% on HumanEval and leads Claude-3.5-Sonnet by 7.9 points on HumanEval+.
Zephyrix-Coder-7B scores 61.0% pass@1 on HumanEval.
"""


def _verdicts(ctx, seed=None):
    out = list(check_text(TEXT, ctx=ctx).verdicts)
    out += check_paths(sorted(FIXTURES.iterdir()), ctx).verdicts
    if seed is not None:
        out += check_paths(sorted(seed.iterdir()), ctx).verdicts
    return out


def _same(v, head):
    fast = verdict_json(v, head)
    assert fast == json.dumps({**(head or {}), **verdict_dict(v)}, ensure_ascii=False)
    return json.loads(fast)


def test_fast_line_equals_verdict_dict(ctx):
    verdicts = _verdicts(ctx)
    # the sample reaches every part of a line: evidence, diagnosis, findings, relations
    assert any(v.diagnosis for v in verdicts) and any(v.findings for v in verdicts)
    assert any(v.claim.relation for v in verdicts) and any(v.matched for v in verdicts)
    for v in verdicts:
        _same(v, {"report": "r.md", "report_sha256": "ab"})
        _same(v, None)
        with_expect = replace(v, claim=replace(v.claim, expect="vérifié \u2028"))
        _same(with_expect, {"report": "dossier/é.md"})


def test_fast_line_on_seed_reports(ctx, seed_reports):
    for v in check_paths(sorted(seed_reports.iterdir()), ctx).verdicts:
        assert _same(v, {"report": "x"})["evidence"] == verdict_dict(v)["evidence"]


def test_reference_cache_follows_identity_not_equality(ctx):
    (v,) = [v for v in check_text(TEXT, ctx=ctx).verdicts if v.matched][:1]
    ref = v.evidence[0]
    twin = replace(ref, value_text=ref.value_text + "0")  # another object, another text
    changed = replace(v, evidence=(twin, *v.evidence[1:]))
    assert _same(v, None)["evidence"][0]["value_text"] == ref.value_text
    assert _same(changed, None)["evidence"][0]["value_text"] == ref.value_text + "0"
