"""The record schema: the required columns, the dimensions read, the limits on a cell, and how each
metric is computed from the rows (docs/records.md); :class:`Need` says what a command needs of the files."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ipr_stats.data.vocabulary import RECORDS

LIMIT = 10**12  # the largest quantity or value one row may hold: far beyond any real seizure, it keeps sums in range

EARLIEST = dt.date(1980, 1, 1)  # the first plausible date of a record; the last is the end of next year (date_range)

SNIFF = 4096  # bytes read from the start of a CSV file to tell its encoding

REQUIRED = {
    "date": "an ISO date (YYYY-MM-DD)",
    "quantity": "a whole number of pieces, from 0 to 1,000,000,000,000",
    "value": "a number of RMB, from 0 to 1,000,000,000,000, without digit grouping",
}

DIMENSIONS = ("customs", "transport", "category", "ip_type", "origin", "direction", "enforcement")

SUFFIXES = (".csv", ".parquet", ".xlsx")

SOURCE = SCOPE = RECORDS

UNSPECIFIED = "unspecified"  # the member of rows whose dimension cell is empty

# metric -> (how its figure is computed from the rows, which is also its locator; decimals shown)
READ_AS = {"value": "cents"}  # the value column is read in whole cents, so that its sums are exact

RULES = {"batches": ("count of rows", 0), "quantity": ("sum of quantity", 0), "value": ("sum of value", 2)}


class Need(NamedTuple):
    """What a command needs, so that nothing else is computed: the figures of one calendar
    ``year`` (None: every year) for the breakdowns by ``dimensions`` (None: every one present;
    empty: the totals only), of the ``metrics`` (None: batches, quantity and value; batches,
    a count of rows, always), and whether it looks at the ``published`` figures as well.
    Every row is checked whatever the need.
    """

    year: int | None = None
    dimensions: tuple | None = None
    published: bool = True
    metrics: tuple | None = None


def need_for(year=None, dimension=None, scope="", metrics=None) -> Need:
    """The need of a command given --year, --dim and --scope (None: the default, which is
    'records' while records are given; the empty string: every scope) and the metrics it uses.

    A --dim of 'all', or none with a year, means every dimension; none without a year, the totals.
    """
    published = scope not in (None, SCOPE)
    if dimension == "all" or (dimension is None and year is not None):
        return Need(year, None, published, metrics)
    return Need(year, (dimension,) if dimension and dimension != "total" else (), published, metrics)


CALENDAR = (dt.date(dt.MINYEAR, 1, 1), dt.date(dt.MAXYEAR, 12, 31))  # the dates a date can hold: --any-date keeps any of them


def date_range(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The dates a record may hold unless --any-date: from 1980-01-01 to the end of next year.

    >>> date_range(dt.date(2026, 11, 23))
    (datetime.date(1980, 1, 1), datetime.date(2027, 12, 31))
    """
    today = today or dt.date.today()
    return EARLIEST, dt.date(today.year + 1, 12, 31)
