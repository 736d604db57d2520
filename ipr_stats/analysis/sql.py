"""What `ipr-stats sql` lets through to the engine: a bounded SELECT over the dataset's tables.

polars' SQL can read any file the user may read (``read_csv('/etc/...')``, globs
included) and its parser and planner slow down sharply, or crash, on very long or deeply
nested expressions. A query is therefore refused, before the engine sees it, when it:
is not one SELECT (or WITH ... SELECT); calls a function that reads files; is longer than
MAX_CHARS, has more than MAX_TOKENS words, numbers and operators, or nests parentheses
deeper than MAX_DEPTH. Text inside quotes is data and is never taken for a function call.
The limits are in docs/security.md.
"""

from __future__ import annotations

import re

import polars as pl

from ipr_stats.analysis.catalog import tidy
from ipr_stats.errors import QueryError, RefusedQuery


def sql(frame, query: str):
    """Run a SQL query over the tidy dataset: the table ``figures`` holds the preferred
    version of each figure (with ``versions``, how many sources publish it), the table
    ``all_figures`` every version (with ``preferred``)."""

    check(query)  # one bounded SELECT that reads no file (the guard above)
    every = tidy(frame, all_versions=True).drop("decimals")
    context = pl.SQLContext(figures=every.filter(pl.col("preferred")).drop("preferred"), all_figures=every, eager=True)
    try:
        return context.execute(query)
    except Exception as exc:  # polars raises several error types for bad SQL
        reason = " ".join(str(exc).split()).split(" Resolved plan")[0].rstrip(". ")
        raise QueryError(f"The SQL query failed: {reason[:300]}. {TABLES_HINT}") from None


MAX_CHARS = 4000

MAX_TOKENS = 500

MAX_DEPTH = 16

# a table function that reads a file, in any spelling polars accepts
_READERS = re.compile(r"\b(read_[a-z_]*|scan_[a-z_]*)\s*\(", re.IGNORECASE)

_LITERAL = re.compile(r"'(?:[^']|'')*'?|--[^\n]*|/\*.*?(?:\*/|$)", re.DOTALL)

_TOKEN = re.compile(r"[A-Za-z_][A-Za-z_0-9]*|\d+(?:\.\d*)?|[^\sA-Za-z_0-9]")

TABLES_HINT = ("The tables are 'figures' (the preferred versions) and 'all_figures' (every version); "
               "their columns are those of `ipr-stats data --format csv`.")


def check(query: str) -> None:
    """Raise RefusedQuery, saying why and what would be right, unless the query is one bounded SELECT."""
    if len(query) > MAX_CHARS:
        raise RefusedQuery(f"The SQL query is {len(query):,} characters long; at most {MAX_CHARS:,} are run. "
                           "Split it, or filter the rows with `ipr-stats data --format csv` and a tool of your own.")
    code = _LITERAL.sub(" '' ", query).replace('"', " ")  # strings and comments are data; quoted names are names
    if not code.lstrip().lower().startswith(("select", "with")):
        raise RefusedQuery("Only SELECT queries (or WITH ... SELECT) are run: the dataset is read-only. "
                           "Example: SELECT period, value FROM figures WHERE metric = 'batches'.")
    reader = _READERS.search(code)
    if reader:
        raise RefusedQuery(f"The SQL query calls {reader.group(1)}(): `sql` reads the dataset and nothing else, "
                           f"so functions that read files are not allowed. {TABLES_HINT}")
    tokens = _TOKEN.findall(code)
    if len(tokens) > MAX_TOKENS:
        raise RefusedQuery(f"The SQL query has {len(tokens):,} words, numbers and operators; at most {MAX_TOKENS} are run. "
                           "Shorten it (an IN (...) list or a CASE can often replace a long chain of OR or +).")
    depth = deepest = 0
    for token in tokens:
        depth += (token == "(") - (token == ")")
        deepest = max(deepest, depth)
    if deepest > MAX_DEPTH:
        raise RefusedQuery(f"The SQL query nests parentheses {deepest} deep; at most {MAX_DEPTH} levels are run.")
