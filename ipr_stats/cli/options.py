"""The options commands share (sqlite-utils' output_options is the model): --format, --human, --source,
--all-versions, --chart, --cite, and the one way a command reads a user's names (metric, dimension, member,
scope, source, period kind, check): through ipr_stats.analysis.arguments, whose refusals become usage errors."""

from __future__ import annotations

import click

from ipr_stats.cli import completion
from ipr_stats.cli.app import Env

FORMATS = ("table", "csv", "tsv", "json", "jsonl", "markdown", "xlsx")  # what --format takes (ipr_stats.cli.render writes each)

CITATIONS = ("bibtex", "ris", "csl-json")  # what cite's --format takes besides (ipr_stats.cli.citations writes each)


def _set_human(ctx, _param, value):
    if value:
        ctx.ensure_object(Env).human = True


def _set_columns(ctx, _param, value):
    if value is None:
        return
    names = [name.strip() for name in value.split(",")]
    if not all(names):
        raise click.BadParameter(f"found {value!r}; expected column names separated by commas "
                                 "(--columns period,value,source)", param_hint="--columns")
    ctx.ensure_object(Env).columns = list(dict.fromkeys(names))


def _set_output(ctx, _param, value):
    if value is None or value == "-":
        return
    from ipr_stats.cli.destination import destination

    ctx.ensure_object(Env).output = destination(value)


def _set_bom(ctx, _param, value):
    if value:
        ctx.ensure_object(Env).bom = True


def output_options(func=None, *, formats=FORMATS):
    """The --format, --output, --bom, --columns and --human options every command shares (--format takes ``formats``);
    before the command runs, the format --output's suffix gives is checked (with --chart and --bom too)."""
    if func is None:
        return lambda func: output_options(func, formats=formats)
    import functools

    command = func

    @functools.wraps(command)
    def checked(*args, **kwargs):
        from ipr_stats.cli.output import check_output

        check_output(click.get_current_context().ensure_object(Env), kwargs.get("fmt"), kwargs.get("chart", False), formats,
                     charts="chart" in kwargs)
        return command(*args, **kwargs)

    func = checked
    func = click.option("--bom", is_flag=True, expose_value=False, callback=_set_bom,
                        help="Begin csv or tsv with a byte order mark, so that Excel reads it as UTF-8 (Chinese names intact).")(func)
    from ipr_stats.cli.destination import IMAGES, listed

    func = click.option("--output", "-o", metavar="FILE", expose_value=False, callback=_set_output,
                        help=f"Write to FILE instead of standard output, in the format its suffix names: {listed(formats)} (.xlsx: "
                             "a workbook, with sheets of the sources cited and the notes); --format overrides. With --chart, "
                             f"{', '.join(IMAGES)}: the chart as an image. The file is written only once the command has "
                             "ended.")(func)
    func = click.option("--columns", "-c", metavar="NAMES", expose_value=False, callback=_set_columns,
                        help="Only these columns, in this order: names as in the csv header, separated by commas "
                             "(--columns period,value,source).")(func)
    func = click.option("--human", is_flag=True, expose_value=False, callback=_set_human,
                        help="In tables, show figures of a million or more in millions or billions (645.2 million).")(func)
    return click.option(
        "--format", "-f", "fmt", type=click.Choice(formats, case_sensitive=False), default=None,
        help="Output format. Default: a table on a terminal (paged when longer than the screen), csv when piped; "
             "a piped table fits COLUMNS when it is set.",
    )(func)


def version_options(func=None, *, every=True):
    """--source (one source's figures) and, where a command can show them, --all-versions."""
    def decorate(func):
        if every:
            func = click.option("--all-versions", is_flag=True,
                                help="Show every version of each figure (one per source that publishes it), "
                                     "not only the preferred one.")(func)
        return click.option("--source", "-s", shell_complete=completion.sources, metavar="ID",
                            help="Use this source's figures instead of the preferred version of each (see `ipr-stats sources`).")(func)

    return decorate(func) if func else decorate


def resolved(resolve, *args, param: str, **kwargs):
    """What ``resolve`` (a resolver of ipr_stats.analysis.arguments, called with ``args`` and ``kwargs``) makes of a
    user's name; a name it refuses is a usage error (exit 2) of ``param``, in the resolver's words for the command
    line. The names and the messages are the resolver's: this only translates its error."""
    from ipr_stats.errors import BadArgument, UnknownName

    try:
        return resolve(*args, **kwargs)
    except (UnknownName, BadArgument) as error:
        raise click.BadParameter(error.command_line or str(error), param_hint=param) from None


def chart_option(func):
    return click.option("--chart", is_flag=True, help="Draw a terminal chart below the table; the output is then a table, piped too "
                                                   "(no colour when piped or with NO_COLOR).")(func)


def cite_option(func):
    return click.option("--cite", is_flag=True, help="Show each figure's source and locator in tables (machine formats always carry them).")(func)


def records_need(env: Env, year=None, dimension=None, scope="", metric=None):
    """What the command needs from --records files (see ipr_stats.records.schema.Need); None without them."""
    if not env.records:
        return None
    from ipr_stats.data.vocabulary import METRICS, RATIOS
    from ipr_stats.records.schema import need_for

    metrics = RATIOS[metric][:2] if metric in RATIOS else (metric,) if metric in METRICS else None  # None: all (the name is checked later)
    return need_for(year, dimension, scope, metrics)


def load_selection(env: Env, metric, dimension, member, scope, need=None, source=None):
    """Load the data and resolve the options that select a series: metric, dimension, member, scope, source."""
    from ipr_stats.analysis import arguments

    _sources, frame, vocab = env.load(need)
    metric = resolved(arguments.resolve_metric, frame, metric, vocab=vocab, param="--metric")
    dimension = resolved(arguments.resolve_dimension, frame, dimension, vocab=vocab, param="--dim")
    member = resolved(arguments.resolve_member, frame, dimension, member, vocab=vocab, param="--member")
    scope = resolved(arguments.resolve_scope, frame, scope, vocab=vocab, param="--scope")
    source = resolved(arguments.resolve_source, frame, source, param="--source")
    return frame, metric, dimension, member, scope, source


YEAR_HELP = "The calendar year (with --scope us, the fiscal year that ends in it: 2015 is FY2015)."

SCOPE_HELP = "national, guangdong, a campaign... (see `ipr-stats data`). Default: national; records with --records."
