"""Within-report consistency findings (no reference data needed)."""

from checker.api import check_text


def codes(text, fmt="text"):
    return [f.code for f in check_text(text, format=fmt).findings]


def test_plus_cannot_exceed_base():
    assert codes("Qwen2.5-Coder-7B-Instruct scores 80.1 on HumanEval and 84.1 on HumanEval+.") == [
        "consistency.plus_exceeds_base"
    ]
    assert codes("Qwen2.5-Coder-7B-Instruct scores 88.4 on HumanEval and 84.1 on HumanEval+.") == []


def test_pass_at_1_cannot_exceed_pass_at_k():
    text = "Code Llama - Python 34B reaches 53.7% pass@1 and 50.2% pass@10 on HumanEval."
    assert codes(text) == ["consistency.pass_at_k_order"]


def test_stated_gap_must_equal_the_difference():
    ok = "Qwen2.5-Coder-32B-Instruct scores 92.7 on HumanEval. GPT-4o scores 90.2 on HumanEval. Qwen2.5-Coder-32B-Instruct leads GPT-4o by 2.5 points on HumanEval."
    bad = ok.replace("by 2.5 points", "by 4.5 points")
    assert "consistency.gap_mismatch" not in codes(ok)
    assert "consistency.gap_mismatch" in codes(bad)


def test_average_must_be_the_mean_of_its_parts():
    table = (
        "| Model | HumanEval | MBPP | Average of HumanEval and MBPP |\n|---|---|---|---|\n"
        "| Qwen2.5-Coder-7B-Instruct | 88.4 | 83.5 | {avg} |\n"
    )
    assert "consistency.average_mismatch" not in codes(table.format(avg="86.0"), "markdown")
    assert "consistency.average_mismatch" in codes(table.format(avg="87.5"), "markdown")
