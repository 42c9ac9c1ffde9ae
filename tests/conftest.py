"""Shared fixtures: the loaded pipeline (once per test session) and paths to shared data."""
from __future__ import annotations

from pathlib import Path

import pytest

import extractor

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_fcc4c3419c72d81c.txt"
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def warta() -> extractor.Warta:
    return extractor.load()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is absent")
    return SHARED
