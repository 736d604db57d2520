"""Everything a command prints goes through here: the format (a table on a terminal, CSV in a pipe),
names in the language asked, the captions on versions, charts below tables and the decimals shown."""

from __future__ import annotations

import math

import click

from ipr_stats.cli.app import Env
from ipr_stats.cli.phrases import administration, phrase, say


def versions_caption(shown, all_versions: bool = False, source: str | None = None) -> str:
    """A line saying that other versions of the figures shown exist, and how to see them; '' if none."""
    if source or "versions" not in shown.columns:
        return ""
    many = shown.filter(shown["versions"] > 1)
    if many.is_empty():
        return ""
    if all_versions:
        return say("{count} row(s) are versions of a figure that several sources publish; preferred: the version other commands use "
                   "(docs/methodology.md, Versions).", count=many.height)
    return say("{count} figure(s) shown are published by more than one source: the preferred version is shown "
               "(docs/methodology.md, Versions); --all-versions shows every one, --source ID one source's.", count=many.height)


def held_by_caption(frame, metric: str, shown: str, how: str = "shown") -> str:
    """A line naming the administrations whose figures use the key ``metric`` ('cases' is China's, the EU's and
    Japan's) with the scope of each, the one of scope ``shown`` marked ``how``; '' where only one does."""
    from ipr_stats.analysis.arguments import held_by
    from ipr_stats.data.vocabulary import administration_of

    held = held_by(frame, metric)
    if len(held) < 2:
        return ""
    named = ", ".join(say(HOW[how] if admin == administration_of(shown) else "{name} (--scope {scope})", name=administration(admin),
                          scope=own)
                      for admin, own in held)
    return say("The key {metric} names the figures of {count} administrations, each by its own definition (`ipr-stats metrics`): "
               "{named}.", metric=metric, count=len(held), named=named)


HOW = {"shown": phrase("{name} (--scope {scope}, shown)"), "charted": phrase("{name} (--scope {scope}, charted)")}


FOR_PEOPLE = ("table", "markdown", "html")  # the formats whose captions, names and charts are for people (html: the report's)


def format_of(env: Env, fmt: str | None) -> str:
    """The format asked, else the one --output's suffix names, else a table on a terminal and csv in a pipe."""
    if env.output is not None:
        from ipr_stats.cli.destination import format_for

        return format_for(env.output, fmt)
    from ipr_stats.cli.render import default_format

    return (fmt or default_format(env.stream)).lower()


def check_output(env: Env, fmt: str | None, chart: bool = False, formats=(), charts: bool = False) -> None:
    """Before a command runs: --output's suffix names a format the command writes (one of ``formats``; or --format
    does) or a chart image where the command draws one (``charts``) and --chart asks for it, --chart goes with a
    format for people, --bom with csv or tsv, and a workbook goes to a file or a pipe, never to a terminal."""
    target = env.output
    if target is not None and target.table_format is None:  # a file -o names (the report's sections are checked by the report)
        from ipr_stats.cli.destination import listed

        target.formats, target.charts = tuple(formats), charts
        suffix = target.path.suffix
        if target.image and not chart:
            raise click.BadParameter(f"the suffix {suffix} is for a chart image; add --chart" if charts else
                                     f"the suffix {suffix} is for a chart image, and this command draws none; expected one of "
                                     f"{listed(formats)}", param_hint="--output")
        if target.image and fmt:
            raise click.BadParameter(f"the suffix {suffix} is for a chart image, which takes no --format; drop --format, or "
                                     f"write the table to a file of its own (-o FILE.csv)", param_hint="--output")
        if not fmt and format_of(env, fmt) not in formats:
            raise click.BadParameter(f"the suffix {suffix} is for {format_of(env, fmt)}, which this command does not write; "
                                     f"expected one of {listed(formats)}", param_hint="--output")
    fmt = chart_format(env, chart, fmt)
    if env.bom and (env.output is not None and env.output.image or format_of(env, fmt) not in ("csv", "tsv")):
        shown = env.output.image if env.output is not None and env.output.image else format_of(env, fmt)
        raise click.BadParameter(f"--bom begins a csv or tsv file; this output is {shown}. Drop --bom, or "
                                 "write csv (--format csv, or -o FILE.csv).", param_hint="--bom")
    if fmt and fmt.lower() == "xlsx" and env.output is None:
        from ipr_stats.cli.pager import is_terminal

        if is_terminal(env.stream):
            raise click.BadParameter("a workbook is not for a terminal; write it to a file: -o FILE.xlsx", param_hint="--format")
        if not hasattr(env.stream, "buffer"):
            raise click.BadParameter("this output takes no bytes; write the workbook to a file: -o FILE.xlsx", param_hint="--format")


def for_people(env: Env, fmt: str | None) -> bool:
    """True when the output is a table or markdown, whose captions and names are for people."""
    return format_of(env, fmt) in FOR_PEOPLE


def emit(env: Env, view, fmt: str | None) -> None:
    """Write a view in the format asked (by default a table on a terminal, csv in a pipe), with names in env.lang."""
    from ipr_stats.cli.names import add_names, member_header
    from ipr_stats.cli.render import write
    from ipr_stats.data.vocabulary import Vocabulary

    if env.output is not None and env.output.image and env.output.table_format is None:
        return  # -o FILE.svg: the chart is the output, the table is not written
    out = env.stream
    fmt = format_of(env, fmt)
    vocab = env._loaded[2] if env._loaded else Vocabulary()
    if not view.as_stored:
        view.frame = add_names(view.frame, vocab, env.lang, for_people=fmt in FOR_PEOPLE)
    if "member" not in view.headers:
        view.headers["member"] = member_header(view.frame, vocab, env.lang)
    if env.columns:
        choose_columns(view, env.columns, fmt)
    if fmt == "xlsx":
        from ipr_stats.cli.workbook import workbook

        content = workbook(view, env.load()[0], sheet=click.get_current_context().info_name or "table")
        if env.output is not None:
            env.output.data = content
        else:
            out.flush()
            out.buffer.write(content)
        return
    if env.bom and fmt in ("csv", "tsv"):
        if env.output is not None:
            env.output.bom = True
        else:
            out.write("\ufeff")
    write(view, fmt, out, width=env.width, human=env.human, lang=env.lang)


def choose_columns(view, names: list[str], fmt: str) -> None:
    """Show only ``names`` (--columns), in their order: any column the machine formats write; a table shows the
    names of keys as it always does, and never leaves a chosen column out. An unknown name is a usage error
    that lists the columns there are."""
    there = view.machine_columns()
    unknown = [name for name in names if name not in there]
    if unknown:
        from ipr_stats.data.vocabulary import closest

        raise click.BadParameter(f"no column {', '.join(map(repr, unknown))} in this output.{closest(unknown[0], there)} Its columns: "
                                 f"{', '.join(there)}", param_hint="--columns")
    view.chosen = list(names)
    if fmt in FOR_PEOPLE:
        view.human_columns, view.kept, view.optional = list(names), list(names), []


PCT = 1  # decimals of computed percentages in human tables (machine formats: full precision)

CITE_COLUMNS = ["source", "locator"]


def cited_columns(columns, cite, all_versions: bool = False):
    """The columns a table shows: without the source and locator unless --cite asks for them (or, for the source,
    --all-versions)."""
    asked = asked_for(cite, all_versions)
    return [c for c in columns if c not in CITE_COLUMNS or c in asked]


def asked_for(cite: bool, all_versions: bool = False) -> list[str]:
    """The columns an option exists to show, which a table never leaves out: --cite's source and locator,
    --all-versions' source (every version, each with who published it)."""
    return list(dict.fromkeys([*(CITE_COLUMNS if cite else []), *(["source"] if all_versions else [])]))


def chart_format(env: Env, chart, fmt):
    """The format of a command's output: with --chart, a format for people (a table by default, even in a pipe;
    markdown where --format or --output's suffix says so); machine formats refuse it."""
    if not chart:
        return fmt
    shown = format_of(env, fmt) if fmt or env.output is not None else "table"
    if shown not in FOR_PEOPLE:
        raise click.BadParameter(f"--chart draws for people; it cannot go with --format {shown}. Drop one of the two.", param_hint="--chart")
    return shown


def write_chart(env: Env, charts) -> None:
    """Write ``charts`` (:class:`ipr_stats.cli.charts.Bars`, a list of them, or a sentence where there is nothing to
    chart) below the table on a terminal, or as the image --output names (ipr_stats.cli.images)."""
    from ipr_stats.cli.charts import Bars

    charts = [charts] if isinstance(charts, (Bars, str)) else list(charts)
    if env.output is not None and env.output.image:
        from ipr_stats.cli.images import image

        env.output.data = image([c for c in charts if isinstance(c, Bars)], env.output.image)
        return
    text = "\n".join(c if isinstance(c, str) else c.drawn(chart_width(env), in_color(env)) for c in charts)
    if text:
        env.stream.write("\n" + "\n".join(line.rstrip() for line in text.split("\n")).strip("\n") + "\n")


def chart_width(env: Env) -> int:
    import shutil

    return env.width or min(shutil.get_terminal_size((100, 24)).columns, 120)


def in_color(env: Env) -> bool:
    from ipr_stats.cli.render import wants_color

    return wants_color(env.stream)


def shown_decimals(printed: str | None, computed: float | None = None) -> int:
    """The decimals to show a computed percentage with: PCT, or more where the printed one beside it has more
    (22.62% printed: 22.62 computed, never 22.6), and more again where fewer would round, at the printed
    precision, to another figure than the computed one does (2.4697 beside '3%' shows 2.47, not 2.5, which reads
    as 3). Tables only: machine formats keep full precision."""
    from ipr_stats.data.printed import decimals_of

    places = decimals_of(printed) if printed else 0
    shown = max(PCT, places)
    if computed is None or not printed or not math.isfinite(computed):
        return shown
    while shown < MAX_SHOWN and _half_up(_half_up(computed, shown), places) != _half_up(computed, places):
        shown += 1
    return shown


MAX_SHOWN = 6  # decimals a computed percentage is ever shown with


def _half_up(x: float, places: int):
    from decimal import ROUND_HALF_UP, Decimal

    return (x if isinstance(x, Decimal) else Decimal(repr(float(x)))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def share_decimals(printed, computed=None):
    """:func:`shown_decimals` row by row (of each printed share and the computed one beside it), as the hidden
    column tables format a share with."""
    import polars as pl

    values = computed.to_list() if computed is not None else [None] * len(printed)
    return pl.Series("_pct_decimals", [shown_decimals(t, x) for t, x in zip(printed.to_list(), values)], dtype=pl.Int64)
