"""The rows a query starts from: one metric's figures, published or derived (a ratio of two metrics in
one source), the preferred version of each or another choice of versions (docs/methodology.md, Versions)."""

from __future__ import annotations

import polars as pl

from ipr_stats.analysis.arguments import resolve_metric, resolve_ratio, resolve_source
from ipr_stats.data.frame import figures
from ipr_stats.data.versions import in_use, only, with_preference
from ipr_stats.data.vocabulary import RATIOS

KEY = ["scope", "dimension", "member"]


def _combine_qualifiers(num: str, den: str) -> str:
    """The qualifier of num/den: exact only when both are; a bound survives only against an exact figure."""
    if num == den == "exact":
        return "exact"
    if den == "exact" and num in ("at_least", "at_most"):
        return num
    if num == "exact" and den in ("at_least", "at_most"):
        return "at_most" if den == "at_least" else "at_least"
    return "approximate"


def ratio(frame, name: str):
    """A derived metric (value_per_batch, quantity_per_batch, value_per_item) wherever both
    figures exist in one source for the same period, scope and member.

    >>> import ipr_stats
    >>> r = ipr_stats.ratio(ipr_stats.load_dataset(), "value_per_batch")
    >>> r.filter(r["period"] == "2008", r["dimension"].is_null())["value"].round(2).to_list()
    [26475.27]
    """
    name = resolve_ratio(name)
    num_metric, den_metric, unit = RATIOS[name]
    rows = figures(frame)
    join = ["source", "period", "period_kind", "scope", "dimension", "member"]
    keep = [*join, "value", "qualifier", "locator", "period_start", "period_end", "member_kind", "breakdown", "scope_kind",
            "claim", "source_kind", "stage", "source_date"]
    num = rows.filter(pl.col("metric") == num_metric).select(keep)
    den = rows.filter(pl.col("metric") == den_metric).select(*join, pl.col("value").alias("den"),
                                                             pl.col("qualifier").alias("den_q"), pl.col("locator").alias("den_loc"))
    both = num.join(den, on=join, how="inner", nulls_equal=True)
    # an "Others" row covers whatever its own table leaves out: two tables' remainders are not the same members
    both = both.filter((pl.col("member_kind").fill_null("") != "remainder") | (pl.col("locator") == pl.col("den_loc")))
    quals = [_combine_qualifiers(a, b) for a, b in zip(both["qualifier"].to_list(), both["den_q"].to_list())]
    return both.with_columns(
        pl.lit(name).alias("metric"),
        pl.lit(unit).alias("unit"),
        pl.when(pl.col("den") != 0).then(pl.col("value") / pl.col("den")).otherwise(None).alias("value"),
        pl.Series("qualifier", quals, dtype=pl.String),
        pl.when(pl.col("locator") == pl.col("den_loc")).then(pl.col("locator"))
          .otherwise(pl.col("locator") + " / " + pl.col("den_loc")).alias("locator"),
        pl.lit(f"{num_metric} / {den_metric}").alias("formula"),
        pl.lit(None, dtype=pl.String).alias("published_share"),
        pl.lit(None, dtype=pl.String).alias("published_change"),
        pl.lit(None, dtype=pl.Float64).alias("precision"),
        pl.lit(None, dtype=pl.Int8).alias("decimals"),
        pl.lit(None, dtype=pl.String).alias("note"),
    ).drop("den", "den_q", "den_loc")


def metric_rows(frame, metric: str, *, source=None, all_versions=False):
    """The figures of one metric, published or derived: the preferred version of each
    (:mod:`ipr_stats.data.versions`), every version, or one source's."""
    metric = resolve_metric(frame, metric)
    source = resolve_source(frame, source)  # against every source, not only those that publish the metric
    if metric in RATIOS:  # each source's own ratio first, then the preferred one
        rows = ratio(frame, metric)
        return only(rows, source) if source is not None else in_use(rows, all_versions=all_versions)
    marked = with_preference(frame)  # free when the frame is marked already, as the loaded data's is
    if source is None and not all_versions:  # the common case in one pass
        return figures(marked.filter((pl.col("metric") == metric) & pl.col("preferred")))
    rows = figures(marked).filter(pl.col("metric") == metric)
    return only(rows, source) if source is not None else in_use(rows, all_versions=all_versions)
