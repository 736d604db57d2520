"""`ipr-stats table` rebuilds each table of the 2008 report, and `--list` lists them."""

from __future__ import annotations

import csv
import io
import json

import pytest

import ipr_stats
from ipr_stats.analysis import tables
from ipr_stats.data.dataset import load
from tests.helpers import make_frame

# table -> (rows, first row's first cell) as in the printed report
TABLES = {
    1: (2, "2007"), 2: (2, "2007"), 3: (2, "import"), 4: (4, "trademark"), 5: (19, "clothing"), 6: (7, "post"),
    7: (7, "post"), 8: (7, "post"), 9: (10, "us"), 10: (3, "upon_application"), 11: (11, "guangzhou"),
    12: (11, "shenzhen"), 13: (11, "shenzhen"), 14: (10, "us"), 15: (3, "batches"),
}


@pytest.mark.parametrize("number", list(TABLES))
def test_each_table_rebuilds(run, number):
    """Each of the 15 tables rebuilds with the report's rows, in its order."""
    code, out, err = run("table", str(number), "--source", "gacc-2008", "--format", "csv")
    assert (code, err) == (0, "")
    rows = list(csv.reader(io.StringIO(out)))[1:]
    count, first = TABLES[number]
    assert len(rows) == count
    assert rows[0][0] == first


def test_published_beside_computed(run):
    """Table 9 shows Italy's printed 3% beside the 2.5% its figures give, and the footer names the finding."""
    _, out, _ = run("table", "Table 9", "--format", "json")
    italy = next(r for r in json.loads(out) if r["origin"] == "it")
    assert (italy["batches"], italy["batches_published"]) == (275, "3%")
    assert italy["batches_computed"] == pytest.approx(275 / 11135 * 100)
    _, text, _ = run("table", "t9", tty=True, width=160)
    assert "origin=it" in text and "discrepancy" in text


def test_rates_table(run):
    """Table 15 lists metrics down and years across, with printed and computed rates."""
    _, out, _ = run("table", "15", "--format", "json")
    batches = json.loads(out)[0]
    assert (batches["metric"], batches["2007"], batches["2008"], batches["change_published"]) == ("batches", 451, 553, "+ 22.62%")


def test_list(run):
    """--list names every rebuildable table, source by source: the report's 15 and ChinaFiling's 2."""
    _, out, _ = run("table", "--list", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["locator"] for r in rows if r["source"] == "gacc-2008"] == [f"Table {n}" for n in range(1, 16)]
    assert [r["locator"] for r in rows if r["source"] == "chinafiling-2015"] == ["Table 1", "Table 2"]


@pytest.mark.parametrize("args, code, fragment", [
    (("table", "16"), 2, "Tables that can be rebuilt: chinafiling-2015 Tables 1-2; gacc-2008 Tables 1-15"),
    (("table", "99"), 2, "No table '99'"),
    (("table", "1"), 2, "'Table 1' exists in several sources (chinafiling-2015, gacc-2008, mof-2019-03-08, mof-2023-03-03, mof-2024-03-08, mof-2024-09-06); choose one with --source"),
    (("table",), 2, "--list"),
    (("table", "5", "--source", "xinhua-2017"), 2, "No table '5' in xinhua-2017"),
])
def test_errors(run, args, code, fragment):
    """A table that does not exist, or none named, is explained."""
    got, _, err = run(*args)
    assert got == code and fragment in err


class TestCiteAndCoverage:
    def test_cite_published_figure(self, run):
        """cite names the document, publisher, date and locator of a published figure."""
        _, out, _ = run("cite", "--metric", "batches", "--period", "2008", "--dim", "total", "--format", "json")
        (item,) = json.loads(out)
        assert (item["value"], item["locator"], item["published"]) == (11135, "Table 1", "2009")
        assert item["title"].startswith("China Customs Enforcement")

    def test_cite_computed_figure(self, run):
        """cite gives a ratio's formula and each input with its source."""
        _, out, _ = run("cite", "--metric", "value_per_batch", "--period", "2008", "--dim", "transport", "--member", "sea",
                        "--format", "json")
        (item,) = json.loads(out)
        assert item["formula"] == "value / batches"
        assert item["inputs"] == "value = 243,215,557 (gacc-2008, Table 8); batches = 1,140 (gacc-2008, Table 6)"

    def test_coverage_list(self, run):
        """coverage --list lists published combinations only: a year with no breakdown by customs is not listed."""
        _, out, _ = run("coverage", "--list", "--metric", "batches", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out)))
        by_customs = [r["period"] for r in rows if r["dimension"] == "customs" and r["scope"] == "national"]
        assert "2008" in by_customs and "2009" not in by_customs and len(by_customs) == len(set(by_customs))
        assert any(r["period"] == "..2020" and r["period_kind"] == "cumulative" for r in rows)

    def test_coverage_matrix_shows_gaps(self, run, write_yaml):
        """The yearly matrix runs without a gap: a year nobody published has versions 0 and no value, never 0."""
        path = write_yaml('source: {id: gap, title: T, publisher: P, published: "2011", language: en, kind: official}\n'
                          'records:\n  - {locator: p1, metric: batches, period: "2007", value: 5}\n'
                          '  - {locator: p1, metric: batches, period: "2010", value: 9}\n')
        _, out, _ = run("--no-bundled", "--data", str(path), "coverage", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert [(r["period"], r["versions"], r["value"]) for r in rows] == [
            ("2007", "1", "5"), ("2008", "0", ""), ("2009", "0", ""), ("2010", "1", "9")]
        _, table, _ = run("--no-bundled", "--data", str(path), "coverage", tty=True)
        assert "2008     -" in table and "how many sources publish" in table

    def test_cite_a_period_with_no_figure_is_a_usage_mistake(self, run):
        """A period with no figure of the metric exits 2, pointing to the series that lists the periods there are."""
        code, _, err = run("cite", "--metric", "batches", "--period", "2099")
        assert code == 2 and "`ipr-stats series --metric batches`" in err

    def test_cite_an_invalid_period_label_is_a_usage_mistake(self, run):
        """'2019-H3' is no period: exit 2, saying what labels look like."""
        code, _, err = run("cite", "--metric", "batches", "--period", "2019-H3")
        assert code == 2 and "Invalid period '2019-H3'" in err and "half-year (2019-H1)" in err

    def test_cite_nothing_matches_the_other_filters(self, run):
        """A period that has figures, but none for the member asked, is still an error pointing to coverage."""
        code, _, err = run("cite", "--metric", "batches", "--period", "2008", "--dim", "origin", "--member", "fi")
        assert code == 1 and "coverage" in err


def test_coverage_by_dimension_needs_a_member(run):
    """The matrix counts one figure a cell: --dim without --member is a usage error naming the way out."""
    code, _, err = run("coverage", "--dim", "customs", "--metric", "batches")
    assert code == 2 and "--member" in err and "coverage --list" in err


def test_source_ids_ignore_case_everywhere(run):
    """--source GACC-2008 selects gacc-2008 in series, yoy and cite as in top."""
    for args in (("series", "-m", "batches"), ("yoy", "-m", "batches"), ("cite", "-m", "batches", "--period", "2008")):
        code, out, err = run(*args, "--source", "GACC-2008", "--format", "csv")
        assert (code, err) == (0, ""), args
        assert ",gacc-2008," in out


FISCAL = """source: {id: cbp-test, title: T, publisher: P, published: "2020", language: en, kind: official}
records:
  - locator: Table 1
    scope: us
    metric: seizures
    figures:
      - {period: FY2018, value: 33810}
      - {period: FY2019, value: 27599, published_change: "-18.4%"}
"""


def test_a_fiscal_year_table_with_a_printed_rate(run, write_yaml):
    """A user's table of fiscal years rebuilds, its rate computed against the fiscal year before."""
    code, out, err = run("--no-bundled", "--data", str(write_yaml(FISCAL)), "table", "1", "--format", "json")
    assert (code, err) == (0, "")
    row = json.loads(out)[1]
    assert (row["period"], row["seizures_change_published"], row["seizures_change_verdict"]) == ("FY2019", "-18.4%", "consistent")
    assert row["seizures_change_computed"] == pytest.approx((27599 - 33810) / 33810 * 100)


def test_a_rate_beside_rounded_figures_gets_the_audit_verdict():
    """'+10%' beside 120 and 130 million, each rounded to ten million, may be any rate from 0% to 17%: the table's
    verdict is the audit's, consistent, though the rounded values give 8.3%."""
    rounded = {"metric": "value", "locator": "Table 1", "qualifier": "rounded", "precision": 10_000_000}
    frame = make_frame([{**rounded, "period": "2008", "value": 120_000_000},
                        {**rounded, "period": "2009", "value": 130_000_000, "published_change": "+10%"}])
    table = ipr_stats.rebuild_table(frame, "Table 1", "test")
    audited = ipr_stats.audit(frame, check="rate")
    assert audited["status"].to_list() == ["consistent"]
    assert table.filter(table["period"] == "2009")["value_change_verdict"].to_list() == ["consistent"]


HALVES = """source: {id: half, title: T, publisher: P, published: "2024-09", language: en, kind: official}
records:
  - locator: Table 1
    scope: japan
    metric: cases
    figures:
      - {period: "2023", value: 1000}
      - {period: "2024-H1", value: 200}
  - locator: Table 1
    scope: japan
    metric: cases
    dimension: origin
    figures:
      - {member: cn, period: "2023", value: 900}
      - {member: cn, period: "2024-H1", value: 100, published_share: "50%"}
      - {member: hk, period: "2023", value: 100}
      - {member: hk, period: "2024-H1", value: 100, published_share: "50%"}
"""


def test_a_half_year_column_shows_shares_of_the_half_years_total(write_yaml):
    """Each period's shares are of its own total: the first half of 2024's of that half-year's 200, not of 2023's 1,000."""
    frame = load([write_yaml(HALVES)], use_env=False, bundled=False)[1]
    table = ipr_stats.rebuild_table(frame, "Table 1", "half")
    cn = table.filter(table["origin"] == "cn").row(0, named=True)
    assert (cn["cases_2023_computed"], cn["cases_2024-H1_computed"], cn["cases_2024-H1_verdict"]) == (90.0, 50.0, "consistent")


@pytest.mark.parametrize("source", ["mof-2019-03-08", "mof-2024-09-06", "chinafiling-2015"])
def test_every_listed_table_rebuilds(run, source):
    """Each table `table --list` offers rebuilds, the half-years of the Japanese ones included."""
    _, listing, _ = run("table", "--list", "--format", "csv")
    numbers = [r["locator"][6:] for r in csv.DictReader(io.StringIO(listing)) if r["source"] == source]
    assert numbers
    for number in numbers:
        code, out, err = run("table", number, "--source", source, "--format", "csv")
        assert (code, err) == (0, ""), (number, err)


def test_the_japanese_half_year_shares_are_checked(run):
    """mof-2024-09-06's Table 1 shows China's printed 81.0% of the first half of 2024 beside the 81.0% its figures give."""
    _, out, _ = run("table", "1", "--source", "mof-2024-09-06", "--format", "json")
    cn = next(r for r in json.loads(out) if r["origin"] == "cn")
    assert (cn["cases_2024-H1_published"], cn["cases_2024-H1_verdict"]) == ("81.0%", "consistent")
    assert cn["cases_2024-H1_computed"] == pytest.approx(14704 / 18153 * 100)


class TestRestriction:
    """A table whose figures are all of one member says so (tables.restriction), in its frame and in the command's title."""

    DOMESTIC = {"locator": "Table 15", "dimension": "ownership", "member": "domestic"}

    def test_a_table_of_one_members_figures_names_it(self):
        """Every figure of one member: restriction gives it, and the rebuilt table carries it as a column on every row."""
        frame = make_frame([{**self.DOMESTIC, "metric": "batches", "period": "2007", "value": 451},
                            {**self.DOMESTIC, "metric": "batches", "period": "2008", "value": 553},
                            {**self.DOMESTIC, "metric": "value", "period": "2008", "value": 45245261}])
        assert tables.restriction(frame, "Table 15", "test") == ("ownership", "domestic")
        rebuilt = tables.rebuild(frame, "Table 15", "test")
        assert rebuilt.columns[-1] == "ownership" and rebuilt["ownership"].to_list() == ["domestic", "domestic"]

    @pytest.mark.parametrize("records", [
        [{"locator": "Table 1", "metric": "batches", "period": "2008", "value": 11135}],
        [{"locator": "Table 1", "metric": "batches", "period": "2008", "dimension": "transport", "member": m, "value": v}
         for m, v in (("post", 3), ("sea", 1))],
        [{"locator": "Table 1", "metric": "batches", "period": "2008", "value": 11135},
         {"locator": "Table 1", "metric": "batches", "period": "2008", "dimension": "ownership", "member": "domestic", "value": 553}],
    ], ids=["totals", "a breakdown", "a total beside a member"])
    def test_other_tables_have_none(self, records):
        """Totals, a breakdown, or a total beside one member's figure are not restricted to a member."""
        frame = make_frame(records)
        assert tables.restriction(frame, "Table 1", "test") is None
        assert "ownership" not in tables.rebuild(frame, "Table 1", "test").columns[1:]

    def test_table_15_says_it_counts_domestically_owned_rights(self, run):
        """`table 15` names ownership = domestic in its title and caption, and its CSV in a column."""
        _, out, _ = run("table", "15", tty=True, width=80)
        text = " ".join(out.split())
        assert "(gacc-2008), ownership = domestic only" in text
        assert "Restricted to Ownership of the right: Domestic (proprietary) rights (--dim ownership --member domestic)" in text
        _, out, _ = run("table", "15", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert [(r["metric"], r["ownership"]) for r in rows] == [("batches", "domestic"), ("quantity", "domestic"),
                                                                 ("value", "domestic")]
