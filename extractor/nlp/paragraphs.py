"""Paragraphs of a press text: every line that is not blank.

One definition for every part of warta that counts or walks paragraphs: quotes stop at a
paragraph's end and number their paragraphs, a long text processed in pieces renumbers them, and
the article's layout (title, dateline, author) is read from its first and last paragraphs.
"""
from __future__ import annotations

import re
from functools import lru_cache

NEWLINE = "\n"
# Every character ``str.splitlines`` breaks a line at ("\r\n" is two breaks around a blank line).
ANY_LINE_BREAK = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


@lru_cache(maxsize=None)
def _line_pattern(line_breaks: str) -> re.Pattern:
    return re.compile(f"[^{re.escape(line_breaks)}]+")


def paragraphs(text: str, line_breaks: str = NEWLINE) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph of ``text``, in order: the lines that are not blank, with
    any spaces around them and without the line break that ends them.

    Args:
        text: the text.
        line_breaks: the characters that end a line: a newline (the default, as quotes and
            sentences read the text), or :data:`ANY_LINE_BREAK` for every line break Unicode has.
    """
    return [line.span() for line in _line_pattern(line_breaks).finditer(text) if not line.group().isspace()]


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph of ``text`` starts (newline-separated): paragraph ``i`` of a quote is
    the ``i``-th of these."""
    return [start for start, _ in paragraphs(text)]


_LINE_LABEL = re.compile(r"\w+(?: \w+)?\s*:\s*")  # "Baca juga: ", "Simak: "
_HEADLINE_WORDS = range(4, 21)
_TITLE_CAPITALS = 0.6  # share of capitalised words from which an article's title is in Title Case
_HEADLINE_CAPITALS = 0.75  # the same for a line in the body, which prose lines must not pass


def is_headline_case(title: str, share: float = _TITLE_CAPITALS) -> bool:
    """Whether a title is written in Title Case, where every word looks like a name: at least ``share``
    of its words capitalised."""
    words = [word for word in title.split() if word.isalpha()]
    return bool(words) and sum(word[0].isupper() for word in words) / len(words) >= share


@lru_cache(maxsize=4)
def headline_paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of the paragraphs that are headlines in Title Case, not prose: subheadings
    and links to other articles ("Baca juga: Olly Dondokambey Bantu Evakuasi Fahri Hamzah", without
    the label and any brackets). Four to twenty words, no quotation mark (nor a comma, unless labelled),
    not closed as a sentence. Every word there looks like a name; entities and speakers are read from
    prose instead. Cached: the entity and quote stages of one document both ask."""
    spans = []
    for start, end in paragraphs(text):
        bracketed = text[start] == "[" and text[end - 1] == "]"  # "[Baca juga: ...]"
        start, end = start + bracketed, end - bracketed
        label = _LINE_LABEL.match(text, start, end)
        start = label.end() if label else start
        line = text[start:end]
        # a comma only in a link's title ("Baca juga: Puasa, Djarot ..."); in prose it ends a clause
        if (len(line.split()) in _HEADLINE_WORDS and not re.search(r"[“”\"]|[.!?:]$" if label else r"[“”\",]|[.!?:]$", line)
                and is_headline_case(line.replace(",", " "), _HEADLINE_CAPITALS)):
            spans.append((start, end))
    return tuple(spans)
