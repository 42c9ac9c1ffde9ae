"""Dates in Indonesian news text: explicit, year-less, weekday-only, relative, partial, ranges and
cued years, normalised against the article's date; durations, ages and clock times are not dates."""
from __future__ import annotations

import re
from datetime import date

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEED
from extractor.extractors.dates import find_dates
from extractor.nlp.tokenizer import customize_tokenizer

NLP = customize_tokenizer(spacy.blank("id"))
WEDNESDAY = "2024-09-18"  # the reference date of most cases: Rabu, 18 September 2024


def dates(text: str, reference: str = WEDNESDAY):
    found = find_dates(NLP(text), date.fromisoformat(reference))
    assert all(text[d.start_char:d.end_char] == d.text for d in found)
    return found


def pairs(text: str, reference: str = WEDNESDAY) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in dates(text, reference)]


def only(text: str, reference: str = WEDNESDAY):
    found = dates(text, reference)
    assert len(found) == 1, found
    return found[0]


def test_seed_friday_without_a_year_is_the_latest_friday_23_january(shared):
    found = dates(SEED.read_text(encoding="utf-8"), "2026-11-27")
    jumat = [d for d in found if d.text == "Jumat (23/01)"]
    assert len(jumat) == 1
    assert jumat[0].value == "2026-01-23" and jumat[0].relative and not jumat[0].flag


@pytest.mark.parametrize("text, mention, value", [
    ("Pelatihan digelar pada 23 Januari 2026 di balai desa.", "23 Januari 2026", "2026-01-23"),
    ("Bantuan diserahkan 23/1/2026 oleh camat.", "23/1/2026", "2026-01-23"),
    ("Tim KKN tiba di lokasi Senin (4/9/2023) pagi.", "Senin (4/9/2023)", "2023-09-04"),
    ("Rapat koordinasi berlangsung Rabu, 12 Maret 2025 di kantor bupati.", "Rabu, 12 Maret 2025", "2025-03-12"),
    ("Sidang dibuka Selasa (13/09/2016) di Jakarta.", "Selasa (13/09/2016)", "2016-09-13"),
    ("Data dirilis 2024-03-05 oleh BPS.", "2024-03-05", "2024-03-05"),
    ("Warga kembali pada 17 Agustus 1945, kenang Mbah Karto.", "17 Agustus 1945", "1945-08-17"),
    ("Panen raya jatuh 12-3-2025, lebih cepat dari biasanya.", "12-3-2025", "2025-03-12"),
    ("Sekolah itu diresmikan 4/9/23 lalu.", "4/9/23", "2023-09-04"),
])
def test_explicit_dates(text, mention, value):
    found = only(text)
    assert (found.text, found.value, found.resolution, found.relative) == (mention, value, "day", False)


@pytest.mark.parametrize("text, mention, value", [
    ("Kegiatan dimulai 5 Jan 2024 dan ditutup kemudian.", "5 Jan 2024", "2024-01-05"),
    ("Tercatat pada 12 Agt 2023 di posko.", "12 Agt 2023", "2023-08-12"),
    ("Laporan per 3 Sept. 2022 menunjukkan kenaikan.", "3 Sept. 2022", "2022-09-03"),
    ("Peresmian 1 Nop 2021 dihadiri wali kota.", "1 Nop 2021", "2021-11-01"),
    ("Banjir terjadi 9 Des 2020 di hilir sungai.", "9 Des 2020", "2020-12-09"),
    ("Perjanjian ditandatangani 10 March 2019 di Singapura.", "10 March 2019", "2019-03-10"),
    ("Gempa tercatat 4 Okt 2018 malam.", "4 Okt 2018", "2018-10-04"),
])
def test_month_abbreviations_and_english_month_names(text, mention, value):
    assert pairs(text) == [(mention, value)]


def test_a_weekday_that_does_not_fit_the_written_date_is_flagged():
    found = only("Acara digelar Senin (5/9/2023) di aula.")  # 5 September 2023 was a Tuesday
    assert found.value == "2023-09-05" and found.flag == "weekday-mismatch"


@pytest.mark.parametrize("text, reference, mention, value", [
    ("Posyandu Mawar menggelar pemeriksaan Selasa (14/5).", "2024-05-16", "Selasa (14/5)", "2024-05-14"),
    ("Longsor terjadi Jumat (23/01) dan Sabtu (24/01).", "2026-01-26", "Jumat (23/01)", "2026-01-23"),
    # 23 January was a Wednesday in 2019 and on no other day between 2020 and 2025.
    ("Kunjungan dilakukan Rabu (23/01) lalu.", "2025-12-01", "Rabu (23/01)", "2019-01-23"),
    # Announced ahead: a date under a month after the article is taken as coming.
    ("Peluncuran dijadwalkan Jumat (23/1) mendatang.", "2026-01-19", "Jumat (23/1)", "2026-01-23"),
    ("Banjir melanda Minggu (3/3) malam.", "2024-03-05", "Minggu (3/3)", "2024-03-03"),
    ("Hujan turun sejak Rabu dini hari (21/9).", "2016-09-22", "Rabu dini hari (21/9)", "2016-09-21"),
    ("Pertemuan digelar Senin pekan depan (5/6).", "2017-05-30", "Senin pekan depan (5/6)", "2017-06-05"),
])
def test_weekday_and_date_without_a_year(text, reference, mention, value):
    found = dates(text, reference)[0]
    assert (found.text, found.value, found.relative, found.flag) == (mention, value, True, "")


def test_a_weekday_that_fits_no_recent_year_takes_the_reference_year_and_a_flag():
    # 23 January was a Friday in 2015 and 2026, never between 2019 and 2025.
    found = only("Kunjungan dilakukan Jumat (23/01) lalu.", "2025-12-01")
    assert (found.text, found.value, found.flag) == ("Jumat (23/01)", "2025-01-23", "weekday-mismatch")


@pytest.mark.parametrize("text, reference, value", [
    ("Rapat evaluasi berlangsung (23/1) di kantor desa.", "2026-11-27", "2026-01-23"),
    ("Pendaftaran dibuka (20/12) hingga akhir bulan.", "2026-01-05", "2025-12-20"),
    ("Pendaftaran ditutup (20/1).", "2026-01-05", "2026-01-20"),
    ("Pada 16 Agustus kemarin sudah terjual 8.000 unit.", "2016-08-19", "2016-08-16"),
    ("Hasilnya diumumkan 2 Agustus lalu.", "2016-08-01", "2015-08-02"),
    ("Festival digelar 25 Juni mendatang.", "2017-06-22", "2017-06-25"),
])
def test_day_and_month_without_a_weekday(text, reference, value):
    found = only(text, reference)
    assert found.value == value and found.relative
    assert "(" not in found.text and "lalu" not in found.text and "kemarin" not in found.text


@pytest.mark.parametrize("text, mention, value", [
    ("Warga berkumpul Senin.", "Senin", "2024-09-16"),
    ("“Stok masih aman,” kata Edi di Jakarta, Rabu.", "Rabu", "2024-09-18"),
    ("Petugas datang pada hari Kamis.", "Kamis", "2024-09-12"),
    ("Jumat lalu, tim meninjau lokasi.", "Jumat lalu", "2024-09-13"),
    ("Banjir surut Minggu malam.", "Minggu malam", "2024-09-15"),
    ("Pelantikan dijadwalkan Senin depan.", "Senin depan", "2024-09-23"),
    ("Pengumuman keluar besok Senin.", "Senin", "2024-09-23"),
    ("Rapat dilaksanakan Rabu mendatang.", "Rabu mendatang", "2024-09-25"),
    ("Warga diungsikan Minggu pekan lalu.", "Minggu pekan lalu", "2024-09-15"),
])
def test_weekday_alone(text, mention, value):
    found = only(text)
    assert (found.text, found.value, found.relative) == (mention, value, True)


@pytest.mark.parametrize("text", [
    "Ia tinggal di Pasar Minggu sejak kecil.",
    "Usai salat Jumat warga bergotong royong.",
    "Setiap Senin para guru menggelar apel pagi.",
    "Program Jumat Berkah membagikan nasi bungkus.",
])
def test_weekday_in_a_name_or_a_routine_is_not_a_date(text):
    assert dates(text) == []


@pytest.mark.parametrize("text, mention, value, resolution", [
    ("Banjir terjadi kemarin di bantaran kali.", "kemarin", "2024-09-17", "day"),
    ("Hari ini air mulai surut.", "Hari ini", "2024-09-18", "day"),
    ("Bantuan tiba besok pagi.", "besok", "2024-09-19", "day"),
    ("Sidang lanjutan digelar lusa.", "lusa", "2024-09-20", "day"),
    ("Pendataan dilakukan pekan lalu oleh kader.", "pekan lalu", "2024-09-11", "week"),
    ("Minggu lalu harga cabai naik.", "Minggu lalu", "2024-09-11", "week"),
    ("Harga beras naik bulan lalu.", "bulan lalu", "2024-08", "month"),
    ("Pembangunan dimulai bulan depan.", "bulan depan", "2024-10", "month"),
    ("Jumlah peserta naik dari tahun lalu.", "tahun lalu", "2023", "year"),
    ("Program berlanjut tahun depan.", "tahun depan", "2025", "year"),
    ("Target tahun berjalan belum tercapai.", "tahun berjalan", "2024", "year"),
    ("Kebakaran terjadi tiga hari lalu.", "tiga hari lalu", "2024-09-15", "day"),
    ("Mobil itu diluncurkan sekitar dua pekan lalu.", "dua pekan lalu", "2024-09-04", "week"),
    ("Ia pindah ke Kupang 2 bulan lalu.", "2 bulan lalu", "2024-07", "month"),
    ("Vaksin tersedia sejak 10 tahun yang lalu.", "10 tahun yang lalu", "2014", "year"),
    ("Sekolah itu berdiri sebulan lalu.", "sebulan lalu", "2024-08", "month"),
])
def test_relative_dates(text, mention, value, resolution):
    found = only(text)
    assert (found.text, found.value, found.resolution, found.relative) == (mention, value, resolution, True)


@pytest.mark.parametrize("text, mention, value, qualifier", [
    ("Program itu berjalan sejak Maret 2025.", "Maret 2025", "2025-03", ""),
    ("Penanaman dilakukan awal Maret 2025 di pesisir.", "Maret 2025", "2025-03", "awal"),
    ("Pendaftaran dibuka hingga akhir Mei 2024.", "Mei 2024", "2024-05", "akhir"),
    ("Proyek rampung pertengahan bulan Juni 2023.", "bulan Juni 2023", "2023-06", "pertengahan"),
    ("Banjir serupa terjadi Desember tahun lalu.", "Desember tahun lalu", "2023-12", ""),
])
def test_months(text, mention, value, qualifier):
    found = only(text)
    assert (found.text, found.value, found.resolution, found.qualifier) == (mention, value, "month", qualifier)


@pytest.mark.parametrize("text, reference, mention, value", [
    ("Rohimah sudah tiga kali mengungsi sejak Januari.", "2024-03-05", "Januari", "2024-01"),
    ("Harga naik sejak Desember.", "2024-11-29", "Desember", "2023-12"),
    ("Pupuk akan tiba pada Maret mendatang.", "2024-11-29", "Maret mendatang", "2025-03"),
    ("Juli lalu, polisi mengonfirmasi temuan itu.", "2016-08-22", "Juli lalu", "2016-07"),
])
def test_month_without_a_year_is_the_latest_at_or_before_the_reference(text, reference, mention, value):
    found = only(text, reference)
    assert (found.text, found.value, found.relative) == (mention, value, True)


def test_qualified_relative_year():
    found = only("Harga turun sejak akhir tahun lalu.")
    assert (found.text, found.value, found.resolution, found.qualifier) == ("tahun lalu", "2023", "year", "akhir")


@pytest.mark.parametrize("text, mention, value, end", [
    ("Pameran berlangsung 17-25 September 2024 di Semarang.", "17-25 September 2024", "2024-09-17", "2024-09-25"),
    ("Festival digelar 30 Agustus-14 September 2016.", "30 Agustus-14 September 2016", "2016-08-30", "2016-09-14"),
    ("Pendaftaran 17 hingga 25 September 2024.", "17 hingga 25 September 2024", "2024-09-17", "2024-09-25"),
    ("KKN berlangsung 8 Juli hingga 16 Agustus 2024.", "8 Juli hingga 16 Agustus 2024", "2024-07-08", "2024-08-16"),
    ("Libur 28 Desember 2019 - 3 Januari 2020.", "28 Desember 2019 - 3 Januari 2020", "2019-12-28", "2020-01-03"),
    ("Libur 28 Desember - 3 Januari 2020.", "28 Desember - 3 Januari 2020", "2019-12-28", "2020-01-03"),
    ("Pelatihan digelar Selasa-Rabu (18-19/6).", "Selasa-Rabu (18-19/6)", "2024-06-18", "2024-06-19"),
    ("Seleksi berjalan mulai Mei hingga Juli 2024.", "Mei hingga Juli 2024", "2024-05", "2024-07"),
    ("Surplus Januari - Desember 2016 tercatat.", "Januari - Desember 2016", "2016-01", "2016-12"),
    ("Masa jabatan periode 2019-2024 berakhir.", "2019-2024", "2019", "2024"),
    ("Riset berjalan sejak 2013 hingga 2016.", "2013 hingga 2016", "2013", "2016"),
])
def test_ranges_value_the_first_day_and_end_at_the_last(text, mention, value, end):
    found = only(text)
    assert (found.text, found.value, found.end_value) == (mention, value, end)


@pytest.mark.parametrize("text, mention", [
    ("Angka stunting tahun 2019 masih tinggi.", "tahun 2019"),
    ("Gerakan ini dimulai pada 2019 oleh warga.", "2019"),
    ("Kelompok itu aktif sejak 2019.", "2019"),
    ("Target berlaku hingga 2019.", "2019"),
    ("Cakupan air bersih sepanjang 2019 naik.", "2019"),
    ("Pada tahun 2019, produksi mencapai puncak.", "tahun 2019"),
])
def test_bare_years_after_a_cue(text, mention):
    found = only(text)
    assert (found.text, found.value, found.resolution) == (mention, "2019", "year")


@pytest.mark.parametrize("text, mention", [
    ("Ia mencalonkan diri pada Pemilu 2014 lalu.", "2014"),
    ("Alex Mendur lahir 1907, adiknya lahir 1913.", "1907"),
    ("Sebelum 2003, gambar malam hari jarang diambil.", "2003"),
    ("Realisasi produksi 2006 sebesar 6.300 ton.", "2006"),
])
def test_a_four_digit_year_alone_is_a_year(text, mention):
    found = dates(text)[0]
    assert (found.text, found.value, found.resolution) == (mention, mention, "year")


@pytest.mark.parametrize("text", [
    "Ada 2016 orang yang ditetapkan tersangka.",
    "Harganya Rp 2000 per bungkus.",
    "Jalur itu mencapai 2000 meter dari pantai.",
    "Hubungi (021) 2014 5678 untuk mendaftar.",
    "Kode 1945 dipakai untuk akses gudang.",
    "Total 2000 ditargetkan panitia.",
    "Ia dijerat Undang-Undang Nomor 31 Tahun 1999 tentang Tindak Pidana Korupsi.",
    "Aturan itu bertentangan dengan UUD 1945.",
])
def test_a_four_digit_number_that_counts_measures_or_labels_is_no_year(text):
    assert dates(text) == []


@pytest.mark.parametrize("text, mention, value, end", [
    ("Ia populer pada era 1970-an di Jakarta.", "1970-an", "1970", "1979"),
    ("Butet sejak akhir '90-an masuk ke hutan.", "90-an", "1990", "1999"),
    ("Musik itu lahir di tahun 60an silam.", "60an", "1960", "1969"),
])
def test_decades_are_ranges_of_years(text, mention, value, end):
    found = only(text)
    assert (found.text, found.value, found.end_value, found.resolution) == (mention, value, end, "year")


def test_a_two_digit_decade_without_a_cue_is_an_age():
    assert dates("Dalam usia 60-an ia masih mendaki.") == []


@pytest.mark.parametrize("text, reference, mention, value", [
    # Text rebuilt from tokens: spaces inside the brackets and before the comma.
    ("Alasannya , kata Gus Dur di Jakarta , Selasa ( 7/7 ) , ia menilai.", "2015-07-08", "Selasa ( 7/7 )",
     "2015-07-07"),
    ("Ujar Agung , Senin , 8 April 2013 di Gedung DPR .", WEDNESDAY, "Senin , 8 April 2013", "2013-04-08"),
    ("Rapat digelar Kamis ( 10/7 ) malam .", "2014-07-11", "Kamis ( 10/7 )", "2014-07-10"),
    ("Pembukaan pada hari Minggu mendatang ( 9/2 ) di Bandung .", "2014-02-05", "Minggu mendatang ( 9/2 )",
     "2014-02-09"),
])
def test_dates_in_text_rebuilt_from_tokens(text, reference, mention, value):
    found = only(text, reference)
    assert (found.text, found.value) == (mention, value)


def test_a_date_in_spaced_brackets_alone_leaves_the_brackets_out():
    assert pairs("Hasilnya diumumkan ( 22/3 ) .", "2014-06-01") == [("22/3", "2014-03-22")]


@pytest.mark.parametrize("text, mention", [
    ("Kementerian luar negeri Mesir Sabtu menyerukan gencatan senjata.", "Sabtu"),
    ("Amanda Vanstone Selasa dicoret dari kabinet.", "Selasa"),
    ("Laporan itu diterbitkan di the Financial Times Senin .", "Senin"),
])
def test_a_weekday_after_a_name_is_a_date(text, mention):
    assert only(text).text == mention


@pytest.mark.parametrize("text", [
    "Anak-anak mengikuti Sekolah Minggu di gereja.",
    "Kemacetan terjadi di Jalan Pasar Minggu setiap sore.",
])
def test_a_weekday_after_a_name_head_is_part_of_the_name(text):
    assert dates(text) == []


def test_year_with_a_qualifier():
    found = only("Pabrik beroperasi hingga akhir 2019.")
    assert (found.text, found.value, found.qualifier) == ("2019", "2019", "akhir")


@pytest.mark.parametrize("text", [
    "Sebanyak 2019 peserta mendaftar.",
    "Nomor kontrak 2019 tersimpan di arsip.",
    "Jumlahnya mencapai 2.019 orang.",
    "Kegiatan berlangsung selama tiga hari.",
    "Masa tanam butuh 7 hari lagi menurut petani.",
    "Program berjalan dua tahun di desa itu.",
    "Usianya 34 tahun, berusia 12 tahun saat merantau.",
    "Apel dimulai pukul 10.00 WIB di lapangan.",
    "Skor akhir 2/3 untuk tim tuan rumah.",
    "Ukuran lahan 12.10.15 meter persegi.",
    "Beberapa bulan lalu harga sempat turun.",
    "Pelatih 66 tahun ini memuji timnya.",
    "Promo berlaku sampai Jan.",
    "Lagu Mei karya Gigi diputar ulang.",
])
def test_durations_ages_clock_times_and_bare_numbers_are_not_dates(text):
    assert dates(text) == []


def test_dates_in_one_article_come_in_order_with_exact_offsets():
    text = ("Jakarta, Kamis (18/8/2016) - Henry mengatakan hingga 16 Agustus kemarin sudah lebih dari "
            "8.000 unit terjual. Calya diluncurkan pada 2 Agustus lalu, sekitar dua pekan lalu.")
    assert pairs(text, "2016-08-19") == [
        ("Kamis (18/8/2016)", "2016-08-18"), ("16 Agustus", "2016-08-16"), ("2 Agustus", "2016-08-02"),
        ("dua pekan lalu", "2016-08-05")]


def test_a_date_may_open_the_text():
    assert pairs("Kemarin, warga membersihkan saluran.") == [("Kemarin", "2024-09-17")]


def test_component_reads_the_reference_date_from_the_doc():
    nlp = customize_tokenizer(spacy.blank("id"))
    nlp.add_pipe("warta_dates")
    doc = nlp.make_doc("Bantuan disalurkan kemarin.")
    doc._.reference_date = date(2025, 3, 13)
    assert [(d.text, d.value) for d in nlp(doc)._.dates] == [("kemarin", "2025-03-12")]


FUZZ_WORDS = ["Senin", "Minggu", "minggu", "(", ")", "29/2", "31/2/2024", "99/99", "2019", "1500", "Rp", "1.500",
              "juta", "-", "hingga", "s.d.", "Januari", "Feb", "Des.", "tahun", "lalu", "depan", "ini", "pekan",
              "bulan", "hari", "kemarin", "awal", "pada", "sejak", "dua", "puluh", "ratusan", "warga", ",", ".",
              "12.10.15", "2024-02-30", "yang lalu", "sebulan", "6.000", "999999999999"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FUZZ_WORDS), max_size=12),
       st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)))
def test_any_mix_of_date_words_gives_well_formed_mentions(words, reference):
    for found in dates(" ".join(words), reference.isoformat()):
        assert re.fullmatch(r"\d{4}(-\d\d){0,2}", found.value)
        assert not found.end_value or found.end_value >= found.value
