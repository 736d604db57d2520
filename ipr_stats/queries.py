"""Analytics over the dataset: frames in, frames out, no printing.

Each function takes the frame of :func:`ipr_stats.load_dataset` (or a filtered
part of it) and returns a polars DataFrame. The rules for what may be compared
are in docs/methodology.md.
"""

from __future__ import annotations

from .arguments import check_dimension, check_member, check_metric, check_n, check_ratio, check_scope, check_source
from .errors import NoSuchYear, QueryError
from .model import parse_percent
from .periods import RECURRING
from .vocabulary import RECORDS

# Derived metrics: name -> (numerator, denominator, unit)
RATIOS = {
    "value_per_batch": ("value", "batches", "RMB per batch"),
    "quantity_per_batch": ("quantity", "batches", "pieces per batch"),
    "value_per_item": ("value", "quantity", "RMB per piece"),
}
COMPARABLE_QUALIFIERS = ("exact", "rounded")
KEY = ["scope", "dimension", "member"]


def _pl():
    import polars as pl

    return pl


def figures(frame):
    """Rows that carry a value (claims dropped), with provenance columns for derived rows."""
    pl = _pl()
    rows = frame.filter(pl.col("value").is_not_null() & pl.col("claim").is_null())
    if "formula" not in rows.columns:
        rows = rows.with_columns(pl.lit(None, dtype=pl.String).alias("formula"))
    return rows


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
    pl = _pl()
    num_metric, den_metric, unit = RATIOS[check_ratio(name)]
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


_ROWS: dict = {}  # (id of frame, metric, source, all_versions) -> (frame, rows): a command asks for the same rows several times


def metric_rows(frame, metric: str, *, source=None, all_versions=False):
    """The figures of one metric, published or derived: the preferred version of each
    (ipr_stats.versions), every version, or one source's."""
    key = (id(frame), metric, source, all_versions)
    if key in _ROWS and _ROWS[key][0] is frame:
        return _ROWS[key][1]
    if len(_ROWS) > 16:
        _ROWS.clear()
    rows = _metric_rows(frame, metric, source, all_versions)
    _ROWS[key] = (frame, rows)
    return rows


def _metric_rows(frame, metric, source, all_versions):
    pl = _pl()
    from .versions import mark, only, pick

    check_metric(frame, metric)
    check_source(frame, source)  # against every source, not only those that publish the metric
    if metric in RATIOS:  # each source's own ratio first, then the preferred one
        rows = ratio(frame, metric)
        return only(rows, source) if source is not None else pick(rows, all_versions=all_versions)
    marked = frame if "preferred" in frame.columns else mark(frame)  # the whole frame, marked once per command
    if source is None and not all_versions:  # the common case in one pass
        return figures(marked.filter((pl.col("metric") == metric) & pl.col("preferred")))
    rows = figures(marked).filter(pl.col("metric") == metric)
    return only(rows, source) if source is not None else pick(rows, all_versions=all_versions)


def qualifier_label():
    """'rounded:10000' for rounded figures (the precision travels with the qualifier), else the qualifier."""
    pl = _pl()
    precision = pl.col("precision").cast(pl.Int64, strict=False).cast(pl.String)
    return (pl.when((pl.col("qualifier") == "rounded") & pl.col("precision").is_not_null())
            .then(pl.lit("rounded:") + precision).otherwise(pl.col("qualifier")).alias("qualifier"))


def narrow(rows, dimension=None, member=None, scope=None):
    """The rows of one dimension (None or 'total': the totals), member and scope."""
    pl = _pl()
    keep = pl.col("dimension").is_null() if dimension in (None, "total") else pl.col("dimension") == dimension
    if member is not None:
        keep &= pl.col("member") == member
    if scope is not None:
        keep &= pl.col("scope") == scope
    return rows.filter(keep)


def _part(rows):
    """What each period covers within its year ('', 'H1', 'Q3', '01-01..04-24'): yoy pairs only like parts."""
    pl = _pl()
    from .periods import part_of_year

    parts = [part_of_year(k, s, e) for k, s, e in zip(rows["period_kind"], rows["period_start"], rows["period_end"])]
    return pl.Series("part", parts, dtype=pl.String)


def _comparable(rows):
    """Split rows into those yoy may pair and the rest, with the reason for each of the rest."""
    pl = _pl()
    reason = (
        pl.when(~_pairable())
        .then(pl.when(~pl.col("period_kind").is_in(RECURRING))
              .then(pl.format("{} period: a running total, stock, campaign or event has no like period to follow", pl.col("period_kind")))
              .otherwise(pl.format("the figure is {}: a bound or an approximation, not a count to subtract", pl.col("qualifier"))))
        .otherwise(None)
    )
    rows = rows.with_columns(reason.alias("reason"))
    return rows.filter(pl.col("reason").is_null()).drop("reason"), rows.filter(pl.col("reason").is_not_null())


def _pairable():
    """True for a figure yoy may pair: a recurring period, and a count (exact or rounded), not a bound."""
    pl = _pl()
    return pl.col("period_kind").is_in(RECURRING) & pl.col("qualifier").is_in(COMPARABLE_QUALIFIERS)


def _selection(frame, metric, dimension, member, scope, source):
    """The checked (metric, dimension, member, scope, source) of a series (ipr_stats.arguments): set lookups
    for the vocabulary's names; a member given by name or alias becomes its key."""
    check_metric(frame, metric)
    dimension = check_dimension(frame, dimension)
    return metric, dimension, check_member(frame, dimension, member), check_scope(frame, scope), check_source(frame, source)


def _signed_rate(text):
    parsed = parse_percent(text) if text else None
    return None if parsed is None else parsed[1]


def yoy(frame, metric: str, *, dimension=None, member=None, scope="national", start=None, end=None, source=None):
    """Change between consecutive comparable periods of one metric.

    Pairs a period with the one a year before it of the same kind (a year with the
    year before, a first half with the first half before, a quarter or a year to
    date with the same one a year before), same scope, dimension and member, using
    the preferred version of each figure (or ``source``'s). A figure whose source
    prints only a rate gets its implied prior value, marked ``implied``. Qualified
    figures (bounds, approximations) are never paired. ``start`` and ``end`` keep the
    changes that end in those years (see :func:`ending_within`).

    >>> import ipr_stats
    >>> t = ipr_stats.yoy(ipr_stats.load_dataset(), "batches")
    >>> t.select("from_period", "to_period", "change").rows()[0]
    ('2007', '2008', 3679.0)
    """
    pl = _pl()
    from .periods import year_before

    metric, dimension, member, scope, source = _selection(frame, metric, dimension, member, scope, source)
    rows = narrow(metric_rows(frame, metric, source=source), dimension, member, scope)
    usable = rows.filter(_pairable())
    rates = [_signed_rate(t) for t in usable["published_change"].to_list()]
    usable = usable.with_columns(_part(usable), pl.Series("published_rate", rates, dtype=pl.Float64),
                                 pl.col("dimension").fill_null(""), pl.col("member").fill_null("")).lazy()
    keys = ["scope", "dimension", "member", "period_kind", "part"]
    prior = usable.select(*keys, pl.col("period_end").dt.offset_by("1y").alias("next_end"),
                          pl.col("period").alias("from_period"), pl.col("value").alias("from_value"),
                          pl.col("qualifier").alias("from_qualifier"), pl.col("source").alias("from_source"),
                          pl.col("locator").alias("from_locator"), pl.col("versions").alias("from_versions"))
    joined = usable.join(prior, left_on=[*keys, "period_end"], right_on=[*keys, "next_end"], how="left", maintain_order="left")
    implied = pl.col("from_value").is_null() & pl.col("published_rate").is_not_null() & (pl.col("published_rate") != -100)
    joined = joined.filter(pl.col("from_value").is_not_null() | implied).with_columns(
        pl.when(implied).then(pl.lit("implied")).when(pl.col("from_source") == RECORDS).then(pl.lit("aggregated"))
          .otherwise(pl.lit("published")).alias("from_status"),
    ).with_columns(
        pl.when(implied).then(pl.col("value") / (1 + pl.col("published_rate") / 100)).otherwise(pl.col("from_value")).alias("from_value"),
        pl.when(implied).then(pl.col("source")).otherwise(pl.col("from_source")).alias("from_source"),
        pl.when(implied).then(pl.col("locator")).otherwise(pl.col("from_locator")).alias("from_locator"),
        pl.when(implied).then(pl.col("versions")).otherwise(pl.col("from_versions")).alias("from_versions"),
    )
    change = pl.col("value") - pl.col("from_value")
    qualifier = pl.when((pl.col("qualifier") == "exact") & (pl.col("from_qualifier").fill_null("exact") == "exact")
                        & (pl.col("from_status") != "implied")).then(pl.lit("exact")).otherwise(pl.lit("approximate"))
    out = joined.with_columns(
        change.alias("change"),
        pl.when(pl.col("from_value") != 0).then(change / pl.col("from_value") * 100).otherwise(None).alias("change_pct"),
        qualifier.alias("qualifier"),
        pl.when(pl.col("from_value") == 0).then(pl.lit("n/a: the earlier value is zero"))
          .when(pl.col("from_status") == "implied").then(pl.lit("earlier value implied by the published rate, not published"))
          .otherwise(None).alias("note"),
        pl.col("dimension").replace("", None), pl.col("member").replace("", None),
    )
    out = out.sort("scope", "dimension", "member", "period_end", "period_start", nulls_last=False, maintain_order=True).select(
        "metric", "unit", "scope", "dimension", "member", "from_period", "from_value", "from_status", pl.col("period").alias("to_period"),
        pl.col("value").alias("to_value"), "change", "change_pct", "published_change", "qualifier",
        "from_source", "from_locator", "source", "locator", "note", "from_versions", pl.col("versions").alias("to_versions"),
    ).collect()
    # the label of an implied earlier period: the like period a year before (2019-H1 -> 2018-H1)
    labels = [year_before(to) if status == "implied" else label
              for label, to, status in zip(out["from_period"].to_list(), out["to_period"].to_list(), out["from_status"].to_list())]
    out = out.with_columns(pl.Series("from_period", labels, dtype=pl.String))
    return ending_within(out, rows, start, end)


def ending_within(pairs, rows, start=None, end=None):
    """The changes of ``pairs`` (yoy's) that end in the years ``start`` to ``end``; a range that is
    inverted, or holds no year with a figure in ``rows``, is a usage mistake (:class:`NoSuchYear`)."""
    pl = _pl()
    if start is None and end is None:
        return pairs
    if start is not None and end is not None and start > end:
        raise NoSuchYear(f"The years run backwards: from {start} to {end}. Give the earlier year first.")
    low, high = start if start is not None else -9999, end if end is not None else 9999
    years = {d.year for d in rows["period_end"].to_list() if d is not None}
    if not any(low <= y <= high for y in years):
        from .periods import spans

        span = spans(years)
        asked = " ".join(f"{word} {year}" for word, year in (("from", start), ("to", end)) if year is not None)
        raise NoSuchYear(f"No figures in the years asked ({asked}); years with figures: {span}.")
    year = pl.col("to_period").str.slice(0, 4).cast(pl.Int32, strict=False)
    return pairs.filter((year >= low) & (year <= high))


def not_compared(frame, metric: str, *, dimension=None, member=None, scope="national", source=None, pairs=None):
    """The figures yoy leaves out, each with the reason: unlike periods, bounds and
    approximations, and periodic figures with no like period a year before or after.
    ``pairs``: yoy's result for the same arguments (over every year), if already at hand."""
    pl = _pl()
    metric, dimension, member, scope, source = _selection(frame, metric, dimension, member, scope, source)
    rows = narrow(metric_rows(frame, metric, source=source), dimension, member, scope)
    usable, unlike = _comparable(rows)
    if pairs is None:
        pairs = yoy(frame, metric, dimension=dimension, member=member, scope=scope, source=source)
    used = pairs.select(*KEY, pl.col("to_period").alias("period")).vstack(
        pairs.filter(pl.col("from_status") == "published").select(*KEY, pl.col("from_period").alias("period")))
    alone = usable.join(used, on=[*KEY, "period"], how="anti", nulls_equal=True).with_columns(
        pl.lit("no like period a year before or after has a figure, and no published rate implies one").alias("reason"))
    columns = ["period", "period_kind", "scope", "dimension", "member", "value", "qualifier", "source", "locator", "reason"]
    return pl.concat([unlike.select(columns), alone.select(columns)])


def year_label(year, scope: str) -> tuple[str, str]:
    """(period kind, label) of a --year in a scope: the calendar year, or the fiscal year ending in it where the
    scope's administration reports by fiscal year (--year 2015 with --scope us: FY2015)."""
    from .vocabulary import ADMINISTRATIONS, administration_of

    kind = ADMINISTRATIONS[administration_of(scope)][2]
    return kind, f"FY{year}" if kind == "fiscal_year" else str(year)


def _year_rows(frame, metric, year, scope, dimension=None, source=None, all_versions=False):
    pl = _pl()
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
    pl = _pl()
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
    pl = _pl()
    from .vocabulary import DIMENSIONS, GROUP_PARTS

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
    pl = _pl()
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
    pl = _pl()
    _check_breakdown(frame, dimension, metric, scope, source)
    parts, total = _breakdown(frame, metric, year, dimension, scope, source)
    base, base_label = _share_base(parts, total)
    computed = parts.with_columns((pl.col("value") / base * 100 if base else pl.lit(None, dtype=pl.Float64)).alias("share_pct"))
    from .checks import share_verdict

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
    pl = _pl()
    every = _year_rows(frame, metric, year, scope, all_versions=True)
    found = every.filter(pl.col("period") == year_label(year, scope)[1], pl.col("dimension") == dimension, pl.col("source") != chosen)
    return sorted(found["source"].unique().to_list())


def series(frame, metric: str, *, dimension=None, member=None, scope=None, source=None, all_versions=False):
    """Every value of a metric over time, with its period kind, scope and qualifier: the
    preferred version of each figure, every version (``all_versions``, with the column
    ``preferred`` saying which is used elsewhere), or one source's.

    >>> import ipr_stats
    >>> s = ipr_stats.series(ipr_stats.load_dataset(), "batches", scope="national")
    >>> s.filter(s["period_kind"] == "year")["period"].to_list()[:4]
    ['2007', '2008', '2009', '2010']
    """
    pl = _pl()
    metric, dimension, member, scope, source = _selection(frame, metric, dimension, member, scope, source)
    rows = narrow(metric_rows(frame, metric, source=source, all_versions=all_versions), dimension, member, scope)
    return rows.sort("period_end", "period_start", "scope", pl.col("preferred").not_(), "source", nulls_last=False).with_columns(
        qualifier_label()).select(
        "metric", "period", "period_kind", "period_start", "period_end", "scope", "dimension", "member", "value", "unit",
        "qualifier", "published_change", "source", "locator", "formula", "decimals", "preferred", "versions")


def cagr(frame, metric: str, *, dimension=None, member=None, scope=None, source=None):
    """Compound annual growth between the first and last calendar years of each like series.

    Only yearly figures that are exact or rounded count; ``years_published``
    says how many years inside the span have a figure.

    >>> import ipr_stats
    >>> c = ipr_stats.cagr(ipr_stats.load_dataset(), "cases", dimension="ip_type")
    >>> round(c["cagr_pct"][0], 1)
    77.6
    """
    pl = _pl()
    metric, dimension, member, scope, source = _selection(frame, metric, dimension, member, scope, source)
    rows = narrow(metric_rows(frame, metric, source=source), dimension, member, scope)
    rows = rows.filter((pl.col("period_kind") == "year") & pl.col("qualifier").is_in(COMPARABLE_QUALIFIERS))
    rows = rows.with_columns(pl.col("period").cast(pl.Int32).alias("year")).sort("year")
    out = rows.group_by("scope", "dimension", "member", maintain_order=True).agg(
        pl.col("year").first().alias("first_year"), pl.col("year").last().alias("last_year"),
        pl.col("value").first().alias("first_value"), pl.col("value").last().alias("last_value"),
        pl.len().alias("years_published"), pl.col("unit").first(),
    ).filter(pl.col("last_year") > pl.col("first_year"))
    span = (pl.col("last_year") - pl.col("first_year")).cast(pl.Float64)
    return out.with_columns(
        pl.col("first_year").cast(pl.String), pl.col("last_year").cast(pl.String),
        pl.when(pl.col("first_value") > 0)
          .then(((pl.col("last_value") / pl.col("first_value")).pow(1 / span) - 1) * 100).otherwise(None).alias("cagr_pct"),
        pl.lit(metric).alias("metric"),
    ).select("metric", "scope", "dimension", "member", "first_year", "first_value", "last_year", "last_value",
             "years_published", "cagr_pct", "unit")


def sql(frame, query: str):
    """Run a SQL query over the tidy dataset: the table ``figures`` holds the preferred
    version of each figure (with ``versions``, how many sources publish it), the table
    ``all_figures`` every version (with ``preferred``)."""
    pl = _pl()
    from .catalog import tidy

    from .sql_guard import TABLES_HINT, check

    check(query)  # one bounded SELECT that reads no file (ipr_stats.sql_guard)
    every = tidy(frame, all_versions=True).drop("decimals")
    context = pl.SQLContext(figures=every.filter(pl.col("preferred")).drop("preferred"), all_figures=every, eager=True)
    try:
        return context.execute(query)
    except Exception as exc:  # polars raises several error types for bad SQL
        reason = " ".join(str(exc).split()).split(" Resolved plan")[0].rstrip(". ")
        raise QueryError(f"The SQL query failed: {reason[:300]}. {TABLES_HINT}") from None
