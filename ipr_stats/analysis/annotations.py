"""Notes on a series (ipr_stats.data.notes) beside the rows a query gives: each row carries, in a ``notes``
column, the notes whose period holds its own (for a pair of periods, either's); a growth over years names
the noted periods inside them."""

from __future__ import annotations

import datetime as dt

import polars as pl

from ipr_stats.data.notes import note_text, notes_on, notes_within

SEPARATOR = " | "


def _joined(found) -> str | None:
    texts = list(dict.fromkeys(note_text(n) for n in found))
    return SEPARATOR.join(texts) if texts else None


def with_notes(table: pl.DataFrame, notes, spans) -> pl.DataFrame:
    """``table`` with a ``notes`` column: for each row, the notes of ``metric`` and ``scope`` (the row's own
    columns) over any of the (start, end) date pairs ``spans(row)`` gives, joined by SEPARATOR; None where none."""
    if not notes or table.is_empty():
        return table.with_columns(pl.lit(None, dtype=pl.String).alias("notes"))
    texts = []
    for row in table.iter_rows(named=True):
        found = [n for start, end in spans(row) for n in notes_on(notes, row["metric"], row["scope"], start, end)]
        texts.append(_joined(found))
    return table.with_columns(pl.Series("notes", texts, dtype=pl.String))


def year_span(first, last) -> list[tuple]:
    """The days of the calendar years ``first`` to ``last`` (text or numbers), for a growth over them."""
    return [(dt.date(int(first), 1, 1), dt.date(int(last), 12, 31))]


def spanned(notes, metric: str, scope: str, first, last) -> list[dict]:
    """The notes on ``metric`` and ``scope`` within the years ``first`` to ``last``, in the order of their periods."""
    (start, end), = year_span(first, last)
    return sorted(notes_within(notes, metric, scope, start, end), key=lambda n: (n["end"], n["start"] or ""))


def noted_periods(notes, metric: str, scope: str, first, last) -> list[str]:
    """The periods of the notes on ``metric`` and ``scope`` within the years ``first`` to ``last``, in order."""
    return list(dict.fromkeys(n["period"] for n in spanned(notes, metric, scope, first, last)))


def span_notes(notes, metric: str, scope: str, first, last) -> str | None:
    """The notes within the years ``first`` to ``last``, as a ``notes`` cell (joined by SEPARATOR), or None."""
    return _joined(spanned(notes, metric, scope, first, last))
