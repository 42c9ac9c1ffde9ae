"""Check that the gold files in samples/expected/ agree with the sample texts.

Run: python samples/validate_gold.py   (exit status 1 when a problem is found)

It checks the gold itself, not the extractor: every quoted "text" and "starts_with" occurs verbatim in the
article, weekday/date combinations fit the calendar, dates without a year resolve to the latest fitting
year at or before published_date, count and money values agree with their text, quote speakers are listed
persons, acronyms and their expansions both occur, forbidden words occur and are not entity forms.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WEEKDAYS = {"Senin": 0, "Selasa": 1, "Rabu": 2, "Kamis": 3, "Jumat": 4, "Sabtu": 5, "Minggu": 6}
MONTHS = {m: i + 1 for i, m in enumerate(
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split())}
UNITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
         "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}
APPROX = {"puluhan": 10, "ratusan": 100, "ribuan": 1000, "jutaan": 1000000}
SCALE = {"ribu": 1000, "juta": 10**6, "miliar": 10**9, "triliun": 10**12}


def words_to_int(tokens: list[str]) -> int | None:
    """Indonesian number words ("dua puluh lima", "sepuluh ribu") to an int; None if not a number."""
    total, cur, seen = 0, 0, False
    for t in tokens:
        t = t.lower()
        if t in UNITS:
            cur += UNITS[t]
        elif t == "belas":
            cur += 10
        elif t == "puluh":
            cur *= 10
        elif t == "ratus":
            cur *= 100
        elif t in ("ribu", "juta"):
            total += max(cur, 1) * SCALE[t]
            cur = 0
        else:
            break
        seen = True
    return total + cur if seen else None


def parse_number(s: str) -> float:
    """'1.500' -> 1500, '1,4' -> 1.4 (Indonesian separators)."""
    return float(s.replace(".", "").replace(",", "."))


def count_value(text: str) -> float | None:
    toks = text.split()
    m = re.match(r"^(\d[\d.,]*)$", toks[0])
    if m:
        v = parse_number(m.group(1))
        if len(toks) > 1 and toks[1].lower() in SCALE:
            v *= SCALE[toks[1].lower()]
        return v
    if toks[0].lower() in APPROX:
        return APPROX[toks[0].lower()]
    return words_to_int(toks)


def money_value(text: str) -> float | None:
    m = re.search(r"(\d[\d.,]*)\s*(ribu|juta|miliar|triliun)?", text, re.I)
    if not m:
        return None
    num = m.group(1)
    v = parse_number(num) if (m.group(2) or "," in num or re.fullmatch(r"\d{1,3}(\.\d{3})+", num) or num.isdigit()) else None
    if v is not None and m.group(2):
        v *= SCALE[m.group(2).lower()]
    return v


def check_date(d: dict, published: dt.date, problems: list[str]) -> None:
    text, value = d["text"], d["value"]
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        problems.append(f"date {text!r}: bad value {value!r}")
        return
    # "Weekday (d/m)" or "Weekday (d/m/yyyy)"
    m = re.match(r"^(\w+) \((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\)$", text)
    # "Weekday, d Month yyyy"
    m2 = re.match(r"^(\w+), (\d{1,2}) (\w+) (\d{4})$", text)
    if m and m.group(1) in WEEKDAYS:
        wd, day, month, year = WEEKDAYS[m.group(1)], int(m.group(2)), int(m.group(3)), m.group(4)
        if year:
            expect = dt.date(int(year), month, day)
        else:  # latest fitting year at or before published_date
            expect = None
            for y in range(published.year, published.year - 30, -1):
                try:
                    c = dt.date(y, month, day)
                except ValueError:
                    continue
                if c <= published and c.weekday() == wd:
                    expect = c
                    break
        if expect is None or expect.weekday() != wd:
            problems.append(f"date {text!r}: weekday does not fit")
        elif expect.isoformat() != value:
            problems.append(f"date {text!r}: value {value} but calendar says {expect}")
    elif m2 and m2.group(1) in WEEKDAYS:
        c = dt.date(int(m2.group(4)), MONTHS[m2.group(3)], int(m2.group(2)))
        if c.weekday() != WEEKDAYS[m2.group(1)] or c.isoformat() != value:
            problems.append(f"date {text!r}: weekday/value mismatch ({c}, {c.strftime('%A')})")
    if d.get("relative") and text in ("kemarin",):
        if value != (published - dt.timedelta(days=1)).isoformat():
            problems.append(f"date {text!r}: kemarin should be published_date - 1")
    if d.get("relative") and text == "pekan lalu":
        if value != (published - dt.timedelta(days=7)).isoformat():
            problems.append(f"date {text!r}: pekan lalu should be published_date - 7")
    if d.get("relative") and text.lower() in ("tahun lalu", "tahun ini", "tahun depan", "tahun berjalan"):
        off = {"tahun lalu": -1, "tahun ini": 0, "tahun berjalan": 0, "tahun depan": 1}[text.lower()]
        if value != str(published.year + off):
            problems.append(f"date {text!r}: should be {published.year + off}")


def validate(gold_path: Path) -> list[str]:
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    problems: list[str] = []
    txt_path = HERE / g["doc"]
    if not txt_path.exists():
        return [f"missing text file {g['doc']}"]
    text = txt_path.read_text(encoding="utf-8")
    low = text.lower()
    published = dt.date.fromisoformat(g["published_date"])

    if text.split("\n", 1)[0] != g["title"]:
        problems.append("title differs from the first line")
    if g.get("outlet") and g["outlet"] not in text:
        problems.append(f"outlet {g['outlet']!r} not in text")
    if g.get("author") and not text.rstrip().endswith(f"({g['author']})"):
        problems.append(f"author ({g['author']}) does not end the text")
    if g.get("photo_credit") and f"(Foto: {g['photo_credit']})" not in text:
        problems.append(f"photo credit {g['photo_credit']!r} not found as '(Foto: ...)'")

    all_forms = set()
    for label, referents in g["entities"].items():
        for forms in referents:
            all_forms.update(f.lower() for f in forms)
            if not any(f.lower() in low for f in forms):
                problems.append(f"{label} {forms[0]!r}: no form occurs in the text")
    for w in g["forbidden_entities"]:
        if w not in text:
            problems.append(f"forbidden {w!r} does not occur")
        if w.lower() in all_forms:
            problems.append(f"forbidden {w!r} is also an entity form")
    for w in g.get("ignore_entities", []):
        if w.lower() not in low:
            problems.append(f"ignore {w!r} does not occur")
    for acr, exp in g["acronyms"].items():
        if acr not in text or exp.lower() not in low:
            problems.append(f"acronym {acr!r} / {exp!r} not both in text")

    def occurs(kind: str, items: list[dict], key: str = "text") -> None:
        need: dict[str, int] = {}
        for it in items:
            need[it[key]] = need.get(it[key], 0) + 1
        for s, n in need.items():
            have = text.count(s)
            if have < n:
                problems.append(f"{kind} {s!r}: listed {n}x, occurs {have}x")

    occurs("date", g["dates"])
    occurs("count", g["counts"])
    occurs("money", g["money"])
    occurs("not_count", g.get("not_counts", []))
    for q in g["quotes"]:
        if q["starts_with"] not in text:
            problems.append(f"quote starts_with {q['starts_with']!r} not in text")
        if q["cue"] not in text:
            problems.append(f"quote cue {q['cue']!r} not in text")
        if q["speaker"] not in [forms[0] for forms in g["entities"]["PER"] + g["entities"]["ORG"]]:
            problems.append(f"quote speaker {q['speaker']!r} is not a listed PER/ORG canonical form")
        if q["kind"] not in ("direct", "indirect"):
            problems.append(f"quote kind {q['kind']!r}")
    for d in g["dates"]:
        check_date(d, published, problems)
    for c in g["counts"]:
        v = count_value(c["text"])
        if v is None or abs(v - c["value"]) > 1e-6:
            problems.append(f"count {c['text']!r}: value {c['value']} but text says {v}")
        if c["noun"].lower() not in c["text"].lower():
            problems.append(f"count {c['text']!r}: noun {c['noun']!r} not in text")
    for mny in g["money"]:
        v = money_value(mny["text"])
        if v is None or abs(v - mny["value"]) > 1e-3:
            problems.append(f"money {mny['text']!r}: value {mny['value']} but text says {v}")
        want = "USD" if "US$" in mny["text"] else "IDR"
        if mny["currency"] != want:
            problems.append(f"money {mny['text']!r}: currency {mny['currency']} expected {want}")
    return problems


def main() -> int:
    bad = 0
    golds = sorted((HERE / "expected").glob("*.json"))
    for p in golds:
        probs = validate(p)
        bad += len(probs)
        for pr in probs:
            print(f"{p.name}: {pr}")
    txts = sorted(HERE.glob("*.txt"))
    for t in txts:
        if not (HERE / "expected" / (t.stem + ".json")).exists():
            print(f"{t.name}: no gold file")
            bad += 1
    print(f"{len(golds)} gold files, {len(txts)} texts, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
