"""A batch job: inputs read as a stream, cut into shards, processed by an engine, written back in
input order in parts committed to the manifest, and assembled into the final tables.

The documents done always form a prefix of the input (parts are committed in order), so a resumed
run re-reads the input, checks that prefix against the manifest (ids and content hashes) and
processes only the rest; the final tables are then byte-identical to those of an uninterrupted
run. Ids are made unique and near-duplicates marked here, in input order, for the same reason.
"""
from __future__ import annotations

import shutil
import sys
import time
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator, Optional

from tqdm import tqdm

from ..api import Warta
from ..reading import CsvLayout, Item, read_inputs, read_records
from ..records import OUTPUT_TABLES, DocumentRecord
from ..writing import FORMATS, PART_FORMATS, PartWriter, assemble, publish, table_file
from .engines import Engine, InProcess, make_engine
from .fingerprints import content_hash
from .manifest import Manifest, ResumeError
from .output_folder import output_lock, refuse_to_replace
from .work import Task

STATE_FOLDER = ".warta"
MANIFEST_NAME = "manifest.sqlite"
DEFAULT_PART_SIZE = 500
SHARD_SIZE = 32  # documents per task sent to a worker: the pipeline's batch size


@dataclass(frozen=True)
class BatchOptions:
    """What a ``warta extract`` run does; see ``warta extract --help`` for each option."""

    inputs: tuple[str, ...]
    output: Path
    reference_date: Optional[date] = None
    workers: int = 1
    engine: str = "local"
    scheduler: Optional[str] = None
    format: str = "csv"
    raw_csv: bool = False
    resume: bool = False
    overwrite: bool = False  # replace the output of an earlier run in ``output`` (refused otherwise)
    layout: CsvLayout = field(default_factory=CsvLayout)
    part_size: int = DEFAULT_PART_SIZE
    progress: Optional[bool] = None  # None: a progress bar on a terminal only
    load_options: dict = field(default_factory=dict)  # more arguments of extractor.load (backend=...)

    def signature(self) -> dict:
        """What fixes the output besides the inputs' content: a resumed run must match it."""
        return {"inputs": [name if name == "-" else str(Path(name).resolve()) for name in self.inputs],
                "format": self.format, "raw_csv": self.raw_csv, "text_column": self.layout.text,
                "columns": dict(sorted(self.layout.columns.items())), "part_size": self.part_size,
                "load_options": {name: str(value) for name, value in sorted(self.load_options.items())}}


@dataclass(frozen=True)
class BatchResult:
    """What a run wrote: rows per table, documents processed now and documents done before."""

    rows: dict[str, int]
    processed: int
    resumed: int


def _items(options: BatchOptions) -> Iterator[Item]:
    """The job's input, read as a stream; the output folder is never read as input."""
    return read_inputs(options.inputs, options.layout, skip=options.output)


def _content_hash(item: Item) -> str:
    return content_hash(item.as_record())


def _tasks(items: Iterable[Item], manifest: Manifest) -> Iterator[Task]:
    """Tasks for the input items not done yet; the done prefix is checked against the manifest."""
    done = manifest.done
    seen = 0
    for seq, item in enumerate(items):
        seen = seq + 1
        task = Task(seq, _content_hash(item), item)
        if seq < done:
            manifest.check_done(seq, item.id, task.content_hash)
        else:
            yield task
    if seen < done:
        raise ResumeError(f"the input has {seen} documents, the interrupted run had done {done}; run without --resume")


def _shards(tasks: Iterator[Task], size: int) -> Iterator[list[Task]]:
    while shard := list(islice(tasks, size)):
        yield shard


def _part_folder(parts: Path, part: int) -> Path:
    return parts / f"{part:07d}"


def _clear_uncommitted(parts: Path, committed: list[int]) -> None:
    """Remove part folders a killed run left behind without committing them."""
    keep = {_part_folder(parts, part).name for part in committed}
    for folder in parts.iterdir() if parts.exists() else ():
        if folder.name not in keep:
            shutil.rmtree(folder)


def register(manifest: Manifest, seq: int, part: int, record: DocumentRecord) -> DocumentRecord:
    """Note the ``seq``-th document of the input in the manifest, giving its record a doc_id no
    earlier document has (``id#2`` for a second ``id``, flagged ``duplicate-id``) and, when an
    earlier document has (nearly) the same text, ``duplicate_of``."""
    input_id, article = record.doc_id, record.article
    doc_id = manifest.unique_doc_id(input_id)
    fingerprint = bytes.fromhex(article.fingerprint)
    original = manifest.original_of(fingerprint) if fingerprint else None
    flags = [flag for flag in article.flags.split(";") if flag] + (["duplicate-id"] if doc_id != input_id else [])
    manifest.add(seq, input_id, doc_id, article.content_hash, part,
                 original_fingerprint=fingerprint if original is None else None)
    record.doc_id = doc_id
    record.article = replace(article, flags=";".join(flags), duplicate_of=original or "")
    return record


class _PartWriters:
    """Writes records, in input order, into parts of ``part_size`` documents, each put in place
    and then committed to the manifest when full."""

    def __init__(self, options: BatchOptions, manifest: Manifest, parts: Path) -> None:
        self.options, self.manifest, self.parts = options, manifest, parts
        self.seq = manifest.done
        self.writer: Optional[PartWriter] = None
        self.part = self.documents = 0

    def add(self, record: DocumentRecord) -> None:
        """Register and write the next document of the input."""
        if self.writer is None:
            self.part, self.documents = self.seq // self.options.part_size, 0
            self.writer = PartWriter(self.parts / f".{self.part:07d}.staging", PART_FORMATS[self.options.format],
                                     self.options.raw_csv)
        self.writer.add(register(self.manifest, self.seq, self.part, record))
        self.seq += 1
        self.documents += 1
        if self.seq % self.options.part_size == 0:
            self.commit()

    def commit(self) -> None:
        """Close the current part, put it in place, then commit it (and its documents)."""
        if self.writer is None:
            return
        rows = self.writer.close()
        publish(self.writer.folder, _part_folder(self.parts, self.part))
        self.manifest.commit_part(self.part, self.documents, rows)
        self.writer = None


def extract_records(warta: Warta, records: Iterable[dict], name: str = "record") -> Iterator[DocumentRecord]:
    """The records ``warta extract`` would write for ``records`` (dicts with the JSONL fields),
    in input order, without writing anything: the same unique ids, flags, fingerprints and
    ``duplicate_of``. ``name`` names the records in ``source`` and in missing ids (``name-N``)."""
    manifest = Manifest(None, {})
    try:
        tasks = (Task(seq, _content_hash(item), item) for seq, item in enumerate(read_records(records, name)))
        seq = 0
        for shard_records in InProcess(warta).map(_shards(tasks, SHARD_SIZE)):
            for record in shard_records:
                yield register(manifest, seq, 0, record)
                seq += 1
    finally:
        manifest.close()


def _progress(options: BatchOptions, done: int) -> tqdm:
    """A progress bar with documents/s and the time left, on a terminal only (quiet in logs)."""
    show = sys.stderr.isatty() if options.progress is None else options.progress
    total = None
    if show and "-" not in options.inputs:  # counting is one cheap extra pass; stdin cannot be read twice
        total = sum(1 for _ in _items(options))
    return tqdm(total=total, initial=done, unit="doc", disable=not show, file=sys.stderr,
                dynamic_ncols=True, smoothing=0.05)


def _remove_other_formats(output: Path, fmt: str) -> None:
    """Delete tables in formats other than ``fmt`` that an overwritten run left in ``output``:
    readers take CSV before Parquet, and would show the old run's CSV after a Parquet run."""
    for other in FORMATS:
        if other != fmt:
            for table in OUTPUT_TABLES:
                table_file(output, table, other).unlink(missing_ok=True)


def run_batch(options: BatchOptions, warta: Optional[Warta] = None, engine: Optional[Engine] = None) -> BatchResult:
    """Run a job: every document of ``options.inputs`` into the tables in ``options.output``.

    Args:
        options: the job.
        warta: a loaded pipeline to use in this process (its spaCy pipeline is reused with the
            job's reference date) when the job runs in-process.
        engine: a started engine to use (and leave open); made from ``options`` when None.
    Raises:
        ResumeError: ``--resume`` found a manifest of another job or other input.
        OutputFolderError: another run is writing to ``options.output``, or it holds an earlier
            run's output that ``options`` neither overwrite nor resume.
    """
    output = Path(options.output)
    state = output / STATE_FOLDER
    state.mkdir(parents=True, exist_ok=True)
    with output_lock(output, state):
        if not options.overwrite:
            refuse_to_replace(output, state / MANIFEST_NAME, options.resume)
        return _run(options, warta, engine, state)


def _run(options: BatchOptions, warta: Optional[Warta], engine: Optional[Engine], state: Path) -> BatchResult:
    """:func:`run_batch`'s job, once the output folder is its own."""
    output = Path(options.output)
    parts = state / "parts"
    manifest = Manifest(state / MANIFEST_NAME, options.signature(), options.resume)
    try:
        reference_date = manifest.settle_reference_date(options.reference_date)
        resumed = manifest.done
        if manifest.complete:  # nothing to do, once the input is checked to be the job's
            for task in _tasks(_items(options), manifest):
                raise ResumeError(f"the input has more documents than the finished run (document {task.seq + 1})")
            return BatchResult(manifest.rows(), 0, resumed)
        if not options.resume:
            shutil.rmtree(parts, ignore_errors=True)
        _clear_uncommitted(parts, manifest.parts())
        parts.mkdir(exist_ok=True)
        own_engine = engine is None
        if own_engine:
            if warta is not None and options.engine == "local" and options.workers == 1:
                engine = InProcess(Warta(warta.nlp, reference_date))
            else:
                engine = make_engine(options.engine, options.workers,
                                     {**options.load_options, "reference_date": reference_date}, options.scheduler)
        writers = _PartWriters(options, manifest, parts)
        try:
            with _progress(options, resumed) as progress:
                shards = _shards(_tasks(_items(options), manifest), SHARD_SIZE)
                for records in engine.map(shards):
                    for record in records:
                        writers.add(record)
                    progress.update(len(records))
            writers.commit()
        finally:
            if own_engine:
                engine.close()
        started = time.perf_counter()
        assemble([_part_folder(parts, part) for part in manifest.parts()], output, options.format, state, options.raw_csv)
        _remove_other_formats(output, options.format)
        manifest.mark_complete(time.perf_counter() - started)
        shutil.rmtree(parts)
        return BatchResult(manifest.rows(), manifest.done - resumed, resumed)
    finally:
        manifest.close()
