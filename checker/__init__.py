"""claimcheck: check the numbers people publish about code LLMs.

The pipeline runs one way: text -> claims -> matches -> verdicts -> reports.
"""

from checker.api import Context, check_document, check_paths, check_text, judge_claims, load_context
from checker.records import Claim, Reference, Setting, Source, Verdict, VerdictKind
from checker.report import Report

__all__ = [
    "Claim",
    "Context",
    "Reference",
    "Report",
    "Setting",
    "Source",
    "Verdict",
    "VerdictKind",
    "check_document",
    "check_paths",
    "check_text",
    "judge_claims",
    "load_context",
]
__version__ = "0.1.0"
