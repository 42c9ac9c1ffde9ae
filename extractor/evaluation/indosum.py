"""Who is who and who said it, scored on warta's own IndoSum gold (``annotations/indosum.jsonl``).

Run ``python -m extractor.evaluation.indosum [--split dev|test] [--errors]``.

Referents. Each article's gold referents and warta's (one per ``entity_id``) are compared as pairs of
label and canonical name, one row per referent as an analyst's table has them. Names are compared
case-insensitively, with white space folded and the legal forms a convention may keep or drop ("PT",
"Tbk", "(Persero)") set aside. Micro precision, recall and F1 are summed over articles, overall and
per label. Mentions are scored too (exact spans and labels), to tell a span error from a naming one.

Quotes. A gold quote is found when a warta quote overlaps at least half of its characters (one to
one, as on PFSA-ID); its speaker is exactly right when warta's speaker, normalised as above, is the
gold speaker's canonical name. Speaker accuracy is over found quotes whose gold names a speaker.
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional, Sequence

from ..annotation.standoff import LABELS, GoldArticle, load_gold
from .quotes import match
from .scoring import Scores

_LEGAL_FORM = re.compile(r"^(?:pt|cv|perum)\.?\s+|\s+tbk\.?$|\s*\(persero\)", re.IGNORECASE)


def normalise(name: str) -> str:
    """A name as compared: case folded, white space single, legal form set aside."""
    return _LEGAL_FORM.sub("", " ".join(name.split())).strip().casefold()


@dataclass
class Report:
    """The tallies of :func:`evaluate` and the errors behind them, one line each."""

    referents: Scores = field(default_factory=Scores)
    by_label: dict[str, Scores] = field(default_factory=lambda: {label: Scores() for label in LABELS})
    mentions: Scores = field(default_factory=Scores)
    quotes: Scores = field(default_factory=Scores)  # matched: gold quotes found
    speakers: Scores = field(default_factory=Scores)  # matched: speaker exactly right; gold: found, with a speaker
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Named:
    """A referent as compared: its label, normalised canonical name and the forms its mentions take."""

    label: str
    canonical: str
    forms: frozenset[str]


def _gold_referents(article: GoldArticle) -> list[_Named]:
    forms: dict[str, set[str]] = {}
    for mention in article.mentions:
        forms.setdefault(mention.referent, set()).add(normalise(article.text[mention.start:mention.end]))
    return [_Named(r.label, normalise(r.canonical), frozenset(forms.get(ref, ()))) for ref, r in article.referents.items()]


def _found_referents(record) -> list[_Named]:
    by_id: dict[str, list] = {}
    for entity in record.entities:
        by_id.setdefault(entity.entity_id, []).append(entity)
    return [_Named(mentions[0].label, normalise(mentions[0].canonical), frozenset(normalise(e.text) for e in mentions))
            for mentions in by_id.values()]


def _same_referent(gold: _Named, found: _Named) -> bool:
    """Same label, and warta's canonical name is the gold one, or warta wrote the gold name among its
    mentions and named the referent from its alias table ("Jokowi" -> "Joko Widodo")."""
    return gold.label == found.label and (found.canonical == gold.canonical or gold.canonical in found.forms)


def _matched_referents(gold: list[_Named], found: list[_Named]) -> list[tuple[_Named, _Named]]:
    pairs, taken = [], set()
    for g in gold:
        match_ = next((i for i, f in enumerate(found) if i not in taken and _same_referent(g, f)), None)
        if match_ is not None:
            taken.add(match_)
            pairs.append((g, found[match_]))
    return pairs


def score_article(article: GoldArticle, record, report: Report) -> None:
    """Adds one article's comparison (``record``: warta's ``DocumentRecord`` for it) to ``report``."""
    gold, found = _gold_referents(article), _found_referents(record)
    pairs = _matched_referents(gold, found)
    report.referents += Scores(len(pairs), len(gold), len(found))
    for label in LABELS:
        report.by_label[label] += Scores(sum(g.label == label for g, _ in pairs), sum(g.label == label for g in gold),
                                         sum(f.label == label for f in found))
    gold_matched, found_matched = {id(g) for g, _ in pairs}, {id(f) for _, f in pairs}
    report.errors += [f"{article.id}\tmissed referent\t{g.label}\t{g.canonical}" for g in gold if id(g) not in gold_matched]
    report.errors += [f"{article.id}\tfalse referent\t{f.label}\t{f.canonical}" for f in found if id(f) not in found_matched]
    gold_mentions = {(m.start, m.end, article.referents[m.referent].label) for m in article.mentions}
    found_mentions = {(e.start_char, e.end_char, e.label) for e in record.entities}
    report.mentions += Scores(len(gold_mentions & found_mentions), len(gold_mentions), len(found_mentions))

    matched = match([(q.start, q.end) for q in article.quotes], [(q.start_char, q.end_char) for q in record.quotes])
    report.quotes += Scores(len(matched), len(article.quotes), len(record.quotes))
    for gold_index, found_index in matched.items():
        quote = article.quotes[gold_index]
        if not quote.speaker:
            continue
        expected, said = article.speaker_name(quote), record.quotes[found_index].speaker
        right = normalise(said) == normalise(expected)
        report.speakers += Scores(int(right), 1, 1)
        if not right:
            report.errors.append(f"{article.id}\twrong speaker\t{said or '-'}\tgold {expected}\t"
                                 f"{article.text[quote.start:quote.start + 60]!r}")


def evaluate(articles: Sequence[GoldArticle], warta=None) -> Report:
    """warta's scores on ``articles``, through ``extract_many`` as a user runs it."""
    if warta is None:
        from ..api import load  # loaded only when scores are wanted
        warta = load()
    report = Report()
    documents = ({"id": a.id, "text": a.text, "date": a.date, "title": a.title} for a in articles)
    for article, record in zip(articles, warta.extract_many(documents)):
        score_article(article, record, report)
    return report


def format_report(name: str, report: Report) -> str:
    rows = [f"IndoSum gold, {name}",
            f"{'measure':<34}{'P':>7}{'R':>7}{'F1':>7}{'right':>7}{'gold':>6}{'pred':>6}"]

    def row(title: str, tally: Scores) -> str:
        return (f"{title:<34}{tally.precision:>7.3f}{tally.recall:>7.3f}{tally.f1:>7.3f}"
                f"{tally.matched:>7}{tally.gold:>6}{tally.predicted:>6}")

    rows.append(row("entities (one row per referent)", report.referents))
    rows += [row(f"  {label}", tally) for label, tally in report.by_label.items()]
    rows.append(row("mentions (exact span and label)", report.mentions))
    rows.append(row("quotes found (overlap >= 0.5)", report.quotes))
    rows.append(f"{'speaker exactly right':<34}{report.speakers.recall:>21.3f}{report.speakers.matched:>7}"
                f"{report.speakers.gold:>6}")
    return "\n".join(rows)


def main(argv: Optional[list[str]] = None) -> None:
    from ..api import BACKENDS, DEFAULT_BACKEND, load
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "dev", "test"), default="test")
    parser.add_argument("--backend", choices=BACKENDS, default=DEFAULT_BACKEND, help="the NER backend")
    parser.add_argument("--errors", action="store_true", help="list every referent and speaker error")
    args = parser.parse_args(argv)
    articles = load_gold(args.split)
    report = evaluate(articles, load(backend=args.backend))
    print(format_report(f"{args.split} split, {len(articles)} articles, backend {args.backend}", report))
    if args.errors:
        kinds = Counter(line.split("\t")[1] for line in report.errors)
        print("\n" + ", ".join(f"{kind}: {n}" for kind, n in kinds.items()))
        print("\n".join(report.errors))


if __name__ == "__main__":
    main()
