"""Golden files: tests/golden/<case>.md is checked and compared with <case>.json.

Run ``pytest tests/test_golden.py --update-golden`` after an intended change and
review the diff: it shows every verdict, evidence row and explanation that moved.
"""

import json
from pathlib import Path

import pytest

from checker.api import check_paths

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.stem for p in GOLDEN.glob("*.md"))


@pytest.mark.parametrize("case", CASES)
def test_golden(case, ctx, update_golden, monkeypatch):
    monkeypatch.chdir(GOLDEN)
    report = check_paths([f"{case}.md"], ctx).to_dict()
    report["reference_data"] = "<hash>"
    expected_path = GOLDEN / f"{case}.json"
    text = json.dumps(report, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    if update_golden or not expected_path.exists():
        expected_path.write_text(text)
    assert text == expected_path.read_text()
