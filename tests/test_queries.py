"""The analytics queries (ipr_stats.queries) over small hand-built frames, with Hypothesis properties."""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

sys.path.insert(0, str(Path(__file__).resolve().parent))
from frames import make_frame  # noqa: E402

from ipr_stats.analysis import breakdowns, changes, rows, sql  # noqa: E402
from ipr_stats.data.frame import COLUMNS, TIDY_COLUMNS  # noqa: E402
from ipr_stats.data.members import GROUP_PARTS, MEMBERS  # noqa: E402
from ipr_stats.errors import (
    NoSuchYear,  # noqa: E402
    QueryError,  # noqa: E402
)

S, F, I64 = pl.String, pl.Float64, pl.Int64
PROPERTY = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NO_LIKE = "no like period a year before or after has a figure, and no published rate implies one"
IMPLIED = "earlier value implied by the published rate, not published"
ZERO = "n/a: the earlier value is zero"
YOY_COLUMNS = ["metric", "unit", "scope", "dimension", "member", "from_period", "from_value", "from_status", "to_period",
               "to_value", "change", "change_pct", "published_change", "qualifier", "from_source", "from_locator",
               "source", "locator", "note", "from_versions", "to_versions"]
NC_COLUMNS = ["period", "period_kind", "scope", "dimension", "member", "value", "qualifier", "source", "locator", "reason"]


def batches(period: str, value, **extra) -> dict:
    """A national batches record for one period."""
    return {"metric": "batches", "period": period, "value": value, **extra}


def expected(schema: dict, rows: list[tuple]) -> pl.DataFrame:
    """A frame with exactly these columns and types, one tuple per row."""
    return pl.DataFrame(rows, schema=schema, orient="row")


def check(actual: pl.DataFrame, want: pl.DataFrame, **kwargs) -> None:
    """assert_frame_equal on the columns of ``want`` only."""
    assert_frame_equal(actual.select(want.columns), want, **kwargs)


def bound_reason(qualifier: str) -> str:
    """The reason not_compared gives for a bound or an approximation."""
    return f"the figure is {qualifier}: a bound or an approximation, not a count to subtract"


class TestHelper:
    def test_make_frame_has_the_dataset_columns(self):
        """make_frame fills defaults through check_figure and gives dataset.COLUMNS with their types."""
        frame = make_frame([batches("2019-H1", 6241, published_change="+1.5%")])
        assert frame.columns == COLUMNS
        row = frame.row(0, named=True)
        assert (row["source"], row["locator"], row["unit"], row["scope"], row["scope_kind"], row["file"]) == (
            "test", "T1", "batch", "national", "national", "test.yaml")
        assert (row["period_kind"], str(row["period_start"]), str(row["period_end"])) == ("half_year", "2019-01-01", "2019-06-30")
        assert (row["value"], row["qualifier"], row["decimals"]) == (6241.0, "exact", 0)

    def test_make_frame_rejects_a_bad_record(self):
        """A record the checker refuses fails loudly instead of building a different frame."""
        with pytest.raises(AssertionError, match="batchs"):
            make_frame([{"metric": "batchs", "period": "2009", "value": 1}])


class TestYoy:
    def test_single_period_has_no_pair(self):
        """One period gives an empty frame with the yoy columns; not_compared lists it with its reason."""
        frame = make_frame([batches("2007", 10)])
        out = changes.yoy(frame, "batches")
        assert out.height == 0
        assert out.columns == YOY_COLUMNS
        check(changes.not_compared(frame, "batches"), expected(
            {"period": S, "period_kind": S, "scope": S, "dimension": S, "member": S, "value": F, "qualifier": S, "reason": S},
            [("2007", "year", "national", None, None, 10.0, "exact", NO_LIKE)]))

    def test_consecutive_years(self):
        """2007 and 2008 pair into one exact row with change, change_pct and both locators."""
        frame = make_frame([batches("2007", 7456, locator="Table 2"), batches("2008", 11135, locator="Table 1")])
        check(changes.yoy(frame, "batches"), expected(
            {"metric": S, "unit": S, "scope": S, "from_period": S, "from_value": F, "from_status": S, "to_period": S,
             "to_value": F, "change": F, "change_pct": F, "qualifier": S, "from_source": S, "from_locator": S,
             "source": S, "locator": S, "note": S},
            [("batches", "batch", "national", "2007", 7456.0, "published", "2008", 11135.0, 3679.0, 3679 / 7456 * 100,
              "exact", "test", "Table 2", "test", "Table 1", None)]))
        assert changes.not_compared(frame, "batches").height == 0

    def test_three_years_give_two_pairs_in_order(self):
        """Each year is paired with the one before it, sorted by period."""
        frame = make_frame([batches("2009", 30), batches("2007", 10), batches("2008", 20)])
        check(changes.yoy(frame, "batches"), expected(
            {"from_period": S, "to_period": S, "change": F, "change_pct": F},
            [("2007", "2008", 10.0, 100.0), ("2008", "2009", 10.0, 50.0)]))

    def test_zero_base(self):
        """An earlier value of zero gives a change but no change_pct, and the note says n/a."""
        frame = make_frame([batches("2007", 0), batches("2008", 5)])
        check(changes.yoy(frame, "batches"), expected(
            {"from_period": S, "from_value": F, "to_period": S, "change": F, "change_pct": F, "qualifier": S, "note": S},
            [("2007", 0.0, "2008", 5.0, None, "exact", ZERO)]))

    def test_gap_year_is_not_paired(self):
        """2007 and 2009 are two years apart: no pair, and not_compared lists both."""
        frame = make_frame([batches("2007", 10), batches("2009", 12)])
        assert changes.yoy(frame, "batches").height == 0
        check(changes.not_compared(frame, "batches").sort("period"), expected(
            {"period": S, "value": F, "reason": S}, [("2007", 10.0, NO_LIKE), ("2009", 12.0, NO_LIKE)]))

    def test_half_year_with_only_a_published_rate(self):
        """2019-H1 printed with +1.5% and no 2018-H1 gets an implied 2018-H1 value, marked implied and approximate."""
        frame = make_frame([batches("2019-H1", 6241, published_change="+1.5%", locator="para 1")])
        earlier = 6241 / (1 + 1.5 / 100)
        check(changes.yoy(frame, "batches"), expected(
            {"from_period": S, "from_value": F, "from_status": S, "to_period": S, "to_value": F, "change": F,
             "change_pct": F, "published_change": S, "qualifier": S, "from_source": S, "from_locator": S, "note": S},
            [("2018-H1", earlier, "implied", "2019-H1", 6241.0, 6241 - earlier, 1.5, "+1.5%", "approximate",
              "test", "para 1", IMPLIED)]))
        assert changes.not_compared(frame, "batches").height == 0

    @pytest.mark.parametrize("period, value, rate, from_period, from_value", [
        ("2011", 100, "+25%", "2010", 80.0),
        ("2011", 80, "-20%", "2010", 100.0),
        ("2020-H2", 150, "+ 50%", "2019-H2", 100.0),
    ])
    def test_implied_value_from_signed_rates(self, period, value, rate, from_period, from_value):
        """The implied earlier value is value / (1 + rate / 100) for years and halves, rises and falls."""
        out = changes.yoy(make_frame([batches(period, value, published_change=rate)]), "batches")
        check(out, expected({"from_period": S, "from_value": F, "from_status": S, "to_period": S},
                            [(from_period, from_value, "implied", period)]))

    def test_published_earlier_value_wins_over_the_rate(self):
        """Where the earlier figure is published, it is used and the printed rate is only carried along."""
        frame = make_frame([batches("2007", 100), batches("2008", 120, published_change="+50%")])
        check(changes.yoy(frame, "batches"), expected(
            {"from_value": F, "from_status": S, "change_pct": F, "published_change": S, "qualifier": S, "note": S},
            [(100.0, "published", 20.0, "+50%", "exact", None)]))

    def test_half_year_and_year_are_never_paired(self):
        """A year and the half-years after it are unlike periods, even where period_end is a year later (2018 and 2019-H2)."""
        frame = make_frame([batches("2018", 100), batches("2019-H1", 40), batches("2019-H2", 60)])
        assert changes.yoy(frame, "batches").height == 0
        check(changes.not_compared(frame, "batches").sort("period"), expected(
            {"period": S, "period_kind": S, "reason": S},
            [("2018", "year", NO_LIKE), ("2019-H1", "half_year", NO_LIKE), ("2019-H2", "half_year", NO_LIKE)]))

    def test_half_years_pair_only_with_the_same_half(self):
        """2018-H1 pairs with 2019-H1; 2018-H2 is not paired with 2019-H1."""
        frame = make_frame([batches("2018-H1", 10), batches("2018-H2", 30), batches("2019-H1", 15)])
        check(changes.yoy(frame, "batches"), expected(
            {"from_period": S, "to_period": S, "change": F}, [("2018-H1", "2019-H1", 5.0)]))
        check(changes.not_compared(frame, "batches"), expected(
            {"period": S, "reason": S}, [("2018-H2", NO_LIKE)]))

    def test_bound_is_never_paired(self):
        """An at_least figure is paired neither with the year before nor after, even with a printed rate."""
        frame = make_frame([batches("2007", 10), batches("2008", 43000, qualifier="at_least", published_change="+10%"),
                            batches("2009", 12)])
        assert changes.yoy(frame, "batches").height == 0
        check(changes.not_compared(frame, "batches"), expected(
            {"period": S, "qualifier": S, "reason": S},
            [("2008", "at_least", bound_reason("at_least")), ("2007", "exact", NO_LIKE), ("2009", "exact", NO_LIKE)]))

    def test_approximation_is_never_paired(self):
        """An approximate figure is left out like a bound."""
        frame = make_frame([batches("2007", 10), batches("2008", 12, qualifier="approximate")])
        assert changes.yoy(frame, "batches").height == 0
        check(changes.not_compared(frame, "batches").filter(pl.col("period") == "2008"),
              expected({"period": S, "reason": S}, [("2008", bound_reason("approximate"))]))

    def test_rounded_figures_pair_as_approximate(self):
        """Rounded figures are comparable, but the pair is approximate."""
        frame = make_frame([batches("2007", 10000, qualifier="rounded", precision=1000), batches("2008", 12000)])
        check(changes.yoy(frame, "batches"), expected(
            {"from_period": S, "to_period": S, "change": F, "qualifier": S}, [("2007", "2008", 2000.0, "approximate")]))

    def test_unlike_period_kinds_are_listed_with_their_kind(self):
        """A running total is not compared, and not_compared names its kind."""
        frame = make_frame([batches("..2020", 100), batches("2020", 10)])
        check(changes.not_compared(frame, "batches"), expected(
            {"period": S, "period_kind": S, "reason": S},
            [("..2020", "cumulative",
              "cumulative period: a running total, stock, campaign or event has no like period to follow"),
             ("2020", "year", NO_LIKE)]))

    def test_members_are_paired_member_by_member(self):
        """With a dimension, each member pairs with itself; a member missing in one year is not paired."""
        customs = {"metric": "batches", "dimension": "customs"}
        frame = make_frame([
            batches("2007", 100), batches("2008", 150),
            {**customs, "period": "2007", "member": "shanghai", "value": 10},
            {**customs, "period": "2008", "member": "Shanghai Customs", "value": 15},
            {**customs, "period": "2007", "member": "guangzhou", "value": 20},
            {**customs, "period": "2008", "member": "beijing", "value": 7},
        ])
        check(changes.yoy(frame, "batches", dimension="customs"), expected(
            {"dimension": S, "member": S, "from_period": S, "from_value": F, "to_period": S, "to_value": F, "change": F},
            [("customs", "shanghai", "2007", 10.0, "2008", 15.0, 5.0)]))
        check(changes.not_compared(frame, "batches", dimension="customs").sort("member"), expected(
            {"period": S, "dimension": S, "member": S, "reason": S},
            [("2008", "customs", "beijing", NO_LIKE), ("2007", "customs", "guangzhou", NO_LIKE)]))
        check(changes.yoy(frame, "batches"), expected(
            {"dimension": S, "member": S, "from_period": S, "change": F}, [(None, None, "2007", 50.0)]))
        check(changes.yoy(frame, "batches", dimension="customs", member="guangzhou"),
              expected({"member": S}, []))

    def test_scopes_are_not_mixed(self):
        """A national figure is never paired with a regional one; scope chooses the series."""
        frame = make_frame([batches("2007", 100), batches("2008", 50, scope="guangdong"), batches("2009", 60, scope="guangdong")])
        assert changes.yoy(frame, "batches").height == 0
        check(changes.yoy(frame, "batches", scope="guangdong"), expected(
            {"scope": S, "from_period": S, "to_period": S, "change": F}, [("guangdong", "2008", "2009", 10.0)]))

    def test_start_and_end_keep_the_changes_ending_in_those_years(self):
        """start keeps changes that end in that year or later (2006 to 2007 for start=2007); end, those ending by then."""
        frame = make_frame([batches(str(y), 10 * (y - 2004)) for y in range(2005, 2010)])
        periods = lambda out: out.select("from_period", "to_period").rows()  # noqa: E731
        assert periods(changes.yoy(frame, "batches", start=2007)) == [("2006", "2007"), ("2007", "2008"), ("2008", "2009")]
        assert periods(changes.yoy(frame, "batches", end=2007)) == [("2005", "2006"), ("2006", "2007")]
        assert periods(changes.yoy(frame, "batches", start=2007, end=2007)) == [("2006", "2007")]

    @pytest.mark.parametrize("start, end, words", [(2030, None, "No figures in the years asked (from 2030)"),
                                                   (2008, 2006, "from 2008 to 2006"), (None, 1990, "years with figures: 2005-2009")])
    def test_a_range_without_figures_or_inverted_is_a_usage_mistake(self, start, end, words):
        """A range that runs backwards or holds no year with a figure raises NoSuchYear (exit 2), naming the years there are."""
        frame = make_frame([batches(str(y), 10 * (y - 2004)) for y in range(2005, 2010)])
        with pytest.raises(NoSuchYear, match=re.escape(words)):
            changes.yoy(frame, "batches", start=start, end=end)

    def test_claims_are_ignored(self):
        """A growth claim has no value and takes no part in yoy."""
        frame = make_frame([batches("2007", 10), batches("2008", 20),
                            {"metric": "batches", "period": "2008", "claim": "growth", "published_change": "+100%"}])
        assert changes.yoy(frame, "batches").height == 1

    def test_ratio_metric_has_a_yoy(self):
        """yoy accepts a derived metric such as value_per_batch."""
        frame = make_frame([{"metric": "value", "period": "2007", "value": 1000}, batches("2007", 10),
                            {"metric": "value", "period": "2008", "value": 3000}, batches("2008", 20)])
        check(changes.yoy(frame, "value_per_batch"), expected(
            {"metric": S, "unit": S, "from_value": F, "to_value": F, "change_pct": F, "qualifier": S},
            [("value_per_batch", "RMB per batch", 100.0, 150.0, 50.0, "exact")]))

    @pytest.mark.parametrize("value", [0, 5])
    def test_minus_100_percent_implies_no_value(self, value):
        """A rate of -100% cannot imply an earlier value: no NaN or infinite number comes out."""
        out = changes.yoy(make_frame([batches("2019", value, published_change="-100%")]), "batches")
        for column in ("from_value", "change", "change_pct"):
            for x in out[column].to_list():
                assert x is None or math.isfinite(x), f"{column} = {x}"


TRANSPORT = {"metric": "batches", "period": "2008", "dimension": "transport", "breakdown": "complete"}
CUSTOMS = {"metric": "batches", "period": "2008", "dimension": "customs", "breakdown": "top_n_plus_remainder"}
TOP_SCHEMA = {"dimension": S, "rank": I64, "member": S, "member_kind": S, "value": F, "share_pct": F, "share_base": S}


def customs_frame(total=None, total_source="test") -> pl.DataFrame:
    """Four customs districts (two tied), an Others row and a group row, with an optional national total."""
    records = [
        {**CUSTOMS, "member": "beijing", "value": 30},
        {**CUSTOMS, "member": "shanghai", "value": 50},
        {**CUSTOMS, "member": "others", "value": 70},
        {**CUSTOMS, "member": "guangzhou", "value": 50},
        {**CUSTOMS, "member": "top10_batches_2008", "value": 130},
        {**CUSTOMS, "member": "hangzhou", "value": 10},
    ]
    if total is not None:
        records.append(batches("2008", total, locator="Table 1", source=total_source))
    return make_frame(records)


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
        transport = {"metric": "batches", "period": "2008", "dimension": "transport"}
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


class TestSeries:
    def test_sorted_by_period_end_with_every_kind(self):
        """Every period kind is kept, in order of period_end (an open start before a closed one on the same end)."""
        labels = ["2020", "..2020", "2019", "2019-H1", "@2019-06-30", "2015..2017", "2018-07"]
        frame = make_frame([batches(p, i) for i, p in enumerate(labels)])
        check(changes.series(frame, "batches"), expected(
            {"period": S, "period_kind": S, "value": F}, [
                ("2015..2017", "span", 5.0), ("2018-07", "event", 6.0), ("@2019-06-30", "as_of", 4.0),
                ("2019-H1", "half_year", 3.0), ("2019", "year", 2.0), ("..2020", "cumulative", 1.0),
                ("2020", "year", 0.0),
            ]))

    def test_rounded_qualifier_keeps_its_precision(self):
        """series labels rounded figures rounded:P and leaves other qualifiers as they are."""
        frame = make_frame([batches("2019-H1", 23810000, qualifier="rounded", precision=10000),
                            batches("2018", 5, qualifier="at_least")])
        check(changes.series(frame, "batches"), expected(
            {"period": S, "qualifier": S}, [("2018", "at_least"), ("2019-H1", "rounded:10000")]))

    def test_filters_by_scope_dimension_and_member(self):
        """Without a dimension only totals are listed; scope and member narrow further."""
        frame = make_frame([
            batches("2008", 1), batches("2007", 2, scope="guangdong"),
            {"metric": "batches", "period": "2008", "dimension": "customs", "member": "beijing", "value": 3},
            {"metric": "batches", "period": "2008", "dimension": "customs", "member": "shanghai", "value": 4},
            {"metric": "cases", "period": "2008", "value": 5},
        ])
        assert changes.series(frame, "batches")[["period", "scope", "value"]].rows() == [
            ("2007", "guangdong", 2.0), ("2008", "national", 1.0)]
        assert changes.series(frame, "batches", scope="national")["value"].to_list() == [1.0]
        assert changes.series(frame, "batches", dimension="customs", member="shanghai")["value"].to_list() == [4.0]


class TestCagr:
    CAGR_SCHEMA = {"metric": S, "scope": S, "first_year": S, "first_value": F, "last_year": S,
                   "last_value": F, "years_published": pl.UInt32, "cagr_pct": F}

    def test_doubling_each_year(self):
        """100 in 2001 and 400 in 2003 is 100% a year; the middle year only counts in years_published."""
        frame = make_frame([{"metric": "cases", "period": p, "value": v} for p, v in [("2003", 400), ("2001", 100), ("2002", 7)]])
        check(changes.cagr(frame, "cases"), expected(self.CAGR_SCHEMA,
                                                     [("cases", "national", "2001", 100.0, "2003", 400.0, 3, 100.0)]))

    def test_only_exact_or_rounded_years_count(self):
        """Half-years and bounds are skipped; a gap shows in years_published."""
        frame = make_frame([
            batches("2000", 1, qualifier="at_least"), batches("2001", 100), batches("2003-H1", 5),
            batches("2004", 800, qualifier="rounded", precision=100), batches("2005", 10 ** 6, qualifier="approximate"),
        ])
        check(changes.cagr(frame, "batches"), expected(self.CAGR_SCHEMA,
                                                       [("batches", "national", "2001", 100.0, "2004", 800.0, 2, 100.0)]))

    def test_one_row_per_member_and_edge_cases(self):
        """Each member has its own growth; a zero start gives no rate; a single year gives no row."""
        ip = {"metric": "cases", "dimension": "ip_type"}
        frame = make_frame([
            {**ip, "member": "trademark", "period": "2001", "value": 10}, {**ip, "member": "trademark", "period": "2002", "value": 15},
            {**ip, "member": "patent", "period": "2001", "value": 0}, {**ip, "member": "patent", "period": "2003", "value": 4},
            {**ip, "member": "copyright", "period": "2002", "value": 9},
        ])
        check(changes.cagr(frame, "cases", dimension="ip_type").sort("member"), expected(
            {"member": S, "first_year": S, "last_year": S, "cagr_pct": F},
            [("patent", "2001", "2003", None), ("trademark", "2001", "2002", 50.0)]))


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

    @pytest.mark.parametrize("query", ["SELEC * FROM figures", "DROP TABLE figures", "CREATE TABLE x AS SELECT 1"])
    def test_only_select_is_run(self, query):
        """Anything but a SELECT (or WITH ... SELECT) is refused before it reaches polars."""
        with pytest.raises(QueryError, match="Only SELECT queries"):
            sql.sql(make_frame([batches("2007", 10)]), query)


# --- Hypothesis properties -------------------------------------------------------------

CATEGORY_ENTITIES = [k for k, (_n, kind, _a) in MEMBERS["category"].items() if kind == "entity"]
CUSTOMS_ENTITIES = [k for k, (_n, kind, _a) in MEMBERS["customs"].items() if kind == "entity"]


class TestProperties:
    @PROPERTY
    @given(st.dictionaries(st.sampled_from(CATEGORY_ENTITIES),
                           st.one_of(st.integers(1, 10 ** 12), st.floats(0.01, 1e12, allow_nan=False, allow_infinity=False)),
                           min_size=1))
    def test_shares_of_a_complete_breakdown_sum_to_100(self, values):
        """With no published total, the shares of a complete breakdown add up to 100."""
        frame = make_frame([{"metric": "value", "period": "2008", "dimension": "category", "member": m, "value": v,
                             "breakdown": "complete"} for m, v in values.items()])
        out = breakdowns.share(frame, "category", "value", 2008)
        assert out.height == len(values)
        assert math.isclose(out["share_pct"].sum(), 100.0, rel_tol=1e-9)

    @PROPERTY
    @given(st.dictionaries(st.sampled_from(CUSTOMS_ENTITIES), st.integers(0, 20), min_size=1),
           st.one_of(st.none(), st.integers(0, 100)), st.one_of(st.none(), st.integers(0, 500)))
    def test_ranking_is_a_sorted_permutation_of_the_entities(self, values, others, group):
        """top ranks every entity once by value descending (min ranks); remainder last and unranked; a group
        out where any of its parts is listed, and ranked like an entity where it stands alone."""
        records = [{**CUSTOMS, "member": m, "value": v} for m, v in values.items()]
        if others is not None:
            records.append({**CUSTOMS, "member": "others", "value": others})
        if group is not None:
            records.append({**CUSTOMS, "member": "top10_batches_2008", "value": group})
        out = breakdowns.top(make_frame(records), "batches", 2008)
        alone = group is not None and not set(values) & set(GROUP_PARTS[("customs", "top10_batches_2008")])
        ranked_values = {**values, **({"top10_batches_2008": group} if alone else {})}
        ranked = out.filter(pl.col("rank").is_not_null())
        assert sorted(ranked["member"].to_list()) == sorted(ranked_values)
        assert ranked["value"].to_list() == sorted(ranked_values.values(), reverse=True)
        ranks = ranked["rank"].to_list()
        assert ranks == sorted(ranks)
        assert ranks == [1 + sum(1 for x in ranked_values.values() if x > v) for v in ranked["value"].to_list()]
        assert set(ranked["member_kind"].to_list()) <= ({"entity", "group"} if alone else {"entity"})
        tail = out.slice(ranked.height)
        assert tail["member"].to_list() == ([] if others is None else ["others"])
        assert tail["rank"].null_count() == tail.height
        assert ("top10_batches_2008" in out["member"].to_list()) == alone

    @PROPERTY
    @given(st.integers(1990, 2020), st.integers(2, 12), st.one_of(st.integers(1, 10 ** 9), st.floats(0.001, 1e12)))
    def test_constant_series_has_zero_change(self, first, length, value):
        """Consecutive years with one value give length - 1 pairs, each with change 0 and change_pct 0."""
        frame = make_frame([batches(str(y), value) for y in range(first, first + length)])
        out = changes.yoy(frame, "batches")
        assert out.height == length - 1
        assert out["change"].to_list() == [0.0] * (length - 1)
        assert out["change_pct"].to_list() == [0.0] * (length - 1)
        assert out["from_period"].to_list() == [str(y) for y in range(first, first + length - 1)]

    @PROPERTY
    @given(st.dictionaries(st.tuples(st.integers(2000, 2006), st.sampled_from(["", "-H1", "-H2"])),
                           st.tuples(st.integers(0, 1000), st.sampled_from([None, None, "+10%", "-5%", "+0%"])),
                           min_size=1))
    def test_yoy_never_pairs_unlike_periods(self, figures):
        """Every pair joins two years, or two half-years of the same half, one year apart."""
        records = [batches(f"{year}{half}", value, **({"published_change": rate} if rate else {}))
                   for (year, half), (value, rate) in figures.items()]
        out = changes.yoy(make_frame(records), "batches")
        shape = re.compile(r"^(\d{4})(-H[12])?$")
        for from_period, to_period in out.select("from_period", "to_period").rows():
            a, b = shape.match(from_period), shape.match(to_period)
            assert a and b, (from_period, to_period)
            assert a.group(2) == b.group(2), (from_period, to_period)
            assert int(b.group(1)) - int(a.group(1)) == 1, (from_period, to_period)
        labels = {f"{y}{h}" for y, h in figures}
        assert set(out["to_period"].to_list()) <= labels
