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
    infixes = [p for p in nlp.Defaults.infixes if p != _DIGIT_SLASH_INFIX] + [_GLUED_PAREN_INFIX]
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
        return (self.guarded if _PUNCTUATION_RUN_IN_TEXT.search(text) else self.tokenizer)(text)

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)
