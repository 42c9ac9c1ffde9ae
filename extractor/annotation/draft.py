"""Annotating IndoSum articles by hand: a draft per article that a person (or an agent) edits as text,
checked against the shared text and compiled into the stand-off gold (:mod:`.standoff`).

A draft is a table of referents, a line ``=====``, and the article with its mentions and quotes
marked inline::

    R1	ORG	PT Contoh Energi Unit Tanjung Priok
    R2	PER	Rina Marlina	Area Manager Communication, Relations & CSR	R1
    =====
    Area Manager Communication, Relations & CSR ⟨PT Contoh Energi Unit Tanjung Priok|R1⟩ ⟨Rina Marlina|R2⟩
    mengatakan, ⟪R2 d|Kami siap membantu warga.⟫

Columns of the table: ref, label (PER ORG LOC PROGRAMME), canonical name, role, the ref of the body a
person's title chain names. ``⟨words|ref⟩`` marks a mention; ``⟪ref d|...⟫`` a direct quote's content
and ``⟪ref i|...⟫`` reported speech (``-`` for the ref where nobody is named). Removing the marks must give
back the article exactly: ``check`` says where it does not.

    python -m extractor.annotation.draft select            # choose the articles and their splits
    python -m extractor.annotation.draft init ID -o F      # a draft (pre-annotated by warta; --blank: none)
    python -m extractor.annotation.draft check F...        # errors, with line and column
    python -m extractor.annotation.draft compile DIR       # every DIR/*.txt -> annotations/indosum.jsonl
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from pathlib import Path

from ..lexicon.quotes import ACCORDING_TO, CUE_WORDS
from .standoff import (GOLD, LABELS, PROJECT, GoldArticle, GoldQuote, Mention, Referent, annotation_pool, read_corpus,
                       to_record)

SELECTION = PROJECT / "annotations" / "selection.tsv"
SEPARATOR = "====="
# Topics the in-domain set is for: programmes, companies and government acting (CSR, aid, training, handovers).
_TOPIC = re.compile(r"\b(?:program|CSR|TJSL|bantuan|pelatihan|menyerahkan|penyerahan|menyalurkan|penyaluran|"
                    r"pemberdayaan|peresmian|meresmikan|kerja\s+sama|sosialisasi|Kementerian|Dinas|Bupati|"
                    r"Gubernur|Wali\s+Kota|BUMN|PT|Tbk|Persero|desa|warga|masyarakat)\b")
_SPLIT_SHARES = (("test", 70), ("dev", 40))  # the rest of the selection is train


class DraftError(ValueError):
    """A draft that does not parse or does not give back its article; the message says where."""


def select(corpus: dict[str, dict], size: int) -> list[tuple[str, str]]:
    """``size`` pool articles about programmes, companies and government, the most topical first, each
    with a split drawn from a hash of its id (not from anything a result could influence)."""
    pool = annotation_pool()
    ranked = sorted(pool, key=lambda id_: (-len(_TOPIC.findall(corpus[id_]["text"])) / (1 + len(corpus[id_]["text"]) / 2000),
                                           id_))
    chosen = sorted(ranked[:size], key=lambda id_: zlib.crc32(id_.encode()))
    splits, start = [], 0
    for split, count in _SPLIT_SHARES:
        splits += [(id_, split) for id_ in chosen[start:start + count]]
        start += count
    return splits + [(id_, "train") for id_ in chosen[start:]]


def render(text: str, referents: dict[str, Referent], mentions: list[Mention], quotes: list[GoldQuote]) -> str:
    """A draft of ``text`` with the given annotations marked."""
    table = ["\t".join([ref, r.label, r.canonical, r.role, r.org]).rstrip("\t") for ref, r in referents.items()]
    opening: dict[int, list[str]] = {}
    closing: dict[int, list[str]] = {}
    for quote in quotes:
        opening.setdefault(quote.start, []).append(f"⟪{quote.speaker or '-'} {quote.kind[0]}|")
        closing.setdefault(quote.end, []).append("⟫")
    for mention in mentions:
        opening.setdefault(mention.start, []).append("⟨")
        closing.setdefault(mention.end, []).insert(0, f"|{mention.referent}⟩")
    marked = []
    for i in range(len(text) + 1):
        marked += closing.get(i, []) + opening.get(i, [])
        if i < len(text):
            marked.append(text[i])
    return "\n".join(table + [SEPARATOR, "".join(marked)])


def parse(draft: str, text: str, article_id: str = "", split: str = "") -> GoldArticle:
    """The annotations a draft marks on ``text``.

    Raises:
        DraftError: an unknown label or ref, an unclosed mark, or text that differs from the article.
    """
    separator = re.search(rf"^{SEPARATOR}\n", draft, re.MULTILINE)
    if separator is None:
        raise DraftError(f"no line {SEPARATOR} between the referents and the text")
    table, marked = draft[:separator.start()], draft[separator.end():]
    referents = _referents(table)
    out: list[str] = []
    mentions, quotes = [], []
    mention_start = quote_start = None
    quote_head = ""
    i = 0
    while i < len(marked):
        char = marked[i]
        if char == "⟨":
            if mention_start is not None:
                raise DraftError(_where(marked, i, "a mention opens inside another"))
            mention_start = len(out)
        elif char == "|" and mention_start is not None:
            close = marked.find("⟩", i)
            if close < 0:
                raise DraftError(_where(marked, i, "a mention is not closed with ⟩"))
            ref = marked[i + 1:close].strip()
            if ref not in referents:
                raise DraftError(_where(marked, i, f"unknown ref {ref!r}"))
            if mention_start == len(out):
                raise DraftError(_where(marked, i, "an empty mention"))
            mentions.append(Mention(mention_start, len(out), ref))
            mention_start, i = None, close
        elif char == "⟪":
            bar = marked.find("|", i)
            quote_head = marked[i + 1:bar].split() if bar > 0 else []
            if quote_start is not None or len(quote_head) != 2 or quote_head[1] not in ("d", "i"):
                raise DraftError(_where(marked, i, "a quote opens as ⟪REF d| or ⟪REF i| (REF may be -), not nested"))
            if quote_head[0] != "-" and quote_head[0] not in referents:
                raise DraftError(_where(marked, i, f"unknown speaker ref {quote_head[0]!r}"))
            quote_start, i = len(out), bar
        elif char == "⟫":
            if quote_start is None:
                raise DraftError(_where(marked, i, "⟫ closes no quote"))
            speaker = "" if quote_head[0] == "-" else quote_head[0]
            quotes.append(GoldQuote(quote_start, len(out), "direct" if quote_head[1] == "d" else "indirect", speaker))
            quote_start = None
        else:
            out.append(char)
        i += 1
    if mention_start is not None or quote_start is not None:
        raise DraftError("a mention or a quote is not closed at the end of the text")
    _same_text("".join(out), text)
    unused = set(referents) - {m.referent for m in mentions}
    if unused:
        raise DraftError(f"referents without a mention: {', '.join(sorted(unused))}")
    return GoldArticle(article_id, split, text, referents, mentions, join_interrupted(text, quotes))


def join_interrupted(text: str, quotes: list[GoldQuote]) -> list[GoldQuote]:
    """One quote per statement, as ANNOTATION.md has it ("from the first to the last word of the
    statement"): a statement its attribution interrupts ("Dua hal tersebut, kata Gatot, harus
    didukung") is one quote, where annotators marked the parts on either side of the attribution.
    Two quotes are joined when they are of one kind and speaker and only an attribution clause
    (a cue word, no sentence end, no line break) stands between them."""
    joined: list[GoldQuote] = []
    for quote in sorted(quotes, key=lambda q: q.start):
        previous = joined[-1] if joined else None
        if previous and (previous.kind, previous.speaker) == (quote.kind, quote.speaker) \
                and _only_attribution(text, previous.end, quote.start):
            joined[-1] = GoldQuote(previous.start, quote.end, quote.kind, quote.speaker)
        else:
            joined.append(quote)
    return joined


def _only_attribution(text: str, end: int, start: int) -> bool:
    between = text[end:start]
    return (len(between) < 80 and text[end - 1:end] not in (".", "!", "?") and not re.search(r"[.!?\n]", between)
            and bool(set(re.findall(r"\w+", between.lower())) & (CUE_WORDS | ACCORDING_TO)))


def _referents(table: str) -> dict[str, Referent]:
    referents = {}
    for number, line in enumerate(table.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t") + [""] * 2
        ref, label, canonical, role, org = (field.strip() for field in fields[:5])
        if label not in LABELS or not canonical:
            raise DraftError(f"referent line {number}: expected REF TAB LABEL ({' '.join(LABELS)}) TAB CANONICAL: {line!r}")
        referents[ref] = Referent(label, canonical, role, org)
    for ref, referent in referents.items():
        if referent.org and referent.org not in referents:
            raise DraftError(f"referent {ref}: its body {referent.org!r} is no referent")
    return referents


def _same_text(unmarked: str, text: str) -> None:
    if unmarked == text:
        return
    first = next((i for i, (a, b) in enumerate(zip(unmarked, text)) if a != b), min(len(unmarked), len(text)))
    line = text.count("\n", 0, first) + 1
    raise DraftError(f"without its marks the draft differs from the article at line {line} of the text: "
                     f"draft {unmarked[first:first + 30]!r}, article {text[first:first + 30]!r}")


def _where(marked: str, i: int, message: str) -> str:
    line = marked.count("\n", 0, i) + 1
    return f"text line {line}, column {i - marked.rfind(chr(10), 0, i)}: {message}: ...{marked[max(0, i - 30):i + 30]!r}"


def pre_annotation(record) -> tuple[dict[str, Referent], list[Mention], list[GoldQuote]]:
    """warta's own reading of an article (a ``DocumentRecord``) as draft annotations, for a person to
    correct: entities by referent (nested ones left out), quotes with their speaker's referent."""
    referents: dict[str, Referent] = {}
    mentions: list[Mention] = []
    by_entity: dict[str, str] = {}
    for entity in sorted(record.entities, key=lambda e: (e.start_char, -e.end_char)):
        if mentions and entity.start_char < mentions[-1].end:
            continue
        ref = by_entity.setdefault(entity.entity_id, f"R{len(by_entity) + 1}")
        referents.setdefault(ref, Referent(entity.label, entity.canonical, entity.role))
        mentions.append(Mention(entity.start_char, entity.end_char, ref))
    by_name = {r.canonical: ref for ref, r in referents.items()}
    quotes = []
    for quote in record.quotes:
        inside = [m for m in mentions if m.start < quote.end_char and quote.start_char < m.end]
        if any(m.start < quote.start_char or m.end > quote.end_char for m in inside):
            continue  # a mention across the quote's edge cannot be marked
        quotes.append(GoldQuote(quote.start_char, quote.end_char, quote.kind, by_name.get(quote.speaker, "")))
    return referents, mentions, quotes


def _selection() -> dict[str, str]:
    lines = SELECTION.read_text(encoding="utf-8").splitlines()[1:]
    return dict(line.split("\t")[:2] for line in lines if line.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extractor.annotation.draft", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    chooser = commands.add_parser("select", help=f"choose the articles to annotate into {SELECTION.name}")
    chooser.add_argument("--size", type=int, default=270)
    init = commands.add_parser("init", help="write a draft of one article")
    init.add_argument("id")
    init.add_argument("-o", "--output", type=Path, required=True)
    init.add_argument("--blank", action="store_true", help="no pre-annotation (the test split is annotated so)")
    check = commands.add_parser("check", help="parse drafts and report errors")
    check.add_argument("drafts", nargs="+", type=Path)
    compiler = commands.add_parser("compile", help="every draft of a folder (ID.txt) into the stand-off gold")
    compiler.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    corpus = read_corpus()
    if args.command == "select":
        SELECTION.parent.mkdir(parents=True, exist_ok=True)
        rows = select(corpus, args.size)
        SELECTION.write_text("id\tsplit\n" + "".join(f"{id_}\t{split}\n" for id_, split in rows), encoding="utf-8")
        print(f"{len(rows)} articles in {SELECTION}")
    elif args.command == "init":
        text = corpus[args.id]["text"]
        annotations = ({}, [], [])
        if not args.blank:
            from ..api import load
            annotations = pre_annotation(load().extract(text, doc_id=args.id, date=corpus[args.id].get("date")))
        args.output.write_text(render(text, *annotations), encoding="utf-8")
    elif args.command == "check":
        failed = 0
        for path in args.drafts:
            try:
                parse(path.read_text(encoding="utf-8"), corpus[path.stem]["text"])
            except DraftError as error:
                failed += 1
                print(f"{path}: {error}")
        print(f"{len(args.drafts) - failed} of {len(args.drafts)} drafts are well formed")
        return 1 if failed else 0
    else:
        splits = _selection()
        records = [to_record(parse(path.read_text(encoding="utf-8"), corpus[path.stem]["text"],
                                   path.stem, splits[path.stem]))
                   for path in sorted(args.folder.glob("*.txt")) if path.stem in splits]
        GOLD.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
        print(f"{len(records)} articles in {GOLD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
