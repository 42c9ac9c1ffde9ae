"""The NER corpus converter, the span scorer, and a regression floor for the shipped model."""
from pathlib import Path

import pytest

from extractor.training import corpora
from extractor.training.evaluate_ner import MODEL_DIR, evaluate, model_predictor

SHARED = Path(__file__).parents[1].parent / "shared"

# idner-news-2k style: space-separated, CRLF, punctuation glued to words, "pers" written "PER".
CONLL_SNIPPET = (
    "Partai PROPN B-ORG\r\n"
    "PERatuan PROPN I-ORG\r\n"
    "Pembangunan PROPN I-ORG\r\n"
    "(PPP) PROPN I-ORG\r\n"
    "menggelar VERB O\r\n"
    "jumpa NOUN O\r\n"
    "PER NOUN O\r\n"
    "di ADP O\r\n"
    "Jakarta, PROPN B-LOC\r\n"
    "(24/8) PUNCT O\r\n"
    "\r\n"
    "(Jokowi) PROPN B-PER\r\n"
    "datang VERB O\r\n"
)


def entities(words, spans):
    return [(" ".join(words[start:end]), label) for start, end, label in spans]


def test_converter_splits_glued_punctuation(tmp_path):
    path = tmp_path / "snippet.txt"
    path.write_bytes(CONLL_SNIPPET.encode("utf-8"))

    (words, spans), (words2, spans2) = corpora.read_conll(path)

    assert words == [
        "Partai", "Persatuan", "Pembangunan", "(", "PPP", ")", "menggelar", "jumpa", "pers",
        "di", "Jakarta", ",", "(", "24/8", ")",
    ]
    assert entities(words, spans) == [
        ("Partai Persatuan Pembangunan", "ORG"), ("PPP", "ORG"), ("Jakarta", "LOC"),
    ]
    assert words2 == ["(", "Jokowi", ")", "datang"]
    assert entities(words2, spans2) == [("Jokowi", "PER")]


def test_tsv_labels_are_mapped(tmp_path):
    path = tmp_path / "nergrit.txt"
    path.write_text("Desa\tB-PLACE\nKarang\tI-PLACE\noleh\tO\nPT\tB-ORGANISATION\nBudi\tB-PERSON\n")

    [(words, spans)] = corpora.read_tsv(path)

    assert entities(words, spans) == [("Desa Karang", "LOC"), ("PT", "ORG"), ("Budi", "PER")]


def test_sentence_key_ignores_case_and_punctuation():
    assert corpora.sentence_key(["Kata", "Jokowi", ",", "\u201cya", "\u201d", "."]) == "kata jokowi ya"


def test_evaluate_counts_exact_spans_only():
    gold = [(["Joko", "Widodo", "ke", "Solo"], [(0, 2, "PER"), (3, 4, "LOC")])]

    scores = evaluate(gold, lambda text: [(0, 4, "PER"), (15, 19, "LOC"), (0, 4, "DATE")])

    assert (scores["PER"]["tp"], scores["PER"]["fp"], scores["PER"]["fn"]) == (0, 1, 1)
    assert scores["LOC"]["f1"] == 1.0
    assert scores["micro"]["precision"] == 0.5 and scores["micro"]["recall"] == 0.5


def test_model_f1_on_idner_test():
    if not (SHARED / "data").is_dir():
        pytest.skip("shared data not available")
    test_set = corpora.idner("test", data_dir=SHARED / "data" / "ner")

    scores = evaluate(test_set, model_predictor(MODEL_DIR))

    assert scores["micro"]["f1"] >= 0.88
