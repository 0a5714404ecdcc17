"""Verdicts on real reference data (bundled benchmarks/)."""

from checker.api import check_paths, check_text


def verdicts(ctx, text):
    return check_text(text, ctx=ctx).verdicts


def one(ctx, text):
    (v,) = verdicts(ctx, text)
    return v


def test_verified_exact(ctx):
    v = one(ctx, "Qwen2.5-Coder-7B-Instruct scores 65.9% pass@1 on HumanEval Pro (0-shot, greedy).")
    assert (v.kind.value, v.reason) == ("verified", "verified.exact")
    assert v.confidence >= 0.9
    assert {r.source_id for r in v.matched} >= {"arXiv:2412.21199", "codeeval-pro-leaderboard"}


def test_unstated_setting_is_not_agreement(ctx):
    # 67.1 is the 1-shot figure; the claim states no shots
    v = one(ctx, "Qwen2.5-Coder-7B-Instruct scores 67.1% pass@1 on HumanEval Pro.")
    assert (v.kind.value, v.reason) == ("verified", "verified.setting_unstated")
    assert "1-shot" in v.explanation and "states no shots" in v.explanation
    exact = one(
        ctx, "Qwen2.5-Coder-7B-Instruct scores 67.1% pass@1 on HumanEval Pro (1-shot, greedy)."
    )
    assert v.confidence < exact.confidence


def test_stated_setting_must_agree(ctx):
    v = one(ctx, "Qwen2.5-Coder-7B-Instruct scores 67.1% pass@1 on HumanEval Pro (0-shot).")
    assert v.kind.value == "contradicted"
    assert v.diagnosis[0].cause == "other-setting"


def test_benchmark_variants_never_mix(ctx):
    # 84.1 is HumanEval+; claimed as HumanEval
    v = one(ctx, "Qwen2.5-Coder-7B-Instruct reaches 84.1% pass@1 on HumanEval.")
    assert v.kind.value == "contradicted"
    assert v.diagnosis[0].cause == "other-benchmark"
    assert v.diagnosis[0].reference.benchmark == "humaneval-plus"


def test_sizes_and_variants_never_mix(ctx):
    v = one(ctx, "Qwen2.5-Coder-7B reaches 88.4% on HumanEval.")  # the instruct model's figure
    assert v.kind.value == "contradicted"
    assert v.diagnosis[0].cause == "other-variant"
    v = one(
        ctx, "CodeLlama-7B-Instruct reaches 67.8% pass@1 on HumanEval."
    )  # 70B-Instruct's figure
    assert v.kind.value == "contradicted"
    assert any(c.cause == "other-size" for c in v.diagnosis)


def test_pass_at_k_never_mix(ctx):
    v = one(ctx, "Code Llama - Python 34B reaches 82.8% pass@1 on HumanEval.")  # its pass@10
    assert v.kind.value == "contradicted"
    assert v.diagnosis[0].cause == "other-metric"


def test_evidence_lists_every_source(ctx):
    v = one(ctx, "o1-mini achieves 96.2% pass@1 on HumanEval.")
    sources = {(r.source_id, r.value_text) for r in v.evidence}
    assert {
        ("arXiv:2412.21199", "96.2"),
        ("arXiv:2412.21199", "97.6"),
        ("evalplus-leaderboard", "96.3"),
    } <= sources
    codes = {f.code for f in v.findings}
    assert {"granularity.impossible", "sources.conflict"} <= codes
    assert "97.6" in v.explanation and "157/164" in v.explanation


def test_unverifiable(ctx):
    assert (
        one(ctx, "Qwen2.5-Coder-72B-Instruct scores 91.0% on HumanEval.").reason
        == "unverifiable.no_reference"
    )
    assert (
        one(ctx, "Qwen2.5-Coder-7B-Instruct scores 41.0% on BigCodeBench.").reason
        == "unverifiable.benchmark_ambiguous"
    )
    v = one(ctx, "Qwen2.5-Coder-7B-Instruct scores 70.0% pass@1 on HumanEval Pro (5-shot).")
    assert v.reason == "unverifiable.setting_not_published"


def test_confidence_orders_verdicts(ctx):
    good = one(
        ctx, "Qwen2.5-Coder-7B-Instruct scores 65.9% pass@1 on HumanEval Pro (0-shot, greedy)."
    )
    bad = one(
        ctx, "Qwen2.5-Coder-7B-Instruct scores 60.0% pass@1 on HumanEval Pro (0-shot, greedy)."
    )
    unknown = one(ctx, "Qwen2.5-Coder-72B-Instruct scores 91.0% on HumanEval.")
    assert good.confidence > unknown.confidence > bad.confidence


def test_seed_report_004(ctx, seed_reports):
    report = check_paths([seed_reports / "004_a9b6704b1e66c2ae.txt"], ctx)
    got = {(v.claim.model_id, v.claim.benchmark, v.claim.value): v for v in report.verdicts}
    paper_0shot = {
        ("qwen2.5coder-7b-base", "humaneval-pro", 59.6): "54.9",
        ("qwen2.5coder-7b-base", "mbpp-pro", 38.6): "61.4",
        ("qwen2.5coder-7b-instruct", "humaneval-pro", 64.9): "65.9",
        ("qwen2.5coder-7b-instruct", "mbpp-pro", 35.1): "64.8",
        ("deepseekcoder-33b-instruct", "humaneval-pro", 80.7): "56.7",
        ("deepseekcoder-33b-instruct", "mbpp-pro", 43.9): "64.0",
    }
    for k, published in paper_0shot.items():
        v = got[k]
        assert v.kind.value == "contradicted", k
        assert any(
            r.value_text == published and r.source_id == "arXiv:2412.21199" and r.setting.shots == 0
            for r in v.evidence
        ), k
        assert "BigCodeBench-Lite" in v.explanation, k
    assert got[("o1mini", "humaneval-pro", 76.2)].kind.value == "verified"
    o1 = got[("o1mini", "humaneval", 96.2)]
    assert "97.6" in o1.explanation and "not k/164" in o1.explanation


def test_seed_reports_001_to_003_verify_nothing(ctx, seed_reports):
    paths = sorted(seed_reports.glob("00[123]_*.txt"))
    assert len(paths) == 3
    report = check_paths(paths, ctx)
    assert report.counts().get("verified", 0) == 0


def test_past_leaderboard_value_matches_its_dated_version(ctx):
    # the BigCodeBench leaderboard showed 13.5 until 2024-09-24 and 40.5 since
    v = one(ctx, "Llama-3.1-8B-Instruct scores 13.5 pass@1 on BigCodeBench-Complete (Full).")
    assert (v.kind.value, v.reason) == ("verified", "verified.past_value")
    assert "2024-09-24" in v.explanation and "40.5" in v.explanation
    now = one(ctx, "Llama-3.1-8B-Instruct scores 40.5 pass@1 on BigCodeBench-Complete (Full).")
    assert now.reason == "verified.exact" and now.confidence > v.confidence


def test_judge_memo_keeps_each_claims_place_and_never_outlives_its_references(ctx):
    from checker.records import Reference, Setting, Source

    text = (
        "Zephyrix-Coder-7B scores 61.0% pass@1 on HumanEval (0-shot, greedy).\n\n"
        "Elsewhere: Zephyrix-Coder-7B scores 61.0% pass@1 on HumanEval (0-shot, greedy).\n"
    )
    first, second = verdicts(ctx, text)
    assert (first.claim.span.line, second.claim.span.line) == (1, 3)
    assert first.claim.span.excerpt != second.claim.span.excerpt
    same = ("kind", "reason", "confidence", "explanation", "evidence", "findings")
    assert [getattr(first, f) for f in same] == [getattr(second, f) for f in same]
    again = one(ctx, "Zephyrix-Coder-7B scores 61.0% pass@1 on HumanEval (0-shot, greedy).")
    assert again.claim.span.line == 1 and again.kind.value == "unverifiable"

    # a context with one more published figure must judge afresh, not reuse the memo
    src = Source("user-results", "own run", "user", True, "", "1", "2026-11-22", "")
    ref = Reference(
        "Zephyrix-Coder-7B",
        again.claim.model_id,
        "humaneval",
        "pass@1",
        61.0,
        "61.0",
        Setting(shots=0, decoding="greedy"),
        "user-results",
        "results.json",
    )
    richer = ctx.with_references([ref], [src])
    v = check_text(
        "Zephyrix-Coder-7B scores 61.0% pass@1 on HumanEval (0-shot, greedy).", ctx=richer
    )
    assert v.verdicts[0].kind.value == "verified"
    assert (
        one(ctx, "Zephyrix-Coder-7B scores 61.0% pass@1 on HumanEval (0-shot, greedy).").kind.value
        == "unverifiable"
    )


def test_row_naming_no_window_cannot_contradict_a_claim_about_one(ctx):
    # the DeepSeek-Coder-V2 README gives 28.7 on LiveCodeBench without saying which window
    v = one(ctx, "Llama3-Instruct 70B scores 24.8 on LiveCodeBench 2407-2409.")
    assert (v.kind.value, v.reason) == ("unverifiable", "unverifiable.setting_not_published")
    assert any(r.value == 28.7 for r in v.evidence)
    # the same figure with no window stated is compared with that row, and does not match it
    assert (
        one(ctx, "Llama3-Instruct 70B scores 24.8 on LiveCodeBench.").kind.value == "contradicted"
    )


def test_all_time_window_is_compared_with_its_own_row(ctx):
    # CodeQwen1.5 README: 21.8 All Time, 19.3 for 2023/9/1 ~ 2024/4/1
    v = one(ctx, "CodeQwen1.5-7B scores 19.3 on LiveCodeBench (All Time).")
    assert v.kind.value == "contradicted"
    assert (
        one(ctx, "CodeQwen1.5-7B scores 21.8 on LiveCodeBench (All Time).").kind.value == "verified"
    )


def test_name_without_version_matches_the_only_release(ctx):
    # EvalPlus leaderboard / Qwen2.5-Coder report: Codestral-22B-v0.1, MBPP+ 62.2
    v = one(ctx, "Codestral-22B scores 62.2 on MBPP+.")
    assert (v.kind.value, v.claim.model_id) == ("verified", "codestral-22b-v0.1")


def test_cot_claim_is_not_contradicted_by_rows_silent_on_cot(ctx):
    # HumanEval Pro has CoT rows for GPT-4o; plain HumanEval rows say nothing of CoT
    v = one(ctx, "With chain-of-thought prompting, GPT-4o scores 93.0% on HumanEval.")
    assert (v.kind.value, v.reason) == ("unverifiable", "unverifiable.setting_not_published")
    assert one(ctx, "GPT-4o scores 93.0% on HumanEval.").kind.value == "contradicted"


def _change(ctx, text):
    return next(v for v in verdicts(ctx, text) if v.claim.relation in ("drop", "rise"))


def test_a_change_on_one_benchmark_is_checked_against_the_leaderboard_history(ctx):
    # BigCodeBench leaderboard history: 49.9 (2024-06-07..11), then 51.1
    v = _change(
        ctx, "- GPT-4o-2024-05-13, BigCodeBench-Instruct (Full): rises from 49.9 to 51.1 (+1.2)."
    )
    assert (v.kind.value, v.reason) == ("verified", "verified.relation")
    assert {r.value_text for r in v.matched} == {"49.9", "51.1"}
    # 52.8 -> 52.5 is a 0.3-point drop
    v = _change(
        ctx,
        "- Codestral-22B-v0.1, BigCodeBench-Complete (Full): drops from 52.8 to 52.5, a 0.5-point"
        " drop.",
    )
    assert (v.kind.value, v.reason) == ("contradicted", "contradicted.relation")


def test_a_change_between_settings_is_checked_against_rows_without_and_with_it(ctx):
    # arXiv:2412.21199 Table 4: GPT-4o HumanEval Pro 75.0 without CoT, 78.0 with it
    text = "Adding a CoT prompt lifts GPT-4o from 75.0 to 78.0 on HumanEval Pro, a {}-point rise."
    v = _change(ctx, text.format("3.0"))
    assert (v.kind.value, v.reason) == ("verified", "verified.relation")
    assert [(r.value_text, r.setting.cot) for r in v.matched] == [("75.0", False), ("78.0", True)]
    assert "75.0 (0-shot, greedy, no CoT) vs 78.0" in v.explanation
    # a wrong amount is not contradicted (the text may mean another change) but shows the pair
    v = _change(ctx, text.format("4.0"))
    assert (v.kind.value, v.reason) == ("unverifiable", "unverifiable.relation")
    assert "differ by 3.0" in v.explanation
    assert {"75.0", "78.0"} <= {r.value_text for r in v.evidence}
    assert len(set(v.evidence)) == len(v.evidence)
    # without a stated CoT there is no setting to compare across
    v = _change(ctx, "GPT-4o rises by 3.0 points on HumanEval Pro.")
    assert (v.kind.value, v.reason, v.evidence) == ("unverifiable", "unverifiable.relation", ())
    # shots: arXiv:2412.21199 Table 2, Qwen2.5-Coder-32B-Instruct HumanEval Pro 70.1 / 80.5
    text = (
        "Qwen2.5-Coder-32B-Instruct scores 70.1 on HumanEval Pro zero-shot but 80.5 with one"
        " demonstration (1-shot), a {}-point rise."
    )
    v = _change(ctx, text.format("10.4"))
    assert (v.kind.value, v.claim.setting.shots) == ("verified", 1)
    assert _change(ctx, text.format("12.0")).kind.value == "unverifiable"
    # DeepSeek-Coder's LeetCode readme: no CoT, then CoT; the cue nearest before each figure
    got = verdicts(
        ctx,
        "Without chain-of-thought, DeepSeek-Coder-Instruct 33B solves 27.8% of the LeetCode"
        " contest problems, and CoT prompting lifts it to 28.9%, a gain of 1.1 points.",
    )
    assert [(v.claim.value, v.claim.setting.cot, v.kind.value) for v in got] == [
        (27.8, False, "verified"),
        (28.9, True, "verified"),
        (1.1, True, "verified"),
    ]


def test_a_row_silent_on_the_claims_window_neither_verifies_nor_contradicts(ctx):
    # the DeepSeek-Coder-V2 README prints LiveCodeBench 43.4 with no window
    v = one(ctx, "DeepSeek-Coder-V2-Instruct scores 43.4 on LiveCodeBench (2312-2406).")
    assert (v.kind.value, v.reason) == ("unverifiable", "unverifiable.setting_not_stated_by_source")
    assert "does not state the claim's dataset_version" in v.explanation
    assert [r.value_text for r in v.evidence if r.setting.dataset_version is None] == ["43.4"]
    # with no window stated, the README row verifies it
    assert one(ctx, "DeepSeek-Coder-V2-Instruct scores 43.4 on LiveCodeBench.").kind.value == (
        "verified"
    )


def test_a_row_silent_on_the_claims_sample_count_does_not_verify_it(ctx):
    # arXiv:2308.12950 Table 2: Code Llama - Instruct 7B HumanEval pass@10 64.3 at T=0.8, no n
    claim = "CodeLlama-7b-Instruct scores 64.3 pass@10 on HumanEval (sampled, T=0.8{})."
    v = one(ctx, claim.format(", n=200"))
    assert (v.kind.value, v.reason) == ("unverifiable", "unverifiable.setting_not_stated_by_source")
    assert "n_samples" in v.explanation
    assert one(ctx, claim.format("")).kind.value == "verified"


def test_a_pass1_row_naming_no_decoding_is_the_greedy_run(ctx):
    # the Magicoder README prints HumanEval+ 66.5 for Magicoder-S-CL-7B without naming the
    # decoding; the EvalPlus leaderboard's greedy re-run has 67.7: two sources, not two settings
    v = one(ctx, "With greedy decoding, Magicoder-S-CL-7B scores 66.5 pass@1 on HumanEval+.")
    assert (v.kind.value, v.claim.setting.decoding) == ("verified", "greedy")
    assert any(f.code == "sources.conflict" for f in v.findings)
    # a sampled claim is not read into the same row
    v = one(ctx, "With sampling (T=0.8), Magicoder-S-CL-7B scores 66.5 pass@1 on HumanEval+.")
    assert v.kind.value != "verified"


def test_a_cot_claim_matching_a_plain_prompting_row_is_not_verified(ctx):
    # arXiv:2412.21199 Table 2 (plain prompting): Claude-3.5-sonnet MBPP Pro 66.4; its CoT
    # ablation covers other models only
    v = one(ctx, "With chain-of-thought prompting, Claude-3.5-sonnet scores 66.4 on MBPP Pro.")
    assert (v.kind.value, v.reason) == ("unverifiable", "unverifiable.setting_not_stated_by_source")
    assert one(ctx, "Claude-3.5-sonnet scores 66.4 on MBPP Pro.").kind.value == "verified"


def test_a_drop_from_another_model_is_that_models_figure_minus_this_ones(ctx):
    # arXiv:2409.12186 Table 16 HumanEval: 32B-Instruct 92.7, 7B-Instruct 88.4
    text = "Qwen2.5-Coder-7B-Instruct keeps 88.4 on HumanEval, a {}-point drop from Qwen2.5-Coder-32B-Instruct."
    v = [v for v in verdicts(ctx, text.format("4.3")) if v.claim.relation][0]
    assert (v.claim.relation, v.claim.other_model_id, v.kind.value) == (
        "drop",
        "qwen2.5coder-32b-instruct",
        "verified",
    )
    v = [v for v in verdicts(ctx, text.format("5.3")) if v.claim.relation][0]
    assert v.kind.value == "contradicted"
    # the unquantised weights of the build in context
    text = (
        "Qwen2.5-Coder-32B-Instruct scores 92.7 on HumanEval. The GPTQ-Int4 build keeps 89.6,"
        " a 3.1-point drop from the BF16 weights."
    )
    v = [v for v in verdicts(ctx, text) if v.claim.relation][0]
    assert (v.claim.model_id, v.claim.other_model_id, v.kind.value) == (
        "qwen2.5coder-32b-instruct-gptq-int4",
        "qwen2.5coder-32b-instruct",
        "verified",
    )


def test_mbpp_plus_versions_never_mix(ctx):
    # the EvalPlus leaderboard's MBPP+ is v0.2; no v0.1 figure is published for CodeLlama-34B
    text = "On MBPP+ {} the EvalPlus leaderboard lists CodeLlama-34B at 56.3."
    v01 = one(ctx, text.format("v0.1"))
    assert (v01.kind.value, v01.reason) == ("unverifiable", "unverifiable.setting_not_published")
    assert one(ctx, text.format("v0.2")).kind.value == "verified"
    unstated = one(ctx, text.format(""))
    assert (unstated.kind.value, unstated.reason) != ("verified", "verified.setting_unstated")


def test_a_claim_on_a_benchmark_outside_the_registry_is_unverifiable_and_says_so(ctx):
    v = one(ctx, "DeepSeek-Coder-Instruct 6.7B scores 61.2 on HumanEval-Go.")
    assert (v.kind.value, v.reason) == ("unverifiable", "unverifiable.no_reference")
    assert "'HumanEval-Go' is not a benchmark in the registry" in v.explanation


def test_a_finer_figure_no_k_over_n_prints_as_is_not_verified_by_a_rounder_row(ctx):
    # the leaderboard prints 27.7 (41/148 = 27.70%); no k/148 prints as 27.74
    v = one(ctx, "Llama-3.1-70B-Instruct scores 27.74 on BigCodeBench-Complete (Hard).")
    assert (v.kind.value, v.reason) == ("contradicted", "contradicted.impossible_precision")
    assert "27.7 (bigcodebench-leaderboard" in v.explanation and "41/148" in v.explanation
    # a finer figure that some k/148 prints as agrees: 41/148 = 27.70%
    ok = one(ctx, "Llama-3.1-70B-Instruct scores 27.70 on BigCodeBench-Complete (Hard).")
    assert ok.kind.value == "verified"
