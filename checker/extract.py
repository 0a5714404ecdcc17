"""Find numeric benchmark claims in a document: text -> claims.

Pure: takes a :class:`Document` and a :class:`Vocabulary`, returns ``Claim`` records.
Prose is read sentence by sentence: benchmark mentions, model mentions, metric and
setting cues and numbers are located, then each number is paired with the benchmark
and model it is written about. Tables are read by column headers (benchmark, metric,
setting) and row headers (model), or transposed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import pairwise
from typing import Any

from checker._lazyre import lazy, screened, tail_screened
from checker.models import ModelKey, model_id, parse_model_id, parse_model_name
from checker.readers import SUPERSCRIPT_MARKS
from checker.records import Claim, ClaimForm, Document, Setting, Span, Table
from checker.vocab import (
    ESTIMATED_FROM_SAMPLES,
    EVALPLUS_PARTS,
    FEEDBACK_RE,
    METRIC_RE,
    NO_COT_RE,
    SHOTS_PATTERN,
    SHOTS_WORDS,
    UNKNOWN_BENCHMARK,
    VERSION_CUES,
    VERSION_RE,
    BenchmarkVocab,
    lookup_alias,
    metric_in,
    setting_cue_spans,
    setting_in,
    shots_count,
    window_version,
)

# --- vocabulary ---------------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    """What the extractor recognises: benchmark aliases and known model families."""

    benchmarks: BenchmarkVocab
    families: frozenset[str]
    model_ids: frozenset[str]
    first_tokens: frozenset[str] = frozenset()  # prefixes of names' first words ("meta", "ds")
    name_words: frozenset[str] = frozenset()  # whole first words of names ("deepseek", "qwen2.5")

    @cached_property
    def sized_families(self) -> frozenset[str]:
        """Families whose known models carry a size (open weights: "Llama 3" alone is not
        one model), unlike API families ("GPT-4.1", "Claude-3.7-Sonnet")."""
        return frozenset(
            p.key.family for m in self.model_ids if (p := parse_model_id(m)) and p.key.size
        )

    @cached_property
    def _prefix_only(self) -> frozenset[str]:
        return self.first_tokens - (self.name_words or self.first_tokens)

    def may_name(self, text: str) -> bool:
        """Cheap test: could any word of ``text`` begin a known model name?"""
        words = (_NAME_WORD_LOWER if text.isascii() else _NAME_WORD).findall(text.lower())
        return self.may_name_words(words)

    def may_name_words(self, words: list[str]) -> bool:
        """``may_name`` for the text's lowercased tokens."""
        if not self.first_tokens:
            return True
        heads = [w.split("_", 1)[0] for w in words] if "_" in "".join(words) else words
        full = self.name_words or self.first_tokens
        if not full.isdisjoint(words) or not full.isdisjoint(heads):
            return True
        starts = self._prefix_only.intersection(heads)  # "meta", "in": only with the next word
        if not starts:
            return False
        firsts = self.first_tokens
        return any(h in starts and h + nxt in firsts for h, nxt in pairwise(heads))

    def starts_name(self, word: str, following: str | None) -> bool:
        """Can a known name begin with ``word`` (lowercased), given the word after it?

        A whole first word ("qwen2.5") can; a mere prefix ("meta", "code") only when it joins
        the next word into a longer prefix ("meta" + "llama"), so "in the" or "at most" cannot.
        """
        # ``word`` and ``following`` are tokens: no spaces or hyphens, maybe an inner "_"
        firsts = self.first_tokens
        full = self.name_words or firsts
        head = word.split("_", 1)[0]
        if word in full or head in full:
            return True
        return (
            following is not None
            and (word in firsts or head in firsts)
            and head + following.split("_", 1)[0] in firsts
        )

    def resolve_model(self, text: str, variant_hint: str | None = None) -> tuple[str | None, bool]:
        """(model_id, recognised) for a candidate name.

        A name is recognised when its id is in the registry, or when its family is
        known and it states a size or variant (so "Qwen2.5-Coder-72B" is read as a
        model the data lacks, while a bare "Code" is not read as a model at all).
        """
        cache = self._resolved
        hit = cache.get((text, variant_hint))
        if hit is None:
            hit = cache[(text, variant_hint)] = self._resolve(text, variant_hint)
        return hit

    @cached_property
    def _resolved(self) -> dict[tuple[str, str | None], tuple[str | None, bool]]:
        return {}

    @cached_property
    def columns(self) -> dict[str, tuple[str | None, str | None, Setting, str | None]]:
        """Memo of ``Extractor._column`` by header text (reports repeat their headers)."""
        return {}

    def _resolve(self, text: str, variant_hint: str | None) -> tuple[str | None, bool]:
        parsed = parse_model_name(text, variant_hint if _takes_hint(text) else None)
        if parsed is None:
            return None, False
        key = parsed.key
        if key.id in self.model_ids:
            return key.id, True
        known = key.family in self.families and bool(key.size or key.variant)
        return key.id, known


_UNKNOWN_NAME = lazy(
    r"(?<![\w.])(?=[a-z]*[A-Z])[A-Za-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*-\d+(?:\.\d+)?[Bb]"
    r"(?:-[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)*(?![\w])"
)
# the size every _UNKNOWN_NAME match holds ("-8B"): a cheap scan, as it starts with "-"
_SIZE_PART = lazy(r"-\d+(?:\.\d+)?[Bb]")
# "that gap", and a remark on the last two scores: "That is a 9.8-point gap", "which is a lead
# of 9.8 points"
_THAT_GAP = lazy(
    r"\b(?:that|this|the same)\s+(?:gap|margin|lead|difference)\b"
    r"|\b(?:that|this|which)\s+(?:is|was|makes|means|amounts\s+to)\s+an?\s+"
    r"(?:[\w.%\-]+\s+){0,2}?(?:gap|margin|lead|difference)\b",
    re.I,
)
# a figure that names a gap: "a 5.5-point gap", "a 5.5 pp lead", "a gap of 5.5 points"
_GAP_NOUN = lazy(
    r"\s*%?\s*-?\s*(?:percentage[\s\-]points?|points?|pts?\.?|pp)\s+(?:gap|margin|lead|difference)\b",
    re.I,
)
_GAP_OF = lazy(r"\b(?:gap|margin|lead|difference)\s+of\s+(?:about\s+|roughly\s+)?$", re.I)
_SCORE_AGAINST = lazy(r"\s*%?\s*(?:against|vs\.?|versus)\s+", re.I)  # "84.1 against 78.7"
_BRACKET_AFTER = lazy(r"\s?\([^()\d]{1,30}\)")
_ATTACHED = lazy(r"(?:[-_][A-Za-z0-9][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)+(?![\w-])")
_HARMLESS_SUFFIX = lazy(
    r"[-_](?:hf|based|style|like|level|scale|class|sized|generated|only|family|series)",
    re.IGNORECASE,
)
_DIGIT = lazy(r"\d")
# a word of a name: starts with a letter or digit, may hold "+", "_" and inner dots
# ("Qwen2.5", "CodeT5+"); written so runs of word characters are consumed at once
_NAME_WORD = lazy(r"[^\W_](?:[\w+]+|\.(?=\w))*")
# the same words in lowercased ASCII text, without Unicode character classes
_NAME_WORD_LOWER = lazy(r"[a-z0-9][a-z0-9_+]*(?:\.[a-z0-9_][a-z0-9_+]*)*")


def _token_spans(lower: str, words: list[str]) -> list[tuple[int, int]]:
    """Offsets of ``_NAME_WORD.findall(lower)``: each word is the first occurrence after the
    previous one, since the text between two words holds no letter or digit to start one."""
    spans = []
    pos = 0
    find = lower.find
    for w in words:
        pos = find(w, pos)
        spans.append((pos, pos + len(w)))
        pos += len(w)
    return spans


def _joins(gap: str) -> bool:
    """Does ``gap`` join two words into one name: a space, "_", "-" or " - "
    (the regex ``\\s?-\\s?|\\s|_``, without a regex call per gap)?"""
    n = len(gap)
    if n == 1:
        return gap == "-" or gap == "_" or gap.isspace()
    if n == 2:
        return (gap[0] == "-" and gap[1].isspace()) or (gap[1] == "-" and gap[0].isspace())
    return n == 3 and gap[1] == "-" and gap[0].isspace() and gap[2].isspace()


@lru_cache(maxsize=65536)
def _takes_hint(text: str) -> bool:
    """A table's "instruct models" hint applies only to families whose bare name is the base."""
    from checker.models import BASE_BY_DEFAULT

    parsed = parse_model_name(text)
    return parsed is not None and parsed.key.family in BASE_BY_DEFAULT


# --- numbers -----------------------------------------------------------------

NUMBER_RE = lazy(  # (a footnote mark written on the figure, "80.7¹", is not part of it)
    rf"(?<![\w.@=/\-])(?P<num>\d{{1,3}}(?:\.\d+)?|\.\d+)(?![^\W{SUPERSCRIPT_MARKS}])"
    r"(?P<pct>\s?%|\s?percent\b)?"
)
# what may follow a number that is not a score
_NOT_SCORE_AFTER = lazy(
    r"^\s*(?:%\s*)?-?(?:problems?|tasks?|questions?|samples?|examples?|test(?:s| cases)|"
    r"billion|million|B\b|M\b|K\b|k\b|x\b|×|times|parameters?|params|tokens?|languages?|"
    r"models?|papers?|claims?|years?|days?|months?|hours?|minutes?|seconds?|s\b|ms\b|GB\b|MB\b|"
    r"GPUs?|epochs?|steps?|layers?|experts?|shots?|-shot|/10\b|/\d|A100|H100|V100|-?cores?\b|-gram|"
    # "17 were independently verified", "10% of the MBPP prompts exceed ...": counts, shares
    r"(?:were|was)\s+(?:\w+\s+)?(?:verif|extract|retriev|includ|exclud|select))",
    re.IGNORECASE,
)
# after a whole number: "for 57 BigCodeBench-Lite problems", "We audited 31 LiveCodeBench
# figures", "180 problems (45 easy, 91 medium, 44 hard)": counts of things
_COUNT_OF_BENCH = lazy(
    r"\s+[A-Z][\w+\-]*(?:\s[A-Z][\w+\-]*)?\s+(?:problems?|tasks?|questions?|figures?|claims?|"
    r"results?|numbers?|entries|items|scores)\b"
    r"|\s+(?i:easy|medium|hard)\s*(?:,|and\b|\))"
)
_NOT_SCORE_BEFORE = tail_screened(
    r"(?:Table|Tab\.|Figure|Fig\.|Section|Sec\.|Appendix|Eq\.|et al\.,?|v|version|"
    r"n\s?=|k\s?=|T\s?=|top_p\s?=|p\s?=|top-p|@|#|score:?\s?|rank(?:ed)?|No\.|step|"
    r"\d/|\d{4}[-/]|\$|Apache|MIT|GPL|BSD|licen[cs]e:?)\s*$",  # "license: Apache 2.0"
    re.IGNORECASE,
    "e.nx,v=p@#:kd/-$tl",  # the last characters of those words
)
# a whole percentage of the inputs, not of problems solved
_SHARE_OF = lazy(
    r"\s*%?\s*of\s+(?:the\s+)?(?:[\w+-]+\s+)?(?:prompts|inputs|samples|examples)\b", re.I
)
# between a gap's figure and the model it is measured against: "1.8 points ahead of B"
_GAP_OBJECT = lazy(
    r"\s*%?\s*(?:percentage[\s-]points?|points?|pts?\.?|pp)?\s*(?:ahead\s+of|behind|over|above|"
    r"below|better\s+than|worse\s+than|higher\s+than|lower\s+than)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# a plural noun phrase as a comparison's subject: "The instruct models beat ..."
_GENERIC_SUBJECT = lazy(r"\b(?:models|checkpoints|systems|variants|baselines|LLMs)\b", re.I)
_NAME_SHAPED = lazy(r"\d|[-\s]|.[A-Z]")  # a digit, two words or an inner capital
# words after a family name that make it the family, not one model
_FAMILY_TALK = lazy(
    r"(?:['’]s)?\s*-?\s*(?:family|families|series|models|checkpoints|variants|sizes|line|lineup|"
    r"suite|collection|paper|report|team|authors|tokenizer|architecture|style|generation)\b",
    re.IGNORECASE,
)
# "... on HumanEval Pro by": the benchmark a gap's figure is measured on (end of the name: by)
_ON_BENCH_BY = lazy(r"\bon\s+(?:the\s+)?(?=\S[^,;]{0,40}?\s+by\s+$)")
# a model the sentence speaks of without naming it: "The DeepSeek model", "Our 7B model"
_OTHER_MODEL_PHRASE = lazy(
    r"\b(?:[A-Z][a-z]+|[Oo]ur(?:\s+own)?(?:\s+\d+(?:\.\d+)?[BbMm])?)\s+(?:model|LLM)\b"
)
_COMPARED_TO = lazy(r"\b(?:behind|after|than|ahead\s+of|over|below|above)\b", re.I)
_UNDERPERFORM = lazy(
    r"\b(?:(?:just|slightly|well)\s+)?(?:below|behind|trails?|trailing|lags?\s+behind|"
    r"falls?\s+short\s+of|(?:is\s+)?worse\s+than|scores?\s+lower\s+than)\b",
    re.I,
)
_UNDERPERFORM_WORDS = lazy(r"elow|ehind|rail|lag|short|worse|lower", re.I)  # a cheap screen
_MODEL_AFTER_BELOW = lazy(r"\s+(?:the\s+)?")
_FIGURE_BEFORE = lazy(r"\d%?\s*(?:points?\s+|pts?\s+|pp\s+)?(?:(?:just|slightly|well)\s+)?$")
_ON_THE_LATTER = lazy(
    r"\bon\s+(?:the\s+latter|that\s+(?:average|benchmark|split|score|metric|suite))\b", re.I
)
_ON_EACH = lazy(
    r"[^,;.]{0,40}?\b(?:on|across)\s+(?:both|all\s+(?:two|three|four|of\s+them)|each)\b", re.I
)
_SAME_MODELS = lazy(r"\b(?:the\s+same\s+(?:two|three|four)\s+models|both\s+models)\b", re.I)
# "scores 23.6 and 29.1 on the same two splits": the benchmarks the context named, in order
_SAME_BENCHES = lazy(
    r"\bon\s+(?:the\s+same\s+(?:two|three|four)|both|these|those)\s+(?:splits|benchmarks|subsets|sets)\b",
    re.I,
)
_CITATION_BEFORE = lazy(r"\[\s*(?:\d+\s*[,;\u2013-]\s*)*$")
_CITATION_AFTER = lazy(r"\s*(?:[,;\u2013-]\s*\d+\s*)*\]")
_GAP_UNIT_RE = lazy(
    r"^\s*(?:%\s*)?(?:-?\s?)(?:percentage[\s\-]points?|points?|pts?\.?|pp\b|p\.p\.)"
    r"|^\s+(?:below|behind|ahead\s+of)\s+(?:the\s+)?(?-i:[A-Z])",  # "1.8 below GPT-4o": a gap
    re.IGNORECASE,
)
_RANGE_AFTER = lazy(r"^\s*%?\s*(?:to|-|–)\s*\d", re.IGNORECASE)
# "... by 31.7 points on HumanEval| and |4.4| on |MBPP+": a gap list's next figure
_CLAUSE_TURN = lazy(r";|\b(?:while|whereas|but|although)\b")
_AND_MODEL_BY = lazy(r"\band\s+(?:the\s+)?(\S[^,;()]{0,50}?)\s+by\s+$")
_GAP_TAIL_BENCH = lazy(r"\s*(?:points?|pts?\.?|pp)?\s+(?:on|in|for)\s+(?:the\s+)?")
# a gap list needs a gap: a unit ("points", "pp") or a gap word ("by", "ahead", "margin")
_GAP_LIST_SCREEN = lazy(r"point|pts|pp\b|p\.p\.|\bby\b|ahead|behind|below|margin|gap", re.I)
_LIST_JOIN = r"\s*(?:,\s*(?:and\s+)?|and\s+)"  # ", ", ", and ", " and "
_GAP_LIST_JOIN = lazy(_LIST_JOIN + r"(?:by\s+)?")


@dataclass(frozen=True, slots=True)
class _Num:
    start: int
    end: int
    text: str
    value: float  # percent
    decimals: int
    is_fraction: bool


def _number(m: re.Match[str], allow_fraction: bool = True) -> _Num | None:
    text = m.group("num")
    pct = bool(m.group("pct"))
    if text.startswith("."):
        text = "0" + text
    raw = float(text)
    decimals = len(text.split(".")[1]) if "." in text else 0
    if not pct and raw <= 1.0 and "." in text and allow_fraction:
        return _Num(m.start(), m.end(), m.group("num"), round(raw * 100, 10), decimals - 2, True)
    if raw > 100:
        return None
    return _Num(m.start(), m.end(), m.group("num"), raw, decimals, False)


# --- sentence reading ----------------------------------------------------------

# used per figure: compiled once (module-level re calls pay a cache lookup each time)
_FROM_END = tail_screened(r"\bfrom\s*$", 0, "m")
_PCT_OF = lazy(r"^\s*%\s+of\b")
_RANGE_START = tail_screened(r"(\bfrom\s+)?\d+(?:\.\d+)?\s*%?\s*(?:to|-|–)\s*$", 0, "o-–")
_BETWEEN = tail_screened(r"\bbetween\s+\d+(?:\.\d+)?\s*%?\s*and\s*$", 0, "d")
_SLASHED = screened(r"(\d+(?:\.\d+)?)\s*%?\s*/\s*(\d+(?:\.\d+)?)", 0, ("/",))
_BENCH_GAP = lazy(
    r"\s*%?\)?\s*(?:(?:at\s+)?pass\s?@\s?\d+\s*)?(?:\(\s*(?:pass@\d+\s*)?|\s*(?:on|in|for|at|across|with|of)\s+(?:the\s+)?)"
    r"(?:[\w\-\s]*?\b)?\s*",  # "... on 0-shot MBPP"
    re.IGNORECASE,
)
# "57.0 on MBPP for X" (not "57.0 on MBPP vs 55.0 for X": another figure, another model)
_MODEL_GAP = lazy(
    r"\s*%?\s*(?:pass@\d+\s*)?(?:on\s+(?:(?!(?:vs|versus|and|but|while|compared)\b|\d+(?:\.\d+)?%?\s)"
    r"[\w+\-.]+\s+){1,5}?)?(?:for|by|from|of|with|as\s+an?)\s+(?:the\s+)?",
    re.IGNORECASE,
)  # "31.1 as a Q4_K_M build": the build
_UNIT_PREFIX = lazy(r"^\s*%?\s*-?\s*(?:percentage[\s\-]points?|points?|pts?\.?|pp)?")
_PCT_PREFIX = lazy(r"^\s*%?")

_SENTENCE_END = lazy(
    # the cheap lookbehind first: the abbreviation tests then run only after . ! or ?
    r"(?<=[.!?])(?<!\bal\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<!\bFig\.)(?<!\bTab\.)(?<!\bNo\.)"
    r"\s+(?=[A-Za-z0-9(\"'])|(?<=[;])\s+|\n\s*\n"
)
_LETTER = lazy(r"[A-Za-z]")
_STOP_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "on",
        "in",
        "of",
        "and",
        "or",
        "for",
        "with",
        "to",
        "from",
        "by",
        "at",
        "as",
        "is",
        "are",
        "was",
        "were",
        "its",
        "it",
        "this",
        "that",
        "these",
        "those",
        "than",
        "over",
        "while",
        "both",
        "which",
        "who",
        "whose",
        "has",
        "have",
        "had",
        "achieves",
        "achieved",
        "scores",
        "scored",
        "reaches",
        "reached",
        "gets",
        "got",
        "obtains",
        "obtained",
        "reports",
        "reported",
        "shows",
        "showed",
        "outperforms",
        "outperformed",
        "beats",
        "trails",
        "leads",
        "only",
        "but",
        "also",
        "respectively",
        "vs",
        "versus",
        "compared",
        "model",
        "models",
        "our",
        "their",
        "his",
        "her",
        "we",
        "they",
        "score",
        "results",
        "result",
        "when",
        "where",
        "under",
        "about",
        "around",
        "nearly",
        "almost",
        "approximately",
        "pass",
        "benchmark",
        "benchmarks",
        "accuracy",
        "table",
        "same",
        "new",
        "best",
        "top",
        "open",
        "closed",
        "source",
        "whereas",
        "however",
        "moreover",
    ]
)
# a difficulty level named in a figure's clause ("its medium-problem solve rate")
_LEVEL = lazy(r"\b(easy|medium|hard)\b", re.IGNORECASE)
# a figure said to be on a benchmark's hard subset, right after it ("27.0% on its Hard subset")
_HARD_SUBSET_AFTER = lazy(
    r"\s*%?\s*(?:on|in|for)\s+(?:its|the)\s+hard\s+(?:subset|split|set|problems|tasks)\b", re.I
)
# a capitalised name right before a figure, after a list separator: "..., McEval 65.9"
# a name the registry lacks (capitalised, hyphenated, with a digit) right before a figure,
# after a clause break: ", and Gemini-1.5-Flash 0.745", "; Kimi-K2 scores 93.3"
_UNKNOWN_LEAD = lazy(
    r"(?:[,;]\s*(?:and\s+|while\s+|whereas\s+)?|\band\s+)"
    r"([A-Z][A-Za-z]*(?:-[A-Za-z0-9.]*\d[A-Za-z0-9.]*)(?:-[A-Za-z0-9.]+)*)"
    r"\s*(?:scores?|gets?|reaches|achieves|obtains|is\s+at|at|with|:)?\s*$"
)
_NAMED_AFTER = lazy(r"\s*%?\s+(?:of|on)\s+(?:the\s+)?([A-Z][\w\-]*(?:[\s\-][A-Z0-9][\w\-]*)*)")
# a split of the benchmark named before, right after the figure: "48.2 on the Instruct split",
# "59.7 on Complete"
_SIZE_WORD_AFTER = lazy(
    r"\s*%?\s*(?:on|in|for)\s+(?:the\s+|its\s+)?(Hard|Full)\s+(?:split|subset|set|tasks)\b", re.I
)
_SPLIT_WORD_AFTER = lazy(
    r"\s*%?\s*(?:on|in|for)\s+(?:the\s+|its\s+)?(Instruct|Complete)\b(?!-)"
    r"(?!\s+(?:model|variant|version|checkpoint|sibling|counterpart|tuned)\b)"
    r"(?:\s+(?:split|prompts?|mode|subset|set|side|tasks))?",
    re.I,
)
_AND_ONLY = lazy(r"\s*(?:\([^()]*\))?\s*,?\s+and\s+(?:(?:a|an|the)\s+)?")
_COMPARED_BEFORE = lazy(
    r"\b(?:above|ahead\s+of|below|behind|than|over|beat(?:s|ing)?|outperform(?:s|ing)?|"
    r"trail(?:s|ing)?|edg(?:es|ing)\s+out)\s+(?:the\s+)?$",
    re.I,
)
_SOURCE_AFTER = lazy(r"\s+(?:(?:leader)?board|table|paper|report|card|readme|page|site)\b", re.I)
_OTHER_NAME = lazy(r"[,;]\s*([A-Z][\w\-.]*(?:\s*\([^)]*\))?)\s*:?\s*$")


def _has_any(text: str, chars: str) -> bool:
    return any(c in text for c in chars)


# a hyphenated name with a digit, labelling the figures after it: "Kimi-K2: 93.3 on HumanEval"
_NAME_LABEL = lazy(r"\s*(?=[^\s:]*\d)([A-Za-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)+)\s*:\s", re.ASCII)
_LEAD_NAME = lazy(r"[,;:]\s+([A-Z][\w\-.]*(?:\s*\([^)]*\))?)\s*:?\s*$")
_INNER_PRONOUN = lazy(r"\b(?:it|its|Its)\b")  # ("It ..." opening a sentence: _PRONOUN_RE)
# "it"/"its" standing for a model, not inside a name ("gemma-2-9b-it"), not an expletive
# ("it is worth noting that", "it is unclear whether", "it should be noted")
_PRONOUN_MENTION = lazy(
    r"(?<![\w-])(?:[Ii]ts?)(?![\w-])"
    r"(?!\s+(?:is|was|seems|appears|remains|should\s+be|must\s+be|can\s+be|may\s+be)\s+"
    r"(?:\w+\s+){0,2}?(?:that|to|worth|noted|noting|whether|how|why)\b)"
    # "its base model", "its larger sibling": another model, not the one "its" stands for
    r"(?!(?<=[Ii]ts)\s+(?:[\w.-]+\s+){0,2}?(?:model|variant|version|counterpart|sibling|predecessor)\b)"
)
# a sentence opening on a prepositional phrase does not make its model the subject
_PREPOSITION_OPENER = lazy(
    r"\s*(?:Compared\s+(?:with|to)|Unlike|Like|Against|Relative\s+to|Versus|As\s+with)\b"
)
# "It now beats X": a model's act, so "It" stands for a model (not "It says", "It lifts X")
_IT_ACTS = lazy(
    r"\s*(It)\s+(?:now\s+|also\s+|still\s+|even\s+)?(?:beats|outperforms|trails|leads|scores|"
    r"reaches|gets|achieves|solves|lags|edges|surpasses|posts|hits|manages)\b"
)
_PRONOUN_RE = lazy(
    # (not "The model card [2] reports ...": a document)
    r"^\s*(?:It|This model|The model|The latter|The former|They)\b(?!\s+cards?\b)"
    # "That is 1.2 points above X", "This puts it ...": the figure just given, so its model
    r"|^\s*(?:That|This)(?=\s+(?:is|was|puts|leaves|places|amounts)\b|['’]s\b)"
    # after a short opener naming where: "On LiveCodeBench (2407-2409) the model solves ..."
    r"|^\s*(?:On|In|For|Across|Under|At)\s[^,.;]{1,60}?,?\s(?:the|this)\s+model\b(?!\s+(?:that|which|of)\b)"
)
_RESPECTIVELY = screened(r"\brespectively\b", re.IGNORECASE, ("respectively",))
_GAP_WORDS = screened(
    r"\b(?:(?:leads?|trails?|falls?|drops?|rises?|jumps?|improves?|gains?|lags?|ahead|behind|"
    r"outperforms?|beats?)\b[^,;]{0,40}?\bby(?:\s+(?:only|just|about|roughly|nearly|almost))?|"
    r"margin\s+of|gap\s+(?:of|is)|improvement\s+of|"
    r"drop\s+of|decline\s+of|gain\s+of|increase\s+of|rise\s+of|jump\s+of|loss\s+of|fall\s+of|"
    # "Deepseek-V2.5 gains only 0.6": the change itself, no unit
    r"(?:gains|gained|loses|lost)\s+(?:only|just|a\s+further|another|roughly|about)?)\s*$",
    re.IGNORECASE,
    ("by", "margin", "gap", "improvement", "drop", "decline", "gain", "increase", "los")
    + ("rise", "jump", "fall"),
)
# a verb whose objects are the models that change: "CoT lifts A ... and B by 5.4 points"
_CHANGES_OBJECT = lazy(
    r"\b(?:lifts?|raises?|boosts?|pushes|hurts?|lowers?|cuts?|drags?|reduces?)\s+(?:the\s+)?$",
    re.I,
)
_BY_RIGHT_BEFORE = lazy(r"['’]?s?\s+(?:only\s+|just\s+)?by\s+[+−-]?")
_PLUS_OVER = lazy(r"^\s*(?:points?|pts|pp)?\s*(?:over|above|higher than|better than)\b", re.I)
_DROP_WORD = lazy(
    r"\b(drops?|declines?|decreases?|falls?|fell|lower|loss|loses|degradation|down(?=\s+\d))\b",
    re.I,
)
_RISE_WORD = lazy(
    r"\b(rises?|gains?|increases?|improvement|improves|higher|boost|jumps?|lifts?|climbs?"
    r"|up(?=\s+\d))\b",
    re.I,
)
_OUTPERFORM = screened(
    r"\b(outperforms?|outperformed|outperforming|beats?|beating|surpass(?:es|ed|ing)?|exceeds?|exceeded|edg(?:es|ed|ing)\s+out|tops|topping|"
    r"(?:is|was)\s+better\s+than|scores?\s+higher\s+than|(?:is\s+)?ahead\s+of)\b",
    re.IGNORECASE,
    (
        "outperform",
        "beat",
        "surpass",
        "exceed",
        "edg",
        "tops",
        "topping",
        "better",
        "higher",
        "ahead",
    ),
)
_ORDINALS = {
    "first": 1,
    "1st": 1,
    "#1": 1,
    "second": 2,
    "2nd": 2,
    "#2": 2,
    "third": 3,
    "3rd": 3,
    "#3": 3,
    **{w: n for n, w in enumerate(("fourth", "fifth", "sixth", "seventh", "eighth"), 4)},
    **{f"{n}th": n for n in range(4, 9)},
    **{f"#{n}": n for n in range(4, 9)},
}
_ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth"
_RANK = screened(
    r"\b(?:the\s+)?(?:best|strongest|top[\s\-]performing|highest[\s\-]scoring|state[\s\-]of[\s\-]the[\s\-]art)\b"
    r"|\b(?:tops|topping|leads\s+the\s+(?:leaderboard|table|list|field))\b"
    r"|\bthe\s+top\s+(?:open(?:[\s-](?:source|weight))?\s+)?(?:model|system|entry)\b"
    r"|\b(?:ranks?|ranked|ranking|comes?|coming|sits?|places?|placing)\s+(?:it\s+|them\s+)?"
    rf"(?P<ord>{_ORDINAL_WORDS}|1st|2nd|3rd|[4-8]th|#[1-8])\b"
    rf"|(?<!\w)(?P<ord2>#1)\b|\b(?P<ord3>{_ORDINAL_WORDS})\s+among\b",
    re.IGNORECASE,
    ("best", "strongest", "top", "highest", "state", "lead", "rank", "com", "sit", "plac")
    + ("#1", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"),
)
# "where Codestral looks best": the model's own strongest benchmark, not a rank among models
_OWN_BEST = lazy(r"\bwhere\b[^.;:]{0,60}\b(?:looks?|fares?|performs?)\s+$", re.I)
# "close to the strongest baseline": the rank names some other model, the object
_RANK_OBJECT = lazy(
    r"\b(?:close\s+to|near|behind|than|below|above|trails?|trailing|like|against|versus|vs\.?|"
    r"(?:compared|relative)\s+(?:to|with)|match(?:es|ing)?|rivals?|approach(?:es|ing)?)\s+(?:the\s+)?$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    text: str
    value: str | None  # slug for benchmarks, model id for models
    known: bool = True
    refers_to: _Mention | None = None  # for "it"/"its": the mention it stands for


@dataclass
class _State:
    """What a paragraph has said so far: its subject, its benchmarks, its defined names."""

    last_model: _Mention | None = None  # None when the last sentence named several models
    last_subject: _Mention | None = None
    # the two models of the last gap read (or of two scores given side by side), the leader
    # first, and its benchmark
    last_gap: tuple[_Mention, _Mention] | None = None
    last_gap_bench: _Mention | None = None
    family_anchor: _Mention | None = None  # the last naming sentence's one family, if one
    last_benches: list[_Mention] | None = None
    # the last sentence that named a model, and its mentions (read lazily by the methods)
    last_naming: tuple[str, list[_Mention]] | None = None
    heading_model: _Mention | None = None  # the one model the section heading names
    aliases: dict[str, _Mention] | None = None
    after_semicolon: bool = False
    paragraph: str = ""
    names_possible: bool | None = None  # can a word of the paragraph begin a name? (lazy)
    percent_scale: bool | None = None  # does it print scores as percents? (lazy)
    last_window: str | None = None  # the date window the paragraph named last
    bare_benches: bool = False  # the last sentence named benchmarks and no figure
    # sizes the paragraph said several models have ("Both 33B models are strong"): "the 33B
    # model" after it could be either
    shared_sizes: frozenset[str] = frozenset()

    def last_models(self) -> list[_Mention]:
        """The distinct models the last naming sentence listed, in order."""
        if self.last_naming is None:
            return []
        return list({m.value: m for m in self.last_naming[1] if m.start >= 0 and m.value}.values())

    def last_clause_subject(self) -> _Mention | None:
        """The first model of the last clause that named one ("..., while C reaches 59.4;")."""
        if self.last_naming is None:
            return None
        s, models = self.last_naming
        real = [m for m in models if m.start >= 0 and m.value and m.refers_to is None]
        if not real:
            return None
        lo = _clause(s, real[-1].start)[0]
        return next(m for m in real if m.start >= lo)


def _score_pair(claims: list[Claim]) -> tuple[_Mention, _Mention, _Mention | None] | None:
    """Two models' scores on one benchmark and metric ("On HumanEval, A scores 88.4 and B
    78.6"): the two models, higher first, and the benchmark; None for anything else."""
    if len(claims) != 2 or any(c.relation or not c.model_id for c in claims):
        return None
    hi, lo = sorted(claims, key=lambda c: -c.value)
    if (
        hi.model_id == lo.model_id
        or hi.benchmark != lo.benchmark
        or hi.metric != lo.metric
        or hi.value == lo.value
    ):
        return None
    return (
        _Mention(-1, -1, hi.model or "", hi.model_id),
        _Mention(-1, -1, lo.model or "", lo.model_id),
        _carried_bench(hi),
    )


def _remember_score_pair(claims: list[Claim], state: _State) -> None:
    """A sentence giving two models' scores leaves the pair for a later "That is a 9.8-point
    gap"; a sentence with gaps of its own keeps the last gap it read."""
    pair = _score_pair(claims)
    if pair is not None:
        state.last_gap, state.last_gap_bench = pair[:2], pair[2]


def _carried_bench(claim: Claim) -> _Mention | None:
    """The benchmark of a claim, as a mention a later sentence can take up."""
    if claim.benchmark is None:
        return None
    return _Mention(-1, -1, claim.benchmark_text or claim.benchmark, claim.benchmark)


# a model name ends on a size, variant, version or quantisation token, or on a token with a digit
_NAME_END = lazy(
    r"(?:\d|^(?:base|instruct|chat|it|python|preview|mini|turbo|pro|max|plus|lite|ultra)$)", re.I
)
_VARIANT_WORDS = {
    "base": "base",
    "instruct": "instruct",
    "instruction-tuned": "instruct",
    "chat": "instruct",
    "python": "python",
}
_FAMILY_REF = screened(
    r"\b(?:the|its|their|this)\s+(?P<same>same\s+)?(?P<size>\d+(?:\.\d+)?\s?[Bb])\s*-?\s*"
    r"(?P<variant>base|instruct|instruction-tuned|chat|python)?\s+(?:model|variant|version|counterpart|sibling)\b",
    re.IGNORECASE,
    ("model", "variant", "version", "counterpart", "sibling"),
)
# "the instruct variant of |the 6.7B model|"
_VARIANT_OF = lazy(
    r"\b(base|instruct|instruction-tuned|chat|python)\s+(?:variant|version|counterpart)\s+of\s+$",
    re.I,
)
# a model named by a size or a relation the text gives no way to resolve: "DeepSeek's 6.7B
# coder" (which variant?), "the larger sibling" (which size?)
# a size standing alone, not inside a name: "the 33B model", "DeepSeek's 6.7B"
_BARE_SIZE = lazy(r"(?<![\w.-])\d+(?:\.\d+)?\s?[Bb]\b(?!-)")
_CLAUSE_SPLIT = lazy(r";|\.(?:\s|$)|,\s+(?:and|while|but)\s")
# "Both 33B models", "the two 7B models": several models of one size
_SHARED_SIZE = lazy(
    r"\b(?:[Bb]oth|[Tt]he\s+two)\s+(\d+(?:\.\d+)?\s?[Bb])\s+(?:models|variants|checkpoints)\b"
)
_VAGUE_REF = screened(
    r"\b[A-Z][\w.-]*['’]s\s+(?:own\s+)?\d+(?:\.\d+)?\s?[Bb]"
    r"(?:\s+(?:coder|model|LLM|checkpoint)\b|(?=\s+(?:reaches|scores|gets|posts|achieves|is|was)\b))"
    r"|\b(?:the|its|their)\s+(?:larger|smaller|bigger|biggest|smallest|largest)\s+"
    r"(?:sibling|model|variant|counterpart|version)\b",
    0,
    ("'s", "’s", "larg", "small", "big"),
)
# a variant word right before a name: "the instruction-tuned Llama 3 70B"
_TUNING_LIFTS = lazy(
    r"\binstruction[\s-]tuning\s+(?:lifts|takes|brings|pushes|raises|moves)\s+$", re.I
)
_NAME_LIST_JOIN = lazy(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_VARIANT_BEFORE = lazy(r"\b(?:instruction[- ]tuned|instruct|chat)\s+$", re.IGNORECASE)
_STATED_VARIANT = lazy(r"(?i)\b(?:base|instruct|chat|it|python)\b|-it\b")
# a size alone standing for a model: "the 14B scores 71.4", "and the 32B 26.4" (not "the 15B
# parameters", "the 7B class")
_BARE_SIZE_REF = lazy(
    r"\b[Tt]he\s+(?:(?P<pre>base|instruct|chat|python)\s+)?(?P<size>\d+(?:\.\d+)?[Bb])"
    r"(?:\s+(?P<variant>base|instruct|chat|python))?(?=\s+(?:scores?|reaches|gets|posts|achieves|"
    r"manages|hits|sits|trails|leads|outperforms|beats|is\s+at|at\s+\d|\d|to\s+the\s+\d))"
)
# "from the 1.5B to the 7B base model": the first size shares the second's variant
_ELIDED_VARIANT = lazy(r"\s+to\s+the\s+\d+(?:\.\d+)?[Bb]\s+(base|instruct|chat|python)\b")
_MULTILINGUAL = frozenset({"multilingual-humaneval-avg", "multipl-e"})
_LANGUAGES = r"(Python|C\+\+|Java|PHP|TS|TypeScript|C#|Bash|JS|JavaScript)"  # HumanEval's ports
_ON_LANGUAGE = lazy(r"\s*%?\s+(?:on|in|for)\s+" + _LANGUAGES + r"(?![\w+#])")
_MULTILINGUAL_LANGUAGE = lazy(
    r"Multilingual\s+HumanEval\s+" + _LANGUAGES,
    re.I,
)
_LONG_HEADERS = {
    "model": lazy(r"(?:model(?:\s+name)?|system|checkpoint|llm)s?", re.I),
    "benchmark": lazy(r"(?:benchmark|task|dataset|eval(?:uation)?)s?(?:\s*\(.*\))?", re.I),
    "value": lazy(
        r"(?:(?:claimed|reported|stated)\s+)?(?:value|score|result|accuracy|pass@\d+|%)"
        r"(?:\s*\(\s*%\s*\))?",
        re.I,
    ),
    "metric": lazy(r"metric", re.I),
    "setting": lazy(r"(?:setting|settings|shots|protocol)", re.I),
}


def _cell_claim(
    model: _Mention | None,
    label: str | None,
    bench: str | None,
    metric: str | None,
    number: tuple[str, float, int],
    setting: Setting,
    span: Span,
    form: ClaimForm,
    bench_text: str,
) -> Claim:
    """A claim read from a table cell: the row's model (or its label as written)."""
    num_text, value, decimals = number
    return Claim(
        model=model.text if model else label,
        model_id=model.value if model else None,
        benchmark=bench,
        metric=metric,
        value=value,
        value_text=num_text,
        decimals=decimals,
        setting=setting,
        span=span,
        form=form,
        benchmark_text=bench_text,
    )


_SETTING_HEADER = lazy(
    r"(?:(?:LCB|LiveCodeBench)\s+)?(?:date\s+)?window|#?\s*shots?|settings?|decoding|"
    r"prompt(?:ing)?|mode|protocol|feedback",
    re.I,
)


def _setting_cell(header: str, cell: str) -> Setting:
    """A setting column's cell: "All Time" under "Window", "3" under "Shots"."""
    if cell.strip().isdigit() and "shot" in header.lower():
        return Setting(shots=int(cell.strip()))
    if "feedback" in header.lower() and "feedback" not in cell.lower():
        return setting_in(f"{cell} feedback")  # "execution" under "feedback"
    return setting_in(cell)


def _long_columns(header_text: list[str]) -> dict[str, int] | None:
    """Columns of a one-claim-per-row table: model, benchmark and value (metric and setting if
    present); None when the header is not of that shape."""
    cols: dict[str, int] = {}
    for c, h in enumerate(header_text):
        h = _LABEL_MARKUP.sub("", h).strip()
        for kind, rx in _LONG_HEADERS.items():
            if kind not in cols and rx.fullmatch(h):
                cols[kind] = c
                break
    return cols if {"model", "benchmark", "value"} <= cols.keys() else None


_OWN_SCORE = lazy(r"(?<![\w.])\d{1,3}\.\d+\s?%")
_BARE_FIGURE = lazy(r"(?<![\w.\-])\d{1,3}\.\d+(?![\w.])")  # "76.9", not "6.7B" or "v0.2"
_BARE_SIZED_MODEL = lazy(r"(?:the|this)\s+\d+(?:\.\d+)?\s?[Bb]\s+model", re.I)
_SIBLING_WORD = lazy(r"(?:variant|version|sibling|counterpart)$", re.IGNORECASE)
_VERSIONED_WORD = lazy(r"([A-Z][a-z]{2,})\d[\d.]*")  # "Qwen2.5", "Llama3": the family word
_FIRST_WORD = lazy(r"[A-Z][A-Za-z0-9.]*[A-Za-z0-9]")
_OUR_MODEL = lazy(r"\bour\s+model\b", re.IGNORECASE)
_SUBJECT_WINDOW = 2000  # a model card defines its model near the top
_DEFINES = lazy(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:is|was)\s+(?:a|an|our|the|fine-?tuned|trained|built|"
    r"initiali[sz]ed|released|pre-?trained|instruction-tuned|distilled)\b",
    re.IGNORECASE,
)
_FINE_TUNED_FROM = lazy(
    r"\b(?:fine-?tuned|trained|built|initiali[sz]ed|distilled|adapted)\s+"
    r"(?:from|on\s+top\s+of|upon)\s+",
    re.IGNORECASE,
)
# a quantised build, or the unquantised model, of the model in context
_BUILD_REF = lazy(
    r"(?<![\w-])(?:(?:the\s+)?(?P<quant>Q[2-8]_(?:K_[SML]|K|[01])|AWQ|GPTQ(?:-Int[248])?)(?![\w-])"
    r"(?:\s+(?:build|quant|quantization|version|model|variant|weights))?"
    r"|(?:the\s+)?(?:unquantized|unquantised|full[\s-]precision|BF16|FP16)"
    r"(?:\s+(?:model|version|baseline|weights|build))?)(?![\w-])",
    re.IGNORECASE,
)
# "its base model", "the base checkpoint": the base the document's subject was tuned from
# ("vs 55.0 for the base,", "improves on its base from 49.4"; not "the base Code Llama 34B")
_REF_END = (
    r"(?:\s+(?:model|version|checkpoint|counterpart|variant|sibling)\b|(?=\s*[,.;:)]|\s*$|\s+(?:on|"
    r"by|in|at|and|from|across|with|for|while|whereas|scores|gets|reaches|edges|beats|climbs|"
    r"posts|achieves|solves|lands|sits|hits)\b))"
)
_BASE_REF = screened(
    # "its base model", "Coder-L's base model"
    r"(?:\b(?:its|the|their|our)|(?<=\w)['’]s)\s+(?:own\s+)?base" + _REF_END,
    re.IGNORECASE,
    ("base",),
)
# "the instruct variant", "the chat model": the instruct variant of the model in context
_INSTRUCT_REF = screened(
    r"\b(?:its|the|their)\s+(?:own\s+)?(?:instruct|instruction[\s-]tuned|chat)" + _REF_END,
    re.IGNORECASE,
    ("instruct", "chat"),
)
# "OpenCoder", "the Yi model", "The DeepSeek model", "OpenCoder 79.9": not "OpenCoder-1.5B",
# "OpenCoder 1.5B", "Llama 3"
_SHORT_NAME = lazy(
    r"(?:\b[Tt]he\s+)?(?<![\w.-])(?P<word>[A-Z][A-Za-z0-9.]*[A-Za-z0-9])(?![\w.-])"
    r"(?!\s*(?:\d+(?:\.\d+)?\s?[BbMm]\b|\d(?![\d.])))(?:(?<=\w)\s+model\b)?"
)
_ALIAS_DEF = lazy(
    r"\(\s*(?:(?:hereafter|henceforth|below|called|denoted)\s+[\"“']?(?P<name>[\w.\-]+(?:\s[\w.\-]+)?)[\"”']?"
    r"|[\"“']?(?P<alias>our\s+(?:[\w.\-]+(?:\s+[\w.\-]+)?\s+)?model|the\s+[\w.\-]+(?:\s+[\w.\-]+)?\s+model)"
    r"[\"”']?\s*(?:below|hereafter|henceforth)?)\s*\)",
    re.IGNORECASE,
)
_LISTED_ALIAS = lazy(r"\(\s*([A-Za-z][\w.\-]{0,15})\s*\)")  # "(Coder-M)" in a list of aliases
_DERIVED_FROM = lazy(
    r"\b(?:(?:trained|fine-?tuned|distilled|initiali[sz]ed|built|derived|continued)\s+(?:\w+\s+)?"
    r"(?:from|on|upon)|based\s+on)\s+(?:the\s+|top\s+of\s+)?$",
    re.I,
)
_INSTEAD_OF = lazy(r"\b(?:instead\s+of|rather\s+than)\s+(?:the\s+|a\s+)?$", re.I)
_OUR_PHRASE = lazy(r"\b[Oo]ur(?:\s+own)?(?:\s+\d+(?:\.\d+)?[BbMm])?\s+(?:model|LLM|system)\b")
_SUBJECT_VERB = lazy(
    r"\s+(?:leads|trails|edges|beats|outperforms|scores|reaches|gets|posts|achieves|solves|"
    r"lands|sits|manages|remains|stays|drops|falls|rises|climbs|improves|gains|loses)\b"
)
_SAME_WINDOW = lazy(
    r"\b(?:that|this|the\s+same)\s+(?:(?:LiveCodeBench|LCB|date|release|problem)\s+)?window\b",
    re.I,
)
# a name ending on a release date, year.month: "Codestral 25.01"
_DATE_SUFFIX = r"[ -]2[3-7]\.(?:0[1-9]|1[0-2])(?!\d|\.\d|\s*%)"  # " 25.01", "-24.11"
_DATED_NAME = lazy(r"\b((?:[A-Z][A-Za-z]+[ -])?[A-Z][A-Za-z]+)" + _DATE_SUFFIX)
# families whose releases are named by year.month ("Codestral 25.01"); elsewhere "X 25.10" is
# a score with two decimals
_DATED_VENDORS = frozenset(
    ["codestral", "mistral", "devstral", "ministral", "magistral", "pixtral"]
)
_DATE_AFTER_NAME = lazy(_DATE_SUFFIX)
# "Our 6.7B model, OpenCodeInterpreter-DS-6.7B, scores ...": the name in apposition defines it
_OUR_SIZED_MODEL = lazy(r"\b[Oo]ur\s+\d+(?:\.\d+)?\s?[BbMm]\s+(?:[\w-]+\s+)?model\s*,\s*")
_LIST_GOES_ON = lazy(r"\s*,\s*(?:and|or)\b|\s*,\s*[A-Z][\w.-]*\d")  # "our 7B model, X, and Y"
_MEANS_DEF = lazy(
    r"\b(?P<alias>(?:our|the)\s+(?:[\w.\-]+\s+){0,2}?(?:model|checkpoint|baseline))\s+"
    r"(?:means|denotes|stands\s+for|is\s+short\s+for)\s+",
    re.IGNORECASE,
)
_CALL_IT = screened(
    r"\b(?:call|calls|refer\s+to|refers\s+to)\s+it\s+(?:as\s+)?[\"“']?"
    r"(?P<alias>(?:our|the)\s+[\w.\-]+(?:\s+[\w.\-]+)?\s+model)\b",
    re.IGNORECASE,
    ("call", "refer"),
)
_CITED = screened(  # used with match(s, pos): anchored where the name ends
    # ("the Qwen2.5-Coder evaluation README", "the GPT-4 system card")
    r"['’]?s?\s+(?:(?:technical|evaluation|system|model|release|official|original|GitHub)\s+)?"
    r"(?:report|paper|team|authors|card|blog|readme|repo|repository)\b"
    # "the figure that Code Llama [1] quotes": a cited paper quoting a figure
    r"|\s*\[\d+(?:\s*[,\u2013-]\s*\d+)*\]\s+(?:quotes?|cites?|lists?)\b",
    re.IGNORECASE,
    ("report", "paper", "team", "authors", "card", "blog", "readme", "repo", "quote", "cite")
    + ("list",),
)
_CITED_BENCH = screened(  # used with match(s, pos) where a benchmark name ends
    r"\s+(?:study|paper|authors)\b", re.IGNORECASE, ("study", "paper", "authors")
)
_FROM_TO = screened(
    r"\bfrom\s+(\d+(?:\.\d+)?)%?(?P<on1>\s+(?:on|in)\s+\S+)?\s+to\s+(\d+(?:\.\d+)?)%?(?P<on2>\s+(?:on|in)\s+)?",
    re.IGNORECASE,
    ("from",),
)
_CHANGE_ONLY = screened(r"\bfrom\s+\d+(?:\.\d+)?%?\s+to\s+\d", re.IGNORECASE, ("from",))
# between the two benchmarks of "HumanEval -> HumanEval+ drops", "from HumanEval to HumanEval+"
_TRANSITION_GAP = lazy(r"\s*(?:->|→|to)\s*")
_VERSUS = screened(
    r"(\d+(?:\.\d+)?)\s*%?\s*(?:vs\.?|versus|against)\s*(\d+(?:\.\d+)?)",
    re.IGNORECASE,
    ("vs", "versus", "against"),
)


# what may separate the items of a list read "respectively": "64.0, 59.7, 81.0 and 66.7",
# "HumanEval, HumanEval+, MBPP and MBPP+", "pass@1 and pass@10"
_LIST_GAP = lazy(
    r"\s*%?\s*(?:pass@\d+\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*|&\s*)(?:the\s+)?", re.I
)  # "28.8 pass@1 and 72.3 pass@100" is a list too
_SAME_BENCHMARKS = lazy(
    r"\s*%?\s*(?:on|across|for)\s+(?:the\s+same\s+(?:two\s+|three\s+|four\s+)?benchmarks|"
    r"both(?:\s+benchmarks)?|these\s+(?:two\s+|three\s+)?benchmarks)\b",
    re.I,
)


def _runs(s: str, items: Sequence[Any], limit: int) -> list[list[Any]]:
    """Maximal runs of ``items`` (with .start/.end, in order, before ``limit``) that the
    text lists one after the other ("A, B and C"); runs of one item are left out."""
    runs: list[list[Any]] = []
    for item in items:
        if item.start < 0 or item.end > limit:
            continue
        if runs and _LIST_GAP.fullmatch(s, runs[-1][-1].end, item.start):
            runs[-1].append(item)
        else:
            runs.append([item])
    return [r for r in runs if len(r) > 1]


@dataclass
class _Respective:
    """What a "respectively" pairs with each figure (keyed by the figure's start)."""

    models: dict[int, _Mention]
    benches: dict[int, _Mention]
    metrics: dict[int, str | None]
    runs: list[list[_Num]] = field(default_factory=list)


def _named_after_list(s: str, run: list[_Num], named: list[_Mention]) -> dict[int, _Mention]:
    """'41.5 and 76.8 for X': every figure of the list is the model's named right after it."""
    following = next((m for m in named if m.start >= run[-1].end), None)
    if following is None or not _MODEL_GAP.fullmatch(s, run[-1].end, following.start):
        return {}
    return {n.start: following for n in run}


def _respective(
    s: str,
    numbers: list[_Num],
    benches: list[_Mention],
    models: list[_Mention],
    earlier: list[_Mention],
) -> _Respective:
    """'A and B obtain 46.3 and 54.9 on HumanEval and 37.8 and 49.1 on HumanEval+,
    respectively'; '64.0, 59.7 and 81.0 on HumanEval, HumanEval+ and MBPP, respectively';
    '41.5 and 76.8 at pass@1 and pass@10'; '35.4 and 45.6 on the same two benchmarks'.
    ``earlier``: the benchmarks the text named before, for "the same two benchmarks"."""
    out = _Respective({}, {}, {})
    last = max(m.start() for m in _RESPECTIVELY.finditer(s))
    number_runs = out.runs = _runs(s, numbers, last)
    if not number_runs:
        return out
    named = [m for m in models if m.start >= 0 and m.refers_to is None]
    model_runs = _runs(s, list({m.value: m for m in named}.values()), last)
    bench_runs = _runs(s, [b for b in benches if b.start >= 0], last)
    metrics = [
        _Mention(m.start(), m.end(), m.group(0), f"pass@{int(m.group(1))}")
        for m in _METRIC.finditer(s)
    ]
    metric_runs = _runs(s, metrics, last)
    for run in number_runs:
        k = len(run)
        same = [r for r in model_runs if len(r) == k]
        out.models.update(_named_after_list(s, run, named))
        if len(same) == 1:  # one list of k models: the i-th figure of each list is the i-th model's
            out.models.update((n.start, m) for n, m in zip(run, same[0], strict=True))
            after = next((b for b in benches if b.start >= run[-1].end), None)
            if after is not None and _BENCH_GAP.fullmatch(s, run[-1].end, after.start):
                out.benches.update(
                    (n.start, after) for n in run
                )  # "... 37.8 and 49.1 on HumanEval+"
        same_benches = [r for r in bench_runs if len(r) == k]
        if len(number_runs) == 1 and len(same_benches) == 1:
            out.benches.update((n.start, b) for n, b in zip(run, same_benches[0], strict=True))
        elif _SAME_BENCHMARKS.match(s, run[-1].end):
            before = list({b.value: b for b in benches if 0 <= b.start < run[0].start}.values())
            before = before or list({b.value: b for b in earlier}.values())
            if len(before) == k:
                out.benches.update((n.start, b) for n, b in zip(run, before, strict=True))
        same_metrics = [r for r in metric_runs if len(r) == k]
        if len(number_runs) == 1 and len(same_metrics) == 1:
            out.metrics.update(
                (n.start, m.value) for n, m in zip(run, same_metrics[0], strict=True)
            )
    return out


def _owned_by_figure(s: str, m: _Mention) -> bool:
    """Is ``m`` written in brackets right after a figure: "87.2 (full precision)"?"""
    return (
        m.start > 0
        and s[m.end : m.end + 2].lstrip().startswith(")")
        and _FIGURE_BRACKET.search(s, max(0, m.start - 12), m.start) is not None
    )


_FIGURE_BRACKET = lazy(r"\d%?\s*\(\s*(?:the\s+)?$")


def _versus_owners(s: str, numbers: list[_Num], models: list[_Mention]) -> dict[_Num, _Mention]:
    """'A leads B ... (92.7 vs 85.4)': the first figure is A's, the second B's, where A and B
    are the last two models named before the figures ("A is ahead of B, although B beats it
    (78.7 vs 74.4)": B's and A's)."""
    distinct = list({m.value: m for m in models}.values())
    if len(distinct) < 2:
        return {}
    out: dict[_Num, _Mention] = {}
    for m in _VERSUS.finditer(s):
        first = next((n for n in numbers if n.start == m.start(1)), None)
        second = next((n for n in numbers if n.start == m.start(2)), None)
        if first and second:
            named: list[_Mention] = []  # the last two distinct models before the figures
            for x in reversed(models):
                if 0 <= x.start < m.start() and all(x.value != y.value for y in named):
                    named.insert(0, x)
                    if len(named) == 2:
                        break
            pair = named if len(named) == 2 else distinct[:2]
            out[first], out[second] = pair[0], pair[1]
    return out


class _LineMap:
    """Maps character offsets in joined text back to document lines."""

    def __init__(self, starts: list[int], lines: list[int]):
        self.starts = starts
        self.lines = lines

    def line(self, offset: int) -> int:
        return self.lines[max(bisect_right(self.starts, offset) - 1, 0)]


def _masked(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start < b or a < end <= b for a, b in spans)


class Extractor:
    """Reads claims from documents with a fixed vocabulary."""

    def __init__(self, vocab: Vocabulary):
        self.vocab = vocab
        self._mentions: list[_Mention] = []  # model mentions of the sentence being read
        # ...and with its pronouns and references resolved, in place: what a rank is about
        self._resolved: list[_Mention] = []
        self._fine_tuned_from: dict[str, _Mention] = {}  # model id -> its base ("tuned from")
        self._same_models: dict[int, _Mention] = {}  # figure start -> "the same two models"' own
        # "From the 1.5B to the 7B base model, ...": the two ends of a change across models
        self._model_ends: tuple[_Mention, _Mention] | None = None
        # first word of each hyphenated model name read so far -> the ids it began
        self._first_words: dict[str, set[str]] = {}
        self._first_mention: dict[str, _Mention] = {}
        self._named: dict[str, _Mention] = {}  # known models named so far, last named last
        self._named_at: dict[str, float] = {}  # when each was named last (a running count)
        self._namings = 0
        # tables passed but not yet read for names (the count when passed, the table): read
        # only when a sentence refers to a model by its size
        self._tables_passed: list[tuple[int, Table]] = []
        self._variant_sizes: set[tuple[str, str]] | None = None
        self._stems: set[str] = set()  # family words of versioned first words ("Qwen")
        self.last_window: str | None = None  # the date window this section named last
        self.defined_names: dict[
            str, _Mention
        ] = {}  # the document's defined names, for row headers

    # -- model mentions ------------------------------------------------------
    def find_models(self, text: str, masked: Sequence[tuple[int, int]]) -> list[_Mention]:
        out: list[_Mention] = []
        # could some run hold an unknown sized name ("Granite-3.1-8B-Instruct")?
        sized = "-" in text and _SIZE_PART.search(text) is not None
        if text.isascii():
            # lowercasing keeps offsets: tokens are found once, in C, on the lowered text
            lower = text.lower()
            lows = _NAME_WORD_LOWER.findall(lower)
            if not lows or (not sized and not self.vocab.may_name_words(lows)):
                return out
            tokens = _token_spans(lower, lows)
        else:
            tokens = [m.span() for m in _NAME_WORD.finditer(text)]
            lows = [text[a:b].lower() for a, b in tokens]
            if not tokens or (not sized and not self.vocab.may_name_words(lows)):
                return out
        # only runs (tokens joined by a space, a hyphen or an underscore) that hold a word able
        # to start a known name, or a size part of an unknown name, can hold a model
        starts_name = self.vocab.starts_name
        firsts = self.vocab.first_tokens
        # a word can start a name only if it (or its part before "_") is a first word or prefix
        maybe = firsts.intersection(lows) if firsts and "_" not in text else None
        following = [*lows[1:], None]
        seeds = [
            k
            for k, low in enumerate(lows)
            if not firsts or ((maybe is None or low in maybe) and starts_name(low, following[k]))
        ]
        if sized:
            seeds += [
                k
                for m in _SIZE_PART.finditer(text)
                for k, (a, b) in enumerate(tokens)
                if a < m.end() and m.start() < b
            ]
        last = len(tokens) - 1
        done = -1  # runs are visited left to right; tokens up to ``done`` are read
        for k in sorted(set(seeds)):
            if k <= done:
                continue
            first = k
            while first > 0 and _joins(text[tokens[first - 1][1] : tokens[first][0]]):
                first -= 1
            done = k
            while done < last and _joins(text[tokens[done][1] : tokens[done + 1][0]]):
                done += 1
            run = slice(first, done + 1)
            out.extend(self._models_in_run(text, tokens[run], lows[run], masked, sized))
        if out and ("nstruct" in text or "chat" in text or "Chat" in text):
            out = self._variants_before(text, out)
        return out

    def _variants_before(self, text: str, mentions: list[_Mention]) -> list[_Mention]:
        """Each mention with the variant word before it, and before the list it leads: "the
        instruction-tuned Llama 2 7B, Llama 2 13B and Llama 2 70B" are all instruct models."""
        out: list[_Mention] = []
        leading: _Mention | None = None  # the list's first name, when a variant word led it
        for m in mentions:
            v = self._variant_before(text, m)
            if (
                v is m
                and leading is not None
                and _NAME_LIST_JOIN.fullmatch(text, out[-1].end, m.start)
            ):
                first, this = parse_model_id(leading.value or ""), parse_model_id(m.value or "")
                if first is not None and this is not None and first.key.family == this.key.family:
                    v = self._variant_before(text, m, forced=True)
            leading = leading if v is not m and leading is not None else (v if v is not m else None)
            out.append(v)
        return out

    def _variant_before(self, text: str, mention: _Mention, forced: bool = False) -> _Mention:
        """'the instruction-tuned Llama 3 70B', 'the chat Yi-Coder-9B': a variant word just
        before a name that states none is that variant's model (when the registry has it)."""
        if mention.start <= 0 or not (
            forced or _VARIANT_BEFORE.search(text, max(0, mention.start - 24), mention.start)
        ):
            return mention
        parsed = parse_model_id(mention.value or "")
        if (
            parsed is None
            or parsed.key.variant not in ("", "base")
            or _STATED_VARIANT.search(mention.text)
        ):
            return mention
        key = replace(parsed.key, variant="instruct")
        if key.id not in self.vocab.model_ids:
            return mention
        return _Mention(mention.start, mention.end, mention.text, key.id, True)

    def _models_in_run(
        self,
        text: str,
        tokens: list[tuple[int, int]],
        lows: list[str],
        masked: Sequence[tuple[int, int]],
        sized: bool = True,
    ) -> list[_Mention]:
        firsts = self.vocab.first_tokens
        start, end = tokens[0][0], tokens[-1][1]
        # a hyphenated capitalised name with a size ("Granite-3.1-8B-Instruct") is a model even
        # when the registry does not know its family; it is kept as an unknown model
        unknown_ok = sized and bool(_UNKNOWN_NAME.search(text[start:end]))
        if (
            firsts
            and not unknown_ok
            and not any(map(self.vocab.starts_name, lows, [*lows[1:], None]))
        ):
            return []  # no word of the run can begin a known model name
        # split the run at masked spans (benchmark names) and stop words
        segments: list[list[tuple[int, int]]] = [[]]
        for (a, b), low in zip(tokens, lows, strict=True):
            hyphenated = a > 0 and text[a - 1] == "-"  # "gemma-7b-it": a variant, not a pronoun
            if (low in _STOP_WORDS and not hyphenated) or (masked and _masked(masked, a, b)):
                segments.append([])
            else:
                segments[-1].append((a, b))
        found: list[_Mention] = []
        for seg in segments:
            i = 0
            while i < len(seg):
                best: _Mention | None = None
                fallback: tuple[int, _Mention] | None = None
                sizeless: tuple[int, _Mention | None] | None = None  # "Llama 3": which size?
                # the longest sub-span starting at i whose id is in the registry; failing that,
                # the longest that parses to a known family and ends on a name-like token
                word = text[seg[i][0] : seg[i][1]].lower()
                novel = _UNKNOWN_NAME.match(text, seg[i][0]) if unknown_ok else None
                if novel:
                    parsed = parse_model_name(novel.group(0))
                    if (
                        parsed is not None
                        and parsed.key.size
                        and parsed.key.family not in self.vocab.families
                    ):
                        found.append(
                            _Mention(
                                novel.start(), novel.end(), novel.group(0), parsed.key.id, False
                            )
                        )
                        while i < len(seg) and seg[i][1] <= novel.end():
                            i += 1
                        continue
                following = (
                    text[seg[i + 1][0] : seg[i + 1][1]].lower() if i + 1 < len(seg) else None
                )
                if firsts and not self.vocab.starts_name(word, following):
                    i += 1
                    continue
                for j in range(min(len(seg), i + 8), i, -1):
                    a, b = seg[i][0], seg[j - 1][1]
                    candidate = text[a:b]
                    if not _LETTER.search(candidate):
                        continue
                    model_id, known = self.vocab.resolve_model(candidate)
                    if model_id and not known and sizeless is None:
                        sizeless = self._sizeless(text, a, b, candidate, j)
                        if sizeless is None and _FAMILY_TALK.match(text, b):
                            sizeless = (j, None)  # "the Code Llama family": not "Code" either
                    if not (model_id and known):
                        continue
                    mention = _Mention(a, b, candidate, model_id, model_id in self.vocab.model_ids)
                    if mention.known:
                        best = mention
                        i = j
                        break
                    if fallback is None and _NAME_END.search(text[seg[j - 1][0] : b]):
                        fallback = (j, mention)
                if best is None and fallback is not None:
                    i, best = fallback
                if best is None and sizeless is not None and (unresolved := sizeless[1]):
                    i = sizeless[0]
                    found.append(unresolved)
                    continue
                if best:
                    best, end = self._with_suffix(text, best)
                    while end > best.start and i < len(seg) and seg[i][0] < end:
                        i += 1
                    found.append(best)
                else:
                    i += 1
        return found

    def _sizeless(
        self, text: str, a: int, b: int, candidate: str, j: int
    ) -> tuple[int, _Mention | None] | None:
        """A known family named without a size ("Llama 3 achieves 81.7%"): a model mention
        that resolves to no model (never to the one named before it), unless the words after
        it speak of the family ("the Code Llama family", "DeepSeek-Coder models")."""
        parsed = parse_model_name(candidate)
        if (
            parsed is None
            or parsed.key.size
            or parsed.key.family not in self.vocab.sized_families
            or not candidate[:1].isupper()
            or not _NAME_SHAPED.search(candidate)  # "Code" alone is a word
            or _FAMILY_TALK.match(text, b)
        ):
            return None
        return j, _Mention(a, b, candidate, None, False)

    def _with_suffix(self, text: str, mention: _Mention) -> tuple[_Mention, int]:
        """A known name with more attached ("X-Instruct-AWQ", "X-v2") is another model."""
        m = _ATTACHED.match(text, mention.end)
        if not m or _HARMLESS_SUFFIX.fullmatch(m.group(0)):
            # "GPT-3.5 (ChatGPT)", "Qwen2.5-Coder-32B (base)": a bracket that makes another
            # registry model (only then: "GPT-4o (ours)" stays GPT-4o)
            p = _BRACKET_AFTER.match(text, mention.end)
            if p and mention.known:
                longer = text[mention.start : p.end()]
                key = model_id(longer)
                if key and key != mention.value and key in self.vocab.model_ids:
                    return _Mention(mention.start, p.end(), longer, key, True), p.end()
            return mention, mention.end
        longer = text[mention.start : m.end()]
        parsed = parse_model_name(longer)
        if parsed is None or parsed.key.id == mention.value:
            return mention, mention.end
        key = parsed.key.id
        return _Mention(mention.start, m.end(), longer, key, key in self.vocab.model_ids), m.end()

    # -- prose -----------------------------------------------------------------
    def extract_prose(
        self,
        text: str,
        linemap: _LineMap,
        path: str,
        context_model: _Mention | None = None,
        aliases: dict[str, _Mention] | None = None,
        pieces: list[tuple[int, str]] | None = None,
        topic: tuple[_Mention, ...] = (),
    ) -> list[Claim]:
        """``topic``: the benchmarks a paragraph that names none is about (its window says;
        the two ends of a change)."""
        claims: list[Claim] = []
        hits = self.vocab.benchmarks.find(text)
        if not hits and not topic:
            return claims  # every claim, ranks and comparisons too, is about some benchmark
        pieces = _sentences(text) if pieces is None else pieces
        for idx, piece in pieces:
            # a sentence's mentions are the paragraph's within it (sentences end after
            # punctuation, which no alias spans): no second scan of the same text
            end = idx + len(piece)
            self.vocab.benchmarks.remember(
                piece, [(a - idx, b - idx, slug) for a, b, slug in hits if idx <= a and b <= end]
            )
        state = _State(
            last_model=context_model,
            last_subject=context_model,
            heading_model=context_model,
            aliases=aliases or {},
            paragraph=text,
            last_benches=list(topic) if topic else None,
        )
        previous = ""
        for idx, piece in pieces:
            found = self._sentence(piece, idx, linemap, path, state)
            if found and all(c.model_id is None for c in found):
                # figures of a model the sentence did not name ("the 33B DeepSeek-based model"):
                # a later "its" is not the subject named before them
                state.last_subject = state.last_model = None
            if "window" in piece or _may_window(piece):
                found = self._same_window(piece, found, state)
            claims.extend(found)
            claims.extend(self.rank_claims(piece, idx, linemap, path, previous, self._resolved))
            previous = piece
        return claims

    def _same_window(self, s: str, claims: list[Claim], state: _State) -> list[Claim]:
        """'Table 16 uses the 2407-2409 window. In that window X scores 22.6 ...': a window
        named before holds where a sentence says "that window" or "the same window"."""
        own = _last_window(s)
        if own is not None:
            state.last_window = self.last_window = own
        elif (window := state.last_window or self.last_window) and _SAME_WINDOW.search(s):
            claims = [
                replace(
                    c,
                    setting=self._version_fit(
                        replace(c.setting, dataset_version=window), c.benchmark
                    ),
                )
                if c.setting.dataset_version is None and not c.relation
                else c
                for c in claims
            ]
        return claims

    def models_outside_benchmarks(self, text: str) -> list[_Mention]:
        """Model mentions in ``text`` that are not inside a benchmark's name."""
        return self.find_models(text, [(a, b) for a, b, _ in self.vocab.benchmarks.find(text)])

    def aliases(self, text: str) -> dict[str, _Mention]:
        """Names a document defines for a model: 'Magicoder-S-DS-6.7B (our 7B model below)'."""
        out: dict[str, _Mention] = {}
        for m in _ALIAS_DEF.finditer(text):
            window = text[max(0, m.start() - 120) : m.start()]
            found = self.models_outside_benchmarks(window)
            if found and window[found[-1].end :].strip() == "":
                out[(m.group("alias") or m.group("name")).lower()] = found[-1]
            if m.group("name"):
                # "X (hereafter Coder-S), Y (Coder-M) and Z (DS-S).": the list goes on
                stop = _SENTENCE_END.search(text, m.end())
                end = stop.start() if stop else len(text)
                last = m.end()
                for more in _LISTED_ALIAS.finditer(text, m.end(), end):
                    found = self.models_outside_benchmarks(text[last : more.start()])
                    if found and text[last + found[-1].end : more.start()].strip() == "":
                        out.setdefault(more.group(1).lower(), found[-1])
                    last = more.end()
        if "it" in text:
            for m in _CALL_IT.finditer(text):
                # "X is ... Throughout this card we call it our 7B model": the model named last
                window = text[max(0, m.start() - 300) : m.start()]
                found = self.models_outside_benchmarks(window)
                if found and found[-1].value:
                    out.setdefault(m.group("alias").lower(), found[-1])
        means = (
            "means " in text or "denotes " in text or "stands for" in text or "short for" in text
        )
        for m in _MEANS_DEF.finditer(text) if means else ():
            # "In this section the base model means Qwen2.5-Coder-7B and our 7B model means ..."
            found = self.models_outside_benchmarks(text[m.end() : m.end() + 80])
            if found and found[0].start == 0 and found[0].value:
                out.setdefault(" ".join(m.group("alias").split()).lower(), found[0])
        if "ur " in text and "model," in text:
            for m in _OUR_SIZED_MODEL.finditer(text):
                window = text[m.end() : m.end() + 80]
                found = self.models_outside_benchmarks(window)
                if (
                    found
                    and found[0].start == 0
                    and found[0].value
                    and window[found[0].end :].lstrip()[:1] in (",", ")", ";")
                    and not _LIST_GOES_ON.match(window, found[0].end)
                ):
                    alias = " ".join(m.group(0).rstrip(", \n").split()).lower()
                    out.setdefault(alias, found[0])
        if len({v.value for v in out.values()}) == 1:  # one model of "ours": "our model" is it
            target = next(iter(out.values()))
            out.setdefault("our model", target)
            out.setdefault("our method", target)
        if "our model" not in out and "ur model" in text and _OUR_MODEL.search(text):
            subject = self._document_subject(text)
            if subject is not None:
                out["our model"] = subject
        return out

    def _document_subject(self, text: str) -> _Mention | None:
        """The model a model card is about: the first sentence that opens on a model name and
        defines it ("Kestrel-Coder-7B-Instruct is fine-tuned from Qwen2.5-Coder-7B (base)").
        Its "fine-tuned from" model is remembered as that model's base."""
        head = text[:_SUBJECT_WINDOW]
        benches = [(a, b) for a, b, _ in self.vocab.benchmarks.find(head)]
        found = self.find_models(head, benches)
        for m in found:
            opening = head[: m.start].rstrip(" \t*#_")
            if opening and not opening.endswith(("\n", ".", ":")):
                continue  # named inside a sentence, not as what the sentence is about
            if not m.value or not _DEFINES.match(head, m.end):
                continue
            sentence_end = _SENTENCE_END.search(head, m.end)
            stop = sentence_end.start() if sentence_end else len(head)
            origin = _FINE_TUNED_FROM.search(head, m.end, stop)
            if origin is not None:
                base = next((b for b in found if b.start >= origin.end() and b.start < stop), None)
                if base is not None and base.value != m.value:
                    self._fine_tuned_from[m.value] = base
            self._remember_names([m])  # "Kestrel gets 63.2" later on
            return m
        return None

    def _may_mention(self, s: str, state: _State) -> bool:
        """Could ``s`` name a model, use a defined name, or refer back to the subject?"""
        if state.aliases:
            lower = s.lower()
            if any(phrase in lower for phrase in state.aliases):
                return True
        if state.last_subject is not None and (_PRONOUN_RE.match(s) or _INNER_PRONOUN.search(s)):
            return True
        if state.names_possible is None:  # once per paragraph, and only when needed
            state.names_possible = self.vocab.may_name(state.paragraph)
        return state.names_possible and self.vocab.may_name(s)  # (unknown names have digits)

    def _alias_mentions(
        self, s: str, state: _State, masked: list[tuple[int, int]]
    ) -> list[_Mention]:
        """Mentions of names the document defined ("Ours-7B", "our 7B model")."""
        out: list[_Mention] = []
        for phrase, target in (state.aliases or {}).items():
            spaced = re.escape(phrase).replace(r"\ ", r"\s+")  # "our 6.7B\nmodel"
            for m in re.finditer(rf"(?<![\w-]){spaced}(?![\w-])", s, re.IGNORECASE):
                if not _masked(masked, m.start(), m.end()):
                    out.append(_Mention(m.start(), m.end(), m.group(0), target.value, target.known))
        return out

    def pass_table(self, table: Table) -> None:
        """The prose has read past ``table``; the models its rows name count as named here."""
        self._tables_passed.append((self._namings, table))

    def _read_passed_tables(self) -> None:
        """Name the models of the tables passed so far, in their place in the reading order."""
        for at, table in self._tables_passed:
            for row in table.rows:
                text = " | ".join(cell for cell in row if cell and not _is_numeric_cell(cell))
                if text:
                    models = [m for m in self.find_models(text, ()) if m.known]
                    self._remember_names(models, at - 0.5)
        self._tables_passed.clear()
        self._named = dict(sorted(self._named.items(), key=lambda kv: self._named_at[kv[0]]))

    def _name(self, m: _Mention, at: float | None = None) -> None:
        if at is not None and self._named_at.get(m.value, -1.0) > at:
            return  # named again after the table
        self._named.pop(m.value, None)
        self._named[m.value] = m
        if at is None:
            self._namings += 1
            at = self._namings
        self._named_at[m.value] = at

    def _remember_names(self, models: list[_Mention], at: float | None = None) -> None:
        for m in models:
            if m.known and m.value and m.start >= 0:
                self._name(m, at)
            word = _FIRST_WORD.match(m.text) if m.value and m.start >= 0 else None
            if word and m.value and m.text[word.end() : word.end() + 1] == "-":
                names = [word.group(0)]
                stem = _VERSIONED_WORD.fullmatch(word.group(0))
                if stem:  # "Qwen2.5-Coder-32B-Instruct ... the Qwen model"
                    names.append(stem.group(1))
                    self._stems.add(stem.group(1))
                for name in names:
                    self._first_words.setdefault(name, set()).add(m.value)
                    self._first_mention.setdefault(name, m)

    def _short_names(self, s: str, masked: list[tuple[int, int]]) -> list[_Mention]:
        """A model called by the first word of its name once the document has named it in full,
        when no other model named so far begins with that word: "OpenCoder-8B-Instruct ...
        OpenCoder 79.9", "Yi-Coder-9B-Chat ... The Yi model scores 64.0"."""
        out: list[_Mention] = []
        words = [word for word in self._first_words if word in s]
        if not words or all(
            s.count(word) <= sum(s.startswith(word, a) for a, _ in masked) for word in words
        ):
            return out  # each first word only begins a name read in full here
        for m in _SHORT_NAME.finditer(s):
            ids = self._first_words.get(m.group("word"))
            if not ids or len(ids) != 1 or _masked(masked, m.start(), m.end()):
                continue
            if m.group("word") in self._stems and not (
                m.group(0).endswith("model")
                or s.startswith(("'s ", "’s "), m.end())
                or _SUBJECT_VERB.match(s, m.end())  # "Qwen leads B by 4.0 points"
            ):
                continue  # a family word alone ("the Qwen coder") is too loose a name
            full = self._first_mention[m.group("word")]
            out.append(_Mention(m.start(), m.end(), m.group(0), full.value, True))
        return out

    def _references(
        self, s: str, state: _State, masked: list[tuple[int, int]], mentions: list[_Mention]
    ) -> list[_Mention]:
        """'our 7B model' (defined in the document), 'the 70B base model' (family from context),
        'its base model' (what the subject was fine-tuned from, else the subject's base variant)."""
        out: list[_Mention] = []
        key: ModelKey | None
        for m in _BASE_REF.finditer(s):
            if _masked(masked, m.start(), m.end()):
                continue
            before = [x.refers_to or x for x in mentions if x.end <= m.start() and x.value]
            anchor = before[-1] if before else (state.last_subject or state.last_model)
            if anchor is None or anchor.value is None:
                continue
            base = self._fine_tuned_from.get(anchor.value)
            if base is None:
                parsed = parse_model_id(anchor.value) or parse_model_name(anchor.text)
                if parsed is None or parsed.key.variant == "base":
                    continue
                key = replace(parsed.key, variant="base")
                base = _Mention(-1, -1, m.group(0), key.id, key.id in self.vocab.model_ids)
            out.append(_Mention(m.start(), m.end(), base.text, base.value, base.known, base))
        for m in _INSTRUCT_REF.finditer(s):
            if _masked(masked, m.start(), m.end()):
                continue
            before = [x.refers_to or x for x in [*mentions, *out] if 0 <= x.end <= m.start()]
            anchor = before[-1] if before else (state.last_subject or state.last_model)
            parsed = parse_model_id(anchor.value or "") if anchor else None
            if parsed is None:
                continue
            key = replace(parsed.key, variant="instruct")
            if key.id in self.vocab.model_ids:
                target = _Mention(-1, -1, m.group(0), key.id, True)
                out.append(_Mention(m.start(), m.end(), m.group(0), key.id, True, target))
        if "oth " in s or "two " in s:
            for m in _SHARED_SIZE.finditer(s):
                size = m.group(1).lower().replace(" ", "")
                state.shared_sizes = state.shared_sizes | {size}
        sized_refs = list(_FAMILY_REF.finditer(s))
        bare: set[int] = set()
        if "B " in s or "b " in s:  # "the 14B scores 71.4", "and the 32B 26.4"
            for m in _BARE_SIZE_REF.finditer(s):
                if not any(m.start() == r.start() for r in sized_refs):
                    sized_refs.append(m)
                    bare.add(m.start())
        for m in sorted(sized_refs, key=lambda m: m.start()):
            if _masked(masked, m.start(), m.end()) or any(
                o.start <= m.start() < o.end for o in out
            ):
                continue
            before = sorted(
                (x.refers_to or x for x in [*mentions, *out] if 0 <= x.end <= m.start()),
                key=lambda x: x.end,
            )
            anchor = before[-1] if before else (state.last_model or state.family_anchor)
            if (
                anchor in out
            ):  # an earlier phrase of this sentence: its resolved id names the family
                family = parse_model_id(anchor.value or "")
            elif anchor is not None and anchor.refers_to is None and anchor.value:
                # a name a variant word before it resolved ("the instruction-tuned Llama 3 70B")
                family = parse_model_id(anchor.value) or parse_model_name(anchor.text)
            else:
                family = parse_model_name(anchor.text) if anchor else None
            size = m.group("size").lower().replace(" ", "")
            written = m.group("variant") or (m.group("pre") if m.start() in bare else None)
            if written is None and m.start() in bare:
                elided = _ELIDED_VARIANT.match(s, m.end())
                written = elided.group(1) if elided else None
            if written is None and " of " in s[max(0, m.start() - 4) : m.start()]:
                # "the instruct variant of the 6.7B model": the variant is said before
                of = _VARIANT_OF.search(s, max(0, m.start() - 40), m.start())
                if of is not None:
                    written = of.group(1)
            variant = _VARIANT_WORDS.get((written or "").lower(), "")
            if not variant and _TUNING_LIFTS.search(s, max(0, m.start() - 40), m.start()):
                variant = "instruct"  # "Instruction tuning lifts the 33B model to 79.3%"
            if not variant and size in state.shared_sizes:
                # "Both 33B models are strong: the 33B model scores 9.1": which one is not said
                out.append(_Mention(m.start(), m.end(), m.group(0), None, False))
                continue
            if family is None:
                # no one model in context: the family named last that has that size, if any;
                # "the 7B version" keeps that model's variant
                if m.groupdict().get("same"):
                    key = self._only_named(None, size)  # "the same 32B model": the one named
                elif variant:
                    key = self._family_with(size, variant)
                elif _SIBLING_WORD.search(m.group(0)):
                    key = self._family_with(size, None)
                elif m.start() not in bare:
                    key = self._only_named(None, size)  # "the 32B model": the one 32B named
                else:
                    key = None
                if key is None:
                    continue
            else:
                if not variant and (
                    m.start() in bare
                    or (anchor in out and family.key.size == size)
                    # "the 8B variant" of "the instruction-tuned Llama 3 70B": a sibling
                    or (family.key.variant == "instruct" and _SIBLING_WORD.search(m.group(0)))
                ):
                    # "The 14B instruct sibling lands at 23.4 and the 7B at 18.8": elided too
                    # "the 32B instruct model ..., while ... the 32B model": the variant carries
                    variant = family.key.variant
                key = replace(family.key, size=size, variant=variant, qualifiers=())
                named_keys = set() if variant else self._named_keys(family.key.family, size)
                if (
                    not variant
                    and m.start() not in bare
                    and _BARE_SIZED_MODEL.fullmatch(m.group(0))
                ):
                    # "the 7B model" after CodeQwen1.5-7B-Chat and Qwen2.5-Coder-7B-Instruct:
                    # any family's 7B model named so far could be meant
                    named_keys = named_keys | self._named_keys(None, size)
                if len(named_keys) > 1:
                    # "the 7B model" after Qwen2.5-Coder-7B-Instruct and its base: either one
                    out.append(_Mention(m.start(), m.end(), m.group(0), None, False))
                    continue
                if named_keys:
                    key = next(
                        iter(named_keys)
                    )  # "the 33B model" after "DeepSeek-Coder-Instruct 33B"
                elif key.id not in self.vocab.model_ids:
                    # "GPT-4-Turbo leads the 33B model": the one 33B model named, else a family
                    # named that has the size; not when several models of the size were named
                    if not variant and len(self._named_keys(None, size)) > 1:
                        out.append(_Mention(m.start(), m.end(), m.group(0), None, False))
                        continue
                    key = (
                        (None if variant else self._only_named(None, size))
                        or self._family_with(size, variant)
                        or key
                    )
            known = key.id in self.vocab.model_ids
            # "the 34B base model" after StarCoder2-15B: a family the registry knows has no such
            # size, so the phrase names some other model; unresolved, not a made-up id
            value = key.id if known or key.family not in self.vocab.families else None
            out.append(_Mention(m.start(), m.end(), m.group(0), value, known))
        for m in _VAGUE_REF.finditer(s):
            # (a short name inside, "DeepSeek" of "DeepSeek's 6.7B coder", gives way to it)
            if not any(x.start < m.end() and m.start() < x.end for x in out):
                out.append(_Mention(m.start(), m.end(), m.group(0), None, False))
        if (
            "_" in s
            or "quantiz" in s
            or "precision" in s
            or "AWQ" in s
            or "GPTQ" in s
            or "F16" in s
            or "f16" in s
        ):
            # last, so that "the same 32B model ... as a Q4_K_M build" builds on the reference
            anchors = sorted([*mentions, *out], key=lambda x: x.end)
            out += self._build_refs(s, state, masked, anchors)
        return out

    def _dated_names(
        self, s: str, masked: list[tuple[int, int]], models: list[_Mention]
    ) -> list[_Mention]:
        """Names a release date ends ("Codestral 25.01", "Mistral Large 24.11"): the date is part
        of the name, not a score."""
        out = []
        # a mention ending right before the date is part of the dated name; others mask
        spans = masked + [
            (m.start, m.end)
            for m in models
            if m.start >= 0 and not _DATE_AFTER_NAME.match(s, m.end)
        ]
        for m in _DATED_NAME.finditer(s):
            start = m.start()
            if m.group(1).split()[0].split("-")[0].lower() not in self.vocab.name_words:
                start = m.end(1) - len(re.split(r"[ -]", m.group(1))[-1])  # "And Codestral 25.01"
            name = s[start : m.end()]
            first = re.split(r"[ -]", name)[0].lower()
            if first not in _DATED_VENDORS or _masked(spans, start, m.end()):
                continue
            # "Codestral 25.01" is the registry's "Codestral-2501"
            mid = model_id(re.sub(r"[ -](2[3-7])\.(\d\d)$", r"-\1\2", name))
            out.append(_Mention(start, m.end(), name, mid, mid in self.vocab.model_ids))
        return out

    def _only_named(self, family: str | None, size: str) -> Any:
        """The key of the one model of this family (None: any) and size named so far (None:
        none, or several)."""
        keys = self._named_keys(family, size)
        return next(iter(keys)) if len(keys) == 1 else None

    def _named_keys(self, family: str | None, size: str) -> set[Any]:
        return {
            p.key
            for n in self._named.values()
            if (p := parse_model_id(n.value or "")) is not None
            and p.key.size == size
            and family in (None, p.key.family)
        }

    def _family_with(self, size: str, variant: str | None) -> Any:
        """'The 32B base model' after DS-Coder-33B-Base and Qwen2.5-Coder-14B: the family named
        last that has that size and variant in the registry (None: no such family). With no
        variant, the named model's own ("the 7B version" of an instruct model)."""
        for named in reversed(self._named.values()):
            parsed = parse_model_id(named.value or "")
            if parsed is None:
                continue
            own = parsed.key.variant if variant is None else variant
            key = replace(parsed.key, size=size, variant=own, qualifiers=())
            if key.id in self.vocab.model_ids:
                return key
        return None

    @staticmethod
    def _pronouns(
        s: str, models: list[_Mention], state: _State, masked: list[tuple[int, int]]
    ) -> list[_Mention]:
        """``models`` with each "it"/"its" standing for a model as a mention of it, in place:
        the sentence's first model when one was named before the pronoun ("A is ahead of B,
        although B beats it"), else the previous sentence's subject ("..., and it leads B")."""
        added: list[_Mention] = []
        opener = _PREPOSITION_OPENER.match(s) is not None
        # after a semicolon, "its" continues the last clause ("..., while C reaches 59.4; its ...")
        previous = (state.last_clause_subject() if state.after_semicolon else None) or (
            state.last_subject
        )
        # a sentence opening on "the model" / "this model" is about the previous subject
        opening = _PRONOUN_RE.match(s) if previous is not None else None
        refers_back = opening is not None and opening.group(0).endswith("model")
        spans = masked + [(m.start, m.end) for m in models]
        target: _Mention | None
        for p in _PRONOUN_MENTION.finditer(s):
            if _masked(spans, p.start(), p.end()):
                continue
            earlier = [m for m in models if m.start >= 0 and m.end <= p.start()]
            lo = _clause(s, p.start())[0]
            in_clause = [m for m in earlier if m.start >= lo]
            first = None if opener else next(iter(earlier), None)
            if in_clause and p.group(0).lower() == "its":
                target = in_clause[-1]  # "B leads its base model": B's
            elif in_clause:  # "..., although B beats it": the one model other than the clause's
                others = {m.value: m for m in earlier if m.value != in_clause[-1].value}
                if len(others) > 1:
                    # "A scores 31.4, ahead of B, while C leads it": B is compared, A is the subject
                    subjects = {
                        v: m
                        for v, m in others.items()
                        if not _COMPARED_BEFORE.search(s, max(0, m.start - 12), m.start)
                    }
                    others = subjects if len(subjects) == 1 else others
                if len(others) > 1:
                    continue  # "A and B are strong, while C beats it": not guessed
                if not others:
                    # "A scores 90.2 and B 91.5; on MBPP+, however, A outperforms it": the one
                    # other model the last naming sentence listed
                    last = {
                        m.value: m for m in state.last_models() if m.value != in_clause[-1].value
                    }
                    others = last if len(last) == 1 else {}
                target = next(iter(others.values()), None) or previous
            elif refers_back:  # "The model solves 17.2%, ahead of B, and it reaches 24.0"
                target = previous
            else:  # "A scores 80, and it leads B"; "..., and it leads B" after A's sentence
                target = first or previous
            target = target.refers_to or target if target is not None else None
            if target is not None and target.value is None and target.start >= 0:
                # "DeepSeek's 6.7B reaches 66.1, and its MBPP score ...": as unresolved as it
                added.append(_Mention(p.start(), p.end(), target.text, None, False))
                continue
            if target is None or target.value is None:
                continue
            added.append(
                _Mention(p.start(), p.end(), target.text, target.value, target.known, target)
            )
        return sorted(models + added, key=lambda m: m.start) if added else models

    def _build_refs(
        self, s: str, state: _State, masked: list[tuple[int, int]], mentions: list[_Mention]
    ) -> list[_Mention]:
        """Quantised builds of the model in context ("the Q4_K_M build", "Q2_K", "the AWQ
        version") and the unquantised model ("full precision", "the unquantized model")."""
        out: list[_Mention] = []
        for m in _BUILD_REF.finditer(s):
            if _masked(masked, m.start(), m.end()):
                continue
            before = [x.refers_to or x for x in mentions if 0 <= x.end <= m.start() and x.value]
            anchor = before[-1] if before else (state.last_subject or state.last_model)
            parsed = parse_model_id(anchor.value or "") if anchor is not None else None
            if parsed is None or not parsed.key.size:
                continue
            quant = m.group("quant")
            if quant is None:
                qualifiers: tuple[str, ...] = ()
            elif quant.upper() in ("AWQ", "GPTQ"):
                qualifiers = (quant.lower(),)
            elif quant.upper().startswith("GPTQ-"):
                qualifiers = tuple(quant.lower().split("-"))  # "GPTQ-Int4": gptq, int4
            else:
                qualifiers = ("gguf", quant.lower())
            key = replace(parsed.key, qualifiers=qualifiers)
            known = key.id in self.vocab.model_ids
            out.append(_Mention(m.start(), m.end(), m.group(0), key.id, known))
        return out

    def _sentence(
        self, s: str, offset: int, linemap: _LineMap, path: str, state: _State
    ) -> list[Claim]:
        found = self.vocab.benchmarks.find(s)
        if not found and not _DIGIT.search(s) and not self._may_mention(s, state):
            # no benchmark, no number, no name and no pronoun: nothing to read, nothing learnt
            self._mentions = self._resolved = []
            state.after_semicolon = s.rstrip().endswith(";")
            state.bare_benches = False
            return []
        benches = [
            _Mention(a, b, s[a:b], slug)
            for a, b, slug in found
            if not (_CITED_BENCH.match(s, b) and b < len(s))
            and not (slug == "evalplus-avg" and _not_evalplus_score(s, b, found))
        ]  # "in the HumanEval Pro study [34]" cites a paper
        bench_spans = [(m.start, m.end) for m in benches]
        if self._tables_passed and _BARE_SIZE.search(s):
            self._read_passed_tables()  # "The 33B instruct model ..." below a claims table
        defined = self._alias_mentions(s, state, bench_spans)  # names the document defined first
        models = defined + self.find_models(s, bench_spans + [(m.start, m.end) for m in defined])
        self._remember_names(models)  # before short names: "X-8B-Instruct ..., although X ..."
        if self._first_words:
            short = self._short_names(
                s, bench_spans + [(m.start, m.end) for m in models if m.value is not None]
            )
            if short:  # "OpenCoder" after OpenCoder-8B-Instruct is that model, not a family
                spans = [(m.start, m.end) for m in short]
                models = [
                    m for m in models if m.value is not None or not _masked(spans, m.start, m.end)
                ]
                models += short
        refs = self._references(s, state, bench_spans + [(m.start, m.end) for m in models], models)
        vague = [r for r in refs if r.value is None and r.refers_to is None]
        if vague and models:
            # "DeepSeek's 6.7B coder": not the DeepSeek model named last, but no model known
            models = [m for m in models if not any(r.start <= m.start < r.end for r in vague)]
        # "the 7B sibling (Qwen2.5Coder-7B-instruct)": the name in brackets wins over the phrase
        refs = [
            r
            for r in refs
            if not any(
                re.fullmatch(r"\s*\(\s*", s[r.end : m.start]) for m in models if m.start >= r.end
            )
        ]
        if (
            _may_date(s)
            and _DATE_AFTER_NAME.search(s)
            and (dated := self._dated_names(s, bench_spans, models + refs))
        ):
            # "Mistral Large 24.11": the dated name replaces the undated one it extends
            models = [m for m in models if not any(d.start <= m.start < d.end for d in dated)]
            refs = [r for r in refs if not any(d.start <= r.start < d.end for d in dated)]
            refs += dated
        if models and state.heading_model is None and ("our " in s or "Our " in s):
            refs += _undefined_ours(s, models + refs)
        for r in refs:  # "The base variant manages ...": one more model named, for "the 9B model"
            if r.known and r.value:
                self._name(r)
        models = sorted(models + refs, key=lambda m: m.start)
        model_spans = [(m.start, m.end) for m in models]
        models = [m for m in models if not _CITED.match(s, m.end)]  # "the GPT-4 report" cites
        if (
            not models
            and (label := _NAME_LABEL.match(s))
            and not _masked(bench_spans, *label.span(1))
        ):
            # "o3-mini-high: 83.5% HumanEval Pro": a name the registry lacks, as a line's label
            name = label.group(1)
            models = [_Mention(label.start(1), label.end(1), name, model_id(name), False)]
            model_spans.append((label.start(1), label.end(1)))
        cue_spans = setting_cue_spans(s)
        self._mentions = models
        self._same_models = {}
        self._model_ends = None
        numbers: list[_Num] = []
        for m in NUMBER_RE.finditer(s):
            if _masked(bench_spans, m.start(), m.end()) or _masked(model_spans, m.start(), m.end()):
                continue
            if _masked(cue_spans, m.start("num"), m.end("num")):
                continue
            before = s[max(0, m.start() - 14) : m.start()]
            after = s[m.end("num") : m.end("num") + 32]
            unit = _GAP_UNIT_RE.match(after) is not None
            not_score = _NOT_SCORE_BEFORE.search(before) or _NOT_SCORE_AFTER.match(after)
            if not not_score and not m.group("pct") and "." not in m.group("num"):
                not_score = _COUNT_OF_BENCH.match(s, m.end())
            if not not_score and m.group("pct") and "." not in m.group("num"):
                not_score = _SHARE_OF.match(after)  # "About 10% of the MBPP prompts exceed ..."
            if "[" in before and _CITATION_AFTER.match(after) and _CITATION_BEFORE.search(before):
                continue  # "the HumanEval Pro study [34]", "[3, 7]": citations
            if not_score and not unit:
                continue
            signed = s[max(0, m.start() - 1) : m.start()] in ("+", "\u2212")
            # "+1.0 over X", "ahead of X by 1.0": a gap of 1.0 points, not a fraction 100%
            # ...and in a paragraph of percent figures, "trails B by 0.2" is 0.2 points
            lead = m.group("num")[0]
            gapped = (lead == "1" or (lead in "0." and _percent_scale(state))) and _gap_word_before(
                s, m.start()
            )
            num = _number(m, allow_fraction=not (unit or signed or gapped))
            if num is None:
                continue
            small = "." not in num.text and not m.group("pct") and num.value < 10
            if small and not unit:
                continue  # "8 A100 GPUs", "4 Experiments": small bare integers are not scores
            numbers.append(num)
        last_model = state.last_model
        if _INNER_PRONOUN.search(s):
            models = self._pronouns(s, models, state, bench_spans)
        if "at model" in s or "other model" in s:
            models = _that_model(s, models, bench_spans)
        if "former" in s or "latter" in s:
            models = _former_latter(s, models, state, bench_spans)
        subject = models[0] if models else None
        if subject is not None and _against_opener(s, models) is subject:
            # "Against GPT-4o it trails by 10.1 points": the sentence is about the other model
            subject = next((m for m in models if m.value and m.value != subject.value), subject)
        if (
            subject is not None
            and subject.start > 0
            and _BASE_REF.match(s, subject.start)
            and state.last_subject is not None
        ):
            subject = state.last_subject  # "... over its base model": the object, not the subject
        opening = _PRONOUN_RE.match(s) if state.last_subject is not None else None
        if (
            opening is not None
            and state.last_subject is not None
            and not (subject and subject.refers_to and subject.start <= 2)
            # "It is worth noting that X ...": an expletive, not the previous subject
            and not (
                opening.group(0).lstrip() == "It"
                and not _PRONOUN_MENTION.match(s, opening.end() - 2)
            )
        ):
            # "This model ...", "The latter ...": the previous sentence's subject
            subject = state.last_subject
            at = opening.end() - len(opening.group(0).split()[-1])  # "It", "(This) model"
            self._resolved = [
                _Mention(at, opening.end(), subject.text, subject.value, subject.known, subject),
                *models,
            ]
            models = [subject, *models]
            last_model = subject
        elif (
            state.last_subject is None
            and subject is not None
            and s.lstrip().startswith("It ")
            and (it := _IT_ACTS.match(s)) is not None
            and subject.start > it.end()
        ):
            # "It now beats X ... and trails Y by 3.6 points" with no model in context: "It" is
            # a model this text does not name here, not X
            at = it.start(1)
            subject = _Mention(at, at + 2, "It", None, False)
            models = [subject, *models]
            self._resolved = models
        else:
            self._resolved = models
            if subject is not None and subject.refers_to is not None:
                last_model = subject
        same = _SAME_MODELS.search(s) if "same" in s or "both" in s else None
        if same is not None:
            # "...; at 1-shot the same two models reach 0.805 and 0.638": the models listed last
            listed = list({m.value: m for m in models if m.start >= 0 and m.value}.values())
            listed = listed or state.last_models()
            run = next((r for r in _runs(s, numbers, len(s)) if r[0].start > same.end()), None)
            if run and len(run) == len(listed):
                self._same_models = {n.start: m for n, m in zip(run, listed, strict=True)}
        if any(m.start >= 0 and m.value for m in models):
            state.last_naming = (s, models)
        if subject is not None:
            # a sentence naming several models leaves an unnamed "the 7B model" ambiguous
            distinct = {m.value for m in models if m.start >= 0}
            named_subject = subject.refers_to or subject
            state.last_model = named_subject if len(distinct) <= 1 else None
            state.last_subject = named_subject
            # ...but not "the 3B model" after several sizes of one family: the family is known
            named = [m for m in models if m.start >= 0 and m.value]
            families = {
                p.key.family if (p := parse_model_id(m.value or "")) else None for m in named
            }
            family = families.pop() if len(families) == 1 else None
            state.family_anchor = next(
                (
                    m
                    for m in named
                    if family and (p := parse_model_name(m.text)) and p.key.family == family
                ),
                None,
            )
        earlier_benches = state.last_benches
        topic = (
            state.last_benches is not None
            and len({b.value for b in state.last_benches}) == 1
            and bool(models or _PRONOUN_RE.match(s))
            and any(s[n.end : n.end + 2].strip().startswith("%") or n.decimals for n in numbers)
        )
        same_benches = (
            not benches
            and state.last_benches is not None
            and len(state.last_benches) == len(numbers) > 1
            and (" same " in s or " both " in s or " these " in s or " those " in s)
            and _SAME_BENCHES.search(s) is not None
        )
        if (
            not benches
            and numbers
            and state.last_benches
            and (
                state.after_semicolon
                or _CHANGE_ONLY.search(s)
                or topic
                or same_benches
                or (("->" in s or "→" in s) and _ARROW_PAIR.search(s))
            )
        ):
            # "...; sampled (n=20) it is 57.3", "GPT-4o goes from 90.2 to 75.0": benchmarks from context
            benches = [replace(b, start=-1, end=-1) for b in state.last_benches]
        elif not benches and numbers and state.last_benches and models:
            # "X is at 25.0 in the 'All Time' window and at 7.9 on 2407-2409": a date window
            # names the one benchmark of the context versioned by windows
            windowed = self._windowed(s, state.last_benches)
            if windowed is not None:
                benches = [replace(windowed, start=-1, end=-1)]
        if not benches and numbers and state.last_gap_bench and _THAT_GAP.search(s):
            # "That gap is 9.8 points.": the gap's benchmark, or the one benchmark the last
            # sentence named without a figure ("On MBPP the gap narrows. That gap is 2.1 points.")
            last = state.last_benches if state.bare_benches else None
            bench = last[0] if last and len({b.value for b in last}) == 1 else state.last_gap_bench
            benches = [replace(bench, start=-1, end=-1)]
        # "Plain HumanEval barely separates them; the extra tests of HumanEval+ do.": two clauses
        # that only name a benchmark each speak of both
        continues = state.after_semicolon and state.bare_benches
        state.after_semicolon = s.rstrip().endswith(";")
        state.bare_benches = False
        if not benches:
            return []
        if any(b.start >= 0 for b in benches):
            named = [b for b in benches if b.start >= 0]
            if continues and state.last_benches and not numbers:
                seen = {b.value for b in state.last_benches}
                named = state.last_benches + [b for b in named if b.value not in seen]
            state.last_benches = named
            state.bare_benches = not numbers
        if subject is None and last_model is not None:
            other = _OTHER_MODEL_PHRASE.search(s)
            # "our model" under a heading that names one model is that model; elsewhere it is
            # not the model named last ("On Aider, DeepSeek-V3 scores 49.6. Our 7B model ...")
            if other is None or (
                other.group(0)[:3].lower() == "our" and last_model is state.heading_model
            ):
                subject = last_model
            elif not models:
                last_model = None  # nor do its figures fall back to it

        claims: list[Claim] = []
        if not numbers:
            return self._relations(
                s, offset, linemap, path, numbers, benches, models, subject, state
            )
        respectively = bool(_RESPECTIVELY.search(s))
        scores = [
            n
            for n in numbers
            if not _unit_after(s, n.end)
            and s[max(0, n.start - 1) : n.start] not in ("+", "\u2212")
            and not (
                "(" in s[max(0, n.start - 4) : n.start]
                and _SIGNED_CHANGE.search(s, max(0, n.start - 4), n.start)
            )
            and not (_gap_word_before(s, n.start) and "%" not in s[n.end : n.end + 2])
        ]
        gap_listed = (
            len(numbers) > 1 and ("and" in s or "," in s) and _GAP_LIST_SCREEN.search(s) is not None
        )
        tails = _gap_list_tails(s, numbers, benches) if gap_listed else {}
        others = _gap_other_tails(s, numbers, models) if gap_listed and " by " in s else {}
        if tails or others:
            scores = [n for n in scores if n.start not in tails and n.start not in others]
        if (
            state.last_gap
            and len(scores) == 2
            and not any(m.start >= 0 for m in models)
            and _SCORE_AGAINST.fullmatch(s, scores[0].end, scores[1].start)
            and _THAT_GAP.search(s)
        ):
            # "A posts 88.4, +4.9 over B. HumanEval+ keeps most of that margin (84.1 against
            # 78.7)": the two figures of the gap's two models, the leader's the higher
            high, low = sorted(scores, key=lambda n: -n.value)
            self._same_models = {high.start: state.last_gap[0], low.start: state.last_gap[1]}
        if "rom " in s and len(scores) >= 2 and (ends := _from_model_to_model(s, models)):
            # "From the 1.5B to the 7B base model, HumanEval+ climbs from 36.6 to 53.0"
            for m in _FROM_TO.finditer(s):
                first = next((n for n in scores if n.start == m.start(1)), None)
                second = next((n for n in scores if n.start == m.start(3)), None)
                if first and second:
                    self._same_models.update({first.start: ends[0], second.start: ends[1]})
                    self._model_ends = ends
        pairs = self._pair(s, scores, benches, respectively)
        if len(benches) > 1 and " and at " in s:
            pairs = [(n, _own_bench_before(s, n, b, benches)) for n, b in pairs]
        if len(benches) > 1 and ("against" in s or "vs" in s or "versus" in s):
            pairs = _versus_benches(s, pairs, benches)
        if len(benches) > 1 and " as " in s:
            # "Gemma-2-27B-Instruct's 0.428 is often quoted as its BigCodeBench-Complete score"
            pairs = [(n, _quoted_as(s, n, benches) or b) for n, b in pairs]
        if any(b.value in _MULTILINGUAL for b in benches):
            # "On multilingual HumanEval, X ... scores 43.0 on Bash": that language's HumanEval
            pairs = [(n, self._language_bench(s, n) or b) for n, b in pairs]
        foreign = None  # (where a later clause owning the one benchmark starts, the context's)
        if pairs and len({b.value for b in benches}) == 1 and benches[0].start > 0:
            cut = _foreign_bench_start(s, benches[0], models, pairs[0][0].end)
            named_bench = benches[0].value
            if cut is not None and not any(b.value == named_bench for b in earlier_benches or ()):
                # "the leaderboard gives 56.7, or 54.2 on HumanEval+", "X scores 72.0 here, and
                # Y's MBPP+ is 77.0": the figures before are on the context's benchmark, or on
                # none that can be told (a context about that benchmark too keeps them on it)
                carried = list({b.value: b for b in earlier_benches or ()}.values())
                other = replace(carried[0], start=-1, end=-1) if len(carried) == 1 else None
                foreign = (cut, other)
                if other is None:
                    pairs = [(n, b) for n, b in pairs if n.start >= cut]
                else:
                    pairs = [(n, b if n.start >= cut else other) for n, b in pairs]
        if respectively:
            resp = _respective(s, scores, benches, models, state.last_benches or [])
        else:  # "28.8 pass@1 and 72.3 pass@100 for Codex-12B": the list's model follows it
            resp = _Respective({}, {}, {})
            named = [m for m in models if m.start >= 0 and m.refers_to is None]
            for run in _runs(s, scores, len(s)) if named and len(scores) > 1 else ():
                resp.models.update(_named_after_list(s, run, named))
        if resp.benches:
            paired = {n.start for n, _ in pairs}
            pairs = [(n, resp.benches.get(n.start, b)) for n, b in pairs]
            pairs += [
                (n, resp.benches[n.start])
                for n in scores
                if n.start not in paired and n.start in resp.benches
            ]
            pairs.sort(key=lambda p: p[0].start)
        for run in resp.runs:
            # "41.5 and 76.8 for X at pass@1 and pass@10 on HumanEval": one benchmark for the list
            bench_of = {n.start: b for n, b in pairs}
            run_benches = {
                bench_of[n.start].value: bench_of[n.start] for n in run if n.start in bench_of
            }
            if len(run_benches) == 1:
                shared = next(iter(run_benches.values()))
                pairs += [(n, shared) for n in run if n.start not in bench_of]
                pairs.sort(key=lambda p: p[0].start)
        versus = _versus_owners(s, scores, models)
        read: list[tuple[_Num, _Mention, _Mention | None]] = []
        for num, bench in pairs:
            if self._in_range(s, num):
                continue
            model = (
                resp.models.get(num.start)
                or self._same_models.get(num.start)
                or versus.get(num)
                or self._model_for(s, num, models, benches)
                or last_model
            )
            read.append((num, bench, model))
        before_change = _before_change(s, read) if _CHANGE_ONLY.search(s) else set()
        for num, bench, model in read:
            claim = self._claim(
                s,
                offset,
                linemap,
                path,
                num,
                bench,
                model,
                scores,
                metric=resp.metrics.get(num.start),
                reach=foreign[0] if foreign and num.start < foreign[0] else None,
            )
            if num.start in before_change:
                claim = replace(claim, setting=_without_intervention(claim.setting, s, num, scores))
            claims.append(claim)
        pair = _score_pair(claims)
        claims.extend(
            self._relations(
                s,
                offset,
                linemap,
                path,
                numbers,
                benches,
                models,
                subject,
                state,
                (tails, others),
                foreign,
                (pair[:2], read[-1][0].end) if pair else None,
            )
        )
        _remember_score_pair(claims, state)
        return claims

    @staticmethod
    def _in_range(s: str, num: _Num) -> bool:
        """'a 10% to 15% drop': numbers in a bare range are not claims."""
        before = s[max(0, num.start - 30) : num.start]
        after = s[num.end : num.end + 12]
        if _FROM_END.search(before):
            return False
        if any(num.start in (m.start(1), m.start(2)) for m in _change_pairs(s)):
            return False  # "loses 25.9 points (88.4 to 62.5)": the two ends of a change
        if _RANGE_AFTER.match(after) or _PCT_OF.match(after):
            return True  # "10% to 15% of models", "a 10-15% drop"
        second = _RANGE_START.search(before)
        if second and not second.group(1):
            return True
        return bool(_BETWEEN.search(before))

    def _pair(
        self, s: str, numbers: list[_Num], benches: list[_Mention], respectively: bool
    ) -> list[tuple[_Num, _Mention]]:
        if respectively and len(numbers) == len(benches) and len(benches) > 1:
            return list(zip(numbers, benches, strict=True))
        pairs: list[tuple[_Num, _Mention]] = []
        distinct = list({b.value: b for b in benches}.values())
        slashed = [m for m in _SLASHED.finditer(s)]
        if slashed and len(distinct) == 2:
            # "97.6 / 90.2" after "HumanEval and HumanEval+": one figure per benchmark, in order
            for m in slashed:
                first = next((n for n in numbers if n.start == m.start(1)), None)
                second = next((n for n in numbers if n.start == m.start(2)), None)
                if first and second:
                    pairs += [(first, distinct[0]), (second, distinct[1])]
            if pairs:
                paired = {id(n) for n, _ in pairs}
                rest = [n for n in numbers if id(n) not in paired]
                return pairs + [(n, b) for n in rest if (b := self._bench_for(s, n, benches))]
        two = len({b.value for b in benches}) == 2
        ends = (
            [
                (m.start(1), m.start(3))
                for m in _FROM_TO.finditer(s)
                if not m.group("on1") and not (m.group("on2") and _bench_at(s, m.end(), benches))
            ]
            + [(m.start(1), m.start(2)) for m in _change_pairs(s)]
            if two
            else []
        )
        if ends:
            # "drops from 86.0 to 56.9", "loses 25.9 points (88.4 to 62.5)": the first figure on
            # the first benchmark, the second on the other
            ordered = list({b.value: b for b in benches}.values())
            pairs.clear()
            for a, b in ends:
                first = next((n for n in numbers if n.start == a), None)
                second = next((n for n in numbers if n.start == b), None)
                if first and second:
                    pairs += [(first, ordered[0]), (second, ordered[1])]
            if pairs:
                paired = {id(n) for n, _ in pairs}
                return pairs + [
                    (n, b)
                    for n in numbers
                    if id(n) not in paired and (b := self._bench_for(s, n, benches))
                ]
        if benches and benches[0].start < 0:  # benchmarks carried from context
            if len(benches) == len(numbers):
                return list(zip(numbers, benches, strict=True))
            return [(n, benches[0]) for n in numbers] if len(benches) == 1 else []
        if len({b.value for b in benches}) == 1:
            return [(n, self._other_name(s, n, benches) or benches[0]) for n in numbers]
        parallel = _parallel_lists(s, numbers, benches)
        pairs.clear()
        for num in numbers:
            bench = parallel.get(num.start) or self._bench_for(s, num, benches)
            if bench is not None:
                pairs.append((num, bench))
        return pairs

    @staticmethod
    def _named_after(s: str, num: _Num, benches: list[_Mention]) -> _Mention | None:
        """A benchmark the vocabulary lacks, named right after the figure: "resolves 12.7% of
        SWE-bench Verified issues" is not about the benchmark named earlier in the sentence."""
        named = _NAMED_AFTER.match(s, num.end)
        if named is None or any(b.start == named.start(1) for b in benches):
            return None
        if _SOURCE_AFTER.match(s, named.end(1)):
            return None  # "71.3 on the EvalPlus board": where the figure is printed
        if (_SPLIT_WORD_AFTER.match(s, num.end) or _SIZE_WORD_AFTER.match(s, num.end)) and any(
            b.end <= num.start for b in benches
        ):
            # "BigCodeBench ... 48.2 on the Instruct split", "33.8 on the Hard subset": a split
            # of the benchmark named before, read by _split
            return None
        a, b = named.span(1)
        return _Mention(a, b, named.group(1), None)

    def _other_name(self, s: str, num: _Num, benches: list[_Mention]) -> _Mention | None:
        """A name the registry lacks written right before a figure: "..., McEval 65.9", or
        right after it: "12.7% of SWE-bench Verified"."""
        if any(b.end <= num.start for b in benches) and not any(
            b.start >= num.end for b in benches
        ):
            unknown = self._named_after(s, num, benches)
            if unknown is not None:
                return unknown
        window_start = max(0, num.start - 60)
        for b in benches:  # do not look back past a known benchmark
            if b.end <= num.start:
                window_start = max(window_start, b.end)
        window = s[window_start : num.start]
        lead = _LEAD_NAME.search(window) if _has_any(window, ",;:") else None
        if not lead:
            return None
        start = window_start + lead.start(1)
        if any(m.start <= start < m.end for m in self._mentions):
            return None
        return _Mention(start, start + len(lead.group(1)), lead.group(1), None)

    def _bench_for(self, s: str, num: _Num, benches: list[_Mention]) -> _Mention | None:
        following = [b for b in benches if b.start >= num.end]
        preceding = [b for b in benches if b.end <= num.start]
        bracketed = s[max(0, num.start - 1) : num.start] == "(" and s[num.end : num.end + 2].lstrip(
            "%"
        ).startswith(")")
        # "surpassing X (72.6) and Y (74.4) on HumanEval": the list's benchmark follows it
        between = s[num.end : following[0].start] if following else ""
        if (
            bracketed
            and following
            and len(between) <= 80
            and not re.search(r"[;.]\s", between)
            and re.search(r"\bon\s+(?:the\s+)?$", between)
        ):
            return following[0]
        if following:
            nxt = following[0]
            gap = s[num.end : nxt.start]
            # "59.6% on HumanEval Pro", "88.4 pass@1 on HumanEval", "65.9% (HumanEval Pro)"
            if _BENCH_GAP.fullmatch(gap) and len(gap) <= 40:
                return nxt
            if s[num.end - 1 : num.end] == "%" and gap.isspace():
                return nxt  # "76.2% HumanEval Pro": a percentage names what follows
        if preceding:
            prev = preceding[-1]
            gap = s[prev.end : num.start]
            unknown = self._named_after(s, num, benches)
            if unknown is not None:
                return unknown
            if _OTHER_NAME.search(gap):
                # "Spider 85.1, McEval 65.9": the figure belongs to a name the registry lacks
                name = _OTHER_NAME.search(gap)
                start = prev.end + name.start(1)
                return _Mention(start, start + len(name.group(1)), name.group(1), None)
            # "HumanEval Pro: 65.9%", "on HumanEval Pro it reaches 65.9", "HumanEval+ 84.1"
            if len(gap) <= 80 and not re.search(r"[;]", gap):
                return prev
        if following and len(s[num.end : following[0].start]) <= 60:
            # "Codestral: NaturalCodeBench 41.2, Spider 76.6": a name of its own comes first
            window = s[max(0, num.start - 60) : num.start]
            lead = _LEAD_NAME.search(window) if _has_any(window, ",;:") else None
            if lead and not any(
                m.start <= max(0, num.start - 60) + lead.start(1) < m.end for m in self._mentions
            ):
                start = max(0, num.start - 60) + lead.start(1)
                return _Mention(start, start + len(lead.group(1)), lead.group(1), None)
            return following[0]
        return None

    @staticmethod
    def _model_for(
        s: str, num: _Num, models: list[_Mention], benches: Sequence[_Mention] = ()
    ) -> _Mention | None:
        if not models:
            return None
        after = [m for m in models if m.start >= num.end]
        if after and _MODEL_GAP.fullmatch(s[num.end : after[0].start]):
            return after[0]
        if after and _owned_by_figure(s, after[0]) and not s[num.end : after[0].start].strip("%( "):
            return after[0]  # "87.2 (full precision)": the bracket names the figure's model
        # a model in brackets after another figure is that figure's, not this one's
        before = [m for m in models if m.end <= num.start and not _owned_by_figure(s, m)]
        if len(before) > 1:
            # "X, trained from Code Llama 13B on ..., scores 50.6": the base is not the subject
            before = [before[0]] + [
                m for m in before[1:] if not _DERIVED_FROM.search(s, max(0, m.start - 40), m.start)
            ]
        lo = before[-1].end if before else 0
        gap = s[lo : num.start]
        lead = (
            _UNKNOWN_LEAD.search(s, lo, num.start)
            if "and" in gap or _has_any(gap, ",;")
            else None  # every lead holds a comma, a semicolon or "and"
        )
        if lead and not any(b.start < lead.end(1) and lead.start(1) < b.end for b in benches):
            # "X scores 84.8, and Gemini-1.5-Flash 0.745": the figure is the unknown name's,
            # not the last known model's
            name = lead.group(1)
            return _Mention(lead.start(1), lead.end(1), name, model_id(name), False)
        last = before[-1] if before else None
        if last is not None and last.refers_to is not None and s[last.start : last.end] == "it":
            # "and DeepSeek-V3 edges it out at 28.4": "it" is the object, the figure the subject's
            lo = _clause(s, num.start)[0]
            subject = next(
                (
                    m
                    for m in before[:-1]
                    if m.start >= lo and m.value and m.value != before[-1].value
                ),
                None,
            )
            if subject is not None:
                return subject
        if (
            len(before) > 1
            and _AND_ONLY.fullmatch(s, before[-1].end, num.start)
            and _COMPARED_BEFORE.search(s[max(0, before[-1].start - 30) : before[-1].start])
        ):
            # "A reaches 65.9, 11.0 points above B, and 69.8% on MBPP Pro": B is compared
            # with, the next figure is still A's
            return before[-2]
        if before:
            return before[-1]
        return None

    def _claim(
        self,
        s: str,
        offset: int,
        linemap: _LineMap,
        path: str,
        num: _Num,
        bench: _Mention,
        model: _Mention | None,
        all_numbers: list[_Num],
        form: ClaimForm = ClaimForm.PROSE,
        metric: str | None = None,
        reach: int | None = None,
    ) -> Claim:
        """``reach``: where the figure's own cues end (a later clause is about another benchmark)."""
        near = s[:reach]
        metric = metric or _nearest_metric(near, num)
        setting = _nearest_setting(_blanked(near, self._mentions), num, all_numbers)
        versioned = setting.dataset_version is not None and bench.start >= 0
        setting = _bench_version(
            s, bench, setting, self.vocab.benchmarks.find(s) if versioned else ()
        )
        excerpt = " ".join(s.split())
        slug = self._split(s, num, bench.value, bench.end)
        setting = self._version_fit(setting, slug)
        return Claim(
            model=model.text if model else None,
            model_id=model.value if model else None,
            benchmark=slug,
            metric=metric,
            value=num.value,
            value_text=num.text,
            decimals=num.decimals,
            setting=setting,
            span=Span(path, linemap.line(offset + num.start), excerpt[:300]),
            form=form,
            benchmark_text=bench.text,
        )

    def _language_bench(self, s: str, num: _Num) -> _Mention | None:
        """The language's HumanEval a figure is on ("43.0 on Bash"), in multilingual context."""
        m = _ON_LANGUAGE.match(s, num.end)
        if m is None:
            return None
        slug = lookup_alias(self.vocab.benchmarks, f"HumanEval {m.group(1)}")
        return _Mention(m.start(1), m.end(1), m.group(1), slug) if slug else None

    def _windowed(self, s: str, context: list[_Mention]) -> _Mention | None:
        """The one benchmark of ``context`` versioned by date windows, if ``s`` names a window."""
        version = window_version(s)
        if version is None or version.startswith("v"):
            return None
        registry = self.vocab.benchmarks.registry
        found = {
            b.value: b
            for b in context
            if registry.get(b.value or "", {}).get("versioned_by") == "date window"
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _versioned_in(self, text: str, version: str | None) -> frozenset[str]:
        """The benchmarks named in the clause of ``text`` that gives ``version``."""
        for clause in _CLAUSE_SPLIT.split(text):
            if setting_in(clause).dataset_version == version:
                return frozenset(
                    slug for _a, _b, slug in self.vocab.benchmarks.find(clause, remember=False)
                )
        return frozenset()

    def _version_fit(self, setting: Setting, slug: str | None) -> Setting:
        """A date window ("2407-2411", "all-time") is a setting of benchmarks versioned by date
        windows only: "the LCB column counts the 2407-2411 window" says nothing of HumanEval."""
        version = setting.dataset_version
        if version is None or version.startswith("v"):
            return setting
        entry = self.vocab.benchmarks.registry.get(slug or "", {})
        return (
            setting
            if entry.get("versioned_by") == "date window"
            else replace(setting, dataset_version=None)
        )

    def _split(self, s: str, num: _Num, slug: str | None, named_end: int = -1) -> str | None:
        """The registry's split of ``slug`` (``slug-easy`` ... ``slug-hard``) a figure is on;
        ``named_end``: where the benchmark's name ends in ``s`` (-1: named in an earlier
        sentence)."""
        if slug is None:
            return slug  # a benchmark the registry lacks has no splits
        registry = self.vocab.benchmarks.registry
        hard = "-hard" if slug.endswith("-hard") else ""
        root = slug.removesuffix("-hard").removesuffix("-complete").removesuffix("-instruct")
        if f"{slug}-easy" in registry:
            # split by difficulty throughout: "its medium-problem solve rate", "46.7% of the easy
            # problems" (a level word anywhere in the figure's clause)
            lo, hi = _clause(s, num.start)
            level = _LEVEL.search(s[lo:hi])
            split = f"{slug}-{level.group(1).lower()}" if level else slug
            return split if split in registry else slug
        if f"{slug}-hard" in registry and _HARD_SUBSET_AFTER.match(s, num.end):
            return f"{slug}-hard"  # "49.6% on BigCodeBench-Instruct and 27.0% on its Hard subset"
        size = _SIZE_WORD_AFTER.match(s, num.end) if hard else None
        if size and size.group(1).lower() == "full" and slug[:-5] in registry:
            return slug[:-5]  # "... Complete Hard, and 34.6 on the Full set"
        after = _SPLIT_WORD_AFTER.match(s, num.end) if "ompl" in s or "nstruct" in s else None
        if after is not None:  # "48.2 on the Instruct split"; "BigCodeBench-Hard ... on Complete"
            # the split word replaces the split of the benchmark named before: "24.3 on
            # BigCodeBench-Complete Hard and 19.6 on the Instruct side" is Instruct Hard
            split = f"{root}-{after.group(1).lower()}{hard}"
            if split in registry:
                return split
        if f"{root}-instruct" in registry and ("plit" in s or "rompt" in s or " set" in s):
            # "On the Hard split with Instruct prompts, X shows 27.7": splits named as words
            # (not inside a model's name) before the end of the figure's clause; a benchmark
            # named with a split of its own takes only words between its name and the figure
            # ("BigCodeBench-Instruct ...; its Complete split score there is 58.6")
            own_mode = slug != root and slug not in (f"{root}-hard",)
            start = max(named_end, 0) if own_mode or slug.endswith("-hard") else 0
            if start:  # (and in the figure's own clause: "33.8 on the Hard subset, B at 34.6")
                start = max(start, _clause(s, num.start)[0])
            # (past the figure only for a bare name: "27.7 on the Hard split with Instruct ...")
            end = num.start if start else _clause(s, num.start)[1]
            text = _blanked(s, self._mentions)[:end]
            said = [*_SPLIT_MODE.finditer(text, start), *_SPLIT_MODE_AFTER.finditer(text, start)]
            mode = [m.group(1).lower() for m in sorted(said, key=lambda m: m.start())]
            size = [m.group(1).lower() for m in _SPLIT_SIZE.finditer(text, start)]
            if mode or size:
                own = slug.removesuffix("-hard").removeprefix(root).lstrip("-")
                is_hard = size[-1] == "hard" if size else slug.endswith("-hard")
                parts = [
                    root,
                    *(mode[-1:] or ([own] if own else [])),
                    *(["hard"] if is_hard else []),
                ]
                split = "-".join(parts)
                return split if split in registry else slug
        return slug

    def _relations(
        self,
        s: str,
        offset: int,
        linemap: _LineMap,
        path: str,
        numbers: list[_Num],
        benches: list[_Mention],
        models: list[_Mention],
        subject: _Mention | None,
        state: _State | None = None,
        gap_lists: tuple[dict[int, int], dict[int, tuple[int, _Mention]]] = ({}, {}),
        foreign: tuple[int, _Mention | None] | None = None,
        pair: tuple[tuple[_Mention, _Mention], int] | None = None,
    ) -> list[Claim]:
        """Gaps ("A leads B by 7.9 points", "+6.8 over B"), drops and rises ("a 20-point drop",
        "falls by 62.6 points"), and comparisons ("outperforms B on HumanEval+"), clause by clause.
        ``gap_lists``: the figures that continue a gap (``_gap_list_tails``, ``_gap_other_tails``);
        ``pair``: the sentence's two scores of two models (``_score_pair``) and where they end."""
        out: list[Claim] = []
        model_a: _Mention | None
        other: _Mention | None
        bench: _Mention | None
        excerpt = " ".join(s.split())[:300]
        real_benches = [b for b in benches if b.start >= 0]
        named_out = _blanked(s, models)  # "Codestral-22B-v0.1" states no data version
        tails, others = gap_lists
        built: dict[int, Claim] = {}
        for num in numbers:
            if num.start in others and (head := built.get(others[num.start][0])) is not None:
                other = others[num.start][1]  # "... and C by 10.9": a gap to C
                if other.value != head.model_id:
                    named = next((b for b in real_benches if b.start >= num.end), None)
                    if named is None or not _GAP_TAIL_BENCH.fullmatch(s, num.end, named.start):
                        named = None  # "... and C by 8.5 on Instruct-Full": that benchmark
                    claim = _gap_tail(
                        head, num, named, Span(path, linemap.line(offset + num.start), excerpt)
                    )
                    out.append(replace(claim, other_model=other.text, other_model_id=other.value))
                continue
            head = built.get(tails.get(num.start, -1))
            if head is not None:  # "... by 31.7 points on HumanEval and 4.4 on MBPP+"
                bench = next(b for b in real_benches if b.start >= num.end)
                span = Span(path, linemap.line(offset + num.start), excerpt)
                out.append(_gap_tail(head, num, bench, span))
                built[num.start] = head
                continue
            after = s[num.end :]
            plus_over = s[max(0, num.start - 1) : num.start] == "+" and _PLUS_OVER.match(
                _PCT_PREFIX.sub("", after, count=1)
            )
            gap_unit = _unit_after(s, num.end)
            by_word = _gap_word_before(s, num.start) and "%" not in after[:2]
            signed = "(" in s[max(0, num.start - 4) : num.start] and _SIGNED_CHANGE.search(
                s, max(0, num.start - 4), num.start
            )
            signed = signed if signed and (_CHANGE_ONLY.search(s) or _change_pairs(s)) else None
            if not (gap_unit or plus_over or by_word or signed):
                continue
            lo, hi = _clause(s, num.start)
            in_clause = [m for m in models if lo <= m.start < hi]
            before_num = [m for m in in_clause if m.end <= num.start]
            after_num = [m for m in in_clause if m.start >= num.end]
            model_a = (
                before_num[0] if before_num else (subject if subject and not in_clause else None)
            )
            if (
                before_num
                and subject is not None
                and subject.value != before_num[0].value
                and subject.start < lo
                and _COMPARED_BEFORE.search(
                    s, max(lo, before_num[0].start - 30), before_num[0].start
                )
            ):
                # "A at 76.8 on HumanEval, ahead of B (74.4) by 3.4 points": B is the other side
                model_a = subject
            if not in_clause and (owner := _change_owner(s, num, models)) is not None:
                model_a = owner  # "..., while B falls from 81.1% to 73.8%, a 7.3-point loss": B's
            if model_a is None and subject is not None:
                model_a = subject
            first = before_num[0] if before_num else None
            if (
                first is not None
                and subject is not None
                and subject.value != first.value
                and re.search(r"\b(?:its|it)\b", s[lo : first.start], re.IGNORECASE)
            ):
                model_a = subject  # "its MBPP+ score trails B by 0.1 points": "its" is the subject
            # the other side: named right after the figure ("12.5 points ahead of C"), else
            # between A and the number, else after it ("over B")
            named_next = next(
                (m for m in after_num if _GAP_OBJECT.fullmatch(s, num.end, m.start)), None
            )
            other = (
                named_next
                if named_next is not None
                and named_next.value != (model_a.value if model_a else None)
                else None
            )
            adjacent = before_num[-1] if len(before_num) > 1 else None
            if (
                other is None
                and adjacent is not None
                and adjacent is not model_a
                and (model_a is None or adjacent.value != model_a.value)
                and _BY_RIGHT_BEFORE.fullmatch(s, adjacent.end, num.start)
            ):
                other = adjacent  # "It beats B (71.3) and trails C by 3.6 points": C
            other = other or next(
                (m for m in before_num if model_a is None or m.value != model_a.value), None
            )
            if other is None:
                other = next(
                    (m for m in after_num if model_a is None or m.value != model_a.value), None
                )
            last = before_num[-1] if len(before_num) > 1 else None
            if (
                last is not None
                and _BY_RIGHT_BEFORE.fullmatch(s, last.end, num.start)
                and _CHANGES_OBJECT.search(s, lo, before_num[0].start)
            ):
                # "CoT lifts A from 75.0 to 78.0 and B by 5.4 points": B's own rise, not a gap
                model_a, other = last, None
            against = _against_opener(s, models)
            if against is not None and (gapped := _gap_against(models, against, num)):
                model_a, other = gapped  # "Against GPT-4o it trails by 10.1 points"
            # "Relative to its base model, X-Base, HumanEval climbs by 26.5 points": a change
            # over the model the sentence measures against
            over: _Mention | None = None
            if against is not None and other is None:
                over = against.refers_to or against
            other = other or _base_of(s, lo, hi, model_a, self.vocab)
            window = s[lo:hi]
            last_gap = state.last_gap if state else None
            if (
                other is None
                and last_gap
                # no model named, or only an opening "That" for the figures just given
                and (
                    not in_clause
                    or (
                        _PRONOUN_RE.match(s) is not None
                        and {m.value for m in in_clause} <= {m.value for m in last_gap}
                    )
                )
                and _THAT_GAP.search(window)
            ):
                # "...; on MBPP Pro that gap is 2.4 points", "A scores 88.4 and B 78.6. That is
                # a 9.8-point gap"
                model_a, other = last_gap
            if (
                other is None
                and pair is not None
                and not in_clause
                and num.start > pair[1]
                and (
                    _THAT_GAP.search(window)
                    or _GAP_NOUN.match(s, num.end)
                    or _GAP_OF.search(s, lo, num.start)
                )
            ):
                # "A scores 84.1 against 78.6 for B, a 5.5-point gap", "..., which is a lead of
                # 5.5 points": the gap between the sentence's two scores
                model_a, other = pair[0]
            unit_free = _UNIT_PREFIX.sub("", after, count=1)
            bench = _bench_after(unit_free, num.end + (len(after) - len(unit_free)), real_benches)
            named_after = bench is not None  # "a rise of 5.8 on MBPP+": that benchmark's change
            if bench is None and other is not None and other is named_next:
                # "+7.2 over B on MBPP": the benchmark named right after the other side
                bench = _bench_after(s[other.end :], other.end, real_benches)
            if bench is None:
                clause_benches = [b for b in real_benches if lo <= b.start < hi]
                bench = next(iter(clause_benches or real_benches or benches), None)
                on_bench = _ON_BENCH_BY.search(s, lo, num.start)
                if on_bench is not None:  # "beats B on HumanEval Pro by 20.2 points"
                    bench = next((b for b in clause_benches if b.start == on_bench.end()), bench)
            reach = None
            if foreign is not None and num.start < foreign[0] <= (bench.start if bench else -1):
                bench = foreign[1]  # the benchmark belongs to a later clause, and its cues
                hi = reach = foreign[0]
            if bench is None:
                continue
            relation = "gap"
            bench_b = None
            if other is None:
                # benchmarks of a later clause ("..., while its MBPP Pro score stays flat")
                # are not the two ends of this change
                ordered = list(dict.fromkeys(b.value for b in benches if b.start < hi))
                # the word next to the figure decides ("an 8.9-point rise, while X falls")
                if _DROP_WORD.search(window):
                    relation = "drop"
                elif _RISE_WORD.search(window):
                    relation = "rise"
                elif _DROP_WORD.search(s):
                    relation = "drop"
                elif _RISE_WORD.search(s):
                    relation = "rise"
                elif signed:  # "(−21.6)", "(+6.1)"
                    relation = "rise" if "+" in signed.group(0) else "drop"
                else:
                    continue
                earlier = [b.value for b in real_benches if b.end <= num.start]
                if earlier and earlier.count(earlier[-1]) >= 2:
                    # "76.2 on HumanEval and 63.7 on MBPP ..., and feedback lifts it to 82.7 on
                    # HumanEval, a 4.9-point gain": named again, so the change is within it
                    bench = next(b for b in real_benches if b.value == earlier[-1])
                elif len(ordered) >= 2 and not named_after:
                    bench = next(b for b in benches if b.value == ordered[0])
                    bench_b = ordered[1]
            elif _DROP_NOUN_AFTER.match(s, num.end):
                relation = "drop"  # "a 2.9-point drop from B": B's score minus this model's
            if relation != "gap" and bench_b is None and over is not None and model_a is not None:
                other = over if over.value != model_a.value else None
            ends = self._model_ends
            if relation != "gap" and bench_b is None and ends and num.start > ends[1].end:
                model_a, other = ends[1], ends[0]  # "From A to B, X climbs ..., a 16.4-point gain"
            if (
                other is not None
                and model_a is not None
                and other.value
                and other.value == model_a.value
            ):
                continue  # a model against itself: one side was misread, so no record
            behind = _BEHIND.search(s[lo : num.start]) or _BEHIND_AFTER.match(s, num.end)
            sign = -1 if relation == "gap" and behind else 1  # "1.2 points behind B": -1.2
            value = sign * num.value
            setting = _relation_setting(named_out[:reach], lo, hi, num, numbers)
            if relation != "gap" and bench_b is None and setting.shots is None:
                setting = _shots_changed_to(named_out, num, setting)
            out.append(
                Claim(
                    model=model_a.text if model_a else None,
                    model_id=model_a.value if model_a else None,
                    benchmark=bench.value,
                    metric=_nearest_metric(s, num),
                    value=value,
                    value_text=("-" if sign < 0 else "") + num.text,
                    decimals=num.decimals,
                    setting=setting,
                    span=Span(path, linemap.line(offset + num.start), excerpt),
                    form=ClaimForm.GAP if relation == "gap" else ClaimForm.CHANGE,
                    benchmark_text=bench.text,
                    relation=relation,
                    other_model=other.text if other else None,
                    other_model_id=other.value if other else None,
                    other_benchmark=bench_b,
                )
            )
            built[num.start] = out[-1]
        # comparisons carry no number of their own; "A, just below B" says B outperforms A
        below = list(_UNDERPERFORM.finditer(s)) if _UNDERPERFORM_WORDS.search(s) else []
        for comp, reverse in [
            *((m, False) for m in _OUTPERFORM.finditer(s)),
            *((m, True) for m in below),
        ]:
            lo, hi = _clause(s, comp.start())
            before_comp = [m for m in models if lo <= m.start and m.end <= comp.start()]
            a = before_comp[-1] if before_comp else subject
            if a is None:
                continue
            if not before_comp and _GENERIC_SUBJECT.search(s, lo, comp.start()):
                continue  # "The instruct models beat their base checkpoints": no one model
            if any(lo <= n.start < hi and _unit_after(s, n.end) for n in numbers):
                continue  # "outperforms B by 3 points", "3 points ahead of B": a gap, read above
            # "surpassing B (72.6) and even C (74.4) on HumanEval": one comparison per model
            rivals = list(
                {
                    m.value: m for m in models if comp.end() <= m.start < hi and m.value != a.value
                }.values()
            )
            if reverse:  # only a model named right after "below": "below 10%" compares nothing
                if _FIGURE_BEFORE.search(s, max(0, comp.start() - 12), comp.start()):
                    continue  # "1.8 below X": a gap
                rivals = [
                    m for m in rivals if _MODEL_AFTER_BELOW.fullmatch(s, comp.end(), m.start)
                ][:1]
            if not rivals and re.match(r"\s+(?:it|them)\b", s[comp.end() : hi]):
                # "..., while B outperforms it on MBPP Pro": "it" is the one other model named
                # in an earlier clause; with several, it is not guessed
                before_clause = {m.value: m for m in models if m.end <= lo and m.value != a.value}
                rivals = list(before_clause.values()) if len(before_clause) == 1 else []
            for rival in rivals:
                named_at = max(rival.end, comp.end())  # (an "it" names its model earlier)
                comp_bench = (
                    next((b for b in benches if b.start >= named_at and b.start < hi), None)
                    or next((b for b in benches if lo <= b.start < hi), None)
                    or (benches[0] if benches else None)
                )
                named_before = [b for b in benches if 0 <= b.end <= comp.start()]
                if _ON_THE_LATTER.search(s, named_at, hi):  # "..., surpassing B on the latter"
                    comp_bench = named_before[-1] if named_before else comp_bench
                elif reverse and named_before:
                    comp_bench = named_before[-1]  # "MBPP Pro ...: A 68.3, below B's 70.9"
                if comp_bench is None:
                    continue
                winner, loser = (rival, a) if reverse else (a, rival)
                out.append(
                    self._relation_claim(
                        s,
                        offset,
                        linemap,
                        path,
                        comp.start(),
                        winner,
                        comp_bench,
                        "outperforms",
                        loser,
                        excerpt,
                        ClaimForm.COMPARISON,
                        models,
                        (lo, hi),
                    )
                )
        gaps = [c for c in out if c.relation == "gap" and c.model_id and c.other_model_id]
        if state is not None and gaps:  # for a later "that gap is 2.4 points"
            g = gaps[-1]
            ends = (
                _Mention(-1, -1, g.model or "", g.model_id),
                _Mention(-1, -1, g.other_model or "", g.other_model_id),
            )
            state.last_gap = ends if g.value >= 0 else ends[::-1]  # the leader first
            state.last_gap_bench = _carried_bench(g)
        return out

    def _relation_claim(
        self,
        s,
        offset,
        linemap,
        path,
        at,
        subject,
        bench,
        relation,
        other,
        excerpt,
        form,
        names=(),
        clause: tuple[int, int] | None = None,
    ) -> Claim:
        blanked = _blanked(s, names)
        metric, setting = metric_in(s), setting_in(blanked)
        if clause is not None and clause != (0, len(s)):
            # "A outperforms B on HumanEval Pro at pass@10, and B outperforms C on sampled
            # MBPP Pro pass@1": a clause that states its own run speaks for itself
            lo, hi = clause
            own_metric, own_setting = metric_in(s[lo:hi]), setting_in(blanked[lo:hi])
            if own_metric or own_setting.stated():
                metric, setting = own_metric or metric, own_setting
        return Claim(
            model=subject.text,
            model_id=subject.value,
            benchmark=bench.value,
            metric=metric,
            value=float("nan"),
            value_text="",
            decimals=0,
            setting=setting,
            span=Span(path, linemap.line(offset + at), excerpt),
            form=form,
            benchmark_text=bench.text,
            relation=relation,
            other_model=other.text if other else None,
            other_model_id=other.value if other else None,
        )

    def rank_claims(
        self,
        s: str,
        offset: int,
        linemap: _LineMap,
        path: str,
        before: str = "",
        mentions: list[_Mention] | None = None,
    ) -> list[Claim]:
        """'X is the best open model on MBPP Pro', 'Y ranks second', 'Z tops our list'.

        ``before`` is the previous piece of the sentence when a semicolon ended it: "Ranks by
        HumanEval Pro; DeepSeek-R1 is #1" ranks on the benchmark named before the semicolon.
        ``mentions`` are the sentence's models with its pronouns and references resolved
        ("which makes it the best open model"); without them, the names it spells out.
        """
        ranks = list(_RANK.finditer(s))
        if not ranks:
            return []
        benches = [_Mention(a, b, s[a:b], slug) for a, b, slug in self.vocab.benchmarks.find(s)]
        if not benches and before.rstrip().endswith(";"):
            carried = self.vocab.benchmarks.find(before)
            if len({slug for _, _, slug in carried}) == 1:
                a, b, slug = carried[0]
                benches = [_Mention(-1, -1, before[a:b], slug)]
        if not benches:
            return []  # a rank is always a rank on some benchmark
        excerpt = " ".join(s.split())[:300]
        out: list[Claim] = []
        for m in ranks:
            if _OWN_BEST.search(s, 0, m.start()) or _RANK_OBJECT.search(s, 0, m.start()):
                continue
            lo, hi = _clause(s, m.start())
            models = [x for x in mentions if x.start >= 0] if mentions else None
            models = models or self.find_models(s, [(b.start, b.end) for b in benches])
            preceding = [x for x in models if lo <= x.start and x.end <= m.start()]
            following = next((x for x in models if x.start >= m.end() and x.start < hi), None)
            if following is not None and _COMPARED_TO.search(s, m.end(), following.start):
                following = None  # "ranking second ... behind DeepSeek-V3": not V3's rank
            model = preceding[-1] if preceding else following
            earlier = {x.value: x for x in models if x.end <= lo}
            if model is None and len(earlier) == 1:
                # "X scores 50.1, third among all open models": an appositive to the one subject
                model = next(iter(earlier.values()))
            if model is None:
                continue
            bench = next((b for b in benches if lo <= b.start < hi), None) or (
                benches[0] if benches else None
            )
            if bench is None:
                continue
            ordinal = (m.group("ord") or m.group("ord2") or m.group("ord3") or "").lower()
            relation = "rank" if ordinal in _ORDINALS and _ORDINALS[ordinal] > 1 else "best"
            on = list({b.value: b for b in benches if b.start >= 0}.values())
            # "... the best open 8B model on both": a rank on each benchmark the sentence names
            each = on if _ON_EACH.match(s, m.end()) and len(on) > 1 else [bench]
            out.extend(
                self._relation_claim(
                    s,
                    offset,
                    linemap,
                    path,
                    m.start(),
                    model,
                    b,
                    relation,
                    None,
                    excerpt,
                    ClaimForm.RANK,
                    models,
                )
                for b in each
            )
        return out

    # -- tables ------------------------------------------------------------------
    def extract_table(
        self,
        table: Table,
        path: str,
        section_model: _Mention | None = None,
        heading: str = "",
        lead: str = "",
        trail: str = "",
    ) -> list[Claim]:
        if not table.rows:
            return []
        ncols = max(len(r) for r in (*table.header, *table.rows))
        header_text = [
            " ".join(dict.fromkeys(h[c] for h in table.header if c < len(h) and h[c].strip()))
            for c in range(ncols)
        ]
        lead = f"{table.caption} {lead}".strip()
        columns = [self._column(h) for h in header_text]
        context_bench = ""
        if not any(col[0] for col in columns) and lead:
            if self._names_across(header_text, _variant_hint(f"{heading} {lead}")):
                # models across the header, benchmark splits down the rows, the benchmark above:
                # "BigCodeBench" over rows "Complete / Full", "Instruct / Hard"
                found = self.vocab.benchmarks.find(lead)
                context_bench = lead[found[0][0] : found[0][1]] if found else ""
            else:
                columns = self._context_columns(table, header_text, lead)
        if lead and ("column" in lead or "marks" in lead):
            columns, lead = _with_column_marks(columns, header_text, lead)
        if any(col[0] for col in columns):
            columns = self._window_column_benchmark(table, columns, header_text)
        row_lines = table.row_lines or tuple(table.line + 1 + i for i in range(len(table.rows)))
        by_columns = _caption_settings(lead)
        caption_setting = (
            _unambiguous(setting_in(by_columns.rest), by_columns.rest) if lead else Setting()
        )
        shots_by_bench = _shots_per_benchmark(lead, self.vocab.benchmarks) if lead else {}
        if caption_setting.shots is not None and not shots_by_bench:
            # "HumanEval, HumanEval+ and MBPP+ use zero-shot prompts": those columns only
            named = _shots_of_listed(lead, self.vocab.benchmarks, caption_setting.shots)
            if named:
                shots_by_bench = named
                caption_setting = replace(caption_setting, shots=None)
        version_benches: frozenset[str] = frozenset()
        said_version: str | None = None
        if (caption_setting.dataset_version or "").startswith("v"):
            # "All scores are greedy pass@1; MBPP+ uses the v0.2 task set": MBPP+'s version
            said_version = caption_setting.dataset_version
            version_benches = self._versioned_in(lead, said_version)
            if version_benches:
                caption_setting = replace(caption_setting, dataset_version=None)
        caption_metric = next(
            (m for text in (table.caption, lead, heading) if text and (m := metric_in(text))), None
        )
        context_hint = _variant_hint(f"{heading} {lead}")
        bench_cols = [c for c, col in enumerate(columns) if col[0]]
        long_cols = _long_columns(header_text) if not bench_cols else None
        if long_cols is not None:
            return self._long_table(
                table, long_cols, header_text, row_lines, caption_setting, caption_metric, path
            )
        if not bench_cols:
            return self._transposed(
                table,
                header_text,
                row_lines,
                caption_setting,
                caption_metric,
                path,
                context_hint,
                shots_by_bench,
                context_bench,
                section_model,
                trail,
            )
        fraction_cols = {
            c for c in range(ncols) if _all_fraction([r[c] for r in table.rows if c < len(r)])
        }
        # "Window", "Shots", "Setting" columns: each row's own setting
        setting_cols = [
            c
            for c in range(ncols)
            if c not in bench_cols
            and _SETTING_HEADER.fullmatch(_LABEL_MARKUP.sub("", header_text[c]).strip())
        ]
        # the columns before the scores name the row, but a "Window" column first is a setting
        label_cols = [c for c in range(min(bench_cols)) if c not in bench_cols]
        label_cols = [c for c in label_cols if c not in setting_cols] or label_cols
        label_cols = label_cols or [next((c for c in range(ncols) if c not in bench_cols), 0)]
        claims: list[Claim] = []
        if setting_cols and caption_setting.stated():
            # "feedback" column cells "execution", "none": each row's own, not the caption's
            by_rows = {
                k
                for c in setting_cols
                for r in table.rows
                if c < len(r)
                for k in _setting_cell(header_text[c], r[c]).stated()
            }
            caption_setting = replace(caption_setting, **dict.fromkeys(by_rows))
        group_setting = Setting()
        group_hint = context_hint
        group_family = ""
        marked, default_setting = _footnote_settings(trail)
        # a mark on a header is its column's footnote: "LiveCodeBenchᵃ" over "ᵃ 2407-2409."
        header_marked = {c: marked[m] for c in bench_cols for m in marked if m in header_text[c]}
        note_by_bench, note_setting = _note_settings(trail, self.vocab.benchmarks)
        note_by_metric = _metric_column_notes(trail) if "column" in trail else {}
        previous: _Mention | None = None
        for r, row in enumerate(table.rows):
            line = row_lines[r] if r < len(row_lines) else table.line
            cells = [*row, *([""] * (ncols - len(row)))]
            label = _row_label([cells[c] for c in label_cols])
            numeric = [c for c in bench_cols if _is_numeric_cell(cells[c])]
            if not numeric:
                others = [x for i, x in enumerate(cells) if i not in label_cols and x.strip()]
                if label and not others:
                    # a group row such as "Instruct models (1-shot)", or a family over its
                    # sizes: "**Qwen2.5-Coder**" over rows "1.5B", "7B"
                    group_setting = setting_in(label)
                    group_hint = _variant_hint(label) or context_hint
                    group_family = _LABEL_MARKUP.sub("", label).strip()
                # long prose in a row (e.g. a claims table): read as prose
                claims.extend(self._prose_cells(cells, path, line, section_model))
                continue
            continuation = _CONTINUATION.match(label)
            model: _Mention | None
            if continuation and previous is not None:
                model = previous
            else:
                model = self._row_model(label, group_hint, lenient=True)
                if model is None and group_family and _SIZE_CELL.match(label):
                    model = self._row_model(f"{group_family} {label}", group_hint, lenient=True)
                model = model or section_model
                previous = model
            row_setting = setting_in(model_free(label, model))
            for c in label_cols:  # a label cell outside the name: "+ execution feedback"
                if cells[c].strip() and cells[c].strip() not in label:
                    # ...but a version there is the model's ("v1.5"), not the benchmark's
                    said = replace(setting_in(cells[c]), dataset_version=None)
                    row_setting = row_setting.merged(said)
            for c in setting_cols:
                row_setting = row_setting.merged(_setting_cell(header_text[c], cells[c]))
            for c in numeric:
                bench, metric, header, plus = columns[c]
                if c in header_marked:
                    header = header.merged(header_marked[c])
                setting = header.merged(row_setting).merged(group_setting)
                clause = by_columns.for_column(metric or caption_metric, header)
                if clause is not None:
                    setting = setting.merged(clause)
                setting = setting.merged(caption_setting)
                if bench in shots_by_bench:
                    setting = setting.merged(Setting(shots=shots_by_bench[bench]))
                if bench in version_benches:
                    setting = setting.merged(Setting(dataset_version=said_version))
                marker = next((m for m in marked if m in cells[c]), None)
                # a footnote on this cell outranks the header and caption ("‡ one-shot")
                setting = (
                    marked[marker].merged(setting) if marker else setting.merged(default_setting)
                )
                setting = _with_note(setting, bench, note_by_bench, note_setting)
                if (metric or caption_metric) in note_by_metric:
                    setting = setting.merged(note_by_metric[metric or caption_metric])
                setting = self._version_fit(setting, bench)
                for k, (num_text, value, decimals, _frac) in enumerate(
                    _cell_numbers(cells[c], c in fraction_cols)
                ):
                    slug = bench if k == 0 else plus
                    if slug is None or k > 1:
                        continue
                    claims.append(
                        _cell_claim(
                            model,
                            label.replace("\x1f", " ") or None,
                            slug,
                            metric or caption_metric,
                            (num_text, value, decimals),
                            setting,
                            Span(path, line, " | ".join(x for x in cells if x)[:300]),
                            ClaimForm.TABLE,
                            header_text[c],
                        )
                    )
        return claims

    def _long_table(
        self,
        table: Table,
        cols: dict[str, int],
        header_text: list[str],
        row_lines: Sequence[int],
        caption_setting: Setting,
        caption_metric: str | None,
        path: str,
    ) -> list[Claim]:
        """One claim per row of a table with model, benchmark and value columns (a review's
        "Extracted Claims", a leaderboard dump): | Model | Benchmark | Value | Confidence |."""
        claims: list[Claim] = []
        value_metric = metric_in(header_text[cols["value"]])
        # more setting columns beside the first: "| shots | decoding | dataset version |"
        setting_cols = [
            c
            for c, h in enumerate(header_text)
            if c not in cols.values()
            and _SETTING_HEADER.fullmatch(_LABEL_MARKUP.sub("", h).strip())
        ]
        for r, row in enumerate(table.rows):
            cells = [*row, *([""] * (len(header_text) - len(row)))]
            numbers = _cell_numbers(cells[cols["value"]], _all_fraction([cells[cols["value"]]]))
            model_text = _LABEL_MARKUP.sub("", cells[cols["model"]]).strip()
            if not numbers or not model_text:
                continue
            num_text, value, decimals, _frac = numbers[0]
            model = self._row_model(model_text, None, lenient=True)
            bench_text = cells[cols["benchmark"]].strip()
            bench, metric, setting, _plus = self._column(bench_text)
            extra = " ".join(cells[cols[k]] for k in ("metric", "setting") if k in cols)
            metric = metric or (metric_in(extra) if extra else None) or value_metric
            if "setting" in cols:  # "0" under "shots"
                own = _setting_cell(header_text[cols["setting"]], cells[cols["setting"]])
                setting = setting.merged(own)
            setting = setting.merged(setting_in(extra)) if extra else setting
            for c in setting_cols:
                setting = setting.merged(_setting_cell(header_text[c], cells[c]))
            setting = self._version_fit(setting.merged(caption_setting), bench)
            line = row_lines[r] if r < len(row_lines) else table.line
            claims.append(
                _cell_claim(
                    model,
                    model_text,
                    bench,
                    metric or caption_metric,
                    (num_text, value, decimals),
                    setting,
                    Span(path, line, " | ".join(x for x in cells if x)[:300]),
                    ClaimForm.CLAIM_LIST,
                    bench_text,
                )
            )
        return claims

    def _window_column_benchmark(self, table: Table, columns: list, header_text: list[str]) -> list:
        """ "| Model | LCB window | pass@1 |": the window column names the benchmark of the
        score column beside it, and is itself each row's setting."""
        windows = [
            c
            for c, col in enumerate(columns)
            if col[0]
            and "indow" in header_text[c]
            and _SETTING_HEADER.fullmatch(_LABEL_MARKUP.sub("", header_text[c]).strip())
            and not any(_is_numeric_cell(r[c]) for r in table.rows if c < len(r))
        ]
        if len(windows) != 1 or sum(1 for col in columns if col[0]) != 1:
            return columns
        (w,) = windows
        name = _SETTING_HEADER.sub("", header_text[w]).strip() or header_text[w]
        out = list(columns)
        out[w] = (None, None, Setting(), None)
        for c, h in enumerate(header_text):
            cells = [r[c] for r in table.rows if c < len(r)]
            if c != w and metric_in(h) and sum(map(_is_numeric_cell, cells)) * 2 >= len(cells):
                out[c] = self._column(f"{name} {h}")
        return out

    def _context_columns(self, table: Table, header_text: list[str], lead: str) -> list:
        """Columns read against a benchmark named above the table: "HumanEval Pro" over
        metric columns, or "Multilingual HumanEval" over language columns."""
        empty: tuple[str | None, str | None, Setting, str | None] = (None, None, Setting(), None)
        context = self.vocab.benchmarks.find(lead)
        if not context:
            return [empty] * len(header_text)
        start, end, slug = context[0]
        ctx_text = lead[start:end]
        last_word = ctx_text.split()[-1]
        out = []
        for c, h in enumerate(header_text):
            cells = [r[c] for r in table.rows if c < len(r)]
            if not h.strip() or sum(_is_numeric_cell(x) for x in cells) * 2 < max(len(cells), 1):
                out.append(empty)
                continue
            found = None
            for candidate in (f"{ctx_text} {h}", f"{last_word} {h}"):
                col = self._column(candidate)
                if col[0] and lookup_alias(
                    self.vocab.benchmarks, re.sub(r"\(.*?\)|pass@\d+", "", candidate).strip()
                ):
                    found = col
                    break
            if found is None and (metric_in(h) or setting_in(h).stated()):
                found = self._column(f"{ctx_text} {h}")
            out.append(found or empty)
        return out

    def _transposed(
        self,
        table: Table,
        header_text: list[str],
        row_lines: Sequence[int],
        caption_setting: Setting,
        caption_metric: str | None,
        path: str,
        hint: str | None,
        shots_by_bench: dict[str, int],
        context_bench: str = "",
        section_model: _Mention | None = None,
        trail: str = "",
    ) -> list[Claim]:
        """Benchmarks down the first column, models across the header (or one score column
        of the model a heading names: "## Yi-Coder-9B-Chat" over "| Benchmark | Score |")."""
        model_cols = {
            c: m for c, h in enumerate(header_text) if c > 0 and (m := self._row_model(h, hint))
        }
        if not model_cols and section_model is not None and section_model.value:
            score = next(
                (c for c, h in enumerate(header_text) if c > 0 and _SCORE_HEADER.match(h)), None
            )
            if score is not None:
                model_cols = {score: section_model}
                caption_metric = caption_metric or metric_in(header_text[score])
        column_settings: dict[int, Setting] = {}
        if not model_cols and section_model is not None and section_model.value:
            # "| Benchmark | Single turn | + Execution Feedback |" under the model's heading (or
            # "| Benchmark | 0-shot | 3-shot |"): its scores in each column's run
            said = {c: setting_in(h) for c, h in enumerate(header_text) if c > 0 and h.strip()}
            if (
                len(said) >= 2
                and any(x.stated() for x in said.values())
                and all(len(header_text[c]) <= 40 for c in said)
            ):
                model_cols = dict.fromkeys(said, section_model)
                column_settings = said
        claims: list[Claim] = []
        note_by_bench, note_setting = _note_settings(trail, self.vocab.benchmarks)
        if not model_cols:
            # no benchmark columns: rows may hold prose claims (machine-written claim tables)
            for r, row in enumerate(table.rows):
                line = row_lines[r] if r < len(row_lines) else table.line
                claims.extend(self._prose_cells(list(row), path, line, None))
            return claims
        for r, row in enumerate(table.rows):
            line = row_lines[r] if r < len(row_lines) else table.line
            label = row[0] if row else ""
            if len(label) > 60:  # prose, not a benchmark label
                continue
            bench, metric, setting, plus = self._column(label)
            if not bench and context_bench:
                bench, metric, setting, plus = self._column(f"{context_bench} {label}")
                if bench == self._column(context_bench)[0] and not metric:
                    continue  # "Params (B)" under "BigCodeBench": the label adds nothing of it
            if not bench:
                continue
            setting = setting.merged(caption_setting)
            if bench in shots_by_bench:
                setting = setting.merged(Setting(shots=shots_by_bench[bench]))
            setting = _with_note(setting, bench, note_by_bench, note_setting)
            setting = self._version_fit(setting, bench)
            for c, model in model_cols.items():
                if c >= len(row):
                    continue
                if not _is_numeric_cell(row[c]):
                    continue
                cell_setting = setting
                if c in column_settings:
                    cell_setting = self._version_fit(column_settings[c].merged(setting), bench)
                for k, (num_text, value, decimals, _f) in enumerate(_cell_numbers(row[c])):
                    slug = bench if k == 0 else plus
                    if slug is None or k > 1:
                        continue
                    claims.append(
                        _cell_claim(
                            model,
                            None,
                            slug,
                            metric or caption_metric,
                            (num_text, value, decimals),
                            cell_setting,
                            Span(path, line, " | ".join(x for x in row if x)[:300]),
                            ClaimForm.TABLE,
                            row[0],
                        )
                    )
        return claims

    def _names_across(self, header_text: list[str], hint: str | None) -> bool:
        """Whether the header past its first cell names models, two or more, and nothing else."""
        cells = [h for h in header_text[1:] if h.strip()]
        return len(cells) >= 2 and all(self._row_model(h, hint) for h in cells)

    def _prose_cells(
        self, cells: list[str], path: str, line: int, context: _Mention | None
    ) -> list[Claim]:
        out: list[Claim] = []
        for cell in cells:
            if len(cell.split()) >= 4:
                out.extend(self.extract_prose(cell, _LineMap([0], [line]), path, context))
        return out

    def _row_model(
        self, label: str, hint: str | None = None, lenient: bool = False
    ) -> _Mention | None:
        label = _LABEL_MARKUP.sub("", label).strip()
        if "(" in label and _OURS_NOTE.search(label):
            label = _OURS_NOTE.sub("", label).strip()  # "Heron-Coder (ours)": the name alone
        if not label:
            return None
        defined = self.defined_names.get(label.lower()) if self.defined_names else None
        if defined is not None:  # "| Coder-S | 70.7 |" after "... (hereafter Coder-S)"
            return _Mention(0, len(label), label, defined.value, defined.known, defined)
        if "\x1f" in label:  # name and size from separate columns: the bare name if it is known
            bare, _, with_size = label.partition("\x1f")
            model_id, _known = self.vocab.resolve_model(bare.strip(), hint)
            if model_id in self.vocab.model_ids:
                return _Mention(0, len(bare), bare.strip(), model_id, True)
            label = f"{bare.strip()} {with_size.strip()}"
        model_id, known = self.vocab.resolve_model(label, hint)
        if model_id and model_id not in self.vocab.model_ids and "(" in label:
            # "Phi-4 (14B)": the size note is not part of the name the registry knows
            bare = re.sub(r"\s*\([^)]*\)", "", label).strip()
            bare_id, _ = self.vocab.resolve_model(bare, hint)
            if bare_id in self.vocab.model_ids:
                return _Mention(0, len(label), label, bare_id, True)
        if model_id and model_id not in self.vocab.model_ids and _VARIANT_WORD.search(label):
            # "Codestral" + "22B" + "Instruct" cells: a model released in one variant only, which
            # the registry knows without the word; not when the known model is the other variant
            plain = _VARIANT_WORD.sub(" ", label).strip()
            plain_id, _ = self.vocab.resolve_model(plain, hint)
            parsed = parse_model_id(plain_id or "")
            if (
                plain_id in self.vocab.model_ids
                and parsed is not None
                and not parsed.key.variant
                and not self._has_variants(parsed.key.family, parsed.key.size)
            ):
                return _Mention(0, len(label), label, plain_id, True)
        if model_id and known:
            return _Mention(0, len(label), label, model_id, model_id in self.vocab.model_ids)
        found = self.find_models(label, [])
        if found:
            return found[0]
        # a row header names a model by position, even one the registry does not know
        if (
            lenient
            and _NAME_LIKE.match(label)
            and not self.vocab.benchmarks.find(label)
            and re.search(r"\d|[a-z][A-Z]|-", label)
        ):
            parsed = parse_model_name(label, hint)
            if parsed is not None:
                return _Mention(0, len(label), label, parsed.key.id, False)
        return None

    def _has_variants(self, family: str, size: str) -> bool:
        """Does the registry know a base or instruct variant of this family and size?"""
        if self._variant_sizes is None:  # (built once, on the first row that needs it)
            self._variant_sizes = {
                (p.key.family, p.key.size)
                for i in self.vocab.model_ids
                if (p := parse_model_id(i)) is not None and p.key.variant in ("base", "instruct")
            }
        return (family, size) in self._variant_sizes

    def _column(self, header: str) -> tuple[str | None, str | None, Setting, str | None]:
        """(benchmark, metric, setting, plus-benchmark for "A (B)" cells) of a header."""
        memo = self.vocab.columns
        hit = memo.get(header)
        if hit is None:
            if len(memo) > 8192:
                memo.clear()
            hit = memo[header] = self._read_column(header)
        return hit

    def _read_column(self, header: str) -> tuple[str | None, str | None, Setting, str | None]:
        text = _HEADER_MARKS.sub("", header).strip()  # "LiveCodeBenchᵃ", "HumanEval†"
        if not text:
            return None, None, Setting(), None
        metric = metric_in(text)
        setting = setting_in(text)
        plus_paren = re.search(r"\(\s*\+\s*\)", text)
        bare = METRIC_RE.sub(" ", text)
        bare = re.sub(r"\(\s*\+\s*\)", " ", bare)
        bare = re.sub(
            r"\((?:[^()]*shot[^()]*|greedy|sampled|sampling[^()]*|%)\)", " ", bare, flags=re.I
        )
        bare = re.sub(r"\b\d[\s\-]?shot\b|\bgreedy\b", " ", bare, flags=re.I)
        bare = re.sub(r"\s+", " ", bare).strip(" -/()")
        slug = lookup_alias(self.vocab.benchmarks, bare)
        if slug is None and (lang := _MULTILINGUAL_LANGUAGE.fullmatch(bare)):
            # "Multilingual HumanEval" over a "C++" column: that language's HumanEval
            slug = lookup_alias(self.vocab.benchmarks, f"HumanEval {lang.group(1)}")
        if slug is None:
            found = self.vocab.benchmarks.find(text)
            slug = found[0][2] if found else None
            if len(found) == 2 and ("(" in text or "/" in text):
                # "HumanEval (HumanEval+)", "HumanEval+ / MBPP+": a pair of figures per cell
                return found[0][2], metric, setting, found[1][2]
        plus = None
        if slug and plus_paren:
            plus = {"humaneval": "humaneval-plus", "mbpp": "mbpp-plus"}.get(slug)
        if slug and not slug.endswith("-hard") and _HARD_WORD.search(bare):
            harder = f"{slug}-hard"  # "BigCodeBench Complete / Hard": the registry's hard split
            slug = harder if harder in self.vocab.benchmarks.registry else slug
        return slug, metric, setting, plus


_HARD_WORD = lazy(r"\bhard\b", re.I)
_CONTINUATION = lazy(r"^\s*(?:\+|w/|with\b)")  # "+ RAG", "w/ tools": the row above, changed
_LABEL_MARKUP = lazy(r"[*`†‡§¶]+|(?<!\w)_+|_+(?!\w)|\[\d+\]")
_NAME_LIKE = lazy(r"^(?=.*[A-Z0-9])[A-Za-z][\w.+\-]*(?:[ \-][\w.+\-]+){0,4}$")
_QUANT_CELL = lazy(
    r"^\s*(?:GPTQ(?:[-_ ]Int[248])?|AWQ|GGUF(?:[-_ ]Q[2-8]_\w+)?|Q[2-8]_(?:K_[SML]|K|[01]))\s*$",
    re.I,
)
_FULL_PRECISION_CELL = lazy(r"^\s*(?:BF16|FP16|FP32|full[\s-]precision)\s*$", re.I)
_SIZE_CELL = lazy(r"^\s*\d+(?:\.\d+)?\s?[BbMm]\s*$")
_VARIANT_CELL = lazy(r"^\s*(base|instruct|chat|python|it)\s*$", re.I)


_RANK_CELL = lazy(r"\s*#?\d+\.?\s*")
_SIZE_LEAD = lazy(r"^\s*\d+(?:\.\d+)?[Bb]\b")


def _row_label(cells: list[str]) -> str:
    """A row's model name from its label cells: the name, a variant cell, the first size cell.

    Rank numbers are skipped; a family cell followed by a model cell ("DeepSeek-Coder",
    "6.7B-Instruct") is joined."""
    cells = [c for c in cells if c.strip() and not _RANK_CELL.fullmatch(c)]
    # a build column: "GPTQ-Int8" is part of the name, "BF16" the unquantised model itself
    quant = next((c.strip() for c in cells if _QUANT_CELL.match(c)), None)
    cells = [c for c in cells if not _QUANT_CELL.match(c) and not _FULL_PRECISION_CELL.match(c)]
    if quant and cells:
        cells[0] = f"{cells[0].strip()}-{quant.replace(' ', '-')}"
    if len(cells) == 2 and _SIZE_LEAD.match(cells[1]) and not _SIZE_CELL.match(cells[1]):
        return f"{cells[0].strip()} {cells[1].strip()}"
    name = next(
        (c for c in cells if c.strip() and not _SIZE_CELL.match(c) and not _VARIANT_CELL.match(c)),
        "",
    )
    parts = [name.strip()]
    variant = next((c for c in cells if _VARIANT_CELL.match(c)), None)
    size = next((c for c in cells if _SIZE_CELL.match(c)), None)
    if variant:
        parts.append(variant.strip())
    label = " ".join(p for p in parts if p)
    if size and not re.search(r"\d+(?:\.\d+)?\s?[Bb]\b", name):
        label += "\x1f" + size.strip()  # resolved by _row_model: bare name first
    return label


def model_free(text: str, model: _Mention | None) -> str:
    """``text`` without the model's name, so "-v0.1" in a name is not read as a data version."""
    if model is None or not model.text:
        return text
    return text.replace(model.text, " ")


_OURS_NOTE = lazy(r"\s*\((?:ours|this\s+work|new)\)", re.I)
_VARIANT_WORD = lazy(r"(?i)(?:^|(?<=\s))(?:instruct|chat)(?=\s|$)")
_FOOT_MARK = lazy(
    rf"(?:^|[\s.;,])([*†‡§¶]+|[{SUPERSCRIPT_MARKS}]+)\s*[:=]?\s*"
    rf"((?:[^*†‡§¶;.{SUPERSCRIPT_MARKS}]|\.(?=\d)){{1,90}})"
)
_HEADER_MARKS = lazy(rf"[*_`†‡{SUPERSCRIPT_MARKS}]+")
_FOOT_DEFAULT = lazy(
    r"\b(?:all\s+)?(?:other|remaining|rest of the|unmarked)\s+(?:cells|results|numbers|values|entries|columns)\b([^.;]{0,40})",
    re.I,
)


# a caption naming a mark its headers carry: '"+EF" columns are after execution feedback'
_COLUMN_MARK = lazy(
    r"[\"\u201c'`]([^\"\u201d'`]{1,12})[\"\u201d'`]\s+(?:columns?|marks?)\s+"
    r"(?:(?:are|is|means?|denotes?|give|gives|use|uses|show|shows)\s+)?([^;.]{1,80})",
    re.I,
)


def _with_column_marks(
    columns: list[tuple[str | None, str | None, Setting, str | None]],
    header_text: list[str],
    lead: str,
) -> tuple[list[tuple[str | None, str | None, Setting, str | None]], str]:
    """Columns whose header carries a mark the caption defines, with the mark's setting, and
    the caption without those definitions (they hold for the marked columns only)."""
    out = list(columns)
    rest = lead
    for m in _COLUMN_MARK.finditer(lead):
        mark, said = m.group(1).strip(), setting_in(m.group(2))
        marked = [c for c, h in enumerate(header_text) if mark and mark in h and out[c][0]]
        if not marked or not said.stated():
            continue
        for c in marked:
            bench, metric, setting, plus = out[c]
            out[c] = (bench, metric, setting.merged(said), plus)
        rest = rest.replace(m.group(0), " ")
    return out, rest


# a paragraph under a table that is one of its notes: "† ...", "Note: ...", "pass@1 columns: ..."
_NOTE_START = lazy(
    rf"(?:[*†‡§¶]+|[{SUPERSCRIPT_MARKS}]+|\(?[a-z]\)\s|notes?\b|pass@\d+\s+columns?\b)", re.I
)

# "pass@1 columns: greedy decoding, zero-shot." under a table
_METRIC_COLUMN_NOTE = lazy(
    r"(?:^|[.;:]\s+|\s)(?:the\s+|all\s+)?(pass@\d+)\s+(?:columns?|cells|figures|numbers)\s*"
    r"(?::|are|use|[-\u2013\u2014])\s*((?:[^.;]|\.(?=\d))*)",
    re.I,
)


def _metric_column_notes(trail: str) -> dict[str, Setting]:
    """Settings a note under a table gives the columns of one metric."""
    out: dict[str, Setting] = {}
    for m in _METRIC_COLUMN_NOTE.finditer(trail):
        said = setting_in(m.group(2))
        if said.stated():
            out[m.group(1).lower()] = said
    return out


def _with_note(
    setting: Setting, bench: str | None, by_bench: dict[str, Setting], table_wide: Setting
) -> Setting:
    """A cell's setting with what a note under its table says of its benchmark, then of all."""
    if bench in by_bench:
        setting = setting.merged(by_bench[bench])
    return setting.merged(table_wide)


def _footnote_settings(trail: str) -> tuple[dict[str, Setting], Setting]:
    """Settings a table footnote gives to marked cells, and to all the others."""
    marked: dict[str, Setting] = {}
    for m in _FOOT_MARK.finditer(trail):
        setting = setting_in(m.group(2))
        if setting.stated():
            marked[m.group(1)] = setting
    default = Setting()
    if d := _FOOT_DEFAULT.search(trail):
        default = setting_in(d.group(1))
    return marked, default


# "Note:", or a caption below its table ("Table 5: MBPP, all results 3-shot.")
_NOTE_OPENER = lazy(r"\s*(?:notes?|n\.?b\.?|table\s+\d+)\s*[:.\-\u2013\u2014]\s*", re.I)
_NOTE_SENTENCE = lazy(r";|\.(?=\s|$)")


def _note_settings(trail: str, vocab: BenchmarkVocab) -> tuple[dict[str, Setting], Setting]:
    """Settings a "Note:" under a table gives its benchmarks, and the whole table:
    "Note: LiveCodeBench figures use the 2407-2409 window and MBPP+ is EvalPlus v0.2" gives
    each benchmark the setting said after its name (names listed together share one: "HumanEval
    and MBPP are 0-shot"); a sentence naming no benchmark ("All runs are 0-shot") holds for all."""
    opener = _NOTE_OPENER.match(trail)
    if opener is None:
        return {}, Setting()
    by_bench: dict[str, Setting] = {}
    table_wide = Setting()
    for sentence in _NOTE_SENTENCE.split(trail[opener.end() :]):
        names = vocab.find(sentence)
        if not names:
            table_wide = table_wide.merged(setting_in(sentence))
            continue
        pending: list[str] = []
        for k, (_start, end, slug) in enumerate(names):
            pending.append(slug)
            stop = names[k + 1][0] if k + 1 < len(names) else len(sentence)
            said = setting_in(sentence[end:stop])
            if said.stated():
                for name in pending:
                    by_bench.setdefault(name, said)
                pending = []
    return by_bench, table_wide


_CLAUSE_BREAK = lazy(r"[;,]\s+(?=\w)|\s+(?:while|whereas|but|and then|and that)\s+", re.IGNORECASE)
_BEHIND = lazy(r"\b(?:trails?|trailing|behind|below|lower than|worse than|lags?)\b", re.IGNORECASE)
_DROP_NOUN_AFTER = lazy(
    r"\s*%?\s*-?\s?(?:percentage[\s-]points?|points?|pts?\.?|pp)[\s-]+"
    r"(?:drop|fall|decline|loss|decrease|regression)\b",
    re.IGNORECASE,
)
_BEHIND_AFTER = lazy(
    r"\s*%?\s*(?:-?\s?(?:percentage[\s-]points?|points?|pts?\.?|pp)\s+)?"
    r"(?:(?:just|slightly|well)\s+)?(?:behind|below|short\s+of)\b",
    re.IGNORECASE,
)


_CHANGE_PAIR = lazy(r"\((\d+(?:\.\d+)?)%?\s*(?:to|→|->)\s*(\d+(?:\.\d+)?)%?\)")
# "92.7 → 70.1" (not "92.1 on HumanEval → 72.6 on HumanEval Pro": each end names its own)
_ARROW_PAIR = lazy(
    r"(?<![\d.])(\d+(?:\.\d+)?)%?(?:\s+[^\d\s→(][^\d→()]{0,24}?)?\s*(?:→|->)\s*(\d+(?:\.\d+)?)%?"
)  # "65.9 without CoT → 72.0 with CoT"
# a signed change in brackets after a change: "92.7 → 70.1 (−21.6)", "... 72.0 with CoT (+6.1)"
_SIGNED_CHANGE = lazy(r"\(\s*[+\u2212-]\s*$")


@lru_cache(maxsize=1024)  # a sentence's figures ask about the same text several times
def _unit_after(s: str, end: int) -> bool:
    """Is the figure ending at ``end`` followed by a gap unit ("points", "pp")?"""
    return _GAP_UNIT_RE.match(s[end:]) is not None


@lru_cache(maxsize=1024)
def _gap_word_before(s: str, start: int) -> bool:
    """Does a gap phrase ("leads ... by", "a margin of") end right before ``start``?"""
    return _GAP_WORDS.search(s[max(0, start - 72) : start]) is not None  # (long names between)


def _last_window(text: str) -> str | None:
    """The date window ``text`` names last ("2407-2409", "all-time"); None for none or for
    a release version ("v0.2", "-v0.1" of a name)."""
    cues = sorted(
        (m for rx in VERSION_CUES if rx is not VERSION_RE for m in rx.finditer(text)),
        key=lambda m: m.start(),
    )
    for m in reversed(cues):
        if (found := window_version(m.group(0))) is not None and not found.startswith("v"):
            return found
    return None


_SPACED_TO_YEAR = lazy(r"(?:-|to)\s*20\d\d")


_PERCENT_FIGURE = lazy(r"(?<![\d.])\d\d\.\d")


def _percent_scale(state: _State) -> bool:
    """Does the paragraph print scores as percents ("72.2")? Then "by 0.2" is not 20 points."""
    if state.percent_scale is None:
        state.percent_scale = _PERCENT_FIGURE.search(state.paragraph) is not None
    return state.percent_scale


def _may_window(text: str) -> bool:
    """Could ``text`` name a date window ("2407-2409", "2023/9/1 ~ 2024/4/1")? Substrings first."""
    near = "-2" in text or "~" in text or "–" in text or "/" in text
    near = near or " - " in text or " to 2" in text  # "2407 - 2409", "2023-09 to 2024-04"
    if not near and text.count("20") >= 2:  # "2023-09-01 to\n2024-04-01", "...01to2024..."
        near = _SPACED_TO_YEAR.search(text) is not None
    return near and _WINDOW_SCREEN.search(text) is not None


def _may_date(s: str) -> bool:
    """Could ``s`` hold a release date of a name ("Codestral 25.01")? Substrings, no regex."""
    return "." in s and ("23." in s or "24." in s or "25." in s or "26." in s or "27." in s)


def _undefined_ours(s: str, mentions: list[_Mention]) -> list[_Mention]:
    """'our model' that the document never defined, after a model this sentence names: a
    mention of no known model, so its figures are not the other model's ("With CoT, A reaches
    61.0, and our model (Section 5) reaches 63.2")."""
    out = []
    for m in _OUR_PHRASE.finditer(s):
        if any(x.start <= m.start() < x.end or m.start() <= x.start < m.end() for x in mentions):
            continue
        if any(0 <= x.end <= m.start() and x.value for x in mentions):
            out.append(_Mention(m.start(), m.end(), m.group(0), None, False))
    return out


def _change_owner(s: str, num: _Num, models: list[_Mention]) -> _Mention | None:
    """The model of a stated change ending right before the figure: "B falls from 81.1% to
    73.8%, a 7.3-point loss"."""
    window = s[max(0, num.start - 90) : num.start]
    if "from" not in window:
        return None
    last = None
    for m in _FROM_TO.finditer(window):
        last = m
    if last is None or len(window) - last.end() > 25:
        return None
    start = max(0, num.start - 90) + last.start()
    before = [m for m in models if 0 <= m.end <= start and m.value]
    return before[-1] if before else None


def _gap_tail(head: Claim, num: _Num, bench: _Mention | None, span: Span) -> Claim:
    """A gap listed after ``head`` (same pair and sign unless the caller changes them), on
    ``bench`` when the list names one. A figure such as "1.0" is points, not a fraction."""
    value = float(num.text) if num.is_fraction else num.value
    sign = -1 if head.value is not None and head.value < 0 else 1
    changed = replace(
        head,
        value=sign * value,
        value_text=("-" if sign < 0 else "") + num.text,
        decimals=len(num.text.split(".")[1])
        if "." in num.text and num.is_fraction
        else num.decimals,
        span=span,
    )
    if bench is None:
        return changed
    return replace(changed, benchmark=bench.value, benchmark_text=bench.text)


def _is_gap_figure(s: str, n: _Num) -> bool:
    """Is ``n`` a gap by its own words: a unit after it ("points"), or a gap phrase before it
    ("leads B by") with no percent sign after it?"""
    return _unit_after(s, n.end) or (
        _gap_word_before(s, n.start) and "%" not in s[n.end : n.end + 2]
    )


def _gap_list_tails(s: str, numbers: list[_Num], benches: list[_Mention]) -> dict[int, int]:
    """Figures that continue a gap without a unit of their own: "leads B by 31.7 points on
    HumanEval and 4.4 on MBPP+" (start of 4.4 -> start of 31.7)."""
    out: dict[int, int] = {}
    for prev, num in pairwise(numbers):
        head = out.get(prev.start, prev.start)
        if head == prev.start and not _is_gap_figure(s, prev):
            continue
        if _unit_after(s, num.end) or "%" in s[num.end : num.end + 2]:
            continue  # a gap of its own, or a score
        between = next((b for b in benches if prev.end <= b.start and b.end <= num.start), None)
        after = next((b for b in benches if b.start >= num.end), None)
        if (
            between is not None
            and after is not None
            and _GAP_LIST_JOIN.fullmatch(s, between.end, num.start)
            and _GAP_TAIL_BENCH.fullmatch(s, num.end, after.start)
        ):
            out[num.start] = head
    return out


def _gap_other_tails(
    s: str, numbers: list[_Num], models: list[_Mention]
) -> dict[int, tuple[int, _Mention]]:
    """Figures of a gap to another model, listed after a first gap: "leads B by 4.0 points
    (72.8% against 68.8%) and C by 10.9" (start of 10.9 -> (start of 4.0, C))."""
    out: dict[int, tuple[int, _Mention]] = {}
    for k, num in enumerate(numbers):
        by = _AND_MODEL_BY.search(s, max(0, num.start - 80), num.start)
        if by is None:
            continue
        other = next(
            (m for m in models if m.start == by.start(1) and m.end == by.end(1) and m.value), None
        )
        if other is None:
            continue
        head = next(
            (n for n in reversed(numbers[:k]) if n.end <= other.start and _is_gap_figure(s, n)),
            None,
        )
        # one clause's list: "..., while C outscores D and E by 20.5" is not the first gap's
        if head is not None and not _CLAUSE_TURN.search(s, head.end, by.start()):
            out[num.start] = (head.start, other)
    return out


@lru_cache(maxsize=256)
def _change_pairs(s: str) -> tuple[re.Match[str], ...]:
    """'(88.4 to 62.5)' in a sentence that speaks of a drop or a rise; '92.7 → 70.1'."""
    arrows = tuple(_ARROW_PAIR.finditer(s)) if "→" in s or "->" in s else ()
    if "(" not in s:
        return arrows
    found = tuple(_CHANGE_PAIR.finditer(s))
    return (found if found and (_DROP_WORD.search(s) or _RISE_WORD.search(s)) else ()) + arrows


def _blanked(s: str, names: Iterable[_Mention]) -> str:
    """``s`` with model names ("Codestral-22B-v0.1") blanked, so their digits are not read as
    settings; positions are kept."""
    for m in names:
        if m.start >= 0:
            s = s[: m.start] + " " * (m.end - m.start) + s[m.end :]
    return s


_ON_LIST = lazy(r"\s*%?\s*(?:on|in|for|across)\s+(?:the\s+)?")
_PASS_K = lazy(r"pass@\d+", re.IGNORECASE)


def _parallel_lists(s: str, numbers: list[_Num], benches: list[_Mention]) -> dict[int, _Mention]:
    """A list of figures with no benchmark of its own, paired in order with a list of as many
    benchmarks, or all on the one benchmark named right after it: "64.0 and 57.9 on HumanEval and HumanEval+", "On HumanEval and HumanEval+, X
    reaches 64.0 and 57.9", "X: 64.0 on HumanEval and 57.9 on HumanEval+, while Y manages 46.3
    and 37.8". Figure start -> benchmark; empty when the lists do not line up."""
    out: dict[int, _Mention] = {}
    for run in _runs(s, numbers, len(s)):
        k = len(run)
        if any(run[0].start <= b.start < run[-1].end for b in benches):
            continue  # "64.0 on HumanEval and 57.9": each figure has its own
        lo, hi = _clause(s, run[0].start)
        if len({m.group(0).lower() for m in _PASS_K.finditer(s, lo, hi)}) > 1:
            continue  # "28.8 pass@1 and 72.3 pass@100": one benchmark, two metrics
        after = [b for b in benches if b.start >= run[-1].end]
        named_after = bool(after) and _ON_LIST.fullmatch(s, run[-1].end, after[0].start)
        if named_after:
            listed = next((r for r in _runs(s, after, len(s)) if r[0] is after[0]), [after[0]])
        elif any(lo <= b.start < hi for b in benches) or any(
            b.start >= run[-1].end and b.start < hi for b in benches
        ):
            continue  # the clause names its own benchmark: not a parallel list
        else:
            listed = [b for b in benches if 0 <= b.end <= run[0].start]
        distinct = list({b.value: b for b in listed}.values())
        if len(distinct) == k:
            out.update({n.start: b for n, b in zip(run, distinct, strict=True)})
        elif len(distinct) == 1 and named_after:
            opener = _opening_bench(s, benches)
            if opener is not None and opener.value != distinct[0].value:
                # "On HumanEval, X scores 88.4 and 84.1 on HumanEval+": only the last figure is
                # on the benchmark named after it; the others are on the sentence's own
                out[run[-1].start] = distinct[0]
            else:
                out.update({n.start: distinct[0] for n in run})  # "..., and 50.0 and 70.0 on MBPP"
    return out


_OPENING_ON_BENCH = lazy(r"\s*(?:On|In|For|Across)\s+(?:the\s+)?")


_FROM_BEFORE = lazy(r"\bfrom\s+$", re.I)
_TO_BETWEEN = lazy(r"\s+to\s+")


def _from_model_to_model(s: str, models: list[_Mention]) -> tuple[_Mention, _Mention] | None:
    """The two models of "from A to B" ("From the 1.5B to the 7B base model"), or None."""
    for a, b in pairwise(models):
        if (
            a.value
            and b.value
            and a.value != b.value
            and _TO_BETWEEN.fullmatch(s, a.end, b.start)
            and _FROM_BEFORE.search(s, max(0, a.start - 6), a.start)
        ):
            return a, b
    return None


def _opening_bench(s: str, benches: list[_Mention]) -> _Mention | None:
    """The benchmark a sentence opens on ("On HumanEval, ..."), if it opens on one."""
    m = _OPENING_ON_BENCH.match(s)
    if m is None:
        return None
    bench = next((b for b in benches if b.start == m.end()), None)
    if bench is None or s[bench.end : bench.end + 1] != ",":
        return None
    return bench


def _clause(s: str, at: int) -> tuple[int, int]:
    """The clause of ``s`` around position ``at`` (commas, semicolons, "while" end clauses)."""
    lo, hi = 0, len(s)
    for m in _CLAUSE_BREAK.finditer(s):
        if m.end() <= at:
            lo = m.end()
        elif m.start() >= at:
            hi = m.start()
            break
    return lo, hi


def _bench_at(s: str, at: int, benches: list[_Mention]) -> bool:
    """Does a benchmark name start at ``at`` (after an optional "the")? "... to 43.9 in the
    Qwen2.5-Coder report" names none; "... to 75.0 on the HumanEval Pro" does."""
    if s.startswith("the ", at):
        at += 4
    return any(b.start == at for b in benches)


_QUOTED_AS = lazy(
    r"\s*%?\s+(?:is|was|are|were)\s+(?:\w+\s+){0,2}?(?:quoted|given|reported|listed|cited|"
    r"presented|described)\s+as\s+(?:its|their|the|a|an)\s+"
)


def _quoted_as(s: str, num: _Num, benches: list[_Mention]) -> _Mention | None:
    """The benchmark of "N is often quoted as its B score" (named after the figure)."""
    m = _QUOTED_AS.match(s, num.end)
    return next((b for b in benches if b.start == m.end()), None) if m else None


def _versus_benches(
    s: str, pairs: list[tuple[_Num, _Mention]], benches: list[_Mention]
) -> list[tuple[_Num, _Mention]]:
    """The two figures of a comparison ("..., and 90.5 against 90.2 on MBPP+") share the
    benchmark named after the second, when the first names none of its own."""
    bench_of = {n.start: b for n, b in pairs}
    shared: dict[int, _Mention] = {}
    for m in _VERSUS.finditer(s):
        first, second = m.start(1), m.start(2)
        if first not in bench_of or second not in bench_of:
            continue
        after = _bench_after(s[m.end(2) :], m.end(2), benches)
        if after is None or after is not bench_of[second]:
            continue
        first_end = m.start(1) + len(m.group(1))
        if _bench_after(s[first_end:], first_end, benches) is None:
            shared[first] = after
    return [(n, shared.get(n.start, b)) for n, b in pairs] if shared else pairs


# "puts it at 74.4% and at 65.6% on HumanEval+": the benchmark is the second figure's only
_AND_AT_NEXT = lazy(r"\s*%?\s*,?\s+and\s+at\s+\d+(?:\.\d+)?\s*%?\s+(?:on|for)\s+(?:the\s+)?")


def _own_bench_before(s: str, num: _Num, bench: _Mention, benches: list[_Mention]) -> _Mention:
    """``bench``, unless it is the next figure's own ("at 74.4% and at 65.6% on HumanEval+"):
    then the benchmark the sentence named before this figure (the same one when none)."""
    after = _AND_AT_NEXT.match(s, num.end)
    if after is None or after.end() != bench.start:
        return bench
    earlier = [b for b in benches if 0 <= b.end <= num.start and b.value != bench.value]
    return earlier[-1] if earlier else bench


_OR_ON_BENCH = lazy(r",\s+or\s+(\d+(?:\.\d+)?)\s*%?\s+(?:on|for)\s+(?:the\s+)?$")
_POSSESSIVE_BEFORE = lazy(r"['’]s\s+")
_NEXT_CLAUSE = lazy(r",\s+(?:and|while|whereas|but)\b|;")
# a later clause that opens on its own benchmark: ", although on MBPP (3-shot) it ..."
_CLAUSE_OPENS_ON = lazy(
    r"(?:,|;)\s+(?:(?:and|but|yet|while|whereas|although|though)\s+)?(?:on|in)\s+(?:the\s+)?$"
)


def _foreign_bench_start(
    s: str, bench: _Mention, models: list[_Mention], first_end: int
) -> int | None:
    """Where the clause that owns the sentence's one benchmark starts, when earlier figures
    are not on it: ", or 54.2 on HumanEval+" (the alternative's figure), ", and Y's MBPP+ is
    77.0" (Y's possessive, after a clause break)."""
    lead = s[max(0, bench.start - 8) : bench.start]
    if "or" in s and (alternative := _OR_ON_BENCH.search(s, 0, bench.start)) is not None:
        return alternative.start(1)
    if ("on " in lead or "in " in lead) and _DIGIT.search(s, bench.end):
        opens = _CLAUSE_OPENS_ON.search(s, first_end, bench.start)
        if opens is not None:  # "X scores 41.5%, although on MBPP it edges out the base, 57.0"
            return opens.start()
    if "s " not in lead:
        return None
    owner = next(
        (
            m
            for m in models
            if m.start > first_end and _POSSESSIVE_BEFORE.fullmatch(s, m.end, bench.start)
        ),
        None,
    )
    if owner is not None and _NEXT_CLAUSE.search(s, first_end, owner.start):
        return owner.start
    return None


def _bench_after(text: str, offset: int, benches: list[_Mention]) -> _Mention | None:
    """The benchmark named right after a number: "... points on MBPP+"."""
    m = re.match(r"\s*(?:on|in|for|at)\s+(?:the\s+)?", text)
    if not m:
        return None
    at = offset + m.end()
    return next((b for b in benches if b.start == at), None)


def _base_of(
    s: str, lo: int, hi: int, model: _Mention | None, vocab: Vocabulary
) -> _Mention | None:
    """'A leads its base model by 8.5 points': the base variant of A."""
    if model is None:
        return None
    m = _BASE_OF.search(s, lo, hi)
    if not m:
        return None
    parsed = parse_model_name(model.text)
    if parsed is None:
        return None
    key = replace(parsed.key, variant="base")
    return _Mention(m.start(), m.end(), m.group(0), key.id, key.id in vocab.model_ids)


# "over its base", "its base model": not "the base prompt", "the base rate"
_BASE_OF = lazy(
    r"\b(?:its|the)\s+base(?:\s+(?:model|version|counterpart|checkpoint|variant)\b"
    r"|(?=\s*[,.;:)]|\s*$|\s+(?:on|by|in|at|and|across|with|for|while|whereas)\b))"
)


_GREEDY_WORD = lazy(r"greedy", re.I)
_SAMPLED_WORD = lazy(r"sampl|temperature|n\s*=", re.I)
_INSTRUCT_MODELS = lazy(r"\b(?:instruct(?:ion)?[\s\-]?(?:tuned|following)?|chat)\s+models?\b", re.I)
_BASE_MODELS = lazy(r"\b(?:base|pre-?trained|foundation)\s+models?\b", re.I)


def _unambiguous(setting: Setting, text: str) -> Setting:
    """A caption's setting, without decoding when it speaks of both greedy and sampled columns,
    and without shots when it names several ("HumanEval (0-shot) and MBPP (3-shot)": the
    columns take theirs from `_shots_per_benchmark`)."""
    if _GREEDY_WORD.search(text) and _SAMPLED_WORD.search(text):
        setting = replace(setting, decoding=None, n_samples=None, temperature=None)
    if (
        setting.shots is not None
        and len({shots_count(m.group(1)) for m in _SHOT_CUE.finditer(text)}) > 1
    ):
        setting = replace(setting, shots=None)
    return setting


_SHOTS_AFTER_NAME = lazy(
    r"\s*(?:(?:(?:is|are)\s+)?(?:scored|evaluated|run|reported|measured|tested|prompted)\s+(?:with\s+)?"
    r"(?:(?:a|the)\s+)?|(?:is|are|uses?|at|with)\s+(?:(?:a|the)\s+)?)?[(,:]?\s*"
    r"(\d|zero|one|two|three|four|five)[\s\-]?shots?\b",
    re.I,
)  # "HumanEval (0-shot)", "MBPP is 3-shot", "HumanEval is scored zero-shot", "MBPP with the three-shot"
_SHOTS_BEFORE_NAME = lazy(r"\b(\d|zero|one|two|three|four|five)[\s\-]?shots?\s*$", re.I)


def _shots_per_benchmark(lead: str, vocab: BenchmarkVocab) -> dict[str, int]:
    """Shots a caption gives each benchmark when it gives them different ones:
    "HumanEval (0-shot) and MBPP (3-shot)" -> {humaneval: 0, mbpp: 3}. Empty otherwise."""
    if len({shots_count(m.group(1)) for m in _SHOT_CUE.finditer(lead)}) < 2:
        return {}
    out: dict[str, int] = {}
    for start, end, slug in vocab.find(lead):
        cue = _SHOTS_AFTER_NAME.match(lead, end) or _SHOTS_BEFORE_NAME.search(lead[:start])
        if cue is not None:
            shots = setting_in(cue.group(0)).shots
            if shots is not None:
                out.setdefault(slug, shots)
    return out if len(set(out.values())) > 1 else {}


def _shots_of_listed(lead: str, vocab: BenchmarkVocab, shots: int) -> dict[str, int]:
    """The benchmarks a caption lists right before its one shot count ("HumanEval, HumanEval+
    and MBPP+ use zero-shot prompts"): the count is theirs, not every column's."""
    cue = next(iter(_SHOT_CUE.finditer(lead)), None)
    if cue is None:
        return {}
    listed: list[str] = []
    end = None
    for start, stop, slug in reversed(vocab.find(lead[: cue.start()])):
        gap = lead[stop : end if end is not None else cue.start()]
        if end is None and not _LISTED_BEFORE_CUE.fullmatch(gap):
            break
        if end is not None and not _BENCH_LIST_JOIN.fullmatch(gap):
            break
        listed.append(slug)
        end = start
    return dict.fromkeys(listed, shots)


_LISTED_BEFORE_CUE = lazy(
    r"\s+(?:(?:is|are|use|uses|were|run|runs)\s+)?(?:(?:a|the)\s+)?(?:with\s+)?"
)
_BENCH_LIST_JOIN = lazy(_LIST_JOIN)
_CAPTION_CLAUSE = lazy(r";|\.(?=\s|$)")
_PASS_AT = lazy(r"\bpass\s*@\s*(\d+)", re.I)
_COLUMN_GROUP = lazy(r"\s*(?:the\s+)?(greedy|sampl\w*)\s+columns?\b", re.I)


@dataclass(frozen=True)
class _CaptionSettings:
    """A caption that speaks of greedy and sampled runs, split by the columns each clause is about:
    "pass@1 uses greedy decoding; pass@10 and pass@100 use nucleus sampling with T=0.8", or
    "Greedy column: 0-shot greedy. Sampled columns: n=20, temperature 0.2"."""

    rest: str  # the clauses about every column
    by_metric: dict[str, Setting]  # "pass@10" -> its decoding
    by_decoding: dict[str, Setting]  # "greedy" / "sampled" columns -> their clause's setting

    def for_column(self, metric: str | None, header: Setting) -> Setting | None:
        said = self.by_metric.get(metric or "")
        if said is None and self.by_decoding:
            said = self.by_decoding.get("greedy" if header.decoding == "greedy" else "sampled")
        return said


def _caption_settings(lead: str) -> _CaptionSettings:
    if not (_GREEDY_WORD.search(lead) and _SAMPLED_WORD.search(lead)):
        return _CaptionSettings(lead, {}, {})
    rest: list[str] = []
    by_metric: dict[str, Setting] = {}
    by_decoding: dict[str, Setting] = {}
    for clause in _CAPTION_CLAUSE.split(lead):
        group = _COLUMN_GROUP.match(clause)
        ks = _PASS_AT.findall(clause)
        greedy, sampled = bool(_GREEDY_WORD.search(clause)), bool(_SAMPLED_WORD.search(clause))
        if group:
            kind = "greedy" if group.group(1).lower() == "greedy" else "sampled"
            by_decoding.setdefault(kind, setting_in(clause[group.end() :]))
        elif ks and greedy != sampled:
            said = setting_in(clause)
            for k in ks:
                by_metric.setdefault(
                    f"pass@{k}",
                    Setting(
                        decoding=said.decoding,
                        n_samples=said.n_samples,
                        temperature=said.temperature,
                    ),
                )
        else:
            rest.append(clause)
    return _CaptionSettings(" ".join(rest), by_metric, by_decoding)


def _variant_hint(text: str) -> str | None:
    """A variant stated for a whole table by its heading, caption or group row."""
    if _INSTRUCT_MODELS.search(text):
        return "instruct"
    if _BASE_MODELS.search(text):
        return "base"
    return None


def _all_fraction(cells: list[str]) -> bool:
    vals = []
    for cell in cells:
        for m in _CELL_FIGURE.finditer(cell):
            vals.append(m.group())
    return bool(vals) and all(float(v) <= 1.0 and "." in v for v in vals)


_CELL_FIGURE = lazy(r"(?<![\w.])\d*\.\d+|(?<![\w.])\d+(?![\w.])")
_CELL_MARKUP = lazy(r"[*_`]+|\\textbf|\[\d+\]")
_NUMERIC_CELL = lazy(
    r"^\s*[~≈]?\s*(?:\d{1,3}(?:\.\d+)?|\.\d+)\s*%?\s*[†‡*§¶^a-z]?\s*(?:[(/]\s*(?:\d{1,3}(?:\.\d+)?|\.\d+|[–—-])\s*%?\s*[†‡*]?\s*\)?\s*[†‡*]?)?\s*$"
)  # ... and "64.6 / –": the pair's second figure not reported


def _is_numeric_cell(cell: str) -> bool:
    """'88.4', '88.4 (84.1)', '**88.4**', '88.4†', '0.884', '65.9 / 67.1'."""
    if any(c in cell for c in "*_`\\["):
        cell = _CELL_MARKUP.sub("", cell)
    return bool(_NUMERIC_CELL.match(cell))


_CELL_NUM = lazy(r"(?<![\w.])(\d{1,3}(?:\.\d+)?|\.\d+)(?![\d])")


def _cell_numbers(cell: str, fraction: bool = False) -> list[tuple[str, float, int, bool]]:
    """Numbers in a table cell: '88.4 (84.1)', '**88.4**', '88.4†', '0.884'."""
    text = _CELL_MARKUP.sub("", cell)
    out = []
    for m in _CELL_NUM.finditer(text):
        t = m.group(1)
        v = float("0" + t if t.startswith(".") else t)
        decimals = len(t.split(".")[1]) if "." in t else 0
        if fraction and v <= 1.0:
            out.append((t, round(v * 100, 10), decimals - 2, True))
        elif v <= 100:
            out.append((t, v, decimals, False))
    return out


_METRIC = screened(METRIC_RE.pattern, re.IGNORECASE, ("pass",))


def _nearest_metric(s: str, num: _Num) -> str | None:
    best = None
    best_d = 10**9
    for m in _METRIC.finditer(s):
        d = m.start() - num.end if m.start() >= num.end else num.start - m.end()
        if m.start() >= num.end and _NEXT_METRIC_PHRASE.search(s, num.end, m.start()):
            continue  # "pass@10 climbs to 77.2 and its pass@100 to 93.5": the next figure's
        if (
            m.end() <= num.start
            and "score" in s
            and _OTHER_SUBJECT_PHRASE.search(s, m.end(), num.start)
        ):
            continue  # "Its pass@10 ... is 84.8, and its zero-shot MBPP Pro score is 81.2"
        if d < best_d:
            best, best_d = f"pass@{int(m.group(1))}", d
    return best


_NEXT_METRIC_PHRASE = lazy(r"\b(?:and|while|whereas|but)\s+(?:its|their|the)\s+$")
_OTHER_SUBJECT_PHRASE = lazy(
    r"\d[^,;]*[,;]\s*(?:and|while|whereas|but)\s+(?:its|their)\s+[^,;]{0,40}?\bscore\b"
)
_DECODING_CUE = screened(
    r"\bgreedy\b|\bsampl(?:ed|ing)\b|" + ESTIMATED_FROM_SAMPLES,
    re.I,
    ("greedy", "sampl"),
)
_SHOT_CUE = screened(SHOTS_PATTERN, re.IGNORECASE, SHOTS_WORDS)


def _owner(cue: re.Match[str], s: str, numbers: list[_Num]) -> _Num | None:
    """The number a setting cue belongs to: the next one when the cue leads into it
    ("1-shot: 62.8"), else the previous one ("62.8 (1-shot)"), else the next."""
    nxt = next((n for n in numbers if n.start >= cue.end()), None)
    if nxt and re.fullmatch(r"\)?\s*[:=]?\s*", s[cue.end() : nxt.start]):
        return nxt
    prev = [n for n in numbers if n.end <= cue.start()]
    return prev[-1] if prev else nxt


def _is_local(cue: re.Match[str], s: str) -> bool:
    """A cue written against one figure: "(3-shot)" after it, or "1-shot: 62.8"."""
    before = s[max(0, cue.start() - 2) : cue.start()]
    after = s[cue.end() : cue.end() + 2]
    return "(" in before or after.lstrip().startswith(":")


def _one_per_count(cues: list[re.Match[str]], s: str) -> list[re.Match[str]]:
    """Shot cues without the restatement of one just before: "with a single demonstration
    (1-shot)" is one cue."""
    out: list[re.Match[str]] = []
    for c in cues:
        last = out[-1] if out else None
        if (
            last is not None
            and shots_count(last.group(1)) == shots_count(c.group(1))
            and not s[last.end() : c.start()].strip(" ,(")
        ):
            continue
        out.append(c)
    return out


def _nearest_setting(s: str, num: _Num, numbers: list[_Num]) -> Setting:
    """Sentence-level setting; when cues differ within the sentence, each number takes its own."""
    base = setting_in(s)
    shot_cues = _one_per_count(list(_SHOT_CUE.finditer(s)), s)
    if len(shot_cues) > 1 and ("instead" in s or "rather" in s):
        # "With a one-shot prompt instead of zero-shot, ...": the replaced count is not a setting
        kept = [
            c for c in shot_cues if not _INSTEAD_OF.search(s, max(0, c.start() - 20), c.start())
        ]
        if len(kept) < len(shot_cues) and len({shots_count(c.group(1)) for c in kept}) == 1:
            shot_cues = kept
            base = replace(base, shots=shots_count(kept[0].group(1)))
    local = [c for c in shot_cues if _is_local(c, s)]
    if len({shots_count(c.group(1)) for c in shot_cues}) > 1 or (local and len(numbers) > 1):
        trailing = [_trails(c, s, numbers) for c in shot_cues]
        if len(shot_cues) > 1 and all(trailing) and len({id(n) for n in trailing}) == len(trailing):
            # "79.2% HumanEval Pro zero-shot, 85.1% one-shot": each cue trails its own figure
            mine = [c for c, n in zip(shot_cues, trailing, strict=True) if n is num]
        else:
            mine = [c for c in shot_cues if _owner(c, s, numbers) == num or not _is_local(c, s)]
            mine.sort(key=lambda c: not _is_local(c, s))
            if (
                mine
                and not _is_local(mine[0], s)
                and len({shots_count(c.group(1)) for c in mine}) > 1
            ):
                mine = []  # "in 0-shot and 1-shot runs ... 65.9 and 67.1": which is which?
        base = replace(base, shots=setting_in(mine[0].group(0)).shots if mine else None)
    elif shot_cues and len(numbers) > 1 and not _in_cue_clause(s, num, numbers, shot_cues):
        base = replace(base, shots=None)  # "..., respectively, and 71.4 on 3-shot MBPP"
    decoding = [
        (m, "greedy" if m.group(0).lower() == "greedy" else "sampled")
        for m in _DECODING_CUE.finditer(s)
    ]
    if len({kind for _, kind in decoding}) > 1:
        kinds_here = [kind for m, kind in decoding if _owner(m, s, numbers) == num]
        base = replace(base, decoding=kinds_here[0] if kinds_here else None)
    if base.dataset_version is not None and len(numbers) > 1:
        base = _version_of_clause(base, s, num, numbers)
    if base.cot is not None and len(numbers) > 1:
        # "40.6% overall, and 41.8% with chain-of-thought": a CoT cue written right after one
        # figure is that figure's alone
        cues = list(_COT_CUE.finditer(s))
        owners = [_attached_to(c, s, numbers) for c in cues]
        # every cue attached, or every figure with a cue of its own ("CoT too: 65.9 without
        # CoT -> 72.0 with CoT": the label attaches to none)
        if cues and (all(owners) or {id(o) for o in owners if o} == {id(n) for n in numbers}):
            mine = [c for c, o in zip(cues, owners, strict=True) if o is num]
            base = replace(base, cot=setting_in(s[num.end : mine[0].end()]).cot if mine else None)
        elif (by_position := _cot_by_position(s, num, cues)) is not None:
            base = replace(base, cot=by_position[0])
        elif _later_clause_cues(s, num, numbers, cues):
            base = replace(base, cot=None)  # "65.9 (0-shot), and with CoT it recovers to 71.3"
    if base.feedback is not None and _SINGLE_TURN_BEFORE.search(
        s, max(0, num.start - 24), num.start
    ):
        base = replace(base, feedback=None)  # "..., over its single-turn 66.4": no feedback
    feedback_cues = list(FEEDBACK_RE.finditer(s)) if base.feedback and len(numbers) > 1 else []
    kinds = [setting_in(m.group(0)).feedback for m in feedback_cues]
    if len(set(kinds)) > 1:
        # "with execution feedback reaches 80.5 ..., and with oracle feedback 92.7": its own
        feedback_here = [
            k for m, k in zip(feedback_cues, kinds, strict=True) if _owner(m, s, numbers) == num
        ]
        base = replace(base, feedback=feedback_here[0] if feedback_here else None)
    elif (
        base.feedback is not None
        and len(numbers) > 1
        and _later_clause_cues(s, num, numbers, feedback_cues)
    ):
        base = replace(base, feedback=None)  # "76.2 in a single turn, and feedback lifts it to"
    return base


_SINGLE_TURN_BEFORE = lazy(r"\b(?:single[\s-]turn|without\s+feedback|no[\s-]feedback)\s+$", re.I)


def _cot_by_position(s: str, num: _Num, cues: list[re.Match[str]]) -> tuple[bool | None] | None:
    """With cues of both kinds in a sentence ("Without CoT, A solves 27.8, and CoT prompting
    lifts it to 28.9"), a figure takes the last cue before it (none before it: not stated);
    None when the cues agree, leaving the sentence's setting."""
    kinds = [NO_COT_RE.search(s, max(0, c.start() - 8), c.end()) is None for c in cues]
    if len(set(kinds)) < 2:
        return None
    before = [k for c, k in zip(cues, kinds, strict=True) if c.end() <= num.start]
    return (before[-1] if before else None,)


def _shots_changed_to(s: str, num: _Num, setting: Setting) -> Setting:
    """A change on one benchmark in a sentence with two shot counts ("70.1 zero-shot but 80.5
    with a single demonstration (1-shot), a 10.4-point rise"): the count it changed to, the
    last stated before its figure."""
    cues = list(_SHOT_CUE.finditer(s, 0, num.start))
    if len({shots_count(c.group(1)) for c in _SHOT_CUE.finditer(s)}) < 2 or not cues:
        return setting
    return replace(setting, shots=setting_in(cues[-1].group(0)).shots)


def _relation_setting(s: str, lo: int, hi: int, num: _Num, numbers: list[_Num]) -> Setting:
    """A gap's or change's setting: its clause's, else the sentence's; when the sentence gives
    several shot counts, the one nearest the figure ("by 3.7 points (0-shot) and by 2.8 points
    at 1-shot")."""
    clause = setting_in(s[lo:hi])
    setting = clause if clause.stated() else setting_in(s)
    if setting.cot is not None and not clause.stated():
        cues = list(_COT_CUE.finditer(s))
        if (by_position := _cot_by_position(s, num, cues)) is not None:
            setting = replace(setting, cot=by_position[0])  # "..., and CoT lifts it by 1.1"
        elif len(numbers) > 1 and _later_clause_cues(s, num, numbers, cues):
            setting = replace(setting, cot=None)  # "a 22.5-point fall, and with CoT ... 71.3"
    if len({shots_count(c.group(1)) for c in _SHOT_CUE.finditer(s)}) > 1:
        setting = replace(setting, shots=_nearest_setting(s, num, numbers).shots)
    return setting


# BigCodeBench's splits written as words: "the Hard split", "Instruct prompts", "the full
# Complete split" (not "BigCodeBench-Instruct": a name, read as one)
_SPLIT_MODE = lazy(r"(?<![-\w])(Instruct|Complete)\s+(?:split|prompts?|mode|subset)\b", re.I)
_SPLIT_MODE_AFTER = lazy(
    r"\b(?:split|subset)\s*\((Instruct|Complete)\)", re.I
)  # "Hard subset (Complete)"
_SPLIT_SIZE = lazy(
    r"(?<![-\w])(Hard|Full)\s+(?:(?:Instruct|Complete)\s+)?(?:split|subset|set)\b", re.I
)
_EVALPLUS_AS_SOURCE = lazy(
    r"\s+(?:setting|protocol|(?:leader)?board|harness|re-?runs?|runs?|team|framework|evaluation)\b",
    re.I,
)


def _not_evalplus_score(s: str, end: int, found: Sequence[tuple[int, int, str]]) -> bool:
    """'EvalPlus' naming a protocol or a source, not its average score: "the 0-shot EvalPlus
    setting", "EvalPlus MBPP" (the benchmark is MBPP), "the EvalPlus leaderboard"."""
    if _EVALPLUS_AS_SOURCE.match(s, end):
        return True
    gap = len(s[end:]) - len(s[end:].lstrip(" "))
    return any(a == end + gap and gap > 0 for a, _, _ in found)


_SCORE_HEADER = lazy(
    r"\s*(?:score|result|value|accuracy|pass@\d+|pass\s*rate|%)\s*(?:\(\s*%\s*\))?\s*$", re.I
)
_THAT_MODEL = lazy(r"\b(?:that|the\s+other)\s+model\b(?!s)")


def _that_model(s: str, models: list[_Mention], masked: list[tuple[int, int]]) -> list[_Mention]:
    """``models`` with "that model" / "the other model" inside a sentence as a mention of the
    model named last before it other than its own clause's subject: "A reaches 79.9, ahead of
    B, and it outperforms that model on MBPP+ (69.6 vs 66.7)": B."""
    added: list[_Mention] = []
    spans = masked + [(m.start, m.end) for m in models]
    for p in _THAT_MODEL.finditer(s):
        if p.start() == 0 or _masked(spans, p.start(), p.end()):
            continue
        earlier = [m for m in models if 0 <= m.end <= p.start() and m.value]
        lo = _clause(s, p.start())[0]
        in_clause = [m for m in earlier if m.start >= lo]
        subject = (in_clause[-1].refers_to or in_clause[-1]).value if in_clause else None
        target = next((m for m in reversed(earlier) if m.value != subject), None)
        if target is None:
            continue
        target = target.refers_to or target
        added.append(_Mention(p.start(), p.end(), p.group(0), target.value, target.known, target))
    return sorted(models + added, key=lambda m: m.start) if added else models


_FORMER_LATTER = lazy(r"\b[Tt]he\s+(former|latter)\b")
_ON_BEFORE = lazy(r"\b(?:on|in|for|at|across)\s+$", re.I)


def _former_latter(
    s: str, models: list[_Mention], state: _State, masked: list[tuple[int, int]]
) -> list[_Mention]:
    """``models`` with "the former" / "the latter" as mentions of the first / second of the
    two models named just before: in the sentence ("A and B are level on X, although the former
    leads the latter"), else in the last sentence that named models."""
    added: list[_Mention] = []
    for p in _FORMER_LATTER.finditer(s):
        if _masked(masked, p.start(), p.end()) or _ON_BEFORE.search(s, 0, p.start()):
            continue  # ("... on the latter": the benchmark named second)
        earlier = list({m.value: m for m in models if 0 <= m.end <= p.start() and m.value}.values())
        pair = earlier if len(earlier) >= 2 else state.last_models()
        if len(pair) != 2:
            continue  # three models named, or one: not guessed
        target = pair[0] if p.group(1) == "former" else pair[1]
        target = target.refers_to or target
        added.append(_Mention(p.start(), p.end(), p.group(0), target.value, target.known, target))
    return sorted(models + added, key=lambda m: m.start) if added else models


_AGAINST = lazy(
    r"\s*(?:against|compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s+(?:the\s+)?", re.I
)


def _against_opener(s: str, models: list[_Mention]) -> _Mention | None:
    """The model a sentence opens by measuring against: "Against GPT-4o it trails by 10.1",
    "Compared with GPT-4o, X trails by 10.1 points"."""
    if s[:1].lower() not in "acrv" or not (m := _AGAINST.match(s)):
        return None
    return next((x for x in models if x.start == m.end() and x.value), None)


def _gap_against(
    models: list[_Mention], against: _Mention, num: _Num
) -> tuple[_Mention, _Mention] | None:
    """(the model measured, the opener's model) for a gap figure after both."""
    measured = [
        m for m in models if against.end <= m.start < num.start and m.value != against.value
    ]
    if not measured or len({m.value for m in measured}) > 1:
        return None  # no model, or several, between the opener and the figure
    return measured[0].refers_to or measured[0], against


def _later_clause_cues(s: str, num: _Num, numbers: list[_Num], cues: list[re.Match[str]]) -> bool:
    """Every cue comes after ``num``, in a later clause with figures of its own: it does not
    reach back ("65.9, and with CoT it recovers to 71.3"); a cue opening the sentence frames
    all of it ("Adding a CoT prompt lifts X from 75.0 to 78.0, a 3.0-point rise")."""
    return (
        bool(cues)
        and all(c.start() >= num.end for c in cues)
        and not _in_cue_clause(s, num, numbers, cues)
    )


def _in_cue_clause(s: str, num: _Num, numbers: list[_Num], cues: list[re.Match[str]]) -> bool:
    """False when every cue sits in a clause with figures of its own and ``num`` is in none of
    them: the cue is those figures' setting, not the whole sentence's."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(s)]
    with_figures = {bisect_right(breaks, n.start) for n in numbers}
    cue_clauses = {bisect_right(breaks, c.start()) for c in cues}
    return not cue_clauses <= with_figures or bisect_right(breaks, num.start) in cue_clauses


_OPENING_ON = lazy(r"\s*(?:On|In|For|Across|Under)\s[^,;.]{0,60}$")


def _version_of_clause(base: Setting, s: str, num: _Num, numbers: list[_Num]) -> Setting:
    """A benchmark version or window stated in a clause with figures of its own is theirs:
    "25.0 on the All Time split, but on LiveCodeBench 2407-2409 it gets 23.2"."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(s)]

    def clause(pos: int) -> int:
        return bisect_right(breaks, pos)

    cues = sorted((m for rx in VERSION_CUES for m in rx.finditer(s)), key=lambda m: m.start())
    if not cues:
        return base
    colon = s.find(":", 0, 80)
    if colon > 0 and cues[-1].end() <= colon < numbers[0].start:
        return base  # a label over the sentence: "LiveCodeBench (2407-2409): A scores ..., B ..."
    if cues[-1].end() <= numbers[0].start and _OPENING_ON.match(s[: cues[0].start()]):
        return base  # "On LiveCodeBench (2407-2409) we measured it at 14.1, and B at 11.8"
    with_figures = {clause(n.start) for n in numbers}
    cue_clauses = {clause(c.start()) for c in cues}
    if not cue_clauses <= with_figures:
        return base  # a cue in a clause of its own ("On LiveCodeBench 2407-2409, ...") is general
    mine = clause(num.start)
    if mine not in cue_clauses:
        return replace(base, dataset_version=None)
    own_cues = [c for c in cues if clause(c.start()) == mine]
    # within the clause: the cue trailing this figure before the next one, else the last before it
    after = [c for c in own_cues if c.start() >= num.end]
    nxt = next((n.start for n in numbers if n.start >= num.end), len(s))
    cue = after[0] if after and after[0].start() < nxt else None
    if cue is None:
        before = [c for c in own_cues if c.end() <= num.start]
        cue = before[-1] if before else own_cues[0]
    own = window_version(cue.group(0))
    return base if own in (None, base.dataset_version) else replace(base, dataset_version=own)


def _before_change(s: str, read: list[tuple[_Num, _Mention, _Mention | None]]) -> set[int]:
    """Starts of the first figures of "from A to B" changes read as one model on one benchmark:
    what changed between them is the setting the sentence names ("Adding a CoT prompt lifts
    GPT-4o from 75.0 to 78.0"; "climbs from 56.1 to 64.0 with execution feedback")."""
    at = {num.start: (bench.value, model.value if model else None) for num, bench, model in read}
    return {
        m.start(1)
        for m in _FROM_TO.finditer(s)
        if m.start(1) in at and at[m.start(1)] == at.get(m.start(3))
    }


def _without_intervention(setting: Setting, s: str, num: _Num, numbers: list[_Num]) -> Setting:
    """A change's first figure without the CoT and feedback the sentence adds, unless a cue
    is written right after that figure."""
    cues = [c for c in _COT_CUE.finditer(s) if _attached_to(c, s, numbers) is num]
    cot = setting_in(s[num.end : cues[0].end()]).cot if cues else None
    shots = setting.shots
    later = next((n for n in numbers if n.start >= num.end), None)
    added = _SHOTS_ADDED.search(s, later.end) if shots is not None and later else None
    if added and all(c.start() >= added.start() for c in _SHOT_CUE.finditer(s)):
        # "slipping from 59.1 to 54.9 when a one-shot example is added": the count is the
        # second figure's; the first is the run without it
        shots = None
    if setting.cot == cot and setting.feedback is None and setting.shots == shots:
        return setting
    return replace(setting, cot=cot, feedback=None, shots=shots)


_COT_CUE = screened(r"\b(?:CoT|chain[\s\-]of[\s\-]thought)\b", re.I, ("cot", "chain"))
_SHOTS_ADDED = lazy(
    r"\b(?:when|once|after|if)\b[^,;.]{0,50}?\b(?:added|used|given|provided|switched\s+on)\b", re.I
)
_CUE_AFTER_FIGURE = lazy(
    r"\s*%?\s*(?:\(\s*|(?:with|using|via|under|without|when|once|w/o|w/)\s+)?", re.I
)


def _trails(cue: re.Match[str], s: str, numbers: list[_Num]) -> _Num | None:
    """The figure a cue trails within its clause: "65.9 on HumanEval Pro in the 0-shot setting"."""
    before = [n for n in numbers if n.end <= cue.start()]
    if before and not _CLAUSE_GAP.search(s, before[-1].end, cue.start()):
        return before[-1]
    return None


_CLAUSE_GAP = lazy(r"[,;:]|\b(?:and|but|while|whereas)\b|.{41}", re.S)


def _attached_to(cue: re.Match[str], s: str, numbers: list[_Num]) -> _Num | None:
    """The figure a cue directly follows ("41.8% with CoT", "28.9 (CoT)"), if any."""
    before = [n for n in numbers if n.end <= cue.start()]
    if before and _CUE_AFTER_FIGURE.fullmatch(s, before[-1].end, cue.start()):
        return before[-1]
    return None


_VERSION_AFTER = lazy(r"\s*\(?v(\d+\.\d+)")


def _bench_version(
    s: str, bench: _Mention, setting: Setting, found: Sequence[tuple[int, int, str]] = ()
) -> Setting:
    """A version written after a benchmark's name ("MBPP+ v0.2") is that benchmark's: the
    claim's own, or none for a claim on another benchmark ("74.9 on MBPP")."""
    after = s[bench.end : bench.end + 16]
    if m := _VERSION_AFTER.match(after):
        return replace(setting, dataset_version="v" + m.group(1))
    version = setting.dataset_version
    if version and version.startswith("v"):
        for _a, b, slug in found:
            named = slug != bench.value and _VERSION_AFTER.match(s[b : b + 16])
            if named and "v" + named.group(1) == version:
                return replace(setting, dataset_version=None)
    return setting


# --- documents -----------------------------------------------------------------

_MACHINE_ROW = lazy(
    r"\s+(?:[✓✔×✗xXvV]|[—–-]\s+(?:(?:not\s+|un|partially\s+)?verified|contradicted|"
    r"unverifiable)\s*,?)\s+(?:0?\.\d+|1\.0+)\s*$",  # "... [1] — verified, 0.29"
    re.IGNORECASE,
)
_MACHINE_ROW_TAB = lazy(r"\t(?:[✓✔×✗xXvV]|yes|no)?\t(?:0?\.\d+|1\.0+)\s*$", re.IGNORECASE)


_MID_SENTENCE = lazy(r"[A-Za-z,]$")  # a line that stops inside a sentence
_PLAIN_WORDS = lazy(r"[a-z]+(?: [a-z]+)*")  # words, not a name such as "o3-mini-high"
_LABEL_LINE = lazy(r"^[^\s:]{2,60}(?:\s[^\s:]{1,30}){0,3}:\s+\S*\d")
_LABEL_ANY_LINE = lazy(r"^[^\s:]{2,60}(?:\s[^\s:]{1,30}){0,3}:\s+[^.]{0,80}\d")
_DASH_LABEL_LINE = lazy(r"^[^\s:—–]{2,60}(?:\s[^\s:—–]{1,30}){0,3}\s+[—–]\s+\S*\d")  # "X — 59.7"
_NUMBERED_HEADING = lazy(r"\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+[A-Z][A-Za-z\-]*(?:\s+[A-Za-z\-&]+){0,6}")
_LIST_ITEM = lazy(r"^(?:[•\-*+]|\d{1,3}[.)])\s+")
# a line opening on a name padded with spaces to a column: "  Llama3-70B-instruct     0.774 -> 0.690"
_ALIGNED_LINE = lazy(r"\s*[A-Za-z][^ ]*(?: [^ ]+){0,4} {3,}\S")


def _stated_change_pair(text: str, found: Sequence[Claim]) -> tuple[_Mention, _Mention] | None:
    """The two benchmarks of the last change ``text`` states across benchmarks ("falls from
    0.835 on HumanEval to 0.787 on HumanEval+"), first the one it starts from."""
    pair = None
    for m in _FROM_TO.finditer(text):
        if not m.group("on1"):
            continue
        starts = [c for c in found if c.relation is None and c.value_text == m.group(1)]
        ends = [c for c in found if c.relation is None and c.value_text == m.group(3)]
        for a in starts:
            b = next((b for b in ends if b.model_id == a.model_id and b.span == a.span), None)
            if b is not None and a.benchmark and b.benchmark and a.benchmark != b.benchmark:
                pair = (
                    _Mention(-1, -1, a.benchmark_text or a.benchmark, a.benchmark),
                    _Mention(-1, -1, b.benchmark_text or b.benchmark, b.benchmark),
                )
                break
    return pair


def _changes_setting(said: Setting) -> bool:
    """A change across a setting ("with CoT", "once execution feedback is added", "with a
    one-shot prompt") is one benchmark's, not a move between two benchmarks."""
    return said.cot is not None or said.feedback is not None or said.shots is not None


def _in_aligned_block(lines: Sequence[str], k: int) -> bool:
    """Line ``k`` (0-based) has a padded name and so does the line before or after it."""
    return any(
        0 <= j < len(lines) and "   " in lines[j] and _ALIGNED_LINE.match(lines[j]) is not None
        for j in (k - 1, k + 1)
    )


_EVALPLUS = frozenset({*EVALPLUS_PARTS, "evalplus-avg"})
_THIS_SECTION = lazy(r"\b(?:this|the\s+present)\s+(?:sub)?section\b", re.I)
# a paragraph opening on a numbered run-in heading: "1.2 General-purpose models. On ..."
_RUN_IN_HEADING = lazy(r"\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+[A-Z][\w\-]*(?:\s+[\w\-&]+){0,5}\.\s")


def _strip_machine_columns(line: str) -> str:
    """Drop the Verified/Confidence columns of machine-written claim tables."""
    if "\t" in line:
        line = _MACHINE_ROW_TAB.sub("", line)
    if line.rstrip()[-1:].isdigit():  # both columns end on the confidence figure
        line = _MACHINE_ROW.sub("", line)
    return line


# "LiveCodeBench (LCB) uses the 2407-2409 window", "LCB figures are on the 2407-2409 window"
_WINDOW_DECL = lazy(
    r"\b(?:uses?|is\s+on|are\s+on|covers?|(?:is|are)\s+(?:run|scored|evaluated|taken)\s+on)"
    r"\s+the\s+[^.;]{0,24}\bwindow\b",
    re.I,
)
_SCOPE_SCREEN = lazy(r"\b(?:all|every|everything|unless|throughout)\b", re.I)


def _paragraph_lead_setting(lead: tuple[int, str], linemap: _LineMap, vocab: Vocabulary) -> _Scope:
    """A paragraph's opening sentence that states a setting and reports nothing: "Appendix
    Table 7 repeats the open-model runs with sampling (n=20, T=0.2). There, X reaches ...";
    it holds for the paragraph's claims in place of the section's declared setting."""
    start, text = lead
    out = _Scope()
    if _BARE_FIGURE.search(_no_cues(text)) or vocab.benchmarks.find(text):
        return out
    if _NOT_OURS.search(text) or vocab.may_name(text):
        return out  # "Unlike prior reports that sample n=20, ...", "Codex was run with n=200"
    said = setting_in(text)
    if said.n_samples or said.temperature:  # a run's figures, not a word about sampling
        out.setting, out.line, out.metric = said, linemap.line(start), metric_in(text)
    return out


# what a date window must contain ("2407-2409", "2023/9/1 ~ 2024/4/1"): a cheap screen
_WINDOW_SCREEN = lazy(r"\d\s*[-–~]\s*2[3-5]\d\d|20\d\d[/.-]\d")
# a setting said of someone else's runs, or denied: not this paragraph's
_NOT_OURS = lazy(
    r"\b(?:unlike|prior|previous|original|earlier|instead|rather|not|never|no\s+longer)\b", re.I
)
_RUN_FIGURES = lazy(r"=|temperature|sample")  # what a run's setting must contain (n=, T=)
_PROTOCOL_DECL = lazy(
    r"\b(?:is|are)\s+(?:scored|evaluated|run|reported|measured|tested|prompted)\b"
)
_SCOPE_DECL = lazy(
    r"\b(?:(?:all|every)\s+(?:the\s+)?(?:EvalPlus\s+)?(?:figures?|numbers?|results?|scores?|values?|runs?|"
    r"evaluations?)\b[^.;]{0,40}?\b(?:are|is|use|uses|were|with|come\s+from)\b"
    r"|unless\s+(?:otherwise\s+(?:stated|noted)|(?:a|the)\s+sentence\s+says\s+otherwise|"
    r"stated\s+otherwise|noted\s+otherwise)"
    r"|throughout\s+(?:this|the)\s+(?:section|subsection|post|paper|report|card|article)"
    # "Everything is greedy pass@1", "Everything below was run zero-shot"
    r"|^\s*everything\s+(?:here\s+|below\s+|else\s+)?(?:is|was|uses|used)\b)",
    re.I,
)


@dataclass
class _Scope:
    """A setting a sentence declares for the rest of its section: "All figures in this
    subsection are pass@1 with greedy decoding and a 0-shot prompt, unless a sentence says
    otherwise". Claims after it take what they do not state themselves."""

    section: int = -1
    run_in: int | None = None  # the run-in section ("1.2 Reasoning. ...") a declaration is for
    only: frozenset[str] | None = None  # the benchmarks the declared setting is for (None: all)
    setting: Setting = field(default_factory=Setting)
    line: int = 0
    metric: str | None = None
    # a protocol per benchmark: "HumanEval is scored zero-shot and MBPP with the three-shot prompt"
    shots_by_bench: dict[str, int] = field(default_factory=dict)
    window_section: int = -1  # the section whose windows ``Extractor.last_window`` holds

    def stated(self) -> bool:
        # (line is set with every declaration: most documents declare none)
        return self.line > 0 and (bool(self.shots_by_bench) or bool(self.setting.stated()))

    def applied(self, claim: Claim, ex: Extractor) -> Claim:
        if claim.span.line < self.line:
            return claim
        if self.only is not None and claim.benchmark not in self.only:
            return claim
        if claim.metric and self.metric and claim.metric != self.metric:
            return claim  # "pass@1 with greedy decoding unless it is labelled pass@10"
        if claim.setting.decoding and self.setting.decoding not in (None, claim.setting.decoding):
            return claim  # "... we decode greedily": the claim's own run, not the declared one
        own = self.setting
        if claim.benchmark in self.shots_by_bench and claim.relation is None:
            own = own.merged(Setting(shots=self.shots_by_bench[claim.benchmark]))
        setting = ex._version_fit(claim.setting.merged(own), claim.benchmark)
        metric = claim.metric or (self.metric if claim.relation is None else claim.metric)
        if setting == claim.setting and metric == claim.metric:
            return claim
        return replace(claim, setting=setting, metric=metric)

    def for_cells(self) -> _Scope:
        """The section's declared run as it holds for the tables under it: its shots,
        decoding, metric and date window ("LiveCodeBench uses the 2407-2409 window": for the
        benchmarks versioned by windows), but not the version of the evaluator the prose names."""
        version = self.setting.dataset_version
        if version is None or not version.startswith("v"):
            return self
        return replace(self, setting=replace(self.setting, dataset_version=None))


_OTHERS_COLUMN = lazy(r"(?i)\b(?:reported|paper|vendor|official|claimed|published|quoted)\b")

_MAX_LIST_NAMES = 50  # each one is looked for in every line


def _claim_list_names(
    lines: Sequence[str], ex: Extractor, known: dict[str, _Mention]
) -> dict[str, _Mention]:
    """A claim list's model fields ("Ling-Coder-lite: 62.0 on MBPP Pro") that name no model
    the extractor can parse (no size): each is a model by that name, unknown to the registry."""
    out: dict[str, _Mention] = {}
    for line in lines:
        for item in line.split("; "):
            label, colon, _rest = item.partition(": ")
            label = label.strip()
            if (
                not colon
                or label.lower() in out
                or label.lower() in known
                or not _NAME_LIKE.match(label)
                or ex.models_outside_benchmarks(label)
                or ex.vocab.benchmarks.find(label)
            ):
                continue
            out[label.lower()] = _Mention(-1, -1, label, model_id(label), False)
            if len(out) >= _MAX_LIST_NAMES:
                return out
    return out


def _list_labels(
    lines: Sequence[str], ex: Extractor, sections: dict[int, _Mention | None]
) -> dict[int, _Mention | None]:
    """A model's name alone on a line over a list ("CodeQwen1.5-7B-Chat" over "- HumanEval:
    83.5") heads that list as a heading would, until the blank line after it."""
    out: dict[int, _Mention | None] = {}
    n = len(lines)
    for k in range(n - 1):
        label = lines[k].strip().rstrip(":")
        if (
            not label
            or len(label) > 60
            or (k > 0 and lines[k - 1].strip())
            or not _LIST_ITEM.match(lines[k + 1].strip())
            or _LIST_ITEM.match(label)
        ):
            continue
        found = ex.models_outside_benchmarks(label)
        if len(found) != 1 or len(found[0].text) < 0.7 * len(label):
            continue
        end = next((j for j in range(k + 1, n) if not lines[j].strip()), n)
        before = [line for line in sorted(sections) if line <= k + 1]
        out[k + 1] = found[0]
        out.setdefault(end + 1, sections[before[-1]] if before else None)
    return out


def extract_claims(doc: Document, vocab: Vocabulary) -> tuple[Claim, ...]:
    """Every numeric benchmark claim in ``doc``, in document order."""
    ex = Extractor(vocab)
    claims: list[Claim] = []
    # prose: paragraphs of consecutive non-empty lines
    paragraph: list[tuple[int, str]] = []
    section_models: dict[int, _Mention | None] = {}
    for line_no, heading in doc.sections:
        found = ex.models_outside_benchmarks(heading)
        if len(found) == 1:
            section_models[line_no] = found[0]
    section_models.update(_list_labels(doc.lines, ex, section_models))
    section_lines = sorted(section_models)

    def context_at(line: int) -> _Mention | None:
        i = bisect_right(section_lines, line) - 1
        return section_models[section_lines[i]] if i >= 0 else None

    aliases = ex.aliases("\n".join(doc.lines))
    ex.defined_names = aliases  # (the same dict: names a claim list defines join it below)
    depths = doc.section_levels
    if len(depths) != len(doc.sections):
        depths = (1,) * len(doc.sections)
    headings_by_line = sorted(zip((line for line, _ in doc.sections), depths, strict=True))
    heading_lines = [line for line, _ in headings_by_line]
    heading_levels = [level for _, level in headings_by_line]
    heading_set = frozenset(heading_lines)
    headings_text = dict(doc.sections)

    def scope_holds(declared: int, current: int) -> bool:
        """A declaration made under the ``declared``-th heading still holds under the
        ``current``-th: every heading between is deeper ("\\paragraph{...}" under the
        "\\section{...}" that declared it)."""
        if declared < 0 or current < declared:
            return False
        floor = heading_levels[declared - 1] if declared > 0 else 0
        return all(level > floor for level in heading_levels[declared:current])

    # (last line of a paragraph, the scope after it, the run-in section it was in)
    scope_marks: list[tuple[int, _Scope, int]] = []
    scope_mark_lines: list[int] = []  # their first items, for bisect
    scope = _Scope()
    if doc.format in ("json", "yaml"):
        aliases.update(_claim_list_names(doc.lines, ex, aliases))

    run_in = [0]  # the line after the last run-in section heading ("1.2 Reasoning. ...")
    windowed: list[_Mention | None] = []  # the document's one benchmark versioned by windows

    def windowed_topic() -> _Mention | None:
        if not windowed:
            text = "\n".join(doc.lines)
            registry = vocab.benchmarks.registry
            found = {
                slug: text[a:b]
                for a, b, slug in vocab.benchmarks.find(text, remember=False)  # once per document
                if registry.get(slug, {}).get("versioned_by") == "date window"
            }
            only = next(iter(found.items())) if len(found) == 1 else None
            windowed.append(_Mention(-1, -1, only[1], only[0]) if only else None)
        return windowed[0]

    def heading_at(line: int) -> str:
        i = bisect_right(heading_lines, line) - 1
        return headings_text[heading_lines[i]] if i >= 0 else ""

    topics: dict[str, _Mention | None] = {}  # per heading
    transition: list[Any] = []  # [section, first, second]: "HumanEval -> HumanEval+ drops"

    def heading_topic(heading: str) -> _Mention | None:
        """The one benchmark a heading names ("## MBPP Pro (0-shot)"), for the "Name: score"
        lines listed under it."""
        if heading not in topics:
            found = {slug: (a, b) for a, b, slug in vocab.benchmarks.find(heading, remember=False)}
            topic = None
            if len(found) == 1:
                ((slug, (a, b)),) = found.items()
                topic = _Mention(-1, -1, heading[a:b], slug)
            topics[heading] = topic
        return topics[heading]

    def flush() -> None:
        if not paragraph:
            return
        starts, lines, parts = [], [], []
        pos = 0
        for line_no, text in paragraph:
            starts.append(pos)
            lines.append(line_no)
            parts.append(text)
            pos += len(text) + 1
        joined = "\n".join(parts).replace("\n", " ")
        linemap = _LineMap(starts, lines)
        declares = (
            "ll " in joined
            or "nless" in joined
            or "very" in joined  # "every ", "Everything "
            or "hroughout" in joined
        ) and _SCOPE_SCREEN.search(joined)
        declares_window = "window" in joined and _WINDOW_DECL.search(joined)
        declares = declares or declares_window
        protocol = "shot" in joined and _PROTOCOL_DECL.search(joined)
        if joined[:1].isdigit() and _RUN_IN_HEADING.match(joined):
            run_in[0] = paragraph[0][0] + 1  # "1.2 General-purpose models. On ...": a section
        if declares or protocol or scope.stated():
            section = bisect_right(heading_lines, paragraph[0][0])
            if not scope_holds(scope.section, section) or scope.run_in not in (None, run_in[0]):
                scope.section, scope.setting, scope.line, scope.metric = section, Setting(), 0, None
                scope.shots_by_bench, scope.run_in = {}, None
        own: _Scope | None = None  # what this paragraph declares for itself alone
        if declares or protocol:
            for piece_start, piece in _sentences(joined):
                if _BARE_FIGURE.search(_no_cues(piece)):
                    continue  # a sentence with scores of its own reports, it does not declare
                # "All figures in this section are pass@1, greedy, 0-shot unless ..."
                if declares and _SCOPE_DECL.search(piece):
                    said = setting_in(piece)
                    by_bench = _shots_per_benchmark(piece, vocab.benchmarks)
                    if by_bench:  # "..., with HumanEval run zero-shot and MBPP three-shot"
                        scope.shots_by_bench, scope.section = by_bench, section
                        said = replace(said, shots=None)
                        scope.line = scope.line or linemap.line(piece_start)
                    if said.stated():
                        # "... the figures in this paragraph are greedy pass@1": this one only
                        target = scope
                        if "paragraph" in piece:
                            target = own = own or _Scope()
                        else:
                            scope.section = section  # for the section it is made in
                        target.setting, target.line = said, linemap.line(piece_start)
                        target.metric = metric_in(piece)
                        # "All EvalPlus numbers are ...": HumanEval(+) and MBPP(+) only
                        target.only = _EVALPLUS if "EvalPlus" in piece else None
                        # "Throughout this subsection ...": until the next run-in heading too
                        target.run_in = run_in[0] if _THIS_SECTION.search(piece) else None
                # "LiveCodeBench (LCB) uses the 2407-2409 window": for the benchmarks
                # versioned by windows, with what the paragraph declared before
                said_window = declares_window and _WINDOW_DECL.search(piece)
                if said_window and not _SCOPE_DECL.search(piece):
                    # (its subject a benchmark: "Table 16 of [2] uses ..." is one source's)
                    hits = vocab.benchmarks.find(piece[: said_window.start()], remember=False)
                    if hits and (window := _last_window(piece)):
                        if scope.section != section or not scope.line:
                            scope.setting, scope.metric, scope.only = Setting(), None, None
                        scope.setting = replace(scope.setting, dataset_version=window)
                        scope.section = section
                        scope.line = scope.line or linemap.line(piece_start)
                # "HumanEval is scored zero-shot and MBPP with the three-shot prompt"
                if protocol and _PROTOCOL_DECL.search(piece) and not _NOT_OURS.search(piece):
                    by_bench = _shots_per_benchmark(piece, vocab.benchmarks)
                    if by_bench:
                        scope.shots_by_bench, scope.section = by_bench, section
                        scope.line = scope.line or linemap.line(piece_start)
        if doc.tables and scope.stated():  # for the tables below it, read after the prose
            scope_marks.append((paragraph[-1][0], replace(scope), run_in[0]))
            scope_mark_lines.append(paragraph[-1][0])
        if bisect_right(heading_lines, paragraph[0][0]) != scope.window_section:
            ex.last_window = None  # a window named under another heading is that section's
            scope.window_section = bisect_right(heading_lines, paragraph[0][0])
        window = _last_window(joined) if _may_window(joined) else None
        if window:
            ex.last_window = window  # "<sup>a</sup> Problems released 2407-2409."
        topic: tuple[_Mention, ...] = ()
        hits = vocab.benchmarks.find(joined)
        section = bisect_right(heading_lines, paragraph[0][0])
        if len(hits) >= 2 and ("->" in joined or "→" in joined or " to " in joined):
            for (a_start, a_end, a), (b_start, b_end, b) in pairwise(hits):
                if a != b and _TRANSITION_GAP.fullmatch(joined, a_end, b_start):
                    # "a list of HumanEval -> HumanEval+ drops": the changes listed next
                    first = _Mention(-1, -1, joined[a_start:a_end], a)
                    transition[:] = [section, first, _Mention(-1, -1, joined[b_start:b_end], b)]
        if not hits:
            # no benchmark named: no claim in this paragraph, unless it names a date window
            # and the document one benchmark versioned by windows ("2.1 Qwen report. Every
            # figure in this subsection uses the 2407-2409 window. GPT-4o scores 34.6 ...")
            if window and (only := windowed_topic()):
                topic = (only,)
            if (
                not topic
                and transition
                and transition[0] == section
                and (_CHANGE_ONLY.search(joined) or _change_pairs(joined))
                and not _changes_setting(setting_in(joined))
            ):
                # "WizardCoder-Python-34B-V1.0   goes from 0.732 to 0.599" under that list's
                # "HumanEval -> HumanEval+": the first figure on the first, the second on the other
                topic = tuple(transition[1:])
            if (
                not topic
                and heading_lines
                and len(paragraph) == 1
                and (
                    (":" in joined[:160] and _LABEL_LINE.match(joined))
                    or (("—" in joined or "–" in joined) and _DASH_LABEL_LINE.match(joined))
                )
            ):
                # "## MBPP Pro (0-shot)" over "- Model: 64.6": the heading's benchmark and run
                heading = heading_at(paragraph[0][0])
                only = heading_topic(heading) if heading else None
                topic = (only,) if only else ()
                if only is not None and own is None:
                    own = _Scope(setting=setting_in(heading), metric=metric_in(heading), line=1)
            if not topic:
                paragraph.clear()
                return
        elif (
            transition
            and transition[0] == section
            and _CHANGE_ONLY.search(joined)
            and not _changes_setting(setting_in(joined))
        ):
            # "X falls from 0.835 on HumanEval to 0.787 on HumanEval+. ... Y goes from 0.835 to
            # 0.787 on the same pair": a change that names no benchmark is on the last pair
            topic = tuple(transition[1:])
        if (
            own is None
            and heading_lines
            and len(paragraph) == 1
            and ":" in joined[:160]
            and _LABEL_ANY_LINE.match(joined)
        ):
            # "## Greedy, 0-shot (main table)" over "- Codestral-22B: MBPP Pro 71.2": the
            # heading's run holds for the "Name: ..." lines listed under it
            heading = heading_at(paragraph[0][0])
            # (a release heading's "v2.4.0" is the changelog's version, not the benchmark's)
            said = replace(setting_in(heading), dataset_version=None) if heading else Setting()
            if said.stated():
                own = _Scope(setting=said, metric=metric_in(heading), line=1)
        path = doc.path
        ctx = context_at(paragraph[0][0])
        pieces = _sentences(joined)
        found = ex.extract_prose(joined, linemap, path, ctx, aliases, pieces, topic)
        if found and "rom " in joined:
            pair = _stated_change_pair(joined, found)
            if pair is not None:
                transition[:] = [section, *pair]
        if found and own is None and len(pieces) > 1 and _RUN_FIGURES.search(pieces[0][1]):
            own = _paragraph_lead_setting(pieces[0], linemap, vocab)
        if own is not None and own.stated():
            found = [own.applied(c, ex) for c in found]
        if scope.stated():  # (what the paragraph leaves open; a conflicting decoding is skipped)
            found = [scope.applied(c, ex) for c in found]
        claims.extend(found)
        paragraph.clear()

    lines, joined = doc.lines, doc.joined
    # the tables are read after the prose, but the models they name are named where they stand:
    # "The 33B instruct model ..." below a claims table of DeepSeek-Coder rows is that family's
    table_ends: dict[int, list[Table]] = {}
    for table in doc.tables:
        table_ends.setdefault(max((*table.row_lines, table.line)), []).append(table)
    in_quote = [False]
    for i, raw in enumerate(lines, start=1):
        if i - 1 in table_ends:
            for table in table_ends.pop(i - 1):
                ex.pass_table(table)
        line = _strip_machine_columns(raw).strip()
        if not line:
            # a line emptied by joining a hyphenated word ("bench-" + "mark ...") does not end
            # the sentence; any other blank line ends the paragraph
            if not (paragraph and i in joined and i + 1 not in heading_set):
                flush()
            continue
        if line[0].isdigit() and _NUMBERED_HEADING.fullmatch(line):
            flush()  # "5.1 Ablations": a section number, not a score
            continue
        if doc.format in ("json", "yaml"):
            flush()  # a claim list: one statement per line
        if (line[0] == ">") != in_quote[0]:
            # a quote in a thread ("> One model card says ...") is a paragraph of its own:
            # the reply under it and the post header above it are not its sentences
            flush()
            in_quote[0] = not in_quote[0]
        if in_quote[0]:
            paragraph.append((i, line.lstrip("> ")))
            continue
        if ((line[0] in "•-*+" or line[0].isdigit()) and _LIST_ITEM.match(line)) or (
            ":" in line
            and _LABEL_LINE.match(line)
            # "... Its distilled students\nfall well short: X scores ...": the sentence goes on
            and not (
                line[0].islower()
                and _PLAIN_WORDS.fullmatch(line.partition(":")[0])  # not "o3-mini-high:"
                and paragraph
                and _MID_SENTENCE.search(paragraph[-1][1])
            )
        ):
            flush()  # a list item or a "Name: figures" line is a statement of its own
            line = _LIST_ITEM.sub("", line, count=1)
        elif "   " in raw and _ALIGNED_LINE.match(raw) and _in_aligned_block(lines, i - 1):
            # "  Magicoder-S-DS-6.7B      from 0.768 to 0.713": a name padded to a column, one
            # statement per line like a list item
            flush()
        if line != raw.strip().lstrip("•-*+ ") and (line != raw.strip() or "\t" in line):
            # a row of a claims table: each row is its own statement
            flush()
            paragraph.append((i, line.split("\t")[0]))
            flush()
            continue
        paragraph.append((i, line))
    flush()

    def lead_of(table: Table) -> str:
        """The paragraph just above a table, up to three lines (often says what its numbers
        are: a caption wrapped over two lines)."""
        i = table.line - 2
        stop = i - 3  # a blank line between, or the lines of HTML's <table> and <thead> tags
        while stop < i and 0 <= i < len(doc.lines) and not doc.lines[i].strip():
            i -= 1
        lead: list[str] = []
        while 0 <= i < len(doc.lines) and len(lead) < 3 and (line := doc.lines[i].strip()):
            # a prose line with a score of its own ("... window it solves 27.9%.") speaks
            # of that score, not of the table; lines further up count only as the start of
            # a caption wrapped onto the next line, and one with no figures of its own
            if len(line) >= 200 or _OWN_SCORE.search(line):
                break
            if lead and not (lead[0][:1].islower() and not _BARE_FIGURE.search(_no_cues(line))):
                break  # (a setting's figures, "temperature 0.2", do not stop a caption)
            lead.insert(0, line)
            i -= 1
        return " ".join(lead)

    def trail_of(table: Table) -> str:
        """The lines just below a table: footnotes such as "* 0-shot, all other cells 1-shot"."""
        end = max((*table.row_lines, table.line))
        below: list[str] = []
        in_note, previous = False, ""
        for i in range(end, min(end + 10, len(doc.lines))):
            if i + 1 in heading_set:
                break  # the next section's prose speaks of its own tables
            line = doc.lines[i].strip()
            if line and not previous:
                in_note = bool(_NOTE_START.match(line))
            if i >= end + 3 and line and not in_note:
                break  # past three lines, only notes that open on their mark: "† pass@10 ..."
            below.append(line)
            previous = line
        return " ".join(below)

    def scope_at(line: int) -> _Scope | None:
        """The setting declared for the section a table sits in ("All results in this section
        are greedy, zero-shot pass@1"), if one holds there."""
        i = bisect_right(scope_mark_lines, line) - 1
        if i < 0:
            return None
        _, declared, run_in_then = scope_marks[i]
        current = bisect_right(heading_lines, line)
        if declared.run_in not in (None, run_in_then) or not scope_holds(declared.section, current):
            return None
        return declared

    for table in doc.tables:
        cell_claims = ex.extract_table(
            table,
            doc.path,
            context_at(table.line),
            heading_at(table.line),
            lead_of(table),
            trail_of(table),
        )
        declared = scope_at(table.line) if scope_marks else None
        if declared is None:
            claims.extend(cell_claims)
            continue
        run = declared.for_cells()
        claims.extend(
            c  # a column of others' figures ("Instruct (reported)") is not this section's run
            if c.benchmark_text and _OTHERS_COLUMN.search(c.benchmark_text)
            else run.applied(c, ex)
            for c in cell_claims
        )
    claims.sort(key=lambda c: c.span.line)  # stable: reading order within a line
    if any(
        c.benchmark == UNKNOWN_BENCHMARK or c.other_benchmark == UNKNOWN_BENCHMARK for c in claims
    ):
        claims = [_known_benchmarks(c) for c in claims]
    return tuple(_dedupe(claims))


def _known_benchmarks(c: Claim) -> Claim:
    """A claim on a benchmark the registry does not know ("HumanEval-Go") names none."""
    if c.benchmark != UNKNOWN_BENCHMARK and c.other_benchmark != UNKNOWN_BENCHMARK:
        return c
    return replace(
        c,
        benchmark=None if c.benchmark == UNKNOWN_BENCHMARK else c.benchmark,
        other_benchmark=None if c.other_benchmark == UNKNOWN_BENCHMARK else c.other_benchmark,
    )


def _no_cues(line: str) -> str:
    """``line`` with its setting cues ("temperature 0.2", "n=20") blanked."""
    for a, b in setting_cue_spans(line):
        line = line[:a] + " " * (b - a) + line[b:]
    return line


def _sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs: the non-empty text between sentence breaks."""
    out = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):  # every break holds a space: none is empty
        if m.start() > pos:
            out.append((pos, text[pos : m.start()]))
        pos = m.end()
    if pos < len(text):
        out.append((pos, text[pos:]))
    return out


def _dedupe(claims: list[Claim]) -> list[Claim]:
    seen = set()
    out = []
    for c in claims:
        key = (
            c.span.line,
            c.model_id,
            c.benchmark,
            c.value_text,
            c.relation,
            c.metric,
            c.setting,
            c.other_model_id,
        )
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out
