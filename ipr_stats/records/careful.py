"""The careful reading of record files: every cell taken as text, parsed and checked, and the first bad
rows named (file, row, column, what was found and what was expected)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import NamedTuple

import polars as pl

from ipr_stats.errors import QUOTED, DataError, Problem, cut
from ipr_stats.records.columns import any_of, column_reading
from ipr_stats.records.files import (
    column_list,
    copied_columns,
    csv_layout_problem,
    csv_separator,
    duplicate_columns,
    encoding_problem,
    file_problem,
    first_line,
    header_names,
    read_problem,
    read_sheet,
    scan_file,
)
from ipr_stats.records.quick_csv import fast_reading, use_chunks
from ipr_stats.records.schema import DIMENSIONS, LIMIT, READ_AS, REQUIRED


class RecordFile(NamedTuple):
    path: Path
    frame: object  # lazy: date, quantity, cents, the dimensions present (as text) and _bad (the checks statistics cannot answer)
    columns: dict  # required column name -> Column
    dimensions: tuple
    ignored: tuple
    fast: object = None  # a CSV file's optimistic reading (quick_csv.FastReading), or None
    renamed: dict = {}  # {header as written: the schema's name} where a person typed it otherwise ('Date')
    separator: str = ","  # a CSV file's: ';' for a European spreadsheet's, whose values have a decimal comma
    sheet: str | None = None  # a workbook's sheet read

    def scan(self):
        """A lazy frame over the file, its columns under the schema's names (:func:`scan_file`)."""
        return scan_file(self.path, self.renamed, self.separator, self.sheet)

    @property
    def read_to_check(self) -> bool:
        """Whether some check needs the cells read (CSV, float quantities): then it runs in the grouping pass."""
        return not all(c.by_statistics for c in self.columns.values())

    def statistics_check(self):
        """A lazy count of the rows that fail the checks Parquet statistics can answer without reading data, or None."""

        checks = [c.check for c in self.columns.values() if c.by_statistics]
        return self.scan().filter(any_of(checks)).select(pl.len()) if checks else None


def open_file(file: Path, dates: tuple | None = None, sheet: str | None = None) -> RecordFile:
    """Read one file's header and say how to read its rows (``dates``: the range of dates kept, None: any; ``sheet``:
    a workbook's, None: the first); a file in another encoding than UTF-8, a column named twice, a missing or mistyped
    column raises DataError."""

    if problem := file_problem(file) or read_problem(file):  # stat first: a named pipe is never opened
        raise DataError([problem])
    separator = ","
    if file.suffix.lower() == ".csv":

        use_chunks()
        if problem := encoding_problem(file):
            raise DataError([problem])
        separator = csv_separator(file)
    if file.suffix.lower() == ".xlsx":
        sheet = read_sheet(file, sheet)[0]
    try:
        schema = scan_file(file, separator=separator, sheet=sheet).collect_schema()
    except pl.exceptions.DuplicateError as exc:  # a Parquet file with a column named twice
        m = re.search(r"name '(.*)' has more than one", str(exc))
        raise DataError([Problem(str(file), "header", "", cut(m[1]) if m else "columns", "more than one column of this name",
                                 "each column name once: rename or remove the copies")]) from None
    except (pl.exceptions.PolarsError, OSError) as exc:
        if m := re.search(r"DECIMAL with length \d+ and precision (\d+)", str(exc)):  # Decimal256: wider than polars reads
            raise DataError([Problem(str(file), "file", "", "columns", f"a decimal column of {m[1]} digits",
                                     "decimals of at most 38 digits (Decimal128), the widest polars reads: "
                                     "write the column as a Decimal(38, 2) or a float")]) from None
        reason = cut(first_line(exc))
        raise DataError([Problem(str(file), "file", "", "content", f"a file that cannot be read ({reason})",
                                 "a CSV file with a header row, a Parquet file or an .xlsx workbook")]) from None
    problems, columns = duplicate_columns(file, schema, separator) if file.suffix.lower() == ".csv" else [], {}
    copies = copied_columns(schema) if problems else set()  # not listed again among the columns the file has
    renamed, clashes = header_names(file, [c for c in schema if c not in copies])
    problems += clashes
    written = dict(schema)  # the file's own headers, for messages
    schema = {renamed.get(c, c): t for c, t in schema.items()}
    for name, expected in REQUIRED.items():
        if name not in schema:
            problems.append(Problem(str(file), "header", "", name, f"no such column (columns: {column_list(c for c in written if c not in copies)})",
                                    f"a column '{name}': {expected}; see docs/records.md"))
        elif (column := column_reading(name, schema[name], dates, decimal_comma=separator == ";")) is None:
            problems.append(Problem(str(file), "header", "", name, f"a column of type {cut(schema[name])}", expected))
        else:
            columns[name] = column
    if problems:
        raise DataError(problems)
    dims = tuple(d for d in DIMENSIONS if d in schema)
    ignored = tuple(c for c in schema if c not in REQUIRED and c not in DIMENSIONS)
    read_checks = [c.check for c in columns.values() if not c.by_statistics]
    if file.suffix.lower() == ".csv":  # every field of every line is read, so that a line with too many is found
        read_checks.append(pl.sum_horizontal(pl.col(c).str.len_bytes() for c in schema).is_null())
    frame = scan_file(file, renamed, separator, sheet).select(*(c.value.alias(READ_AS.get(name, name)) for name, c in columns.items()),
                               *(pl.col(d).cast(pl.String) for d in dims), any_of(read_checks).alias("_bad"))
    fast = None
    if file.suffix.lower() == ".csv":

        fast = fast_reading(file, list(written), dims, LIMIT, renamed, separator)
    return RecordFile(file, frame, columns, dims, ignored, fast, renamed, separator, sheet if file.suffix.lower() == ".xlsx" else None)


def _first_bad_rows(record_files) -> list[Problem]:
    """For each file and required column: the first row that fails its check, and how many do (error path only)."""

    problems = []
    for rf in record_files:
        suffix = rf.path.suffix.lower()
        where = {".csv": "row {} (after the header)", ".xlsx": f"sheet {rf.sheet!r}, row {{}}"}.get(suffix, "row {}")
        numbered = rf.scan().with_row_index("_row", offset=2 if suffix == ".xlsx" else 1)  # a sheet's rows as Excel numbers them
        for name, column in rf.columns.items():
            for rule, expected in column.rules or ((column.bad, REQUIRED[name]),):
                bad = numbered.filter(rule)
                count, row, cell = bad.select(pl.len(), pl.col("_row").first(),
                                              pl.col(name).first().cast(pl.String).str.slice(0, QUOTED + 1)).collect().row(0)
                if count:
                    more = f" (and {count - 1} more row(s))" if count > 1 else ""
                    found = "an empty cell" if cell is None or not cell.strip() else repr(cell)
                    problems.append(Problem(str(rf.path), where.format(row), "", name, found + more, expected))
    return problems


def _unreadable(record_files, exc) -> list[Problem]:
    """Why the rows of these files could not be read: each file's first bad row, or what is wrong with the file."""

    problems = []
    for rf in record_files:
        found = csv_layout_problem(rf.path, rf.separator) if rf.path.suffix.lower() == ".csv" else None
        try:
            problems += [found] if found else _first_bad_rows([rf])
        except pl.exceptions.PolarsError as error:
            reason = cut(first_line(error))
            problems.append(Problem(str(rf.path), "file", "", "content", f"rows that cannot be read ({reason})",
                                    "a CSV file in UTF-8 or a Parquet file, of the record schema"))
    if not problems:
        reason = cut(first_line(exc))
        problems.append(Problem(", ".join(str(rf.path) for rf in record_files), "file", "", "content",
                                f"rows that cannot be read ({reason})", "CSV, Parquet or Excel files of the record schema"))
    return problems


def _sums(columns):

    return [pl.len().alias("batches"), *(pl.col(c).sum() for c in columns)]


def group_carefully(record_files, wanted: tuple, summed: list, year: int | None) -> list:
    """The careful reading's day groups, one frame per dimension in ``wanted`` (or the totals
    alone); a bad row raises DataError naming the first bad rows."""

    rows = pl.concat([rf.frame.select("date", *summed, "_bad",
                                      *(pl.col(d) if d in rf.dimensions else pl.lit(None, pl.String).alias(d) for d in wanted))
                      for rf in record_files], how="vertical")
    checks = [check for rf in record_files if (check := rf.statistics_check()) is not None]
    in_pass = any(rf.read_to_check for rf in record_files)
    within = None if year is None else pl.col("date").is_between(dt.date(year, 1, 1), dt.date(year, 12, 31))
    chosen = rows if within is None or in_pass else rows.filter(within)
    sums = [_sums(summed) + ([pl.col("_bad").sum()] if in_pass and i == 0 else []) for i in range(max(len(wanted), 1))]
    groups = ([chosen.group_by("date", pl.col(d).alias("member")).agg(*sums[i]) for i, d in enumerate(wanted)]
              or [chosen.group_by("date").agg(*sums[0])])
    try:
        results = pl.collect_all([*checks, *groups])
    except pl.exceptions.PolarsError as exc:  # a NaN or infinite value failing the cast to cents, or a file polars cannot parse
        raise DataError(_unreadable(record_files, exc)) from None
    checked, grouped = results[:len(checks)], results[len(checks):]
    if any(count.item() for count in checked) or (in_pass and grouped[0]["_bad"].sum()):
        raise DataError(_first_bad_rows(record_files))
    if in_pass:
        grouped = [g.drop("_bad", strict=False) for g in grouped]
        grouped = grouped if within is None else [g.filter(within) for g in grouped]
    return grouped
