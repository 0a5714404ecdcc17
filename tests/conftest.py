from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_REPORTS = SHARED / "examples" / "seed-reports"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.json")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def ctx():
    from checker.api import load_context

    return load_context()


@pytest.fixture(scope="session")
def seed_reports() -> Path:
    if not SEED_REPORTS.is_dir():
        pytest.skip("../shared/examples/seed-reports not present (fresh clone without shared data)")
    return SEED_REPORTS


@pytest.fixture(autouse=True)
def _isolated_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
