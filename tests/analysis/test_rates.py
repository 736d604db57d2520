"""A printed rate held against the figures (ipr_stats.analysis.rates): the implied earlier value against what is
published for the same, an enclosing or an enclosed period; a restated base; a source's likely error."""

from __future__ import annotations

from ipr_stats.analysis.rates import rate_checks
from tests.helpers import make_frame

H1 = {"metric": "batches", "period": "2019-H1", "value": 6241, "published_change": "+1.5%", "source": "release-2019"}


def verdict(records, source="release-2019"):
    checks = rate_checks(make_frame(records)).filter(source=source)
    assert checks.height == 1, checks
    return checks.row(0, named=True)


class TestImpliedEarlierValue:
    def test_a_bound_for_the_same_period_rules_out_the_implied_value(self):
        """+1.5% on 6,241 implies about 6,149 for 2018-H1, where more than 32,000 were published: contradicted,
        citing the bound and its source."""
        bound = {"metric": "batches", "period": "2018-H1", "value": 32000, "qualifier": "at_least", "source": "daily-2018",
                 "locator": "para 1"}
        found = verdict([H1, bound])
        assert found["status"] == "contradicted"
        assert "for 2018-H1" in found["note"] and "32,000" in found["note"] and "daily-2018, para 1" in found["note"]
        assert "another basis than daily-2018" in found["note"]

    def test_a_figure_for_a_period_inside_the_implied_one_cannot_exceed_it(self):
        """12,947 for 1 January to 24 April 2018 is more than a whole 2018-H1 of 6,149 can hold."""
        inside = {"metric": "batches", "period": "2018-01-01..2018-04-24", "value": 12947, "source": "news-2018"}
        found = verdict([H1, inside])
        assert found["status"] == "contradicted" and "a period inside it" in found["note"]

    def test_a_figure_for_an_enclosing_period_cannot_be_smaller(self):
        """A year of 5,000 cannot enclose a half-year of 6,149; a year of 20,000 can."""
        year = {"metric": "batches", "period": "2018", "value": 5000, "source": "annual-2018"}
        assert verdict([H1, year])["status"] == "contradicted"
        found = verdict([H1, {**year, "value": 20000}])
        assert found["status"] == "not_checkable" and "fits what is published around it" in found["note"]

    def test_figures_that_allow_the_implied_value_leave_it_unchallenged(self):
        """Inside the implied half-year, a first quarter of 3,000 fits: nothing is flagged."""
        quarter = {"metric": "batches", "period": "2018-Q1", "value": 3000, "source": "q-2018"}
        assert verdict([H1, quarter])["status"] == "not_checkable"

    def test_another_series_says_nothing_of_this_one(self):
        """A bound on quantity, or on a channel, does not rule out an implied count of all batches."""
        other = {"metric": "quantity", "period": "2018-H1", "value": 32000, "qualifier": "at_least", "source": "daily-2018"}
        part = {"metric": "batches", "period": "2018-H1", "value": 32000, "dimension": "channel", "member": "post", "source": "daily-2018"}
        found = verdict([H1, other, part])
        assert (found["status"], found["note"].startswith("the earlier figure is not published")) == ("not_checkable", True)


class TestRestatedBase:
    OLD = {"metric": "cases", "period": "2024-H1", "scope": "japan", "value": 18153, "source": "mof-2024",
           "source_kind": "official", "source_date": "2024-09-06"}
    NEW = {"metric": "cases", "period": "2025-H1", "scope": "japan", "value": 17249, "published_change": "-5.6%",
           "source": "mof-2025", "source_kind": "official", "source_date": "2025-09-05"}

    def test_a_later_official_release_restated_the_base_it_compares_with(self):
        """-5.6% on 17,249 implies about 18,272 for 2024-H1, where the earlier official release printed 18,153: a
        revision, with the implied base in the note."""
        found = verdict([self.OLD, self.NEW], source="mof-2025")
        assert found["status"] == "revision" and "18,153" in found["note"] and "restated the base" in found["note"]

    def test_a_relay_that_misses_the_base_is_a_discrepancy(self):
        """The same rate printed by a news relay is not the administration restating anything."""
        found = verdict([self.OLD, {**self.NEW, "source_kind": "news"}], source="mof-2025")
        assert found["status"] == "discrepancy"
        news = verdict([{**self.OLD, "source_kind": "news"}, {**self.NEW, "source_kind": "news"}], source="mof-2025")
        assert news["status"] == "discrepancy"

    def test_a_rate_that_fits_the_base_is_consistent(self):
        assert verdict([self.OLD, {**self.NEW, "published_change": "-5.0%"}], source="mof-2025")["status"] == "consistent"


def test_a_source_error_is_not_judged():
    """A figure marked as its source's likely error gets that status and the reason, not a verdict."""
    wrong = {**H1, "value": 62410, "error": "a digit too many"}
    found = verdict([wrong, {"metric": "batches", "period": "2018-H1", "value": 6149, "source": "daily-2018"}])
    assert found["status"] == "source_error" and "a digit too many" in found["note"]
