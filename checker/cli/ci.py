"""`claimcheck ci`: check claim sets against their expected verdicts and a baseline."""

from __future__ import annotations

import click

from checker.cli._common import ToolError, fail, warn, write_output
from checker.errors import CheckerError


@click.command("ci")
@click.argument("claimsets", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    help="Baseline JSON of earlier verdicts; a claim that got worse fails.",
)
@click.option(
    "--update-baseline",
    is_flag=True,
    help="Write the current verdicts to --baseline (atomically); regressions are accepted.",
)
@click.option(
    "--confidence-drop",
    type=click.FloatRange(0, 1),
    default=0.1,
    show_default=True,
    help="Fail when a claim's confidence falls by more than this since the baseline.",
)
@click.option(
    "--junit",
    type=click.Path(dir_okay=False),
    help="Write JUnit XML here (one testcase per claim).",
)
@click.option(
    "--annotations",
    type=click.Choice(["github", "sarif"]),
    help="github: print ::error lines; sarif: print SARIF on stdout (the text report goes to stderr).",
)
@click.option(
    "--sarif", "sarif_file", type=click.Path(dir_okay=False), help="Write SARIF 2.1.0 here."
)
@click.option(
    "--refs-dir",
    type=click.Path(file_okay=False),
    help="Use this reference-table directory instead of the bundled one.",
)
def ci_command(
    claimsets, baseline, update_baseline, confidence_drop, junit, annotations, sarif_file, refs_dir
) -> None:
    """Check CLAIMSETS (YAML claim sets) in CI.

    Exit 1 when a claim's verdict is not the expected one, or is worse than in
    the baseline (verified before, not now; or confidence dropped beyond
    --confidence-drop); 0 otherwise; 2 when the input or flags are bad.
    """
    from importlib.metadata import PackageNotFoundError, version

    from checker import claimsets as cs
    from checker.api import load_context

    if update_baseline and not baseline:
        raise ToolError("--update-baseline needs --baseline FILE")
    try:
        items = [cs.load_claimset(path) for path in claimsets]
        old = cs.load_baseline(baseline) if baseline and not update_baseline else {}
        if update_baseline:
            try:
                old = cs.load_baseline(baseline)
            except CheckerError as exc:
                if exc.code != "input.missing":
                    raise
        ctx = load_context(refs_dir)
        results = [r for group in items for r in cs.run_claimset(group, ctx)]
    except CheckerError as exc:
        raise fail(exc) from exc
    changes = cs.compare(results, old, confidence_drop) if baseline else []
    fails = cs.failures(results, changes, regressions_fail=not update_baseline)
    try:
        tool_version = version("claimcheck")
    except PackageNotFoundError:
        tool_version = ""
    text = cs.render_text(results, changes, fails)
    if annotations == "sarif":
        warn(text.rstrip("\n"))
        click.echo(cs.sarif(fails, tool_version), nl=False)
    else:
        click.echo(text, nl=False)
    if annotations == "github":
        click.echo(cs.github_annotations(fails), nl=False)
    if junit:
        write_output(cs.junit_xml(results, fails), junit)
    if sarif_file:
        write_output(cs.sarif(fails, tool_version), sarif_file)
    if update_baseline:
        write_output(cs.baseline_json(results, ctx.store.content_hash), baseline)
        warn(f"baseline written: {baseline} ({len(results)} claims)")
    raise SystemExit(1 if fails else 0)
