"""The regex tooling the extractors share: case-spelled word tries, word-start patterns and the words
before a position."""
from __future__ import annotations

import ast
import re
from pathlib import Path

from extractor.extractors import patterns
from extractor.extractors.patterns import WordStartPattern, after_name, alternation, words_before

EXTRACTORS = Path(patterns.__file__).resolve().parent


def test_alternation_spells_out_cases_and_prefers_the_longest_word():
    pattern = re.compile(rf"(?:{alternation(['jun', 'juni', 'dolar AS'])})\b")
    assert [m.group() for m in pattern.finditer("Juni, jun, JUNI, Dolar AS, dolar AS, juNi")] == [
        "Juni", "jun", "JUNI", "Dolar AS", "dolar AS"]


def test_alternation_matches_a_space_in_a_word_as_any_run_of_spaces():
    pattern = re.compile(rf"(?:{alternation(['dolar AS'])})$")
    assert pattern.match("dolar  AS") and pattern.match("dolar\xa0AS") and not pattern.match("dolarAS")


def test_word_start_pattern_skips_numbers_inside_words_and_codes():
    pattern = WordStartPattern(r"(?P<n>\d+)")
    text = "12 warga, ke-3, A4, 23/01 dan (7)"
    assert [m.group("n") for m in pattern.finditer(text)] == ["12", "23", "7"]


def test_words_before_a_position():
    text = "Sebanyak 12 warga di Posyandu Mawar 2"
    assert words_before(text, text.index("12"), 2) == ["Sebanyak"]
    assert words_before(text, text.index("warga"), 2) == ["Sebanyak", "12"]
    assert words_before(text, 0) == []


def test_after_name_is_true_inside_a_name_only():
    text = "Sebanyak 12 warga di Posyandu Mawar 2, kata Budi."
    assert after_name(text, text.index("2,"))
    assert not after_name(text, text.index("12"))  # "Sebanyak" is a function word
    assert not after_name(text, text.index("warga"))  # "12" is not capitalised


def test_the_extractors_take_the_tooling_from_patterns_not_numbers():
    moved = {"alternation", "WordStartPattern", "words_before", "after_name"}
    for path in EXTRACTORS.rglob("*.py"):  # the entities package too
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "numbers" and node.level >= 1:
                assert not moved & {alias.name for alias in node.names}, path.name
