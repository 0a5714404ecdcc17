"""claimcheck: check the numbers people publish about code LLMs.

The pipeline runs one way: text -> claims -> matches -> verdicts -> reports.
Names are imported on first use, so `import checker.cli` stays cheap for commands that do
not check reports.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "Context": "checker.api",
    "check_document": "checker.api",
    "check_paths": "checker.api",
    "check_text": "checker.api",
    "judge_claims": "checker.api",
    "load_context": "checker.api",
    "Claim": "checker.records",
    "Reference": "checker.records",
    "Setting": "checker.records",
    "Source": "checker.records",
    "Verdict": "checker.records",
    "VerdictKind": "checker.records",
    "Report": "checker.report",
}
__all__ = sorted(_EXPORTS)
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'checker' has no attribute {name!r}")
