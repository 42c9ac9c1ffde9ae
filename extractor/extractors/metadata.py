"""Article metadata from the layout of a press text: title, dateline (outlet and place), author
initials and photo credits, found with anchored patterns at the start and end of the text.

The spans of photo credits and author initials are returned too, so other extractors keep them
out of the body's entities.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon.layout import PHOTO_CREDIT_WORDS
from ..lexicon.names import COUNTRIES
from ..nlp.extensions import doc_text
from ..nlp.paragraphs import ANY_LINE_BREAK, paragraphs
from ..records import Article
from .regions import is_place_name

Span = tuple[int, int]

# The separator closes the dateline: a dash or two ("--", "-–") and a space, or the end of the line
# ("Suara.com -\n"), or an en or em dash right before the text ("SERANG–Sebanyak").
_DASH = r"(?:[–—-]{1,2}(?:[ ]+|$)|[–—](?=[A-Z]))"
# A capitalised name of up to four words; a domain ("suaramerdeka.com") may be lower case.
_NAME = r"(?:[A-Z][\w.&']*|[a-z]+\.[a-z.]+)(?:[ ](?:[A-Z0-9][\w.&']*|[a-z]+\.[a-z.]+)){0,3}"
# "Jakarta, CNN Indonesia --", "SEMARANG, suaramerdeka.com -", "Liputan6.com, Jakarta -", "GRESIK | lampumerah.id –",
# "SULTRAKINI.COM: KENDARI –", "REPUBLIKA.CO.ID,SOLO -–"
# (a colon only after a domain: "Baca: Jokowi - JK Masih Kompak" is a link to another article)
_DATELINE_PAIR = re.compile(rf"(?P<first>{_NAME})(?:,[ ]*|[ ]*\|[ ]+|(?:(?<=\.[A-Za-z]{{2}})|(?<=\.[A-Za-z]{{3}})):[ ]+)"
                            rf"(?P<second>{_NAME})[ ]*(?:{_DASH}|\|[ ]+)")  # "DENPASAR, MataDewata.com | ..."
# "JAKARTA (Pos Kota) –", "Kupang (ANTARA) -", "Sukabumi, Jawa Barat (ANTARA News) -", "Batulicin, (Antaranews
# Kalsel) -"
_DATELINE_PAREN = re.compile(rf"(?P<first>{_NAME}(?:,[ ]+{_NAME})?)[ ]*,?[ ]*\((?P<second>[^()\n]{{2,40}})\)[ ]*{_DASH}")
# "KILASKALBAR –", "Suara.com -", "JAKARTA –"
_DATELINE_SINGLE = re.compile(rf"(?P<first>{_NAME})[ ]*{_DASH}")
_CREDIT = re.compile(
    r"\(\s*(?:" + "|".join(PHOTO_CREDIT_WORDS) + r")\s*[:.]\s*(?P<credit>[^()\n]{2,80}?)\s*\)",
    re.IGNORECASE,
)
# "(dk)", "(ant/rh)", "(rls)" closing the last paragraph.
_AUTHOR = re.compile(r"\((?P<author>[a-z]{1,6}(?:[/,][ ]?[a-z]{1,6})*|[A-Za-z]{1,6}/[A-Za-z/]{1,12})\)\s*$")
_DOMAIN = re.compile(r"\.(?:com|net|id|co|org|tv)\b", re.IGNORECASE)
_TITLE_MAX_CHARS = 250
_LETTER = re.compile(r"[^\W\d_]")
_DATELINE_LINES = 3  # the dateline opens one of the first body paragraphs


@dataclass(frozen=True)
class Layout:
    """Where a press text's metadata sits, with the character spans of each part."""

    title: str = ""
    title_span: Optional[Span] = None
    outlet: str = ""
    outlet_span: Optional[Span] = None
    dateline: str = ""
    dateline_span: Optional[Span] = None
    author: str = ""
    photo_credit: str = ""
    excluded_spans: tuple[Span, ...] = ()  # credits and author initials: never body entities


def _lines(text: str) -> list[tuple[int, str]]:
    """The paragraphs (at any line break) without their surrounding spaces, with their start offsets."""
    found = []
    for start, end in paragraphs(text, ANY_LINE_BREAK):
        line = text[start:end]
        found.append((start + len(line) - len(line.lstrip()), line.strip()))
    return found


def _standalone_title(lines: list[tuple[int, str]]) -> Optional[tuple[int, str]]:
    """The first line when it reads as a headline: short, unpunctuated, followed by more text."""
    if len(lines) < 2:
        return None
    start, line = lines[0]
    if len(line) > _TITLE_MAX_CHARS or line[-1] in ".!?”\"" or _CREDIT.search(line):
        return None
    return start, line


def _is_dateline_place(text: str) -> bool:
    """A lone dateline word names a place when it is a region or a country, or several upper-case
    words ("KUALA LUMPUR"); otherwise it is the outlet ("KILASKALBAR", "Suara.com")."""
    return is_place_name(text) or text.title() in COUNTRIES or (" " in text and text.isupper())


def _dateline(lines: list[tuple[int, str]]) -> tuple[str, Optional[Span], str, Optional[Span]]:
    """(outlet, outlet span, place, place span) from the first paragraph opening with a dateline."""
    for start, line in lines[:_DATELINE_LINES]:
        for pattern in (_DATELINE_PAIR, _DATELINE_PAREN, _DATELINE_SINGLE):
            match = pattern.match(line)
            if not match:
                continue
            # not a date in the brackets ("Kuala Tanjung (4/2) –"): no name holds no letter
            parts = {name: (match.group(name), (start + match.start(name), start + match.end(name)))
                     for name in ("first", "second") if _LETTER.search(match.groupdict().get(name) or "")}
            if len(parts) == 1:
                (text, span), = parts.values()
                if _is_dateline_place(text) or pattern is _DATELINE_PAREN:  # the place before a bracketed date
                    return "", None, text, span
                return text, span, "", None
            first, second = parts["first"], parts["second"]
            # Outlets are domains or names that are not regions; "Liputan6.com, Jakarta" puts them first.
            if _DOMAIN.search(first[0]) or (_is_dateline_place(second[0]) and not _is_dateline_place(first[0])):
                first, second = second, first
            return second[0], second[1], first[0], first[1]
    return "", None, "", None


def find_layout(text: str, title: Optional[str] = None) -> Layout:
    """Locate title, dateline, author initials and photo credits in ``text``.

    Args:
        text: the article as given.
        title: the title when the input carries one; otherwise a standalone first line is taken.
    Returns:
        A :class:`Layout`; parts not found are empty.
    """
    lines = _lines(text)
    title_span = None
    body_lines = lines
    if title is None:
        headline = _standalone_title(lines)
        if headline:
            title_span = (headline[0], headline[0] + len(headline[1]))
            title = headline[1]
            body_lines = lines[1:]
    outlet, outlet_span, place, place_span = _dateline(body_lines)
    credits = list(_CREDIT.finditer(text))
    excluded = [m.span() for m in credits]
    author = ""
    if lines:
        last_start, last_line = lines[-1]
        match = _AUTHOR.search(last_line)
        if match:
            author = match.group("author")
            excluded.append((last_start + match.start(), last_start + match.end()))
    return Layout(
        title=title or "",
        title_span=title_span,
        outlet=outlet,
        outlet_span=outlet_span,
        dateline=place,
        dateline_span=place_span,
        author=author,
        photo_credit=credits[0].group("credit") if credits else "",
        excluded_spans=tuple(excluded),
    )


# doc._.article is read too, but only as an optional input: Warta.make_doc creates it before the
# pipeline runs (no component does), and an empty Article stands in when it is absent.
@Language.factory("warta_metadata", requires=["doc.sents"], assigns=["doc._.layout", "doc._.article"])
def make_metadata_finder(nlp: Language, name: str) -> "MetadataFinder":
    """Build the ``warta_metadata`` component."""
    return MetadataFinder()


class MetadataFinder:
    """Sets ``doc._.layout`` and fills ``doc._.article`` (created by the caller or empty)."""

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article or Article()
        text = doc_text(doc)
        layout = find_layout(text, article.title or None)
        doc._.layout = layout
        doc._.article = replace(
            article,
            title=layout.title,
            outlet=layout.outlet,
            dateline=layout.dateline,
            author=layout.author,
            photo_credit=layout.photo_credit,
            n_chars=len(text),
            n_sentences=sum(1 for _ in doc.sents) if doc.has_annotation("SENT_START") else 0,
        )
        return doc
