"""The Stanza NER backend: warta's spaCy pipeline with Stanza's tagger in place of (or beside) spaCy's NER.

The tokenizer, sentence splitter and every extractor stay the same; only ``doc.ents`` comes from a
different model. The ``warta_stanza_ner`` component runs the Stanza BiLSTM-CRF tagger (Qi et al.
2018; trained by :mod:`extractor.training.train_stanza`, shipped in ``models/stanza-ner``) on the
Doc's own tokens, sentence by sentence, so entity offsets are those of the spaCy backend by
construction. A ``combine`` function decides how its spans meet the ones already on the Doc.

Stanza and torch are imported when a tagger loads, not with this module: spaCy imports every
``spacy_factories`` entry point (this factory among them) whenever it builds a pipeline, and Stanza
is an optional extra.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, minibatch, registry

STANZA_MODEL = Path(__file__).resolve().parents[2] / "models" / "stanza-ner"
TAGGER_FILE = "tagger.pt"
PRETRAIN_FILE = "pretrain.pt"

TokenSpan = tuple[int, int, str]  # start token, end token (exclusive), label
# (spans on the Doc before, Stanza's spans) -> the Doc's entities
Combine = Callable[[list[TokenSpan], list[TokenSpan]], list[TokenSpan]]


class StanzaTagger:
    """A trained Stanza NER model, loaded from ``model_dir`` (``tagger.pt`` + ``pretrain.pt``) on CPU.

    Args:
        model_dir: the folder ``make model-stanza`` writes.
        batch_size: sentences per forward pass.
        threads: torch threads while tagging. One: warta runs in parallel by processes
            (``--workers``), and on a busy 2-core machine two threads made the tagger 10 to 25 times
            slower than one (BENCHMARKS.md).
    """

    def __init__(self, model_dir: Path = STANZA_MODEL, batch_size: int = 64, threads: int = 1) -> None:
        model_dir = Path(model_dir)
        if not (model_dir / TAGGER_FILE).exists():
            raise FileNotFoundError(f"no Stanza NER model at {model_dir}: run `make model-stanza`")
        from stanza.models.common.pretrain import Pretrain
        from stanza.models.ner.trainer import Trainer

        pretrain = Pretrain(str(model_dir / PRETRAIN_FILE))
        self.trainer = Trainer(model_file=str(model_dir / TAGGER_FILE), pretrain=pretrain, device="cpu")
        self.batch_size = batch_size
        self.threads = threads

    def tag(self, sentences: list[list[str]]) -> list[list[TokenSpan]]:
        """Entity spans of each pretokenised sentence, as token indices into that sentence."""
        spans: list[list[TokenSpan]] = [[] for _ in sentences]
        kept = [i for i, words in enumerate(sentences) if words]
        if not kept:
            return spans
        import torch
        from stanza.models.common.doc import Document
        from stanza.models.ner.data import DataLoader
        from stanza.models.ner.utils import decode_from_bioes

        document = Document([[{"text": word} for word in sentences[i]] for i in kept])
        batches = DataLoader(document, self.batch_size, self.trainer.args, vocab=self.trainer.vocab,
                             evaluation=True, preprocess_tags=False)
        caller_threads = torch.get_num_threads()
        torch.set_num_threads(self.threads)
        try:
            with torch.no_grad():
                tags = [sentence for batch in batches for sentence in self.trainer.predict(batch)]
        finally:
            torch.set_num_threads(caller_threads)
        for i, sentence_tags in zip(kept, tags):
            spans[i] = [(e["start"], e["end"] + 1, e["type"]) for e in decode_from_bioes(sentence_tags)]
        return spans


def stanza_only(_existing: list[TokenSpan], tagged: list[TokenSpan]) -> list[TokenSpan]:
    """Stanza's spans replace whatever the Doc had (the ``stanza`` backend)."""
    return tagged


def agreement(existing: list[TokenSpan], tagged: list[TokenSpan]) -> list[TokenSpan]:
    """Only the spans both models found, edges and label alike (the ``ensemble`` backend).

    Chosen on idner-news-2k dev through the API over the union of the two models' spans (longer,
    Stanza's or spaCy's span first where they overlap), which all scored below either model alone.
    """
    return sorted(set(existing) & set(tagged))


@registry.misc("warta.stanza_only.v1")
def make_stanza_only() -> Combine:
    return stanza_only


@registry.misc("warta.agreement.v1")
def make_agreement() -> Combine:
    return agreement


class StanzaNER:
    """The ``warta_stanza_ner`` component: Stanza's entities on the Doc's tokens, merged by ``combine``.

    Args:
        tagger: the loaded Stanza model.
        combine: ``(spans already on the Doc, Stanza's spans) -> entities``.
    """

    def __init__(self, tagger: StanzaTagger, combine: Combine) -> None:
        self.tagger = tagger
        self.combine = combine

    def __call__(self, doc: Doc) -> Doc:
        """Tag one Doc."""
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """Tag Docs in batches, so that short documents share the tagger's forward passes."""
        for batch in minibatch(docs, size=batch_size):
            for doc, spans in zip(batch, self.predict(batch)):
                self.set_annotations(doc, spans)
                yield doc

    def predict(self, docs: list[Doc]) -> list[list[TokenSpan]]:
        """Stanza's entity spans for each Doc, as Doc token indices.

        Whitespace tokens (line breaks) are not shown to the tagger: they are not words.
        """
        sentences: list[list[int]] = []  # Doc token indices of each sentence's words
        owners: list[int] = []
        for number, doc in enumerate(docs):
            for sentence in doc.sents:
                sentences.append([token.i for token in sentence if not token.is_space])
                owners.append(number)
        tagged = self.tagger.tag([[docs[n][i].text for i in indices] for n, indices in zip(owners, sentences)])
        spans: list[list[TokenSpan]] = [[] for _ in docs]
        for n, indices, found in zip(owners, sentences, tagged):
            spans[n].extend((indices[start], indices[end - 1] + 1, label) for start, end, label in found)
        return spans

    def set_annotations(self, doc: Doc, tagged: list[TokenSpan]) -> None:
        """Set ``doc.ents`` to the combination of the Doc's entities and Stanza's."""
        existing = [(ent.start, ent.end, ent.label_) for ent in doc.ents]
        entities = [Span(doc, start, end, label=label) for start, end, label in self.combine(existing, tagged)]
        doc.ents = filter_spans(entities)


# The entities already on the Doc are read only by the ensemble's ``combine``; the stanza backend
# runs without spaCy's ner, so doc.ents is no requirement.
@Language.factory("warta_stanza_ner", default_config={"model": str(STANZA_MODEL),
                                                      "combine": {"@misc": "warta.stanza_only.v1"}},
                  requires=["doc.sents"], assigns=["doc.ents", "token.ent_iob", "token.ent_type"])
def make_stanza_ner(nlp: Language, name: str, model: str, combine: Combine) -> StanzaNER:
    return StanzaNER(StanzaTagger(Path(model)), combine)


# backend name -> how Stanza's spans meet spaCy's
COMBINERS = {"stanza": "warta.stanza_only.v1", "ensemble": "warta.agreement.v1"}


def add_stanza_ner(nlp: Language, backend: str, model: Path | None = None) -> None:
    """Append ``warta_stanza_ner`` to ``nlp`` for ``backend`` ("stanza" or "ensemble")."""
    config = {"model": str(model or STANZA_MODEL), "combine": {"@misc": COMBINERS[backend]}}
    nlp.add_pipe("warta_stanza_ner", config=config)
