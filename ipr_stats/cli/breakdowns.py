"""The commands over one year's breakdown: top and share.

Each parses its options, calls a function of :mod:`ipr_stats.analysis.breakdowns` and hands the
frame to the renderer. Imports click only at module level.
"""

from __future__ import annotations

import click

from ipr_stats.cli import completion
from ipr_stats.cli.options import (
    SCOPE_HELP,
    YEAR_HELP,
    chart_option,
    cite_option,
    output_options,
    records_need,
    resolved,
    version_options,
)
from ipr_stats.cli.output import (
    PCT,
    asked_for,
    chart_format,
    cited_columns,
    emit,
    share_decimals,
    write_chart,
)
from ipr_stats.cli.phrases import language, phrase, say, term, translated


@click.command()
@click.option("--by", "metric", shell_complete=completion.metrics, required=True, help="The metric to rank by (batches, quantity, value, a ratio...).")
@click.option("--year", "-y", shell_complete=completion.years, type=int, required=True, help=YEAR_HELP)
@click.option("--dim", "dimension", shell_complete=completion.dimensions, default="customs", show_default=True, help="The dimension to rank, or 'all'.")
@click.option("-n", "limit", type=click.IntRange(min=1), help="Show the top N only.")
@click.option("--scope", shell_complete=completion.scopes, help=SCOPE_HELP)
@version_options(every=False)
@chart_option
@cite_option
@output_options
@click.pass_obj
def top(env, metric, year, dimension, limit, scope, source, chart, cite, fmt):
    """Rank the members of a dimension by a metric for one year.

    A breakdown comes whole from one source: the preferred one, or --source's.
    Shares are of that source's total for the year where it prints one, else of
    the sum of the listed rows (the share_base column says which). Ties share a
    rank; the "Others" row is shown apart, unranked.

    Only a ranking is ranked: a breakdown its source gives whole or as its
    largest members (marked complete, top_n or top_n_plus_remainder). Members a
    source merely mentions (one district in a local news item, a few named in
    passing) are listed as reported, largest first, with no rank, under a title
    that says so; machine formats say it in the ranking column (true/false).

    \b
    Examples:
      ipr-stats top --by value --year 2008
      ipr-stats top --by batches --year 2008 --dim transport -n 3
      ipr-stats top --by value --year 2008 --format csv | sort -t, -k3 -n
    """
    from ipr_stats.analysis import arguments, breakdowns
    from ipr_stats.cli.render import View
    from ipr_stats.data.vocabulary import RATIOS

    fmt = chart_format(env, chart, fmt)
    _sources, frame, vocab = env.load(records_need(env, year, dimension, scope, metric))
    metric = resolved(arguments.resolve_metric, frame, metric, vocab=vocab, param="--by")
    dimension = resolved(arguments.resolve_dimension, frame, dimension, vocab=vocab, also=("all",), param="--dim")
    scope = resolved(arguments.resolve_scope, frame, scope or env.default_scope, vocab=vocab, param="--scope")
    source = resolved(arguments.resolve_source, frame, source, param="--source")
    table = breakdowns.top(frame, metric, year, dimension=dimension, n=limit, scope=scope, source=source)
    table = table.select("rank", "member", "value", "unit", "share_pct", "dimension", "member_kind", "qualifier",
                         "share_base", "published_share", "period", "scope", "source", "locator", "formula", "decimals", "versions",
                         "listed", "ranking")
    if limit:
        from ipr_stats.cli.names import remainder_beyond

        table = remainder_beyond(table, vocab, env.lang)
    table = table.with_columns(share_decimals(table["published_share"], table["share_pct"]))
    ranking = set(table["ranking"].to_list())
    caption = [_shares_caption(table, metric in RATIOS), _not_ranked_caption(table, dimension), _breakdown_sources(table, source)]
    view = View(table, title=_top_title(table, metric, dimension, year, vocab, env.lang),
                headers={"share_pct": "share %", "published_share": "published"},
                caption="\n".join(filter(None, caption)),
                decimals={"share_pct": "_pct_decimals", "value": 2 if metric in RATIOS else "decimals"},
                human_columns=cited_columns([*(["dimension"] if dimension == "all" else []), *(["rank"] if True in ranking else []),
                                             "member", "value", "unit", "share_pct", "published_share", "qualifier", "source",
                                             "locator"], cite), kept=asked_for(cite))
    emit(env, view, fmt)
    if chart:
        from ipr_stats.cli.charts import Bars, cited, sign
        from ipr_stats.cli.names import Names, add_names

        shown = add_names(table, vocab, env.lang).filter(table["member_kind"] != "remainder")
        decimals = None if metric not in RATIOS else 2
        if decimals is None and shown["decimals"].max() is not None:
            decimals = int(shown["decimals"].max())
        as_reported = "" if ranking == {True} else say(" (as reported, not a ranking)")
        unit = Names(vocab, env.lang).unit(shown["unit"][0]) if shown.height else ""
        write_chart(env, Bars(shown["member_name"].to_list(), shown["value"].to_list(), decimals=decimals,
                              marks=[sign(q) for q in shown["qualifier"].to_list()],
                              title=say("{metric} ({unit}) by {dimension}, {year}", metric=term(metric), unit=unit, dimension=term(dimension),
                                        year=year) + as_reported, sources=cited(shown)))


@click.command()
@click.option("--dim", "dimension", shell_complete=completion.dimensions, required=True, help="The dimension whose members share the total.")
@click.option("--metric", "-m", shell_complete=completion.metrics, required=True, help="The metric.")
@click.option("--year", "-y", shell_complete=completion.years, type=int, required=True, help=YEAR_HELP)
@click.option("--scope", shell_complete=completion.scopes, help=SCOPE_HELP)
@version_options(every=False)
@chart_option
@cite_option
@output_options
@click.pass_obj
def share(env, dimension, metric, year, scope, source, chart, cite, fmt):
    """Each member's share of the total, computed, beside the share the source printed.

    The breakdown and its total come from one source: the preferred one, or
    --source's; the footer names it and any other source with the same breakdown,
    and says whether the breakdown is complete and whether its parts add up to
    that source's total.

    \b
    Examples:
      ipr-stats share --dim transport --metric batches --year 2008
      ipr-stats share --dim category --metric value --year 2008 --format csv
      ipr-stats share --dim ip_type --metric quantity --year 2008 --chart
    """
    from ipr_stats.analysis import arguments, breakdowns
    from ipr_stats.cli.render import View
    from ipr_stats.data.printed import written
    from ipr_stats.data.vocabulary import RECORDS

    fmt = chart_format(env, chart, fmt)
    _sources, frame, vocab = env.load(records_need(env, year, dimension, scope, metric))
    metric = resolved(arguments.resolve_metric, frame, metric, vocab=vocab, published_for="share", param="--metric")
    dimension = resolved(arguments.resolve_dimension, frame, dimension, vocab=vocab, also=(), required=True, param="--dim")
    scope = resolved(arguments.resolve_scope, frame, scope or env.default_scope, vocab=vocab, param="--scope")
    source = resolved(arguments.resolve_source, frame, source, param="--source")
    table = breakdowns.share(frame, dimension, metric, year, scope=scope, source=source)
    summary = breakdowns.breakdown_summary(frame, dimension, metric, year, scope=scope, source=source)
    kind = say(BREAKDOWN_KINDS.get(summary["breakdown"], BREAKDOWN_KINDS[None]))
    total, parts = summary["published_total"], summary["parts_sum"]
    records = summary["total_source"] == RECORDS
    if total is None:
        adds = say("no published total; shares are of the parts' sum, {parts}", parts=written(parts))
    elif abs(parts - total) < 0.5:
        adds = say("the parts add up to the records total, {total} ({locator})" if records else
                   "the parts add up to the published total, {total} ({locator})", total=written(total), locator=summary["total_locator"])
    else:
        adds = say("the parts add up to {parts}, the records total is {total} ({locator}): a difference of {difference}" if records else
                   "the parts add up to {parts}, the published total is {total} ({locator}): a difference of {difference}",
                   parts=written(parts), total=written(total), locator=summary["total_locator"],
                   difference=f"{'+' if parts > total else '-'}{written(abs(parts - total))}")
    others = (say("; also published by {sources} (--source ID to see it)", sources=", ".join(summary["other_sources"]))
              if summary["other_sources"] else "")
    caption = (say("Breakdown from {source}: {kind}; {adds}{others}.", source=summary["source"], kind=kind, adds=adds, others=others)
               + "\n" + say("share %: computed, shown with {decimals} decimal or as many as the printed share has; published: as printed; "
                            "difference: computed minus printed, in points; verdict: the audit's, for every printed share "
                            "(docs/methodology.md, Audit).", decimals=PCT))
    table = table.with_columns(share_decimals(table["published_share"], table["share_pct"]))
    view = View(table, title=say("Shares of {metric} by {dimension}, {year}", metric=term(metric), dimension=term(dimension), year=year),
                caption=caption,
                headers={"share_pct": "share %", "published_share": "published", "difference_pct": "difference"},
                decimals={"share_pct": "_pct_decimals", "difference_pct": "_pct_decimals", "value": "decimals"},
                human_columns=cited_columns(["member", "value", "unit", "share_pct", "published_share", "difference_pct", "verdict",
                                             "source", "locator"], cite),
                optional=["source", "locator", "unit", "difference_pct"], kept=asked_for(cite))
    emit(env, view, fmt)
    if chart:
        from ipr_stats.cli.charts import Bars, cited
        from ipr_stats.cli.names import add_names

        write_chart(env, Bars(add_names(table, vocab, env.lang)["member_name"].to_list(), table["share_pct"].to_list(),
                              title=say("Share of {metric} by {dimension}, {year} (%)", metric=term(metric), dimension=term(dimension), year=year),
                              decimals=PCT, sources=cited(table)))

def _top_title(table, metric, dimension, year, vocab, lang) -> str:
    """'Top customs by value, 2008' for a ranking; for members a source merely mentions, a title that says they are
    not one: 'Value by customs district, 2018, as reported (1, from SOURCE): not a ranking'."""
    if True in set(table["ranking"].to_list()):
        if dimension == "all":
            return say("Top members of every dimension by {metric}, {year}", metric=term(metric), year=year)
        return say("Top {dimension} by {metric}, {year}", dimension=term(dimension), metric=term(metric), year=year)
    from ipr_stats.cli.names import Names

    if dimension == "all":
        by = say("every dimension")
    else:
        name = Names(vocab, lang).dimension(dimension)
        by = name if name[1:2].isupper() else name[:1].lower() + name[1:]  # 'IP type' keeps its capitals
    members = table.filter(table["member_kind"] != "remainder").height
    sources = ", ".join(sorted(set(table["source"].to_list())))
    what = term(metric) if lang == "zh" else metric.replace("_", " ").capitalize()
    return say("{metric} by {by}, {year}, as reported ({count}, from {sources}): not a ranking", metric=what, by=by, year=year,
               count=members, sources=sources)


def _shares_caption(table, ratio: bool) -> str:
    """What share % is of, in a sentence: the total each share is of, or why there is none; and what the Others row is."""
    others = say(" Others: the source's remainder row, not ranked.") if "remainder" in table["member_kind"].to_list() else ""
    if ratio:
        return say("share %: not applicable to a ratio.") + others
    bases = sorted(set(table["share_base"].to_list()))
    of = [translated(b) for b in bases if not b.startswith("none: ")]
    without = "; ".join(translated(b.removeprefix("none: ")) for b in bases if b.startswith("none: "))
    text = (say("share %: computed, shown with {decimals} decimal or as many as the printed share has, of the {bases}",
                decimals=PCT, bases=" / ".join(of)) if of else say("share %: not computed"))
    if without:
        text += say("; none where there is {reason}" if of else ", as there is {reason}", reason=without)
    return say("{text}; published: the share as printed.", text=text) + others


def _not_ranked_caption(table, dimension) -> str:
    """Why a list is not a ranking, where it is not one; '' for a ranking."""
    mentioned = table.filter(~table["ranking"])
    if mentioned.is_empty():
        return ""
    sources = sorted(set(mentioned["source"].to_list()))
    which = say("Rows with no rank" if dimension == "all" and len(set(table["ranking"].to_list())) > 1 else "Not a ranking")
    if language() == "zh":
        return say("{which}: {sources} reports these members without saying whether the members left out are larger; listed as "
                   "reported, largest first (ranking: false in machine formats; `ipr-stats top --help`).", which=which,
                   sources=", ".join(sources))
    these = "this member" if mentioned.height == 1 else "these members"
    return (f"{which}: {', '.join(sources)} {'reports' if len(sources) == 1 else 'report'} {these} without saying whether "
            "the members left out are larger; listed as reported, largest first (ranking: false in machine formats; "
            "`ipr-stats top --help`).")


def _breakdown_sources(table, source) -> str:
    """Which source a ranking's breakdown comes from, when others publish figures of it too."""
    if source or table.is_empty() or table["versions"].max() <= 1:
        return ""
    return say("Breakdown from {sources}, the preferred source for it; other sources publish some of these figures too (--source ID "
               "to rank theirs; docs/methodology.md, Versions).", sources=", ".join(sorted(set(table["source"].to_list()))))


BREAKDOWN_KINDS = {"complete": phrase("complete"), "top_n": phrase("the largest members only"),
                   "top_n_plus_remainder": phrase("the largest members and an 'Others' row"), None: phrase("not marked")}

