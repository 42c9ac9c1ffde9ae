"""Rule-based sentence boundaries for press text, as the ``warta_sentences`` component.

A sentence ends at . ! ? (abbreviations are single tokens, so "Jl." never ends one) and at every
line break; a closing quotation mark stays with the sentence it closes and an opening one with the
sentence it opens, so quotes can be read sentence by sentence.
"""
from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .extensions import doc_text, token_offsets

SENTENCE_END = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
OPENING_QUOTES = frozenset({"“", "‘", "«"})
CLOSING_QUOTES = frozenset({"”", "’", "»"})
STRAIGHT_QUOTES = frozenset({'"', "'"})


def opens_quote(mark: str, spaced_before: bool, spaced_after: bool) -> bool:
    """True for a mark that opens a quotation: curly opening, or straight with a space (or the
    text's start) before it and none after it."""
    return mark in OPENING_QUOTES or (mark in STRAIGHT_QUOTES and spaced_before and not spaced_after)


def closes_quote(mark: str, spaced_before: bool, spaced_after: bool) -> bool:
    """True for a mark that closes a quotation."""
    return mark in CLOSING_QUOTES or (mark in STRAIGHT_QUOTES and not opens_quote(mark, spaced_before, spaced_after))


def _can_open_sentence(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or word[0] in "“‘\"'(["


def sentence_starts(doc: Doc) -> list[bool]:
    """For each token, whether it starts a sentence."""
    # A token is followed by a space where the next one starts later.
    text = doc_text(doc)
    starts, ends = token_offsets(doc)
    starts.append(len(text))
    spaces = doc.to_array(IS_SPACE).tolist()
    sentence_start = [False] * len(spaces)
    boundary_pending = True
    for i, is_space in enumerate(spaces):
        start = starts[i]
        word = text[start:ends[i]]
        if is_space:
            if "\n" in word:
                boundary_pending = True
            continue
        if boundary_pending:
            after_word = i > 0 and not spaces[i - 1]
            if after_word and closes_quote(word, ends[i - 1] < start, ends[i] < starts[i + 1]):
                continue  # '.”' : the closing mark belongs to the sentence just ended
            line_start = i == 0 or "\n" in text[starts[i - 1]:start]
            # "M.Kes., mengatakan": a full stop before lower case or a comma ended an abbreviation.
            if line_start or _can_open_sentence(word):
                sentence_start[i] = True
            boundary_pending = False
        if word in SENTENCE_END:
            boundary_pending = True
    return sentence_start


@Language.factory("warta_sentences", assigns=["token.is_sent_start", "doc.sents"])
def make_sentence_splitter(nlp: Language, name: str) -> "SentenceSplitter":
    """Build the ``warta_sentences`` component."""
    return SentenceSplitter()


class SentenceSplitter:
    """Sets ``Token.is_sent_start`` on every token from :func:`sentence_starts`."""

    def __call__(self, doc: Doc) -> Doc:
        # One array write: setting Token.is_sent_start token by token rescans the Doc each time.
        flags = numpy.where(sentence_starts(doc), 1, -1).astype("uint64").reshape(-1, 1)
        return doc.from_array([SENT_START], flags) if len(doc) else doc
