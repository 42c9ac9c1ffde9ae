"""Counts of people and things in Indonesian news text, and the numbers that are not counts: ages,
durations, percentages, measures, ordinals, years, clock times, phone numbers, money, names."""
from __future__ import annotations

import pytest
import spacy

from conftest import SEED
from extractor.extractors.counts import find_counts
from extractor.nlp.tokenizer import customize_tokenizer

NLP = customize_tokenizer(spacy.blank("id"))


def counts(text: str):
    found = find_counts(NLP(text))
    assert all(text[c.start_char:c.end_char] == c.text for c in found)
    return found


def only(text: str):
    found = counts(text)
    assert len(found) == 1, found
    return found[0]


def test_seed_counts(shared):
    found = counts(SEED.read_text(encoding="utf-8"))
    assert [(c.value, c.noun.lower()) for c in found] == [
        (2, "lokasi"), (2, "lokasi"), (17, "anggota"), (12, "peserta"), (5, "peserta")]
    anggota = found[2]
    assert (anggota.text, anggota.object, anggota.category) == ("17 anggota", "kelompok binaan", "people")
    assert found[0].text == "2 Lokasi" and found[0].category == "thing"
    assert not any("tujuan" in c.text for c in found)


@pytest.mark.parametrize("text, mention, value, noun, category", [
    ("Kegiatan ini diikuti oleh 17 anggota kelompok binaan.", "17 anggota", 17, "anggota", "people"),
    ("Sebanyak 12 peserta mengunjungi Posyandu Mawar Melati.", "12 peserta", 12, "peserta", "people"),
    ("Sedangkan 5 peserta lainnya belajar membuat sabun.", "5 peserta", 5, "peserta", "people"),
    ("Pelatihan melibatkan tujuh belas kader posyandu.", "tujuh belas kader", 17, "kader", "people"),
    ("Dua ratus warga memadati balai desa.", "Dua ratus warga", 200, "warga", "people"),
    ("Relawan menanam 1.500 bibit mangrove di pesisir.", "1.500 bibit", 1500, "bibit", "thing"),
    ("Listrik gratis untuk 45 kepala keluarga (KK) di Noelbaki.", "45 kepala keluarga", 45, "kepala keluarga",
     "people"),
    ("Benchmarking dilakukan di 2 lokasi berbeda.", "2 lokasi", 2, "lokasi", "thing"),
    ("Penjualan mencapai 8.000 unit per bulan.", "8.000 unit", 8000, "unit", "thing"),
    ("Bantuan diberikan kepada 68 ribu petani di Karawang.", "68 ribu petani", 68_000, "petani", "people"),
    ("BRI mendampingi 1,4 juta debitur UMKM.", "1,4 juta debitur", 1_400_000, "debitur", "people"),
    ("Sepuluh ribu pelamar mendaftar beasiswa.", "Sepuluh ribu pelamar", 10_000, "pelamar", "people"),
    ("Peserta datang dari 35 kabupaten/kota di Jawa Tengah.", "35 kabupaten/kota", 35, "kabupaten/kota", "thing"),
    ("Beasiswa diberikan kepada 250 mahasiswa dari 37 perguruan tinggi.", "250 mahasiswa", 250, "mahasiswa",
     "people"),
    ("Posko melayani 412 jiwa dari 118 kepala keluarga.", "412 jiwa", 412, "jiwa", "people"),
])
def test_counts(text, mention, value, noun, category):
    found = counts(text)[0]
    assert (found.text, found.value, found.noun, found.category, found.approximate) == (
        mention, value, noun, category, False)


def test_several_counts_in_one_sentence_in_order():
    text = "Bantuan berupa 500 selimut, 300 matras dan 1.500 porsi makanan disalurkan ke 96 kepala keluarga."
    assert [(c.value, c.noun) for c in counts(text)] == [
        (500, "selimut"), (300, "matras"), (1500, "porsi"), (96, "kepala keluarga")]


@pytest.mark.parametrize("text, mention, value, noun", [
    ("Nelayan menerima 12 unit perahu dan 90 set jaring.", "12 unit perahu", 12, "perahu"),
    ("Peternak memelihara tujuh ekor sapi perah.", "tujuh ekor sapi", 7, "sapi"),
    ("Polisi memeriksa tiga orang warga sebagai saksi.", "tiga orang warga", 3, "warga"),
    ("KPK menetapkan tiga orang sebagai tersangka.", "tiga orang", 3, "orang"),
    ("Hingga kini terdapat 40 jenis lumba-lumba di seluruh dunia.", "40 jenis lumba-lumba", 40, "lumba-lumba"),
])
def test_a_classifier_counts_the_noun_after_it(text, mention, value, noun):
    found = counts(text)[0]
    assert (found.text, found.value, found.noun) == (mention, value, noun)


@pytest.mark.parametrize("text, mention, value", [
    ("Ratusan warga mengungsi ke masjid.", "Ratusan warga", 100),
    ("Ribuan pengunjung memadati pameran.", "Ribuan pengunjung", 1000),
    ("Puluhan ribu buruh berunjuk rasa di depan DPR.", "Puluhan ribu buruh", 10_000),
    ("Belasan siswa dirawat di puskesmas.", "Belasan siswa", 10),
    ("Masih ada sekitar 60 rumah yang belum teraliri listrik.", "60 rumah", 60),
    ("Dapur umum melayani kurang lebih 900 porsi setiap hari.", "900 porsi", 900),
])
def test_approximate_counts(text, mention, value):
    found = only(text)
    assert (found.text, found.value, found.approximate) == (mention, value, True)


@pytest.mark.parametrize("text, mention, value, noun", [
    ("PPP menempatkan dua menterinya di kabinet.", "dua menterinya", 2, "menterinya"),
    ("Tiga TPS juga dibuka di luar Abkhazia.", "Tiga TPS", 3, "TPS"),
    ("Sebanyak 31 DPD provinsi menyatakan setuju.", "31 DPD", 31, "DPD"),
    ("Tercatat delapan juta penyandang cacat di negeri itu.", "delapan juta penyandang cacat", 8_000_000,
     "penyandang cacat"),
])
def test_possessive_nouns_acronyms_and_multiword_nouns_are_counted(text, mention, value, noun):
    found = only(text)
    assert (found.text, found.value, found.noun) == (mention, value, noun)


@pytest.mark.parametrize("text", [
    "Presiden melakukan pertemuan empat mata dengan ketua partai.",
    "Kini lebih dari setengah tanaman asli terancam punah.",
    "Gempa berkekuatan 4,9 SR mengguncang Garut.",
    "Kameranya beresolusi 16 MP dengan layanan 256 kbps.",
    "Mobil bernomor polisi 1325 EZ ditemukan warga.",
    "Ia menjadi gubernur selama dua periode.",
    "Tampilan 32 bit dan pertumbuhan dua digit ditargetkan.",
])
def test_idioms_shares_units_and_plates_are_not_counts(text):
    assert counts(text) == []


def test_the_group_a_member_noun_belongs_to_is_its_object():
    assert only("Pelatihan bagi 150 pelaku UMKM kuliner digelar.").object == "UMKM kuliner"
    assert only("Sebanyak 200 warga Desa Mekar Sari hadir.").object == "Desa Mekar Sari"
    assert only("Sebanyak 12 peserta mengunjungi posyandu.").object == ""


@pytest.mark.parametrize("text", [
    "Erlina (34 tahun) sudah lama memproduksi sabun.",
    "Anak yang berusia 12 tahun itu selamat.",
    "Rohimah (61) mengaku sudah mengungsi.",
    "Pelatihan berlangsung selama tiga hari di aula.",
    "Program ini sudah berjalan dua tahun.",
    "Hujan deras mengguyur lebih dari 5 jam.",
    "Lima menit kemudian tanah bergerak.",
    "Tim ini meraih juara ke-3 tingkat provinsi.",
    "Ia menjadi anak kedua dari empat bersaudara.",
    "Sekitar 25 persen warga belum memiliki jamban.",
    "Cakupannya baru 78% dari target.",
    "Pembangunan dimulai pada tahun 2019 warga setempat.",
    "Gempa terjadi pukul 02.00 WIB.",
    "Hubungi call center 0812-5634-7781 atau (024) 7608899.",
    "Uang senilai Rp 10 juta warga terima.",
    "Harganya 700 ribu rupiah per paket.",
    "Pemeriksaan dilakukan di Posyandu Mawar 2 Pontianak.",
    "Kantornya di Jl. Merdeka No. 5 Pontianak.",
    "Ia tinggal di RT 03 RW 04 Kelurahan Sungai Bangkong.",
    "Banjir setinggi 180 sentimeter merendam 6,5 hektare sawah dan 50.000 liter air.",
    "Produksi naik tiga kali lipat menjadi 7,8 ton gabah.",
    "Salah satu warga menyampaikan keluhannya.",
    "Salah seorang penerima menangis haru.",
    "Satu ekor sapi menghasilkan 25 kilogram kotoran per hari.",
    "Sejak 17 Agustus warga berjaga; pada 23/01 mereka pulang.",
    "Ketinggian air 1,5 meter sejak sepekan terakhir.",
    "Mereka menargetkan tujuan pembangunan berkelanjutan.",
])
def test_numbers_that_are_not_counts(text):
    assert counts(text) == []


def test_component_stores_counts_on_the_doc():
    nlp = customize_tokenizer(spacy.blank("id"))
    nlp.add_pipe("warta_counts")
    doc = nlp("Tujuh belas kader hadir.")
    assert [(c.text, c.value, c.noun) for c in doc._.counts] == [("Tujuh belas kader", 17, "kader")]
