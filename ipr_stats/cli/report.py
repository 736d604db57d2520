"""`ipr-stats report`: one self-contained HTML file that opens offline. Each section is a command run as a user
would run it (series, yoy, compare, top, audit, coverage), its table written as HTML and its chart as inline SVG,
so that the report says what the commands say, with the same names, notes and citations."""

from __future__ import annotations

import io

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

SECTIONS = {
    "series": phrase("The national series"),
    "yoy": phrase("Year-over-year change"),
    "compare": phrase("The administrations side by side"),
    "breakdowns": phrase("The latest year's breakdowns"),
    "audit": phrase("What the audit found across releases"),
    "coverage": phrase("Coverage"),
}

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
        raise click.BadParameter("a report is a file to open in a browser; write it to one: -o report.html", param_hint="--output")
    _sources, frame, vocab = env.load()
    metric = resolved(arguments.resolve_metric, frame, metric, vocab=vocab, param="--metric")
    years = [*(["--from", str(start)] if start is not None else []), *(["--to", str(end)] if end is not None else [])]
    parts = []
    with _progress(len(SECTIONS)) as advance:
        for key, title in SECTIONS.items():
            body = "".join(SECTION_BODIES[key](env, frame, metric, years, start, end))
            parts.append(f'<section id="{key}">\n<h2>{escape(say(title))}</h2>\n{body}</section>\n')
            advance()
    page = _page(env, metric, parts)
    if target is None:
        env.stream.write(page)
    else:
        target.text.write(page)
        target.finish()


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
    """(the table as HTML, the chart as SVG or '') of ``ipr-stats ARGS`` run on the data ``env`` has loaded; a
    command that refuses says why, in a paragraph, in place of its table."""
    from ipr_stats.cli.app import cli
    from ipr_stats.cli.destination import Captured

    sub = Env(data=env.data)
    sub.records, sub.bundled, sub.any_date, sub.lang = env.records, env.bundled, env.any_date, env.lang
    sub.dataset, sub._loaded = env.dataset, env._loaded  # loaded once, for every section
    sub.output = Captured(chart)
    given = [*(["--no-bundled"] if not env.bundled else []), "--lang", env.lang, *args]
    try:
        cli.main(args=given, prog_name="ipr-stats", standalone_mode=False, obj=sub)
    except click.ClickException as error:
        from ipr_stats.cli.phrases import translated

        return f'<p class="missing">{escape(translated(error.format_message()))}</p>\n', ""
    svg = sub.output.data.decode("utf-8") if sub.output.data else ""
    return sub.output.text.getvalue(), svg


def _figure(svg: str) -> str:
    return f"<figure>\n{svg}\n</figure>\n" if svg else ""


def _series(env, frame, metric, years, start, end):
    table, svg = run(env, ["series", "--metric", metric, "--scope", "national", "--period-kind", "year", "--cite", "--chart", *years],
                     chart=True)
    yield _figure(svg) + table


def _yoy(env, frame, metric, years, start, end):
    yield run(env, ["yoy", "--metric", metric, "--cite", *years])[0]


def _compare(env, frame, metric, years, start, end):
    from ipr_stats.analysis.arguments import resolve_comparable_metric
    from ipr_stats.errors import BadArgument, UnknownName

    table, svg = run(env, ["compare", "--metric", metric, "--chart", *years], chart=True)
    yield _figure(svg) + table
    try:
        comparable = resolve_comparable_metric(metric)
    except (BadArgument, UnknownName):
        return
    from ipr_stats.analysis.compare import compare

    long = compare(frame, comparable, start=start, end=end)
    if long.height:
        yield f"<details><summary>{escape(say('Each figure with its source and locator'))}</summary>\n{_html(env, long)}</details>\n"


def _html(env, frame) -> str:
    """A frame as the report's HTML table, with names in the language asked."""
    from ipr_stats.cli.destination import Captured
    from ipr_stats.cli.output import emit
    from ipr_stats.cli.render import View

    sub = Env(out=io.StringIO())
    sub.lang, sub._loaded = env.lang, env._loaded
    sub.output = Captured(chart=False)
    emit(sub, View(frame, human_columns=[c for c in ("year", "administration", "metric", "period", "value", "unit", "qualifier",
                                                     "source", "locator") if c in frame.columns]), None)
    return sub.output.text.getvalue()


def _breakdowns(env, frame, metric, years, start, end):
    import polars as pl

    from ipr_stats.data.frame import period_years

    rows = frame.filter((pl.col("metric") == metric) & (pl.col("scope") == "national") & pl.col("dimension").is_not_null()
                        & pl.col("value").is_not_null() & (pl.col("period_kind") == "year"))
    rows = rows.with_columns(period_years(rows["period"]).alias("_year"))
    if start is not None:
        rows = rows.filter(pl.col("_year") >= start)
    if end is not None:
        rows = rows.filter(pl.col("_year") <= end)
    if rows.filter(pl.col("_year").is_not_null()).is_empty():
        yield f'<p class="missing">{escape(say("No national breakdown of {metric} was published in these years.", metric=term(metric)))}</p>\n'
        return
    latest = rows["_year"].max()
    for dimension in sorted(set(rows.filter(pl.col("_year") == latest)["dimension"].to_list())):
        yield run(env, ["top", "--by", metric, "--year", str(latest), "--dim", dimension, "-n", str(TOP), "--cite"])[0]


def _audit(env, frame, metric, years, start, end):
    yield run(env, ["audit", "--check", "cross_source", "--only-discrepancies"])[0]


def _coverage(env, frame, metric, years, start, end):
    yield run(env, ["coverage", "--metric", metric])[0]


SECTION_BODIES = {"series": _series, "yoy": _yoy, "compare": _compare, "breakdowns": _breakdowns, "audit": _audit,
                  "coverage": _coverage}


def _page(env, metric: str, parts: list[str]) -> str:
    """The whole page: head with its style inline, a title, the contents, the sections and a closing line."""
    import datetime as dt

    import ipr_stats

    title = say("IPR enforcement statistics: {metric}", metric=term(metric))
    contents = " ".join(f'<a href="#{key}">{escape(say(name))}</a>' for key, name in SECTIONS.items())
    lead = say("Every figure is one a source published, or computed from such figures by a rule docs/methodology.md gives; "
               "each table names its source and locator, and `ipr-stats cite` gives the citation in full.")
    made = say("Written by ipr-stats {version} on {day}.", version=ipr_stats.__version__, day=dt.date.today().isoformat())
    return (f'<!doctype html>\n<html lang="{"zh-Hans" if env.lang == "zh" else "en"}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{escape(title)}</title>\n'
            f'<style>{STYLE}</style>\n</head>\n<body>\n<h1>{escape(title)}</h1>\n<p class="lead">{escape(lead)}</p>\n'
            f"<nav>{contents}</nav>\n{''.join(parts)}<p class=\"caption\">{escape(made)}</p>\n</body>\n</html>\n")
