"""Place linking scored against the team's place table, ``tests/data/places/places.csv``.

    python -m extractor.evaluation.places [--table tests/data/places/places.csv] [--errors]

Each row is a short sentence, run through the full pipeline as one document, with a place mention
and the code a reader assigns it: a Kemendagri 2025 code, a country's ISO 3166-1 code, or none for
a place that is not an administrative region. A row is right when the LOC entity covering the
mention carries the expected code (or, for a row without one, when no entity covering it carries a
code); a place closing a body's name ("Pemerintah Kota Cimahi") is read from the body's row, which
carries the region its name places it in. Accuracy is over all rows: a place the entity layer misses counts as wrong; the output also
says how many were missed and the accuracy over the places found.
"""
from __future__ import annotations

import argparse
import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from ..records import Entity

TABLE = Path(__file__).resolve().parents[2] / "tests" / "data" / "places" / "places.csv"


@dataclass(frozen=True)
class PlaceRow:
    """One row of the place table."""

    text: str
    mention: str
    region_code: str
    region_level: str
    note: str


@dataclass(frozen=True)
class Outcome:
    """What the pipeline made of one row: the code of the LOC entity covering the mention (None
    when no LOC entity covers it) and whether that is the expected code."""

    row: PlaceRow
    found: Optional[Entity]
    right: bool


def read_table(path: Path = TABLE) -> list[PlaceRow]:
    """The rows of a place table (columns ``text``, ``mention``, ``region_code``, ``region_level``, ``note``)."""
    with path.open(encoding="utf-8", newline="") as lines:
        return [PlaceRow(r["text"], r["mention"], r["region_code"], r["region_level"], r["note"]) for r in csv.DictReader(lines)]


def covering_place(entities: Iterable[Entity], start: int, end: int) -> Optional[Entity]:
    """The LOC entity that overlaps ``[start, end)`` most (the longest on a tie), else the ORG entity
    whose name ends with the place and carries its region ("Pemerintah Kota Cimahi"), or None."""
    def overlap(e: Entity) -> tuple[int, int]:
        return min(end, e.end_char) - max(start, e.start_char), e.end_char - e.start_char

    overlapping = [e for e in entities if e.start_char < end and start < e.end_char]
    places = [e for e in overlapping if e.label == "LOC"]
    bodies = [e for e in overlapping if e.label == "ORG" and e.region_code and e.end_char == end]
    return max(places or bodies, key=overlap, default=None)


def score(warta, rows: list[PlaceRow]) -> list[Outcome]:
    """Runs every row's sentence through ``warta`` and compares the linked code with the table's."""
    outcomes = []
    records = warta.extract_many({"id": str(i), "text": row.text} for i, row in enumerate(rows))
    for row, record in zip(rows, records):
        start = row.text.rindex(row.mention)  # a mention written twice means its last occurrence
        found = covering_place(record.entities, start, start + len(row.mention))
        code = found.region_code if found else ""
        outcomes.append(Outcome(row, found, code == row.region_code))
    return outcomes


def report(outcomes: list[Outcome]) -> str:
    """Accuracy overall, over the places the entity layer found, and per expected level."""
    right = sum(o.right for o in outcomes)
    linkable = [o for o in outcomes if o.row.region_code]
    found = [o for o in linkable if o.found]
    lines = [f"place linking on {len(outcomes)} rows: accuracy {right / len(outcomes):.3f} ({right}/{len(outcomes)})",
             f"  rows with a code: {len(linkable)}, the place found as an entity in {len(found)}; "
             f"accuracy over those found {sum(o.right for o in found) / max(1, len(found)):.3f}"]
    totals, rights = Counter(), Counter()
    for o in outcomes:
        level = o.row.region_level or "(none)"
        totals[level] += 1
        rights[level] += o.right
    lines += [f"  {level:<10} {rights[level]:>3}/{totals[level]:<3} {rights[level] / totals[level]:.3f}" for level in totals]
    return "\n".join(lines)


def errors(outcomes: list[Outcome]) -> str:
    """One line per wrong row: the mention, what was expected and what was found."""
    lines = []
    for o in outcomes:
        if o.right:
            continue
        got = f"{o.found.text!r} {o.found.region_code or '-'} {o.found.region_name}" if o.found else "no LOC entity"
        lines.append(f"{o.row.mention!r}: expected {o.row.region_code or '-'} ({o.row.note}); got {got}\n    {o.row.text}")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, default=TABLE)
    parser.add_argument("--errors", action="store_true", help="list every wrong row")
    args = parser.parse_args(argv)
    from ..api import load  # the pipeline is loaded only when scoring

    outcomes = score(load(), read_table(args.table))
    print(report(outcomes))
    if args.errors:
        print(errors(outcomes))


if __name__ == "__main__":
    main()
