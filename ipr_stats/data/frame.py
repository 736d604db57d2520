"""The frame every figure lives in: its columns and their types, records to a frame, and the small
expressions every query shares (the figures with a value, one dimension's rows, the qualifier with its precision,
the year each period belongs to)."""

from __future__ import annotations

import polars as pl

from ipr_stats.data.periods import year_of

# Columns of the frame, in order; the first sixteen are the published tidy view, the next
# six say where and how each figure was read, and whether it is the source's likely error (the tidy
# view adds 'preferred' and 'versions').
COLUMNS = [
    "source", "locator", "metric", "unit", "period", "period_kind", "period_start", "period_end",
    "scope", "dimension", "member", "value", "qualifier", "published_share", "published_change", "note",
    "printed", "address", "source_kind", "stage", "source_date", "error",
    "precision", "decimals", "member_kind", "breakdown", "claim", "scope_kind", "file",
]

TIDY_COLUMNS = COLUMNS[:22]

NOT_DERIVED = ("printed", "address", "error", "file")  # what a derived frame (a ratio's rows) does not have: nothing was read


def schema() -> dict:
    """The type of each of COLUMNS."""
    types = {name: pl.String for name in COLUMNS}
    types.update(period_start=pl.Date, period_end=pl.Date, value=pl.Float64, precision=pl.Float64, decimals=pl.Int8)
    return types


def marked_schema() -> dict:
    """The frame's types once ipr_stats.data.versions.with_preference has added its columns."""
    return {**schema(), "versions": pl.Int64, "breakdown_source": pl.String, "preferred": pl.Boolean}


def check_columns(frame, marked: bool = False) -> None:
    """Refuse a frame without the dataset's columns (a query's own output, say, which drops some) with a
    message naming those it lacks, before a query fails on one of them deep inside."""
    from ipr_stats.errors import BadArgument

    if not isinstance(frame, pl.DataFrame):
        raise BadArgument(f"A query takes the dataset's frame (ipr_stats.load_dataset()), a polars DataFrame, not a {type(frame).__name__}.")
    wanted = marked_schema() if marked else schema()
    missing = [name for name in wanted if name not in frame.columns and name not in NOT_DERIVED]
    if missing:
        raise BadArgument(f"A query takes a frame with the dataset's columns (ipr_stats.load_dataset() gives one); this one lacks "
                          f"{', '.join(missing)}. A query's own output (tidy, yoy, top ...) is an answer, not a dataset to query again.")


def to_frame(rows: list[dict]):
    """Records -> a polars frame with COLUMNS, in file order."""
    data = {name: [rec.get(name) for rec in rows] for name in COLUMNS}
    data["value"] = [None if x is None else float(x) for x in data["value"]]
    data["precision"] = [None if x is None else float(x) for x in data["precision"]]
    return pl.DataFrame(data, schema=schema())


def figures(frame):
    """Rows that carry a value (claims dropped), with provenance columns for derived rows."""
    rows = frame.filter(pl.col("value").is_not_null() & pl.col("claim").is_null())
    if "formula" not in rows.columns:
        rows = rows.with_columns(pl.lit(None, dtype=pl.String).alias("formula"))
    return rows


def period_years(labels: pl.Series) -> pl.Series:
    """:func:`ipr_stats.data.periods.year_of` of each period label of a column (Int32; null where a
    period belongs to no one year), each distinct label read once."""
    years = {label: year_of(label) for label in labels.drop_nulls().unique().to_list()}
    return labels.replace_strict(years, default=None, return_dtype=pl.Int32).alias("year")


def qualifier_label():
    """'rounded:10000' for rounded figures (the precision travels with the qualifier), else the qualifier."""
    precision = pl.col("precision").cast(pl.Int64, strict=False).cast(pl.String)
    return (pl.when((pl.col("qualifier") == "rounded") & pl.col("precision").is_not_null())
            .then(pl.lit("rounded:") + precision).otherwise(pl.col("qualifier")).alias("qualifier"))


def narrow(rows, dimension=None, member=None, scope=None):
    """The rows of one dimension (None or 'total': the totals), member and scope."""
    keep = pl.col("dimension").is_null() if dimension in (None, "total") else pl.col("dimension") == dimension
    if member is not None:
        keep &= pl.col("member") == member
    if scope is not None:
        keep &= pl.col("scope") == scope
    return rows.filter(keep)
