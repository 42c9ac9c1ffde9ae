"""The seed press release and every sample against what a careful reader extracts from them."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SAMPLES, SEED
from gold import misses

SAMPLE_GOLD = sorted((SAMPLES / "expected").glob("*.json"))


def test_seed_press_release_matches_gold(warta, shared):
    gold = json.loads((shared / "seed" / "expected.json").read_text(encoding="utf-8"))
    record = warta.extract(SEED.read_text(encoding="utf-8"), doc_id=SEED.stem, date="2026-11-27")
    assert misses(record, gold) == []
    jumat = next(d for d in record.dates if d.text == "Jumat (23/01)")
    assert jumat.value == "2026-01-23"
    edi = [q for q in record.quotes if q.speaker == "Edi Mangun" and q.kind == "direct"]
    assert edi and edi[0].cue == "ujar" and "Area Manager Communication" in edi[0].speaker_role


def test_seed_through_the_cli_and_the_shared_checker(shared):
    """The CEO's own checker, run on the installed console script, passes."""
    run = subprocess.run([sys.executable, str(shared / "tools" / "check_seed.py")], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("gold_path", SAMPLE_GOLD, ids=lambda p: p.stem)
def test_sample_matches_gold(warta, gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (SAMPLES / gold["doc"]).read_text(encoding="utf-8")
    record = warta.extract(text, doc_id=gold_path.stem, date=gold["published_date"])
    assert misses(record, gold) == []


def test_there_are_at_least_eight_samples():
    assert len(SAMPLE_GOLD) >= 8
