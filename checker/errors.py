"""Errors the library raises; only the CLI turns them into messages and exit codes.

CheckerError
 +-- InputError            a report or claim file cannot be read (missing, empty, binary, huge, malformed)
 +-- ReferenceDataError    the reference tables under benchmarks/ are missing or malformed
 +-- SourceError           an importer cannot read a source file (or a URL when offline)
 +-- ReproductionError     samples or problem files for reproduction are unusable

Every error carries a stable ``code`` (e.g. ``input.binary``) and the ``path`` it concerns.
"""

from __future__ import annotations


class CheckerError(Exception):
    """Base class: a problem the user can act on."""

    code = "error"

    def __init__(self, message: str, *, path: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        if code:
            self.code = code

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message

    def to_dict(self) -> dict[str, str | None]:
        return {"code": self.code, "path": self.path, "message": self.message}


class InputError(CheckerError):
    """A report or claim file cannot be read."""

    code = "input.invalid"


class ReferenceDataError(CheckerError):
    """The bundled or user reference data is missing or malformed."""

    code = "refs.invalid"


class SourceError(CheckerError):
    """A reference source (file or URL) cannot be imported."""

    code = "source.invalid"


class ReproductionError(CheckerError):
    """Samples or benchmark problems for reproduction are unusable."""

    code = "repro.invalid"
