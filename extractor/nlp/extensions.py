"""The Doc extensions warta's components write, registered once on import.

spaCy users read the results straight from a Doc: ``doc._.dates``, ``doc._.counts``,
``doc._.money``, ``doc._.quotes``, ``doc._.entities`` (records from ``extractor.records``) and
``doc._.article``. ``doc._.reference_date`` (a ``datetime.date``) is set before the pipeline runs;
relative and year-less dates are resolved against it.
"""
from __future__ import annotations

from typing import Callable

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

# extension name -> default value; list defaults are shared, so components always assign new lists.
DOC_EXTENSIONS: dict[str, object] = {
    "reference_date": None,
    "article": None,
    "layout": None,
    "entities": [],
    "dates": [],
    "counts": [],
    "money": [],
    "measures": [],
    "quotes": [],
    "activities": [],
}

for _name, _default in DOC_EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


_TEXT_KEY = "warta_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and kept in ``doc.user_data``: spaCy joins the tokens'
    texts anew on every access, which costs more than most extractors' own work."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def keep_text(doc: Doc, text: str) -> None:
    """Remember ``text``, the string ``doc`` was tokenised from, as :func:`doc_text`'s answer: the
    tokenizer keeps every character, so it equals ``doc.text`` without joining the tokens."""
    doc.user_data[_TEXT_KEY] = text


def token_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """The start and end character offsets of every token, from one array read: iterating the Doc
    builds a Token object per word, and converting the array column by column rather than row by row
    costs a third as much again."""
    columns = doc.to_array([IDX, LENGTH]).astype("int64")
    starts = columns[:, 0]
    return starts.tolist(), (starts + columns[:, 1]).tolist()


class ExtensionWriter:
    """The thin component every extractor shares: it runs the extractor's pure function on the Doc
    and stores the result on one Doc extension, so finding stays testable without spaCy's pipeline.

    Args:
        extension: the ``doc._`` attribute written.
        find: the extractor, ``Doc -> list of records``.
    """

    def __init__(self, extension: str, find: Callable[[Doc], list]) -> None:
        self.extension = extension
        self.find = find

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(self.extension, self.find(doc))
        return doc
