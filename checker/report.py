"""Reports: verdicts gathered for output, and their renderings (json, csv, markdown, table).

Nothing here prints or imports click; the CLI writes what these functions return.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from checker.records import Candidate, Claim, Finding, Reference, Verdict, VerdictKind

SCHEMA_VERSION = "1"


def _num(v: float) -> float | None:
    return None if v != v else round(v, 6)


def reference_dict(ref: Reference, matches: bool | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {
        "source": ref.source_id,
        "locator": ref.locator,
        "model": ref.model,
        "model_id": ref.model_id,
        "benchmark": ref.benchmark,
        "metric": ref.metric,
        "setting": ref.setting.describe(),
        "value": _num(ref.value),
        "value_text": ref.value_text,
        "first_party": ref.first_party,
    }
    if ref.valid_from or ref.valid_to:
        d["valid_from"] = ref.valid_from
        d["valid_to"] = ref.valid_to
    if matches is not None:
        d["matches"] = matches
    return d


def candidate_dict(c: Candidate) -> dict[str, Any]:
    return {
        "cause": c.cause,
        "score": c.score,
        "message": c.message,
        "reference": reference_dict(c.reference),
    }


def finding_dict(f: Finding) -> dict[str, str]:
    return {"code": f.code, "severity": f.severity, "message": f.message}


def claim_fields(c: Claim) -> dict[str, Any]:
    d: dict[str, Any] = {
        "text": c.span.excerpt,
        "path": c.span.path,
        "line": c.span.line,
        "model": c.model,
        "model_id": c.model_id,
        "benchmark": c.benchmark,
        "metric": c.metric,
        "value": _num(c.value),
        "value_text": c.value_text,
        "setting": c.setting.describe(),
        "setting_fields": c.setting.stated(),
        "form": c.form.value,
    }
    if c.relation:
        d["relation"] = c.relation
        d["other_model"] = c.other_model
        d["other_model_id"] = c.other_model_id
        d["other_benchmark"] = c.other_benchmark
    if c.expect:
        d["expect"] = c.expect
    return d


def verdict_dict(v: Verdict) -> dict[str, Any]:
    matched = set(id(r) for r in v.matched)
    d = claim_fields(v.claim)
    d.update(
        {
            "verdict": v.kind.value,
            "reason": v.reason,
            "confidence": v.confidence,
            "confidence_terms": [{"term": t, "contribution": c} for t, c in v.confidence_terms],
            "evidence": [reference_dict(r, id(r) in matched) for r in v.evidence],
            "diagnosis": [candidate_dict(c) for c in v.diagnosis],
            "findings": [finding_dict(f) for f in v.findings],
            "explanation": v.explanation,
        }
    )
    return d


_REF_JSON: dict[tuple[int, bool | None], tuple[Reference, str]] = {}


def _reference_json(ref: Reference, matches: bool | None = None) -> str:
    """``reference_dict`` as JSON, encoded once per reference (the entry pins its identity)."""
    hit = _REF_JSON.get((id(ref), matches))
    if hit is not None and hit[0] is ref:
        return hit[1]
    text = json.dumps(reference_dict(ref, matches), ensure_ascii=False)
    if len(_REF_JSON) >= 100_000:
        _REF_JSON.clear()
    _REF_JSON[(id(ref), matches)] = (ref, text)
    return text


def verdict_json(v: Verdict, head: dict[str, Any] | None = None) -> str:
    """``json.dumps({**head, **verdict_dict(v)}, ensure_ascii=False)``, byte for byte, faster:
    the published references (most of a line) are encoded once, not once per claim."""
    matched = {id(r) for r in v.matched}
    d = {**(head or {}), **claim_fields(v.claim)}
    d["verdict"] = v.kind.value
    d["reason"] = v.reason
    d["confidence"] = v.confidence
    d["confidence_terms"] = [{"term": t, "contribution": c} for t, c in v.confidence_terms]
    dumps = json.dumps
    evidence = ", ".join(_reference_json(r, id(r) in matched) for r in v.evidence)
    diagnosis = ", ".join(
        dumps({"cause": c.cause, "score": c.score, "message": c.message}, ensure_ascii=False)[:-1]
        + ', "reference": '
        + _reference_json(c.reference)
        + "}"
        for c in v.diagnosis
    )
    findings = dumps([finding_dict(f) for f in v.findings], ensure_ascii=False)
    return (
        f'{dumps(d, ensure_ascii=False)[:-1]}, "evidence": [{evidence}], "diagnosis": [{diagnosis}], '
        f'"findings": {findings}, "explanation": {dumps(v.explanation, ensure_ascii=False)}}}'
    )


@dataclass(frozen=True)
class Report:
    """The outcome of checking one or more documents."""

    verdicts: tuple[Verdict, ...]
    findings: tuple[Finding, ...] = ()
    inputs: tuple[str, ...] = ()
    errors: tuple[dict[str, Any], ...] = ()  # files that could not be read: {code, path, message}
    refs_version: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def counts(self) -> Counter[str]:
        return Counter(v.kind.value for v in self.verdicts)

    def summary(self) -> dict[str, int]:
        c = self.counts()
        out = {
            "claims": len(self.verdicts),
            "verified": c.get("verified", 0),
            "contradicted": c.get("contradicted", 0),
            "unverifiable": c.get("unverifiable", 0),
        }
        for extra in (VerdictKind.REPRODUCED.value, VerdictKind.NOT_REPRODUCED.value):
            if c.get(extra):
                out[extra.replace(" ", "_")] = c[extra]
        out["errors"] = len(self.errors)
        return out

    def failed(self, fail_on: str) -> bool:
        """Whether the report fails the ``--fail-on`` rule."""
        c = self.counts()
        bad = c.get("contradicted", 0) + c.get(VerdictKind.NOT_REPRODUCED.value, 0)
        if fail_on == "never":
            return False
        if fail_on == "unverified":
            return bad + c.get("unverifiable", 0) > 0
        return bad > 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "claims": [verdict_dict(v) for v in self.verdicts],
            "summary": self.summary(),
            "findings": [finding_dict(f) for f in self.findings],
            "errors": list(self.errors),
            "inputs": list(self.inputs),
            "reference_data": self.refs_version,
        }


def to_json(report: Report) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"


def _published(v: Verdict) -> str:
    refs = v.matched or tuple(r for r in v.evidence if not r.valid_to)[:2]
    return "; ".join(
        f"{r.value_text} [{r.source_id} {r.locator}]".replace(" ]", "]") for r in refs[:2]
    )


def _value(c: Claim) -> str:
    if c.value != c.value:
        return "-"
    return f"{c.value:.{max(c.decimals, 0)}f}" if not math.isnan(c.value) else "-"


def _model(c: Claim) -> str:
    name = c.model or "?"
    if c.relation and c.other_model:
        name += f" vs {c.other_model}"
    return name


def _bench(c: Claim) -> str:
    b = c.benchmark or (f"{c.benchmark_text}?" if c.benchmark_text else "?")  # not in the registry
    if c.relation in ("drop", "rise") and c.other_benchmark:
        b += f"->{c.other_benchmark}"
    if c.relation:
        b += f" ({c.relation})"
    return b


ROW_FIELDS = (
    "where",
    "model",
    "benchmark",
    "metric",
    "claimed",
    "verdict",
    "confidence",
    "published",
    "explanation",
)


def rows(report: Report) -> list[dict[str, str]]:
    out = []
    for v in report.verdicts:
        c = v.claim
        out.append(
            {
                "where": f"{c.span.path}:{c.span.line}",
                "model": _model(c),
                "benchmark": _bench(c),
                "metric": c.metric or "-",
                "claimed": _value(c),
                "verdict": v.kind.value,
                "confidence": f"{v.confidence:.2f}",
                "published": _published(v) or "-",
                "explanation": v.explanation,
            }
        )
    return out


def to_csv(report: Report) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=[*ROW_FIELDS, "reason", "setting"], lineterminator="\n")
    writer.writeheader()
    for row, v in zip(rows(report), report.verdicts, strict=True):
        writer.writerow({**row, "reason": v.reason, "setting": v.claim.setting.describe()})
    return buf.getvalue()


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(report: Report) -> str:
    lines = ["| " + " | ".join(ROW_FIELDS) + " |", "|" + "---|" * len(ROW_FIELDS)]
    for row in rows(report):
        lines.append("| " + " | ".join(_md_escape(row[f]) for f in ROW_FIELDS) + " |")
    lines.append("")
    lines.append(_summary_line(report))
    for f in report.findings:
        lines.append(f"- {f.code}: {_md_escape(f.message)}")
    for e in report.errors:
        lines.append(f"- error {e['code']}: {e['path']}: {e['message']}")
    return "\n".join(lines) + "\n"


def _summary_line(report: Report) -> str:
    s = report.summary()
    parts = [
        f"{s['claims']} claims",
        f"{s['verified']} verified",
        f"{s['contradicted']} contradicted",
        f"{s['unverifiable']} unverifiable",
    ]
    for extra in ("reproduced", "not_reproduced"):
        if s.get(extra):
            parts.append(f"{s[extra]} {extra.replace('_', ' ')}")
    if s.get("errors"):
        parts.append(f"{s['errors']} unreadable file(s)")
    return ", ".join(parts)


def to_table(report: Report, width: int = 0) -> str:
    """Aligned plain-text table; the explanation goes on its own indented line."""
    cols = ROW_FIELDS[:-1]  # everything but the explanation, which gets its own line
    data = rows(report)
    widths = {c: max([len(c)] + [len(r[c]) for r in data]) for c in cols}
    widths["published"] = min(widths["published"], 48)
    widths["model"] = min(widths["model"], 36)
    out = ["  ".join(c.ljust(widths[c]) for c in cols).rstrip()]
    for r in data:
        cells = []
        for c in cols:
            text = r[c]
            if len(text) > widths[c]:
                text = text[: widths[c] - 1] + "…"
            cells.append(text.ljust(widths[c]))
        out.append("  ".join(cells).rstrip())
        out.append(f"    {r['explanation']}")
    out.append("")
    out.append(_summary_line(report))
    for f in report.findings:
        out.append(f"{f.severity}: {f.code}: {f.message}")
    for e in report.errors:
        out.append(f"error: {e['path']}: {e['message']} [{e['code']}]")
    return "\n".join(out) + "\n"


RENDERERS = {"json": to_json, "csv": to_csv, "markdown": to_markdown, "table": to_table}


def render(report: Report, fmt: str) -> str:
    return RENDERERS[fmt](report)
