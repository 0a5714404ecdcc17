"""Importers: one function per raw source under ``refdata/``, each returning a :class:`SourceImport`.

An importer reads one source's files (never copies them), turns each printed figure
into a :class:`~checker.records.Reference`, and records every row it does not import
as an :class:`Exclusion` with a reason. Values stay in percent; ``value_text`` is the
number exactly as printed.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from checker.errors import SourceError
from checker.models import BASE_BY_DEFAULT, model_id, parse_model_name
from checker.records import Reference, Setting, Source
from checker.refdata.registry import BenchmarkRegistry
from checker.vocab import window_version


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A source row that was not imported, and why."""

    source_id: str
    file: str
    row: str  # 1-based CSV line, or a JSON key path
    model: str
    benchmark: str
    reason: str  # stable code, e.g. "value.missing"
    detail: str = ""


@dataclass(frozen=True, slots=True)
class SourceImport:
    """What one importer produced."""

    source: Source
    references: tuple[Reference, ...]
    exclusions: tuple[Exclusion, ...] = ()
    first_party: str = "no"  # "yes" | "no" | "mixed", as written to sources.csv
    files: tuple[str, ...] = ()  # raw files read, relative to the refdata root


Importer = Callable[[Path, BenchmarkRegistry], "list[SourceImport]"]

_NUM = re.compile(r"^-?\d+(?:\.\d+)?$")


# ---------------------------------------------------------------------------
# small parsers


def parse_value(text: str | None) -> float | None:
    """A printed number in percent, or ``None`` for blanks, dashes and nulls."""
    if text is None:
        return None
    t = str(text).strip().strip("'\"").rstrip("%").strip()
    return float(t) if _NUM.match(t) else None


def clean_value_text(text: str) -> str:
    return str(text).strip().strip("'\"").rstrip("%").strip()


def parse_metric(text: str) -> tuple[str, str | None]:
    """``(metric, decoding)`` from a metric cell: ``pass@1 (greedy)`` -> ``("pass@1", "greedy")``."""
    t = (text or "").strip().lower()
    m = re.match(r"pass@(\d+)", t)
    if m:
        decoding = "greedy" if "greedy" in t else None
        return f"pass@{m.group(1)}", decoding
    if t in ("score", "average", "avg"):
        return "score", None
    return "unstated", None


def parse_setting(text: str, **fixed: object) -> Setting:
    """Setting fields stated in a free-text setting cell; ``fixed`` overrides or adds fields."""
    t = (text or "").lower()
    shots = None
    m = re.search(r"(\d+)[- ]shot", t)
    if m:
        shots = int(m.group(1))
    elif "zero-shot" in t:
        shots = 0
    decoding = None
    if "greedy" in t:
        decoding = "greedy"
    elif re.search(r"sampl|nucleus", t):
        decoding = "sampled"
    n = re.search(r"\bn\s*=\s*(\d+)", t)
    temp = re.search(r"\bt(?:emp(?:erature)?)?\s*=\s*(\d+(?:\.\d+)?)", t)
    cot = None
    if re.search(r"cot\s*=\s*(yes|true)", t) or "cot prompt" in t:
        cot = True
    elif re.search(r"cot\s*=\s*(no|false)", t):
        cot = False
    setting = Setting(
        shots=shots,
        decoding=decoding,
        n_samples=int(n.group(1)) if n else None,
        temperature=float(temp.group(1)) if temp else None,
        cot=cot,
    )
    return replace(setting, **fixed) if fixed else setting


def read_csv_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """``(line, row)`` pairs of a CSV with a header (line = 1-based line of the row)."""
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            return [(reader.line_num, dict(r)) for r in reader]
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror}", path=str(path)) from exc
    except csv.Error as exc:
        raise SourceError(f"malformed CSV: {exc}", path=str(path)) from exc


def read_json(path: Path) -> object:
    """JSON with every number kept as its printed text (so ``82.0`` stays ``"82.0"``)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror}", path=str(path)) from exc
    try:
        return json.loads(text, parse_float=str, parse_int=str)
    except ValueError as exc:
        raise SourceError(f"malformed JSON: {exc}", path=str(path)) from exc


def compact_notes(rows: Iterable[dict[str, str]], limit: int = 240) -> dict[str, str]:
    """Map each note text to what is kept on the row: repeated boilerplate is dropped.

    A note printed on more than two rows of a file describes the whole table (it is
    summarised in ``benchmarks/README.md``); a rarer note is row-specific and kept.
    """
    counts = Counter(r.get("notes", "") for r in rows)
    out: dict[str, str] = {}
    for note, n in counts.items():
        if n > 2 or not note:
            out[note] = ""
        else:
            out[note] = note if len(note) <= limit else note[: limit - 1].rstrip() + "…"
    return out


def hint_for(name: str, hint: str | None) -> str | None:
    """``hint`` only for families whose unsuffixed name means the base model.

    "Llama 3 8B" in an instruction-tuned table is Llama 3 8B Instruct, but
    "o1-mini" or "GPT-4o" in the same table is the product itself.
    """
    if not hint:
        return None
    parsed = parse_model_name(name)
    return hint if parsed and parsed.key.family in BASE_BY_DEFAULT else None


def join_notes(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


class _Collector:
    """Accumulates references and exclusions for one source."""

    def __init__(self, source_id: str, file: str, registry: BenchmarkRegistry):
        self.source_id = source_id
        self.file = file
        self.registry = registry
        self.refs: list[Reference] = []
        self.excluded: list[Exclusion] = []

    def exclude(
        self, row: object, model: str, benchmark: str, reason: str, detail: str = ""
    ) -> None:
        self.excluded.append(
            Exclusion(self.source_id, self.file, str(row), model, benchmark, reason, detail)
        )

    def add(
        self,
        row: object,
        *,
        model: str,
        benchmark_text: str,
        slug: str | None,
        metric: str,
        value_text: str,
        setting: Setting,
        locator: str,
        notes: str = "",
        first_party: bool = False,
        variant_hint: str | None = None,
        valid_from: str | None = None,
        valid_to: str | None = None,
        printed_model: str | None = None,
        scale: float = 1.0,
    ) -> Reference | None:
        """Add one figure, or record why it cannot be imported (``scale`` 100 for fractions)."""
        value = parse_value(value_text)
        if value is not None and scale != 1.0:
            value = round(value * scale, 6)
        if value is None:
            why = (
                "value.missing"
                if clean_value_text(value_text) in ("", "-", "null", "None", "N/A")
                else "value.non-numeric"
            )
            self.exclude(row, model, benchmark_text, why, f"value {value_text!r}")
            return None
        if slug is None:
            self.exclude(row, model, benchmark_text, "benchmark.unknown", benchmark_text)
            return None
        if not 0.0 <= value <= 100.0:
            self.exclude(row, model, benchmark_text, "value.out-of-range", value_text)
            return None
        mid = model_id(model, hint_for(model, variant_hint))
        if mid is None:
            self.exclude(row, model, benchmark_text, "model.unparsable", model)
            return None
        ref = Reference(
            model=printed_model or model,
            model_id=mid,
            benchmark=slug,
            metric=metric,
            value=value,
            value_text=clean_value_text(value_text),
            setting=setting,
            source_id=self.source_id,
            locator=locator,
            notes=notes,
            first_party=first_party,
            n_problems=self.registry.n_problems(slug, setting.dataset_version),
            valid_from=valid_from,
            valid_to=valid_to,
        )
        self.refs.append(ref)
        return ref

    def result(self, source: Source, first_party: str, files: Iterable[str]) -> SourceImport:
        return SourceImport(
            source, tuple(self.refs), tuple(self.excluded), first_party, tuple(files)
        )


def _need(path: Path) -> Path:
    if not path.is_file():
        raise SourceError("source file not found", path=str(path), code="source.missing")
    return path


# ---------------------------------------------------------------------------
# EvalPlus leaderboard (results.json)

EVALPLUS_COMMIT = "87418456d3a8c2bc6265f24ff91d2dd0e7993f4b"
# The leaderboard's MBPP and MBPP+ are the v0.2 subset (378 tasks; refdata README,
# evalplus_leaderboard/results.json), so its rows say v0.2, not just "evalplus"
_EVALPLUS_COLUMNS = {
    "humaneval": ("humaneval", None),
    "humaneval+": ("humaneval-plus", None),
    "mbpp": ("mbpp", "v0.2"),
    "mbpp+": ("mbpp-plus", "v0.2"),
}


def evalplus_source(version: str = EVALPLUS_COMMIT, date: str = "2024-12-26") -> Source:
    return Source(
        id="evalplus-leaderboard",
        title="EvalPlus leaderboard (evalplus.github.io results.json)",
        kind="leaderboard",
        first_party=False,
        url="https://evalplus.github.io/leaderboard.html",
        version=version,
        date=date,
        license="Apache-2.0",
    )


def import_evalplus_json(
    path: Path, registry: BenchmarkRegistry, source: Source | None = None, file: str = ""
) -> SourceImport:
    """EvalPlus ``results.json``: model -> {pass@1: {humaneval, humaneval+, mbpp, mbpp+}, prompted}.

    All values are pass@1 with greedy decoding (EvalPlus re-runs every model);
    ``prompted: true`` means an instruction (chat) prompt, false direct completion.
    MBPP/MBPP+ are the EvalPlus MBPP subset v0.2 (dataset_version ``v0.2``, 378 tasks).
    """
    source = source or evalplus_source()
    data = read_json(_need(path))
    if not isinstance(data, dict):
        raise SourceError("expected a JSON object of models", path=str(path))
    col = _Collector(source.id, file or "evalplus_leaderboard/results.json", registry)
    for name in data:
        entry = data[name]
        scores = entry.get("pass@1") if isinstance(entry, dict) else None
        if not isinstance(scores, dict):
            col.exclude(name, name, "", "entry.malformed", "no pass@1 object")
            continue
        prompted = entry.get("prompted")
        prompt = {True: "instruct", False: "base"}.get(prompted)  # type: ignore[arg-type]
        for column, value in scores.items():
            slug, version = _EVALPLUS_COLUMNS.get(column, (None, None))
            col.add(
                f"{name}/pass@1/{column}",
                model=name,
                benchmark_text=column,
                slug=slug,
                metric="pass@1",
                value_text="null" if value is None else str(value),
                setting=Setting(decoding="greedy", prompt=prompt, dataset_version=version),
                locator="results.json",
            )
    return col.result(source, "no", ["evalplus_leaderboard/results.json"])


def import_evalplus(root: Path, registry: BenchmarkRegistry) -> list[SourceImport]:
    return [import_evalplus_json(root / "evalplus_leaderboard" / "results.json", registry)]


# ---------------------------------------------------------------------------
# CodeEval-Pro: paper tables (arXiv:2412.21199) and the leaderboard data.csv

CODEEVAL_PRO_COMMIT = "470f9ea0dfba17076545c0b8efb22a16ec7c3eff"
_CODEEVAL_LOCATORS = {
    "Table 2 (main results)": "Table 2",
    "Abstract": "Abstract",
    "Table 5 (v1 numbering)": "Table 5",
    "Table 6 (appendix, v1 numbering)": "Table 6",
    "Table 7 (appendix, v1 numbering)": "Table 7",
    "CoT ablation table (paper Table 4 in v1 numbering per deep-diver)": "Table 4 (CoT)",
}
_SECONDARY = "secondary source: deep-diver/ai-paper-reviewer tables.json"


def _evalplus_version(slug: str | None) -> str | None:
    return "evalplus" if slug in ("mbpp", "mbpp-plus") else None


def import_codeeval_pro_paper(path: Path, registry: BenchmarkRegistry) -> SourceImport:
    """Transcribed tables of the HumanEval Pro / MBPP Pro paper (third-party for every model)."""
    source = Source(
        id="arXiv:2412.21199",
        title="HumanEval Pro and MBPP Pro: Evaluating LLMs on Self-invoking Code Generation",
        kind="paper",
        first_party=False,
        url="https://arxiv.org/abs/2412.21199",
        version="v1 tables (abstract checked in v2)",
        date="2024-12",
        license="arXiv (see paper page)",
    )
    rows = read_csv_rows(_need(path))
    notes = compact_notes(r for _, r in rows)
    col = _Collector(source.id, "codeeval_pro/paper_2412.21199_tables.csv", registry)
    for line, r in rows:
        slug = registry.slug(r["benchmark"])
        metric, _ = parse_metric(r["metric"])
        setting = parse_setting(r["setting"], dataset_version=_evalplus_version(slug))
        locator = _CODEEVAL_LOCATORS.get(r["locator"], r["locator"])
        note = notes[r.get("notes", "")]
        if r["locator"].startswith(("Table 5", "Table 6", "Table 7")):
            note = join_notes(_SECONDARY, note)
        if r["locator"] == "Abstract":
            note = (
                "abstract sentence; Table 2 prints 97.6 for o1-mini HumanEval"
                if slug == "humaneval"
                else "abstract sentence"
            )
        col.add(
            line,
            model=r["model"],
            benchmark_text=r["benchmark"],
            slug=slug,
            metric=metric,
            value_text=r["value"],
            setting=setting,
            locator=locator,
            notes=note,
        )
    return col.result(source, "no", [col.file])


_CODEEVAL_LB_COLUMNS = {
    "HumanEval": ("humaneval", None),
    "MBPP": ("mbpp", None),
    "HumanEval Pro (0 shot)": ("humaneval-pro", 0),
    "MBPP Pro (0 shot)": ("mbpp-pro", 0),
}


def codeeval_pro_leaderboard_source(
    version: str = CODEEVAL_PRO_COMMIT, date: str = "2025-01-23"
) -> Source:
    return Source(
        id="codeeval-pro-leaderboard",
        title="HumanEval Pro / MBPP Pro leaderboard (answers111/evalpro.github.io data.csv)",
        kind="leaderboard",
        first_party=False,
        url="https://answers111.github.io/evalpro.github.io/leaderboard.html",
        version=version,
        date=date,
        license="MIT",
    )


def import_codeeval_pro_leaderboard_csv(
    path: Path, registry: BenchmarkRegistry, source: Source | None = None, file: str = ""
) -> SourceImport:
    """The raw leaderboard ``data.csv``: wide table, pass@1 greedy, ``-`` = not reported."""
    source = source or codeeval_pro_leaderboard_source()
    col = _Collector(source.id, file or "codeeval_pro/leaderboard_data.csv", registry)
    for line, r in read_csv_rows(_need(path)):
        name = (r.get("Model") or "").strip()
        for column, (slug, shots) in _CODEEVAL_LB_COLUMNS.items():
            if column not in r:
                col.exclude(line, name, column, "column.missing")
                continue
            col.add(
                line,
                model=name,
                benchmark_text=column,
                slug=slug,
                metric="pass@1",
                value_text=r[column],
                setting=Setting(
                    shots=shots, decoding="greedy", dataset_version=_evalplus_version(slug)
                ),
                locator="data.csv",
            )
    return col.result(source, "no", [col.file])


def import_codeeval_pro(root: Path, registry: BenchmarkRegistry) -> list[SourceImport]:
    base = root / "codeeval_pro"
    return [
        import_codeeval_pro_paper(base / "paper_2412.21199_tables.csv", registry),
        import_codeeval_pro_leaderboard_csv(base / "leaderboard_data.csv", registry),
    ]


# ---------------------------------------------------------------------------
# Code Llama paper, Table 2 (arXiv:2308.12950)


def import_codellama(root: Path, registry: BenchmarkRegistry) -> list[SourceImport]:
    """Code Llama Table 2: HumanEval 0-shot and MBPP 3-shot (the 500-problem test set)."""
    source = Source(
        id="arXiv:2308.12950",
        title="Code Llama: Open Foundation Models for Code",
        kind="paper",
        first_party=True,
        url="https://arxiv.org/abs/2308.12950",
        version="v3",
        date="2024-01-31",
        license="CC BY 4.0",
    )
    file = "codellama/paper_2308.12950_table2.csv"
    rows = read_csv_rows(_need(root / file))
    col = _Collector(source.id, file, registry)
    for line, r in rows:
        slug = registry.slug(r["benchmark"])
        metric, _ = parse_metric(r["metric"])
        version = "full-test" if slug == "mbpp" else None
        setting = parse_setting(r["setting"], dataset_version=version)
        if setting.decoding == "sampled":
            # caption: pass@10/100 with nucleus sampling p=0.95, T=0.8
            setting = replace(setting, temperature=setting.temperature or 0.8)
        quoted = "quoted from other sources" in r.get("notes", "")
        # Meta made Code Llama and Llama 2; quoted baselines are third-party
        first_party = not quoted and re.match(r"(Unnatural )?(Code )?Llama", r["model"]) is not None
        notes = "baseline quoted from other sources" if quoted else ""
        if "unreleased" in r["setting"]:
            notes = join_notes(notes, "unreleased model")
        col.add(
            line,
            model=r["model"],
            benchmark_text=r["benchmark"],
            slug=slug,
            metric=metric,
            value_text=r["value"],
            setting=setting,
            locator="Table 2",
            notes=notes,
            first_party=first_party,
        )
    return [col.result(source, "mixed", [file])]


# ---------------------------------------------------------------------------
# Transcribed tables in the common schema (model,benchmark,metric,value,setting,source,locator,notes)

_NAME_SUFFIX = re.compile(
    r"\s*\+\s*(CoT|Execution Feedback|Synth\.? Human Feedback(?:\s*\(Oracle\))?)", re.I
)
_FEEDBACK = (
    ("oracle", "synthetic-human-oracle"),
    ("human", "synthetic-human"),
    ("execution", "execution"),
)
_KNOWN_SETTING_WORDS = re.compile(
    r"\b(base|instruct|chat|proprietary|other|open|greedy|sampling|sampled|nucleus|\d+-shot|"
    r"zero-shot|n\s*=\s*\d+|t\s*=\s*[\d.]+|p\s*=\s*[\d.]+|top_p\s*=\s*[\d.]+|cot\s*=\s*(yes|no)|"
    r"cot prompt|single turn|evalplus|as in report|as stated in abstract)\b",
    re.I,
)


def split_model_name(name: str) -> tuple[str, bool | None, str | None]:
    """``(name, cot, feedback)``: "X + Execution Feedback" -> ("X", None, "execution")."""
    cot: bool | None = None
    feedback: str | None = None
    for m in _NAME_SUFFIX.finditer(name):
        word = m.group(1).lower()
        if word == "cot":
            cot = True
        else:
            feedback = next(v for k, v in _FEEDBACK if k in word)
    clean = re.sub(r"\s+", " ", _NAME_SUFFIX.sub(" ", name)).strip()
    return clean, cot, feedback


def lcb_window(text: str) -> str | None:
    """LiveCodeBench date window as ``YYMM-YYMM`` (``all-time`` for the full set)."""
    t = text.strip()
    if re.fullmatch(r"\d{4}-\d{4}", t):
        return t
    version = window_version(t)
    return version if version and not version.startswith("v") else None


def benchmark_of(text: str, registry: BenchmarkRegistry) -> tuple[str | None, str | None]:
    """``(slug, dataset_version)`` of a printed benchmark name such as ``LiveCodeBench (2407-2409)``."""
    slug = registry.slug(text)
    if slug:
        return slug, None
    m = re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*", text)
    if m:
        slug = registry.slug(m.group(1))
        if slug == "livecodebench":
            window = lcb_window(m.group(2))
            return (slug, window) if window else (None, None)
    return None, None


def setting_note(text: str) -> str:
    """The parts of a setting cell that no Setting field captures (kept as a note)."""
    kept = []
    for part in (text or "").split(";"):
        rest = re.sub(r"[\s,/()]+", " ", _KNOWN_SETTING_WORDS.sub(" ", part)).strip()
        if rest:
            kept.append(part.strip())
    return "; ".join(kept)


def _trunc(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def short_locator(text: str) -> str:
    """A short table/section locator from a transcriber's long one.

    ``section "A" > "B" table, group "G", column "C" (line 9)`` -> ``B table, G, C, line 9``.
    """
    t = text.strip()
    if not t.startswith("section") and 'column "' not in t:
        return _trunc(t.split(" : ", 1)[0], 60)
    is_table = " table" in t
    head = t.split(" table", 1)[0] if is_table else t.split(":", 1)[0]
    names = re.findall(r'"([^"]+)"', head)
    if is_table:
        first = f"{names[-1] if names else head.removeprefix('section').strip()} table"
    else:
        tail = head.rsplit('"', 1)[-1].strip() if names else ""
        first = " ".join(p for p in ((names[-1] if names else head), tail) if p).replace(" ,", ",")
        first = re.sub(r"\s*\(line \d+\)", "", first)
    parts = [first]
    for label, rx in (
        ("", r'group "([^"]+)"'),
        ("row ", r'row "([^"]+)"'),
        ("", r'column "([^"]+)"'),
    ):
        m = re.search(rx, t)
        if m:
            parts.append(label + m.group(1))
    if "in parentheses" in t:
        parts[-1] += " (in parens)"
    line = re.search(r"\(line (\d+)\)", t)
    if line:
        parts.append(f"line {line.group(1)}")
    return _trunc(", ".join(parts), 100)


@dataclass(frozen=True, slots=True)
class TableSpec:
    """How to read one transcribed table file."""

    file: str  # relative to the refdata root
    source: Source
    party: str  # "yes" | "no" | "mixed"
    own_models: str = r"(?!)"  # regex (search, case-insensitive) for the authors' own models
    mbpp_version: Callable[[dict[str, str]], str | None] = lambda r: None
    locator: Callable[[str], str] = short_locator
    adjust: Callable[[dict[str, str], Setting], Setting] | None = None
    metric: Callable[[dict[str, str], str | None], str] | None = None  # (row, slug) -> metric
    note: Callable[[dict[str, str]], str] | None = None  # extra row note
    rows: Callable[[dict[str, str]], bool] | None = None  # rows of this source (file shared)


def import_table(root: Path, registry: BenchmarkRegistry, spec: TableSpec) -> SourceImport:
    """Import a transcribed table in the common refdata CSV schema."""
    rows = read_csv_rows(_need(root / spec.file))
    notes = compact_notes(r for _, r in rows)
    if spec.rows is not None:
        rows = [(line, r) for line, r in rows if spec.rows(r)]
    col = _Collector(spec.source.id, spec.file, registry)
    own = re.compile(spec.own_models, re.I)
    for line, r in rows:
        name, cot, feedback = split_model_name(r["model"])
        slug, version = benchmark_of(r["benchmark"], registry)
        if slug in ("mbpp", "mbpp-plus"):
            version = spec.mbpp_version(r) if slug == "mbpp" else "evalplus"
        metric, decoding = parse_metric(r["metric"])
        if spec.metric is not None:
            metric = spec.metric(r, slug)
        setting = parse_setting(r["setting"], dataset_version=version)
        if decoding and not setting.decoding:
            setting = replace(setting, decoding=decoding)
        if cot is not None:
            setting = replace(setting, cot=cot)
        if feedback is not None:
            setting = replace(setting, feedback=feedback)
        if spec.adjust is not None:
            setting = spec.adjust(r, setting)
        hint = "instruct" if r["setting"].strip().lower().startswith("instruct") else None
        col.add(
            line,
            model=name,
            benchmark_text=r["benchmark"],
            slug=slug,
            metric=metric,
            value_text=r["value"],
            setting=setting,
            locator=spec.locator(r["locator"]),
            notes=join_notes(
                spec.note(r) if spec.note else "",
                setting_note(r["setting"]),
                notes[r.get("notes", "")],
            ),
            first_party=own.search(name) is not None,
            variant_hint=hint,
        )
    return col.result(spec.source, spec.party, [spec.file])


def _evalplus_if(pattern: str) -> Callable[[dict[str, str]], str | None]:
    """MBPP is the EvalPlus subset when the setting or locator matches ``pattern``."""
    rx = re.compile(pattern, re.I)
    return lambda r: "evalplus" if rx.search(r["setting"] + " " + r["locator"]) else None


def _table_locator(text: str) -> str:
    m = re.match(r"(Table \d+)", text)
    return m.group(1) if m else short_locator(text)


# Qwen2.5-Coder Technical Report (arXiv:2409.12186)
QWEN25_CODER_PAPER = TableSpec(
    file="qwen25coder/paper_2409.12186_tables.csv",
    source=Source(
        id="arXiv:2409.12186",
        title="Qwen2.5-Coder Technical Report",
        kind="paper",
        first_party=True,
        url="https://arxiv.org/abs/2409.12186",
        version="v3-era content (0.5B-32B)",
        date="2024-11",
        license="arXiv (see paper page)",
    ),
    party="mixed",
    own_models=r"qwen|codeqwen",
    # Table 5 pairs MBPP (EvalPlus) with a separate "MBPP 3-shot" column; Table 16 is EvalPlus
    mbpp_version=lambda r: None if "3-shot" in r["setting"] else "evalplus",
    locator=_table_locator,
)

# Qwen3 Technical Report (arXiv:2505.09388), base-model coding rows
QWEN3_PAPER = TableSpec(
    file="qwen3/paper_2505.09388_base_code_rows.csv",
    source=Source(
        id="arXiv:2505.09388",
        title="Qwen3 Technical Report",
        kind="paper",
        first_party=True,
        url="https://arxiv.org/abs/2505.09388",
        version="v1",
        date="2025-05",
        license="arXiv (see paper page)",
    ),
    party="mixed",
    own_models=r"qwen",
    # "EvalPlus" is the report's aggregate score; the other rows print no metric
    metric=lambda r, slug: "score" if slug == "evalplus-avg" else "unstated",
    locator=_table_locator,
    note=lambda r: "EvalPlus average score (not HumanEval)" if r["benchmark"] == "EvalPlus" else "",
)

# DeepSeek-Coder paper (arXiv:2401.14196), Table 3
DEEPSEEK_CODER_PAPER = TableSpec(
    file="deepseek_coder/paper_2401.14196_table3.csv",
    source=Source(
        id="arXiv:2401.14196",
        title="DeepSeek-Coder: When the Large Language Model Meets Programming",
        kind="paper",
        first_party=True,
        url="https://arxiv.org/abs/2401.14196",
        version="v2",
        date="2024-01",
        license="arXiv (see paper page)",
    ),
    party="mixed",
    own_models=r"deepseek",
    adjust=lambda r, s: _humaneval_zero_shot(r, s) if r["benchmark"] != "MBPP" else s,
    note=lambda r: "baseline re-run by DeepSeek" if "deepseek" not in r["model"].lower() else "",
    locator=_table_locator,
)

QWEN25_CODER_README = TableSpec(
    file="qwen25coder_repo/readme_instruct_quantization.csv",
    source=Source(
        id="qwen2.5-coder-eval-readme",
        title="Qwen2.5-Coder qwencoder-eval/instruct/README.md (Quantization Evaluation Results)",
        kind="model card",
        first_party=True,
        url="https://github.com/QwenLM/Qwen2.5-Coder/blob/d5ead97fea36bca3744e1a4c49e882f6fa2f406a/qwencoder-eval/instruct/README.md",
        version="d5ead97fea36bca3744e1a4c49e882f6fa2f406a",
        date="2024-11-18",
        license="none stated (no LICENSE file)",
    ),
    party="yes",
    own_models=r"qwen",
    mbpp_version=lambda r: "evalplus",
)

CODEQWEN15_README = TableSpec(
    file="codeqwen15_repo/readme_tables.csv",
    source=Source(
        id="codeqwen1.5-readme",
        title="CodeQwen1.5 README (Performance tables)",
        kind="model card",
        first_party=True,
        url="https://github.com/QwenLM/CodeQwen1.5/blob/b082fc3f5302cb6a63efa8fcc9dbf572a3c2303e/README.md",
        version="b082fc3f5302cb6a63efa8fcc9dbf572a3c2303e",
        date="2024-04-24",
        license="none stated (no LICENSE file)",
    ),
    party="mixed",
    own_models=r"codeqwen",
    mbpp_version=_evalplus_if(r"EvalPlus;|0-shot"),
)


def _leetcode_cot(r: dict[str, str], s: Setting) -> Setting:
    # the LeetCode table contrasts rows with and without a CoT prompt
    if "LeetCode" in r["benchmark"] and s.cot is None:
        return replace(s, cot=False)
    return s


def _humaneval_zero_shot(r: dict[str, str], s: Setting) -> Setting:
    return replace(s, shots=0) if s.shots is None else s


def _deepseek_repo_spec(
    key: str, path: str, date: str, keep: Callable[[dict[str, str]], bool], adjust=None
) -> TableSpec:
    return TableSpec(
        file="deepseek_coder_repo/evaluation_readme_tables.csv",
        source=Source(
            id=f"deepseek-coder-{key}-readme",
            title=f"DeepSeek-Coder {path}",
            kind="model card",
            first_party=True,
            url=f"https://github.com/deepseek-ai/DeepSeek-Coder/blob/2f9fd85927c669dae3c0fbb2d607274023af243e/{path}",
            version="2f9fd85927c669dae3c0fbb2d607274023af243e",
            date=date,
            license="MIT (LICENSE-CODE)",
        ),
        party="mixed",
        own_models=r"deepseek",
        mbpp_version=lambda r: "full-test",  # README: the original 500-task test set, 3-shot
        adjust=adjust,
        rows=keep,
    )


# The three DeepSeek-Coder evaluation READMEs are separate documents: one source each.
DEEPSEEK_CODER_READMES = (
    _deepseek_repo_spec(
        "humaneval",
        "Evaluation/HumanEval/README.md",
        "2023-11-10",
        lambda r: "LeetCode" not in r["benchmark"] and r["benchmark"] != "MBPP",
        _humaneval_zero_shot,
    ),
    _deepseek_repo_spec(
        "mbpp", "Evaluation/MBPP/README.md", "2023-11-03", lambda r: r["benchmark"] == "MBPP"
    ),
    _deepseek_repo_spec(
        "leetcode",
        "Evaluation/LeetCode/readme.md",
        "2024-01-26",
        lambda r: "LeetCode" in r["benchmark"],
        _leetcode_cot,
    ),
)


DEEPSEEK_CODER_V2_README = TableSpec(
    file="deepseek_coder_v2_repo/readme_code_generation.csv",
    source=Source(
        id="deepseek-coder-v2-readme",
        title="DeepSeek-Coder-V2 README (3.1 Code Generation)",
        kind="model card",
        first_party=True,
        url="https://github.com/deepseek-ai/DeepSeek-Coder-V2/blob/c59bc464f610cac2735c4349cc8538a630f07c72/README.md",
        version="c59bc464f610cac2735c4349cc8538a630f07c72",
        date="2024-09-23",
        license="MIT (LICENSE-CODE)",
    ),
    party="mixed",
    own_models=r"deepseek",
    mbpp_version=lambda r: "evalplus",
)

MAGICODER_README = TableSpec(
    file="magicoder_repo/readme_tables.csv",
    source=Source(
        id="magicoder-readme",
        title="Magicoder README (Models table and About note)",
        kind="model card",
        first_party=True,
        url="https://github.com/ise-uiuc/magicoder/blob/3ef43f0feaa2a48c3bb86d0b1f0d4482912d2e18/README.md",
        version="3ef43f0feaa2a48c3bb86d0b1f0d4482912d2e18",
        date="2024-11-01",
        license="MIT",
    ),
    party="mixed",
    own_models=r"magicoder",
    mbpp_version=lambda r: "evalplus",
)


def _wizard_metric(r: dict[str, str], slug: str | None) -> str:
    return parse_metric(r["metric"])[0]


def _wizard_mbpp(r: dict[str, str]) -> str | None:
    # the top table is EvalPlus-style HumanEval(+)/MBPP(+); the open-source table is not
    return "evalplus" if r["locator"].startswith("top results table") else None


WIZARDCODER_README = TableSpec(
    file="wizardcoder_repo/readme_tables.csv",
    source=Source(
        id="wizardcoder-readme",
        title="WizardCoder README (nlpxucan/WizardLM WizardCoder/README.md)",
        kind="model card",
        first_party=True,
        url="https://github.com/nlpxucan/WizardLM/blob/cd4b4cc022b6426aee62d51f7ae99a4a6ec9aaef/WizardCoder/README.md",
        version="cd4b4cc022b6426aee62d51f7ae99a4a6ec9aaef",
        date="2025-06-07",
        license="Apache-2.0 (CODE_LICENSE)",
    ),
    party="mixed",
    own_models=r"wizard",
    mbpp_version=_wizard_mbpp,
    metric=_wizard_metric,
)

OPENCODEINTERPRETER_README = TableSpec(
    file="opencodeinterpreter_repo/readme_tables.csv",
    source=Source(
        id="opencodeinterpreter-readme",
        title="OpenCodeInterpreter README (results table)",
        kind="model card",
        first_party=True,
        url="https://github.com/OpenCodeInterpreter/OpenCodeInterpreter/blob/9674d8a521df7f92becd8a7a8e60a8792e71869a/README.md",
        version="9674d8a521df7f92becd8a7a8e60a8792e71869a",
        date="2024-03-13",
        license="Apache-2.0",
    ),
    party="yes",
    own_models=r"opencodeinterpreter",
    mbpp_version=lambda r: "evalplus",
)

LLAMA3_MODEL_CARD = TableSpec(
    file="llama3_repo/model_card_code_rows.csv",
    source=Source(
        id="llama3-model-card",
        title="Meta Llama 3 MODEL_CARD.md (Instruction tuned models table)",
        kind="model card",
        first_party=True,
        url="https://github.com/meta-llama/llama3/blob/a0940f9cf7065d45bb6675660f80d305c041a754/MODEL_CARD.md",
        version="a0940f9cf7065d45bb6675660f80d305c041a754",
        date="2024-07-11",
        license="Meta Llama 3 Community License",
    ),
    party="yes",
    own_models=r"llama",
)


def _specs(*specs: TableSpec) -> Importer:
    return lambda root, registry: [import_table(root, registry, s) for s in specs]


# ---------------------------------------------------------------------------
# CodeQwen1.5 released EvalPlus output files

_CODEQWEN_FILES = {
    "codeqwen_base": "CodeQwen1.5-7B",
    "codeqwen_chat": "CodeQwen1.5-7B-Chat",
    "codeqwen_chat-awq": "CodeQwen1.5-7B-Chat-AWQ",
}
_EVALPLUS_TXT = re.compile(
    r"^(humaneval|mbpp)(\+)? \((base|base \+ extra) tests\)\s*\npass@1:\s*([\d.]+)", re.M
)


def parse_evalplus_txt(text: str) -> list[tuple[str, str]]:
    """``[(benchmark, value_text)]`` from EvalPlus console output (``humaneval+`` etc.)."""
    return [(m.group(1) + (m.group(2) or ""), m.group(4)) for m in _EVALPLUS_TXT.finditer(text)]


def import_codeqwen_results(root: Path, registry: BenchmarkRegistry) -> SourceImport:
    source = Source(
        id="codeqwen1.5-evalplus-results",
        title="CodeQwen1.5 released EvalPlus result files (evaluation/eval_plus/released/results)",
        kind="model card",
        first_party=True,
        url="https://github.com/QwenLM/CodeQwen1.5/tree/b082fc3f5302cb6a63efa8fcc9dbf572a3c2303e/evaluation/eval_plus/released/results",
        version="b082fc3f5302cb6a63efa8fcc9dbf572a3c2303e",
        date="2024-04-16",
        license="none stated (no LICENSE file)",
    )
    base = root / "codeqwen15_repo" / "evalplus_released_results"
    col = _Collector(source.id, "codeqwen15_repo/evalplus_released_results", registry)
    files = []
    for task in ("humaneval", "mbpp"):
        for stem, name in _CODEQWEN_FILES.items():
            rel = f"{task}/{stem}.txt"
            path = base / rel
            if not path.is_file():
                col.exclude(rel, name, task, "file.missing")
                continue
            files.append(f"codeqwen15_repo/evalplus_released_results/{rel}")
            for bench, text in parse_evalplus_txt(path.read_text(encoding="utf-8")):
                slug, _ = _EVALPLUS_COLUMNS[bench]
                col.add(
                    rel,
                    model=name,
                    benchmark_text=bench,
                    slug=slug,
                    metric="pass@1",
                    value_text=text,
                    scale=100.0,
                    setting=Setting(decoding="greedy", dataset_version=_evalplus_version(slug)),
                    locator=rel,
                    notes="printed as a fraction; generations dir temp_0.0",
                    first_party=True,
                )
    return col.result(source, "yes", files)


def import_codeqwen(root: Path, registry: BenchmarkRegistry) -> list[SourceImport]:
    return [
        import_table(root, registry, CODEQWEN15_README),
        import_codeqwen_results(root, registry),
    ]


# ---------------------------------------------------------------------------
# BigCodeBench leaderboard (results.json, results-hard.json, value_history.csv)

BIGCODEBENCH_COMMIT = "81f563565f3c8e63d2baacec0fcbc5c0500e45e6"
_BCB_FILES = {"full": "results.json", "hard": "results-hard.json"}
_BCB_SLUGS = {
    ("full", "complete"): "bigcodebench-complete",
    ("full", "instruct"): "bigcodebench-instruct",
    ("hard", "complete"): "bigcodebench-complete-hard",
    ("hard", "instruct"): "bigcodebench-instruct-hard",
}


def bigcodebench_source(version: str = BIGCODEBENCH_COMMIT, date: str = "2025-04-17") -> Source:
    return Source(
        id="bigcodebench-leaderboard",
        title="BigCodeBench leaderboard (bigcode-bench.github.io results.json, results-hard.json)",
        kind="leaderboard",
        first_party=False,
        url="https://bigcode-bench.github.io/",
        version=version,
        date=date,
        license="none stated (no LICENSE file)",
    )


def import_bigcodebench(root: Path, registry: BenchmarkRegistry) -> list[SourceImport]:
    """Current scores of both subsets, plus superseded values from the git history."""
    source = bigcodebench_source()
    base = root / "bigcodebench_leaderboard"
    col = _Collector(source.id, "bigcodebench_leaderboard", registry)
    history = _bcb_history(base / "value_history.csv")
    current: dict[tuple[str, str, str], float] = {}
    prompts: dict[str, str | None] = {}
    for subset, fname in _BCB_FILES.items():
        data = read_json(_need(base / fname))
        if not isinstance(data, dict):
            raise SourceError("expected a JSON object of models", path=str(base / fname))
        col.file = f"bigcodebench_leaderboard/{fname}"
        for name, entry in data.items():
            scores = entry.get("pass@1") if isinstance(entry, dict) else None
            if not isinstance(scores, dict):
                col.exclude(name, name, subset, "entry.malformed", "no pass@1 object")
                continue
            prompt = {True: "instruct", False: "base"}.get(entry.get("prompted"))
            prompts[name] = prompt
            note = "evaluated without response prefill" if entry.get("prefill") is False else ""
            for split, value in scores.items():
                slug = _BCB_SLUGS.get((subset, split))
                v = parse_value(value)
                since = history.get((name, subset, split), {}).get(
                    f"{v:g}" if v is not None else "", {}
                )
                since = since.get("first_commit_date") if since else None
                ref = col.add(
                    f"{name}/pass@1/{split}",
                    model=name,
                    benchmark_text=f"{subset}/{split}",
                    slug=slug,
                    metric="pass@1",
                    value_text="null" if value is None else str(value),
                    setting=Setting(decoding="greedy", prompt=prompt),
                    locator=fname,
                    notes=note,
                    valid_from=since,
                )
                if ref is not None:
                    current[(name, subset, split)] = ref.value
    col.file = "bigcodebench_leaderboard/value_history.csv"
    for line, r in read_csv_rows(_need(base / "value_history.csv")):
        key = (r["model"], r["subset"], r["split"])
        value = parse_value(r["value"])
        if (
            value is not None
            and current.get(key) == value
            and r["last_commit"] == BIGCODEBENCH_COMMIT[:12]
        ):
            continue  # the current value, already imported with its valid_from
        if r["last_commit"] == BIGCODEBENCH_COMMIT[:12]:
            col.exclude(
                line,
                r["model"],
                f"{r['subset']}/{r['split']}",
                "history.current-mismatch",
                r["value"],
            )
            continue
        col.add(
            line,
            model=r["model"],
            benchmark_text=f"{r['subset']}/{r['split']}",
            slug=_BCB_SLUGS.get((r["subset"], r["split"])),
            metric="pass@1",
            value_text=r["value"],
            setting=Setting(decoding="greedy", prompt=prompts.get(r["model"])),
            locator="value_history.csv",
            notes=f"superseded; shown in {r['n_file_versions_with_value']} file versions "
            f"{r['first_commit']}..{r['last_commit']}",
            valid_from=r["first_commit_date"],
            valid_to=r["last_commit_date"],
        )
    return [
        col.result(
            source,
            "no",
            [f"bigcodebench_leaderboard/{f}" for f in (*_BCB_FILES.values(), "value_history.csv")],
        )
    ]


def _bcb_history(path: Path) -> dict[tuple[str, str, str], dict[str, dict[str, str]]]:
    """(model, subset, split) -> printed value -> history row."""
    out: dict[tuple[str, str, str], dict[str, dict[str, str]]] = {}
    if not path.is_file():
        return out
    for _, r in read_csv_rows(path):
        key = (r["model"], r["subset"], r["split"])
        value = parse_value(r["value"])
        if value is not None:
            out.setdefault(key, {})[f"{value:g}"] = r
    return out


# ---------------------------------------------------------------------------

IMPORTERS: dict[str, Importer] = {
    "evalplus_leaderboard": import_evalplus,
    "codeeval_pro": import_codeeval_pro,
    "codellama": import_codellama,
    "bigcodebench_leaderboard": import_bigcodebench,
    "qwen25coder": _specs(QWEN25_CODER_PAPER),
    "qwen25coder_repo": _specs(QWEN25_CODER_README),
    "qwen3": _specs(QWEN3_PAPER),
    "codeqwen15_repo": import_codeqwen,
    "deepseek_coder": _specs(DEEPSEEK_CODER_PAPER),
    "deepseek_coder_repo": _specs(*DEEPSEEK_CODER_READMES),
    "deepseek_coder_v2_repo": _specs(DEEPSEEK_CODER_V2_README),
    "magicoder_repo": _specs(MAGICODER_README),
    "wizardcoder_repo": _specs(WIZARDCODER_README),
    "opencodeinterpreter_repo": _specs(OPENCODEINTERPRETER_README),
    "llama3_repo": _specs(LLAMA3_MODEL_CARD),
}
