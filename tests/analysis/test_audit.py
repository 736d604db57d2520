"""The audit finds planted discrepancies of every kind, and leaves consistent figures alone."""

from __future__ import annotations

import csv
import io

import pytest

import ipr_stats
from tests.helpers import make_frame

SOURCE = 'source: {id: synth, title: Synthetic report, publisher: Test, published: "2010", language: en, kind: official}\n'

CLEAN = SOURCE + """records:
  - {locator: T1, metric: batches, period: "2008", value: 100}
  - {locator: T1, metric: batches, period: "2009", value: 150, published_change: "+50.0%"}
  - locator: T2
    period: "2009"
    metric: batches
    dimension: transport
    breakdown: complete
    figures:
      - {member: post, value: 90, published_share: "60%"}
      - {member: sea, value: 55, published_share: "36.7%"}
      - {member: air, value: 5, published_share: "Less than 4%"}
  - locator: T3
    period: "2009"
    metric: batches
    dimension: origin
    breakdown: top_n_plus_remainder
    figures:
      - {member: us, value: 60}
      - {member: gb, value: 40}
      - {member: others, value: 50}
  - {locator: T4, period: "2009", metric: batches, dimension: origin, member: us_gb, claim: share, published_share: "about 67%"}
  - {locator: T5, period: "2001", metric: cases, value: 100}
  - {locator: T5, period: "2003", metric: cases, value: 400}
  - {locator: T5, period: 2001..2003, metric: cases, claim: average_growth, published_change: "about 100%"}
"""

# kind -> (a one-line change to CLEAN that plants it, the locator that must be flagged)
PLANTED = {
    "rate": (("+50.0%", "+55.0%"), "T1"),
    "share": (('"36.7%"', '"38%"'), "T2"),
    "share bound": (('"Less than 4%"', '"Less than 3%"'), "T2"),
    "total": (("{member: sea, value: 55,", "{member: sea, value: 57,"), "T2"),
    "breakdowns": (("{member: others, value: 50}", "{member: others, value: 49}"), "T3"),
    "claim share": (('"about 67%"', '"about 80%"'), "T4"),
    "claim growth": (('"about 100%"', '"about 50%"'), "T5"),
}


def audit_rows(run, write_yaml, text, *args):
    path = write_yaml(text, "synth.yaml")
    code, out, err = run("--no-bundled", "--data", str(path), "audit", "--format", "csv", *args)
    return code, list(csv.DictReader(io.StringIO(out))), err


def test_clean_dataset_is_consistent(run, write_yaml):
    """Every check of a consistent synthetic dataset is consistent, and --strict exits 0."""
    code, rows, err = audit_rows(run, write_yaml, CLEAN, "--strict")
    assert (code, err) == (0, "")
    assert {r["status"] for r in rows} == {"consistent"}
    assert {r["check"] for r in rows} == {"rate", "share", "total", "claim", "breakdowns"}


@pytest.mark.parametrize("kind", list(PLANTED))
def test_planted_discrepancy_is_found(run, write_yaml, kind):
    """A planted discrepancy is reported at its locator, and --strict exits 1."""
    (old, new), locator = PLANTED[kind]
    assert old in CLEAN
    code, rows, err = audit_rows(run, write_yaml, CLEAN.replace(old, new, 1), "--strict")
    assert code == 1 and "discrepancies found" in err
    flagged = [r for r in rows if r["status"] == "discrepancy"]
    assert flagged and all(r["locator"] == locator or r["check"] in ("total", "breakdowns", "share") for r in flagged)
    assert any(r["locator"] == locator for r in flagged)


def test_rounding_rule_edges(run, write_yaml):
    """Half a unit of the last printed digit is the limit: 33.3% holds for 1/3, 33.2% does not."""
    text = SOURCE + """records:
  - {locator: T1, metric: batches, period: "2009", value: 3}
  - {locator: T2, metric: batches, period: "2009", dimension: direction, member: import, value: 1, published_share: "33.3%"}
  - {locator: T3, metric: batches, period: "2009", dimension: direction, member: export, value: 1, published_share: "33.2%"}
"""
    _, rows, _ = audit_rows(run, write_yaml, text, "--check", "share")
    assert [(r["locator"], r["status"]) for r in rows] == [("T2", "consistent"), ("T3", "discrepancy")]


def test_not_checkable_says_why(run, write_yaml):
    """A rate with no earlier figure is not checkable, with the reason."""
    text = SOURCE + 'records:\n  - {locator: T1, metric: batches, period: "2009", value: 3, published_change: "+5%"}\n'
    _, rows, _ = audit_rows(run, write_yaml, text)
    assert [(r["status"], r["note"]) for r in rows] == [
        ("not_checkable", "the earlier figure is not published (the rate implies 2 to 3 for 2008)")]


def test_cross_source(run, write_yaml, tmp_path):
    """The same figure from two sources is compared; a regional share implies a national total."""
    other = ('source: {id: synth-b, title: B, publisher: Test, published: "2011", language: en, kind: official}\nrecords:\n'
             '  - {locator: p1, metric: batches, period: "2009", value: 160}\n'
             '  - {locator: p2, metric: batches, period: "2009", scope: guangdong, value: 40, published_share: "25%"}\n')
    write_yaml(other, "b.yaml")
    path = write_yaml(SOURCE + 'records:\n  - {locator: T1, metric: batches, period: "2009", value: 150}\n', "a.yaml")
    code, out, _ = run("--no-bundled", "--data", str(path), "--data", str(tmp_path / "b.yaml"), "audit", "--check", "cross_source", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    # the two releases disagree (150 against the preferred, later 160), which 40 at "25%" allows
    assert [r["status"] for r in rows] == ["disagreement", "consistent"]


class TestBundled:
    def test_known_problems_found(self, run):
        """On the bundled data the audit finds the misprints a careful reader finds, by the general rules."""
        _, out, _ = run("audit", "--only-discrepancies", "--format", "csv")
        found = {(r["check"], r["locator"]) for r in csv.DictReader(io.StringIO(out))}
        assert {("total", "Table 6"), ("total", "Table 10"), ("share", "Table 9"), ("share", "Table 5"),
                ("claim", "II(III)"), ("claim", "para 27")} <= found

    def test_strict_exit_code(self, run):
        """--strict exits 1 on the bundled data, which has discrepancies; without it, 0."""
        assert run("audit")[0] == 0
        assert run("audit", "--strict")[0] == 1

    def test_footer_states_the_rule(self, run):
        """The table's footer states the rounding rule and the counts."""
        _, out, _ = run("audit", "--check", "rate", tty=True, width=120)
        assert "half a unit of its last digit" in out and "consistent" in out


class TestAcrossReleases:
    """The same figure from several releases: compared by the values their printing allows."""

    @staticmethod
    def cross(rows):
        out = ipr_stats.audit(make_frame(rows), check="cross_source")
        return [(r["source"], r["status"]) for r in out.iter_rows(named=True)]

    @staticmethod
    def batches(source, value, **extra):
        return {"metric": "batches", "period": "2018", "value": value, "source": source, **extra}

    def test_a_revised_preliminary_figure_is_a_revision(self):
        """A final release that changed a preliminary figure is a revision, not a disagreement."""
        rows = [self.batches("jan", 19000, stage="preliminary", source_date="2019-01-21"),
                self.batches("apr", 19100, source_date="2019-04-26")]
        assert self.cross(rows) == [("jan", "revision")]
        rows[1]["source_date"] = "2011"  # a page's date is not the release's: the stages decide
        assert self.cross(rows) == [("jan", "revision")]

    def test_two_final_releases_that_differ_disagree(self):
        """Two final releases printing different exact figures disagree."""
        assert self.cross([self.batches("a", 19000), self.batches("b", 19100, source_kind="news")]) == [("b", "disagreement")]

    @pytest.mark.parametrize("relay, status", [
        ({"value": 47200, "qualifier": "rounded", "precision": 100}, "consistent"),   # 4.72万 allows 47,150 to 47,250
        ({"value": 47300, "qualifier": "rounded", "precision": 100}, "disagreement"),
        ({"value": 47000, "qualifier": "at_least"}, "consistent"),                    # more than 47,000
        ({"value": 47300, "qualifier": "at_least"}, "disagreement"),
        ({"value": 50000, "qualifier": "approximate"}, "consistent"),                 # nearly 50,000: within 10%
        ({"value": 60000, "qualifier": "approximate"}, "disagreement"),
    ])
    def test_rounding_and_bounds_allow_what_they_allow(self, relay, status):
        """A rounded, bounded or approximate relay agrees with an exact report when the values it allows include it."""
        rows = [self.batches("report", 47213), self.batches("relay", source_kind="news", **relay)]
        assert self.cross(rows) == [("relay", status)]

    def test_unlike_figures_are_not_compared(self):
        """Cases are not batches, and an import-only figure is not the national total: neither is compared."""
        rows = [self.batches("a", 100), {"metric": "cases", "period": "2018", "value": 50, "source": "b"},
                self.batches("c", 40, dimension="direction", member="import")]
        assert self.cross(rows) == []

    def test_a_rate_that_conflicts_with_another_releases_earlier_figure(self):
        """A printed rate is checked against the earlier figure that another release printed, and says so."""
        rows = [self.batches("y2018", 100), {"metric": "batches", "period": "2019", "value": 150, "source": "y2019",
                                             "published_change": "+20%"}]
        out = ipr_stats.audit(make_frame(rows), check="rate").row(0, named=True)
        assert out["status"] == "discrepancy" and "earlier figure from y2018" in out["note"]
        rows[1]["published_change"] = "+50%"
        assert ipr_stats.audit(make_frame(rows), check="rate")["status"].to_list() == ["consistent"]

    def test_a_rate_of_rounded_figures_allows_their_rounding(self):
        """A rate printed beside rounded figures is consistent when some values the rounding allows give it."""
        rows = [self.batches("a", 10000, qualifier="rounded", precision=1000),
                {"metric": "batches", "period": "2019", "value": 12000, "qualifier": "rounded", "precision": 1000,
                 "source": "a", "published_change": "+27.5%"}]
        assert ipr_stats.audit(make_frame(rows), check="rate")["status"].to_list() == ["consistent"]  # 12,499 / 9,800
        rows[1]["published_change"] = "+40%"
        assert ipr_stats.audit(make_frame(rows), check="rate")["status"].to_list() == ["discrepancy"]

    def test_only_discrepancies_shows_every_finding(self, run, write_yaml, tmp_path):
        """--only-discrepancies lists disagreements and revisions with both sources; --strict fails on a disagreement only."""
        jan = ('source: {id: jan, title: J, publisher: P, published: "2019-01-21", language: zh, kind: news, stage: preliminary}\n'
               'records:\n  - {locator: p1, metric: batches, period: "2018", value: 19000}\n')
        apr = ('source: {id: apr, title: A, publisher: P, published: "2019-04-26", language: zh, kind: official}\n'
               'records:\n  - {locator: p2, metric: batches, period: "2018", value: 19100}\n')
        args = ["--no-bundled", "--data", str(write_yaml(jan, "jan.yaml")), "--data", str(write_yaml(apr, "apr.yaml"))]
        code, out, _ = run(*args, "audit", "--only-discrepancies", "--strict", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert code == 0 and [r["status"] for r in rows] == ["revision"]
        assert "jan" in rows[0]["subject"] and "apr" in rows[0]["subject"] and "19,000" in rows[0]["subject"]

    def test_a_final_release_by_default_revises_a_preliminary_one(self, run, write_yaml):
        """A source block whose stage is left empty is a final release, so its change of a preliminary figure is a revision."""
        jan = ('source: {id: jan, title: J, publisher: P, published: "2019-01-21", language: zh, kind: news, stage: preliminary}\n'
               'records:\n  - {locator: p1, metric: batches, period: "2018", value: 19000}\n')
        apr = ('source: {id: apr, title: A, publisher: P, published: "2019-04-26", language: zh, kind: official, stage: }\n'
               'records:\n  - {locator: p2, metric: batches, period: "2018", value: 19100}\n')
        args = ["--no-bundled", "--data", str(write_yaml(jan, "jan.yaml")), "--data", str(write_yaml(apr, "apr.yaml"))]
        _, out, _ = run(*args, "audit", "--check", "cross_source", "--format", "csv")
        assert [r["status"] for r in csv.DictReader(io.StringIO(out))] == ["revision"]


class TestIntervals:
    """Every check judges by the intervals the figures' printing allows."""

    def test_the_largest_members_may_reach_a_rounded_total(self):
        """The top three members' 12,100 fit under a national total printed as 1.2万 (11,500 when rounded to
        13,000 when truncated): consistent; over 13,000 they do not."""
        total = {"metric": "batches", "period": "2009", "value": 12000, "qualifier": "rounded", "precision": 1000}
        top = {"metric": "batches", "period": "2009", "dimension": "customs", "breakdown": "top_n", "locator": "T2"}
        parts = [{**top, "member": "shenzhen", "value": 6000}, {**top, "member": "shanghai", "value": 4000},
                 {**top, "member": "ningbo", "value": 2100}]
        out = ipr_stats.audit(make_frame([total, *parts]), check="total")
        assert out["status"].to_list() == ["consistent"]
        parts[2]["value"] = 2900
        assert ipr_stats.audit(make_frame([total, *parts]), check="total")["status"].to_list() == ["consistent"]
        parts[2]["value"] = 3100
        assert ipr_stats.audit(make_frame([total, *parts]), check="total")["status"].to_list() == ["discrepancy"]

    def test_a_share_that_fits_the_rounded_parts_sum_says_so(self):
        """A share that misses the total but fits the rounded parts' own sum (600 of 900, each printed to the hundred)
        is noted as such."""
        table = {"metric": "batches", "period": "2009", "dimension": "transport", "breakdown": "complete", "locator": "T2",
                 "qualifier": "rounded", "precision": 100}
        rows = [{"metric": "batches", "period": "2009", "value": 1000},
                {**table, "member": "post", "value": 600, "published_share": "72%"}, {**table, "member": "sea", "value": 300}]
        (found,) = ipr_stats.audit(make_frame(rows), check="share").iter_rows(named=True)
        assert found["status"] == "discrepancy" and "consistent with the sum of the table's parts (900)" in found["note"]


def test_a_growth_claim_is_checked_against_its_own_sources_figures(run, write_yaml):
    """An average growth claim is computed from the claim's own source, even where another release's version of those
    yearly figures is the preferred one."""
    claim = SOURCE.replace("synth", "relay").replace("kind: official", "kind: news") + """records:
  - {locator: p1, metric: cases, period: "2001", value: 100}
  - {locator: p1, metric: cases, period: "2003", value: 400}
  - {locator: p1, metric: cases, period: 2001..2003, claim: average_growth, published_change: "about 100%"}
"""
    report = SOURCE + """records:
  - {locator: T1, metric: cases, period: "2001", value: 100}
  - {locator: T1, metric: cases, period: "2003", value: 400}
"""
    args = ["--no-bundled", "--data", str(write_yaml(claim, "relay.yaml")), "--data", str(write_yaml(report, "report.yaml"))]
    _, out, _ = run(*args, "audit", "--check", "claim", "--format", "csv")
    (row,) = csv.DictReader(io.StringIO(out))
    assert (row["source"], row["status"], float(row["computed"])) == ("relay", "consistent", 100.0)


class TestNoFalseAlarms:
    """Each class of false alarm the audit once raised, on hand-built figures, beside the real inconsistency of the
    same shape that it must still report."""

    @staticmethod
    def statuses(rows, check):
        return ipr_stats.audit(make_frame(rows), check=check)["status"].to_list()

    def test_a_truncated_total_allows_what_it_truncates(self):
        """99.12% trademark batches of a total printed 6.21万 (62,154 truncated): consistent for China Customs, whose
        total allows up to 62,200; for the EU the same print allows only 62,150 and the share misses."""
        total = {"metric": "batches", "period": "2023", "value": 62100, "qualifier": "rounded", "precision": 100}
        part = {"metric": "batches", "period": "2023", "dimension": "ip_type", "member": "trademark", "value": 61610,
                "published_share": "99.12%"}
        assert self.statuses([total, part], "share") == ["consistent"]
        eu = [{**total, "scope": "eu"}, {**part, "scope": "eu"}]
        assert self.statuses(eu, "share") == ["discrepancy"]

    def test_a_round_relay_given_its_qualifier(self):
        """A law firm's 19,700 export batches of 20,464 printed beside 96.7%: as an exact count the share misses; as
        the round figure it is (to the hundred) it holds."""
        total = {"metric": "batches", "period": "2013", "value": 20464}
        export = {"metric": "batches", "period": "2013", "dimension": "direction", "member": "export", "value": 19700,
                  "published_share": "96.7%"}
        assert self.statuses([total, export], "share") == ["discrepancy"]
        assert self.statuses([total, {**export, "qualifier": "rounded", "precision": 100}], "share") == ["consistent"]

    def test_a_floor_is_not_a_rounded_figure(self):
        """'Over 43,000' cases allow 43,671; 43,000 read as rounded to the thousand does not."""
        floor = {"metric": "cases", "scope": "eu", "period": "2007", "value": 43000, "qualifier": "at_least", "source": "ec",
                 "source_kind": "official"}
        exact = {**floor, "value": 43671, "qualifier": "exact", "source": "wtr", "source_kind": "summary"}
        assert self.statuses([floor, exact], "cross_source") == ["consistent"]
        rounded = {**floor, "qualifier": "rounded", "precision": 1000}
        assert self.statuses([rounded, exact], "cross_source") == ["disagreement"]

    def test_a_narrower_total_is_not_paired_with_the_national_one(self):
        """Approvals of domestic right holders printed with +24% are not judged against all approvals a year before."""
        national = {"metric": "applications_approved", "period": "2023", "value": 19000, "source": "daily"}
        domestic = {"metric": "applications_approved", "period": "2024", "value": 21614, "published_change": "+24.19%",
                    "source": "firm"}
        assert self.statuses([national, domestic], "rate") == ["discrepancy"]
        narrower = {**domestic, "dimension": "ownership", "member": "domestic"}
        assert self.statuses([national, narrower], "rate") == ["not_checkable"]

    def test_a_source_error_is_neither_a_revision_nor_a_disagreement(self):
        """445,000 batches, a translation's misreading of 4.45万, beside the final 4.72万: a likely error of its source."""
        final = {"metric": "batches", "period": "2018", "value": 47200, "qualifier": "rounded", "precision": 100, "source": "final"}
        wrong = {"metric": "batches", "period": "2018", "value": 445000, "source": "relay", "stage": "preliminary",
                 "error": "4.45万 read as 445,000"}
        (found,) = ipr_stats.audit(make_frame([final, wrong]), check="cross_source").iter_rows(named=True)
        assert found["status"] == "source_error" and "4.45万 read as 445,000" in found["note"]
        assert self.statuses([final, {**wrong, "error": None}], "cross_source") == ["revision"]
