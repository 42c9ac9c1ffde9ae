"""Merging across articles, scored on warta's hand-made merge table (``annotations/merge_pairs.jsonl``).

Run ``python -m extractor.evaluation.merges [--errors]``.

Each pair names two mentions in two IndoSum pool articles (doc id and character offsets, with the form
warta gave them when the table was made) and says whether they are the same real thing, as a reader
judged from the articles: acronyms and expansions, legal forms, translations, units and their bodies,
namesakes, a city and the regency of its name. warta runs over the whole annotation pool (1,800
articles, as an archive), and a pair is merged when both mentions get the same ``referent_id``.
Merge precision is over the pairs warta merged, recall over the pairs that are one thing; pairs the
reader could not decide (``same`` null) are left out.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pandas as pd

from ..annotation.standoff import PROJECT, annotation_pool, read_corpus
from .scoring import Scores

GOLD = PROJECT / "annotations" / "merge_pairs.jsonl"


@dataclass
class Report:
    merges: Scores = field(default_factory=Scores)
    errors: list[str] = field(default_factory=list)
    missing: int = 0  # mentions warta no longer finds at the table's offsets


def load_pairs(path: Path = GOLD) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [pair for pair in map(json.loads, lines) if pair["same"] is not None]


def _referent(entities: pd.DataFrame, side: dict) -> Optional[str]:
    """The referent id of warta's entity at the side's offsets: of the side's label where one overlaps
    them (a place inside a body's name is another mention), the one overlapping them most."""
    rows = entities[(entities["doc_id"] == side["doc_id"]) & (entities["start_char"] < side["end"])
                    & (entities["end_char"] > side["start"])]
    if (rows["label"] == side["label"]).any():
        rows = rows[rows["label"] == side["label"]]
    if rows.empty:
        return None
    overlap = (rows["end_char"].clip(upper=side["end"]) - rows["start_char"].clip(lower=side["start"])
               - (rows["end_char"] - rows["start_char"] - side["end"] + side["start"]).abs())
    return rows.loc[overlap.idxmax(), "referent_id"]


def score(pairs: list[dict], entities: pd.DataFrame) -> Report:
    report = Report()
    for pair in pairs:
        first, second = _referent(entities, pair["a"]), _referent(entities, pair["b"])
        if first is None or second is None:
            report.missing += 1
        merged = first is not None and first == second
        report.merges += Scores(int(merged and pair["same"]), int(pair["same"]), int(merged))
        if merged != pair["same"]:
            report.errors.append(f"{'false merge' if merged else 'missed merge'}"
                                 f"\t{pair['a']['form']}\t{pair['b']['form']}"
                                 f"\t{pair['a']['doc_id'][:30]}\t{pair['b']['doc_id'][:30]}\t{pair.get('note', '')}")
    return report


def pool_entities(warta=None) -> pd.DataFrame:
    """warta's entities table over the annotation pool, run as one archive."""
    from ..frames import extract_frame
    corpus = read_corpus()
    frame = pd.DataFrame([corpus[doc_id] for doc_id in annotation_pool()])
    return extract_frame(frame, id_col="id", date_col="date", title_col="title", nlp=warta)["entities"]


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=Path,
                        help="an entities.csv of a run over the pool, instead of running warta")
    parser.add_argument("--errors", action="store_true", help="list every wrong decision")
    args = parser.parse_args(argv)
    entities = pd.read_csv(args.entities, keep_default_na=False) if args.entities else pool_entities()
    pairs = load_pairs()
    report = score(pairs, entities)
    tally = report.merges
    print(f"merge table: {len(pairs)} decided pairs ({tally.gold} the same thing),"
          f" {report.missing} with a mention not found")
    print(f"  merge precision {tally.precision:.3f} ({tally.matched}/{tally.predicted})   recall {tally.recall:.3f}"
          f" ({tally.matched}/{tally.gold})")
    if args.errors:
        print("\n".join(report.errors))


if __name__ == "__main__":
    main()
