"""Derived metrics (ipr_stats.analysis.rows.ratio) over small hand-built frames."""

from __future__ import annotations

import pytest

from ipr_stats.analysis import rows
from tests.helpers import F, S, batches, check, expected, make_frame


class TestRatio:
    RATIO_SCHEMA = {"metric": S, "unit": S, "source": S, "period": S, "scope": S, "dimension": S, "member": S,
                    "value": F, "qualifier": S, "locator": S, "formula": S}

    def test_only_where_both_figures_share_source_period_scope_and_member(self):
        """A ratio needs both figures from one source for the same period, scope and member."""
        value, customs = {"metric": "value"}, {"dimension": "customs"}
        frame = make_frame([
            {**value, "period": "2008", "value": 1000, "locator": "Table 2"}, batches("2008", 10, locator="Table 1"),
            {**value, "period": "2009", "value": 1000}, batches("2009", 10, source="other"),
            {**value, "period": "2010", "value": 1000}, batches("2010", 10, scope="guangdong"),
            {**value, "period": "2011", "value": 1000}, batches("2011-H1", 10),
            {**value, "period": "2012", "value": 1000},
            {**value, **customs, "member": "shanghai", "period": "2008", "value": 600},
            batches("2008", 3, **customs, member="shanghai"),
            {**value, **customs, "member": "beijing", "period": "2008", "value": 600},
            batches("2008", 3, **customs, member="guangzhou"),
        ])
        check(rows.ratio(frame, "value_per_batch").sort("period", "member", nulls_last=False), expected(self.RATIO_SCHEMA, [
            ("value_per_batch", "RMB per batch", "test", "2008", "national", None, None, 100.0, "exact", "Table 2 / Table 1",
             "value / batches"),
            ("value_per_batch", "RMB per batch", "test", "2008", "national", "customs", "shanghai", 200.0, "exact", "T1",
             "value / batches"),
        ]))

    @pytest.mark.parametrize("num, den, combined", [
        ("exact", "exact", "exact"),
        ("at_least", "exact", "at_least"),
        ("at_most", "exact", "at_most"),
        ("exact", "at_least", "at_most"),
        ("exact", "at_most", "at_least"),
        ("rounded", "exact", "approximate"),
        ("exact", "rounded", "approximate"),
        ("approximate", "exact", "approximate"),
        ("at_least", "at_least", "approximate"),
    ])
    def test_qualifier_combination(self, num, den, combined):
        """exact/exact is exact; a bound survives division by an exact figure; anything else is approximate."""
        def rec(metric, value, qualifier):
            extra = {"precision": 10} if qualifier == "rounded" else {}
            return {"metric": metric, "period": "2008", "value": value, "qualifier": qualifier, **extra}
        frame = make_frame([rec("quantity", 900, num), rec("batches", 30, den)])
        check(rows.ratio(frame, "quantity_per_batch"), expected(
            {"metric": S, "unit": S, "value": F, "qualifier": S, "formula": S},
            [("quantity_per_batch", "pieces per batch", 30.0, combined, "quantity / batches")]))

    def test_zero_denominator_gives_no_value(self):
        """value_per_item over zero pieces is null, not infinite."""
        frame = make_frame([{"metric": "value", "period": "2008", "value": 5}, {"metric": "quantity", "period": "2008", "value": 0}])
        check(rows.ratio(frame, "value_per_item"), expected(
            {"metric": S, "unit": S, "value": F}, [("value_per_item", "RMB per piece", None)]))

    def test_claims_are_not_divided(self):
        """A claim has no value and gives no ratio."""
        frame = make_frame([{"metric": "value", "period": "2008", "claim": "growth", "published_change": "+5%"},
                            batches("2008", 3)])
        assert rows.ratio(frame, "value_per_batch").height == 0
