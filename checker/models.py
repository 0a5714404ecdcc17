"""Model names: parse a printed name into family, size, variant and qualifiers.

Parsing is deterministic: a name either yields the same key as another or not.
Nothing is guessed by string similarity, so ``7B`` never meets ``70B`` and
``-Instruct`` never meets the base model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Variant words, mapped to the canonical variant.
_VARIANTS = {
    "instruct": "instruct",
    "instruction": "instruct",
    "chat": "instruct",
    "it": "instruct",
    "base": "base",
    "python": "python",
}
# Families whose unsuffixed name is the base model (Qwen2.5-Coder-7B = -7B-Base).
# For other families (GPT-4o, DeepSeek-V3, Claude) an unsuffixed name is the product itself.
BASE_BY_DEFAULT = frozenset(
    [
        "qwen2.5coder",
        "codellama",
        "deepseekcoder",
        "deepseekcoderv2",
        "deepseekcoderv2lite",
        "starcoder2",
        "starcoderbase",
        "yicoder",
        "opencoder",
        "codeqwen1.5",
        "qwen2.5",
        "qwen2",
        "qwen3",
        "llama2",
        "llama3",
        "llama3.1",
        "llama3.2",
        "llama3.3",
        "gemma",
        "gemma2",
        "gemma3",
        "codegemma",
        "granitecode",
        "mistral",
        "mixtral",
        "yi1.5",
        "codegen",
        "codegen2",
    ]
)
# Spellings of one family that tokenising alone does not unify.
# Names that leave out a version when only one release exists: the same model, one id. Each
# entry needs evidence that no other release has the name (a source printing both names for
# one model's figures counts).
ONLY_RELEASE = {
    # Mistral released one 22B Codestral (v0.1, 2024-05); Codestral 25.01 is "codestral-2501".
    # arXiv:2412.21199 prints "Codestral-22B-v0.1" in Table 2 and "Codestral-22B" in Tables 5-7.
    "codestral-22b": "codestral-22b-v0.1",
}

FAMILY_ALIASES = {
    "dscoder": "deepseekcoder",
    "dscoderv2": "deepseekcoderv2",
    "dscoderv2lite": "deepseekcoderv2lite",
    "deepseekcoderv1.5": "deepseekcoder",
    "metallama3": "llama3",
    "metallama3.1": "llama3.1",
    "metallama3.3": "llama3.3",
    "metallama2": "llama2",
    "codellama2": "codellama",
    "gpt4turbo": "gpt4turbo",
    "chatgpt3.5": "gpt3.5turbo",
    "deepseekv2.5": "deepseekv2.5",
}
# Setting suffixes written into names by some sources ("X + Execution Feedback").
_SUFFIX_SETTINGS = re.compile(
    r"\s*\+\s*(CoT|Execution Feedback|Synth\.? Human Feedback(?: \(Oracle\))?)", re.I
)
_PAREN = re.compile(r"\(([^)]*)\)")
_SIZE = re.compile(r"^(?:\d+x)?\d+(?:\.\d+)?[bm]$")
_ACTIVE = re.compile(r"^a\d+(?:\.\d+)?b$")
_QUANT = re.compile(r"^(awq|gptq|gguf|int[48]|fp8|bf16|q\d(?:_k)?(?:_[msl0])?|q\d_\d)$")
_MONTHS = [
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
_DATE_NOTE = re.compile(
    r"\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{4}[-/]\d{2}(?:[-/]\d{2})?)\s*",
    re.I,
)
_MONTH_RE = re.compile(r"^(?:" + "|".join(_MONTHS) + r")[a-z]*$")


@dataclass(frozen=True, slots=True)
class ModelKey:
    """The parts of a model name that identify it."""

    family: str
    size: str = ""  # "7b", "6.7b", "8x22b", "57b-a14b"
    variant: str = ""  # "" (unsuffixed) | "base" | "instruct" | "python"
    qualifiers: tuple[str, ...] = ()  # version, date, quantisation, run notes

    @property
    def id(self) -> str:
        """The canonical model id, e.g. ``qwen2.5coder-7b-instruct``."""
        variant = self.variant
        if variant == "" and self.family in BASE_BY_DEFAULT:
            variant = "base"
        parts = [self.family, self.size, variant, *self.qualifiers]
        key = "-".join(p for p in parts if p)
        return ONLY_RELEASE.get(key, key)


@dataclass(frozen=True, slots=True)
class ParsedName:
    key: ModelKey
    settings: tuple[str, ...]  # setting suffixes found in the name, e.g. ("cot",)


def _tokens(text: str) -> list[str]:
    text = text.lower().replace("_", "§")  # keep q4_k_m together
    text = re.sub(r"(?<=\d)b(?=[a-z])", "b ", text)  # "7binstruct" -> "7b instruct"
    raw = [t for t in re.split(r"[\s\-/,:;]+", text) if t]
    return [t.replace("§", "_") for t in raw]


def _qualifier(text: str) -> str:
    return re.sub(r"[^a-z0-9.=]+", "", text.lower())


def first_token(name: str) -> str:
    """The first word of a name as the parser splits it ("deepseek" for "DeepSeek-Coder-33B")."""
    text = name.strip()
    if text.split() and "/" in text.split()[0]:
        text = text.split("/", 1)[1]
    tokens = _tokens(text)
    return tokens[0] if tokens else ""


@lru_cache(maxsize=65536)
def parse_model_name(name: str, variant_hint: str | None = None) -> ParsedName | None:
    """Parse a printed model name; ``None`` when no family words remain."""
    text = name.strip()
    if "/" in text.split()[0] if text.split() else False:
        text = text.split("/", 1)[1]  # org/model -> model
    settings = tuple(m.group(1).lower().replace(".", "") for m in _SUFFIX_SETTINGS.finditer(text))
    text = _SUFFIX_SETTINGS.sub(" ", text)
    qualifiers: list[str] = []
    for m in _PAREN.finditer(text):
        inner = m.group(1).strip()
        tokens = _tokens(inner)
        if tokens and all(_SIZE.match(t) or t in _VARIANTS for t in tokens):
            continue  # "(Instruct)", "(7B)": parsed below with the rest
        if _DATE_NOTE.fullmatch(inner):
            continue  # "(Sept 2024)", "(2024-07-24)": when a leaderboard ran it, not another model
        q = _qualifier(inner)
        if q:
            qualifiers.append(q)
    text = _PAREN.sub(
        lambda m: (
            " " + m.group(1) + " "
            if all(_SIZE.match(t) or t in _VARIANTS for t in _tokens(m.group(1)) or ["x"])
            else " "
        ),
        text,
    )

    tokens = _tokens(text)
    family: list[str] = []
    size = ""
    variant = ""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if _SIZE.match(tok) and not size:
            size = tok
        elif _ACTIVE.match(tok) and size:
            size = f"{size}-{tok}"
        elif tok in _VARIANTS and (family or size):
            variant = _VARIANTS[tok] if variant in ("", "base") else variant
        elif _QUANT.match(tok):
            qualifiers.append(tok)
        elif (
            re.fullmatch(r"\d{4}", tok)
            and i + 1 < len(tokens)
            and re.fullmatch(r"\d{2}", tokens[i + 1])
        ):
            date = [tok, tokens[i + 1]]
            i += 1
            if i + 1 < len(tokens) and re.fullmatch(r"\d{2}", tokens[i + 1]):
                date.append(tokens[i + 1])
                i += 1
            qualifiers.append("-".join(date))
        elif re.fullmatch(r"\d{8}|\d{3,4}", tok) and family:
            qualifiers.append(tok)  # 20240620, 0513, 002: dated releases
        elif _MONTH_RE.match(tok) and i + 1 < len(tokens) and re.fullmatch(r"\d{4}", tokens[i + 1]):
            qualifiers.append(tok[:3] + tokens[i + 1])
            i += 1
        elif size and re.fullmatch(r"v?\d+(?:\.\d+)+|v\d+", tok):
            qualifiers.append("v" + tok.lstrip("v"))  # version after the size
        elif size and not family:
            family.append(tok)
        elif size and family and tok == "code" and not family[-1].startswith("code"):
            family.append(tok)  # IBM's "granite-34b-code-instruct" is Granite-Code-34B-Instruct
        elif size and family and re.fullmatch(r"[a-z]+\d*", tok) and tok not in _VARIANTS:
            # words after the size (e.g. "-Preview", "-Orpo") qualify the model
            qualifiers.append(tok)
        else:
            family.append(tok)
        i += 1
    if not family:
        return None
    fam = "".join(family)
    fam = FAMILY_ALIASES.get(fam, fam)
    if variant_hint and not variant:
        variant = variant_hint
    return ParsedName(ModelKey(fam, size, variant, tuple(qualifiers)), settings)


def parse_model_id(model_id: str) -> ParsedName | None:
    """The parsed key of a canonical id ("qwen2.5coder-14b-base")."""
    return parse_model_name(model_id.replace("-", " "))


def model_id(name: str, variant_hint: str | None = None) -> str | None:
    """Canonical id of a printed name, or ``None`` when it cannot be parsed."""
    parsed = parse_model_name(name, variant_hint)
    return parsed.key.id if parsed else None
