"""Benchmark and model registries used by the importers.

The benchmark registry is ``benchmarks/benchmarks.json`` (slugs, aliases, problem
counts per version). The model registry is ``benchmarks/models.csv``, built here
from the printed names the importers saw; ids come from :func:`checker.models.model_id`.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from checker.errors import SourceError
from checker.models import BASE_BY_DEFAULT, ModelKey, parse_model_name
from checker.records import Reference

MODEL_COLUMNS = ("model_id", "name", "family", "size", "variant", "qualifiers", "aliases")


def registry_path(out_dir: Path | None = None) -> Path:
    """``benchmarks.json`` next to the output tables, else the one in the source tree."""
    candidates = []
    if out_dir is not None:
        candidates.append(Path(out_dir) / "benchmarks.json")
    here = Path(__file__).resolve().parent.parent
    candidates += [
        here / "_bundled" / "benchmarks.json",
        here.parent / "benchmarks" / "benchmarks.json",
    ]
    for path in candidates:
        if path.is_file():
            return path
    raise SourceError("benchmark registry benchmarks.json not found", code="source.registry")


@dataclass(frozen=True, slots=True)
class BenchmarkRegistry:
    """Slug lookup by alias, and problem counts per dataset version."""

    slugs: frozenset[str]
    aliases: dict[str, str]  # lower-cased alias -> slug
    problems: dict[str, dict[str, int]]  # slug -> {version: count}

    @classmethod
    def load(cls, path: Path | None = None) -> BenchmarkRegistry:
        path = path or registry_path()
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SourceError(f"cannot read benchmark registry: {exc}", path=str(path)) from exc
        aliases: dict[str, str] = {}
        problems: dict[str, dict[str, int]] = {}
        for b in data["benchmarks"]:
            slug = b["slug"]
            problems[slug] = dict(b.get("problems") or {})
            for name in (slug, b.get("name", ""), *b.get("aliases", ())):
                if name:
                    aliases.setdefault(name.lower(), slug)
        return cls(frozenset(problems), aliases, problems)

    def slug(self, name: str) -> str | None:
        """The slug for a printed benchmark name, or ``None`` (never guessed)."""
        return self.aliases.get(name.strip().lower())

    def n_problems(self, slug: str, version: str | None = None) -> int | None:
        """Problem count of ``slug`` at ``version``; ``None`` when not known."""
        counts = self.problems.get(slug, {})
        if version is not None and version in counts:
            return counts[version]
        if version == "evalplus":  # the EvalPlus MBPP release current since 2024 (v0.2)
            return counts.get("evalplus-v0.2", counts.get("default"))
        if version is not None and f"evalplus-{version}" in counts:  # MBPP's "v0.2"
            return counts[f"evalplus-{version}"]
        if version is None and len(counts) == 1:
            return counts.get("default")
        return None  # unversioned figure of a multi-version benchmark, or an uncounted version


def model_rows(references: Iterable[Reference]) -> list[dict[str, str]]:
    """One ``models.csv`` row per model id, with every printed name as an alias."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for ref in references:
        names[ref.model_id][ref.model] += 1
    rows = []
    for mid in sorted(names):
        counter = names[mid]
        # the most frequent printed name, ties broken alphabetically
        name = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        key = key_for(name, mid)
        rows.append(
            {
                "model_id": mid,
                "name": name,
                "family": key.family if key else "",
                "size": key.size if key else "",
                "variant": _variant(key) if key else "",
                "qualifiers": "|".join(key.qualifiers) if key else "",
                "aliases": "|".join(sorted(counter)),
            }
        )
    return rows


def key_for(name: str, mid: str) -> ModelKey | None:
    """The parsed key of ``name`` that produced ``mid`` (with or without a variant hint)."""
    for hint in (None, "instruct", "base"):
        parsed = parse_model_name(name, hint)
        if parsed and parsed.key.id == mid:
            return parsed.key
    return None


def _variant(key: ModelKey) -> str:
    if key.variant:
        return key.variant
    return "base" if key.family in BASE_BY_DEFAULT else ""
