"""Tokenizer rules for Indonesian press text on top of spaCy's ``id`` defaults.

Two things matter downstream: abbreviations that end in a full stop ("Jl.", "Kab.", "Tbk.") must
stay one token so the sentence splitter does not break there, and numeric dates such as "23/01"
or "4/9/2023" must stay one token so the date patterns see them whole.
"""
from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from ..lexicon.layout import ABBREVIATIONS

# spaCy's default infix that splits "23/01" into three tokens; press dates need it whole.
_DIGIT_SLASH_INFIX = r"(?<=[0-9])[\\/](?=[0-9%-])"
# "lestari.(dk)": a sentence glued to the author initials that close an article.
_GLUED_PAREN_INFIX = r"(?<=[a-z])[.,](?=\()|(?<=[a-z][.,])\("
# "Sulawesi Barat(Sulbar)", "PT Suryaraya Lestari 1(SRL1)PT ...": a bracket glued to the words around it.
_GLUED_BRACKET_INFIX = r"(?<=[A-Za-z0-9])[()](?=[A-Za-z])"
# "Panjaitan,MM.,mengatakan": a comma glued to the degree before it and the word after it.
_GLUED_COMMA_INFIX = r"(?<=\.),(?=[A-Za-z])"
# "Kepala Desa Lambangan-Mulyanto", "UNTAG Surabaya-Dr. Abdul Halik": a dash glued between two names.
# Not a name said twice ("Bangsa-Bangsa", "Perundang-Undangan"): the second half's start is not in the first.
_GLUED_NAMES = re.compile(r"([A-Z][a-z]{2,})-([A-Z][a-z].*)")
_GLUED_NAMES_IN_TEXT = re.compile(r"[A-Z][a-z]{2,}-[A-Z][a-z]")  # one search over the text spares most a token loop
_REDUPLICATED_PREFIX = 4
# spaCy strips a chunk's prefixes and suffixes one at a time, rescanning the rest at each step: a run
# of punctuation or emoji takes seconds at 1,000 characters ("-" * 1000) and minutes at 10,000. A
# chunk between spaces holding a run of 100 such characters is junk and stays one token. A pattern
# for ``match`` (not ``search``), so the tokenizer serialises and reloads it unchanged.
_PUNCTUATION_RUN = r".*?[^\w\s]{100}"
_PUNCTUATION_RUN_IN_TEXT = re.compile(r"[^\w\s]{100}")


def abbreviation_variants(abbreviation: str) -> set[str]:
    """The spellings an abbreviation appears in: as listed, upper case, and capitalised."""
    return {abbreviation, abbreviation.upper(), abbreviation.capitalize()}


def customize_tokenizer(nlp: Language) -> Language:
    """Adapt ``nlp.tokenizer`` in place for Indonesian press text and return ``nlp``."""
    for abbreviation in ABBREVIATIONS:
        for variant in abbreviation_variants(abbreviation):
            nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])
    infixes = [p for p in nlp.Defaults.infixes if p != _DIGIT_SLASH_INFIX] + [
        _GLUED_PAREN_INFIX, _GLUED_BRACKET_INFIX, _GLUED_COMMA_INFIX]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer = PunctuationRunGuard(nlp.tokenizer)
    return nlp


class PunctuationRunGuard:
    """The tokenizer, and for the rare text holding a run of 100 punctuation characters or emoji a copy
    of it that keeps a chunk with such a run whole (see ``_PUNCTUATION_RUN``).

    One tokenizer with the rule would do, but a ``token_match`` set on the trained model's tokenizer
    keeps its chunk cache from serving: every text was tokenized at half the speed (measured on 400
    IndoSum articles, 2.0 s against 0.6 s). Attributes are the plain tokenizer's.
    """

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self.guarded = Tokenizer(tokenizer.vocab).from_bytes(tokenizer.to_bytes())
        self.guarded.token_match = re.compile(_PUNCTUATION_RUN).match

    def __call__(self, text: str) -> Doc:
        return with_glued_names_split((self.guarded if _PUNCTUATION_RUN_IN_TEXT.search(text) else self.tokenizer)(text))

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)


def with_glued_names_split(doc: Doc) -> Doc:
    """``doc``, or where a dash joins two names with no space ("Lambangan-Mulyanto") a copy with the two
    names and the dash as three tokens. An infix cannot tell these from a word said twice ("Bangsa-Bangsa"),
    which stays whole."""
    if not _GLUED_NAMES_IN_TEXT.search(doc.text):
        return doc
    words: list[str] = []
    spaces: list[bool] = []
    for token in doc:
        match = _GLUED_NAMES.fullmatch(token.text)
        if match and match.group(2)[:_REDUPLICATED_PREFIX].lower() not in match.group(1).lower():
            words += [match.group(1), "-", match.group(2)]
            spaces += [False, False, bool(token.whitespace_)]
        else:
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
    return doc if len(words) == len(doc) else Doc(doc.vocab, words=words, spaces=spaces)
