"""The Python API: ``extractor.load()`` returns a :class:`Warta` whose ``extract`` and
``extract_many`` turn texts into :class:`~extractor.records.DocumentRecord` objects.
"""
from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Optional, Sequence, Union

import dateparser
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .lexicon.names import extend_name_lists
from .nlp import extensions
from .nlp.tokenizer import customize_tokenizer
from .reading import Document
from .records import MENTION_LISTS, Article, DocumentRecord

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "ner"
# Components after the NER model, in order: each reads what the ones before it wrote. Every factory
# declares what it reads and writes (requires/assigns; `nlp.analyze_pipes(pretty=True)` shows them)
# and comes from the package's spacy_factories entry points (pyproject.toml), which spaCy imports.
EXTRACTOR_COMPONENTS = ("warta_metadata", "warta_entities", "warta_dates", "warta_counts", "warta_money",
                        "warta_measures", "warta_quotes", "warta_activities")
# Where doc.ents come from: Stanza's tagger (models/stanza-ner), spaCy's model (models/ner: twice as
# fast, and it misses more people's full names in title chains), or the entities both find ("ensemble":
# the most precise, lower F1). Stanza is the default: better on every accuracy measure (BENCHMARKS.md).
BACKENDS = ("stanza", "spacy", "ensemble")
DEFAULT_BACKEND = "stanza"


def build_pipeline(model: Path = DEFAULT_MODEL, backend: str = DEFAULT_BACKEND,
                   stanza_model: Optional[Path] = None) -> Language:
    """The spaCy pipeline: press-text tokenizer, sentence splitter, NER model(s), warta's extractors.

    ``backend`` is one of :data:`BACKENDS`; ``model`` always supplies the tokenizer and vocabulary,
    ``stanza_model`` (default ``models/stanza-ner``) the Stanza tagger of the other two backends.
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown NER backend {backend!r}: choose one of {', '.join(BACKENDS)}")
    if not (model / "config.cfg").exists():
        raise FileNotFoundError(f"no NER model at {model}: run `make model` or pass model=")
    nlp = customize_tokenizer(spacy.load(model, exclude=["tok2vec", "ner"] if backend == "stanza" else []))
    if not nlp.has_factory("warta_sentences"):
        raise RuntimeError("warta's spaCy factories are not registered: install warta (pip install -e .), "
                           "whose spacy_factories entry points declare them")
    nlp.add_pipe("warta_sentences", first=True)
    if backend != "spacy":
        if importlib.util.find_spec("stanza") is None:  # a dependency, but an install may have skipped it
            raise ImportError(f"the {backend} backend needs Stanza (pip install -e .); backend='spacy' runs without it")
        from .nlp.stanza_backend import add_stanza_ner
        add_stanza_ner(nlp, backend, stanza_model)
    for name in EXTRACTOR_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


# What the Python API takes as a document: a Document, or a mapping with the JSONL fields.
DocumentLike = Union[Document, Mapping]


def as_document(document: DocumentLike) -> Document:
    """``document`` as a :class:`~extractor.reading.Document`. A mapping is taken as it is, without
    the checks and repairs of reading a file: ``text`` is required (KeyError), the id is "" when
    missing, and ``title``, ``date``, ``url`` and ``source`` are optional."""
    if isinstance(document, Document):
        return document
    return Document(str(document.get("id", "")), document["text"], title=document.get("title") or "",
                    date=str(document.get("date") or ""), url=document.get("url") or "",
                    source=document.get("source") or "")


_DATEPARSER_SETTINGS = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]}


def parse_date(value: Optional[str]) -> Optional[date]:
    """A publication date from an input record: ISO 8601 directly, other forms as Indonesian sites
    write them ("Jumat, 19/08/2016 10:03 WIB") through dateparser; None when absent or unreadable."""
    text = str(value or "").strip()
    if not any(char.isdigit() for char in text):
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        parsed = dateparser.parse(text, languages=["id"], settings=_DATEPARSER_SETTINGS)
        return parsed.date() if parsed else None


class Warta:
    """warta's extraction pipeline.

    Args:
        nlp: the spaCy pipeline from :func:`build_pipeline`.
        reference_date: resolves relative and year-less dates of documents without a date of their own.
    """

    def __init__(self, nlp: Language, reference_date: Optional[date] = None) -> None:
        self.nlp = nlp
        self.reference_date = reference_date

    def make_doc(self, document: DocumentLike) -> Doc:
        """A Doc ready for the pipeline, with its article and reference date set from ``document``
        (a :class:`~extractor.reading.Document` or a dict with the JSONL fields)."""
        document = as_document(document)
        doc = self.nlp.make_doc(document.text)
        extensions.keep_text(doc, document.text)
        published = parse_date(document.date)
        doc._.reference_date = published or self.reference_date or date.today()
        doc._.article = Article(
            title=document.title,
            published_date=published.isoformat() if published else document.date,
            url=document.url,
            source=document.source,
        )
        return doc

    def extract(self, text: str, doc_id: str = "", date: Optional[str] = None, title: Optional[str] = None,
                **fields: str) -> DocumentRecord:
        """Everything warta finds in one article.

        Args:
            text: the article.
            doc_id: the id written in every table.
            date: publication date (ISO 8601); relative dates resolve against it.
            title: the title, when known; otherwise a standalone first line is taken as the title.
            fields: ``url`` and ``source``, copied into the article record.
        """
        document = {"id": doc_id, "text": text, "date": date, "title": title, **fields}
        return self.to_record(doc_id, self.nlp(self.make_doc(document)))

    def extract_many(self, documents: Iterable[DocumentLike], batch_size: int = 32) -> Iterator[DocumentRecord]:
        """Records for a stream of documents (:class:`~extractor.reading.Document` objects or dicts
        with the JSONL fields), in input order, lazily."""
        for batch in spacy.util.minibatch(documents, size=batch_size):
            try:
                pairs = [(self.make_doc(document), document.id) for document in map(as_document, batch)]
                records = [self.to_record(doc_id, doc) for doc, doc_id in self.nlp.pipe(pairs, as_tuples=True)]
            except Exception:  # one bad document must not lose its batch: redo them one by one
                records = [self._extract_or_fail(document) for document in batch]
            yield from records

    def _extract_or_fail(self, document: DocumentLike) -> DocumentRecord:
        if isinstance(document, Document):
            doc_id, source = document.id, document.source
        else:  # a mapping that may lack its text
            doc_id, source = str(document.get("id", "")), str(document.get("source", ""))
        try:
            return self.to_record(doc_id, self.nlp(self.make_doc(document)))
        except Exception as error:
            return DocumentRecord.failed(doc_id, source, f"{type(error).__name__}: {error}")

    @staticmethod
    def to_record(doc_id: str, doc: Doc) -> DocumentRecord:
        """The records the pipeline left on ``doc``."""
        return DocumentRecord(doc_id, doc._.article, **{name: getattr(doc._, name) for name in MENTION_LISTS})


def load(model: Path = DEFAULT_MODEL, reference_date: Optional[date] = None, backend: str = DEFAULT_BACKEND,
         stanza_model: Optional[Path] = None, lexicon: Sequence[Union[str, Path]] = ()) -> Warta:
    """The pipeline, loaded from ``models/`` with no network access; ``backend="stanza"`` (the default)
    is the accurate mode, ``"spacy"`` the fast one (see README). ``lexicon``: folders of name lists
    whose rows extend the shipped ones (see :mod:`extractor.lexicon.names`; a single folder may be
    given as it is)."""
    for folder in [lexicon] if isinstance(lexicon, (str, Path)) else lexicon:
        extend_name_lists(folder)
    return Warta(build_pipeline(Path(model), backend, stanza_model), reference_date)
