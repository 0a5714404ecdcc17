"""The model registry (benchmarks/models.csv): every printed name resolves, near names never merge."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from checker.models import model_id
from checker.refdata.build import build
from checker.refdata.importers import hint_for, split_model_name

FIXTURES = Path(__file__).parent / "fixtures" / "refdata"
SHARED = Path(__file__).parents[2] / "shared" / "refdata"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _tables(tmp_path_factory, src: Path) -> tuple[list[dict[str, str]], dict[str, dict[str, str]]]:
    out = tmp_path_factory.mktemp("registry")
    build(src, out)
    models = {r["model_id"]: r for r in _rows(out / "models.csv")}
    return _rows(out / "references.csv"), models


@pytest.fixture(scope="module")
def fixture_tables(tmp_path_factory):
    return _tables(tmp_path_factory, FIXTURES)


@pytest.fixture(scope="module")
def real_tables(tmp_path_factory):
    if not SHARED.is_dir():
        pytest.skip("../shared/refdata not present (fresh clone)")
    return _tables(tmp_path_factory, SHARED)


def _check_every_name_resolves(refs, models) -> None:
    for r in refs:
        assert r["model_id"] in models, r
        assert r["model"] in models[r["model_id"]]["aliases"].split("|"), r
        # the id is reproducible from the printed name (plus an instruct hint at most)
        name = split_model_name(r["model"])[0]
        assert r["model_id"] in {model_id(name), model_id(name, hint_for(name, "instruct"))}, r


def test_fixture_names_resolve(fixture_tables):
    refs, models = fixture_tables
    _check_every_name_resolves(refs, models)
    assert len(models) == len({r["model_id"] for r in refs}) == 19


def test_real_names_resolve(real_tables):
    refs, models = real_tables
    _check_every_name_resolves(refs, models)
    assert {r["model_id"] for r in refs} == set(models)


@pytest.mark.parametrize(
    "names",
    [
        (
            "Qwen2.5-Coder-7B",
            "Qwen2.5-Coder-7B-Instruct",
            "Qwen2.5-Coder-32B",
            "Qwen2.5-Coder-32B-Instruct",
        ),
        (
            "CodeLlama-34B",
            "CodeLlama-34B-Instruct",
            "CodeLlama-34B-Python",
            "CodeLlama-7B",
            "CodeLlama-70B",
        ),
        ("deepseek-coder-6.7b-base", "deepseek-coder-33b-base", "deepseek-coder-6.7b-instruct"),
        (
            "DeepSeek-Coder-V2-Instruct",
            "DeepSeek-Coder-V2-Lite-Instruct",
            "DeepSeek-Coder-33B-instruct",
        ),
        (
            "Qwen2.5-Coder-32B-Instruct",
            "Qwen2.5-Coder-32B-Instruct-GPTQ-Int4",
            "Qwen2.5-Coder-32B-Instruct-GGUF-Q4_K_M",
        ),
        ("Llama 3 8B", "Llama 3 70B", "Llama 2 7B"),
    ],
)
def test_near_names_never_merge(names):
    ids = [model_id(n) for n in names]
    assert len(set(ids)) == len(ids), dict(zip(names, ids, strict=True))


@pytest.mark.parametrize(
    "names",
    [
        ("Code Llama - Instruct 34B", "CodeLlama-34B-Instruct", "CodeLlama-Instruct 34B"),
        ("DS-Coder-6.7B-Instruct", "DeepSeek-Coder-Instruct 6.7B", "DeepseekCoder-6.7B-instruct"),
        ("Qwen2.5-Coder-7B", "Qwen2.5-Coder-7B-base", "Qwen2.5Coder-7B-base"),
        ("o1-mini", "O1-mini"),
    ],
)
def test_spellings_of_one_model_merge(names):
    assert len({model_id(n) for n in names}) == 1


def test_real_registry_keeps_near_models_apart(real_tables):
    _, models = real_tables
    for mid in (
        "qwen2.5coder-7b-base",
        "qwen2.5coder-7b-instruct",
        "qwen2.5coder-32b-base",
        "codellama-34b-base",
        "codellama-34b-instruct",
        "codellama-34b-python",
        "deepseekcoder-6.7b-base",
        "deepseekcoder-33b-base",
    ):
        assert mid in models, mid
    aliases = models["codellama-34b-instruct"]["aliases"].split("|")
    assert "Code Llama - Instruct 34B" in aliases and "CodeLlama-34B-Python" not in aliases
    assert models["qwen2.5coder-32b-instruct"]["variant"] == "instruct"
    assert models["qwen2.5coder-7b-base"]["variant"] == "base"
