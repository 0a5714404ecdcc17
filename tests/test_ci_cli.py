"""`claimcheck ci`: exit codes, JUnit, annotations, SARIF, baseline diffs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import cli

REPO = Path(__file__).resolve().parents[1]

GOOD = """\
claims:
  - model: CodeLlama-34B-Instruct
    benchmark: humaneval
    metric: pass@1
    value: 41.5
    expect: verified
  - text: "Qwen2.5-Coder-32B-Instruct reaches 97.2% pass@1 on HumanEval."
    expect: contradicted
"""
WRONG = """\
claims:
  - model: CodeLlama-34B-Instruct
    benchmark: humaneval
    metric: pass@1
    value: 53.7
    expect: verified
"""


@pytest.fixture
def sets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    Path("good.yaml").write_text(GOOD)
    Path("wrong.yaml").write_text(WRONG)
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(cli, ["ci", *args])


def test_pass(sets: Path) -> None:
    r = run("good.yaml")
    assert r.exit_code == 0
    assert (
        r.output
        == "2 claims in 1 claim set(s): 2 passed, 0 failed (0 expectation mismatch(es), 0 regression(s))\n"
    )


def test_project_claim_sets_exit_0(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    r = run(*sorted(str(p.relative_to(REPO)) for p in (REPO / "claims").glob("*.yaml")))
    assert r.exit_code == 0, r.output


def test_expectation_mismatch_exit_1_with_annotations(sets: Path) -> None:
    r = run("wrong.yaml", "--annotations", "github")
    assert r.exit_code == 1
    lines = r.output.splitlines()
    assert lines[0].startswith(
        "FAIL wrong.yaml:2 CodeLlama-34B-Instruct humaneval pass@1 53.7: expected verified, got contradicted (contradicted."
    )
    assert (
        lines[1]
        == "1 claims in 1 claim set(s): 0 passed, 1 failed (1 expectation mismatch(es), 0 regression(s))"
    )
    assert lines[2].startswith(
        "::error file=wrong.yaml,line=2,title=claimcheck expectation::CodeLlama-34B-Instruct humaneval pass@1 53.7: expected verified, got contradicted"
    )
    assert len(lines) == 3


def test_junit_and_sarif(sets: Path) -> None:
    junitparser = pytest.importorskip("junitparser")
    r = run("good.yaml", "wrong.yaml", "--junit", "out.xml", "--sarif", "out.sarif")
    assert r.exit_code == 1
    xml = junitparser.JUnitXml.fromfile("out.xml")
    suites = {s.name: s for s in xml}
    assert set(suites) == {"good.yaml", "wrong.yaml"}
    assert (suites["good.yaml"].tests, suites["good.yaml"].failures) == (2, 0)
    assert (suites["wrong.yaml"].tests, suites["wrong.yaml"].failures) == (1, 1)
    case = next(iter(suites["wrong.yaml"]))
    assert case.name == "1: CodeLlama-34B-Instruct humaneval pass@1 53.7"
    assert not case.is_passed and case.result[0].type == "expectation"
    doc = json.loads(Path("out.sarif").read_text())
    assert doc["version"] == "2.1.0"
    [res] = doc["runs"][0]["results"]
    assert res["ruleId"] == "claimcheck/expectation"
    assert res["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "wrong.yaml"},
        "region": {"startLine": 2},
    }


def test_sarif_on_stdout(sets: Path) -> None:
    r = CliRunner().invoke(cli, ["ci", "wrong.yaml", "--annotations", "sarif"])
    assert r.exit_code == 1
    assert json.loads(r.stdout)["runs"][0]["results"][0]["ruleId"] == "claimcheck/expectation"
    assert "1 failed" in r.stderr


def test_baseline_regression_and_evidence_diff(sets: Path) -> None:
    r = run("good.yaml", "--baseline", "base.json", "--update-baseline")
    assert r.exit_code == 0
    assert "baseline written: base.json (2 claims)" in r.stderr
    assert run("good.yaml", "--baseline", "base.json").output == (
        "2 claims in 1 claim set(s): 2 passed, 0 failed (0 expectation mismatch(es), 0 regression(s))\n"
    )
    # simulate an older run in which the contradicted claim was verified, against another published value
    base = json.loads(Path("base.json").read_text())
    key = next(k for k in base["claims"] if k.endswith("|97.2"))
    old = base["claims"][key]
    old["verdict"] = "verified"
    old["evidence"][0]["value"] = "97.2"
    old["evidence"][0]["matches"] = True
    Path("base.json").write_text(json.dumps(base))
    r = run("good.yaml", "--baseline", "base.json")
    assert r.exit_code == 1
    lines = r.output.splitlines()
    ev = old["evidence"][0]
    assert lines[0].startswith(
        "FAIL good.yaml:7 Qwen2.5-Coder-32B-Instruct humaneval pass@1 97.2: worse than baseline: verdict verified -> contradicted"
    )
    assert lines[1] == (
        f"    ~ changed: {ev['source']} {ev['locator']}, {ev['model']} {ev['metric']} [{ev['setting']}]: 97.2 (matches) -> 92.7"
    )
    assert (
        lines[-1]
        == "2 claims in 1 claim set(s): 1 passed, 1 failed (0 expectation mismatch(es), 1 regression(s))"
    )


def test_confidence_drop(sets: Path) -> None:
    run("good.yaml", "--baseline", "base.json", "--update-baseline")
    base = json.loads(Path("base.json").read_text())
    key = next(k for k in base["claims"] if k.endswith("|41.5"))
    conf = base["claims"][key]["confidence"]
    base["claims"][key]["confidence"] = conf + 0.05
    Path("base.json").write_text(json.dumps(base))
    assert run("good.yaml", "--baseline", "base.json").exit_code == 0
    assert run("good.yaml", "--baseline", "base.json", "--confidence-drop", "0.01").exit_code == 1


@pytest.mark.parametrize(
    ("args", "files", "message"),
    [
        (["missing.yaml"], {}, "Error: missing.yaml: no such claim set\n"),
        (
            ["bad.yaml"],
            {"bad.yaml": "claims:\n  - text: x\n    expect: maybe\n"},
            "Error: bad.yaml: claim 1 (line 2): expect must be one of verified, contradicted, unverifiable, not 'maybe'\n",
        ),
        (
            ["bad.yaml"],
            {"bad.yaml": "claims: [\n"},
            "Error: bad.yaml: malformed YAML: expected the node content, but found '<stream end>' (line 2)\n",
        ),
        (
            ["good.yaml", "--update-baseline"],
            {},
            "Error: --update-baseline needs --baseline FILE\n",
        ),
        (
            ["good.yaml", "--baseline", "none.json"],
            {},
            "Error: none.json: baseline not found (create it with --update-baseline)\n",
        ),
        (
            ["good.yaml", "--baseline", "b.json"],
            {"b.json": "{}"},
            'Error: b.json: not a claimcheck baseline: expected {"claims": {...}}\n',
        ),
    ],
)
def test_bad_input_exit_2(sets: Path, args: list[str], files: dict[str, str], message: str) -> None:
    for name, text in files.items():
        Path(name).write_text(text)
    r = run(*args)
    assert r.exit_code == 2
    assert r.output == message
    assert "Traceback" not in r.output


def test_bad_flag_exit_2(sets: Path) -> None:
    r = run("good.yaml", "--annotations", "gitlab")
    assert r.exit_code == 2
    assert "Traceback" not in r.output
