"""Change over time: year-over-year pairs of like periods (with the rates sources print), the figures
left out and why, a metric's series, and compound annual growth."""

from __future__ import annotations

import polars as pl

from ipr_stats.analysis.annotations import noted_periods, span_notes, with_notes
from ipr_stats.analysis.arguments import (
    resolve_dimension,
    resolve_member,
    resolve_metric,
    resolve_scope,
    resolve_source,
)
from ipr_stats.analysis.rows import KEY, metric_rows
from ipr_stats.data.frame import narrow, period_years, qualifier_label
from ipr_stats.data.periods import RECURRING, Period, parse_period, spans, year_before
from ipr_stats.data.printed import parse_percent
from ipr_stats.data.vocabulary import COMPARABLE_QUALIFIERS, DEFAULT_SCOPE, RECORDS
from ipr_stats.errors import NoSuchYear

ZERO_BASE = "n/a: the earlier value is zero"

IMPLIED = "earlier value implied by the published rate, not published"  # any other note names whose rate a pair uses


def _year_before(rows):
    """The label, first and last day of the like period a year before each row's (periods.year_before):
    yoy pairs a figure with the one whose period has those days, however its label is written."""

    labels, starts, ends = [], [], []
    for label, kind, start, end in zip(rows["period"], rows["period_kind"], rows["period_start"], rows["period_end"]):
        before = year_before(Period(label, kind, start, end))
        period = parse_period(before, kind) if before else None
        labels.append(before)
        starts.append(period.start if period else None)
        ends.append(period.end if period else None)
    return (pl.Series("before", labels, dtype=pl.String), pl.Series("before_start", starts, dtype=pl.Date),
            pl.Series("before_end", ends, dtype=pl.Date))


def _comparable(rows):
    """Split rows into those yoy may pair and the rest, with the reason for each of the rest."""
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
    return pl.col("period_kind").is_in(RECURRING) & pl.col("qualifier").is_in(COMPARABLE_QUALIFIERS)


def _selection(frame, metric, dimension, member, scope, source):
    """The checked (metric, dimension, member, scope, source) of a series (ipr_stats.analysis.arguments): set lookups
    for the vocabulary's names; a member given by name or alias becomes its key."""
    metric = resolve_metric(frame, metric)
    dimension = resolve_dimension(frame, dimension)
    return metric, dimension, resolve_member(frame, dimension, member), resolve_scope(frame, scope), resolve_source(frame, source)


def _signed_rate(text):
    parsed = parse_percent(text) if text else None
    return None if parsed is None else parsed[1]


def _borrowed_rates(frame, rows):
    """``rows`` with, for a preferred figure that prints no rate, the rate another version of the same figure prints,
    where the two versions' printings agree; ``rate_source`` and ``rate_locator`` say whose rate a row carries."""
    from ipr_stats.data.intervals import bounds, meet

    rows = rows.with_columns(pl.when(pl.col("published_change").is_not_null()).then(pl.col("source")).alias("rate_source"),
                             pl.when(pl.col("published_change").is_not_null()).then(pl.col("locator")).alias("rate_locator"))
    if "preferred" not in frame.columns or not rows["published_change"].is_null().any():
        return rows
    figure = ["metric", "period", "period_kind", "scope", "dimension", "member"]
    others = frame.filter(pl.col("metric").is_in(rows["metric"].unique().implode()) & pl.col("published_change").is_not_null()
                          & ~pl.col("preferred") & pl.col("error").is_null() & pl.col("claim").is_null())
    if others.is_empty():
        return rows
    lookup: dict = {}
    for other in others.sort("source_date", "source", descending=[True, False], nulls_last=True).iter_rows(named=True):
        lookup.setdefault(tuple(other[c] for c in figure), []).append(other)
    changes, sources, locators = [], [], []
    for row in rows.iter_rows(named=True):
        found = None
        if row["published_change"] is None:
            key = tuple(row[c] if c not in ("dimension", "member") else (row[c] or None) for c in figure)
            found = next((o for o in lookup.get(key, ()) if meet(bounds(o), bounds(row))), None)
        changes.append(found["published_change"] if found else row["published_change"])
        sources.append(found["source"] if found else row["rate_source"])
        locators.append(found["locator"] if found else row["rate_locator"])
    return rows.with_columns(pl.Series("published_change", changes, dtype=pl.String), pl.Series("rate_source", sources, dtype=pl.String),
                             pl.Series("rate_locator", locators, dtype=pl.String))


def _verdicts(frame, pairs):
    """``pairs`` with the audit's verdict on each printed rate (ipr_stats.analysis.rates): ``verdict`` and ``verdict_note``."""
    from ipr_stats.analysis.rates import rate_checks

    if pairs["published_change"].is_null().all() or "claim" not in frame.columns:
        return pairs.with_columns(pl.lit(None, dtype=pl.String).alias("verdict"), pl.lit(None, dtype=pl.String).alias("verdict_note"))
    checks = rate_checks(frame.filter(pl.col("metric").is_in(pairs["metric"].unique().implode()))).select(
        pl.col("source").alias("rate_source"), "metric", pl.col("period").alias("to_period"), "period_kind", "scope", "dimension",
        "member", pl.col("status").alias("verdict"), pl.col("note").alias("verdict_note"))
    return pairs.join(checks, on=["rate_source", "metric", "to_period", "period_kind", "scope", "dimension", "member"], how="left",
                      nulls_equal=True, maintain_order="left")


def yoy(frame, metric: str, *, dimension=None, member=None, scope=DEFAULT_SCOPE, start=None, end=None, source=None, notes=None):
    """Change between consecutive comparable periods of one metric.

    Pairs a period with the one a year before it of the same kind (a year with the
    year before, a first half with the first half before, a quarter or a year to
    date with the same one a year before), same scope, dimension and member, using
    the preferred version of each figure (or ``source``'s). A figure whose source
    prints only a rate gets its implied prior value, marked ``implied``. Qualified
    figures (bounds, approximations) are never paired. ``start`` and ``end`` keep the
    changes that end in those years (see :func:`ending_within`). Where the preferred version
    prints no rate, another version's rate serves, if the two versions agree (the ``note`` names it).
    Each printed rate carries the audit's ``verdict`` (ipr_stats.analysis.rates) and each pair
    the ``notes`` (ipr_stats.data.notes, given as ``notes``) of either period.

    >>> import ipr_stats
    >>> t = ipr_stats.yoy(ipr_stats.load_dataset(), "batches")
    >>> t.select("from_period", "to_period", "change").rows()[0]
    ('2007', '2008', 3679.0)
    """

    metric, dimension, member, scope, source = _selection(frame, metric, dimension, member, scope, source)
    rows = narrow(metric_rows(frame, metric, source=source), dimension, member, scope)
    usable = rows.filter(_pairable())
    usable = _borrowed_rates(frame, usable) if source is None else usable.with_columns(
        pl.when(pl.col("published_change").is_not_null()).then(pl.col("source")).alias("rate_source"),
        pl.when(pl.col("published_change").is_not_null()).then(pl.col("locator")).alias("rate_locator"))
    rates = [_signed_rate(t) for t in usable["published_change"].to_list()]
    usable = usable.with_columns(*_year_before(usable), pl.Series("published_rate", rates, dtype=pl.Float64),
                                 pl.col("dimension").fill_null(""), pl.col("member").fill_null("")).lazy()
    keys = ["scope", "dimension", "member", "period_kind"]
    prior = usable.select(*keys, "period_start", "period_end",
                          pl.col("period").alias("from_period"), pl.col("value").alias("from_value"),
                          pl.col("qualifier").alias("from_qualifier"), pl.col("source").alias("from_source"),
                          pl.col("locator").alias("from_locator"), pl.col("versions").alias("from_versions"))
    joined = usable.join(prior, left_on=[*keys, "before_start", "before_end"], right_on=[*keys, "period_start", "period_end"],
                         how="left", maintain_order="left")
    implied = pl.col("from_value").is_null() & pl.col("published_rate").is_not_null() & (pl.col("published_rate") != -100)
    joined = joined.filter(pl.col("from_value").is_not_null() | implied).with_columns(
        pl.when(implied).then(pl.lit("implied")).when(pl.col("from_source") == RECORDS).then(pl.lit("aggregated"))
          .otherwise(pl.lit("published")).alias("from_status"),
    ).with_columns(
        pl.when(implied).then(pl.col("value") / (1 + pl.col("published_rate") / 100)).otherwise(pl.col("from_value")).alias("from_value"),
        pl.when(implied).then(pl.col("before")).otherwise(pl.col("from_period")).alias("from_period"),
        pl.when(implied).then(pl.col("rate_source")).otherwise(pl.col("from_source")).alias("from_source"),
        pl.when(implied).then(pl.col("rate_locator")).otherwise(pl.col("from_locator")).alias("from_locator"),
        pl.when(implied).then(pl.col("versions")).otherwise(pl.col("from_versions")).alias("from_versions"),
    )
    change = pl.col("value") - pl.col("from_value")
    qualifier = pl.when((pl.col("qualifier") == "exact") & (pl.col("from_qualifier").fill_null("exact") == "exact")
                        & (pl.col("from_status") != "implied")).then(pl.lit("exact")).otherwise(pl.lit("approximate"))
    out = joined.with_columns(
        change.alias("change"),
        pl.when(pl.col("from_value") != 0).then(change / pl.col("from_value") * 100).otherwise(None).alias("change_pct"),
        qualifier.alias("qualifier"),
        pl.when(pl.col("from_value") == 0).then(pl.lit(ZERO_BASE))
          .when((pl.col("from_status") == "implied") & (pl.col("rate_source") != pl.col("source")))
          .then(pl.format("earlier value implied by the rate {} ({}) prints, not published", pl.col("rate_source"), pl.col("rate_locator")))
          .when(pl.col("from_status") == "implied").then(pl.lit(IMPLIED))
          .when(pl.col("rate_source") != pl.col("source"))
          .then(pl.format("published rate from {} ({})", pl.col("rate_source"), pl.col("rate_locator")))
          .otherwise(None).alias("note"),
        pl.col("dimension").replace("", None), pl.col("member").replace("", None),
    )
    out = out.sort("scope", "dimension", "member", "period_end", "period_start", nulls_last=False, maintain_order=True).select(
        "metric", "unit", "scope", "dimension", "member", "from_period", "from_value", "from_status", pl.col("period").alias("to_period"),
        pl.col("value").alias("to_value"), "change", "change_pct", "published_change", "qualifier",
        "from_source", "from_locator", "source", "locator", "note", "from_versions", pl.col("versions").alias("to_versions"),
        "period_kind", "rate_source", pl.col("before_start").alias("_from_start"), pl.col("before_end").alias("_from_end"),
        pl.col("period_start").alias("_to_start"), pl.col("period_end").alias("_to_end"),
    ).collect()
    out = with_notes(_verdicts(frame, out), notes, lambda r: [(r["_from_start"], r["_from_end"]), (r["_to_start"], r["_to_end"])])
    out = out.drop("period_kind", "rate_source", "_from_start", "_from_end", "_to_start", "_to_end")
    return ending_within(out, rows, start, end)


def ending_within(pairs, rows, start=None, end=None):
    """The changes of ``pairs`` (yoy's) that end in the years ``start`` to ``end``: whose later period
    belongs to one of them (periods.year_of: FY2016 to 2016); a range that is inverted, or holds no year
    a figure of ``rows`` belongs to, is a usage mistake (:class:`NoSuchYear`)."""
    if start is None and end is None:
        return pairs
    check_years(set(period_years(rows["period"]).drop_nulls().to_list()), start, end)
    low, high = year_bounds(start, end)
    year = period_years(pairs["to_period"])
    return pairs.filter((year >= low) & (year <= high))


YEARLY = ("year", "fiscal_year")  # the kinds of period that follow one another without a gap


def unpublished_years(table):
    """``table`` (a series) with a row for each year that no source published between the first and last yearly
    figures of each run (scope, dimension, member and kind of year): its period, metric and unit, no value and
    ``published`` false; every other row has ``published`` true. A table that shows it keeps the missing year
    in sight, never as a zero.

    >>> import ipr_stats
    >>> s = ipr_stats.series(ipr_stats.load_dataset(), "batches", scope="national")
    >>> gaps = unpublished_years(s.filter(s["period_kind"] == "year"))
    >>> gaps.filter(~gaps["published"])["period"].to_list()
    ['2016', '2019']
    """
    from ipr_stats.data.periods import yearly_label

    table = table.with_columns(pl.lit(True).alias("published"))
    yearly = table.filter(pl.col("period_kind").is_in(YEARLY) & pl.col("value").is_not_null())
    missing = []
    runs = ["metric", "scope", "dimension", "member", "period_kind"]
    for run in yearly.with_columns(period_years(yearly["period"]).alias("_year")).partition_by(runs, maintain_order=True):
        years, first = set(run["_year"].drop_nulls().to_list()), run.row(0, named=True)
        for year in range(min(years), max(years) + 1) if years else ():
            if year not in years:
                period = parse_period(yearly_label(year, first["period_kind"]), first["period_kind"])
                missing.append({**{c: first[c] for c in [*runs, "unit"]}, "period": period.label, "period_start": period.start,
                                "period_end": period.end, "published": False})
    if not missing:
        return table
    gaps = pl.DataFrame(missing, schema={c: table.schema[c] for c in missing[0]})
    return pl.concat([table, gaps], how="diagonal_relaxed").sort("period_end", "period_start", "scope", maintain_order=True)


def within_years(table, start=None, end=None):
    """The rows of ``table`` (a series: ``period``, ``period_start``, ``period_end``) whose period lies in the years
    ``start`` to ``end``: a period of one year (periods.year_of: FY2016 to 2016, 2019-H1 to 2019) when that
    year does; a longer one (a running total, a campaign) when its first and last days do. The same usage
    mistakes as :func:`ending_within`."""
    if start is None and end is None:
        return table
    year = period_years(table["period"])
    first = year.fill_null(table["period_start"].dt.year().cast(pl.Int32))
    last = year.fill_null(table["period_end"].dt.year().cast(pl.Int32))
    check_years(set(first.drop_nulls().to_list()) | set(last.drop_nulls().to_list()), start, end)
    low, high = year_bounds(start, end)
    return table.filter((first >= low) & (last <= high))


def check_years(years: set, start=None, end=None) -> None:
    """Refuse (:class:`NoSuchYear`) a range of years that runs backwards, or that holds none of ``years``."""
    if start is not None and end is not None and start > end:
        raise NoSuchYear(f"The years run backwards: from {start} to {end}. Give the earlier year first.")
    low, high = year_bounds(start, end)
    if not any(low <= y <= high for y in years):
        asked = " ".join(f"{word} {year}" for word, year in (("from", start), ("to", end)) if year is not None)
        raise NoSuchYear(f"No figures in the years asked ({asked}); years with figures: {spans(years)}.")


def year_bounds(start, end) -> tuple[int, int]:
    """The first and last years of a range either end of which may be open (None)."""
    return start if start is not None else -9999, end if end is not None else 9999


def not_compared(frame, metric: str, *, dimension=None, member=None, scope=DEFAULT_SCOPE, source=None, pairs=None):
    """The figures yoy leaves out, each with the reason: unlike periods, bounds and
    approximations, and periodic figures with no like period a year before or after.
    ``pairs``: yoy's result for the same arguments (over every year), if already at hand."""
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


def series(frame, metric: str, *, dimension=None, member=None, scope=None, source=None, all_versions=False, notes=None):
    """Every value of a metric over time, with its period kind, scope and qualifier: the
    preferred version of each figure, every version (``all_versions``, with the column
    ``preferred`` saying which is used elsewhere), or one source's; ``notes``
    (ipr_stats.data.notes) fill a ``notes`` column for the periods they concern.

    >>> import ipr_stats
    >>> s = ipr_stats.series(ipr_stats.load_dataset(), "batches", scope="national")
    >>> s.filter(s["period_kind"] == "year")["period"].to_list()[:4]
    ['2007', '2008', '2009', '2010']
    >>> sources, frame, _vocabulary = ipr_stats.load()
    >>> s = ipr_stats.series(frame, "batches", scope="national", notes=ipr_stats.series_notes(sources))
    >>> s.filter(s["period"] == "2009")["notes"][0].startswith("2009: ")
    True
    """
    metric, dimension, member, scope, source = _selection(frame, metric, dimension, member, scope, source)
    rows = narrow(metric_rows(frame, metric, source=source, all_versions=all_versions), dimension, member, scope)
    out = rows.sort("period_end", "period_start", "scope", pl.col("preferred").not_(), "source", nulls_last=False).with_columns(
        qualifier_label()).select(
        "metric", "period", "period_kind", "period_start", "period_end", "scope", "dimension", "member", "value", "unit",
        "qualifier", "published_change", "source", "locator", "formula", "decimals", "preferred", "versions")
    return with_notes(out, notes, lambda r: [(r["period_start"], r["period_end"])])


def cagr(frame, metric: str, *, dimension=None, member=None, scope=None, source=None, notes=None):
    """Compound annual growth between the first and last calendar years of each like series:
    (last / first) ^ (1 / (last year - first year)) - 1.

    Only yearly figures that are exact or rounded count; ``years_published``
    says how many years inside the span have a figure; ``noted`` names the periods
    inside the span that ``notes`` (ipr_stats.data.notes) concern, and ``notes`` holds those notes.

    >>> import ipr_stats
    >>> c = ipr_stats.cagr(ipr_stats.load_dataset(), "cases", dimension="ip_type")
    >>> round(c["cagr_pct"][0], 1)
    77.6
    """
    metric, dimension, member, scope, source = _selection(frame, metric, dimension, member, scope, source)
    rows = narrow(metric_rows(frame, metric, source=source), dimension, member, scope)
    rows = rows.filter((pl.col("period_kind") == "year") & pl.col("qualifier").is_in(COMPARABLE_QUALIFIERS))
    rows = rows.with_columns(period_years(rows["period"])).sort("year")
    out = rows.group_by("scope", "dimension", "member", maintain_order=True).agg(
        pl.col("year").first().alias("first_year"), pl.col("year").last().alias("last_year"),
        pl.col("value").first().alias("first_value"), pl.col("value").last().alias("last_value"),
        pl.len().alias("years_published"), pl.col("unit").first(),
    ).filter(pl.col("last_year") > pl.col("first_year"))
    span = (pl.col("last_year") - pl.col("first_year")).cast(pl.Float64)
    out = out.with_columns(
        pl.col("first_year").cast(pl.String), pl.col("last_year").cast(pl.String),
        pl.when(pl.col("first_value") > 0)
          .then(((pl.col("last_value") / pl.col("first_value")).pow(1 / span) - 1) * 100).otherwise(None).alias("cagr_pct"),
        pl.lit(metric).alias("metric"),
    ).select("metric", "scope", "dimension", "member", "first_year", "first_value", "last_year", "last_value",
             "years_published", "cagr_pct", "unit")
    spans = [(row["scope"], row["first_year"], row["last_year"]) for row in out.iter_rows(named=True)]
    noted = [", ".join(noted_periods(notes or (), metric, *span)) or None for span in spans]
    texts = [span_notes(notes or (), metric, *span) for span in spans]
    return out.with_columns(pl.Series("noted", noted, dtype=pl.String), pl.Series("notes", texts, dtype=pl.String))
