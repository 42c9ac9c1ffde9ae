"""The annotators' drafts and the stand-off gold: marks parse to offsets, a draft must give back its
article exactly, and the stored gold holds offsets and names but never the text."""
from __future__ import annotations

import json

import pytest

from extractor.annotation.draft import DraftError, parse, render
from extractor.annotation.standoff import Referent, load_gold, text_hash, to_record

TEXT = ("Area Manager CSR PT Contoh Energi Rina Marlina mengatakan, program TJSL menyasar 300 warga.\n"
        "“Kami siap membantu,” kata Rina.")
DRAFT = ("R1\tORG\tPT Contoh Energi\n"
         "R2\tPER\tRina Marlina\tArea Manager CSR\tR1\n"
         "R3\tPROGRAMME\tTanggung Jawab Sosial dan Lingkungan\n"
         "=====\n"
         "Area Manager CSR ⟨PT Contoh Energi|R1⟩ ⟨Rina Marlina|R2⟩ mengatakan, ⟪R2 i|program ⟨TJSL|R3⟩ menyasar "
         "300 warga.⟫\n“⟪R2 d|Kami siap membantu,⟫” kata ⟨Rina|R2⟩.")


def test_a_draft_parses_to_offsets_and_renders_back():
    article = parse(DRAFT, TEXT)
    assert [TEXT[m.start:m.end] for m in article.mentions] == ["PT Contoh Energi", "Rina Marlina", "TJSL", "Rina"]
    assert article.referents["R2"] == Referent("PER", "Rina Marlina", "Area Manager CSR", "R1")
    assert [(TEXT[q.start:q.end], q.kind, q.speaker) for q in article.quotes] == [
        ("program TJSL menyasar 300 warga.", "indirect", "R2"), ("Kami siap membantu,", "direct", "R2")]
    assert render(TEXT, article.referents, article.mentions, article.quotes) == DRAFT


def test_a_statement_its_attribution_interrupts_is_one_quote():
    text = "Dua hal tersebut, kata Gatot, harus didukung. Pembangunan, katanya. Kami lanjut, ujar Gatot."
    draft = ("R1\tPER\tGatot\n=====\n⟪R1 i|Dua hal tersebut⟫, kata ⟨Gatot|R1⟩, ⟪R1 i|harus didukung.⟫ "
             "⟪R1 i|Pembangunan⟫, katanya. ⟪R1 i|Kami lanjut⟫, ujar Gatot.")
    quotes = [text[q.start:q.end] for q in parse(draft, text).quotes]
    # joined across "kata Gatot"; a sentence's end keeps two statements apart
    assert quotes == ["Dua hal tersebut, kata Gatot, harus didukung.", "Pembangunan", "Kami lanjut"]


@pytest.mark.parametrize("broken, message", [
    (DRAFT.replace("menyasar", "menyasar lagi"), "differs from the article at line 1"),
    (DRAFT.replace("|R3⟩", "|R9⟩"), "unknown ref 'R9'"),
    (DRAFT.replace("R3\tPROGRAMME", "R3\tEVENT"), "expected REF TAB LABEL"),
    (DRAFT.replace("⟪R2 d|", "⟪R2 x|"), "a quote opens as"),
    (DRAFT.replace("=====\n", ""), "no line ====="),
    (DRAFT.replace("⟨Rina|R2⟩", "Rina"), None),  # one mention fewer is still a valid draft
])
def test_a_broken_draft_says_what_is_wrong(broken, message):
    if message is None:
        assert len(parse(broken, TEXT).mentions) == 3
        return
    with pytest.raises(DraftError, match=message):
        parse(broken, TEXT)


def test_the_gold_is_stand_off_and_refuses_a_changed_text(tmp_path):
    article = parse(DRAFT, TEXT, "a1", "test")
    record = to_record(article)
    assert TEXT not in json.dumps(record, ensure_ascii=False) and "mengatakan" not in json.dumps(record)
    gold, corpus = tmp_path / "gold.jsonl", tmp_path / "corpus.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    corpus.write_text(json.dumps({"id": "a1", "text": TEXT, "date": "2025-01-02"}) + "\n", encoding="utf-8")
    loaded = load_gold("test", gold, corpus)[0]
    assert loaded.mentions == article.mentions and loaded.quotes == article.quotes
    assert loaded.speaker_name(loaded.quotes[1]) == "Rina Marlina"
    assert load_gold("train", gold, corpus) == []
    corpus.write_text(json.dumps({"id": "a1", "text": TEXT + " Lagi."}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="changed since it was annotated"):
        load_gold(None, gold, corpus)
    assert record["text_sha1"] == text_hash(TEXT)


def test_gold_articles_become_training_sentences_in_warta_tokens():
    from extractor.training.indomain import to_sentences

    # a double space in the text: the training words are joined by single spaces and the spans follow
    article = parse(DRAFT.replace("⟨Rina Marlina|R2⟩", "⟨Rina  Marlina|R2⟩"), TEXT.replace("Rina Marlina", "Rina  Marlina"),
                    "a1", "train")
    conversion = to_sentences([article])
    (words, spans), (second_words, second_spans) = conversion.sentences
    assert [(" ".join(words[start:end]), label) for start, end, label in spans] == [
        ("PT Contoh Energi", "ORG"), ("Rina Marlina", "PER"), ("TJSL", "PROGRAMME")]
    assert [(" ".join(second_words[start:end]), label) for start, end, label in second_spans] == [("Rina", "PER")]
    assert conversion.mentions == 4 and conversion.dropped == 0
