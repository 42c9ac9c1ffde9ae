"""Dates, counts and money scored against NER UGM's TIME and QUANTITY spans, by relaxed overlap.

    python -m extractor.evaluation.numbers [--limit N] [--reference-date 2014-06-01] [--errors]

NER UGM (IndoLEM: Koto, Rahimi, Lau & Baldwin 2020, CC BY 4.0; the sentences of idner-news-2k,
Indonesian online news of 2014) marks TIME and QUANTITY. Each sentence's tokens are joined by single
spaces and run through warta; gold TIME is compared with ``rec.dates``, gold QUANTITY with
``rec.counts`` + ``rec.money`` (the issue's measure) and, on a second row, with ``rec.measures`` too
(percentages and units, which counts leave out). A prediction matches a gold span when their
character ranges overlap, each span matching at most one other (a maximum one-to-one matching).

NER UGM's conventions are wider than warta's contract: its QUANTITY also marks percentages,
measures ("350 km", "46 juta KL"), durations and ages ("53 tahun"); its TIME also marks clock
times ("pukul 10", "15.50 WIB") and durations, but not deictic dates ("kemarin", "tahun lalu"),
which the contract includes. warta keeps its contract; a second table counts the spans each such
convention accounts for and the F1 without them. A last row of the first table scores TIME with the
deictic dates warta finds (``is_deictic``: "kemarin", "tahun lalu", "Senin lalu") left out of
precision where they match no gold span. ``--errors`` lists every miss and false alarm.
"""
from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..lexicon.counts import MEASURE_UNITS
from ..lexicon.dates import DATE_UNITS, MONTH_NAMES, WEEKDAYS
from ..lexicon.numbers import (APPROXIMATE_WORDS, NUMBER_HALF, NUMBER_MULTIPLIERS, NUMBER_SCALES, NUMBER_SE_SCALES,
                               NUMBER_SE_WORDS, NUMBER_UNITS)
from .scoring import Scores

NERUGM = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ner" / "indolem" / "nerugm" / "nerugm.txt"
REFERENCE_DATE = "2014-06-01"  # the corpus is 2014 news; year-less dates resolve against it
# Task -> (gold label, the record lists of ``DocumentRecord`` scored against it). The issue scores
# QUANTITY against counts and money; the measures table (percentages, units) is scored beside it.
TASKS: dict[str, tuple[str, tuple[str, ...]]] = {
    "TIME": ("TIME", ("dates",)),
    "QUANTITY": ("QUANTITY", ("counts", "money")),
    "QUANTITY+": ("QUANTITY", ("counts", "money", "measures")),
}

CharSpan = tuple[int, int]
# Key of ``predictions``' per-sentence dicts holding the deictic dates' spans (a subset of TIME's).
DEICTIC = "deictic"


@dataclass(frozen=True)
class Sentence:
    """A gold sentence: its text (tokens joined by single spaces) and gold spans per label."""

    text: str
    spans: dict[str, list[CharSpan]]


def read_sentences(path: Path = NERUGM, limit: int | None = None) -> list[Sentence]:
    """NER UGM's sentences ("token<TAB>tag" lines, blank lines between sentences), gold spans as
    character offsets into the space-joined tokens. An I- tag that does not continue a span of its
    label starts one, as in the corpus's looser stretches."""
    sentences: list[Sentence] = []
    for words, tags in _tagged(path):
        sentences.append(Sentence(" ".join(words), _char_spans(words, tags)))
        if limit is not None and len(sentences) >= limit:
            break
    return sentences


def _tagged(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                word, _, tag = line.rstrip("\r\n").rpartition("\t")
                words.append(word)
                tags.append(tag)
            elif words:
                yield words, tags
                words, tags = [], []
    if words:
        yield words, tags


def _char_spans(words: list[str], tags: list[str]) -> dict[str, list[CharSpan]]:
    spans: dict[str, list[CharSpan]] = {}
    position, open_label, open_start, last_end = 0, None, 0, 0
    for word, tag in zip([*words, ""], [*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if open_label is not None and (prefix != "I" or label != open_label):
            spans.setdefault(open_label, []).append((open_start, last_end))
            open_label = None
        if prefix in ("B", "I") and open_label is None:
            open_label, open_start = label, position
        last_end = position + len(word)
        position = last_end + 1
    return spans


def overlaps(a: CharSpan, b: CharSpan) -> bool:
    """Whether two character ranges share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def match(gold: Sequence[CharSpan], predicted: Sequence[CharSpan]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of overlapping spans, as ``(gold index, predicted index)`` pairs.

    Augmenting paths (Kuhn's algorithm): one long prediction over two gold spans matches one of
    them, and a greedy choice never costs a match another assignment would have made.
    """
    partner: dict[int, int] = {}  # predicted index -> gold index

    def assign(g: int, seen: set[int]) -> bool:
        for p, span in enumerate(predicted):
            if p not in seen and overlaps(gold[g], span):
                seen.add(p)
                if p not in partner or assign(partner[p], seen):
                    partner[p] = g
                    return True
        return False

    for g in range(len(gold)):
        assign(g, set())
    return sorted((g, p) for p, g in partner.items())


def score(pairs: Iterable[tuple[Sequence[CharSpan], Sequence[CharSpan]]]) -> Scores:
    """Relaxed-overlap scores summed over ``(gold spans, predicted spans)`` pairs, one per sentence."""
    matched = n_gold = n_predicted = 0
    for gold, predicted in pairs:
        matched += len(match(gold, predicted))
        n_gold += len(gold)
        n_predicted += len(predicted)
    return Scores(matched, n_gold, n_predicted)


@dataclass(frozen=True)
class Result:
    """One label's scores, and its unmatched spans as ``(sentence text, start, end)``."""

    scores: Scores
    missed: list[tuple[str, int, int]]
    false_alarms: list[tuple[str, int, int]]


def predictions(sentences: Sequence[Sentence], reference_date: str = REFERENCE_DATE, warta=None,
                ) -> list[dict[str, list[CharSpan]]]:
    """warta's spans for each sentence, per task of ``TASKS``, through ``extract_many``."""
    if warta is None:
        from ..api import load  # the pipeline is loaded only when predictions are wanted
        warta = load()
    documents = ({"id": str(i), "text": s.text, "date": reference_date} for i, s in enumerate(sentences))
    return [{**{task: sorted((m.start_char, m.end_char) for field in fields for m in getattr(record, field))
                for task, (_, fields) in TASKS.items()},
             DEICTIC: sorted((d.start_char, d.end_char) for d in record.dates if is_deictic(d))}
            for record in warta.extract_many(documents)]


def is_deictic(mention) -> bool:
    """Whether a date record is deictic: resolved against the time of writing alone ("kemarin", "tahun
    lalu", "pekan depan", "3 hari lalu", "Senin lalu", "Kamis pagi"), with no day number or month
    written ("Jumat (23/01)", "12 Januari" and "Juli mendatang" are relative in their year only)."""
    if not mention.relative:
        return False
    first, *rest = mention.text.lower().split()
    # Digits only as the number of units before "lalu": "3 hari lalu", not "12 Januari".
    words = rest if first[0].isdigit() and rest and rest[0] in DATE_UNITS else [first, *rest]
    return not any(char.isdigit() for word in words for char in word) and not set(words) & set(MONTH_NAMES)


def evaluate(sentences: Sequence[Sentence], predicted: Sequence[dict[str, list[CharSpan]]]) -> dict[str, Result]:
    """Per task of ``TASKS`` that ``predicted`` holds: scores, misses and false alarms over all sentences."""
    results = {}
    for task in (predicted[0] if predicted else TASKS):
        if task not in TASKS:  # DEICTIC: see without_deictic
            continue
        label = TASKS[task][0]
        missed, false_alarms = [], []
        pairs = []
        for sentence, spans in zip(sentences, predicted):
            gold, found = sentence.spans.get(label, []), spans[task]
            pairs.append((gold, found))
            matched = match(gold, found)
            missed += [(sentence.text, *gold[i]) for i in set(range(len(gold))) - {g for g, _ in matched}]
            false_alarms += [(sentence.text, *found[i]) for i in set(range(len(found))) - {p for _, p in matched}]
        results[task] = Result(score(pairs), missed, false_alarms)
    return results


def without_deictic(sentences: Sequence[Sentence], predicted: Sequence[dict[str, list[CharSpan]]],
                    task: str = "TIME") -> Scores:
    """``task``'s scores with the deictic dates (``predicted``'s ``DEICTIC`` spans) that match no gold
    span left out of the predictions: NER UGM never marks "kemarin" or "tahun lalu"."""
    label = TASKS[task][0]
    matched = n_gold = n_predicted = 0
    for sentence, spans in zip(sentences, predicted):
        gold, found, deictic = sentence.spans.get(label, []), spans[task], set(spans.get(DEICTIC, ()))
        taken = {p for _, p in match(gold, found)}
        matched += len(taken)
        n_gold += len(gold)
        n_predicted += sum(1 for p, span in enumerate(found) if p in taken or span not in deictic)
    return Scores(matched, n_gold, n_predicted)


def _table_row(label: str, scored: str, s: Scores) -> str:
    return (f"{label:<9} {scored:<27} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}"
            f" {s.matched:>8} {s.gold:>5} {s.predicted:>5}")


def format_table(results: dict[str, Result], deictic_left_out: Scores | None = None) -> str:
    """One row per task: the gold label, what it is scored against, P, R, F1 and the counts; then
    TIME without the unmatched deictic dates when ``deictic_left_out`` is given."""
    lines = [f"{'gold':<9} {'warta':<27} {'P':>6} {'R':>6} {'F1':>6} {'matched':>8} {'gold':>5} {'pred':>5}"]
    for task, result in results.items():
        label, fields = TASKS[task]
        lines.append(_table_row(label, " + ".join(fields), result.scores))
    if deictic_left_out is not None:
        lines.append(_table_row("TIME", "dates, deictic left out", deictic_left_out))
    return "\n".join(lines)


# Where NER UGM's conventions differ from warta's contract: (label, side, name, test on the span's text).
# ``side`` is "missed" for gold spans the contract leaves out, "false alarm" for contract mentions the
# corpus does not mark. The first test that holds names a span's convention.
_NUMBER_WORDS = {*NUMBER_UNITS, *NUMBER_SE_WORDS, *NUMBER_MULTIPLIERS, *NUMBER_SCALES, *NUMBER_SE_SCALES, NUMBER_HALF,
                 *APPROXIMATE_WORDS, "hingga", "sampai", "-", "(", ")", "lebih"}
_DURATION_UNITS = {*DATE_UNITS, "jam", "menit", "detik"}


def _words(text: str) -> list[str]:
    return text.lower().split()


def _is_number(word: str) -> bool:
    return word in _NUMBER_WORDS or bool(re.fullmatch(r"[\d.,%-]+(?:an)?", word))


def _is_duration(text: str) -> bool:
    *number, unit = _words(text)
    return unit in _DURATION_UNITS and bool(number) and all(map(_is_number, number)) \
        or not number and unit.startswith("se") and unit[2:] in _DURATION_UNITS


CONVENTIONS: list[tuple[str, str, str, Callable[[str], bool]]] = [
    ("TIME", "missed", "clock time (pukul 10.00, 15.50 WIB)",
     lambda t: bool(re.search(r"(?i)\bpukul\b|\bWIB\b|\b\d{1,2}[.:]\d\d\b|^\d{1,2} (?:pagi|siang|sore|malam)$", t))),
    ("TIME", "missed", "duration (12 bulan, 3 jam)",
     lambda t: len(_words(t)) == 2 and _is_number(_words(t)[0]) and _words(t)[1] in _DURATION_UNITS),
    ("TIME", "missed", "century or year BC (abad ke-21, 650 sebelum Masehi)",
     lambda t: bool(re.search(r"ke-\d|[Mm]asehi", t))),
    ("TIME", "false alarm", "deictic date (kemarin, tahun lalu, pekan depan)",
     lambda t: not re.search(r"\d", t) and not set(_words(t)) & {*MONTH_NAMES, *WEEKDAYS}),
    ("QUANTITY", "missed", "percentage (25 persen, 5 %)", lambda t: bool(re.search(r"persen|%", t))),
    ("QUANTITY", "missed", "measure (350 km, 46 juta KL, 41.60 poin)",
     lambda t: bool(set(_words(t)) & MEASURE_UNITS) or "per jam" in t.lower()),
    ("QUANTITY", "missed", "duration or age (53 tahun, ( 42 ), enam hari)",
     lambda t: bool(set(_words(t)) & _DURATION_UNITS) or bool(re.fullmatch(r"\( \d+ \)", t))),
    ("QUANTITY", "missed", "number without a noun (46 juta, 2 juta)", lambda t: all(map(_is_number, _words(t)))),
    ("QUANTITY", "missed", "'satu' as the indefinite article (satu pernyataan)",
     lambda t: _words(t)[0] == "satu"),
    ("QUANTITY", "missed", "currency sign lost to the corpus's encoding (\ufffd 70)", lambda t: "\ufffd" in t),
    ("QUANTITY", "missed", "score or multiplier (skor 0,768, 108.000 kali)",
     lambda t: bool(set(_words(t)) & {"skor", "nilai", "kali", "lipat"})),
    # NER UGM marks some durations ("selama enam hari") and leaves most unmarked ("selama dua tahun").
    ("QUANTITY", "false alarm", "duration or age left unmarked (selama lima tahun)", _is_duration),
]


def conventions(results: dict[str, Result]) -> list[tuple[str, str, str, int, float]]:
    """Per convention of ``CONVENTIONS``: ``(label, side, name, spans, F1 without them)``.

    "F1 without them" leaves those spans out of the gold (misses) or out of the predictions (false
    alarms): what following the corpus there would have scored at most.
    """
    rows = []
    for task, result in results.items():
        label = TASKS[task][0]
        taken: set[tuple[str, int]] = set()  # (side, index in the result's misses or false alarms)
        for rule_label, side, name, test in CONVENTIONS:
            if rule_label != label:
                continue
            spans = result.missed if side == "missed" else result.false_alarms
            hits = [(side, i) for i, (text, start, end) in enumerate(spans)
                    if (side, i) not in taken and test(text[start:end])]
            taken.update(hits)
            s = result.scores
            if side == "missed":
                gold, predicted = s.gold - len(hits), s.predicted
            else:
                gold, predicted = s.gold, s.predicted - len(hits)
            rows.append((task, side, name, len(hits), Scores(s.matched, gold, predicted).f1))
        missed = sum(1 for side, _ in taken if side == "missed")
        s = result.scores
        rows.append((task, "both", "all of the above", len(taken),
                     Scores(s.matched, s.gold - missed, s.predicted - (len(taken) - missed)).f1))
    return rows


def format_conventions(rows: list[tuple[str, str, str, int, float]]) -> str:
    """The conventions table: how many spans each accounts for and the F1 without them."""
    lines = [f"{'gold':<9} {'side':<12} {'convention warta does not follow':<56} {'spans':>5} {'F1 without':>10}"]
    for label, side, name, spans, f1 in rows:
        lines.append(f"{label:<9} {side:<12} {name:<56} {spans:>5} {f1:>10.3f}")
    return "\n".join(lines)


def _in_context(text: str, start: int, end: int, width: int = 40) -> str:
    return f"{text[max(0, start - width):start]}[[{text[start:end]}]]{text[end:end + width]}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=NERUGM, help="NER UGM's nerugm.txt")
    parser.add_argument("--limit", type=int, default=None, help="only the first N sentences")
    parser.add_argument("--reference-date", default=REFERENCE_DATE, type=lambda s: date.fromisoformat(s).isoformat())
    parser.add_argument("--errors", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args(argv)
    sentences = read_sentences(args.data, args.limit)
    predicted = predictions(sentences, args.reference_date)
    results = evaluate(sentences, predicted)
    print(f"NER UGM, {len(sentences)} sentences, relaxed overlap, reference date {args.reference_date}")
    print(format_table(results, without_deictic(sentences, predicted)))
    print()
    print(format_conventions(conventions(results)))
    if args.errors:
        for label, result in results.items():
            for title, spans in (("missed", result.missed), ("false alarm", result.false_alarms)):
                print(f"\n{label} {title} ({len(spans)})")
                for text, start, end in spans:
                    print("  " + _in_context(text, start, end))


if __name__ == "__main__":
    main()
