"""The command line: the only place that imports click, prints and picks exit codes.

Exit codes: 0 nothing fails the rule, 1 something does, 2 the tool could not run.
Commands are imported when used, so `claimcheck check` does not pay for `audit` or `reproduce`.
"""

from __future__ import annotations

import importlib

import click

# command name -> (module, attribute)
COMMANDS = {
    "check": ("checker.cli.check", "check_command"),
    "refs": ("checker.cli.refs", "refs_group"),
    "eval": ("checker.cli.evaluate", "eval_command"),
    "audit": ("checker.cli.audit", "audit_command"),
    "ci": ("checker.cli.ci", "ci_command"),
    "reproduce": ("checker.cli.reproduce", "reproduce"),
}


class LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, attr = target
        return getattr(importlib.import_module(module), attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimcheck", prog_name="claimcheck")
def cli() -> None:
    """Check numeric benchmark claims about code LLMs against published figures."""


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
