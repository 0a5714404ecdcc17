"""Importers, build, user references and live updates of the reference layer."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from checker.errors import SourceError
from checker.records import Setting
from checker.refdata.build import build
from checker.refdata.importers import (
    benchmark_of,
    lcb_window,
    parse_evalplus_txt,
    parse_metric,
    parse_setting,
    short_locator,
    split_model_name,
)
from checker.refdata.registry import BenchmarkRegistry
from checker.refdata.update import update
from checker.refdata.userrefs import load_hf_dataset, load_user_refs, pass_at_k
from checker.refstore import REFERENCE_COLUMNS, load_store

FIXTURES = Path(__file__).parent / "fixtures" / "refdata"
SHARED = Path(__file__).parents[2] / "shared" / "refdata"
needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(), reason="../shared/refdata not present (fresh clone)"
)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def registry() -> BenchmarkRegistry:
    return BenchmarkRegistry.load()


@pytest.fixture(scope="module")
def fixture_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("fixture_refs")
    result = build(FIXTURES, out)
    return result, out, _rows(out / "references.csv")


def _find(rows, **where) -> list[dict[str, str]]:
    return [r for r in rows if all(r[k] == v for k, v in where.items())]


# ---------------------------------------------------------------------------
# small parsers


def test_parse_setting_reads_shots_decoding_sampling_and_cot():
    assert parse_setting("base; 3-shot, greedy") == Setting(shots=3, decoding="greedy")
    assert parse_setting("sampling n=20 T=0.2 top_p=0.95") == Setting(
        decoding="sampled", n_samples=20, temperature=0.2
    )
    assert parse_setting("0-shot greedy; CoT=yes") == Setting(shots=0, decoding="greedy", cot=True)
    assert parse_setting("instruct; CoT prompt").cot is True
    assert parse_setting("as stated in abstract") == Setting()


def test_parse_metric_keeps_unstated_and_splits_greedy():
    assert parse_metric("pass@1 (greedy)") == ("pass@1", "greedy")
    assert parse_metric("pass@10") == ("pass@10", None)
    assert parse_metric("unstated") == ("unstated", None)
    assert parse_metric("pass@1 (estimated from 20 samples)") == ("pass@1", None)


def test_split_model_name_strips_feedback_and_cot_suffixes():
    assert split_model_name("OpenCodeInterpreter-DS-6.7B + Execution Feedback") == (
        "OpenCodeInterpreter-DS-6.7B",
        None,
        "execution",
    )
    assert split_model_name("OpenCodeInterpreter-DS-33B + Synth. Human Feedback (Oracle)")[2] == (
        "synthetic-human-oracle"
    )
    assert (
        split_model_name("OpenCodeInterpreter-DS-33B + Synth. Human Feedback")[2]
        == "synthetic-human"
    )
    assert split_model_name("DeepSeek-Coder-Instruct + CoT 6.7B") == (
        "DeepSeek-Coder-Instruct 6.7B",
        True,
        None,
    )


def test_benchmark_names_map_to_slugs_with_livecodebench_windows(registry):
    assert benchmark_of("HumanEval+", registry) == ("humaneval-plus", None)
    assert benchmark_of("BigCodeBench-Lite Pro", registry) == ("bigcodebench-lite-pro", None)
    assert benchmark_of("LiveCodeBench (2407-2409)", registry) == ("livecodebench", "2407-2409")
    assert benchmark_of("LiveCodeBench code generation (2023/9/1 ~ 2024/4/1)", registry) == (
        "livecodebench",
        "2309-2404",
    )
    assert lcb_window("All Time") == "all-time"
    assert benchmark_of("NoSuchBench", registry) == (None, None)


def test_short_locator():
    assert short_locator(
        'section "Models" table, column "MBPP (+)" (value in parentheses) (line 50)'
    ) == ("Models table, MBPP (+) (in parens), line 50")
    assert short_locator('section "About", IMPORTANT note : "... (76.8 vs. [72.6 and 74.4])"') == (
        "About, IMPORTANT note"
    )


def test_parse_evalplus_console_output():
    text = (
        "humaneval (base tests)\npass@1:\t0.835\nhumaneval+ (base + extra tests)\npass@1:\t0.787\n"
    )
    assert parse_evalplus_txt(text) == [("humaneval", "0.835"), ("humaneval+", "0.787")]


def test_problem_counts_follow_the_dataset_version(registry):
    assert registry.n_problems("mbpp", "evalplus") == 378
    assert registry.n_problems("mbpp", "full-test") == 500
    assert registry.n_problems("mbpp", None) is None  # unknown test set
    assert registry.n_problems("humaneval", None) == 164
    assert registry.n_problems("livecodebench", "2407-2409") is None


# ---------------------------------------------------------------------------
# build on the hand-made fixtures


def test_fixture_build_counts_per_source(fixture_build):
    result, _, rows = fixture_build
    assert dict(result.per_source) == {
        "arXiv:2308.12950": 6,
        "arXiv:2409.12186": 4,
        "arXiv:2412.21199": 11,
        "arXiv:2505.09388": 3,
        "bigcodebench-leaderboard": 8,
        "codeeval-pro-leaderboard": 8,
        "evalplus-leaderboard": 10,
        "llama3-model-card": 2,
        "opencodeinterpreter-readme": 4,
    }
    assert result.n_references == len(rows) == 56
    assert list(rows[0]) == list(REFERENCE_COLUMNS)


def test_fixture_build_logs_every_excluded_row(fixture_build):
    result, out, _ = fixture_build
    log = _rows(out / "import_log.csv")
    assert len(log) == len(result.exclusions) == 9
    reasons = {(r["model"], r["benchmark"], r["reason"]) for r in log}
    assert ("Zephyr β-7B", "mbpp", "value.missing") in reasons
    assert ("Deepseek-V3", "HumanEval", "value.missing") in reasons
    assert ("GPT-4o", "SomeUnknownBench", "benchmark.unknown") in reasons
    assert ("StarCoder2-15B", "full/instruct", "value.missing") in reasons


def test_evalplus_rows_are_greedy_pass1_with_prompt_and_mbpp_version(fixture_build):
    _, _, rows = fixture_build
    (o1,) = _find(
        rows, source_id="evalplus-leaderboard", model="O1 Mini (Sept 2024)", benchmark="humaneval"
    )
    assert (o1["value"], o1["value_text"], o1["metric"], o1["decoding"], o1["prompt"]) == (
        "96.3",
        "96.3",
        "pass@1",
        "greedy",
        "instruct",
    )
    (mbpp,) = _find(rows, source_id="evalplus-leaderboard", model="CodeLlama-34B", benchmark="mbpp")
    # the leaderboard's MBPP(+) is the v0.2 subset: the rows say so, and keep its 378 tasks
    assert (mbpp["dataset_version"], mbpp["n_problems"], mbpp["prompt"]) == ("v0.2", "378", "base")
    (zephyr,) = _find(rows, model="Zephyr β-7B", benchmark="humaneval")
    assert zephyr["value_text"] == "30.0"  # printed text kept, not re-formatted


def test_codeeval_pro_paper_and_leaderboard(fixture_build):
    _, _, rows = fixture_build
    abstract = _find(rows, source_id="arXiv:2412.21199", locator="Abstract", benchmark="humaneval")
    assert [(r["value"], r["decoding"], r["metric"]) for r in abstract] == [("96.2", "", "pass@1")]
    one_shot = _find(rows, source_id="arXiv:2412.21199", benchmark="humaneval-pro", shots="1")
    assert [r["value"] for r in one_shot] == ["84.8"]
    assert all(r["first_party"] == "false" for r in rows if r["source_id"] == "arXiv:2412.21199")
    (t7,) = _find(rows, source_id="arXiv:2412.21199", metric="pass@5")
    assert (t7["decoding"], t7["n_samples"], t7["temperature"], t7["locator"]) == (
        "sampled",
        "20",
        "0.2",
        "Table 7",
    )
    (qwq,) = _find(
        rows,
        source_id="codeeval-pro-leaderboard",
        model="QwQ-32B-preview",
        benchmark="humaneval-pro",
    )
    assert (qwq["value_text"], qwq["shots"]) == ("72.0", "0")
    (mbpp,) = _find(rows, source_id="codeeval-pro-leaderboard", model="O1-mini", benchmark="mbpp")
    assert mbpp["dataset_version"] == "evalplus"


def test_codellama_mbpp_is_the_500_problem_3_shot_test_set(fixture_build):
    _, _, rows = fixture_build
    (mbpp,) = _find(rows, source_id="arXiv:2308.12950", benchmark="mbpp")
    assert (mbpp["shots"], mbpp["dataset_version"], mbpp["n_problems"], mbpp["first_party"]) == (
        "3",
        "full-test",
        "500",
        "true",
    )
    (p10,) = _find(rows, source_id="arXiv:2308.12950", metric="pass@10")
    assert (p10["decoding"], p10["temperature"]) == ("sampled", "0.8")
    (gpt4,) = _find(rows, source_id="arXiv:2308.12950", model="GPT-4")
    assert gpt4["first_party"] == "false"
    ids = {r["model"]: r["model_id"] for r in rows if r["source_id"] == "arXiv:2308.12950"}
    assert ids["Code Llama 34B"] == "codellama-34b-base"
    assert ids["Code Llama - Instruct 34B"] == "codellama-34b-instruct"
    assert ids["Code Llama - Python 34B"] == "codellama-34b-python"


def test_bigcodebench_current_values_and_history(fixture_build):
    _, _, rows = fixture_build
    hard = _find(rows, source_id="bigcodebench-leaderboard", benchmark="bigcodebench-instruct-hard")
    assert sorted((r["valid_from"], r["value"], r["valid_to"]) for r in hard) == [
        ("2024-09-20", "20.9", "2025-01-10"),  # superseded
        ("2024-11-02", "20.3", ""),  # current
    ]
    assert all(r["prompt"] == "instruct" for r in hard)
    (gone,) = _find(rows, model="Old-Model-7B")
    assert gone["valid_to"] == "2024-08-01"
    assert (
        _find(rows, model="StarCoder2-15B", benchmark="bigcodebench-complete")[0]["prompt"]
        == "base"
    )


def test_feedback_rows_keep_the_model_name_without_suffix(fixture_build):
    _, _, rows = fixture_build
    oci = _find(rows, source_id="opencodeinterpreter-readme", benchmark="humaneval")
    assert {r["model"] for r in oci} == {"OpenCodeInterpreter-DS-6.7B"}
    assert sorted((r["feedback"], r["value"]) for r in oci) == [
        ("", "76.2"),
        ("execution", "81.1"),
        ("synthetic-human-oracle", "92.7"),
    ]
    assert all(r["metric"] == "unstated" for r in oci)  # never invented


def test_qwen3_evalplus_is_an_aggregate_score(fixture_build):
    _, _, rows = fixture_build
    (agg,) = _find(rows, source_id="arXiv:2505.09388", benchmark="evalplus-avg")
    assert (agg["metric"], agg["value_text"], agg["first_party"]) == ("score", "71.45", "true")
    (mbpp,) = _find(rows, source_id="arXiv:2505.09388", benchmark="mbpp")
    assert mbpp["metric"] == "unstated"


def test_instruct_hint_only_where_the_table_is_instruction_tuned(fixture_build):
    _, _, rows = fixture_build
    ids = {r["model"]: r["model_id"] for r in rows if r["source_id"] == "llama3-model-card"}
    assert ids == {"Llama 3 8B": "llama3-8b-instruct", "Llama 2 7B": "llama2-7b-instruct"}
    # a product name in an instruct table is not turned into "-instruct"
    assert _find(rows, source_id="arXiv:2409.12186", model="o1-mini")[0]["model_id"] == "o1mini"


def test_qwen_mbpp_columns_and_livecodebench_window(fixture_build):
    _, _, rows = fixture_build
    mbpp = {r["value"]: r for r in _find(rows, source_id="arXiv:2409.12186", benchmark="mbpp")}
    assert (mbpp["76.9"]["dataset_version"], mbpp["76.9"]["n_problems"]) == ("evalplus", "378")
    assert (mbpp["68.8"]["shots"], mbpp["68.8"]["dataset_version"], mbpp["68.8"]["n_problems"]) == (
        "3",
        "",
        "",
    )
    (lcb,) = _find(rows, benchmark="livecodebench")
    assert (lcb["dataset_version"], lcb["n_problems"]) == ("2407-2409", "")


def test_build_is_deterministic_and_loadable(fixture_build, tmp_path):
    _, out, _ = fixture_build
    build(FIXTURES, tmp_path)
    for name in ("references.csv", "sources.csv", "models.csv", "import_log.csv"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes()
    store = load_store(tmp_path, use_cache=False)
    assert len(store.references) == 56
    assert store.sources["evalplus-leaderboard"].kind == "leaderboard"
    assert "o1mini" in store.models


def test_models_csv_lists_every_printed_name(fixture_build):
    _, out, rows = fixture_build
    models = {r["model_id"]: r for r in _rows(out / "models.csv")}
    assert models["o1mini"]["aliases"].split("|") == ["O1 Mini (Sept 2024)", "O1-mini", "o1-mini"]
    assert models["qwen3-30b-a3b-base"]["size"] == "30b-a3b"
    assert {r["model_id"] for r in rows} == set(models)


def test_build_rejects_a_missing_source_directory(tmp_path):
    with pytest.raises(SourceError, match="not found"):
        build(tmp_path / "nope", tmp_path / "out")


# ---------------------------------------------------------------------------
# user references


def test_evalplus_eval_results_give_base_and_plus_pass1():
    path = FIXTURES / "user" / "Qwen--Qwen2.5-Coder-7B-Instruct_vllm_temp_0.0" / "eval_results.json"
    refs, source = load_user_refs(path)
    assert source.kind == "user" and source.date == "2025-01-05"
    by_bench = {r.benchmark: r for r in refs}
    assert set(by_bench) == {"humaneval", "humaneval-plus"}
    assert by_bench["humaneval"].value == pytest.approx(200 / 3, abs=1e-4)
    assert by_bench["humaneval-plus"].value == pytest.approx(100 / 3, abs=1e-4)
    ref = by_bench["humaneval"]
    assert (ref.model, ref.model_id, ref.metric, ref.n_problems) == (
        "Qwen/Qwen2.5-Coder-7B-Instruct",
        "qwen2.5coder-7b-instruct",
        "pass@1",
        3,
    )
    assert (ref.setting.decoding, ref.setting.temperature, ref.setting.n_samples) == (
        "greedy",
        0.0,
        1,
    )


def test_pass_at_k_estimator():
    assert pass_at_k(10, 3, 1) == pytest.approx(0.3)
    assert pass_at_k(5, 5, 2) == 1.0
    assert pass_at_k(20, 0, 10) == 0.0


def test_harness_results_become_percent_references():
    refs, source = load_user_refs(FIXTURES / "user" / "lm_eval_results.json")
    assert [(r.benchmark, r.metric, round(r.value, 2)) for r in refs] == [
        ("humaneval", "pass@1", 43.29),
        ("mbpp", "pass@1", 41.6),
    ]
    he, mbpp = refs
    assert he.model == "meta-llama/Meta-Llama-3-8B-Instruct" and he.model_id == "llama3-8b-instruct"
    assert (he.setting.shots, he.setting.decoding) == (0, "greedy")
    assert (mbpp.setting.shots, mbpp.setting.dataset_version, mbpp.n_problems) == (
        3,
        "full-test",
        500,
    )
    assert source.id == "user:lm_eval_results.json"


def test_user_csv_long_schema():
    refs, source = load_user_refs(FIXTURES / "user" / "results.csv")
    assert [(r.benchmark, r.value, r.n_problems) for r in refs] == [
        ("humaneval-plus", 71.3, 164),
        ("mbpp", 65.1, 378),
    ]
    assert refs[0].model_id == "mycoder-7b-instruct" and refs[0].setting.shots == 0
    assert source.version.startswith("sha256:")


def test_user_csv_errors_are_source_errors(tmp_path):
    with pytest.raises(SourceError, match="unknown benchmark 'NoSuchBench'"):
        load_user_refs(FIXTURES / "user" / "bad_benchmark.csv")
    bad = tmp_path / "x.json"
    bad.write_text('{"something": 1}')
    with pytest.raises(SourceError, match="unrecognised results JSON"):
        load_user_refs(bad)
    with pytest.raises(SourceError, match="not found"):
        load_user_refs(tmp_path / "missing.csv")


def test_hf_dataset_from_a_local_csv():
    refs, source = load_hf_dataset(FIXTURES / "user" / "results.csv")
    assert [(r.model, r.benchmark, r.value) for r in refs] == [
        ("MyCoder-7B-Instruct", "humaneval-plus", 71.3),
        ("MyCoder-7B-Instruct", "mbpp", 65.1),
    ]
    assert source.kind == "user"


def test_hf_dataset_hub_id_offline_is_a_clear_error():
    with pytest.raises(SourceError, match="offline") as info:
        load_hf_dataset("someorg/code-results", reachable=lambda: False)
    assert info.value.code == "source.offline"


# ---------------------------------------------------------------------------
# live update (no network: fake fetchers)


def _copy_tables(src: Path, dst: Path) -> Path:
    dst.mkdir(parents=True, exist_ok=True)
    for name in ("references.csv", "sources.csv", "models.csv", "import_log.csv"):
        shutil.copy(src / name, dst / name)
    return dst


def test_update_imports_a_new_dated_version_and_keeps_history(fixture_build, tmp_path):
    _, out, _ = fixture_build
    tables = _copy_tables(out, tmp_path / "tables")
    data = json.loads(
        (FIXTURES / "evalplus_leaderboard" / "results.json").read_text(encoding="utf-8")
    )
    data["O1 Mini (Sept 2024)"]["pass@1"]["humaneval"] = 97.0
    del data["CodeLlama-34B"]
    raw = json.dumps(data).encode()
    result = update("evalplus", tables, fetch=lambda url: raw, today="2026-11-22")
    assert (result.added, result.changed, result.removed, result.unchanged) == (0, 1, 4, 5)
    rows = _rows(tables / "references.csv")
    o1 = _find(
        rows, source_id="evalplus-leaderboard", model="O1 Mini (Sept 2024)", benchmark="humaneval"
    )
    assert sorted((r["value"], r["valid_from"], r["valid_to"]) for r in o1) == [
        ("96.3", "", "2026-11-22"),
        ("97", "2026-11-22", ""),
    ]
    (src,) = _find(_rows(tables / "sources.csv"), id="evalplus-leaderboard")
    assert src["version"].startswith("sha256:") and src["date"] == "2026-11-22"
    # other sources untouched
    assert len(_find(rows, source_id="arXiv:2412.21199")) == 11
    again = update("evalplus", tables, fetch=lambda url: raw, today="2026-11-23")
    assert again.up_to_date


def test_update_codeeval_pro_csv(fixture_build, tmp_path):
    _, out, _ = fixture_build
    tables = _copy_tables(out, tmp_path / "tables")
    raw = (FIXTURES / "codeeval_pro" / "leaderboard_data.csv").read_bytes()
    result = update("codeeval-pro", tables, fetch=lambda url: raw, today="2026-11-22")
    assert (result.added, result.changed, result.removed, result.unchanged) == (0, 0, 0, 8)
    assert len(result.exclusions) == 4


def test_update_offline_raises_source_error(tmp_path):
    def offline(url: str) -> bytes:
        from checker.refdata.update import urllib_fetch

        return urllib_fetch("http://127.0.0.1:9/results.json", timeout=2)

    with pytest.raises(SourceError, match="cannot reach URL .*offline"):
        update("evalplus", tmp_path, fetch=offline)
    with pytest.raises(SourceError, match="unknown live source"):
        update("nope", tmp_path, fetch=lambda url: b"")


# ---------------------------------------------------------------------------
# the real raw files (skipped in a fresh clone)


@pytest.fixture(scope="module")
def real_build(tmp_path_factory):
    if not SHARED.is_dir():
        pytest.skip("../shared/refdata not present (fresh clone)")
    out = tmp_path_factory.mktemp("real_refs")
    result = build(SHARED, out)
    return result, out, _rows(out / "references.csv")


@needs_shared
def test_real_build_counts(real_build):
    result, out, rows = real_build
    counts = dict(result.per_source)
    assert len(counts) == 19
    assert counts["evalplus-leaderboard"] == 428  # 125 models x 4 minus 72 nulls
    assert counts["codeeval-pro-leaderboard"] == 108
    assert counts["arXiv:2412.21199"] == 368
    assert counts["arXiv:2308.12950"] == 121
    assert counts["bigcodebench-leaderboard"] == 651 + 247  # current + superseded values
    assert len(rows) == 3145
    assert len([r for r in rows if not r["valid_to"]]) == 2898
    assert len(result.exclusions) == 241
    assert {e.reason for e in result.exclusions} == {"value.missing"}
    assert out.joinpath("references.csv").stat().st_size < 1_500_000


@needs_shared
def test_real_rows_spot_checks(real_build):
    _, _, rows = real_build
    (abstract,) = _find(
        rows, source_id="arXiv:2412.21199", locator="Abstract", benchmark="humaneval"
    )
    assert abstract["value"] == "96.2"
    (zephyr,) = _find(rows, model="Zephyr β-7B", benchmark="humaneval")
    assert zephyr["value_text"] == "30.0"
    he7 = _find(
        rows,
        source_id="arXiv:2409.12186",
        model="Qwen2.5-Coder-7B-Instruct",
        benchmark="livecodebench",
    )
    assert [(r["value"], r["dataset_version"]) for r in he7] == [("18.2", "2407-2409")]
    quant = _find(rows, source_id="qwen2.5-coder-eval-readme", benchmark="livecodebench")
    assert {r["dataset_version"] for r in quant} == {"2407-2411"} and len(quant) == 12
    assert {r["metric"] for r in quant} == {"unstated"}
    leet = _find(rows, source_id="deepseek-coder-leetcode-readme", benchmark="deepseek-leetcode")
    assert {r["cot"] for r in leet} == {"true", "false"}
    mbpp = _find(rows, source_id="deepseek-coder-mbpp-readme")
    assert {(r["dataset_version"], r["n_problems"], r["shots"]) for r in mbpp} == {
        ("full-test", "500", "3")
    }
    cq = _find(
        rows, source_id="codeqwen1.5-evalplus-results", model="CodeQwen1.5-7B", benchmark="mbpp"
    )
    assert [(r["value"], r["value_text"]) for r in cq] == [("72.7", "0.727")]
    wiz = _find(
        rows, source_id="wizardcoder-readme", model_id="wizardcoder-15b-v1.0", benchmark="humaneval"
    )
    assert sorted((r["value"], r["decoding"]) for r in wiz) == [
        ("57.3", "sampled"),
        ("59.8", ""),
        ("59.8", "greedy"),
    ]


@needs_shared
def test_real_metric_is_never_invented(real_build):
    _, _, rows = real_build
    for src in (
        "magicoder-readme",
        "opencodeinterpreter-readme",
        "qwen2.5-coder-eval-readme",
        "deepseek-coder-v2-readme",
    ):
        assert {r["metric"] for r in rows if r["source_id"] == src} == {"unstated"}, src
