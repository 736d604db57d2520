"""The options commands share (sqlite-utils' output_options is the model): --format, --human, --source,
--all-versions, --chart, --cite, and the reading of a user's names (metric, dimension, member, scope, source)."""

from __future__ import annotations

import click

from ipr_stats.cli.app import Env

FORMATS = ("table", "csv", "tsv", "json", "jsonl", "markdown")  # what --format takes (ipr_stats.cli.render writes each)


def _set_human(ctx, _param, value):
    if value:
        ctx.ensure_object(Env).human = True


def output_options(func):
    """The --format and --human options every command shares."""
    func = click.option("--human", is_flag=True, expose_value=False, callback=_set_human,
                        help="In tables, show figures of a million or more in millions or billions (645.2 million).")(func)
    return click.option(
        "--format", "-f", "fmt", type=click.Choice(FORMATS, case_sensitive=False), default=None,
        help="Output format. Default: a table on a terminal, csv when piped.",
    )(func)


def version_options(func=None, *, every=True):
    """--source (one source's figures) and, where a command can show them, --all-versions."""
    def decorate(func):
        if every:
            func = click.option("--all-versions", is_flag=True,
                                help="Show every version of each figure (one per source that publishes it), "
                                     "not only the preferred one.")(func)
        return click.option("--source", "-s", metavar="ID",
                            help="Use this source's figures instead of the preferred version of each (see `ipr-stats sources`).")(func)

    return decorate(func) if func else decorate


def pick(value: str | None, choices, what: str, param: str, within: str = "", names: dict | None = None) -> str | None:
    """Check a user's choice, given by key or, with ``names`` (key -> its names), by an English or
    Chinese name, in any case; unknown ones exit 2 naming the valid ones and the closest key or name."""
    if value is None:
        return None
    from ipr_stats.data.vocabulary import closest

    if value in choices:
        return value
    lowered = {c.casefold(): c for c in choices}
    for key, known in (names or {}).items():
        if key in choices:
            lowered.update({n.casefold(): key for n in known if n})
    wanted = value.strip().casefold()
    if wanted in lowered:
        return lowered[wanted]
    valid = (f"Valid {what}s{within}: {', '.join(choices)}." if len(choices) <= MAX_LISTED
             else f"{len(choices)} {what}s{within}; `ipr-stats {LISTING.get(what, 'coverage --list')}` lists them.")
    spellings = [*choices, *(n for known in (names or {}).values() for n in known if n)]
    raise click.BadParameter(f"Unknown {what} '{value}'{within}.{closest(value, spellings)} {valid}", param_hint=param)


def pick_source(sources, source: str | None) -> str | None:
    """Check --source against the sources loaded; unknown ones exit 2 naming the closest."""
    return pick(source, [s["id"] for s in sources], "source", "--source")


MAX_LISTED = 40  # an error names every valid choice up to this many; beyond, the command that lists them

LISTING = {"source": "sources"}


def chart_option(func):
    return click.option("--chart", is_flag=True, help="Draw a terminal chart below the table (plain characters when piped or with NO_COLOR).")(func)


def cite_option(func):
    return click.option("--cite", is_flag=True, help="Show each figure's source and locator in tables (machine formats always carry them).")(func)


def _metric_choices(vocab):
    from ipr_stats.data.vocabulary import RATIOS

    return [*vocab.metrics, *RATIOS]


def _member(vocab, dimension, member):
    """Resolve a member named by key, name or alias; exit 2 listing the members otherwise."""
    if member is None:
        return None
    if dimension in (None, "total"):
        raise click.BadParameter("--member needs --dim: name the dimension the member belongs to.", param_hint="--member")
    return pick(member, list(vocab.member_set(dimension)), "member", "--member", within=f" of dimension '{dimension}'",
                names=vocab.member_names(dimension))


def _need(env: Env, year=None, dimension=None, scope="", metric=None):
    """What the command needs from --records files (see ipr_stats.records.Need); None without them."""
    if not env.records:
        return None
    from ipr_stats.data.vocabulary import METRICS, RATIOS
    from ipr_stats.records.schema import need_for

    metrics = RATIOS[metric][:2] if metric in RATIOS else (metric,) if metric in METRICS else None  # None: all (the name is checked later)
    return need_for(year, dimension, scope, metrics)


def _selection(env: Env, metric, dimension, member, scope, need=None, source=None):
    """Load the data and check the options that select a series: metric, dimension, member, scope, source."""
    sources, frame, vocab = env.load(need)
    metric = pick(metric, _metric_choices(vocab), "metric", "--metric", names=vocab.names("metric"))
    dimension = pick(dimension, [*vocab.dimensions, "total"], "dimension", "--dim", names=vocab.names("dimension"))
    member = _member(vocab, dimension, member)
    scope = pick(scope, list(vocab.scopes), "scope", "--scope", names=vocab.names("scope"))
    source = pick_source(sources, source)
    return frame, metric, dimension, member, scope, source


SCOPE_HELP = "national, guangdong, a campaign... (see `ipr-stats data`). Default: national; records with --records."
