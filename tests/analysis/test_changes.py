"""Year-over-year change, series and compound growth (ipr_stats.analysis.changes) over small hand-built frames."""

from __future__ import annotations

import math
import re

import polars as pl
import pytest

from ipr_stats.analysis import changes
from ipr_stats.errors import (
    NoSuchYear,
)
from tests.helpers import IMPLIED, NO_LIKE, YOY_COLUMNS, ZERO, F, S, batches, bound_reason, check, expected, make_frame


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

    def test_start_and_end_keep_fiscal_years_by_the_year_they_end(self):
        """start=2016 keeps the change into FY2016 (October 2015 to September 2016), and end=2015 the one into FY2015."""
        frame = make_frame([{"metric": "seizures", "scope": "us", "period": f"FY{y}", "value": y - 2000} for y in (2014, 2015, 2016)])
        periods = lambda out: out.select("from_period", "to_period").rows()  # noqa: E731
        assert periods(changes.yoy(frame, "seizures", scope="us", start=2016)) == [("FY2015", "FY2016")]
        assert periods(changes.yoy(frame, "seizures", scope="us", end=2015)) == [("FY2014", "FY2015")]
        with pytest.raises(NoSuchYear, match=re.escape("years with figures: 2014-2016")):
            changes.yoy(frame, "seizures", scope="us", start=2017)

    def test_a_year_to_date_to_the_end_of_february_pairs_across_a_leap_year(self):
        """January-February 2021 follows January-February 2020, which ends on the 29th: the like period a year before."""
        frame = make_frame([batches("2020-01..2020-02", 100, period_kind="year_to_date"),
                            batches("2021-01..2021-02", 120, period_kind="year_to_date")])
        check(changes.yoy(frame, "batches"), expected(
            {"from_period": S, "from_status": S, "to_period": S, "change": F},
            [("2020-01..2020-02", "published", "2021-01..2021-02", 20.0)]))

    def test_an_implied_earlier_year_to_date_is_the_like_period_before(self):
        """A rate printed beside January-February 2024 (to the 29th) implies January-February 2023, to the 28th."""
        frame = make_frame([batches("2024-01-01..2024-02-29", 110, period_kind="year_to_date", published_change="+10%")])
        check(changes.yoy(frame, "batches"), expected(
            {"from_period": S, "from_value": F, "from_status": S}, [("2023-01-01..2023-02-28", 100.0, "implied")]))

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


class TestUnpublishedYears:
    def test_a_missing_year_gets_a_row_with_no_value(self):
        """Between each run's first and last yearly figures, a year no source published is a row of its own, in
        period order, with no value and published false; other kinds of period and other scopes get none."""
        frame = make_frame([batches("2015", 1), batches("2018", 4), batches("2016-H1", 9), batches("2014", 7, scope="guangdong"),
                            batches("2017", 8, scope="guangdong")])
        table = changes.unpublished_years(changes.series(frame, "batches"))
        rows = table.select("period", "scope", "value", "published").rows()
        assert rows == [("2014", "guangdong", 7.0, True), ("2015", "guangdong", None, False), ("2015", "national", 1.0, True),
                        ("2016-H1", "national", 9.0, True), ("2016", "guangdong", None, False),
                        ("2016", "national", None, False), ("2017", "guangdong", 8.0, True),
                        ("2017", "national", None, False), ("2018", "national", 4.0, True)]
        assert table.filter(~table["published"])["unit"].to_list() == ["batch"] * 4

    def test_fiscal_years_are_filled_as_fiscal_years(self):
        """A run of US fiscal years gains FY labels, with the fiscal year's own first and last days."""
        frame = make_frame([batches("FY2021", 1, scope="us"), batches("FY2023", 2, scope="us")])
        gap = changes.unpublished_years(changes.series(frame, "batches")).row(1, named=True)
        assert (gap["period"], str(gap["period_start"]), str(gap["period_end"])) == ("FY2022", "2021-10-01", "2022-09-30")

    def test_a_series_without_gaps_is_unchanged_but_for_the_column(self):
        """No gap: every row is there as it was, published."""
        series = changes.series(make_frame([batches("2019", 1), batches("2020", 2)]), "batches")
        assert changes.unpublished_years(series).drop("published").equals(series)


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


def marked(records):
    """A frame of hand-built figures with its versions marked, as the loaded data's is."""
    from ipr_stats.data.versions import with_preference

    return with_preference(make_frame(records))


class TestYoyVerdicts:
    """yoy shows the audit's verdict on each printed rate, by the one rule of ipr_stats.analysis.rates."""

    @pytest.mark.parametrize("metric, scope, before, after, printed", [
        ("quantity", "national", ("2018-H1", 7100000), ("2019-H1", 23810000), "+100.7%"),
        ("seizures", "national", ("2017", 22500), ("2018", 49700), "+220%"),
        ("cases", "japan", ("2024-H1", 18153), ("2025-H1", 17249), "-5.6%"),
    ])
    def test_a_printed_rate_the_figures_do_not_bear_out(self, metric, scope, before, after, printed):
        rows = [{"metric": metric, "scope": scope, "period": before[0], "value": before[1]},
                {"metric": metric, "scope": scope, "period": after[0], "value": after[1], "published_change": printed}]
        (pair,) = changes.yoy(marked(rows), metric, scope=scope).iter_rows(named=True)
        assert pair["verdict"] == "discrepancy" and pair["published_change"] == printed

    def test_a_fitting_rate_is_consistent(self):
        rows = [batches("2007", 100), {**batches("2008", 150), "published_change": "+50%"}]
        assert changes.yoy(marked(rows), "batches")["verdict"].to_list() == ["consistent"]

    def test_an_implied_pair_that_published_figures_rule_out(self):
        """+1.5% on 6,241 implies 6,149 for 2018-H1, where another release printed more than 32,000: the pair's
        verdict is contradicted and its note cites the bound."""
        rows = [{"metric": "batches", "period": "2019-H1", "value": 6241, "published_change": "+1.5%", "source": "h1"},
                {"metric": "batches", "period": "2018-H1", "value": 32000, "qualifier": "at_least", "source": "daily"}]
        (pair,) = changes.yoy(marked(rows), "batches").iter_rows(named=True)
        assert (pair["from_status"], pair["verdict"]) == ("implied", "contradicted") and "daily" in pair["verdict_note"]


def test_a_rate_printed_only_by_another_version_serves():
    """2020's preferred version prints no rate; another version of the same figure prints +20%: yoy implies 2019 from
    it, naming its source. A version that disagrees with the preferred one lends nothing."""
    final = {**batches("2020", 61900), "qualifier": "rounded", "precision": 100, "source": "final", "source_date": "2021-04"}
    early = {**final, "source": "early", "stage": "preliminary", "published_change": "+20%", "source_date": "2021-01"}
    (pair,) = changes.yoy(marked([final, early]), "batches").iter_rows(named=True)
    assert pair["from_period"] == "2019" and pair["from_value"] == pytest.approx(61900 / 1.2)
    assert "early" in pair["note"]
    other = {**early, "value": 50000}
    assert changes.yoy(marked([final, other]), "batches").is_empty()


class TestNotes:
    NOTES = [{"metric": "batches", "scope": "national", "period": "2009", "period_kind": "year", "start": "2009-01-01",
              "end": "2009-12-31", "locator": "para 2", "note": "A campaign ran.", "source": "daily"}]

    def test_a_pair_carries_the_notes_of_either_period(self):
        rows = [batches("2008", 10), batches("2009", 20), batches("2010", 30), batches("2011", 40)]
        pairs = changes.yoy(marked(rows), "batches", notes=self.NOTES)
        assert [n is not None for n in pairs["notes"].to_list()] == [True, True, False]
        assert pairs["notes"][0] == "2009: A campaign ran. (daily, para 2)"

    def test_a_series_row_carries_the_notes_of_its_period_only(self):
        """A note on 2009 concerns 2009 and its halves, not 2010."""
        rows = [batches("2009", 20), batches("2009-H2", 12), batches("2010", 30)]
        s = changes.series(marked(rows), "batches", notes=self.NOTES)
        assert dict(zip(s["period"], s["notes"].is_not_null())) == {"2009-H2": True, "2009": True, "2010": False}

    def test_a_growth_names_the_noted_periods_it_spans(self):
        rows = [batches("2008", 10), batches("2011", 40)]
        assert changes.cagr(marked(rows), "batches", notes=self.NOTES)["noted"].to_list() == ["2009"]
        assert changes.cagr(marked(rows), "batches")["noted"].to_list() == [None]

    def test_a_growth_carries_the_notes_it_spans(self):
        rows = [batches("2008", 10), batches("2011", 40)]
        assert changes.cagr(marked(rows), "batches", notes=self.NOTES)["notes"].to_list() == ["2009: A campaign ran. (daily, para 2)"]
        later = [batches("2010", 10), batches("2011", 40)]
        assert changes.cagr(marked(later), "batches", notes=self.NOTES)["notes"].to_list() == [None]
