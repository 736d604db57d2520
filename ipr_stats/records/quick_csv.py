"""The optimistic reading of CSV record files: typed by the reader, checked in the same lazy plan.

The careful reading (:mod:`ipr_stats.records`) takes every cell of every column as text,
then parses and checks each, which on millions of rows costs more than the grouping
itself. This one reads only the columns a command needs and lets the CSV reader parse
quantities (Int64) and values (Float64, the parse the careful reading uses). It groups
rows by the date as written, so that only the few thousand distinct dates are parsed, and
counts the rows that fail a check instead of naming them.

It may only be stricter than the careful reading, never looser: a cell the reader cannot
parse makes it raise, and a cell it doubts counts as bad (a date is accepted only in the
form YYYY-MM-DD, exactly as it would be written back), which makes :func:`group` give None.
Either way the files are read carefully, which accepts them or names their first bad rows.
So a good file gives the same figures by either reading, and a bad one the same message.

Reading only some columns, the reader cannot see a row with more fields than the header:
it skips what follows the last column it needs. So the file's commas are counted apart,
in a pass that parses nothing. A file whose rows all have as many fields as the header
has exactly (fields - 1) x (rows + 1) commas, if none is inside a quoted cell. No row has
fewer fields, since the last column must be filled (a short row leaves it empty); so no
more commas than that means that no row has more. A comma inside a quoted cell or an
empty cell in the last column makes the count differ or the row doubtful, and the file is
then read carefully: more slowly, never wrongly.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

import polars as pl

from ipr_stats.records.columns import cents

CHUNK = 8 << 20  # bytes of CSV parsed at a time: at 10M rows a peak of about 195 MiB, against 386 with polars' default, as fast

CHUNK_SETTING = "POLARS_CSV_CHUNK_SIZE"  # read by polars when a scan starts

LARGEST = 1 << 32  # bytes: in a larger file the count of commas could pass the largest row count polars holds


def use_chunks() -> None:
    """Have polars parse CSV files CHUNK bytes at a time, unless the user chose a size that polars
    accepts: a whole number of bytes (on anything else polars stops with a panic), 64 KiB to 1 GiB."""
    value = os.environ.get(CHUNK_SETTING, "")
    if not (value.isascii() and value.isdigit() and 1 << 16 <= int(value) <= 1 << 30):
        os.environ[CHUNK_SETTING] = str(CHUNK)


class FastReading(NamedTuple):
    frame: object  # lazy: date (as written), quantity, cents, the file's dimensions (as text) and _bad
    commas: object  # lazy: one row, the number of commas in the file
    fields: int  # the header's


def fast_reading(file: Path, names: list, dimensions: tuple, limit: int, renamed: dict | None = None,
                 separator: str = ",") -> FastReading | None:
    """The optimistic reading of a CSV file whose header polars read as ``names`` (``renamed``: those typed otherwise
    than the schema's names, {as written: the schema's}), or None when the count of its fields cannot be proved this
    way (a file that ends with a comma or a quote, or a huge one)."""

    try:
        size = file.stat().st_size
        with open(file, "rb") as f:
            f.seek(max(size - 1, 0))
            last_byte = f.read(1)
    except OSError:
        return None
    # the count below misses a comma in the last byte; a quote there, left open in a number column, makes polars panic
    if last_byte in (separator.encode(), b'"') or size >= LARGEST:
        return None
    renamed = renamed or {}
    types = {"quantity": pl.Int64, "value": pl.Float64}
    quantity, value, last = pl.col("quantity"), pl.col("value"), pl.col(renamed.get(names[-1], names[-1]))
    bad = [quantity.is_null() | ~quantity.is_between(0, limit),
           value.is_null() | ~value.is_between(0, limit),  # NaN and infinity are not between
           last.is_null()]  # an empty last cell, or a row too short to reach it
    frame = pl.scan_csv(file, glob=False, separator=separator, decimal_comma=separator == ";",
                        schema={name: types.get(renamed.get(name, name), pl.String) for name in names}).rename(renamed).select(
        "date", quantity, cents(value, strict=False).alias("cents"),
        *(pl.col(d) for d in dimensions), pl.any_horizontal(bad).alias("_bad"))
    # With the comma as the end of a line, counting lines counts commas and parses nothing. (The filter keeps
    # polars from counting on a map of the whole file, which would add the file's size to the peak memory.)
    commas = pl.scan_csv(file, glob=False, has_header=False, separator="\n", eol_char=separator, quote_char=None,
                         schema={"piece": pl.String}).filter(pl.lit(True)).select((pl.len() - 1).alias("commas"))
    return FastReading(frame, commas, len(names))


def group(readings: list, wanted: tuple, summed: list, year: int | None, dates: tuple | None):
    """The day groups of the files (one frame per dimension in ``wanted``, or the totals alone),
    with the columns of the careful reading's (date, member, batches and the ``summed`` columns),
    or None when a row fails a check or a row may have another number of fields than the header.

    The files are read in one query per breakdown, each row marked with its file, so that each
    file's rows are counted, and the work grows with the rows, not with the square of the files
    (one query per file would); a year asked for keeps the members of its rows only, and the rows
    of other years are still grouped by date, so that every date is checked.
    """

    text = pl.col("date")
    in_year = None if year is None else text.str.starts_with(f"{year:04d}-")  # years 1 to 9999 are written so, as checked below
    sums = [pl.len().alias("batches"), *(pl.col(c).sum() for c in summed), pl.col("_bad").sum()]
    breakdowns = wanted or (None,)  # None: the totals alone
    file = pl.col("_file")
    queries = []
    for d in breakdowns:
        parts = []
        for i, (reading, dimensions) in enumerate(readings):
            member = [] if d is None else [(pl.col(d) if d in dimensions else pl.lit(None, pl.String)).alias("member")]
            if member and in_year is not None:
                member = [pl.when(in_year).then(member[0]).alias("member")]
            parts.append(reading.frame.select(pl.lit(i, pl.Int32).alias("_file"), "date", *member, *summed, "_bad"))
        keys = ["_file", "date", *(["member"] if d is not None else [])]
        queries.append(pl.concat(parts).group_by(keys).agg(*sums))
    # The counts first, apart: they never fail, and a query failing (on a cell the reader cannot parse) beside
    # another that is running can make polars print a panic, though it reports the failure.
    commas = pl.concat([reading.commas.select(pl.lit(i, pl.Int32).alias("_file"), pl.lit(reading.fields, pl.Int64).alias("fields"), "commas")
                        for i, (reading, _dimensions) in enumerate(readings)])
    (counted,) = pl.collect_all([commas], engine="streaming")
    results = pl.collect_all(queries, engine="streaming")
    rows = results[0].group_by(file).agg(pl.col("batches").sum().alias("rows"))
    bad = pl.concat([r.group_by(file).agg(pl.col("_bad").sum()) for r in results]).group_by(file).agg(pl.col("_bad").sum())
    checked = counted.join(rows, on="_file", how="left").join(bad, on="_file", how="left").with_columns(pl.col("rows", "_bad").fill_null(0))
    if not checked.select(((pl.col("commas") == (pl.col("fields") - 1) * (pl.col("rows") + 1)) & (pl.col("_bad") == 0)).all()).item():
        return None
    day = text.str.to_date("%Y-%m-%d", strict=False)
    grouped = []
    ok = (pl.col("_day").dt.to_string("%Y-%m-%d") == text).fill_null(False)  # written back as it was written
    if dates is not None:
        ok = ok & pl.col("_day").is_between(*dates)
    for k in range(len(breakdowns)):
        days = results[k].drop("_file", "_bad").with_columns(day.alias("_day"))
        if not days.select(ok.all()).item():
            return None
        keys = ["date"] + (["member"] if wanted else [])
        days = days.select(pl.col("_day").alias("date"), *keys[1:], "batches", *summed)
        if year is not None:
            days = days.filter(pl.col("date").dt.year() == year)
        grouped.append(days.group_by(keys).agg(pl.col("batches", *summed).sum()) if len(readings) > 1 else days)
    return grouped
