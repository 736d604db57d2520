"""The analytics commands: yoy, top, share, series and sql.

Each parses its options, calls a function of :mod:`ipr_stats.queries` and hands
the frame to the renderer. Imports click only at module level.
"""

from __future__ import annotations

import click

from .cli import Env, cli, emit, output_options, pick

PCT = 1  # decimals of computed percentages in human tables (machine formats: full precision)
CITE_COLUMNS = ["source", "locator"]


def chart_option(func):
    return click.option("--chart", is_flag=True, help="Draw a terminal chart below the table (plain characters when piped or with NO_COLOR).")(func)


def cite_option(func):
    return click.option("--cite", is_flag=True, help="Show each figure's source and locator in tables (machine formats always carry them).")(func)


def _metric_choices(vocab):
    from .queries import RATIOS

    return [*vocab.metrics, *RATIOS]


def _member(vocab, dimension, member):
    """Resolve a member named by key, name or alias; exit 2 listing the members otherwise."""
    if member is None:
        return None
    if dimension in (None, "total"):
        raise click.BadParameter("--member needs --dim: name the dimension the member belongs to.", param_hint="--member")
    key = vocab.resolve_member(dimension, member)
    if key is None:
        pick(member, list(vocab.member_set(dimension)), "member", "--member", within=f" of dimension '{dimension}'")
    return key


def _need(year=None, dimension=None, scope="", metric=None):
    """What the command needs from --records files (see ipr_stats.records.Need)."""
    from .queries import RATIOS
    from .records import need_for
    from .vocabulary import METRICS

    metrics = RATIOS[metric][:2] if metric in RATIOS else (metric,) if metric in METRICS else None  # None: all (the name is checked later)
    return need_for(year, dimension, scope, metrics)


def _selection(env: Env, metric, dimension, member, scope, need=None):
    """Load the data and check the options that select a series: metric, dimension, member, scope."""
    _sources, frame, vocab = env.load(need)
    metric = pick(metric, _metric_choices(vocab), "metric", "--metric")
    dimension = pick(dimension, [*vocab.dimensions, "total"], "dimension", "--dim")
    member = _member(vocab, dimension, member)
    scope = pick(scope, list(vocab.scopes), "scope", "--scope")
    return frame, metric, dimension, member, scope


SCOPE_HELP = "national, guangdong, a campaign... (see `ipr-stats data`). Default: national; records with --records."


def _human(columns, cite):
    return [c for c in columns if cite or c not in CITE_COLUMNS]


def _check_chart(chart, fmt):
    """--chart goes with a human table (even in a pipe); machine formats refuse it."""
    if not chart:
        return fmt
    if fmt and fmt.lower() not in ("table", "markdown"):
        raise click.BadParameter(f"--chart draws for people; it cannot go with --format {fmt}. Drop one of the two.", param_hint="--chart")
    return fmt or "table"


def _emit_chart(env: Env, text: str) -> None:
    if text:
        env.stream.write("\n" + "\n".join(line.rstrip() for line in text.split("\n")).strip("\n") + "\n")


def _chart_width(env: Env) -> int:
    import shutil

    return env.width or min(shutil.get_terminal_size((100, 24)).columns, 120)


def _is_color(env: Env) -> bool:
    from .render import wants_color

    return wants_color(env.stream)


@cli.command()
@click.option("--metric", "-m", required=True, help="The metric, or a ratio such as value_per_batch.")
@click.option("--dim", "dimension", help="Break down by this dimension (default: the totals).")
@click.option("--member", help="Only this member of --dim (key, name or alias).")
@click.option("--scope", help=SCOPE_HELP)
@click.option("--from", "start", type=int, help="Only changes from this year on.")
@click.option("--to", "end", type=int, help="Only changes up to this year.")
@chart_option
@cite_option
@output_options
@click.pass_obj
def yoy(env, metric, dimension, member, scope, start, end, chart, cite, fmt):
    """Change between consecutive comparable periods: a year with the year before,
    a first half with the first half before, same scope and member.

    Where a source prints only the current value and its rate, the earlier value
    it implies is shown and marked 'implied'. Figures that cannot be paired
    (running totals, campaigns, bounds such as 'more than') are counted below the
    table with the reason.

    \b
    Examples:
      ipr-stats yoy --metric batches
      ipr-stats yoy --metric quantity --dim ownership --format csv
      ipr-stats yoy --metric value_per_batch
    """
    from . import queries
    from .render import View

    fmt = _check_chart(chart, fmt)
    frame, metric, dimension, member, scope = _selection(env, metric, dimension, member, scope or env.default_scope,
                                                         _need(dimension=dimension, scope=scope, metric=metric))
    table = queries.yoy(frame, metric, dimension=dimension, member=member, scope=scope, start=start, end=end)
    skipped = queries.not_compared(frame, metric, dimension=dimension, member=member, scope=scope)
    if table.is_empty():
        from .errors import QueryError

        reasons = "; ".join(f"{r['period']}: {r['reason']}" for r in skipped.iter_rows(named=True)) or "no figures"
        raise QueryError(f"No comparable pair of periods for {metric} (scope {scope}"
                         f"{', ' + dimension if dimension else ''}). {reasons}.")
    caption = [f"change %: computed, {PCT} decimal shown; published: the rate as printed."]
    if "aggregated" in table["from_status"].to_list():
        caption.append("aggregated: a sum of your records; a year counts the rows dated in it, so a year your records "
                       "do not wholly cover is partial: compare its half-years (`data` gives each figure's first and last dates).")
    if "implied" in table["from_status"].to_list():
        caption.append("implied: the earlier value that the published rate implies; the source does not print it.")
    if skipped.height:
        counts = skipped.group_by("reason").len().sort(["len", "reason"], descending=[True, False])
        caption.append(f"Not compared: {skipped.height} figure(s) of {metric} ("
                       + "; ".join(f"{n} x {r}" for r, n in counts.iter_rows()) + ").")
    view = View(table, title=f"Year-over-year change: {metric} ({scope})", caption="\n".join(caption),
                headers={"from_period": "from", "from_value": "value", "from_status": "status", "to_period": "to",
                         "to_value": "value", "change_pct": "change %", "published_change": "published"},
                decimals={"change_pct": PCT, "from_value": 0 if metric not in queries.RATIOS else 2,
                          "change": 0 if metric not in queries.RATIOS else 2,
                          "to_value": 2 if metric in queries.RATIOS else None},
                human_columns=_human(["member", "from_period", "from_value", "from_status", "to_period", "to_value", "change",
                                      "change_pct", "published_change", "unit", "qualifier", "source", "locator"], cite))
    if not dimension:
        view.human_columns.remove("member")
    if any(note and note.startswith("n/a") for note in table["note"].to_list()):
        view.human_columns.append("note")
    emit(env, view, fmt)
    if chart:
        from .charts import bar_chart

        labels = [f"{r['member'] or ''} {r['from_period']}-{r['to_period']}".strip() for r in table.iter_rows(named=True)]
        _emit_chart(env, bar_chart(labels, table["change_pct"].to_list(), title=f"{metric}: change, %", decimals=PCT,
                                   width=_chart_width(env), color=_is_color(env)))


@cli.command()
@click.option("--by", "metric", required=True, help="The metric to rank by (batches, quantity, value, a ratio...).")
@click.option("--year", "-y", type=int, required=True, help="The calendar year.")
@click.option("--dim", "dimension", default="customs", show_default=True, help="The dimension to rank, or 'all'.")
@click.option("-n", "limit", type=click.IntRange(min=1), help="Show the top N only.")
@click.option("--scope", help=SCOPE_HELP)
@chart_option
@cite_option
@output_options
@click.pass_obj
def top(env, metric, year, dimension, limit, scope, chart, cite, fmt):
    """Rank the members of a dimension by a metric for one year.

    Shares are of the published total for the year where there is one, else of
    the sum of the listed rows (the share_base column says which). Ties share a
    rank; the "Others" row is shown apart, unranked.

    \b
    Examples:
      ipr-stats top --by value --year 2008
      ipr-stats top --by batches --year 2008 --dim transport -n 3
      ipr-stats top --by value --year 2008 --format csv | sort -t, -k3 -n
    """
    from . import queries
    from .render import View

    fmt = _check_chart(chart, fmt)
    _sources, frame, vocab = env.load(_need(year, dimension, scope, metric))
    metric = pick(metric, _metric_choices(vocab), "metric", "--by")
    dimension = pick(dimension, [*vocab.dimensions, "all"], "dimension", "--dim")
    scope = pick(scope or env.default_scope, list(vocab.scopes), "scope", "--scope")
    table = queries.top(frame, metric, year, dimension=dimension, n=limit, scope=scope)
    table = table.select("rank", "member", "value", "unit", "share_pct", "dimension", "member_kind", "qualifier",
                         "share_base", "published_share", "period", "scope", "source", "locator", "formula", "decimals")
    bases = sorted(set(table["share_base"].to_list()))
    shares = ("share %: not applicable to a ratio" if metric in queries.RATIOS else
              f"share %: computed, {PCT} decimal shown, of the {' / '.join(bases)}; published: the share as printed")
    subject = "members of every dimension" if dimension == "all" else dimension
    view = View(table, title=f"Top {subject} by {metric}, {year}",
                headers={"share_pct": "share %", "published_share": "published"},
                caption=f"{shares}. Others: the source's remainder row, not ranked.",
                decimals={"share_pct": PCT, "value": 2 if metric in queries.RATIOS else "decimals"},
                human_columns=_human([*(["dimension"] if dimension == "all" else []), "rank", "member", "value", "unit",
                                      "share_pct", "published_share", "qualifier", "source", "locator"], cite))
    emit(env, view, fmt)
    if chart:
        from .charts import bar_chart

        ranked = table.filter(table["rank"].is_not_null())
        _emit_chart(env, bar_chart(ranked["member"].to_list(), ranked["value"].to_list(),
                                   title=f"{metric} by {dimension}, {year}", width=_chart_width(env), color=_is_color(env)))


@cli.command()
@click.option("--dim", "dimension", required=True, help="The dimension whose members share the total.")
@click.option("--metric", "-m", required=True, help="The metric.")
@click.option("--year", "-y", type=int, required=True, help="The calendar year.")
@click.option("--scope", help=SCOPE_HELP)
@chart_option
@cite_option
@output_options
@click.pass_obj
def share(env, dimension, metric, year, scope, chart, cite, fmt):
    """Each member's share of the total, computed, beside the share the source printed.

    The footer says whether the breakdown is complete and whether its parts add
    up to the published total.

    \b
    Examples:
      ipr-stats share --dim transport --metric batches --year 2008
      ipr-stats share --dim category --metric value --year 2008 --format csv
      ipr-stats share --dim ip_type --metric quantity --year 2008 --chart
    """
    from . import queries
    from .charts import exact
    from .records import SOURCE as RECORDS
    from .render import View

    fmt = _check_chart(chart, fmt)
    _sources, frame, vocab = env.load(_need(year, dimension, scope, metric))
    if metric in queries.RATIOS:
        raise click.BadParameter(f"'{metric}' is a ratio: it has no share of a total. Rank it with `ipr-stats top --by {metric}`.",
                                 param_hint="--metric")
    metric = pick(metric, list(vocab.metrics), "metric", "--metric")
    dimension = pick(dimension, list(vocab.dimensions), "dimension", "--dim")
    scope = pick(scope or env.default_scope, list(vocab.scopes), "scope", "--scope")
    table = queries.share(frame, dimension, metric, year, scope=scope)
    summary = queries.breakdown_summary(frame, dimension, metric, year, scope=scope)
    kind = {"complete": "complete", "top_n": "the largest members only",
            "top_n_plus_remainder": "the largest members and an 'Others' row"}.get(summary["breakdown"], "not marked")
    total, parts = summary["published_total"], summary["parts_sum"]
    whose = "records" if summary["total_source"] == RECORDS else "published"
    if total is None:
        adds = f"no published total; shares are of the parts' sum, {exact(parts)}"
    elif abs(parts - total) < 0.5:
        adds = f"the parts add up to the {whose} total, {exact(total)} ({summary['total_locator']})"
    else:
        adds = (f"the parts add up to {exact(parts)}, the {whose} total is {exact(total)} ({summary['total_locator']}): "
                f"a difference of {'+' if parts > total else '-'}{exact(abs(parts - total))}")
    caption = (f"Breakdown: {kind}; {adds}.\nshare %: computed, {PCT} decimal shown; published: as printed; "
               "difference: computed minus printed, in points; check: whether a printed bound holds.")
    view = View(table, title=f"Shares of {metric} by {dimension}, {year}", caption=caption,
                headers={"share_pct": "share %", "published_share": "published", "difference_pct": "difference"},
                decimals={"share_pct": PCT, "difference_pct": PCT, "value": "decimals"},
                human_columns=_human(["member", "value", "unit", "share_pct", "published_share", "difference_pct", "check",
                                      "source", "locator"], cite))
    emit(env, view, fmt)
    if chart:
        from .charts import bar_chart

        _emit_chart(env, bar_chart(table["member"].to_list(), table["share_pct"].to_list(),
                                   title=f"Share of {metric} by {dimension}, {year} (%)", width=_chart_width(env), color=_is_color(env),
                                   decimals=PCT))


@cli.command()
@click.option("--metric", "-m", required=True, help="The metric, or a ratio such as value_per_batch.")
@click.option("--dim", "dimension", help="Break down by this dimension (default: the totals).")
@click.option("--member", help="Only this member of --dim.")
@click.option("--scope", help="Only this scope (default: all scopes).")
@click.option("--cagr", is_flag=True, help="Show compound annual growth between the first and last years of each like series instead.")
@chart_option
@cite_option
@output_options
@click.pass_obj
def series(env, metric, dimension, member, scope, cagr, chart, cite, fmt):
    """Every value of a metric over time, with its period kind and scope, so you can see
    what exists: years, half-years, running totals, campaigns, single seizures.

    \b
    Examples:
      ipr-stats series --metric quantity
      ipr-stats series --metric cases --dim ip_type --cagr
      ipr-stats series --metric batches --scope national --chart
    """
    from . import queries
    from .render import View

    fmt = _check_chart(chart, fmt)
    frame, metric, dimension, member, scope = _selection(env, metric, dimension, member, scope, _need(dimension=dimension, metric=metric))
    if cagr:
        table = queries.cagr(frame, metric, dimension=dimension, member=member, scope=scope)
        if table.is_empty():
            from .errors import QueryError

            raise QueryError(f"No series of {metric} has two or more yearly figures to grow between.")
        view = View(table, title=f"Compound annual growth: {metric}",
                    caption=f"cagr_pct = (last / first) ^ (1 / years) - 1, computed, {PCT} decimal shown; yearly exact or rounded figures only.",
                    decimals={"cagr_pct": PCT})
        emit(env, view, fmt)
        return
    table = queries.series(frame, metric, dimension=dimension, member=member, scope=scope)
    if table.is_empty():
        from .errors import QueryError

        raise QueryError(f"No {metric} figures with these filters.")
    view = View(table, title=f"Series: {metric}", decimals={"value": 2 if metric in queries.RATIOS else "decimals"},
                human_columns=_human(["period", "period_kind", "scope", *(["member"] if dimension else []), "value", "unit",
                                      "qualifier", "published_change", "source", "locator"], cite))
    emit(env, view, fmt)
    if chart:
        _emit_chart(env, _series_chart(env, table, metric))


def _series_chart(env: Env, table, metric: str) -> str:
    """Bars for the like figures only: the yearly and half-yearly ones of the scope and member
    with most of them. Running totals, campaigns and events stay in the table."""
    from .charts import bar_chart

    rows = [r for r in table.iter_rows(named=True) if r["period_kind"] in ("year", "half_year")]
    if not rows:
        return "(No yearly or half-yearly figures to chart; the table lists what exists.)"
    groups: dict = {}
    for r in rows:
        groups.setdefault((r["scope"], r["member"]), []).append(r)
    (scope, member), chosen = max(groups.items(), key=lambda kv: len(kv[1]))
    subject = scope + (f", {member}" if member else "")
    return bar_chart([r["period"] for r in chosen], [r["value"] for r in chosen],
                     title=f"{metric} ({chosen[0]['unit']}), {subject}: yearly and half-yearly figures",
                     width=_chart_width(env), color=_is_color(env))


@cli.command()
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
    from . import queries
    from .render import View

    _sources, frame, _vocab = env.load()
    emit(env, View(queries.sql(frame, query)), fmt)
