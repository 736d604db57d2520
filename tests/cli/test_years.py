"""Commands take a year the way the data layer reads one (periods.year_of): a US fiscal year belongs to the year it ends."""

from __future__ import annotations

import csv
import io


def rows(out: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(out)))


def test_yoy_from_a_year_keeps_the_fiscal_years_ending_then_or_later(run):
    """`yoy --metric seizures --scope us --from 2015` gives the changes into FY2015 and after, FY2014 to FY2015 first."""
    code, out, err = run("yoy", "--metric", "seizures", "--scope", "us", "--from", "2015", "--format", "csv")
    assert (code, err) == (0, "")
    pairs = [(r["from_period"], r["to_period"]) for r in rows(out)]
    assert pairs[0] == ("FY2014", "FY2015") and all(to >= "FY2015" for _, to in pairs)
    _, every, _ = run("yoy", "--metric", "seizures", "--scope", "us", "--format", "csv")
    assert [p for p in ((r["from_period"], r["to_period"]) for r in rows(every)) if p[1] >= "FY2015"] == pairs


def test_data_for_a_year_holds_the_fiscal_year_that_ends_in_it(run):
    """`data --year 2019` lists FY2019 (October 2018 to September 2019), not FY2020, which starts in 2019."""
    code, out, err = run("data", "--metric", "seizures", "--year", "2019", "--format", "csv")
    assert (code, err) == (0, "")
    assert {r["period"] for r in rows(out)} == {"FY2019"}


def test_a_chart_of_years_keeps_a_row_for_a_year_nobody_published(run, write_yaml):
    """The yearly chart runs from the first year to the last, a year without a figure keeping its row."""
    path = write_yaml('source: {id: gap, title: T, publisher: P, published: "2011", language: en, kind: official}\n'
                      'records:\n  - {locator: p1, metric: batches, period: "2007", value: 5}\n'
                      '  - {locator: p1, metric: batches, period: "2009", value: 9}\n')
    code, out, _ = run("--no-bundled", "--data", str(path), "series", "--metric", "batches", "--chart", width=80)
    bars = {line.split()[0]: line for line in out.splitlines() if "│" in line}
    assert code == 0 and list(bars) == ["2007", "2008", "2009"] and "none published" in bars["2008"]


def test_a_chart_of_fiscal_years_labels_them_and_keeps_their_gaps(run):
    """series --chart over a US fiscal-year series draws FY bars, a fiscal year nobody published as a row without one."""
    code, out, err = run("series", "--metric", "seizures", "--scope", "us", "--chart", width=100)
    assert (code, err) == (0, "")
    chart = out[out.index("fiscal-year figures"):]
    assert "FY2009 │" in chart and "FY2010 │" in chart
    assert "none published" in next(line for line in chart.splitlines() if line.startswith("FY2022"))
