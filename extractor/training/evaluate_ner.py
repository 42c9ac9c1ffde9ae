"""Exact-span NER evaluation: precision, recall and F1 per label and micro-averaged.

A predictor is any callable that takes a sentence's text, its gold words joined by single spaces,
and returns the entities it finds as ``(start_char, end_char, label)``. :func:`model_predictor`
wraps the bare trained model; the full extraction pipeline can be scored the same way.

``python -m extractor.training.evaluate_ner [--model models/ner] [--nerui]`` prints the scores on
idner-news-2k test (Khairunnisa et al. 2020) and NERGrit test (Wilie et al. 2020, IndoNLU).
"""
from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from pathlib import Path

import spacy
from spacy.tokens import Doc

from . import corpora
from .corpora import Sentence, Span

CharSpan = tuple[int, int, str]
Predict = Callable[[str], Iterable[CharSpan]]
Scores = dict[str, dict[str, float]]

LABELS = ("PER", "ORG", "LOC")
MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "ner"


def char_spans(words: list[str], spans: list[Span]) -> set[CharSpan]:
    """Token spans as character spans over ``" ".join(words)``."""
    offsets = []
    position = 0
    for word in words:
        offsets.append(position)
        position += len(word) + 1
    return {(offsets[s], offsets[e - 1] + len(words[e - 1]), label) for s, e, label in spans}


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall, F1 and the counts they come from."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def evaluate(sentences: Iterable[Sentence], predict: Predict) -> Scores:
    """Exact-span scores of ``predict`` against the gold sentences, per label and "micro".

    Predicted labels other than PER / ORG / LOC are ignored, so a pipeline that also finds dates
    or amounts can be scored as it is.
    """
    counts = {label: [0, 0, 0] for label in LABELS}
    for words, spans in sentences:
        gold = char_spans(words, spans)
        predicted = {span for span in predict(" ".join(words)) if span[2] in counts}
        for start, end, label in predicted:
            counts[label][0 if (start, end, label) in gold else 1] += 1
        for span in gold - predicted:
            counts[span[2]][2] += 1
    scores = {label: prf(*counts[label]) for label in LABELS}
    scores["micro"] = prf(*(sum(column) for column in zip(*counts.values())))
    return scores


def model_predictor(model_dir: Path = MODEL_DIR) -> Predict:
    """Predict with the bare model on the gold tokens, so that entity edges can align exactly."""
    nlp = spacy.load(model_dir)

    def predict(text: str) -> list[CharSpan]:
        doc = Doc(nlp.vocab, words=text.split(" "))
        for _, component in nlp.pipeline:
            doc = component(doc)
        return [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]

    return predict


def pipeline_predictor(model_dir: Path = MODEL_DIR) -> Predict:
    """Predict through the public API, ``extractor.load().extract(text)``, so rules count too."""
    from ..api import load  # the full pipeline is imported only when it is scored

    warta = load(model_dir)

    def predict(text: str) -> list[CharSpan]:
        return [(e.start_char, e.end_char, e.label) for e in warta.extract(text).entities]

    return predict


def benchmarks(include_nerui: bool = False) -> dict[str, list[Sentence]]:
    """The test sets to report. NER UI test.01 means something only for a model trained without NER UI."""
    sets = {"idner-news-2k test": corpora.idner("test"), "NERGrit test": corpora.nergrit("test")}
    if include_nerui:
        sets["NER UI test.01"] = corpora.nerui("test.01.tsv")
    return sets


def format_table(results: dict[str, Scores]) -> str:
    """A plain-text table: one row per benchmark and label."""
    lines = [f"{'benchmark':<20} {'label':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}"]
    for name, scores in results.items():
        for label, s in scores.items():
            lines.append(
                f"{name:<20} {label:<6} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}"
                f" {s['tp'] + s['fn']:>5}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODEL_DIR, help="spaCy model directory")
    parser.add_argument("--nerui", action="store_true", help="also score NER UI test.01")
    args = parser.parse_args(argv)
    for title, predict in (("bare model", model_predictor(args.model)),
                           ("full pipeline, extractor.load().extract(text)", pipeline_predictor(args.model))):
        print(f"\n{title}")
        print(format_table({name: evaluate(s, predict) for name, s in benchmarks(args.nerui).items()}))


if __name__ == "__main__":
    main()
