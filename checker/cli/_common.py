"""Helpers shared by the CLI commands: errors with exit code 2, atomic output."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import click

from checker.errors import CheckerError


class ToolError(click.ClickException):
    """The tool could not run: a one-line message and exit code 2."""

    exit_code = 2

    def format_message(self) -> str:
        return self.message.replace("\n", " ")


def fail(exc: CheckerError) -> ToolError:
    return ToolError(str(exc))


def write_output(text: str, output: str | None) -> None:
    """Write to stdout, or to ``output`` whole or not at all (temp file + rename)."""
    if not output or output == "-":
        click.echo(text, nl=False)
        return
    target = Path(output)
    try:
        fd, tmp = tempfile.mkstemp(
            dir=target.parent or Path("."), prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise ToolError(f"{output}: cannot write: {exc.strerror}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def warn(message: str) -> None:
    click.echo(message, err=True)


def read_stdin_bytes() -> bytes:
    return sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
