"""Referents across the archive (identity keys, the registry's merges and parents) and programme
activities, on hand-made rows and hand-built Docs: a broken rule fails here whatever the model does."""
from __future__ import annotations

import re

import spacy

from extractor.archive.keys import identity_key
from extractor.archive.registry import Registry, referent_id
from extractor.extractors.acronyms import abbreviates
from extractor.extractors.activities import find_activities
from extractor.records import Article, Count, Entity, Money


def entity_row(doc_id: str, label: str, canonical: str, text: str = "", **fields) -> dict:
    row = {"doc_id": doc_id, "label": label, "text": text or canonical, "canonical": canonical, "entity_id": "E1",
           "acronym": "", "region_code": "", "region_name": "", "org": "", "role": ""}
    return {**row, **fields}


def settled(entities: list[dict], dates: dict[str, str] | None = None) -> Registry:
    registry = Registry()
    articles = [{"doc_id": doc_id, "published_date": date} for doc_id, date in (dates or {}).items()]
    registry.add(entities, articles)
    registry.settle()
    return registry


def test_identity_keys_fold_spelling_legal_forms_and_aliases():
    assert identity_key("ORG", "PT Bank Rakyat Indonesia (Persero) Tbk", "a") == identity_key("ORG", "Bank Rakyat Indonesia", "b")
    assert identity_key("ORG", "Kemenkes", "a") == identity_key("ORG", "Kementerian Kesehatan", "b")
    assert identity_key("PER", "Jokowi", "a") == identity_key("PER", "Joko Widodo", "b")
    assert identity_key("LOC", "Bandung", "a", "32.73") == identity_key("LOC", "Kota Bandung", "b", "32.73")
    assert identity_key("LOC", "Kabupaten Bandung", "a", "32.04") != identity_key("LOC", "Kota Bandung", "b", "32.73")


def test_a_one_word_name_is_joined_only_by_its_body():
    assert identity_key("PER", "Budiyanto", "a") != identity_key("PER", "Budiyanto", "b")
    assert (identity_key("PER", "Budiyanto", "a", org="Polda Metro Jaya")
            == identity_key("PER", "Budiyanto", "b", org="Polda Metro Jaya"))
    assert identity_key("PER", "Rina Marlina", "a") == identity_key("PER", "Rina Marlina", "b")


def test_an_acronym_abbreviates_every_word_of_its_name():
    assert abbreviates("BRI", "Bank Rakyat Indonesia")
    assert abbreviates("Bappenas", "Badan Perencanaan Pembangunan Nasional")
    assert abbreviates("UP3", "Unit Pelaksana Pelayanan Pelanggan")
    assert abbreviates("TJSL", "Tanggung Jawab Sosial dan Lingkungan")
    assert not abbreviates("Dishub", "Dinas Perhubungan DKI Jakarta")  # another city's Dishub elsewhere
    assert not abbreviates("RI", "Retno LP Marsudi")


def test_an_acronym_alone_is_the_name_the_archive_spells_it_out_as():
    registry = settled([
        entity_row("a", "ORG", "Bank Tani Makmur", "Bank Tani Makmur", acronym="BTM"),
        entity_row("a", "ORG", "Bank Tani Makmur", "BTM", acronym="BTM"),
        entity_row("b", "ORG", "BTM"),
        entity_row("c", "ORG", "PT Bank Tani Makmur (Persero) Tbk"),
    ])
    ids = registry.referent_ids([entity_row("b", "ORG", "BTM"), entity_row("c", "ORG", "PT Bank Tani Makmur (Persero) Tbk"),
                                 entity_row("z", "ORG", "Bank Tani Makmur")])
    assert len(set(ids)) == 1
    [referent] = registry.referents()
    assert (referent.canonical, referent.acronym, referent.n_articles, referent.n_mentions) == ("Bank Tani Makmur", "BTM", 3, 4)
    why = {merge.form: merge.why for merge in registry.merges()}
    assert why["BTM"].startswith("acronym: BTM is spelt out as Bank Tani Makmur in 1 of 1")
    assert "legal form" in why["PT Bank Tani Makmur (Persero) Tbk"]


def test_an_acronym_spelt_out_with_a_legal_form_is_still_that_name():
    registry = settled([entity_row("a", "ORG", "PT Melati Technofo Indonesia", acronym="MTI"),
                        entity_row("b", "ORG", "PT MTI")])
    ids = registry.referent_ids([entity_row("a", "ORG", "PT Melati Technofo Indonesia"), entity_row("b", "ORG", "PT MTI")])
    assert len(set(ids)) == 1


def test_an_acronym_spelt_out_as_several_names_stays_apart():
    registry = settled([
        entity_row("a", "ORG", "Kelompok Tani Makmur", acronym="KTM"),
        entity_row("b", "ORG", "Koperasi Tani Mandiri", acronym="KTM"),
        entity_row("c", "ORG", "KTM"),
    ])
    assert len(list(registry.referents())) == 3


def test_a_unit_points_to_its_body_and_a_type_of_body_is_no_parent():
    registry = settled([
        entity_row("a", "ORG", "PT Pertamina (Persero)"),
        entity_row("a", "ORG", "PT Pertamina Patra Niaga"),
        entity_row("b", "ORG", "Pertamina Patra Niaga Regional Kalimantan"),
        entity_row("b", "ORG", "Pengadilan Negeri"),
        entity_row("c", "ORG", "Pengadilan Negeri Sleman"),
        entity_row("c", "ORG", "Partai Amanat"),
        entity_row("c", "ORG", "Partai Amanat Nasional"),
    ])
    referents = {referent.canonical: referent for referent in registry.referents()}
    parent = {name: next((other for other, r in referents.items() if r.referent_id == referent.parent_id), "")
              for name, referent in referents.items()}
    assert parent["Pertamina Patra Niaga Regional Kalimantan"] == "PT Pertamina Patra Niaga"
    assert parent["PT Pertamina Patra Niaga"] == "PT Pertamina (Persero)"
    assert parent["Pengadilan Negeri Sleman"] == "" and parent["Partai Amanat Nasional"] == ""


def test_places_are_their_region_and_dates_span_the_articles():
    registry = settled([
        entity_row("a", "LOC", "Bandung", region_code="32.73", region_name="Kota Bandung"),
        entity_row("b", "LOC", "Kota Bandung", region_code="32.73", region_name="Kota Bandung"),
        entity_row("c", "LOC", "Kabupaten Bandung", region_code="32.04", region_name="Kabupaten Bandung"),
    ], {"a": "2024-03-01", "b": "2023-01-05", "c": "2024-01-01"})
    referents = {referent.canonical: referent for referent in registry.referents()}
    city = referents["Kota Bandung"]
    assert (city.region_code, city.n_articles, city.first_seen, city.last_seen) == ("32.73", 2, "2023-01-05", "2024-03-01")
    assert city.aliases == "Bandung; Kota Bandung" and "Kabupaten Bandung" in referents


def test_referent_ids_depend_on_the_referent_only():
    rows = [entity_row("a", "ORG", "Yayasan Tirta Lestari"), entity_row("b", "PER", "Rina Marlina")]
    one, two = settled(rows), settled(rows[::-1])
    assert one.referent_ids(rows) == two.referent_ids(rows) == [referent_id("ORG|yayasan tirta lestari"),
                                                                 referent_id("PER|rina marlina")]


def test_join_gives_entities_quotes_and_activities_their_referents():
    entities = [entity_row("a", "ORG", "PT Contoh Energi", entity_id="E1"), entity_row("a", "PER", "Rina Marlina", entity_id="E2"),
                entity_row("a", "PROGRAMME", "Kampung Hijau", entity_id="E3")]
    rows = {"entities": entities, "quotes": [{"doc_id": "a", "speaker_entity_id": "E2"}, {"doc_id": "a", "speaker_entity_id": ""}],
            "activities": [{"doc_id": "a", "programme_entity_id": "E3", "owner_entity_id": "E1", "partner_entity_ids": ""}]}
    settled(entities).join(rows)
    assert rows["quotes"][0]["speaker_referent_id"] == entities[1]["referent_id"] and rows["quotes"][1]["speaker_referent_id"] == ""
    assert rows["activities"][0]["owner_referent_id"] == entities[0]["referent_id"]
    assert rows["activities"][0]["programme_referent_id"] == entities[2]["referent_id"]


def doc_with_records(text: str, entities: list[tuple], **records):
    """A blank Doc of ``text`` (one sentence per line) with entities (label, text, entity id, and
    optionally a dict of further Entity fields) at every occurrence, and the other records given."""
    doc = spacy.blank("id")(text)
    line_starts = {0} | {index + 1 for index, char in enumerate(text) if char == "\n"}
    for token in doc:
        token.is_sent_start = token.idx in line_starts
    found = [Entity(label, name, name, start, start + len(name), entity_id, **(fields[0] if fields else {}))
             for label, name, entity_id, *fields in entities
             for start in (match.start() for match in re.finditer(re.escape(name), text))]
    doc._.entities = sorted(found, key=lambda entity: entity.start_char)
    doc._.article = Article(published_date="2025-03-01")
    for name in ("dates", "counts", "money"):
        doc._.set(name, records.get(name, []))
    return doc


def test_an_activity_has_its_owner_partners_places_people_and_money():
    text = ("Melalui program Kampung Hijau PT Contoh Energi menyerahkan bantuan Rp50 juta kepada Kelompok Tani Maju "
            "di Desa Sukamaju, Kabupaten Bogor, yang diikuti 40 petani.\n"
            "Dinas Pertanian hadir di Kabupaten Garut.")
    money, people = text.index("Rp50"), text.index("40 petani")
    doc = doc_with_records(text, [("PROGRAMME", "Kampung Hijau", "E1"), ("ORG", "PT Contoh Energi", "E2"),
                                  ("ORG", "Kelompok Tani Maju", "E3"), ("ORG", "Dinas Pertanian", "E6"),
                                  ("LOC", "Desa Sukamaju", "E4", {"region_code": "32.01.01.2001"}),
                                  ("LOC", "Kabupaten Bogor", "E5", {"region_code": "32.01"})],
                           money=[Money("Rp50 juta", 50_000_000, "IDR", money, money + 9)],
                           counts=[Count("40 petani", 40, "petani", False, people, people + 9, "people")])
    [activity] = find_activities(doc)
    assert (activity.programme, activity.owner, activity.partners) == ("Kampung Hijau", "PT Contoh Energi", "Kelompok Tani Maju")
    assert (activity.places, activity.place_codes) == ("Desa Sukamaju", "32.01.01.2001")  # the regency it lies in is implied
    assert (activity.amount_idr, activity.participants, activity.date) == (50_000_000, 40, "2025-03-01")
    assert (activity.start_char, activity.end_char) == (0, text.index("\n") + 1)


def test_a_programme_named_after_its_body_is_the_body_s():
    text = "Bantuan BRI Peduli diserahkan kepada Pemerintah Kabupaten Cianjur.\nBank Rakyat Indonesia (BRI) berkomitmen."
    doc = doc_with_records(text, [("PROGRAMME", "BRI Peduli", "E1"), ("ORG", "Pemerintah Kabupaten Cianjur", "E2"),
                                  ("ORG", "Bank Rakyat Indonesia", "E3", {"acronym": "BRI"})])
    [activity] = find_activities(doc)
    assert (activity.owner, activity.partners) == ("Bank Rakyat Indonesia", "Pemerintah Kabupaten Cianjur")


def test_a_place_no_article_could_place_is_the_region_the_others_place_it_in():
    registry = settled([
        entity_row("a", "LOC", "Cijantung", region_code="31.75.05.1003", region_name="Cijantung"),
        entity_row("b", "LOC", "Cijantung", region_code="31.75.05.1003", region_name="Cijantung"),
        entity_row("c", "LOC", "Cijantung"),
        entity_row("a", "LOC", "Bandung", region_code="32.73", region_name="Kota Bandung"),
        entity_row("b", "LOC", "Bandung", region_code="32.04", region_name="Kabupaten Bandung"),
        entity_row("c", "LOC", "Bandung"),
    ])
    [village, placed, *bandung] = registry.referent_ids([entity_row("c", "LOC", "Cijantung"),
                                                         entity_row("a", "LOC", "Cijantung", region_code="31.75.05.1003"),
                                                         entity_row("c", "LOC", "Bandung"),
                                                         entity_row("a", "LOC", "Bandung", region_code="32.73"),
                                                         entity_row("b", "LOC", "Bandung", region_code="32.04")])
    assert village == placed
    assert len(set(bandung)) == 3  # the city and the regency alike: no majority places the bare name


def test_a_one_word_person_the_archive_names_as_a_body_or_region_is_that():
    registry = settled([entity_row(doc, "ORG", "Lenovo") for doc in "abc"]
                       + [entity_row("d", "PER", "Lenovo"), entity_row("e", "PER", "Sudirman"),
                          *(entity_row(doc, "LOC", "Sudirman") for doc in "fgh")])
    lenovo, person, sudirman, street = registry.referent_ids([
        entity_row("a", "ORG", "Lenovo"), entity_row("d", "PER", "Lenovo"),
        entity_row("e", "PER", "Sudirman"), entity_row("f", "LOC", "Sudirman")])
    assert lenovo == person
    assert sudirman != street  # a street's name, not a region: a person may bear it


def test_a_body_the_article_cites_as_its_source_runs_no_programme():
    text = ("Festival Musik Pantai digelar pekan lalu, seperti dilansir AFP.\n"
            "Menurut AFP, festival itu ramai. Yayasan Laut Biru ikut hadir.\nYayasan Laut Biru menyiapkan panggung "
            "dan Yayasan Laut Biru menjual tiket.")
    doc = doc_with_records(text, [("PROGRAMME", "Festival Musik Pantai", "E1"), ("ORG", "AFP", "E2"),
                                  ("ORG", "Yayasan Laut Biru", "E3")])
    [activity] = find_activities(doc)
    assert (activity.owner, activity.owner_basis) == ("Yayasan Laut Biru", "article")  # AFP, named more, is the source
    # an outlet's web address opening the text, with no dateline read from it, reports the programme
    text = "CONTOHNEWS.com-Program Kampung Hijau digelar di desa itu.\nKelompok Tani Maju menyiapkan bibit."
    doc = doc_with_records(text, [("ORG", "CONTOHNEWS.com", "E1"), ("PROGRAMME", "Kampung Hijau", "E2"),
                                  ("ORG", "Kelompok Tani Maju", "E3")])
    assert find_activities(doc)[0].owner != "CONTOHNEWS.com"


def test_a_programme_named_in_passing_gets_no_guessed_owner():
    text = ("Presiden berbicara di forum itu.\nIa menyinggung Nawa Cita dalam pidatonya.\n"
            "Kementerian Luar Negeri dan Badan Pusat Statistik hadir. Kementerian Luar Negeri mencatat.")
    doc = doc_with_records(text, [("PROGRAMME", "Nawa Cita", "E1"), ("ORG", "Kementerian Luar Negeri", "E2"),
                                  ("ORG", "Badan Pusat Statistik", "E3")])
    [activity] = find_activities(doc)
    assert (activity.owner, activity.owner_basis) == ("", "")  # a body named twice is no body the article is about


def test_the_body_of_a_person_who_comments_on_a_programme_does_not_run_it():
    text = ("Anggota DPR dari Partai Hanura, Rina Wati, berkunjung ke desa itu.\n"
            "Rina Wati menilai Nawa Cita belum terasa di desa.")
    doc = doc_with_records(text, [("PROGRAMME", "Nawa Cita", "E1"), ("ORG", "Partai Hanura", "E2"),
                                  ("PER", "Rina Wati", "E3", {"org": "Partai Hanura"})])
    [activity] = find_activities(doc)
    assert (activity.owner, activity.owner_basis) == ("", "")


def test_the_owner_may_follow_the_acronym_written_after_the_programme():
    text = "Program Tanggung Jawab Sosial dan Lingkungan (TJSL), PT Contoh Energi menggelar pelatihan di desa itu."
    doc = doc_with_records(text, [("PROGRAMME", "Tanggung Jawab Sosial dan Lingkungan", "E1"), ("PROGRAMME", "TJSL", "E1"),
                                  ("ORG", "PT Contoh Energi", "E2")])
    [activity] = find_activities(doc)
    assert (activity.owner, activity.owner_basis) == ("PT Contoh Energi", "after")


def test_a_body_that_supports_a_programme_is_its_partner():
    text = "Jaringan air dibangun melalui program Pamsimas dengan dukungan Yayasan Tirta Lestari."
    doc = doc_with_records(text, [("PROGRAMME", "Pamsimas", "E1"), ("ORG", "Yayasan Tirta Lestari", "E2")])
    [activity] = find_activities(doc)
    assert (activity.owner, activity.partners) == ("", "Yayasan Tirta Lestari")


def test_the_unit_an_article_names_throughout_runs_its_body_s_programme():
    def owner_of(text: str) -> str:
        doc = doc_with_records(text, [("ORG", "PT Contoh Energi", "E1"), ("PROGRAMME", "Kampung Hijau", "E3"),
                                      ("ORG", "Contoh Energi Area Kalbar", "E2", {"parent": "Contoh Energi"})])
        [activity] = find_activities(doc)
        assert activity.owner_basis == "after"
        return activity.owner
    lead = "PT Contoh Energi menanam mangrove melalui Contoh Energi Area Kalbar.\nProgram Kampung Hijau PT Contoh Energi berjalan.\n"
    assert owner_of(lead + "Manajer Contoh Energi Area Kalbar hadir.") == "Contoh Energi Area Kalbar"
    assert owner_of(lead) == "PT Contoh Energi"  # a unit named once is in passing


def test_a_key_merged_into_a_merged_key_joins_its_root():
    registry = settled([
        entity_row("a", "ORG", "Bank Rakyat Indonesia", acronym="BRI"),
        entity_row("b", "ORG", "BRI"), entity_row("c", "ORG", "BRI"),
        entity_row("d", "PER", "BRI"),  # the model's person, named a body by the archive, which spells it out
    ])
    ids = registry.referent_ids([entity_row("a", "ORG", "Bank Rakyat Indonesia"), entity_row("b", "ORG", "BRI"),
                                 entity_row("d", "PER", "BRI")])
    assert len(set(ids)) == 1
    [referent] = registry.referents()
    assert (referent.canonical, referent.n_articles) == ("Bank Rakyat Indonesia", 4)


def test_a_programme_named_after_its_body_is_the_unit_s_the_article_names():
    text = ("PT Telkom Indonesia (Persero) Tbk menanam mangrove.\n"
            "Melalui Telkom Witel Kalbar, program Telkom Hijau Pesisir berjalan sejak 2022.")
    doc = doc_with_records(text, [("ORG", "PT Telkom Indonesia (Persero) Tbk", "E1"), ("ORG", "Telkom Witel Kalbar", "E2"),
                                  ("PROGRAMME", "Telkom Hijau Pesisir", "E3")])
    [activity] = find_activities(doc)
    assert (activity.owner, activity.owner_basis) == ("Telkom Witel Kalbar", "name")


def test_a_place_inside_a_body_s_name_is_not_where_its_programme_happens():
    text = "Program Kampung Hijau digelar BPBD Kabupaten Garut di Desa Sukamaju, Kabupaten Bogor."
    doc = doc_with_records(text, [("PROGRAMME", "Kampung Hijau", "E1"), ("ORG", "BPBD Kabupaten Garut", "E2"),
                                  ("LOC", "Kabupaten Garut", "E3", {"region_code": "32.05"}),
                                  ("LOC", "Desa Sukamaju", "E4", {"region_code": "32.01.01.2001"})])
    [activity] = find_activities(doc)
    assert (activity.owner, activity.places) == ("BPBD Kabupaten Garut", "Desa Sukamaju")


def test_a_programme_people_only_join_or_hold_is_run_by_no_body_of_the_article():
    text = ("Kepala Dinas Lingkungan Hidup, Abdul Rahman, menyampaikan desa itu diusulkan mengikuti program Kampung "
            "Iklim tahun depan.\nDinas Lingkungan Hidup juga menanam pohon.")
    doc = doc_with_records(text, [("ORG", "Dinas Lingkungan Hidup", "E1"), ("PROGRAMME", "Kampung Iklim", "E2")])
    [activity] = find_activities(doc)
    assert (activity.owner, activity.owner_basis) == ("", "")


def test_the_places_written_as_the_scene_are_where_a_programme_happens():
    text = ("Program Kampung Hijau digelar di Desa Sukamaju, Desa Cibodas dan Desa Ciherang bersama warga asal "
            "Kabupaten Garut.\nProgram Kampung Hijau juga dibahas pemuda Kabupaten Bogor.")
    doc = doc_with_records(text, [("PROGRAMME", "Kampung Hijau", "E1"),
                                  ("LOC", "Desa Sukamaju", "E2", {"region_code": "32.01.01.2001"}),
                                  ("LOC", "Desa Cibodas", "E3", {"region_code": "32.01.01.2002"}),
                                  ("LOC", "Desa Ciherang", "E4", {"region_code": "32.01.01.2003"}),
                                  ("LOC", "Kabupaten Garut", "E5", {"region_code": "32.05"}),
                                  ("LOC", "Kabupaten Bogor", "E6", {"region_code": "32.01"})])
    [activity] = find_activities(doc)
    assert activity.places == "Desa Sukamaju; Desa Cibodas; Desa Ciherang"  # not where the people come from
    # with no place written as the scene, the sentences' places stand
    doc = doc_with_records("Program Kampung Hijau menyasar warga Kabupaten Garut.",
                           [("PROGRAMME", "Kampung Hijau", "E1"), ("LOC", "Kabupaten Garut", "E2", {"region_code": "32.05"})])
    assert find_activities(doc)[0].places == "Kabupaten Garut"
    # nor is the place a statement on it was issued from
    doc = doc_with_records("Program Kampung Hijau menyasar warga, kata direktur dalam siaran persnya di Samarinda.",
                           [("PROGRAMME", "Kampung Hijau", "E1"), ("LOC", "Samarinda", "E2", {"region_code": "64.72"})])
    assert find_activities(doc)[0].places == ""


def test_the_body_a_story_first_names_after_its_lead_is_no_guessed_owner():
    body = "Serikat Pekerja Mandiri menolak. Serikat Pekerja Mandiri berunjuk rasa. Serikat Pekerja Mandiri bertahan."
    title, programme = "Buruh turun ke jalan.\n", "\nHari Buruh Internasional diperingati di kota itu."
    entities = [("PROGRAMME", "Hari Buruh Internasional", "E1"), ("ORG", "Serikat Pekerja Mandiri", "E2")]
    [activity] = find_activities(doc_with_records(title + "Polisi berjaga.\n" + body + programme, entities))
    assert (activity.owner, activity.owner_basis) == ("", "")
    [activity] = find_activities(doc_with_records(title + body + programme, entities))  # in the lead: the story's body
    assert (activity.owner, activity.owner_basis) == ("Serikat Pekerja Mandiri", "article")


def test_the_unit_a_body_acts_through_runs_the_programme():
    text = "Universitas Contoh (Uncon) melalui Lembaga Pengabdian Masyarakat menggelar Expo Desa Maju di tiga kabupaten."
    doc = doc_with_records(text, [("ORG", "Universitas Contoh", "E1"), ("ORG", "Uncon", "E1"),
                                  ("ORG", "Lembaga Pengabdian Masyarakat", "E2"), ("PROGRAMME", "Expo Desa Maju", "E3")])
    [activity] = find_activities(doc)
    assert (activity.owner, activity.owner_basis) == ("Lembaga Pengabdian Masyarakat", "sentence")


def test_a_misspelt_full_name_joins_the_name_more_articles_write():
    registry = settled([entity_row(doc, "PER", "Basuki Tjahaja Purnama") for doc in "ab"]
                       + [entity_row("c", "PER", "Basuki Tjahja Purnama"), entity_row("d", "PER", "Dedi Santosa"),
                          entity_row("e", "PER", "Dedie Santosa")])
    basuki, misspelt, dedi, dedie = registry.referent_ids([
        entity_row("a", "PER", "Basuki Tjahaja Purnama"), entity_row("c", "PER", "Basuki Tjahja Purnama"),
        entity_row("d", "PER", "Dedi Santosa"), entity_row("e", "PER", "Dedie Santosa")])
    assert basuki == misspelt
    assert dedi != dedie  # short names a letter apart are often two people
    assert "spelling" in {merge.form: merge.why for merge in registry.merges()}["Basuki Tjahja Purnama"]


def test_a_one_word_name_joins_the_same_name_in_the_body_that_holds_its_unit():
    registry = settled([
        entity_row("a", "PER", "Rikwanto", org="Polri"),
        entity_row("b", "PER", "Rikwanto", org="Biro Penerangan Masyarakat Divisi Humas Polri"),
        entity_row("c", "PER", "Rikwanto", org="Polda Metro Jaya"),
        entity_row("d", "PER", "Agus", org="Bank"), entity_row("e", "PER", "Agus", org="Bank Mandiri"),
    ])
    polri, unit, metro, bank, mandiri = registry.referent_ids([
        entity_row("a", "PER", "Rikwanto", org="Polri"),
        entity_row("b", "PER", "Rikwanto", org="Biro Penerangan Masyarakat Divisi Humas Polri"),
        entity_row("c", "PER", "Rikwanto", org="Polda Metro Jaya"),
        entity_row("d", "PER", "Agus", org="Bank"), entity_row("e", "PER", "Agus", org="Bank Mandiri")])
    assert polri == unit != metro
    assert bank != mandiri  # a kind of body holds no one


def test_a_unit_named_with_its_national_body_is_the_unit():
    registry = settled([entity_row("a", "ORG", "Ditjen Imigrasi"),
                        entity_row("b", "ORG", "Ditjen Imigrasi Kemenkumham"), entity_row("c", "ORG", "Kemenkumham"),
                        entity_row("d", "ORG", "Dinas Pendidikan"),
                        entity_row("e", "ORG", "Dinas Pendidikan Polri"), entity_row("f", "ORG", "Polri")])
    unit, named_with_body, dinas, dinas_polri = registry.referent_ids([
        entity_row("a", "ORG", "Ditjen Imigrasi"), entity_row("b", "ORG", "Ditjen Imigrasi Kemenkumham"),
        entity_row("d", "ORG", "Dinas Pendidikan"), entity_row("e", "ORG", "Dinas Pendidikan Polri")])
    assert unit == named_with_body
    assert dinas != dinas_polri  # a kind of body: every body has one


def test_a_one_word_person_half_the_archive_writes_as_an_acronym_is_the_body():
    registry = settled([entity_row("a", "ORG", "UNESCO"), entity_row("b", "PER", "Unesco"),
                        entity_row("c", "ORG", "Lenovo"), entity_row("d", "PER", "Lenovo")])
    unesco, person, lenovo, other = registry.referent_ids([
        entity_row("a", "ORG", "UNESCO"), entity_row("b", "PER", "Unesco"),
        entity_row("c", "ORG", "Lenovo"), entity_row("d", "PER", "Lenovo")])
    assert unesco == person
    assert lenovo != other  # one article each way, and no capitals: no majority


def test_identity_keys_write_a_province_one_way():
    assert identity_key("ORG", "Polda Jawa Tengah", "a") == identity_key("ORG", "Polda Jateng", "b")
    assert identity_key("ORG", "Pemerintah DKI", "a") == identity_key("ORG", "Pemerintah Provinsi Jakarta", "b")
    assert identity_key("ORG", "Pemerintah Provinsi Jawa Barat", "a") == identity_key("ORG", "Pemprov Jabar", "b")
    assert identity_key("ORG", "Universitas Negeri Jakarta", "a") != identity_key("ORG", "Universitas Negeri DKI", "b")
