"""Reading inputs into documents: ``.txt`` files, ``.jsonl`` files, directories and standard input.

Every input unit becomes either a document (a dict with the JSONL fields) or an error record, so a
bad file or line is reported in ``errors.csv`` and never stops the run.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Union

SUFFIXES = (".txt", ".jsonl")
JSONL_FIELDS = ("id", "text", "title", "date", "url", "source")


@dataclass(frozen=True)
class InputError:
    """An input unit that could not be read as a document."""

    doc_id: str
    source: str
    error: str


Item = Union[dict, InputError]


def _read_txt(path: Path) -> Item:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return InputError(path.stem, str(path), f"not valid UTF-8: {error}")
    if not text.strip():
        return InputError(path.stem, str(path), "empty document")
    return {"id": path.stem, "text": text, "source": str(path)}


def _parse_jsonl_line(line: str, where: str, fallback_id: str) -> Item:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return InputError(fallback_id, where, f"line is not JSON: {error.msg}")
    if not isinstance(record, dict):
        return InputError(fallback_id, where, "line is not a JSON object")
    doc_id = str(record.get("id") or fallback_id)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(doc_id, where, "missing or empty 'text'")
    document = {name: record[name] for name in JSONL_FIELDS if record.get(name) is not None}
    document["id"] = doc_id
    document.setdefault("source", where)
    return document


def _read_jsonl(lines: Iterable[bytes], name: str) -> Iterator[Item]:
    for number, raw in enumerate(lines, start=1):
        where = f"{name}:{number}"
        try:
            line = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            yield InputError(f"{Path(name).stem}-{number}", where, f"not valid UTF-8: {error}")
            continue
        if line.strip():
            yield _parse_jsonl_line(line, where, f"{Path(name).stem}-{number}")


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        yield from sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
    else:
        yield path


def read_inputs(inputs: Iterable[str]) -> Iterator[Item]:
    """Documents and input errors from files, directories and ``-`` (JSONL on standard input).

    Streams: a JSONL file is read line by line, never whole.
    """
    for name in inputs:
        if name == "-":
            yield from _read_jsonl(sys.stdin.buffer, "<stdin>")
            continue
        root = Path(name)
        if not root.exists():
            yield InputError(root.stem, name, "no such file or directory")
            continue
        for path in _files(root):
            if path.suffix == ".jsonl":
                with path.open("rb") as lines:
                    yield from _read_jsonl(lines, str(path))
            elif path.suffix == ".txt":
                yield _read_txt(path)
            else:
                yield InputError(path.stem, str(path), f"unsupported file type {path.suffix!r} (use .txt or .jsonl)")
