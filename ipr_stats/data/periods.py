"""Period labels: parse a short label into a kind and the dates it covers.

Grammar (see docs/data-model.md):

=================  ==========================  =================================
label              default kind                other kinds it may be given
=================  ==========================  =================================
``2008``           ``year``                    ``event``, ``campaign``
``2019-H1``        ``half_year``
``2019-Q1``        ``quarter``
``2018-07``        ``event``
``1994-09-06``     ``event``
``@2016-12-31``    ``as_of``
``..2020``         ``cumulative``              ``span``
``2015..2017``     ``span``                    ``campaign``, ``cumulative``,
                                               ``year_to_date`` (from 1 January
                                               to a day of the same year)
=================  ==========================  =================================

``start``/``end`` are the earliest first day and the latest last day the label
allows; an open start (``..2020``) has no start date.

:func:`year_of` says which year a period belongs to and :func:`year_before` names the
like period a year earlier: the one rule for each, which every query and check follows
(docs/methodology.md, "Periods and years").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from typing import NamedTuple

KINDS = {
    "year": "A calendar year.",
    "half_year": "The first (H1) or second (H2) half of a calendar year.",
    "quarter": "A quarter (Q1 to Q4) of a calendar year.",
    "fiscal_year": "A United States federal fiscal year: FY2019 runs from 1 October 2018 to 30 September 2019.",
    "year_to_date": "From 1 January to a day of the same year ('so far this year', 'the first three quarters').",
    "cumulative": "A running total from a start (often unstated) to an end date.",
    "as_of": "A stock counted at a date (records on file, for example).",
    "campaign": "The window of an enforcement campaign.",
    "span": "A range of dates that is neither a campaign nor a running total (a trend's span).",
    "event": "A single event on a day, in a month or in a year.",
}

_DATE = r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?"

_SHAPES = [
    ("fiscal", re.compile(r"^FY([0-9]{4})$"), ("fiscal_year",)),
    ("half", re.compile(r"^([0-9]{4})-H([12])$"), ("half_year",)),
    ("quarter", re.compile(r"^([0-9]{4})-Q([1-4])$"), ("quarter",)),
    ("day", re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$"), ("event",)),
    ("month", re.compile(r"^([0-9]{4})-([0-9]{2})$"), ("event",)),
    ("year", re.compile(r"^([0-9]{4})$"), ("year", "event", "campaign")),
    ("as_of", re.compile(rf"^@({_DATE})$"), ("as_of",)),
    ("open", re.compile(rf"^\.\.({_DATE})$"), ("cumulative", "span")),
    ("range", re.compile(rf"^({_DATE})\.\.({_DATE})$"), ("span", "campaign", "cumulative", "year_to_date")),
]

YEARS = (dt.MINYEAR, dt.MAXYEAR)  # the years a date may hold (1 to 9999: Python's and polars' dates alike)

LABEL_HELP = "a year (2008), a half-year (2019-H1), a quarter (2019-Q1), a US fiscal year (FY2019), a date (2018-07, 1994-09-06), '@DATE' (as of), '..DATE' (up to) or 'START..END'"


class PeriodError(ValueError):
    """A period label or kind that cannot be understood; the message says what is expected."""


class Period(NamedTuple):
    label: str
    kind: str
    start: dt.date | None
    end: dt.date

    @property
    def months(self) -> int | None:
        """Length in whole months, when the period has a start."""
        if self.start is None:
            return None
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1


def _bounds(text: str) -> tuple[dt.date, dt.date]:
    """First and last day of a reduced-precision ISO date (2017, 2017-04, 2017-04-25)."""
    parts = [int(p) for p in text.split("-")]
    if not YEARS[0] <= parts[0] <= YEARS[1]:
        raise _outside(text)
    try:
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
        day = dt.date(*parts)
        return day, day
    except ValueError as exc:
        raise PeriodError(f"a real date ('{text}' is not: {exc})") from None


def _outside(text: str) -> PeriodError:
    return PeriodError(f"a period whose days fall within the years {YEARS[0]} to {YEARS[1]} ('{text}' does not)")


def _plain(text: str) -> None:
    """Refuse a label written in other forms of its characters (full-width ２００９ or Ｑ1, Arabic-Indic
    digits ٢٠٠٩): read as they are, they would make a second label for a period beside the plain one,
    so the message gives the label to write."""
    if text.isascii():
        return
    plain = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in unicodedata.normalize("NFKC", text))
    if plain != text and plain.isascii():
        raise PeriodError(f"a period label in plain letters and the digits 0-9 ('{text}' has other forms; write '{plain}')")


def _dates(shape: str, m: re.Match, text: str) -> tuple[dt.date | None, dt.date]:
    """The first and last day of a label of that shape (ValueError for a date outside the years 1 to 9999)."""
    if shape == "fiscal":  # October of the year before to September
        year = int(m.group(1))
        return dt.date(year - 1, 10, 1), dt.date(year, 9, 30)
    if shape == "half":
        year, half = int(m.group(1)), int(m.group(2))
        return dt.date(year, 1 if half == 1 else 7, 1), dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
    if shape == "quarter":
        year, quarter = int(m.group(1)), int(m.group(2))
        return dt.date(year, 3 * quarter - 2, 1), dt.date(year, 3 * quarter, calendar.monthrange(year, 3 * quarter)[1])
    if shape in ("day", "month", "year"):
        return _bounds(text)
    if shape in ("as_of", "open"):
        return None, _bounds(m.group(1))[1]
    return _bounds(m.group(1))[0], _bounds(m.group(2))[1]


def parse_period(label: object, kind: str | None = None) -> Period:
    """Parse a period label, optionally forcing one of the kinds its shape allows."""
    if isinstance(label, dt.date):  # YAML reads an unquoted 1994-09-06 as a date
        label = label.isoformat()
    elif isinstance(label, int) and not isinstance(label, bool):
        label = str(label)
    if not isinstance(label, str):
        raise PeriodError(f"a period label as text ({type(label).__name__} given): {LABEL_HELP}")
    text = label.strip()
    _plain(text)
    for shape, pattern, kinds in _SHAPES:
        m = pattern.match(text)
        if not m:
            continue
        if kind is not None and kind not in kinds:
            raise PeriodError(f"a kind that the label '{text}' allows: {', '.join(kinds)} (not '{kind}')")
        chosen = kind or kinds[0]
        try:
            start, end = _dates(shape, m, text)
        except PeriodError:
            raise
        except (ValueError, OverflowError):  # a half-year of year 0000, a fiscal year whose October falls before year 1
            raise _outside(text) from None
        if shape == "range":
            if start > end:
                raise PeriodError(f"a range that ends after it starts ('{text}' does not)")
            if chosen == "year_to_date" and ((start.month, start.day) != (1, 1) or start.year != end.year):
                raise PeriodError(f"a year-to-date range from 1 January to a day of the same year ('{text}' is not)")
        return Period(text, chosen, start, end)
    raise PeriodError(f"a period label: {LABEL_HELP}")


# Periods that recur every year, so that each has a like period a year earlier.
RECURRING = ("year", "half_year", "quarter", "year_to_date", "fiscal_year")


def _read(label_or_period, kind: str | None = None) -> Period:
    return label_or_period if isinstance(label_or_period, Period) else parse_period(label_or_period, kind)


def year_of(label_or_period) -> int | None:
    """The year a period belongs to: the year that holds the whole of it, and a US fiscal year's
    last year (FY2019, 1 October 2018 to 30 September 2019, belongs to 2019).

    A calendar year, a half-year, a quarter, a year to date, a month or a day, and a campaign or
    span that starts and ends in the same year, belong to that year. A period across years (a span
    2015..2017, a campaign from October to March) and one with no start (a running total ..2020, a
    stock @2016-12-31) belong to none: None. The label alone decides (every kind a label may be given
    gives the same year), so a label or a parsed :class:`Period` may be given.

    >>> year_of("2019-H1"), year_of("FY2019"), year_of("2018-01-01..2018-04-24"), year_of("..2020")
    (2019, 2019, 2018, None)
    """
    period = _read(label_or_period)
    if period.kind == "fiscal_year":
        return period.end.year
    if period.start is None or period.start.year != period.end.year:
        return None
    return period.end.year


def yearly_label(year: int, kind: str = "year") -> str:
    """The label of the calendar year (kind year) or the US fiscal year (kind fiscal_year) that belongs
    to ``year``, the inverse of :func:`year_of`: 2019 -> '2019' or 'FY2019'."""
    return f"FY{year}" if kind == "fiscal_year" else str(year)


def _shifted(match) -> str:
    """A year of a label a year earlier; 29 February becomes the 28th, the last day of that February."""
    year = f"{int(match.group(1)) - 1:04d}"
    return year + ("-02-28" if match.group(2) else "")


def year_before(label_or_period, kind: str | None = None) -> str | None:
    """The label of the like period a year earlier, written as the label is: 2019-H1 -> 2018-H1;
    FY2019 -> FY2018; 2018-01-01..2018-04-24 -> 2017-01-01..2017-04-24; a year to date to 29 February
    ends on 28 February a year earlier.

    None for a period that does not recur (:data:`RECURRING`): a running total, a stock, a campaign, a
    span or an event has no like period. A label is read with ``kind``; without one, as the recurring
    kind its shape allows, if any (2018-01-01..2018-04-24 as a year to date, 2015..2017 as none).

    >>> year_before("FY2019"), year_before("2024-01-01..2024-02-29"), year_before("2018-07"), year_before("..2020")
    ('FY2018', '2023-01-01..2023-02-28', None, None)
    """
    period = _recurring(label_or_period, kind)
    if period is None or period.start.year <= YEARS[0]:  # a year before year 1 holds no period
        return None
    return re.sub(r"([0-9]{4})(-02-29)?", _shifted, period.label)


def _recurring(label_or_period, kind: str | None) -> Period | None:
    """The period as one of the RECURRING kinds, or None when it is not one (or, without a kind, cannot be)."""
    if isinstance(label_or_period, Period) or kind is not None:
        period = _read(label_or_period, kind)
        return period if period.kind in RECURRING else None
    parse_period(label_or_period)  # a label that is none is an error, not a period that does not recur
    for each in RECURRING:
        try:
            return parse_period(label_or_period, each)
        except PeriodError:
            continue
    return None


def spans(years) -> str:
    """'2007-2015, 2017-2025' for those years (or any whole numbers): runs joined, gaps kept visible; 'none' for none."""
    years = sorted(set(years))
    runs: list[list[int]] = []
    for y in years:
        if runs and y == runs[-1][1] + 1:
            runs[-1][1] = y
        else:
            runs.append([y, y])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs) or "none"
