"""The labelled sets as regression guards: a change that reads them worse fails here."""

from pathlib import Path

import pytest

from checker.evaluate import evaluate

CLAIMS = Path(__file__).resolve().parents[1] / "claims"


def _figures(ctx, name: str) -> dict:
    d = evaluate(CLAIMS / name, ctx).to_dict()
    return {
        "precision": d["extraction"]["overall"]["precision"],
        "recall": d["extraction"]["overall"]["recall"],
        "accuracy": d["verdicts"]["accuracy_all"],
        "false_verified": d["verdicts"]["false_verified"],
    }


def test_development_set(ctx, seed_reports):  # passages 001-004 are the seed reports
    f = _figures(ctx, "dev")
    assert f["precision"] >= 0.98 and f["recall"] >= 0.98, f
    assert f["accuracy"] >= 0.98 and f["false_verified"] == 0, f


# ratchets at today's figures (each set's README), not targets: raise them as the prose gap
# closes; (set, min precision, min recall, min verdict accuracy, max false "verified")
HELD_OUT = [
    ("holdout", 0.97, 0.96, 0.98, 0),
    ("holdout2", 0.96, 0.91, 0.98, 1),
    ("holdout3", 0.92, 0.89, 0.95, 0),
    ("holdout4", 0.92, 0.85, 0.98, 1),
    ("holdout5", 0.95, 0.92, 0.98, 2),
    ("holdout6", 0.92, 0.87, 0.97, 0),
    ("holdout7", 0.90, 0.88, 0.98, 4),
    ("holdout8", 0.94, 0.91, 0.99, 0),
    ("holdout9", 0.88, 0.87, 0.97, 3),
]


@pytest.mark.parametrize("name,precision,recall,accuracy,false_verified", HELD_OUT)
def test_held_out_sets(ctx, name, precision, recall, accuracy, false_verified):
    if not any((CLAIMS / name).glob("*.yaml")):
        pytest.skip(f"claims/{name} is empty")
    f = _figures(ctx, name)
    assert f["precision"] >= precision and f["recall"] >= recall, f
    assert f["accuracy"] >= accuracy and f["false_verified"] <= false_verified, f
