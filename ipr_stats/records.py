"""Case records (one row per detained batch, CSV or Parquet) -> figures of the same model.

The schema is in docs/records.md. Every file is scanned lazily: polars reads only the
columns a command needs, checks every row and groups them; only the grouped result
(a few hundred rows at most) reaches Python. A file with a bad row stops the command
before anything is printed, naming the file, the column and the first bad row.
"""

from __future__ import annotations

import datetime as dt
import glob
import re
import shlex
from pathlib import Path
from typing import NamedTuple

from .errors import DataError
from .model import Problem, cut
from .vocabulary import RECORDS

LIMIT = 10**12  # the largest quantity or value one row may hold: far beyond any real seizure, it keeps sums in range
EARLIEST = dt.date(1980, 1, 1)  # the first plausible date of a record; the last is the end of next year (date_range)
CUT = 50  # characters of a cell or column name quoted in a message: a hostile file must not flood the terminal
SNIFF = 4096  # bytes read from the start of a CSV file to tell its encoding
REQUIRED = {
    "date": "an ISO date (YYYY-MM-DD)",
    "quantity": "a whole number of pieces, from 0 to 1,000,000,000,000",
    "value": "a number of RMB, from 0 to 1,000,000,000,000, without digit grouping",
}
DIMENSIONS = ("customs", "transport", "category", "ip_type", "origin", "direction", "enforcement")
SUFFIXES = (".csv", ".parquet")
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


def expand(patterns) -> list[Path]:
    """Files named by --records: a file, a folder of .csv/.parquet files, or a glob."""
    files: list[Path] = []
    for text in map(str, patterns):
        path = Path(text).expanduser()
        if any(ch in text for ch in "*?["):
            matched = sorted(Path(m) for m in glob.glob(str(path), recursive=True) if Path(m).is_file())
            if not matched:
                raise DataError([Problem(text, "file", "", "--records", "no file matches the pattern", "a glob that matches .csv or .parquet files")])
        elif path.is_dir():
            matched = sorted(f for f in path.iterdir() if f.suffix.lower() in SUFFIXES)
            if not matched:
                raise DataError([Problem(text, "folder", "", "--records", "no .csv or .parquet file in it", "a folder holding record files")])
        elif path.is_file():
            matched = [path]
        else:
            raise DataError([Problem(text, "file", "", "--records", "no such file or folder", "a CSV or Parquet file, a folder or a glob")])
        for file in matched:
            if file.suffix.lower() not in SUFFIXES:
                raise DataError([Problem(str(file), "file", "", "--records", f"a '{_shown(file.suffix)}' file", "a .csv or .parquet file")])
            if file.resolve() not in {f.resolve() for f in files}:
                files.append(file)
    return files


def date_range(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The dates a record may hold unless --any-date: from 1980-01-01 to the end of next year.

    >>> date_range(dt.date(2026, 11, 23))
    (datetime.date(1980, 1, 1), datetime.date(2027, 12, 31))
    """
    today = today or dt.date.today()
    return EARLIEST, dt.date(today.year + 1, 12, 31)


def _shown(text, limit: int = CUT) -> str:
    """A name from the input for a message: cut short, its control characters escaped."""
    text = cut(text, limit)
    return text if text.isprintable() else repr(text)[1:-1]


def _names(names, most: int = 12) -> str:
    """Column names for a message: each cut short, at most ``most`` of them."""
    names = list(names)
    shown = ", ".join(_shown(n) for n in names[:most])
    return shown + (f", … ({len(names)} in all)" if len(names) > most else "") if names else "none"


def _scan(file: Path):
    """A lazy frame over one file; CSV columns are read as text and parsed here, so a bad cell is found, not guessed."""
    import polars as pl

    if file.suffix.lower() == ".parquet":
        return pl.scan_parquet(file)
    return pl.scan_csv(file, infer_schema=False)


class Column(NamedTuple):
    """How one required column of a file is read and checked."""

    value: object  # expression: the cell as date, Int64 or Float64
    bad: object  # expression: True where the cell is empty, unparsable or out of range
    check: object  # the part of `bad` tested on every row before anything is computed
    by_statistics: bool  # whether Parquet statistics answer `check` without reading the column
    rules: tuple = ()  # (expression, expected) pairs that name what is wrong with a bad row; () means (bad, REQUIRED[name])


def _column(name: str, dtype, dates: tuple | None = None) -> Column | None:
    """The reading of a required column of this type, or None when the type cannot hold it.

    Values are read in whole cents (each rounded to the nearest cent, a tie to the even
    one: RMB has no smaller unit), so that sums of millions of rows are exact; a Decimal
    value is converted by decimal arithmetic, with no float on the way. In a
    Parquet float column, a NaN, an infinite value or one above LIMIT is not in the
    up-front check, which would read the whole column: it fails the cast to cents, and
    that stops the command (see :func:`aggregate`). ``dates`` (first, last) bounds the
    dates; None takes any.
    """
    import polars as pl

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
                first, after = (_instant(day, dtype) for day in (dates[0], dates[1] + dt.timedelta(days=1)))
                outside = (col < first) | (col >= after)
        else:
            return None
        bad = missing if outside is None else missing | outside
        if outside is not None and dtype == pl.String:  # the same test with one parse of the cell, not two (polars
            bad = ~parsed.is_between(*dates).fill_null(False)  # repeats a parse each time it is written)
        rules = ((missing, REQUIRED[name]),) + (() if outside is None else (
            (outside, f"a date from {dates[0]} to {dates[1]}, or --any-date to keep dates outside that range"),))
        return Column(value, bad, bad, dtype != pl.String, rules)
    if dtype == pl.String:
        text = col.str.strip_chars()
        parsed = {"quantity": text.cast(pl.Int64, strict=False), "value": text.cast(pl.Float64, strict=False)}[name]
        bad = parsed.is_null() | ~parsed.cast(pl.Float64).is_between(0, LIMIT)
        return Column(_cents(parsed, strict=False) if name == "value" else parsed, bad, bad, False)
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
        return Column(_cents(pl.when(col <= LIMIT).then(col).otherwise(float("nan"))), check | ~col.is_between(0, LIMIT), check, True)
    return None


def _instant(day: dt.date, dtype):
    """Midnight starting ``day`` as a literal of this Datetime type (its unit and time zone)."""
    import polars as pl

    instant = pl.lit(dt.datetime(day.year, day.month, day.day)).dt.cast_time_unit(dtype.time_unit)
    return instant.dt.replace_time_zone(dtype.time_zone) if dtype.time_zone else instant


def _cents(number, strict: bool = True):
    """A number of RMB as whole cents (Int64); NaN or infinity fails the strict cast."""
    import polars as pl

    return (number * 100).round(0).cast(pl.Int64, strict=strict)


class RecordFile(NamedTuple):
    path: Path
    frame: object  # lazy: date, quantity, cents, the dimensions present (as text) and _bad (the checks statistics cannot answer)
    columns: dict  # required column name -> Column
    dimensions: tuple
    ignored: tuple
    fast: object = None  # a CSV file's optimistic reading (records_csv.FastReading), or None

    @property
    def read_to_check(self) -> bool:
        """Whether some check needs the cells read (CSV, float quantities): then it runs in the grouping pass."""
        return not all(c.by_statistics for c in self.columns.values())

    def statistics_check(self):
        """A lazy count of the rows that fail the checks Parquet statistics can answer without reading data, or None."""
        import polars as pl

        checks = [c.check for c in self.columns.values() if c.by_statistics]
        return _scan(self.path).filter(_any(checks)).select(pl.len()) if checks else None


def _any(expressions):
    import functools
    import operator

    import polars as pl

    return functools.reduce(operator.or_, expressions) if expressions else pl.lit(False)


# (first bytes, encoding as named in a message, its name for iconv): the byte-order marks, the longest first
BOMS = ((b"\xff\xfe\x00\x00", "UTF-32 (little-endian, with a byte-order mark)", "UTF-32"),
        (b"\x00\x00\xfe\xff", "UTF-32 (big-endian, with a byte-order mark)", "UTF-32"),
        (b"\xff\xfe", "UTF-16 (little-endian, with a byte-order mark)", "UTF-16"),
        (b"\xfe\xff", "UTF-16 (big-endian, with a byte-order mark)", "UTF-16"))


def _wide_encoding(head: bytes) -> tuple[str, str] | None:
    """(encoding, iconv name) when a file's first bytes are UTF-16 or UTF-32 text, else None (UTF-8, with or without BOM).

    Without a byte-order mark, the zero bytes tell: the text of a record file is mostly
    ASCII (digits, dashes, commas), whose characters have zero high bytes in UTF-16 and
    UTF-32 and none in UTF-8.
    """
    for bom, name, iconv in BOMS:
        if head.startswith(bom):
            return name, iconv
    if b"\x00" not in head:
        return None
    n = len(head) - len(head) % 4
    if n and not any(head[2:n:4] + head[3:n:4]) and any(head[0:n:4]):
        return "UTF-32 (little-endian, no byte-order mark)", "UTF-32LE"
    if n and not any(head[0:n:4] + head[1:n:4]) and any(head[3:n:4]):
        return "UTF-32 (big-endian, no byte-order mark)", "UTF-32BE"
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if 8 * max(even, odd) < len(head):  # a stray zero byte or two: not text in UTF-16
        return None
    if odd > 4 * even:
        return "UTF-16 (little-endian, no byte-order mark)", "UTF-16LE"
    if even > 4 * odd:
        return "UTF-16 (big-endian, no byte-order mark)", "UTF-16BE"
    return None


def _encoding_problem(file: Path) -> Problem | None:
    """A CSV file in UTF-16 or UTF-32, told from its first bytes alone; a UTF-8 byte-order mark is fine (polars drops it)."""
    try:
        with open(file, "rb") as f:
            head = f.read(SNIFF)
    except OSError:
        return None  # the scan says why the file cannot be read
    found = _wide_encoding(head)
    if found is None:
        return None
    name, iconv = found
    return Problem(str(file), "file", "", "encoding", f"{name} text",
                   f"UTF-8 text: save the file as 'CSV UTF-8', or convert it: iconv -f {iconv} -t UTF-8 "
                   f"{shlex.quote(file.name)} > {shlex.quote(file.stem + '-utf8.csv')}")


def _copies(schema) -> set:
    """The columns polars named as copies: it reads a CSV file's second 'value' as 'value_duplicated_0'."""
    return {c for c in schema if (m := re.fullmatch(r"(.+)_duplicated_\d+", c)) and m[1] in schema}


def _duplicates(file: Path, schema) -> list[Problem]:
    """A CSV file's columns named more than once. Where polars named a column as a copy, the header
    line itself, read only then, confirms it (a column may really be called 'value_duplicated_0')."""
    import csv

    copies = _copies(schema)
    if not copies:
        return []
    try:
        with open(file, newline="", encoding="utf-8-sig", errors="replace") as f:
            header = next(csv.reader(f), [])
    except (OSError, csv.Error):  # a header too long for the csv module: polars' reading stands
        header = [re.sub(r"_duplicated_\d+$", "", c) if c in copies else c for c in schema]
    where: dict = {}
    for number, name in enumerate(header, start=1):
        where.setdefault(name, []).append(number)
    return [Problem(str(file), "header", "", _shown(name), f"{len(numbers)} columns of this name "
                    f"(columns {', '.join(map(str, numbers[:-1]))} and {numbers[-1]})", "each column name once: rename or remove the copies")
            for name, numbers in where.items() if len(numbers) > 1]


def open_file(file: Path, dates: tuple | None = None) -> RecordFile:
    """Read one file's header and say how to read its rows (``dates``: the range of dates kept, None: any);
    a file in another encoding than UTF-8, a column named twice, a missing or mistyped column raises DataError."""
    import polars as pl

    if file.suffix.lower() == ".csv":
        from .records_csv import use_chunks

        use_chunks()
        if problem := _encoding_problem(file):
            raise DataError([problem])
    try:
        schema = _scan(file).collect_schema()
    except pl.exceptions.DuplicateError as exc:  # a Parquet file with a column named twice
        m = re.search(r"name '(.*)' has more than one", str(exc))
        raise DataError([Problem(str(file), "header", "", _shown(m[1]) if m else "columns", "more than one column of this name",
                                 "each column name once: rename or remove the copies")]) from None
    except (pl.exceptions.PolarsError, OSError) as exc:
        reason = _shown(_first_line(exc), 2 * CUT)
        raise DataError([Problem(str(file), "file", "", "content", f"a file that cannot be read ({reason})",
                                 "a CSV file with a header row, or a Parquet file")]) from None
    problems, columns = _duplicates(file, schema) if file.suffix.lower() == ".csv" else [], {}
    copies = _copies(schema) if problems else set()  # not listed again among the columns the file has
    for name, expected in REQUIRED.items():
        if name not in schema:
            problems.append(Problem(str(file), "header", "", name, f"no such column (columns: {_names(c for c in schema if c not in copies)})",
                                    f"a column '{name}': {expected}; see docs/records.md"))
        elif (column := _column(name, schema[name], dates)) is None:
            problems.append(Problem(str(file), "header", "", name, f"a column of type {_shown(schema[name], 2 * CUT)}", expected))
        else:
            columns[name] = column
    if problems:
        raise DataError(problems)
    dims = tuple(d for d in DIMENSIONS if d in schema)
    ignored = tuple(c for c in schema if c not in REQUIRED and c not in DIMENSIONS)
    read_checks = [c.check for c in columns.values() if not c.by_statistics]
    if file.suffix.lower() == ".csv":  # every field of every line is read, so that a line with too many is found
        read_checks.append(pl.sum_horizontal(pl.col(c).str.len_bytes() for c in schema).is_null())
    frame = _scan(file).select(*(c.value.alias(READ_AS.get(name, name)) for name, c in columns.items()),
                               *(pl.col(d).cast(pl.String) for d in dims), _any(read_checks).alias("_bad"))
    fast = None
    if file.suffix.lower() == ".csv":
        from .records_csv import fast_reading

        fast = fast_reading(file, list(schema), dims, LIMIT)
    return RecordFile(file, frame, columns, dims, ignored, fast)


def _first_bad_rows(record_files) -> list[Problem]:
    """For each file and required column: the first row that fails its check, and how many do (error path only)."""
    import polars as pl

    problems = []
    for rf in record_files:
        where = "row {} (after the header)" if rf.path.suffix.lower() == ".csv" else "row {}"
        numbered = _scan(rf.path).with_row_index("_row", offset=1)
        for name, column in rf.columns.items():
            for rule, expected in column.rules or ((column.bad, REQUIRED[name]),):
                bad = numbered.filter(rule)
                count, row, cell = bad.select(pl.len(), pl.col("_row").first(),
                                              pl.col(name).first().cast(pl.String).str.slice(0, CUT + 1)).collect().row(0)
                if count:
                    more = f" (and {count - 1} more row(s))" if count > 1 else ""
                    found = "an empty cell" if cell is None or not cell.strip() else repr(cut(cell, CUT))
                    problems.append(Problem(str(rf.path), where.format(row), "", name, found + more, expected))
    return problems


def _unreadable(record_files, exc) -> list[Problem]:
    """Why the rows of these files could not be read: each file's first bad row, or what is wrong with the file."""
    import polars as pl

    problems = []
    for rf in record_files:
        found = _csv_layout(rf.path) if rf.path.suffix.lower() == ".csv" else None
        try:
            problems += [found] if found else _first_bad_rows([rf])
        except pl.exceptions.PolarsError as error:
            reason = _shown(_first_line(error), 2 * CUT)
            problems.append(Problem(str(rf.path), "file", "", "content", f"rows that cannot be read ({reason})",
                                    "a CSV file in UTF-8 or a Parquet file, of the record schema"))
    if not problems:
        reason = _shown(_first_line(exc), 2 * CUT)
        problems.append(Problem(", ".join(str(rf.path) for rf in record_files), "file", "", "content",
                                f"rows that cannot be read ({reason})", "CSV or Parquet files of the record schema"))
    return problems


def _first_line(exc) -> str:
    """A library error's first line, its spacing tidied: enough to say what went wrong."""
    return " ".join(str(exc).split("\n")[0].split())


def _csv_layout(path: Path) -> Problem | None:
    """A CSV file's first line that is not UTF-8 or has another number of fields than the header (error path only)."""
    import csv

    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f)
            header = next(reader, [])
            for number, row in enumerate(reader, start=1):
                if row and len(row) != len(header):
                    return Problem(str(path), f"row {number} (after the header)", "", "fields", f"{len(row)} fields",
                                   f"{len(header)}, as in the header (quote a cell that holds a comma)")
    except UnicodeDecodeError as exc:
        return Problem(str(path), "file", "", "encoding", f"bytes that are not UTF-8 ({exc.reason}, at byte {exc.start})",
                       "UTF-8 text: save the file as 'CSV UTF-8'")
    return None


def _sums(columns):
    import polars as pl

    return [pl.len().alias("batches"), *(pl.col(c).sum() for c in columns)]


def aggregate(paths, need: Need = Need(), any_date: bool = False):
    """Scan, check and group the record files: (files, {dimension: groups}, notes).
    A date outside :func:`date_range` is a bad row unless ``any_date``.

    Rows are grouped by day (and raw member text, for a breakdown), which is fast on
    millions of rows and small enough to roll up into half-years and years in Python's
    stead. The totals are the key None; with a breakdown they are its members' sum,
    since every row counts in one member (an empty cell in 'unspecified').

    When every file is a CSV file, the files are first read optimistically
    (:mod:`ipr_stats.records_csv`), which gives up at the first doubt; then, or when
    a Parquet file is among them, every file is read carefully.
    There, checks that Parquet statistics answer run apart, at almost no cost; the others
    (every check of a CSV file) are counted in the grouping pass itself, so that each
    file is read once; that pass then takes every year, and the year asked for is
    picked from its small result.
    """
    import polars as pl

    if need.year is not None and not dt.MINYEAR <= need.year <= dt.MAXYEAR:  # no row can be dated then
        need = Need(None, ())  # as for a year without rows: the totals of every year, to say which have rows
    dates = None if any_date else date_range()
    record_files = [open_file(f, dates) for f in expand(paths)]
    present = tuple(d for d in DIMENSIONS if any(d in rf.dimensions for rf in record_files))
    wanted = present if need.dimensions is None or not set(need.dimensions) <= set(present) else tuple(need.dimensions)
    summed = [READ_AS.get(m, m) for m in RULES if m != "batches" and (need.metrics is None or m in need.metrics)]
    grouped = None
    if all(rf.fast is not None for rf in record_files):  # every file a CSV file the quick reading can prove
        from . import records_csv

        try:
            grouped = records_csv.group([(rf.fast, rf.dimensions) for rf in record_files], wanted, summed, need.year, dates)
        except (pl.exceptions.PolarsError, pl.exceptions.PanicException):  # a cell the reader cannot parse, or
            grouped = None  # a file it cannot read: the careful reading says which
    if grouped is None:
        grouped = _group(record_files, wanted, summed, need.year)
    if need.year is not None and grouped[0].is_empty():  # no rows that year: the totals of every year, to say which have rows
        return aggregate(paths, Need(None, ()), any_date)
    parts = dict(zip(wanted, grouped))
    parts[None] = grouped[0].group_by("date").agg(pl.col("batches", *summed).sum()) if wanted else grouped[0]
    notes = [f"{rf.path}: column(s) {_names(rf.ignored)} ignored: not in the record schema (docs/records.md)."
             for rf in record_files if rf.ignored]
    return [rf.path for rf in record_files], parts, notes


def _group(record_files, wanted: tuple, summed: list, year: int | None) -> list:
    """The careful reading's day groups, one frame per dimension in ``wanted`` (or the totals
    alone); a bad row raises DataError naming the first bad rows."""
    import polars as pl

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


def _member_keys(vocab, dimension: str, raw_values) -> dict:
    """Raw cell text -> member key: a known member by key, name or alias; else the text itself; empty -> unspecified.

    Members met for the first time are added to ``vocab``, so that --member can name them.
    """
    members = vocab.member_set(dimension)
    members.setdefault(UNSPECIFIED, ("Unspecified (empty cell)", "remainder", []))
    keys = {}
    for raw in sorted(raw_values, key=lambda r: (r is not None, r or "")):  # a fixed order: the first spelling met names a new member
        text = (raw or "").strip()
        key = vocab.resolve_member(dimension, text) if text else UNSPECIFIED
        if key is None:
            key = text
            members[key] = (text, "entity", [])
        keys[raw] = key
    return keys


def to_figures(files, parts: dict, vocab):
    """The day groups as figures of the model (dataset.COLUMNS): each metric for each year and half-year."""
    import polars as pl

    from .dataset import COLUMNS

    summed = [c for c in ("batches", "quantity", "cents") if c in parts[None].columns]
    sums = [pl.col(*summed).sum(), pl.col("date").min().alias("first"), pl.col("date").max().alias("last")]
    by_period = [pl.col("date").dt.year().alias("year"), (pl.col("date").dt.month() > 6).cast(pl.Int8).add(1).alias("half")]
    halves = []
    for dimension, grouped in parts.items():
        if dimension is None:
            grouped, kinds = grouped.with_columns(member=pl.lit(None, pl.String)), {}
        else:
            keys = _member_keys(vocab, dimension, grouped["member"].unique().to_list())
            kinds = {key: "remainder" if vocab.member_set(dimension)[key][1] == "remainder" else "entity" for key in keys.values()}
            grouped = grouped.with_columns(pl.col("member").replace_strict(keys, return_dtype=pl.String))
        halves.append(grouped.group_by(*by_period, "member").agg(*sums).with_columns(
            dimension=pl.lit(dimension, pl.String), member_kind=pl.col("member").replace_strict(kinds, default=None, return_dtype=pl.String)))
    halves = pl.concat(halves)
    years = halves.group_by("year", "dimension", "member", "member_kind").agg(
        pl.col(*summed).sum(), pl.col("first").min(), pl.col("last").max())
    grouped = pl.concat([halves, years.with_columns(pl.lit(None, pl.Int8).alias("half")).select(halves.columns)])
    metrics = [m for m in RULES if READ_AS.get(m, m) in summed]
    grouped = grouped.with_columns(rows=pl.col("batches").cast(pl.Int64)).with_columns(
        (pl.col("cents") / 100 if m == "value" else pl.col(m).cast(pl.Float64)).alias(m) for m in metrics).drop("cents", strict=False)
    long = grouped.unpivot(on=metrics, index=[c for c in grouped.columns if c not in metrics], variable_name="metric", value_name="figure")
    half = pl.col("half")
    first_month = pl.when(half == 2).then(7).otherwise(1)
    out = long.with_columns(
        source=pl.lit(SOURCE),
        locator=pl.col("metric").replace_strict({m: rule for m, (rule, _d) in RULES.items()}, return_dtype=pl.String),
        unit=pl.col("metric").replace_strict({m: vocab.metrics[m][0] for m in RULES}, return_dtype=pl.String),
        period=pl.when(half.is_null()).then(pl.col("year").cast(pl.String)).otherwise(pl.format("{}-H{}", "year", half)),
        period_kind=pl.when(half.is_null()).then(pl.lit("year")).otherwise(pl.lit("half_year")),
        period_start=pl.date("year", first_month, 1),
        period_end=pl.date("year", pl.when(half == 1).then(6).otherwise(12), pl.when(half == 1).then(30).otherwise(31)),
        scope=pl.lit(SCOPE),
        value=pl.col("figure"),
        qualifier=pl.lit("exact"),
        note=pl.format("{} row(s) dated {} to {}", "rows", "first", "last"),
        precision=pl.lit(None, pl.Float64),
        decimals=pl.col("metric").replace_strict({m: d for m, (_r, d) in RULES.items()}, return_dtype=pl.Int8),
        breakdown=pl.when(pl.col("dimension").is_null()).then(None).otherwise(pl.lit("complete")),
        scope_kind=pl.lit(SCOPE),
        file=pl.lit(", ".join(map(str, files))),
    )
    missing = [c for c in COLUMNS if c not in out.columns]
    out = out.with_columns(pl.lit(None, pl.String).alias(c) for c in missing)
    order = pl.col("metric").replace_strict({m: i for i, m in enumerate(RULES)}, return_dtype=pl.Int8)
    return out.sort(pl.col("dimension"), "member", order, "period_start", pl.col("period_end"),
                    descending=[False, False, False, False, True], nulls_last=False).select(COLUMNS)


def add_records(paths, sources: list, frame, vocab, need: Need = Need(), any_date: bool = False):
    """The loaded dataset plus the records' figures, under source and scope 'records': (sources, frame, vocab, notes).
    ``any_date`` keeps rows dated outside :func:`date_range` (--any-date)."""
    import polars as pl

    if any(s["id"] == SOURCE for s in sources):
        raise DataError([Problem(next(s["file"] for s in sources if s["id"] == SOURCE), "source", "", "id", repr(SOURCE),
                                 "another id: 'records' names the figures made from --records files")])
    files, parts, notes = aggregate(paths, need, any_date)
    figures = to_figures(files, parts, vocab)
    vocab.scopes[SCOPE] = (SCOPE, "Case records (--records)", "Figures aggregated from the record files given with --records.")
    names = ", ".join(map(str, files))
    source = {"id": SOURCE, "title": f"Case records: {names}", "publisher": "the files given with --records",
              "published": "unpublished", "language": None, "file": names, "milestones": []}
    return [*sources, source], pl.concat([frame, figures]), vocab, notes


def load_records(*paths, need: Need = Need(), any_date: bool = False):
    """The figures of record files (CSV or Parquet, see docs/records.md) as a polars frame with
    the columns of :func:`ipr_stats.load_dataset`, ready for the query functions (scope 'records').
    Columns outside the schema are ignored with a warning; a bad file raises DataError, and so
    does a date before 1980 or after next year unless ``any_date``."""
    import warnings

    from .dataset import to_frame
    from .model import Vocabulary

    _sources, frame, _vocab, notes = add_records(paths, [], to_frame([]), Vocabulary(), need, any_date)
    for note in notes:
        warnings.warn(note, stacklevel=2)
    return frame
