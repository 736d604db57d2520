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


FOR_PEOPLE = ("table", "markdown")  # the formats whose captions, names and charts are for people


def format_of(env: Env, fmt: str | None) -> str:
    """The format asked, else a table on a terminal and csv in a pipe."""
    from ipr_stats.cli.render import default_format

    return (fmt or default_format(env.stream)).lower()


def for_people(env: Env, fmt: str | None) -> bool:
    """True when the output is a table or markdown, whose captions and names are for people."""
    return format_of(env, fmt) in FOR_PEOPLE


def emit(env: Env, view, fmt: str | None) -> None:
    """Write a view in the format asked (by default a table on a terminal, csv in a pipe), with names in env.lang."""
    from ipr_stats.cli.names import add_names, member_header
    from ipr_stats.cli.render import write
    from ipr_stats.data.vocabulary import Vocabulary

    out = env.stream
    fmt = format_of(env, fmt)
    vocab = env._loaded[2] if env._loaded else Vocabulary()
    if not view.as_stored:
        view.frame = add_names(view.frame, vocab, env.lang, for_people=fmt in FOR_PEOPLE)
    if "member" not in view.headers:
        view.headers["member"] = member_header(view.frame, vocab, env.lang)
    if env.columns:
        choose_columns(view, env.columns, fmt)
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


def chart_format(chart, fmt):
    """--chart goes with a human table (even in a pipe); machine formats refuse it."""
    if not chart:
        return fmt
    if fmt and fmt.lower() not in FOR_PEOPLE:
        raise click.BadParameter(f"--chart draws for people; it cannot go with --format {fmt}. Drop one of the two.", param_hint="--chart")
    return fmt or "table"


def write_chart(env: Env, text: str) -> None:
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
