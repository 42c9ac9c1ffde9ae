"""The entity layer's stages on hand-built Docs (``spacy.blank("id")`` with ``doc.ents`` set), so that
a broken rule fails here whatever the trained model does."""
from __future__ import annotations

import spacy
from spacy.tokens import Span

from extractor.extractors.acronyms import find_acronym_pairs
from extractor.extractors.entities import find_entities
from extractor.extractors.entities.candidates import person_candidates
from extractor.extractors.entities.names import is_degree, is_lower_case_name, is_possessed, strip_honorifics
from extractor.extractors.entities.selection import Candidate, Priority, select
from extractor.extractors.entities.words import Words
from extractor.extractors.metadata import Layout, find_layout
from extractor.nlp.tokenizer import customize_tokenizer


def doc_with_entities(text: str, entities: list[tuple[int, int, str]]):
    doc = spacy.blank("id")(text)
    doc.ents = [Span(doc, start, end, label) for start, end, label in entities]
    return doc


def test_a_model_entity_of_white_space_is_no_name_and_no_error():
    doc = doc_with_entities("Kata \u2028 itu", [(1, 2, "ORG")])
    assert find_entities(doc, Layout()) == []
    assert not is_lower_case_name("\u2028")


def test_the_model_span_split_into_body_and_office_holder():
    doc = doc_with_entities("Kepala Dinas Kesehatan Kabupaten Bogor Mulyadi Hartono meninjau posyandu .",
                            [(1, 7, "ORG")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert ("Dinas Kesehatan Kabupaten Bogor", "ORG") in found
    assert ("Mulyadi Hartono", "PER") in found


def test_overlaps_go_to_the_better_priority_then_the_longer_span():
    model = Candidate(0, 10, "PER", Priority.MODEL, "model")
    rule = Candidate(5, 20, "ORG", Priority.RULE, "rule")
    longer_model = Candidate(0, 12, "ORG", Priority.MODEL, "model")
    assert select([model, rule], excluded=()) == [rule]
    assert select([model, longer_model], excluded=()) == [longer_model]
    assert select([model], excluded=((3, 4),)) == []


def test_titles_and_degrees_are_not_part_of_a_name():
    assert strip_honorifics("Drs. H. Asep Saepudin, M.Si.") == "Asep Saepudin"
    # degrees in capitals without stops; other capitals after a name may be its initials
    assert is_degree("MM") and is_degree("MSM") and not is_degree("HS")
    doc = doc_with_entities("Sekretaris Dinas Sosial Adler Sitindaon MM sesuai Keputusan Bupati Nomor 5 hadir .",
                            [(3, 6, "PER"), (9, 10, "PER")])
    assert {(e.text, e.label) for e in find_entities(doc, Layout()) if e.label == "PER"} == {("Adler Sitindaon", "PER")}


def test_acronyms_are_typed_by_what_they_stand_for():
    text = ("Warga Nusa Tenggara Timur (NTT) menerima Kredit Usaha Rakyat (KUR) dari Badan Pusat Statistik (BPS). "
            "Di NTT juga.")
    last_ntt = [token.i for token in spacy.blank("id")(text) if token.text == "NTT"][-1]
    doc = doc_with_entities(text, [(last_ntt, last_ntt + 1, "ORG")])
    labels = {e.text: e.label for e in find_entities(doc, Layout())}
    assert labels["Nusa Tenggara Timur"] == labels["NTT"] == "LOC"  # though the model said ORG
    assert labels["Kredit Usaha Rakyat"] == labels["KUR"] == "PROGRAMME"
    assert labels["Badan Pusat Statistik"] == labels["BPS"] == "ORG"


def test_a_run_of_names_splits_where_the_text_names_a_speaker_alone():
    doc = doc_with_entities("Corporate Secretary PT Bank Sejahtera Rudi Hartono hadir . Bantuan rutin , kata Rudi .", [])
    found = {e.text: e for e in find_entities(doc, Layout())}
    assert found["PT Bank Sejahtera"].label == "ORG"
    assert found["Rudi Hartono"].label == "PER" and found["Rudi Hartono"].org == "PT Bank Sejahtera"


def test_a_persons_name_starts_after_the_body_or_corps_run_into_it():
    text = "Kapuspen TNI Mayjen TNI Wuryanto hadir . Dandim Letkol Czi Dwi Bima Nurahmat juga ."
    tokens = [token.text for token in spacy.blank("id")(text)]
    czi = tokens.index("Czi")
    doc = doc_with_entities(text, [(czi, czi + 4, "PER")])  # the model's span takes the corps in
    people = {e.text for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert {"Wuryanto", "Dwi Bima Nurahmat"} <= people
    assert not people & {"TNI Wuryanto", "Czi Dwi Bima Nurahmat"}


def test_short_names_link_to_the_full_name_and_complete_it():
    text = ("Melalui duta besarnya di PBB, Nikki Haley, AS memotong dana. “Kami kecewa,” kata Haley. "
            "Wakil Ketua KPK Alexander Marwata hadir. “Kami periksa,” ujar Alex.")
    tokens = [token.text for token in spacy.blank("id")(text)]
    haley, alex, marwata = tokens.index("Haley", 12), tokens.index("Alex"), tokens.index("Alexander")
    doc = doc_with_entities(text, [(haley, haley + 1, "PER"), (marwata, marwata + 2, "PER"), (alex, alex + 1, "PER")])
    found = {e.text: e for e in find_entities(doc, Layout())}
    assert found["Nikki Haley"].label == "PER" and found["Haley"].canonical == "Nikki Haley"
    assert found["Alex"].canonical == "Alexander Marwata"  # a nickname opening the one fuller name


def test_places_linked_to_one_region_are_one_referent():
    doc = doc_with_entities("Bupati meninjau Kabupaten Sleman . Warga Sleman menanam padi .", [])
    places = {e.text: e for e in find_entities(doc, Layout()) if e.label == "LOC"}
    assert places["Sleman"].entity_id == places["Kabupaten Sleman"].entity_id
    assert places["Sleman"].canonical == "Kabupaten Sleman" and places["Sleman"].region_code == "34.04"


def test_a_laws_title_and_a_rank_alone_are_no_bodies():
    text = "Sesuai Peraturan Pemerintah Nomor 38 Tahun 2017 , Dinas Nomor 5 dibubarkan . AKBP hadir di Polres Bogor ."
    tokens = [token.text for token in spacy.blank("id")(text)]
    akbp = tokens.index("AKBP")
    doc = doc_with_entities(text, [(akbp, akbp + 1, "ORG")])
    found = {e.text for e in find_entities(doc, Layout())}
    assert not any("Pemerintah" in name or "Nomor" in name for name in found)
    assert "AKBP" not in found and "Polres Bogor" in found


def test_the_model_keeps_given_names_before_the_name_a_speaker_is_called_by():
    text = "Menteri Pertanian Andi Amran Sulaiman hadir . Kata Amran , produksi naik ."
    tokens = [token.text for token in spacy.blank("id")(text)]
    andi, amran = tokens.index("Andi"), tokens.index("Amran", tokens.index("Kata"))
    doc = doc_with_entities(text, [(andi, andi + 3, "PER"), (amran, amran + 1, "PER")])
    found = {e.text: e for e in find_entities(doc, Layout())}
    assert found["Andi Amran Sulaiman"].role == "Menteri Pertanian"
    assert found["Amran"].canonical == "Andi Amran Sulaiman"


def test_a_bodys_short_name_heads_no_persons_name_and_is_no_speakers_name():
    text = "Kepala BPPI Kemenperin Haris Munandar hadir . Kemenperin optimistis , pasar besar ."
    tokens = [token.text for token in spacy.blank("id")(text)]
    kemenperin = tokens.index("Kemenperin")
    doc = doc_with_entities(text, [(kemenperin, kemenperin + 3, "PER")])
    people = {e.text for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert people == {"Haris Munandar"}


def test_titles_printed_without_their_period_and_names_with_an_apostrophe():
    assert strip_honorifics("Prof Dr Ellen J Kumaat") == "Ellen J Kumaat"
    doc = doc_with_entities("Cucu mursyid itu , KH Muchtar Mu'ti , hadir .", [])
    assert "Muchtar Mu'ti" in {e.text for e in find_entities(doc, Layout()) if e.label == "PER"}


def test_the_fullest_written_name_is_canonical_even_where_the_alias_table_knows_a_shorter_one():
    text = "Calon gubernur Anies Rasyid Baswedan berjanji . Anies Baswedan hadir . Kata Anies , lancar ."
    doc = doc_with_entities(text, [])
    people = {e.text: e.canonical for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert set(people.values()) == {"Anies Rasyid Baswedan"}


def test_names_in_a_headline_line_are_read_from_the_prose():
    text = ("Gubernur Olly Dondokambey menerima Fahri Hamzah di Manado .\n\n"
            "Baca juga : Olly Dondokambey Bantu Evakuasi Fahri Hamzah dari Bandara Manado")
    tokens = [token.text for token in spacy.blank("id")(text)]
    glued = tokens.index("Olly", 3)  # the model reads the headline's "Olly Dondokambey Bantu Evakuasi" as a name
    found = find_entities(doc_with_entities(text, [(1, 3, "PER"), (4, 6, "PER"), (glued, glued + 4, "PER")]), Layout())
    assert {e.canonical for e in found if e.label == "PER"} == {"Olly Dondokambey", "Fahri Hamzah"}


def test_a_country_or_acronym_run_into_a_persons_name_is_cut_whatever_layer_found_it():
    text = "Presiden Turki Recep Tayyip Erdogan menuduh Belanda . Juru bicara AS Molly Koscina hadir ."
    tokens = [token.text for token in spacy.blank("id")(text)]
    turki, amerika = tokens.index("Turki"), tokens.index("AS")
    doc = doc_with_entities(text, [(turki, turki + 4, "PER"), (amerika, amerika + 3, "PER")])
    people = {e.text for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert people == {"Recep Tayyip Erdogan", "Molly Koscina"}  # and "Belanda" after "menuduh" is no one's name


def test_a_nickname_joins_the_fuller_names_once_they_are_one_person():
    text = "Sandiaga Salahuddin Uno hadir . Kata Sandiaga Uno , siap . Menurut Sandi , damkar tiba ."
    tokens = [token.text for token in spacy.blank("id")(text)]
    spans = [(0, 3), (tokens.index("Uno", 4) - 1, tokens.index("Uno", 4) + 1), (tokens.index("Sandi"), tokens.index("Sandi") + 1)]
    doc = doc_with_entities(text, [(start, end, "PER") for start, end in spans])
    assert {e.canonical for e in find_entities(doc, Layout())} == {"Sandiaga Salahuddin Uno"}


def test_a_bodys_short_name_joins_its_full_name_but_a_subsidiary_stays_apart():
    text = ("Partai Gerindra dan PT Freeport Indonesia hadir . Gerindra setuju . Freeport menolak . "
            "Pertamina Patra Niaga dan Pertamina juga .")
    tokens = [token.text for token in spacy.blank("id")(text)]
    bodies = [(0, 2), (3, 6), (tokens.index("Gerindra", 3), tokens.index("Gerindra", 3) + 1),
              (tokens.index("Freeport", 6), tokens.index("Freeport", 6) + 1),
              (tokens.index("Patra") - 1, tokens.index("Patra") + 2), (tokens.index("juga") - 1, tokens.index("juga"))]
    doc = doc_with_entities(text, [(start, end, "ORG") for start, end in bodies])
    found = {e.text: e for e in find_entities(doc, Layout())}
    assert found["Gerindra"].entity_id == found["Partai Gerindra"].entity_id
    assert found["Freeport"].entity_id == found["PT Freeport Indonesia"].entity_id
    assert found["Pertamina"].entity_id != found["Pertamina Patra Niaga"].entity_id


def test_an_acronym_in_another_language_joins_the_name_it_follows():
    text = "Organisasi Pelarangan Senjata Kimia (OPCW) menyelidiki . OPCW melapor ."
    tokens = [token.text for token in spacy.blank("id")(text)]
    opcw = [i for i, token in enumerate(tokens) if token == "OPCW"]
    doc = doc_with_entities(text, [(0, 4, "ORG"), (opcw[0], opcw[0] + 1, "ORG"), (opcw[1], opcw[1] + 1, "ORG")])
    found = {e.text: e for e in find_entities(doc, Layout())}
    assert found["OPCW"].entity_id == found["Organisasi Pelarangan Senjata Kimia"].entity_id


def test_a_date_run_into_a_places_name_is_cut_and_common_acronyms_are_no_bodies():
    text = "Menjelang Pilkada DKI Jakarta Februari 2017 , warga Pasar Minggu bertanya . Perusahaan BUMN ikut ."
    tokens = [token.text for token in spacy.blank("id")(text)]
    dki, pasar, bumn = tokens.index("DKI"), tokens.index("Pasar"), tokens.index("BUMN")
    doc = doc_with_entities(text, [(dki, dki + 4, "LOC"), (pasar, pasar + 2, "LOC"), (bumn, bumn + 1, "ORG")])
    found = {e.text for e in find_entities(doc, Layout())}
    assert "DKI Jakarta" in found and "Pasar Minggu" in found
    assert not any("Februari" in name for name in found) and "BUMN" not in found


def test_another_persons_surname_run_into_a_name_is_cut():
    text = "Presiden Rodrigo Duterte menolak . Juru bicara Duterte Harry Roque hadir ."
    tokens = [token.text for token in spacy.blank("id")(text)]
    duterte = tokens.index("Duterte", 3)
    doc = doc_with_entities(text, [(1, 3, "PER"), (duterte, duterte + 3, "PER")])
    assert {e.text for e in find_entities(doc, Layout()) if e.label == "PER"} == {"Rodrigo Duterte", "Harry Roque"}


def test_named_events_and_awards_are_programmes_and_a_head_alone_is_none():
    from extractor.extractors.entities.programmes import is_programme_name
    assert is_programme_name("Festival Ekonomi Syariah") and is_programme_name("Sun Life Edufair")
    assert is_programme_name("Kartu Jakarta Pintar") and is_programme_name("Hari Pangan Sedunia")
    assert not is_programme_name("Festival") and not is_programme_name("Hari ini")
    assert not is_programme_name("Dinas Pendidikan")


def test_a_given_name_between_a_place_and_a_spoken_surname_is_the_persons():
    text = "Wakil Menteri Luar Negeri Suriah Faisal Mekdad hadir . Mekdad menyatakan siap . Kata Mekdad , aman ."
    tokens = [token.text for token in spacy.blank("id")(text)]
    kata = tokens.index("Kata")
    doc = doc_with_entities(text, [(kata, kata + 2, "PER")])  # the model takes the cue in: "Kata Mekdad"
    found = {e.text: e for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert found["Faisal Mekdad"].role == "Wakil Menteri Luar Negeri Suriah"
    assert found["Mekdad"].canonical == "Faisal Mekdad" and "Kata Mekdad" not in found


def test_a_press_release_title_chain_keeps_the_units_field_and_its_offices_words():
    text = ("Field Manager PT Contoh Energi EP Asset 4 Cepu Field Agus Salim menambahkan , program CSR diikuti "
            "40 pemuda . Area Manager Relations & CSR PT Contoh Energi hadir .")
    tokens = [token.text for token in spacy.blank("id")(text)]
    agus = tokens.index("Agus")
    doc = doc_with_entities(text, [(0, 1, "PER"), (agus, agus + 2, "PER")])  # the model reads "Field" as a name
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert ("PT Contoh Energi EP Asset 4 Cepu Field", "ORG") in found and ("Agus Salim", "PER") in found
    assert not any(name in ("Field", "40") for name, _ in found)
    csr = [e for e in find_entities(doc, Layout()) if e.text == "CSR"]
    assert csr and all(e.label == "PROGRAMME" for e in csr)


def test_an_office_opening_the_models_body_or_place_is_cut_and_a_body_it_named_a_place_is_a_body():
    text = "General Manager PLN UID NTT Agustinus Jatmiko hadir di Istana Wakil Presiden ."
    tokens = [token.text for token in spacy.blank("id")(text)]
    agustinus, istana = tokens.index("Agustinus"), tokens.index("Istana")
    doc = doc_with_entities(text, [(0, 3, "LOC"), (3, 4, "ORG"), (agustinus, agustinus + 2, "PER"),
                                   (istana, istana + 3, "LOC")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert ("PLN UID NTT", "ORG") in found and ("Istana Wakil Presiden", "LOC") in found
    assert not any("Manager" in name for name, _ in found)
    # the other way round: the region an office is written with is a place, though the model said body
    doc = doc_with_entities("Kapolres Merauke AKBP Ary Purwanto meninjau lokasi .", [(0, 3, "ORG"), (3, 5, "PER")])
    assert {(e.text, e.label) for e in find_entities(doc, Layout())} == {("Merauke", "LOC"), ("Ary Purwanto", "PER")}


def test_a_person_s_initials_are_the_person_whatever_they_were_tagged():
    doc = doc_with_entities("Wali Kota Madiun Bambang Irianto diperiksa . KPK menetapkan BI sebagai tersangka .",
                            [(3, 5, "PER"), (7, 8, "ORG"), (9, 10, "ORG")])
    found = {e.text: (e.label, e.canonical, e.expansion) for e in find_entities(doc, Layout())}
    assert found["BI"] == ("PER", "Bambang Irianto", "")  # not the bank the alias table knows as "BI"
    assert found["KPK"][0] == "ORG"


def test_a_name_or_its_acronym_is_one_body_and_not_the_unit_the_acronym_opens():
    doc = doc_with_entities("Bank Rakyat Indonesia atau BRI menggelar pelatihan di kantor BRI Jakarta 3 . "
                            "BRI menyalurkan kredit .", [(0, 3, "ORG"), (4, 5, "ORG"), (9, 12, "ORG"), (13, 14, "ORG")])
    found = {(e.text, e.start_char): (e.canonical, e.entity_id) for e in find_entities(doc, Layout())}
    bank = found["Bank Rakyat Indonesia", 0]
    assert found["BRI", 27] == found["BRI", 77] == bank
    assert found["BRI Jakarta 3", 61][1] != bank[1]  # a unit of the bank, not the bank


def test_a_regional_chapter_is_named_with_its_board_and_region_and_is_one_body_however_written():
    doc = doc_with_entities("Ketua Kadin Jawa Timur La Nyalla hadir . Wakil Sekretaris DPD I Partai Golkar Provinsi "
                            "Gorontalo Ghalieb Lahidjun hadir . Ketua DPD I Golkar Gorontalo setuju .",
                            [(1, 2, "ORG"), (4, 6, "PER"), (16, 18, "PER"), (23, 24, "ORG")])
    found = {e.text: e for e in find_entities(doc, Layout())}
    assert found["Kadin Jawa Timur"].label == "ORG"  # the chamber's chapter, not the national chamber
    assert "Kadin" not in found and "Golkar" not in found
    chapter = found["DPD I Partai Golkar Provinsi Gorontalo"]
    assert found["DPD I Golkar Gorontalo"].entity_id == chapter.entity_id
    assert found["DPD I Golkar Gorontalo"].canonical == chapter.text


def test_a_regional_government_is_one_body_in_its_short_and_full_name():
    doc = doc_with_entities("Pemerintah Provinsi Lampung menolak . Menurut Pemprov Lampung , dana cukup . "
                            "Pemerintah Kabupaten Lampung Selatan diam .", [])
    found = {e.text: e for e in find_entities(doc, Layout())}
    assert found["Pemprov Lampung"].entity_id == found["Pemerintah Provinsi Lampung"].entity_id
    assert found["Pemerintah Kabupaten Lampung Selatan"].entity_id != found["Pemprov Lampung"].entity_id


def test_a_building_is_a_place_whatever_body_it_is_named_after():
    doc = doc_with_entities("Rapat di Balai Kota DKI Jakarta , lalu di Gedung Kementerian Sekretariat Negara . "
                            "Djarot kembali ke Balai Kota .", [(2, 6, "ORG"), (10, 13, "ORG"), (17, 19, "ORG")])
    found = {e.text: e.label for e in find_entities(doc, Layout())}
    assert found["Balai Kota DKI Jakarta"] == found["Balai Kota"] == "LOC"
    assert found["Gedung Kementerian Sekretariat Negara"] == "LOC"  # not the ministry the model found inside
    assert "Kementerian Sekretariat Negara" not in found


def test_a_country_s_government_is_the_country_and_a_region_s_government_a_body():
    doc = doc_with_entities("Pemerintah Suriah membantah . Pemerintah Kota Bandung membantu .", [])
    found = {e.text: e.label for e in find_entities(doc, Layout())}
    assert found == {"Suriah": "LOC", "Pemerintah Kota Bandung": "ORG"}


def test_a_spelt_out_office_or_procedure_is_no_name_but_the_body_inside_an_office_is():
    doc = doc_with_entities("Kepala Kepolisian Negara Republik Indonesia (Kapolri) hadir. Peserta Seleksi Kompetensi "
                            "Dasar (SKD) dan Pemilihan Kepala Daerah (Pilkada) menunggu. Badan Pusat Statistik (BPS) "
                            "mencatat.", [])
    found = {e.text: e.label for e in find_entities(doc, Layout())}
    assert found["Kepolisian Negara Republik Indonesia"] == "ORG"
    assert found["Badan Pusat Statistik"] == found["BPS"] == "ORG"
    assert not {"Kapolri", "SKD", "Seleksi Kompetensi Dasar", "Pilkada", "Pemilihan Kepala Daerah"} & set(found)


def test_an_officer_s_rank_ends_the_body_s_name_and_a_legal_form_belongs_to_the_company():
    doc = doc_with_entities("Kabid Humas Polda Metro Jaya Komisaris Besar Polisi Argo Yuwono hadir . Dana untuk Adhi Karya "
                            "(Persero) Tbk cair .", [(2, 8, "ORG"), (8, 10, "PER"), (14, 16, "ORG"), (17, 18, "ORG"),
                                                     (19, 20, "ORG")])
    found = {e.text: e.label for e in find_entities(doc, Layout())}
    assert found == {"Polda Metro Jaya": "ORG", "Argo Yuwono": "PER", "Adhi Karya (Persero) Tbk": "ORG"}


def test_a_body_s_short_name_is_the_one_unit_of_that_name_the_article_names():
    doc = doc_with_entities("Dinas Sosial DKI Jakarta menjangkau warga . Dinas Sosial juga bekerja sama . Dinas Pendidikan "
                            "Kota Bogor hadir . Dinas Pendidikan Kabupaten Bogor juga . Dinas Pendidikan mencatat .", [])
    found = {e.text: e.entity_id for e in find_entities(doc, Layout())}
    assert found["Dinas Sosial"] == found["Dinas Sosial DKI Jakarta"]
    assert found["Dinas Pendidikan"] not in (found["Dinas Pendidikan Kota Bogor"], found["Dinas Pendidikan Kabupaten Bogor"])


def test_a_name_of_several_words_is_not_the_short_name_of_that_name_with_a_country():
    doc = doc_with_entities("Komisi Perlindungan Anak Indonesia mencatat . Komisi Perlindungan Anak juga melapor .",
                            [(0, 4, "ORG"), (6, 9, "ORG")])
    found = {e.text: e.entity_id for e in find_entities(doc, Layout())}
    assert found["Komisi Perlindungan Anak"] != found["Komisi Perlindungan Anak Indonesia"]


def test_an_outlet_s_web_address_is_the_outlet_named_by_its_name():
    doc = doc_with_entities("Kata Gomar kepada CNNIndonesia.com , Senin . CNN Indonesia mencatat .", [(1, 2, "PER"), (3, 4, "ORG"),
                                                                                                      (7, 9, "ORG")])
    found = {e.text: (e.entity_id, e.canonical) for e in find_entities(doc, Layout())}
    assert found["CNNIndonesia.com"] == found["CNN Indonesia"] == (found["CNN Indonesia"][0], "CNN Indonesia")


def test_a_body_the_model_ran_into_a_surname_the_text_names_a_speaker_by_splits_before_the_given_names():
    doc = doc_with_entities("Komisioner Komnas HAM Natalius Pigai menyebut sembilan kasus . Di PBB , Nikki Haley hadir . "
                            "Itu salah , ujar Pigai . Itu benar , kata Haley .", [(1, 5, "ORG"), (12, 14, "ORG"),
                                                                        (20, 21, "PER"), (26, 27, "PER")])
    found = {e.text: (e.label, e.canonical) for e in find_entities(doc, Layout())}
    assert found["Komnas HAM"][0] == "ORG"
    assert found["Natalius Pigai"] == found["Pigai"] == ("PER", "Natalius Pigai")
    assert found["Nikki Haley"] == found["Haley"] == ("PER", "Nikki Haley")


def test_a_person_s_name_starts_after_words_the_text_writes_in_lower_case_and_ends_before_a_rank():
    doc = doc_with_entities("Staf Ahli Kementerian Kesehatan Barlian hadir . Barlian menyebut anggaran kesehatan naik . "
                            "Kata Kapolres Jember AKBP Kusworo Wibowo .", [(3, 5, "PER"), (7, 8, "PER"), (15, 17, "PER"),
                                                                           (17, 19, "PER")])
    found = {e.text: e.label for e in find_entities(doc, Layout())}
    assert found["Barlian"] == "PER" and "Kesehatan Barlian" not in found
    assert found["Jember"] == "LOC" and found["Kusworo Wibowo"] == "PER"


def test_names_that_say_they_are_a_programme_or_an_event_and_another_name_after_alias():
    doc = doc_with_entities("Program Nyibat berjalan . Ia datang ke Indonesia Business and Development Expo pada Hari Pangan "
                            "Sedunia . Program Studi Hukum dibuka . Andalannya program Juling alias Jumat Keliling .", [])
    found = {e.text: (e.label, e.canonical) for e in find_entities(doc, Layout())}
    assert found["Program Nyibat"][0] == found["Hari Pangan Sedunia"][0] == "PROGRAMME"
    assert found["Indonesia Business and Development Expo"][0] == "PROGRAMME"
    assert found["Juling"] == found["Jumat Keliling"] == ("PROGRAMME", "Jumat Keliling")
    assert not any(name.startswith("Program Studi") for name in found)


def test_a_day_a_campaign_observes_is_a_programme_and_a_holiday_or_a_movement_is_not():
    doc = doc_with_entities("Pada Hari Guru Nasional mereka libur . Hari Raya Idul Fitri tiba . Hari Kerja dimulai . "
                            "Gerakan Pemuda Ansor hadir .", [])
    labels = {e.text: e.label for e in find_entities(doc, Layout())}
    assert labels["Hari Guru Nasional"] == "PROGRAMME"
    assert not {name for name, label in labels.items() if label == "PROGRAMME"} - {"Hari Guru Nasional"}


def test_a_person_is_found_by_the_surname_alone_where_the_model_missed_it():
    doc = doc_with_entities("Kata Menteri Luar Negeri Julie Bishop . Menlu Bishop mengungkapkan bahwa bantuan siap .",
                            [(4, 6, "PER")])
    found = [(e.text, e.label, e.canonical) for e in find_entities(doc, Layout())]
    assert ("Bishop", "PER", "Julie Bishop") in found


def test_a_body_named_after_its_field_is_spelt_out_with_its_head_and_its_acronym_is_the_body():
    doc = doc_with_entities("Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR) siap. Inovasi Kementerian PUPR berhasil.",
                            [])
    found = {e.text: (e.entity_id, e.canonical) for e in find_entities(doc, Layout())}
    ministry = found["Kementerian Pekerjaan Umum dan Perumahan Rakyat"]
    assert found["PUPR"] == found["Kementerian PUPR"] == ministry
    assert ministry[1] == "Kementerian Pekerjaan Umum dan Perumahan Rakyat"


def test_an_office_and_its_qualifier_are_no_part_of_the_body_a_tail_word_ends():
    doc = doc_with_entities("Itu benar , kata Direktur Eksekutif Voxpol Center , Pangi Syarwi Chaniago .", [(9, 12, "PER")])
    found = {e.text: (e.label, e.role, e.org) for e in find_entities(doc, Layout())}
    assert found["Voxpol Center"][0] == "ORG"
    assert found["Pangi Syarwi Chaniago"] == ("PER", "Direktur Eksekutif", "Voxpol Center")


def test_an_appositive_office_gives_the_person_a_role_and_the_body_it_names():
    doc = doc_with_entities("Budi Santoso , Ketua Kelompok Tani Maju , mengatakan panen naik .",
                            [(0, 2, "PER"), (4, 7, "ORG")])
    budi = next(e for e in find_entities(doc, Layout()) if e.text == "Budi Santoso")
    assert (budi.role, budi.org) == ("Ketua", "Kelompok Tani Maju")


def test_a_model_name_opened_by_a_head_noun_in_lower_case_is_kept_and_links_to_the_capitalised_one():
    doc = doc_with_entities("Ketua partai Demokrat hadir di gedung DPR pada Senin . Partai Demokrat menolak usulan itu . "
                            "Acara berikutnya digelar di kota Bandung .",
                            [(1, 3, "ORG"), (5, 7, "LOC"), (10, 12, "ORG"), (20, 22, "LOC")])
    entities = {e.text: e for e in find_entities(doc, Layout())}
    assert entities["gedung DPR"].label == "LOC"
    assert entities["partai Demokrat"].entity_id == entities["Partai Demokrat"].entity_id
    assert entities["partai Demokrat"].canonical == "Partai Demokrat"
    assert entities["kota Bandung"].canonical == "Kota Bandung"


def test_a_cue_glued_before_a_short_name_makes_it_no_other_persons_surname():
    doc = doc_with_entities("Calon Wakil Gubernur , Djarot Saiful Hidayat , tiba . “ Ayo , ” Kata Djarot .",
                            [(4, 7, "PER"), (14, 16, "PER")])
    found = {e.text: e.canonical for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert found == {"Djarot Saiful Hidayat": "Djarot Saiful Hidayat", "Djarot": "Djarot Saiful Hidayat"}


def test_a_name_found_once_is_found_again_where_its_later_words_are_in_lower_case():
    doc = doc_with_entities("Gubernur Jawa Tengah hadir . Warga Jawa tengah menyambut . Jawa tengahnya bukan .",
                            [(1, 3, "LOC")])
    found = [(e.text, e.entity_id) for e in find_entities(doc, Layout())]
    assert found == [("Jawa Tengah", "E1"), ("Jawa tengah", "E1")]


def test_a_partial_name_of_two_people_joins_the_one_named_last_before_it_and_never_both():
    doc = doc_with_entities("Ahmad Syaikhu hadir . “ Ya , ” ujar Ahmad . Gubernur Ahmad Heryawan datang .",
                            [(0, 2, "PER"), (9, 10, "PER"), (12, 14, "PER")])
    ids = {e.text: e.entity_id for e in find_entities(doc, Layout())}
    assert ids["Ahmad"] == ids["Ahmad Syaikhu"] != ids["Ahmad Heryawan"]


def test_a_ticket_of_two_short_names_is_no_person_but_a_hyphenated_body_stays():
    doc = doc_with_entities("Tim Anies - Sandi dan Go - Jek hadir .", [(1, 4, "PER"), (5, 8, "ORG")])
    assert [(e.text, e.label) for e in find_entities(doc, Layout())] == [("Go - Jek", "ORG")]
    unspaced = doc_with_entities("Tim Anies-Sandi hadir .", [(1, 4, "PER")])
    assert find_entities(unspaced, Layout()) == []


def test_a_unit_spelt_out_after_its_company_is_one_body_with_the_short_name_written_part_by_part():
    doc = doc_with_entities("PT PLN (Persero) Unit Induk Distribusi (UID) Nusa Tenggara Timur menyalakan listrik . "
                            "General Manager PLN UID NTT Agustinus Mbulu hadir . PLN Mobile dibuka .",
                            [(0, 2, "ORG"), (19, 22, "ORG"), (22, 24, "PER"), (26, 28, "ORG")])
    found = {e.text: (e.label, e.entity_id, e.canonical) for e in find_entities(doc, Layout())}
    unit = found["PT PLN (Persero) Unit Induk Distribusi (UID) Nusa Tenggara Timur"]
    assert unit[0] == "ORG" and found["PLN UID NTT"] == unit
    assert found["PLN Mobile"][1] != unit[1]  # a product that writes no part of the unit's name
    assert found["Agustinus Mbulu"][0] == "PER"


def test_a_facility_is_named_with_its_site_and_city_but_a_body_s_acronym_after_another_is_no_site():
    doc = doc_with_entities("Aviation Fuel Terminal (AFT) Supadio Pontianak menggelar pelatihan . Pusat Pengendalian "
                            "Operasi (Pusdalops) BPBD Sukabumi mencatat .", [(5, 7, "PER")])
    found = {e.text: (e.label, e.canonical) for e in find_entities(doc, Layout())}
    assert found["Aviation Fuel Terminal (AFT) Supadio Pontianak"] == ("ORG", "Aviation Fuel Terminal Supadio Pontianak")
    assert found["Pontianak"][0] == "LOC" and "Supadio Pontianak" not in found  # the city, not the site, is a place
    assert "Pusat Pengendalian Operasi (Pusdalops) BPBD Sukabumi" not in found


def test_a_pronoun_the_model_took_for_a_name_is_nobody_and_a_nickname_introduced_so_is_the_person():
    doc = doc_with_entities("Dirinya pun mengungkapkan rencana itu . Kepala Desa Budi Santoso atau akrab disapa "
                            "Bonang hadir . Bonang tersenyum .", [(0, 1, "PER"), (8, 10, "PER"), (13, 14, "PER"), (16, 17, "PER")])
    found = {e.text: (e.label, e.entity_id, e.canonical) for e in find_entities(doc, Layout())}
    assert "Dirinya" not in found
    assert found["Bonang"] == found["Budi Santoso"] == ("PER", found["Bonang"][1], "Budi Santoso")


def test_a_region_s_second_word_or_a_body_the_text_names_alone_is_no_given_name_before_a_speaker():
    doc = doc_with_entities("Kata Bupati Gunung Kidul Badingah , jalan itu rusak . “ Kami perbaiki , ” kata Badingah . "
                            "Huda bersama Persela lama . Kata manajer Persela Yunan Achmadi , nomor itu bebas . "
                            "“ Kami sedih , ” ucap Yunan .", [(16, 17, "PER"), (18, 19, "PER"), (20, 21, "ORG"),
                                                            (39, 40, "PER")])
    people = {e.text for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert {"Badingah", "Yunan Achmadi"} <= people and not {"Kidul Badingah", "Persela Yunan Achmadi"} & people


def test_two_bodies_joined_by_dan_are_two_but_a_body_named_for_two_fields_is_one():
    doc = doc_with_entities("Petugas Dinas Penataan Kota dan Badan Pertanahan Nasional mengukur lahan . "
                            "Dinas Kebudayaan dan Pariwisata hadir .", [])
    bodies = {e.text for e in find_entities(doc, Layout()) if e.label == "ORG"}
    assert bodies == {"Dinas Penataan Kota", "Badan Pertanahan Nasional", "Dinas Kebudayaan dan Pariwisata"}


def test_title_chain_words_before_a_body_the_text_names_on_its_own_are_no_part_of_it():
    doc = doc_with_entities("Aksi itu digagas Telkom Witel Kalbar . Manager Shared Service & General Support Telkom Witel "
                            "Kalbar , Rudi Hartono , mengatakan . Fakultas Ekonomi Universitas Indonesia dan Universitas "
                            "Indonesia hadir .", [(3, 6, "ORG"), (11, 16, "ORG"), (22, 26, "ORG"), (27, 29, "ORG")])
    bodies = [e.text for e in find_entities(doc, Layout()) if e.label == "ORG"]
    assert bodies.count("Telkom Witel Kalbar") == 2 and "General Support Telkom Witel Kalbar" not in bodies
    assert "Fakultas Ekonomi Universitas Indonesia" in bodies  # a head opens a unit's name: kept whole


def test_a_web_address_written_as_a_name_is_the_outlet_and_an_address_to_visit_is_none():
    text = ("Hal itu dikatakan Rudi kepada kumparan ( kumparan.com ) , Senin . Data yang diperoleh CNNIndonesia.com "
            "menunjukkan hal sama . Jadwal ada di situs apbd.jakarta.go.id .")
    found = {e.text: e for e in find_entities(doc_with_entities(text, []), Layout())}
    assert found["kumparan"].label == found["kumparan.com"].label == found["CNNIndonesia.com"].label == "ORG"
    assert found["kumparan"].entity_id == found["kumparan.com"].entity_id
    assert "apbd.jakarta.go.id" not in found


def test_a_javanese_noble_title_is_no_part_of_the_name():
    doc = doc_with_entities("Kabid Humas Kombes Raden Prabowo Argo Yuwono hadir .", [(3, 7, "PER")])
    assert [e.text for e in find_entities(doc, Layout()) if e.label == "PER"] == ["Prabowo Argo Yuwono"]


def test_an_acronym_spelt_out_in_lower_case_and_a_kind_of_body_are_no_names():
    text = ("Sertifikat hak guna bangunan (HGB) terbit. HGB itu diserahkan kepada Pemerintah Daerah dan "
            "Kementerian Keuangan. Dana corporate social responsibility (CSR) cair.")
    tokens = [token.text for token in spacy.blank("id")(text)]
    hgb = [i for i, token in enumerate(tokens) if token == "HGB"]
    doc = doc_with_entities(text, [(i, i + 1, "ORG") for i in hgb])
    found = {e.text: e.label for e in find_entities(doc, Layout())}
    assert "HGB" not in found and "Pemerintah Daerah" not in found
    assert found["Kementerian Keuangan"] == "ORG" and found["CSR"] == "PROGRAMME"


def test_a_name_and_its_short_form_in_brackets_keep_the_models_person_or_place():
    text = "Presiden Joko Widodo (Jokowi) meninjau Rumah Sakit Cipto Mangunkusumo (RSCM) hari ini."
    tokens = [token.text for token in spacy.blank("id")(text)]
    rumah = tokens.index("Rumah")
    doc = doc_with_entities(text, [(1, 3, "PER"), (rumah, rumah + 4, "LOC")])
    found = {e.text: e for e in find_entities(doc, Layout())}
    assert found["Joko Widodo"].label == found["Jokowi"].label == "PER"
    assert found["Rumah Sakit Cipto Mangunkusumo"].label == found["RSCM"].label == "ORG"


def test_a_persons_name_misspelt_later_is_the_person_named_before():
    text = ("Kepala Suku Dinas Irwansyah hadir . Yanti Sudarti juga . Kata Irmansyah , kapal siap . "
            "Mantan gubernur Ratu Atut Chosiyah bersyukur . Atut Choisiyah berterima kasih . Kata Atut , aman . "
            "Dedi dan Dedie datang .")
    tokens = [token.text for token in spacy.blank("id")(text)]
    people = [(tokens.index(first), tokens.index(first) + size, "PER") for first, size in
              (("Irwansyah", 1), ("Yanti", 2), ("Irmansyah", 1), ("Ratu", 3), ("Atut", 2), ("Dedi", 1), ("Dedie", 1))]
    atut = [i for i, token in enumerate(tokens) if token == "Atut"]
    people[4:5] = [(atut[1], atut[1] + 2, "PER"), (atut[2], atut[2] + 1, "PER")]  # "Atut" links to "Atut Choisiyah"
    found = {e.text: e for e in find_entities(doc_with_entities(text, people), Layout())}
    assert found["Irmansyah"].canonical == "Irwansyah"
    assert found["Atut Choisiyah"].canonical == found["Atut"].canonical == "Ratu Atut Chosiyah"
    assert found["Dedie"].canonical == "Dedie" and found["Yanti Sudarti"].canonical == "Yanti Sudarti"


def test_a_balinese_name_runs_on_after_its_birth_order_name_and_a_brokers_name_is_a_body():
    text = "Presiden IOI , I Made Dana M. Tangkas mengatakan . Analis Reliance Sekuritas William S Wijaya menilai ."
    tokens = [token.text for token in spacy.blank("id")(text)]
    made, tangkas, william = tokens.index("I"), tokens.index("M."), tokens.index("William")
    doc = doc_with_entities(text, [(made, made + 2, "PER"), (tangkas, tangkas + 2, "PER"),
                                   (william, william + 3, "PER")])
    found = {e.text: e.label for e in find_entities(doc, Layout())}
    assert found["I Made Dana M. Tangkas"] == "PER" and "M. Tangkas" not in found
    assert found["Reliance Sekuritas"] == "ORG" and found["William S Wijaya"] == "PER"


def test_a_nickname_introduced_with_sapaan_akrab_and_no_comma_is_the_person():
    text = "Kombes Pol Syafi'in hadir . Gus Syaf sapaan akrab Syafi'in mengambil formulir . Kata Gus Syaf , siap ."
    tokens = [token.text for token in spacy.blank("id")(text)]
    gus = [i for i, token in enumerate(tokens) if token == "Gus"]
    syafiin = [i for i, token in enumerate(tokens) if token.startswith("Syafi")]
    doc = doc_with_entities(text, [(i, i + 2, "PER") for i in gus] + [(i, i + 1, "PER") for i in syafiin])
    found = {e.text: e.canonical for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert found["Gus Syaf"] == found[tokens[syafiin[0]]]


def test_a_country_that_speaks_is_no_persons_short_name_in_a_body_s_name():
    text = ("Sementara itu , Kementerian Luar Negeri Pakistan mengecam serangan itu . Pakistan mengatakan "
            "pasukan India melanggar batas .")
    found = {e.text: e.label for e in find_entities(doc_with_entities(text, []), Layout())}
    assert found["Kementerian Luar Negeri Pakistan"] == "ORG" and "Luar Negeri Pakistan" not in found


def test_a_country_naming_an_amounts_currency_is_no_place():
    text = "Suap 100 ribu dolar Singapura diserahkan di Singapura ."
    doc = doc_with_entities(text, [(4, 5, "LOC"), (7, 8, "LOC")])
    assert [(e.text, e.start_char) for e in find_entities(doc, Layout())] == [("Singapura", text.rindex("Singapura"))]


def test_a_people_or_a_faith_is_no_place_but_a_country_of_descent_is():
    text = "Warga etnis Rohingya mengungsi . Rohingya tertindas . Warga keturunan Indonesia selamat ."
    doc = doc_with_entities(text, [(2, 3, "LOC"), (5, 6, "LOC"), (10, 11, "LOC")])
    assert [e.text for e in find_entities(doc, Layout())] == ["Indonesia"]


def test_a_ministers_field_spelt_out_is_no_body_but_the_ministry_is():
    text = ("Menteri Energi dan Sumber Daya Mineral (ESDM) Ignasius Jonan hadir. Menteri ESDM menilai "
            "Kementerian ESDM siap.")
    tokens = [token.text for token in spacy.blank("id")(text)]
    acronyms = [i for i, token in enumerate(tokens) if token == "ESDM"]
    doc = doc_with_entities(text, [(i, i + 1, "ORG") for i in acronyms[:2]])
    found = {e.text: e.label for e in find_entities(doc, Layout())}
    assert "Energi dan Sumber Daya Mineral" not in found and "ESDM" not in found
    assert found["Kementerian ESDM"] == "ORG"


def test_a_term_spelt_out_beside_its_acronym_is_no_body_but_a_committee_is():
    text = ("Proyek Light Rail Transit (LRT) dibahas Komite Nasional Papua Barat (KNPB) dan "
            "Aviation Fuel Terminal (AFT) Supadio Pontianak.")
    found = {e.text: e.label for e in find_entities(doc_with_entities(text, []), Layout())}
    assert "Light Rail Transit" not in found and "LRT" not in found
    assert found["Komite Nasional Papua Barat"] == found["KNPB"] == "ORG"
    assert found["Aviation Fuel Terminal (AFT) Supadio Pontianak"] == "ORG"


def test_a_ministers_field_the_model_ran_into_a_name_is_the_portfolio_and_the_rest_the_person():
    text = "Menteri Perhubungan Budi Karya berharap . Menteri Pekerjaan Umum dan Perumahan Rakyat hadir ."
    doc = doc_with_entities(text, [(1, 4, "ORG")])
    found = {e.text: e.label for e in find_entities(doc, Layout())}
    assert found == {"Budi Karya": "PER"}


def test_a_countrys_short_names_are_the_country():
    text = "Presiden Amerika Serikat marah . Misi itu mengecam AS . Citra Amerika rusak . Wakil Presiden RI hadir di Indonesia ."
    doc = doc_with_entities(text, [(1, 3, "LOC"), (8, 9, "LOC"), (11, 12, "LOC"), (16, 17, "LOC")])
    found = {e.text: e for e in find_entities(doc, Layout())}
    assert found["AS"].entity_id == found["Amerika"].entity_id == found["Amerika Serikat"].entity_id
    assert found["AS"].canonical == "Amerika Serikat" and found["RI"].entity_id == found["Indonesia"].entity_id


def test_a_language_is_no_place_but_a_country_named_so_once_among_others_stays():
    text = "Pakar bahasa Indonesia hadir . Kaidah bahasa Indonesia dibahas . Warga Muslim Jepang tiba di Jepang ."
    doc = doc_with_entities(text, [(2, 3, "LOC"), (7, 8, "LOC"), (12, 13, "LOC"), (15, 16, "LOC")])
    assert [e.text for e in find_entities(doc, Layout())] == ["Jepang", "Jepang"]


def test_tuan_is_a_title_and_a_region_after_a_titled_office_is_no_person():
    text = "Kami mendesak agar Tuan Trump menarik pernyataannya . Kalau dengan Pak Gubernur Banten sudah ketemu ."
    doc = doc_with_entities(text, [(3, 5, "PER")])
    found = {e.text: e.label for e in find_entities(doc, Layout())}
    assert found.get("Trump") == "PER" and "Tuan Trump" not in found and found.get("Banten") != "PER"


def test_a_body_named_with_its_head_is_no_person_whatever_the_model_made_of_its_short_name():
    text = "Rektor Universitas Padjadjaran (Unpad) hadir . Menurut Unpad , aturan itu baru . Unpad siap ."
    tokens = [token.text for token in spacy.blank("id")(text)]
    unpad = [i for i, token in enumerate(tokens) if token == "Unpad"]
    doc = doc_with_entities(text, [(i, i + 1, "PER") for i in unpad])
    found = {e.text: e.label for e in find_entities(doc, Layout())}
    assert found["Universitas Padjadjaran"] == found["Unpad"] == "ORG"


def test_a_region_after_its_kind_is_the_place_though_the_text_has_it_speak():
    text = "Pasukan dikerahkan ke Provinsi Rakhine . Puluhan warga Rakhine menilai situasi tegang ."
    found = {e.text: e.label for e in find_entities(doc_with_entities(text, []), Layout())}
    assert found["Provinsi Rakhine"] == "LOC" and "Provinsi" not in found


def test_a_noun_with_the_possessive_nya_ends_a_models_name_and_a_short_word_so_ending_is_kept():
    doc = doc_with_entities("Mantan perdana menteri Laurent Lamothe menulis di akun Twitternya . Normatifnya begitu . "
                            "Warga Kenya datang .", [(3, 5, "PER"), (8, 9, "PER"), (10, 11, "PER"), (14, 15, "LOC")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert ("Laurent Lamothe", "PER") in found
    assert not any(text in ("Twitternya", "Normatifnya") for text, _ in found)
    assert ("Kenya", "LOC") in found
    assert is_possessed("Pernyataannya") and not is_possessed("Kenya")


def test_the_first_words_of_a_name_glued_to_a_country_or_acronym_go_to_the_person():
    doc = doc_with_entities("Pemimpin Myanmar Aung San Suu Kyi hadir . Sekretaris Jenderal PBB Ban Ki Moon datang . "
                            "Direktur XL Axiata Dian Siswarini bicara . Saham XL Axiata naik .",
                            [(1, 4, "ORG"), (4, 6, "PER"), (10, 12, "ORG"), (12, 14, "PER"),
                             (17, 19, "ORG"), (19, 21, "PER"), (24, 26, "ORG")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert {("Aung San Suu Kyi", "PER"), ("Myanmar", "LOC"), ("Ban Ki Moon", "PER"), ("PBB", "ORG")} <= found
    # written without the person elsewhere: the words are the body's
    assert {("XL Axiata", "ORG"), ("Dian Siswarini", "PER")} <= found
    doc = doc_with_entities("Politikus PDI Perjuangan Guruh Soekarnoputra datang .", [(1, 3, "ORG"), (3, 5, "PER")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert {("PDI Perjuangan", "ORG"), ("Guruh Soekarnoputra", "PER")} <= found  # a name the alias table knows


def test_a_whole_office_holder_inside_an_acronyms_span_after_an_office_is_the_person():
    doc = doc_with_entities("BPJPH resmi berdiri . Kata kepala BPJPH Soekoso , tahapan berubah . "
                            "Juru bicara Kedutaan Besar AS Molly Koscina menolak . AS diam . "
                            "Anggota DPRD Provinsi hadir . DPRD diam .",
                            [(0, 1, "ORG"), (6, 8, "ORG"), (16, 19, "ORG"), (21, 22, "LOC"), (25, 27, "ORG"),
                             (29, 30, "ORG")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert {("Soekoso", "PER"), ("Molly Koscina", "PER"), ("AS", "LOC")} <= found
    assert not {("BPJPH Soekoso", "ORG"), ("AS Molly Koscina", "ORG")} & found
    assert ("Provinsi", "PER") not in found  # a region's head is no one's name
    # the holder named after a comma: the words are the body's
    doc = doc_with_entities("Ketua KUB Bahari Sejahtera , Haeruddin Daeng , menuturkan . KUB itu kecil .",
                            [(1, 4, "ORG"), (5, 7, "PER"), (10, 11, "ORG")])
    assert ("KUB Bahari Sejahtera", "ORG") in {(e.text, e.label) for e in find_entities(doc, Layout())}
    # no office before it: the words may be the body's ("BRI Syariah" beside "BRI")
    doc = doc_with_entities("BRI Syariah tumbuh . BRI juga .", [(0, 2, "ORG"), (4, 5, "ORG")])
    assert ("BRI Syariah", "ORG") in {(e.text, e.label) for e in find_entities(doc, Layout())}


def test_an_initial_without_its_stop_stays_in_a_name_the_text_later_gives_by_its_surname():
    text = ("Menurut Kepala bidang penelitian pada South Asia Democratic Forum , Siegfried O Wolf , krisis ini "
            "politis . Hal itu bukan soal agama , kata Wolf .")
    tokens = text.split(" ")
    forum, name = tokens.index("South"), tokens.index("Siegfried")
    found = {e.text: e for e in find_entities(doc_with_entities(text, [(forum, forum + 4, "ORG"),
                                                                        (name, name + 3, "ORG")]), Layout())}
    person = found["Siegfried O Wolf"]
    assert person.label == "PER" and "Siegfried O" not in found
    # the word that ties the office to its body is neither's
    assert (person.role, person.org) == ("Kepala bidang penelitian", "South Asia Democratic Forum")


def test_a_degree_printed_with_a_space_a_rank_before_the_name_and_an_office_with_its_region_are_no_names():
    text = ("Kata Kepala Dinas Kesehatan Hj. Iris Juita Kastianti , S. KM. , M. Kes saat sambutan . "
            "Kapolres Pelabuhan Makassar AKBP Yudi Frianto hadir . Bantuan diserahkan Sekda Pidie , Samsul Azhar .")
    tokens = text.split(" ")
    iris, kes, yudi, sekda = (tokens.index(word) for word in ("Iris", "M.", "Yudi", "Sekda"))
    doc = doc_with_entities(text, [(iris, iris + 3, "PER"), (kes, kes + 2, "PER"), (yudi, yudi + 2, "PER"),
                                   (sekda, sekda + 2, "PER")])
    found = {(e.text, e.label): e for e in find_entities(doc, Layout())}
    people = {text for text, label in found if label == "PER"}
    assert not {"M. Kes", "Sekda Pidie"} & people
    assert found[("Yudi Frianto", "PER")].role == "Kapolres Pelabuhan Makassar"
    # the one degree of a person's name the press prints with a space; an initial so printed opens a name
    assert is_degree("M. Kes") and is_degree("S. KM.") and not is_degree("M. Hery")


def test_a_unit_after_an_acronym_pair_and_a_legal_form_before_it_are_the_bodys_name():
    text = ("PT Kilang Pertamina Internasional (KPI) Refinery Unit VI Balongan menggelar forum . "
            "Bank Indonesia (BI) Perwakilan Provinsi Sulawesi Tengah menyerahkan beasiswa .")
    refinery, bank = find_acronym_pairs(text)
    assert refinery.expansion == "PT Kilang Pertamina Internasional" and refinery.by_unit
    assert refinery.qualified_name(text) == "PT Kilang Pertamina Internasional Refinery Unit VI Balongan"
    assert bank.qualified_name(text) == "Bank Indonesia Perwakilan Provinsi Sulawesi Tengah"
    found = {(e.text, e.label, e.canonical) for e in find_entities(doc_with_entities(text, []), Layout())}
    assert ("PT Kilang Pertamina Internasional (KPI) Refinery Unit VI Balongan", "ORG",
            "PT Kilang Pertamina Internasional Refinery Unit VI Balongan") in found
    # a unit's name holds no place of its own, nor a region the body is named with; a city written with
    # a university's name is a place of its own
    assert not any(label == "LOC" for _, label, _ in found)
    text = ("Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Cianjur , Pemerintah Desa (Pemdes) Tengku Lese "
            "dan Universitas Padjadjaran (Unpad) Bandung siaga .")
    regency, village, city = find_acronym_pairs(text)
    assert not regency.by_unit and regency.qualified_name(text).endswith("Kabupaten Cianjur")
    assert village.qualified_name(text) == "Pemerintah Desa Tengku Lese"
    assert [text[slice(*pair.region_span(text))] for pair in (regency, village, city)] == ["", "", "Bandung"]


def test_a_cut_country_and_a_korean_given_name_after_a_hyphen_are_made_whole():
    # "di" after a dash is a word the text writes elsewhere, no syllable of a name
    doc = doc_with_entities("Pemimpin Korea Utara Kim Jong - un bertemu Jokowi - di Istana - kemarin di Bogor .",
                            [(1, 2, "LOC"), (3, 5, "PER"), (8, 9, "PER")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert {("Korea Utara", "LOC"), ("Kim Jong - un", "PER"), ("Jokowi", "PER")} <= found


def test_a_body_named_after_a_list_of_fields_keeps_its_commas_and_joins_its_acronym():
    doc = doc_with_entities("Badan Meteorologi , Klimatologi dan Geofisika memastikan isu itu bohong . BMKG menegaskan . "
                            "Data Badan Pusat Statistik , Bank Indonesia dan Kementerian Keuangan sama .",
                            [(0, 2, "ORG"), (3, 4, "ORG"), (11, 12, "ORG"), (15, 18, "ORG"), (19, 21, "ORG"),
                             (22, 24, "ORG")])
    found = {e.text: e for e in find_entities(doc, Layout())}
    assert found["Badan Meteorologi , Klimatologi dan Geofisika"].label == "ORG"
    assert found["BMKG"].entity_id == found["Badan Meteorologi , Klimatologi dan Geofisika"].entity_id
    # a list of bodies is no body: no acronym abbreviates it and the alias table does not know it
    assert {"Badan Pusat Statistik", "Bank Indonesia", "Kementerian Keuangan"} <= set(found)


def test_a_title_printed_without_its_period_is_no_part_of_the_name_and_a_street_keeps_its_title():
    doc = doc_with_entities("Gubernur Sulsel H Syahrul Yasin Limpo hadir di Jalan H. Arif Rahman Hakim , Makassar .",
                            [(2, 6, "PER"), (8, 13, "LOC")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert ("Syahrul Yasin Limpo", "PER") in found
    street = "warga kawasan Jalan H Arif Gang Kampung Baru Tembilahan"
    people = person_candidates(Words.of(spacy.blank("id")(street), street))
    assert [street[c.start:c.end] for c in people] == []


def test_a_place_the_text_names_alone_is_cut_from_a_person_it_names_by_the_next_word_alone():
    doc = doc_with_entities("ITPC di Jeddah buka . Kepala ITPC Jeddah Gunawan menambahkan , proyek ini baru . "
                            "Hal itu kata Konsul Jenderal RI M. Hery Saripudin . Hery menambahkan , itu baik . "
                            "Peluang besar , tambah Gunawan .",
                            [(0, 1, "ORG"), (2, 3, "LOC"), (6, 7, "ORG"), (7, 9, "PER"), (20, 21, "LOC"),
                             (21, 24, "PER"), (25, 26, "PER"), (35, 36, "PER")])
    found = {(e.text, e.label): e for e in find_entities(doc, Layout())}
    assert ("Gunawan", "PER") in found and ("Jeddah Gunawan", "PER") not in found
    # "kata Hery" says where the name's given names are; the initial the model put before them stays
    assert found[("Hery", "PER")].canonical == "M. Hery Saripudin"


def test_a_country_the_model_took_for_a_person_is_a_place():
    doc = doc_with_entities("Arab Saudi menawarkan proyek kepada Indonesia .", [(0, 2, "PER")])
    assert {(e.text, e.label) for e in find_entities(doc, Layout())} >= {("Arab Saudi", "LOC")}


def test_a_numbered_unit_after_a_body_is_part_of_its_name():
    doc = doc_with_entities("Pertamina RU VI Balongan dan Pertamina MOR IV menyalurkan bantuan . Ketua DPD Partai Demokrat "
                            "Bali I Made Mudharta hadir .",
                            [(0, 1, "ORG"), (5, 6, "ORG"), (12, 17, "ORG"), (17, 20, "PER")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert {("Pertamina RU VI Balongan", "ORG"), ("Pertamina MOR IV", "ORG")} <= found
    assert ("I Made Mudharta", "PER") in found  # a Balinese "I" is no unit's number
    # the model cut the unit's number off its acronym
    doc = doc_with_entities("Pertamina RU V dan MOR VI Kalimantan memberikan paket .", [(0, 2, "ORG"), (3, 6, "ORG")])
    assert ("Pertamina RU V", "ORG") in {(e.text, e.label) for e in find_entities(doc, Layout())}


def test_a_name_glued_after_a_companys_legal_form_goes_to_the_person_and_the_chain_gives_role_and_body():
    doc = doc_with_entities("Corporate Secretary PT Bank Rakyat Indonesia (Persero) Tbk Rudi Hartono Saputra mengatakan .",
                            [(2, 6, "ORG"), (7, 8, "ORG"), (9, 11, "ORG"), (11, 13, "PER")])
    people = [e for e in find_entities(doc, Layout()) if e.label == "PER"]
    assert [(e.text, e.role) for e in people] == [("Rudi Hartono Saputra", "Corporate Secretary")]
    assert people[0].org.startswith("PT Bank Rakyat Indonesia") and people[0].org.endswith("Tbk")
    doc = doc_with_entities("VP Corporate Communication PT Pertamina (Persero) Nina Kartika mengatakan .",
                            [(3, 5, "ORG"), (8, 10, "PER")])
    person = next(e for e in find_entities(doc, Layout()) if e.label == "PER")
    assert (person.role, person.org) == ("VP Corporate Communication", "PT Pertamina (Persero)")


def test_the_fields_of_an_english_office_are_its_role_not_bodies_or_programmes():
    doc = doc_with_entities("Unit Manager Communication, Relation and CSR Pertamina RU VI Balongan Dedi Kurniawan "
                            "mengatakan program CSR berjalan .",
                            [(4, 5, "ORG"), (7, 8, "ORG"), (11, 13, "PER")])
    found = {(e.text, e.label): e for e in find_entities(doc, Layout())}
    assert ("Relation", "ORG") not in found
    assert [e.start_char for (text, _), e in found.items() if text == "CSR"] == [doc.text.rindex("CSR")]
    person = found[("Dedi Kurniawan", "PER")]
    assert (person.role, person.org) == ("Unit Manager Communication, Relation and CSR", "Pertamina RU VI Balongan")


def test_a_role_after_selaku_and_an_english_office_before_a_comma_and_a_body_with_its_unit_is_no_person():
    doc = doc_with_entities("Bantuan diserahkan Pertamina . Rina Marlina Sari selaku Unit Manager Comm & CSR MOR IV berharap ,"
                            " bantuan bermanfaat . Senior Supervisor CSR & SMEPP MOR IV, Budi Santoso hadir . "
                            "Maka Pertamina MOR IV berupaya membantu .",
                            [(2, 3, "ORG"), (4, 7, "PER"), (28, 30, "PER"), (33, 36, "PER")])
    found = {(e.text, e.label): e for e in find_entities(doc, Layout())}
    assert found[("Rina Marlina Sari", "PER")].role == "Unit Manager Comm & CSR MOR IV"
    assert found[("Budi Santoso", "PER")].role == "Senior Supervisor CSR & SMEPP MOR IV"
    assert ("Pertamina MOR IV", "ORG") in found


def test_village_names_titles_commas_and_cut_units_in_a_regional_press_release():
    doc = doc_with_entities("Listrik menyala di Desa Sukamaju . Kepala Desa Sukamaju Yohanes Lado Bili hadir . Hadir pula Ketua "
                            "PKK Kabupaten Sleman Ny Ratna Dewi Anggraini . Hadir di Bantul, Bupati Agus Salim Wibowo . "
                            "PLN Unit Induk Distribusi Bali menyalurkan rincian program 1 bedah rumah .",
                            [(3, 5, "LOC"), (8, 12, "PER"), (17, 21, "ORG"), (21, 24, "PER"), (27, 28, "LOC"),
                             (30, 33, "PER"), (34, 37, "ORG")])
    found = {(e.text, e.label): e for e in find_entities(doc, Layout())}
    # the village's name the text writes with its head elsewhere opens no person's name
    assert ("Yohanes Lado Bili", "PER") in found
    # a title before a person ends the body's name and the role
    person = found[("Ratna Dewi Anggraini", "PER")]
    assert (person.role, person.org) == ("Ketua", "PKK Kabupaten Sleman")
    assert not any(text.endswith("Ny") for text, _ in found)
    assert found[("Agus Salim Wibowo", "PER")].role == "Bupati"  # not "Bantul, Bupati"
    assert ("PLN Unit Induk Distribusi Bali", "ORG") in found
    assert not any(label == "PROGRAMME" for _, label in found)  # "program 1": a count, no name


def test_a_given_name_the_model_left_after_an_acronym_and_roles_in_lower_case_and_after_a_longer_body():
    doc = doc_with_entities("Sekretaris perusahaan BRI Rudi Hartono Saputra mengatakan . Kata juru bicara KPK Febri Diansyah . "
                            "Wakil Direktur Utama Bank BRI Sri Lestari Wulandari hadir .",
                            [(2, 3, "ORG"), (4, 6, "PER"), (11, 12, "ORG"), (12, 14, "PER"), (18, 20, "ORG"), (20, 23, "PER")])
    people = {e.text: e for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert (people["Rudi Hartono Saputra"].role, people["Rudi Hartono Saputra"].org) == ("Sekretaris perusahaan", "BRI")
    assert (people["Febri Diansyah"].role, people["Febri Diansyah"].org) == ("juru bicara", "KPK")
    assert (people["Sri Lestari Wulandari"].role, people["Sri Lestari Wulandari"].org) == ("Wakil Direktur Utama", "Bank BRI")


def test_an_acronym_pair_the_model_found_as_a_company_is_a_body():
    doc = doc_with_entities("Oleh karenanya PT Pertamina Gas (Pertagas) memilih warga . Pertagas bekerjasama dengan relawan .",
                            [(2, 5, "ORG"), (6, 7, "ORG")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    # no name says what the pair is, and the pair's own mentions outrank the model's; "PT" is the name's
    assert {("PT Pertamina Gas", "ORG"), ("Pertagas", "ORG")} <= found


def test_a_body_the_text_names_whole_elsewhere_keeps_its_words_from_the_holders_name():
    # "kata Rahmat" says where the name starts; the given names before it are no words of the model's body
    doc = doc_with_entities("Senior Manager CSR PT Bukit Jaya Rahmat Hidayat di Lahat mengatakan bantuan disalurkan . "
                            "Bantuan rutin , kata Rahmat .",
                            [(3, 6, "ORG"), (6, 8, "PER"), (9, 10, "LOC"), (19, 20, "PER")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert {("PT Bukit Jaya", "ORG"), ("Rahmat Hidayat", "PER")} <= found
    # "Marga" names a district too, but the text writes "PT Marga Sentosa" alone: no holder "Sentosa"
    doc = doc_with_entities("PT Marga Sentosa menjalankan program . Presiden Direktur PT Marga Sentosa Kris Ade Wibowo "
                            "memaparkan program itu .",
                            [(0, 3, "ORG"), (8, 11, "ORG"), (11, 14, "PER")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert ("Sentosa", "PER") not in found and {("PT Marga Sentosa", "ORG"), ("Kris Ade Wibowo", "PER")} <= found
    # the body ends where the text ends it elsewhere: the given names after it in the chain are the holder's
    doc = doc_with_entities("PT Bukit Jaya ( Persero ) menyalurkan bantuan . Corporate Secretary PT Bukit Jaya Hadi Surya "
                            "Pratama , Jumat , mengatakan bantuan tiba . Kepala Staf Angkatan Laut Republik Islam Iran "
                            "hadir bersama TNI Angkatan Laut .",
                            [(0, 3, "ORG"), (11, 17, "ORG"), (26, 31, "ORG"), (33, 36, "ORG")])
    found = {(e.text, e.label): e for e in find_entities(doc, Layout())}
    assert {("PT Bukit Jaya", "ORG"), ("Hadi Surya Pratama", "PER")} <= set(found)
    assert found[("Hadi Surya Pratama", "PER")].role == "Corporate Secretary"
    assert ("Republik Islam Iran", "PER") not in found  # a country is no holder's name


def test_titles_before_a_holders_name_end_the_body_and_keep_the_role():
    # the titles' full stops end no sentence: the role before them is the person's
    doc = doc_with_entities("Rektor Universitas Jambi Prof. Dr. Budi Santoso , S.H. , M.Hum. mengatakan bantuan tiba .",
                            [(1, 3, "ORG"), (5, 7, "PER")])
    found = {(e.text, e.label): e for e in find_entities(doc, Layout())}
    assert ("Universitas Jambi", "ORG") in found
    person = found[("Budi Santoso", "PER")]
    assert (person.role, person.org) == ("Rektor", "Universitas Jambi")


def test_names_listed_after_a_village_are_villages_where_the_region_index_knows_them():
    # made-up counts; the village names are real ones of the Kemendagri list, the person's is not
    doc = doc_with_entities("Rinciannya , Kelurahan Tlogopojok ( sebanyak 200 paket ) , Lumpur ( 25 paket ) , Kroman "
                            "( 18 paket ) , dan Ngipik ( 52 paket ) . Di Desa Sukamaju , Budi Santoso , warga , hadir .",
                            [(2, 4, "LOC"), (10, 11, "LOC"), (16, 17, "PER"), (23, 24, "PER"), (33, 35, "PER")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert {("Kroman", "LOC"), ("Ngipik", "LOC"), ("Budi Santoso", "PER")} <= found


def test_fields_listed_after_a_programme_cue_are_no_programmes():
    doc = doc_with_entities("Program itu memadukan 4 pilar program yaitu Pendidikan , Kesehatan dan Lingkungan . "
                            "Warga ikut program Pendidikan dan program Kampung Hijau . Bidang pendidikan maju .", [])
    programmes = {e.text for e in find_entities(doc, Layout()) if e.label == "PROGRAMME"}
    assert "Pendidikan" not in programmes and "Kampung Hijau" in programmes


def test_a_government_named_after_a_programme_cue_owns_the_programme_and_is_no_programme():
    text = ("Perbaikan itu mendukung program Pemerintah Jakarta Utara bagi pejalan kaki . Warga ikut program "
            "Kemensos dan program Sekolah Penggerak .")
    tokens = text.split(" ")
    government = tokens.index("Pemerintah")
    found = {(e.text, e.label) for e in find_entities(doc_with_entities(text, [(government, government + 3, "ORG")]),
                                                      Layout())}
    assert ("Pemerintah Jakarta Utara", "ORG") in found and ("Pemerintah Jakarta Utara", "PROGRAMME") not in found
    assert ("Kemensos", "PROGRAMME") not in found
    assert ("Sekolah Penggerak", "PROGRAMME") in found  # a head that also opens programmes' names


def test_a_programmes_acronym_spelt_out_in_lower_case_is_named_by_what_it_spells():
    text = ("Taman itu dibangun lewat program corporate social responsibility (CSR) perusahaan swasta . "
            "Program CSR itu diikuti warga . Tersangka dituntut jaksa penuntut umum (JPU) .")
    found = {e.text: e for e in find_entities(doc_with_entities(text, []), Layout())}
    assert found["CSR"].label == "PROGRAMME"
    assert (found["CSR"].canonical, found["CSR"].acronym) == ("corporate social responsibility", "CSR")
    assert "JPU" not in found  # a common noun's acronym names nothing


def test_a_programme_named_after_a_naming_cue_or_opening_with_a_weekday_and_an_office_after_a_cue():
    text = ("Pemkot meluncurkan program yang bernama Jumputan Abang untuk pasien . Seorang warga bernama Budi "
            "Santoso hadir . Dia mengatakan program Jumat Curhat digulirkan polisi , yang merupakan program "
            "nasional Kapolri . Rapat digelar Jumat .")
    found = {(e.text, e.label) for e in find_entities(doc_with_entities(text, []), Layout())}
    assert {("Jumputan Abang", "PROGRAMME"), ("Jumat Curhat", "PROGRAMME")} <= found
    # a person named after "bernama" far from any programme; an office after a cue owns the programme
    assert not {("Budi Santoso", "PROGRAMME"), ("Kapolri", "PROGRAMME")} & found


def test_a_programmes_name_ends_where_its_foundation_is_named_and_an_offices_programme_is_no_name():
    text = ("Program Desa Mandiri Lestari Yayasan Damandiri diharapkan berlanjut . Menurut Iris , Program Kepala "
            "Desa Dorokobo telah memberi manfaat .")
    found = {(e.text, e.label) for e in find_entities(doc_with_entities(text, []), Layout())}
    assert {("Program Desa Mandiri Lestari", "PROGRAMME"), ("Yayasan Damandiri", "ORG")} <= found
    assert not any(label == "PROGRAMME" and "Kepala" in text for text, label in found)


def test_a_body_the_model_names_after_a_kind_of_programme_runs_it():
    text = ("Disosialisasikan 8 program TJSL Pertamina RU VI Balongan yang berjalan . Pertamina RU VI Balongan "
            "membantu warga . Program TJSL Bina Desa juga berjalan .")
    tokens = text.split(" ")
    first, second = tokens.index("TJSL"), tokens.index("Pertamina", tokens.index("TJSL") + 2)
    doc = doc_with_entities(text, [(first, first + 5, "ORG"), (second, second + 4, "ORG")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert ("Pertamina RU VI Balongan", "ORG") in found and ("Pertamina RU VI Balongan", "PROGRAMME") not in found
    assert any(label == "PROGRAMME" and "Bina Desa" in text for text, label in found)


def test_a_programme_named_in_capitals_after_its_owners_acronym_is_whole():
    doc = doc_with_entities("Perusahaan menjalankan program PKT BISA dan program PKT BERSERI , serta program KUR BRI .",
                            [(3, 4, "ORG"), (7, 8, "ORG"), (8, 9, "ORG"), (13, 14, "ORG")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert {("PKT BISA", "PROGRAMME"), ("PKT BERSERI", "PROGRAMME"), ("KUR", "PROGRAMME"), ("BRI", "ORG")} <= found


def test_a_title_chain_set_off_by_a_comma_in_a_long_sentence_is_the_persons_role():
    doc = doc_with_entities("Rina didampingi Direktur Utama Bank Sejahtera , Dwi Satriyo Annurogo , di Gresik . \" Bantuan "
                            "ini kami salurkan kepada warga di empat desa dan satu dusun yang terdampak banjir , \" kata "
                            "Kepala Dinas Sosial Kota Kapuas , Alip Suraya di Kapuas .",
                            [(0, 1, "PER"), (4, 6, "ORG"), (7, 10, "PER"), (12, 13, "LOC"), (34, 36, "ORG"),
                             (36, 38, "LOC"), (39, 41, "PER"), (42, 43, "LOC")])
    found = {e.text: e for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert (found["Dwi Satriyo Annurogo"].role, found["Dwi Satriyo Annurogo"].org) == ("Direktur Utama", "Bank Sejahtera")
    assert found["Alip Suraya"].role == "Kepala"


def test_a_place_stops_before_an_amounts_currency_sign():
    doc = doc_with_entities("Dana diberikan kepada Kecamatan Jatirejo Rp 200 juta dan RM Sederhana 3 menerima US$ 5 .", [])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert ("Kecamatan Jatirejo", "LOC") in found
    assert not any("Rp" in text or "US$" in text for text, _ in found)


def test_the_year_word_of_a_date_ends_a_name_and_a_head_alone_names_nothing():
    doc = doc_with_entities("Dana dari APBD Kabupaten Tahun 2018 dan Direktorat Jenderal Perkeretaapian Tahun 2017 cair .",
                            [(7, 11, "ORG")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert ("Direktorat Jenderal Perkeretaapian", "ORG") in found
    assert not any(text.endswith("Tahun") or text == "Kabupaten" for text, _ in found)


def test_one_word_after_an_office_that_the_text_names_a_speaker_by_is_a_person():
    doc = doc_with_entities("Bupati Ikfina menyerahkan bantuan kepada lima desa . Menurut Ikfina , dana itu untuk jalan . "
                            "Bupati Mojokerto hadir .", [(15, 16, "LOC")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert ("Ikfina", "PER") in found and ("Mojokerto", "PER") not in found


def test_a_programme_named_with_and_without_program_is_one_referent():
    doc = doc_with_entities("Dinas menggelar Program Kampung Hijau di 11 desa . Kampung Hijau di Desa Waru menjadi contoh . "
                            "Program TJSL dan TJSL lain berjalan .", [(9, 11, "LOC"), (20, 21, "ORG")])
    found = {e.text: e for e in find_entities(doc, Layout())}
    assert found["Kampung Hijau"].entity_id == found["Program Kampung Hijau"].entity_id
    assert found["TJSL"].entity_id == found["Program TJSL"].entity_id and found["TJSL"].label == "PROGRAMME"


def test_degrees_written_without_their_stops_end_a_persons_name():
    doc = doc_with_entities("Bupati Contoh , Drs H Imron Santoso MAg membuka acara . Direktur RSUD Waled , dr Rina Dewi SpPD "
                            "hadir . Ketua MSi Rudi Hartono datang .",
                            [(3, 8, "PER"), (12, 14, "ORG"), (16, 19, "PER"), (23, 25, "PER")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert {("Imron Santoso", "PER"), ("Rina Dewi", "PER"), ("Rudi Hartono", "PER")} <= found


def test_a_title_inside_a_chain_opens_the_holders_name_but_not_in_a_streets_name():
    doc = doc_with_entities("Ketua Baznas Kota Banjarbaru Hj Hafidah mengatakan zakat disalurkan . Macet di Jalan Tol Prof "
                            "Dr Sedyatmo .", [(1, 6, "ORG"), (12, 17, "LOC")])
    found = {(e.text, e.label): e for e in find_entities(doc, Layout())}
    assert found[("Hafidah", "PER")].org == "Baznas Kota Banjarbaru"
    assert ("Jalan Tol Prof Dr Sedyatmo", "LOC") in found
    doc = doc_with_entities("Pasien dirawat di Rumah Sakit Umum Pusat Dr Sardjito .", [])
    assert ("Rumah Sakit Umum Pusat Dr Sardjito", "ORG") in {(e.text, e.label) for e in find_entities(doc, Layout())}


def test_a_region_after_an_office_is_the_offices_place_not_a_person():
    doc = doc_with_entities("Acara dihadiri Camat Tirtayasa , Kapolsek Tirtayasa dan Danramil Tirtayasa .",
                            [(3, 4, "PER"), (6, 7, "PER"), (8, 10, "PER")])
    assert {(e.text, e.label) for e in find_entities(doc, Layout())} == {("Tirtayasa", "LOC")}


def test_a_clause_opener_the_text_writes_in_lower_case_is_no_name():
    doc = doc_with_entities("Dikatakan , Stunting merupakan masalah besar . Penurunan stunting jadi agenda , kata Budi . "
                            "Ketua PKK , Indah , hadir . Menurut Indah , warga hidup indah .",
                            [(2, 3, "PER"), (13, 14, "PER"), (18, 19, "PER"), (23, 24, "PER")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert ("Stunting", "PER") not in found
    assert ("Indah", "PER") in found  # the text names a speaker by it


def test_a_role_is_read_back_to_the_titles_of_another_person_and_program_after_an_office_is_the_role():
    doc = doc_with_entities("Acara dihadiri Camat Panongan, Drs. H. Heru Ultari dan Kapolsek Panongan Iptu Hotma Manurung . "
                            "Direktur Program Yayasan Tirta Lestari Gregorius Setiawan hadir .",
                            [(3, 4, "LOC"), (7, 9, "PER"), (11, 12, "LOC"), (13, 15, "PER"), (18, 21, "ORG"),
                             (21, 23, "PER")])
    found = {(e.text, e.label): e for e in find_entities(doc, Layout())}
    assert found[("Hotma Manurung", "PER")].role == "Kapolsek Panongan"  # the rank is no part of the office
    assert ("Yayasan Tirta Lestari", "ORG") in found
    assert (found[("Gregorius Setiawan", "PER")].role, found[("Gregorius Setiawan", "PER")].org) == (
        "Direktur Program", "Yayasan Tirta Lestari")


def test_a_known_bodys_short_name_opening_a_unit_is_the_unit_and_new_offices_open_a_chain():
    text = ("Pemimpin BNI Kantor Cabang Probolinggo Sri Wijayanti mengatakan bantuan tersalurkan . "
            "Wakil Administratur KPH Banyuwangi Selatan Andi Saputra hadir .")
    tokens = text.split(" ")
    sri, andi = tokens.index("Sri"), tokens.index("Andi")
    doc = doc_with_entities(text, [(4, 5, "LOC"), (sri, sri + 2, "PER"), (andi, andi + 2, "PER")])
    found = {(e.text, e.label): e for e in find_entities(doc, Layout())}
    person = found[("Sri Wijayanti", "PER")]
    assert (person.role, person.org) == ("Pemimpin", "BNI Kantor Cabang Probolinggo")
    assert found[("Andi Saputra", "PER")].role.startswith("Wakil Administratur")


def test_a_rector_is_an_office_and_a_capitalised_preposition_opens_no_role():
    text = ("“Terima kasih,” ucap Rektor Unismuh Palu, Dr Rajindra, di Palu. Kepada Anggota Badan Anggaran DPR, "
            "Dr Rajindra berharap dana ditambah.")
    tokens = [token.text for token in spacy.blank("id")(text)]
    rector, first, second = tokens.index("Rektor"), tokens.index("Rajindra"), len(tokens) - 5
    doc = doc_with_entities(text, [(rector + 1, rector + 3, "ORG"), (first, first + 1, "PER"), (second, second + 1, "PER")])
    [role] = {e.role for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert role.startswith("Rektor")
    # the model's "[Rektor Unismuh]": an office opens no person's name
    doc = doc_with_entities(text, [(rector, rector + 2, "PER"), (first, first + 1, "PER"), (second, second + 1, "PER")])
    assert not any("Rektor" in e.text for e in find_entities(doc, Layout()) if e.label == "PER")
    text = "Kepada Anggota Badan Anggaran DPR, Dr Rajindra berharap dana ditambah."
    doc = doc_with_entities(text, [(7, 8, "PER")])
    assert [(e.role, e.org) for e in find_entities(doc, Layout()) if e.label == "PER"] == [("Anggota", "Badan Anggaran DPR")]


def test_the_kota_of_wali_kota_is_the_offices_and_the_city_is_named_after_it():
    text = "Wali Kota Pekalongan HM Saelany Mahfudz meninjau bantuan . Wali Kota Palembang , Ratu Dewa , hadir ."
    tokens = text.split(" ")
    saelany = tokens.index("HM")
    doc = doc_with_entities(text, [(saelany, saelany + 3, "PER")])
    found = {(e.text, e.label): e for e in find_entities(doc, Layout())}
    assert {("Pekalongan", "LOC"), ("Palembang", "LOC")} <= set(found)
    assert not any(text.startswith("Kota") for text, _ in found)
    assert found[("Saelany Mahfudz", "PER")].role == "Wali Kota Pekalongan"  # "HM" is his title


def test_in_a_list_of_title_chains_each_person_has_their_own_office():
    text = ("Dewi didampingi Kepala Pusat Pengabdian kepada Masyarakat UT, Dr Trini Prastati, Kepala Desa Muara "
            "Muhammad Syafrudin dan Camat Teluk Naga Zam Zam Manohara.")
    tokens = [token.text for token in spacy.blank("id")(text)]
    trini, syafrudin, zam = tokens.index("Trini"), tokens.index("Muhammad"), tokens.index("Zam")
    doc = doc_with_entities(text, [(0, 1, "PER"), (trini, trini + 2, "PER"), (syafrudin, syafrudin + 2, "PER"),
                                   (zam, zam + 3, "PER")])
    roles = {e.text: e.role for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert roles["Trini Prastati"] == "Kepala Pusat Pengabdian kepada Masyarakat UT"
    assert roles["Muhammad Syafrudin"] == "Kepala Desa Muara"
    assert roles["Zam Zam Manohara"] == "Camat Teluk Naga"


def test_a_province_the_model_calls_a_person_and_its_compass_word_in_lower_case_are_places():
    doc = doc_with_entities("Sumsel menargetkan 100 desa . Banjir melanda Jawa timur , kata Kapolda Sumsel .",
                            [(0, 1, "PER"), (12, 13, "PER"), (7, 8, "LOC")])
    found = {(e.text, e.label): e for e in find_entities(doc, Layout())}
    assert found[("Sumsel", "LOC")].region_code == "16" and ("Sumsel", "PER") not in found
    assert found[("Jawa timur", "LOC")].region_code == "35"


def test_bodies_ending_with_a_province_by_its_name_or_short_form_are_one():
    doc = doc_with_entities("Polda Jawa Tengah menangkap pelaku . Kabid Humas Polda Jateng mengatakan pelaku ditahan .",
                            [(0, 3, "ORG"), (8, 10, "ORG")])
    bodies = {e.text: e for e in find_entities(doc, Layout()) if e.label == "ORG"}
    assert bodies["Polda Jateng"].entity_id == bodies["Polda Jawa Tengah"].entity_id


def test_a_title_in_lower_case_after_a_rank_keeps_the_chain_s_role_and_body():
    doc = doc_with_entities("Kabid Dokkes Polda Papua Kombes drg. Rahmat mengatakan korban stabil .",
                            [(2, 4, "ORG"), (6, 7, "PER")])
    person = next(e for e in find_entities(doc, Layout()) if e.label == "PER")
    assert (person.text, person.role, person.org) == ("Rahmat", "Kabid Dokkes", "Polda Papua")


def test_the_village_a_feature_is_named_after_places_the_others_and_a_region_after_an_election_is_a_place():
    doc = doc_with_entities("Warga Cisarua mengungsi . Air dari Bendung Katulampa , Bogor , tiba di Jakarta . "
                            "Pendaftaran Pilgub Jateng ditutup .",
                            [(1, 2, "LOC"), (6, 8, "LOC"), (9, 10, "LOC"), (13, 14, "LOC")])
    found = {(e.text, e.label): e for e in find_entities(doc, Layout())}
    assert found[("Bogor", "LOC")].region_code == "32.71"  # the city Katulampa lies in, not the regency of Cisarua
    assert found[("Bendung Katulampa", "LOC")].region_code == ""  # a dam is not its village
    assert found[("Jateng", "LOC")].region_code == "33"


def test_a_bodys_short_name_the_model_missed_is_the_body_written_with_ri():
    doc = doc_with_entities("Dalam catatan Kemenlu , 19 WNI terancam hukuman . Kementerian Luar Negeri RI mengingatkan warga . "
                            "DPD Partai Contoh menolak .", [(10, 14, "ORG")])
    found = {(e.text, e.label): e for e in find_entities(doc, Layout())}
    assert found[("Kemenlu", "ORG")].entity_id == found[("Kementerian Luar Negeri RI", "ORG")].entity_id
    assert ("DPD", "ORG") not in found  # it opens a longer name


def test_a_chain_of_places_read_as_one_name_is_each_place():
    doc = doc_with_entities("Dana desa di Kapuas Hulu Kalimantan Barat naik. Bantuan tiba di Kelurahan Kumai Hulu "
                            "Kecamatan Kumai Kab Kotawaringin Barat dan Kelurahan Panjer Denpasar Selatan. "
                            "Warga Garut, Jawa Barat, datang ke Provinsi DKI Jakarta dan Bangka Belitung.",
                            [(3, 7, "LOC"), (12, 20, "LOC"), (21, 25, "LOC"), (27, 31, "LOC"), (34, 37, "LOC"),
                             (38, 40, "LOC")])
    places = [e.text for e in find_entities(doc, Layout()) if e.label == "LOC"]
    assert places == ["Kapuas Hulu", "Kalimantan Barat", "Kelurahan Kumai Hulu", "Kecamatan Kumai",
                      "Kab Kotawaringin Barat", "Kelurahan Panjer", "Denpasar Selatan", "Garut", "Jawa Barat",
                      "Provinsi DKI Jakarta", "Bangka Belitung"]


def test_a_short_form_inside_a_bodys_name_neither_parts_it_from_its_other_mentions_nor_names_a_place():
    doc = doc_with_entities("Pemerintah Kabupaten (Pemkab) Rejang Lebong menyalurkan beasiswa. Pemkab Rejang Lebong "
                            "juga membantu Kelompok Tani (KT) Makmur. Ketua Kelompok Tani Makmur senang.", [])
    found = find_entities(doc, Layout())
    ids = {e.text: e.entity_id for e in found}
    assert ids["Pemerintah Kabupaten (Pemkab) Rejang Lebong"] == ids["Pemkab Rejang Lebong"]
    assert ids["Kelompok Tani (KT) Makmur"] == ids["Kelompok Tani Makmur"]
    # the regency a regional government is named with is its name, no place of its own (ANNOTATION.md);
    # one word naming only a district is none either
    assert {e.text for e in found if e.label == "LOC"} == set()


def test_an_office_in_brackets_or_opened_by_a_modifier_after_a_name_is_the_persons_role():
    doc = doc_with_entities("Hadir Syaiful Arifin (Kepala Desa Dawuhan) dan Agung Gustiawan, Vice President TJSL "
                            "PT Pupuk Kujang. Waka Polsek Densel AKP Gede Suardika hadir.",
                            [(1, 3, "PER"), (9, 11, "PER"), (15, 18, "ORG"), (20, 22, "ORG"), (23, 25, "PER")])
    people = {e.text: (e.role, e.org) for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert people["Syaiful Arifin"] == ("Kepala Desa Dawuhan", "")
    assert people["Agung Gustiawan"] == ("Vice President TJSL", "PT Pupuk Kujang")
    assert people["Gede Suardika"] == ("Waka", "Polsek Densel")


def test_a_company_a_coined_body_word_or_a_unit_after_its_head_is_no_person():
    doc = doc_with_entities("PT Adaro Indonesia membantu warga. Sementara itu, Adaro melakukan pengadaan. Kami dari "
                            "Dinsos hadir bersama Kanit Intelkam, Kanit Samapta dan Kasat Reskrim AKP Harmianto.",
                            [(0, 3, "ORG"), (9, 10, "PER"), (15, 16, "PER"), (18, 20, "PER"), (21, 23, "PER"),
                             (26, 28, "PER")])
    found = find_entities(doc, Layout())
    ids = {e.text: e.entity_id for e in found}
    assert {e.text for e in found if e.label == "PER"} == {"Harmianto"}
    assert ids["Adaro"] == ids["PT Adaro Indonesia"]
    assert {e.label for e in found if e.text == "Dinsos"} == {"ORG"}


def test_a_pair_written_with_a_slash_and_a_programmes_head_in_an_expansion_make_one_programme():
    text = ("PT TPP menjalankan tanggung jawab sosial (Corporate Social Responsibility/CSR) di desa. Program CSR "
            "dijalankan sejak 2010. Ada pula Bina Keluarga Balita (BKB) yang fokus pada pengasuhan.")
    [csr, bkb] = find_acronym_pairs(text)
    assert (csr.acronym, csr.expansion) == ("CSR", "Corporate Social Responsibility")
    found = find_entities(doc_with_entities(text, [(0, 2, "ORG")]), Layout())
    programmes = {e.text: (e.canonical, e.entity_id) for e in found if e.label == "PROGRAMME"}
    assert programmes["CSR"] == programmes["Corporate Social Responsibility"]
    assert programmes["BKB"] == programmes["Bina Keluarga Balita"]


def test_a_capitalised_cue_word_inside_a_title_names_no_speaker_and_keeps_the_role():
    # "jawab" is a cue ("jawab Rina"); in "Tanggung Jawab Sosial" it is a word of the office's field
    doc = doc_with_entities("Kepala Bagian Inklusi Literasi dan Tanggung Jawab Sosial Bank Kalsel, Fandry Azhari, "
                            "mengatakan program berjalan baik.", [(8, 10, "ORG"), (11, 13, "PER")])
    people = {e.text: (e.role, e.org) for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert people == {"Fandry Azhari": ("Kepala Bagian Inklusi Literasi dan Tanggung Jawab Sosial", "Bank Kalsel")}


def test_a_given_name_that_also_names_a_district_stays_in_the_persons_name():
    # "Panji" is a district of Situbondo; a district's one-word name is a given name as often
    doc = doc_with_entities("Bantuan itu bermanfaat, kata Panji Eka Wisnu Aji, Asisten CSR PT TPP.",
                            [(5, 9, "PER"), (12, 14, "ORG")])
    people = [e.text for e in find_entities(doc, Layout()) if e.label == "PER"]
    assert people == ["Panji Eka Wisnu Aji"]


def test_a_name_set_off_after_the_last_of_a_list_of_offices_is_that_offices_holder():
    doc = doc_with_entities("Bantuan diserahkan kepada Camat Kuripan serta Kepala Desa Jambu, Kasransyah, Selasa (7/5).",
                            [(7, 9, "LOC")])
    people = {e.text: e.role for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert people == {"Kasransyah": "Kepala Desa Jambu"}
    # a field joined to an office by "dan" is no second office
    doc = doc_with_entities("Manager Hukum dan Humas Pelindo Regional 1, Fadilah Haryono menyampaikan bantuan.",
                            [(4, 7, "ORG"), (8, 10, "PER")])
    people = {e.text: (e.role, e.org) for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert people == {"Fadilah Haryono": ("Manager Hukum dan Humas", "Pelindo Regional 1")}


def test_a_degree_names_nothing_a_count_ends_a_region_and_a_regencys_kind_parts_no_body():
    doc = doc_with_entities("Kepala Dinas Sosial Kabupaten Nabire, Yus Baminggen, S.Sos, hadir. Zakat dibagikan di "
                            "Kecamatan Bissappu 168 orang. Ketua Baznas Kabupaten Bantaeng, Abdul Muin, hadir. "
                            "Baznas Bantaeng menyalurkan zakat.",
                            [(6, 8, "PER"), (9, 10, "ORG"), (16, 19, "LOC"), (26, 28, "PER"), (31, 33, "ORG")])
    found = find_entities(doc, Layout())
    ids = {e.text: e.entity_id for e in found}
    assert "S.Sos" not in ids
    assert "Kecamatan Bissappu" in ids
    assert ids["Baznas Bantaeng"] == ids["Baznas Kabupaten Bantaeng"]


def test_a_body_the_model_cut_before_its_closing_acronym_is_one_body_with_its_zone():
    doc = doc_with_entities("Program itu merupakan inovasi Pertamina EP Zona 7 yang mendorong petani.",
                            [(4, 5, "ORG"), (5, 6, "ORG")])
    assert [e.text for e in find_entities(doc, Layout()) if e.label == "ORG"] == ["Pertamina EP Zona 7"]


def test_a_known_bodys_short_name_with_the_region_of_its_office_is_one_body():
    doc = doc_with_entities("Kepala BKKBN Provinsi Kalimantan Barat hadir dalam rembuk stunting.", [(3, 5, "LOC")])
    assert [(e.text, e.label) for e in find_entities(doc, Layout())] == [("BKKBN Provinsi Kalimantan Barat", "ORG")]


def test_a_regional_offices_coined_short_name_is_that_office_and_ends_a_list_of_bodies():
    doc = doc_with_entities("Pihak Dinas Sosial Kabupaten Kepulauan Sula memantau penyaluran. Kemarin Dinsos menyalurkan "
                            "beras. Dinas Kesehatan Kabupaten Bogor dan Dinkes membuka posko.", [])
    ids = {e.text: e.entity_id for e in find_entities(doc, Layout()) if e.label == "ORG"}
    assert ids["Dinsos"] == ids["Dinas Sosial Kabupaten Kepulauan Sula"]
    assert ids["Dinkes"] == ids["Dinas Kesehatan Kabupaten Bogor"]


def test_a_role_ends_where_its_bodys_name_first_starts():
    doc = doc_with_entities("Direktur Asia Pulp & Paper (APP) Sinar Mas, Suhendra Wiriadinata, mengatakan program berjalan. "
                            "PT APP menanam pohon.", [(11, 13, "PER"), (18, 20, "ORG")])
    person = next(e for e in find_entities(doc, Layout()) if e.label == "PER")
    assert (person.role, person.org) == ("Direktur", "Asia Pulp & Paper")


def test_a_bodys_name_before_peduli_names_its_programme():
    doc = doc_with_entities("Program CSR PT Wilmar berfokus pada infrastruktur. Bantuan energi yang dilaksanakan yaitu "
                            "Wilmar Peduli Listrik pada 2020. Masyarakat Peduli Api ikut hadir.", [(2, 4, "ORG")])
    programmes = {e.text for e in find_entities(doc, Layout()) if e.label == "PROGRAMME"}
    assert "Wilmar Peduli Listrik" in programmes
    assert not any("Masyarakat" in name for name in programmes)  # a community group, no body's programme


def test_a_community_group_is_named_by_the_words_after_its_head_even_where_they_read_as_a_person():
    doc = doc_with_entities("Bantuan diserahkan kepada Kelompok Tani Sri Rejeki dan KWT Siti Aisyah , kata Budi Santoso .",
                            [(5, 7, "PER"), (9, 11, "PER"), (13, 15, "PER")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert found == {("Kelompok Tani Sri Rejeki", "ORG"), ("KWT Siti Aisyah", "ORG"), ("Budi Santoso", "PER")}


def test_an_office_that_names_its_body_in_one_word_takes_that_body_where_the_text_names_it():
    text = ("Pemerintah Kabupaten Dairi dan Polres Merauke hadir . Bupati Dairi Eddy Berutu dan Kapolres Merauke "
            "AKBP Ary Purwanto meninjau lokasi bersama Camat Sidikalang Rudi Hartono .")
    tokens = [token.text for token in spacy.blank("id")(text)]
    eddy, ary, rudi = tokens.index("Eddy"), tokens.index("Ary"), tokens.index("Rudi")
    doc = doc_with_entities(text, [(0, 3, "ORG"), (4, 6, "ORG"), (eddy, eddy + 2, "PER"), (ary, ary + 2, "PER"),
                                   (rudi, rudi + 2, "PER")])
    found = {e.text: (e.role, e.org) for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert found == {"Eddy Berutu": ("Bupati", "Pemerintah Kabupaten Dairi"),
                     "Ary Purwanto": ("Kapolres", "Polres Merauke"),
                     # the text names no body of the Camat's: the region stays in the role
                     "Rudi Hartono": ("Camat Sidikalang", "")}


def test_a_village_whose_name_reads_as_a_person_s_is_the_place_its_kind_opens():
    doc = doc_with_entities("Kepala Desa Tengku Lese , Adrianus Sadu , mengatakan warga Desa Ahmad Yani senang .",
                            [(2, 4, "PER"), (5, 7, "PER"), (11, 13, "PER")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    # "Ahmad Yani" names no village the index knows: the model's person stands
    assert found == {("Desa Tengku Lese", "LOC"), ("Adrianus Sadu", "PER"), ("Ahmad Yani", "PER")}


def test_a_military_unit_is_named_with_its_number_and_territory_and_a_corps_ends_no_sentence():
    text = ("Komandan Rayon Militer 1203-10/Sandai menyatakan kegiatan sukses . Kodim 1203/Ketapang hadir . "
            "Dandim 1203/Ketapang Letkol Kav. Jami'an menegaskan hal itu .")
    tokens = [token.text for token in spacy.blank("id")(text)]
    sandai, jamian = tokens.index("Sandai"), tokens.index("Jami'an")
    doc = doc_with_entities(text, [(sandai, sandai + 1, "PER")])
    found = {e.text: (e.label, e.role, e.org) for e in find_entities(doc, Layout())}
    assert found["Rayon Militer 1203-10/Sandai"][0] == found["Kodim 1203/Ketapang"][0] == "ORG"
    assert "Sandai" not in found  # the territory of a unit, no person
    assert found["Jami'an"] == ("PER", "Dandim", "Kodim 1203/Ketapang")
    assert tokens[jamian - 1] == "."


def test_a_mosque_or_a_home_is_a_body_and_so_is_a_university_the_model_read_as_a_place():
    text = ("Bantuan untuk Masjid Baitussalam dan Panti Asuhan Seribu Pulau. Tim Universitas Muria Kudus (UMK) "
            "hadir. Rektor UMK senang.")
    tokens = [token.text for token in spacy.blank("id")(text)]
    umk = len(tokens) - 1 - tokens[::-1].index("UMK")
    doc = doc_with_entities(text, [(2, 4, "LOC"), (5, 9, "LOC"), (umk, umk + 1, "LOC")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert {("Masjid Baitussalam", "ORG"), ("Panti Asuhan Seribu Pulau", "ORG"), ("Universitas Muria Kudus", "ORG"),
            ("UMK", "ORG")} <= found


def test_a_butonese_particle_opens_the_name_not_the_body_before_it():
    text = "Direktur Utama Bank Sultra La Ode Muhammad Mustika hadir. \"Kami peduli,\" jelas Mustika."
    doc = doc_with_entities(text, [(2, 5, "ORG"), (5, 8, "PER")])
    found = {e.text: (e.label, e.canonical) for e in find_entities(doc, Layout())}
    assert found["Bank Sultra"] == ("ORG", "Bank Sultra")
    assert found["La Ode Muhammad Mustika"] == found["Mustika"] == ("PER", "La Ode Muhammad Mustika")


def test_the_territory_or_site_after_a_units_number_is_no_person():
    text = ("Bantuan diterima Danrem 143 Halu Oleo, Kolonel Inf Yustinus Nono. Korem 143 Halu Oleo menyalurkannya. "
            "Manager CSR PT KPI RU VI Balongan Mohamad Zulkifli hadir.")
    tokens = [token.text for token in spacy.blank("id")(text)]
    halu, balongan = tokens.index("Halu"), tokens.index("Balongan")
    doc = doc_with_entities(text, [(halu, halu + 2, "PER"), (halu + 5, halu + 8, "PER"), (balongan, balongan + 3, "PER")])
    found = {e.text: (e.label, e.role, e.org) for e in find_entities(doc, Layout())}
    assert "Halu Oleo" not in found and found["Korem 143 Halu Oleo"][0] == "ORG"
    assert found["Yustinus Nono"] == ("PER", "Danrem", "Korem 143 Halu Oleo")
    assert found["Mohamad Zulkifli"] == ("PER", "Manager CSR", "PT KPI RU VI Balongan")
    # after a company's unit, a person's name that opens with no place is that person's
    doc = doc_with_entities("Hadir SMEPP PT KPI RU VI Andromedo Cahyo Purnomo .", [(6, 9, "PER")])
    assert ("Andromedo Cahyo Purnomo", "PER") in {(e.text, e.label) for e in find_entities(doc, Layout())}


def test_a_word_in_a_list_of_an_offices_fields_is_no_person_and_a_legal_forms_stop_ends_no_sentence():
    text = "Manager Plasma, Perizinan, Komunikasi dan CSR PT. SML, Wesly Hasibuan, mengatakan jalan diperbaiki."
    tokens = [token.text for token in spacy.blank("id")(text)]
    wesly = tokens.index("Wesly")
    doc = doc_with_entities(text, [(wesly, wesly + 2, "PER")])
    found = {e.text: (e.label, e.role) for e in find_entities(doc, Layout())}
    assert "Perizinan" not in found
    assert found["Wesly Hasibuan"] == ("PER", "Manager Plasma, Perizinan, Komunikasi dan CSR PT. SML")
    # where the text names the company, the role ends before its legal form
    text = "PT. Sawit Mandiri Lestari (SML) membangun jalan. " + text
    tokens = [token.text for token in spacy.blank("id")(text)]
    wesly = tokens.index("Wesly")
    doc = doc_with_entities(text, [(wesly, wesly + 2, "PER")])
    person = next(e for e in find_entities(doc, Layout()) if e.text == "Wesly Hasibuan")
    assert (person.role, person.org) == ("Manager Plasma, Perizinan, Komunikasi dan CSR", "PT. Sawit Mandiri Lestari")


def test_one_word_the_model_read_as_a_person_in_a_list_of_bodies_is_a_body():
    text = "Zakat disalurkan bersama PWNU Sulbar, Lazisnu, Hidayatullah, dan Muhammadiyah. Hadir Budi, Andi dan Sari."
    tokens = [token.text for token in spacy.blank("id")(text)]
    at = {word: tokens.index(word) for word in ("PWNU", "Lazisnu", "Hidayatullah", "Muhammadiyah", "Budi", "Andi", "Sari")}
    doc = doc_with_entities(text, [(at["PWNU"], at["PWNU"] + 2, "ORG"), (at["Lazisnu"], at["Lazisnu"] + 1, "PER"),
                                   (at["Hidayatullah"], at["Hidayatullah"] + 1, "PER"),
                                   (at["Muhammadiyah"], at["Muhammadiyah"] + 1, "ORG")]
                      + [(at[name], at[name] + 1, "PER") for name in ("Budi", "Andi", "Sari")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert {("Lazisnu", "ORG"), ("Hidayatullah", "ORG"), ("Budi", "PER"), ("Andi", "PER"), ("Sari", "PER")} <= found


def test_a_bodys_regional_office_and_a_regions_government_are_bodies_with_no_place_inside():
    text = ("Posko dibuka BPBD Provinsi Sulut. Warga berterima kasih kepada Pemda Kabupaten Sumba Barat Daya. "
            "Pemerintah Kabupaten Halmahera Barat (Halbar) dan Dinas Sosial (Dissos) Tanggamus menerima hibah.")
    tokens = [token.text for token in spacy.blank("id")(text)]
    sulut, sumba = tokens.index("Sulut"), tokens.index("Sumba")
    doc = doc_with_entities(text, [(sulut - 1, sulut + 1, "LOC"), (sumba - 1, sumba + 3, "LOC")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert {("BPBD Provinsi Sulut", "ORG"), ("Pemda Kabupaten Sumba Barat Daya", "ORG"),
            ("Pemerintah Kabupaten Halmahera Barat", "ORG"), ("Dinas Sosial (Dissos) Tanggamus", "ORG")} <= found
    assert not any(label == "LOC" and name != "Halbar" for name, label in found)


def test_a_scheme_spelt_out_beside_its_acronym_is_a_programme_with_the_head_the_acronym_leaves_out():
    text = "Kemensos menyalurkan Bantuan Asistensi Rehabilitasi Sosial (ATENSI). Bantuan ATENSI diterima warga."
    [pair] = find_acronym_pairs(text)
    assert (pair.expansion, pair.acronym) == ("Bantuan Asistensi Rehabilitasi Sosial", "ATENSI")
    # "Program" introduces a name, and a name that opens with a scheme's head takes no other
    assert [pair.expansion for pair in find_acronym_pairs(
        "Program Tanggung Jawab Sosial dan Lingkungan (TJSL) dan Bantuan Program Keluarga Harapan (PKH).")] == [
        "Tanggung Jawab Sosial dan Lingkungan", "Program Keluarga Harapan"]
    tokens = [token.text for token in spacy.blank("id")(text)]
    atensi = [k for k, token in enumerate(tokens) if token == "ATENSI"]
    doc = doc_with_entities(text, [(3, 7, "ORG")] + [(k, k + 1, "ORG") for k in atensi])
    found = {(e.text, e.label, e.canonical) for e in find_entities(doc, Layout())}
    assert ("ATENSI", "PROGRAMME", "Bantuan Asistensi Rehabilitasi Sosial") in found


def test_a_village_scheme_a_body_names_after_itself_is_a_programme_and_its_acronym_too():
    text = "ASTRA meluncurkan Kampung Berseri Astra (KBA) di Desa Serdang Kulon. KBA itu yang kelima."
    tokens = [token.text for token in spacy.blank("id")(text)]
    last = len(tokens) - 1 - tokens[::-1].index("KBA")
    doc = doc_with_entities(text, [(0, 1, "ORG"), (2, 5, "LOC"), (last, last + 1, "ORG")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert {("Kampung Berseri Astra", "PROGRAMME"), ("KBA", "PROGRAMME"), ("Desa Serdang Kulon", "LOC")} <= found


def test_a_regencys_first_word_after_a_bodys_acronym_is_the_bodys_office_not_a_person():
    doc = doc_with_entities("kata anggota DPRD Kutai dari Fraksi Golkar .", [(2, 3, "ORG"), (3, 4, "PER")])
    assert {(e.text, e.label) for e in find_entities(doc, Layout())} >= {("DPRD Kutai", "ORG")}
    assert not any(e.label == "PER" for e in find_entities(doc, Layout()))


def test_a_body_named_after_a_list_of_fields_is_closed_by_the_region_it_serves():
    text = "Kepala Dinas Perumahan, Kawasan Permukiman, dan Pertanahan Kabupaten Lebak Wawan Hermawan hadir ."
    tokens = [token.text for token in spacy.blank("id")(text)]
    wawan = tokens.index("Wawan")
    doc = doc_with_entities(text, [(1, 3, "ORG"), (4, 6, "LOC"), (wawan, wawan + 2, "PER")])
    found = {(e.text, e.label, e.org) for e in find_entities(doc, Layout())}
    body = "Dinas Perumahan, Kawasan Permukiman, dan Pertanahan Kabupaten Lebak"
    assert found == {(body, "ORG", ""), ("Wawan Hermawan", "PER", body)}


def test_a_companys_short_name_with_its_legal_form_joins_the_full_name_it_opens():
    doc = doc_with_entities("PT Freeport Indonesia membantu nelayan . Direktur PT Freeport , Budi , hadir .",
                            [(0, 3, "ORG"), (7, 9, "ORG"), (10, 11, "PER")])
    found = {e.text: e.canonical for e in find_entities(doc, Layout())}
    assert found["PT Freeport"] == found["PT Freeport Indonesia"] == "PT Freeport Indonesia"


def test_a_villages_name_without_its_kind_is_that_village():
    doc = doc_with_entities("Warga Kampung Aroanop menanam teh . Kebun teh di Aroanop luas .", [(1, 3, "LOC"), (9, 10, "LOC")])
    found = {e.text: e.entity_id for e in find_entities(doc, Layout())}
    assert found["Aroanop"] == found["Kampung Aroanop"]


def _tokens(text: str) -> list[str]:
    return [token.text for token in spacy.blank("id")(text)]


def test_a_group_or_village_name_runs_to_the_comma_before_its_holder_whatever_the_model_read_in_it():
    text = ("PT Suryaraya Lestari hadir. Kata Ketua Kelompok Tani Bina Bersama Lestari, Idris Lamba, panen naik. "
            "Bantuan diserahkan oleh Staf CSR "
            "PT Semen Padang kepada Wali Nagari Ampek Koto, Ronny Akmal. Hadir Kepala Desa Sukamaju Budi Hartono, "
            "Siti Aminah dan warga. Budi mengatakan bantuan tiba.")
    tokens = _tokens(text)
    bersama, idris, ampek, ronny = (tokens.index(word) for word in ("Bersama", "Idris", "Ampek", "Ronny"))
    budi, siti = tokens.index("Budi"), tokens.index("Siti")
    doc = doc_with_entities(text, [(bersama, bersama + 2, "PER"), (idris, idris + 2, "PER"), (ampek, ampek + 2, "PER"),
                                   (ronny, ronny + 2, "PER"), (budi, budi + 2, "PER"), (siti, siti + 2, "PER")])
    entities = find_entities(doc, Layout())
    found = {(e.text, e.label) for e in entities}
    assert {("Kelompok Tani Bina Bersama Lestari", "ORG"), ("Idris Lamba", "PER"), ("Nagari Ampek Koto", "LOC"),
            ("Budi Hartono", "PER"), ("Desa Sukamaju", "LOC")} <= found
    assert ("Bersama Lestari", "PER") not in found and ("Ampek Koto", "PER") not in found
    roles = {e.text: (e.role, e.org) for e in entities if e.label == "PER"}
    assert roles["Idris Lamba"] == ("Ketua", "Kelompok Tani Bina Bersama Lestari")
    # the office after "kepada" is the receiver's, not the giver's
    assert roles["Ronny Akmal"] == ("Wali Nagari Ampek Koto", "")


def test_a_dash_glued_between_the_chain_and_the_name_is_no_part_of_the_role():
    nlp = customize_tokenizer(spacy.blank("id"))
    text = "Kepala Desa Lambangan-Mulyanto menuturkan bantuan tiba."
    doc = nlp(text)
    tokens = [token.text for token in doc]
    mulyanto = tokens.index("Mulyanto")
    doc.ents = [Span(doc, mulyanto, mulyanto + 1, "PER")]
    person = next(e for e in find_entities(doc, Layout()) if e.label == "PER")
    assert (person.text, person.role) == ("Mulyanto", "Kepala Desa Lambangan")


def test_a_speakers_short_name_leads_to_the_full_name_through_a_bare_initial():
    text = "Hadir Kabid Kepesertaan Insan Alif L Sadarang di kantor. “Santunan dibayar,” kata Insan."
    tokens = _tokens(text)
    insan = tokens.index("Insan")
    doc = doc_with_entities(text, [(insan, insan + 4, "PER"), (len(tokens) - 2, len(tokens) - 1, "PER")])
    canonical = {e.canonical for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert canonical == {"Insan Alif L Sadarang"}


def test_a_region_the_model_gave_a_person_after_a_bodys_short_name_is_the_bodys():
    text = "Hadir Ketua DPRD Kebumen Sarimun dan warga. Politikus Partai Golkar Bambang Soesatyo datang."
    tokens = _tokens(text)
    golkar = tokens.index("Golkar")
    doc = doc_with_entities(text, [(2, 3, "ORG"), (3, 5, "PER"), (golkar - 1, golkar + 1, "ORG"),
                                   (golkar + 1, golkar + 3, "PER")])
    entities = find_entities(doc, Layout())
    # a district's name ("Bambang") is no region a person's name gives away
    assert {(e.text, e.label) for e in entities} == {("DPRD Kebumen", "ORG"), ("Sarimun", "PER"),
                                                     ("Partai Golkar", "ORG"), ("Bambang Soesatyo", "PER")}
    person = next(e for e in entities if e.label == "PER")
    assert (person.role, person.org) == ("Ketua", "DPRD Kebumen")


def test_an_office_before_its_unit_is_no_region_and_the_name_after_the_unit_is_its_holder():
    doc = doc_with_entities("Terpisah, Kaur Umum Itudi menuturkan, desa belum membentuk badan usaha.", [])
    entities = find_entities(doc, Layout())
    assert [(e.text, e.label, e.role) for e in entities] == [("Itudi", "PER", "Kaur Umum")]


def test_one_word_the_model_read_as_a_person_in_a_list_of_places_is_a_place():
    text = "Sekolah dibantu di lima kabupaten, yakni Ngawi, Magetan, Madiun, Nganjuk, dan Jombang."
    tokens = _tokens(text)
    doc = doc_with_entities(text, [(tokens.index(name), tokens.index(name) + 1, "PER" if name == "Ngawi" else "LOC")
                                   for name in ("Ngawi", "Magetan", "Madiun", "Nganjuk", "Jombang")])
    assert {e.label for e in find_entities(doc, Layout())} == {"LOC"}


def test_a_rank_and_its_grade_are_no_part_of_the_role_and_a_disease_is_no_name():
    text = "Babinsa Koramil 0602-21/Kopo Kopral Kepala Joko Riyanto memantau vaksin Polio di desa."
    tokens = _tokens(text)
    joko, polio = tokens.index("Joko"), tokens.index("Polio")
    doc = doc_with_entities(text, [(joko, joko + 2, "PER"), (polio, polio + 1, "PER")])
    entities = find_entities(doc, Layout())
    person = next(e for e in entities if e.label == "PER")
    assert (person.text, person.role) == ("Joko Riyanto", "Babinsa")
    assert "Polio" not in {e.text for e in entities}


def test_degrees_and_fellowships_in_capitals_after_a_degree_are_no_part_of_the_name():
    text = "Direktur RSUD Waled, dr M Luthfi SpPD KHOM FINASIM mengatakan rumah sakit berbenah."
    tokens = _tokens(text)
    luthfi = tokens.index("M")
    doc = doc_with_entities(text, [(luthfi, luthfi + 5, "PER")])
    person = next(e for e in find_entities(doc, Layout()) if e.label == "PER")
    assert (person.text, person.role, person.org) == ("M Luthfi", "Direktur", "RSUD Waled")


def test_a_bodys_head_word_alone_names_a_body_and_a_dash_inside_a_name_continues_it():
    text = ("Baznas Kota Padang Panjang menyalurkan zakat. Ketua Baznas, Syamsuarni, hadir di Musala Al-Ikhlas dan "
            "Jalan Senangin-Bawal.")
    nlp = customize_tokenizer(spacy.blank("id"))
    doc = nlp(text)
    tokens = [token.text for token in doc]
    lone, syamsuarni = tokens.index("Baznas", 1), tokens.index("Syamsuarni")
    doc.ents = [Span(doc, lone, lone + 1, "LOC"), Span(doc, syamsuarni, syamsuarni + 1, "PER")]
    entities = find_entities(doc, Layout())
    found = {(e.text, e.label, e.canonical) for e in entities}
    assert {("Baznas", "ORG", "Baznas Kota Padang Panjang"), ("Musala Al-Ikhlas", "ORG", "Musala Al-Ikhlas"),
            ("Jalan Senangin-Bawal", "LOC", "Jalan Senangin-Bawal")} <= found
    person = next(e for e in entities if e.label == "PER")
    assert (person.role, person.org) == ("Ketua", "Baznas Kota Padang Panjang")


def test_the_word_after_an_office_is_its_place_where_the_text_writes_it_after_a_places_head():
    text = "TMMD digelar di Desa Gedong. Warga senang, kata Kades Gedong. Lettu Arhanud Ginanjar hadir."
    tokens = _tokens(text)
    gedong, ginanjar = tokens.index("Kades") + 1, tokens.index("Arhanud")
    doc = doc_with_entities(text, [(gedong, gedong + 1, "PER"), (ginanjar, ginanjar + 2, "PER")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert ("Gedong", "PER") not in found and ("Ginanjar", "PER") in found


def test_an_office_after_dan_opens_another_chain_and_a_region_the_text_names_leaves_the_holders_name():
    text = ("Hadir Kepala Dinas Perikanan Karimun Ahmadi dan Anggota DPRD Karimun Raja Rafiza. Di Kecamatan "
            "Bandarsurabaya, Ketua K3S Bandarsurabaya Suharno menyambut mereka.")
    tokens = _tokens(text)
    ahmadi, suharno = tokens.index("Ahmadi"), tokens.index("Suharno")
    doc = doc_with_entities(text, [(ahmadi, ahmadi + 1, "PER"), (suharno - 1, suharno + 1, "PER")])
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert {("Dinas Perikanan Karimun", "ORG"), ("Ahmadi", "PER"), ("Suharno", "PER")} <= found
    assert not any("dan" in name for name, _ in found) and ("Bandarsurabaya Suharno", "PER") not in found


def test_an_acronym_spelt_out_in_lower_case_after_a_schemes_head_is_a_programme_but_a_term_is_not():
    text = ("Warga menerima bantuan sosial tunai (BST) dari kementerian. Penyaluran BST tahap kedua dimulai. "
            "Bank menghimpun dana pihak ketiga (DPK) dan hak guna bangunan (HGB) diperpanjang.")
    found = {(e.text, e.label, e.canonical) for e in find_entities(doc_with_entities(text, []), Layout())}
    assert found == {("BST", "PROGRAMME", "bantuan sosial tunai")}


def test_an_acting_offices_mark_stays_in_the_role_and_a_zakat_body_named_alone_is_a_body():
    nlp = customize_tokenizer(spacy.blank("id"))
    text = "Bantuan tiba. Plt. Kepala Dinas Sosial Kota Blora Dwi Hanto menerima dana dari Rumah Zakat."
    doc = nlp(text)
    tokens = [token.text for token in doc]
    dwi, zakat = tokens.index("Dwi"), tokens.index("Rumah")
    doc.ents = [Span(doc, dwi, dwi + 2, "PER"), Span(doc, zakat, zakat + 2, "LOC")]
    entities = find_entities(doc, Layout())
    person = next(e for e in entities if e.label == "PER")
    assert (person.role, person.org) == ("Plt. Kepala", "Dinas Sosial Kota Blora")
    assert ("Rumah Zakat", "ORG") in {(e.text, e.label) for e in entities}


def test_a_street_after_a_bodys_region_is_its_address_not_its_name():
    text = "Acara digelar di Kantor Pemkab Bojonegoro Jalan P Mas Tumapel dan di kantor Badan Pengelola Jalan Tol."
    found = {(e.text, e.label) for e in find_entities(doc_with_entities(text, []), Layout())}
    assert {("Pemkab Bojonegoro", "ORG"), ("Jalan P Mas Tumapel", "LOC"), ("Badan Pengelola Jalan Tol", "ORG")} <= found


def test_an_initial_closing_a_name_is_the_names_and_a_sentences_stop_after_it_is_not():
    text = ("Upacara dipimpin Pemimpin Cabang Depok, Eko Muhammad J. Menurut Eko Muhammad J, ruang kelas dibangun. "
            "Warga senang, kata Eko.")
    tokens = _tokens(text)
    first = tokens.index("Eko")
    second = tokens.index("Eko", first + 1)
    doc = doc_with_entities(text, [(first, first + 2, "PER"), (second, second + 2, "PER")])
    people = {(e.text, e.canonical) for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert {name for name, _ in people} >= {"Eko Muhammad J"} and {canonical for _, canonical in people} == {"Eko Muhammad J"}


def test_a_street_named_after_an_officer_keeps_the_rank_in_its_name():
    doc = customize_tokenizer(spacy.blank("id"))("Posko berada di Jln. Letkol Hamdi Silam.")
    found = {(e.text, e.label) for e in find_entities(doc, Layout())}
    assert found == {("Jln. Letkol Hamdi Silam", "LOC")}


def test_a_region_spelt_out_with_its_kind_beside_its_acronym_is_a_place_without_the_model():
    text = "Warga Desa Sukamaju Kecamatan Tulang Bawang Tengah (TBT) menerima bantuan. Camat TBT hadir."
    found = {(e.text, e.label, e.canonical) for e in find_entities(doc_with_entities(text, []), Layout())}
    assert {("Kecamatan Tulang Bawang Tengah", "LOC", "Kecamatan Tulang Bawang Tengah"),
            ("TBT", "LOC", "Kecamatan Tulang Bawang Tengah")} <= found


def _customized_doc(text: str, entities: list[tuple[str, int, str]]):
    """``text`` read by warta's tokenizer, with the model's spans given as (first word, length, label)."""
    doc = customize_tokenizer(spacy.blank("id"))(text)
    tokens = [token.text for token in doc]
    doc.ents = [Span(doc, tokens.index(first), tokens.index(first) + size, label) for first, size, label in entities]
    return doc


def test_titles_and_initials_the_model_ran_into_a_body_open_the_person_after_it():
    doc = _customized_doc("Berdasarkan laporan Kepala Dinas Pertanian Ir. Hj. Rini Indriati, bantuan tiba. Sementara "
                          "General Manager PT Pelindo Regional 2 Pangkalbalam A. Yoga Suryadarma menyerahkan jaring.",
                          [("Dinas", 4, "ORG"), ("Rini", 2, "PER"), ("Yoga", 2, "PER")])
    found = {e.text: e for e in find_entities(doc, Layout())}
    assert (found["Rini Indriati"].role, found["Rini Indriati"].org) == ("Kepala", "Dinas Pertanian")
    assert "Hj." not in found and "Ir. Hj." not in found
    # the initial ends the body's name, and the unit's number stays in the chain the role is read from
    assert (found["A. Yoga Suryadarma"].role, found["A. Yoga Suryadarma"].org) == ("General Manager",
                                                                           "PT Pelindo Regional 2 Pangkalbalam")


def test_a_given_name_written_short_opens_the_holder_s_name():
    doc = _customized_doc("Batu pertama diletakkan oleh Kepala Kantor Kemenag Kab Kendal Muh. Saidun. Warga hadir.",
                          [("Kantor", 6, "LOC")])
    people = {e.text: e.role for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert people == {"Muh. Saidun": "Kepala Kantor Kemenag Kab Kendal"}


def test_a_roman_numeral_closing_a_sentence_is_no_initial_of_the_person_after_it():
    doc = _customized_doc("Dana mengalir ke suplier Alkes I. Siti Fadilah menerima cek.", [("Siti", 2, "PER")])
    assert [e.text for e in find_entities(doc, Layout()) if e.label == "PER"] == ["Siti Fadilah"]


def test_a_title_inside_a_name_and_a_degree_after_it_make_no_person_of_their_own():
    doc = _customized_doc("Wakil Walikota Bima H. A. Rahman H. Abidin, SE, menyerahkan bantuan.", [("Rahman", 3, "PER")])
    people = {e.text: e.role for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert people == {"A. Rahman H. Abidin": "Wakil Walikota Bima"}  # the initial before it too


def test_a_programme_s_english_connectors_a_weekday_after_an_activity_word_and_a_named_scholarship():
    text = ("Pegadaian menggelar program The Gade Clean and Gold di pantai . Yayasan menyalurkan Beasiswa Aktivis "
            "Nusantara kepada mahasiswa . Mereka menggelar kegiatan Jumat Berkah setiap pekan . Rapat digelar "
            "Jumat ( 12/3 ) . Beasiswa ini diberikan kepada siswa .")
    found = {(e.text, e.label) for e in find_entities(doc_with_entities(text, []), Layout())}
    assert {("The Gade Clean and Gold", "PROGRAMME"), ("Beasiswa Aktivis Nusantara", "PROGRAMME"),
            ("Jumat Berkah", "PROGRAMME")} <= found
    assert not {name for name, label in found if label == "PROGRAMME" and name.startswith(("Jumat (", "Beasiswa ini"))}


def test_a_name_written_with_and_without_a_full_stop_is_one_person_and_a_dateline_s_dash_ends_the_role():
    doc = _customized_doc("BONGKAR.INFO, Kota Bima- Wakil Walikota Bima Ahmad Rahman menyerahkan bantuan. Ketua Baznas "
                          "Kota Surabaya Moch. Hamzah hadir. Moch Hamzah menyampaikan bantuan bertahap.",
                          [("Ahmad", 2, "PER"), ("Moch.", 2, "PER"), ("Moch", 2, "PER")])
    people = {e.text: (e.canonical, e.role) for e in find_entities(doc, find_layout(doc.text)) if e.label == "PER"}
    assert people["Ahmad Rahman"] == ("Ahmad Rahman", "Wakil Walikota Bima")
    assert people["Moch Hamzah"][0] == people["Moch. Hamzah"][0] == "Moch. Hamzah"


def test_a_railway_operating_area_is_a_unit_of_its_body():
    doc = _customized_doc("Bantuan diserahkan oleh Vice President KAI Daop 7, Suharjono, kepada pondok pesantren.",
                          [("KAI", 1, "ORG"), ("Suharjono", 1, "PER")])
    person = next(e for e in find_entities(doc, Layout()) if e.label == "PER")
    assert (person.role, person.org) == ("Vice President", "KAI Daop 7")


def test_an_office_in_brackets_after_a_name_s_degrees_is_the_person_s_role():
    doc = _customized_doc("Tim dipimpin oleh Dr. Ir. Endang Noerhartati, MP (Wakil Rektor Bidang Kerjasama). Tim lain "
                          "dipimpin Dr. Muhammad Ikhsan Setiawan, ST., MT (Wakil Rektor Bidang Akademik) dan warga.",
                          [("Endang", 2, "PER"), ("Muhammad", 3, "PER")])
    roles = {e.text: e.role for e in find_entities(doc, Layout()) if e.label == "PER"}
    assert roles == {"Endang Noerhartati": "Wakil Rektor Bidang Kerjasama",
                     "Muhammad Ikhsan Setiawan": "Wakil Rektor Bidang Akademik"}


def test_the_office_after_a_comma_in_a_list_of_offices_is_the_holder_s():
    doc = _customized_doc("Batu pertama diletakkan oleh Camat Kangkung, Ketua Baznas Kendal Ahmad Ubaidillah dan warga.",
                          [("Ahmad", 2, "PER")])
    person = next(e for e in find_entities(doc, Layout()) if e.label == "PER")
    assert (person.text, person.role) == ("Ahmad Ubaidillah", "Ketua")


def test_a_community_body_s_head_in_lower_case_opens_its_name():
    doc = _customized_doc("Bantuan diberikan kepada ponpes Kanzul Ulum dan panti asuhan Bhakti Luhur serta komunitas "
                          "Generasi Muda Bersatu. Yayasan tersebut hadir bersama komunitas PTFI.", [("Kanzul", 2, "PER")])
    bodies = {e.text: (e.label, e.canonical) for e in find_entities(doc, Layout())}
    assert bodies == {"ponpes Kanzul Ulum": ("ORG", "Ponpes Kanzul Ulum"),
                      "panti asuhan Bhakti Luhur": ("ORG", "Panti Asuhan Bhakti Luhur"),
                      "komunitas Generasi Muda Bersatu": ("ORG", "Komunitas Generasi Muda Bersatu")}


def test_a_known_programme_in_lower_case_is_one_where_the_text_also_capitalises_it():
    text = ("Banyak laporan pelanggaran dana desa masuk . Baca juga : Laporan Dana Desa tahun ini . Warga ikut "
            "program bedah rumah .\nBedah rumah dilakukan gotong royong .")
    programmes = {e.text for e in find_entities(doc_with_entities(text, []), Layout()) if e.label == "PROGRAMME"}
    # a sentence's first words are capitalised whatever they are
    assert {"dana desa", "Dana Desa"} <= programmes and "bedah rumah" not in programmes
