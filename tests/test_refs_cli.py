"""`claimcheck refs ...` and `check --refs` through the command line."""

import csv
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.refstore import REFERENCE_COLUMNS, bundled_dir

FIXTURES = Path(__file__).parent / "fixtures" / "refdata"


@pytest.fixture
def runner():
    return CliRunner()


def test_list_json_covers_the_bundled_sources(runner):
    out = runner.invoke(cli, ["refs", "list", "--format", "json"])
    assert out.exit_code == 0
    rows = json.loads(out.output)
    assert len(rows) >= 2500
    assert len({r["source_id"] for r in rows}) >= 15
    assert all(r["source_id"] and r["locator"] for r in rows)


def test_list_filters_by_any_spelling(runner):
    out = runner.invoke(
        cli,
        [
            "refs",
            "list",
            "--model",
            "DeepSeek-Coder-Instruct 33B",
            "--benchmark",
            "HumanEval Pro",
            "--format",
            "csv",
        ],
    )
    rows = list(csv.DictReader(out.output.splitlines()))
    assert {r["model_id"] for r in rows} == {"deepseekcoder-33b-instruct"}
    assert {r["benchmark"] for r in rows} == {"humaneval-pro"}
    assert "56.7" in {r["value_text"] for r in rows}


def test_show_prints_aliases_and_figures(runner):
    out = runner.invoke(cli, ["refs", "show", "qwen2.5-coder-7b-instruct"])
    assert out.exit_code == 0
    assert out.output.startswith("qwen2.5coder-7b-instruct\n")
    assert "aliases:" in out.output and "Qwen2.5Coder-7B-instruct" in out.output
    unknown = runner.invoke(cli, ["refs", "show", "Qwen2.5-Coder-72B"])
    assert unknown.exit_code == 2
    assert (
        unknown.output
        == "Error: Qwen2.5-Coder-72B: not in the reference data (parsed as qwen2.5coder-72b-base)\n"
    )


def test_validate_reports_findings_and_passes(runner):
    out = runner.invoke(cli, ["refs", "validate", "--format", "json"])
    assert out.exit_code == 0
    data = json.loads(out.output)
    messages = " ".join(f["message"] for f in data["findings"])
    assert "96.2" in messages and "97.6" in messages and "96.3" in messages  # o1-mini HumanEval
    assert any(
        f["code"] == "granularity.impossible" and "30.0" in f["message"] for f in data["findings"]
    )


def test_validate_schema_error_exits_1(runner, tmp_path):
    bad = tmp_path / "refs"
    shutil.copytree(bundled_dir(), bad)
    with (bad / "references.csv").open("a", newline="") as fh:
        row = dict.fromkeys(REFERENCE_COLUMNS, "")
        row.update(
            model="X-7B",
            model_id="x-7b",
            benchmark="humaneval",
            metric="pass@1",
            value="not-a-number",
            source_id="arXiv:2412.21199",
        )
        csv.DictWriter(fh, fieldnames=REFERENCE_COLUMNS).writerow(row)
    out = runner.invoke(cli, ["refs", "validate", "--refs-dir", str(bad)])
    assert out.exit_code == 1


def test_build_is_deterministic(runner, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for out_dir in (a, b):
        result = runner.invoke(
            cli, ["refs", "build", "--from", str(FIXTURES), "--out", str(out_dir)]
        )
        assert result.exit_code == 0, result.output
    for name in ("references.csv", "sources.csv", "models.csv"):
        assert (a / name).read_bytes() == (b / name).read_bytes()


def test_build_from_missing_directory_exits_2(runner, tmp_path):
    out = runner.invoke(
        cli, ["refs", "build", "--from", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]
    )
    assert out.exit_code == 2
    assert out.output == f"Error: {tmp_path / 'nope'}: source directory not found\n"


def test_check_with_the_users_own_results(runner, tmp_path):
    results = tmp_path / "mine.csv"
    results.write_text(
        "model,benchmark,metric,value,setting,source,locator,notes\n"
        "MyCoder-7B-Instruct,HumanEval,pass@1,71.3,0-shot greedy,our eval run,run 42,\n"
    )
    report = tmp_path / "card.md"
    report.write_text("MyCoder-7B-Instruct scores 71.3% pass@1 on HumanEval.\n")
    without = runner.invoke(cli, ["check", str(report), "--format", "json"])
    assert json.loads(without.output)["claims"][0]["verdict"] == "unverifiable"
    with_refs = runner.invoke(
        cli, ["check", str(report), "--refs", str(results), "--format", "json"]
    )
    claim = json.loads(with_refs.output)["claims"][0]
    assert claim["verdict"] == "verified", with_refs.output
    assert claim["evidence"][0]["locator"] == "run 42"


def test_malformed_registry_is_one_line_exit_2(runner, tmp_path):
    bad = tmp_path / "refs"
    shutil.copytree(bundled_dir(), bad)
    (bad / "benchmarks.json").write_text("[1]")
    out = runner.invoke(cli, ["check", "-", "--refs-dir", str(bad)], input="x\n")
    assert out.exit_code == 2
    assert out.output.startswith(f"Error: {bad / 'benchmarks.json'}: malformed benchmark registry")
    assert len(out.output.splitlines()) == 1


def test_list_rejects_a_name_with_no_model(runner):
    out = runner.invoke(cli, ["refs", "list", "--model", "7B"])
    assert out.exit_code == 2
    assert out.output == "Error: --model 7B: not a model name (no family words)\n"
