"""The ipr-stats command line: parse options, call the library, hand frames to render.

Only click and the standard library are imported here at module level; polars,
rich and yaml load inside the commands that need them.
"""

from __future__ import annotations

import signal
import sys

import click

FORMATS = ("table", "csv", "tsv", "json", "jsonl", "markdown")


class Env:
    """What a command runs against: user data paths, the output stream, a fixed width for tests."""

    def __init__(self, data=(), out=None, width=None):
        self.data = tuple(data)
        self.records = ()
        self.bundled = True
        self.human = False
        self.out = out
        self.width = width
        self._loaded = None

    @property
    def stream(self):
        return self.out or click.get_text_stream("stdout")

    @property
    def default_scope(self) -> str:
        """The scope a command looks at unless told: the user's records when given, else the nation."""
        from .records import SCOPE

        return SCOPE if self.records else "national"

    def load(self, need=None):
        """(sources, frame, vocabulary), read once per command.

        ``need`` (a :class:`ipr_stats.records.Need`) says which breakdowns of --records
        files the command uses, so that no other is computed, and whether it looks at
        the published figures at all; None: everything.
        """
        if self._loaded is None:
            from .dataset import load

            loaded = load(self.data, bundled=self.bundled and (need is None or need.published or not self.records))
            if self.records:
                from .records import Need, add_records

                *loaded, notes = add_records(self.records, *loaded, need or Need())
                for note in notes:
                    click.echo(f"Note: {note}", err=True)
            self._loaded = tuple(loaded)
        return self._loaded


class Group(click.Group):
    """Turns the library's data and query errors into one-paragraph messages with exit code 1."""

    def invoke(self, ctx):
        from .errors import DataError, QueryError

        try:
            return super().invoke(ctx)
        except DataError as exc:
            lines = "\n".join(f"  {p}" for p in exc.problems)
            raise click.ClickException(f"the data has {len(exc.problems)} problem(s):\n{lines}") from None
        except QueryError as exc:
            error = click.ClickException(str(exc))
            error.exit_code = exc.exit_code
            raise error from None


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


def versions_caption(shown, all_versions: bool = False, source: str | None = None) -> str:
    """A line saying that other versions of the figures shown exist, and how to see them; '' if none."""
    if source or "versions" not in shown.columns:
        return ""
    many = shown.filter(shown["versions"] > 1)
    if many.is_empty():
        return ""
    if all_versions:
        return (f"{many.height} row(s) are versions of a figure that several sources publish; preferred: the version "
                "other commands use (docs/methodology.md, Versions).")
    return (f"{many.height} figure(s) shown are published by more than one source: the preferred version is shown "
            "(docs/methodology.md, Versions); --all-versions shows every one, --source ID one source's.")


def emit(env: Env, view, fmt: str | None) -> None:
    from .render import default_format, write

    out = env.stream
    write(view, (fmt or default_format(out)).lower(), out, width=env.width, human=env.human)


def pick(value: str | None, choices, what: str, param: str, within: str = "") -> str | None:
    """Check a user's choice; unknown ones exit 2 naming the valid ones and the closest."""
    if value is None:
        return None
    from .model import closest

    if value in choices:
        return value
    lowered = {c.casefold(): c for c in choices}
    if value.casefold() in lowered:
        return lowered[value.casefold()]
    valid = (f"Valid {what}s{within}: {', '.join(choices)}." if len(choices) <= MAX_LISTED
             else f"{len(choices)} {what}s{within}; `ipr-stats {LISTING.get(what, 'coverage --list')}` lists them.")
    raise click.BadParameter(f"Unknown {what} '{value}'{within}.{closest(value, choices)} {valid}", param_hint=param)


def pick_source(sources, source: str | None) -> str | None:
    """Check --source against the sources loaded; unknown ones exit 2 naming the closest."""
    return pick(source, [s["id"] for s in sources], "source", "--source")


MAX_LISTED = 40  # an error names every valid choice up to this many; beyond, the command that lists them
LISTING = {"source": "sources"}


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--data", "data", multiple=True, type=click.Path(dir_okay=True), metavar="PATH",
              help="Add a dataset file or a folder of them to the bundled data (repeatable). "
                   "Also read from IPR_STATS_DATA (paths separated by ':').")
@click.option("--records", "records", multiple=True, metavar="PATH",
              help="Add case records (one row per detained batch): a CSV or Parquet file, a folder or a quoted glob "
                   "(repeatable). Their figures have scope 'records', the default scope while records are given. "
                   "See docs/records.md.")
@click.option("--no-bundled", is_flag=True, help="Leave out the bundled data: work on the --data and --records files alone.")
@click.version_option(package_name="ipr-stats", prog_name="ipr-stats")
@click.pass_context
def cli(ctx, data, records, no_bundled):
    """Query, compare and cite the IPR enforcement statistics published by China Customs.

    Every figure comes from a published source, with its unit, period, scope,
    qualifier and locator; `ipr-stats sources` lists the documents.
    """
    ctx.obj = ctx.obj or Env()
    ctx.obj.data = ctx.obj.data + tuple(data)
    ctx.obj.records = ctx.obj.records + tuple(records)
    ctx.obj.bundled = not no_bundled


@cli.command()
@click.option("--metric", "-m", help="Only this metric (see `ipr-stats metrics`).")
@click.option("--year", "-y", type=int, help="Only figures whose period lies inside this calendar year.")
@click.option("--dim", "dimension", help="Only this dimension, or 'total' for figures with no breakdown.")
@version_options
@output_options
@click.pass_obj
def data(env, metric, year, dimension, source, all_versions, fmt):
    """Print the tidy dataset: one row per published figure or claim, the preferred
    version of each figure unless --all-versions or --source says otherwise.

    \b
    Examples:
      ipr-stats data --metric batches --year 2008
      ipr-stats data --source gacc-2008 --dim customs --format json
      ipr-stats data --all-versions --metric batches --dim total --format csv
      ipr-stats data --format csv > ipr-figures.csv
    """
    from .catalog import tidy
    from .records import need_for
    from .render import View

    sources, frame, vocab = env.load(need_for(year, dimension) if year or dimension else None)
    metric = pick(metric, list(vocab.metrics), "metric", "--metric")
    dimension = pick(dimension, [*vocab.dimensions, "total"], "dimension", "--dim")
    source = pick_source(sources, source)
    shown = tidy(frame, metric=metric, year=year, dimension=dimension, source=source, all_versions=all_versions)
    caption = ["Share and change as published. Dimensions, period kinds, dates, notes, printed forms and addresses: "
               "--format csv or json.", versions_caption(shown, all_versions, source)]
    view = View(
        shown,
        decimals={"value": "decimals"},
        human_columns=["source", "locator", "metric", "period", "scope", "member", "value", "unit",
                       "qualifier", "published_share", "published_change", *(["preferred"] if all_versions else [])],
        headers={"published_share": "share", "published_change": "change"},
        caption="\n".join(filter(None, caption)),
    )
    emit(env, view, fmt)


@cli.command()
@output_options
@click.pass_obj
def metrics(env, fmt):
    """List the metrics: unit, definition, and the periods and dimensions with figures.

    \b
    Examples:
      ipr-stats metrics
      ipr-stats metrics --format json
    """
    from .catalog import metrics_catalogue
    from .render import View

    _sources, frame, vocab = env.load()
    emit(env, View(metrics_catalogue(frame, vocab), title="Metrics"), fmt)


@cli.command()
@click.argument("source", required=False)
@output_options
@click.pass_obj
def sources(env, source, fmt):
    """List the sources: kind, stage, date, language, how many figures each gives and
    where it was read; with a SOURCE id, that source in full, one row per address.

    Kinds: official (the customs' own text), news (a news agency or newspaper relaying
    it), summary (a law firm or trade paper), aggregator (an aggregator or machine
    translation). Stages: final, preliminary, retrospective.

    \b
    Examples:
      ipr-stats sources
      ipr-stats sources gacc-2008
      ipr-stats sources --format csv
    """
    from .catalog import sources_table
    from .render import View

    srcs, frame, _vocab = env.load()
    table = sources_table(srcs, frame)
    if source is None:
        emit(env, View(table, title="Sources", human_columns=["source", "kind", "stage", "published", "language", "figures",
                                                              "preferred", "publisher", "addresses"],
                       caption="kind: official (the customs' own text), news, summary, aggregator. preferred: how many of "
                               "the source's figures are the version the queries use (docs/methodology.md, Versions)."), fmt)
        return
    source = pick(source, table["source"].to_list(), "source", "SOURCE")
    row = table.filter(table["source"] == source).row(0, named=True)
    notes = next((s.get("notes") for s in srcs if s["id"] == source), None)
    fields = [(k, row[k]) for k in ("source", "title", "publisher", "published", "language", "kind", "stage", "figures",
                                    "preferred", "claims")]
    fields += [("address", a) for a in (row["addresses"] or "").split()] + [("notes", notes)]
    import polars as pl

    view = View(pl.DataFrame({"field": [f for f, _ in fields], "value": [None if x is None else str(x) for _, x in fields]},
                             schema={"field": pl.String, "value": pl.String}), title=f"Source {source}")
    emit(env, view, fmt)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=True))
@click.pass_obj
def validate(env, paths):
    """Check dataset files against the schema; exit 1 if any has a problem.

    Each problem names the file, the record (index and key), the field, what was
    found and what was expected. Files are checked together with the bundled data,
    so a clash with a bundled source is reported too.

    \b
    Examples:
      ipr-stats validate my-report.yaml
      ipr-stats validate datasets/
    """
    from pathlib import Path

    from .dataset import bundled_files, bundled_name, read_files, user_files

    files = user_files(paths)
    if not files:
        raise click.BadParameter("no .yaml or .yml files there.", param_hint="PATHS")
    given = {Path(f).resolve() for f in files}
    bundled = [f for f in bundled_files() if env.bundled and Path(str(f)).resolve() not in given]
    _srcs, rows, _vocab, problems = read_files([*bundled, *files], [bundled_name(f) for f in bundled] + [str(f) for f in files])
    for p in problems:
        click.echo(str(p), err=True)
    for f in files:
        mine = [r for r in rows if r["file"] == str(f)]
        if not any(p.file == str(f) for p in problems):
            figures = sum(1 for r in mine if not r.get("claim"))
            click.echo(f"{f}: ok, {figures} figures and {len(mine) - figures} claims")
    if problems:
        click.echo(f"{len(problems)} problem(s) found.", err=True)
        sys.exit(1)


from . import analytics_cli, audit_cli  # noqa: E402,F401  (register the analytics and audit commands)


def main(argv=None):
    """Console entry point: quiet on a closed pipe, exit codes 0 ok, 1 data error, 2 usage error."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        cli.main(args=argv, prog_name="ipr-stats", obj=Env())
    except OSError as exc:  # a full disk or a closed stream while writing output
        click.echo(f"Error: could not write the output: {exc.strerror or exc}.", err=True)
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
