"""Breakdowns of one year's (or another period's) total: rankings (top), shares beside the printed ones, and whether a
breakdown is complete and adds up. A breakdown comes whole from one source, never mixed.

A breakdown is a ranking only where its source says what its members are: all of them (``breakdown: complete``) or
the largest (``top_n``, ``top_n_plus_remainder``). Then "rank 1" means the largest. Members a source merely mentions
(a breakdown with no such mark: one district's figure in a local news item, a few named in passing) say nothing of
the members it leaves out, so they are listed as reported, largest first, with no rank (:func:`is_ranking`)."""

from __future__ import annotations

from typing import NamedTuple

import polars as pl

from ipr_stats.analysis.arguments import (
    how_many,
    resolve_dimension,
    resolve_metric,
    resolve_scope,
    resolve_source,
)
from ipr_stats.analysis.judging import share_verdict
from ipr_stats.analysis.rows import metric_rows
from ipr_stats.data.frame import qualifier_label
from ipr_stats.data.members import GROUP_PARTS
from ipr_stats.data.periods import parse_period
from ipr_stats.data.printed import parse_percent
from ipr_stats.data.vocabulary import DEFAULT_SCOPE, DIMENSIONS, RATIOS, RECORDS, year_label
from ipr_stats.errors import NoSuchYear


class _Period(NamedTuple):
    """The period a breakdown is of: its kind and label, and how messages name it."""

    kind: str
    label: str
    shown: str  # '2008' for --year 2008 (FY2008 with --scope us), else the label
    words: str  # 'the year 2008', or the label


def _year(year, scope) -> _Period:
    """The period of a --year in a scope: the calendar year, or the fiscal year that ends in it (vocabulary.year_label)."""
    kind, label = year_label(year, scope)
    return _Period(kind, label, str(year), f"the year {year}")


def _of_period(label: str, kind: str | None) -> _Period:
    period = parse_period(label, kind)
    return _Period(period.kind, period.label, period.label, period.label)


def _period_rows(frame, metric, wanted: _Period, scope, dimension=None, source=None, all_versions=False):
    rows = metric_rows(frame, metric, source=source, all_versions=all_versions)
    rows = rows.filter((pl.col("period_kind") == wanted.kind) & (pl.col("scope") == scope))
    chosen = rows.filter(pl.col("period") == wanted.label)
    if dimension not in (None, "all"):
        have = rows.filter(pl.col("dimension") == dimension)
        if chosen.filter(pl.col("dimension") == dimension).is_empty() and not have.is_empty():
            years = ", ".join(sorted(set(have["period"].to_list())))
            raise NoSuchYear(f"No {metric} figures by {dimension} for {wanted.words} (scope {scope}). Years that have them: {years}.")
    if chosen.is_empty():
        years = sorted(set(rows["period"].to_list()))
        raise NoSuchYear(f"No {metric} figures for {wanted.words} (scope {scope}). Years that have them: {', '.join(years) or 'none'}.")
    return chosen


def dimensions_with(frame, metric: str, year: int, scope: str = DEFAULT_SCOPE, source=None) -> list[str]:
    """The dimensions that break down ``metric`` in ``year``."""
    return _dimensions_with(frame, metric, _year(year, scope), scope, source)


def _dimensions_with(frame, metric, wanted: _Period, scope, source=None) -> list[str]:
    rows = _period_rows(frame, metric, wanted, scope, source=source)
    return sorted(d for d in rows["dimension"].unique().to_list() if d)


def _breakdown(frame, metric, wanted: _Period, dimension, scope, source=None):
    """(parts, total): the rows of one breakdown, all from one source (the preferred one for
    the breakdown, or ``source``), and that source's own total, or None."""
    rows = _period_rows(frame, metric, wanted, scope, dimension, source)
    parts = rows.filter(pl.col("dimension") == dimension)
    if source is None and "breakdown_source" in parts.columns:  # whole from one source, never mixed
        parts = parts.filter(pl.col("source") == pl.col("breakdown_source"))
    if parts.is_empty():
        have = ", ".join(_dimensions_with(frame, metric, wanted, scope, source)) or "none"
        raise NoSuchYear(f"No breakdown of {metric} by {dimension} for {wanted.shown}. Dimensions that have one: {have}.")
    every = _period_rows(frame, metric, wanted, scope, source=source, all_versions=True)
    totals = every.filter(pl.col("period") == wanted.label, pl.col("dimension").is_null(), pl.col("source") == parts["source"][0])
    total = totals.row(0, named=True) if totals.height else None
    return _without_covered_groups(parts, dimension), total


def _without_covered_groups(parts, dimension):
    """A group member (post and express together, ex officio) is left out where any of its parts
    is listed too, so that nothing is counted twice; alone, it stands for its parts."""

    member_set = DIMENSIONS.get(dimension, (None, dimension))[1]
    listed = set(parts["member"].to_list())
    covered = [key for (mset, key), members in GROUP_PARTS.items() if mset == member_set and listed & set(members)]
    return parts.filter(~((pl.col("member_kind") == "group") & pl.col("member").is_in(covered)))


RANKING_MARKS = ("complete", "top_n", "top_n_plus_remainder")  # the breakdown marks that make a list a ranking


def is_ranking(parts) -> bool:
    """Whether one source's breakdown is a ranking: its rows are marked as the whole breakdown or its largest members
    (RANKING_MARKS). Unmarked, they are members the source mentions, listed as reported and never ranked; a published
    total beside them does not change that, as it says nothing of how the members left out compare."""
    return bool(set(parts["breakdown"].drop_nulls().to_list()) & set(RANKING_MARKS))


def _share_base(parts, total) -> tuple[float | None, str]:
    """The total shares are of: the published one, else the parts' sum when they are the whole breakdown."""
    if total:
        return total["value"], f"{'records' if total['source'] == RECORDS else 'published'} total ({total['locator']})"
    if set(parts["breakdown"].drop_nulls().to_list()) == {"complete"}:
        return parts["value"].sum(), "sum of the listed rows (a complete breakdown)"
    return None, "none: no published total, and the listed rows may not be the whole"


def top(frame, metric: str, year: int, *, dimension: str = "customs", n: int | None = None, scope: str = DEFAULT_SCOPE,
        source=None):
    """Rank the members of a breakdown by value; ties share a rank; the remainder is not ranked.

    Only a ranking is ranked (:func:`is_ranking`, ``ranking`` true): the members of a breakdown its source does not mark
    as complete or as its largest are listed as reported, largest first, with no rank (``ranking`` false); ``n`` then
    keeps the n largest. ``share_pct`` is of the published total for the period where there is one
    (``share_base`` says which), else of the sum of the listed rows; ``listed`` is how many
    ranked members the source lists (an "Others" row is what lies beyond them). The breakdown
    and its total come from one source: the preferred one, or ``source``.

    >>> import ipr_stats
    >>> t = ipr_stats.top(ipr_stats.load_dataset(), "value", 2008, n=2)
    >>> t.select("rank", "member").rows()
    [(1, 'shenzhen'), (2, 'shanghai'), (None, 'others')]
    """
    metric = resolve_metric(frame, metric)
    dimension = resolve_dimension(frame, dimension, also=("all",), required=True)
    n, scope, source = how_many(n), resolve_scope(frame, scope), resolve_source(frame, source)
    if dimension == "all":
        frames = [top(frame, metric, year, dimension=d, n=n, scope=scope, source=source)
                  for d in dimensions_with(frame, metric, year, scope, source)]
        return pl.concat(frames, how="vertical")
    parts, total = _breakdown(frame, metric, _year(year, scope), dimension, scope, source)
    base, base_label = _share_base(parts, total)
    if metric in RATIOS:  # a ratio is not a part of a total
        base, base_label = None, "none: a ratio has no share"
    ranking = is_ranking(parts)
    ranked = parts.with_columns(
        pl.when(pl.col("member_kind").is_in(["entity", "group"])).then(pl.col("value")).otherwise(None)
          .rank(method="min", descending=True).cast(pl.Int64).alias("_order"),
        (pl.col("value") / base * 100 if base else pl.lit(None, dtype=pl.Float64)).alias("share_pct"),
        pl.lit(base_label).alias("share_base"),
        pl.lit(ranking).alias("ranking"),
    ).sort(pl.col("_order").is_null(), "_order", "member")
    ranked = ranked.with_columns((pl.col("_order") if ranking else pl.lit(None, dtype=pl.Int64)).alias("rank"))
    ranked = ranked.with_columns(pl.col("rank").is_not_null().sum().cast(pl.Int64).alias("listed"))
    if n is not None:
        ranked = ranked.filter(pl.col("_order").is_null() | (pl.col("_order") <= n))
    return ranked.with_columns(qualifier_label()).select("dimension", "rank", "member", "member_kind", "value", "unit", "qualifier", "share_pct", "share_base",
                         "published_share", "period", "scope", "source", "locator", "formula", "decimals", "versions", "listed",
                         "ranking")


def share(frame, dimension: str, metric: str, year: int, *, scope: str = DEFAULT_SCOPE, source=None):
    """Each member's share computed from the figures, beside the share the source printed.

    ``difference_pct`` is computed minus printed, where the source printed a plain
    percentage; ``verdict`` is the audit's for every printed share, bounds ("Less than 1%")
    included: consistent, discrepancy, or not_checkable (no published total to check against).

    >>> import ipr_stats
    >>> s = ipr_stats.share(ipr_stats.load_dataset(), "transport", "batches", 2008)
    >>> s.filter(s["member"] == "post")["published_share"].to_list()
    ['67%']
    """
    dimension, metric, scope, source = _resolve_breakdown(frame, dimension, metric, scope, source)
    return _shares(frame, dimension, metric, _year(year, scope), scope, source)


def share_in_period(frame, dimension: str, metric: str, period: str, *, period_kind: str | None = None,
                    scope: str = DEFAULT_SCOPE, source=None):
    """:func:`share` for any one period, named by its label (a half-year '2024-H1', a quarter, a year
    to date; ``period_kind`` where the label allows several): each member's share of that period's own total.

    >>> import ipr_stats
    >>> s = share_in_period(ipr_stats.load_dataset(), "origin", "cases", "2024-H1", scope="japan")
    >>> s.filter(s["member"] == "cn").select("published_share", "verdict").row(0)
    ('81.0%', 'consistent')
    """
    dimension, metric, scope, source = _resolve_breakdown(frame, dimension, metric, scope, source)
    return _shares(frame, dimension, metric, _of_period(period, period_kind), scope, source)


def _shares(frame, dimension, metric, wanted: _Period, scope, source):
    parts, total = _breakdown(frame, metric, wanted, dimension, scope, source)
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


def breakdown_summary(frame, dimension: str, metric: str, year: int, *, scope: str = DEFAULT_SCOPE, source=None) -> dict:
    """Whether a breakdown is complete and whether its parts add up to the published total."""
    dimension, metric, scope, source = _resolve_breakdown(frame, dimension, metric, scope, source)
    parts, total = _breakdown(frame, metric, _year(year, scope), dimension, scope, source)
    kinds = parts["breakdown"].drop_nulls().unique().to_list()
    return {"breakdown": kinds[0] if len(kinds) == 1 else None, "parts_sum": parts["value"].sum(),
            "published_total": total["value"] if total else None, "total_locator": total["locator"] if total else None,
            "total_source": total["source"] if total else None, "source": parts["source"][0],
            "other_sources": _other_sources(frame, metric, year, scope, dimension, parts["source"][0])}


def _resolve_breakdown(frame, dimension, metric, scope, source) -> tuple:
    """share's and breakdown_summary's arguments, resolved: a real dimension (not 'total'), a published metric (a ratio
    has no share), a scope and a source that exist."""
    return (resolve_dimension(frame, dimension, also=(), required=True), resolve_metric(frame, metric, published_for="share"),
            resolve_scope(frame, scope), resolve_source(frame, source))


def _other_sources(frame, metric, year, scope, dimension, chosen) -> list[str]:
    """The sources that give the same breakdown but were not chosen."""
    wanted = _year(year, scope)
    every = _period_rows(frame, metric, wanted, scope, all_versions=True)
    found = every.filter(pl.col("period") == wanted.label, pl.col("dimension") == dimension, pl.col("source") != chosen)
    return sorted(found["source"].unique().to_list())
