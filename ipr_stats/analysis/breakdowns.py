"""Breakdowns of one year's total: rankings (top), shares beside the printed ones, and whether a
breakdown is complete and adds up. A breakdown comes whole from one source, never mixed."""

from __future__ import annotations

import polars as pl

from ipr_stats.analysis.arguments import (
    check_dimension,
    check_metric,
    check_n,
    check_scope,
    check_source,
)
from ipr_stats.analysis.judging import share_verdict
from ipr_stats.analysis.rows import metric_rows
from ipr_stats.data.frame import qualifier_label
from ipr_stats.data.members import GROUP_PARTS
from ipr_stats.data.printed import parse_percent
from ipr_stats.data.vocabulary import DIMENSIONS, RATIOS, RECORDS, year_label
from ipr_stats.errors import NoSuchYear


def _year_rows(frame, metric, year, scope, dimension=None, source=None, all_versions=False):
    kind, label = year_label(year, scope)
    rows = metric_rows(frame, metric, source=source, all_versions=all_versions)
    rows = rows.filter((pl.col("period_kind") == kind) & (pl.col("scope") == scope))
    chosen = rows.filter(pl.col("period") == label)
    if dimension not in (None, "all"):
        have = rows.filter(pl.col("dimension") == dimension)
        if chosen.filter(pl.col("dimension") == dimension).is_empty() and not have.is_empty():
            years = ", ".join(sorted(set(have["period"].to_list())))
            raise NoSuchYear(f"No {metric} figures by {dimension} for the year {year} (scope {scope}). Years that have them: {years}.")
    if chosen.is_empty():
        years = sorted(set(rows["period"].to_list()))
        raise NoSuchYear(f"No {metric} figures for the year {year} (scope {scope}). Years that have them: {', '.join(years) or 'none'}.")
    return chosen


def dimensions_with(frame, metric: str, year: int, scope: str = "national", source=None) -> list[str]:
    """The dimensions that break down ``metric`` in ``year``."""
    rows = _year_rows(frame, metric, year, scope, source=source)
    return sorted(d for d in rows["dimension"].unique().to_list() if d)


def _breakdown(frame, metric, year, dimension, scope, source=None):
    """(parts, total): the rows of one breakdown, all from one source (the preferred one for
    the breakdown, or ``source``), and that source's own total, or None."""
    rows = _year_rows(frame, metric, year, scope, dimension, source)
    parts = rows.filter(pl.col("dimension") == dimension)
    if source is None and "breakdown_source" in parts.columns:  # whole from one source, never mixed
        parts = parts.filter(pl.col("source") == pl.col("breakdown_source"))
    if parts.is_empty():
        have = ", ".join(dimensions_with(frame, metric, year, scope, source)) or "none"
        raise NoSuchYear(f"No breakdown of {metric} by {dimension} for {year}. Dimensions that have one: {have}.")
    every = _year_rows(frame, metric, year, scope, source=source, all_versions=True)
    totals = every.filter(pl.col("period") == year_label(year, scope)[1], pl.col("dimension").is_null(), pl.col("source") == parts["source"][0])
    total = totals.row(0, named=True) if totals.height else None
    return _without_covered_groups(parts, dimension), total


def _without_covered_groups(parts, dimension):
    """A group member (post and express together, ex officio) is left out where any of its parts
    is listed too, so that nothing is counted twice; alone, it stands for its parts."""

    member_set = DIMENSIONS.get(dimension, (None, dimension))[1]
    listed = set(parts["member"].to_list())
    covered = [key for (mset, key), members in GROUP_PARTS.items() if mset == member_set and listed & set(members)]
    return parts.filter(~((pl.col("member_kind") == "group") & pl.col("member").is_in(covered)))


def _share_base(parts, total) -> tuple[float | None, str]:
    """The total shares are of: the published one, else the parts' sum when they are the whole breakdown."""
    if total:
        return total["value"], f"{'records' if total['source'] == RECORDS else 'published'} total ({total['locator']})"
    if set(parts["breakdown"].drop_nulls().to_list()) == {"complete"}:
        return parts["value"].sum(), "sum of the listed rows (a complete breakdown)"
    return None, "none: no published total, and the listed rows may not be the whole"


def top(frame, metric: str, year: int, *, dimension: str = "customs", n: int | None = None, scope: str = "national",
        source=None):
    """Rank the members of a breakdown by value; ties share a rank; the remainder is not ranked.

    ``share_pct`` is of the published total for the period where there is one
    (``share_base`` says which), else of the sum of the listed rows; ``listed`` is how many
    ranked members the source lists (an "Others" row is what lies beyond them). The breakdown
    and its total come from one source: the preferred one, or ``source``.

    >>> import ipr_stats
    >>> t = ipr_stats.top(ipr_stats.load_dataset(), "value", 2008, n=2)
    >>> t.select("rank", "member").rows()
    [(1, 'shenzhen'), (2, 'shanghai'), (None, 'others')]
    """
    check_metric(frame, metric)
    dimension = check_dimension(frame, dimension, also=("all",), required=True)
    n, scope, source = check_n(n), check_scope(frame, scope), check_source(frame, source)
    if dimension == "all":
        frames = [top(frame, metric, year, dimension=d, n=n, scope=scope, source=source)
                  for d in dimensions_with(frame, metric, year, scope, source)]
        return pl.concat(frames, how="vertical")
    parts, total = _breakdown(frame, metric, year, dimension, scope, source)
    base, base_label = _share_base(parts, total)
    if metric in RATIOS:  # a ratio is not a part of a total
        base, base_label = None, "none: a ratio has no share"
    ranked = parts.with_columns(
        pl.when(pl.col("member_kind").is_in(["entity", "group"])).then(pl.col("value")).otherwise(None)
          .rank(method="min", descending=True).cast(pl.Int64).alias("rank"),
        (pl.col("value") / base * 100 if base else pl.lit(None, dtype=pl.Float64)).alias("share_pct"),
        pl.lit(base_label).alias("share_base"),
    ).sort(pl.col("rank").is_null(), "rank", "member")
    ranked = ranked.with_columns(pl.col("rank").is_not_null().sum().cast(pl.Int64).alias("listed"))
    if n is not None:
        ranked = ranked.filter(pl.col("rank").is_null() | (pl.col("rank") <= n))
    return ranked.with_columns(qualifier_label()).select("dimension", "rank", "member", "member_kind", "value", "unit", "qualifier", "share_pct", "share_base",
                         "published_share", "period", "scope", "source", "locator", "formula", "decimals", "versions", "listed")


def share(frame, dimension: str, metric: str, year: int, *, scope: str = "national", source=None):
    """Each member's share computed from the figures, beside the share the source printed.

    ``difference_pct`` is computed minus printed, where the source printed a plain
    percentage; ``verdict`` is the audit's for every printed share, bounds ("Less than 1%")
    included: consistent, discrepancy, or not_checkable (no published total to check against).

    >>> import ipr_stats
    >>> s = ipr_stats.share(ipr_stats.load_dataset(), "transport", "batches", 2008)
    >>> s.filter(s["member"] == "post")["published_share"].to_list()
    ['67%']
    """
    _check_breakdown(frame, dimension, metric, scope, source)
    parts, total = _breakdown(frame, metric, year, dimension, scope, source)
    base, base_label = _share_base(parts, total)
    computed = parts.with_columns((pl.col("value") / base * 100 if base else pl.lit(None, dtype=pl.Float64)).alias("share_pct"))

    diffs, verdicts = [], []
    for rec in computed.iter_rows(named=True):
        printed = parse_percent(rec["published_share"]) if rec["published_share"] else None
        diffs.append(rec["share_pct"] - printed[1] if printed and printed[0] == "exact" and rec["share_pct"] is not None else None)
        verdicts.append(share_verdict(rec, total)[0] if rec["published_share"] else None)
    return computed.with_columns(
        pl.Series("difference_pct", diffs, dtype=pl.Float64),
        pl.Series("verdict", verdicts, dtype=pl.String),
        pl.lit(base_label).alias("share_base"),
        qualifier_label(),
    ).select("dimension", "member", "member_kind", "value", "unit", "qualifier", "share_pct", "published_share", "difference_pct", "verdict",
             "share_base", "breakdown", "period", "scope", "source", "locator", "decimals", "versions")


def breakdown_summary(frame, dimension: str, metric: str, year: int, *, scope: str = "national", source=None) -> dict:
    """Whether a breakdown is complete and whether its parts add up to the published total."""
    _check_breakdown(frame, dimension, metric, scope, source)
    parts, total = _breakdown(frame, metric, year, dimension, scope, source)
    kinds = parts["breakdown"].drop_nulls().unique().to_list()
    return {"breakdown": kinds[0] if len(kinds) == 1 else None, "parts_sum": parts["value"].sum(),
            "published_total": total["value"] if total else None, "total_locator": total["locator"] if total else None,
            "total_source": total["source"] if total else None, "source": parts["source"][0],
            "other_sources": _other_sources(frame, metric, year, scope, dimension, parts["source"][0])}


def _check_breakdown(frame, dimension, metric, scope, source) -> None:
    """share's and breakdown_summary's arguments: a real dimension (not 'total'), a published metric (a ratio
    has no share), a scope and a source that exist."""
    check_dimension(frame, dimension, also=(), required=True)
    check_metric(frame, metric, ratios=False, purpose="share of a total (rank it with ipr_stats.top)")
    check_scope(frame, scope)
    check_source(frame, source)


def _other_sources(frame, metric, year, scope, dimension, chosen) -> list[str]:
    """The sources that give the same breakdown but were not chosen."""
    every = _year_rows(frame, metric, year, scope, all_versions=True)
    found = every.filter(pl.col("period") == year_label(year, scope)[1], pl.col("dimension") == dimension, pl.col("source") != chosen)
    return sorted(found["source"].unique().to_list())
