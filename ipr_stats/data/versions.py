"""Which version of a figure to use when several sources publish it.

The same figure (metric, period, scope, dimension and member) is often published
more than once: a January preliminary figure and the April report, a rounded relay
of an exact report, a retrospective years later. Every version is kept in the data;
this module is the one place that decides which one a query uses. The rule, in
order (docs/methodology.md, "Versions"), after setting aside a figure marked as the source's likely
error (``error``), which is kept and shown but never preferred:

1. a final release over a preliminary one, and either over a retrospective;
2. the customs' own text over a news relay, over a summary, over an aggregator;
3. the finer figure: an exact or rounded figure by the unit of its last significant digit
   (11,135 over a rounded 11,100, and 23,860 over a round 24,000), then a bound (the
   tighter first: more than 40.94 million over more than 40 million), then an
   approximation;
4. the later publication;
5. the source id, so that the choice never depends on file order.

Two second looks then correct the order, among versions of the same stage only:

- a version confirmed by its own page's printed rate (the rate fits the like figure a year before) wins over
  one that disagrees with it and is not so confirmed: a relay with transposed digits loses to the figure its
  page's rate bears out (Japan's 2008 cases);
- a finer version that lies within what the chosen one allows wins over it: it says more and contradicts
  nothing ('more than 71 million' gives way to 71.8 million, a round 43,000 to 43,671).

A breakdown (the members of one dimension for one metric, period and scope) is
chosen as a whole: the source ranked first for it gives every member, so that no
breakdown ever mixes two sources (a member that only other sources list keeps its
own preferred version as a figure, but is not part of the breakdown). Its rank: rules 1 and 2, then the source that
lists more members, then its least precise figure by rule 3, then rules 4 and 5.
"""

from __future__ import annotations

import polars as pl

from ipr_stats.data.frame import check_columns
from ipr_stats.data.vocabulary import SOURCE_KINDS, STAGES

FIGURE = ["metric", "period", "period_kind", "scope", "dimension", "member"]

BREAKDOWN = ["metric", "period", "period_kind", "scope", "dimension"]

QUALIFIER_RANK = {"exact": 0, "rounded": 0, "at_least": 1, "at_most": 1, "approximate": 2}


def _ranked(frame: pl.DataFrame) -> pl.DataFrame:
    """The frame with the sort keys of rules 1 to 5 (lower is better)."""
    stage = pl.col("stage").replace_strict(list(STAGES), list(range(len(STAGES))), default=len(STAGES))
    kind = pl.col("source_kind").replace_strict(list(SOURCE_KINDS), list(range(len(SOURCE_KINDS))), default=len(SOURCE_KINDS))
    qualifier = pl.col("qualifier").replace_strict(QUALIFIER_RANK, default=len(QUALIFIER_RANK))
    return frame.with_columns(
        stage.cast(pl.Int8).alias("_stage"), kind.cast(pl.Int8).alias("_kind"), qualifier.cast(pl.Int8).alias("_qualifier"),
        _fineness().alias("_precision"), pl.col("source_date").fill_null("").alias("_date"),
    )


def _fineness():
    """Lower is finer: the unit of the last significant digit of an exact figure (1 for 11,135, 1,000 for a round
    24,000), the precision of a rounded one; for a bound, minus a lower bound or plus an upper one (the tighter first)."""
    value = pl.col("value").fill_null(0.0)
    unit = pl.lit(1.0)
    for power in range(1, 13):  # 10^k divides a whole number with k trailing zeros
        step = 10.0 ** power
        unit = pl.when((value != 0) & (value % step == 0)).then(pl.lit(step)).otherwise(unit)
    return (pl.when(pl.col("qualifier") == "rounded").then(pl.max_horizontal(pl.col("precision").fill_null(1.0), unit))
            .when(pl.col("qualifier") == "exact").then(pl.when(value % 1 != 0).then(pl.lit(0.0)).otherwise(unit))
            .when(pl.col("qualifier") == "at_least").then(-value)
            .when(pl.col("qualifier") == "at_most").then(value)
            .otherwise(pl.lit(0.0)))


RANK = ["_stage", "_kind", "_qualifier", "_precision", "_date", "source"]

DESCENDING = [False, False, False, False, True, False]

def with_preference(frame: pl.DataFrame) -> pl.DataFrame:
    """The frame with ``preferred`` (the version queries use), ``versions`` (how many
    sources publish the figure) and, on a breakdown's parts, ``breakdown_source`` (the
    source a breakdown is taken from whole); claims are always kept (preferred). A member
    only other sources list keeps its own preferred version, so no published figure is hidden."""
    check_columns(frame, marked="preferred" in frame.columns)
    if "preferred" in frame.columns:  # marked already (the loaded data's frame is: ipr_stats.data.dataset.read)
        return frame
    ranked = _ranked(frame.with_row_index("_row"))
    sound = pl.col("error").is_null() if "error" in frame.columns else pl.lit(True)  # a derived frame (a ratio's) has no errors
    figures = ranked.filter(pl.col("value").is_not_null() & pl.col("claim").is_null() & sound)
    totals = figures.filter(pl.col("dimension").is_null()).sort(RANK, descending=DESCENDING)
    chosen_totals = _second_look(totals, totals.group_by(FIGURE, maintain_order=True).agg(pl.col("_row").first()))
    parts = figures.filter(pl.col("dimension").is_not_null())
    by_source = (parts.group_by([*BREAKDOWN, "source"])
                 .agg(pl.col("_stage").first(), pl.col("_kind").first(), (-pl.len().cast(pl.Int64)).alias("_members"),
                      pl.col("_qualifier").max(), pl.col("_precision").max(), pl.col("_date").first())
                 .sort([*BREAKDOWN, "_stage", "_kind", "_members", "_qualifier", "_precision", "_date", "source"],
                       descending=[False] * len(BREAKDOWN) + [False, False, False, False, False, True, False], nulls_last=False)
                 .group_by(BREAKDOWN, maintain_order=True).agg(pl.col("source").first().alias("_best")))
    in_best = parts.join(by_source, on=BREAKDOWN, nulls_equal=True).filter(pl.col("source") == pl.col("_best"))
    # a member the chosen source does not list keeps its own preferred version as a figure; share and top
    # still take a breakdown whole from `breakdown_source`
    alone = (parts.join(in_best.select(FIGURE), on=FIGURE, how="anti", nulls_equal=True).sort(RANK, descending=DESCENDING)
             .group_by(FIGURE, maintain_order=True).agg(pl.col("_row").first()))
    chosen = pl.concat([chosen_totals.select("_row"), in_best.select("_row"), alone.select("_row")])["_row"]
    counts = ranked.filter(pl.col("value").is_not_null() & pl.col("claim").is_null()).group_by(FIGURE).agg(pl.col("source").n_unique().alias("versions"))
    best = by_source.rename({"_best": "breakdown_source"})
    out = (ranked.join(counts, on=FIGURE, how="left", nulls_equal=True)
           .join(best, on=BREAKDOWN, how="left", nulls_equal=True).sort("_row")).with_columns(
        (pl.col("_row").is_in(chosen.implode()) | pl.col("claim").is_not_null()).alias("preferred"),
        pl.col("versions").fill_null(1).cast(pl.Int64),
    )
    return out.drop("_row", "_stage", "_kind", "_qualifier", "_precision", "_date")


def _second_look(totals: pl.DataFrame, chosen: pl.DataFrame) -> pl.DataFrame:
    """``chosen`` (a figure's ``_row``) after the two second looks of the module's docstring, over ``totals``
    (every sound version of every total, in rank order)."""
    from ipr_stats.data.intervals import bounds, change_range, meet, percent_bounds, truncates
    from ipr_stats.data.periods import year_before

    versions: dict = {}
    for rec in totals.to_dicts():
        versions.setdefault(tuple(rec[c] for c in FIGURE), []).append(rec)
    several = {key: recs for key, recs in versions.items() if len(recs) > 1}
    if not several:
        return chosen

    def confirmed(rec) -> bool:
        before = year_before(rec["period"], rec["period_kind"]) if rec["published_change"] else None
        earlier = versions.get((rec["metric"], before, *[rec[c] for c in FIGURE[2:]])) if before else None
        if not earlier:
            return False
        prior = next((r for r in earlier if r["source"] == rec["source"]), earlier[0])
        change, said = change_range(rec, prior), percent_bounds(rec["published_change"], truncates(rec))
        return change is not None and said is not None and meet(change, said)

    def refines(inner, outer) -> bool:  # finer by rule 3, and allowing nothing the other rules out
        (a, b), (c, d) = bounds(inner), bounds(outer)
        return c <= a and b <= d and (inner["_qualifier"], inner["_precision"]) < (outer["_qualifier"], outer["_precision"])

    picks = {}
    for key, recs in several.items():
        pick = recs[0]
        if not confirmed(pick):
            pick = next((r for r in recs[1:] if r["_stage"] == pick["_stage"] and confirmed(r)
                         and not meet(bounds(r), bounds(pick))), pick)
        finer = [r for r in recs if r is not pick and r["_stage"] == pick["_stage"] and refines(r, pick)]
        if finer:
            pick = min(finer, key=lambda r: (r["_qualifier"], r["_precision"]))
        if pick is not recs[0]:
            picks[pick["_row"]] = key
    if not picks:
        return chosen
    moved = pl.DataFrame({"_new": list(picks), **{c: [key[i] for key in picks.values()] for i, c in enumerate(FIGURE)}},
                         schema={"_new": chosen.schema["_row"], **{c: chosen.schema[c] for c in FIGURE}})
    return (chosen.join(moved, on=FIGURE, how="left", nulls_equal=True)
            .with_columns(pl.coalesce("_new", "_row").alias("_row")).drop("_new"))


def in_use(frame: pl.DataFrame, *, source: str | None = None, all_versions: bool = False) -> pl.DataFrame:
    """The rows a query uses: the preferred version of each figure (default), every
    version (``all_versions``), or one source's figures (``source``, each then counted as
    preferred, so that a query given them keeps them). Adds the columns ``preferred`` and
    ``versions``.

    >>> import ipr_stats
    >>> from ipr_stats.data.versions import in_use
    >>> in_use(ipr_stats.load_dataset(), source="gacc-2019h1")["metric"].to_list()
    ['batches', 'quantity', 'value', 'applications_approved']
    """
    marked = with_preference(frame)  # the frame itself when marked already
    if source is not None:  # checked by the caller, against what the user may name (ipr_stats.analysis.arguments)
        return only(marked, source)
    return marked if all_versions else marked.filter(pl.col("preferred"))


def only(rows: pl.DataFrame, source: str) -> pl.DataFrame:
    """One source's rows of ``rows``, each counted as preferred; the source is checked by the caller
    (against the whole frame: a source may publish none of these rows)."""
    return rows.filter(pl.col("source") == source).with_columns(pl.lit(True).alias("preferred"))
