"""What `ipr-stats sql` lets through to the engine: one bounded SELECT over the dataset's tables.

polars' SQL can read any file the user may read (``read_csv('/etc/...')``, globs
included), so no text filter can make it safe. A query is instead decided on as parsed
(sqlglot, in PostgreSQL's grammar, which polars' SQL follows):

- its words are read once, by sqlglot's tokenizer, and the text polars runs is rebuilt
  from them: strings and quoted names re-quoted in one plain form, comments dropped, so
  that polars cannot read as code what was checked as data;
- the rebuilt text must parse as one query (SELECT, WITH ... SELECT, UNION ...), not
  recursive, whose tables are ``figures``, ``all_figures`` or the query's own named
  subqueries, and whose functions are all in FUNCTIONS (no reader, no generator);
- it must be at most MAX_CHARS long, hold at most MAX_TOKENS words, numbers and
  operators, and nest at most MAX_DEPTH deep.

The query then runs in a child process within a time and memory limit
(ipr_stats.analysis.bounded). The limits are in docs/security.md.
"""

from __future__ import annotations

import re

from ipr_stats.analysis.catalog import tidy
from ipr_stats.errors import QueryError, RefusedQuery, cut

MAX_CHARS = 4000

MAX_TOKENS = 500

MAX_DEPTH = 16

MAX_PAD = 10_000  # the longest text lpad and rpad may be asked for with a literal

TABLES = ("figures", "all_figures")

TABLES_HINT = ("The tables are 'figures' (the preferred versions) and 'all_figures' (every version); "
               "their columns are those of `ipr-stats data --format csv`.")

# the functions a query may call, by the name sqlglot gives them (several spellings may share one:
# IFNULL and NVL are COALESCE, SUBSTR is SUBSTRING, LPAD and RPAD are PAD)
FUNCTIONS = frozenset("""
    COUNT SUM AVG MIN MAX MEDIAN STDDEV STDDEV_SAMP STDDEV_POP VARIANCE VARIANCE_POP FIRST LAST GROUP_CONCAT ARRAY_AGG
    ROW_NUMBER RANK DENSE_RANK LAG LEAD FIRST_VALUE LAST_VALUE PERCENT_RANK CUME_DIST NTILE
    ABS ROUND CEIL FLOOR TRUNC LN LOG EXP POWER SQRT CBRT SIGN GREATEST LEAST PI SIN COS TAN ASIN ACOS ATAN ATAN2
    RADIANS DEGREES COALESCE NULLIF IF CASE EXISTS CAST TRY_CAST
    LOWER UPPER LENGTH OCTET_LENGTH BIT_LENGTH SUBSTRING LEFT RIGHT TRIM REPLACE CONCAT CONCAT_WS STR_POSITION
    STARTS_WITH ENDS_WITH SPLIT_PART INITCAP REVERSE REGEXP_LIKE REGEXP_REPLACE PAD
    EXTRACT DATE STRFTIME DATE_PART DATE_TRUNC TIMESTAMP_TRUNC
""".split())

PADDING = {"PAD"}  # functions whose output grows with a number argument

# token types rebuilt in their plain quoted form: their text is the string or name itself
_STRINGS = {"STRING", "HEREDOC_STRING", "RAW_STRING"}

# a number (0.5, 1e-3, .5), words (ORDER BY is one token), or a run of operator characters
_PLAIN = re.compile(r"(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|\w+(?:\s+\w+)*|[^\w\s'\"`\\]+")


def sql(frame, query: str, *, seconds: float | None = None, memory: int | None = None):
    """Run a SQL query over the tidy dataset: the table ``figures`` holds the preferred
    version of each figure (with ``versions``, how many sources publish it), the table
    ``all_figures`` every version (with ``preferred``). The query runs in a child process
    for at most ``seconds`` and ``memory`` bytes (ipr_stats.analysis.bounded's defaults)."""
    import polars as pl

    from ipr_stats.analysis import bounded

    text = check(query)  # one bounded SELECT that reads no file, rebuilt from its words
    every = tidy(frame, all_versions=True).drop("decimals")
    tables = {"figures": every.filter(pl.col("preferred")).drop("preferred"), "all_figures": every}
    return bounded.run(tables, text, seconds=seconds or bounded.SECONDS, memory=memory or bounded.MEMORY, hint=TABLES_HINT)


def check(query: str) -> str:
    """The text to run for ``query``, rebuilt from its words; RefusedQuery, saying why and what
    would be right, unless it is one bounded SELECT over the dataset's tables."""
    if len(query) > MAX_CHARS:
        raise RefusedQuery(f"The SQL query is {len(query):,} characters long; at most {MAX_CHARS:,} are run. "
                           "Split it, or filter the rows with `ipr-stats data --format csv` and a tool of your own.")
    tokens = _tokens(query)
    if not tokens or tokens[0].token_type.name not in ("SELECT", "WITH", "L_PAREN"):
        raise RefusedQuery("Only SELECT queries (or WITH ... SELECT) are run: the dataset is read-only. "
                           "Example: `SELECT period, value FROM figures WHERE metric = 'batches'`.")
    if len(tokens) > MAX_TOKENS:
        raise RefusedQuery(f"The SQL query has {len(tokens):,} words, numbers and operators; at most {MAX_TOKENS} are run. "
                           "Shorten it (an IN (...) list or a CASE can often replace a long chain of OR or +).")
    depth = deepest = 0
    for token in tokens:
        depth += (token.token_type.name == "L_PAREN") - (token.token_type.name == "R_PAREN")
        deepest = max(deepest, depth)
    if deepest > MAX_DEPTH:
        raise RefusedQuery(f"The SQL query nests parentheses {deepest} deep; at most {MAX_DEPTH} levels are run.")
    text = _rebuilt(tokens)
    _check_tree(_parsed(text))
    return text


def _tokens(query: str) -> list:
    from sqlglot.dialects.postgres import Postgres
    from sqlglot.errors import SqlglotError

    try:
        return Postgres().tokenize(query)
    except (SqlglotError, ValueError, RecursionError) as exc:
        raise QueryError(f"The SQL query failed: it could not be read ({_reason(exc)}). {TABLES_HINT}") from None


def _rebuilt(tokens) -> str:
    """The query's words, one space apart: strings as '...' (a quote doubled), quoted names as "..." (likewise),
    no comment. A word of any other form (a placeholder, an escape string, a backtick) is refused."""
    words = []
    for token in tokens:
        kind, text = token.token_type.name, token.text
        if kind in _STRINGS:
            words.append("'" + text.replace("'", "''") + "'")
        elif kind == "IDENTIFIER":
            words.append('"' + text.replace('"', '""') + '"')
        elif kind not in ("UNKNOWN", "PLACEHOLDER", "PARAMETER") and "STRING" not in kind and _PLAIN.fullmatch(text):
            words.append(" ".join(text.split()))
        else:
            raise RefusedQuery(f"The SQL query holds {cut(text)!r}, which `sql` does not run: write text as 'text' and "
                               f"names as \"name\" (or bare). {TABLES_HINT}")
    return " ".join(words)


def _parsed(text: str):
    import sqlglot
    from sqlglot.errors import SqlglotError

    try:
        statements = [s for s in sqlglot.parse(text, read="postgres") if s is not None]
    except (SqlglotError, ValueError, RecursionError) as exc:
        raise QueryError(f"The SQL query failed: it could not be parsed ({_reason(exc)}). {TABLES_HINT}") from None
    if len(statements) != 1:
        raise RefusedQuery(f"The SQL query holds {len(statements)} statements; `sql` runs one SELECT at a time.")
    return statements[0]


def _check_tree(tree) -> None:
    from sqlglot import exp

    if not isinstance(tree, exp.Query):
        raise RefusedQuery("Only SELECT queries (or WITH ... SELECT) are run: the dataset is read-only. "
                           "Example: `SELECT period, value FROM figures WHERE metric = 'batches'`.")
    named = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
    for node in tree.walk():
        if isinstance(node, exp.With) and node.args.get("recursive"):
            raise RefusedQuery("The SQL query is recursive (WITH RECURSIVE); `sql` runs queries that end: "
                               "write the steps out, or group the figures with GROUP BY.")
        if isinstance(node, (exp.DDL, exp.DML, exp.Command, exp.Into)):
            raise RefusedQuery("Only SELECT queries are run: the dataset is read-only, and nothing is written.")
        if isinstance(node, exp.Table):
            _check_table(node, named)
        if isinstance(node, exp.Func) and not isinstance(node, exp.Connector):  # AND and OR are functions to sqlglot
            _check_function(node)


def _check_table(node, named: set) -> None:
    from sqlglot import exp

    name = node.name.lower() if isinstance(node.this, exp.Identifier) else None
    if name is None or node.args.get("db") or node.args.get("catalog") or name not in {*TABLES, *named}:
        shown = node.this.sql() if name is None else ".".join(p.name for p in node.parts)
        raise RefusedQuery(f"The SQL query failed: it reads from {cut(shown)!r}, and `sql` reads the dataset's tables and "
                           f"nothing else. {TABLES_HINT}")


def _check_function(node) -> None:
    from sqlglot import exp

    name = (node.name if isinstance(node, exp.Anonymous) else node.sql_name()).upper()
    if name not in FUNCTIONS:
        raise RefusedQuery(f"The SQL query calls {cut(name.lower())}(), which `sql` does not run: it reads the dataset "
                           "and nothing else, and runs aggregates (count, sum, avg, min, max ...), window functions, "
                           "arithmetic, text and date functions (docs/security.md lists them).")
    if name in PADDING:
        for arg in node.iter_expressions():
            if isinstance(arg, exp.Literal) and not arg.is_string and _number(arg.this) > MAX_PAD:
                raise RefusedQuery(f"The SQL query asks {name.lower()}() for text {cut(arg.this)} characters long; "
                                   f"at most {MAX_PAD:,} are made.")


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


def _reason(exc) -> str:
    return cut(" ".join(str(exc).split()).rstrip(". "))
