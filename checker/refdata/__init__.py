"""The reference layer: import raw published figures, validate them, add user results.

Library entry points (the CLI ``claimcheck refs ...`` wraps these):

- :func:`build` (``build.py``): raw ``refdata/`` files -> ``benchmarks/*.csv``
- :func:`validate` (``validate.py``): schema, duplicates, conflicts, unknown models, granularity
- :func:`load_user_refs` / :func:`load_hf_dataset` (``userrefs.py``): a user's own results
- :func:`update` (``update.py``): fetch a live leaderboard file as a new dated version
"""

from checker.refdata.build import BuildResult, build
from checker.refdata.update import UpdateResult, update
from checker.refdata.userrefs import load_hf_dataset, load_user_refs
from checker.refdata.validate import ValidationFinding, ValidationReport, validate

__all__ = [
    "BuildResult",
    "UpdateResult",
    "ValidationFinding",
    "ValidationReport",
    "build",
    "load_hf_dataset",
    "load_user_refs",
    "update",
    "validate",
]
