"""warta's in-domain gold: IndoSum articles annotated by ``../shared/ANNOTATION.md``, stored stand-off.

``annotations/indosum.jsonl`` holds one line per article: its id, its split (train, dev, test), a hash
of the text it was annotated on, the referents (label, canonical name, role, the body a person works
for) and the character offsets of every mention and quote. The text itself stays in ``../shared``:
:func:`load_gold` joins the two and refuses a text that changed since it was annotated.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, NamedTuple, Optional

PROJECT = Path(__file__).resolve().parents[2]
INDOSUM = PROJECT.parent / "shared" / "data" / "corpus" / "indosum" / "indosum_news_sample.jsonl"
POOL = INDOSUM.with_name("annotation_pool.txt")
GOLD = PROJECT / "annotations" / "indosum.jsonl"
LABELS = ("PER", "ORG", "LOC", "PROGRAMME")
SPLITS = ("train", "dev", "test")


@dataclass(frozen=True)
class Referent:
    """One real thing an article names: its label, canonical name, and for a person the role and the
    referent id of the body the title chain names ("" where none)."""

    label: str
    canonical: str
    role: str = ""
    org: str = ""


class Mention(NamedTuple):
    """A name in the text: its character offsets and the id of the referent it names."""

    start: int
    end: int
    referent: str


@dataclass(frozen=True)
class GoldQuote:
    """A statement: its content's offsets, ``direct`` or ``indirect``, and the referent id of who said
    it ("" where the article does not say)."""

    start: int
    end: int
    kind: str
    speaker: str


@dataclass
class GoldArticle:
    id: str
    split: str
    text: str
    referents: dict[str, Referent] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[GoldQuote] = field(default_factory=list)
    date: str = ""
    title: str = ""

    def speaker_name(self, quote: GoldQuote) -> str:
        """The canonical name of the quote's speaker, "" when none is given."""
        return self.referents[quote.speaker].canonical if quote.speaker else ""


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def read_corpus(path: Path = INDOSUM) -> dict[str, dict]:
    """The IndoSum records by id."""
    with path.open(encoding="utf-8") as lines:
        return {record["id"]: record for record in map(json.loads, lines)}


def annotation_pool(path: Path = POOL) -> list[str]:
    """The ids open for annotation and tuning; the other IndoSum articles are held back."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def to_record(article: GoldArticle) -> dict:
    """The stand-off line of ``article``: offsets and names, never the text."""
    return {
        "id": article.id, "split": article.split, "text_sha1": text_hash(article.text),
        "referents": {ref: {"label": r.label, "canonical": r.canonical, **({"role": r.role} if r.role else {}),
                            **({"org": r.org} if r.org else {})} for ref, r in article.referents.items()},
        "mentions": [[m.start, m.end, m.referent] for m in article.mentions],
        "quotes": [[q.start, q.end, q.kind, q.speaker] for q in article.quotes],
    }


def load_gold(split: Optional[str] = None, path: Path = GOLD, corpus: Path = INDOSUM) -> list[GoldArticle]:
    """The annotated articles of ``split`` (all when None), with their texts from the shared corpus.

    Raises:
        ValueError: an annotation was made on a different text, or its offsets fall outside it.
    """
    texts = read_corpus(corpus)
    articles = []
    for record in _records(path):
        if split and record["split"] != split:
            continue
        source = texts[record["id"]]
        if text_hash(source["text"]) != record["text_sha1"]:
            raise ValueError(f"{record['id']}: the shared text changed since it was annotated")
        article = GoldArticle(
            id=record["id"], split=record["split"], text=source["text"], date=source.get("date", ""),
            title=source.get("title", ""),
            referents={ref: Referent(**fields) for ref, fields in record["referents"].items()},
            mentions=[Mention(*mention) for mention in record["mentions"]],
            quotes=[GoldQuote(*quote) for quote in record["quotes"]])
        if any(not 0 <= m.start < m.end <= len(article.text) for m in article.mentions):
            raise ValueError(f"{record['id']}: a mention lies outside the text")
        articles.append(article)
    return articles


def _records(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)
