"""The words of a Doc as the entity rules read them: token texts and offsets, read once per Doc."""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc

from ...lexicon.entities import HONORIFICS, ROLE_WORDS
from ...lexicon.quotes import ACCORDING_TO, CUE_WORDS, VERB_FORM
from ...nlp.extensions import token_offsets
from .names import is_body_word, is_name_token, names_a_region, opens_a_rank, opens_balinese_name


@dataclass(frozen=True)
class Words:
    """The token texts and offsets of a Doc, read once: the rules scan them as strings."""

    texts: list[str]
    starts: list[int]
    line_ends: list[bool]  # a line break follows the token
    model_entities: list[tuple[int, int, str]]  # the model's entities: first token, end token, label
    person_starts: frozenset[int]  # tokens where the model starts a person: names never run into them
    lower_words: frozenset[str]  # words the text writes in lower case somewhere
    # One capitalised word the text names a speaker by, alone beside a cue ("kata Rina", "Rudi menambahkan"):
    # where it stands inside a longer run of names, a person's name starts there ("... Unit Tanjung Priok
    # Rina Marlina").
    short_names: frozenset[str] = frozenset()
    # One word the model names a body or a place by alone somewhere ("bersama [Persela]"): no given name
    # of a person whose title chain it opens ("manajer Persela Yunan Achmadi").
    lone_bodies_and_places: frozenset[str] = frozenset()

    @classmethod
    def of(cls, doc: Doc, text: str) -> "Words":
        starts, ends = token_offsets(doc)
        texts = [text[start:end] for start, end in zip(starts, ends)]
        line_ends = ["\n" in text[end:following] for end, following in zip(ends, starts[1:] + [len(text)])]
        # doc.ents builds its Span objects anew on every read: read once.
        entities = [(ent.start, ent.end, ent.label_) for ent in doc.ents]
        return cls(texts, starts, line_ends, entities, frozenset(start for start, _, label in entities if label == "PER"),
                   frozenset(word for word in texts if word.islower()), _short_names(texts),
                   frozenset(texts[start] for start, end, label in entities if end == start + 1 and label in ("ORG", "LOC")))

    def continues_name(self, i: int, into_people: bool = False) -> bool:
        """Whether token ``i`` can extend a name that started before it; a person the model found
        there ends the name unless ``into_people`` ("Jl. Ahmad Yani" is named after one)."""
        return (is_name_token(self.texts[i]) and (into_people or not self.starts_person(i))
                and not self.line_ends[i - 1] and not opens_a_rank(self.texts, i))

    def starts_person(self, i: int) -> bool:
        """Whether a person's name starts at token ``i``: the model's, or a Balinese one ("I Made")."""
        return i in self.person_starts or (i + 1 < len(self.texts) and opens_balinese_name(self.texts[i], self.texts[i + 1]))

    def char_span(self, first: int, end: int) -> tuple[int, int]:
        """The character offsets of tokens ``first`` to ``end`` (exclusive)."""
        return self.starts[first], self.starts[end - 1] + len(self.texts[end - 1])

    def text_of(self, start: int, end: int) -> str:
        """The words between two character offsets, joined by single spaces."""
        first, stop = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return " ".join(self.texts[first:stop])



def _short_names(texts: list[str]) -> frozenset[str]:
    """Words that name a speaker alone: a capitalised word (not an acronym, title or role) right after
    a cue ("kata Rina") or right before one ("Rudi menambahkan"), with no other name beside it."""
    names = set()
    for i in range(1, len(texts) - 1):
        word, before, after = texts[i], texts[i - 1], texts[i + 1]
        if (len(word) < 3 or not word.isalpha() or not word[0].isupper() or word.isupper()
                or word.lower() in HONORIFICS or word.lower() in ROLE_WORDS or word.lower() in CUE_WORDS
                or is_body_word(word) or names_a_region(word)):  # "Pakistan mengatakan": a country speaks
            continue
        # after a bare cue ("kata Rina"), not after a verb whose object follows ("menuduh Belanda")
        after_cue = before.lower() in CUE_WORDS and not VERB_FORM.fullmatch(before.lower()) or before.lower() in ACCORDING_TO
        before_cue = after.lower() in CUE_WORDS and not is_name_token(before)
        if (after_cue and not is_name_token(after)) or before_cue:
            names.add(word)
    return frozenset(names)
