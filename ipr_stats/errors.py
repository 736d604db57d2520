"""Errors a user can cause, with the exit code each one means."""

from __future__ import annotations


class DataError(Exception):
    """A dataset file (bundled or the user's) that is wrong; exit code 1."""

    exit_code = 1

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class QueryError(Exception):
    """A request the data cannot answer (a year with no figures, unlike periods); exit code 1."""

    exit_code = 1
