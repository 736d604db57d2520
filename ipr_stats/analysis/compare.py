"""Several customs administrations side by side, each with its own measure of a metric.

China counts batches, the EU detention cases, the United States seizures; each counts
by its own rule, in its own currency, the US by fiscal year. Nothing here converts,
adds or pairs figures across administrations: `compare` lines up each administration's
nearest counterpart of a metric (ipr_stats.data.vocabulary.COUNTERPARTS) year by year, and an
index to a base year is computed within one administration only.
"""

from __future__ import annotations

import polars as pl

from ipr_stats.analysis.arguments import resolve_comparable_metric
from ipr_stats.analysis.changes import check_years, year_bounds
from ipr_stats.analysis.rows import metric_rows
from ipr_stats.data.frame import narrow, period_years, qualifier_label
from ipr_stats.data.vocabulary import (
    ADMINISTRATIONS,
    COMPARABLE_QUALIFIERS,
    COUNTERPARTS,
    METRICS,
    OWN_DEFINITIONS,
)
from ipr_stats.errors import BadArgument


def compare(frame, metric: str, *, index: int | None = None, start: int | None = None, end: int | None = None):
    """One row per administration and year (long form): the administration's own counterpart of
    ``metric`` (batches, quantity or value), national scope, yearly periods (fiscal years for the
    US), preferred versions; only the years ``start`` to ``end`` when given (the usage mistakes of
    :func:`ipr_stats.analysis.changes.check_years`). ``index``: also each value as a percentage of the same administration's
    value in that year (``index``, computed from counts only: empty where either figure is a bound or an
    approximation, ipr_stats.data.vocabulary.COMPARABLE_QUALIFIERS). A fiscal year is filed under the year it
    ends (periods.year_of).

    >>> import ipr_stats
    >>> t = compare(ipr_stats.load_dataset(), "batches")
    >>> t.filter(t["year"] == 2008).select("administration", "metric", "value").row(0)
    ('china', 'batches', 11135.0)
    """

    metric = resolve_comparable_metric(metric)
    if metric is None:
        raise BadArgument("compare needs a metric: batches, quantity or value.")
    parts, present = [], set(frame["metric"].unique().to_list())
    for admin, (_name, scope, kind, _short) in ADMINISTRATIONS.items():
        own = COUNTERPARTS[metric].get(admin)
        if own is None or own not in present:
            continue
        rows = narrow(metric_rows(frame, own), None, None, scope).filter(pl.col("period_kind") == kind)
        parts.append(rows.with_columns(period_years(rows["period"]).cast(pl.Int64)).select(
            "year", pl.lit(admin).alias("administration"),
            "metric", "unit", "scope", "period", "period_kind", "value", "qualifier", "precision", "source", "locator"))
    empty = {"year": pl.Int64, "administration": pl.String, "metric": pl.String, "unit": pl.String, "scope": pl.String,
             "period": pl.String, "period_kind": pl.String, "value": pl.Float64, "qualifier": pl.String,
             "precision": pl.Float64, "source": pl.String, "locator": pl.String}
    out = (pl.concat(parts) if parts else pl.DataFrame(schema=empty)).sort("year", "administration")
    if index is not None:
        base = (out.filter((pl.col("year") == index) & pl.col("qualifier").is_in(COMPARABLE_QUALIFIERS))
                .select("administration", pl.col("value").alias("_base")))
        out = out.join(base, on="administration", how="left", maintain_order="left").with_columns(
            pl.when(pl.col("qualifier").is_in(COMPARABLE_QUALIFIERS)).then(pl.col("value") / pl.col("_base") * 100).alias("index")
        ).drop("_base")
    if start is not None or end is not None:
        check_years(set(out["year"].to_list()), start, end)
        out = out.filter(pl.col("year").is_between(*year_bounds(start, end)))
    return out.with_columns(qualifier_label()).drop("precision")


def wide(table, index: bool = False):
    """:func:`compare`'s long table as one row per year and, for each administration, its own figure, qualifier
    and source side by side: ``china_batches``, ``china_qualifier``, ``china_source``, ``eu_cases``... (with
    ``index``: ``china_index`` in place of the figure). A year that no administration published keeps no row;
    one that some did has empty cells for the others.

    >>> import ipr_stats
    >>> w = wide(compare(ipr_stats.load_dataset(), "batches"))
    >>> w.filter(w["year"] == 2008).select("year", "china_batches", "china_qualifier").row(0)
    (2008, 11135.0, 'exact')
    """
    out = table.select("year").unique().sort("year")
    present = set(table["administration"].to_list())
    for admin in (a for a in ADMINISTRATIONS if a in present):
        rows = table.filter(pl.col("administration") == admin)
        name = f"{admin}_{'index' if index else rows['metric'][0]}"
        out = out.join(rows.select("year", pl.col("index" if index else "value").alias(name),
                                   pl.col("qualifier").alias(f"{admin}_qualifier"), pl.col("source").alias(f"{admin}_source")),
                       on="year", how="left", maintain_order="left")
    return out


def definitions(metric: str) -> dict[str, str]:
    """administration -> the definition of its counterpart of ``metric``, as the vocabulary gives it."""
    return {admin: OWN_DEFINITIONS.get((own, admin), METRICS[own][1]) for admin, own in COUNTERPARTS[metric].items()}
