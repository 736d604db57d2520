"""Case records (one row per detained batch, CSV, Parquet or an Excel workbook) -> figures of the same model.

The schema is in docs/records.md. Every file is scanned lazily: polars reads only the
columns a command needs, checks every row and groups them; only the grouped result
(a few hundred rows at most) reaches Python. A file with a bad row stops the command
before anything is printed, naming the file, the column and the first bad row.
"""

from __future__ import annotations

import datetime as dt
import warnings

import polars as pl

from ipr_stats.data.frame import COLUMNS, to_frame
from ipr_stats.data.vocabulary import Vocabulary
from ipr_stats.data.vocabulary import spellings as spellings_of
from ipr_stats.errors import DataError, Problem
from ipr_stats.records import quick_csv
from ipr_stats.records.careful import group_carefully, open_file
from ipr_stats.records.files import column_list, expand
from ipr_stats.records.schema import (
    CALENDAR,
    DIMENSIONS,
    READ_AS,
    RULES,
    SCOPE,
    SOURCE,
    UNSPECIFIED,
    Need,
    date_range,
)


def aggregate(paths, need: Need = Need(), any_date: bool = False, sheet: str | None = None):
    """Scan, check and group the record files: (files, {dimension: groups}, notes).
    A date outside :func:`date_range` is a bad row unless ``any_date``; ``sheet``: the sheet read of a workbook (None:
    its first).

    Rows are grouped by day (and raw member text, for a breakdown), which is fast on
    millions of rows and small enough to roll up into half-years and years in Python's
    stead. The totals are the key None; with a breakdown they are its members' sum,
    since every row counts in one member (an empty cell in 'unspecified').

    When every file is a CSV file, the files are first read optimistically
    (:mod:`ipr_stats.records.quick_csv`), which gives up at the first doubt; then, or when
    a Parquet file is among them, every file is read carefully.
    There, checks that Parquet statistics answer run apart, at almost no cost; the others
    (every check of a CSV file) are counted in the grouping pass itself, so that each
    file is read once; that pass then takes every year, and the year asked for is
    picked from its small result.
    """

    if need.year is not None and not dt.MINYEAR <= need.year <= dt.MAXYEAR:  # no row can be dated then
        need = Need(None, ())  # as for a year without rows: the totals of every year, to say which have rows
    dates = CALENDAR if any_date else date_range()  # a year 0 or 10000 has no period label, even under --any-date
    record_files = [open_file(f, dates, sheet) for f in expand(paths)]
    present = tuple(d for d in DIMENSIONS if any(d in rf.dimensions for rf in record_files))
    wanted = present if need.dimensions is None or not set(need.dimensions) <= set(present) else tuple(need.dimensions)
    summed = [READ_AS.get(m, m) for m in RULES if m != "batches" and (need.metrics is None or m in need.metrics)]
    grouped = None
    if all(rf.fast is not None for rf in record_files):  # every file a CSV file the quick reading can prove

        try:
            grouped = quick_csv.group([(rf.fast, rf.dimensions) for rf in record_files], wanted, summed, need.year, dates)
        except (pl.exceptions.PolarsError, pl.exceptions.PanicException):  # a cell the reader cannot parse, or
            grouped = None  # a file it cannot read: the careful reading says which
    if grouped is None:
        grouped = group_carefully(record_files, wanted, summed, need.year)
    if need.year is not None and grouped[0].is_empty():  # no rows that year: the totals of every year, to say which have rows
        return aggregate(paths, Need(None, ()), any_date, sheet)
    parts = dict(zip(wanted, grouped))
    parts[None] = grouped[0].group_by("date").agg(pl.col("batches", *summed).sum()) if wanted else grouped[0]
    notes = [f"{rf.path}: column(s) {column_list(rf.ignored)} ignored: not in the record schema (docs/records.md)."
             for rf in record_files if rf.ignored]
    return [rf.path for rf in record_files], parts, notes


def _member_keys(vocab, dimension: str, raw_values) -> dict:
    """Raw cell text -> member key: a known member by key, name or alias; else the text itself; empty -> unspecified.

    Members met for the first time are added to ``vocab``, so that --member can name them.
    Each text is looked up in one table of the spellings (ipr_stats.data.vocabulary.spellings),
    which a new member joins: so a log of many members is read in a time that grows with their
    number, not with its square.
    """
    members = vocab.member_set(dimension)
    members.setdefault(UNSPECIFIED, ("Unspecified (empty cell)", "remainder", []))
    spellings = spellings_of(vocab.member_names(dimension))
    keys = {}
    for raw in sorted(raw_values, key=lambda r: (r is not None, r or "")):  # a fixed order: the first spelling met names a new member
        text = (raw or "").strip()
        key = spellings.get(text.casefold()) if text else UNSPECIFIED
        if key is None:
            key = text
            members[key] = (text, "entity", [])
            spellings[text.casefold()] = key
        keys[raw] = key
    return keys


def to_figures(files, parts: dict, vocab):
    """The day groups as figures of the model (dataset.COLUMNS): each metric for each year and half-year."""

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
    year_label = pl.col("year").cast(pl.String).str.zfill(4)  # the year as a period label writes it: 0999, not 999
    out = long.with_columns(
        source=pl.lit(SOURCE),
        locator=pl.col("metric").replace_strict({m: rule for m, (rule, _d) in RULES.items()}, return_dtype=pl.String),
        unit=pl.col("metric").replace_strict({m: vocab.metrics[m][0] for m in RULES}, return_dtype=pl.String),
        period=pl.when(half.is_null()).then(year_label).otherwise(pl.format("{}-H{}", year_label, half)),
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


def add_records(paths, sources: list, frame, vocab, need: Need = Need(), any_date: bool = False, sheet: str | None = None):
    """The loaded dataset plus the records' figures, under source and scope 'records': (sources, frame, vocab, notes).
    ``any_date`` keeps rows dated outside :func:`date_range` (--any-date); ``sheet``: the sheet of a workbook (--sheet)."""

    if any(s["id"] == SOURCE for s in sources):
        raise DataError([Problem(next(s["file"] for s in sources if s["id"] == SOURCE), "source", "", "id", repr(SOURCE),
                                 "another id: 'records' names the figures made from --records files")])
    files, parts, notes = aggregate(paths, need, any_date, sheet)
    figures = to_figures(files, parts, vocab)
    vocab.scopes[SCOPE] = (SCOPE, "Case records (--records)", "Figures aggregated from the record files given with --records.")
    names = ", ".join(map(str, files))
    source = {"id": SOURCE, "title": f"Case records: {names}", "publisher": "the files given with --records",
              "published": "unpublished", "language": None, "file": names, "milestones": []}
    return [*sources, source], pl.concat([frame, figures]), vocab, notes


def load_records(*paths, need: Need = Need(), any_date: bool = False, sheet: str | None = None):
    """The figures of record files (CSV, Parquet or an Excel workbook's ``sheet``, see docs/records.md) as a polars frame with
    the columns of :func:`ipr_stats.load_dataset`, ready for the query functions (scope 'records').
    Columns outside the schema are ignored with a warning; a bad file raises DataError, and so
    does a date before 1980 or after next year unless ``any_date``."""

    _sources, frame, _vocab, notes = add_records(paths, [], to_frame([]), Vocabulary(), need, any_date, sheet)
    for note in notes:
        warnings.warn(note, stacklevel=2)
    return frame
