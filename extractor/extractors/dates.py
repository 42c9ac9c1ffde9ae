"""Dates written in Indonesian news: explicit ("Rabu, 12 Maret 2025", "Senin (4/9/2023)"), without a year
("Jumat (23/01)"), relative ("kemarin", "dua pekan lalu"), partial ("awal Maret 2025"), ranges, years
("pada 2019", "Pemilu 2014") and decades ("era 1970-an").

One pattern, the alternation of ``_PATTERNS``, scans the text once; each alternative has a handler
that normalises its match by calendar arithmetic against the reference date. No dateparser: month
names are a dict lookup and every form here is a rule, which is faster and never guesses.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon.counts import COUNTED_THINGS, COUNT_CLASSIFIERS, MEASURE_UNITS, PEOPLE_NOUNS
from ..lexicon.dates import (DATE_CUES, DATE_DIRECTIONS, DATE_QUALIFIERS, DATE_UNITS, DECADE_CUES, MONTH_ABBREVIATIONS,
                             MONTH_NAMES, NOT_WEEKDAY_CUES, NOT_YEAR_LABELS, NOT_YEAR_PRECEDERS, RELATIVE_DAYS,
                             TIMES_OF_DAY, WEEKDAYS, WEEKDAY_CUES, WEEKDAY_NAME_HEADS)
from ..lexicon.numbers import APPROXIMATE_WORDS
from ..nlp.extensions import ExtensionWriter, doc_text
from ..records import DateMention
from .calendar_rules import add_months, day_month_year, direction_of, full_year, resolve_month, valid_date, year_of
from .money import is_money
from .numbers import NUMBER_PATTERN, NUMBER_WORDS, parse_number
from .patterns import WordStartPattern, after_name, alternation, words_before

_MONTHS = {**MONTH_NAMES, **MONTH_ABBREVIATIONS}
_COUNTING_WORDS = frozenset([*NUMBER_WORDS, *APPROXIMATE_WORDS, "beberapa", "berapa"])
# Words after a bare four-digit number that make it a count or a measure ("2016 orang", "2000 meter").
_NOT_AFTER_YEAR = PEOPLE_NOUNS | COUNTED_THINGS | COUNT_CLASSIFIERS | MEASURE_UNITS
_NEXT_WORD = re.compile(r"[ \xa0]+([^\W\d_][\w'-]*|%)")
_DIGIT_AFTER = re.compile(r"[ \xa0]*\d")
_MAX_UNITS_AGO = 999  # "6.000 tahun yang lalu" has no four-digit year


def _words(words) -> str:
    """Any of ``words`` (lower case, capitalised or upper case), as a whole word."""
    return rf"(?:{alternation(words)})\b"


_S = r"[ \xa0]+"
_S0 = r"[ \xa0]*"
# An abbreviation keeps its full stop only before a number ("12 Des. 2020"), not at a sentence's end.
_MONTH = rf"(?:{_words(MONTH_NAMES)}|{_words(MONTH_ABBREVIATIONS)}(?:\.(?={_S0}\d))?)"
# Capitalised only: lower-case "minggu" is "week".
_WEEKDAY = "(?:{})\\b".format("|".join(
    sorted({form for name in WEEKDAYS for form in (name.capitalize(), name.upper())}, key=len, reverse=True)))
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_COMMA = r"(?:[ \xa0]*,)?[ \xa0]*"  # "Rabu, 12 Maret", "Rabu , 12 Maret" (text rebuilt from tokens), "Rabu 12 Maret"
_YEAR = r"(?:1[5-9]|20)\d\d(?!\d|[.,]\d)"
_DIRECTION = _words(DATE_DIRECTIONS)
_TAHUN = _words(["tahun"])
_BULAN = _words(["bulan"])
_YEAR_SPEC = rf"(?:{_YEAR}|{_TAHUN}{_S}{_DIRECTION})"  # "2025" or "tahun lalu"
_QUALIFIER = _words(DATE_QUALIFIERS)
_CUE = _words(DATE_CUES)
_RANGE = rf"(?:{_S0}[-–—]{_S0}|{_S}(?:s\.?d\.?|s/d|{_words(['hingga', 'sampai dengan', 'sampai'])}){_S})"
_TIME_OF_DAY = _words(TIMES_OF_DAY)
_WEEK = _words(["pekan", "minggu"])
# What may stand between a weekday and its date: "Rabu dini hari (21/9)", "Senin pekan depan (5/6)".
_TOMORROW = _words(["esok", "besok"])
_WEEKDAY_RIDER = rf"(?:{_S}(?:{_TIME_OF_DAY}|{_DIRECTION}|{_TOMORROW}|{_WEEK}{_S}{_DIRECTION}))"
# "16 Agustus kemarin": a direction after a date chooses its year but stays outside the text.
_TAIL = rf"(?:{_S}{_words(['lalu', 'kemarin', 'depan', 'mendatang'])})"

# (name, pattern) in priority order: where two start at the same place, the earlier one wins.
# Group names carry their pattern's prefix because one regex holds them all. Cue words ("pada",
# "sejak") and qualifiers ("awal") are matched but left outside the mention's text.
_PATTERNS: list[tuple[str, str]] = [
    ("across", rf"(?P<a_d1>{_DAY}){_S}(?P<a_m1>{_MONTH})(?:{_S}(?P<a_y1>{_YEAR}))?{_RANGE}"
               rf"(?P<a_d2>{_DAY}){_S}(?P<a_m2>{_MONTH})(?:{_S}(?P<a_y2>{_YEAR_SPEC}))?"),
    ("days", rf"(?P<r_d1>{_DAY}){_RANGE}(?P<r_d2>{_DAY}){_S}(?P<r_m>{_MONTH})(?:{_S}(?P<r_y>{_YEAR_SPEC}))?"),
    ("named", rf"(?:(?P<n_wd>{_WEEKDAY}){_COMMA}(?P<n_po>\()?{_S0})?(?P<n_d>{_DAY}){_S}(?P<n_m>{_MONTH})"
              rf"(?:{_S}(?P<n_y>{_YEAR_SPEC}))?(?(n_po){_S0}\))(?P<n_tail>{_TAIL})?"),
    ("numeric", rf"(?:(?P<u_wd>{_WEEKDAY})(?:{_S0}[-–]{_S0}{_WEEKDAY})?{_WEEKDAY_RIDER}?{_COMMA})?"
                rf"(?:(?P<u_po>\(){_S0})?(?P<u_d>{_DAY})(?:{_S0}[-–]{_S0}(?P<u_d2>{_DAY}))?"
                rf"(?P<u_sep>[/.-])(?P<u_m>1[0-2]|0?[1-9])(?!\d)(?:(?P=u_sep)(?P<u_y>\d{{4}}|\d\d)(?!\d|[.,]\d))?"
                rf"(?P<u_pc>(?(u_po){_S0}\)))(?P<u_tail>{_TAIL})?"),
    ("iso", r"(?P<i_y>(?:19|20)\d\d)-(?P<i_m>0[1-9]|1[0-2])-(?P<i_d>0[1-9]|[12]\d|3[01])(?!\d)"),
    ("months", rf"(?:(?:(?P<s_q>{_QUALIFIER})|{_CUE}){_S})?(?P<s_b>{_BULAN}{_S})?(?P<s_m1>{_MONTH})"
               rf"(?:{_S}(?P<s_y1>{_YEAR}))?{_RANGE}(?P<s_m2>{_MONTH}){_S}(?P<s_y2>{_YEAR_SPEC})"),
    ("month", rf"(?:(?:(?P<m_q>{_QUALIFIER})|(?P<m_c>{_CUE})){_S})?(?P<m_b>{_BULAN}{_S})?(?P<m_m>{_MONTH})"
              rf"(?:{_S}(?P<m_y>{_YEAR_SPEC})|{_S}(?P<m_dir>{_DIRECTION}))?"),
    ("decade", rf"(?:(?:(?P<c_q>{_QUALIFIER})|(?P<c_c>{_CUE}|{_words(DECADE_CUES)})){_S})?"
               rf"(?P<c_y>(?:19|20)\d0|(?P<c_ap>['‘’]{_S0})?\d0)(?:{_S0}-{_S0}|-?)an\b"),
    ("years", rf"(?:(?:{_CUE}|{_words(['dari', 'antara'])}){_S})?(?P<y_t>{_TAHUN}{_S})?(?P<y_y1>(?:19|20)\d\d)"
              rf"(?:{_RANGE}|{_S0}/{_S0})(?P<y_y2>(?:19|20)\d\d)(?!\d|[.,]\d)"),
    ("year", rf"(?:(?:(?P<t_q>{_QUALIFIER})|(?P<t_c>{_CUE})){_S})?(?P<t_t>{_TAHUN}{_S})?(?P<t_y>{_YEAR})"),
    ("ago", rf"(?:(?P<g_n>{NUMBER_PATTERN}){_S}|[Ss]e)(?P<g_unit>{_words(DATE_UNITS)}){_S}"
            rf"(?P<g_dir>{_words(['yang lalu', 'lalu', 'silam'])})"),
    ("unit", rf"(?:(?P<e_q>{_QUALIFIER}){_S})?(?P<e_unit>{_words(['pekan', 'minggu', 'bulan', 'tahun'])})"
             rf"{_S}(?P<e_dir>{_DIRECTION})"),
    ("weekday", rf"(?:(?P<w_cue>{_words(WEEKDAY_CUES)}){_S}(?:{_words(['hari'])}{_S})?)?"
                rf"(?P<w_wd>{_WEEKDAY})(?!{_WEEKDAY_RIDER}?{_COMMA}\(?{_S0}\d)"
                rf"(?:{_S}(?P<w_week>{_WEEK})(?={_S}{_DIRECTION}))?(?:{_S}(?P<w_dir>{_DIRECTION}|{_TOMORROW}))?"
                rf"(?:{_S}(?P<w_time>{_TIME_OF_DAY}))?"),
    ("day", rf"(?P<d_word>{_words(RELATIVE_DAYS)})"),
]
# Every word a pattern above can start with: positions starting with none of them are skipped
# before the alternatives are tried. Add a pattern's first word here when adding a pattern.
_FIRST_WORDS = [
    *WEEKDAYS, *MONTH_NAMES, *MONTH_ABBREVIATIONS, *DATE_QUALIFIERS, *DATE_CUES, *WEEKDAY_CUES,
    *DATE_UNITS, *(f"se{unit}" for unit in DATE_UNITS), *(words.split()[0] for words in RELATIVE_DAYS),
    "dari", "antara", *DECADE_CUES, *NUMBER_WORDS,
]
_ALTERNATIVES = "|".join(f"(?P<{name}>{pattern})" for name, pattern in _PATTERNS)
_DATE = WordStartPattern(rf"(?=[\d('‘’]|{_words(_FIRST_WORDS)})(?:{_ALTERNATIVES})")


def _month_number(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


def _mention(match: re.Match, start: int, end: int, value: str, **fields) -> DateMention:
    return DateMention(match.string[start:end], value, start, end, **fields)


def _qualifier(word: str | None) -> str:
    return DATE_QUALIFIERS.get((word or "").lower(), "")


def _across(match: re.Match, reference: date) -> DateMention | None:
    g = match.group
    last = day_month_year(int(g("a_d2")), _month_number(g("a_m2")), g("a_y2"), reference, None)
    if last is None:
        return None
    month, day = _month_number(g("a_m1")), int(g("a_d1"))
    # "28 Desember - 3 Januari 2020" starts in the year before its end.
    year = int(g("a_y1")) if g("a_y1") else last[0].year - ((month, day) > (last[0].month, last[0].day))
    first = valid_date(year, month, day)
    if first is None or first > last[0]:
        return None
    return _mention(match, match.start("across"), match.end(), first.isoformat(), end_value=last[0].isoformat(),
                    relative=last[1])


def _days(match: re.Match, reference: date) -> DateMention | None:
    g = match.group
    last = day_month_year(int(g("r_d2")), _month_number(g("r_m")), g("r_y"), reference, None)
    if last is None or int(g("r_d1")) > last[0].day:
        return None
    first = last[0].replace(day=int(g("r_d1")))
    return _mention(match, match.start("days"), match.end(), first.isoformat(), end_value=last[0].isoformat(),
                    relative=last[1])


def _named(match: re.Match, reference: date) -> DateMention | None:
    g = match.group
    found = day_month_year(int(g("n_d")), _month_number(g("n_m")), g("n_y"), reference, g("n_wd"),
                            direction_of(g("n_tail")))
    if found is None:
        return None
    end = match.start("n_tail") if g("n_tail") else match.end()
    return _mention(match, match.start("named"), end, found[0].isoformat(), relative=found[1], flag=found[2])


def _numeric(match: re.Match, reference: date) -> DateMention | None:
    g = match.group
    # "23/1" alone may be a fraction or a score: without a year it needs brackets or a weekday;
    # "12.10.15" is more often a time or a version than a date: dots and dashes need four-digit years.
    if g("u_sep") != "/" and len(g("u_y") or "") != 4 or not g("u_y") and not (g("u_po") or g("u_wd")):
        return None
    found = day_month_year(int(g("u_d")), int(g("u_m")), g("u_y"), reference, g("u_wd"),
                            direction_of(g("u_tail")), numeric_year=True)
    if found is None:
        return None
    start, end = match.start("numeric"), match.end("u_pc")
    if g("u_po") and not g("u_wd"):
        start, end = match.start("u_d"), match.start("u_pc")  # "(23/1)" alone: the date inside the brackets
    if not g("u_d2"):
        return _mention(match, start, end, found[0].isoformat(), relative=found[1], flag=found[2])
    # "Selasa-Rabu (18-19/6)": the weekday and the year belong to the first day.
    last = valid_date(found[0].year, found[0].month, int(g("u_d2")))
    if last is None or last < found[0]:
        return None
    return _mention(match, start, end, found[0].isoformat(), end_value=last.isoformat(), relative=found[1],
                    flag=found[2])


def _iso(match: re.Match, reference: date) -> DateMention | None:
    found = valid_date(int(match.group("i_y")), int(match.group("i_m")), int(match.group("i_d")))
    return _mention(match, match.start("iso"), match.end(), found.isoformat()) if found else None


def _months(match: re.Match, reference: date) -> DateMention | None:
    g = match.group
    first_month, last_month = _month_number(g("s_m1")), _month_number(g("s_m2"))
    last_year = year_of(g("s_y2"), reference)
    # "Mei hingga Juli 2024": the first month takes its year from the last.
    first_year = int(g("s_y1")) if g("s_y1") else last_year - (first_month > last_month)
    if (first_year, first_month) > (last_year, last_month):
        return None
    start = match.start("s_b") if g("s_b") else match.start("s_m1")
    return _mention(match, start, match.end(), f"{first_year:04d}-{first_month:02d}", resolution="month",
                    end_value=f"{last_year:04d}-{last_month:02d}", qualifier=_qualifier(g("s_q")),
                    relative=not g("s_y2")[0].isdigit())


def _month(match: re.Match, reference: date) -> DateMention | None:
    g = match.group
    cued = g("m_q") or g("m_c") or g("m_b") or g("m_dir")
    # A month without a year needs a cue and its full name: "Mei" is also a name, "Jan" a word.
    if not g("m_y") and not (cued and g("m_m").lower() in MONTH_NAMES):
        return None
    month = _month_number(g("m_m"))
    if g("m_y"):
        year, relative = year_of(g("m_y"), reference), not g("m_y")[0].isdigit()
    else:
        year, relative = resolve_month(month, reference, g("m_dir")), True
    start = match.start("m_b") if g("m_b") else match.start("m_m")
    return _mention(match, start, match.end(), f"{year:04d}-{month:02d}", resolution="month", relative=relative,
                    qualifier=_qualifier(g("m_q")))


def _years(match: re.Match, reference: date) -> DateMention | None:
    first, last = int(match.group("y_y1")), int(match.group("y_y2"))
    if not first < last <= first + 100:
        return None
    start = match.start("y_t") if match.group("y_t") else match.start("y_y1")
    return _mention(match, start, match.end(), str(first), resolution="year", end_value=str(last))


def _decade(match: re.Match, reference: date) -> DateMention | None:
    g = match.group
    digits = g("c_y").lstrip("'‘’ \xa0")
    # "usia 60-an" is an age: two digits make a decade only after an apostrophe or a cue ("era 90-an").
    if len(digits) == 2 and not (g("c_ap") or g("c_q") or g("c_c")):
        return None
    first = int(digits) if len(digits) == 4 else full_year(digits, reference) // 10 * 10
    start = match.start("c_y") + len(g("c_y")) - len(digits)
    return _mention(match, start, match.end(), str(first), resolution="year", end_value=str(first + 9),
                    qualifier=_qualifier(g("c_q")))


def _bare_year(text: str, start: int, end: int) -> bool:
    """Whether a four-digit number written alone is a year: 1900-2099, no label or count cue before it
    ("Nomor 2019", "Sebanyak 2019"), no counted noun, unit or digits after it ("2016 orang", "2000 meter"),
    not an amount ("Rp 2000")."""
    if not text.startswith(("19", "20"), start):
        return False
    previous = [word.lower() for word in words_before(text, start, 2)]
    if previous and (previous[-1] in NOT_YEAR_PRECEDERS or len(previous) == 2 and previous[0] in NOT_YEAR_LABELS):
        return False
    following = _NEXT_WORD.match(text, end)
    # "2014 5678" is a phone number's groups.
    if following and following.group(1).lower() in _NOT_AFTER_YEAR or _DIGIT_AFTER.match(text, end):
        return False
    return not is_money(text, start, end)


def _year(match: re.Match, reference: date) -> DateMention | None:
    g = match.group
    # Without a cue a year stands alone; a four-digit number is a year unless it labels or counts.
    if not (g("t_q") or g("t_c") or g("t_t") or _bare_year(match.string, match.start("t_y"), match.end("t_y"))):
        return None
    start = match.start("t_t") if g("t_t") else match.start("t_y")
    before = [word.lower() for word in words_before(match.string, start, 2)]
    if len(before) == 2 and before[0] in NOT_YEAR_LABELS and before[1].isdigit():
        return None  # "Undang-Undang Nomor 20 Tahun 2001": the year is part of a law's number
    return _mention(match, start, match.end(), g("t_y"), resolution="year", qualifier=_qualifier(g("t_q")))


def _shifted(reference: date, unit: str, amount: int) -> tuple[str, str]:
    """``(value, resolution)`` of the day, week, month or year ``amount`` units from the reference date.

    A week is valued at the same weekday ("pekan lalu" = seven days before), the reading the
    samples' gold takes; its resolution says the day is approximate.
    """
    resolution = DATE_UNITS[unit.lower()]
    if resolution == "day":
        return (reference + timedelta(days=amount)).isoformat(), resolution
    if resolution == "week":
        return (reference + timedelta(weeks=amount)).isoformat(), resolution
    if resolution == "month":
        return add_months(reference, amount).isoformat()[:7], resolution
    return str(reference.year + amount), resolution


def _ago(match: re.Match, reference: date) -> DateMention | None:
    g = match.group
    amount = parse_number(g("g_n")) if g("g_n") else 1
    if amount is None or amount != int(amount) or amount > _MAX_UNITS_AGO:
        return None
    value, resolution = _shifted(reference, g("g_unit"), -int(amount))
    return _mention(match, match.start("ago"), match.end(), value, resolution=resolution, relative=True)


def _unit(match: re.Match, reference: date) -> DateMention | None:
    g = match.group
    # "pelatih 66 tahun ini" is "this 66-year-old coach"; "beberapa bulan lalu" is vague.
    previous = words_before(match.string, match.start("e_unit"))
    if previous and (previous[0][0].isdigit() or previous[0].lower() in _COUNTING_WORDS):
        return None
    value, resolution = _shifted(reference, g("e_unit"), direction_of(g("e_dir")))
    return _mention(match, match.start("e_unit"), match.end(), value, resolution=resolution, relative=True,
                    qualifier=_qualifier(g("e_q")))


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``text[start:end]`` belongs to a name ("Pasar Minggu", "Jumat Berkah"):
    after a name's head or before a capitalised word. After other names it is a date ("Mesir Sabtu
    menyerukan", "kata Amanda Vanstone Selasa")."""
    previous = words_before(text, start)
    if previous and previous[0].lower() in WEEKDAY_NAME_HEADS and after_name(text, start):
        return True
    return text[end:end + 1] == " " and text[end + 1:end + 2].isupper()


def _weekday(match: re.Match, reference: date) -> DateMention | None:
    g = match.group
    start = match.start("w_wd")
    cue, direction_word = (g("w_cue") or "").lower(), (g("w_dir") or "").lower()
    previous = words_before(match.string, start)
    if previous and previous[0].lower() in NOT_WEEKDAY_CUES:
        return None
    if not (cue or direction_word or g("w_time")) and _in_name(match.string, start, match.end()):
        return None
    weekday = WEEKDAYS[g("w_wd").lower()]
    direction = 1 if {cue, direction_word} & {"besok", "esok"} else direction_of(direction_word)
    if g("w_week"):  # "Senin pekan depan": the Monday of the week after the reference date's
        found = reference + timedelta(days=weekday - reference.weekday(), weeks=direction)
    elif direction < 0:
        found = reference - timedelta(days=(reference.weekday() - weekday - 1) % 7 + 1)
    elif direction > 0:
        found = reference + timedelta(days=(weekday - reference.weekday() - 1) % 7 + 1)
    elif direction_word in DATE_DIRECTIONS:  # "Senin ini": the Monday of the reference date's week
        found = reference + timedelta(days=weekday - reference.weekday())
    else:
        found = reference - timedelta(days=(reference.weekday() - weekday) % 7)
    return _mention(match, start, match.end(), found.isoformat(), relative=True)


def _day(match: re.Match, reference: date) -> DateMention | None:
    offset = RELATIVE_DAYS[" ".join(match.group("d_word").lower().split())]
    return _mention(match, match.start("day"), match.end(), (reference + timedelta(days=offset)).isoformat(),
                    relative=True)


_HANDLERS = {
    "across": _across, "days": _days, "named": _named, "numeric": _numeric, "iso": _iso,
    "months": _months, "month": _month, "decade": _decade, "years": _years, "year": _year, "ago": _ago, "unit": _unit,
    "weekday": _weekday, "day": _day,
}


def find_dates(doc: Doc, reference_date: date) -> list[DateMention]:
    """Every date written in ``doc``, normalised, in order of appearance.

    Args:
        doc: a Doc; only its text is read.
        reference_date: the article's date; year-less, weekday-only and relative dates resolve against it.

    Returns:
        ``DateMention`` records whose ``text`` is ``doc.text[start_char:end_char]``. Durations
        ("selama tiga hari"), ages ("34 tahun") and clock times ("pukul 10.00") are not dates; a
        decade is a range of years ("1970-an": 1970 to 1979).
    """
    text = doc_text(doc)
    found = []
    for match in _DATE.finditer(text):
        mention = _HANDLERS[match.lastgroup](match, reference_date)
        if mention is not None:
            found.append(mention)
    return found


# doc._.reference_date is no requirement: Warta.make_doc sets it before the pipeline runs, not a
# component, and today stands in when it is absent.
@Language.factory("warta_dates", assigns=["doc._.dates"])
def make_date_finder(nlp: Language, name: str) -> ExtensionWriter:
    """The ``warta_dates`` component: ``doc._.dates``, resolved against ``doc._.reference_date`` (or today)."""
    return ExtensionWriter("dates", lambda doc: find_dates(doc, doc._.reference_date or date.today()))
