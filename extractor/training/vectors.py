"""Small static word vectors for the NER model, trained offline with numpy only (no new dependency).

``python -m extractor.training.vectors [--out build/ner/vectors]`` reads unlabelled Indonesian news
(the IndoSum sample in ``../shared/data/corpus/indosum``, 2,000 articles, 0.63M words) plus the words
of the NER training sentences, and writes a spaCy pipeline directory holding only ``vocab.vectors``,
for ``[initialize] vectors`` in ``ner.cfg``.

Method: positive pointwise mutual information of lower-cased word/context co-occurrences in a
symmetric window, factorised by a seeded randomised SVD (Levy, Goldberg & Dagan 2015: on corpora this
small it matches word2vec). Vectors are learnt for lower-cased words, and "JAKARTA", "Jakarta" and
"jakarta" share one row; the table is capped at ``--rows`` words, so the model stays small. Deterministic.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
import spacy
from spacy.vectors import Vectors

from . import corpora

UNLABELLED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "corpus" / "indosum" / "indosum_news_sample.jsonl"


def unlabelled_sentences(path: Path = UNLABELLED) -> Iterator[list[str]]:
    """Lower-cased tokens of each article, split by spaCy's Indonesian tokenizer."""
    tokenizer = spacy.blank("id").tokenizer
    with path.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines]
    for doc in tokenizer.pipe(texts):
        yield [token.lower_ for token in doc if not token.is_space]


def train_vectors(sentences: Iterable[list[str]], rows: int = 30000, contexts: int = 5000,
                  width: int = 100, window: int = 4, min_count: int = 2, seed: int = 0
                  ) -> tuple[list[str], np.ndarray]:
    """Return (words, vectors): PPMI over ``window`` words each side, randomised SVD of ``width``."""
    sentences = list(sentences)
    counts = Counter(word for sentence in sentences for word in sentence)
    ranked = [word for word, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])) if n >= min_count]
    words = ranked[:rows]
    index = {word: i for i, word in enumerate(words)}
    # One id stream, sentences separated by -1 so that windows do not cross them.
    ids = np.fromiter((index.get(w, -2) for s in sentences for w in [*s, None]), dtype=np.int64)
    ids[np.fromiter((w is None for s in sentences for w in [*s, None]), dtype=bool)] = -1
    n_ctx = min(contexts, len(words))
    cooc = np.zeros((len(words), n_ctx), dtype=np.float32)
    breaks = np.cumsum(ids == -1)  # a window does not cross a sentence break
    for offset in range(1, window + 1):
        weight = 1.0 / offset
        same = breaks[:-offset] == breaks[offset:]
        for a, b in ((ids[:-offset], ids[offset:]), (ids[offset:], ids[:-offset])):
            ok = same & (a >= 0) & (b >= 0) & (b < n_ctx)
            np.add.at(cooc, (a[ok], b[ok]), weight)
    total = cooc.sum()
    row_sum = cooc.sum(axis=1, keepdims=True)
    col_sum = cooc.sum(axis=0, keepdims=True) ** 0.75  # context-distribution smoothing
    col_sum = col_sum / col_sum.sum() * total
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(cooc * total / (row_sum * col_sum))
    ppmi = np.where(np.isfinite(pmi) & (pmi > 0), pmi, 0).astype(np.float32)
    del cooc, pmi
    # Randomised SVD (Halko et al. 2011), seeded.
    rng = np.random.default_rng(seed)
    q = ppmi @ rng.standard_normal((n_ctx, width + 20)).astype(np.float32)
    for _ in range(3):
        q, _r = np.linalg.qr(q)
        q, _r = np.linalg.qr(ppmi @ (ppmi.T @ q))
    u_small, s, _vt = np.linalg.svd(q.T @ ppmi, full_matrices=False)
    u = (q @ u_small)[:, :width]
    vectors = u * np.sqrt(s[:width])  # symmetric weighting, as Levy et al. recommend
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.where(norms > 0, norms, 1)
    return words, vectors.astype(np.float32)


def learn(rows: int = 30000, width: int = 100, exclude_nerui: bool = False) -> tuple[list[str], np.ndarray]:
    """(lower-cased words, vectors) learnt from the unlabelled news plus the NER training sentences;
    both NER backends (spaCy here, Stanza in :mod:`extractor.training.train_stanza`) use them."""
    training_set = corpora.build_training_set(exclude_nerui=exclude_nerui)
    labelled = ([word.lower() for word in words] for words, _ in training_set)
    return train_vectors([*unlabelled_sentences(), *labelled], rows=rows, width=width)


def build(out: Path, rows: int = 30000, width: int = 100, exclude_nerui: bool = False) -> dict[str, int]:
    """Train the vectors and write them as a spaCy pipeline directory at ``out``."""
    words, vectors = learn(rows, width, exclude_nerui)
    nlp = spacy.blank("id")
    table = Vectors(strings=nlp.vocab.strings, data=vectors, keys=words, name="warta_ppmi_svd")
    # spaCy 3.8 does not save a default-mode table's ``attr``, so the rows are keyed by ORTH: each
    # row also answers to its word's Title Case and UPPER CASE forms, at no cost in table size.
    for row, word in enumerate(words):
        for variant in {word[:1].upper() + word[1:], word.upper()} - {word}:
            table.add(variant, row=row)
    nlp.vocab.vectors = table
    nlp.to_disk(out)
    return {"rows": len(words), "width": vectors.shape[1]}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[2] / "build" / "ner" / "vectors")
    parser.add_argument("--rows", type=int, default=30000)
    parser.add_argument("--width", type=int, default=100)
    args = parser.parse_args(argv)
    print(build(args.out, args.rows, args.width))


if __name__ == "__main__":
    main()
