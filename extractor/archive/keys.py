"""Identity keys: the form of a name under which mentions in different articles are one referent.

Pure functions of one entity row. Spelling that carries no identity is folded away (case, accents,
punctuation, a company's legal form, a party's "Partai"); the alias table's full name stands for a
short name ("Jokowi", "Kemenkes"); a place with a region code is its code, so "Kota Bandung" and
"Kabupaten Bandung" stay apart and "Bandung" joins whichever the article meant. A person is keyed by
the full name; a one-word name is never joined across articles by itself: it takes the body the
title chain gives, and without one stays the article's own.
"""
from __future__ import annotations

import re
import unicodedata

from ..extractors.entities.names import same_body_key
from ..lexicon.names import ALIASES

_NOT_A_WORD_CHARACTER = re.compile(r"[\W_]+")


def folded(name: str) -> str:
    """``name`` lower-cased, without accents, with punctuation as spaces ("Mu'ti" and "Muti" differ
    only by a space: "mu ti"), whitespace collapsed."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_NOT_A_WORD_CHARACTER.sub(" ", plain.casefold()).split())


def body_key(name: str) -> str:
    """The folded key of a body's or a programme's name under which an article joins its mentions
    (:func:`same_body_key`): "PT Bank Rakyat Indonesia (Persero) Tbk" -> "bank rakyat indonesia",
    "Pemerintah Provinsi Lampung" -> "pemprov lampung"; an alias stands for its full name ("Kemenkes")."""
    return folded(same_body_key(ALIASES.get(name, name)))


def identity_key(label: str, canonical: str, doc_id: str, region_code: str = "", org: str = "") -> str:
    """The key that every mention of one real thing shares across articles.

    Args:
        label: PER, ORG, LOC or PROGRAMME.
        canonical: the mention's canonical name in its article.
        doc_id: its article, which a one-word person's name without a body stays inside.
        region_code: a place's region code, which identifies it.
        org: a person's body, which a one-word name is joined by.
    """
    if label == "LOC" and region_code:
        return f"LOC|{region_code}"
    if label == "PER":
        name = ALIASES.get(canonical, canonical)
        key = f"PER|{folded(name)}"
        if name == canonical and len(key.split()) == 1:
            return f"{key}|{'org ' + body_key(org) if org else 'doc ' + doc_id}"
        return key
    if label == "LOC":
        return f"LOC|{folded(canonical)}"
    return f"{label}|{body_key(canonical)}"
