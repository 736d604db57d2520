"""Several administrations in one model: fiscal years, each its own metrics, and `compare`."""

from __future__ import annotations

import csv
import io

import pytest

from ipr_stats.analysis import changes
from ipr_stats.analysis.compare import compare
from ipr_stats.data.dataset import load
from ipr_stats.data.periods import parse_period, year_before

OTHERS = """source: {id: t-others, title: T, publisher: P, published: "2020", language: en, kind: official}
records:
  - {locator: p0, metric: batches, period: "2008", value: 11135}
  - {locator: p0, metric: batches, period: "2017", value: 19100, qualifier: at_least}
  - {locator: p0, metric: value, period: "2018", value: 200000000, qualifier: rounded, precision: 100000000}
  - {locator: p1, metric: seizures, scope: us, period: FY2017, value: 34143}
  - {locator: p1, metric: seizures, scope: us, period: FY2018, value: 33810}
  - {locator: p1, metric: seizures, scope: us, period: "2018", value: 30000, note: a calendar year of the same scope}
  - {locator: p1, metric: msrp_value, scope: us, period: FY2018, value: 1400000000, qualifier: rounded, precision: 100000000}
  - {locator: p2, metric: cases, scope: eu, period: "2017", value: 57433}
  - {locator: p2, metric: cases, scope: eu, period: "2018", value: 69354}
  - {locator: p2, metric: articles, scope: eu, period: "2018", value: 26700000, qualifier: rounded, precision: 100000}
  - {locator: p3, metric: articles, scope: eu_border_and_internal, period: "2018", value: 86000000, qualifier: rounded, precision: 1000000}
  - {locator: p2, metric: retail_value, scope: eu, period: "2017", value: 1300000000, qualifier: at_least}
  - {locator: p2, metric: retail_value, scope: eu, period: "2018", value: 740000000, qualifier: rounded, precision: 10000000}
"""


@pytest.fixture
def frame(write_yaml):
    return load([write_yaml(OTHERS)], use_env=False, bundled=False)[1]  # the bundled sources would add their own years


def test_a_fiscal_year_runs_october_to_september_and_is_like_no_calendar_year():
    period = parse_period("FY2019")
    assert (period.kind, period.start.isoformat(), period.end.isoformat()) == ("fiscal_year", "2018-10-01", "2019-09-30")
    assert year_before(period) == "FY2018" and parse_period(year_before(period)).kind == "fiscal_year"


def test_yoy_pairs_fiscal_years_with_fiscal_years_only(frame):
    pairs = changes.yoy(frame, "seizures", scope="us")
    assert pairs.select("from_period", "to_period").rows() == [("FY2017", "FY2018")]
    skipped = changes.not_compared(frame, "seizures", scope="us", pairs=pairs)
    assert skipped["period"].to_list() == ["2018"]  # the calendar year finds no calendar year before it


def test_compare_gives_each_administration_its_own_measure(frame):
    table = compare(frame, "batches")
    by = {(r["year"], r["administration"]): r for r in table.iter_rows(named=True)}
    assert by[(2018, "eu")]["metric"] == "cases" and by[(2018, "eu")]["value"] == 69354
    assert by[(2018, "us")]["metric"] == "seizures" and by[(2018, "us")]["period"] == "FY2018"
    assert by[(2008, "china")]["metric"] == "batches" and by[(2008, "china")]["value"] == 11135
    assert all(r["period_kind"] == "fiscal_year" for r in table.iter_rows(named=True) if r["administration"] == "us")
    assert not (table["administration"] == "japan").any()  # no figures, no column


def test_compare_keeps_scopes_apart(frame):
    """The EU's border figures, never the joint reports' border-and-internal-market ones."""
    table = compare(frame, "quantity")
    eu = table.filter(table["administration"] == "eu")
    assert eu.select("scope", "value").rows() == [("eu", 26700000.0)]


def test_an_index_stays_within_one_administration_and_skips_bounds(frame):
    table = compare(frame, "value", index=2018)
    eu = {r["year"]: r for r in table.filter(table["administration"] == "eu").iter_rows(named=True)}
    assert eu[2018]["index"] == pytest.approx(100.0)
    assert eu[2017]["index"] is None  # 'more than 1.3 billion' is a bound
    china = {r["year"]: r for r in table.filter(table["administration"] == "china").iter_rows(named=True)}
    assert china[2018]["index"] == pytest.approx(100.0)  # its own 2018 figure, in RMB
    assert set(table["unit"].to_list()) >= {"EUR", "USD", "RMB"}


def test_a_fiscal_year_is_filed_and_indexed_under_the_year_it_ends(frame):
    """FY2018 (October 2017 to September 2018) is the US's 2018, and the US's index is to its own FY2018; a rounded
    figure is a count and is indexed, a bound is not."""
    table = compare(frame, "value", index=2018)
    us = table.filter(table["administration"] == "us").row(0, named=True)
    assert (us["year"], us["period"], us["qualifier"], us["index"]) == (2018, "FY2018", "rounded:100000000", pytest.approx(100.0))


def test_compare_on_the_command_line(run, write_yaml):
    path = write_yaml(OTHERS)
    code, out, err = run("--no-bundled", "--data", str(path), "compare", "--metric", "batches", "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["administration"] for r in rows} == {"china", "eu", "us"}
    assert {"year", "administration", "metric", "unit", "value", "qualifier", "source", "locator"} <= set(rows[0])
    code, out, err = run("--no-bundled", "--data", str(path), "compare", "--metric", "batches", tty=True, width=120)
    assert code == 0, err
    assert all(word in out for word in ("China:", "EU:", "US:", "batches", "cases", "seizures", "(batch)", "(case)", "FY)"))
    assert "fiscal year" in out and "not converted" in out and "EU customs, cases: EU detention cases" in out
    code, out, err = run("--no-bundled", "--data", str(path), "compare", "--metric", "batches", tty=True, width=80)
    assert code == 0 and max(len(line) for line in out.splitlines()) <= 80


def test_the_table_heads_each_column_with_its_own_metric_and_unit(frame):
    from ipr_stats.cli.compare import _side_by_side

    table = compare(frame, "batches")
    wide = _side_by_side(table, ["china", "eu", "us"], "batches", None)
    assert wide.columns == ["year", "China: batches (batch)", "EU: cases (case)", "US: seizures (seizure, FY)"]
    row = dict(zip(wide.columns, wide.filter(wide["year"] == "2018").row(0)))
    assert row["EU: cases (case)"] == "69,354" and row["US: seizures (seizure, FY)"] == "33,810"
    assert dict(zip(wide.columns, wide.filter(wide["year"] == "2017").row(0)))["China: batches (batch)"] == ">19,100"


def test_compare_refuses_what_it_cannot_do(run):
    code, _out, err = run("compare", "--metric", "cases")
    assert code == 2 and "batches" in err
    code, _out, err = run("compare", "--metric", "batches", "--index", "1990")
    assert code == 2 and "1990" in err


def test_coverage_follows_the_administration_of_the_scope(run, write_yaml):
    """--scope us counts fiscal years and the US's own metrics; --scope eu the EU's."""
    path = write_yaml(OTHERS)
    code, out, err = run("--no-bundled", "--data", str(path), "coverage", "--scope", "us", "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["period"] for r in rows} == {"FY2017", "FY2018"}
    assert {r["metric"] for r in rows} == {"seizures", "msrp_value"}  # the US's own metrics that have figures, not batches
    code, out, err = run("--no-bundled", "--data", str(path), "coverage", "--scope", "eu", "--format", "csv")
    assert code == 0 and {r["metric"] for r in csv.DictReader(io.StringIO(out))} >= {"cases", "articles", "retail_value"}


def test_top_and_share_take_a_fiscal_year_for_the_us(run, write_yaml):
    """--year 2018 with --scope us is FY2018, the US's own year; never the calendar year 2018."""
    path = write_yaml(OTHERS + """  - locator: p4
    metric: seizures
    scope: us
    period: FY2018
    dimension: transport
    figures:
      - {member: express, value: 20000}
      - {member: post, value: 10000}
""")
    code, out, err = run("--no-bundled", "--data", str(path), "share", "--dim", "transport", "--metric", "seizures",
                         "--year", "2018", "--scope", "us", "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["period"] for r in rows} == {"FY2018"} and {r["member"] for r in rows} == {"express", "post"}
