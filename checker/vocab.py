"""Vocabulary for reading claims: benchmark aliases, metric and setting cues.

Built once from the benchmark registry and the model registry; pure functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from checker._lazyre import word_screen
from checker.records import Setting

_SHORT_CASE_SENSITIVE = 4
# for bytes.translate: ASCII letters and digits lowercased, every other byte a space
_SPLIT_WORDS = bytes(
    ord(chr(c).lower()) if c < 128 and chr(c).isalnum() else ord(" ") for c in range(256)
)
# "the EvalPlus harness" names the tool, not the aggregate score
_TOOL_WORDS = re.compile(
    r"^\s*(?:harness|framework|toolkit|library|package|(?:leader)?board|team|prompts?|protocol|v\d|\d\.\d)",
    re.I,
)  # aliases this short ("HE", "LCB") must match case exactly


_UNKNOWN_VARIANT = re.compile(r"-[A-Z][A-Za-z]*(?![\w+#-])")
# the slug of a benchmark named but not in the registry ("HumanEval-Go"); claims on it carry
# ``benchmark=None`` and the name as written
UNKNOWN_BENCHMARK = "?"


@dataclass(frozen=True)
class BenchmarkVocab:
    loose_source: str  # regex source over the case-blind aliases, lowercased
    exact_pattern: re.Pattern[str] | None
    by_alias: dict[str, str]  # lowercased alias -> slug
    registry: dict[str, dict]
    _cache: dict[str, tuple] = field(default_factory=dict, compare=False, repr=False)

    def find(self, text: str, remember: bool = True) -> list[tuple[int, int, str]]:
        """(start, end, slug) of every benchmark mention, non-overlapping, leftmost-longest.
        ``remember=False`` for text read once (a whole document), kept out of the cache."""
        cached = self._cache.get(text)
        if cached is not None:
            return list(cached)
        found = self._find(text)
        if remember:
            self.remember(text, found)
        return found

    def remember(self, text: str, found: list[tuple[int, int, str]]) -> None:
        """Record what ``find(text)`` returns when the caller already knows it."""
        if len(self._cache) > 8192:
            self._cache.clear()
        self._cache[text] = tuple(found)

    # compiled on first use; ASCII text (nearly all) only ever needs the case-sensitive one,
    # run over the lowercased text: the same spans, scanned a third faster
    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.loose_source, re.IGNORECASE)

    @cached_property
    def _lowercase_pattern(self) -> re.Pattern[str]:
        return re.compile(self.loose_source)

    @cached_property
    def _first_words(self) -> frozenset[bytes] | None:
        """Every word a mention can begin with, once non-alphanumerics split the text: an alias's
        first word, or its first words run together (a space in an alias may be left out:
        "human eval" matches "humaneval"). None when some alias does not begin with a word."""
        out: set[bytes] = set()
        for alias in self.by_alias:
            parts = re.findall(r"[a-z0-9]+|[^a-z0-9]+", alias.lower())
            if not parts or not parts[0][0].isalnum():
                return None
            word = ""
            for k in range(0, len(parts), 2):
                word += parts[k]
                out.add(word.encode())
                if k + 1 < len(parts) and parts[k + 1].strip(" "):
                    break  # a separator the text must keep ends the word
        return frozenset(out)

    def may_mention(self, text: str) -> bool:
        """Cheap test: could ``text`` mention a benchmark? Exact for ASCII text (word sets, in C,
        instead of a scan of the alias pattern at every position); other text is scanned."""
        firsts = self._first_words
        if firsts is None or not text.isascii():
            return True
        return not firsts.isdisjoint(text.encode("ascii").translate(_SPLIT_WORDS).split())

    def _find(self, text: str) -> list[tuple[int, int, str]]:
        hits: list[tuple[int, int, str]] = []
        if not self.may_mention(text):
            return hits
        loose = (
            self._lowercase_pattern.finditer(text.lower())
            if text.isascii()
            else self.pattern.finditer(text)
        )
        exact = self.exact_pattern.finditer(text) if self.exact_pattern is not None else ()
        for matches in (loose, exact):
            for m in matches:
                alias = text[m.start(1) : m.end(1)]
                slug = self.by_alias.get(alias.lower()) or self.by_alias.get(alias)
                if slug:
                    hits.append((m.start(1), m.end(1), slug))
        hits = [h for h in hits if not (h[2] == "evalplus-avg" and _TOOL_WORDS.match(text[h[1] :]))]
        for k, (start, end, _slug) in enumerate(hits):
            if text[end : end + 1] == "-" and (variant := _UNKNOWN_VARIANT.match(text, end)):
                # "HumanEval-Go", "HumanEval-X": a variant the registry does not know, not HumanEval
                hits[k] = (start, variant.end(), UNKNOWN_BENCHMARK)
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[tuple[int, int, str]] = []
        last_end = -1
        for h in hits:
            if h[0] >= last_end:
                out.append(h)
                last_end = h[1]
        return out

    def slug(self, text: str) -> str | None:
        """The slug of a whole string that is just a benchmark name."""
        return self.by_alias.get(text.strip().lower())

    def problems(self, slug: str, version: str | None = None) -> int | None:
        counts = self.registry.get(slug, {}).get("problems", {})
        if version and version in counts:
            return counts[version]
        return counts.get("default")


def trie_pattern(words: list[str]) -> str:
    """One regex for many aliases, factored as a trie: compiles and matches fast, and an
    optional continuation is tried before stopping, so the longest alias wins."""
    end = ""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[end] = {}

    depths: dict[int, int] = {}

    def depth(node: dict) -> int:
        if id(node) not in depths:
            depths[id(node)] = 1 + max((depth(c) for k, c in node.items() if k != end), default=0)
        return depths[id(node)]

    def gen(node: dict) -> str:
        # deepest branch first: "humaneval pro" is tried before the shorter "human eval"
        children = sorted(
            ((k, c) for k, c in node.items() if k != end), key=lambda kc: (-depth(kc[1]), kc[0])
        )
        alts = [(r"[\s\-]?" if ch == " " else re.escape(ch)) + gen(child) for ch, child in children]
        if not alts:
            return ""
        inner = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{inner})?" if end in node else inner

    return gen(trie)


def _alias_source(words: list[str]) -> str:
    # not inside a word, and not followed by "+" or "-Pro"-like continuations
    return rf"(?<![\w@])({trie_pattern(sorted(set(words)))})(?![\w+]|\s?\(\+\))"


def build_benchmark_vocab(registry: dict[str, dict]) -> BenchmarkVocab:
    by_alias: dict[str, str] = {}
    loose: list[str] = []
    exact: list[str] = []
    for slug, entry in registry.items():
        names = [entry["name"], *entry.get("aliases", [])]
        if not entry.get("case_sensitive"):  # "Spider" the benchmark, not "spider" the word
            names.append(slug)
        for alias in names:
            short = len(alias) <= _SHORT_CASE_SENSITIVE and alias.upper() == alias
            if short or entry.get("case_sensitive"):
                exact.append(alias)
                by_alias[alias] = slug
            else:
                loose.append(alias)
                by_alias[alias.lower()] = slug
    # spaced and hyphenated spellings normalise to the same key
    for alias, slug in list(by_alias.items()):
        by_alias.setdefault(re.sub(r"[\s\-]", "", alias), slug)
        by_alias.setdefault(alias.replace(" ", "-"), slug)
        by_alias.setdefault(alias.replace("-", " "), slug)
    exact_re = re.compile(_alias_source(exact)) if exact else None
    return BenchmarkVocab(_alias_source([a.lower() for a in loose]), exact_re, by_alias, registry)


def lookup_alias(vocab: BenchmarkVocab, text: str) -> str | None:
    t = text.strip()
    return (
        vocab.by_alias.get(t)
        or vocab.by_alias.get(t.lower())
        or vocab.by_alias.get(re.sub(r"[\s\-]", "", t.lower()))
    )


# the benchmarks EvalPlus scores, which its "average" column averages
EVALPLUS_PARTS = ("humaneval", "humaneval-plus", "mbpp", "mbpp-plus")


# --- metric and setting cues -------------------------------------------------

METRIC_RE = re.compile(r"\bpass\s?(?:@|at\s)\s?(\d+)\b", re.IGNORECASE)
_WORD_NUM = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_WORD_NUM.update({"a": 1, "single": 1, "a single": 1})
# "3-shot", "zero shot", and in words: "with a single demonstration", "three exemplars"
SHOTS_PATTERN = (
    r"\b(\d|zero|one|two|three|four|five|a\s+single|single|a)"
    r"(?:(?<=[0-9oerx])[\s\-]?shots?\b|\s+(?:in-context\s+)?(?:demonstrations?|exemplars?)\b"
    # "with two in-context examples", "one example in the prompt"
    r"|\s+in-context\s+examples?\b|\s+examples?\s+in\s+the\s+prompt\b)"
)
SHOTS_WORDS = ("shot", "demonstr", "exempl", "in-context", "in the prompt")
SHOTS_RE = re.compile(SHOTS_PATTERN, re.IGNORECASE)


def shots_count(word: str) -> int | None:
    """The count a shot cue's first group gives: "3" -> 3, "a single" -> 1."""
    word = " ".join(word.lower().split())
    return _WORD_NUM.get(word, int(word) if word.isdigit() else None)


GREEDY_RE = re.compile(r"\bgreedy\b", re.IGNORECASE)
# "20 samples per problem", "the 20-sample protocol": so many samples are a sampled run
# "57.3 estimated from 20 samples": a sampled figure, with its n
ESTIMATED_FROM_SAMPLES = r"\b(?:estimated|computed|averaged)\s+(?:from|over)\s+(\d+)\s+samples\b"
_PER_PROBLEM = (
    r"\b(\d+)(?:\s+samples?\s+(?:per|for\s+each|each)\b|-samples?\b)"
    r"|" + ESTIMATED_FROM_SAMPLES
)
SAMPLED_RE = re.compile(
    r"\b(?:sampl(?:ed|ing)|nucleus|temperature\s*(?:=|of)?\s*0?\.[1-9]|T\s*=\s*0?\.[1-9])|"
    + _PER_PROBLEM,
    re.IGNORECASE,
)
N_SAMPLES_RE = re.compile(r"\bn\s*=\s*(\d+)\b|\b(\d+)\s+samples\b|" + _PER_PROBLEM, re.IGNORECASE)
TEMP_RE = re.compile(
    r"\b(?:temperature\s*(?:=|of|:)?|T\s*=)\s*(\d*\.?\d+)", re.IGNORECASE
)  # "temperature 0.2", "temperature of 0.8", "T=0.2"
COT_RE = re.compile(r"\b(?:CoT|chain[\s\-]of[\s\-]thought)\b", re.IGNORECASE)
NO_COT_RE = re.compile(
    r"\b(?:without|w/o|no)\s+(?:CoT|chain[\s\-]of[\s\-]thought)\b", re.IGNORECASE
)
FEEDBACK_RE = re.compile(
    r"\b(execution|synth(?:etic|esi[sz]ed|\.)?[\s-]*human|oracle)\s+feedback(\s*\(oracle\))?",
    re.IGNORECASE,
)  # "oracle feedback": OpenCodeInterpreter's synthesized human feedback with the oracle
VERSION_RE = re.compile(r"\bv(\d+\.\d+(?:\.\d+)?)\b")
WINDOW_RE = re.compile(r"\b(2[3-5](?:0[1-9]|1[0-2]))\s*[-–~]\s*(2[3-5](?:0[1-9]|1[0-2]))\b")
# LiveCodeBench windows as dates ("2023/9/1 ~ 2024/4/1") and its full set ("All Time" as a name)
DATE_WINDOW_RE = re.compile(
    r"\b20(\d\d)[/.-](\d{1,2})(?:[/.-]\d{1,2})?\s*(?:~|–|-|to)\s*20(\d\d)[/.-](\d{1,2})(?:[/.-]\d{1,2})?\b"
)
ALL_TIME_RE = re.compile(
    r"[(\"“']\s*all[\s-]time\s*[)\"”']"
    r"|\ball[\s-]time\s+(?:split|window|subset|set|problems|pass@|LiveCodeBench|LCB)"
    r"|\b(?:over|on|for|across)\s+(?:the\s+)?(?-i:All[\s-]Time)\b",  # "19.2 over All Time"
    re.IGNORECASE,
)
VERSION_CUES = (WINDOW_RE, DATE_WINDOW_RE, ALL_TIME_RE, VERSION_RE)


def window_version(text: str) -> str | None:
    """A benchmark version or window as the reference data writes it: ``2407-2409``,
    ``2309-2404`` for "2023/9/1 ~ 2024/4/1", ``all-time``, ``v0.2``; None if ``text`` has none."""
    if "2" in text and (m := WINDOW_RE.search(text)):
        return f"{m.group(1)}-{m.group(2)}"
    if "20" in text and (m := DATE_WINDOW_RE.search(text)):
        y1, m1, y2, m2 = m.groups()
        if 1 <= int(m1) <= 12 and 1 <= int(m2) <= 12:
            return f"{y1}{int(m1):02d}-{y2}{int(m2):02d}"
    lower = text.lower()
    if "time" in lower and (ALL_TIME_RE.search(text) or lower.strip() == "all time"):
        return "all-time"
    if "v" in text and (m := VERSION_RE.search(text)):
        return "v" + m.group(1)
    return None


@lru_cache(maxsize=16384)
def metric_in(text: str) -> str | None:
    m = METRIC_RE.search(text)
    return f"pass@{int(m.group(1))}" if m else None


@lru_cache(maxsize=16384)
def setting_in(text: str) -> Setting:
    """The setting cues stated in ``text`` (a header cell or a clause)."""
    # ASCII text is screened by each cue's words first: most clauses state few settings
    has = word_screen(text)
    shots = None
    if has(*SHOTS_WORDS) and (m := SHOTS_RE.search(text)):
        shots = shots_count(m.group(1))
    decoding = None
    n_samples = None
    temperature = None
    if has("greedy") and GREEDY_RE.search(text):
        decoding = "greedy"
    elif has("sampl", "nucleus", "temperature", "=") and SAMPLED_RE.search(text):
        decoding = "sampled"
    if decoding == "sampled":
        if m := N_SAMPLES_RE.search(text):
            n_samples = int(next(g for g in m.groups() if g))
        if m := TEMP_RE.search(text):
            temperature = float(m.group(1))
    cot = None
    if has("cot", "chain") and NO_COT_RE.search(text):
        cot = False
    elif has("cot", "chain") and COT_RE.search(text):
        cot = True
    feedback = None
    if has("feedback") and (m := FEEDBACK_RE.search(text)):
        said = m.group(1).lower()
        kind = "execution" if said.startswith("exec") else "synthetic-human"
        feedback = kind + ("-oracle" if m.group(2) or said == "oracle" else "")
    version = window_version(text)
    return Setting(
        shots=shots,
        decoding=decoding,
        n_samples=n_samples,
        temperature=temperature,
        cot=cot,
        feedback=feedback,
        dataset_version=version,
    )


# each cue pattern with words one of which any match contains (lowercase)
# nucleus sampling's threshold: a setting that no claim records, but its figure is not a score
TOP_P_RE = re.compile(r"\btop[-_\s]?p\s*(?:=|of|:)?\s*\d*\.?\d+", re.IGNORECASE)
_CUE_WORDS = (
    (SHOTS_RE, SHOTS_WORDS),
    (TOP_P_RE, ("top",)),
    (N_SAMPLES_RE, ("=", "sample")),
    (TEMP_RE, ("=", "temperature")),
    (VERSION_RE, tuple(f"v{d}" for d in range(10))),
    (WINDOW_RE, ("23", "24", "25")),
    (DATE_WINDOW_RE, ("20",)),
    (METRIC_RE, ("pass",)),
)


@lru_cache(maxsize=4096)
def setting_cue_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of setting cues, so their digits are not read as claims."""
    has = word_screen(text)
    spans: list[tuple[int, int]] = []
    for rx, words in _CUE_WORDS:
        if has(*words):
            spans.extend(m.span() for m in rx.finditer(text))
    return spans


@lru_cache(maxsize=4)
def default_benchmark_vocab(directory: str | None = None) -> BenchmarkVocab:
    from checker.refstore import load_benchmark_registry

    return build_benchmark_vocab(load_benchmark_registry(Path(directory) if directory else None))
