"""Consistency checks over the reference tables (checker.refdata.validate)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from checker.records import Reference, Setting
from checker.refdata.build import build
from checker.refdata.validate import fits, printed_decimals, settings_compatible, validate
from checker.refstore import REFERENCE_COLUMNS, load_store, reference_to_row

FIXTURES = Path(__file__).parent / "fixtures" / "refdata"
SHARED = Path(__file__).parents[2] / "shared" / "refdata"


def ref(model: str, bench: str, value: float, source: str = "s", **kw) -> Reference:
    setting = kw.pop("setting", Setting(decoding="greedy"))
    return Reference(
        model=model,
        model_id=kw.pop("model_id", model.lower()),
        benchmark=bench,
        metric=kw.pop("metric", "pass@1"),
        value=value,
        value_text=kw.pop("value_text", f"{value:.1f}"),
        setting=setting,
        source_id=source,
        locator=kw.pop("locator", "Table 1"),
        n_problems=kw.pop("n_problems", 164),
        **kw,
    )


@pytest.fixture(scope="module")
def fixture_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("validate_refs")
    build(FIXTURES, out)
    return out


def test_fixture_tables_validate_with_the_expected_findings(fixture_dir):
    report = validate(fixture_dir)
    assert report.ok
    assert report.counts == {
        "conflict.across-sources": 4,
        "granularity.impossible": 2,
        "granularity.other-version": 1,
    }
    (o1,) = [
        f
        for f in report.by_code("conflict.across-sources")
        if f.model_id == "o1mini" and f.benchmark == "humaneval"
    ]
    assert o1.values == (
        "97.6 (arXiv:2409.12186, Table 16)",
        "96.2 (arXiv:2412.21199, Abstract)",
        "97.6 (arXiv:2412.21199, Table 2)",
        "97.6 (codeeval-pro-leaderboard, data.csv)",
        "96.3 (evalplus-leaderboard, results.json)",
    )
    assert o1.severity == "warning" and o1.lines  # points at references.csv lines
    impossible = {f.model_id: f for f in report.by_code("granularity.impossible")}
    assert set(impossible) == {"zephyrβ-7b", "gpt4"}
    assert (
        "30.0" in impossible["zephyrβ-7b"].message and "k/164" in impossible["zephyrβ-7b"].message
    )
    (v01,) = report.by_code("granularity.other-version")
    assert (v01.model_id, v01.benchmark, v01.values) == ("qwen2.5coder-7b-base", "mbpp", ("76.9",))
    assert "k/399" in v01.message


def test_store_and_plain_references_give_the_same_findings(fixture_dir):
    from_dir = validate(fixture_dir)
    store = load_store(fixture_dir, use_cache=False)
    from_store = validate(store)
    from_refs = validate(store.references)
    strip = lambda r: [(f.code, f.message) for f in r.findings]  # noqa: E731
    assert strip(from_dir) == strip(from_store) == strip(from_refs)


def test_abstract_value_matching_the_zero_shot_cell_is_no_conflict():
    refs = [
        ref("o1-mini", "humaneval-pro", 76.2, "p", setting=Setting(), locator="Abstract"),
        ref(
            "o1-mini",
            "humaneval-pro",
            76.2,
            "p",
            setting=Setting(shots=0, decoding="greedy"),
            locator="Table 2",
        ),
        ref(
            "o1-mini",
            "humaneval-pro",
            84.8,
            "p",
            setting=Setting(shots=1, decoding="greedy"),
            locator="Table 2",
        ),
    ]
    assert validate(refs).counts == {}


def test_within_source_conflict_and_feedback_rows():
    refs = [
        ref("m-7b", "humaneval", 50.0, "p", locator="Table 2"),
        ref("m-7b", "humaneval", 51.2, "p", locator="Table 5"),
        ref(
            "m-7b", "humaneval", 60.4, "p", setting=Setting(decoding="greedy", feedback="execution")
        ),
    ]
    report = validate(refs)
    (f,) = report.findings
    assert (f.code, f.values) == (
        "conflict.within-source",
        ("50.0 (p, Table 2)", "51.2 (p, Table 5)"),
    )


def test_history_rows_are_not_conflicts():
    refs = [
        ref(
            "m-7b",
            "bigcodebench-instruct-hard",
            20.9,
            "lb",
            valid_from="2024-09-20",
            valid_to="2025-01-10",
            n_problems=148,
        ),
        ref(
            "m-7b",
            "bigcodebench-instruct-hard",
            20.3,
            "lb",
            valid_from="2024-11-02",
            n_problems=148,
        ),
    ]
    assert validate(refs).counts == {}


def test_dated_snapshots_conflict_only_with_undated_names_of_other_sources():
    refs = [
        ref("GPT-4-Turbo-1106", "humaneval", 85.4, "a", model_id="gpt4turbo-1106"),
        ref("GPT-4-Turbo-0409", "humaneval", 90.2, "a", model_id="gpt4turbo-0409"),
    ]
    assert validate(refs).counts == {}
    refs.append(ref("GPT-4-Turbo", "humaneval", 87.8, "b", model_id="gpt4turbo"))
    assert validate(refs).counts == {"conflict.across-sources": 1}


def test_duplicate_rows_are_reported():
    refs = [ref("m-7b", "humaneval", 50.0, "p"), ref("m-7b", "humaneval", 50.0, "p")]
    (f,) = validate(refs).findings
    assert (f.code, f.severity) == ("rows.duplicate", "warning")


def test_granularity_helpers():
    assert not fits(30.0, 164, 1)  # 49/164 = 29.88, 50/164 = 30.49
    assert fits(29.9, 164, 1)
    assert fits(30.0, 164, 0)
    assert fits(72.7, 399, 1) and not fits(72.7, 378, 1)
    assert printed_decimals(ref("m", "mbpp", 72.7, value_text="0.727")) == 1
    assert printed_decimals(ref("m", "mbpp", 72.7, value_text="72.70")) == 2


def test_granularity_needs_greedy_pass1_and_a_known_count():
    refs = [
        ref("a", "humaneval", 30.0, setting=Setting()),  # decoding unstated
        ref("b", "humaneval", 30.0, metric="unstated"),
        ref("c", "livecodebench", 30.0, n_problems=None),
        ref("d", "humaneval", 30.0),
    ]
    (f,) = validate(refs).findings
    assert (f.code, f.model_id) == ("granularity.impossible", "d")


def test_mbpp_values_that_fit_evalplus_v01():
    evalplus = Setting(decoding="greedy", dataset_version="evalplus")
    refs = [
        ref("a", "mbpp", 72.7, setting=evalplus, n_problems=378),
        ref("b", "mbpp-plus", 60.2, setting=evalplus, n_problems=378),
        ref(
            "c",
            "mbpp",
            45.9,
            setting=Setting(decoding="greedy", dataset_version="full-test"),
            n_problems=500,
        ),
    ]
    report = validate(refs)
    assert [(f.code, f.model_id) for f in report.findings] == [
        ("granularity.impossible", "c"),
        ("granularity.other-version", "a"),
        ("granularity.other-version", "b"),
    ]


def test_settings_compatibility():
    assert settings_compatible(Setting(), Setting(shots=0, decoding="greedy"))
    assert not settings_compatible(Setting(shots=0), Setting(shots=1))
    assert not settings_compatible(Setting(), Setting(feedback="execution"))
    assert not settings_compatible(Setting(), Setting(cot=True))
    assert settings_compatible(Setting(), Setting(cot=False))
    assert not settings_compatible(Setting(), Setting(dataset_version="evalplus"))


def _write(path: Path, rows: list[dict[str, str]], columns=REFERENCE_COLUMNS) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    with (path / "references.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_schema_errors_make_the_report_fail(tmp_path):
    good = reference_to_row(ref("m-7b", "humaneval", 50.0))
    rows = [
        good,
        {**good, "value": "n/a"},
        {**good, "benchmark": "humaneval-xl"},
        {**good, "value": "120"},
    ]
    report = validate(_write(tmp_path / "a", rows))
    assert not report.ok
    assert report.counts == {
        "schema.non-numeric": 1,
        "schema.out-of-range": 1,
        "schema.unknown-benchmark": 1,
    }
    assert [f.lines for f in report.findings] == [(3,), (5,), (4,)]
    missing = validate(
        _write(tmp_path / "b", [good], columns=[c for c in REFERENCE_COLUMNS if c != "notes"])
    )
    assert not missing.ok and missing.counts == {"schema.missing-column": 1}


def test_unknown_models_and_sources(tmp_path, fixture_dir):
    import shutil

    d = tmp_path / "t"
    d.mkdir()
    for name in ("references.csv", "sources.csv", "models.csv"):
        shutil.copy(fixture_dir / name, d / name)
    with (d / "references.csv").open("a", newline="", encoding="utf-8") as fh:
        csv.DictWriter(fh, fieldnames=list(REFERENCE_COLUMNS)).writerow(
            reference_to_row(
                ref("Brand-New-9B", "humaneval", 40.2, "nowhere", model_id="brandnew-9b")
            )
        )
    report = validate(d)
    assert report.ok
    assert [f.model_id for f in report.by_code("model.unknown")] == ["brandnew-9b"]
    assert [f.sources for f in report.by_code("source.unknown")] == [("nowhere",)]


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/refdata not present (fresh clone)")
def test_real_tables_findings(tmp_path):
    build(SHARED, tmp_path)
    report = validate(tmp_path)
    assert report.ok and report.n_references == 3145 and report.n_sources == 19
    assert not report.by_code("model.unknown") and not report.by_code("rows.duplicate")
    (o1,) = [
        f
        for f in report.by_code("conflict.across-sources")
        if f.model_id == "o1mini" and f.benchmark == "humaneval"
    ]
    assert {
        "96.2 (arXiv:2412.21199, Abstract)",
        "97.6 (arXiv:2412.21199, Table 2)",
        "96.3 (evalplus-leaderboard, results.json)",
    } <= set(o1.values)
    assert any(f.model_id == "zephyrβ-7b" for f in report.by_code("granularity.impossible"))
    cq = [
        f
        for f in report.by_code("granularity.other-version")
        if f.sources == ("codeqwen1.5-evalplus-results",)
    ]
    assert sorted(f.values for f in cq) == [("0.602",), ("0.727",), ("0.777",), ("0.787",)]
