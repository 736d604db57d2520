"""Rankings and shares (ipr_stats.analysis.breakdowns) over small hand-built frames."""

from __future__ import annotations

import polars as pl
import pytest

from ipr_stats.analysis import breakdowns
from ipr_stats.errors import (
    QueryError,
)
from tests.helpers import CUSTOMS, I64, TOP_SCHEMA, TRANSPORT, F, S, batches, check, customs_frame, expected, make_frame


class TestTop:
    def test_ranking_with_ties_remainder_and_group(self):
        """Ties share the lowest rank; Others comes last unranked; the group is left out; shares use the published total."""
        base = "published total (Table 1)"
        check(breakdowns.top(customs_frame(total=250), "batches", 2008), expected(TOP_SCHEMA, [
            ("customs", 1, "guangzhou", "entity", 50.0, 20.0, base),
            ("customs", 1, "shanghai", "entity", 50.0, 20.0, base),
            ("customs", 3, "beijing", "entity", 30.0, 12.0, base),
            ("customs", 4, "hangzhou", "entity", 10.0, 4.0, base),
            ("customs", None, "others", "remainder", 70.0, 28.0, base),
        ]))

    def test_no_share_without_a_total_for_a_partial_breakdown(self):
        """With no published total and only the largest members listed, there is no share: the rows may not be the whole."""
        out = breakdowns.top(customs_frame(), "batches", 2008)
        none = "none: no published total, and the listed rows may not be the whole"
        check(out, expected({"member": S, "share_pct": F, "share_base": S}, [
            ("guangzhou", None, none), ("shanghai", None, none), ("beijing", None, none), ("hangzhou", None, none),
            ("others", None, none),
        ]))

    def test_share_of_a_complete_breakdown_without_a_total(self):
        """With no published total, a complete breakdown's shares are of the sum of its rows."""
        frame = make_frame([{**TRANSPORT, "member": "post", "value": 3}, {**TRANSPORT, "member": "sea", "value": 1}])
        out = breakdowns.top(frame, "batches", 2008, dimension="transport")
        base = "sum of the listed rows (a complete breakdown)"
        check(out, expected({"member": S, "share_pct": F, "share_base": S}, [("post", 75.0, base), ("sea", 25.0, base)]))

    def test_total_of_another_source_is_not_used(self):
        """A total printed by another source is not the base of this source's shares."""
        out = breakdowns.top(customs_frame(total=250, total_source="other"), "batches", 2008)
        assert set(out["share_base"].to_list()) == {"none: no published total, and the listed rows may not be the whole"}

    @pytest.mark.parametrize("n, members", [
        (1, ["guangzhou", "shanghai", "others"]),
        (2, ["guangzhou", "shanghai", "others"]),
        (3, ["guangzhou", "shanghai", "beijing", "others"]),
        (10, ["guangzhou", "shanghai", "beijing", "hangzhou", "others"]),
    ])
    def test_n_limits_ranked_rows_only(self, n, members):
        """n keeps the rows ranked n or better (ties included) and always the remainder."""
        assert breakdowns.top(customs_frame(), "batches", 2008, n=n)["member"].to_list() == members

    def test_all_dimensions_give_one_ranking_each(self):
        """dimension='all' concatenates one ranking per dimension with a breakdown that year."""
        transport = {"metric": "batches", "period": "2008", "dimension": "transport", "breakdown": "top_n_plus_remainder"}
        frame = make_frame([
            {**CUSTOMS, "member": "guangzhou", "value": 5}, {**CUSTOMS, "member": "shanghai", "value": 8},
            {**transport, "member": "post", "value": 9}, {**transport, "member": "air", "value": 4},
            {**transport, "member": "others", "value": 1},
            batches("2008", 20, locator="Table 1"),
        ])
        base = "published total (Table 1)"
        check(breakdowns.top(frame, "batches", 2008, dimension="all"), expected(TOP_SCHEMA, [
            ("customs", 1, "shanghai", "entity", 8.0, 40.0, base),
            ("customs", 2, "guangzhou", "entity", 5.0, 25.0, base),
            ("transport", 1, "post", "entity", 9.0, 45.0, base),
            ("transport", 2, "air", "entity", 4.0, 20.0, base),
            ("transport", None, "others", "remainder", 1.0, 5.0, base),
        ]))
        assert breakdowns.dimensions_with(frame, "batches", 2008) == ["customs", "transport"]

    def test_ratio_metric_is_ranked_without_shares(self):
        """A derived ratio is ranked like any figure, but it is no part of a total: no share_pct."""
        value = {**CUSTOMS, "metric": "value"}
        frame = make_frame([
            {**value, "member": "guangzhou", "value": 900}, {**CUSTOMS, "member": "guangzhou", "value": 3},
            {**value, "member": "shanghai", "value": 1000}, {**CUSTOMS, "member": "shanghai", "value": 2},
            {**value, "member": "others", "value": 100}, {**CUSTOMS, "member": "others", "value": 1},
            {"metric": "value", "period": "2008", "value": 2000}, batches("2008", 6),
        ])
        check(breakdowns.top(frame, "value_per_batch", 2008), expected(
            {"rank": I64, "member": S, "value": F, "unit": S, "share_pct": F, "share_base": S, "formula": S}, [
                (1, "shanghai", 500.0, "RMB per batch", None, "none: a ratio has no share", "value / batches"),
                (2, "guangzhou", 300.0, "RMB per batch", None, "none: a ratio has no share", "value / batches"),
                (None, "others", 100.0, "RMB per batch", None, "none: a ratio has no share", "value / batches"),
            ]))

    def test_zero_base_gives_no_share(self):
        """A breakdown whose parts are all zero has no share, not NaN."""
        frame = make_frame([{**CUSTOMS, "member": "beijing", "value": 0}, {**CUSTOMS, "member": "shanghai", "value": 0}])
        check(breakdowns.top(frame, "batches", 2008), expected(
            {"rank": I64, "member": S, "share_pct": F}, [(1, "beijing", None), (1, "shanghai", None)]))

    def test_rounded_qualifier_keeps_its_precision(self):
        """A rounded figure's qualifier reads rounded:P in the ranking."""
        frame = make_frame([{**CUSTOMS, "member": "beijing", "value": 30000, "qualifier": "rounded", "precision": 10000},
                            {**CUSTOMS, "member": "shanghai", "value": 12}])
        check(breakdowns.top(frame, "batches", 2008), expected(
            {"member": S, "qualifier": S}, [("beijing", "rounded:10000"), ("shanghai", "exact")]))

    def test_year_without_data_lists_the_years_that_have_it(self):
        """A year with no figures raises QueryError naming the years that have them."""
        frame = make_frame([batches("2007", 1), batches("2008", 2), batches("2019-H1", 3)])
        with pytest.raises(QueryError, match=r"No batches figures for the year 2009 \(scope national\)\. "
                                             r"Years that have them: 2007, 2008\."):
            breakdowns.top(frame, "batches", 2009)

    def test_missing_breakdown_lists_the_dimensions(self):
        """A dimension with no breakdown that year raises QueryError naming those that have one."""
        with pytest.raises(QueryError, match=r"No breakdown of batches by origin for 2008\. Dimensions that have one: customs\."):
            breakdowns.top(customs_frame(), "batches", 2008, dimension="origin")


class TestRanking:
    """A breakdown is ranked only where its source marks it complete or as its largest members (is_ranking)."""

    MENTIONED = {"metric": "value", "period": "2018", "dimension": "customs"}  # no breakdown mark

    def test_a_lone_member_is_listed_not_ranked(self):
        """One district's figure, with no total and no mark, is listed as reported: no rank, ranking false."""
        frame = make_frame([{**self.MENTIONED, "member": "tianjin", "value": 9930000}])
        check(breakdowns.top(frame, "value", 2018), expected(
            {"rank": I64, "member": S, "ranking": pl.Boolean, "listed": I64}, [(None, "tianjin", False, 0)]))

    def test_members_mentioned_in_passing_are_listed_largest_first(self):
        """Two members with no total and no mark keep no rank; they are listed largest first, and n keeps the n largest."""
        frame = make_frame([{**self.MENTIONED, "member": "fuzhou", "value": 10}, {**self.MENTIONED, "member": "xiamen", "value": 30}])
        check(breakdowns.top(frame, "value", 2018), expected(
            {"rank": I64, "member": S, "ranking": pl.Boolean}, [(None, "xiamen", False), (None, "fuzhou", False)]))
        assert breakdowns.top(frame, "value", 2018, n=1)["member"].to_list() == ["xiamen"]

    def test_a_published_total_does_not_make_mentioned_members_a_ranking(self):
        """Unmarked members beside their source's total get shares of it, but no rank: the members left out may be larger."""
        frame = make_frame([{**self.MENTIONED, "member": "fuzhou", "value": 10}, {**self.MENTIONED, "member": "xiamen", "value": 30},
                            {"metric": "value", "period": "2018", "value": 200, "locator": "Table 1"}])
        check(breakdowns.top(frame, "value", 2018), expected(
            {"rank": I64, "member": S, "share_pct": F, "ranking": pl.Boolean},
            [(None, "xiamen", 15.0, False), (None, "fuzhou", 5.0, False)]))

    def test_a_complete_breakdown_is_ranked(self):
        """A breakdown marked complete is a ranking even with no total."""
        frame = make_frame([{**TRANSPORT, "member": "post", "value": 3}, {**TRANSPORT, "member": "sea", "value": 1}])
        check(breakdowns.top(frame, "batches", 2008, dimension="transport"), expected(
            {"rank": I64, "member": S, "ranking": pl.Boolean}, [(1, "post", True), (2, "sea", True)]))

    def test_a_top_n_breakdown_is_ranked(self):
        """A breakdown marked top_n (the largest members, no remainder) is a ranking, however few it lists."""
        top_n = {**self.MENTIONED, "breakdown": "top_n"}
        frame = make_frame([{**top_n, "member": "fuzhou", "value": 10}, {**top_n, "member": "xiamen", "value": 30}])
        check(breakdowns.top(frame, "value", 2018), expected(
            {"rank": I64, "member": S, "ranking": pl.Boolean, "listed": I64}, [(1, "xiamen", True, 2), (2, "fuzhou", True, 2)]))
        lone = make_frame([{**top_n, "member": "tianjin", "value": 5}])
        assert breakdowns.top(lone, "value", 2018)["rank"].to_list() == [1]


class TestShare:
    def test_computed_share_beside_printed_share(self):
        """difference_pct is computed minus printed for a plain share; a printed bound is checked instead."""
        frame = make_frame([
            batches("2008", 200, locator="Table 1"),
            {**TRANSPORT, "member": "post", "value": 150, "published_share": "75.5%"},
            {**TRANSPORT, "member": "air", "value": 1, "published_share": "Less than 1%"},
            {**TRANSPORT, "member": "sea", "value": 4, "published_share": "Less than 1%"},
            {**TRANSPORT, "member": "express", "value": 40, "published_share": "about 20%"},
            {**TRANSPORT, "member": "truck", "value": 5},
        ])
        check(breakdowns.share(frame, "transport", "batches", 2008), expected(
            {"member": S, "value": F, "share_pct": F, "published_share": S, "difference_pct": F, "verdict": S, "share_base": S}, [
                ("post", 150.0, 75.0, "75.5%", -0.5, "discrepancy", "published total (Table 1)"),
                ("air", 1.0, 0.5, "Less than 1%", None, "consistent", "published total (Table 1)"),
                ("sea", 4.0, 2.0, "Less than 1%", None, "discrepancy", "published total (Table 1)"),
                ("express", 40.0, 20.0, "about 20%", None, "consistent", "published total (Table 1)"),
                ("truck", 5.0, 2.5, None, None, None, "published total (Table 1)"),
            ]))

    def test_share_of_the_sum_without_a_total(self):
        """With no total, shares are of the sum of the rows and share_base says so."""
        frame = make_frame([{**TRANSPORT, "member": "post", "value": 3}, {**TRANSPORT, "member": "sea", "value": 1}])
        check(breakdowns.share(frame, "transport", "batches", 2008), expected(
            {"member": S, "share_pct": F, "share_base": S, "breakdown": S},
            [("post", 75.0, "sum of the listed rows (a complete breakdown)", "complete"),
             ("sea", 25.0, "sum of the listed rows (a complete breakdown)", "complete")]))

    def test_rounded_qualifier_keeps_its_precision(self):
        """share reports each figure's qualifier, rounded ones as rounded:P."""
        frame = make_frame([{**TRANSPORT, "member": "post", "value": 30000, "qualifier": "rounded", "precision": 10000},
                            {**TRANSPORT, "member": "sea", "value": 10000, "qualifier": "approximate"}])
        check(breakdowns.share(frame, "transport", "batches", 2008), expected(
            {"member": S, "qualifier": S, "share_pct": F}, [("post", "rounded:10000", 75.0), ("sea", "approximate", 25.0)]))

    def test_zero_base_gives_no_share(self):
        """A breakdown whose parts are all zero has no share_pct (null, as in top), not NaN."""
        frame = make_frame([{**TRANSPORT, "member": "post", "value": 0}, {**TRANSPORT, "member": "sea", "value": 0}])
        check(breakdowns.share(frame, "transport", "batches", 2008), expected(
            {"member": S, "share_pct": F}, [("post", None), ("sea", None)]))

    def test_breakdown_summary_with_a_total(self):
        """The summary names the breakdown kind, the sum of the parts (group left out) and the published total."""
        assert breakdowns.breakdown_summary(customs_frame(total=250), "customs", "batches", 2008) == {
            "breakdown": "top_n_plus_remainder", "parts_sum": 210.0, "published_total": 250.0, "total_locator": "Table 1",
            "total_source": "test", "source": "test", "other_sources": []}

    def test_breakdown_summary_without_a_total(self):
        """Without a total, published_total, total_locator and total_source are None."""
        frame = make_frame([{**TRANSPORT, "member": "post", "value": 3}, {**TRANSPORT, "member": "sea", "value": 1}])
        assert breakdowns.breakdown_summary(frame, "transport", "batches", 2008) == {
            "breakdown": "complete", "parts_sum": 4.0, "published_total": None, "total_locator": None,
            "total_source": None, "source": "test", "other_sources": []}

    def test_year_without_data(self):
        """share and breakdown_summary raise QueryError for a year with no figures."""
        frame = make_frame([{**TRANSPORT, "member": "post", "value": 3}])
        with pytest.raises(QueryError, match="Years that have them: 2008"):
            breakdowns.share(frame, "transport", "batches", 2010)
        with pytest.raises(QueryError, match="Years that have them: 2008"):
            breakdowns.breakdown_summary(frame, "transport", "batches", 2010)
