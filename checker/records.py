"""Records that flow through the pipeline: text -> claims -> matches -> verdicts -> reports.

Small frozen dataclasses and enums; no I/O and no other ``checker`` imports.
Values are always percentages (0-100). Sequences inside records are tuples.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from enum import Enum
from functools import lru_cache
from typing import Any


class VerdictKind(str, Enum):
    """The three verdicts, plus the reproduction tier."""

    VERIFIED = "verified"
    CONTRADICTED = "contradicted"
    UNVERIFIABLE = "unverifiable"
    REPRODUCED = "reproduced"
    NOT_REPRODUCED = "not reproduced"


class ClaimForm(str, Enum):
    """How a claim was written; used to report extraction quality per form."""

    PROSE = "prose"
    TABLE = "table"
    CLAIM_LIST = "claim-list"  # a structured claim (YAML/JSON claim set)
    GAP = "gap"  # "leads by 7.9 points", "+6.8 over X"
    CHANGE = "change"  # "from 96.2% to 76.2%", "a 20-point drop"
    COMPARISON = "comparison"  # "outperforms GPT-4o on HumanEval+"
    RANK = "rank"  # "the best open model on MBPP Pro"


@dataclass(frozen=True, slots=True)
class Span:
    """Where a claim was read: file, 1-based line, and the text it came from."""

    path: str
    line: int
    excerpt: str


@dataclass(frozen=True, slots=True)
class Setting:
    """Evaluation conditions. ``None`` means *not stated*, which never counts as agreement."""

    shots: int | None = None
    decoding: str | None = None  # "greedy" | "sampled"
    n_samples: int | None = None
    temperature: float | None = None
    prompt: str | None = None  # "base" | "instruct" (completion vs chat/instruction prompt)
    cot: bool | None = None
    feedback: str | None = None  # e.g. "execution", "synthetic-human", "oracle"
    dataset_version: str | None = None  # e.g. "v0.2", "2407-2409"

    def stated(self) -> dict[str, Any]:
        """The fields that are stated, in declaration order."""
        return {
            name: value for name in SETTING_FIELDS if (value := getattr(self, name)) is not None
        }

    def describe(self) -> str:
        """A short human label such as ``0-shot, greedy``."""
        return _describe(self)

    def merged(self, other: Setting) -> Setting:
        """Fields of ``self``, with unstated ones filled from ``other``."""
        filled = {k: v for k, v in other.stated().items() if getattr(self, k) is None}
        return replace(self, **filled) if filled else self


@lru_cache(maxsize=4096)  # a report repeats a few settings in every evidence row
def _describe(setting: Setting) -> str:
    parts: list[str] = []
    if setting.shots is not None:
        parts.append(f"{setting.shots}-shot")
    if setting.decoding == "sampled":
        detail = ", ".join(
            x
            for x in (
                f"n={setting.n_samples}" if setting.n_samples else "",
                f"T={setting.temperature:g}" if setting.temperature is not None else "",
            )
            if x
        )
        parts.append(f"sampled ({detail})" if detail else "sampled")
    elif setting.decoding:
        parts.append(setting.decoding)
    if setting.prompt:
        parts.append(f"{setting.prompt} prompt")
    if setting.cot is not None:
        parts.append("CoT" if setting.cot else "no CoT")
    if setting.feedback:
        parts.append(f"{setting.feedback} feedback")
    if setting.dataset_version:
        parts.append(f"version {setting.dataset_version}")
    return ", ".join(parts) if parts else "setting not stated"


SETTING_FIELDS = tuple(f.name for f in fields(Setting))


@dataclass(frozen=True, slots=True)
class Claim:
    """One numeric benchmark claim as read from a report.

    ``model_id``/``benchmark`` are ``None`` when the text names something the
    registries do not know; ``model`` keeps the name as written.
    """

    model: str | None
    model_id: str | None
    benchmark: str | None  # benchmark slug
    metric: str | None  # "pass@1", "pass@10"; None = not stated
    value: float  # percent
    value_text: str  # as printed, e.g. "0.884", "59.70"
    decimals: int  # decimals of the value in percent units (0.884 -> 1)
    setting: Setting
    span: Span
    form: ClaimForm = ClaimForm.PROSE
    benchmark_text: str | None = None
    # relational claims: the other side of a gap/change/comparison
    relation: str | None = None  # "gap", "drop", "rise", "outperforms", "best"
    other_model: str | None = None
    other_model_id: str | None = None
    other_benchmark: str | None = None
    expect: str | None = None  # expected verdict from a claim set


@dataclass(frozen=True, slots=True)
class Source:
    """Where reference figures come from."""

    id: str
    title: str
    kind: str  # "paper" | "leaderboard" | "model card" | "user"
    first_party: bool  # True when the source's authors made the model it reports
    url: str
    version: str  # commit, arXiv version, or file hash
    date: str
    license: str


@dataclass(frozen=True, slots=True)
class Reference:
    """One published figure with its provenance."""

    model: str  # as printed by the source
    model_id: str
    benchmark: str  # slug
    metric: str  # "pass@1", ..., or "unstated"
    value: float  # percent
    value_text: str
    setting: Setting
    source_id: str
    locator: str
    notes: str = ""
    first_party: bool = False
    n_problems: int | None = None
    valid_from: str | None = None  # for leaderboard history: first date the value was shown
    valid_to: str | None = None  # last date the value was shown; None = current


@dataclass(frozen=True, slots=True)
class Finding:
    """A consistency or granularity observation attached to a verdict or report."""

    code: str  # stable code, e.g. "granularity.impossible"
    message: str
    severity: str = "warning"  # "info" | "warning" | "error"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A likely origin of a wrong number (diagnosis of a contradicted claim)."""

    cause: str  # stable code, e.g. "other-benchmark", "other-size"
    reference: Reference
    score: float
    message: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """The judgement of one claim."""

    claim: Claim
    kind: VerdictKind
    confidence: float
    reason: str  # stable reason code, e.g. "verified.exact"
    explanation: str
    evidence: tuple[Reference, ...] = ()
    matched: tuple[Reference, ...] = ()
    diagnosis: tuple[Candidate, ...] = ()
    findings: tuple[Finding, ...] = ()
    confidence_terms: tuple[tuple[str, float], ...] = field(default=())
    features: tuple[tuple[str, float], ...] = field(default=())  # raw confidence inputs


@dataclass(frozen=True, slots=True)
class Table:
    """A table read from a document: header rows, body rows, and where it starts.

    ``rows`` hold cell text with markup removed; ``line`` is the 1-based line of
    the table's first row in the document (PDF: the first row's text line).
    ``row_lines`` gives the line of each body row.
    """

    header: tuple[tuple[str, ...], ...]
    rows: tuple[tuple[str, ...], ...]
    line: int
    row_lines: tuple[int, ...] = ()
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """A report reduced to text lines and tables, whatever its format.

    ``lines`` is the prose with markup removed, one entry per source line
    (line-wrapped and hyphenated text joined back where it was split, the
    joined text kept at the line where it starts). Table rows are not repeated
    in ``lines``: those lines are blank so numbering stays true.
    """

    path: str
    format: str  # "text" | "markdown" | "html" | "latex" | "pdf" | "json" | "yaml"
    lines: tuple[str, ...]
    tables: tuple[Table, ...] = ()
    sections: tuple[tuple[int, str], ...] = ()  # (line, heading) pairs
    # each section's depth, larger is deeper ("#" 1, "###" 3; LaTeX \part 1, \section 3,
    # \paragraph 6), where the format has depths; empty: every heading is top level
    section_levels: tuple[int, ...] = ()
    # blank lines inside a sentence that a hyphenated word was joined across (1-based)
    joined: frozenset[int] = frozenset()
