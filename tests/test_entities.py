"""Entities as Indonesian press releases write them: appositives, acronyms, programmes, headlines."""
from __future__ import annotations

from extractor.extractors.entities.referents import referent_name


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


def test_acronym_with_region_is_one_body_and_only_a_city_written_without_its_level_is_a_place(warta):
    found = entities_of(warta, ("Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Cianjur mencatat 27 rumah rusak. "
                                "BPBD menyiagakan petugas di lokasi. Tim Universitas Padjadjaran (Unpad) Bandung ikut."))
    body = "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Cianjur"
    assert found[body] == ("ORG", "Badan Penanggulangan Bencana Daerah Kabupaten Cianjur")
    assert found["BPBD"] == ("ORG", "Badan Penanggulangan Bencana Daerah Kabupaten Cianjur")
    # ANNOTATION.md: a place inside an organisation's name is no mention of its own
    assert "Kabupaten Cianjur" not in found
    assert found["Bandung"][0] == "LOC"


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


def test_office_holder_is_split_from_the_body_and_region_of_the_office(warta):
    found = entities_of(warta, (
        "Kepala Dinas Kesehatan Kalsel Muhammad Muslim mengatakan jumlah spesimen terus meningkat. "
        "Kepala Bappeda Provinsi Kalsel Nurul Fajar Desira menyampaikan rencana anggaran."))
    assert found["Muhammad Muslim"][0] == "PER"
    assert found["Dinas Kesehatan Kalsel"][0] == "ORG"
    assert found["Nurul Fajar Desira"][0] == "PER"
    assert found["Bappeda Provinsi Kalsel"][0] == "ORG"


def test_names_stop_at_ranks_and_titles_do_not_open_place_names(warta):
    found = entities_of(warta, (
        "Kepala Bidang Humas Polda Metro Jaya Kombes Yusri Yunus menegaskan tidak ada panggilan lagi. "
        "Pasien dirawat di Asrama Haji Kota Bekasi sejak Senin."))
    assert found["Polda Metro Jaya"][0] == "ORG"
    assert found["Yusri Yunus"][0] == "PER"
    assert found["Kota Bekasi"][0] == "LOC"
    assert not any(label == "PER" and "Bekasi" in name for name, (label, _) in found.items())


def details_of(warta, text: str) -> dict[str, object]:
    """Mention text -> its Entity."""
    return {e.text: e for e in warta.extract(text, doc_id="d", date="2025-06-02").entities}


def test_roles_come_from_the_office_before_a_name_and_appositives(warta):
    found = details_of(warta, (
        "Bupati Sleman Kustini Sri Purnomo meresmikan pasar desa.\n"
        "Sementara itu, Kepala Desa Lamajang, Ujang, menyampaikan rencana desa.\n"
        "Salah satu anggota kelompok, Erlina, membuat sabun."))
    assert found["Kustini Sri Purnomo"].role == "Bupati Sleman"
    assert found["Ujang"].role == "Kepala Desa Lamajang"
    assert found["Erlina"].role == "anggota kelompok"
    assert found["Kustini Sri Purnomo"].org == ""  # a region is no body


def test_a_title_chain_is_split_where_the_text_later_names_the_person_alone(warta):
    found = details_of(warta, (
        "Corporate Secretary PT Bank Sejahtera Rudi Hartono menambahkan, bantuan diberikan setiap tahun.\n"
        "“Kami ingin warga mandiri,” kata Rudi."))
    assert "PT Bank Sejahtera Rudi Hartono" not in found
    assert (found["Rudi Hartono"].label, found["Rudi Hartono"].role) == ("PER", "Corporate Secretary")
    assert found["Rudi Hartono"].org == "PT Bank Sejahtera"
    assert found["Rudi"].canonical == "Rudi Hartono"


def test_aliases_join_the_full_name_written_and_never_invent_one(warta):
    found = details_of(warta, (
        "Presiden Joko Widodo meninjau lokasi banjir. Jokowi meminta KPK mengawasi bantuan.\n"
        "Sementara itu, SBY hadir di Jakarta."))
    assert found["Jokowi"].canonical == "Joko Widodo"
    assert found["Jokowi"].entity_id == found["Joko Widodo"].entity_id
    # the article never writes the expansions: the names stay as written, the expansion goes to its column
    assert (found["KPK"].canonical, found["KPK"].acronym, found["KPK"].expansion) == (
        "KPK", "KPK", "Komisi Pemberantasan Korupsi")
    assert found["SBY"].canonical == "SBY"


def test_an_initialism_takes_the_full_name_the_article_writes_inside_another_name():
    text = "Dewan Keamanan Perserikatan Bangsa-Bangsa bersidang. PBB mengecam serangan itu."
    assert referent_name(["PBB"], None, text) == ("Perserikatan Bangsa-Bangsa", "PBB", "Perserikatan Bangsa-Bangsa")
    # not written: the name stays as written, the expansion goes to its column
    assert referent_name(["PBB"], None, "PBB mengecam serangan itu.")[0] == "PBB"


def test_a_nickname_with_its_title_keeps_the_title_and_joins_the_written_full_name(warta):
    found = details_of(warta, "Masih kata Cak Imin, kabinet kerja dapat terwujud. Pak Harto dikenang warga. "
                              "Soeharto memimpin lama.")
    assert found["Cak Imin"].canonical == "Cak Imin"
    assert found["Pak Harto"].canonical == "Soeharto" == found["Soeharto"].canonical


def test_balinese_names_keep_their_i_or_ni_and_stop_a_body_before_them(warta):
    found = details_of(warta, (
        "Ketua Partai Demokrat Bali I Made Mudharta saat dihubungi, Senin.\n"
        "Hadir pula Ni Luh Putu Ary dari Denpasar."))
    assert found["Partai Demokrat Bali"].label == "ORG"
    assert found["I Made Mudharta"].label == "PER"
    assert found["Ni Luh Putu Ary"].label == "PER"


def test_bodies_keep_legal_forms_as_written_link_without_them_and_units_name_their_parent(warta):
    found = details_of(warta, (
        "PT Pertamina Patra Niaga Regional Kalimantan menggelar pelatihan. Area Manager PT Pertamina Patra "
        "Niaga, Edi Mangun, hadir. PT Telkom Indonesia (Persero) Tbk melalui Telkom Witel Kalbar ikut serta. "
        "Pertamina Patra Niaga juga hadir."))
    unit = found["PT Pertamina Patra Niaga Regional Kalimantan"]
    assert (unit.canonical, unit.parent) == ("PT Pertamina Patra Niaga Regional Kalimantan", "Pertamina Patra Niaga")
    assert found["PT Pertamina Patra Niaga"].canonical == "PT Pertamina Patra Niaga"
    assert found["Pertamina Patra Niaga"].entity_id == found["PT Pertamina Patra Niaga"].entity_id
    assert found["PT Telkom Indonesia (Persero) Tbk"].canonical == "PT Telkom Indonesia (Persero) Tbk"
    assert found["Telkom Witel Kalbar"].parent == "Telkom"
    assert found["Telkom Witel Kalbar"].region_code == "61"  # the Kalimantan Barat unit


def test_national_programmes_with_their_short_names(warta):
    found = details_of(warta, (
        "Warga penerima PKH dan BLT Dana Desa juga mendapat Kartu Prakerja. Pelaku usaha mengakses KUR "
        "melalui program binaan Rumah BUMN."))
    assert (found["PKH"].label, found["PKH"].expansion) == ("PROGRAMME", "Program Keluarga Harapan")
    assert found["Kartu Prakerja"].label == "PROGRAMME"
    assert (found["KUR"].label, found["KUR"].canonical, found["KUR"].expansion) == (
        "PROGRAMME", "KUR", "Kredit Usaha Rakyat")  # named as written
    assert found["Rumah BUMN"].label == "PROGRAMME"


def test_a_programme_kind_before_a_company_names_the_owner_not_a_programme(warta):
    found = details_of(warta, (
        "Ponsera (Posyandu Integrasi Sehat Ceria) merupakan salah satu program TJSL AFT Supadio yang dijalankan "
        "Aviation Fuel Terminal (AFT) Supadio Pontianak."))
    assert found["Ponsera"].label == "PROGRAMME" and found["Ponsera"].expansion == "Posyandu Integrasi Sehat Ceria"
    assert all(e.label != "PROGRAMME" for name, e in found.items() if name.startswith("AFT"))


def test_countries_are_places_where_written_as_places(warta):
    found = entities_of(warta, (
        "Panitia memfasilitasi pembeli dari Malaysia, Singapura, dan Uni Emirat Arab. "
        "Dua warga Palestina tewas dalam serangan udara yang dilancarkan Israel."))
    assert all(found[name][0] == "LOC" for name in ("Malaysia", "Singapura", "Uni Emirat Arab"))
    assert "Palestina" not in found and "Israel" not in found


def test_one_programme_reading_does_not_relabel_a_much_mentioned_place(warta):
    text = ("Presiden mengunjungi Papua pekan lalu. Warga Papua menyambutnya di Jayapura. Pembangunan Papua "
            "terus dipercepat, kata Presiden. Ia meluncurkan gerakan Papua Sehat di Jayapura. Anak-anak Papua "
            "mendapat makanan bergizi.")
    labels = {e.label for e in warta.extract(text, doc_id="p", date="2025-06-02").entities if e.canonical == "Papua"}
    assert labels == {"LOC"}


def test_bertajuk_names_a_programme_only_where_a_programme_is_told_of(warta):
    found = entities_of(warta, (
        "Perusahaan menjalankan program TJSL bertajuk Terang Desa Lestari di tiga desa. "
        "Penyanyi itu menggelar konser bertajuk Purpose di London."))
    assert found["Terang Desa Lestari"][0] == "PROGRAMME"
    assert found.get("Purpose", ("",))[0] != "PROGRAMME"


def test_a_title_before_a_role_names_no_person(warta):
    found = entities_of(warta, "Pak Sultan mengusulkan satu tahun kepada Presiden. Pak Presiden justru tidak menawarkan hal itu.")
    assert found["Sultan"][0] == "PER"
    assert "Presiden" not in found


def test_a_brand_in_camel_case_is_a_name_and_a_weekday_is_not(warta):
    found = entities_of(warta, "Hal itu disampaikan Budi Santoso kepada detikFinance, Ahad (4/3).")
    assert found["detikFinance"][0] == "ORG"
    assert "Ahad" not in found


def test_an_acronym_after_a_described_programme_is_its_owner(warta):
    found = entities_of(warta, "Panglima TNI memastikan program reformasi TNI terus berjalan bersama program inkubasi BRIncubator.")
    assert found["TNI"][0] == "ORG"
    assert found["BRIncubator"][0] == "PROGRAMME"
