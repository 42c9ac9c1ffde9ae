"""The Stanza NER backend, the default (the ``warta`` fixture): the shipped model loads offline, finds
entities at the right offsets, writes the same tables as the spaCy backend, and keeps a floor on
idner-news-2k test."""
from __future__ import annotations

import csv
import json

import pytest

import extractor
from extractor.api import BACKENDS
from extractor.cli import main
from extractor.nlp.stanza_backend import agreement
from extractor.training import corpora
from extractor.training.evaluate_ner import evaluate, pipeline_run
from extractor.training.train_stanza import bio_tags, write_json

# The shipped model scores 0.908 on these sentences; a broken or untrained one far lower.
FLOOR = 0.88
ARTICLE = ("Presiden Joko Widodo meresmikan Bendungan Sukamahi di Kabupaten Bogor, Jawa Barat, pada Jumat (23/12).\n\n"
           "Menteri Pekerjaan Umum dan Perumahan Rakyat Basuki Hadimuljono mengatakan bendungan itu "
           "mengurangi banjir di Jakarta.")


@pytest.fixture(scope="module")
def spacy_warta() -> extractor.Warta:
    return extractor.load(backend="spacy")


def test_the_stanza_backend_replaces_only_the_ner_model(warta, spacy_warta):
    stanza_components = warta.nlp.pipe_names
    assert "warta_stanza_ner" in stanza_components and "ner" not in stanza_components
    assert [name for name in stanza_components if name != "warta_stanza_ner"] == \
           [name for name in spacy_warta.nlp.pipe_names if name not in ("tok2vec", "ner")]


def test_entities_found_at_their_character_offsets(warta):
    entities = warta.extract(ARTICLE).entities

    for entity in entities:
        assert ARTICLE[entity.start_char:entity.end_char] == entity.text
    found = {(entity.label, entity.text) for entity in entities if entity.source == "model"}
    assert ("PER", "Joko Widodo") in found
    assert ("PER", "Basuki Hadimuljono") in found
    assert ("LOC", "Jakarta") in found
    # the second paragraph starts after a blank line: its offsets must still be exact
    basuki = next(entity for entity in entities if entity.text == "Basuki Hadimuljono")
    assert basuki.start_char == ARTICLE.index("Basuki")


def test_tagger_skips_whitespace_tokens_and_maps_back_to_the_doc(warta):
    nlp = warta.nlp
    component = nlp.get_pipe("warta_stanza_ner")
    doc = nlp.make_doc("Joko Widodo tiba.\n\n\nIa bertemu Basuki Hadimuljono di Jakarta.")
    doc = nlp.get_pipe("warta_sentences")(doc)

    [spans] = component.predict([doc])

    for start, end, _label in spans:
        assert not any(token.is_space for token in doc[start:end])
    assert {doc[start:end].text for start, end, _ in spans} >= {"Joko Widodo", "Basuki Hadimuljono"}


def test_an_empty_document_has_no_entities(warta):
    assert warta.extract("   ").entities == []


def test_cli_backends_write_the_same_tables(tmp_path):
    source = tmp_path / "bendungan.txt"
    source.write_text("Bendungan Sukamahi Diresmikan\n" + ARTICLE, encoding="utf-8")
    headers = {}
    for backend in BACKENDS:
        outdir = tmp_path / backend
        assert main(["extract", str(source), "-o", str(outdir), "--backend", backend, "--reference-date", "2022-12-30"]) == 0
        headers[backend] = {path.name: next(csv.reader(path.open(encoding="utf-8"))) for path in outdir.glob("*.csv")}
    assert headers["stanza"] == headers["ensemble"] == headers["spacy"]
    assert {"articles.csv", "entities.csv", "quotes.csv", "errors.csv"} <= set(headers["stanza"])
    with (tmp_path / "stanza" / "entities.csv").open(encoding="utf-8") as table:
        rows = list(csv.DictReader(table))
    assert any(row["text"] == "Joko Widodo" and row["label"] == "PER" for row in rows)


def test_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="unknown NER backend"):
        extractor.load(backend="bert")


def test_the_ensemble_keeps_the_spans_both_models_agree_on():
    spacy_spans = [(0, 2, "PER"), (5, 6, "LOC"), (8, 9, "PER")]
    stanza_spans = [(0, 3, "PER"), (5, 6, "LOC"), (8, 9, "ORG")]

    assert agreement(spacy_spans, stanza_spans) == [(5, 6, "LOC")]


def test_the_ensemble_backend_keeps_the_entities_both_models_find(warta, spacy_warta):
    ensemble = extractor.load(backend="ensemble")
    entity_sets = []
    for pipeline in (spacy_warta, warta, ensemble):
        doc = pipeline.nlp(pipeline.make_doc({"text": ARTICLE}))
        entity_sets.append({(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents})
    spacy_entities, stanza_entities, ensemble_entities = entity_sets

    assert ensemble_entities == spacy_entities & stanza_entities
    assert ensemble_entities  # the two models agree on some names in a plain news text


def test_training_data_is_written_as_stanza_bio_json(tmp_path):
    words = ["Kata", "Joko", "Widodo", "di", "Solo"]
    spans = [(1, 3, "PER"), (4, 5, "LOC")]
    path = tmp_path / "train.json"

    write_json([(words, spans)], path)

    assert bio_tags(words, spans) == ["O", "B-PER", "I-PER", "O", "B-LOC"]
    assert json.loads(path.read_text(encoding="utf-8"))[0][1] == {"text": "Joko", "ner": "B-PER"}


def test_stanza_backend_f1_floor_on_idner_test(shared, warta):
    """A regression floor on the first 400 idner-news-2k test sentences, through the public API."""
    sentences = corpora.idner("test", data_dir=shared / "data" / "ner")[:400]

    predict, _words_per_second = pipeline_run(warta, sentences)

    assert evaluate(sentences, predict)["micro"]["f1"] >= FLOOR
