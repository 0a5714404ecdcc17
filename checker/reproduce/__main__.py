"""``python -m checker.reproduce``: the ``reproduce`` command without the main CLI group."""

from checker.cli.reproduce import reproduce

reproduce(prog_name="claimcheck reproduce")
