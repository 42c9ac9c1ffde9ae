"""Amounts of money in Indonesian news text, valued in units of their currency."""
from __future__ import annotations

import pytest
import spacy

from extractor.extractors.counts import find_counts
from extractor.extractors.money import find_money, in_money_range, is_money
from extractor.nlp.tokenizer import customize_tokenizer

NLP = customize_tokenizer(spacy.blank("id"))


def money(text: str):
    found = find_money(NLP(text))
    assert all(text[m.start_char:m.end_char] == m.text for m in found)
    return found


@pytest.mark.parametrize("text, mention, value, currency", [
    ("Petrokimia menyalurkan beasiswa senilai Rp1,5 miliar.", "Rp1,5 miliar", 1_500_000_000, "IDR"),
    ("Setiap peserta mendapat uang saku Rp 250.000 per bulan.", "Rp 250.000", 250_000, "IDR"),
    ("BRI menyalurkan KUR sebesar Rp65 triliun tahun ini.", "Rp65 triliun", 65_000_000_000_000, "IDR"),
    ("Omzet rata-rata naik menjadi Rp2,3 juta per bulan.", "Rp2,3 juta", 2_300_000, "IDR"),
    ("Donasi terkumpul 700 ribu rupiah dari warga.", "700 ribu rupiah", 700_000, "IDR"),
    ("Transaksi ekspor mencapai US$2 juta.", "US$2 juta", 2_000_000, "USD"),
    ("Investasi itu bernilai 2 juta dolar AS.", "2 juta dolar AS", 2_000_000, "USD"),
    ("Kontrak senilai USD 5 juta diteken kemarin.", "USD 5 juta", 5_000_000, "USD"),
    ("Harga paket Rp 1.250.000,- sudah termasuk pajak.", "Rp 1.250.000,-", 1_250_000, "IDR"),
    ("Bantuan modal Rp500 ribu diberikan kepada pedagang.", "Rp500 ribu", 500_000, "IDR"),
    ("Pemkab memberikan hadiah senilai Rp 10 juta.", "Rp 10 juta", 10_000_000, "IDR"),
    ("Anggaran tahap pertama mencapai Rp 487,5 juta.", "Rp 487,5 juta", 487_500_000, "IDR"),
    ("Laba bersih tercatat Rp 4,1 triliun.", "Rp 4,1 triliun", 4_100_000_000_000, "IDR"),
    ("Proyek itu menelan Rp. 3,5 miliar dari APBD.", "Rp. 3,5 miliar", 3_500_000_000, "IDR"),
    ("Dana desa Rp1,2 M dipakai untuk jalan.", "Rp1,2 M", 1_200_000_000, "IDR"),
    ("Tiket dibanderol Rp5-10 juta per orang.", "Rp5-10 juta", 5_000_000, "IDR"),
    ("Pemain itu dibeli 154 juta euro.", "154 juta euro", 154_000_000, "EUR"),
    ("Uang ditukar menjadi 206.718 dolar Singapura.", "206.718 dolar Singapura", 206_718, "SGD"),
    ("Perusahaan meraup miliaran rupiah dari ekspor.", "miliaran rupiah", 1_000_000_000, "IDR"),
    ("Harga minyak naik menjadi 45,79 dolar AS per barel.", "45,79 dolar AS", 45.79, "USD"),
    ("Ponsel itu dijual Rp 1,38 jutaan.", "Rp 1,38 jutaan", 1_380_000, "IDR"),
])
def test_money(text, mention, value, currency):
    found = money(text)
    assert [(m.text, m.value, m.currency) for m in found] == [(mention, value, currency)]


def test_amounts_in_one_article_come_in_order():
    text = ("Total anggaran Rp 1,25 miliar, terdiri atas Rp 175 juta dari desa dan US$ 20 ribu dari donor; "
            "iuran warga Rp 2.000 per bulan.")
    assert [(m.value, m.currency) for m in money(text)] == [
        (1_250_000_000, "IDR"), (175_000_000, "IDR"), (20_000, "USD"), (2000, "IDR")]


@pytest.mark.parametrize("text", [
    "Sebanyak 250 mahasiswa menerima beasiswa.",
    "Harga naik 25 persen dibanding tahun lalu.",
    "Rapat dimulai pukul 10.00 WIB.",
    "Tim membawa 2 juta bibit.",
    "Ia membeli rumah di Rp.",
])
def test_numbers_without_a_currency_are_not_money(text):
    assert money(text) == []


def test_amounts_are_not_counts():
    text = "Pemkab menyerahkan Rp 10 juta bantuan dan 700 ribu rupiah tunai kepada 45 keluarga."
    assert [(c.value, c.noun) for c in find_counts(NLP(text))] == [(45, "keluarga")]
    assert is_money(text, text.index("10"), text.index("10") + 7)
    assert not is_money(text, text.index("45"), text.index("45") + 2)


def test_the_upper_end_of_a_range_is_money_not_a_count():
    text = "Rumah sakit berani bayar perawat hingga Rp40 - 50 juta perbulan ."
    assert [(m.text, m.value) for m in money(text)] == [("Rp40 - 50 juta", 40_000_000)]
    assert find_counts(NLP(text)) == []
    assert in_money_range(text, text.index("50"))
    assert not in_money_range("Sebanyak 40 - 50 warga hadir.", 14)


def test_component_stores_money_on_the_doc():
    nlp = customize_tokenizer(spacy.blank("id"))
    nlp.add_pipe("warta_money")
    assert [(m.text, m.value) for m in nlp("Hadiahnya Rp 8 juta.")._.money] == [("Rp 8 juta", 8_000_000)]
