"""The preference rule (ipr_stats.data.versions) on hand-built versions of the same figure, and the
queries that go through it: one version per figure, one source per breakdown."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipr_stats.analysis import breakdowns, changes
from ipr_stats.analysis.catalog import tidy
from ipr_stats.data.versions import in_use, with_preference
from ipr_stats.errors import QueryError
from tests.helpers import make_frame


def version(source: str, value, **extra) -> dict:
    """National batches in 2018 as one source publishes them."""
    return {"metric": "batches", "period": "2018", "value": value, "source": source, **extra}


def preferred_source(*versions: dict) -> str:
    chosen = in_use(make_frame(list(versions)))
    assert chosen.height == 1
    return chosen["source"][0]


class TestRule:
    def test_final_over_preliminary(self):
        """A final release wins over a preliminary one, even when the preliminary one is the customs' own text."""
        assert preferred_source(version("jan", 19000, stage="preliminary", source_kind="official"),
                                version("apr", 19100, stage="final", source_kind="news")) == "apr"

    def test_retrospective_last(self):
        """A retrospective restatement loses to a preliminary release."""
        assert preferred_source(version("later", 19100, stage="retrospective"),
                                version("jan", 19000, stage="preliminary")) == "jan"

    @pytest.mark.parametrize("better, worse", [("official", "news"), ("news", "summary"), ("summary", "aggregator")])
    def test_kind_order(self, better, worse):
        """At the same stage: the customs' own text, then a news relay, a summary, an aggregator."""
        assert preferred_source(version("b", 1, source_kind=worse), version("a", 1, source_kind=better)) == "a"

    def test_finer_figure_first(self):
        """An exact count over a round one, which is no finer than a rounded figure of the same unit."""
        assert preferred_source(version("a", 24000), version("b", 23860)) == "b"
        assert preferred_source(version("a", 24000), version("b", 23900, qualifier="rounded", precision=100)) == "b"
        assert preferred_source(version("a", 11135), version("b", 11100, qualifier="rounded", precision=100)) == "a"

    def test_tighter_bound_first(self):
        """Of two lower bounds the larger, of two upper bounds the smaller, says more."""
        assert preferred_source(version("a", 40000000, qualifier="at_least"), version("b", 40940000, qualifier="at_least")) == "b"
        assert preferred_source(version("a", 1000, qualifier="at_most"), version("b", 900, qualifier="at_most")) == "b"

    def test_exact_over_rounded_over_bound_over_approximate(self):
        """At the same stage and kind: exact, then rounded (finer first), then a bound, then an approximation."""
        rounded_fine = version("c", 19100, qualifier="rounded", precision=100)
        rounded_coarse = version("d", 19000, qualifier="rounded", precision=1000)
        bound = version("b", 19000, qualifier="at_least")
        approx = version("a", 19000, qualifier="approximate")
        exact = version("e", 19123)
        assert preferred_source(approx, bound, rounded_coarse, rounded_fine, exact) == "e"
        assert preferred_source(approx, bound, rounded_coarse, rounded_fine) == "c"
        assert preferred_source(approx, bound, rounded_coarse) == "d"
        assert preferred_source(approx, bound) == "b"

    def test_a_source_error_is_never_preferred(self):
        """A figure marked as its source's likely error loses to any sound version, and is still kept."""
        wrong = version("official", 445000, source_kind="official", error="4.45万 read as 445,000")
        right = version("relay", 44500, source_kind="aggregator", qualifier="rounded", precision=100)
        assert preferred_source(wrong, right) == "relay"
        assert with_preference(make_frame([wrong, right])).height == 2


    def test_later_publication_then_id(self):
        """All else equal, the later publication wins; then the source id decides."""
        assert preferred_source(version("a", 1, source_date="2019-01-21"), version("b", 2, source_date="2019-04-26")) == "b"
        assert preferred_source(version("b", 1), version("a", 2)) == "a"

    @settings(max_examples=30, deadline=None)
    @given(st.permutations(["official", "news", "summary", "aggregator"]))
    def test_order_of_rows_does_not_matter(self, kinds):
        """The choice depends on the versions, never on the order of the files."""
        rows = [version(f"s-{kind}", i, source_kind=kind) for i, kind in enumerate(kinds)]
        assert preferred_source(*rows) == "s-official"

    def test_versions_are_counted_and_claims_kept(self):
        """Every row learns how many sources publish its figure; a claim is always kept."""
        frame = make_frame([version("a", 1), version("b", 2), version("c", 3, period="2019"),
                            {"metric": "batches", "period": "2018", "dimension": "direction", "member": "export",
                             "claim": "share", "published_share": "95%", "source": "a"}])
        marked = with_preference(frame)
        assert marked["versions"].to_list() == [2, 2, 1, 1]
        assert in_use(frame)["source"].to_list() == ["a", "c", "a"]

    def test_a_source_chosen_by_name(self):
        """--source keeps that source's figures, each counted as preferred, so a query given them keeps them."""
        frame = make_frame([version("a", 1), version("b", 2)])
        chosen = in_use(frame, source="b")
        assert (chosen["value"].to_list(), chosen["preferred"].to_list()) == ([2.0], [True])
        assert in_use(chosen)["value"].to_list() == [2.0]
        with pytest.raises(QueryError, match="Unknown source 'bb'. Did you mean 'b'"):
            tidy(frame, source="bb")  # the caller checks the name; versions decides only the preference


class TestSecondLooks:
    def test_a_finer_version_within_the_chosen_one_wins(self):
        """'Over 43,000' from the customs' own text gives way to a summary's 43,671, which it allows; a round 43,000
        (42,500 to 43,500, EU: rounded, not truncated) does not allow 43,671 and keeps its place."""
        floor = version("ec", 43000, scope="eu", qualifier="at_least", source_kind="official")
        exact = version("wtr", 43671, scope="eu", source_kind="summary")
        assert preferred_source(floor, exact) == "wtr"
        assert preferred_source({**floor, "qualifier": "rounded", "precision": 1000}, exact) == "ec"

    def test_a_tighter_bound_refines_a_looser_one_of_another_kind(self):
        """'More than 71 million' (news) gives way to 'more than 71.8 million' (a summary)."""
        news = version("news", 71000000, qualifier="at_least", source_kind="news")
        summary = version("summary", 71800000, qualifier="at_least", source_kind="summary")
        assert preferred_source(news, summary) == "summary"

    def test_refinement_keeps_to_one_stage(self):
        """A preliminary 71.8 million does not displace the final release's 'more than 71 million'."""
        final = version("final", 71000000, qualifier="at_least", stage="final")
        early = version("early", 71800000, qualifier="rounded", precision=100000, stage="preliminary")
        assert preferred_source(final, early) == "final"

    def test_a_version_its_own_rate_confirms_wins_over_one_that_disagrees(self):
        """26,415 printed with +16.6% on a published 22,655 wins over a later 26,145 (transposed digits); without the
        earlier figure nothing confirms it and the later publication keeps its place."""
        def cases(source, value, **extra):
            return {"metric": "cases", "scope": "japan", "period": "2008", "value": value, "source": source, **extra}
        later = cases("havoc", 26145, source_date="2012")
        confirmed = cases("dragon", 26415, published_change="+16.6%", source_date="2009-03-17")
        earlier = {**cases("mof", 22655), "period": "2007"}
        chosen = in_use(make_frame([later, confirmed, earlier])).filter(pl.col("period") == "2008")
        assert chosen["source"].to_list() == ["dragon"]
        assert preferred_source(later, confirmed) == "havoc"

def transport(source: str, member: str, value, **extra) -> dict:
    return {"metric": "batches", "period": "2008", "dimension": "transport", "member": member, "value": value,
            "source": source, "breakdown": "complete", **extra}


class TestBreakdowns:
    FRAME = [
        version("report", 11135, period="2008", locator="Table 1"),
        transport("report", "post", 7432), transport("report", "express", 1447), transport("report", "sea", 2256),
        version("relay", 11100, period="2008", qualifier="rounded", precision=100, source_kind="news", locator="para 1"),
        transport("relay", "post", 7400, qualifier="rounded", precision=100, source_kind="news", locator="para 2"),
        transport("relay", "air", 345, source_kind="news", locator="para 2"),
    ]

    def test_a_breakdown_comes_whole_from_one_source(self):
        """The preferred source gives every member of the breakdown; a member only another source lists stays a
        figure of its own (never hidden) but is not part of that breakdown."""
        chosen = in_use(make_frame(self.FRAME)).filter(pl.col("dimension") == "transport")
        whole = chosen.filter(pl.col("source") == pl.col("breakdown_source"))
        assert sorted(whole["member"].to_list()) == ["express", "post", "sea"] and set(whole["source"]) == {"report"}
        alone = chosen.filter(pl.col("source") != pl.col("breakdown_source"))
        assert (alone["member"].to_list(), alone["source"].to_list()) == (["air"], ["relay"])
        assert chosen.filter(pl.col("member") == "post")["source"].to_list() == ["report"]

    def test_share_never_lists_a_member_twice_nor_divides_across_sources(self):
        """share uses one source's parts and that source's own total, even when another total is preferred."""
        frame = make_frame(self.FRAME)
        out = breakdowns.share(frame, "transport", "batches", 2008)
        assert sorted(out["member"].to_list()) == ["express", "post", "sea"]
        assert out.filter(pl.col("member") == "post")["share_pct"][0] == pytest.approx(7432 / 11135 * 100)
        theirs = breakdowns.share(frame, "transport", "batches", 2008, source="relay")
        assert sorted(theirs["member"].to_list()) == ["air", "post"]
        assert theirs.filter(pl.col("member") == "post")["share_pct"][0] == pytest.approx(7400 / 11100 * 100)
        summary = breakdowns.breakdown_summary(frame, "transport", "batches", 2008)
        assert (summary["source"], summary["total_source"], summary["other_sources"]) == ("report", "report", ["relay"])

    def test_a_breakdown_whose_source_prints_no_total(self):
        """Shares of a breakdown whose source prints no total are of its parts' sum when complete, never of another's total."""
        rows = [version("report", 11135, period="2008")] + [
            transport("relay", m, v, source_kind="official", source_date="2011") for m, v in (("post", 30), ("sea", 10))]
        out = breakdowns.share(make_frame(rows), "transport", "batches", 2008)
        assert out["share_pct"].to_list() == [75.0, 25.0]
        assert out["share_base"][0] == "sum of the listed rows (a complete breakdown)"


class TestSeries:
    def test_yoy_chains_the_preferred_version_of_each_year(self):
        """Each year's preferred version is paired with the year before's, whichever sources they come from."""
        frame = make_frame([
            version("y2017", 100, period="2017"),
            version("jan", 150, stage="preliminary"), version("apr", 160),
            version("y2019", 200, period="2019", source_kind="news"),
        ])
        out = changes.yoy(frame, "batches")
        assert out.select("from_period", "to_period", "from_value", "to_value", "source").rows() == [
            ("2017", "2018", 100.0, 160.0, "apr"), ("2018", "2019", 160.0, 200.0, "y2019")]
        assert out["to_versions"].to_list() == [2, 1]

    def test_series_all_versions(self):
        """series lists one figure a period, or every version with the preferred one marked."""
        frame = make_frame([version("jan", 150, stage="preliminary"), version("apr", 160)])
        assert changes.series(frame, "batches")["value"].to_list() == [160.0]
        every = changes.series(frame, "batches", all_versions=True)
        assert every.select("source", "preferred").rows() == [("apr", True), ("jan", False)]

    def test_quarters_and_years_to_date_pair_with_their_like(self):
        """A quarter pairs with the same quarter a year before, a year to date with the same span; never with each other."""
        frame = make_frame([
            {"metric": "batches", "period": "2018-Q1", "value": 10}, {"metric": "batches", "period": "2019-Q1", "value": 12},
            {"metric": "batches", "period": "2018-01..2018-09", "period_kind": "year_to_date", "value": 30},
            {"metric": "batches", "period": "2019-01..2019-09", "period_kind": "year_to_date", "value": 33},
            {"metric": "batches", "period": "2019-01..2019-06", "period_kind": "year_to_date", "value": 20},
        ])
        pairs = changes.yoy(frame, "batches").select("from_period", "to_period").rows()
        assert pairs == [("2018-Q1", "2019-Q1"), ("2018-01..2018-09", "2019-01..2019-09")]
