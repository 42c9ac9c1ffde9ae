"""Exact-span NER evaluation: precision, recall and F1 per label and micro-averaged.

A predictor is any callable that takes a sentence's text, its gold words joined by single spaces,
and returns the entities it finds as ``(start_char, end_char, label)``. :func:`model_predictor`
wraps the bare trained model; :func:`pipeline_run` scores the full extraction pipeline the same way.

``python -m extractor.training.evaluate_ner [--model models/ner] [--nerui]`` prints the bare spaCy
model's scores on idner-news-2k test (Khairunnisa et al. 2020) and NERGrit test (Wilie et al. 2020,
IndoNLU), then the NER backends side by side through the public API (:func:`side_by_side`): spaCy,
Stanza and their ensemble on those two sets and on the cross-source set, NER UI test.01 (Koto et al.
2020), scored with models trained without NER UI (``make model-xsource``).
"""
from __future__ import annotations

import argparse
import time
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
REPO = Path(__file__).resolve().parents[2]
MODEL_DIR = REPO / "models" / "ner"
STANZA_MODEL_DIR = REPO / "models" / "stanza-ner"
# `make model-xsource`: both backends' models trained without NER UI, for its test.01 fold.
XSOURCE_DIR = REPO / "build" / "xsource"
XSOURCE_SET = "NER UI test.01 (xsrc)"


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


def pipeline_run(warta, sentences: list[Sentence]) -> tuple[Predict, float]:
    """Predictions of the public API, so rules count too, and its speed in words per second.

    Each sentence is one document of ``warta.extract_many`` (the records ``warta.extract(text)``
    gives, batched as ``warta extract`` runs); a first call outside the timing loads lazy state.
    """
    texts = list(dict.fromkeys(" ".join(words) for words, _ in sentences))
    warta.extract(texts[0])
    started = time.perf_counter()
    records = list(warta.extract_many({"id": str(i), "text": text} for i, text in enumerate(texts)))
    seconds = time.perf_counter() - started
    found = {text: [(e.start_char, e.end_char, e.label) for e in record.entities] for text, record in zip(texts, records)}
    return found.__getitem__, sum(len(text.split(" ")) for text in texts) / seconds


def side_by_side(spacy_model: Path = MODEL_DIR, stanza_model: Path = STANZA_MODEL_DIR,
                 xsource_dir: Path = XSOURCE_DIR) -> dict[tuple[str, str], tuple[Scores, float]]:
    """Scores and words/s of every backend through ``extractor.load(backend=...)``, per test set.

    The cross-source set is scored with ``xsource_dir``/ner and ``xsource_dir``/stanza-ner and
    left out, with a note, when they have not been trained.
    """
    from ..api import BACKENDS, load  # the full pipeline is imported only when it is scored

    model_sets = [((spacy_model, stanza_model), benchmarks())]
    xsource_models = (xsource_dir / "ner", xsource_dir / "stanza-ner")
    if all(path.exists() for path in xsource_models):
        model_sets.append((xsource_models, {XSOURCE_SET: corpora.nerui("test.01.tsv")}))
    else:
        print(f"(no models trained without NER UI in {xsource_dir}: `make model-xsource` adds the cross-source set)")
    results = {}
    for (spacy_dir, stanza_dir), sets in model_sets:
        for backend in BACKENDS:
            warta = load(spacy_dir, backend=backend, stanza_model=stanza_dir)
            for name, sentences in sets.items():
                predict, words_per_second = pipeline_run(warta, sentences)
                results[name, backend] = (evaluate(sentences, predict), words_per_second)
    return results


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


def format_side_by_side(results: dict[tuple[str, str], tuple[Scores, float]]) -> str:
    """A plain-text table: one row per test set and backend, exact micro P/R/F1, label F1, words/s."""
    lines = [f"{'benchmark':<22} {'backend':<9} {'P':>6} {'R':>6} {'F1':>6} {'PER':>6} {'ORG':>6} {'LOC':>6} {'words/s':>8}"]
    for (name, backend), (scores, speed) in results.items():
        micro = scores["micro"]
        by_label = " ".join(f"{scores[label]['f1']:>6.3f}" for label in LABELS)
        lines.append(f"{name:<22} {backend:<9} {micro['precision']:>6.3f} {micro['recall']:>6.3f} {micro['f1']:>6.3f}"
                     f" {by_label} {speed:>8,.0f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODEL_DIR, help="spaCy model directory")
    parser.add_argument("--stanza-model", type=Path, default=STANZA_MODEL_DIR, help="Stanza model directory")
    parser.add_argument("--xsource", type=Path, default=XSOURCE_DIR,
                        help="folder of the models trained without NER UI (ner/, stanza-ner/)")
    parser.add_argument("--nerui", action="store_true", help="also score the bare model on NER UI test.01")
    args = parser.parse_args(argv)
    print("bare spaCy model, gold tokens")
    predict = model_predictor(args.model)
    print(format_table({name: evaluate(s, predict) for name, s in benchmarks(args.nerui).items()}))
    print("\nNER backends through the public API, extractor.load(backend=...).extract_many: exact micro P/R/F1,"
          " F1 per label, words/s")
    print(format_side_by_side(side_by_side(args.model, args.stanza_model, args.xsource)))


if __name__ == "__main__":
    main()
