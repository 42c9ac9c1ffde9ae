"""Direct and reported speech with its speaker, as Indonesian newsrooms write it.

Direct quotes are found from their quotation marks per paragraph (an unclosed mark ends at the
paragraph's end unless the next paragraph reopens it; Kompas-style ”...” pairs too); attributions are
read from the cue around them ("..., ujar Edi." / "Edi mengatakan, ..."); reported speech from
cue-verb sentence patterns. "-nya" cues and pronouns go to the person the text follows: the last one
named as a speaker or a sentence's subject. Scored on PFSA-ID by ``extractor.evaluation.quotes``.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lexicon.entities import HONORIFICS
from ..lexicon.quotes import (ACCORDING_TO, BARE_REPORTING_VERBS, CLAUSE_OPENERS, COMPLEMENTIZERS, CUE_WORDS,
                              NOT_REPORTING_BEFORE, REPORTING_VERB, SPEAKER_PRONOUNS, STANCE_WORDS, VERB_FORM)
from ..nlp.extensions import ExtensionWriter, doc_text
from ..nlp.paragraphs import headline_paragraphs, paragraph_starts, paragraphs
from ..records import Entity, Quote
from .entities.names import ROMAN_NUMERAL_LETTERS
from .entities.selection import overlaps
from .speakers import Speakers

_CUE = "|".join(sorted(CUE_WORDS, key=len, reverse=True))
# "..., ujar Erlina." / "..." katanya. / ", kata Kepala Dinas Kesehatan, Budi."
# A title's full stop does not end the speaker's phrase: "kata Prof. Dr. Fathur Rokhman M.Hum. ..."
_TITLE = "|".join(re.escape(title) for title in sorted(HONORIFICS, key=len, reverse=True) if title.endswith("."))
# nor does an initial's: "kata General Manager PT X A. Yoga Suryadarma" (not a roman numeral's)
_INITIAL_LETTERS = "".join(letter for letter in string.ascii_uppercase if letter not in ROMAN_NUMERAL_LETTERS)
_INITIAL_STOP = rf"(?<=\b[{_INITIAL_LETTERS}])\.(?=[ ]+[A-Z])"
_CUE_AFTER = re.compile(rf"[ ]*,?[ ]*(?:demikian[ ]+)?(?P<cue>(?i:{_CUE}))\b[ ]*"
                        rf"(?P<speaker>(?:\b(?i:{_TITLE})|{_INITIAL_STOP}|[^.;!?“”\"\n]){{0,160}})")
# "Budi mengatakan, “..." / "Menurut Budi, “..."
# A full stop before a word in lower case ends a degree, not the sentence: "Abdul Halik, MM. saat meresmikan
# posko mengatakan, “..."
_CUE_BEFORE = re.compile(rf"(?P<speaker>(?:[^.;!?“”\"\n]|\.(?=[ ]+[a-z])|{_INITIAL_STOP}){{1,150}}?)[ ]+"
                         rf"(?P<cue>(?i:{_CUE}))[ ]*"
                         rf"(?:bahwa[ ]*)?[,:]?[ ]*$")
_LONGEST_CUE_BEFORE = 150 + max(map(len, CUE_WORDS)) + 20  # speaker, cue, "bahwa", spaces and a comma
_NOT_IN_ATTRIBUTION = re.compile(rf"[;!?“”\"\n]|(?<!\b[{_INITIAL_LETTERS}])\.(?![ ]+[a-z])")  # what a match of _CUE_BEFORE cannot hold
_CUE_ENDINGS = tuple(cue.lower() for cue in CUE_WORDS)
_CLOSING = "”\""
_PARAGRAPHS_BACK = 2  # how far back a quote without attribution looks for the one who introduced it
_MARK = re.compile("[“”\"]")
_CLOSING_MARK = re.compile(f"[{_CLOSING}]")
_WORD = re.compile(r"\w+")
_CUES_AND_ACCORDING = CUE_WORDS | ACCORDING_TO
_MIN_QUOTE_WORDS = 4
_LONGEST_FRONTED_NAME = 4  # words of the name after a cue's bare root opening a sentence ("Lanjut Aka, ...")  # shorter quoted strings are mostly scare quotes around a term


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
    paragraph's end and continues into the next paragraph only when that one opens with a mark, or
    closes one before it opens any.
    Right marks open quotes too where the text uses them on both sides (”...”, Kompas style)."""
    segments: list[_Segment] = []
    previous_end = -1
    for para_start, para_end in paragraphs(text):
        position = para_start
        while (mark := _MARK.search(text, position, para_end)) is not None:
            i = mark.start()
            if not _may_open(text, i, para_end):
                # "“Sebagai ... dikembangkan.⏎⏎Kolaboratif ... Aceh,” kata X": a quote left open at the end
                # of the paragraph before goes on to the first closing mark of this one
                if position == para_start and segments and not segments[-1].closed and segments[-1].end == previous_end:
                    segments.append(_Segment(para_start, i, True))
                position = i + 1
                continue
            close = next((j.start() for j in _CLOSING_MARK.finditer(text, i + 1, para_end) if not _is_opening(text, j.start())), None)
            end = para_end if close is None else close
            segments.append(_Segment(i + 1, end, close is not None))
            position = end + 1
        previous_end = para_end
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
    stops = _NOT_IN_ATTRIBUTION.finditer(text, window_start, opening)
    window_start = max([window_start, *(stop.end() for stop in stops)])
    match = _CUE_BEFORE.search(text, window_start, opening)
    if not match:
        return None
    return _Attribution(match.group("cue"), match.start("cue"), match.end("cue"),
                        match.start("speaker"), match.end("speaker"), False, opening)



def _direct_quotes(doc: Doc, segments: list[_Segment], speakers: Speakers, paragraph_of,
                   reported: list[tuple[Span, Quote]]) -> list[Quote]:
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
        if attribution is None and (len(content.split()) < _MIN_QUOTE_WORDS or _is_title(content)):
            continue
        # "Calvo menyebut pihaknya “sudah siap menghadapi apapun”": the sentence's reporting verb attributes it
        reporting = None if attribution else _reported_before(reported, first.start)
        if reporting:
            speaker, cue, cue_span = reporting.speaker, reporting.cue, (reporting.cue_start, reporting.cue_end)
        elif attribution is None:
            follows_attributed = previous and previous.speaker and paragraph_of(first.start) - previous.paragraph <= 1
            speaker = previous.speaker if follows_attributed else _introduced_before(text, speakers, first.start)
            cue, cue_span = "", (-1, -1)
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


def _reported_before(reported: list[tuple[Span, Quote]], opening: int) -> Optional[Quote]:
    """The reported speech whose sentence holds a quote opening at ``opening`` after its cue, if any."""
    return next((quote for sentence, quote in reported
                 if sentence.start_char <= opening < sentence.end_char and quote.speaker and quote.cue_end <= opening),
                None)


def _introduced_before(text: str, speakers: Speakers, opening: int) -> str:
    """The speaker of a quote that opens its paragraph with no attribution: the person the paragraph
    just before named as a speaker or a sentence's subject ("Kasubag Humas Polres X, Iptu Haris, saat
    dikonfirmasi membenarkan ..." then "“Iya benar, ...”"), or the one before it where that paragraph
    names no one (a figure or a fact between the introduction and the quote); "" otherwise."""
    paragraph_start = text.rfind("\n", 0, opening) + 1
    if text[paragraph_start:opening - 1].strip() or paragraph_start == 0:
        return ""
    for _ in range(_PARAGRAPHS_BACK):
        before = text[:paragraph_start].rstrip()
        previous_start = before.rfind("\n") + 1
        named = speakers.named_since(previous_start, paragraph_start)
        if named or previous_start == 0 or any(previous_start <= person.start_char < paragraph_start
                                               for person in speakers.people):
            return named
        paragraph_start = previous_start
    return ""


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


def _reported_speech(sentences: list[Span], speakers: Speakers, paragraph_of) -> list[tuple[Span, Quote]]:
    """Indirect quotes: "X mengatakan (bahwa) ...", "Menurut X, ...", "..., kata X.", with their
    sentences, in every sentence; their speakers are noted as the text's focus."""
    quotes = []
    for sentence in sentences:
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


def _reported_in(sentence: Span, speakers: Speakers) -> Optional[Quote]:
    """The reported statement a sentence carries, if any, by the first cue pattern that fits."""
    tokens = [t for t in sentence if not t.is_space]
    for position, token in enumerate(tokens):
        word = token.lower_
        if (word in ACCORDING_TO and (word.startswith("menurut") or _opens_sentence(tokens[:position]))
                or _opens_with_a_passive_cue(tokens, position)):
            quote = _according_to(sentence, tokens, position, speakers)
            if quote is not None:
                return quote
            continue
        if position == 0 and _opens_with_a_cue_of_the_followed(tokens):  # "Katanya, ketika ..."
            return _cue_after_clause(sentence, tokens, position, speakers, clause_before=False)
        if position == 0 or word not in CUE_WORDS or tokens[position - 1].lower_ in NOT_REPORTING_BEFORE:
            continue
        if REPORTING_VERB.match(word) and not word.startswith("di") or word in STANCE_WORDS | BARE_REPORTING_VERBS:
            # "X mengatakan, ...": the subject before the cue is the speaker; a subject that names
            # nobody ("Saksi mata di lokasi mengatakan ...") still reports a statement.
            start, end = _content_span(sentence, token.i + 1)
            speaker = _main_clause_subject(tokens, position, speakers) if _opens_sentence(tokens[:position]) else ""
            speaker = speaker or speakers.resolve(token.text, sentence.start_char, token.idx, sentence.start_char)
            unnamed = _names_nobody(speakers.text[sentence.start_char:token.idx])
            return _indirect(sentence, speakers, speaker, token, [(start, end)], unnamed_speaker=unnamed)
        if token.nbor(-1).text == ",":  # "..., kata X."
            return _cue_after_clause(sentence, tokens, position, speakers)
        if word == "kata" and tokens[position - 1].lower_ in CLAUSE_OPENERS:  # "Tidak hanya itu kata X, ..."
            return _cue_after_clause(sentence, tokens, position, speakers, clause_before=False)
    return None


def _opens_with_a_cue_of_the_followed(tokens: list) -> bool:
    """"Katanya, ...", "Ujarnya, ...": a sentence opening with a cue and "-nya" and a comma reports the
    person the text follows."""
    word = tokens[0].lower_
    return (len(tokens) > 2 and word.endswith("nya") and word[:-3] in CUE_WORDS and tokens[1].text == ","
            and not REPORTING_VERB.match(word))


def _opens_with_a_passive_cue(tokens: list, position: int) -> bool:
    """"Disampaikan Alfiansyah, jumlah BLT ...", "Ditambahkan, bantuan ...", "Lanjut Aka, bahwa ...": a
    passive cue or a cue's bare root opening the sentence, its agent named after it up to a comma (or, after
    a passive cue, left to the person followed), reads like "Menurut X, ..." and "Menurutnya, ..."."""
    word = tokens[position].lower_
    if not _opens_sentence(tokens[:position]) or position + 1 >= len(tokens):
        return False
    if _is_passive_cue(word):
        return tokens[position + 1].text[:1].isupper() or tokens[position + 1].text == ","
    # "Lanjut Aka, bahwa ...": a cue's bare root opening the sentence, a name and a comma after it
    # (only capitalised words before the comma: "Lebih lanjut Kapolres Pekalongan mengatakan, ..." is no such)
    comma = next((k for k in range(position + 2, min(len(tokens), position + 2 + _LONGEST_FRONTED_NAME))
                  if tokens[k].text == ","), None)
    return (word in CUE_WORDS and not REPORTING_VERB.match(word) and word not in STANCE_WORDS and comma is not None
            and all(t.text[:1].isupper() for t in tokens[position + 1:comma]))


def _is_passive_cue(word: str) -> bool:
    return word in CUE_WORDS and word.startswith("di")  # "disampaikan", "ditambahkan"


def _refers_to_the_followed(tokens: list, position: int) -> bool:
    """Whether the cue ``tokens[position]`` names no one and means the person the text follows:
    "menurutnya", "katanya", and a passive cue with no agent ("Ditambahkan, ...")."""
    cue = tokens[position].lower_
    return cue.endswith("nya") or (_is_passive_cue(cue) and position + 1 < len(tokens)
                                   and tokens[position + 1].text == ",")


def _main_clause_subject(tokens: list, cue_index: int, speakers: Speakers) -> str:
    """The person opening the main clause after a cue in a clause without a subject ("Selain
    mengeluhkan anggaran, Barlian pun berharap ..."): the one named right after the clause's comma; ""."""
    comma = next((t for t in tokens[cue_index + 1:] if t.text == ","), None)
    if comma is None:
        return ""
    after = comma.idx + 1
    return next((person.canonical for person in speakers.people
                 if person.start_char >= after and not speakers.text[after:person.start_char].strip()), "")


def _opens_sentence(before: list) -> bool:
    """True when only openers ("Namun", "Dan", commas) stand before a cue: "Dan kata dia, ..."."""
    return all(t.is_punct or t.lower_ in CLAUSE_OPENERS for t in before)


def _names_nobody(subject: str) -> bool:
    """True for a subject phrase that is a plain noun phrase naming no one the text could resolve
    ("Sejumlah kalangan", "Saksi mata di lokasi"): a few words, no verb, no clause before a comma."""
    words = re.findall(r"[\w-]+", subject)
    return (0 < len(words) <= 6 and "," not in subject
            and not any(VERB_FORM.fullmatch(w.lower()) or w.lower() in CUE_WORDS for w in words))


def _speaker_phrase_end(tokens: list, cue_index: int, speakers: Speakers) -> tuple[int, int]:
    """Where the speaker's phrase after the cue ``tokens[cue_index]`` ends, as (index of the token after
    it, its character end): at the cue itself for "-nya" ("menurutnya, ...", "katanya ..."), at the next
    comma, else after a name or pronoun that opens it ("menurut dia hal itu ...", "kata Sunaryo
    ditangkap ..."); (-1, -1) when none of these."""
    cue, first = tokens[cue_index], cue_index + 1
    if _refers_to_the_followed(tokens, cue_index):
        return first + (first < len(tokens) and tokens[first].text == ","), cue.idx + len(cue.text)
    comma = next((i for i in range(first, len(tokens)) if tokens[i].text == ","), None)
    if comma is not None and comma > first:
        return comma + 1, tokens[comma].idx
    if first >= len(tokens):
        return -1, -1
    if tokens[first].lower_ in SPEAKER_PRONOUNS:
        return first + 1, tokens[first].idx + len(tokens[first].text)
    named = next((e for e in speakers.entities if e.start_char == tokens[first].idx and e.label in ("PER", "ORG")), None)
    if named is None:
        return -1, -1
    after = next((i for i in range(first, len(tokens)) if tokens[i].idx >= named.end_char), len(tokens))
    return after, named.end_char


def _before_part(tokens: list, position: int) -> list[tuple[int, int]]:
    """The statement's words before a cue inside the sentence ("Pernyataan itu, menurut X, ..."),
    without its openers; none where only openers stand there."""
    before = [t for t in tokens[:position] if not t.is_punct]
    while before and before[0].lower_ in CLAUSE_OPENERS:
        before.pop(0)
    if not before:
        return []
    return [(before[0].idx, before[-1].idx + len(before[-1].text))]


def _according_to(sentence: Span, tokens: list, position: int, speakers: Speakers) -> Optional[Quote]:
    """"Menurut X, ..." (the speaker is the phrase up to the comma, or the name that opens it),
    "menurutnya ...", and the same inside a sentence ("Akan tetapi, menurut Adriana, ...",
    "..., menurut riset YouGov.")."""
    cue = tokens[position]
    after, speaker_end = _speaker_phrase_end(tokens, position, speakers)
    if after < 0:
        return None
    speaker = (speakers.followed_at(sentence.start_char) if _refers_to_the_followed(tokens, position)
               else speakers.resolve(cue.text, tokens[position + 1].idx, speaker_end, sentence.start_char))
    parts = _before_part(tokens, position)
    if after < len(tokens):
        parts.append(_content_span(sentence, tokens[after].i))
    return _indirect(sentence, speakers, speaker, cue, parts)


def _cue_after_clause(sentence: Span, tokens: list, position: int, speakers: Speakers,
                      clause_before: bool = True) -> Optional[Quote]:
    """"..., kata X." closing a sentence, or "..., lanjutnya, ..." and "..., kata X ..." inside one; the
    statement only after the attribution where what comes before it is no ``clause_before`` of it
    ("Tidak hanya itu kata X, ...", "Katanya, ...")."""
    cue = tokens[position]
    after, speaker_end = _speaker_phrase_end(tokens, position, speakers)
    if after < 0:
        after, speaker_end = len(tokens), sentence.end_char
    speaker = speakers.resolve(cue.text, cue.idx + len(cue.text), speaker_end, sentence.start_char, nearest_first=True)
    parts = [(tokens[0].idx, cue.nbor(-1).idx)] if clause_before else []
    if after < len(tokens):
        parts.append(_content_span(sentence, tokens[after].i))
    return _indirect(sentence, speakers, speaker, cue, parts)


def _indirect(sentence: Span, speakers: Speakers, speaker: str, cue, parts: list[tuple[int, int]],
              unnamed_speaker: bool = False) -> Optional[Quote]:
    """An indirect quote of the content ``parts`` (offsets), when a speaker was found (or the cue's
    subject names nobody, ``unnamed_speaker``) and the content is long enough to be a statement."""
    parts = [(start, end) for start, end in parts if start >= 0]
    content = " ".join(speakers.text[start:end] for start, end in parts)
    if not (speaker or unnamed_speaker) or len(content.split()) < _MIN_QUOTE_WORDS:
        return None
    role, org = speakers.role_and_org(speaker) if speaker else ("", "")
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
    # A headline ("Baca juga: Jokowi: ...") names people but is nobody's statement: it sets no focus.
    headlines = headline_paragraphs(text)
    prose = [sentence for sentence in doc.sents if not overlaps(sentence.start_char, sentence.end_char, headlines)]
    speakers = Speakers(text, entities, [(s.start, s.end) for s in segments],
                        [(sentence.start_char, sentence.end_char) for sentence in prose])
    starts = paragraph_starts(text)

    def paragraph_of(position: int) -> int:
        return sum(1 for start in starts if start <= position) - 1

    reported = _reported_speech(prose, speakers, paragraph_of)
    direct = _direct_quotes(doc, segments, speakers, paragraph_of, reported)
    quotes = sorted(direct + _outside(reported, direct), key=lambda q: q.start_char)
    return [replace(quote, speaker_entity_id=speakers.entity_id(quote.speaker)) if quote.speaker else quote
            for quote in quotes]


@Language.factory("warta_quotes", requires=["doc.sents", "doc._.entities"], assigns=["doc._.quotes"])
def make_quote_finder(nlp: Language, name: str) -> ExtensionWriter:
    """The ``warta_quotes`` component (after ``warta_entities``): ``doc._.quotes``."""
    return ExtensionWriter("quotes", lambda doc: find_quotes(doc, doc._.entities))
