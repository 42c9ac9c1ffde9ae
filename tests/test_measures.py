"""Percentages, measures, durations and ages: a number before a unit, valued as written, with the unit's
symbol."""
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


@pytest.mark.parametrize("text, expected", [
    ("Banjir merendam desa itu selama tiga hari.", [("tiga hari", 3.0, "d", "duration")]),
    ("Ia dirawat dua pekan, lalu dipenjara 5 bulan.",
     [("dua pekan", 2.0, "wk", "duration"), ("5 bulan", 5.0, "mo", "duration")]),
    ("Jabatan itu dipegangnya selama 10 tahun.", [("10 tahun", 10.0, "a", "duration")]),
    ("Rapat berlangsung 3 jam 30 menit.", [("3 jam", 3.0, "h", "duration"), ("30 menit", 30.0, "min", "duration")]),
    ("Perundingan itu makan waktu satu setengah jam.", [("satu setengah jam", 1.5, "h", "duration")]),
    ("Ia bekerja sehari-hari di sana selama setahun.", [("setahun", 1.0, "a", "duration")]),  # "sehari-hari": daily
    ("Hukuman penjara 5 tahun dan gencatan senjata 60 hari.",
     [("5 tahun", 5.0, "a", "duration"), ("60 hari", 60.0, "d", "duration")]),
])
def test_durations_are_valued_in_their_unit_of_time(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Seorang pria berusia 34 tahun ditangkap polisi.", [("34 tahun", 34.0, "a", "age")]),
    ("Bayi yang berusia sekitar 3 bulan itu selamat.", [("3 bulan", 3.0, "mo", "age")]),
    ("Seorang bocah 5 tahun hilang di pantai.", [("5 tahun", 5.0, "a", "age")]),
    ("Vaksin diberikan kepada anak usia di bawah 17 tahun.", [("17 tahun", 17.0, "a", "age")]),
    ("Ia meninggal di usia 70 setelah dirawat dua pekan.",
     [("70", 70.0, "a", "age"), ("dua pekan", 2.0, "wk", "duration")]),
    ("Tersangka berinisial AS (34) ditahan.", [("34", 34.0, "a", "age")]),
    ("Ikan purba itu berusia 35 juta tahun.", [("35 juta tahun", 35_000_000.0, "a", "age")]),
])
def test_ages_are_units_of_time_the_text_calls_an_age(text, expected):
    assert measures(text) == expected


@pytest.mark.parametrize("text", [
    "Pemilu digelar pada tahun 2019 dan 2024.",
    "Banjir melanda kota itu dua hari lalu.",  # a relative date: the dates extractor's
    "Candi itu dibangun 1.000 tahun yang lalu, setahun silam dipugar.",
    "Hal itu diatur dalam Undang-Undang Nomor 14 Tahun 2008.",  # a regulation's number and year
    "Sebanyak tiga warga dan 12 peserta hadir pukul 10.00.",  # counts and a clock time
    "Pasal 5 ayat (2) mengatur hal itu.",  # a number in brackets after no person
    "Pada usia 60-an ia pensiun.",  # an age range, not a number of years
])
def test_dates_counts_and_labels_are_no_durations_or_ages(text):
    assert measures(text) == []


def test_an_approximate_number_of_units_says_so():
    [found] = find_measures(NLP("Selama puluhan tahun ia bertani."))
    assert (found.text, found.value, found.unit, found.kind) == ("puluhan tahun", 10.0, "a", "duration")
    assert found.approximate


def test_the_pipeline_reads_ages_after_a_persons_name_and_leaves_relative_dates_to_dates(warta):
    text = ("Warga Desa Sukamaju, Budi Santoso (34), mengaku rumahnya terendam selama tiga hari. Kandidat lainnya "
            "adalah Merab Kishmaria, 53 tahun, yang menjabat menteri. Banjir itu terjadi dua hari lalu; sejak "
            "10 tahun lalu warga meminta tanggul.")
    record = warta.extract(text, doc_id="d", date="2026-12-06")
    assert [(m.text, m.unit, m.kind) for m in record.measures] == [
        ("34", "a", "age"), ("tiga hari", "d", "duration"), ("53 tahun", "a", "age")]
    assert [d.text for d in record.dates] == ["dua hari lalu", "10 tahun lalu"]
    assert record.counts == []
