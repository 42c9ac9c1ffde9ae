"""Fuzzing: no document, however broken, stops the pipeline, gets offsets outside its text or
values that are not finite numbers.

The documents are random Unicode mixed with press-text fragments (extractor/testing/fuzz.py); `make
bench` runs 10,000 of them (``--only fuzz``), this test a few hundred.
"""
from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings

from extractor.extractors.acronyms import find_acronym_pairs
from extractor.extractors.numbers import parse_amount, parse_number
from extractor.testing.fuzz import DOCUMENTS, problems


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=DOCUMENTS)
def test_no_document_fails_and_offsets_spell_the_mentions(warta, text):
    assert problems(text, warta.extract) == []


def test_a_model_entity_of_white_space_raises_nothing(warta):
    # the fuzzer's first find (IndexError in the lower-case name check, before the entities package)
    assert problems("Ir.\n\x84", warta.extract) == []


def test_a_run_of_punctuation_is_one_quick_token(warta):
    # spaCy's affix splitting is quadratic in a run of punctuation: "-" * 10,000 took minutes
    text = "Warga Desa Sukamaju " + "-" * 10_000 + " menanam 1.500 bibit."
    assert "-" * 10_000 in [token.text for token in warta.nlp.make_doc(text)]
    assert problems(text, warta.extract) == []


def test_acronyms_in_a_long_run_of_capitals_are_found_quickly():
    # the long-form pattern was tried again from every capital of a run and backtracked through it:
    # 5,000 capitals in a row took 0.7 s, 10,000 took 4 s
    started = time.perf_counter()
    assert find_acronym_pairs("Z" * 30_000 + " " + "aZ" * 10_000 + " " + "Badan " * 5_000) == []
    assert time.perf_counter() - started < 5
    text = "Badan " * 2_000 + "dan Badan Penanggulangan Bencana Daerah (BPBD) Kota Bogor"
    [pair] = find_acronym_pairs(text)
    assert (pair.acronym, pair.expansion) == ("BPBD", "Badan Penanggulangan Bencana Daerah")
    assert text[pair.expansion_start:pair.acronym_end] == "Badan Penanggulangan Bencana Daerah (BPBD"


def test_a_number_too_long_for_a_float_is_no_number(warta):
    # float("9" * 400) is infinity: int() of it raised OverflowError in counts and in dates ("... hari lalu")
    nines = "9" * 400
    assert parse_number(nines) is None and parse_amount(nines + " ratusan") is None
    assert parse_number("1.500") == 1500
    for text in (nines + ",5 juta warga", nines + " hari lalu", "Rp" + nines + " miliar", nines + " persen"):
        assert problems(text, warta.extract) == []
