"""Train the Stanza NER model: ``python -m extractor.training.train_stanza [--out models/stanza-ner]``.

The second NER backend (``extractor.load(backend="stanza")``), trained on exactly the data of the
spaCy model so the two can be compared:

1. The training set (idner-news-2k train + NER UI + NERGrit train, deduplicated against the
   evaluation sets; :mod:`extractor.training.corpora`) and idner-news-2k dev, re-tokenized by
   warta's tokenizer (the tokens the tagger sees at run time) and written as Stanza's NER JSON
   under ``--work``: one list per sentence of ``{"text": word, "ner": BIO tag}`` tokens (Stanza
   converts BIO to BIOES itself).
2. The spaCy model's word vectors (:func:`extractor.training.vectors.learn`, PPMI + SVD on IndoSum and
   the training sentences, nothing downloaded), saved in Stanza's pretrain format by its ``Pretrain``.
3. ``stanza.models.ner_tagger`` (Qi et al. 2018: BiLSTM-CRF over word vectors and a character
   BiLSTM) on CPU, keeping the best idner-news-2k dev checkpoint.
4. ``tagger.pt`` and ``pretrain.pt`` copied to ``--out``, replaced only once both are written (the
   model card ``README.md`` there is kept), and the bare model's scores in ``--out``/scores.json.
"""
from __future__ import annotations

import datetime
import json
import logging
import shutil
import tempfile
import time
from pathlib import Path

import spacy
import torch
from stanza.models import ner_tagger
from stanza.models.common.pretrain import Pretrain

from ..nlp.stanza_backend import PRETRAIN_FILE, TAGGER_FILE, StanzaTagger
from ..nlp.tokenizer import customize_tokenizer
from . import corpora, vectors
from .corpora import Sentence
from .evaluate_ner import benchmarks, char_spans, evaluate, format_table
from .train_ner import MODEL_LICENSE, replace_folder, training_data, training_parser, training_sources

REPO = Path(__file__).resolve().parents[2]
CARD_FILE = "README.md"
# Measured on idner-news-2k dev (models/stanza-ner/README.md): dev F1 stops rising by about this step.
MAX_STEPS = 3000
EVAL_INTERVAL = 250


def bio_tags(words: list[str], spans: list[corpora.Span]) -> list[str]:
    """BIO tags of a sentence's token spans."""
    tags = ["O"] * len(words)
    for start, end, label in spans:
        tags[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
    return tags


def retokenize(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences in warta's tokens, which split what the corpora keep whole ("Jokowi-JK" ->
    "Jokowi", "-", "JK"); each entity keeps its characters (a span inside a token grows to it)."""
    tokenizer = customize_tokenizer(spacy.blank("id")).tokenizer
    retokenized = []
    for words, spans in sentences:
        doc = tokenizer(" ".join(words))
        entities = [doc.char_span(start, end, label=label, alignment_mode="expand")
                    for start, end, label in char_spans(words, spans)]
        retokenized.append(([token.text for token in doc], [(e.start, e.end, e.label_) for e in entities]))
    return retokenized


def write_json(sentences: list[Sentence], path: Path) -> None:
    """Save sentences in the JSON layout ``stanza.models.ner_tagger`` reads."""
    document = [[{"text": word, "ner": tag} for word, tag in zip(words, bio_tags(words, spans))]
                for words, spans in sentences]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def write_pretrain(path: Path, exclude_nerui: bool) -> int:
    """Learn the word vectors and save them as a Stanza pretrain file; return the number of words."""
    words, table = vectors.learn(exclude_nerui=exclude_nerui)
    with tempfile.TemporaryDirectory() as scratch:
        text_file = Path(scratch) / "vectors.txt"  # word2vec text format, what Pretrain converts from
        with text_file.open("w", encoding="utf-8") as out:
            out.write(f"{len(words)} {table.shape[1]}\n")
            for word, row in zip(words, table):
                out.write(word + " " + " ".join(f"{x:.6f}" for x in row) + "\n")
        path.unlink(missing_ok=True)
        Pretrain(str(path), str(text_file), max_vocab=len(words) + 10).load()  # .load() writes ``path``
    return len(words)


def train(work: Path, max_steps: int, eval_interval: int, seed: int) -> Path:
    """Run Stanza's NER trainer on the files in ``work``; return the best dev checkpoint."""
    ner_tagger.main([
        "--train_file", str(work / "train.json"), "--eval_file", str(work / "dev.json"),
        "--wordvec_pretrain_file", str(work / PRETRAIN_FILE), "--shorthand", "id_warta",
        "--save_dir", str(work), "--save_name", TAGGER_FILE,
        "--max_steps", str(max_steps), "--eval_interval", str(eval_interval),
        "--seed", str(seed), "--cpu",
    ])
    return work / TAGGER_FILE


def install(work: Path, out: Path) -> None:
    """Copy the tagger and its pretrain to ``out`` (keeping its model card), never half-written."""

    def write(staging: Path) -> None:
        staging.mkdir(parents=True)
        for source in (work / TAGGER_FILE, work / PRETRAIN_FILE, out / CARD_FILE):
            if source.exists():
                shutil.copy2(source, staging / source.name)

    replace_folder(out, write)


def main(argv: list[str] | None = None) -> None:
    parser = training_parser(__doc__.splitlines()[0], REPO / "models" / "stanza-ner", REPO / "build" / "stanza-ner",
                             "scratch directory for the JSON data, the pretrain and checkpoints")
    parser.add_argument("--max-steps", type=int, default=MAX_STEPS)
    parser.add_argument("--eval-interval", type=int, default=EVAL_INTERVAL, help="steps between dev evaluations")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=1,
                        help="torch CPU threads; one is as fast as two on a busy 2-core machine")
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)

    train_set, dev_set, counts = training_data(args.exclude_nerui, args.indomain_weight)
    print(f"data: {counts}")
    write_json(retokenize(train_set), args.work / "train.json")
    write_json(retokenize(dev_set), args.work / "dev.json")
    started = time.perf_counter()
    print(f"vectors: {write_pretrain(args.work / PRETRAIN_FILE, args.exclude_nerui)} words")
    train(args.work, args.max_steps, args.eval_interval, args.seed)
    train_seconds = round(time.perf_counter() - started)
    install(args.work, args.out)
    logging.getLogger("stanza").setLevel(logging.INFO)  # the trainer left it at DEBUG, one line per batch

    tagger = StanzaTagger(args.out)

    def predict(text: str) -> set[tuple[int, int, str]]:  # a test sentence, its words joined by spaces
        words = text.split(" ")
        return char_spans(words, tagger.tag([words])[0])

    results = {name: evaluate(s, predict) for name, s in benchmarks(args.exclude_nerui).items()}
    print(format_table(results))
    report = {
        "date": datetime.date.today().isoformat(),
        "exclude_nerui": args.exclude_nerui,
        "train_sentences": len(train_set),
        "max_steps": args.max_steps,
        "seed": args.seed,
        "train_seconds": train_seconds,
        "license": MODEL_LICENSE,
        "sources": training_sources(args.exclude_nerui),
        "scores": results,
    }
    (args.out / "scores.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"model: {args.out}  training: {train_seconds} s")


if __name__ == "__main__":
    main()
