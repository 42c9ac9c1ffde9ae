"""Direct and reported speech with its speaker, as Indonesian newsrooms write it.

Direct quotes are found from their quotation marks per paragraph (an unclosed mark ends at the
paragraph's end unless the next paragraph reopens it; Kompas-style ”...” pairs too); attributions are
read from the cue around them ("..., ujar Edi." / "Edi mengatakan, ..."); reported speech from
cue-verb sentence patterns. "-nya" cues and pronouns go to the person the text follows: the last one
named as a speaker or a sentence's subject. Scored on PFSA-ID by ``extractor.evaluation.quotes``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lexicon.dates import WEEKDAYS
from ..lexicon.entities import HONORIFICS, RANKS, ROLE_WORDS
from ..lexicon.quotes import (ACCORDING_TO, CIRCUMSTANCE_OPENERS, COMPLEMENTIZERS, CUE_WORDS, SPEAKER_PHRASE_ENDS,
                              SPEAKER_PRONOUNS, VERB_FORM)
from ..nlp.extensions import ExtensionWriter, doc_text
from ..nlp.paragraphs import paragraph_starts, paragraphs
from ..records import Entity, Quote
from .entities.names import is_degree, strip_honorifics
from .regions import is_place_name

_CUE = "|".join(sorted(CUE_WORDS, key=len, reverse=True))
# "..., ujar Erlina." / "..." katanya. / ", kata Kepala Dinas Kesehatan, Budi."
_CUE_AFTER = re.compile(rf"[ ]*,?[ ]*(?:demikian[ ]+)?(?P<cue>(?i:{_CUE}))\b[ ]*(?P<speaker>[^.;!?“”\"\n]{{0,160}})")
# "Budi mengatakan, “..." / "Menurut Budi, “..."
_CUE_BEFORE = re.compile(rf"(?P<speaker>[^.;!?“”\"\n]{{1,150}}?)[ ]+(?P<cue>(?i:{_CUE}))[ ]*(?:bahwa[ ]*)?[,:]?[ ]*$")
_LONGEST_CUE_BEFORE = 150 + max(map(len, CUE_WORDS)) + 20  # speaker, cue, "bahwa", spaces and a comma
_NOT_IN_ATTRIBUTION = ".;!?“”\"\n"  # no character of a match of _CUE_BEFORE
_CUE_ENDINGS = tuple(cue.lower() for cue in CUE_WORDS)
_CLOSING = "”\""
_MARK = re.compile("[“”\"]")
_CLOSING_MARK = re.compile(f"[{_CLOSING}]")
_WORD = re.compile(r"\w+")
_CUES_AND_ACCORDING = CUE_WORDS | ACCORDING_TO
_MIN_QUOTE_WORDS = 4  # shorter quoted strings are mostly scare quotes around a term
# Reported speech is introduced by verb forms, not by the bare roots that follow direct quotes.
_REPORTING_VERB = re.compile(r"^(?:me|ber|di)\w+$")
# Where the speaker's phrase after a cue ends: "kata Budi dalam rapat", "ujar Ani, Senin (3/5)", "( 50 )".
_PHRASE_END = re.compile(
    r"\s(?:" + "|".join(sorted(SPEAKER_PHRASE_ENDS, key=len, reverse=True)) + r")\b"
    r"|\s*,\s*(?:(?i:" + "|".join(WEEKDAYS) + r")\b|\d)|\s*\(\s*(?:\d|Kompas)")


@dataclass(frozen=True)
class _Segment:
    """The inside of one pair of quotation marks (or up to a paragraph's end when unclosed)."""

    start: int
    end: int
    closed: bool


@dataclass(frozen=True)
class _Attribution:
    cue: str
    cue_start: int
    cue_end: int
    speaker_start: int
    speaker_end: int
    after: bool  # the cue follows the quote ("..., ujar X.")
    end: int  # where the attribution's clause ends in the text


def _is_opening(text: str, i: int) -> bool:
    """True where the mark at ``i`` can only open a quote: "“", or a straight or right mark glued to
    the word after it and not to the word before it ("”Kami ...", as Kompas prints its quotes)."""
    if text[i] == "“":
        return True
    return (text[i] in "\"”" and (i == 0 or not text[i - 1].isalnum() and text[i - 1] not in ".,!?")
            and i + 1 < len(text) and text[i + 1].isalnum())


def _may_open(text: str, i: int, end: int) -> bool:
    """True where the mark at ``i``, met outside any quote, opens one: besides :func:`_is_opening`,
    a free-standing right mark ("... . ” Kami ...", as tokenised text writes "”Kami") before a capital
    or a digit. A mark glued to the word before it, or followed by a lowercase word ("” kata X"),
    closes a quote whose opening was lost and opens nothing."""
    if _is_opening(text, i):
        return True
    if text[i] not in "\"”" or (i > 0 and not text[i - 1].isspace()):
        return False
    following = text[i + 1:end].lstrip(" ")
    return following[:1].isupper() or following[:1].isdigit()


def quote_segments(text: str) -> list[_Segment]:
    """Quoted stretches of ``text``: paired marks within a paragraph; an unclosed mark runs to the
    paragraph's end and continues into the next paragraph only when that one opens with a mark.
    Right marks open quotes too where the text uses them on both sides (”...”, Kompas style)."""
    segments: list[_Segment] = []
    for para_start, para_end in paragraphs(text):
        position = para_start
        while (mark := _MARK.search(text, position, para_end)) is not None:
            i = mark.start()
            if not _may_open(text, i, para_end):
                position = i + 1
                continue
            close = next((j.start() for j in _CLOSING_MARK.finditer(text, i + 1, para_end) if not _is_opening(text, j.start())), None)
            end = para_end if close is None else close
            segments.append(_Segment(i + 1, end, close is not None))
            position = end + 1
    return segments


def _join_continued(text: str, segments: list[_Segment]) -> list[list[_Segment]]:
    """Group segments into statements: an unclosed paragraph continued by the next one's quote."""
    groups: list[list[_Segment]] = []
    for segment in segments:
        previous = groups[-1][-1] if groups else None
        if previous and not previous.closed and text[previous.end:segment.start - 1].strip() == "":
            groups[-1].append(segment)
        else:
            groups.append([segment])
    return groups


def _attribution_after(text: str, end: int) -> Optional[_Attribution]:
    close = end + 1 if end < len(text) and text[end] in _CLOSING else end
    match = _CUE_AFTER.match(text, close, min(len(text), close + 160))
    if not match or "\n" in text[close:match.start("cue")]:
        return None
    return _Attribution(match.group("cue"), match.start("cue"), match.end("cue"),
                        match.start("speaker"), match.end("speaker"), True, match.end())


def _ends_with_cue(before: str) -> bool:
    """Whether ``before`` ends as :data:`_CUE_BEFORE` needs: a cue, then perhaps "bahwa", a comma or
    colon and spaces. Checked first because the pattern's lazy speaker makes a failed search cost
    the square of the window."""
    tail = before.lower().rstrip(" ").rstrip(",:").rstrip(" ")
    return tail.endswith(_CUE_ENDINGS) or tail.endswith("bahwa") and tail[:-5].rstrip(" ").endswith(_CUE_ENDINGS)


def _attribution_before(text: str, sentence_start: int, start: int) -> Optional[_Attribution]:
    opening = start - 1
    # The pattern ends at the opening mark, so no match starts further back than its longest speaker
    # and cue, nor before the last character it cannot hold: searching a long sentence from its start
    # would retry every position in between.
    window_start = max(sentence_start, opening - _LONGEST_CUE_BEFORE)
    if not _ends_with_cue(text[window_start:opening]):
        return None
    window_start = max(window_start, *(text.rfind(char, window_start, opening) + 1 for char in _NOT_IN_ATTRIBUTION))
    match = _CUE_BEFORE.search(text, window_start, opening)
    if not match:
        return None
    return _Attribution(match.group("cue"), match.start("cue"), match.end("cue"),
                        match.start("speaker"), match.end("speaker"), False, opening)


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
        if not any(VERB_FORM.fullmatch(w) and w not in CUE_WORDS and w not in ACCORDING_TO for w in words):
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
            if word in ACCORDING_TO or word in CUE_WORDS and not _REPORTING_VERB.match(word)]
    if not cues:
        return False
    after_cue = words[cues[-1] + 1:]
    return not after_cue[:1] == [","] and not any(VERB_FORM.fullmatch(word) for word in after_cue)


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


class _Speakers:
    """Resolves the words of an attribution to a canonical speaker, following the text's focus."""

    def __init__(self, text: str, entities: list[Entity], quoted: list[tuple[int, int]],
                 sentences: Iterable[tuple[int, int]] = ()) -> None:
        self.text = text
        self.entities = entities
        self.people = [e for e in entities if e.label == "PER" and not _inside(e.start_char, quoted)]
        self.quoted = quoted
        self.events: list[tuple[int, str]] = [(e.start_char, e.canonical)
                                              for e in _focus_mentions(text, self.people, sentences)]

    def note(self, position: int, speaker: str) -> None:
        """Record that ``speaker`` was named as speaking at ``position`` (outside quotes)."""
        if speaker and not _inside(position, self.quoted):
            self.events.append((position, speaker))

    def followed_at(self, position: int) -> str:
        """The person the text is following at ``position``: the last one named outside quotes as a
        speaker or a sentence's subject ("Budi mengatakan ...", "..., kata Budi."), else the last one
        named at all."""
        events = [event for event in self.events if event[0] < position]
        if events:
            return max(events, key=lambda event: event[0])[1]
        before = [e for e in self.people if e.end_char <= position]
        return before[-1].canonical if before else ""

    def resolve(self, cue: str, start: int, end: int, position: int, nearest_first: bool = False) -> str:
        """The canonical speaker named in ``text[start:end]`` by the attribution of the statement at
        ``position``; a pronoun or "-nya" cue means the person followed there; "" when unknown.
        ``nearest_first``: the phrase follows its cue ("kata X ..."), so its first person is the
        speaker and it ends where an adverbial starts ("dalam rapat", ", Senin", "saat ditemui")."""
        if nearest_first:
            cut = _PHRASE_END.search(self.text, start, end)
            end = cut.start() if cut else end
        words = self.text[start:end].strip(" ,")
        people = _entities_within(self.entities, start, end, ("PER",))
        if people:
            return (self._first_name(people) if nearest_first else self._subject(people, start, end)).canonical
        if cue.lower().endswith("nya") and cue.lower()[:-3] in CUE_WORDS or words.lower() in SPEAKER_PRONOUNS:
            return self.followed_at(position)
        by_role = self._by_role(words, position)
        if by_role:
            return by_role
        trailing = _trailing_name(words) if nearest_first else ""
        if trailing:
            return self._name(trailing) or trailing
        # "..., ujar Drs. Asep, M.Si." / "kata juru bicara Gugus Tugas, Alamsyah": the name is the last
        # comma part that is not a degree.
        parts = [part for part in words.split(",") if part.strip() and not is_degree(part.strip())]
        name = self._name(parts[-1]) if parts else ""
        bodies = _entities_within(self.entities, start, end, ("ORG",))
        if name and (len(parts) > 1 or not bodies):
            return name
        if bodies:
            # "kata Kepala BPS Jatim Dadang Hardiwan": capitalised words after the body name the person.
            tail = self.text[bodies[-1].end_char:end].split()
            tail_name = self._name(" ".join(tail[-3:])) if tail and bodies[-1].start_char > start else ""
            return tail_name if tail_name and len(tail) <= 4 else bodies[-1].canonical
        return ""

    def _subject(self, people: list[Entity], start: int, end: int) -> Entity:
        """The person a subject phrase names: the one standing alone between commas ("Budi, Ketua
        Kelompok Tani Maju Jaya, mengatakan" even where the model took "Jaya" for a name), else the last."""
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
        fuller = [p.canonical for p in self.people if set(name.split()) <= set(p.canonical.split())]
        return fuller[0] if fuller else name

    def _by_role(self, words: str, position: int) -> str:
        """The person last introduced with the role ``words`` before ``position``: "kata Presiden"
        after "Presiden Joko Widodo ..."; "" when none was."""
        role = words.strip(" ,").lower()
        if not role or len(role.split()) > 6 or not role[:1].isalpha():
            return ""
        for person in reversed([e for e in self.people if e.end_char <= position]):
            sentence_start = max(self.text.rfind(". ", 0, person.start_char),
                                 self.text.rfind("\n", 0, person.start_char))
            before = self.text[max(0, sentence_start, person.start_char - 80):person.start_char].lower().rstrip(" ,")
            if before.endswith(role) and (len(before) == len(role) or not before[-len(role) - 1].isalnum()):
                return person.canonical
        return ""

    def role_and_org(self, speaker: str) -> tuple[str, str]:
        """The speaker's office (the entity layer's ``role``: "Kepala Dinas X, Budi", "Ketua Fraksi
        Partai Y Budi", "Budi, Ketua Z,") split into the role and the body it names, as written."""
        role = next((e.role for e in self.people if e.canonical == speaker and e.role), "")
        bodies = [e.text for e in self.entities if e.label in ("ORG", "PROGRAMME") and e.text in role]
        if not bodies:
            return role, ""
        org = max(bodies, key=lambda body: (role.rfind(body), len(body)))  # the last body the role names
        return role[:role.rfind(org)].strip(" ,") or role, org


def _direct_quotes(doc: Doc, segments: list[_Segment], speakers: _Speakers, paragraph_of) -> list[Quote]:
    text = speakers.text
    quotes: list[Quote] = []
    for group in _join_continued(text, segments):
        first, last = group[0], group[-1]
        content = " ".join(text[s.start:s.end].strip() for s in group).strip().rstrip(",")
        attribution = _attribution_after(text, last.end) if last.closed else None
        if attribution is None:
            sentence = doc.char_span(first.start - 1, first.start, alignment_mode="expand")
            sentence_start = sentence.sent.start_char if sentence is not None else first.start - 1
            attribution = _attribution_before(text, sentence_start, first.start)
        previous = quotes[-1] if quotes else None
        if attribution is None:
            if len(content.split()) < _MIN_QUOTE_WORDS or _is_title(content):
                continue
            follows_attributed = previous and previous.speaker and paragraph_of(first.start) - previous.paragraph <= 1
            speaker, cue, cue_span = (previous.speaker if follows_attributed else ""), "", (-1, -1)
        else:
            speaker = speakers.resolve(attribution.cue, attribution.speaker_start, attribution.speaker_end, first.start,
                                       nearest_first=attribution.after)
            speakers.note(attribution.cue_start, speaker)
            cue, cue_span = attribution.cue, (attribution.cue_start, attribution.cue_end)
        # "“A,” ujar X. “B.”": a quote right after an attributed one, with no cue of its own, continues it.
        if (attribution is None and previous and previous.kind == "direct" and previous.speaker
                and _continues(text, previous, first.start)):
            quotes[-1] = replace(previous, text=f"{previous.text} {content}", end_char=last.end)
            continue
        role, org = speakers.role_and_org(speaker)
        quotes.append(Quote("direct", content, speaker, role, org, cue, first.start, last.end,
                            cue_span[0], cue_span[1], paragraph_of(first.start)))
    return quotes


def _is_title(content: str) -> bool:
    """True for a quoted title rather than speech: "Strategi Pemulihan Ekonomi di Era Normal Baru"
    (a webinar, book or banner), mostly capitalised and without a sentence's closing punctuation."""
    words = [w for w in content.split() if w[:1].isalpha()]
    if not words or content.rstrip()[-1:] in ".,!":
        return False
    return sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _continues(text: str, previous: Quote, start: int) -> bool:
    """True when only the previous quote's attribution clause separates it from ``start``."""
    if previous.cue_start < previous.end_char:
        return False
    between = text[previous.cue_end:start - 1]
    return "\n" not in between and between.count(".") <= 1 and len(between) < 120


def _reported_speech(doc: Doc, speakers: _Speakers, paragraph_of) -> list[tuple[Span, Quote]]:
    """Indirect quotes: "X mengatakan (bahwa) ...", "Menurut X, ...", "..., kata X.", with their
    sentences, in every sentence; their speakers are noted as the text's focus."""
    quotes = []
    for sentence in doc.sents:
        # Most sentences hold no cue word: skip them before spaCy builds their tokens.
        if not _CUES_AND_ACCORDING.intersection(_WORD.findall(speakers.text[sentence.start_char:sentence.end_char].lower())):
            continue
        quote = _reported_in(sentence, speakers)
        if quote is not None:
            quotes.append((sentence, replace(quote, paragraph=paragraph_of(quote.start_char))))
            speakers.note(quote.cue_start, quote.speaker)
    return quotes


def _outside(reported: list[tuple[Span, Quote]], direct: list[Quote]) -> list[Quote]:
    """The indirect quotes whose sentences do not overlap a direct quote."""
    taken = [(q.start_char, q.end_char) for q in direct]
    return [quote for sentence, quote in reported
            if not any(sentence.start_char < end and start < sentence.end_char for start, end in taken)]


def _content_span(sentence: Span, first: int) -> tuple[int, int]:
    tokens = [t for t in sentence[first - sentence.start:] if not t.is_space]
    while tokens and (tokens[0].lower_ in COMPLEMENTIZERS or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in ".!?":
        tokens = tokens[:-1]
    if not tokens:
        return -1, -1
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _reported_in(sentence: Span, speakers: _Speakers) -> Optional[Quote]:
    """The reported statement a sentence carries, if any, by the first cue pattern that fits."""
    tokens = [t for t in sentence if not t.is_space]
    if not tokens:
        return None
    if tokens[0].lower_ in ACCORDING_TO:
        return _according_to(sentence, tokens, speakers)
    for token in tokens[1:]:
        word = token.lower_
        if word not in CUE_WORDS:
            continue
        if _REPORTING_VERB.match(word) and not word.startswith("di"):
            # "X mengatakan, ...": the subject before the cue is the speaker.
            start, end = _content_span(sentence, token.i + 1)
            speaker = speakers.resolve(token.text, sentence.start_char, token.idx, sentence.start_char)
            return _indirect(sentence, speakers, speaker, token, [(start, end)])
        if token.nbor(-1).text == ",":
            return _cue_after_clause(sentence, tokens, token, speakers)
    return None


def _according_to(sentence: Span, tokens: list, speakers: _Speakers) -> Optional[Quote]:
    """"Menurut X, ..." (the speaker is the clause up to the comma) and "Menurutnya, ..."."""
    comma = next((t for t in tokens[1:] if t.text == ","), None)
    if comma is None:
        return None
    start, end = _content_span(sentence, comma.i + 1)
    position = sentence.start_char
    cue = tokens[0]
    speaker = (speakers.followed_at(position) if cue.lower_.endswith("nya")
               else speakers.resolve(cue.text, tokens[1].idx, comma.idx, position))
    return _indirect(sentence, speakers, speaker, cue, [(start, end)])


def _cue_after_clause(sentence: Span, tokens: list, cue, speakers: _Speakers) -> Optional[Quote]:
    """"..., kata X." closing a sentence, or "..., lanjutnya, ..." inside one."""
    closing = next((t for t in sentence[cue.i + 1 - sentence.start:] if t.text == ","), None)
    speaker_end = closing.idx if closing is not None else sentence.end_char
    speaker = speakers.resolve(cue.text, cue.idx + len(cue.text), speaker_end, sentence.start_char, nearest_first=True)
    parts = [(tokens[0].idx, cue.nbor(-1).idx)]
    if closing is not None:
        parts.append(_content_span(sentence, closing.i + 1))
    return _indirect(sentence, speakers, speaker, cue, parts)


def _indirect(sentence: Span, speakers: _Speakers, speaker: str, cue, parts: list[tuple[int, int]]) -> Optional[Quote]:
    """An indirect quote of the content ``parts`` (offsets), when a speaker was found and the
    content is long enough to be a statement."""
    parts = [(start, end) for start, end in parts if start >= 0]
    content = " ".join(speakers.text[start:end] for start, end in parts)
    if not speaker or len(content.split()) < _MIN_QUOTE_WORDS:
        return None
    role, org = speakers.role_and_org(speaker)
    return Quote("indirect", content, speaker, role, org, cue.text, parts[0][0], parts[-1][1],
                 cue.idx, cue.idx + len(cue.text))


def find_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    """Direct and indirect quotes in ``doc`` with canonical speakers, in text order.

    Args:
        doc: a Doc with sentence boundaries.
        entities: the document's entities (``doc._.entities``), used to name speakers.
    """
    text = doc_text(doc)
    segments = quote_segments(text)
    speakers = _Speakers(text, entities, [(s.start, s.end) for s in segments],
                         [(sentence.start_char, sentence.end_char) for sentence in doc.sents])
    starts = paragraph_starts(text)

    def paragraph_of(position: int) -> int:
        return sum(1 for start in starts if start <= position) - 1

    reported = _reported_speech(doc, speakers, paragraph_of)
    direct = _direct_quotes(doc, segments, speakers, paragraph_of)
    return sorted(direct + _outside(reported, direct), key=lambda q: q.start_char)


@Language.factory("warta_quotes", requires=["doc.sents", "doc._.entities"], assigns=["doc._.quotes"])
def make_quote_finder(nlp: Language, name: str) -> ExtensionWriter:
    """The ``warta_quotes`` component (after ``warta_entities``): ``doc._.quotes``."""
    return ExtensionWriter("quotes", lambda doc: find_quotes(doc, doc._.entities))
