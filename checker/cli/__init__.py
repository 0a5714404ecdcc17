"""The command line: the only place that imports click, prints and picks exit codes.

Exit codes: 0 nothing fails the rule, 1 something does, 2 the tool could not run.
"""

from __future__ import annotations

import click

from checker.cli.check import check_command
from checker.cli.refs import refs_group


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimcheck", prog_name="claimcheck")
def cli() -> None:
    """Check numeric benchmark claims about code LLMs against published figures."""


cli.add_command(check_command)
cli.add_command(refs_group)


def _optional(module: str, name: str) -> None:
    """Register commands whose modules may be absent in a partial install."""
    import importlib

    try:
        cmd = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return
    cli.add_command(cmd)


for _module, _name in (
    ("checker.cli.evaluate", "eval_command"),
    ("checker.cli.reproduce", "reproduce"),
    ("checker.cli.audit", "audit_command"),
    ("checker.cli.ci", "ci_command"),
):
    _optional(_module, _name)


def main() -> None:
    """Entry point: unexpected failures become one line and exit 2 (set CLAIMCHECK_DEBUG=1 for the traceback)."""
    import os
    import sys

    try:
        cli(prog_name="claimcheck")
    except Exception as exc:  # noqa: BLE001 - the last line of defence for users
        if os.environ.get("CLAIMCHECK_DEBUG"):
            raise
        click.echo(
            f"Error: internal error: {type(exc).__name__}: {exc} (set CLAIMCHECK_DEBUG=1 for details)",
            err=True,
        )
        sys.exit(2)
