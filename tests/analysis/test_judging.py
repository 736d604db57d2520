"""The one interval rule (ipr_stats.analysis.judging): every figure is the interval its printing allows, and a verdict
is whether two intervals meet."""

from __future__ import annotations

import pytest

from ipr_stats.analysis.judging import (
    INF,
    Interval,
    bounds,
    judge,
    judge_number,
    meet,
    percent_bounds,
    rate_verdict,
    share_judgement,
)


class TestMeet:
    def test_closed_intervals_meet_at_an_end(self):
        """[1, 2] and [2, 3] share 2; [1, 2] and [2.1, 3] share nothing."""
        assert meet((1, 2), (2, 3)) and not meet((1, 2), (2.1, 3))

    def test_an_open_end_excludes_itself(self):
        """'Less than 1%' is below 1: a computed 1.0 does not meet it, 0.99 does."""
        below_one = Interval(-INF, 1.0, open_high=True)
        assert not meet((1.0, 1.0), below_one) and meet((0.99, 0.99), below_one)
        assert not meet(Interval(99.0, INF, open_low=True), (99.0, 99.0))


class TestIntervals:
    @pytest.mark.parametrize("printed, interval", [
        ("49.3%", (49.25, 49.35)), ("3%", (2.5, 3.5)), ("about 50%", (45.0, 55.0)),
        ("Less than 1%", Interval(-INF, 1.0, open_high=True)), ("exceeding 99%", Interval(99.0, INF, open_low=True)),
    ])
    def test_a_printed_percentage(self, printed, interval):
        """Half a unit of the last digit either side; a bound is open on its side; 'about' allows 10%."""
        got = percent_bounds(printed)
        assert got[:2] == pytest.approx(tuple(interval)[:2]) and got[2:] == Interval(*interval)[2:]

    @pytest.mark.parametrize("rec, interval", [
        ({"value": 47200, "qualifier": "rounded", "precision": 100}, (47150, 47250)),
        ({"value": 19100, "qualifier": "at_least"}, (19100, INF)),
        ({"value": 50000, "qualifier": "approximate"}, (45000, 55000)),
        ({"value": 11135, "qualifier": "exact"}, (11135, 11135)),
    ])
    def test_a_published_figure(self, rec, interval):
        """A rounded figure within half its last unit, a bound open on one side, an approximation within 10%, an exact one itself."""
        assert bounds(rec) == pytest.approx(interval)

    def test_a_figure_printed_to_a_decimal_allows_half_of_it(self):
        """A total printed to the unit holds any sum within 0.5 of it."""
        assert bounds({"value": 100, "qualifier": "exact"}, decimals=0) == (99.5, 100.5)
        assert judge_number(100, "exact", 100.4)[0] == "consistent" and judge_number(100, "exact", 100.6)[0] == "discrepancy"


class TestVerdicts:
    def test_a_share_of_rounded_figures_is_the_quotient_of_their_intervals(self):
        """1.2万 in 3万, each to the thousand, allows 11,500/30,500 to 12,500/29,500 (37.7% to 42.4%): '42%' holds,
        '43%' does not, and neither would '42%' of exact figures."""
        part = {"value": 12000, "qualifier": "rounded", "precision": 1000}
        whole = {"value": 30000, "qualifier": "rounded", "precision": 1000}
        assert share_judgement("42%", [part], [whole])[0] == "consistent"
        assert share_judgement("43%", [part], [whole])[0] == "discrepancy"
        assert share_judgement("42%", [{**part, "qualifier": "exact"}], [{**whole, "qualifier": "exact"}])[0] == "discrepancy"

    def test_a_rate_without_an_earlier_figure_is_not_checkable(self):
        """No earlier figure, or an earlier zero: nothing to compute the rate from, with the reason."""
        rec = {"value": 10, "qualifier": "exact", "published_change": "+5%"}
        assert rate_verdict(rec, None)[1:] == ("not_checkable", None, "the earlier figure is not published")
        assert rate_verdict(rec, {"value": 0, "qualifier": "exact"})[1:] == ("not_checkable", None, "the earlier figure is zero")

    def test_a_rate_and_a_share_are_judged_alike(self):
        """A printed rate is the share of the later figure in the earlier one, less 100: the same intervals decide both."""
        earlier, later = {"value": 200, "qualifier": "exact"}, {"value": 250, "qualifier": "exact", "published_change": "+25%"}
        computed, status, _diff, _note = rate_verdict(later, earlier)
        assert (computed, status) == (25.0, "consistent")
        assert share_judgement("125%", [later], [earlier])[0] == status

    def test_a_bound_holds_or_fails(self):
        """'Less than 1%' holds for 0.9% and fails for 1%; the note says it is a bound."""
        assert judge("Less than 1%", 0.9)[0] == "consistent"
        status, _diff, note = judge("Less than 1%", 1.0)
        assert status == "discrepancy" and note == "the bound is < 1%"
