"""Rule-based sentence boundaries for press text, as the ``warta_sentences`` component.

A sentence ends at . ! ? (abbreviations are single tokens, so "Jl." never ends one) and at every
line break; a closing quotation mark stays with the sentence it closes and an opening one with the
sentence it opens, so quotes can be read sentence by sentence.
"""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

SENTENCE_END = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
OPENING_QUOTES = frozenset({"“", "‘", "«"})
CLOSING_QUOTES = frozenset({"”", "’", "»"})
STRAIGHT_QUOTES = frozenset({'"', "'"})


def is_opening_quote(token: Token) -> bool:
    """True for a mark that opens a quotation: curly opening, or straight with no space after it."""
    if token.text in OPENING_QUOTES:
        return True
    if token.text not in STRAIGHT_QUOTES:
        return False
    spaced_before = token.i == 0 or bool(token.doc[token.i - 1].whitespace_) or token.doc[token.i - 1].is_space
    return spaced_before and not token.whitespace_


def is_closing_quote(token: Token) -> bool:
    """True for a mark that closes a quotation."""
    return token.text in CLOSING_QUOTES or (token.text in STRAIGHT_QUOTES and not is_opening_quote(token))


def _can_open_sentence(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or word[0] in "“‘\"'(["


def sentence_starts(doc: Doc) -> list[bool]:
    """For each token, whether it starts a sentence."""
    starts = [False] * len(doc)
    boundary_pending = True
    for token in doc:
        if token.is_space:
            if "\n" in token.text:
                boundary_pending = True
            continue
        if boundary_pending:
            if is_closing_quote(token) and token.i and not token.nbor(-1).is_space:
                continue  # '.”' : the closing mark belongs to the sentence just ended
            line_start = token.i == 0 or "\n" in token.nbor(-1).text_with_ws
            # "M.Kes., mengatakan": a full stop before lower case or a comma ended an abbreviation.
            if line_start or _can_open_sentence(token.text):
                starts[token.i] = True
            boundary_pending = False
        if token.text in SENTENCE_END or "\n" in token.whitespace_:
            boundary_pending = True
    return starts


@Language.factory("warta_sentences")
def make_sentence_splitter(nlp: Language, name: str) -> "SentenceSplitter":
    """Build the ``warta_sentences`` component."""
    return SentenceSplitter()


class SentenceSplitter:
    """Sets ``Token.is_sent_start`` on every token from :func:`sentence_starts`."""

    def __call__(self, doc: Doc) -> Doc:
        # One array write: setting Token.is_sent_start token by token rescans the Doc each time.
        flags = numpy.array([[1 if start else -1] for start in sentence_starts(doc)], dtype="int64").astype("uint64")
        return doc.from_array([SENT_START], flags) if len(doc) else doc
