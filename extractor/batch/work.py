"""What happens to a shard of documents wherever it is processed (this process, a worker process
or a dask worker): HTML becomes text, a very long text is cut into pieces, the pipeline runs, the
pieces' records are joined with offsets into the whole text, and each article gets its content
hash, fingerprint and repair flags.

Very long texts (over :data:`PIECE_CHARS`) are processed in pieces cut at paragraph breaks, so
memory stays bounded whatever an input holds (a 5 MB "article" is usually a dump or a scrape
gone wrong); offsets, paragraph numbers and entity ids are made whole-text again. Mentions are
linked within a piece only, and the article's metadata comes from the first piece (the author's
initials from the last).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, fields, replace
from typing import Iterator, Optional

from ..api import Warta
from ..nlp.paragraphs import paragraph_starts
from ..reading import Document, Item, ReadError, prepare
from ..records import MENTION_LISTS, DocumentRecord
from . import fingerprints

PIECE_CHARS = 20_000
# The pipeline's batches: its usual 32 documents, but never more text than this at once, so the
# pieces of a long text do not all go through the model together.
BATCH_DOCUMENTS = 32
BATCH_CHARS = 100_000
_OFFSET_FIELDS = ("start_char", "end_char", "cue_start", "cue_end")
_ENTITY_ID = re.compile(r"E(\d+)")
# A later piece is given a title so that its first line is not mistaken for the article's title.
_CONTINUATION_TITLE = "(continued)"


@dataclass(frozen=True)
class Task:
    """One input unit to process: its position in the input, content hash and the item read."""

    seq: int
    content_hash: str
    item: Item


def piece_spans(text: str, limit: Optional[int] = None) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces of at most ``limit`` (default :data:`PIECE_CHARS`)
    characters covering ``text``, cut after a paragraph break, else a line break, a sentence end
    or a space in the second half of each window, else at the limit."""
    limit = limit or PIECE_CHARS
    spans, start = [], 0
    while len(text) - start > limit:
        end = start + limit
        for separator in ("\n\n", "\n", ". ", " "):
            at = text.rfind(separator, start + limit // 2, end)
            if at >= 0:
                end = at + len(separator)
                break
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _paragraphs_before(text: str, starts: list[int], position: int) -> int:
    """How many paragraphs precede a piece that starts at ``position``, less the one it continues
    when it opens in the middle of a line."""
    count = bisect_left(starts, position)
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    continues_line = position > line_start and count and starts[count - 1] == line_start
    return count - 1 if continues_line and text[position:line_end if line_end >= 0 else None].strip() else count


def _shifted(item, offset: int, first_entity: int, paragraphs: int):
    """A record of a piece moved into whole-text coordinates."""
    names = {field.name for field in fields(item)}
    changes = {name: getattr(item, name) + offset for name in _OFFSET_FIELDS
               if name in names and getattr(item, name) >= 0}
    if "paragraph" in names:
        changes["paragraph"] = item.paragraph + paragraphs
    match = _ENTITY_ID.fullmatch(getattr(item, "entity_id", "") or "")
    if match:
        changes["entity_id"] = f"E{int(match.group(1)) + first_entity}"
    return replace(item, **changes)


def join_pieces(text: str, spans: list[tuple[int, int]], records: list[DocumentRecord]) -> DocumentRecord:
    """One record for a text processed in pieces: every mention's offsets into ``text``, entity
    ids numbered on across pieces, quotes' paragraphs counted from the start of ``text``."""
    if len(records) == 1:
        return records[0]
    starts = paragraph_starts(text)
    lists: dict[str, list] = {name: [] for name in MENTION_LISTS}
    first_entity = 0
    for number, (record, (start, _)) in enumerate(zip(records, spans)):
        paragraphs = _paragraphs_before(text, starts, start)
        for name in MENTION_LISTS:
            items = getattr(record, name)
            if name == "entities" and number:  # a dateline opens an article, never a later piece
                items = [entity for entity in items if entity.source != "dateline"]
            lists[name].extend(_shifted(item, start, first_entity, paragraphs) for item in items)
        ids = [int(match.group(1)) for entity in record.entities if (match := _ENTITY_ID.fullmatch(entity.entity_id))]
        first_entity += max(ids, default=0)
    error = "; ".join(dict.fromkeys(record.error for record in records if record.error))
    first, last = records[0].article, records[-1].article
    article = replace(first, author=last.author, n_chars=len(text), status="error" if error else first.status,
                      n_sentences=sum(record.article.n_sentences for record in records))
    return DocumentRecord(records[0].doc_id, article, error=error, **lists)


def _pieces(document: Document, spans: list[tuple[int, int]]) -> Iterator[Document]:
    for number, (start, end) in enumerate(spans):
        title = document.title or (_CONTINUATION_TITLE if number else "")
        yield replace(document, text=document.text[start:end], title=title)


def _batches(pieces: Iterator[Document]) -> Iterator[list[Document]]:
    """Consecutive pieces in batches of at most :data:`BATCH_DOCUMENTS` and, unless one piece is
    longer, :data:`BATCH_CHARS` characters."""
    batch, chars = [], 0
    for piece in pieces:
        if batch and (len(batch) == BATCH_DOCUMENTS or chars + len(piece.text) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(piece)
        chars += len(piece.text)
    if batch:
        yield batch


def _finished(record: DocumentRecord, task: Task, flags: list[str], text: str) -> DocumentRecord:
    """The record with the article's flags, content hash and fingerprint set."""
    fingerprint = fingerprints.minhash(text).hex() if not record.error else ""
    record.article = replace(record.article, flags=";".join(flags), content_hash=task.content_hash,
                             fingerprint=fingerprint)
    return record


def process_shard(warta: Warta, tasks: list[Task]) -> list[DocumentRecord]:
    """The records of a shard's documents, in the shard's order; a document that cannot be read
    or processed gets a failed record, never an exception."""
    prepared = [prepare(task.item) if isinstance(task.item, Document) else task.item for task in tasks]
    spans = {index: piece_spans(item.text) for index, item in enumerate(prepared) if isinstance(item, Document)}
    pieces = (piece for index, item_spans in spans.items() for piece in _pieces(prepared[index], item_spans))
    extracted = (record for batch in _batches(pieces) for record in warta.extract_many(batch, batch_size=len(batch)))
    records = []
    for index, (task, item) in enumerate(zip(tasks, prepared)):
        if isinstance(item, ReadError):
            flags = list(task.item.flags) if isinstance(task.item, Document) else []
            records.append(_finished(DocumentRecord.failed(item.id, item.source, item.error), task, flags, ""))
            continue
        record = join_pieces(item.text, spans[index], [next(extracted) for _ in spans[index]])
        flags = list(item.flags) + (["chunked"] if len(spans[index]) > 1 else [])
        records.append(_finished(record, task, flags, item.text))
    return records
