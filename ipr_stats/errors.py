"""Errors a user can cause, with the exit code each one means."""

from __future__ import annotations


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
