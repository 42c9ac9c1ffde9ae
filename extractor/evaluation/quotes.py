"""Quote extraction scored against PFSA-ID (Purnomo W.P. et al. 2024, Kompas news 2020-2022, CC BY-NC-SA).

PFSA-ID is used for evaluation only: dev-40 to develop rules, test-data to report. Run it with
``python -m extractor.evaluation.quotes [--split dev|test|both] [--limit N]``.

Reading the data. Each file is CoNLL-like (``token<TAB>BILOU-tag``, a blank line between sentences),
article after article; an article starts with a sentence that opens with a dateline such as
"JAKARTA , KOMPAS —" (or "KOMPAS , BANYUWANGI —"). An article's text is its tokens joined with single
spaces (sentences too, so that a statement running over several sentences stays in one paragraph).

Scoring. PFSA-ID annotates as STATEMENT only quoted speech (the span runs from the opening to the
closing quotation mark and may cover several sentences); reported speech ("X mengatakan, ...") is left
unannotated. A gold statement is *found* when a system quote overlaps it by at least half of the gold
statement's characters (overlap = |intersection| / |gold|); matching is one-to-one, greedy by overlap.
Because reported speech is outside the annotation, precision is computed over the system's direct
quotes (``precision``); ``strict_precision`` also counts every unmatched indirect quote as an error.

Speakers. A statement's gold speaker is the PERSON / PERSONCOREF span(s) in its attribution: first
those after the statement up to the end of its sentence ("..., ” kata Parwati ."), else those in the
sentence part before it ("Parwati menyampaikan , ” ..."). A PERSONCOREF ("Parwati", "Irjen Fadil")
also brings in the tokens of the earlier PERSON span it shares a capitalised token with ("Parwati
Surjaudaja"), or, where there is none, the capitalised words written right after earlier mentions of
its text ("Presiden" -> "Presiden Joko Widodo": first mentions in ISSUE spans carry no PERSON tag).
Where the attribution names nobody (a CUECOREF such as "ujarnya", or a pronoun), the gold speaker
is the nearest PERSON / PERSONCOREF outside statements before the statement (the person the text
follows). A found statement's speaker is correct when the system speaker shares a name token
(case-insensitive, capitalised words in the gold span) with the gold speaker; found statements
without any gold person are left out of speaker accuracy.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

from ..lexicon.names import ALIASES
from .scoring import harmonic_mean, ratio

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
PFSA_ID = SHARED / "data" / "quotes" / "pfsa-id"
SPLITS = {"dev": "dev-40.txt", "test": "test-data.txt"}
_PERSON_LABELS = ("PERSON", "PERSONCOREF")
_DASHES = {"—", "–", "-"}


@dataclass(frozen=True)
class GoldSpan:
    label: str
    start: int  # character offsets into the article's text
    end: int
    text: str
    sentence: int


@dataclass(frozen=True)
class GoldStatement:
    start: int
    end: int
    speaker_tokens: frozenset[str]  # lower-cased name tokens of the linked person(s); empty: none


@dataclass
class Article:
    doc_id: str
    text: str
    statements: list[GoldStatement] = field(default_factory=list)


@dataclass
class Score:
    """Counts behind the reported numbers."""

    gold: int = 0
    system_direct: int = 0
    system_indirect: int = 0
    found: int = 0
    found_by_direct: int = 0
    found_by_indirect: int = 0
    speaker_scored: int = 0
    speaker_correct: int = 0

    def add(self, other: "Score") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        """Matched direct quotes over all direct quotes (the annotation covers quoted speech only)."""
        return ratio(self.found_by_direct, self.system_direct)

    @property
    def strict_precision(self) -> float:
        """Matched quotes over all system quotes, indirect ones included."""
        return ratio(self.found, self.system_direct + self.system_indirect)

    @property
    def recall(self) -> float:
        return ratio(self.found, self.gold)

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)

    @property
    def speaker_accuracy(self) -> float:
        return ratio(self.speaker_correct, self.speaker_scored)


# ------------------------------------------------------------------------------------------------
# Reading PFSA-ID
# ------------------------------------------------------------------------------------------------

def read_sentences(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of ``(token, tag)`` pairs from a PFSA-ID file."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        token, _, tag = line.rpartition("\t")
        current.append((token, tag.strip() or "O"))
    if current:
        sentences.append(current)
    return sentences


def is_dateline(tokens: Sequence[str]) -> bool:
    """True for a sentence that opens an article: "JAKARTA , KOMPAS —" or "KOMPAS , BANYUWANGI —"."""
    head = list(tokens[:10])
    if "KOMPAS" not in head:
        return False
    dash = next((i for i, t in enumerate(head) if t in _DASHES), None)
    if dash is None or head.index("KOMPAS") > dash:
        return False
    return all(t.isupper() or t in {",", "."} for t in head[:dash] if any(c.isalpha() for c in t) or t in {",", "."})


def split_articles(sentences: list[list[tuple[str, str]]]) -> list[list[list[tuple[str, str]]]]:
    """Group sentences into articles at datelines."""
    articles: list[list[list[tuple[str, str]]]] = []
    for sentence in sentences:
        if not articles or is_dateline([t for t, _ in sentence]):
            articles.append([])
        articles[-1].append(sentence)
    return articles


def _spans(tokens: list[tuple[int, int, int, str, str]]) -> list[GoldSpan]:
    """BILOU spans over ``(start, end, sentence, token, tag)`` tokens (a stray I/L opens a span)."""
    spans: list[list] = []  # [label, start, end, sentence]
    is_open = False
    for start, end, sentence, _, tag in tokens:
        prefix, _, label = tag.partition("-")
        if not label:
            is_open = False
            continue
        if prefix in ("B", "U") or not is_open or spans[-1][0] != label:
            spans.append([label, start, end, sentence])
        spans[-1][2] = end
        is_open = prefix not in ("L", "U")
    return [GoldSpan(label, start, end, "", sentence) for label, start, end, sentence in spans]


def build_article(doc_id: str, sentences: list[list[tuple[str, str]]]) -> Article:
    """The article's text (tokens joined by single spaces) and its gold statements with speakers."""
    pieces: list[str] = []
    tokens: list[tuple[int, int, int, str, str]] = []
    offset = 0
    for s, sentence in enumerate(sentences):
        for token, tag in sentence:
            if pieces:
                offset += 1
            tokens.append((offset, offset + len(token), s, token, tag))
            pieces.append(token)
            offset += len(token)
    text = " ".join(pieces)
    spans = [replace_text(span, text) for span in _spans(tokens)]
    statements = [s for s in spans if s.label == "STATEMENT"]
    people = [s for s in spans if s.label in _PERSON_LABELS]
    article = Article(doc_id, text)
    for statement in statements:
        linked = _linked_people(statement, statements, people, tokens)
        article.statements.append(GoldStatement(statement.start, statement.end, _speaker_tokens(linked, people, text)))
    return article


def replace_text(span: GoldSpan, text: str) -> GoldSpan:
    return GoldSpan(span.label, span.start, span.end, text[span.start:span.end], span.sentence)


def _linked_people(statement: GoldSpan, statements: list[GoldSpan], people: list[GoldSpan],
                   tokens: list[tuple[int, int, int, str, str]]) -> list[GoldSpan]:
    """PERSON/PERSONCOREF spans attributing ``statement`` (see the module docstring)."""
    end_sentence = max((t[2] for t in tokens if t[0] < statement.end), default=statement.sentence)
    after_end = max((t[1] for t in tokens if t[2] == end_sentence), default=statement.end)
    next_statement = min((s.start for s in statements if s.start >= statement.end), default=after_end)
    after = [p for p in people if statement.end <= p.start and p.end <= min(after_end, next_statement)]
    if after:
        return after
    start_sentence_start = min((t[0] for t in tokens if t[2] == statement.sentence), default=statement.start)
    previous_statement = max((s.end for s in statements if s.end <= statement.start), default=-1)
    before = [p for p in people if max(start_sentence_start, previous_statement) <= p.start and p.end <= statement.start]
    if before:
        return before[-1:]
    inside = lambda p: any(s.start <= p.start < s.end for s in statements)
    earlier = [p for p in people if p.end <= statement.start and not inside(p)]
    return earlier[-1:]


_NAME_TOKEN = re.compile(r"[^\W\d_][\w’'.-]*")


def _name_tokens(text: str) -> set[str]:
    return {t.lower().strip(".") for t in _NAME_TOKEN.findall(text) if t[:1].isupper()}


def _named_after_role(span: GoldSpan, text: str) -> set[str]:
    """Names written right after earlier mentions of a role-only coreference: "Presiden" ->
    "Presiden Joko Widodo" (first mentions inside ISSUE spans carry no PERSON tag)."""
    names: set[str] = set()
    pattern = re.compile(re.escape(span.text) + r" ((?:[A-Z][\w’'.-]* ?){1,4})")
    for found in pattern.finditer(text, 0, span.start):
        names |= _name_tokens(found.group(1))
    return names


def _speaker_tokens(linked: list[GoldSpan], people: list[GoldSpan], text: str) -> frozenset[str]:
    names: set[str] = set()
    for span in linked:
        tokens = _name_tokens(span.text)
        names |= tokens
        if span.label == "PERSONCOREF":
            antecedents = [p for p in people
                           if p.label == "PERSON" and p.end <= span.start and tokens & _name_tokens(p.text)]
            if antecedents:
                names |= _name_tokens(antecedents[-1].text)
            else:
                names |= _named_after_role(span, text)
    return frozenset(names)


def read_articles(path: Path, limit: Optional[int] = None) -> list[Article]:
    """The articles of a PFSA-ID file, each with its text and gold statements."""
    articles = split_articles(read_sentences(path))
    if limit is not None:
        articles = articles[:limit]
    return [build_article(f"{path.stem}-{i:03d}", sentences) for i, sentences in enumerate(articles)]


# ------------------------------------------------------------------------------------------------
# Scoring
# ------------------------------------------------------------------------------------------------

def overlap(gold: tuple[int, int], system: tuple[int, int]) -> float:
    """The share of the gold span's characters that the system span covers (0..1)."""
    start, end = gold
    length = end - start
    if length <= 0:
        return 0.0
    return max(0, min(end, system[1]) - max(start, system[0])) / length


def match(gold: Sequence[tuple[int, int]], system: Sequence[tuple[int, int]], threshold: float = 0.5) -> dict[int, int]:
    """One-to-one matches ``{gold index: system index}``: pairs with overlap >= ``threshold``,
    taken greedily from the largest overlap down."""
    pairs = sorted(((overlap(g, s), gi, si) for gi, g in enumerate(gold) for si, s in enumerate(system)
                    if overlap(g, s) >= threshold), reverse=True)
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, si in pairs:
        if gi not in matched and si not in used:
            matched[gi] = si
            used.add(si)
    return matched


def speaker_matches(system_speaker: str, gold_tokens: Iterable[str]) -> bool:
    """True when the system speaker, or a name the alias table gives the same person ("Risma" for
    "Tri Rismaharini", "Jokowi" for "Joko Widodo"), shares a name token (case-insensitive) with the
    gold speaker, which PFSA-ID marks as written."""
    names = [system_speaker, *(alias for alias, name in ALIASES.items() if name == system_speaker)]
    system = {t.lower().strip(".") for name in names for t in _NAME_TOKEN.findall(name)}
    return bool(system & set(gold_tokens))


def score_article(article: Article, quotes: Sequence) -> tuple[Score, list[tuple]]:
    """Counts for one article, and its errors as ``(kind, gold or quote, detail)`` for inspection."""
    gold = [(s.start, s.end) for s in article.statements]
    system = [(q.start_char, q.end_char) for q in quotes]
    matched = match(gold, system)
    score = Score(gold=len(gold), system_direct=sum(q.kind == "direct" for q in quotes),
                  system_indirect=sum(q.kind != "direct" for q in quotes), found=len(matched))
    errors: list[tuple] = []
    for gi, si in matched.items():
        quote = quotes[si]
        if quote.kind == "direct":
            score.found_by_direct += 1
        else:
            score.found_by_indirect += 1
        tokens = article.statements[gi].speaker_tokens
        if tokens:
            score.speaker_scored += 1
            if speaker_matches(quote.speaker, tokens):
                score.speaker_correct += 1
            else:
                errors.append(("speaker", article.statements[gi], quote))
    for gi, statement in enumerate(article.statements):
        if gi not in matched:
            errors.append(("missed", statement, None))
    used = set(matched.values())
    for si, quote in enumerate(quotes):
        if si not in used and quote.kind == "direct":
            errors.append(("spurious", None, quote))
    return score, errors


def evaluate(articles: Sequence[Article], warta=None, errors: Optional[list] = None) -> Score:
    """Run warta on each article and sum the scores; errors are appended to ``errors`` if given."""
    if warta is None:
        import extractor
        warta = extractor.load()
    total = Score()
    for article in articles:
        record = warta.extract(article.text, doc_id=article.doc_id, date="2021-01-01")
        score, article_errors = score_article(article, record.quotes)
        total.add(score)
        if errors is not None:
            errors.extend((article, *e) for e in article_errors)
    return total


def report(name: str, score: Score, seconds: float) -> str:
    return (f"{name}: statements P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f} "
            f"(gold {score.gold}, found {score.found} [direct {score.found_by_direct}, indirect "
            f"{score.found_by_indirect}], system direct {score.system_direct}, indirect {score.system_indirect}; "
            f"strict P {score.strict_precision:.3f}) | speaker accuracy {score.speaker_accuracy:.3f} "
            f"({score.speaker_correct}/{score.speaker_scored}) | {seconds:.1f} s")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "both"], default="both")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors of each kind")
    args = parser.parse_args(argv)
    if not PFSA_ID.exists():
        print(f"PFSA-ID not found at {PFSA_ID}", file=sys.stderr)
        return 2
    import extractor
    warta = extractor.load()
    for split in (["dev", "test"] if args.split == "both" else [args.split]):
        started = time.perf_counter()
        articles = read_articles(PFSA_ID / SPLITS[split], args.limit)
        errors: list = []
        score = evaluate(articles, warta, errors)
        print(report(f"{split} ({len(articles)} articles)", score, time.perf_counter() - started))
        if args.errors:
            _print_errors(errors, args.errors)
    return 0


def _print_errors(errors: list, n: int) -> None:
    for kind in ("missed", "spurious", "speaker"):
        shown = [e for e in errors if e[1] == kind][:n]
        for article, _, gold, quote in shown:
            def context(a: int, b: int) -> str:
                return f"{article.text[max(0, a - 150):a]} [[{article.text[a:b]}]] {article.text[b:b + 80]}"
            if kind == "missed":
                print(f"MISSED {article.doc_id}: {context(gold.start, gold.end)}")
            elif kind == "spurious":
                print(f"SPURIOUS {article.doc_id}: {context(quote.start_char, quote.end_char)} -> {quote.speaker!r}")
            else:
                print(f"SPEAKER {article.doc_id}: gold {sorted(gold.speaker_tokens)} system {quote.speaker!r} "
                      f"cue {quote.cue!r}: {article.text[max(0, quote.end_char - 60):quote.end_char + 100]}")
            print()


if __name__ == "__main__":
    sys.exit(main())
