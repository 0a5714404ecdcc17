"""Confidence: the probability that a claim is accurate as stated.

A logistic model over a few explicit, documented terms. The weights live in
``calibration.json`` and are fitted on the labelled claims in claims/dev/ by
``claimcheck eval claims/dev --fit`` (see :func:`fit`), not tuned by hand.

Terms (each 0/1 or a small count):
  bias.<verdict>        one intercept per verdict kind
  setting_unstated      verified only against a row whose setting the claim leaves open
                        while other settings of the same model/benchmark differ
  metric_assumed        the claim or the matching row states no metric (read as pass@1)
  sources_agree         further independent sources that print the same value
  sources_disagree      other compatible sources that print another value (at most 3)
  internal_conflict     the matching source itself prints another value elsewhere (abstract vs table)
  relation_sources_disagree (relations) sources whose figures give another gap or order
  first_party           the matching row comes from the model's own authors
  past_value_only       the value matches a leaderboard only as it was in the past
  granularity_impossible the value cannot be k/N for a greedy pass@1
  compatible_sources    (contradicted) sources with a compatible, different value
  diagnosed             (contradicted) the value was found elsewhere (a likely cause)
  near_miss             (contradicted) within one printed unit of a published value
  model_known           (unverifiable) the model is in the reference data at all
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

DEFAULT_WEIGHTS: dict[str, float] = {
    "bias.verified": 3.0,
    "bias.contradicted": -3.0,
    "bias.unverifiable": 0.0,
    "setting_unstated": -1.0,
    "metric_assumed": -0.4,
    "sources_agree": 0.3,
    "sources_disagree": -0.5,
    "internal_conflict": -1.5,
    "relation_sources_disagree": -0.5,
    "first_party": 0.5,
    "past_value_only": -0.8,
    "granularity_impossible": -1.5,
    "compatible_sources": -0.3,
    "diagnosed": -0.5,
    "near_miss": 1.0,
    "model_known": 0.0,
}
CALIBRATION_FILE = Path(__file__).with_name("calibration.json")
PENALTIES = frozenset(
    [
        "setting_unstated",
        "metric_assumed",
        "sources_disagree",
        "internal_conflict",
        "relation_sources_disagree",
        "past_value_only",
        "granularity_impossible",
        "compatible_sources",
        "diagnosed",
    ]
)
BONUSES = frozenset(["sources_agree", "first_party", "near_miss"])


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    try:
        data = json.loads(CALIBRATION_FILE.read_text(encoding="utf-8"))
        return {**DEFAULT_WEIGHTS, **data.get("weights", {})}
    except (OSError, ValueError):
        return dict(DEFAULT_WEIGHTS)


def score(
    kind: str, features: dict[str, float], w: dict[str, float] | None = None
) -> tuple[float, tuple[tuple[str, float], ...]]:
    """(probability, contributions) for a verdict kind and its feature values."""
    w = w or weights()
    terms = [(f"bias.{kind}", w.get(f"bias.{kind}", 0.0))]
    terms += [
        (name, round(w.get(name, 0.0) * value, 4))
        for name, value in sorted(features.items())
        if value
    ]
    logit = sum(v for _, v in terms)
    p = 1 / (1 + math.exp(-logit))
    return round(min(max(p, 0.001), 0.999), 3), tuple(terms)


def fit(
    rows: list[tuple[str, dict[str, float], int]], l2: float = 0.5, iters: int = 200
) -> dict[str, float]:
    """Fit the weights by L2-regularised logistic regression (gradient descent).

    ``rows`` are (verdict kind, features, 1 if the claim is accurate else 0).
    """
    names = sorted(set(DEFAULT_WEIGHTS))
    w = dict(DEFAULT_WEIGHTS)
    lr = 0.1
    n = max(len(rows), 1)
    for _ in range(iters * 10):
        grad = dict.fromkeys(names, 0.0)
        for kind, feats, y in rows:
            x = {f"bias.{kind}": 1.0, **feats}
            logit = sum(w.get(k, 0.0) * v for k, v in x.items())
            p = 1 / (1 + math.exp(-max(min(logit, 30), -30)))
            for k, v in x.items():
                if k in grad:
                    grad[k] += (p - y) * v / n
        for k in names:
            prior = DEFAULT_WEIGHTS[k]
            w[k] -= lr * (grad[k] + l2 * (w[k] - prior) / n)
            # each term keeps the direction it is documented to have (a penalty stays a penalty)
            if k in PENALTIES:
                w[k] = min(w[k], 0.0)
            elif k in BONUSES:
                w[k] = max(w[k], 0.0)
    return {k: round(v, 4) for k, v in w.items()}
