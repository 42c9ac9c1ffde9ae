"""Train the NER model: ``python -m extractor.training.train_ner [--out models/ner] [--exclude-nerui]``.

1. Builds the training set (idner-news-2k train + NER UI + NERGrit train, deduplicated against the
   evaluation sets; see :mod:`extractor.training.corpora`) and idner-news-2k dev as DocBin files
   under ``--work``.
2. If ``ner.cfg`` uses static vectors, trains them on unlabelled news plus the training sentences
   (:mod:`extractor.training.vectors`) into ``--work``/vectors.
3. Trains with spaCy on ``ner.cfg``; spaCy keeps the best dev checkpoint as ``model-best``.
4. Copies ``model-best`` (tok2vec + ner) to ``--out``, which is replaced only once the new model is
   fully written, and scores it on the test sets into ``<out>-scores.json``.
"""
from __future__ import annotations

import argparse
import datetime
import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.cli.train import train as spacy_train
from spacy.util import load_config

from . import corpora, indomain, vectors
from .corpora import Sentence
from .evaluate_ner import benchmarks, evaluate, format_table, model_predictor

REPO = Path(__file__).resolve().parents[2]
CONFIG = Path(__file__).with_name("ner.cfg")

SOURCES = [
    {"name": "idner-news-2k", "author": "Khairunnisa, Imankulova & Komachi (2020)",
     "url": "https://github.com/khairunnisaor/idner-news-2k", "license": "MIT"},
    {"name": "NER UI (IndoLEM)", "author": "Koto, Rahimi, Lau & Baldwin (2020)",
     "url": "https://github.com/indolem/indolem", "license": "CC BY 4.0"},
    {"name": "NERGrit (IndoNLU)", "author": "Wilie et al. (2020)",
     "url": "https://github.com/IndoNLP/indonlu", "license": "MIT"},
    {"name": "IndoSum (static vectors; warta's own annotations of 160 articles for training, 40 for dev)",
     "author": "Kurniawan & Louvan (2018); annotations: warta (annotations/indosum.jsonl)",
     "url": "https://github.com/kata-ai/indosum", "license": "CC BY-SA 4.0"},
]
# How many times the annotated IndoSum train split is repeated in the training set: none by default, as
# the shipped models were trained; 1 and 3 were measured and not kept (models/README.md, "Retraining").
INDOMAIN_WEIGHT = 0
# The vectors derive from CC BY-SA text, so the model is shared alike; the rest asks only attribution.
MODEL_LICENSE = "CC BY-SA 4.0"


def training_data(exclude_nerui: bool, indomain_weight: int) -> tuple[list[Sentence], list[Sentence], dict[str, int]]:
    """The sentences both NER backends train on and select their checkpoint by, with their counts.

    Train: the public corpora (:func:`corpora.build_training_set`) plus warta's annotated IndoSum train
    split, repeated ``indomain_weight`` times (press text with PROGRAMME and title chains is rare in
    the public corpora; see the model card for the weights measured). Dev: idner-news-2k dev, plus the
    IndoSum dev split when the in-domain data is used, so the kept checkpoint is good on both kinds of text.
    """
    if indomain_weight:
        indomain_train, indomain_dev = indomain.indosum("train"), indomain.indosum("dev")
    else:  # the public corpora alone, as the shipped model was trained
        indomain_train = indomain_dev = indomain.Conversion([])
    train = corpora.build_training_set(exclude_nerui=exclude_nerui) + indomain_train.sentences * indomain_weight
    dev = corpora.idner("dev") + indomain_dev.sentences
    counts = {"train_sentences": len(train), "dev_sentences": len(dev),
              "indomain_train_sentences": len(indomain_train.sentences), "indomain_weight": indomain_weight,
              "indomain_mentions_dropped": indomain_train.dropped + indomain_dev.dropped}
    return train, dev, counts


def convert(work: Path, exclude_nerui: bool, indomain_weight: int) -> dict[str, int]:
    """Write train.spacy and dev.spacy into ``work``; return the sentence counts."""
    train, dev, counts = training_data(exclude_nerui, indomain_weight)
    corpora.write_docbin(train, work / "train.spacy")
    corpora.write_docbin(dev, work / "dev.spacy")
    return counts


def uses_static_vectors(config: Path) -> bool:
    """Whether the config's tok2vec reads static vectors, which must then be built first."""
    return bool(load_config(config)["components"]["tok2vec"]["model"]["embed"].get("include_static_vectors"))


def train(work: Path, config: Path = CONFIG) -> Path:
    """Run spaCy training on the converted data; return the model-best directory."""
    output = work / "training"
    overrides = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy")}
    if uses_static_vectors(config):
        overrides["paths.vectors"] = str(work / "vectors")
    spacy_train(config, output, overrides=overrides)
    return output / "model-best"


def training_sources(exclude_nerui: bool) -> list[dict[str, str]]:
    """The data sources a model was trained on, for its metadata and scores file."""
    return [source for source in SOURCES if not (exclude_nerui and source["name"].startswith("NER UI"))]


def install(model_best: Path, out: Path, exclude_nerui: bool) -> None:
    """Copy the trained pipeline to ``out`` without ever leaving ``out`` half-written."""
    nlp = spacy.load(model_best)
    if nlp.pipe_names != ["tok2vec", "ner"]:
        raise RuntimeError(f"unexpected pipeline {nlp.pipe_names} in {model_best}")
    nlp.meta.update(
        name="warta_ner",
        description="Indonesian news NER (PER, ORG, LOC, PROGRAMME) for warta; see models/README.md.",
        sources=training_sources(exclude_nerui),
        license=MODEL_LICENSE,
    )
    replace_folder(out, nlp.to_disk)


def replace_folder(out: Path, write: Callable[[Path], None]) -> None:
    """Have ``write`` fill a staging folder, then swap it in for ``out``: a failed write never
    leaves ``out`` half-written."""
    staging = out.with_name(out.name + ".new")
    retired = out.with_name(out.name + ".old")
    for leftover in (staging, retired):
        shutil.rmtree(leftover, ignore_errors=True)
    write(staging)
    if out.exists():
        out.rename(retired)
    staging.rename(out)
    shutil.rmtree(retired, ignore_errors=True)


def training_parser(description: str, out: Path, work: Path, work_help: str) -> argparse.ArgumentParser:
    """The options of every NER training command: the model folder, a scratch folder, and the
    cross-source variant."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=out)
    parser.add_argument("--work", type=Path, default=work, help=work_help)
    parser.add_argument("--exclude-nerui", action="store_true",
                        help="train without NER UI, for a cross-source check on its test.01 fold")
    parser.add_argument("--indomain-weight", type=int, default=INDOMAIN_WEIGHT,
                        help=f"times the annotated IndoSum train split is repeated (default {INDOMAIN_WEIGHT})")
    return parser


def main(argv: list[str] | None = None) -> None:
    parser = training_parser(__doc__.splitlines()[0], REPO / "models" / "ner", REPO / "build" / "ner",
                             "scratch directory for the DocBin files and spaCy checkpoints")
    parser.add_argument("--config", type=Path, default=CONFIG,
                        help="spaCy config (default: extractor/training/ner.cfg)")
    args = parser.parse_args(argv)

    counts = convert(args.work, args.exclude_nerui, args.indomain_weight)
    print(f"converted: {counts}")
    started = time.perf_counter()
    if uses_static_vectors(args.config):
        print(f"vectors: {vectors.build(args.work / 'vectors', exclude_nerui=args.exclude_nerui)}")
    model_best = train(args.work, args.config.resolve())
    train_seconds = round(time.perf_counter() - started)
    install(model_best, args.out, args.exclude_nerui)

    predict = model_predictor(args.out)
    results = {name: evaluate(s, predict) for name, s in benchmarks(args.exclude_nerui).items()}
    print(format_table(results))
    report = {
        "date": datetime.date.today().isoformat(),
        "config": str(args.config.resolve().relative_to(REPO)),
        "exclude_nerui": args.exclude_nerui,
        **counts,
        "train_seconds": train_seconds,
        "scores": results,
    }
    scores_path = args.out.with_name(args.out.name + "-scores.json")
    scores_path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"model: {args.out}  scores: {scores_path}  training: {train_seconds} s")


if __name__ == "__main__":
    main()
