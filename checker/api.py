"""The one-call facade: read, extract, judge, report.

>>> from checker import check_text
>>> report = check_text("Qwen2.5-Coder-7B-Instruct scores 65.9% pass@1 on HumanEval Pro (0-shot).")
>>> report.verdicts[0].kind.value
'verified'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

from checker.consistency import check_report
from checker.errors import CheckerError
from checker.extract import Vocabulary, extract_claims
from checker.models import FAMILY_ALIASES, first_token, parse_model_name
from checker.records import Claim, Document, Reference, Source, Verdict
from checker.refstore import RefStore, bundled_dir, load_benchmark_registry, load_store
from checker.report import Report
from checker.verdict import judge
from checker.vocab import build_benchmark_vocab


@dataclass(frozen=True)
class Context:
    """Everything a check needs, loaded once: references, registries, vocabulary."""

    store: RefStore
    registry: dict[str, dict]
    vocab: Vocabulary
    # verdicts by everything in a claim but where it was read; a changed copy starts empty
    _judged: dict[tuple, Verdict] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def judge(self, claim: Claim) -> Verdict:
        """``judge`` with a memo: the same claim in another report or line is judged once."""
        key = _claim_key(claim)
        v = self._judged.get(key)
        if v is None:
            v = judge(claim, self.store, self.registry)
            if len(self._judged) >= _MAX_JUDGED:
                self._judged.clear()
            self._judged[key] = v
        return v if v.claim is claim else replace(v, claim=claim)

    def with_models(self, names: Sequence[str]) -> Context:
        """A context that also recognises these model names (e.g. the models of --samples)."""
        parsed = [p for p in (parse_model_name(n) for n in names) if p is not None]
        v = self.vocab
        vocab = replace(
            v,
            families=v.families | {p.key.family for p in parsed},
            model_ids=v.model_ids | {p.key.id for p in parsed},
            first_tokens=v.first_tokens | {first_token(n) for n in names},
            name_words=v.name_words | {first_token(n) for n in names},
        )
        return replace(self, vocab=vocab)

    def with_references(self, refs: Sequence[Reference], sources: Sequence[Source]) -> Context:
        store = self.store.extended(refs, sources)
        return replace(self, store=store, vocab=_vocabulary(store, self.registry))


def _vocabulary(store: RefStore, registry: dict[str, dict]) -> Vocabulary:
    families = {row.get("family", "") for row in store.models.values()}
    ids = set(store.models) | store.model_ids()
    for mid in ids - set(store.models):  # models only the user's own results name
        refs = store.for_model(mid)
        parsed = parse_model_name(refs[0].model) if refs else None
        if parsed is not None:
            families.add(parsed.key.family)
    names = [
        a
        for row in store.models.values()
        for a in (row.get("aliases") or row.get("name", "")).split("|")
    ]
    firsts = {first_token(n) for n in names if n} | {f for f in families if f}
    whole = firsts | set(FAMILY_ALIASES)
    # "DS-Coder", "Meta-Llama-3": any prefix of a family or alias can start a name
    stems = {f for f in families if f} | set(FAMILY_ALIASES)
    firsts |= {stem[:k] for stem in stems for k in range(2, len(stem) + 1)}
    return Vocabulary(
        build_benchmark_vocab(registry),
        frozenset(f for f in families if f),
        frozenset(ids),
        frozenset(f for f in firsts if f),
        frozenset(f for f in whole if f),
    )


def load_context(refs_dir: str | Path | None = None, *, use_cache: bool = True) -> Context:
    """Load the reference data (bundled unless ``refs_dir`` is given)."""
    directory = Path(refs_dir) if refs_dir else bundled_dir()
    store = load_store(directory, use_cache=use_cache)
    registry = load_benchmark_registry(directory)
    return Context(store, registry, _vocabulary(store, registry))


_claim_key = attrgetter(
    *(f.name for f in fields(Claim) if f.name != "span")
)  # judging never reads the span
_MAX_JUDGED = 100_000


@lru_cache(maxsize=1)
def default_context() -> Context:
    return load_context()


def judge_claims(claims: Iterable[Claim], ctx: Context) -> Report:
    claims = tuple(claims)
    verdicts = tuple(ctx.judge(c) for c in claims)
    return Report(
        verdicts=verdicts,
        findings=check_report(claims),
        inputs=tuple(dict.fromkeys(c.span.path for c in claims)),
        refs_version=ctx.store.content_hash,
    )


def check_document(doc: Document, ctx: Context | None = None) -> Report:
    ctx = ctx or default_context()
    report = judge_claims(extract_claims(doc, ctx.vocab), ctx)
    return replace(report, inputs=(doc.path,))


def check_text(
    text: str, path: str = "<text>", ctx: Context | None = None, format: str = "text"
) -> Report:
    """Check claims in a string."""
    from checker.readers import read_text

    return check_document(read_text(text, path=path, format=format), ctx)


def check_paths(
    paths: Sequence[str | Path], ctx: Context | None = None, *, stdin: bytes | None = None
) -> Report:
    """Check every file; unreadable files are reported in ``errors`` and the rest go on."""
    from checker.readers import read_document

    ctx = ctx or default_context()
    verdicts = []
    findings = []
    errors = []
    inputs = []
    for p in paths:
        name = str(p)
        inputs.append(name)
        try:
            doc = read_document(name, data=stdin if name == "-" else None)
        except CheckerError as exc:
            errors.append(exc.to_dict())
            continue
        report = check_document(doc, ctx)
        verdicts.extend(report.verdicts)
        findings.extend(report.findings)
    return Report(
        verdicts=tuple(verdicts),
        findings=tuple(findings),
        inputs=tuple(inputs),
        errors=tuple(errors),
        refs_version=ctx.store.content_hash,
    )
