"""`ipr-stats report`: one self-contained HTML file that opens offline. Each section is a command run as a user
would run it (series, yoy, compare, top, audit, coverage), its table written as HTML and its chart as inline SVG,
so that the report says what the commands say, with the same names, notes and citations."""

from __future__ import annotations

from typing import NamedTuple

import click

from ipr_stats.cli import completion
from ipr_stats.cli.app import Env
from ipr_stats.cli.phrases import phrase, say, term

STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC",
       "Microsoft YaHei", sans-serif; color: #1b1f24; max-width: 1180px; margin: 2em auto; padding: 0 1.5em; }
h1 { font-size: 1.7em; margin-bottom: .2em; } h2 { margin-top: 2.2em; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1em; margin: 1.2em 0 .4em; }
table { border-collapse: collapse; margin: .4em 0; font-size: 13px; }
th, td { padding: 3px 10px; border-bottom: 1px solid #eaeef2; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } .num { text-align: right; font-variant-numeric: tabular-nums; }
p.caption { color: #57606a; font-size: 13px; margin: .25em 0; } p.missing { color: #9a6700; }
nav a { margin-right: 1em; } figure { margin: 1em 0; overflow-x: auto; } details { margin: .6em 0; }
.lead { color: #57606a; }
"""

TOP = 10  # members a breakdown shows


@click.command()
@click.option("--metric", "-m", default="batches", show_default=True, shell_complete=completion.metrics,
              help="The metric the report follows (its national series, changes, breakdowns and counterparts).")
@click.option("--from", "start", shell_complete=completion.years, type=int, metavar="YEAR", help="Only years from this one.")
@click.option("--to", "end", shell_complete=completion.years, type=int, metavar="YEAR", help="Only years up to this one.")
@click.option("--output", "-o", metavar="FILE", help="The HTML file to write (report.html); default: standard output, when piped.")
@click.pass_obj
def report(env: Env, metric, start, end, output):
    """Write one HTML file that opens offline, with nothing fetched from any
    network: the national series of a metric with its chart and notes, the
    year-over-year table, the administrations side by side, the latest year's
    breakdowns, what the audit found across releases and the coverage, each figure
    with its source and locator beside it. Names and words in the --lang asked.

    \b
    Examples:
      ipr-stats report -o report.html
      ipr-stats --lang zh report --metric value -o report-value.html
      ipr-stats report --metric batches --from 2015 --to 2024 -o report.html
    """
    from ipr_stats.analysis import arguments
    from ipr_stats.cli.options import resolved
    from ipr_stats.cli.pager import is_terminal

    target = _target(output)
    if target is None and is_terminal(env.stream):
        raise click.UsageError("a report is a file to open in a browser; write it to one: -o report.html")
    frame, vocab = env.load()[1:]
    metric = resolved(arguments.resolve_metric, frame, metric, vocab=vocab, param="--metric")
    _national(frame, metric, start, end)
    asked = Asked(frame, metric, start, end)
    parts = []
    with _progress(len(SECTIONS)) as advance:
        for key, (title, body) in SECTIONS.items():
            parts.append(f'<section id="{key}">\n<h2>{escape(say(title))}</h2>\n{"".join(body(env, asked))}</section>\n')
            advance()
    page = _page(env, metric, parts)
    if target is None:
        env.stream.write(page)
    else:
        target.text.write(page)
        target.finish()


def _national(frame, metric: str, start: int | None, end: int | None) -> None:
    """A usage error where the nation has no figures of ``metric`` (a report follows the national series), naming the
    scopes that have them; or none in the years asked (from ``start`` to ``end``), as series says it."""
    import polars as pl

    from ipr_stats.cli.options import resolved
    from ipr_stats.data.vocabulary import DEFAULT_SCOPE

    rows = frame.filter((pl.col("metric") == _counted(metric)) & pl.col("value").is_not_null())
    national = rows.filter(pl.col("scope") == DEFAULT_SCOPE)
    if national.is_empty():
        scopes = ", ".join(sorted(set(rows["scope"].to_list()))) or "none"
        raise click.BadParameter(f"a report follows the nation's figures, and {metric} has none; scopes with its figures: {scopes} "
                                 f"(`ipr-stats series --metric {metric}` shows them)", param_hint="--metric")
    from ipr_stats.analysis.changes import within_years

    resolved(within_years, national, start, end, param="--from")  # years backwards, or none with figures: refused as series refuses them


def _target(output):
    """The file -o names (an .html or .htm one), or None for standard output."""
    if output is None or output == "-":
        return None
    from ipr_stats.cli.destination import destination
    from ipr_stats.errors import visible

    target = destination(output)
    if target.path.suffix.lower() not in (".html", ".htm"):
        raise click.BadParameter(f"the file name {visible(repr(target.path.name))} ends in no suffix of a report; expected a file "
                                 "ending in .html", param_hint="--output")
    return target


def escape(text: str) -> str:
    """``text`` safe inside HTML (html.escape, loaded when a report is written, not when help is listed)."""
    import html

    return html.escape(text)


def _progress(total: int):
    """A context giving a function that marks a section done: a rich progress bar on a terminal's stderr, else nothing."""
    import contextlib
    import sys

    from ipr_stats.cli.pager import is_terminal

    if not is_terminal(sys.stderr):
        return contextlib.nullcontext(lambda: None)

    @contextlib.contextmanager
    def shown():
        from rich.console import Console
        from rich.progress import Progress

        with Progress(console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task(say("Writing the report"), total=total)
            yield lambda: progress.advance(task)

    return shown()


def run(env: Env, args: list[str], chart: bool = False) -> tuple[str, str]:
    """(the table as HTML, the chart as SVG or '') of ``ipr-stats ARGS`` run on the data ``env`` has loaded; where
    the command refuses, or its chart cannot be drawn, a paragraph says why, after whatever table it wrote."""
    from ipr_stats.cli.app import cli
    from ipr_stats.cli.destination import Captured

    sub = env.child(Captured(chart))
    given = [*(["--no-bundled"] if not env.bundled else []), "--lang", env.lang, *args]
    try:
        cli.main(args=given, prog_name="ipr-stats", standalone_mode=False, obj=sub)
    except click.ClickException as error:
        from ipr_stats.cli.phrases import translated

        said = error.message if isinstance(error, click.BadParameter) else error.format_message()  # the page has no options
        return sub.output.text.getvalue() + f'<p class="missing">{escape(translated(said))}</p>\n', ""
    svg = sub.output.data.decode("utf-8") if sub.output.data else ""
    return sub.output.text.getvalue(), svg


class Asked(NamedTuple):
    """What the report was asked for: the loaded figures, the metric, and the years (None: all)."""

    frame: object
    metric: str
    start: int | None
    end: int | None

    @property
    def years(self) -> list[str]:
        """--from and --to as the commands take them."""
        return [*(["--from", str(self.start)] if self.start is not None else []), *(["--to", str(self.end)] if self.end is not None else [])]


def _figure(svg: str) -> str:
    return f"<figure>\n{svg}\n</figure>\n" if svg else ""


def _series(env, asked: Asked):
    table, svg = run(env, ["series", "--metric", asked.metric, "--scope", "national", "--period-kind", "year", "--cite", "--chart",
                           *asked.years], chart=True)
    yield _figure(svg) + table


def _yoy(env, asked: Asked):
    yield run(env, ["yoy", "--metric", asked.metric, "--cite", *asked.years])[0]


def _compare(env, asked: Asked):
    from ipr_stats.analysis.arguments import resolve_comparable_metric
    from ipr_stats.analysis.compare import compare
    from ipr_stats.errors import BadArgument, QueryError, UnknownName

    table, svg = run(env, ["compare", "--metric", asked.metric, "--chart", *asked.years], chart=True)
    yield _figure(svg) + table
    try:  # the figures of the table above, each with its citation (a refusal is said above, by the command)
        cited = compare(asked.frame, resolve_comparable_metric(asked.metric), start=asked.start, end=asked.end)
    except (BadArgument, UnknownName, QueryError):
        return
    if cited.height:
        yield f"<details><summary>{escape(say('Each figure with its source and locator'))}</summary>\n{_html(env, cited)}</details>\n"


def _html(env, frame) -> str:
    """A frame as the report's HTML table, with names in the language asked."""
    from ipr_stats.cli.destination import Captured
    from ipr_stats.cli.output import emit
    from ipr_stats.cli.render import View

    sub = env.child(Captured(chart=False))
    emit(sub, View(frame, human_columns=[c for c in ("year", "administration", "metric", "period", "value", "unit", "qualifier",
                                                     "source", "locator") if c in frame.columns]), None)
    return sub.output.text.getvalue()


def _breakdowns(env, asked: Asked):
    """Each national breakdown of the latest year (within --from and --to) that has one, its top members."""
    from ipr_stats.analysis.catalog import years_with_data
    from ipr_stats.data.vocabulary import DEFAULT_SCOPE

    counted = _counted(asked.metric)
    years = [y for y in years_with_data(asked.frame.filter((asked.frame["metric"] == counted) & (asked.frame["scope"] == DEFAULT_SCOPE)))
             if (asked.start is None or y >= asked.start) and (asked.end is None or y <= asked.end)]
    latest = next(((y, dims) for y in reversed(years) if (dims := _dimensions(asked.frame, counted, y))), None)
    if latest is None:
        yield f'<p class="missing">{escape(say("No national breakdown of {metric} was published in these years.", metric=term(asked.metric)))}</p>\n'
        return
    year, dimensions = latest
    for dimension in dimensions:
        yield run(env, ["top", "--by", asked.metric, "--year", str(year), "--dim", dimension, "-n", str(TOP), "--cite"])[0]


def _counted(metric: str) -> str:
    """The metric whose published figures a report of ``metric`` follows: a ratio's numerator (value of
    value_per_batch), else the metric itself."""
    from ipr_stats.data.vocabulary import RATIOS

    return RATIOS[metric][0] if metric in RATIOS else metric


def _dimensions(frame, metric: str, year: int) -> list[str]:
    """The dimensions that break down the nation's ``metric`` in ``year`` (none where the year has only other periods)."""
    from ipr_stats.analysis.breakdowns import dimensions_with
    from ipr_stats.errors import QueryError

    try:
        return dimensions_with(frame, metric, year)
    except QueryError:
        return []


def _audit(env, asked: Asked):
    yield run(env, ["audit", "--check", "cross_source", "--only-discrepancies"])[0]


def _coverage(env, asked: Asked):
    yield run(env, ["coverage", "--metric", asked.metric])[0]


# a section: its id -> (its heading, what writes its body)
SECTIONS = {
    "series": (phrase("The national series"), _series),
    "yoy": (phrase("Year-over-year change"), _yoy),
    "compare": (phrase("The administrations side by side"), _compare),
    "breakdowns": (phrase("The latest year's breakdowns"), _breakdowns),
    "audit": (phrase("What the audit found across releases"), _audit),
    "coverage": (phrase("Coverage"), _coverage),
}


def _page(env, metric: str, parts: list[str]) -> str:
    """The whole page: head with its style inline, a title, the contents, the sections and a closing line."""
    import datetime as dt

    import ipr_stats

    title = say("IPR enforcement statistics: {metric}", metric=term(metric))
    contents = " ".join(f'<a href="#{key}">{escape(say(name))}</a>' for key, (name, _body) in SECTIONS.items())
    lead = say("Every figure is one a source published, or computed from such figures by a rule docs/methodology.md gives; "
               "each table names its source and locator, and `ipr-stats cite` gives the citation in full.")
    made = say("Written by ipr-stats {version} on {day}.", version=ipr_stats.__version__, day=dt.date.today().isoformat())
    return (f'<!doctype html>\n<html lang="{"zh-Hans" if env.lang == "zh" else "en"}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{escape(title)}</title>\n'
            f'<style>{STYLE}</style>\n</head>\n<body>\n<h1>{escape(title)}</h1>\n<p class="lead">{escape(lead)}</p>\n'
            f"<nav>{contents}</nav>\n{''.join(parts)}<p class=\"caption\">{escape(made)}</p>\n</body>\n</html>\n")
