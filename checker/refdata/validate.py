"""Consistency checks over the reference tables; findings are data with stable codes.

Codes (severity):

- ``schema.missing-column`` (error): ``references.csv`` lacks a required column.
- ``schema.non-numeric`` (error): a value is not a number.
- ``schema.unknown-benchmark`` (error): a benchmark slug is not in ``benchmarks.json``.
- ``schema.out-of-range`` (error): a value lies outside 0-100.
- ``source.unknown`` (warning): a row names a source id missing from ``sources.csv``.
- ``rows.duplicate`` (warning): the same figure appears twice in one source at one locator.
- ``conflict.within-source`` / ``conflict.across-sources`` (warning): one model, benchmark
  and metric under compatible settings has different values.
- ``model.unknown`` (warning): a model id is not in ``models.csv``.
- ``granularity.impossible`` (warning): a greedy pass@1 value is no k/N at its printed precision.
- ``granularity.other-version`` (warning): impossible for the recorded problem count, but
  possible for another version of the benchmark (EvalPlus MBPP v0.1, 399 tasks).

``report.ok`` is False only when there are errors.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path

from checker.errors import ReferenceDataError
from checker.records import Reference, Setting
from checker.refdata.registry import BenchmarkRegistry, key_for, registry_path
from checker.refstore import REFERENCE_COLUMNS, RefStore, parse_directory, reference_from_row

_EPS = 1e-9
_DATE_QUALIFIER = re.compile(r"^(?:\d{4}-\d{2}(?:-\d{2})?|\d{8}|\d{3,4}|[a-z]{3,9}\d{4})$")


@dataclass(frozen=True, slots=True)
class ValidationFinding:
    """One observation about the reference data."""

    code: str
    severity: str  # "error" | "warning" | "info"
    message: str
    model_id: str = ""
    benchmark: str = ""
    sources: tuple[str, ...] = ()
    values: tuple[str, ...] = ()  # "97.6 (arXiv:2412.21199, Table 2)", ...
    lines: tuple[int, ...] = ()  # 1-based lines in references.csv, when read from a file

    def to_dict(self) -> dict[str, object]:
        return {
            f.name: (list(v) if isinstance(v := getattr(self, f.name), tuple) else v)
            for f in fields(self)
        }


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """All findings, in a stable order."""

    findings: tuple[ValidationFinding, ...]
    n_references: int
    n_sources: int
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)

    def by_code(self, code: str) -> tuple[ValidationFinding, ...]:
        return tuple(f for f in self.findings if f.code == code)

    def render(self, limit: int = 20) -> str:
        """Plain text for the CLI: counts per code, then up to ``limit`` findings per code."""
        status = "ok" if self.ok else "FAILED (schema errors)"
        lines = [f"{self.n_references} figures from {self.n_sources} sources: {status}"]
        for code, n in self.counts.items():
            found = self.by_code(code)
            lines.append(f"{code} ({found[0].severity}): {n}")
            lines += [f"  {f.message}" for f in found[:limit]]
            if n > limit:
                lines.append(f"  ... {n - limit} more")
        return "\n".join(lines) + "\n"

    def to_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "references": self.n_references,
            "sources": self.n_sources,
            "counts": dict(self.counts),
            "findings": [f.to_dict() for f in self.findings],
        }


def validate(
    store_or_dir: RefStore | Path | str | Iterable[Reference],
    *,
    registry: BenchmarkRegistry | None = None,
) -> ValidationReport:
    """Check a reference directory (``benchmarks/``), a loaded store, or plain references."""
    findings: list[ValidationFinding] = []
    lines: dict[int, int] = {}  # id(reference) -> CSV line
    models: dict[str, dict[str, str]] | None = None
    sources: set[str] | None = None
    if isinstance(store_or_dir, (str, Path)):
        directory = Path(store_or_dir)
        registry = registry or BenchmarkRegistry.load(registry_path(directory))
        refs, schema, lines = _read_checked(directory / "references.csv", registry)
        findings.extend(schema)
        store = parse_directory_safe(directory)
        models = store.models if store and store.models else None
        sources = set(store.sources) if store and store.sources else None
    elif isinstance(store_or_dir, RefStore):
        refs = list(store_or_dir.references)
        models = store_or_dir.models or None
        sources = set(store_or_dir.sources) or None
    else:
        refs = list(store_or_dir)
    registry = registry or BenchmarkRegistry.load()
    if not isinstance(store_or_dir, (str, Path)):
        refs = [r for r in refs if _ref_schema_ok(r, registry, findings)]

    if sources is not None:
        for sid in sorted({r.source_id for r in refs} - sources):
            findings.append(
                ValidationFinding(
                    "source.unknown",
                    "warning",
                    f"source id {sid!r} is not in sources.csv",
                    sources=(sid,),
                )
            )
    findings.extend(_duplicates(refs, lines))
    findings.extend(_conflicts(refs, lines))
    if models is not None:
        for mid in sorted({r.model_id for r in refs} - set(models)):
            names = sorted({r.model for r in refs if r.model_id == mid})
            findings.append(
                ValidationFinding(
                    "model.unknown",
                    "warning",
                    f"model id {mid!r} ({', '.join(names)}) is not in models.csv",
                    model_id=mid,
                )
            )
    findings.extend(_granularity(refs, registry, lines))
    order = {"error": 0, "warning": 1, "info": 2}
    findings.sort(
        key=lambda f: (order.get(f.severity, 3), f.code, f.model_id, f.benchmark, f.message)
    )
    return ValidationReport(
        findings=tuple(findings),
        n_references=len(refs),
        n_sources=len({r.source_id for r in refs}),
        counts=dict(sorted(Counter(f.code for f in findings).items())),
    )


def parse_directory_safe(directory: Path) -> RefStore | None:
    try:
        return parse_directory(directory)
    except ReferenceDataError:
        return None  # schema findings already describe what is wrong


# ---------------------------------------------------------------------------
# schema


def _read_checked(
    path: Path, registry: BenchmarkRegistry
) -> tuple[list[Reference], list[ValidationFinding], dict[int, int]]:
    findings: list[ValidationFinding] = []
    refs: list[Reference] = []
    lines: dict[int, int] = {}
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in REFERENCE_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                findings.append(
                    ValidationFinding(
                        "schema.missing-column",
                        "error",
                        f"references.csv lacks column(s): {', '.join(missing)}",
                    )
                )
                required = {"model", "model_id", "benchmark", "value", "source_id"}
                if required & set(missing):
                    return refs, findings, lines
            for row in reader:
                line = reader.line_num
                problem = _row_problem(row, registry)
                if problem:
                    code, message = problem
                    findings.append(
                        ValidationFinding(
                            code,
                            "error",
                            f"line {line}: {message}",
                            model_id=row.get("model_id", ""),
                            benchmark=row.get("benchmark", ""),
                            sources=(row.get("source_id", ""),),
                            lines=(line,),
                        )
                    )
                    continue
                ref = reference_from_row(row, f"{path}:{line}")
                lines[id(ref)] = line
                refs.append(ref)
    except OSError as exc:
        raise ReferenceDataError(f"cannot read: {exc.strerror}", path=str(path)) from exc
    return refs, findings, lines


def _row_problem(row: dict[str, str], registry: BenchmarkRegistry) -> tuple[str, str] | None:
    text = (row.get("value") or "").strip()
    try:
        value = float(text)
    except ValueError:
        return "schema.non-numeric", f"value {text!r} is not a number"
    if value != value:  # NaN
        return "schema.non-numeric", f"value {text!r} is not a number"
    if row.get("benchmark", "") not in registry.slugs:
        return (
            "schema.unknown-benchmark",
            f"benchmark {row.get('benchmark', '')!r} is not in benchmarks.json",
        )
    if not 0.0 <= value <= 100.0:
        return "schema.out-of-range", f"value {text} is outside 0-100"
    return None


def _ref_schema_ok(
    ref: Reference, registry: BenchmarkRegistry, findings: list[ValidationFinding]
) -> bool:
    problem = _row_problem({"value": repr(ref.value), "benchmark": ref.benchmark}, registry)
    if problem:
        code, message = problem
        findings.append(
            ValidationFinding(
                code,
                "error",
                f"{ref.model}: {message}",
                ref.model_id,
                ref.benchmark,
                (ref.source_id,),
            )
        )
    return problem is None


# ---------------------------------------------------------------------------
# duplicates and conflicts


def _describe(ref: Reference) -> str:
    when = f", until {ref.valid_to}" if ref.valid_to else ""
    return f"{ref.value_text} ({ref.source_id}, {ref.locator}{when})"


def _duplicates(refs: list[Reference], lines: dict[int, int]) -> list[ValidationFinding]:
    groups: dict[tuple, list[Reference]] = defaultdict(list)
    for r in refs:
        key = (
            r.source_id,
            r.locator,
            r.model,
            r.model_id,
            r.benchmark,
            r.metric,
            r.value,
            r.setting,
            r.valid_from,
            r.valid_to,
        )
        groups[key].append(r)
    out = []
    for group in groups.values():
        if len(group) > 1:
            r = group[0]
            out.append(
                ValidationFinding(
                    "rows.duplicate",
                    "warning",
                    f"{r.model} {r.benchmark} {r.metric} {r.value_text} appears {len(group)} times in {r.source_id} ({r.locator})",
                    r.model_id,
                    r.benchmark,
                    (r.source_id,),
                    (r.value_text,),
                    tuple(sorted(lines[id(x)] for x in group if id(x) in lines)),
                )
            )
    return out


def _model_parts(
    ref: Reference, cache: dict[tuple[str, str], tuple[str, tuple[str, ...]]]
) -> tuple[str, tuple[str, ...]]:
    """``(undated id, date qualifiers)``: a name without a date may be any dated snapshot."""
    key = (ref.model, ref.model_id)
    if key not in cache:
        parsed = key_for(ref.model, ref.model_id)
        if parsed is None:
            cache[key] = (ref.model_id, ())
        else:
            dates = tuple(q for q in parsed.qualifiers if _DATE_QUALIFIER.match(q))
            undated = ref.model_id
            for q in dates:
                undated = undated.replace(f"-{q}", "")
            cache[key] = (undated, dates)
    return cache[key]


_EVALPLUS_NAMES = frozenset({"evalplus", "v0.1", "v0.2"})


def settings_compatible(a: Setting, b: Setting) -> bool:
    """No stated field differs.

    Feedback and CoT count as absent when unstated; an unstated dataset version is
    its own version (an MBPP figure of unknown test set is never compared with EvalPlus MBPP).
    """
    for f in fields(Setting):
        x, y = getattr(a, f.name), getattr(b, f.name)
        if f.name == "dataset_version" and "evalplus" in (x, y) and {x, y} <= _EVALPLUS_NAMES:
            continue  # an EvalPlus MBPP figure of unnamed release is compared with v0.1/v0.2
        if f.name in ("feedback", "dataset_version"):
            if (x or "none") != (y or "none"):
                return False
        elif f.name == "cot":
            if bool(x) != bool(y):
                return False
        elif x is not None and y is not None and x != y:
            return False
    return True


Member = tuple[Reference, tuple[str, ...]]  # a reference and the date qualifiers of its model


def _linkable(a: Member, b: Member) -> bool:
    (ra, da), (rb, db) = a, b
    if da != db and (ra.source_id == rb.source_id or (da and db)):
        return False  # distinct dated snapshots, or one source listing both names
    return settings_compatible(ra.setting, rb.setting)


def conflict_groups(members: list[Member]) -> list[list[Reference]]:
    """Sets of figures for one model/benchmark/metric that disagree under compatible settings.

    A figure whose value a compatible figure repeats is *explained* by it; it conflicts
    with another only when none of its explanations is incompatible with that other
    (an abstract's unqualified 76.2 matches the 0-shot 76.2, so the 1-shot 84.8 is no conflict).
    """
    n = len(members)
    value = [m[0].value for m in members]
    explained = [
        [
            k
            for k in range(n)
            if k != i and value[k] == value[i] and _linkable(members[i], members[k])
        ]
        for i in range(n)
    ]
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(n):
        for j in range(i + 1, n):
            if value[i] == value[j] or not _linkable(members[i], members[j]):
                continue
            if any(not _linkable(members[k], members[j]) for k in explained[i]):
                continue
            if any(not _linkable(members[k], members[i]) for k in explained[j]):
                continue
            parent[find(i)] = find(j)
    components: dict[int, list[Reference]] = defaultdict(list)
    for i in range(n):
        components[find(i)].append(members[i][0])
    return [c for c in components.values() if len({r.value for r in c}) > 1]


def _conflicts(refs: list[Reference], lines: dict[int, int]) -> list[ValidationFinding]:
    cache: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {}
    groups: dict[tuple[str, str, str], list[Member]] = defaultdict(list)
    for r in refs:
        if r.valid_to:  # superseded leaderboard values are history, not conflicts
            continue
        undated, dates = _model_parts(r, cache)
        groups[(undated, r.benchmark, r.metric)].append((r, dates))
    out = []
    for (undated, bench, metric), members in sorted(groups.items()):
        if len({m[0].value for m in members}) < 2:
            continue
        for comp in conflict_groups(members):
            comp.sort(key=lambda r: (r.source_id, r.locator, r.value))
            srcs = tuple(sorted({r.source_id for r in comp}))
            code = "conflict.within-source" if len(srcs) == 1 else "conflict.across-sources"
            values = tuple(_describe(r) for r in comp)
            names = sorted({r.model for r in comp})
            out.append(
                ValidationFinding(
                    code,
                    "warning",
                    f"{' / '.join(names)} {bench} {metric}: " + " vs ".join(values),
                    undated,
                    bench,
                    srcs,
                    values,
                    tuple(sorted(lines[id(r)] for r in comp if id(r) in lines)),
                )
            )
    return out


# ---------------------------------------------------------------------------
# granularity


def printed_decimals(ref: Reference) -> int:
    """Decimals of the value in percent units (``0.727`` printed as a fraction -> 1)."""
    text = ref.value_text.strip()
    decimals = len(text.split(".", 1)[1]) if "." in text else 0
    try:
        printed = float(text)
    except ValueError:
        return decimals
    if abs(printed - ref.value) > _EPS and abs(printed * 100 - ref.value) < 1e-6:
        return max(decimals - 2, 0)
    return decimals


def fits(value: float, n: int, decimals: int) -> bool:
    """True when some k/N (in percent) rounds to ``value`` at ``decimals`` places."""
    if n <= 0:
        return True
    tol = 0.5 * 10 ** (-decimals) + _EPS
    k = round(value * n / 100)
    return any(0 <= c <= n and abs(100 * c / n - value) <= tol for c in (k - 1, k, k + 1))


def _alternative_counts(ref: Reference, registry: BenchmarkRegistry) -> list[tuple[int, str]]:
    """Other EvalPlus releases of an EvalPlus MBPP(+) figure (v0.1 had 399 tasks)."""
    if ref.setting.dataset_version != "evalplus":
        return []
    counts = registry.problems.get(ref.benchmark, {})
    return [(n, v) for v, n in sorted(counts.items()) if n != ref.n_problems and "v0.1" in v]


def _granularity(
    refs: list[Reference], registry: BenchmarkRegistry, lines: dict[int, int]
) -> list[ValidationFinding]:
    out = []
    for r in refs:
        if r.metric != "pass@1" or r.setting.decoding != "greedy" or not r.n_problems:
            continue
        d = printed_decimals(r)
        if fits(r.value, r.n_problems, d):
            continue
        alts = [(n, v) for n, v in _alternative_counts(r, registry) if fits(r.value, n, d)]
        where = tuple(lines[id(r)] for r in (r,) if id(r) in lines)
        if alts:
            n, version = alts[0]
            out.append(
                ValidationFinding(
                    "granularity.other-version",
                    "warning",
                    f"{r.model} {r.benchmark} {r.value_text} ({r.source_id}, {r.locator}) is no k/{r.n_problems} "
                    f"but fits k/{n} ({version})",
                    r.model_id,
                    r.benchmark,
                    (r.source_id,),
                    (r.value_text,),
                    where,
                )
            )
        else:
            out.append(
                ValidationFinding(
                    "granularity.impossible",
                    "warning",
                    f"{r.model} {r.benchmark} {r.value_text} ({r.source_id}, {r.locator}) is no k/{r.n_problems} "
                    f"at {d} decimal(s)",
                    r.model_id,
                    r.benchmark,
                    (r.source_id,),
                    (r.value_text,),
                    where,
                )
            )
    return out
