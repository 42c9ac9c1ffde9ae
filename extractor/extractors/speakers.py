"""Who speaks: the words of a quote's attribution resolved to a canonical person, following the person
the text is focused on ("-nya" cues and pronouns), and the speaker's role and body as the entity layer
read them. :mod:`extractor.extractors.quotes` finds the statements and asks :class:`Speakers` who said them.
"""
from __future__ import annotations

import re
from typing import Iterable

from ..lexicon.dates import WEEKDAYS
from ..lexicon.entities import HONORIFICS, OFFICES_SPELT_OUT, ORGANISATION_HEADS, RANKS, ROLE_WORDS
from ..lexicon.names import COUNTRIES
from ..lexicon.quotes import (ACCORDING_TO, CIRCUMSTANCE_OPENERS, CLAUSE_OPENERS, COMPANION_WORDS, CUE_WORDS,
                              NAMING_WORDS, REPORTING_VERB, SPEAKER_PHRASE_ENDS, SPEAKER_PRONOUNS, SUBJECT_FILLERS, VERB_FORM)
from ..records import Entity
from .entities.names import is_degree, strip_honorifics
from .regions import is_place_name

# Where the speaker's phrase after a cue ends: "kata Budi dalam rapat", "ujar Ani, Senin (3/5)", "( 50 )".
_PHRASE_END = re.compile(
    r"\s(?:" + "|".join(sorted(SPEAKER_PHRASE_ENDS, key=len, reverse=True)) + r")\b"
    r"|\s*,\s*(?:(?i:" + "|".join(WEEKDAYS) + r")\b|\d)|\s*\(\s*(?:\d|Kompas)")

_COMPANION = re.compile(r"(?:\s+yang)?\s(?:" + "|".join(COMPANION_WORDS) + r")\b")  # "Ia [yang didampingi] X"


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _entities_within(entities: Iterable[Entity], start: int, end: int, labels: tuple[str, ...]) -> list[Entity]:
    return [e for e in entities if e.label in labels and start <= e.start_char and e.end_char <= end]


def _focus_mentions(text: str, people: list[Entity], sentences: Iterable[tuple[int, int]]) -> list[Entity]:
    """The mentions that set the text's focus: per sentence, the first person named before any
    verb ("Kepala Dinas X, Budi, mengatakan ..."; "Menurut Budi, ...") and the first one named
    after a cue word ("..., kata Budi dalam rapat")."""
    focus: list[Entity] = []
    for start, end in sentences:
        in_sentence = [e for e in people if start <= e.start_char < end]
        if not in_sentence:
            continue
        words = re.findall(r"[\w-]+", text[start:in_sentence[0].start_char])
        if words and words[0].lower() in CIRCUMSTANCE_OPENERS | {"ditemui", "dihubungi", "dikonfirmasi"}:
            # "Ditemui di Banyuwangi, Jumat (4/9), Kepala Dinas X Widji ...": the opening phrase's verb
            # is not the subject's; only the clause holding the person counts.
            words = re.findall(r"[\w-]+", text[text.rfind(",", start, in_sentence[0].start_char) + 1:in_sentence[0].start_char])
        # "Salah seorang warga bernama Suhadi mengapresiasi ...": a word that introduces a name is no verb
        if not any(VERB_FORM.fullmatch(w) and w not in CUE_WORDS and w not in ACCORDING_TO and w not in NAMING_WORDS
                   for w in words):
            focus.append(in_sentence[0])
        for person in in_sentence:
            if _named_by_cue(text[max(start, person.start_char - 80):person.start_char]) and person not in focus:
                focus.append(person)
                break
    return sorted(focus, key=lambda e: e.start_char)


def _named_by_cue(before: str) -> bool:
    """True when the words ``before`` a person end with a cue naming them: "..., kata [Kepala Dinas]",
    "menurut"; not a verb whose subject came before it and whose content the person appears in
    ("mengatakan, pihaknya menghargai sikap [Kiai Said]", "membenarkan informasi [Sekda]")."""
    words = re.findall(r"[\w-]+|,", before.lower())[-7:]
    cues = [i for i, word in enumerate(words)
            if word in ACCORDING_TO or word in CUE_WORDS and not REPORTING_VERB.match(word)]
    if not cues:
        return False
    after_cue = words[cues[-1] + 1:]
    return not after_cue[:1] == [","] and not any(VERB_FORM.fullmatch(word) for word in after_cue)


def subject_words(phrase: str) -> list[str]:
    """The words naming a cue's subject, lower case: the phrase's last comma part without the openers
    before it and the adverbs after it ("Karena itu, dia" -> "dia"; "Namun ia juga" -> "ia")."""
    words = re.findall(r"[\w-]+", phrase.rsplit(",", 1)[-1].lower())
    while words and words[-1] in SUBJECT_FILLERS:
        words.pop()
    while words and words[0] in CLAUSE_OPENERS:
        words.pop(0)
    return words


def _refers_back(words: list[str]) -> bool:
    """True for a definite description of an office holder the text already named ("Mantan Wali Kota
    Blitar itu", "pejabat tersebut"): an office word, closed by "itu" or "tersebut"."""
    return (len(words) >= 2 and words[-1] in ("itu", "tersebut")
            and any(word in ROLE_WORDS or word in RANKS or word == "pejabat" for word in words[:-1]))


def _trailing_name(phrase: str) -> str:
    """The person's name closing a long attribution the model did not tag: "kata Kepala Pelaksana
    BPBD Provinsi DKI Jakarta Isnawa Adji" -> "Isnawa Adji". Capitalised words are taken from the
    end up to a place, a rank or a role word; one word only after a rank or a comma."""
    words = phrase.replace(",", " , ").split()
    name: list[str] = []
    while words and len(name) < 3:
        word = words[-1]
        if not (word[:1].isupper() and word.isalpha()) or word.lower() in RANKS | ROLE_WORDS:
            break
        if is_place_name(word) or (len(words) > 1 and is_place_name(" ".join(words[-2:]))):
            break
        name.insert(0, words.pop())
    closed_by = words[-1].lower() if words else ""
    if len(name) >= 2 or (name and (closed_by in RANKS or closed_by in HONORIFICS or f"{closed_by}." in HONORIFICS or closed_by == ",")):
        return " ".join(name)
    return ""


_ADDRESSEE_WORDS = frozenset({"ke", "kepada", "pada"})  # "ucap kepada wartawan": to whom, not who, is said
_SHORT_OFFICE_WORDS = 3  # an office written with its body's or place's short name: "Kapolsek Densel"


class Speakers:
    """Resolves the words of an attribution to a canonical speaker, following the text's focus."""

    def __init__(self, text: str, entities: list[Entity], quoted: list[tuple[int, int]],
                 sentences: Iterable[tuple[int, int]] = ()) -> None:
        self.text = text
        self.entities = entities
        self.people = [e for e in entities if e.label == "PER" and not _inside(e.start_char, quoted)]
        self.person_names = {person.canonical for person in self.people}
        self.quoted = quoted
        self.events: list[tuple[int, str]] = [(e.start_char, e.canonical)
                                              for e in _focus_mentions(text, self.people, sentences)]

    def note(self, position: int, speaker: str) -> None:
        """Record that ``speaker`` was named as speaking at ``position`` (outside quotes)."""
        if speaker and not _inside(position, self.quoted):
            self.events.append((position, speaker))

    def named_since(self, start: int, position: int) -> str:
        """The last person named as a speaker or a sentence's subject between ``start`` and ``position``; ""."""
        events = [event for event in self.events if start <= event[0] < position]
        return max(events, key=lambda event: event[0])[1] if events else ""

    def followed_at(self, position: int, person: bool = True) -> str:
        """The one the text is following at ``position``: the last one named outside quotes as a
        speaker or a sentence's subject ("Budi mengatakan ...", "..., kata Budi."), else the last
        person named at all. A ``person`` ("-nya", "ia", "dia": not "mereka", "pihaknya") is the last
        person who spoke, though a body spoke since ("Menurut Bank Dunia, ..."), where one did."""
        events = [event for event in self.events if event[0] < position]
        if person:
            events = [event for event in events if event[1] in self.person_names] or events
        if events:
            return max(events, key=lambda event: event[0])[1]
        before = [e for e in self.people if e.end_char <= position]
        return before[-1].canonical if before else ""

    def resolve(self, cue: str, start: int, end: int, position: int, nearest_first: bool = False) -> str:
        """The canonical speaker named in ``text[start:end]`` by the attribution of the statement at
        ``position``; a pronoun or "-nya" cue means the person followed there; "" when unknown.
        ``nearest_first``: the phrase follows its cue ("kata X ..."), so its first person is the
        speaker and it ends where an adverbial starts ("dalam rapat", ", Senin", "saat ditemui")."""
        written_end = end
        # "kata Budi dalam rapat"; "Ia yang didampingi Kabid X mengatakan": the companion does not speak
        cut = (_PHRASE_END if nearest_first else _COMPANION).search(self.text, start, end)
        end = cut.start() if cut else end
        words = self.text[start:end].strip(" ,")
        if nearest_first and words.split(" ", 1)[0] in _ADDRESSEE_WORDS:
            return self.followed_at(position)  # "ucap ke awak media": the cue names no one, the person followed speaks
        people = _entities_within(self.entities, start, end, ("PER",)) or [
            # "kata Konsul Jenderal RI Jeddah M. Hery Saripudin": the phrase stopped at an initial's full stop
            person for person in self.entities if person.label == "PER" and start <= person.start_char < end
            and written_end == end < person.end_char and self.text.startswith(".", end)]
        if people:
            return (self._first_name(people) if nearest_first else self._subject(people, start, end)).canonical
        subject = subject_words(words)
        if (cue.lower().endswith("nya") and cue.lower()[:-3] in CUE_WORDS
                or len(subject) == 1 and subject[0] in SPEAKER_PRONOUNS or _refers_back(subject)):
            return self.followed_at(position, person=subject[-1:] not in (["mereka"], ["pihaknya"]))
        by_role = self._by_role(" ".join(subject) if subject else words, position)  # "Presiden juga yakin"
        # "ujar Kapolsek Densel" after "Kapolsek Denpasar Selatan AKP Ida Ayu ...": the office alone, its
        # body or place written another way
        by_role = by_role or (self._by_role(subject[0], position) if 1 < len(subject) <= _SHORT_OFFICE_WORDS
                              and subject[0] in ROLE_WORDS and words.split()[0][:1].isupper() else "")
        if by_role:
            return by_role
        by_head = self._by_head(words, position)  # "Kementerian menegaskan": the ministry named before
        if by_head:
            return by_head
        # a body, or a country ("Namun China menegaskan ...": its government speaks)
        bodies = [e for e in _entities_within(self.entities, start, end, ("ORG", "LOC"))
                  if e.label == "ORG" or e.canonical in COUNTRIES]
        holder = self._holder_of(words, bodies)
        if holder:
            return holder
        if bodies and not self.text[bodies[-1].end_char:end].strip(" ,"):
            return bodies[-1].canonical  # "kata Kementerian Luar Negeri Turki": a body speaks
        trailing = _trailing_name(words) if nearest_first else ""
        if trailing:
            return self._name(trailing) or trailing
        # "..., ujar Drs. Asep, M.Si." / "kata juru bicara Gugus Tugas, Alamsyah": the name is the last
        # comma part that is not a degree.
        parts = [part for part in words.split(",") if part.strip() and not is_degree(part.strip())]
        # "ucap Paiman, warga setempat": after the cue, a name comes first and its description after it
        described = nearest_first and len(parts) > 1 and all(part.strip()[:1].islower() for part in parts[1:])
        name = self._name(parts[0] if described else parts[-1]) if parts else ""
        if name and (len(parts) > 1 or not bodies):
            return name
        if bodies:
            # "kata Kepala BPS Jatim Dadang Hardiwan": capitalised words after the body name the person.
            tail = self.text[bodies[-1].end_char:end].split()
            tail_name = self._name(" ".join(tail[-3:])) if tail and bodies[-1].start_char > start else ""
            return tail_name if tail_name and len(tail) <= 4 else bodies[-1].canonical
        # "kata jaksa penuntut umum pada KPK, Kiki Ahmad Yani, ...": a description that names no one, its
        # person set off by a comma after the words the phrase was cut at
        appositive = [person for person in _entities_within(self.entities, end, written_end, ("PER",))
                      if self.text[end:person.start_char].rstrip().endswith(",")]
        return appositive[0].canonical if appositive else ""

    def _subject(self, people: list[Entity], start: int, end: int) -> Entity:
        """The person a subject phrase names: the one standing alone between commas ("Budi, Ketua
        Kelompok Tani Maju Jaya, mengatakan" even where the model took "Jaya" for a name), else the last
        one not addressed ("Imron kepada Radar mengatakan": the outlet or person spoken to)."""
        people = [person for person in people
                  if not self.text[max(start, person.start_char - 8):person.start_char].endswith("kepada ")] or people
        for part in re.finditer(r"[^,]+", self.text[start:end]):
            words = part.group().strip()
            alone = [p for p in people if p.text == words and start + part.start() <= p.start_char < start + part.end()]
            if alone:
                return alone[0]
        return people[-1]

    def _first_name(self, people: list[Entity]) -> Entity:
        """The first of ``people`` that is not glued to the next one: in "kata Menteri [Perindustrian]
        [Agus Gumiwang]" the first "person" is the model reading a portfolio as a name."""
        for person, following in zip(people, people[1:]):
            if self.text[person.end_char:following.start_char].strip():
                return person
        return people[-1]

    def _name(self, words: str) -> str:
        """``words`` as a person's name, completed from the document ("Budi" -> "Budi Santoso"), when
        they look like one (one to four capitalised words); "" otherwise."""
        name = strip_honorifics(words.strip())
        if not name or not all(part[:1].isupper() for part in name.split()) or len(name.split()) > 4:
            return ""
        # every person the text names, quoted or not: an unclosed quote mark can swallow the introduction
        fuller = [p.canonical for p in self.entities if p.label == "PER" and set(name.split()) <= set(p.canonical.split())]
        return fuller[0] if fuller else name

    def _by_role(self, words: str, position: int) -> str:
        """The person last introduced with the role ``words`` before ``position`` ("kata Presiden" after
        "Presiden Joko Widodo ..."), else the one person the text introduces with it later ("jelas Menko
        Polhukam" before "Selain Menko Polhukam Wiranto, ..."); "" when none is."""
        role = words.strip(" ,").lower()
        if not role or len(role.split()) > 6 or not role[:1].isalpha():
            return ""
        introduced = [person for person in self.people if self._introduced_as(role, person)]
        before = [person for person in introduced if person.end_char <= position]
        if before:
            return before[-1].canonical
        if not introduced:
            # "kata Gubernur" after "Gubernur DKI Jakarta Basuki ...": the one person whose title chain opens with it
            introduced = [person for person in self.people
                          if person.role.lower() == role or person.role.lower().startswith((role + " ", role + ","))]
        if len({person.canonical for person in introduced}) == 1:
            return introduced[0].canonical
        office, _, rest = role.partition(" ")
        spelt_out = OFFICES_SPELT_OUT.get(office)  # "kata Kades Gedong" after "Kepala Desa Gedong Suwarno"
        return self._by_role(f"{spelt_out} {rest}", position) if spelt_out and not introduced else ""

    def _holder_of(self, words: str, bodies: list[Entity]) -> str:
        """"kata anggota DPRD Kutai dari Fraksi ...": the one person the text introduced with the office the
        attribution opens with, in a body it names ("Anggota DPRD Kutai Timur, Siang Geah"); "" if none."""
        office = words.split()[0].lower() if words.split() else ""
        if office not in ROLE_WORDS or not bodies:
            return ""
        named = {body.canonical for body in bodies}
        holders = {person.canonical for person in self.people
                   if person.org in named and person.role.lower().split()[:1] == [office]}
        return holders.pop() if len(holders) == 1 else ""

    def _by_head(self, words: str, position: int) -> str:
        """The body last named before ``position`` whose name opens with ``words``, when they are a body's
        head alone ("Kementerian" after "Kementerian Luar Negeri Turki"); "" otherwise."""
        head = words.strip(" ,")
        if head not in ORGANISATION_HEADS:
            return ""
        named = [e for e in self.entities if e.label == "ORG" and e.end_char <= position
                 and e.canonical.startswith(head + " ")]
        return named[-1].canonical if named else ""

    def _introduced_as(self, role: str, person: Entity) -> bool:
        """Whether the text writes ``role`` right before ``person``, in the same sentence."""
        sentence_start = max(self.text.rfind(". ", 0, person.start_char), self.text.rfind("\n", 0, person.start_char))
        before = self.text[max(0, sentence_start, person.start_char - 80):person.start_char].lower().rstrip(" ,")
        return before.endswith(role) and (len(before) == len(role) or not before[-len(role) - 1].isalnum())

    def role_and_org(self, speaker: str) -> tuple[str, str]:
        """The speaker's office and the body it names, as the entity layer read the title chain
        ("Kepala Dinas X, Budi" -> "Kepala", "Dinas X")."""
        person = next((e for e in self.people if e.canonical == speaker and e.role), None)
        return (person.role, person.org) if person else ("", "")

    def entity_id(self, speaker: str) -> str:
        """The entity id of the referent named ``speaker`` (a person first, else a body); "" if none."""
        named = [e for e in self.entities if e.canonical == speaker]
        return next((e.entity_id for e in named if e.label == "PER"), named[0].entity_id if named else "")
