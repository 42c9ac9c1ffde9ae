"""Calendar arithmetic for dates written without all their parts: the year of a day and month, or of a
month, named without one, relative years ("tahun lalu"), two-digit years, weekdays that must fit.
Pure functions of the written parts and the reference date (the article's publication date).
"""
from __future__ import annotations

from calendar import monthrange
from datetime import date

from ..lexicon.dates import DATE_DIRECTIONS, WEEKDAYS

WEEKDAY_YEARS_BACK = 6  # "Jumat (23/01)": how many years back to look for a matching weekday


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clipped to the month's last day (31 January + 1 = 28/29 February)."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def direction_of(word: str | None) -> int:
    return DATE_DIRECTIONS.get(" ".join(word.lower().split()), 0) if word else 0


def year_of(spec: str, reference: date) -> int:
    """The year a written year names: "2025", or "tahun lalu" counted from the reference date."""
    if spec[0].isdigit():
        return int(spec)
    return reference.year + direction_of(spec.split(None, 1)[1])


def full_year(digits: str, reference: date) -> int:
    """A four-digit year, or a two-digit one in the century that keeps it from the far future."""
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if 2000 + year <= reference.year + 1 else 1900
    return year


def resolve_day(day: int, month: int, reference: date, weekday: int | None,
                 direction: int) -> tuple[date, str] | None:
    """The date of a day and month written without a year, and a flag when the weekday fits no year.

    The latest such date at most a month after the reference date (events are announced ahead),
    or at or before it after "lalu", or the first at or after it after "mendatang"; with a
    weekday, the latest of those whose weekday matches, within ``WEEKDAY_YEARS_BACK`` years.
    """
    years = range(reference.year + 1, reference.year - WEEKDAY_YEARS_BACK - 1, -1)
    candidates = [found for found in (valid_date(year, month, day) for year in years) if found]
    if direction > 0:
        candidates = [found for found in reversed(candidates) if found >= reference]
    else:
        latest = reference if direction < 0 else add_months(reference, 1)
        candidates = [found for found in candidates if found <= latest]
    if weekday is None:
        return (candidates[0], "") if candidates else None
    fitting = [found for found in candidates if found.weekday() == weekday]
    if fitting:
        return fitting[0], ""
    fallback = valid_date(reference.year, month, day) or (candidates[0] if candidates else None)
    return (fallback, "weekday-mismatch") if fallback else None


def resolve_month(month: int, reference: date, direction_word: str | None) -> int:
    """The year of a month named without one: the latest at or before the reference date, the
    reference year after "ini", the first at or after it after "depan" or "mendatang"."""
    word = (direction_word or "").lower()
    if direction_of(word) > 0:
        return reference.year + (month < reference.month)
    if word in DATE_DIRECTIONS and direction_of(word) == 0:
        return reference.year
    return reference.year - (month > reference.month)


def day_month_year(day: int, month: int, year_text: str | None, reference: date, weekday: str | None,
                    direction: int = 0, numeric_year: bool = False) -> tuple[date, bool, str] | None:
    """``(date, relative, flag)`` for a day and month with an optional year, or None when invalid.

    ``year_text`` is a written year ("2025", "tahun lalu"), or the two or four digits of a
    numeric date when ``numeric_year``.
    """
    weekday_number = WEEKDAYS[weekday.lower()] if weekday else None
    if not year_text:
        resolved = resolve_day(day, month, reference, weekday_number, direction)
        return (resolved[0], True, resolved[1]) if resolved else None
    year = full_year(year_text, reference) if numeric_year else year_of(year_text, reference)
    found = valid_date(year, month, day)
    if found is None:
        return None
    mismatch = weekday_number is not None and weekday_number != found.weekday()
    return found, not year_text[0].isdigit(), "weekday-mismatch" if mismatch else ""
