"""Case records (one row per detained batch, CSV or Parquet) -> figures of the same model.

The schema is in docs/records.md. Every file is scanned lazily: polars reads only the
columns a command needs, checks every row and groups them; only the grouped result
(a few hundred rows at most) reaches Python. A file with a bad row stops the command
before anything is printed, naming the file, the column and the first bad row.
"""

from __future__ import annotations

import datetime as dt
import glob
from pathlib import Path
from typing import NamedTuple

from .errors import DataError
from .model import Problem
from .vocabulary import RECORDS

LIMIT = 10**12  # the largest quantity or value one row may hold: far beyond any real seizure, it keeps sums in range
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
                raise DataError([Problem(str(file), "file", "", "--records", f"a '{file.suffix}' file", "a .csv or .parquet file")])
            if file.resolve() not in {f.resolve() for f in files}:
                files.append(file)
    return files


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


def _column(name: str, dtype) -> Column | None:
    """The reading of a required column of this type, or None when the type cannot hold it.

    Values are read in whole cents (each rounded to the nearest cent, a tie to the even
    one: RMB has no smaller unit), so that sums of millions of rows are exact. In a
    Parquet float column, a NaN, an infinite value or one above LIMIT is not in the
    up-front check, which would read the whole column: it fails the cast to cents, and
    that stops the command (see :func:`aggregate`).
    """
    import polars as pl

    col = pl.col(name)
    if dtype == pl.String:
        text = col.str.strip_chars()
        parsed = {"date": text.str.to_date("%Y-%m-%d", strict=False), "quantity": text.cast(pl.Int64, strict=False),
                  "value": text.cast(pl.Float64, strict=False)}[name]
        bad = parsed.is_null() if name == "date" else parsed.is_null() | ~parsed.cast(pl.Float64).is_between(0, LIMIT)
        return Column(_cents(parsed, strict=False) if name == "value" else parsed, bad, bad, False)
    if name == "date" and (dtype == pl.Date or isinstance(dtype, pl.Datetime)):
        return Column(col if dtype == pl.Date else col.dt.date(), col.is_null(), col.is_null(), True)
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


def open_file(file: Path) -> RecordFile:
    """Read one file's header and say how to read its rows; a missing or mistyped column raises DataError."""
    import polars as pl

    try:
        schema = _scan(file).collect_schema()
    except (pl.exceptions.PolarsError, OSError) as exc:
        reason = _first_line(exc)
        raise DataError([Problem(str(file), "file", "", "content", f"a file that cannot be read ({reason})",
                                 "a CSV file with a header row, or a Parquet file")]) from None
    problems, columns = [], {}
    for name, expected in REQUIRED.items():
        if name not in schema:
            problems.append(Problem(str(file), "header", "", name, f"no such column (columns: {', '.join(schema) or 'none'})",
                                    f"a column '{name}': {expected}; see docs/records.md"))
        elif (column := _column(name, schema[name])) is None:
            problems.append(Problem(str(file), "header", "", name, f"a column of type {schema[name]}", expected))
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
    return RecordFile(file, frame, columns, dims, ignored)


def _first_bad_rows(record_files) -> list[Problem]:
    """For each file and required column: the first row that fails its check, and how many do (error path only)."""
    import polars as pl

    problems = []
    for rf in record_files:
        where = "row {} (after the header)" if rf.path.suffix.lower() == ".csv" else "row {}"
        numbered = _scan(rf.path).with_row_index("_row", offset=1)
        for name, expected in REQUIRED.items():
            bad = numbered.filter(rf.columns[name].bad)
            count, row, cell = bad.select(pl.len(), pl.col("_row").first(), pl.col(name).first().cast(pl.String)).collect().row(0)
            if count:
                more = f" (and {count - 1} more row(s))" if count > 1 else ""
                found = "an empty cell" if cell is None or not cell.strip() else repr(cell)
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
            reason = _first_line(error)
            problems.append(Problem(str(rf.path), "file", "", "content", f"rows that cannot be read ({reason})",
                                    "a CSV file in UTF-8 or a Parquet file, of the record schema"))
    if not problems:
        reason = _first_line(exc)
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


def aggregate(paths, need: Need = Need()):
    """Scan, check and group the record files: (files, {dimension: groups}, notes).

    Rows are grouped by day (and raw member text, for a breakdown), which is fast on
    millions of rows and small enough to roll up into half-years and years in Python's
    stead. The totals are the key None; with a breakdown they are its members' sum,
    since every row counts in one member (an empty cell in 'unspecified').

    Checks that Parquet statistics answer run apart, at almost no cost. The others
    (every check of a CSV file) are counted in the grouping pass itself, so that each
    file is read once; that pass then takes every year, and the year asked for is
    picked from its small result.
    """
    import polars as pl

    record_files = [open_file(f) for f in expand(paths)]
    present = tuple(d for d in DIMENSIONS if any(d in rf.dimensions for rf in record_files))
    wanted = present if need.dimensions is None or not set(need.dimensions) <= set(present) else tuple(need.dimensions)
    summed = [READ_AS.get(m, m) for m in RULES if m != "batches" and (need.metrics is None or m in need.metrics)]
    rows = pl.concat([rf.frame.select("date", *summed, "_bad",
                                      *(pl.col(d) if d in rf.dimensions else pl.lit(None, pl.String).alias(d) for d in wanted))
                      for rf in record_files], how="vertical")
    checks = [check for rf in record_files if (check := rf.statistics_check()) is not None]
    in_pass = any(rf.read_to_check for rf in record_files)
    year = None if need.year is None else pl.col("date").is_between(dt.date(need.year, 1, 1), dt.date(need.year, 12, 31))
    chosen = rows if year is None or in_pass else rows.filter(year)
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
        grouped = grouped if year is None else [g.filter(year) for g in grouped]
    if need.year is not None and grouped[0].is_empty():  # no rows that year: the totals of every year, to say which have rows
        return aggregate(paths, Need(None, ()))
    parts = dict(zip(wanted, grouped))
    parts[None] = grouped[0].group_by("date").agg(pl.col("batches", *summed).sum()) if wanted else grouped[0]
    notes = [f"{rf.path}: column(s) {', '.join(rf.ignored)} ignored: not in the record schema (docs/records.md)."
             for rf in record_files if rf.ignored]
    return [rf.path for rf in record_files], parts, notes


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


def add_records(paths, sources: list, frame, vocab, need: Need = Need()):
    """The loaded dataset plus the records' figures, under source and scope 'records': (sources, frame, vocab, notes)."""
    import polars as pl

    if any(s["id"] == SOURCE for s in sources):
        raise DataError([Problem(next(s["file"] for s in sources if s["id"] == SOURCE), "source", "", "id", repr(SOURCE),
                                 "another id: 'records' names the figures made from --records files")])
    files, parts, notes = aggregate(paths, need)
    figures = to_figures(files, parts, vocab)
    vocab.scopes[SCOPE] = (SCOPE, "Case records (--records)", "Figures aggregated from the record files given with --records.")
    names = ", ".join(map(str, files))
    source = {"id": SOURCE, "title": f"Case records: {names}", "publisher": "the files given with --records",
              "published": "unpublished", "language": None, "file": names, "milestones": []}
    return [*sources, source], pl.concat([frame, figures]), vocab, notes


def load_records(*paths, need: Need = Need()):
    """The figures of record files (CSV or Parquet, see docs/records.md) as a polars frame with
    the columns of :func:`ipr_stats.load_dataset`, ready for the query functions (scope 'records').
    Columns outside the schema are ignored with a warning; a bad file raises DataError."""
    import warnings

    from .dataset import to_frame
    from .model import Vocabulary

    _sources, frame, _vocab, notes = add_records(paths, [], to_frame([]), Vocabulary(), need)
    for note in notes:
        warnings.warn(note, stacklevel=2)
    return frame
