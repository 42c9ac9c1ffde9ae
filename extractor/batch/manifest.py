"""The run's manifest: which documents are done, under which ids, and their fingerprints.

A SQLite database in the run's state folder. Documents are committed a part at a time, in input
order, in the same transaction that records the part, and only after the part's files are in
place: whatever instant a run is killed at, the manifest names exactly the parts whose files are
complete, and the documents done are the first ``done`` of the input. Lookups (is this id taken,
is there an earlier near-duplicate) are indexed queries, so memory stays constant however large
the archive.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Optional

from . import fingerprints

_SCHEMA = """
CREATE TABLE IF NOT EXISTS job (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS parts (part INTEGER PRIMARY KEY, documents INTEGER NOT NULL, rows TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    seq INTEGER PRIMARY KEY, input_id TEXT NOT NULL, doc_id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL, part INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS documents_by_input_id ON documents (input_id);
CREATE TABLE IF NOT EXISTS originals (seq INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, fingerprint BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS bands (band INTEGER NOT NULL, key INTEGER NOT NULL, seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS bands_by_key ON bands (band, key);
"""


class ResumeError(RuntimeError):
    """The output folder holds a different job than the one asked to resume."""


class Manifest:
    """The state of one run in ``path``; ``signature`` names what fixes the output (inputs, options).

    Args:
        path: the SQLite file, created when absent; None keeps the manifest in memory.
        signature: JSON-serialisable description of the job; a resumed job must match it.
        resume: keep the documents done by an earlier run of the same job; otherwise start empty.
    """

    def __init__(self, path: Optional[Path], signature: dict, resume: bool = False) -> None:
        if path is not None and not resume:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        # Autocommit mode: transactions are opened and committed explicitly, one per part.
        self.db = sqlite3.connect(":memory:" if path is None else path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(_SCHEMA)
        wanted = json.dumps(signature, sort_keys=True)
        stored = self._job("signature")
        if stored is not None and stored != wanted:
            raise ResumeError(f"the output folder holds another job ({stored}); use a new folder or run without --resume")
        if stored is None:
            self.db.execute("INSERT INTO job VALUES ('signature', ?)", (wanted,))
        self.db.execute("BEGIN")

    def _job(self, key: str) -> Optional[str]:
        row = self.db.execute("SELECT value FROM job WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def settle_reference_date(self, given: Optional[date]) -> date:
        """The job's reference date: the one an interrupted run used (a resumed run on a later day
        must resolve "kemarin" as the first did), else ``given``, else today; stored for resumes."""
        stored = self._job("reference_date")
        if stored is not None:
            if given is not None and given.isoformat() != stored:
                raise ResumeError(f"the interrupted run used --reference-date {stored}, not {given.isoformat()}")
            return date.fromisoformat(stored)
        settled = given or date.today()
        self.db.execute("INSERT INTO job VALUES ('reference_date', ?)", (settled.isoformat(),))
        return settled

    @property
    def done(self) -> int:
        """How many documents (from the start of the input) are committed."""
        return self.db.execute("SELECT COALESCE(SUM(documents), 0) FROM parts").fetchone()[0]

    @property
    def complete(self) -> bool:
        """True once the final tables of this job have been written."""
        return self._job("complete") == "yes"

    def parts(self) -> list[int]:
        """The committed parts, in order."""
        return [row[0] for row in self.db.execute("SELECT part FROM parts ORDER BY part")]

    def rows(self) -> dict[str, int]:
        """Rows written per table, over all committed parts."""
        totals: dict[str, int] = {}
        for (rows,) in self.db.execute("SELECT rows FROM parts ORDER BY part"):
            for table, count in json.loads(rows).items():
                totals[table] = totals.get(table, 0) + count
        return totals

    def check_done(self, seq: int, input_id: str, content_hash: str) -> None:
        """Raise :class:`ResumeError` unless committed document ``seq`` is this input document."""
        row = self.db.execute("SELECT input_id, content_hash FROM documents WHERE seq = ?", (seq,)).fetchone()
        if row != (input_id, content_hash):
            was = f"{row[0]!r}" if row else "missing"
            raise ResumeError(f"the input changed since the interrupted run: document {seq + 1} was {was}, "
                              f"is now {input_id!r} (or its content changed); run without --resume")

    def unique_doc_id(self, input_id: str) -> str:
        """``input_id``, or ``input_id#2``, ``#3``, ... when an earlier document took it."""
        doc_id, copy = input_id, 1
        while self.db.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone():
            copy += 1
            doc_id = f"{input_id}#{copy}"
        return doc_id

    def original_of(self, fingerprint: bytes) -> Optional[str]:
        """The doc_id of the earliest original document that is a near-duplicate of a text with
        this fingerprint (see :mod:`.fingerprints`); None when there is none."""
        best: Optional[tuple[int, str]] = None
        for band, key in enumerate(fingerprints.band_keys(fingerprint)):
            for seq, doc_id, stored in self.db.execute(
                    "SELECT originals.seq, doc_id, fingerprint FROM bands JOIN originals USING (seq) "
                    "WHERE band = ? AND key = ?", (band, key)):
                if (best is None or seq < best[0]) and fingerprints.is_near_duplicate(fingerprint, stored):
                    best = (seq, doc_id)
        return best[1] if best else None

    def add(self, seq: int, input_id: str, doc_id: str, content_hash: str, part: int,
            original_fingerprint: Optional[bytes] = None) -> None:
        """Record a processed document (uncommitted until :meth:`commit_part`); an
        ``original_fingerprint`` makes it a document later near-duplicates point to."""
        self.db.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?)", (seq, input_id, doc_id, content_hash, part))
        if original_fingerprint:
            self.db.execute("INSERT INTO originals VALUES (?, ?, ?)", (seq, doc_id, original_fingerprint))
            self.db.executemany("INSERT INTO bands VALUES (?, ?, ?)", [
                (band, key, seq) for band, key in enumerate(fingerprints.band_keys(original_fingerprint))])

    def commit_part(self, part: int, documents: int, rows: dict[str, int]) -> None:
        """Commit the part's documents, atomically, and open the next transaction."""
        self.db.execute("INSERT INTO parts VALUES (?, ?, ?)", (part, documents, json.dumps(rows)))
        self.db.execute("COMMIT")
        self.db.execute("BEGIN")

    def mark_complete(self, assembly_seconds: float) -> None:
        """Note that the final tables were written, and how long joining the parts and building the
        archive's referents took."""
        self.db.execute("INSERT OR REPLACE INTO job VALUES ('complete', 'yes')")
        self.db.execute("INSERT OR REPLACE INTO job VALUES ('assembly_seconds', ?)", (f"{assembly_seconds:.3f}",))
        self.db.execute("COMMIT")
        self.db.execute("BEGIN")

    def close(self) -> None:
        """Drop uncommitted work and close the database."""
        self.db.execute("ROLLBACK")
        self.db.close()
