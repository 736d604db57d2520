"""Errors a user can cause, with the exit code each one means."""

from __future__ import annotations

from typing import NamedTuple


class DataError(Exception):
    """A dataset file (bundled or the user's) that is wrong; exit code 1."""

    exit_code = 1

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class QueryError(Exception):
    """A request the data cannot answer (unlike periods, a figure not published); exit code 1."""

    exit_code = 1


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


def cut(text, limit: int = 80) -> str:
    """Input quoted in a message, cut short: a hostile file must not flood the terminal."""
    text = str(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


class RefusedQuery(QueryError):
    """A query outside what `sql` runs: a usage mistake, exit code 2."""

    exit_code = 2
