"""The PFSA-ID quote evaluation: its overlap scorer, and a regression floor on part of dev-40."""
from __future__ import annotations

import pytest

from extractor.evaluation import quotes as evaluation


def test_overlap_is_the_share_of_the_gold_span_covered():
    assert evaluation.overlap((10, 20), (15, 40)) == 0.5
    assert evaluation.overlap((10, 20), (0, 100)) == 1.0
    assert evaluation.overlap((10, 20), (20, 30)) == 0.0


def test_matches_are_one_to_one_and_need_half_the_gold_span():
    gold = [(0, 100), (200, 260)]
    system = [(0, 60), (10, 90), (200, 220)]  # the third covers only a third of the second gold span
    assert evaluation.match(gold, system) == {0: 1}


def test_articles_start_at_datelines_and_statements_carry_their_speaker():
    rows = [("JAKARTA", "O"), (",", "O"), ("KOMPAS", "O"), ("—", "O"), ("Rapat", "O"), ("usai", "O"), (".", "O")]
    quote = [("”", "B-STATEMENT"), ("Kami", "I-STATEMENT"), ("siap", "I-STATEMENT"), (",", "I-STATEMENT"),
             ("”", "L-STATEMENT"), ("kata", "U-CUE"), ("Budi", "B-PERSON"), ("Santoso", "L-PERSON"), (".", "O")]
    second = [("BANDUNG", "O"), (",", "O"), ("KOMPAS", "O"), ("—", "O"), ("Hujan", "O"), ("turun", "O"), (".", "O")]
    articles = evaluation.split_articles([rows, quote, second])
    assert len(articles) == 2
    article = evaluation.build_article("a", articles[0])
    assert article.text.endswith("” Kami siap , ” kata Budi Santoso .")
    (statement,) = article.statements
    assert article.text[statement.start:statement.end] == "” Kami siap , ”"
    assert statement.speaker_tokens == {"budi", "santoso"}
    assert evaluation.speaker_matches("Budi Santoso", statement.speaker_tokens)
    assert not evaluation.speaker_matches("Ani", statement.speaker_tokens)


def test_a_speaker_matches_the_gold_through_the_alias_table():
    assert evaluation.speaker_matches("Tri Rismaharini", {"risma"})
    assert evaluation.speaker_matches("Joko Widodo", {"jokowi", "presiden"})
    assert not evaluation.speaker_matches("Joko Widodo", {"prabowo"})


def test_dev_regression_floor(warta):
    path = evaluation.PFSA_ID / evaluation.SPLITS["dev"]
    if not path.exists():
        pytest.skip("../shared (PFSA-ID) is absent")
    # Measured on the first 60 dev articles: P 0.854, R 0.997, F1 0.920, speaker accuracy 0.923.
    score = evaluation.evaluate(evaluation.read_articles(path, limit=60), warta)
    assert score.recall >= 0.95
    assert score.f1 >= 0.88
    assert score.speaker_accuracy >= 0.88
