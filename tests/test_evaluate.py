"""`claimcheck eval`: precision/recall per form, verdict accuracy, calibration."""

import json
from pathlib import Path

from click.testing import CliRunner

from checker.cli import cli
from checker.evaluate import evaluate

DEV = Path(__file__).parent / "fixtures" / "dev"


def test_counts_on_a_small_labelled_set(ctx):
    result = evaluate(DEV, ctx)
    d = result.to_dict()
    # three gold prose claims found; the table claim (o1-mini) is not in the text: a miss
    assert d["extraction"]["by_form"]["prose"] == {
        "gold": 3,
        "extracted": 3,
        "found": 3,
        "precision": 1.0,
        "recall": 1.0,
    }
    assert d["extraction"]["by_form"]["table"]["recall"] == 0.0
    assert d["extraction"]["overall"]["recall"] == 0.75
    assert d["verdicts"]["accuracy_all"] == 1.0
    assert d["verdicts"]["false_verified"] == 0
    assert d["missed"] == ["f1:3 o1mini humaneval 97.6 (table)"]
    # Brier is computed on gold verified/contradicted claims only
    assert d["verdicts"]["calibrated_on"] == 2


def test_cli_json_and_plot(tmp_path):
    plot = tmp_path / "rel.png"
    out = CliRunner().invoke(
        cli, ["eval", str(DEV), "--format", "json", "--no-cv", "--plot", str(plot)]
    )
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["passages"] == 1
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_missing_devset_is_exit_2(tmp_path):
    out = CliRunner().invoke(cli, ["eval", str(tmp_path)])
    assert out.exit_code == 2
    assert out.output == f"Error: {tmp_path}: no *.yaml passages found\n"


def test_a_rise_over_another_model_matches_the_same_gap(ctx, tmp_path):
    # one fact, two labels: "gains 8.5 over its base" as a rise of 8.5 or a gap of +8.5
    text = "Qwen2.5-Coder-32B-instruct leads its base model by 8.5 points on HumanEval Pro."
    for relation, value, form in (
        ("rise", 8.5, "change"),
        ("gap", 8.5, "gap"),
        ("drop", 8.5, "change"),
    ):
        (tmp_path / "p.yaml").write_text(
            json.dumps(
                {
                    "id": "p",
                    "format": "text",
                    "text": text,
                    "claims": [
                        {
                            "model_id": "qwen2.5coder-32b-instruct",
                            "other_model_id": "qwen2.5coder-32b-base",
                            "benchmark": "humaneval-pro",
                            "relation": relation,
                            "value": value,
                            "form": form,
                            "verdict": "verified",
                            "in_refs": True,
                        }
                    ],
                }
            )
        )
        found = evaluate(tmp_path, ctx).to_dict()["extraction"]["overall"]["found"]
        assert found == (0 if relation == "drop" else 1), relation


def test_a_passage_the_tool_cannot_read_counts_its_claims_as_missed(ctx, tmp_path):
    gold = {
        "model_id": "qwen2.5coder-7b-instruct",
        "benchmark": "humaneval",
        "value": 88.4,
        "form": "claim-list",
        "verdict": "verified",
        "in_refs": True,
    }
    passage = {"id": "y", "format": "yaml", "text": "results: [1, 2\n", "claims": [gold]}
    (tmp_path / "y.yaml").write_text(json.dumps(passage))
    d = evaluate(tmp_path, ctx).to_dict()
    assert d["passages"] == 1 and d["unreadable"][0].startswith("y: ")
    assert d["extraction"]["overall"]["gold"] == 1
    assert d["extraction"]["overall"]["recall"] == 0.0
    assert d["missed"] == ["y:None qwen2.5coder-7b-instruct humaneval 88.4 (claim-list)"]
