"""Entities as Indonesian press releases write them: appositives, acronyms, programmes, headlines."""
from __future__ import annotations


def entities_of(warta, text: str) -> dict[str, tuple[str, str]]:
    """Mention text -> (label, canonical)."""
    return {e.text: (e.label, e.canonical) for e in warta.extract(text, doc_id="e", date="2025-06-02").entities}


def test_people_introduced_by_appositive_age_and_title(warta):
    found = entities_of(warta, (
        "Kepala Desa Lamajang, Ujang, menyampaikan rencana desa.\n"
        "Salah satu peternak, Dadang Kurniawan (44), memelihara tujuh ekor sapi.\n"
        "Camat Cibungbulang, Drs. H. Asep Saepudin, meninjau posyandu."))
    assert found["Ujang"][0] == "PER"
    assert found["Dadang Kurniawan"][0] == "PER"
    assert found["Asep Saepudin"][0] == "PER"
    assert "Drs. H. Asep Saepudin" not in found


def test_short_name_links_to_the_full_name(warta):
    found = entities_of(warta, ("Direktur Utama PT Sinar Harapan, Budi Santoso, meresmikan gudang baru.\n"
                                "“Kami siap melayani petani,” ujar Budi."))
    assert found["Budi"] == ("PER", "Budi Santoso")


def test_acronym_with_region_is_one_body_and_region_is_a_place(warta):
    found = entities_of(warta, ("Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Cianjur mencatat 27 rumah rusak. "
                                "BPBD menyiagakan petugas di lokasi."))
    body = "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Cianjur"
    assert found[body] == ("ORG", "Badan Penanggulangan Bencana Daerah Kabupaten Cianjur")
    assert found["Kabupaten Cianjur"][0] == "LOC"
    assert found["BPBD"] == ("ORG", "Badan Penanggulangan Bencana Daerah Kabupaten Cianjur")


def test_programmes_from_cues_curated_names_and_acronym_pairs(warta):
    found = entities_of(warta, (
        "Melalui program Tanggung Jawab Sosial dan Lingkungan (TJSL), perusahaan menjalankan program Ponsera "
        "(Posyandu Integrasi Sehat Ceria) di Desa Mekar Sari. Warga penerima Program Keluarga Harapan (PKH) "
        "juga mengikuti program binaan Desa Berdaya."))
    assert found["TJSL"] == ("PROGRAMME", "Tanggung Jawab Sosial dan Lingkungan")
    assert found["Ponsera"] == ("PROGRAMME", "Posyandu Integrasi Sehat Ceria")
    assert found["Program Keluarga Harapan"][0] == "PROGRAMME"
    assert found["Desa Berdaya"][0] == "PROGRAMME"
    assert found["Desa Mekar Sari"][0] == "LOC"


def test_generic_acronyms_are_not_entities(warta):
    found = entities_of(warta, "Pelaku Usaha Mikro, Kecil, dan Menengah (UMKM) di Kota Bogor dilatih berjualan daring.")
    assert "UMKM" not in found and "Usaha Mikro, Kecil, dan Menengah" not in found


def test_title_case_headline_names_come_from_the_body(warta):
    text = ("Warga Desa Pasir Tanam 1.500 Bibit Mangrove di Pesisir Mempawah\n"
            "KILASKALBAR – Warga Desa Pasir, Kabupaten Mempawah, menanam 1.500 bibit mangrove.")
    entities = warta.extract(text, doc_id="h").entities
    in_title = [e.text for e in entities if e.end_char <= text.index("\n")]
    assert in_title == ["Desa Pasir"]


def test_photo_credit_and_capitalised_sentence_openers_are_not_entities(warta):
    found = entities_of(warta, ("Relawan membagikan paket sembako (Foto: Humas PMI)\n"
                                "Relawan PMI membagikan 500 paket kepada relawan lain dan warga."))
    assert "Humas PMI" not in found and "Relawan" not in found
