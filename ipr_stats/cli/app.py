"""The ipr-stats command line: parse options, call the library, hand frames to render.

Only click and the standard library are imported here at module level; polars,
rich and yaml load inside the commands that need them.
"""

from __future__ import annotations

import os
import signal
import sys

import click

from ipr_stats.errors import visible


class Env:
    """What a command runs against: user data paths, the output stream, a fixed width for tests."""

    def __init__(self, data=(), out=None, width=None):
        self.data = tuple(data)
        self.records = ()
        self.any_date = False
        self.sheet = None  # --sheet: the sheet of --records workbooks (None: each one's first)
        self.bundled = True
        self.human = False
        self.columns = None  # --columns: the columns to show, in order (None: the command's own)
        self.lang = "en"
        self.output = None  # --output: the file written instead of stdout (ipr_stats.cli.destination.Destination)
        self.bom = False  # --bom: csv and tsv begin with a byte order mark
        self.out = out
        self.width = width
        self.dataset = None  # the loaded data (ipr_stats.data.dataset.Dataset), once a command asks for it
        self._loaded = None

    def child(self, output) -> Env:
        """An environment for a command run inside this one (a report's section): the same data, loaded once, the
        same language, writing to ``output``."""
        child = Env(data=self.data, width=self.width)
        child.records, child.bundled, child.any_date, child.lang = self.records, self.bundled, self.any_date, self.lang
        child.sheet = self.sheet
        child.dataset, child._loaded, child.output = self.dataset, self._loaded, output
        return child

    @property
    def stream(self):
        if self.output is not None:
            return self.output.text
        return self.out or click.get_text_stream("stdout")

    @property
    def default_scope(self) -> str:
        """The scope a command looks at unless told: the user's records when given, else the nation."""
        from ipr_stats.data.vocabulary import DEFAULT_SCOPE, RECORDS

        return RECORDS if self.records else DEFAULT_SCOPE

    def load(self, need=None):
        """(sources, frame, vocabulary) of the data the command runs against, read once per command: the
        frame with its versions marked (:class:`ipr_stats.data.dataset.Dataset`), so that no query marks them again.

        ``need`` (a :class:`ipr_stats.records.schema.Need`) says which breakdowns of --records
        files the command uses, so that no other is computed, and whether it looks at
        the published figures at all; None: everything.
        """
        if self._loaded is None:
            from ipr_stats.data.dataset import Dataset, read

            self.dataset = read(self.data, bundled=self.bundled and (need is None or need.published or not self.records))
            if self.records:
                from ipr_stats.data.versions import with_preference
                from ipr_stats.records.aggregate import add_records
                from ipr_stats.records.schema import Need

                sources, frame, vocab, notes = add_records(self.records, *self.dataset[:3], need or Need(), any_date=self.any_date,
                                                           sheet=self.sheet)
                for note in notes:
                    click.echo(visible(f"Note: {note}"), err=True)
                self.dataset = Dataset(sources, frame, vocab, with_preference(frame))
            self._loaded = (self.dataset.sources, self.dataset.marked, self.dataset.vocabulary)
        return self._loaded


# command -> the module that defines it, loaded only when the command runs or help lists it
COMMANDS = {
    "data": "catalog", "metrics": "catalog", "sources": "catalog", "validate": "catalog",
    "yoy": "analytics", "top": "breakdowns", "share": "breakdowns", "series": "analytics", "sql": "analytics",
    "audit": "audit", "table": "audit", "cite": "catalog", "coverage": "catalog",
    "compare": "compare", "export": "export", "report": "report",
}


class Group(click.Group):
    """Loads a command's module only when that command is asked for (click's lazily loading
    group), and turns the library's data and query errors into one-paragraph messages."""

    def list_commands(self, ctx):
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def parse_args(self, ctx, args):
        """As click's, with the group's own options (--lang, --data, --records, --no-bundled, --any-date)
        understood after the command name too: they are moved before it. No arguments: the help."""
        if not args and not ctx.resilient_parsing:
            click.echo(ctx.get_help(), err=True)
            ctx.exit(2)
        return super().parse_args(ctx, _global_options_first(self, ctx, list(args)))

    def resolve_command(self, ctx, args):
        """As click's, with the closest command named when the name is not one."""
        name = args[0] if args else ""
        if not ctx.resilient_parsing and self.get_command(ctx, name) is None and not name.startswith("-"):
            from ipr_stats.data.vocabulary import closest

            ctx.fail(f"No such command '{name}'.{closest(name, self.list_commands(ctx))}")
        return super().resolve_command(ctx, args)

    def get_command(self, ctx, name):
        if name in COMMANDS and name not in self.commands:
            from importlib import import_module

            self.add_command(getattr(import_module(f"ipr_stats.cli.{COMMANDS[name]}"), name), name)
        return super().get_command(ctx, name)

    @property
    def every_command(self) -> dict:
        """Every command, loaded: for documentation and its tests."""
        return {name: self.get_command(None, name) for name in self.list_commands(None)}

    def main(self, *args, standalone_mode: bool = True, **kwargs):
        """As click's, but a usage mistake is one line (what was wrong, and where the help is), exit code 2."""
        from ipr_stats.cli.phrases import language_asked, use

        given = kwargs.get("args", args[0] if args else None)
        use(language_asked(list(sys.argv[1:] if given is None else given)))  # before parsing: its errors speak it too
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except click.UsageError as exc:
            from ipr_stats.cli.phrases import say, translated

            group = exc.ctx and exc.ctx.parent is None
            where = (say(" (`{path} --help` lists the commands and options)" if group else " (`{path} --help` lists the options)",
                         path=exc.ctx.command_path) if exc.ctx else "")
            stop, ask = say("."), say("?")  # a sentence's end in the language in use
            message = translated(exc.format_message()).rstrip("." + stop)
            end = "" if message.endswith(("?", ask)) else stop
            click.echo(visible(say("Error: {message}", message=f"{message}{end}{where}")), err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            from ipr_stats.cli.phrases import say, translated

            click.echo(visible(say("Error: {message}", message=translated(exc.format_message()))), err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)

    def invoke(self, ctx):
        from ipr_stats.errors import DataError, QueryError

        try:
            try:
                result = super().invoke(ctx)
            except SystemExit:  # a command that ends with its own code (validate, audit --strict: 1) has written its output
                _finish(ctx)
                raise
            _finish(ctx)
            return result
        except DataError as exc:
            from ipr_stats.cli.phrases import say, translated

            shown = exc.problems[:MAX_PROBLEMS]
            lines = "\n".join(f"  {translated(str(p))}" for p in shown)
            more = (say("\n  ... and {count} more; `ipr-stats validate FILE` lists them all.", count=len(exc.problems) - len(shown))
                    if len(exc.problems) > len(shown) else "")
            raise click.ClickException(say("the data has {count} problem(s):\n{lines}{more}", count=len(exc.problems),
                                           lines=lines, more=more)) from None
        except QueryError as exc:
            from ipr_stats.cli.phrases import translated

            error = click.ClickException(translated(exc.command_line or str(exc)))
            error.exit_code = exc.exit_code
            raise error from None


MAX_PROBLEMS = 10  # problems of a data error shown by a command; validate shows them all


def _finish(ctx) -> None:
    """--output: the file written, once the command has ended (never after an error)."""
    if isinstance(ctx.obj, Env) and ctx.obj.output is not None:
        ctx.obj.output.finish()


def _global_options_first(group: click.Group, ctx, args: list[str]) -> list[str]:
    """``args`` with the group's options that follow the command name moved before it (after ``--``, nothing moves)."""
    takes_value, flags = set(), set()
    for param in group.get_params(ctx):
        if isinstance(param, click.Option):
            (flags if param.is_flag else takes_value).update(param.opts)
    index = 0
    while index < len(args) and args[index].startswith("-") and args[index] != "--":  # the group's options
        index += 2 if args[index] in takes_value else 1
    head = args[:index]
    if index >= len(args):
        return args
    moved, rest, at = [], [], index
    while at < len(args):
        word = args[at]
        if word == "--":
            rest += args[at:]
            break
        name = word.split("=", 1)[0]
        if name in takes_value and name.startswith("--"):
            if "=" not in word and at + 1 >= len(args):
                ctx.fail(f"Option '{name}' requires a value; it is an option of ipr-stats itself "
                         f"(`ipr-stats {name} VALUE {args[index]} ...`)")
            step = 1 if "=" in word else 2
            moved += args[at:at + step]
            at += step
            continue
        if word in flags and word.startswith("--") and word not in ("--help", "--version"):
            moved.append(word)
        else:
            rest.append(word)
        at += 1
    return head + moved + rest


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--data", "data", multiple=True, type=click.Path(dir_okay=True), metavar="PATH",
              help="Add a dataset file or a folder of them (the folders inside it too) to the bundled data (repeatable). "
                   "Also read from IPR_STATS_DATA (paths separated by ':').")
@click.option("--records", "records", multiple=True, metavar="PATH",
              help="Add case records (one row per detained batch): a CSV, Parquet or Excel (.xlsx) file, a folder or a quoted glob "
                   "(repeatable). Their figures have scope 'records', the default scope while records are given. "
                   "See docs/records.md.")
@click.option("--sheet", metavar="NAME", help="The sheet of --records workbooks (.xlsx) to read. Default: each one's first.")
@click.option("--any-date", is_flag=True, help="Keep --records rows dated before 1980 or after next year (refused by default).")
@click.option("--no-bundled", is_flag=True, help="Leave out the bundled data: work on the --data and --records files alone.")
@click.option("--no-pager", is_flag=True, help="Write long tables straight to the terminal (else through IPR_STATS_PAGER, "
                                              "PAGER or less, as git does; never in a pipe).")
@click.option("--lang", type=click.Choice(["en", "zh"], case_sensitive=False), envvar="IPR_STATS_LANG", default="en",
              show_default=True, help="The language of names, headers and the tool's own words (titles, notes, errors): en (English) or "
                                      "zh (Chinese). Also read from IPR_STATS_LANG.")
@click.version_option(None, "--version", "-V", package_name="ipr-stats", prog_name="ipr-stats")
@click.pass_context
def cli(ctx, data, records, sheet, any_date, no_bundled, no_pager, lang):  # noqa: ARG001 (no_pager: main() reads it first)
    """Query, compare and cite the IPR enforcement statistics published by China Customs,
    EU customs, U.S. Customs and Border Protection and Japan Customs.

    Every figure comes from a published source, with its unit, period, scope,
    qualifier and locator; `ipr-stats sources` lists the documents.
    """
    ctx.obj = ctx.obj or Env()
    ctx.obj.data = ctx.obj.data + tuple(data)
    ctx.obj.records = ctx.obj.records + tuple(records)
    ctx.obj.sheet = sheet if sheet is not None else ctx.obj.sheet
    ctx.obj.any_date = ctx.obj.any_date or any_date
    ctx.obj.bundled = not no_bundled
    ctx.obj.lang = lang.lower()
    from ipr_stats.cli.phrases import use

    use(ctx.obj.lang)


class Closed:
    """Standard output when it was closed (>&-): writing to it is the error a write to a closed descriptor is,
    told as every failed write is; a command that writes elsewhere (-o FILE, export) runs as usual."""

    def write(self, _text):
        import errno

        raise OSError(errno.EBADF, "standard output is closed")

    def flush(self):
        pass

    def isatty(self):
        return False

    @property
    def buffer(self):  # bytes (a workbook) fail as text does
        return self


def main(argv=None):
    """Console entry point: quiet on a closed pipe, exit codes 0 ok, 1 data error, 2 usage error."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    from ipr_stats.cli.pager import Screen, pager_command, show, terminal_width

    args = list(sys.argv[1:] if argv is None else argv)
    if sys.stderr is None:  # 2>&-: nowhere to say anything, so say nothing
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (for the life of the process)
    paged = pager_command(args) if sys.stdout is not None else None
    env = Env(out=Screen(), width=terminal_width()) if paged else Env(out=Closed() if sys.stdout is None else None)
    try:
        try:
            cli.main(args=args, prog_name="ipr-stats", obj=env)
        finally:
            if paged:
                show(env.out.getvalue(), paged)
    except OSError as exc:  # a full disk or a closed stream while writing output
        click.echo(visible(f"Error: could not write the output: {exc.strerror or exc}."), err=True)
        sys.exit(1)
    except MemoryError:
        click.echo("Error: the work needed more memory than could be had. Ask for less at a time (a --year, a --dim, "
                   "fewer --records files) or free memory, then run the command again.", err=True)
        sys.exit(1)
