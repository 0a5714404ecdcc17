"""The reference store: every published figure, loaded fast from ``benchmarks/``.

``benchmarks/references.csv`` is the source of truth (one long table, diffable).
Loading parses it once and keeps a pickle in the user's cache directory keyed by
the content hash of the files, so later runs load in a few milliseconds.
This module never imports pandas.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import pickle
import tempfile
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from checker.errors import ReferenceDataError
from checker.match import interval, printed_interval, values_overlap
from checker.records import Reference, Setting, Source

CACHE_FORMAT = 4  # bump when the pickled layout changes
REFERENCE_COLUMNS = (
    "model",
    "model_id",
    "benchmark",
    "metric",
    "value",
    "value_text",
    "shots",
    "decoding",
    "n_samples",
    "temperature",
    "prompt",
    "cot",
    "feedback",
    "dataset_version",
    "n_problems",
    "source_id",
    "locator",
    "first_party",
    "valid_from",
    "valid_to",
    "notes",
)
SOURCE_COLUMNS = ("id", "title", "kind", "first_party", "url", "version", "date", "license")
DATA_FILES = ("references.csv", "sources.csv", "models.csv", "benchmarks.json")


def bundled_dir() -> Path:
    """The reference tables shipped with the package (wheel) or the source tree."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_bundled", here.parent / "benchmarks"):
        if (candidate / "benchmarks.json").is_file():
            return candidate
    raise ReferenceDataError("bundled reference data not found (benchmarks/references.csv)")


def _opt_int(text: str) -> int | None:
    return int(text) if text else None


def _opt_float(text: str) -> float | None:
    return float(text) if text else None


def _opt_bool(text: str) -> bool | None:
    if not text:
        return None
    return text.lower() in ("1", "true", "yes")


def setting_from_row(row: dict[str, str]) -> Setting:
    return Setting(
        shots=_opt_int(row.get("shots", "")),
        decoding=row.get("decoding") or None,
        n_samples=_opt_int(row.get("n_samples", "")),
        temperature=_opt_float(row.get("temperature", "")),
        prompt=row.get("prompt") or None,
        cot=_opt_bool(row.get("cot", "")),
        feedback=row.get("feedback") or None,
        dataset_version=row.get("dataset_version") or None,
    )


def reference_from_row(row: dict[str, str], where: str = "") -> Reference:
    """Build a :class:`Reference` from one CSV row (raises ReferenceDataError)."""
    try:
        return Reference(
            model=row["model"],
            model_id=row["model_id"],
            benchmark=row["benchmark"],
            metric=row["metric"] or "unstated",
            value=float(row["value"]),
            value_text=row.get("value_text") or row["value"],
            setting=setting_from_row(row),
            source_id=row["source_id"],
            locator=row.get("locator", ""),
            notes=row.get("notes", ""),
            first_party=_opt_bool(row.get("first_party", "")) or False,
            n_problems=_opt_int(row.get("n_problems", "")),
            valid_from=row.get("valid_from") or None,
            valid_to=row.get("valid_to") or None,
        )
    except (KeyError, ValueError) as exc:
        raise ReferenceDataError(f"malformed reference row {where}: {exc}") from exc


def reference_to_row(ref: Reference) -> dict[str, str]:
    """The CSV row of a reference (inverse of :func:`reference_from_row`)."""
    s = ref.setting

    def text(v: object) -> str:
        if v is None:
            return ""
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, float):
            return f"{v:g}"
        return str(v)

    return {
        "model": ref.model,
        "model_id": ref.model_id,
        "benchmark": ref.benchmark,
        "metric": ref.metric,
        "value": text(ref.value),
        "value_text": ref.value_text,
        "shots": text(s.shots),
        "decoding": text(s.decoding),
        "n_samples": text(s.n_samples),
        "temperature": text(s.temperature),
        "prompt": text(s.prompt),
        "cot": text(s.cot),
        "feedback": text(s.feedback),
        "dataset_version": text(s.dataset_version),
        "n_problems": text(ref.n_problems),
        "source_id": ref.source_id,
        "locator": ref.locator,
        "first_party": text(ref.first_party),
        "valid_from": text(ref.valid_from),
        "valid_to": text(ref.valid_to),
        "notes": ref.notes,
    }


def _ref_tuple(ref: Reference) -> tuple:
    """A reference as plain values: pickles and unpickles an order of magnitude faster."""
    st = ref.setting
    return (
        ref.model,
        ref.model_id,
        ref.benchmark,
        ref.metric,
        ref.value,
        ref.value_text,
        (
            st.shots,
            st.decoding,
            st.n_samples,
            st.temperature,
            st.prompt,
            st.cot,
            st.feedback,
            st.dataset_version,
        ),
        ref.source_id,
        ref.locator,
        ref.notes,
        ref.first_party,
        ref.n_problems,
        ref.valid_from,
        ref.valid_to,
    )


def _ref_from_tuple(t: tuple) -> Reference:
    return Reference(*t[:6], Setting(*t[6]), *t[7:])


class RefStore:
    """References indexed for matching, with the sources and the model registry.

    Rows are kept as plain tuples and turned into :class:`Reference` records only
    when asked for, so loading the store for one report stays cheap.
    """

    def __init__(
        self,
        references: Iterable[Reference] = (),
        sources: dict[str, Source] | None = None,
        models: dict[str, dict[str, str]] | None = None,
        content_hash: str = "",
        *,
        rows: Sequence[tuple] | None = None,
    ):
        self._rows: list[tuple] = (
            list(rows) if rows is not None else [_ref_tuple(r) for r in references]
        )
        self.sources = dict(sources or {})
        self.models = dict(models or {})
        self.content_hash = content_hash
        self._cache: dict[int, Reference] = {}
        self._intervals: list[tuple[float, list[float], list[tuple]]] | None = None
        self._index()

    def __getstate__(self) -> dict:
        return {
            "rows": self._rows,
            "sources": self.sources,
            "models": self.models,
            "hash": self.content_hash,
        }

    def __setstate__(self, state: dict) -> None:
        self.__init__(
            sources=state["sources"],
            models=state["models"],
            content_hash=state["hash"],
            rows=state["rows"],
        )

    def _index(self) -> None:
        by_mb: dict[tuple[str, str], list[int]] = defaultdict(list)
        by_m: dict[str, list[int]] = defaultdict(list)
        by_v: dict[int, list[int]] = defaultdict(list)
        for i, t in enumerate(self._rows):
            by_mb[(t[1], t[2])].append(i)
            by_m[t[1]].append(i)
            by_v[round(t[4])].append(i)
        self._by_model_bench = dict(by_mb)
        self._by_model = dict(by_m)
        self._by_value = dict(by_v)

    def _refs(self, indices: Iterable[int]) -> list[Reference]:
        out = []
        for i in indices:
            ref = self._cache.get(i)
            if ref is None:
                ref = self._cache[i] = _ref_from_tuple(self._rows[i])
            out.append(ref)
        return out

    @property
    def references(self) -> tuple[Reference, ...]:
        return tuple(self._refs(range(len(self._rows))))

    def __len__(self) -> int:
        return len(self._rows)

    def model_ids(self) -> set[str]:
        return set(self._by_model)

    def for_model_benchmark(self, model_id: str, benchmark: str) -> list[Reference]:
        return self._refs(self._by_model_bench.get((model_id, benchmark), ()))

    def for_model(self, model_id: str) -> list[Reference]:
        return self._refs(self._by_model.get(model_id, ()))

    def near_value(self, value: float, spread: int = 1) -> list[Reference]:
        """References whose value lies within about ``spread`` points of ``value``."""
        centre = round(value)
        out: list[Reference] = []
        for v in range(centre - spread, centre + spread + 1):
            out.extend(self._refs(self._by_value.get(v, ())))
        return out

    def agreeing(self, value: float, decimals: int, spread: int = 1) -> list[Reference]:
        """The rows of ``near_value(value, spread)`` whose printed value agrees with ``value``
        printed at ``decimals`` places (``match.values_agree``), found through an interval index."""
        lo, hi = interval(value, decimals)
        centre = round(value)
        hits = []
        for width, los, rows in self._interval_index():
            # a row of this width overlaps [lo, hi) only if it starts in (lo - width, hi)
            start, stop = bisect_left(los, lo - width), bisect_left(los, hi)
            hits.extend(
                (bucket, i)
                for rlo, rhi, bucket, i in rows[start:stop]
                if abs(bucket - centre) <= spread and values_overlap(lo, hi, rlo, rhi)
            )
        return self._refs(i for _, i in sorted(hits))

    def _interval_index(self) -> list[tuple[float, list[float], list[tuple]]]:
        """Rows grouped by the width of their printed interval (1, 0.1, ...), sorted by start."""
        if self._intervals is None:
            groups: dict[float, list[tuple]] = defaultdict(list)
            for i, t in enumerate(self._rows):
                rlo, rhi = printed_interval(t[5], t[4])
                groups[round(rhi - rlo, 9)].append((rlo, rhi, round(t[4]), i))
            self._intervals = [
                (width + 1e-9, [r[0] for r in rows], rows)
                for width, rows in ((w, sorted(rs)) for w, rs in groups.items())
            ]
        return self._intervals

    def knows_model(self, model_id: str) -> bool:
        return model_id in self._by_model or model_id in self.models

    def source(self, source_id: str) -> Source | None:
        return self.sources.get(source_id)

    def extended(self, references: Iterable[Reference], sources: Iterable[Source]) -> RefStore:
        """A new store with extra references (e.g. the user's own results)."""
        srcs = dict(self.sources)
        srcs.update({s.id: s for s in sources})
        return RefStore(
            sources=srcs,
            models=self.models,
            content_hash=self.content_hash + "+user",
            rows=self._rows + [_ref_tuple(r) for r in references],
        )


def content_hash(directory: Path) -> str:
    digest = hashlib.sha256()
    for name in DATA_FILES:
        path = directory / name
        if path.is_file():
            digest.update(name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def _cache_dir() -> Path:
    base = os.environ.get("CLAIMCHECK_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "claimcheck"
    )
    return Path(base)


def _read_csv(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            return list(csv.DictReader(fh))
    except OSError as exc:
        raise ReferenceDataError(f"cannot read: {exc.strerror}", path=str(path)) from exc


def parse_directory(directory: Path) -> RefStore:
    """Parse the tables in ``directory`` (no cache)."""
    ref_path = directory / "references.csv"
    if not ref_path.is_file():
        raise ReferenceDataError("references.csv not found", path=str(directory))
    rows = _read_csv(ref_path)
    refs = tuple(reference_from_row(r, f"{ref_path}:{i + 2}") for i, r in enumerate(rows))
    sources: dict[str, Source] = {}
    src_path = directory / "sources.csv"
    if src_path.is_file():
        rows = _read_csv(src_path)
        if rows and "id" not in rows[0]:
            raise ReferenceDataError("missing column 'id'", path=str(src_path))
        for r in rows:
            sources[r["id"]] = Source(
                id=r["id"],
                title=r.get("title", ""),
                kind=r.get("kind", ""),
                first_party=(r.get("first_party", "").lower() in ("true", "yes", "1")),
                url=r.get("url", ""),
                version=r.get("version", ""),
                date=r.get("date", ""),
                license=r.get("license", ""),
            )
    models: dict[str, dict[str, str]] = {}
    model_path = directory / "models.csv"
    if model_path.is_file():
        try:
            models = {r["model_id"]: r for r in _read_csv(model_path)}
        except KeyError as exc:
            raise ReferenceDataError(f"missing column {exc}", path=str(model_path)) from exc
    return RefStore(refs, sources, models)


def load_store(directory: Path | None = None, *, use_cache: bool = True) -> RefStore:
    """Load the reference store, through the content-hash cache when possible."""
    directory = Path(directory) if directory else bundled_dir()
    key = content_hash(directory)
    cache_file = _cache_dir() / f"refs-{CACHE_FORMAT}-{key}.pickle"
    if use_cache and cache_file.is_file():
        try:
            with cache_file.open("rb") as fh:
                store = pickle.load(fh)
            if isinstance(store, RefStore):
                return store
        except Exception:  # a corrupt cache is rebuilt, never trusted
            pass
    store = parse_directory(directory)
    store.content_hash = key
    if use_cache:
        _write_cache(cache_file, store)
    return store


def _write_cache(cache_file: Path, store: RefStore) -> None:
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_file.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(store, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache_file)
    except OSError:
        pass  # a read-only home still works, only slower


def load_benchmark_registry(directory: Path | None = None) -> dict[str, dict]:
    directory = Path(directory) if directory else bundled_dir()
    path = directory / "benchmarks.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReferenceDataError(f"cannot read benchmark registry: {exc}", path=str(path)) from exc
    try:
        registry = {b["slug"]: b for b in data["benchmarks"]}
        for b in registry.values():
            b["name"], b.get("aliases", []), b.get("problems", {})  # noqa: B018 - shape check
    except (KeyError, TypeError, AttributeError) as exc:
        raise ReferenceDataError(
            f"malformed benchmark registry: expected {{'benchmarks': [{{'slug', 'name', ...}}]}} ({type(exc).__name__}: {exc})",
            path=str(path),
        ) from exc
    return registry
