"""`claimcheck audit`: check many reports in parallel; write claim tables and an HTML summary."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from checker.cli._common import ToolError, fail
from checker.errors import CheckerError


@click.command("audit")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(file_okay=False),
    help="Output directory (created if needed).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=0,
    show_default="all cores",
    help="Worker processes; 1 runs in this process.",
)
@click.option(
    "--format",
    "formats",
    metavar="LIST",
    help="Comma-separated outputs among jsonl,csv,parquet,html (default: all; parquet needs pyarrow).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line.")
@click.option(
    "--resume",
    is_flag=True,
    help="Continue an interrupted audit in OUT; finished, unchanged reports are not redone.",
)
@click.option(
    "--distributed",
    metavar="ADDRESS|local",
    help="Run on a Dask cluster (scheduler address, or 'local' for a LocalCluster); needs claimcheck[dist].",
)
@click.option(
    "--refs-dir",
    type=click.Path(file_okay=False),
    help="Use this reference-table directory instead of the bundled one.",
)
def audit_command(paths, out, jobs, formats, quiet, resume, distributed, refs_dir) -> None:
    """Check every report in PATHS (files, directories searched recursively, or globs).

    Reports that cannot be read are listed in OUT/errors.jsonl and OUT/reports.csv;
    the audit goes on. Outputs appear only when the audit is complete; Ctrl-C
    leaves OUT/.partial/, which --resume continues. Exit 0 when the audit
    completes, 2 when it cannot run.
    """
    from checker.audit import AuditOptions, parse_formats, run_audit

    try:
        options = AuditOptions(
            out_dir=Path(out),
            jobs=jobs,
            formats=parse_formats(formats),
            resume=resume,
            distributed=distributed,
            refs_dir=refs_dir,
        )
    except CheckerError as exc:
        raise fail(exc) from exc
    if not resume and (Path(out) / ".partial" / "journal.jsonl").exists():
        click.echo(
            f"note: discarding the interrupted audit in {Path(out) / '.partial'} (use --resume to continue it)",
            err=True,
        )
    bar = _progress_bar(quiet)
    try:
        result = run_audit(list(paths), options, progress=bar)
    except CheckerError as exc:
        raise fail(exc) from exc
    except KeyboardInterrupt:
        click.echo(
            f"\ninterrupted: finished reports are journaled in {Path(out) / '.partial'}; rerun with --resume to continue",
            err=True,
        )
        raise SystemExit(130) from None
    except OSError as exc:
        raise ToolError(f"{exc.filename or out}: {exc.strerror or exc}") from exc
    finally:
        if bar is not None:
            bar.close()
    if not quiet:
        click.echo(result.summary_line())
        for e in result.errors[:10]:
            click.echo(f"unreadable: {e['path']}: {e['message']} [{e['code']}]", err=True)
        if len(result.errors) > 10:
            click.echo(
                f"... {len(result.errors) - 10} more in {Path(out) / 'errors.jsonl'}", err=True
            )
        click.echo("wrote " + ", ".join(str(p) for p in result.outputs))


class _Bar:
    """tqdm on stderr, driven by (done, total) callbacks."""

    def __init__(self) -> None:
        self._bar = None

    def __call__(self, done: int, total: int) -> None:
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="report", file=sys.stderr, dynamic_ncols=True)
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _progress_bar(quiet: bool) -> _Bar | None:
    if quiet or not sys.stderr.isatty():
        return None
    try:
        import tqdm  # noqa: F401
    except ImportError:
        return None
    return _Bar()
