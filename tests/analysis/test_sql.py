"""The sql query (ipr_stats.analysis.sql): what it runs and what it refuses."""

from __future__ import annotations

import pytest

from ipr_stats.analysis import sql
from ipr_stats.data.frame import TIDY_COLUMNS
from ipr_stats.errors import (
    QueryError,
)
from tests.helpers import F, S, batches, check, expected, make_frame


class TestSql:
    def test_query_over_the_tidy_view(self):
        """SQL sees the tidy columns as table 'figures' (preferred versions, with their count) and 'all_figures'
        (every version), with rounded qualifiers labelled rounded:P."""
        frame = make_frame([batches("2007", 10), batches("2008", 12),
                            {"metric": "quantity", "period": "2019-H1", "value": 23810000, "qualifier": "rounded", "precision": 10000}])
        assert sql.sql(frame, "SELECT * FROM figures").columns == [*TIDY_COLUMNS, "versions"]
        assert sql.sql(frame, "SELECT * FROM all_figures").columns == [*TIDY_COLUMNS, "preferred", "versions"]
        check(sql.sql(frame, "SELECT metric, period, value, qualifier FROM figures ORDER BY period DESC"), expected(
            {"metric": S, "period": S, "value": F, "qualifier": S},
            [("quantity", "2019-H1", 23810000.0, "rounded:10000"), ("batches", "2008", 12.0, "exact"),
             ("batches", "2007", 10.0, "exact")]))
        check(sql.sql(frame, "SELECT metric, SUM(value) AS total FROM figures WHERE metric = 'batches' GROUP BY metric"),
              expected({"metric": S, "total": F}, [("batches", 22.0)]))

    @pytest.mark.parametrize("query", [
        "SELECT * FRM figures",
        "SELECT * FROM nowhere",
        "SELECT member_kind FROM figures",
        "SELECT decimals FROM figures",
    ])
    def test_bad_query_raises_query_error(self, query):
        """A query polars cannot run becomes a QueryError that names the table."""
        frame = make_frame([batches("2007", 10)])
        with pytest.raises(QueryError, match="The SQL query failed: .* The tables are 'figures'"):
            sql.sql(frame, query)

    def test_a_decimal_number_is_a_number(self):
        """0.5, 2e3 and 1.5e-2 in a query are numbers, run as written."""
        frame = make_frame([batches("2007", 10)])
        assert sql.sql(frame, "SELECT count(*) AS n FROM figures WHERE value > 0.5")["n"].to_list() == [1]
        assert sql.sql(frame, "SELECT 1.5 AS a, 2e3 AS b, 1.5e-2 AS c").row(0) == (1.5, 2000.0, 0.015)

    @pytest.mark.parametrize("query", ["SELEC * FROM figures", "DROP TABLE figures", "CREATE TABLE x AS SELECT 1"])
    def test_only_select_is_run(self, query):
        """Anything but a SELECT (or WITH ... SELECT) is refused before it reaches polars."""
        with pytest.raises(QueryError, match="Only SELECT queries"):
            sql.sql(make_frame([batches("2007", 10)]), query)
