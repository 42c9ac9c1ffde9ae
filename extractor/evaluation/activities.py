"""Programme activities scored on warta's gold (``annotations/activities.jsonl``, by
``annotations/ACTIVITIES.md``): the IndoSum articles' programmes, the samples' and the seed's.

Run ``python -m extractor.evaluation.activities [--split SPLIT[,SPLIT...]] [--errors]`` (splits: train,
dev, test, samples, seed; ``all``).

A gold activity is found when warta has an activity whose programme has the gold name among its
mentions' names. Over found activities: the owner is right when warta's owner names the gold owner
(both empty counts as right), the places are right when every gold place is among warta's places and
every warta place among the gold's; each place is scored too (precision and recall over found
activities). Names are compared case-folded, without accents, punctuation, legal forms and a region's
administrative prefix ("Desa", "Kabupaten").
"""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..annotation.standoff import PROJECT, load_gold
from ..archive.keys import body_key
from ..extractors.regions import normalise_region_name
from .scoring import Scores

GOLD = PROJECT / "annotations" / "activities.jsonl"
SPLITS = ("train", "dev", "test", "samples", "seed")
SEED = PROJECT.parent / "shared" / "seed" / "000_fcc4c3419c72d81c.txt"


def same_name(name: str) -> str:
    """A name as compared."""
    return normalise_region_name(body_key(name)) or body_key(name)


@dataclass
class Report:
    found: Scores = field(default_factory=Scores)
    owners: Scores = field(default_factory=Scores)
    places: Scores = field(default_factory=Scores)
    place_names: Scores = field(default_factory=Scores)  # each place of found activities: precision, recall
    errors: list[str] = field(default_factory=list)


def load_activities(splits: str, path: Path = GOLD) -> list[dict]:
    """The gold activities of the comma-separated ``splits`` ("all" for every one)."""
    wanted = set(SPLITS) if splits == "all" else set(splits.split(","))
    if not wanted <= set(SPLITS):
        raise ValueError(f"unknown split in {splits!r}: choose from {', '.join(SPLITS)} or all")
    with path.open(encoding="utf-8") as lines:
        return [record for record in map(json.loads, lines) if record["split"] in wanted]


def _documents(ids: set[str]) -> list[dict]:
    """The texts of the gold's articles: IndoSum's from the shared corpus, the samples' and the seed's files."""
    documents = [{"id": article.id, "text": article.text, "date": article.date, "title": article.title}
                 for article in load_gold() if article.id in ids]
    for path in [*sorted((PROJECT / "samples").glob("*.txt")), SEED]:
        if path.stem in ids:
            documents.append({"id": path.stem, "text": path.read_text(encoding="utf-8")})
    return documents


def _names(record, entity_ids: str) -> list[set[str]]:
    """For each entity id of a "; "-separated list, every name its mentions are written with."""
    names = []
    for entity_id in filter(None, entity_ids.split("; ")):
        mentions = [entity for entity in record.entities if entity.entity_id == entity_id]
        names.append({same_name(name) for entity in mentions for name in (entity.text, entity.canonical)})
    return names


def evaluate(gold: list[dict], warta=None) -> Report:
    if warta is None:
        from ..api import load
        warta = load()
    report = Report()
    records = {record.doc_id: record for record in warta.extract_many(_documents({g["id"] for g in gold}))}
    for activity in gold:
        record = records[activity["id"]]
        programme = same_name(activity["programme"])
        found = next((a for a in record.activities if programme in _names(record, a.programme_entity_id)[0]), None)
        report.found += Scores(int(found is not None), 1, 1)
        if found is None:
            report.errors.append(f"{activity['id']}\tprogramme not found\t{activity['programme']}")
            continue
        owner_names = _names(record, found.owner_entity_id)
        right = (same_name(activity["owner"]) in owner_names[0]) if owner_names else not activity["owner"]
        report.owners += Scores(int(right), 1, 1)
        if not right:
            report.errors.append(f"{activity['id']}\twrong owner\t{activity['programme']}\t{found.owner or '-'}"
                                 f"\tgold {activity['owner'] or '-'}")
        system = {same_name(name) for name in found.places.split("; ") if name}
        wanted = {same_name(name) for name in activity["places"]}
        right = system == wanted
        report.places += Scores(int(right), 1, 1)
        report.place_names += Scores(len(system & wanted), len(wanted), len(system))
        if not right:
            report.errors.append(f"{activity['id']}\twrong places\t{activity['programme']}\t{found.places or '-'}"
                                 f"\tgold {'; '.join(activity['places']) or '-'}")
    return report


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", help=f"comma-separated: {', '.join(SPLITS)}; or all")
    parser.add_argument("--errors", action="store_true", help="list every error")
    args = parser.parse_args(argv)
    try:
        gold = load_activities(args.split)
    except ValueError as error:
        parser.error(str(error))
    report = evaluate(gold)
    print(f"activities, {args.split}: {len(gold)} gold activities")
    print(f"  programme found   {report.found.recall:.3f} ({report.found.matched}/{report.found.gold})")
    print(f"  owner right       {report.owners.recall:.3f} ({report.owners.matched}/{report.owners.gold}) of found")
    print(f"  places right      {report.places.recall:.3f} ({report.places.matched}/{report.places.gold}) of found")
    names = report.place_names
    print(f"  each place        P {names.precision:.3f}  R {names.recall:.3f}  F1 {names.f1:.3f}"
          f" ({names.matched} right of {names.predicted} given, {names.gold} in the gold)")
    if args.errors:
        print("\n".join(report.errors))


if __name__ == "__main__":
    main()
