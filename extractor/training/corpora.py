"""Readers for the public Indonesian NER corpora and assembly of the NER training set.

The corpora are read in place from ``../shared/data/ner`` (never copied into the repository):

- idner-news-2k: Khairunnisa, Imankulova & Komachi (2020), "Towards a Standardized Dataset on
  Indonesian Named Entity Recognition", AACL-IJCNLP SRW. MIT. CoNLL "token UPOS BIO", CRLF.
- NER UI, from IndoLEM: Koto, Rahimi, Lau & Baldwin (2020), "IndoLEM and IndoBERT: A Benchmark
  Dataset and Pre-trained Language Model for Indonesian NLP", COLING. CC BY 4.0. "token<TAB>BIO".
- NERGrit, from IndoNLU: Wilie et al. (2020), "IndoNLU: Benchmark and Resources for Evaluating
  Indonesian Natural Language Understanding", AACL-IJCNLP. MIT. "token<TAB>BIO".

Every reader returns sentences as ``(words, spans)``: spans are ``(start_token, end_token, label)``
with ``end_token`` exclusive and labels mapped to PER / ORG / LOC.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span as SpacySpan
from spacy.vocab import Vocab

Span = tuple[int, int, str]
Sentence = tuple[list[str], list[Span]]

DATA_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ner"

LABELS = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG",
    "LOC": "LOC", "LOCATION": "LOC", "PLACE": "LOC",
}

# Opening brackets/quotes glued to the front of a word, and closing ones or clause punctuation glued
# to its end ("(24/8)", "(PPP),", "HAM?"). A lone trailing full stop is not split off: in these
# corpora it marks an abbreviation ("Inc.", "Ir."), which the project tokenizer keeps whole too.
_GLUED = re.compile(r"(?P<lead>[(\[{\"“‘,]*)(?P<core>.+?)(?P<trail>(?:[)\]}\"”’,;:!?]+\.?)?)")
_BRACKETS = frozenset("()[]{}")
# idner-news-2k test.txt has every "pers" replaced by "PER": "PERatuan", "diPERiapkan", "jumpa PER".
_PERS_ARTEFACT = re.compile(r"(?<![A-Z])PER(?![A-Z])")


def read_tagged(path: Path, sep: str | None) -> Iterator[tuple[list[str], list[str]]]:
    """Yield ``(words, tags)`` per blank-line-separated sentence: word first column, tag last."""
    words: list[str] = []
    tags: list[str] = []
    # Text mode's universal newlines turn idner-news-2k's CRLF into "\n".
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                fields = line.rstrip("\n").split(sep)
                words.append(fields[0])
                tags.append(fields[-1])
            elif words:
                yield words, tags
                words, tags = [], []
    if words:
        yield words, tags


def bio_to_spans(tags: list[str]) -> list[Span]:
    """Token spans of a BIO tag sequence, labels mapped to PER / ORG / LOC.

    An I- tag that does not continue an entity of the same label starts a new one.
    """
    spans: list[Span] = []
    start, label = 0, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        if label is not None and (prefix != "I" or LABELS[name] != label):
            spans.append((start, i, label))
            label = None
        if prefix == "B" or (prefix == "I" and label is None):
            start, label = i, LABELS[name]
    return spans


def is_punct(word: str) -> bool:
    """True for a token without letters or digits."""
    return not any(ch.isalnum() for ch in word)


def split_token(word: str) -> list[str]:
    """Split glued opening and closing punctuation off a word, one token per character."""
    match = _GLUED.fullmatch(word)
    if match is None or is_punct(match["core"]):
        return [word]
    return [*match["lead"], match["core"], *match["trail"]]


def split_glued_punctuation(words: list[str], spans: list[Span]) -> Sentence:
    """Re-tokenize with :func:`split_token`; each span keeps all the pieces of its words."""
    new_words: list[str] = []
    starts: list[int] = []
    for word in words:
        starts.append(len(new_words))
        new_words.extend(split_token(word))
    starts.append(len(new_words))
    return new_words, [(starts[s], starts[e], label) for s, e, label in spans]


def clean_spans(words: list[str], spans: list[Span]) -> list[Span]:
    """Split spans at brackets and trim punctuation from their edges.

    The corpora disagree on "Komisi Pemilihan Umum (KPU)": one entity or two. Two entities, the
    bracketed acronym on its own, is what NER UI and NERGrit mostly do; and punctuation at an
    entity edge is never part of the name.
    """
    cleaned: list[Span] = []
    for start, end, label in spans:
        piece_start = start
        for i in range(start, end + 1):
            if i < end and words[i] not in _BRACKETS:
                continue
            s, e = piece_start, i
            while s < e and is_punct(words[s]):
                s += 1
            while e > s and is_punct(words[e - 1]):
                e -= 1
            if s < e:
                cleaned.append((s, e, label))
            piece_start = i + 1
    return cleaned


def fix_pers_artefact(words: list[str], spans: list[Span]) -> list[str]:
    """Restore "pers" where idner-news-2k wrote "PER"; capitalised at sentence start or in an entity."""
    in_entity = {i for start, end, _ in spans for i in range(start, end)}

    def fix(i: int, word: str) -> str:
        capital = i == 0 or i in in_entity
        return _PERS_ARTEFACT.sub(lambda m: "Pers" if capital and m.start() == 0 else "pers", word)

    return [fix(i, word) for i, word in enumerate(words)]


def normalise(words: list[str], spans: list[Span]) -> Sentence:
    """The common clean-up for every corpus: split glued punctuation, clean the spans."""
    words, spans = split_glued_punctuation(words, spans)
    return words, clean_spans(words, spans)


def read_conll(path: Path) -> list[Sentence]:
    """Read idner-news-2k ("token UPOS BIO", space-separated), repairing its "PER" artefact."""
    sentences = []
    for words, tags in read_tagged(path, sep=None):
        spans = bio_to_spans(tags)
        sentences.append(normalise(fix_pers_artefact(words, spans), spans))
    return sentences


def read_tsv(path: Path) -> list[Sentence]:
    """Read NER UI or NERGrit ("token<TAB>BIO")."""
    return [normalise(words, bio_to_spans(tags)) for words, tags in read_tagged(path, sep="\t")]


def idner(split: str, data_dir: Path = DATA_DIR) -> list[Sentence]:
    """idner-news-2k (Khairunnisa et al. 2020): split is train, dev or test."""
    return read_conll(data_dir / "idner-news-2k" / f"{split}.txt")


def nerui(name: str = "nergithub.txt", data_dir: Path = DATA_DIR) -> list[Sentence]:
    """NER UI (IndoLEM, Koto et al. 2020): the full file by default, or a fold such as test.01.tsv."""
    return read_tsv(data_dir / "indolem" / "nerui" / name)


def nergrit(split: str, data_dir: Path = DATA_DIR) -> list[Sentence]:
    """NERGrit (IndoNLU, Wilie et al. 2020): split is train, valid or test."""
    return read_tsv(data_dir / "nergrit" / f"{split}_preprocess.txt")


def sentence_key(words: Iterable[str]) -> str:
    """Casefolded text with punctuation and whitespace collapsed, to find the same sentence twice."""
    return " ".join(re.sub(r"[\W_]+", " ", " ".join(words).casefold()).split())


def deduplicate(sentences: Iterable[Sentence], exclude: set[str]) -> list[Sentence]:
    """Keep the first of sentences sharing a key, and none whose key is in ``exclude``."""
    seen = set(exclude)
    kept = []
    for words, spans in sentences:
        key = sentence_key(words)
        if key and key not in seen:
            seen.add(key)
            kept.append((words, spans))
    return kept


def build_training_set(data_dir: Path = DATA_DIR, exclude_nerui: bool = False) -> list[Sentence]:
    """idner-news-2k train + NER UI (full file) + NERGrit train, minus every evaluation sentence.

    Sentences also found in idner-news-2k dev/test or NERGrit test are dropped, and so are repeats
    within the training set. ``exclude_nerui`` leaves NER UI out so its test.01 fold can serve as a
    cross-source check; that fold is then held out from the other sources as well.
    """
    held_out = [*idner("dev", data_dir), *idner("test", data_dir), *nergrit("test", data_dir)]
    sources = [idner("train", data_dir), nergrit("train", data_dir)]
    if exclude_nerui:
        held_out += nerui("test.01.tsv", data_dir)
    else:
        sources.insert(1, nerui(data_dir=data_dir))
    return deduplicate(chain.from_iterable(sources), {sentence_key(words) for words, _ in held_out})


def to_doc(vocab: Vocab, words: list[str], spans: list[Span]) -> Doc:
    """A Doc whose text is ``" ".join(words)``, with the spans as its entities."""
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
    doc.ents = [SpacySpan(doc, start, end, label=label) for start, end, label in spans]
    return doc


def write_docbin(sentences: Iterable[Sentence], path: Path) -> None:
    """Save sentences as a spaCy DocBin (one Doc per sentence) for ``spacy train``."""
    vocab = spacy.blank("id").vocab
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=(to_doc(vocab, words, spans) for words, spans in sentences)).to_disk(path)
