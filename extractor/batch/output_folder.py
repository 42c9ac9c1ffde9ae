"""Guarding a run's output folder: one run writes to it at a time, and a run replaces what an
earlier run wrote there only when asked to (``--overwrite``) or when it goes on with that same job
(``--resume``, whose manifest then checks that it is the same job).
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..records import TABLES
from ..writing import FORMATS, table_file

LOCK_NAME = "lock"


class OutputFolderError(RuntimeError):
    """The output folder is being written by another run, or holds output this run may not replace."""


def _take(lock: Path) -> bool:
    """Create ``lock`` holding this process's id; False when it exists already."""
    try:
        descriptor = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "w") as handle:
        handle.write(f"{os.getpid()}\n")
    return True


def _abandoned(lock: Path) -> bool:
    """True when the run that made ``lock`` is gone: the file vanished, or the process it names
    no longer exists (a run killed with SIGKILL, or a machine that crashed, cannot remove it)."""
    try:
        pid = int(lock.read_text(encoding="ascii"))
    except FileNotFoundError:
        return True
    except ValueError:  # no id yet: its run is writing it this instant
        return False
    if pid <= 0:  # os.kill would address a process group, not a process
        return False
    try:
        os.kill(pid, 0)  # signal 0 checks that the process exists and sends nothing
    except ProcessLookupError:
        return True
    except PermissionError:  # it exists, run by another user
        return False
    return False


@contextmanager
def output_lock(output: Path, state: Path) -> Iterator[None]:
    """Hold ``state/lock`` while the body runs, so that a second run into ``output`` stops at
    once instead of colliding with this one's files; a lock left by a run that died is taken over.

    Raises:
        OutputFolderError: another run that is still alive holds the lock.
    """
    lock = state / LOCK_NAME
    busy = OutputFolderError(f"another warta run is writing to {output} (remove {lock} if none is)")
    if not _take(lock):
        if not _abandoned(lock):
            raise busy
        lock.unlink(missing_ok=True)
        if not _take(lock):  # another run took the abandoned lock over first
            raise busy
    try:
        yield
    finally:
        lock.unlink(missing_ok=True)


def refuse_to_replace(output: Path, manifest: Path, resume: bool) -> None:
    """Raise :class:`OutputFolderError` when ``output`` holds an earlier run's tables or manifest
    that this run would replace without being asked to: a second run into a folder in use must
    not silently turn its 300 articles into 100. A resumed run may go on where its manifest is."""
    if resume and manifest.exists():
        return
    holds_tables = any(table_file(output, table, fmt).exists() for table in TABLES for fmt in FORMATS)
    if holds_tables or manifest.exists():
        raise OutputFolderError(f"{output} already holds the output of a warta run: give --overwrite to replace it "
                                "(or --resume to go on with the same job)")
