"""Referents: which mentions name the same thing (union-find over mention texts), the one label each
referent gets by a vote of its mentions, its canonical name, and the body a unit belongs to.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ...lexicon.entities import (BODY_NAME_WORDS, ORGANISATION_TAILS, ORGANISATION_UNITS, PROGRAMME_HEADS, VENUE_WORDS,
                                 WEB_DOMAIN)
from ...lexicon.names import ALIASES, COUNTRIES, PROVINCE_ABBREVIATIONS
from ...lexicon.places import BUILDING_HEADS, REGION_KINDS
from ..acronyms import AcronymPair, abbreviates
from ..regions import is_place_name
from .names import capitalised_head, core_name, has_body_head, is_body_word, names_a_region, same_body_key
from .programmes import in_programme_context, is_programme_name
from .selection import Candidate, Vote


class Referents:
    """Union-find over mention texts: acronym pairs, same core name, a person's partial name."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def find(self, name: str) -> str:
        self._parent.setdefault(name, name)
        while self._parent[name] != name:
            name = self._parent[name]
        return name

    def union(self, a: str, b: str) -> None:
        self._parent[self.find(a)] = self.find(b)


def link_referents(names: list[str], mentions: list[Candidate], pairs: list[AcronymPair], text: str) -> Referents:
    """Links mentions of one referent: acronym and expansion, the same core name, an alias and its full
    name. People's partial names are linked once labels are known (:func:`link_people`)."""
    referents = Referents()
    present = set(names)
    for pair in pairs:
        referents.union(pair.acronym, pair.expansion)
        if pair.qualified_end:
            referents.union(text[pair.expansion_start:pair.qualified_end], pair.acronym)
        headed = f"{pair.expansion.split(' ', 1)[0]} {pair.acronym}"  # "Kementerian PUPR"
        if headed in present:
            referents.union(headed, pair.acronym)
    for mention, name in zip(mentions, names):
        # "Organisasi Pelarangan Senjata Kimia (OPCW)": an acronym of the name in another language,
        # whose letters spell no expansion; not a dateline's outlet ("Kota Bandung (ANTARA) -").
        bracket = _TRANSLATED_ACRONYM.match(text, mention.end)
        if bracket and bracket.group(1) in present and len(name.split()) >= 2:
            referents.union(name, bracket.group(1))
        # "program Juling alias Jumat Keliling", "Ahmad Heryawan alias Aher": another name of one thing
        also = _ALIAS.match(text, mention.end)
        if also and also.group(1) in present:
            referents.union(name, also.group(1))
        # "PT Bank Rakyat Indonesia (Persero) Tbk atau BRI": "or" and the acronym of the name's core.
        alternative = _OR_ACRONYM.match(text, mention.end)
        if (alternative and alternative.group(1) in present and len(name.split()) >= 2
                and abbreviates(alternative.group(1), core_name(name))):
            referents.union(name, alternative.group(1))
    # one core name however spaced or cased ("Gerakan Nasional Nontunai" and "... Non Tunai", "merdeka.com")
    by_core: dict[str, str] = {}
    for name in names:
        referents.union(name, by_core.setdefault(_folded_key(name), name))
    # "Kampung Aroanop" and "di Aroanop": a village's name without its kind, where one village bears it
    villages: dict[str, set[str]] = {}
    for name in names:
        kind, _, bare = name.partition(" ")
        if REGION_KINDS.get(kind) == "village" or kind in _HAMLET_KINDS:
            villages.setdefault(bare, set()).add(name)
    for mention, name in zip(mentions, names):
        if mention.label in ("LOC", None) and len(villages.get(name, ())) == 1:
            referents.union(name, next(iter(villages[name])))
    for name in names:
        outlet = WEB_DOMAIN.fullmatch(name)  # "CNNIndonesia.com" and the dateline's "CNN Indonesia"
        if outlet and _folded_key(outlet.group(1)) in by_core:
            referents.union(name, by_core[_folded_key(outlet.group(1))])
        full = _folded_key(ALIASES[name]) if name in ALIASES else None
        if full in by_core:  # "Jokowi" and "Joko Widodo", "KPK" and "Komisi Pemberantasan Korupsi"
            referents.union(name, by_core[full])
    return referents


def _folded_key(name: str) -> str:
    """A name however spaced, cased or punctuated by commas and full stops ("Klimatologi dan" and
    "Klimatologi, dan"; "Moch. Hamzah" and "Moch Hamzah")."""
    return same_body_key(name).replace(" ", "").replace(",", "").replace(".", "").casefold()


_HAMLET_KINDS = frozenset({"Kampung", "Dusun"})  # kinds of settlement below a village, or a village in Papua
_TRANSLATED_ACRONYM = re.compile(r"[ ]*\(([A-Z]{2,6})\)(?![ ]*[-–—])")
_ALIAS = re.compile(r",?[ ]+alias[ ]+([A-Z]\w*(?:[ ]+[A-Z]\w*)*)")
_OR_ACRONYM = re.compile(r",?[ ]+atau[ ]+([A-Z][A-Za-z]{1,9})\b")
_MIN_MISSPELT = 6  # "Ghalib" and "Ghalieb"; not "Dedi" and "Dedie", "Ivan" and "Irvan", two people
_MIN_NICKNAME = 3  # "Alex" for "Alexander Marwata", "Muhib" for "Ahmad Muhibbuddin"; not "Al"


def link_people(referents: Referents, names: list[str], labels: dict[str, str]) -> bool:
    """Links a person's short or partial names to the fuller name they stand for: "Edi" and "Edi Mangun",
    "Guterres" and "Aurelio Sergio Guterres" (a partial name of two people to one of them, by where the
    text names them; ``names`` are in text order), then a nickname opening one word of exactly one fuller
    person ("Alex" and "Alexander Marwata"; "Sandi" once "Sandiaga Uno" and "Sandiaga Salahuddin Uno"
    are one). Returns whether any referents were joined."""
    people = sorted({name for name in names if labels[referents.find(name)] == "PER"}, key=len)
    words_of = {name: set(name.split()) for name in people}
    first_seen: dict[str, int] = {}
    for position, name in enumerate(names):  # names are in text order
        first_seen.setdefault(name, position)
    joined = False
    for name in people:
        fuller = [other for other in people if words_of[name] < words_of[other]]
        fullest = {referents.find(other) for other in fuller
                   if not any(words_of[other] < words_of[more] for more in fuller)}
        if len(fullest) > 1:
            # "Ahmad" beside "Ahmad Syaikhu" and "Ahmad Heryawan": the one named last before it (else the
            # first named after it), never both
            before = [other for other in fuller if first_seen[other] < first_seen[name]]
            fuller = [max(before, key=first_seen.__getitem__) if before else min(fuller, key=first_seen.__getitem__)]
        for other in fuller:
            if referents.find(name) != referents.find(other):
                referents.union(name, other)
                joined = True
    for name in people:
        if len(name.split()) > 1 or len(name) <= _MIN_NICKNAME:
            continue
        fuller = [other for other in people if other != name and len(other.split()) > 1
                  and any(word.startswith(name) for word in other.split())]
        if len({referents.find(other) for other in fuller}) == 1 and referents.find(name) != referents.find(fuller[0]):
            referents.union(name, fuller[0])
            joined = True
    return _link_misspellings(referents, people, first_seen) | _link_initials(referents, names, people) or joined


def _link_misspellings(referents: Referents, people: list[str], first_seen: dict[str, int]) -> bool:
    """Links a person's name written later with a letter wrong, missing or extra ("Irmansyah" after
    "Irwansyah", "Atut Choisiyah" after "Ratu Atut Chosiyah", "Ghalib" after "Ghalieb Lahidjun") to the
    one person named before with as many words or more, each of its words that one's word or a
    misspelling of it (both at least :data:`_MIN_MISSPELT` letters: short names a letter apart are often
    two people's). A name already linked to a fuller one is no misspelling. Returns whether any were joined."""
    joined = False
    for name in people:
        words = name.split()
        if any(referents.find(other) == referents.find(name) and not set(other.split()) <= set(words)
               for other in people if other != name):
            continue  # "Henri" of "Henri Suhardja" is no misspelling of "Heri Priyatmoko"
        earlier = {referents.find(other) for other in people
                   if first_seen[other] < first_seen[name] and referents.find(other) != referents.find(name)
                   and len(other.split()) >= len(words) and _spelt_alike(words, other.split())}
        if len(earlier) == 1:
            referents.union(name, earlier.pop())
            joined = True
    return joined


def _spelt_alike(words: list[str], others: list[str]) -> bool:
    """Whether each of ``words`` is one of ``others`` or one letter away from one, and one is."""
    close = [next((other for other in others if other == word or one_letter_apart(word, other)), None)
             for word in words]
    return all(close) and any(word != other for word, other in zip(words, close))


def one_letter_apart(word: str, other: str) -> bool:
    """Whether two words of a name are one letter wrong, missing or extra apart, both at least
    :data:`_MIN_MISSPELT` letters long and with the same first letter ("Tjahja" and "Tjahaja")."""
    if min(len(word), len(other)) < _MIN_MISSPELT or abs(len(word) - len(other)) > 1 or word[0] != other[0]:
        return False
    if len(word) == len(other):
        return sum(a != b for a, b in zip(word, other)) == 1
    short, long = sorted((word, other), key=len)
    return any(long[:k] + long[k + 1:] == short for k in range(len(long)))


# "Gus Sholah, sapaan akrab KH Salahudhin Wahid", "Gus Syaf sapaan akrab Syafi'in": the name before is
# what the person named after is called; "Basuki atau akrab disapa Ahok", "Chatarina Wiedyawati (30) yang
# biasa disapa Wiwit": the name after is what the person named before is called.
_CALLED_AFTER = re.compile(r"[ ]*(?:,|\(|--|—)?[ ]*sapaan[ ]+akrab[ ]+")
_CALLED_BEFORE = re.compile(r"[ ,]*(?:\(\d+\)[ ,]*)?(?:atau|yang)[ ]+(?:akrab|biasa)[ ]+disapa(?:[ ]+dengan)?[ ]+")


def link_nicknames(referents: Referents, names: list[str], mentions: list[Candidate], labels: dict[str, str],
                   text: str) -> bool:
    """Links the name a person is familiarly called by, as the press introduces it next to the person's
    name ("Gus Sholah, sapaan akrab KH Salahudhin Wahid", "Basuki atau akrab disapa Ahok"), to the
    person. Not "Gus Ipul, sapaan akrabnya": whose name it is, the text says elsewhere. Returns whether
    any were joined."""
    people = [(name, mention) for name, mention in zip(names, mentions) if labels[referents.find(name)] == "PER"]
    joined = False
    for (name, mention), (following, spot) in zip(people, people[1:]):
        link = _CALLED_AFTER.match(text, mention.end) or _CALLED_BEFORE.match(text, mention.end)
        if link and link.end() == spot.start and referents.find(name) != referents.find(following):
            referents.union(name, following)
            joined = True
    return joined


def _link_initials(referents: Referents, names: list[str], people: list[str]) -> bool:
    """Links a person's initials, as the press writes a suspect's ("menetapkan BI sebagai tersangka"
    after "Wali Kota Madiun Bambang Irianto"), to the one person of the article whose full name they
    spell, whatever the initials were tagged (or an alias table says "BI" is a bank)."""
    by_initials: dict[str, set[str]] = {}
    for person in people:
        words = person.split()
        if len(words) > 1:
            by_initials.setdefault("".join(word[0] for word in words).upper(), set()).add(referents.find(person))
    joined = False
    for name in sorted(set(names)):
        if name.isupper() and name.isalpha() and 2 <= len(name) <= 4 and len(by_initials.get(name, ())) == 1:
            person = next(iter(by_initials[name]))
            if referents.find(name) != person and all(member == name or member.isupper() for member in
                                                      _members(referents, names, name)):
                referents.union(name, person)
                joined = True
    return joined


def _members(referents: Referents, names: list[str], name: str) -> set[str]:
    root = referents.find(name)
    return {other for other in names if referents.find(other) == root}


def link_bodies(referents: Referents, names: list[str], labels: dict[str, str]) -> bool:
    """Links a body's short name to the one fuller body name it opens when what follows is only where or
    which one ("Persela" and "Persela Lamongan", "Freeport" and "PT Freeport Indonesia", "Pelindo" and "PT
    Pelindo I", "Dinas Sosial" and "Dinas Sosial DKI Jakarta"); not a subsidiary ("Pertamina" and
    "Pertamina Patra Niaga" stay two), nor a short name that opens the names of two regions' units. Then
    a short name that writes one body's name part by part (:func:`spells_out`). Returns whether any
    referents were joined."""
    bodies = {name for name in names if labels[referents.find(name)] == "ORG"}
    joined = False
    # longest first, so that "Dinas Sosial DKI" joins "Dinas Sosial DKI Jakarta" before "Dinas Sosial" looks
    # for the one body it opens (and in the same order whatever the set's)
    for name in sorted(bodies, key=lambda name: (-len(name), name)):
        # A short name the article already spells out ("BRI" of "Bank Rakyat Indonesia") is that body,
        # not the first of its units it opens ("BRI Jakarta 3").
        if not name[:1].isupper() or len(_members(referents, names, name)) > 1:
            continue
        # a country after a name of several words is part of the name ("Komisi Perlindungan Anak Indonesia" is
        # not the unit of "Komisi Perlindungan Anak", another body), after a one-word name its unit's place
        # a coined short name opens what it stands for ("Dinsos" and "Dinas Sosial Kabupaten Kepulauan Sula")
        # ("PT Freeport" opens "PT Freeport Indonesia" as "Freeport" does: legal forms aside)
        opened = ALIASES.get(name, name) if is_body_word(name) else core_name(name)
        fuller = {referents.find(other) for other in bodies
                  if core_name(other).startswith(opened + " ")
                  and _only_place_or_number(core_name(other)[len(opened) + 1:], countries=" " not in opened)}
        if len(fuller) == 1 and referents.find(name) not in fuller:
            referents.union(name, fuller.pop())
            joined = True
    for name in sorted(bodies, key=lambda name: (-len(name), name)):  # longest first, as above
        # "PLN UID NTT": the short name of a unit that the article spells out part by part
        spelt = {referents.find(other) for other in bodies if other != name and spells_out(name, other)}
        if len(spelt) == 1 and referents.find(name) not in spelt:
            referents.union(name, spelt.pop())
            joined = True
    return joined


def spells_out(short: str, name: str) -> bool:
    """Whether the body's short name ``short`` writes ``name`` part by part, each word either the
    next word of the name or the initials of the next words, at least one of them initials: "PLN UID
    NTT" for "PT PLN (Persero) Unit Induk Distribusi (UID) Nusa Tenggara Timur", "BRI KC Bogor" for
    "BRI Kantor Cabang Bogor". Legal forms and acronyms in brackets are no part of the name."""
    shorts = short.split()
    longs = [word for word in core_name(name).split() if not word.startswith("(")]
    return 2 <= len(shorts) < len(longs) and _spelt_parts(shorts, longs, initials=False)


def _spelt_parts(shorts: list[str], longs: list[str], initials: bool) -> bool:
    if not shorts:
        return not longs and initials
    word, rest = shorts[0], shorts[1:]
    if longs and word == longs[0] and _spelt_parts(rest, longs[1:], initials):
        return True
    acronym = len(word) >= 2 and word[1:].replace("-", "").isupper() or any(char.isdigit() for char in word)
    return acronym and any(abbreviates(word, " ".join(longs[:size])) and _spelt_parts(rest, longs[size:], True)
                           for size in range(2, len(longs) - len(rest) + 1))


def _only_place_or_number(words: str, countries: bool = True) -> bool:
    named = words.split()
    while named and named[0] in REGION_KINDS:
        named.pop(0)
    if named and is_place_name(" ".join(named)):  # "Kabupaten Kepulauan Sula": a region's name of several words
        return True
    return all(countries and word in COUNTRIES or word in REGION_KINDS or is_place_name(word) or word.isdigit()
               or re.fullmatch(r"[IVX]+", word) for word in words.split())


def referent_labels(names: list[str], mentions: list[Candidate], referents: Referents,
                    text: str) -> dict[str, Optional[str]]:
    """One label per referent: PROGRAMME when its name says so ("Program Keluarga Harapan", a curated
    programme) or its mentions that read as a programme ("program Ponsera", "X merupakan program")
    outweigh the other labels proposed for it (:class:`Vote` weighs each), else the majority of the
    labels its mentions were proposed with or that a venue word before them implies, else what the name
    itself is (:func:`_label_by_name`; None where it names nothing)."""
    votes: dict[str, Counter] = {}
    programmes = set()
    # "Nusa Tenggara Timur (NTT)": an acronym the text spells out as a region's name stands for a place.
    spelled_places = {referents.find(name) for name, mention in zip(names, mentions)
                      if mention.source == "acronym" and is_place_name(name)}
    # and one it spells out with a body's head stands for a body ("Universitas Muria Kudus (UMK)")
    spelled_bodies = {referents.find(name) for name, mention in zip(names, mentions)
                      if mention.source == "acronym" and has_body_head(name)}
    buildings = {referents.find(name) for name in names if _names_a_building(name)}
    one_word_bodies = {name.casefold() for name, mention in zip(names, mentions)
                       if mention.label == "ORG" and " " not in name}
    for name, mention in zip(names, mentions):
        root = referents.find(name)
        # "Bantuan Asistensi Rehabilitasi Sosial (ATENSI)": a scheme spelt out beside its acronym, whatever
        # the model read it as; "Kampung Berseri Astra" beside "ASTRA": a village scheme a body names after itself
        if (is_programme_name(name) or mention.source == "acronym" and _opens_with_a_programme_head(name)
                or _names_a_bodys_village_scheme(name, one_word_bodies)):
            programmes.add(root)
        if mention.label == "PROGRAMME" or in_programme_context(text, mention.start, mention.end, mention.label):
            votes.setdefault(root, Counter())["PROGRAMME"] += Vote.PROGRAMME
        elif mention.label:
            votes.setdefault(root, Counter())[mention.label] += Vote.DATELINE if mention.source == "dateline" else Vote.MENTION
        word_before = text[max(0, mention.start - 20):mention.start].split()[-1:]
        if word_before and word_before[0] in VENUE_WORDS:
            votes.setdefault(root, Counter())["LOC"] += Vote.MENTION  # "di kompleks PRPP": a venue is a place
    members: dict[str, list[str]] = {}
    for name in names:
        members.setdefault(referents.find(name), []).append(name)
    labels = {}
    for root in members:
        tally = votes.get(root, Counter())
        others = (Counter({label: n for label, n in tally.items() if label != "PROGRAMME"})
                  or Counter({_label_by_name(members[root]): 0}))
        best, best_votes = others.most_common(1)[0]
        if (best == "PER" or best == "LOC" and root in spelled_bodies) and any(map(has_body_head, members[root])):
            best = "ORG"  # "Universitas Padjadjaran (Unpad)", whatever the model made of "Unpad"
        if best == "PER" and (max(members[root], key=len) in COUNTRIES
                              or all(map(_never_a_persons_name, members[root]))):
            best = "LOC"  # "Arab Saudi menawarkan ...", "Sumsel menargetkan ...": a country or a region acts,
            # and is no person (but "AS" may be initials)
        programme = root in programmes or tally["PROGRAMME"] > 0 and tally["PROGRAMME"] >= best_votes
        labels[root] = "PROGRAMME" if programme else "LOC" if root in spelled_places | buildings else best
    return labels


def _never_a_persons_name(name: str) -> bool:
    """Whether a name is a region's (:func:`.names.names_a_region`) that no person bears: a province's
    short form ("Sumsel") or a name of more than one word ("Prov. Sumatera Selatan"); one word ("Bima")
    may be a person's."""
    return names_a_region(name) and (name in PROVINCE_ABBREVIATIONS or len(name.split()) > 1)


def _names_a_building(name: str) -> bool:
    """"Gedung KPK", "Balai Kota": a building's name, a place whatever the body named inside it."""
    return any(name == head or name.startswith(head + " ") for head in BUILDING_HEADS)


def _label_by_name(names: list[str]) -> Optional[str]:
    """The label of a referent no mention was proposed a label for (an acronym and its expansion): what
    the name is, "Nusa Tenggara Timur (NTT)" a place, "Kredit Usaha Rakyat (KUR)" a programme, "Badan
    Pusat Statistik (BPS)" or "Komite Nasional Papua Barat (KNPB)" a body; None for a term ("Light Rail
    Transit (LRT)"), which names nothing."""
    if any(is_place_name(name) or name in COUNTRIES for name in names):
        return "LOC"
    if any(map(_opens_with_a_programme_head, names)):
        return "PROGRAMME"
    if any(has_body_head(name) or is_body_word(name) or name in ALIASES or BODY_NAME_WORDS.intersection(name.split())
           or name.split()[-1] in ORGANISATION_TAILS for name in names):
        return "ORG"
    return None


_VILLAGE_SCHEME_HEADS = frozenset({"Kampung", "Desa"})


def _names_a_bodys_village_scheme(name: str, one_word_bodies: set[str]) -> bool:
    """"Kampung Berseri Astra", "Desa Sejahtera Astra": a village's head, a quality and the name of a
    body the text names alone: a scheme the body runs in many villages, no village."""
    words = name.split()
    return len(words) >= 3 and words[0] in _VILLAGE_SCHEME_HEADS and words[-1].casefold() in one_word_bodies


def _opens_with_a_programme_head(name: str) -> bool:
    return any(name.startswith(head + " ") for head in PROGRAMME_HEADS)


def referent_name(members: list[str], pair: Optional[AcronymPair], text: str) -> tuple[str, str, str]:
    """A referent's canonical name, acronym and expansion: from an acronym pair written in the text, else
    its fullest mention, as written in the document (CONTRACT.md, ANNOTATION.md: never invented). The
    alias table still joins a short name to the full one where both are written, and then the full name
    wins however short ("Pak Harto" and "Soeharto"); an initialism it knows ("KPK") gets its expansion in
    the expansion column, not as the canonical name, unless the article links it to another name. A body keeps its legal form as written ("PT",
    "Tbk"), and its mentions with and without it are linked by their core name."""
    if pair:
        return pair.qualified_name(text) or pair.expansion, pair.acronym, pair.expansion
    alias = next((name for name in members if name in ALIASES), "")
    # The full name written anywhere in the article, also inside another name: "PBB" beside "Dewan
    # Keamanan Perserikatan Bangsa-Bangsa" is "Perserikatan Bangsa-Bangsa".
    full = ALIASES.get(alias, "")
    written_full = full if full and (full in members or re.search(rf"\b{re.escape(full)}\b", text)) else ""
    # An outlet's name over its web address ("CNN Indonesia", not "CNNIndonesia.com")
    fullest = max(members, key=lambda name: (not WEB_DOMAIN.fullmatch(name), len(name)))
    if written_full and not set(written_full.split()) < set(fullest.split()):
        fullest = written_full  # "Pak Harto" and "Soeharto"; but "Anies Rasyid Baswedan" over "Anies Baswedan"
    canonical = capitalised_head(fullest)
    # The table's expansion, where the referent is the initialism or its written full name: "BI" that the
    # article links to "Bambang Irianto" is no bank.
    initialism = sum(char.isupper() for char in alias) >= 2 and fullest in (alias, written_full)
    return canonical, alias if initialism else "", ALIASES[alias] if initialism else ""


def parent_body(name: str) -> str:
    """The body a unit's name starts with: "Pertamina Patra Niaga" for "Pertamina Patra Niaga Regional
    Kalimantan", "BRI" for "BRI Kantor Cabang Bogor" and "BRI Jakarta 3"; "" for a body of its own."""
    words = name.split()
    unit = next((i for i, word in enumerate(words) if i and word in ORGANISATION_UNITS), None)
    if unit is None and len(words) > 1 and words[0].isupper():
        region = " ".join(word for word in words[1:] if not word.isdigit())
        unit = 1 if region and is_place_name(region) else None
    return core_name(" ".join(words[:unit])) if unit else ""
