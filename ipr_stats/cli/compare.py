"""The compare command: customs administrations side by side, each with its own measure."""

from __future__ import annotations

import click

from ipr_stats.cli import completion
from ipr_stats.cli.app import Env
from ipr_stats.cli.options import chart_option, output_options, resolved
from ipr_stats.cli.output import (
    chart_format,
    emit,
    for_people,
    write_chart,
)
from ipr_stats.cli.phrases import administration, phrase, say, term, translated

MARK_LEGEND = phrase("~ about, > more than, < less than (as printed).")


@click.command()
@click.option("--metric", "-m", cls=completion.CounterpartOption, required=True, shell_complete=completion.counterparts, help="batches (EU: cases, US: seizures), quantity (EU: articles) or value (each in its own currency).")
@click.option("--index", "index", shell_complete=completion.years, type=int, metavar="YEAR",
              help="Show each series as a percentage of its own figure in YEAR (computed within one administration).")
@click.option("--from", "start", shell_complete=completion.years, type=int, metavar="YEAR", help="Only this year and later (a US fiscal year by the year it ends).")
@click.option("--to", "end", shell_complete=completion.years, type=int, metavar="YEAR", help="Only this year and earlier.")
@click.option("--wide", is_flag=True, help="In csv and json too, a row per year and columns per administration "
                                           "(figure, qualifier, source), as the table shows; default: a row per administration and year.")
@chart_option
@output_options
@click.pass_obj
def compare(env: Env, metric, index, start, end, wide, chart, fmt):
    """China, the EU, the US (and Japan where figures exist) side by side, year by year,
    each with its own counterpart of a metric: China's batches beside the EU's detention
    cases and the US's seizures. Each keeps its own definition and currency; nothing is
    converted or added across administrations. US figures are by fiscal year (October to
    September), filed under the year the fiscal year ends, never paired with a calendar year.

    A table has a column per administration; csv and json are long form, one row per
    administration and year, with source and locator, or with --wide a row per year.

    \b
    Examples:
      ipr-stats compare --metric batches
      ipr-stats compare --metric value --index 2010
      ipr-stats compare --metric batches --from 2010 --to 2020
      ipr-stats compare --metric batches --format csv --wide
    """
    from ipr_stats.analysis import arguments
    from ipr_stats.analysis import compare as comparing
    from ipr_stats.cli.render import View
    from ipr_stats.data.vocabulary import ADMINISTRATIONS, COUNTERPARTS

    fmt = chart_format(env, chart, fmt)
    metric = resolved(arguments.resolve_comparable_metric, metric, param="--metric")
    _sources, frame, vocab = env.load()
    table = comparing.compare(frame, metric, index=index, start=start, end=end)
    if index is not None and table.filter(table["index"].is_not_null()).is_empty():
        from ipr_stats.errors import NoSuchYear

        raise NoSuchYear(f"No administration has a count of its {metric} counterpart for {index} to index to; "
                         f"years with figures: {', '.join(map(str, sorted(set(table['year'].to_list()))))}.")
    admins = [a for a in ADMINISTRATIONS if a in set(table["administration"].to_list())]
    definitions = comparing.definitions(metric)
    caption = [f"{administration(a)}, {term(COUNTERPARTS[metric][a])}: {translated(definitions[a])}" for a in admins]
    caption.append(say("Each column is its own administration's measure in its own unit: not converted, not comparable as levels. "
                       "FY: a US fiscal year, filed under the year it ends (FY2019: October 2018 to September 2019). The EU's "
                       "joint reports from 2019 on add internal-market seizures: another scope (`{command}`).",
                       command=_wider_eu(frame, metric)))
    if index is not None:
        caption.append(say("index: the figure as a percentage of the same administration's {year} figure, computed, 1 decimal "
                           "shown; none for bounds and approximations.", year=index))
        unindexed = [a for a in admins if table.filter((table["administration"] == a) & table["index"].is_not_null()).is_empty()]
        caption += [say("{administration}: no count of its {metric} for {year} to index to.", administration=administration(a, short=True),
                        metric=term(COUNTERPARTS[metric][a]).replace("_", " "), year=index) for a in unindexed]
    caption.append(say(MARK_LEGEND))
    if for_people(env, fmt):
        shown = _side_by_side(table, admins, metric, index, env.human)
        view = View(shown, title=say("Compared: {metric}, each administration's own measure", metric=term(metric)), caption="\n".join(caption),
                    figures=shown.columns[1:])
    elif wide:
        view = View(comparing.wide(table, index=index is not None),
                    decimals={c: 1 for c in [f"{a}_index" for a in admins]} if index is not None else None)
    else:
        view = View(table, decimals={"index": 1} if index is not None else None)
    emit(env, view, fmt)
    if chart:
        write_chart(env, list(_charts(table, admins, metric, index)))


def _wider_eu(frame, metric: str) -> str:
    """The command that shows the EU's border and internal-market figures: of the EU's counterpart of ``metric``
    where that scope has it, else of a metric it has."""
    from ipr_stats.data.vocabulary import COUNTERPARTS

    held = sorted(set(frame.filter(frame["scope"] == "eu_border_and_internal")["metric"].to_list()))
    own = COUNTERPARTS[metric].get("eu")
    chosen = own if own in held else (held[0] if held else own)
    return f"ipr-stats series --metric {chosen} --scope eu_border_and_internal"


def _header(admin: str, metric: str, table, index) -> str:
    """An administration's column or chart heading: its metric and unit (or index), 'FY' for fiscal years."""
    from ipr_stats.data.vocabulary import ADMINISTRATIONS

    rows = table.filter(table["administration"] == admin)
    own, unit = rows["metric"][0], rows["unit"][0]
    fiscal = say(", FY") if ADMINISTRATIONS[admin][2] == "fiscal_year" else ""
    what = f"{index} = 100" if index is not None else term(unit)
    return f"{administration(admin, short=True)}: {term(own).replace('_', ' ')} ({what}{fiscal})"


def _side_by_side(table, admins, metric, index, human: bool = False):
    """A column of text per administration, one row per year: figures as printed, with their qualifier's sign
    (``human``: a million or more in words, as --human writes them)."""
    import polars as pl

    from ipr_stats.cli.charts import sign
    from ipr_stats.data.printed import in_words, written

    years = list(range(min(table["year"]), max(table["year"]) + 1))
    cells = {a: {} for a in admins}
    for r in table.iter_rows(named=True):
        shown = r["index"] if index is not None else r["value"]
        words = in_words(shown, r["qualifier"]) if human and index is None and shown is not None else None
        cells[r["administration"]][r["year"]] = ("" if shown is None else
                                                 sign(r["qualifier"]) + (words or written(shown, 1 if index is not None else None)))
    data = {"year": [str(y) for y in years]}
    data.update({_header(a, metric, table, index): [cells[a].get(y, "") for y in years] for a in admins})
    return pl.DataFrame(data, schema={k: pl.String for k in data})


def _charts(table, admins, metric, index):
    """One bar chart per administration, each on its own scale (or of its index)."""
    from ipr_stats.cli.charts import Bars, cited, sign
    from ipr_stats.data.periods import yearly_label
    from ipr_stats.data.vocabulary import ADMINISTRATIONS

    for admin in admins:
        rows = {r["year"]: r for r in table.filter(table["administration"] == admin).iter_rows(named=True)}
        years = range(min(rows), max(rows) + 1)
        column = "index" if index is not None else "value"
        labels = [yearly_label(y, ADMINISTRATIONS[admin][2]) for y in years]
        values = [rows[y][column] if y in rows else None for y in years]
        missing = [say("none published") if y not in rows else say("not indexed: a bound")
                   if rows[y]["qualifier"] in ("at_least", "at_most") else say("not indexed: approximate") for y in years]
        yield Bars(labels, values, marks=[sign(rows[y]["qualifier"]) if y in rows else "" for y in years],
                   title=_header(admin, metric, table, index), missing=missing, decimals=1 if index is not None else None,
                   sources=cited(list(rows.values())))
