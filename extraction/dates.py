"""Event dates: relative and named dates resolved against the article's publication date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .bounds import parse_count

__all__ = ["parse_published", "resolve_date"]

YEAR_RE = re.compile(r"^(19|20)\d\d$")


def parse_published(published_at: str | None) -> date | None:
    if not published_at:
        return None
    try:
        return date.fromisoformat(published_at[:10])
    except ValueError:
        return None


def resolve_date(
    lowers: list[str], conf: dict, published: date | None
) -> tuple[str | None, str | None]:
    """ISO date and precision ("day", "month", "year") named in a clause, else the
    publication day; past weekdays and month names resolve to the latest one not after it."""
    months: dict[str, int] = conf["months"]
    relative: dict[str, int] = conf["relative_days"]
    weekdays: list[str] = conf["weekdays"]
    n = len(lowers)
    for i, word in enumerate(lowers):
        before = lowers[i - 1] if i else None
        if YEAR_RE.match(word) and (
            before is None or before in conf["year_words"] or before in conf["year_preps"]
        ):
            day_month = _day_month_before(lowers, i, months)
            if day_month:
                d, m = day_month
                return _safe(int(word), m, d or 1, "day" if d else "month")
            return word, "year"
        if published is None:
            continue
        if word in relative:
            return _shifted(published, relative[word])
        if word in weekdays:
            return _shifted(published, -((published.weekday() - weekdays.index(word)) % 7))
        if word in months:
            month = months[word]
            day = _day(lowers[i - 1].rstrip(".")) if i > 0 else None
            if day is None and i + 1 < n:
                day = _day(lowers[i + 1])
            year = published.year
            if i + 1 < n and YEAR_RE.match(lowers[i + 1]):
                year = int(lowers[i + 1])
            elif (month, day or 1) > (published.month, published.day):
                year -= 1
            return _safe(year, month, day or 1, "day" if day else "month")
    if published is not None:
        return published.isoformat(), "day"
    return None, None


def _day_month_before(
    lowers: list[str], i: int, months: dict[str, int]
) -> tuple[int | None, int] | None:
    if i >= 1 and lowers[i - 1] in months:
        day = _day(lowers[i - 2].rstrip(".")) if i >= 2 else None
        return day, months[lowers[i - 1]]
    if i >= 2 and lowers[i - 2] in months:
        day = _day(lowers[i - 1].rstrip(","))
        if day is not None:
            return day, months[lowers[i - 2]]
    return None


def _day(word: str) -> int | None:
    """A day of the month written in digits, or None."""
    day = parse_count(word, max_digits=2)
    return day if day is not None and 1 <= day <= 31 else None


def _shifted(published: date, days: int) -> tuple[str | None, str | None]:
    """The day ``days`` from ``published``, or nothing past the calendar's ends (year 1, 9999)."""
    try:
        return (published + timedelta(days=days)).isoformat(), "day"
    except OverflowError:
        return None, None


def _safe(year: int, month: int, day: int, precision: str) -> tuple[str | None, str | None]:
    try:
        value = date(year, month, day).isoformat()
    except ValueError:
        return None, None
    if precision == "month":
        return value[:7], "month"
    return value, precision
