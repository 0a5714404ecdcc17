"""`claimcheck check`: one table of claims with verdicts."""

from __future__ import annotations

import click

from checker.cli._common import ToolError, fail, read_stdin_bytes, warn, write_output
from checker.errors import CheckerError


@click.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv", "markdown"]),
    default="table",
    show_default=True,
    help="Output format; json is the documented contract.",
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write here (whole or not at all)."
)
@click.option(
    "--fail-on",
    type=click.Choice(["contradicted", "unverified", "never"]),
    default="contradicted",
    show_default=True,
    help="Exit 1 when a claim is contradicted (or also unverifiable).",
)
@click.option(
    "--refs",
    "refs",
    multiple=True,
    type=click.Path(),
    help="Add your own results (evalplus eval_results.json, lm-eval results JSON, or CSV); repeatable.",
)
@click.option(
    "--refs-dir",
    type=click.Path(file_okay=False),
    help="Use this reference-table directory instead of the bundled one.",
)
@click.option(
    "--samples",
    multiple=True,
    metavar="MODEL=FILE",
    help="Released samples of MODEL to re-score; reproduction evidence joins the verdict.",
)
def check_command(paths, fmt, output, fail_on, refs, refs_dir, samples) -> None:
    """Check the claims in PATHS (files, or - for standard input)."""
    from checker.api import check_paths, load_context
    from checker.report import render

    try:
        ctx = load_context(refs_dir)
        if refs:
            from checker.refdata.userrefs import load_user_refs

            for path in refs:
                extra, source = load_user_refs(path)
                ctx = ctx.with_references(extra, [source])
        wanted = _parse_samples(samples) if samples else {}
        if wanted:
            ctx = ctx.with_models(list(wanted))
        stdin = read_stdin_bytes() if "-" in paths else None
        report = check_paths(list(paths), ctx, stdin=stdin)
        if samples:
            from checker.reproduce.evidence import attach_reproduction

            report = attach_reproduction(report, wanted)
    except CheckerError as exc:
        raise fail(exc) from exc
    if report.errors and len(report.errors) == len(paths):
        first = report.errors[0]
        for err in report.errors[1:]:
            warn(f"Error: {err['path']}: {err['message']}")
        raise ToolError(f"{first['path']}: {first['message']}")
    write_output(render(report, fmt), output)
    for err in report.errors:
        warn(f"Error: {err['path']}: {err['message']}")
    if report.errors:
        raise SystemExit(2)
    raise SystemExit(1 if report.failed(fail_on) else 0)


def _parse_samples(items: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in items:
        model, sep, path = item.partition("=")
        if not sep or not model or not path:
            raise ToolError(f"--samples {item}: expected MODEL=FILE")
        out[model] = path
    return out
