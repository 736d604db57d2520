"""Hostile SQL: `sql` reads the dataset and nothing else, whatever the spelling, and every query ends
within its limits with a result or a one-paragraph error (ipr_stats.analysis.sql, ipr_stats.analysis.bounded).

Each reader query points at a file written here, holding a secret word: the word must never come back, in the
result or in a message.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipr_stats.analysis import bounded, sql
from ipr_stats.errors import QueryError, RefusedQuery
from tests.helpers import batches, make_frame

SECRET = "s3cr3t-never-shown"


@pytest.fixture(scope="module")
def secret(tmp_path_factory):
    folder = tmp_path_factory.mktemp("secret")
    for name, text in {"f.csv": f"a\n{SECRET}\n", "f.ndjson": f'{{"a": "{SECRET}"}}\n', "f.json": f'[{{"a": "{SECRET}"}}]'}.items():
        (folder / name).write_text(text, encoding="utf-8")
    import polars as pl

    pl.DataFrame({"a": [SECRET]}).write_parquet(folder / "f.parquet")
    pl.DataFrame({"a": [SECRET]}).write_ipc(folder / "f.ipc")
    return folder


@pytest.fixture(scope="module")
def frame():
    return make_frame([batches("2007", 10), batches("2008", 12)])


# each spelling that fooled a text filter, and the other readers; {f} is a secret file's path
READERS = [
    "SELECT 1 AS \"a'b\", * FROM read_csv('{f}.csv')",
    "SELECT 1 AS \"--\", * FROM read_csv('{f}.csv')",
    "SELECT 1 AS \"/*\", * FROM read_csv('{f}.csv') -- */",
    "SELECT * FROM read_csv /* a comment */ ('{f}.csv')",
    "SELECT * FROM read_csv -- a comment\n ('{f}.csv')",
    "WITH \"x'\" AS (SELECT 1 AS a) SELECT * FROM read_csv('{f}.csv')",
    "SELECT * FROM read_parquet('{f}.parquet')",
    "SELECT * FROM read_ipc('{f}.ipc')",
    "SELECT * FROM read_ndjson('{f}.ndjson')",
    "SELECT * FROM read_json('{f}.json')",
    "SELECT * FROM READ_CSV('{f}.csv')",
    "SELECT * FROM \"read_csv\"('{f}.csv')",
    "SELECT * FROM '{f}.csv'",
    "SELECT * FROM \"{f}.csv\"",
    "SELECT * FROM figures WHERE EXISTS (SELECT * FROM read_csv('{f}.csv'))",
    "SELECT * FROM figures JOIN read_csv('{f}.csv') AS r ON TRUE",
    "SELECT (SELECT a FROM read_csv('{f}.csv')) AS a FROM figures",
    "SELECT 'a\\', * FROM read_csv('{f}.csv') -- '",
    "SELECT $$x$$ AS q, * FROM read_csv('{f}.csv')",
    "SELECT E'\\'', * FROM read_csv('{f}.csv') --'",
    "SELECT * FROM read_csv('{f}' || '.csv')",
    "SELECT * FROM scan_csv('{f}.csv')",
    "SELECT * FROM figures UNION ALL SELECT * FROM read_csv('{f}.csv')",
    "SELECT * FROM other.figures",
]


@pytest.mark.parametrize("query", READERS)
def test_no_spelling_reads_a_file(secret, frame, query):
    text = query.format(f=secret / "f")
    with pytest.raises(QueryError) as raised:
        sql.sql(frame, text)
    assert SECRET not in str(raised.value)


@pytest.mark.parametrize("query", READERS[:6])
def test_the_command_refuses_each_with_exit_2(run, secret, query):
    code, out, err = run("sql", query.format(f=secret / "f"))
    assert code == 2 and SECRET not in out + err and "Traceback" not in err
    assert err.startswith("Error: ") and err.count("\n") == 1


@pytest.mark.parametrize("query, reason", [
    ("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT * FROM r", "recursive"),
    ("SELECT lpad('a', 1000000000, 'b') AS x", "at most 10,000"),
    ("SELECT rpad('a', 1e12) AS x", "at most 10,000"),
    ("SELECT repeat('a', 1000000000) AS x", "repeat"),
    ("SELECT * FROM generate_series(1, 1000000000)", "(?i)generate_series"),
    ("SELECT generate_series(1, 1000000000) AS n", "generate_series"),
    ("SELECT 1; SELECT 2", "2 statements"),
    ("COPY figures TO '/tmp/x'", "Only SELECT"),
    ("SELECT * INTO t FROM figures", "Only SELECT"),
    ("SELECT ? AS a", "does not run"),
    ("SELECT * FROM nowhere", "reads from 'nowhere'"),
    ("SELECT * FROM other.figures", "reads from 'other.figures'"),
    ("SELECT * FROM '/etc/passwd'", "reads from '/etc/passwd'"),
    ("SELECT `period` FROM figures", "does not run"),
])
def test_unbounded_work_is_refused_before_it_runs(frame, query, reason):
    with pytest.raises(RefusedQuery, match=reason):
        sql.check(query)


def test_a_query_past_its_time_is_stopped(frame):
    """The child process is stopped at the time limit, however little the limit."""
    with pytest.raises(RefusedQuery, match="more than 0.05 seconds"):
        sql.sql(frame, "SELECT period FROM figures", seconds=0.05)


def test_a_query_past_its_memory_ends_in_a_message(frame):
    """A text a billion characters long, its length computed so the guard cannot see it, stops the child, not us."""
    with pytest.raises(RefusedQuery, match="memory"):
        sql.sql(frame, "SELECT lpad('a', CAST(POWER(10, 9) AS INT), 'b') AS x", memory=512 * 1024 ** 2)


@pytest.mark.parametrize("query", [
    "SELECT CAST('0000-01-01' AS DATE) AS d",
    "SELECT DATE '2020-01-01' + INTERVAL '100000000 years' AS d",
    "SELECT DATE '2020-01-01' - INTERVAL '2020 years' AS d",
])
def test_dates_outside_the_years_shown_are_an_error(run, query):
    code, out, err = run("sql", query)
    assert code == 1 and "Traceback" not in err and "The SQL query failed" in err


def test_too_many_rows_are_refused(frame, monkeypatch):
    monkeypatch.setattr(bounded, "MAX_ROWS", 1)
    with pytest.raises(RefusedQuery, match="at most 1 are returned"):
        sql.sql(frame, "SELECT period FROM figures")


def test_a_comment_cannot_break_out(secret, frame):
    """A line comment holding the end of a block comment stays a comment: what follows it never runs."""
    query = f"SELECT 1 AS one -- */ , * FROM read_csv('{secret / 'f'}.csv') /*\n"
    assert sql.sql(frame, query).rows() == [(1,)]


def test_what_is_checked_is_what_runs():
    """The text run is rebuilt from the words read: comments dropped, strings and names re-quoted plainly."""
    assert sql.check("SELECT 'it''s' AS \"a\"\"b\" /* c */ FROM figures -- d") == "SELECT 'it''s' AS \"a\"\"b\" FROM figures"
    assert sql.check("SELECT $$x'y$$ AS q") == "SELECT 'x''y' AS q"


def test_ordinary_queries_still_run(frame):
    out = sql.sql(frame, "WITH t AS (SELECT period, value FROM figures) SELECT period, ROUND(value / 2, 1) AS half, "
                         "COUNT(*) OVER () AS n FROM t WHERE period LIKE '200%' ORDER BY period")
    assert out.rows() == [("2007", 5.0, 2), ("2008", 6.0, 2)]
    assert sql.sql(frame, "SELECT UPPER(metric) AS m FROM figures LIMIT 1").item() == "BATCHES"


FRAGMENTS = ["SELECT", "*", "1", "AS", "FROM", "figures", "read_csv", "read_parquet", "(", ")", "'", '"', "`", "--", "/*",
             "*/", "\n", ";", ",", "WITH", "x", "'{f}.csv'", "\"{f}.csv\"", "$$", "\\", "E'", "UNION", "SELECT *"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=14))
def test_no_generated_query_reads_the_secret(secret, frame, words):
    query = " ".join(words).format(f=secret / "f") if "{f}" in " ".join(words) else " ".join(words)
    try:
        out = sql.sql(frame, query, seconds=10)
    except QueryError as exc:
        assert SECRET not in str(exc)
    else:
        assert SECRET not in str(out.rows())
