"""Fetch a live leaderboard file and import it as a new dated version of its source.

``update("evalplus", out_dir)`` downloads the EvalPlus ``results.json``;
``update("codeeval-pro", out_dir)`` the CodeEval-Pro ``data.csv``. The source's version
becomes ``sha256:<hash of the file>`` and its date the retrieval date. Values that
changed or disappeared are kept with ``valid_to`` = retrieval date, so claims quoting
an older leaderboard still find their figure; unchanged values keep their ``valid_from``.
"""

from __future__ import annotations

import csv
import hashlib
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date as _date
from pathlib import Path

from checker.errors import SourceError
from checker.records import Reference, Source
from checker.refdata.build import LOG_COLUMNS, _write_csv, protocol_defaults, sort_key
from checker.refdata.importers import (
    Exclusion,
    SourceImport,
    codeeval_pro_leaderboard_source,
    evalplus_source,
    import_codeeval_pro_leaderboard_csv,
    import_evalplus_json,
)
from checker.refdata.registry import MODEL_COLUMNS, BenchmarkRegistry, model_rows, registry_path
from checker.refstore import REFERENCE_COLUMNS, SOURCE_COLUMNS, reference_from_row, reference_to_row

Fetch = Callable[[str], bytes]


@dataclass(frozen=True, slots=True)
class LiveSource:
    """A leaderboard file that can be fetched and re-imported."""

    url: str
    suffix: str
    make_source: Callable[[str, str], Source]  # (version, date) -> Source
    importer: Callable[[Path, BenchmarkRegistry, Source, str], SourceImport]


LIVE_SOURCES: dict[str, LiveSource] = {
    "evalplus": LiveSource(
        "https://raw.githubusercontent.com/evalplus/evalplus.github.io/main/results.json",
        ".json",
        lambda version, date: evalplus_source(version, date),
        lambda path, reg, src, file: import_evalplus_json(path, reg, src, file),
    ),
    "codeeval-pro": LiveSource(
        "https://raw.githubusercontent.com/answers111/evalpro.github.io/main/data.csv",
        ".csv",
        lambda version, date: codeeval_pro_leaderboard_source(version, date),
        lambda path, reg, src, file: import_codeeval_pro_leaderboard_csv(path, reg, src, file),
    ),
}


@dataclass(frozen=True, slots=True)
class UpdateResult:
    """What an update changed for one source."""

    source_id: str
    version: str
    date: str
    added: int  # figures not present before
    changed: int  # figures whose value changed (old value kept as history)
    removed: int  # figures no longer listed (kept as history)
    unchanged: int
    exclusions: tuple[Exclusion, ...] = ()

    @property
    def up_to_date(self) -> bool:
        return not (self.added or self.changed or self.removed)

    def summary(self) -> str:
        if self.up_to_date:
            return f"{self.source_id}: up to date ({self.unchanged} figures, version {self.version[:19]}, {self.date})"
        return (
            f"{self.source_id} {self.version[:19]} ({self.date}): {self.added} added, {self.changed} changed, "
            f"{self.removed} removed, {self.unchanged} unchanged; {len(self.exclusions)} rows excluded"
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "source": self.source_id,
            "version": self.version,
            "date": self.date,
            "added": self.added,
            "changed": self.changed,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "exclusions": len(self.exclusions),
        }


def urllib_fetch(url: str, timeout: float = 30.0) -> bytes:
    """GET ``url``; a network failure becomes ``SourceError('cannot reach URL ...: offline?')``."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (fixed https URLs)
            return response.read()
    except urllib.error.HTTPError as exc:
        raise SourceError(f"cannot fetch {url}: HTTP {exc.code}", code="source.http") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise SourceError(
            f"cannot reach URL {url}: offline? ({exc})", code="source.offline"
        ) from exc


def update(
    source: str,
    out_dir: Path | str,
    fetch: Fetch | None = None,
    *,
    local_file: Path | str | None = None,
    today: str | None = None,
) -> UpdateResult:
    """Fetch ``source`` ("evalplus" | "codeeval-pro") and merge it into the tables in ``out_dir``.

    ``fetch(url) -> bytes`` defaults to urllib; ``local_file`` imports a saved copy instead.
    """
    if source not in LIVE_SOURCES:
        raise SourceError(
            f"unknown live source {source!r} (choose from {', '.join(sorted(LIVE_SOURCES))})",
            code="source.unknown",
        )
    live = LIVE_SOURCES[source]
    out_dir = Path(out_dir)
    today = today or _date.today().isoformat()
    if local_file is not None:
        try:
            data = Path(local_file).read_bytes()
        except OSError as exc:
            raise SourceError(f"cannot read: {exc.strerror}", path=str(local_file)) from exc
    else:
        data = (fetch or urllib_fetch)(live.url)
    if not data:
        raise SourceError(f"empty response from {live.url}", code="source.empty")
    version = f"sha256:{hashlib.sha256(data).hexdigest()}"
    registry = BenchmarkRegistry.load(registry_path(out_dir))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"live{live.suffix}"
        path.write_bytes(data)
        imported = live.importer(path, registry, live.make_source(version, today), live.url)
    return merge_import(imported, out_dir, today)


def merge_import(imported: SourceImport, out_dir: Path, today: str) -> UpdateResult:
    """Replace one source's current figures in ``out_dir``, keeping superseded ones as history."""
    sid = imported.source.id
    existing = _read_refs(out_dir / "references.csv")
    others = [r for r in existing if r.source_id != sid]
    old = [r for r in existing if r.source_id == sid]
    history = [r for r in old if r.valid_to]
    current = {_key(r): r for r in old if not r.valid_to}
    merged: list[Reference] = []
    added = changed = unchanged = 0
    for ref in map(protocol_defaults, imported.references):
        before = current.pop(_key(ref), None)
        if before is not None and before.value == ref.value:
            merged.append(replace(ref, valid_from=before.valid_from))
            unchanged += 1
            continue
        if before is not None:
            history.append(replace(before, valid_to=today, notes=_superseded(before)))
            changed += 1
        else:
            added += 1
        merged.append(replace(ref, valid_from=today))
    removed = len(current)
    history.extend(replace(r, valid_to=today, notes=_superseded(r)) for r in current.values())
    refs = sorted(others + history + merged, key=sort_key)
    _write_csv(out_dir / "references.csv", REFERENCE_COLUMNS, (reference_to_row(r) for r in refs))
    _write_sources(out_dir / "sources.csv", imported)
    _write_csv(out_dir / "models.csv", MODEL_COLUMNS, model_rows(refs))
    _write_log(out_dir / "import_log.csv", sid, imported.exclusions)
    return UpdateResult(
        sid,
        imported.source.version,
        imported.source.date,
        added,
        changed,
        removed,
        unchanged,
        imported.exclusions,
    )


def _key(ref: Reference) -> tuple:
    return (ref.model, ref.benchmark, ref.metric, ref.setting)


def _superseded(ref: Reference) -> str:
    return "; ".join(p for p in (ref.notes, "superseded by a later retrieval") if p)


def _read_refs(path: Path) -> list[Reference]:
    if not path.is_file():
        return []
    with path.open(newline="", encoding="utf-8") as fh:
        return [reference_from_row(r, f"{path}:{i + 2}") for i, r in enumerate(csv.DictReader(fh))]


def _read_rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _write_sources(path: Path, imported: SourceImport) -> None:
    s = imported.source
    rows = {r["id"]: r for r in _read_rows(path)}
    rows[s.id] = {
        "id": s.id,
        "title": s.title,
        "kind": s.kind,
        "first_party": imported.first_party,
        "url": s.url,
        "version": s.version,
        "date": s.date,
        "license": s.license,
    }
    _write_csv(path, SOURCE_COLUMNS, (rows[k] for k in sorted(rows)))


def _write_log(path: Path, source_id: str, exclusions: tuple[Exclusion, ...]) -> None:
    rows = [r for r in _read_rows(path) if r.get("source_id") != source_id]
    rows += [{c: getattr(e, c) for c in LOG_COLUMNS} for e in exclusions]
    rows.sort(key=lambda r: (r["source_id"], r["file"], r["row"], r["benchmark"]))
    _write_csv(path, LOG_COLUMNS, rows)
