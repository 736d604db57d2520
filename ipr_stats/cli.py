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
        self.any_date = False
        self.bundled = True
        self.human = False
        self.lang = "en"
        self.out = out
        self.width = width
        self._loaded = None

    @property
    def stream(self):
        return self.out or click.get_text_stream("stdout")

    @property
    def default_scope(self) -> str:
        """The scope a command looks at unless told: the user's records when given, else the nation."""
        from .vocabulary import RECORDS

        return RECORDS if self.records else "national"

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

                *loaded, notes = add_records(self.records, *loaded, need or Need(), any_date=self.any_date)
                for note in notes:
                    click.echo(f"Note: {note}", err=True)
            self._loaded = tuple(loaded)
        return self._loaded


# command -> the module that defines it, loaded only when the command runs or help lists it
COMMANDS = {
    "data": "catalog_cli", "metrics": "catalog_cli", "sources": "catalog_cli", "validate": "catalog_cli",
    "yoy": "analytics_cli", "top": "analytics_cli", "share": "analytics_cli", "series": "analytics_cli", "sql": "analytics_cli",
    "audit": "audit_cli", "table": "audit_cli", "cite": "audit_cli", "coverage": "audit_cli",
    "compare": "compare_cli",
}


class Group(click.Group):
    """Loads a command's module only when that command is asked for (click's lazily loading
    group), and turns the library's data and query errors into one-paragraph messages."""

    def list_commands(self, ctx):
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx, name):
        if name in COMMANDS and name not in self.commands:
            from importlib import import_module

            self.add_command(getattr(import_module(f".{COMMANDS[name]}", __package__), name), name)
        return super().get_command(ctx, name)

    @property
    def every_command(self) -> dict:
        """Every command, loaded: for documentation and its tests."""
        return {name: self.get_command(None, name) for name in self.list_commands(None)}

    def main(self, *args, standalone_mode: bool = True, **kwargs):
        """As click's, but a usage mistake is one line (what was wrong, and where the help is), exit code 2."""
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except click.UsageError as exc:
            where = f" (`{exc.ctx.command_path} --help` shows the options)" if exc.ctx else ""
            click.echo(f"Error: {exc.format_message().rstrip('.')}.{where}", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)

    def invoke(self, ctx):
        from .errors import DataError, QueryError

        try:
            return super().invoke(ctx)
        except DataError as exc:
            shown = exc.problems[:MAX_PROBLEMS]
            lines = "\n".join(f"  {p}" for p in shown)
            more = (f"\n  ... and {len(exc.problems) - len(shown)} more; `ipr-stats validate FILE` lists them all."
                    if len(exc.problems) > len(shown) else "")
            raise click.ClickException(f"the data has {len(exc.problems)} problem(s):\n{lines}{more}") from None
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


def format_of(env: Env, fmt: str | None) -> str:
    """The format asked, else a table on a terminal and csv in a pipe."""
    from .render import default_format

    return (fmt or default_format(env.stream)).lower()


def for_people(env: Env, fmt: str | None) -> bool:
    """True when the output is a table or markdown, whose captions and names are for people."""
    return format_of(env, fmt) in ("table", "markdown")


def emit(env: Env, view, fmt: str | None) -> None:
    """Write a view in the format asked (by default a table on a terminal, csv in a pipe), with names in env.lang."""
    from .model import Vocabulary
    from .names import add_names, member_header
    from .render import write

    out = env.stream
    fmt = format_of(env, fmt)
    vocab = env._loaded[2] if env._loaded else Vocabulary()
    view.frame = add_names(view.frame, vocab, env.lang, for_people=fmt in ("table", "markdown"))
    if "member" not in view.headers:
        view.headers["member"] = member_header(view.frame, vocab, env.lang)
    write(view, fmt, out, width=env.width, human=env.human, lang=env.lang)


def pick(value: str | None, choices, what: str, param: str, within: str = "", names: dict | None = None) -> str | None:
    """Check a user's choice, given by key or, with ``names`` (key -> its names), by an English or
    Chinese name, in any case; unknown ones exit 2 naming the valid ones and the closest key or name."""
    if value is None:
        return None
    from .model import closest

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


MAX_PROBLEMS = 10  # problems of a data error shown by a command; validate shows them all
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
@click.option("--any-date", is_flag=True, help="Keep --records rows dated before 1980 or after next year (refused by default).")
@click.option("--no-bundled", is_flag=True, help="Leave out the bundled data: work on the --data and --records files alone.")
@click.option("--lang", type=click.Choice(["en", "zh"], case_sensitive=False), envvar="IPR_STATS_LANG", default="en",
              show_default=True, help="The language of names and headers in tables: en (English) or zh (中文). "
                                      "Also read from IPR_STATS_LANG.")
@click.version_option(package_name="ipr-stats", prog_name="ipr-stats")
@click.pass_context
def cli(ctx, data, records, any_date, no_bundled, lang):
    """Query, compare and cite the IPR enforcement statistics published by China Customs.

    Every figure comes from a published source, with its unit, period, scope,
    qualifier and locator; `ipr-stats sources` lists the documents.
    """
    ctx.obj = ctx.obj or Env()
    ctx.obj.data = ctx.obj.data + tuple(data)
    ctx.obj.records = ctx.obj.records + tuple(records)
    ctx.obj.any_date = ctx.obj.any_date or any_date
    ctx.obj.bundled = not no_bundled
    ctx.obj.lang = lang.lower()


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
