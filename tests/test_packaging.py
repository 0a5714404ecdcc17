"""`pip install .` carries the bundled reference data: a wheel gives the same verdicts."""

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_carries_reference_data(tmp_path):
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(REPO)],
        capture_output=True,
        text=True,
    )
    if build.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {build.stderr.strip().splitlines()[-1:]}")
    wheel = next(tmp_path.glob("claimcheck-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for table in ("references.csv", "sources.csv", "models.csv", "benchmarks.json"):
        assert f"checker/_bundled/{table}" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    report = str(REPO / "examples" / "report.md")
    code = (
        "import json, checker, checker.refstore as r;"
        f"print(json.dumps([str(r.bundled_dir()), checker.check_paths([{report!r}]).to_dict()['summary']]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(site), "CLAIMCHECK_CACHE_DIR": str(tmp_path / "cache"), "PATH": ""},
        cwd=tmp_path,
    )
    where, summary = json.loads(out.stdout)
    assert where.startswith(str(site))
    from checker import check_paths

    assert summary == check_paths([str(REPO / "examples" / "report.md")]).to_dict()["summary"]
