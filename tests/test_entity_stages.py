"""The entity layer's stages on hand-built Docs (``spacy.blank("id")`` with ``doc.ents`` set), so that
a broken rule fails here whatever the trained model does."""
from __future__ import annotations

import spacy
from spacy.tokens import Span

from extractor.extractors.entities import find_entities
from extractor.extractors.entities.names import is_lower_case_name, strip_honorifics
from extractor.extractors.entities.selection import Candidate, Priority, select
from extractor.extractors.metadata import Layout


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
