"""Tokenizer, sentence boundaries, article metadata and acronym pairs on press text."""
from __future__ import annotations

import spacy

from extractor.extractors.acronyms import find_acronym_pairs
from extractor.extractors.metadata import find_layout
from extractor.nlp.paragraphs import ANY_LINE_BREAK, paragraph_starts, paragraphs
from extractor.nlp.sentences import SentenceSplitter
from extractor.nlp.tokenizer import customize_tokenizer

NLP = customize_tokenizer(spacy.blank("id"))


def tokens(text: str) -> list[str]:
    return [token.text for token in NLP(text)]


def sentences(text: str) -> list[str]:
    return [sentence.text.strip() for sentence in SentenceSplitter()(NLP(text)).sents]


def test_address_abbreviations_stay_whole():
    words = tokens("Kantornya di Jl. Merdeka No. 5, Kec. Cibinong, Kab. Bogor, Prov. Jawa Barat.")
    for abbreviation in ("Jl.", "No.", "Kec.", "Kab.", "Prov."):
        assert abbreviation in words


def test_titles_and_company_suffixes_stay_whole():
    words = tokens("Direktur PT Bank Rakyat Indonesia Tbk. Ir. H. Budi Santoso dan Sdr. Anton dari PT. Sinar Jaya.")
    assert {"Tbk.", "Ir.", "H.", "Sdr.", "PT."} <= set(words)


def test_numeric_dates_stay_one_token():
    assert tokens("Jumat (23/01) lalu") == ["Jumat", "(", "23/01", ")", "lalu"]
    assert "4/9/2023" in tokens("Senin (4/9/2023), warga berkumpul.")


def test_author_initials_glued_to_the_last_sentence_are_split():
    assert tokens("berkelanjutan.(dk)")[-4:] == [".", "(", "dk", ")"]


def test_abbreviations_do_not_end_sentences():
    text = "Bantuan diserahkan di Jl. Ahmad Yani, Kab. Kubu Raya. Warga menyambut gembira. PT. Sinar Jaya hadir."
    assert sentences(text) == ["Bantuan diserahkan di Jl. Ahmad Yani, Kab. Kubu Raya.", "Warga menyambut gembira.",
                               "PT. Sinar Jaya hadir."]
    # a given name written short is no sentence's end; "Kota" closing an office or a place is
    text = "Hadir Kepala Kantor Kemenag Muh. Saidun. Acara digelar di Rumah Jabatan Wali Kota. Rektor hadir."
    assert sentences(text) == ["Hadir Kepala Kantor Kemenag Muh. Saidun.", "Acara digelar di Rumah Jabatan Wali Kota.",
                               "Rektor hadir."]


def test_quotation_marks_stay_with_their_sentences():
    text = "Ia tiba pagi itu. “Kami senang sekali.” Lalu ia pulang.\n“Terima kasih,” ujar Budi."
    assert sentences(text) == ["Ia tiba pagi itu.", "“Kami senang sekali.”", "Lalu ia pulang.",
                               "“Terima kasih,” ujar Budi."]


def test_line_breaks_end_sentences():
    assert sentences("Judul Tanpa Titik\nBadan berita dimulai.") == ["Judul Tanpa Titik", "Badan berita dimulai."]


def test_dateline_styles():
    cases = {
        "Judul\nJakarta, CNN Indonesia -- Presiden berpidato.": ("CNN Indonesia", "Jakarta"),
        "Judul\nJAKARTA (Pos Kota) – Polisi menangkap dua pelaku.": ("Pos Kota", "JAKARTA"),
        "Judul\nSEMARANG, suaramerdeka.com - Wali kota meresmikan pasar.": ("suaramerdeka.com", "SEMARANG"),
        "Judul\nKupang (ANTARA) - Gubernur membuka festival.": ("ANTARA", "Kupang"),
        "Judul\nKILASKALBAR – Dalam memperkuat kapasitas.": ("KILASKALBAR", ""),
        "Judul\nJAKARTA – Menteri meninjau lokasi.": ("", "JAKARTA"),
        "Judul\nSukabumi, Jawa Barat (ANTARA News) - Pusat pelayanan dibuka.": ("ANTARA News", "Sukabumi, Jawa Barat"),
        "Judul\nJUARA.NET, KUALA LUMPUR - Tim basket putra menang.": ("JUARA.NET", "KUALA LUMPUR"),
        "Judul\nSuara.com -\n\nPresiden meresmikan bendungan.": ("Suara.com", ""),
        "Judul\nKUALA LUMPUR – Timnas tiba di Malaysia.": ("", "KUALA LUMPUR"),
        "Judul\nCONTOHNEWS.ID, SERANG–Sebanyak 15 kelompok tani dibantu.": ("CONTOHNEWS.ID", "SERANG"),
        "Judul\nGRESIK | contohberita.id – Perusahaan berbagi sembako.": ("contohberita.id", "GRESIK"),
        "Judul\nJokowi-JK meresmikan bendungan.": ("", ""),  # a hyphen with no space is no dateline's dash
        "Judul\nCONTOHKINI.COM: KENDARI – Bank daerah menyalurkan bantuan.": ("CONTOHKINI.COM", "KENDARI"),
        "Judul\nCONTOHNEWS.CO.ID,SOLO -– Yayasan menyerahkan bantuan.": ("CONTOHNEWS.CO.ID", "SOLO"),
        "Judul\nBaca: Jokowi - JK Masih Kompak\n\nWarga berkumpul.": ("", ""),  # a link to another article
        "Judul\nKuala Tanjung (4/2) – Perusahaan menyerahkan bantuan.": ("", "Kuala Tanjung"),  # a date, no outlet
        "Judul\nBatulicin, (Contohnews Kalsel) - Perusahaan menyalurkan dana.": ("Contohnews Kalsel", "Batulicin"),
    }
    for text, (outlet, place) in cases.items():
        layout = find_layout(text)
        assert (layout.outlet, layout.dateline) == (outlet, place), text


def test_title_author_and_photo_credit():
    text = ("Warga Gotong Royong Bersihkan Sungai\n"
            "Warga membersihkan sungai (Foto: Humas Pemkot)\n"
            "KUPANG – Ratusan warga membersihkan sungai.\nKegiatan berlangsung lancar.(ant/rh)")
    layout = find_layout(text)
    assert layout.title == "Warga Gotong Royong Bersihkan Sungai"
    assert layout.photo_credit == "Humas Pemkot"
    assert layout.author == "ant/rh"
    credit_start = text.index("(Foto")
    assert (credit_start, text.index(")", credit_start) + 1) in layout.excluded_spans


def test_a_given_title_is_not_replaced_by_the_first_line():
    layout = find_layout("Paragraf pertama tanpa titik\nParagraf kedua.", title="Judul dari JSONL")
    assert layout.title == "Judul dari JSONL" and layout.title_span is None


def test_acronyms_in_both_orders():
    text = ("Program Tanggung Jawab Sosial dan Lingkungan (TJSL) perusahaan mendukung Ponsera (Posyandu "
            "Integrasi Sehat Ceria) dan pelaku Usaha Mikro, Kecil, dan Menengah (UMKM) bersama Badan "
            "Penanggulangan Bencana Daerah (BPBD). Acara dimulai Jumat (23/01) di JAKARTA (Pos Kota).")
    pairs = {(p.acronym, p.expansion) for p in find_acronym_pairs(text)}
    assert pairs == {
        ("TJSL", "Tanggung Jawab Sosial dan Lingkungan"),
        ("Ponsera", "Posyandu Integrasi Sehat Ceria"),
        ("UMKM", "Usaha Mikro, Kecil, dan Menengah"),
        ("BPBD", "Badan Penanggulangan Bencana Daerah"),
    }


def test_an_acronym_with_a_space_inside_its_brackets_is_paired():
    pairs = {(p.acronym, p.expansion) for p in find_acronym_pairs("bagian dari Tanggung Jawab Sosial dan Lingkungan (TJSL ) ini")}
    assert pairs == {("TJSL", "Tanggung Jawab Sosial dan Lingkungan")}


def test_glued_names_brackets_and_commas_are_split_but_a_word_said_twice_stays_whole():
    def tokens(text):
        return [token.text for token in NLP(text)]
    assert tokens("Kepala Desa Lambangan-Mulyanto menuturkan") == ["Kepala", "Desa", "Lambangan", "-", "Mulyanto", "menuturkan"]
    assert tokens("Perserikatan Bangsa-Bangsa dan Perundang-Undangan") == [
        "Perserikatan", "Bangsa-Bangsa", "dan", "Perundang-Undangan"]
    assert tokens("Sulawesi Barat(Sulbar) membantu") == ["Sulawesi", "Barat", "(", "Sulbar", ")", "membantu"]
    assert tokens("Panjaitan,MM.,mengatakan") == ["Panjaitan", ",", "MM.", ",", "mengatakan"]


def test_paragraphs_are_the_lines_that_are_not_blank():
    text = "Judul\n\n  Paragraf satu.  \n \t\nParagraf dua.\n"
    spans = paragraphs(text)
    assert [text[start:end] for start, end in spans] == ["Judul", "  Paragraf satu.  ", "Paragraf dua."]
    assert paragraph_starts(text) == [start for start, _ in spans] == [0, 7, 29]
    assert paragraphs("") == paragraphs(" \n\n ") == []


def test_paragraphs_break_at_every_line_break_only_when_asked():
    text = "Satu\r\nDua\u2028Tiga\x0cEmpat"
    assert [text[start:end] for start, end in paragraphs(text)] == ["Satu\r", "Dua\u2028Tiga\x0cEmpat"]
    assert [text[start:end] for start, end in paragraphs(text, ANY_LINE_BREAK)] == ["Satu", "Dua", "Tiga", "Empat"]


def test_layout_reads_lines_at_any_line_break():
    layout = find_layout("Judul Berita\u2028JAKARTA – Menteri meninjau lokasi.")
    assert (layout.title, layout.dateline) == ("Judul Berita", "JAKARTA")


def test_headline_paragraphs_are_title_case_lines_and_links_not_prose():
    from extractor.nlp.paragraphs import headline_paragraphs
    text = ("Gubernur menerima warga di Balai Kota pada Senin pagi.\n"
            "[Baca juga: Puasa, Djarot Juga Pulang Cepat dari Balai Kota]\n"
            "Kelebihan Teknologi Baru Pembangunan Jalan\n"
            "“Kami Siap Membantu Warga,” kata Budi.")
    spans = [text[start:end] for start, end in headline_paragraphs(text)]
    assert spans == ["Puasa, Djarot Juga Pulang Cepat dari Balai Kota", "Kelebihan Teknologi Baru Pembangunan Jalan"]


def test_a_regions_kind_before_its_spelt_out_acronym_is_part_of_its_name_but_not_inside_a_government():
    text = "Warga Kabupaten Indragiri Hilir (Inhil) dan Pemerintah Kabupaten Halmahera Barat (Halbar) hadir."
    pairs = {(p.acronym, p.expansion) for p in find_acronym_pairs(text)}
    assert pairs == {("Inhil", "Kabupaten Indragiri Hilir"), ("Halbar", "Halmahera Barat")}
