"""Build the project's reference tables from the raw sources.

``build(src_dir, out_dir)`` runs every importer whose raw files are present and
writes ``references.csv``, ``sources.csv``, ``models.csv`` and ``import_log.csv``
into ``out_dir`` (normally ``benchmarks/``). Output is sorted, so rebuilding
unchanged sources gives byte-identical files.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from checker.errors import SourceError
from checker.records import Reference
from checker.refdata.importers import IMPORTERS, Exclusion, SourceImport
from checker.refdata.registry import MODEL_COLUMNS, BenchmarkRegistry, model_rows, registry_path
from checker.refstore import REFERENCE_COLUMNS, SOURCE_COLUMNS, reference_to_row

LOG_COLUMNS = ("source_id", "file", "row", "model", "benchmark", "reason", "detail")


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a build wrote: counts per source, exclusions, and the files."""

    n_references: int
    per_source: tuple[tuple[str, int], ...]  # (source_id, rows), sorted by id
    exclusions: tuple[Exclusion, ...]
    skipped: tuple[tuple[str, str], ...]  # (importer, reason) for sources not found
    files: tuple[Path, ...]

    @property
    def n_sources(self) -> int:
        return sum(1 for _, n in self.per_source if n)

    def summary(self) -> str:
        """A few lines for the CLI: totals, rows per source, exclusions by reason."""
        lines = [f"{self.n_references} figures from {self.n_sources} sources"]
        lines += [f"  {sid}: {n}" for sid, n in self.per_source]
        reasons = Counter(e.reason for e in self.exclusions)
        excluded = ", ".join(f"{k} {v}" for k, v in sorted(reasons.items()))
        lines.append(
            f"{len(self.exclusions)} source rows excluded (see import_log.csv)"
            + (f": {excluded}" if excluded else "")
        )
        lines += [f"skipped {name}: {why}" for name, why in self.skipped]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, object]:
        return {
            "references": self.n_references,
            "sources": dict(self.per_source),
            "exclusions": len(self.exclusions),
            "exclusions_by_reason": dict(
                sorted(Counter(e.reason for e in self.exclusions).items())
            ),
            "skipped": [list(s) for s in self.skipped],
            "files": [str(p) for p in self.files],
        }


def _setting_key(ref: Reference) -> tuple[str, ...]:
    s = ref.setting
    return tuple(
        "" if v is None else str(v)
        for v in (
            s.dataset_version,
            s.shots,
            s.decoding,
            s.n_samples,
            s.temperature,
            s.prompt,
            s.cot,
            s.feedback,
        )
    )


def sort_key(ref: Reference) -> tuple:
    """Stable order: source, benchmark, model, metric, setting, history, value."""
    return (
        ref.source_id,
        ref.benchmark,
        ref.model_id,
        ref.model,
        ref.metric,
        _setting_key(ref),
        ref.locator,
        ref.valid_from or "",
        ref.valid_to or "~",  # the current value sorts after its history
        ref.value,
        ref.value_text,
        ref.notes,
    )


# Benchmarks whose evaluation protocol fixes the shot count: EvalPlus (HumanEval(+), its MBPP
# subset and MBPP+) and the Pro benchmarks prompt zero-shot unless a row says otherwise.
_ZERO_SHOT_PROTOCOL = {"humaneval-plus", "mbpp-plus"}


def protocol_defaults(ref: Reference) -> Reference:
    """Fill the shot count a benchmark's protocol fixes, and say so in the notes."""
    s = ref.setting
    if s.shots is not None:
        return ref
    evalplus = ref.benchmark in _ZERO_SHOT_PROTOCOL or (
        ref.benchmark == "mbpp" and s.dataset_version in ("evalplus", "v0.1", "v0.2")
    )
    # HumanEval is zero-shot by design (a docstring prompt, no examples) in every source here
    if not (evalplus or ref.benchmark == "humaneval"):
        return ref
    note = "0-shot by the EvalPlus protocol" if evalplus else "0-shot by the HumanEval protocol"
    notes = f"{ref.notes}; {note}" if ref.notes else note
    return replace(ref, setting=replace(s, shots=0), notes=notes)


def run_importers(
    src_dir: Path, registry: BenchmarkRegistry, only: Sequence[str] | None = None
) -> tuple[list[SourceImport], list[tuple[str, str]]]:
    """Run the importers (all, or those named in ``only``); missing sources are skipped."""
    imports: list[SourceImport] = []
    skipped: list[tuple[str, str]] = []
    for name, importer in IMPORTERS.items():
        if only and name not in only:
            continue
        if not (src_dir / name).is_dir():
            skipped.append((name, "directory not found"))
            continue
        imports.extend(importer(src_dir, registry))
    return imports, skipped


def write_tables(
    imports: Iterable[SourceImport], out_dir: Path
) -> tuple[list[Reference], list[Path]]:
    """Write the four tables for ``imports`` into ``out_dir``."""
    imports = list(imports)
    out_dir.mkdir(parents=True, exist_ok=True)
    refs = sorted((protocol_defaults(r) for imp in imports for r in imp.references), key=sort_key)
    exclusions = sorted(
        (e for imp in imports for e in imp.exclusions),
        key=lambda e: (e.source_id, e.file, _row_key(e.row), e.benchmark),
    )
    paths = [
        _write_csv(
            out_dir / "references.csv", REFERENCE_COLUMNS, (reference_to_row(r) for r in refs)
        ),
        _write_csv(out_dir / "sources.csv", SOURCE_COLUMNS, _source_rows(imports)),
        _write_csv(out_dir / "models.csv", MODEL_COLUMNS, model_rows(refs)),
        _write_csv(
            out_dir / "import_log.csv",
            LOG_COLUMNS,
            ({c: getattr(e, c) for c in LOG_COLUMNS} for e in exclusions),
        ),
    ]
    return refs, paths


def build(src_dir: Path, out_dir: Path, *, only: Sequence[str] | None = None) -> BuildResult:
    """Import every source found in ``src_dir`` and write the tables into ``out_dir``."""
    src_dir, out_dir = Path(src_dir), Path(out_dir)
    if not src_dir.is_dir():
        raise SourceError(
            "reference source directory not found", path=str(src_dir), code="source.missing"
        )
    registry = BenchmarkRegistry.load(registry_path(out_dir))
    imports, skipped = run_importers(src_dir, registry, only)
    refs, paths = write_tables(imports, out_dir)
    counts = Counter(r.source_id for r in refs)
    for imp in imports:
        counts.setdefault(imp.source.id, 0)
    return BuildResult(
        n_references=len(refs),
        per_source=tuple(sorted(counts.items())),
        exclusions=tuple(e for imp in imports for e in imp.exclusions),
        skipped=tuple(skipped),
        files=tuple(paths),
    )


def _source_rows(imports: Iterable[SourceImport]) -> list[dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for imp in imports:
        s = imp.source
        rows[s.id] = {
            "id": s.id,
            "title": s.title,
            "kind": s.kind,
            "first_party": imp.first_party,
            "url": s.url,
            "version": s.version,
            "date": s.date,
            "license": s.license,
        }
    return [rows[k] for k in sorted(rows)]


def _row_key(row: str) -> tuple[int, str]:
    return (int(row), "") if row.isdigit() else (0, row)


def _write_csv(path: Path, columns: Sequence[str], rows: Iterable[dict[str, str]]) -> Path:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    tmp.replace(path)
    return path
