"""Percentages and measures: a number before a unit, valued as written, with the unit's symbol."""
from __future__ import annotations

import pytest
import spacy

from extractor.extractors.measures import find_measures
from extractor.nlp.tokenizer import customize_tokenizer

NLP = customize_tokenizer(spacy.blank("id"))


def measures(text: str):
    found = find_measures(NLP(text))
    assert all(text[m.start_char:m.end_char] == m.text for m in found)
    return [(m.text, m.value, m.unit, m.kind) for m in found]


@pytest.mark.parametrize("text, expected", [
    ("Inflasi tahunan mencapai 3,5 persen.", [("3,5 persen", 3.5, "%", "percent")]),
    ("Sebanyak 25% warga belum menerima bantuan.", [("25%", 25.0, "%", "percent")]),
    ("Kuota BBM dipangkas dari 48 juta KL menjadi 46 juta KL.",
     [("48 juta KL", 48_000_000.0, "kL", "measure"), ("46 juta KL", 46_000_000.0, "kL", "measure")]),
    ("Lahan seluas 5 hektare menghasilkan 20 ton gabah.", [("5 hektare", 5.0, "ha", "measure"), ("20 ton", 20.0, "t", "measure")]),
    ("Pembangkit berkapasitas 35.000 MW dibangun di Jawa.", [("35.000 MW", 35_000.0, "MW", "measure")]),
])
def test_measures_are_valued_in_their_unit(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize("text", [
    "Sebanyak 25 personel dan 10 mahasiswa hadir.",  # a unit is a whole word: "personel" is no "persen"
    "Pemerintah menyiapkan dana Rp 5 M untuk perbaikan.",  # money, not metres
    "Tujuh ekor sapi dibagikan kepada 12 peserta.",
])
def test_counts_and_money_are_not_measures(text):
    assert measures(text) == []


def test_the_pipeline_finds_measures_and_no_counts_for_them(warta):
    record = warta.extract("Produksi padi naik 12 persen menjadi 1.500 ton.", doc_id="m")
    assert [(m.text, m.unit) for m in record.measures] == [("12 persen", "%"), ("1.500 ton", "t")]
    assert record.counts == []
