"""Throughput benchmark: the bare NER model against the full warta pipeline, in one process.

    python -m extractor.bench [--corpus ../shared/data/corpus/indosum/indosum_news_sample.jsonl] [--limit N]

Both run over the same articles in the same process, so the ratio holds across machines.
"""
from __future__ import annotations

import argparse
import json
import platform
import time
from datetime import date
from pathlib import Path

import spacy

from .api import DEFAULT_MODEL, load

# Both sides use the batch size extract_many defaults to: spaCy's own default (1000) is twice as slow here.
BATCH_SIZE = 32
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "indosum" / "indosum_news_sample.jsonl"


def _words_per_second(words: int, run) -> float:
    started = time.perf_counter()
    run()
    return words / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with args.corpus.open(encoding="utf-8") as lines:
        documents = [json.loads(line) for line, _ in zip(lines, range(args.limit))]
    words = sum(len(document["text"].split()) for document in documents)
    bare = spacy.load(DEFAULT_MODEL)
    warta = load()
    # Warm both up so model loading and first-call costs stay out of the timings.
    list(bare.pipe(document["text"] for document in documents[:20]))
    list(warta.extract_many(documents[:20]))
    # Interleaved rounds, best of each: another process on the machine slows one round, not all.
    bare_speed = full_speed = 0.0
    for _ in range(args.rounds):
        texts = (document["text"] for document in documents)
        bare_speed = max(bare_speed, _words_per_second(words, lambda: list(bare.pipe(texts, batch_size=BATCH_SIZE))))
        full_speed = max(full_speed, _words_per_second(
            words, lambda: list(warta.extract_many(documents, batch_size=BATCH_SIZE))))
    print(f"{date.today()} on {platform.machine()} ({platform.processor() or 'cpu'}), one process, "
          f"{len(documents)} articles, {words} words")
    print(f"bare NER model  {bare_speed:9.0f} words/s")
    print(f"full pipeline   {full_speed:9.0f} words/s  ({full_speed / bare_speed:.0%} of the bare model)")


if __name__ == "__main__":
    main()
