"""The analytics commands over time: yoy, series and sql.

Each parses its options, calls a function of :mod:`ipr_stats.analysis` (changes, sql) and hands the frame to the renderer. Imports click only at module level.
"""

from __future__ import annotations

import click

from ipr_stats.cli import completion
from ipr_stats.cli.app import Env
from ipr_stats.cli.options import (
    SCOPE_HELP,
    chart_option,
    cite_option,
    load_selection,
    output_options,
    records_need,
    resolved,
    version_options,
)
from ipr_stats.cli.output import (
    PCT,
    asked_for,
    chart_format,
    chart_width,
    cited_columns,
    emit,
    for_people,
    format_of,
    held_by_caption,
    versions_caption,
    write_chart,
)
from ipr_stats.cli.phrases import say, term, translated


@click.command()
@click.option("--metric", "-m", shell_complete=completion.metrics, required=True, help="The metric, or a ratio such as value_per_batch.")
@click.option("--dim", "dimension", shell_complete=completion.dimensions, help="Break down by this dimension (default: the totals).")
@click.option("--member", shell_complete=completion.members, help="Only this member of --dim (key, name or alias).")
@click.option("--scope", shell_complete=completion.scopes, help=SCOPE_HELP)
@click.option("--from", "start", shell_complete=completion.years, type=int, help="Only changes that end in this year or later (--from 2019: 2018 to 2019 on).")
@click.option("--to", "end", shell_complete=completion.years, type=int, help="Only changes that end in this year or earlier.")
@version_options(every=False)
@chart_option
@cite_option
@output_options
@click.pass_obj
def yoy(env, metric, dimension, member, scope, start, end, source, chart, cite, fmt):
    """Change between consecutive comparable periods: a year with the year before,
    a first half with the first half before, same scope and member.

    Each figure is its preferred version (docs/methodology.md, Versions), or
    --source's. Where a source prints only the current value and its rate, the
    earlier value it implies is shown and marked 'implied'. Figures that cannot be
    paired (running totals, campaigns, bounds such as 'more than') are counted
    below the table with the reason.

    Each printed rate carries the audit's verdict on it ('verdict' and
    'verdict_note' in --format csv; `ipr-stats audit --check rate`): a rate the
    figures do not bear out is marked beside it, and an implied earlier value that
    published figures rule out reads 'ruled out'. Where the preferred version prints
    no rate, that of another version of the same figure serves, named below the
    table. Notes on the series (a campaign, a change of
    basis) are marked [n] in the rows whose periods they concern and listed below
    ('notes' in --format csv).

    \b
    Examples:
      ipr-stats yoy --metric batches
      ipr-stats yoy --metric quantity --dim ownership --format csv
      ipr-stats yoy --metric value_per_batch
    """
    from ipr_stats.analysis import changes, rows
    from ipr_stats.analysis.changes import ZERO_BASE
    from ipr_stats.cli.render import View
    from ipr_stats.cli.verdicts import APPROXIMATE_MARK, approximate_marks, checked_cells, verdict_lines
    from ipr_stats.data.frame import narrow
    from ipr_stats.data.vocabulary import RATIOS

    fmt = chart_format(env, chart, fmt)
    frame, metric, dimension, member, scope, source = load_selection(env, metric, dimension, member, scope or env.default_scope,
                                                                     records_need(env, dimension=dimension, scope=scope, metric=metric),
                                                                     source)
    pairs = changes.yoy(frame, metric, dimension=dimension, member=member, scope=scope, source=source, notes=_notes(env))
    figures = narrow(rows.metric_rows(frame, metric, source=source), dimension, member, scope)
    table = changes.ending_within(pairs, figures, start, end)  # every year's pairs above: not_compared needs them
    skipped = None
    if table.is_empty() or for_people(env, fmt):  # machine formats carry no caption: the figures left out are counted for people only
        skipped = changes.not_compared(frame, metric, dimension=dimension, member=member, scope=scope, source=source, pairs=pairs)
    if table.is_empty():
        from ipr_stats.analysis.arguments import what_there_is
        from ipr_stats.errors import NotFound, QueryError

        if skipped.is_empty():
            where = say(", ").join(filter(None, [say("scope {scope}", scope=term(scope)), term(dimension),
                                                 source and say("source {source}", source=source)]))
            printed = frame.filter((frame["source"] == source) & (frame["metric"] == metric)) if source else None
            there = (f"{source} prints none" if printed is not None and printed.is_empty()
                     else what_there_is(printed if source else frame, metric, scope))
            raise NotFound(f"No {metric} figures ({where}): {there}.")
        reasons = say("; ").join(say("{period}: {reason}", period=r["period"], reason=translated(r["reason"]))
                                 for r in skipped.iter_rows(named=True))
        raise QueryError(f"No comparable pair of periods for {metric} (scope {scope}"
                         f"{', ' + dimension if dimension else ''}). {reasons}.")
    caption = [say("Each period against the like period a year before. change %: computed, {decimals} decimal shown; published: the "
                   "rate as printed.", decimals=PCT)]
    if "aggregated" in table["from_status"].to_list():
        caption.append(say("aggregated: a sum of your records; a year counts the rows dated in it, so a year your records do not wholly cover "
                           "is partial: compare its half-years (`data` gives each figure's first and last dates)."))
    if "implied" in table["from_status"].to_list():
        caption.append(say("implied: the earlier value that the published rate implies; the source does not print it."))
    if skipped is not None and skipped.height:
        counts = skipped.group_by("reason").len().sort(["len", "reason"], descending=[True, False])
        caption.append(say("Not compared: {count} figure(s) of {metric} ({reasons}).", count=skipped.height, metric=term(metric),
                           reasons="; ".join(f"{n} x {translated(r)}" for r, n in counts.iter_rows())))
    several = table.filter((table["to_versions"] > 1) | (table["from_versions"].fill_null(1) > 1)).height
    if several and not source:
        caption.append(say("{count} change(s) use a figure that more than one source publishes: each is its preferred version "
                           "(docs/methodology.md, Versions); `ipr-stats audit --check cross_source` compares the versions.", count=several))
    caption += [*verdict_lines(table), *filter(None, [held_by_caption(frame, metric, scope)])]
    numbers: dict = {}
    noted = [_texts(cell) for cell in table["notes"].to_list()]
    if for_people(env, fmt):
        if format_of(env, fmt) == "table" and "approximate" in table["qualifier"].to_list():  # markdown keeps the qualifier
            table = approximate_marks(table)
            caption.append(say("{mark}: a change of an approximate figure (one rounded or implied): approximate too.", mark=APPROXIMATE_MARK))
        table, lines, numbers = _note_marks(table)
        caption += lines  # the notes last, as every command lists them
        table = checked_cells(table)
    view = View(table, title=say("Year-over-year change: {metric} ({scope})", metric=term(metric), scope=term(scope)), caption="\n".join(caption),
                headers={"from_value": "a year before", "from_status": "status", "to_period": "period",
                         "to_value": "value", "change_pct": "change %", "published_change": "published"},
                optional=["change", "source", "locator", "unit", "qualifier"],
                decimals={"change_pct": PCT, "from_value": 0 if metric not in RATIOS else 2,
                          "change": 0 if metric not in RATIOS else 2,
                          "to_value": 2 if metric in RATIOS else None},
                human_columns=cited_columns(["member", "to_period", "to_value", "from_value", "from_status", "change",
                                             "change_pct", "published_change", "unit", "qualifier", "source", "locator"], cite),
                kept=["to_value", "change_pct", *asked_for(cite)], figures=["_shown_change_pct"])
    if not dimension:
        view.human_columns.remove("member")
    if ZERO_BASE in table["note"].to_list():
        view.human_columns.append("note")
    emit(env, view, fmt)
    if chart:
        from ipr_stats.cli.charts import Bars, cited, noted_labels

        labels = [f"{r['member'] or ''} {r['to_period']}".strip() for r in table.iter_rows(named=True)]
        labels, lines = noted_labels(labels, noted, numbers, chart_width(env))
        write_chart(env, Bars(labels, table["change_pct"].to_list(), decimals=PCT, notes=lines, sources=cited(table, "from_source", "source"),
                              title=say("{metric}: change on the like period a year before, % (computed)", metric=term(metric))))


@click.command()
@click.option("--metric", "-m", shell_complete=completion.metrics, required=True, help="The metric, or a ratio such as value_per_batch.")
@click.option("--dim", "dimension", shell_complete=completion.dimensions, help="Break down by this dimension (default: the totals).")
@click.option("--member", shell_complete=completion.members, help="Only this member of --dim.")
@click.option("--scope", shell_complete=completion.scopes, help="Only this scope (default: all scopes).")
@click.option("--period-kind", "kind", shell_complete=completion.period_kinds,  help="Only periods of this kind: year, half_year, quarter, year_to_date, "
              "cumulative, as_of, campaign, span, event.")
@click.option("--cagr", is_flag=True, help="Show compound annual growth between the first and last years of each like series instead.")
@click.option("--from", "start", shell_complete=completion.years, type=int, metavar="YEAR", help="Only periods in this year or later (a running total: one that starts in it or later).")
@click.option("--to", "end", shell_complete=completion.years, type=int, metavar="YEAR", help="Only periods in this year or earlier.")
@version_options
@chart_option
@cite_option
@output_options
@click.pass_obj
def series(env, metric, dimension, member, scope, kind, cagr, start, end, source, all_versions, chart, cite, fmt):
    """Every value of a metric over time, with its period kind and scope, so you can see
    what exists: years, half-years, quarters, running totals, campaigns, single seizures.

    Each figure is its preferred version (docs/methodology.md, Versions);
    --all-versions lists every source's, --source one source's. The chart draws one
    kind of period for one scope: the years unless --period-kind says otherwise.
    Notes on the series (a campaign, a change of basis) are marked [n] beside the
    periods they concern, in the table and the chart, and listed below ('notes' in
    --format csv); a growth (--cagr) whose years span noted periods names them.

    \b
    Examples:
      ipr-stats series --metric batches --scope national --chart
      ipr-stats series --metric batches --period-kind half_year
      ipr-stats series --metric quantity --all-versions --period-kind year
      ipr-stats series --metric cases --dim ip_type --cagr
      ipr-stats series --metric batches --scope national --from 2015 --to 2020
    """
    import polars as pl

    from ipr_stats.analysis import arguments, changes
    from ipr_stats.cli.render import View
    from ipr_stats.data.vocabulary import RATIOS

    fmt = chart_format(env, chart, fmt)
    frame, metric, dimension, member, scope, source = load_selection(env, metric, dimension, member, scope,
                                                                     records_need(env, dimension=dimension, metric=metric), source)
    kind = resolved(arguments.resolve_period_kind, kind, param="--period-kind")
    if cagr:
        if chart:
            raise click.BadParameter("--cagr gives one growth a series, which --chart does not draw. Drop one of the two.",
                                     param_hint="--cagr")
        if start is not None or end is not None:
            raise click.BadParameter("--cagr grows between the first and last years of each series; it takes no "
                                     "--from or --to. Drop one of the two.", param_hint="--cagr")
        table = changes.cagr(frame, metric, dimension=dimension, member=member, scope=scope, source=source, notes=_notes(env))
        if table.is_empty():
            from ipr_stats.errors import QueryError

            raise QueryError(f"No series of {metric} has two or more yearly figures to grow between.")
        caption = [say("cagr_pct = (last / first) ^ (1 / (last_year - first_year)) - 1, computed, {decimals} decimal shown; yearly exact "
                       "or rounded figures only; years_published: the years of the span with a figure.", decimals=PCT)]
        human = None
        if for_people(env, fmt):
            caption += _spans_noted(table, metric)
            human = [c for c in table.columns if c not in ("noted", "notes")]
        view = View(table, title=say("Compound annual growth: {metric}", metric=term(metric)), caption="\n".join(caption), decimals={"cagr_pct": PCT},
                    human_columns=human)
        emit(env, view, fmt)
        return
    table = changes.series(frame, metric, dimension=dimension, member=member, scope=scope, source=source, all_versions=all_versions,
                           notes=_notes(env))
    if kind:
        table = table.filter(table["period_kind"] == kind)
    table = changes.within_years(table, start, end)
    if table.is_empty():
        from ipr_stats.analysis.arguments import what_there_is
        from ipr_stats.errors import NotFound

        raise NotFound(f"No {metric} figures with these options: {what_there_is(frame, metric, scope, kind)}; "
                       f"`ipr-stats coverage --metric {metric}` shows what was published.")
    charted = [{**r, "notes": _texts(r["notes"])} for r in table.filter(table["preferred"]).iter_rows(named=True)]
    caption = [versions_caption(table, all_versions, source), held_by_caption(frame, metric, scope or "national", "shown" if scope else "charted") if scope or chart else ""]
    numbers: dict = {}
    noted = [] if table["notes"].is_null().all() else ["notes"]
    if for_people(env, fmt):
        if format_of(env, fmt) == "table":  # markdown keeps the rows of the csv
            table = _unpublished_shown(env, changes.unpublished_years(table))
        table, lines, numbers = _note_marks(table)
        caption += lines
        if format_of(env, fmt) == "table":  # a terminal may leave columns out, never the first: the marks go with the period
            table = table.with_columns(pl.when(pl.col("notes").is_null()).then(pl.col("period"))
                                       .otherwise(pl.concat_str("period", pl.lit(" "), "notes")).alias("_shown_period"))
            noted = []
    view = View(table, title=say("Series: {metric}", metric=term(metric)), decimals={"value": 2 if metric in RATIOS else "decimals"},
                caption="\n".join(filter(None, caption)), headers={"notes": "noted"}, optional=["locator", "source", "published_change", "unit", "period_kind"],
                human_columns=cited_columns(["period", "period_kind", "scope", *(["member"] if dimension else []), "value",
                                             "unit", "qualifier", "published_change", *noted, "source", "locator",
                                             *(["preferred"] if all_versions else [])], cite, all_versions),
                kept=["value", "qualifier", "scope", *asked_for(cite, all_versions)])  # a figure is read with its bound and scope
    emit(env, view, fmt)
    if chart:
        from ipr_stats.cli.charts import series_bars

        write_chart(env, series_bars(charted, metric, kind, numbers=numbers, width=chart_width(env)))




def _unpublished_shown(env: Env, table):
    """For people: a year that no source published (changes.unpublished_years) reads 'none published' where the
    qualifier of a figure stands, with no value."""
    import polars as pl

    from ipr_stats.cli.names import SHOWN, add_names

    table = add_names(table, env.load()[2], env.lang)
    word = pl.lit(say("none published"))
    return table.with_columns(pl.when(pl.col("published")).then(pl.col(SHOWN + "qualifier")).otherwise(word).alias(SHOWN + "qualifier"))


def _notes(env: Env) -> list:
    """The notes on a series of the loaded data (ipr_stats.data.notes)."""
    from ipr_stats.data.notes import series_notes

    return series_notes(env.dataset.sources if env.dataset else [])


def _texts(cell) -> list[str]:
    """The note texts a ``notes`` cell joins (ipr_stats.analysis.annotations)."""
    from ipr_stats.analysis.annotations import SEPARATOR

    return cell.split(SEPARATOR) if cell else []




def _numbered(texts, numbers: dict) -> str | None:
    return " ".join(f"[{numbers.setdefault(t, len(numbers) + 1)}]" for t in texts) or None


def _note_marks(table):
    """For people: the ``notes`` column as marks ([1], [2]), the notes they stand for, one line each, to go under the
    table, and their numbers (note text -> n), so that a chart below marks them alike."""
    import polars as pl

    numbers: dict = {}
    cells = [_numbered(_texts(cell), numbers) for cell in table["notes"].to_list()]
    lines = [f"[{n}] {text}" for text, n in numbers.items()]
    heading = say("Notes on the series ([n] in the table):")
    return table.with_columns(pl.Series("notes", cells, dtype=pl.String)), ([heading, *lines] if lines else []), numbers


def _spans_noted(table, metric: str) -> list[str]:
    """For people, under a growth table: for each row whose years span noted periods, which ones, with the marks of
    their notes, then the notes the marks stand for."""
    numbers: dict = {}
    lines = [say("{scope}: {first} to {last} spans noted periods ({noted}) {marks}. A growth across them may mix a surge or a change "
                 "of basis; `ipr-stats series --metric {key}` shows the figures beside their notes.",
                 scope=term(row["scope"]) + (" " + row["member"] if row["member"] else ""), first=row["first_year"],
                 last=row["last_year"], noted=row["noted"], marks=_numbered(_texts(row["notes"]), numbers), key=metric)
             for row in table.iter_rows(named=True) if row["noted"]]
    return [*lines, say("Notes on the series:"), *(f"[{n}] {text}" for text, n in numbers.items())] if numbers else lines


@click.command()
@click.argument("query")
@output_options
@click.pass_obj
def sql(env, query, fmt):
    """Run a SQL query over the tidy dataset: the tables 'figures' (the preferred
    version of each figure) and 'all_figures' (every version, with 'preferred').

    Their columns are those of `ipr-stats data --format csv`, and tables show the
    cells as stored (metric keys such as 'applications_approved', qualifiers such
    as 'rounded:10000'), the values a WHERE clause matches.

    \b
    Examples:
      ipr-stats sql "SELECT period, value FROM figures WHERE metric = 'batches' AND dimension IS NULL"
      ipr-stats sql "SELECT source, COUNT(*) AS n FROM figures GROUP BY source ORDER BY n DESC"
    """
    from ipr_stats.analysis import sql
    from ipr_stats.cli.render import View

    _sources, frame, _vocab = env.load()
    emit(env, View(sql.sql(frame, query), as_stored=True), fmt)
