"""Claim sets for CI: YAML files of claims with expected verdicts, checked and compared to a baseline.

A claim set::

    claims:
      - text: "Qwen2.5-Coder-7B-Instruct scores 65.9% pass@1 on HumanEval Pro (0-shot)."
        expect: verified
      - model: CodeLlama-34B-Instruct
        benchmark: humaneval
        metric: pass@1
        value: 41.5
        shots: 0
        expect: verified

Free text is read like a report (every claim found gets the item's ``expect``);
structured items become `Claim` records directly. Each result has a stable id
(claim-set path, item index, and the claim's text/model/benchmark/value) used
as the key of the baseline JSON. Nothing here prints: renderers return strings.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.errors import InputError
from checker.records import Claim, ClaimForm, Setting, Span, Verdict

EXPECTATIONS = ("verified", "contradicted", "unverifiable")
_SETTING_KEYS = {
    "shots": int,
    "decoding": str,
    "n_samples": int,
    "temperature": float,
    "prompt": str,
    "cot": bool,
    "feedback": str,
    "dataset_version": str,
}
_TEXT_KEYS = {"text", "format", "expect", "note"}
_STRUCT_KEYS = {"model", "benchmark", "metric", "value", "expect", "note", *_SETTING_KEYS}
BASELINE_SCHEMA = "1"


@dataclass(frozen=True)
class Item:
    """One entry of a claim set, with the YAML line it starts on."""

    claimset: str
    index: int  # 1-based position in the list
    line: int
    expect: str | None
    text: str | None = None
    format: str = "text"
    fields: dict[str, Any] = field(default_factory=dict)
    value_text: str = ""  # the value as written in the YAML


@dataclass(frozen=True)
class CaseResult:
    """The outcome of one claim of a claim set."""

    id: str
    claimset: str
    index: int
    line: int
    label: str  # "model benchmark metric value"
    expect: str | None
    verdict: str  # a VerdictKind value, or "none" when free text held no claim
    confidence: float
    reason: str
    explanation: str
    evidence: tuple[dict[str, Any], ...] = ()

    @property
    def mismatch(self) -> bool:
        return self.expect is not None and self.verdict != self.expect

    def to_baseline(self) -> dict[str, Any]:
        return {
            "claimset": self.claimset,
            "line": self.line,
            "label": self.label,
            "verdict": self.verdict,
            "confidence": self.confidence,
            "reason": self.reason,
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True)
class Change:
    """A difference from the baseline; ``regression`` ones fail the run."""

    id: str
    kind: str  # "regression" | "confidence-drop" | "improved" | "changed" | "new" | "removed"
    message: str
    evidence_diff: tuple[str, ...] = ()
    regression: bool = False


# ---------------------------------------------------------------- loading


def _malformed(path: str, message: str) -> InputError:
    return InputError(message, path=path, code="input.malformed")


def display_path(path: str | Path) -> str:
    """A stable spelling of a path for ids and annotations: normalised, relative to the cwd when inside it."""
    p = Path(os.path.normpath(path))
    if p.is_absolute():
        with contextlib.suppress(ValueError):
            p = p.relative_to(Path.cwd())
    return p.as_posix()


def load_claimset(path: str | Path) -> list[Item]:
    """Parse a claim-set file; any problem raises `InputError` naming the file (and line)."""
    import yaml

    name = display_path(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no such claim set", path=name, code="input.missing") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"cannot read claim set: {exc}", path=name, code="input.unreadable"
        ) from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        where = f" (line {exc.problem_mark.line + 1})" if exc.problem_mark else ""
        raise _malformed(name, f"malformed YAML: {exc.problem or exc.context}{where}") from None
    except (yaml.YAMLError, RecursionError, ValueError, TypeError) as exc:
        raise _malformed(name, f"malformed YAML ({type(exc).__name__})") from None
    if root is None:
        raise InputError("claim set is empty", path=name, code="input.empty")
    seq_node = root
    if isinstance(data, dict):
        if "claims" not in data:
            raise _malformed(name, 'expected a mapping with a "claims" list')
        seq_node = next(v for k, v in root.value if k.value == "claims")
        data = data["claims"]
    if not isinstance(data, list) or not isinstance(seq_node, yaml.SequenceNode):
        raise _malformed(name, '"claims" must be a list of claims')
    if not data:
        raise InputError("claim set has no claims", path=name, code="input.empty")
    return [
        _item(name, n, node, raw)
        for n, (node, raw) in enumerate(zip(seq_node.value, data, strict=True), 1)
    ]


def _item(name: str, n: int, node: Any, raw: Any) -> Item:
    line = node.start_mark.line + 1
    where = f"claim {n} (line {line})"
    if isinstance(raw, str):
        raw = {"text": raw}
    if not isinstance(raw, dict):
        raise _malformed(name, f"{where}: expected a mapping or a string")
    expect = raw.get("expect")
    if expect is not None and expect not in EXPECTATIONS:
        raise _malformed(
            name, f"{where}: expect must be one of {', '.join(EXPECTATIONS)}, not {expect!r}"
        )
    if "text" in raw:
        unknown = set(raw) - _TEXT_KEYS
        if unknown:
            raise _malformed(
                name,
                f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))} for a text claim",
            )
        if not isinstance(raw["text"], str) or not raw["text"].strip():
            raise _malformed(name, f"{where}: text must be a non-empty string")
        return Item(name, n, line, expect, text=raw["text"], format=str(raw.get("format", "text")))
    unknown = set(raw) - _STRUCT_KEYS
    if unknown:
        raise _malformed(name, f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    missing = [k for k in ("model", "benchmark", "value") if raw.get(k) in (None, "")]
    if missing:
        raise _malformed(
            name,
            f"{where}: needs text, or model, benchmark and value (missing {', '.join(missing)})",
        )
    value_node = next((v for k, v in node.value if k.value == "value"), None)
    value_text = (
        str(value_node.value if value_node is not None else raw["value"])
        .strip()
        .rstrip("%")
        .strip()
    )
    try:
        float(value_text)
    except ValueError:
        raise _malformed(
            name, f"{where}: value must be a number (percent), not {raw['value']!r}"
        ) from None
    for key, typ in _SETTING_KEYS.items():
        if (
            key in raw
            and raw[key] is not None
            and not isinstance(raw[key], typ if typ is not float else (int, float))
        ):
            raise _malformed(name, f"{where}: {key} must be {typ.__name__}")
    return Item(name, n, line, expect, fields=dict(raw), value_text=value_text)


def structured_claim(item: Item) -> Claim:
    """The `Claim` record of a structured item."""
    from checker.models import model_id
    from checker.vocab import default_benchmark_vocab, lookup_alias

    f = item.fields
    model = str(f["model"])
    bench_text = str(f["benchmark"])
    slug = lookup_alias(default_benchmark_vocab(), bench_text) or bench_text
    metric = str(f["metric"]) if f.get("metric") not in (None, "") else None
    _, _, frac = item.value_text.partition(".")
    setting = Setting(**{k: f[k] for k in _SETTING_KEYS if f.get(k) is not None})
    excerpt = f"{model}: {item.value_text} on {bench_text}" + (f" ({metric})" if metric else "")
    return Claim(
        model=model,
        model_id=model_id(model),
        benchmark=slug,
        metric=metric,
        value=float(item.value_text),
        value_text=item.value_text,
        decimals=len(frac),
        setting=setting,
        span=Span(item.claimset, item.line, excerpt),
        form=ClaimForm.CLAIM_LIST,
        benchmark_text=bench_text,
        expect=item.expect,
    )


# ---------------------------------------------------------------- running


def _label(c: Claim) -> str:
    parts = [c.model or "?", c.benchmark or "?", c.metric or "-", c.value_text]
    if c.relation:
        parts.insert(
            2, f"({c.relation} {c.other_model or c.other_benchmark or ''})".replace(" )", ")")
        )
    return " ".join(parts)


def _evidence(v: Verdict) -> tuple[dict[str, Any], ...]:
    matched = {id(r) for r in v.matched}
    return tuple(
        {
            "source": r.source_id,
            "locator": r.locator,
            "model": r.model,
            "metric": r.metric,
            "setting": r.setting.describe(),
            "value": r.value_text,
            "matches": id(r) in matched,
        }
        for r in v.evidence
    )


def _result(item: Item, cid: str, v: Verdict) -> CaseResult:
    return CaseResult(
        id=cid,
        claimset=item.claimset,
        index=item.index,
        line=item.line,
        label=_label(v.claim),
        expect=item.expect,
        verdict=v.kind.value,
        confidence=round(v.confidence, 4),
        reason=v.reason,
        explanation=v.explanation,
        evidence=_evidence(v),
    )


def claim_id(item: Item, claim: Claim | None) -> str:
    """Stable key: claim set, item index, and what the claim says."""
    base = f"{item.claimset}#{item.index}"
    if item.text is not None:
        base += ":" + hashlib.sha1(" ".join(item.text.split()).encode()).hexdigest()[:8]
    if claim is None:
        return base
    return f"{base}:{claim.model_id or claim.model}|{claim.benchmark}|{claim.metric or '-'}|{claim.value_text}"


def run_claimset(items: Sequence[Item], ctx: Any) -> list[CaseResult]:
    """Judge every claim of a claim set."""
    from dataclasses import replace

    from checker.api import check_text, judge_claims

    out: list[CaseResult] = []
    seen: dict[str, int] = {}

    def unique(cid: str) -> str:
        seen[cid] = seen.get(cid, 0) + 1
        return cid if seen[cid] == 1 else f"{cid}#{seen[cid]}"

    structured = [(i, structured_claim(i)) for i in items if i.text is None]
    verdicts = (
        iter(judge_claims([c for _, c in structured], ctx).verdicts) if structured else iter(())
    )
    by_item = {i.index: next(verdicts) for i, _ in structured}
    for item in items:
        if item.text is None:
            v = by_item[item.index]
            out.append(_result(item, unique(claim_id(item, v.claim)), v))
            continue
        report = check_text(item.text, path=item.claimset, ctx=ctx, format=item.format)
        if not report.verdicts:
            out.append(
                CaseResult(
                    id=unique(claim_id(item, None)),
                    claimset=item.claimset,
                    index=item.index,
                    line=item.line,
                    label=" ".join(item.text.split())[:80],
                    expect=item.expect,
                    verdict="none",
                    confidence=0.0,
                    reason="extract.none",
                    explanation="no numeric benchmark claim was found in this text",
                )
            )
        for v in report.verdicts:
            claim = replace(v.claim, span=replace(v.claim.span, line=item.line), expect=item.expect)
            out.append(_result(item, unique(claim_id(item, claim)), replace(v, claim=claim)))
    return out


# ---------------------------------------------------------------- baseline


def load_baseline(path: str | Path) -> dict[str, dict[str, Any]]:
    name = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(
            "baseline not found (create it with --update-baseline)", path=name, code="input.missing"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"cannot read baseline: {exc}", path=name, code="input.unreadable"
        ) from None
    except json.JSONDecodeError as exc:
        raise _malformed(name, f"malformed baseline JSON: {exc.msg} (line {exc.lineno})") from None
    if not isinstance(data, dict) or not isinstance(data.get("claims"), dict):
        raise _malformed(name, 'not a claimcheck baseline: expected {"claims": {...}}')
    for key, rec in data["claims"].items():
        if not isinstance(rec, dict) or not isinstance(rec.get("verdict"), str):
            raise _malformed(name, f"baseline entry {key!r} has no verdict")
    return data["claims"]


def baseline_json(results: Sequence[CaseResult], refs_version: str = "") -> str:
    doc = {
        "schema_version": BASELINE_SCHEMA,
        "reference_data": refs_version,
        "claims": {r.id: r.to_baseline() for r in sorted(results, key=lambda r: r.id)},
    }
    return json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def _ev_key(e: dict[str, Any]) -> tuple[str, str, str, str, str]:
    return (
        str(e.get("source")),
        str(e.get("locator")),
        str(e.get("model")),
        str(e.get("metric")),
        str(e.get("setting")),
    )


def _ev_text(e: dict[str, Any]) -> str:
    mark = " (matches)" if e.get("matches") else ""
    return f"{e.get('source')} {e.get('locator')}, {e.get('model')} {e.get('metric')} [{e.get('setting')}]: {e.get('value')}{mark}"


def evidence_diff(old: Sequence[dict[str, Any]], new: Sequence[dict[str, Any]]) -> tuple[str, ...]:
    """Reference rows added, removed or changed between two evidence lists."""
    a = {_ev_key(e): e for e in old}
    b = {_ev_key(e): e for e in new}
    out = [f"- removed: {_ev_text(a[k])}" for k in a if k not in b]
    out += [f"+ added: {_ev_text(b[k])}" for k in b if k not in a]
    for k in a:
        if k in b and (str(a[k].get("value")), bool(a[k].get("matches"))) != (
            str(b[k].get("value")),
            bool(b[k].get("matches")),
        ):
            out.append(
                f"~ changed: {_ev_text(a[k])} -> {b[k].get('value')}{' (matches)' if b[k].get('matches') else ''}"
            )
    return tuple(out)


def compare(
    results: Sequence[CaseResult], baseline: dict[str, dict[str, Any]], confidence_drop: float = 0.1
) -> list[Change]:
    """Changes from the baseline: worse verdicts and big confidence drops are regressions."""
    changes: list[Change] = []
    current = {r.id: r for r in results}
    for r in results:
        old = baseline.get(r.id)
        if old is None:
            changes.append(Change(r.id, "new", f"new claim: {r.verdict}"))
            continue
        diff = evidence_diff(old.get("evidence", []), r.evidence)
        was, conf = old["verdict"], float(old.get("confidence", 0.0))
        if was != r.verdict:
            worse = was == "verified"
            kind = "regression" if worse else ("improved" if r.verdict == "verified" else "changed")
            msg = f"verdict {was} -> {r.verdict} (confidence {conf:.2f} -> {r.confidence:.2f})"
            changes.append(Change(r.id, kind, msg, diff, regression=worse))
        elif conf - r.confidence > confidence_drop + 1e-9:
            msg = f"confidence of {r.verdict} dropped {conf:.2f} -> {r.confidence:.2f} (threshold {confidence_drop:g})"
            changes.append(Change(r.id, "confidence-drop", msg, diff, regression=True))
        elif diff:
            changes.append(
                Change(r.id, "changed", "reference rows changed; verdict unchanged", diff)
            )
    for key, old in baseline.items():
        if key not in current:
            changes.append(
                Change(key, "removed", f"no longer in the claim sets (was {old['verdict']})")
            )
    return changes


# ---------------------------------------------------------------- renderers


@dataclass(frozen=True)
class Failure:
    """Why one claim fails the run, located for annotations."""

    result: CaseResult
    kind: str  # "expectation" | "regression"
    message: str
    details: tuple[str, ...] = ()


def failures(
    results: Sequence[CaseResult], changes: Sequence[Change], *, regressions_fail: bool = True
) -> list[Failure]:
    by_id = {c.id: c for c in changes}
    out = []
    for r in results:
        if r.mismatch:
            out.append(
                Failure(
                    r,
                    "expectation",
                    f"expected {r.expect}, got {r.verdict} ({r.reason}): {r.explanation}",
                )
            )
        ch = by_id.get(r.id)
        if regressions_fail and ch is not None and ch.regression:
            out.append(
                Failure(r, "regression", f"worse than baseline: {ch.message}", ch.evidence_diff)
            )
    return out


def render_text(
    results: Sequence[CaseResult], changes: Sequence[Change], fails: Sequence[Failure]
) -> str:
    """The human report: failures, the diff against the baseline, and a summary line."""
    lines = []
    for f in fails:
        r = f.result
        lines.append(f"FAIL {r.claimset}:{r.line} {r.label}: {f.message}")
        lines.extend(f"    {d}" for d in f.details)
    failing_ids = {f.result.id for f in fails}
    shown = [c for c in changes if c.id not in failing_ids and c.kind != "new"]
    if shown:
        lines.append("changes from baseline:")
        for c in shown:
            lines.append(f"  {c.kind}: {c.id}: {c.message}")
            lines.extend(f"      {d}" for d in c.evidence_diff)
    new = sum(1 for c in changes if c.kind == "new")
    if new:
        lines.append(f"{new} claim(s) not in the baseline")
    n_fail = len(failing_ids)
    mism = sum(1 for f in fails if f.kind == "expectation")
    regr = sum(1 for f in fails if f.kind == "regression")
    sets = len({r.claimset for r in results})
    lines.append(
        f"{len(results)} claims in {sets} claim set(s): {len(results) - n_fail} passed, {n_fail} failed"
        f" ({mism} expectation mismatch(es), {regr} regression(s))"
    )
    return "\n".join(lines) + "\n"


def _gh_escape(s: str, prop: bool = False) -> str:
    s = s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return s.replace(":", "%3A").replace(",", "%2C") if prop else s


def github_annotations(fails: Sequence[Failure]) -> str:
    """GitHub Actions workflow commands: one ``::error`` line per failure."""
    out = []
    for f in fails:
        r = f.result
        msg = f"{r.label}: {f.message}" + "".join("\n" + d for d in f.details)
        title = _gh_escape(f"claimcheck {f.kind}", prop=True)
        out.append(
            f"::error file={_gh_escape(r.claimset, True)},line={r.line},title={title}::{_gh_escape(msg)}"
        )
    return "".join(line + "\n" for line in out)


def junit_xml(results: Sequence[CaseResult], fails: Sequence[Failure]) -> str:
    """JUnit XML: a testsuite per claim set, a testcase per claim, a failure per problem."""
    by_result: dict[str, list[Failure]] = {}
    for f in fails:
        by_result.setdefault(f.result.id, []).append(f)
    root = ET.Element("testsuites", name="claimcheck")
    suites: dict[str, ET.Element] = {}
    for r in results:
        suite = suites.get(r.claimset)
        if suite is None:
            suite = suites[r.claimset] = ET.SubElement(root, "testsuite", name=r.claimset)
        case = ET.SubElement(
            suite,
            "testcase",
            name=f"{r.index}: {r.label}",
            classname=r.claimset,
            file=r.claimset,
            line=str(r.line),
        )
        for f in by_result.get(r.id, []):
            fail = ET.SubElement(case, "failure", message=f.message, type=f.kind)
            fail.text = "\n".join([f"{r.claimset}:{r.line}", f.message, *f.details])
        ET.SubElement(
            case, "system-out"
        ).text = (
            f"id: {r.id}\nverdict: {r.verdict} ({r.confidence:.2f}) {r.reason}\n{r.explanation}"
        )
    total_fail = 0
    for name, suite in suites.items():
        cases = [r for r in results if r.claimset == name]
        n_fail = sum(1 for r in cases if r.id in by_result)
        total_fail += n_fail
        suite.set("tests", str(len(cases)))
        suite.set("failures", str(n_fail))
        suite.set("errors", "0")
        suite.set("skipped", "0")
    root.set("tests", str(len(results)))
    root.set("failures", str(total_fail))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def sarif(fails: Sequence[Failure], version: str = "") -> str:
    """SARIF 2.1.0 with one result per failure, located at the claim-set file and line."""
    rules = [
        {
            "id": "claimcheck/expectation",
            "shortDescription": {"text": "A claim's verdict is not the expected one"},
        },
        {
            "id": "claimcheck/regression",
            "shortDescription": {"text": "A claim's verdict got worse than in the baseline"},
        },
    ]
    results = [
        {
            "ruleId": f"claimcheck/{f.kind}",
            "level": "error",
            "message": {
                "text": f"{f.result.label}: {f.message}" + "".join("\n" + d for d in f.details)
            },
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.result.claimset},
                        "region": {"startLine": f.result.line},
                    }
                }
            ],
            "partialFingerprints": {"claimId": f.result.id},
        }
        for f in fails
    ]
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "claimcheck", "version": version, "rules": rules}},
                "results": results,
            }
        ],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
