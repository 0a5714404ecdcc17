"""Granularity (GRIM) test for pass@k: a greedy pass@1 on N problems is k/N.

Rounding modes are tried as statcheck and scrutiny do: half-up, half-even and
truncation, at the printed precision of the value.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from functools import lru_cache

from checker.records import Finding

_MODES = (
    ("rounded", ROUND_HALF_UP),
    ("rounded half-even", ROUND_HALF_EVEN),
    ("truncated", ROUND_DOWN),
)


@dataclass(frozen=True, slots=True)
class Fit:
    k: int
    n: int
    mode: str  # "rounded", "rounded half-even", "truncated"

    def __str__(self) -> str:
        pct = 100 * self.k / self.n
        suffix = "" if self.mode == "rounded" else f", {self.mode}"
        return f"{self.k}/{self.n} = {pct:.3f}%{suffix}"


def fits(value_text: str, decimals: int, value: float, n: int) -> list[Fit]:
    """Counts k with round(100k/n) == value at the printed precision."""
    quantum = Decimal(1).scaleb(-decimals)
    target = Decimal(repr(round(value, decimals))).quantize(quantum)
    centre = int(round(value * n / 100))
    out: list[Fit] = []
    for k in range(max(centre - 2, 0), min(centre + 3, n + 1)):
        exact = Decimal(100 * k) / Decimal(n)
        for name, mode in _MODES:
            if exact.quantize(quantum, rounding=mode) == target:
                out.append(Fit(k, n, name))
                break
    return out


@lru_cache(maxsize=1024)
def power(decimals: int, n: int) -> float:
    """Share of printable values (at this precision, 0-100) that no k/n produces."""
    printable = 100 * 10**decimals + 1
    reachable = len({round(100 * k / n, decimals) for k in range(n + 1)})
    return max(0.0, 1 - reachable / printable)


@lru_cache(maxsize=65536)
def check(
    value: float,
    value_text: str,
    decimals: int,
    n: int | None,
    *,
    sampled: bool = False,
    n_samples: int | None = None,
    label: str = "",
) -> Finding:
    """A finding about whether ``value`` can be a greedy pass@1 on ``n`` problems."""
    if n is None:
        return Finding(
            "granularity.no_power", f"{label}problem count unknown: granularity not tested", "info"
        )
    if sampled and (n_samples is None or n_samples >= 10):
        return Finding(
            "granularity.no_power",
            f"{label}sampled pass@k (n={n_samples or 'unknown'}) can take almost any value: granularity not tested",
            "info",
        )
    total = n * (n_samples or 1) if sampled else n
    if power(decimals, total) < 0.05:
        return Finding(
            "granularity.no_power",
            f"{label}{decimals}-decimal values on {total} problems are all reachable",
            "info",
        )
    found = fits(value_text, decimals, value, total)
    if not found:
        lo = math.floor(value * total / 100)
        near = ", ".join(
            f"{k}/{total} = {100 * k / total:.2f}%" for k in (lo, lo + 1) if 0 <= k <= total
        )
        return Finding(
            "granularity.impossible",
            f"{label}{value_text}% is not k/{total} for any k (nearest: {near})",
            "warning",
        )
    if all(f.mode == "truncated" for f in found):
        return Finding(
            "granularity.truncated",
            f"{label}{value_text}% fits only if truncated: {found[0]}",
            "info",
        )
    return Finding("granularity.consistent", f"{label}{value_text}% = {found[0]}", "info")
