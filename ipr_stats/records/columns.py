"""How each required column is read and checked, by its type in the file: dates, whole quantities and
values in whole cents (:func:`cents`, shared by both readings)."""

from __future__ import annotations

import datetime as dt
import functools
import operator
from typing import NamedTuple

import polars as pl

from ipr_stats.records.schema import CALENDAR, LIMIT, REQUIRED


class Column(NamedTuple):
    """How one required column of a file is read and checked."""

    value: object  # expression: the cell as date, Int64 or Float64
    bad: object  # expression: True where the cell is empty, unparsable or out of range
    check: object  # the part of `bad` tested on every row before anything is computed
    by_statistics: bool  # whether Parquet statistics answer `check` without reading the column
    rules: tuple = ()  # (expression, expected) pairs that name what is wrong with a bad row; () means (bad, REQUIRED[name])


def column_reading(name: str, dtype, dates: tuple | None = None, decimal_comma: bool = False) -> Column | None:
    """The reading of a required column of this type, or None when the type cannot hold it.

    Values are read in whole cents (each rounded to the nearest cent, a tie to the even
    one: RMB has no smaller unit), so that sums of millions of rows are exact; a Decimal
    value is converted by decimal arithmetic, with no float on the way. In a
    Parquet float column, a NaN, an infinite value or one above LIMIT is not in the
    up-front check, which would read the whole column: it fails the cast to cents, and
    that stops the command (see :func:`aggregate`). ``dates`` (first, last) bounds the
    dates; None takes any. ``decimal_comma``: a text value may write its decimals after a comma (12,5), as a
    spreadsheet saved with semicolons does; grouped digits (1.234,5) are still refused.
    """

    col = pl.col(name)
    if name == "date":
        if dtype == pl.String:
            parsed = col.str.strip_chars().str.to_date("%Y-%m-%d", strict=False)
            value, missing, outside = parsed, parsed.is_null(), ~parsed.is_between(*dates) if dates else None
        elif dtype == pl.Date:
            value, missing, outside = col, col.is_null(), ~col.is_between(*dates) if dates else None
        elif isinstance(dtype, pl.Datetime):  # compared as stored, so that Parquet statistics answer the check
            value, missing, outside = col.dt.date(), col.is_null(), None
            if dates:
                first = _instant(dt.datetime.combine(dates[0], dt.time.min), dtype)
                if dates[1] < dt.date.max:  # before midnight ending the last day
                    outside = (col < first) | (col >= _instant(dt.datetime.combine(dates[1] + dt.timedelta(days=1), dt.time.min), dtype))
                else:  # no midnight after 9999-12-31: after its last instant
                    outside = (col < first) | (col > _instant(dt.datetime.max, dtype))
        else:
            return None
        bad = missing if outside is None else missing | outside
        if outside is not None and dtype == pl.String:  # the same test with one parse of the cell, not two (polars
            bad = ~parsed.is_between(*dates).fill_null(False)  # repeats a parse each time it is written)
        rules = ((missing, REQUIRED[name]),) + (() if outside is None else ((outside, _dates_expected(dates)),))
        return Column(value, bad, bad, dtype != pl.String, rules)
    if dtype == pl.String:
        text = col.str.strip_chars()
        number = text.str.replace(",", ".", literal=True) if decimal_comma and name == "value" else text
        parsed = {"quantity": text.cast(pl.Int64, strict=False), "value": number.cast(pl.Float64, strict=False)}[name]
        bad = parsed.is_null() | ~parsed.cast(pl.Float64).is_between(0, LIMIT)
        return Column(cents(parsed, strict=False) if name == "value" else parsed, bad, bad, False)
    if name == "value" and isinstance(dtype, pl.Decimal):
        # Rounded to cents (a tie to the even cent) by the cast, exactly; a value beyond the cast's range is above
        # LIMIT, refused by the check, and the null the cast gives it never reaches a sum.
        bad = col.is_null() | (col < 0) | (col > LIMIT)
        return Column((col.cast(pl.Decimal(16, 2), strict=False) * 100).cast(pl.Int64), bad, bad, True)
    if name in ("quantity", "value") and dtype.is_integer():
        bad = col.is_null() | (col < 0) | (col > LIMIT)
        return Column(col.cast(pl.Int64) if name == "quantity" else col.cast(pl.Int64) * 100, bad, bad, True)
    if name == "quantity" and dtype.is_float():
        bad = col.is_null() | ~col.is_between(0, LIMIT) | (col != col.floor())
        return Column(col.cast(pl.Int64, strict=False), bad, bad, False)
    if name == "value" and dtype.is_float():
        check = col.is_null() | (col < 0)  # statistics cannot bound a float column from above: its NaN sort above all
        return Column(cents(pl.when(col <= LIMIT).then(col).otherwise(float("nan"))), check | ~col.is_between(0, LIMIT), check, True)
    return None


def _dates_expected(dates: tuple) -> str:
    if dates == CALENDAR:  # --any-date: only what a date can hold
        return f"a date within the years {dates[0].year} to {dates[1].year}, which a period can be named by"
    return f"a date from {dates[0]} to {dates[1]}, or --any-date to keep dates outside that range"


def _instant(moment: dt.datetime, dtype):
    """A moment as a literal of this Datetime type (its unit and time zone)."""

    instant = pl.lit(moment).dt.cast_time_unit(dtype.time_unit)
    return instant.dt.replace_time_zone(dtype.time_zone) if dtype.time_zone else instant


def cents(number, strict: bool = True):
    """A number of RMB as whole cents (Int64); NaN or infinity fails the strict cast."""

    return (number * 100).round(0).cast(pl.Int64, strict=strict)


def any_of(expressions):

    return functools.reduce(operator.or_, expressions) if expressions else pl.lit(False)
