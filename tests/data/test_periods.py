"""Period labels parse into a kind and the dates they cover."""

from __future__ import annotations

import datetime as dt

import pytest

from ipr_stats.data.periods import PeriodError, parse_period

D = dt.date


@pytest.mark.parametrize(
    "label, kind, start, end",
    [
        ("2008", "year", D(2008, 1, 1), D(2008, 12, 31)),
        ("2019-H1", "half_year", D(2019, 1, 1), D(2019, 6, 30)),
        ("2019-H2", "half_year", D(2019, 7, 1), D(2019, 12, 31)),
        ("2018-07", "event", D(2018, 7, 1), D(2018, 7, 31)),
        ("1994-09-06", "event", D(1994, 9, 6), D(1994, 9, 6)),
        ("@2016-12-31", "as_of", None, D(2016, 12, 31)),
        ("..2020", "cumulative", None, D(2020, 12, 31)),
        ("2015..2017", "span", D(2015, 1, 1), D(2017, 12, 31)),
        ("2020-01-01..2020-04-27", "span", D(2020, 1, 1), D(2020, 4, 27)),
        ("2016-12..2021", "span", D(2016, 12, 1), D(2021, 12, 31)),
    ],
)
def test_default_kinds(label, kind, start, end):
    """Each label shape has a default kind and the widest dates it allows."""
    period = parse_period(label)
    assert (period.label, period.kind, period.start, period.end) == (label, kind, start, end)


def test_forced_kind_and_integer_label():
    """A kind the shape allows may be chosen; YAML's integers and dates are accepted."""
    assert parse_period(2008, "event").kind == "event"
    assert parse_period(D(1994, 9, 6)).label == "1994-09-06"
    assert parse_period("2015..2017", "campaign").months == 36


@pytest.mark.parametrize("label, kind", [("2019-H3", None), ("08", None), ("2009-02-30", None), ("2017..2015", None), ("2019-H1", "year"), ("..2020", "year")])
def test_rejected(label, kind):
    """Malformed labels, impossible dates, reversed ranges and wrong kinds are refused."""
    with pytest.raises(PeriodError):
        parse_period(label, kind)


@pytest.mark.parametrize(
    "label, kind, start, end, part",
    [
        ("2019-Q1", None, D(2019, 1, 1), D(2019, 3, 31), "Q1"),
        ("2019-Q4", None, D(2019, 10, 1), D(2019, 12, 31), "Q4"),
        ("2018-01-01..2018-04-24", "year_to_date", D(2018, 1, 1), D(2018, 4, 24), "01-01..04-24"),
        ("2022-01..2022-09", "year_to_date", D(2022, 1, 1), D(2022, 9, 30), "01-01..09-30"),
        ("2019-H2", None, D(2019, 7, 1), D(2019, 12, 31), "H2"),
        ("2008", None, D(2008, 1, 1), D(2008, 12, 31), ""),
    ],
)
def test_recurring_periods(label, kind, start, end, part):
    """Quarters and years to date parse to their dates; each recurring period knows its part of the year."""
    from ipr_stats.data.periods import part_of_year

    period = parse_period(label, kind)
    assert (period.start, period.end) == (start, end)
    assert part_of_year(period.kind, period.start, period.end) == part


def test_part_of_year_of_a_period_that_does_not_recur():
    """Running totals, campaigns and events have no like period a year earlier."""
    from ipr_stats.data.periods import part_of_year

    for label, kind in (("..2020", None), ("2015..2017", "campaign"), ("@2016-12-31", None)):
        period = parse_period(label, kind)
        assert part_of_year(period.kind, period.start, period.end) is None


@pytest.mark.parametrize("label, earlier", [("2008", "2007"), ("2019-H1", "2018-H1"), ("2019-Q3", "2018-Q3"),
                                            ("2018-01-01..2018-04-24", "2017-01-01..2017-04-24")])
def test_year_before(label, earlier):
    """The like period a year earlier shifts every year of the label."""
    from ipr_stats.data.periods import year_before

    assert year_before(label) == earlier


@pytest.mark.parametrize("label", ["2018-02..2018-04", "2018-01..2019-03", "2019-Q5"])
def test_year_to_date_and_quarter_refused(label):
    """A year to date starts on 1 January and ends in the same year; quarters are Q1 to Q4."""
    with pytest.raises(PeriodError):
        parse_period(label, "year_to_date" if ".." in label else None)
