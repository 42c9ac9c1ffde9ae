"""The referent registry: every entity mention of a run, keyed, merged into archive-wide referents.

Built at the end of a run from its parts, in a SQLite file in the run's state folder, so memory holds
one part and one referent at a time however large the archive. Everything it decides is a function of
the parts' rows in input order, so the referents and their ids are the same with any number of
workers, on dask, and after ``--resume``.

Mentions are one referent when their identity keys are equal (:mod:`.keys`), or when the archive's
articles mostly (:data:`MAJORITY`) say a key is another: an acronym they spell out as one name, a place
name they put in one region, a one-word "person" they name as a body or a region. Names that are
one by their form join too: a full name misspelt by a letter, a one-word name in a unit and in the
body that holds it, a unit named with and without its national body. A body whose name opens with
another body's name is its unit where the rest says so (``parent_id``).
"""
from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from itertools import groupby
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..extractors.acronyms import abbreviates
from ..extractors.entities.names import core_name
from ..extractors.entities.referents import one_letter_apart
from ..extractors.regions import normalise_region_name, regency_names
from ..lexicon.entities import ORGANISATION_HEADS, ORGANISATION_UNITS
from ..lexicon.names import ALIASES, BODY_TYPES, GENERIC_ACRONYMS, PROVINCE_ABBREVIATIONS, derived
from ..records import Merge, Referent
from .keys import body_key, folded, identity_key

# Share of the articles spelling an acronym out (or placing a name) that must agree on one name (one
# region) for the acronym alone (the name unplaced) to be that elsewhere: "BRI" is "Bank Rakyat
# Indonesia"; "PKS" is no one name.
MAJORITY = 2 / 3
MAX_ALIASES = 30  # forms listed per referent, the most frequent
ACRONYM_LABELS = ("ORG", "PROGRAMME", "LOC")  # what an acronym alone may be tagged where it is not spelt out
MAX_MERGE_CHAIN = 8  # merges into a key that is itself merged ("BRI" the person -> "BRI" -> the bank)


@derived
def generic_parents() -> frozenset[str]:
    """Folded names that open a unit's name without being its body: "Bank", "Dinas", "BUMN", "BPBD"."""
    return frozenset(folded(name) for names in (ORGANISATION_HEADS, GENERIC_ACRONYMS, BODY_TYPES) for name in names)


def _is_a_type(words: list[str]) -> bool:
    """Whether a body's folded name is, or opens with, a kind of body ("pengadilan negeri", "rs bhayangkara")."""
    return any(" ".join(words[:size]) in generic_parents() for size in range(1, min(len(words), 4) + 1))


# The tables whose rows name referents, which :meth:`Registry.join` gives archive ids.
REFERRING_TABLES = ("entities", "quotes", "activities")
# activities: the column of entity ids -> the column of their referent ids
ACTIVITY_REFERENTS = {"programme_entity_id": "programme_referent_id", "owner_entity_id": "owner_referent_id",
                      "partner_entity_ids": "partner_referent_ids"}

_SCHEMA = """
CREATE TABLE mentions (seq INTEGER PRIMARY KEY, key TEXT NOT NULL, label TEXT NOT NULL, form TEXT NOT NULL,
    canonical TEXT NOT NULL, doc_id TEXT NOT NULL, date TEXT NOT NULL, acronym TEXT NOT NULL,
    region_code TEXT NOT NULL, region_name TEXT NOT NULL, name TEXT NOT NULL, entity_id TEXT NOT NULL);
CREATE INDEX mentions_by_key ON mentions (key);
CREATE INDEX mentions_by_entity ON mentions (doc_id, entity_id);
CREATE TABLE keys (key TEXT PRIMARY KEY, label TEXT NOT NULL, first INTEGER NOT NULL,
    root TEXT NOT NULL, why TEXT NOT NULL DEFAULT '');
"""


def referent_id(root: str) -> str:
    """The stable id of the referent whose identity key is ``root``: 64 bits of its BLAKE2b hash."""
    return "R" + hashlib.blake2b(root.encode("utf-8"), digest_size=8).hexdigest()


def mention_key(row: dict) -> str:
    """The identity key of an ``entities`` row."""
    return identity_key(row["label"], row["canonical"], row["doc_id"], row["region_code"] or "", row["org"] or "")


class Registry:
    """The referents of one run, in the SQLite file ``path`` (replaced; in memory when None)."""

    def __init__(self, path: Optional[Path] = None) -> None:
        for suffix in ("", "-journal", "-wal") if path else ():
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        self.db = sqlite3.connect(path or ":memory:")
        self.db.executescript(_SCHEMA)
        self._roots: dict[str, str] = {}

    def close(self) -> None:
        self.db.close()

    def add(self, entities: Iterable[dict], articles: Iterable[dict]) -> None:
        """One part's ``entities`` rows, dated by its ``articles`` rows, in input order."""
        dates = {row["doc_id"]: row["published_date"] or "" for row in articles}
        self.db.executemany(
            "INSERT INTO mentions (key, label, form, canonical, doc_id, date, acronym, region_code, region_name, name,"
            " entity_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((mention_key(row), row["label"], row["text"], row["canonical"], row["doc_id"],
              dates.get(row["doc_id"], ""), row["acronym"] or "", row["region_code"] or "", row["region_name"] or "",
              folded(row["canonical"]), row["entity_id"]) for row in entities))

    def settle(self) -> None:
        """Decide the referents once every part is in: their keys and the merges of keys into others."""
        self.db.execute("INSERT INTO keys (key, label, first, root) SELECT key, label, MIN(seq), key"
                        " FROM mentions GROUP BY key")
        # A key merges once, by the first evidence listed that merges it: what the articles spell out or
        # place before what a name's form suggests.
        for key, into, why in [*self._acronym_merges(), *self._place_merges(), *self._label_merges(),
                               *self._misspelling_merges(), *self._body_person_merges(),
                               *self._unit_merges()]:
            self.db.execute("UPDATE keys SET root = ?, why = ? WHERE key = ? AND root = key", (into, why, key))
        for _ in range(MAX_MERGE_CHAIN):  # a key merged into a merged key joins that one's root
            moved = self.db.execute(
                "UPDATE keys SET root = (SELECT target.root FROM keys AS target WHERE target.key = keys.root)"
                " WHERE root IN (SELECT key FROM keys WHERE root != key) AND root != key").rowcount
            if not moved:
                break
        self.db.execute("UPDATE keys SET root = key WHERE root IN (SELECT key FROM keys WHERE root != key)")  # a cycle
        self.db.commit()

    def _acronym_merges(self) -> Iterator[tuple[str, str, str]]:
        """(acronym's key, its expansion's key, why) for each acronym its articles mostly spell out as one
        name that it abbreviates word by word: the acronym alone in another article, whatever label the
        model gave it there, is that body, programme or place."""
        spelt = self.db.execute(
            "SELECT acronym, key, canonical, MAX(LENGTH(canonical)), COUNT(DISTINCT doc_id) FROM mentions"
            " WHERE acronym != '' GROUP BY acronym, key ORDER BY acronym, key")
        for acronym, rows in groupby(spelt, key=lambda row: row[0]):
            # "PT Melati Technofo Indonesia (MTI)": the legal form is the name's, rarely the acronym's
            expansions = sorted((-articles, key, name) for _, key, name, _, articles in rows
                                if abbreviates(acronym, name) or abbreviates(acronym, core_name(name)))
            if not expansions:
                continue
            total = -sum(articles for articles, _, _ in expansions)
            articles, expansion_key, name = expansions[0]
            if -articles < MAJORITY * total:
                continue
            for label in ACRONYM_LABELS:
                acronym_key = f"{label}|{folded(acronym)}"
                if acronym_key != expansion_key:
                    yield (acronym_key, expansion_key,
                           f"acronym: {acronym} is spelt out as {name} in {-articles} of {total} articles")

    def _place_merges(self) -> Iterator[tuple[str, str, str]]:
        """(a place's key without a region code, the region's key, why) where the archive's articles link
        that name mostly to one region: "Cijantung" where an article could not place it is the Cijantung
        the others place in Jakarta Timur; "Bandung", linked to the city and the regency alike, stays apart."""
        linked = self.db.execute(
            "SELECT name, region_code, COUNT(DISTINCT doc_id) FROM mentions WHERE label = 'LOC' AND region_code != ''"
            " GROUP BY name, region_code ORDER BY name, region_code")
        for name, rows in groupby(linked, key=lambda row: row[0]):
            codes = sorted((-articles, code) for _, code, articles in rows)
            total = -sum(articles for articles, _ in codes)
            articles, code = codes[0]
            if -articles >= MAJORITY * total:
                yield (f"LOC|{name}", f"LOC|{code}",
                       f"place: {name} is region {code} in {-articles} of {total} articles that place it")

    def _label_merges(self) -> Iterator[tuple[str, str, str]]:
        """(a one-word person's key, the key of what the name is, why) where most articles that write the
        name (half, where one writes it in capitals: "UNESCO") call it a body or a place with a region
        code: "Persebaya", "Lenovo" or "Indonesia" taken for a person by the model in one article are the
        club, the company and the country the archive names. A street's name ("Sudirman") is no such
        place: people are named after heroes too."""
        named = self.db.execute(
            "SELECT name, label, key, COUNT(DISTINCT doc_id) FROM mentions WHERE name NOT LIKE '% %'"
            " AND name IN (SELECT name FROM mentions WHERE label = 'PER' AND name NOT LIKE '% %')"
            " GROUP BY name, label, key ORDER BY name, label, key")
        for name, rows in groupby(named, key=lambda row: row[0]):
            rows = list(rows)
            people = [key for _, label, key, _ in rows if label == "PER"]
            others = sorted((-articles, key, label) for _, label, key, articles in rows
                            if label == "ORG" or label == "LOC" and _is_region_key(key))
            total = sum(articles for *_, articles in rows)
            if others and (-others[0][0] >= MAJORITY * total
                           or -others[0][0] * 2 >= total and self._written_in_capitals(others[0][1])):
                articles, into, label = others[0]
                for key in people:
                    yield key, into, f"label: {name} is {label} in {-articles} of {total} articles that name it"

    def _written_in_capitals(self, key: str) -> bool:
        """Whether some article writes the name of ``key`` in capitals, as an acronym of three letters or
        more ("UNESCO"), which no person's name is."""
        return self.db.execute("SELECT 1 FROM mentions WHERE key = ? AND LENGTH(canonical) >= 3"
                               " AND canonical = UPPER(canonical) AND canonical != LOWER(canonical) LIMIT 1",
                               (key,)).fetchone() is not None

    def _full_names(self) -> Iterator[tuple[str, list[str]]]:
        """(key, folded words) of each person named with more than one word."""
        rows = self.db.execute("SELECT key FROM keys WHERE label = 'PER' AND key LIKE '% %' AND key NOT LIKE 'PER|%|%'"
                               " ORDER BY key")
        return ((key, key[4:].split()) for key, in rows)

    def _misspelling_merges(self) -> Iterator[tuple[str, str, str]]:
        """(a full name's key, the key of the name it misspells, why): names of two or more words that
        differ in one word by a letter (:func:`one_letter_apart`, "Basuki Tjahja Purnama"), the one fewer
        articles write (else the later) into the other."""
        self.db.execute("CREATE TEMP TABLE blanked (pattern TEXT NOT NULL, word TEXT NOT NULL, key TEXT NOT NULL)")
        self.db.executemany("INSERT INTO blanked VALUES (?, ?, ?)",
                            ((" ".join([*words[:at], "*", *words[at + 1:]]), word, key)
                             for key, words in self._full_names() for at, word in enumerate(words)))
        rows = self.db.execute("SELECT pattern, word, key FROM blanked WHERE pattern IN (SELECT pattern FROM blanked"
                               " GROUP BY pattern HAVING COUNT(*) > 1) ORDER BY pattern, key")
        for _, spellings in groupby(rows, key=lambda row: row[0]):
            spellings = [(self._weight(key), word, key) for _, word, key in spellings]
            for weight, word, key in spellings:
                into = max(((other_weight, other_key) for other_weight, other_word, other_key in spellings
                            if other_weight > weight and one_letter_apart(word, other_word)), default=None)
                if into:
                    yield key, into[1], f"spelling: {key[4:]} is {into[1][4:]} with a letter apart"
        self.db.execute("DROP TABLE blanked")

    def _body_person_merges(self) -> Iterator[tuple[str, str, str]]:
        """(a one-word person's key, the key of the same name in a body that holds the first one's body,
        why): "Rikwanto" of "Biro Penerangan Masyarakat Divisi Humas Polri" is "Rikwanto" of "Polri". A
        bare kind of body ("Bank") holds no one; of two bodies equally near, neither is chosen."""
        rows = self.db.execute("SELECT key FROM keys WHERE label = 'PER' AND key LIKE 'PER|%|org %' ORDER BY key")
        for name, keys in groupby((key for key, in rows), key=lambda key: key.split("|")[1]):
            bodies = {key: key.split("|")[2][4:] for key in keys}
            for key, body in bodies.items():
                holders = sorted((len(other.split()), other_key) for other_key, other in bodies.items()
                                 if other != body and other not in generic_parents() and _holds(other, body))
                if holders and (len(holders) == 1 or holders[0][0] < holders[1][0]):
                    into = holders[0][1]
                    yield key, into, f"person: {name} of {body} is {name} of {bodies[into]}, which holds it"

    def _unit_merges(self) -> Iterator[tuple[str, str, str]]:
        """(a body's key, the key of the same body named without the national body it belongs to, why):
        "Ditjen Imigrasi Kemenkumham" is "Ditjen Imigrasi", where the archive names both and the body
        after it, by a short name of the alias table's ("Polri", "Kemenkumham"). Not where the unit's
        name is a kind of body ("Dinas Pendidikan"): every region has one."""
        rows = self.db.execute("SELECT key FROM keys WHERE label = 'ORG' AND key LIKE '% %' ORDER BY key")
        for key, in rows:
            words = key[4:].split()
            for size in range(1, min(len(words) - 1, _LONGEST_SHORT_FORM + 1)):  # a unit of one word is too
                # often a body of its own ("Golkar DPR": the party's faction)
                unit, body = words[:-size], " ".join(words[-size:])
                if (body in _folded_short_forms() and not _is_a_type(unit) and self._has_keys(
                        f"ORG|{' '.join(unit)}", f"ORG|{_folded_short_forms()[body]}")):
                    yield key, f"ORG|{' '.join(unit)}", f"unit: {key[4:]} is {' '.join(unit)} of {body}"
                    break

    def _has_keys(self, *keys: str) -> bool:
        return self.db.execute(f"SELECT COUNT(*) FROM keys WHERE key IN ({', '.join('?' * len(keys))})",
                               keys).fetchone()[0] == len(keys)

    def _weight(self, key: str) -> tuple[int, int]:
        """What ranks a key among others that may be one referent: the articles naming it, then the earlier."""
        articles, first = self.db.execute("SELECT COUNT(DISTINCT doc_id), MIN(seq) FROM mentions WHERE key = ?",
                                          (key,)).fetchone()
        return articles, -first

    def root(self, key: str) -> str:
        """The identity key of the referent ``key`` belongs to."""
        if key not in self._roots:
            found = self.db.execute("SELECT root FROM keys WHERE key = ?", (key,)).fetchone()
            self._roots[key] = found[0] if found else key
        return self._roots[key]

    def referent_ids(self, entities: Iterable[dict]) -> list[str]:
        """The referent id of each ``entities`` row."""
        return [referent_id(self.root(mention_key(row))) for row in entities]

    def join(self, rows: dict[str, list[dict]]) -> None:
        """Give the rows of any of :data:`REFERRING_TABLES` their referents' ids, in place:
        ``entities.referent_id``, ``quotes.speaker_referent_id``, ``activities.*_referent_id``. A quote's
        or an activity's entity is looked up in the registry, so its part's entities need not be read."""
        self._roots.clear()  # the lookups of one part at a time
        for row, referent in zip(rows.get("entities", []), self.referent_ids(rows.get("entities", []))):
            row["referent_id"] = referent
        for row in rows.get("quotes", []):
            row["speaker_referent_id"] = self._entity_referent(row["doc_id"], row["speaker_entity_id"])
        for row in rows.get("activities", []):
            for entity_column, referent_column in ACTIVITY_REFERENTS.items():
                row[referent_column] = "; ".join(self._entity_referent(row["doc_id"], entity_id)
                                                 for entity_id in row[entity_column].split("; ") if entity_id)

    def _entity_referent(self, doc_id: str, entity_id: str) -> str:
        """The referent id of an article's entity ("" for none)."""
        found = self.db.execute("SELECT key FROM mentions WHERE doc_id = ? AND entity_id = ? LIMIT 1",
                                (doc_id, entity_id)).fetchone() if entity_id else None
        return referent_id(self.root(found[0])) if found else ""

    def referents(self) -> Iterator[Referent]:
        """One record per referent, in the order the archive first names them."""
        cursor = self.db.cursor()
        cursor.row_factory = sqlite3.Row
        rows = cursor.execute(
            "SELECT keys.root, mentions.* FROM mentions JOIN keys USING (key)"
            " ORDER BY (SELECT first FROM keys AS r WHERE r.key = keys.root), keys.root, mentions.seq")
        for root, mentions in groupby(rows, key=lambda row: row["root"]):
            yield self._referent(root, list(mentions))

    def _referent(self, root: str, mentions: list[sqlite3.Row]) -> Referent:
        own = [row for row in mentions if row["key"] == root]
        label, region_code, region_name = own[0]["label"], own[0]["region_code"], own[0]["region_name"]
        forms = Counter(row["form"] for row in mentions)
        # The name most articles give in full, among those of the root key (an acronym's own articles
        # do not outvote its expansion, nor an alias table's short name, which shares its full name's key,
        # the full name); the longest, then the first in order, on a tie.
        names = Counter(row["canonical"] for row in own)
        order = {name: index for index, name in enumerate(names)}
        canonical = (label == "LOC" and region_name) or max(names, key=lambda name: (
            name not in ALIASES, names[name], len(name), -order[name]))
        acronyms = Counter(row["acronym"] for row in mentions if row["acronym"])
        dates = sorted(row["date"] for row in mentions if row["date"])
        return Referent(
            referent_id=referent_id(root), label=label, canonical=canonical,
            aliases="; ".join(form for form, _ in sorted(forms.items(), key=lambda item: (-item[1], item[0]))
                              [:MAX_ALIASES]),
            acronym=acronyms.most_common(1)[0][0] if acronyms else "",
            region_code=region_code if label == "LOC" else "",
            parent_id=self._parent_id(label, root), n_articles=len({row["doc_id"] for row in mentions}),
            n_mentions=len(mentions), first_seen=dates[0] if dates else "", last_seen=dates[-1] if dates else "")

    def _parent_id(self, label: str, root: str) -> str:
        """The body a unit belongs to: the longest other body whose name opens the unit's name, where the
        rest is a unit ("Pertamina Patra Niaga [Regional Kalimantan]"), or a region of a body that is no
        mere type ("PWI [Jawa Timur]"; not "Pengadilan Negeri [Sleman]", each place has its own), or
        both are companies ("PT Pertamina Patra Niaga" of "PT Pertamina (Persero)"). Not "Partai Amanat"
        of "Partai Amanat Nasional": a name that opens another is not its body by itself."""
        if label != "ORG":
            return ""
        words = root.split("|", 1)[1].split()
        for size in range(len(words) - 1, 0, -1):
            prefix, rest = f"ORG|{' '.join(words[:size])}", words[size:]
            if prefix[4:] in generic_parents():
                continue
            found = self.db.execute("SELECT root FROM keys WHERE key = ?", (prefix,)).fetchone()
            if not found or found[0] == root:
                continue
            company = self._is_company(prefix)
            if (rest[0] in _UNIT_WORDS or (_names_a_region(rest) and (company or not _is_a_type(words[:size])))
                    or (company and self._is_company(root))):
                return referent_id(found[0])
        return ""

    def _is_company(self, key: str) -> bool:
        """Whether some article writes the body of ``key`` with a legal form ("PT", "Tbk", "(Persero)")."""
        return self.db.execute(
            "SELECT 1 FROM mentions WHERE key = ? AND (canonical LIKE 'PT %' OR canonical LIKE '% Tbk%'"
            " OR canonical LIKE '%(Persero)%') LIMIT 1", (key,)).fetchone() is not None

    def merges(self) -> Iterator[Merge]:
        """Why each canonical name joined its referent, for the referents the archive names in more
        than one way (one row per name)."""
        rows = self.db.execute(
            "SELECT DISTINCT keys.root, mentions.label, mentions.canonical, mentions.region_code, keys.key, keys.why"
            " FROM mentions JOIN keys USING (key) ORDER BY keys.root, mentions.canonical, keys.key")
        for root, names in groupby(rows, key=lambda row: row[0]):
            names = list(names)
            if len({canonical for _, _, canonical, *_ in names}) > 1:
                for _, label, canonical, region_code, key, why in names:
                    yield Merge(referent_id(root), label, canonical, why or _why_same_key(canonical, region_code, key))


_LONGEST_SHORT_FORM = 3  # words of an alias table's short name ("TNI AD")


@derived
def _folded_short_forms() -> dict[str, str]:
    """The alias table's short names, folded, with the key of the full name each stands for ("polri" ->
    "kepolisian negara republik indonesia")."""
    return {folded(short): body_key(full) for short, full in ALIASES.items()}


@derived
def _short_forms_of() -> dict[str, tuple[str, ...]]:
    """The key of each full name in the alias table, with its folded short names."""
    shorts: dict[str, tuple[str, ...]] = {}
    for short, full in _folded_short_forms().items():
        shorts[full] = (*shorts.get(full, ()), short)
    return shorts


def _holds(body: str, unit: str) -> bool:
    """Whether the folded name of ``unit`` names ``body`` inside it, in full or by a short name
    ("divisi humas polri" holds "kepolisian negara republik indonesia")."""
    return any(f" {name} " in f" {unit} " for name in (body, *_short_forms_of().get(body, ())))


def _is_region_key(key: str) -> bool:
    """Whether a place's identity key is a region code ("LOC|32.73", "LOC|ID"), not a name."""
    code = key.split("|", 1)[1]
    return code[:1].isdigit() or code.isupper()


def _names_a_region(words: list[str]) -> bool:
    """Whether folded words name an Indonesian province, regency or city ("jakarta selatan", "kalbar")."""
    name = " ".join(words)
    return name in _PROVINCE_ABBREVIATIONS or normalise_region_name(name) in regency_names()


_UNIT_WORDS = frozenset(folded(word) for word in ORGANISATION_UNITS)
_PROVINCE_ABBREVIATIONS = frozenset(folded(word) for word in PROVINCE_ABBREVIATIONS)


def _why_same_key(canonical: str, region_code: str, key: str) -> str:
    """Why a name has its referent's key: the region code, the alias table, a one-word name's body
    or article, or the same name up to spelling that carries no identity."""
    if region_code:
        return f"region code {region_code}"
    if canonical in ALIASES:
        return f"alias table: {canonical} is {ALIASES[canonical]}"
    if key.count("|") == 2:
        return "one-word name, joined only " + ("with the same body" if "|org " in key else "within its article")
    return "the same name up to case, accents, punctuation and legal form"
