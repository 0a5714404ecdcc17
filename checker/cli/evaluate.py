"""`claimcheck eval`: extraction precision/recall and verdict calibration on a labelled set."""

from __future__ import annotations

import json
from pathlib import Path

import click

from checker.cli._common import fail, write_output
from checker.errors import CheckerError


@click.command("eval")
@click.argument("devset", type=click.Path(exists=True, file_okay=False))
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option("--plot", type=click.Path(dir_okay=False), help="Write a reliability plot (PNG).")
@click.option("--fit", is_flag=True, help="Refit the confidence weights on this set and save them.")
@click.option(
    "--cv/--no-cv",
    default=True,
    show_default=True,
    help="Report a 5-fold cross-validated Brier score.",
)
def eval_command(devset, fmt, plot, fit, cv) -> None:
    """Measure extraction and verdicts on the labelled passages in DEVSET."""
    from checker import confidence
    from checker.api import load_context
    from checker.evaluate import (
        cross_validated_brier,
        evaluate,
        fit_rows,
        format_text,
        reliability_plot,
    )

    try:
        ctx = load_context()
        result = evaluate(Path(devset), ctx)
        if fit:
            weights = confidence.fit(fit_rows(result))
            confidence.CALIBRATION_FILE.write_text(
                json.dumps(
                    {"fitted_on": str(devset), "claims": len(fit_rows(result)), "weights": weights},
                    indent=1,
                    sort_keys=True,
                )
                + "\n"
            )
            confidence.weights.cache_clear()
            result = evaluate(Path(devset), ctx)
    except CheckerError as exc:
        raise fail(exc) from exc
    cv_brier = cross_validated_brier(result) if cv else None
    if fmt == "json":
        data = result.to_dict()
        data["verdicts"]["brier_cv"] = None if cv_brier is None else round(cv_brier, 4)
        write_output(json.dumps(data, indent=1) + "\n", None)
    else:
        write_output(format_text(result, cv_brier), None)
    if plot:
        reliability_plot(result, Path(plot))
