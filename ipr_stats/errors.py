"""Errors a user can cause, with the exit code each one means, and how a message quotes the input and lists choices."""

from __future__ import annotations

import re
from typing import NamedTuple


class DataError(Exception):
    """A dataset file (bundled or the user's) that is wrong; exit code 1."""

    exit_code = 1

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class QueryError(Exception):
    """A request the data cannot answer (unlike periods, a figure not published); exit code 1.

    ``command_line``: the same message worded for the command line, where it names arguments (``--dim`` for
    ``dimension=``); the CLI shows it in place of the message."""

    exit_code = 1

    def __init__(self, *args, command_line: str | None = None):
        super().__init__(*args)
        self.command_line = command_line


class NoSuchYear(QueryError):
    """A year (or year and dimension) with no figures for the metric asked: a usage mistake; exit code 2."""

    exit_code = 2


class AmbiguousName(QueryError):
    """A name (a table's, say) that several sources share, and no --source to choose: a usage mistake; exit code 2."""

    exit_code = 2


class NotFound(QueryError):
    """A period, table or other name that the data does not have (a table 99, a period 2099): a usage mistake; exit code 2."""

    exit_code = 2


class UnknownName(NotFound):
    """A metric, dimension, member, scope, source, table, ratio or check that neither the vocabulary nor the data
    knows (``yoy(frame, "batchs")``): a usage mistake; exit code 2. The message names the closest known name."""

    exit_code = 2


class BadArgument(QueryError):
    """An argument of the wrong kind or out of its range (``top(..., n=0)``): a usage mistake; exit code 2."""

    exit_code = 2


class Problem(NamedTuple):
    """One thing wrong in a dataset file."""

    file: str
    record: str
    key: str
    field: str
    found: str
    expected: str

    def __str__(self) -> str:
        where = f"{self.file}: {cut(self.record)}" + (f" ({cut(self.key)})" if self.key else "")
        return f"{where}: field '{cut(self.field)}': found {cut(self.found)}; expected {self.expected}."


QUOTED = 80  # characters of the user's input a message quotes, in each place it quotes some: a name, a cell, a field


def cut(text) -> str:
    r"""Input quoted in a message: at most QUOTED characters (the last one '…', a quoted text keeping its closing
    quote), control characters escaped, so that a hostile file or argument can neither flood the terminal nor
    write to it. Every message that quotes input quotes it through here.

    >>> cut("batchs"), len(cut("x" * 10_000)), cut(repr("9" * 10_000))[-3:], cut("c0\x1b[2J")
    ('batchs', 80, "9…'", 'c0\\x1b[2J')
    """
    text = str(text)
    end = text[-1] if len(text) > QUOTED and text[0] in "'\"" and text[-1] == text[0] else ""
    shown = text[:QUOTED + 1]  # enough to tell whether it is too long, so that only what is shown is escaped
    if not shown.isprintable():
        shown = repr(shown)[1:-1]
    return shown if len(shown) <= QUOTED and not end else shown[:QUOTED - 1 - len(end)] + "…" + end


# characters that act on a terminal instead of showing: C0 controls (a tab and a line break aside), DEL, C1 controls,
# the bidirectional embeddings, overrides and isolates, and the line and paragraph separators
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028-\u202e\u2066-\u2069]")


def visible(text) -> str:
    r"""Text from the input as a terminal shows it: each control character written out (``\x1b``, ``\u202e``),
    so that a dataset file, a record or an argument can neither move the cursor, retitle the window, forge a link
    nor reorder what follows. Line breaks and tabs stay. Everything a command prints for people goes through here.

    >>> visible("a\x1b]8;;http://x\x07b\rc\u202ed\ne")
    'a\\x1b]8;;http://x\\x07b\\x0dc\\u202ed\ne'
    """
    text = str(text)
    if CONTROL.search(text) is None:
        return text
    return CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


def quoted(text) -> str:
    """A name from the input as a message quotes it: 'batchs', cut short."""
    return f"'{cut(text)}'"


LISTED = 20  # choices a message names; beyond, their number and the command that lists them


def listed(names, command: str | None = None) -> str:
    """The choices a message offers: every one, up to LISTED; beyond, how many there are and the ``command``
    that lists them, or, with no such command, the first LISTED and how many in all. Every message that
    lists choices lists them here.

    >>> listed(["rate", "share", "total"])
    'rate, share, total'
    >>> listed([f"m{i}" for i in range(42)], "metrics")
    '42 in all; `ipr-stats metrics` lists them'
    >>> listed([f"c{i}" for i in range(42)])[-28:]
    'c17, c18, c19, … (42 in all)'
    """
    names = [str(n) for n in names]
    if len(names) <= LISTED:
        return ", ".join(names) or "none"
    if command:
        return f"{len(names)} in all; `ipr-stats {command}` lists them"
    return ", ".join(names[:LISTED]) + f", … ({len(names)} in all)"


class RefusedQuery(QueryError):
    """A query outside what `sql` runs: a usage mistake, exit code 2."""

    exit_code = 2
