"""The analytics commands over time: yoy, series and sql.

Each parses its options, calls a function of :mod:`ipr_stats.analysis` (changes, sql) and hands the frame to the renderer. Imports click only at module level.
"""

from __future__ import annotations

import click

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
    chart_format,
    chart_width,
    cited_columns,
    emit,
    for_people,
    in_color,
    versions_caption,
    write_chart,
)


@click.command()
@click.option("--metric", "-m", required=True, help="The metric, or a ratio such as value_per_batch.")
@click.option("--dim", "dimension", help="Break down by this dimension (default: the totals).")
@click.option("--member", help="Only this member of --dim (key, name or alias).")
@click.option("--scope", help=SCOPE_HELP)
@click.option("--from", "start", type=int, help="Only changes that end in this year or later (--from 2019: 2018 to 2019 on).")
@click.option("--to", "end", type=int, help="Only changes that end in this year or earlier.")
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

    \b
    Examples:
      ipr-stats yoy --metric batches
      ipr-stats yoy --metric quantity --dim ownership --format csv
      ipr-stats yoy --metric value_per_batch
    """
    from ipr_stats.analysis import changes, rows
    from ipr_stats.cli.render import View
    from ipr_stats.data.frame import narrow
    from ipr_stats.data.vocabulary import RATIOS

    fmt = chart_format(chart, fmt)
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
        from ipr_stats.errors import QueryError

        reasons = "; ".join(f"{r['period']}: {r['reason']}" for r in skipped.iter_rows(named=True)) or "no figures"
        raise QueryError(f"No comparable pair of periods for {metric} (scope {scope}"
                         f"{', ' + dimension if dimension else ''}). {reasons}.")
    caption = [f"Each period against the like period a year before. change %: computed, {PCT} decimal shown; "
               "published: the rate as printed."]
    if "aggregated" in table["from_status"].to_list():
        caption.append("aggregated: a sum of your records; a year counts the rows dated in it, so a year your records "
                       "do not wholly cover is partial: compare its half-years (`data` gives each figure's first and last dates).")
    if "implied" in table["from_status"].to_list():
        caption.append("implied: the earlier value that the published rate implies; the source does not print it.")
    if skipped is not None and skipped.height:
        counts = skipped.group_by("reason").len().sort(["len", "reason"], descending=[True, False])
        caption.append(f"Not compared: {skipped.height} figure(s) of {metric} ("
                       + "; ".join(f"{n} x {r}" for r, n in counts.iter_rows()) + ").")
    several = table.filter((table["to_versions"] > 1) | (table["from_versions"].fill_null(1) > 1)).height
    if several and not source:
        caption.append(f"{several} change(s) use a figure that more than one source publishes: each is its preferred version "
                       "(docs/methodology.md, Versions); `ipr-stats audit --check cross_source` compares the versions.")
    caption += _verdict_lines(table, metric)
    if for_people(env, fmt):
        table, lines = _note_marks(table)
        caption += lines
        table = _checked_cells(table)
    view = View(table, title=f"Year-over-year change: {metric} ({scope})", caption="\n".join(caption),
                headers={"from_value": "a year before", "from_status": "status", "to_period": "period",
                         "to_value": "value", "change_pct": "change %", "published_change": "published"},
                optional=["change", "source", "locator", "unit", "qualifier"],
                decimals={"change_pct": PCT, "from_value": 0 if metric not in RATIOS else 2,
                          "change": 0 if metric not in RATIOS else 2,
                          "to_value": 2 if metric in RATIOS else None},
                human_columns=cited_columns(["member", "to_period", "to_value", "from_value", "from_status", "change",
                                             "change_pct", "published_change", "unit", "qualifier", "source", "locator"], cite))
    if not dimension:
        view.human_columns.remove("member")
    if any(note and note.startswith("n/a") for note in table["note"].to_list()):
        view.human_columns.append("note")
    emit(env, view, fmt)
    if chart:
        from ipr_stats.cli.charts import bar_chart

        labels = [f"{r['member'] or ''} {r['to_period']}".strip() for r in table.iter_rows(named=True)]
        write_chart(env, bar_chart(labels, table["change_pct"].to_list(), decimals=PCT,
                                   title=f"{metric}: change on the like period a year before, % (computed)",
                                   width=chart_width(env), color=in_color(env)))


@click.command()
@click.option("--metric", "-m", required=True, help="The metric, or a ratio such as value_per_batch.")
@click.option("--dim", "dimension", help="Break down by this dimension (default: the totals).")
@click.option("--member", help="Only this member of --dim.")
@click.option("--scope", help="Only this scope (default: all scopes).")
@click.option("--period-kind", "kind", help="Only periods of this kind: year, half_year, quarter, year_to_date, "
              "cumulative, as_of, campaign, span, event.")
@click.option("--cagr", is_flag=True, help="Show compound annual growth between the first and last years of each like series instead.")
@version_options
@chart_option
@cite_option
@output_options
@click.pass_obj
def series(env, metric, dimension, member, scope, kind, cagr, source, all_versions, chart, cite, fmt):
    """Every value of a metric over time, with its period kind and scope, so you can see
    what exists: years, half-years, quarters, running totals, campaigns, single seizures.

    Each figure is its preferred version (docs/methodology.md, Versions);
    --all-versions lists every source's, --source one source's. The chart draws one
    kind of period for one scope: the years unless --period-kind says otherwise.

    \b
    Examples:
      ipr-stats series --metric batches --scope national --chart
      ipr-stats series --metric batches --period-kind half_year
      ipr-stats series --metric quantity --all-versions --period-kind year
      ipr-stats series --metric cases --dim ip_type --cagr
    """
    from ipr_stats.analysis import arguments, changes
    from ipr_stats.cli.render import View
    from ipr_stats.data.vocabulary import RATIOS

    fmt = chart_format(chart, fmt)
    frame, metric, dimension, member, scope, source = load_selection(env, metric, dimension, member, scope,
                                                                     records_need(env, dimension=dimension, metric=metric), source)
    kind = resolved(arguments.resolve_period_kind, kind, param="--period-kind")
    if cagr:
        table = changes.cagr(frame, metric, dimension=dimension, member=member, scope=scope, source=source, notes=_notes(env))
        if table.is_empty():
            from ipr_stats.errors import QueryError

            raise QueryError(f"No series of {metric} has two or more yearly figures to grow between.")
        caption = [f"cagr_pct = (last / first) ^ (1 / (last_year - first_year)) - 1, computed, {PCT} decimal shown; yearly exact "
                   "or rounded figures only; years_published: the years of the span with a figure."]
        caption += [f"{row['scope']}{' ' + row['member'] if row['member'] else ''}: the span holds noted periods ({row['noted']}); "
                    f"`ipr-stats series --metric {metric}` shows the notes: a growth across them may mix a surge or a change of basis."
                    for row in table.iter_rows(named=True) if row["noted"]]
        view = View(table, title=f"Compound annual growth: {metric}", caption="\n".join(caption), decimals={"cagr_pct": PCT})
        emit(env, view, fmt)
        return
    table = changes.series(frame, metric, dimension=dimension, member=member, scope=scope, source=source, all_versions=all_versions,
                           notes=_notes(env))
    if kind:
        table = table.filter(table["period_kind"] == kind)
    if table.is_empty():
        from ipr_stats.errors import QueryError

        raise QueryError(f"No {metric} figures with these filters; `ipr-stats coverage --metric {metric}` shows what was published.")
    charted = table.filter(table["preferred"])
    caption = [versions_caption(table, all_versions, source)]
    if for_people(env, fmt):
        table, lines = _note_marks(table)
        caption += lines
    noted = [] if table["notes"].is_null().all() else ["notes"]
    view = View(table, title=f"Series: {metric}", decimals={"value": 2 if metric in RATIOS else "decimals"},
                caption="\n".join(filter(None, caption)), headers={"notes": "noted"}, optional=["locator", "source", "published_change", "unit"],
                human_columns=cited_columns(["period", "period_kind", "scope", *(["member"] if dimension else []), "value",
                                             "unit", "qualifier", "published_change", *noted, "source", "locator",
                                             *(["preferred"] if all_versions else [])], cite))
    emit(env, view, fmt)
    if chart:
        write_chart(env, _series_chart(env, charted, metric, kind))


def _notes(env: Env) -> list:
    """The notes on a series of the loaded data (ipr_stats.data.notes)."""
    from ipr_stats.data.notes import series_notes

    return series_notes(env.dataset.sources if env.dataset else [])


def _note_marks(table):
    """For people: the ``notes`` column as marks ([1], [2]) and the notes they stand for, one line each, under the table."""
    import polars as pl

    marks: dict = {}
    cells = []
    for cell in table["notes"].to_list():
        texts = cell.split(" | ") if cell else []
        cells.append(" ".join(f"[{marks.setdefault(t, len(marks) + 1)}]" for t in texts) or None)
    lines = [f"[{n}] {text}" for text, n in marks.items()]
    heading = "Notes on the series ([n] in the table):"
    return table.with_columns(pl.Series("notes", cells, dtype=pl.String)), ([heading, *lines] if lines else [])


PRINTED_MARKS = {"discrepancy": "off", "revision": "restated", "source_error": "error"}  # after a printed rate, in a table


def _checked_cells(table):
    """For people, the audit's verdict where a table has room for it: a rate whose implied earlier value published
    figures rule out reads 'ruled out' as its status; a printed rate the figures do not bear out is followed by a
    word ('+220% off'); the notes' marks follow the status."""
    import polars as pl

    verdict = pl.col("verdict")
    status = pl.when(verdict == "contradicted").then(pl.lit("ruled out")).otherwise(pl.col("from_status"))
    status = pl.when(pl.col("notes").is_not_null()).then(pl.concat_str(status, pl.lit(" "), pl.col("notes"))).otherwise(status)
    printed = pl.when(verdict.is_in(list(PRINTED_MARKS))).then(
        pl.concat_str(pl.col("published_change"), pl.lit(" "), verdict.replace_strict(PRINTED_MARKS, default=None)))
    return table.with_columns(status.alias("from_status"), printed.otherwise(pl.col("published_change")).alias("published_change"))


def _verdict_lines(table, metric: str) -> list[str]:
    """Footer lines on the printed rates that the figures do not bear out (ipr_stats.analysis.rates)."""
    lines = []
    off = table.filter(table["verdict"] == "discrepancy").height
    if table["verdict"].is_in(["contradicted", *PRINTED_MARKS]).any():
        lines.append("The audit's verdict on each printed rate ('verdict' in --format csv): 'ruled out': published figures "
                     "rule out the earlier value the rate implies; 'off': the rate does not fit the figures; 'restated': a "
                     "later release restated its base."
                     + (f" {off} printed rate(s) disagree with the change computed: `ipr-stats audit --check rate` says by how much."
                        if off else ""))
    for row in table.filter(table["verdict"].is_in(["contradicted", "revision"])).iter_rows(named=True):
        lines.append(f"{row['to_period']} ({row['verdict']}): {row['verdict_note']}.")
    return lines


CHARTED = {"year": "yearly", "fiscal_year": "fiscal-year", "half_year": "half-yearly", "quarter": "quarterly",
           "year_to_date": "year-to-date"}


def _series_chart(env: Env, table, metric: str, kind: str | None) -> str:
    """Bars for like figures only: one kind of recurring period (the years, unless asked), of the
    scope and member with most of them. Other kinds, running totals and campaigns stay in the table."""
    from ipr_stats.cli.charts import bar_chart, sign
    from ipr_stats.data.periods import RECURRING

    recurring = [r for r in table.iter_rows(named=True) if r["period_kind"] in RECURRING]
    if not recurring:
        return "(No yearly, half-yearly or quarterly figures to chart; the table lists what exists.)"
    kinds = [r["period_kind"] for r in recurring]
    kind = kind or ("year" if "year" in kinds else max(RECURRING, key=kinds.count))
    groups: dict = {}
    for r in recurring:
        if r["period_kind"] == kind:
            groups.setdefault((r["scope"], r["member"]), []).append(r)
    (scope, member), chosen = max(groups.items(), key=lambda kv: len(kv[1]))
    subject = scope + (f", {member}" if member else "")
    others = sorted(set(kinds) - {kind})
    hint = f"; {', '.join(others)} with --period-kind" if others else ""
    labels, values, marks = _with_gaps(chosen, kind) if kind in ("year", "fiscal_year") else (
        [r["period"] for r in chosen], [r["value"] for r in chosen], [sign(r["qualifier"]) for r in chosen])
    noted = {r["period"]: r["notes"] for r in chosen if r.get("notes")}
    numbers: dict = {}
    for period, cell in noted.items():
        for text in cell.split(" | "):
            numbers.setdefault(text, len(numbers) + 1)
    labels = [f"{label} [{','.join(str(numbers[t]) for t in noted[label].split(' | '))}]" if label in noted else label
              for label in labels]
    chart = bar_chart(labels, values, marks=marks, missing="none published",
                      title=f"{metric} ({chosen[0]['unit']}), {subject}: {CHARTED[kind]} figures{hint}",
                      width=chart_width(env), color=in_color(env))
    import textwrap

    return chart + "".join("\n" + textwrap.fill(f"[{n}] {text}", width=chart_width(env)) for text, n in numbers.items())


def _with_gaps(rows, kind: str = "year"):
    """Yearly (or fiscal-year) figures with every year between the first and the last: a year nobody published
    is a row without a bar."""
    from ipr_stats.cli.charts import sign
    from ipr_stats.data.periods import year_of, yearly_label

    by_year = {year_of(r["period"]): r for r in rows}
    years = range(min(by_year), max(by_year) + 1)
    return ([yearly_label(y, kind) for y in years], [by_year[y]["value"] if y in by_year else None for y in years],
            [sign(by_year[y]["qualifier"]) if y in by_year else "" for y in years])


@click.command()
@click.argument("query")
@output_options
@click.pass_obj
def sql(env, query, fmt):
    """Run a SQL query over the tidy dataset, the table 'figures'.

    Its columns are those of `ipr-stats data --format csv`.

    \b
    Examples:
      ipr-stats sql "SELECT period, value FROM figures WHERE metric = 'batches' AND dimension IS NULL"
      ipr-stats sql "SELECT source, COUNT(*) AS n FROM figures GROUP BY source ORDER BY n DESC"
    """
    from ipr_stats.analysis import sql
    from ipr_stats.cli.render import View

    _sources, frame, _vocab = env.load()
    emit(env, View(sql.sql(frame, query)), fmt)
