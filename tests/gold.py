"""Compares a DocumentRecord with a gold file in the schema of ``../shared/seed/expected.json``.

Matching follows ``../shared/tools/check_seed.py``: case-insensitive, whitespace-normalised forms;
an entity counts when any mention's text or canonical equals one of its forms.
"""
from __future__ import annotations

import re

from extractor.records import DocumentRecord


def norm(value) -> str:
    text = " ".join(str(value or "").casefold().split()).strip(" \t\"'“”‘’.,;:()[]")
    return re.sub(r"^pt\.?\s+", "", text)


def misses(record: DocumentRecord, gold: dict) -> list[str]:
    """What the gold expects and the record lacks, plus forbidden entities it has."""
    problems = []
    names: dict[str, set[str]] = {}
    for entity in record.entities:
        names.setdefault(entity.label, set()).update({norm(entity.text), norm(entity.canonical)})
    for label, referents in gold.get("entities", {}).items():
        for forms in referents:
            if not {norm(form) for form in forms} & names.get(label, set()):
                problems.append(f"entity {label} {forms[0]}")
    forbidden = {norm(form) for form in gold.get("forbidden_entities", [])}
    problems += [f"forbidden entity {e.text}" for e in record.entities
                 if e.label in ("PER", "ORG", "LOC") and norm(e.text) in forbidden]
    values = {d.value for d in record.dates}
    problems += [f"date {d['text']} = {d['value']}" for d in gold.get("dates", []) if d["value"] not in values]
    for count in gold.get("counts", []):
        noun = norm(count["noun"])
        if not any(c.value == count["value"] and norm(c.noun) and (norm(c.noun) in noun or noun in norm(c.noun))
                   for c in record.counts):
            problems.append(f"count {count['value']} {count['noun']}")
    for amount in gold.get("money", []):
        if not any(m.value == amount["value"] and m.currency == amount["currency"] for m in record.money):
            problems.append(f"money {amount['text']} = {amount['value']} {amount['currency']}")
    for quote in gold.get("quotes", []):
        head = " ".join(norm(quote["starts_with"]).split()[:4])
        # A quote split by its cue is one statement here, so its second part is searched inside it.
        hits = [q for q in record.quotes if head in " ".join(norm(q.text).split())]
        if not hits:
            problems.append(f"quote {quote['kind']} '{quote['starts_with'][:40]}'")
        elif not any(norm(q.speaker) == norm(quote["speaker"]) for q in hits):
            problems.append(f"speaker of '{quote['starts_with'][:30]}' should be {quote['speaker']}, got "
                            + ", ".join(sorted({q.speaker or '(empty)' for q in hits})))
    for field in ("title", "outlet", "author"):
        if field in gold and norm(getattr(record.article, field)) != norm(gold[field]):
            problems.append(f"article {field} should be {gold[field]!r}, got {getattr(record.article, field)!r}")
    return problems
