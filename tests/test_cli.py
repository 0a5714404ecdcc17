"""The command line: exact output, exit codes, JSON parity with the library."""

import json

import pytest
from click.testing import CliRunner

from checker.api import check_paths, check_text
from checker.cli import cli

CLAIM = "Qwen2.5-Coder-7B-Instruct scores 65.9% pass@1 on HumanEval Pro (0-shot, greedy).\n"
WRONG = "DeepSeek-Coder-Instruct 33B scores 80.7% pass@1 on HumanEval Pro (0-shot, greedy).\n"


@pytest.fixture
def runner():
    return CliRunner()


def test_check_table_exact_output(runner, tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(CLAIM)
    result = runner.invoke(cli, ["check", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == [
        "where",
        "model",
        "benchmark",
        "metric",
        "claimed",
        "verdict",
        "confidence",
        "published",
    ]
    conf = f"{check_text(CLAIM).verdicts[0].confidence:.2f}"  # set by calibration, tested elsewhere
    assert lines[1].split()[:7] == [
        f"{path}:1",
        "Qwen2.5-Coder-7B-Instruct",
        "humaneval-pro",
        "pass@1",
        "65.9",
        "verified",
        conf,
    ]
    assert (
        lines[2]
        == "    matches 65.9 (arXiv:2412.21199 Table 2, 0-shot, greedy); also codeeval-pro-leaderboard"
    )
    assert lines[-1] == "1 claims, 1 verified, 0 contradicted, 0 unverifiable"


def test_check_json_equals_library(runner, tmp_path):
    path = tmp_path / "r.md"
    path.write_text(CLAIM + WRONG)
    result = runner.invoke(cli, ["check", str(path), "--format", "json"])
    assert result.exit_code == 1
    assert json.loads(result.output) == check_paths([str(path)]).to_dict()


def test_json_contract_fields(runner):
    result = runner.invoke(cli, ["check", "-", "--format", "json"], input=WRONG)
    data = json.loads(result.output)
    claim = data["claims"][0]
    for key in (
        "text",
        "path",
        "line",
        "model",
        "benchmark",
        "metric",
        "value",
        "verdict",
        "confidence",
        "evidence",
        "explanation",
    ):
        assert key in claim
    assert claim["path"] == "-" and claim["line"] == 1
    assert claim["benchmark"] == "humaneval-pro" and claim["value"] == 80.7
    assert claim["verdict"] == "contradicted"
    ev = claim["evidence"][0]
    assert set(ev) >= {"source", "locator", "model", "benchmark", "metric", "setting", "value"}
    assert data["summary"] == {
        "claims": 1,
        "verified": 0,
        "contradicted": 1,
        "unverifiable": 0,
        "errors": 0,
    }
    assert claim["diagnosis"][0]["cause"] == "other-benchmark"


@pytest.mark.parametrize(
    "fail_on,text,code",
    [
        ("contradicted", CLAIM, 0),
        ("contradicted", WRONG, 1),
        ("never", WRONG, 0),
        ("unverified", "Qwen2.5-Coder-72B-Instruct scores 91.0% on HumanEval.\n", 1),
        ("contradicted", "Qwen2.5-Coder-72B-Instruct scores 91.0% on HumanEval.\n", 0),
    ],
)
def test_fail_on(runner, fail_on, text, code):
    result = runner.invoke(cli, ["check", "-", "--fail-on", fail_on], input=text)
    assert result.exit_code == code


def test_missing_file_is_one_line_exit_2(runner, tmp_path):
    result = runner.invoke(cli, ["check", str(tmp_path / "nope.md")])
    assert result.exit_code == 2
    assert result.output == f"Error: {tmp_path / 'nope.md'}: no such file\n"


def test_bad_flag_exit_2(runner):
    result = runner.invoke(cli, ["check", "--format", "yaml", "x"])
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.output


def test_batch_goes_on_past_a_bad_file(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(CLAIM)
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01\x02binary\x00")
    result = runner.invoke(cli, ["check", str(bad), str(good), "--format", "json"])
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["summary"]["verified"] == 1
    assert data["errors"][0]["path"] == str(bad)
    assert data["errors"][0]["code"] == "input.binary"


def test_output_file_written_whole(runner, tmp_path):
    out = tmp_path / "v.json"
    result = runner.invoke(cli, ["check", "-", "--format", "json", "-o", str(out)], input=CLAIM)
    assert result.exit_code == 0 and result.output == ""
    assert json.loads(out.read_text())["summary"]["verified"] == 1
    assert [p.name for p in tmp_path.iterdir()] == ["v.json"]


@pytest.mark.parametrize("fmt", ["csv", "markdown"])
def test_other_formats(runner, fmt):
    result = runner.invoke(cli, ["check", "-", "--format", fmt], input=CLAIM)
    assert result.exit_code == 0
    assert "humaneval-pro" in result.output and "verified" in result.output


def test_every_command_has_help(runner):
    def walk(group, prefix):
        for name, cmd in group.commands.items():
            yield [*prefix, name], cmd
            if hasattr(cmd, "commands"):
                yield from walk(cmd, [*prefix, name])

    for args, cmd in walk(cli, []):
        assert cmd.help, args
        result = runner.invoke(cli, [*args, "--help"])
        assert result.exit_code == 0, args


def test_library_check_text_matches_cli_stdin(runner):
    result = runner.invoke(cli, ["check", "-", "--format", "json"], input=CLAIM)
    assert json.loads(result.output)["claims"] == check_text(CLAIM, path="-").to_dict()["claims"]
