"""warta's in-domain NER data: the annotated IndoSum articles (:mod:`extractor.annotation.standoff`) as
training sentences with PER, ORG, LOC and PROGRAMME spans, one per paragraph, in warta's tokens.

A mention whose edges fall inside a token (rare: "(BPBD)" glued) keeps the tokens wholly inside it; one
that covers no whole token is left out, and counted.
"""
from __future__ import annotations

from dataclasses import dataclass

import spacy

from ..annotation.standoff import GoldArticle, load_gold
from ..nlp.paragraphs import paragraphs
from ..nlp.tokenizer import customize_tokenizer
from .corpora import Sentence


@dataclass
class Conversion:
    sentences: list[Sentence]
    mentions: int = 0
    dropped: int = 0  # mentions that cover no whole token


def to_sentences(articles: list[GoldArticle]) -> Conversion:
    """Every paragraph of ``articles`` as words and token spans labelled by each mention's referent."""
    nlp = customize_tokenizer(spacy.blank("id"))
    conversion = Conversion([])
    for article in articles:
        for start, end in paragraphs(article.text):
            doc = nlp.make_doc(article.text[start:end])
            spans = []
            for mention in article.mentions:
                if start <= mention.start and mention.end <= end:
                    conversion.mentions += 1
                    span = doc.char_span(mention.start - start, mention.end - start, alignment_mode="contract")
                    if span is None or len(span) == 0:
                        conversion.dropped += 1
                        continue
                    spans.append((span.start, span.end, article.referents[mention.referent].label))
            # white-space tokens (double spaces) are left out: the training text joins words by one space
            kept = [token.i for token in doc if not token.is_space]
            position = {i: n for n, i in enumerate(kept)}
            position[len(doc)] = len(kept)
            words = [doc[i].text for i in kept]
            if words:
                conversion.sentences.append((words, sorted((_next_kept(position, s), _next_kept(position, e), label)
                                                           for s, e, label in spans)))
    return conversion


def _next_kept(position: dict[int, int], i: int) -> int:
    while i not in position:
        i += 1
    return position[i]


def indosum(split: str) -> Conversion:
    """The ``split`` (train, dev or test) of the annotated IndoSum articles as training sentences."""
    return to_sentences(load_gold(split))
