"""Shared fixtures: the loaded pipeline (once per test session), paths to shared data, and the
headless browser the report tests open the report in."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import extractor

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_fcc4c3419c72d81c.txt"
SAMPLES = ROOT / "samples"
# Set (to 1) where the browser tests must run, as in CI: a missing Chromium then fails them.
REQUIRE_BROWSER = "WARTA_REQUIRE_BROWSER"


@pytest.fixture(scope="session")
def warta() -> extractor.Warta:
    return extractor.load()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is absent")
    return SHARED


def find_chromium() -> str:
    """The Chromium binary on PATH. Without one the calling test is skipped, so that `make test`
    passes on a machine without a browser, or fails where WARTA_REQUIRE_BROWSER=1 (.ci/run)."""
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        return binary
    reason = "no chromium binary on PATH (apt-get install -y chromium; .ci/run does this)"
    if os.environ.get(REQUIRE_BROWSER) == "1":
        pytest.fail(f"{reason}, and {REQUIRE_BROWSER}=1 requires it")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium_binary() -> str:
    return find_chromium()
