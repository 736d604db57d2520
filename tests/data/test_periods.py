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
    "label, kind, start, end",
    [
        ("2019-Q1", None, D(2019, 1, 1), D(2019, 3, 31)),
        ("2019-Q4", None, D(2019, 10, 1), D(2019, 12, 31)),
        ("2018-01-01..2018-04-24", "year_to_date", D(2018, 1, 1), D(2018, 4, 24)),
        ("2022-01..2022-09", "year_to_date", D(2022, 1, 1), D(2022, 9, 30)),
        ("2019-H2", None, D(2019, 7, 1), D(2019, 12, 31)),
        ("2008", None, D(2008, 1, 1), D(2008, 12, 31)),
    ],
)
def test_recurring_periods(label, kind, start, end):
    """Quarters and years to date parse to their dates; the like period a year before covers the same part of its year."""
    from ipr_stats.data.periods import year_before

    period = parse_period(label, kind)
    assert (period.start, period.end) == (start, end)
    before = parse_period(year_before(period), period.kind)
    assert (before.kind, before.start, before.end) == (period.kind, start.replace(year=start.year - 1),
                                                       end.replace(year=end.year - 1))


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


class TestYearOf:
    @pytest.mark.parametrize("label, year", [
        ("2008", 2008), ("2019-H2", 2019), ("2019-Q4", 2019), ("2018-01-01..2018-04-24", 2018), ("2018-07", 2018),
        ("1994-09-06", 1994), ("2009-06..2009-12", 2009),
        ("FY2019", 2019),  # 1 October 2018 to 30 September 2019: the year it ends
    ])
    def test_a_period_within_one_year_belongs_to_it(self, label, year):
        """Years, halves, quarters, years to date, months, days and a campaign inside one year belong to that
        year; a US fiscal year belongs to the year it ends."""
        from ipr_stats.data.periods import year_of

        assert year_of(label) == year
        assert year_of(parse_period(label)) == year

    @pytest.mark.parametrize("label", ["2015..2017", "2007-10..2008-03", "..2020", "@2016-12-31", "..2008-08-24"])
    def test_a_period_across_years_or_with_no_start_belongs_to_none(self, label):
        """A span across years, a running total and a stock lie in no one year."""
        from ipr_stats.data.periods import year_of

        assert year_of(label) is None

    def test_each_kind_a_label_allows_gives_the_same_year(self):
        """The label alone decides: a year read as an event, a range read as a campaign or a year to date."""
        from ipr_stats.data.periods import year_of

        assert year_of(parse_period("2003", "event")) == year_of(parse_period("2003", "campaign")) == 2003
        assert year_of(parse_period("2022-01..2022-09", "year_to_date")) == year_of(parse_period("2022-01..2022-09")) == 2022

    @pytest.mark.parametrize("year, kind, label", [(2019, "year", "2019"), (2019, "fiscal_year", "FY2019")])
    def test_yearly_label_is_its_inverse(self, year, kind, label):
        """The label of the calendar or fiscal year a year has, which year_of reads back."""
        from ipr_stats.data.periods import year_of, yearly_label

        assert yearly_label(year, kind) == label and year_of(label) == year


class TestYearBefore:
    @pytest.mark.parametrize("label, kind, earlier", [
        ("FY2019", None, "FY2018"),
        ("2024-01-01..2024-02-29", "year_to_date", "2023-01-01..2023-02-28"),  # no 29 February in 2023
        ("2024-01..2024-02", "year_to_date", "2023-01..2023-02"),
        ("2008", "year", "2007"),
    ])
    def test_the_like_period_a_year_earlier(self, label, kind, earlier):
        """A fiscal year's is the fiscal year before; a year to date to 29 February ends on the 28th a year earlier."""
        from ipr_stats.data.periods import year_before

        assert year_before(label, kind) == earlier
        assert parse_period(year_before(label, kind), kind).kind == parse_period(label, kind).kind

    @pytest.mark.parametrize("label, kind", [("..2020", None), ("2015..2017", None), ("@2016-12-31", None), ("2018-07", None),
                                             ("2008", "event"), ("2009-06..2009-12", "campaign")])
    def test_a_period_that_does_not_recur_has_none(self, label, kind):
        """Running totals, stocks, spans, campaigns and events have no like period a year before."""
        from ipr_stats.data.periods import year_before

        assert year_before(label, kind) is None
        assert year_before(parse_period(label, kind)) is None


@pytest.mark.parametrize("label", ["0000", "FY0000", "FY0001", "0000-H1", "0000-Q4", "0000-01", "0000-01-01", "@0000-12-31", "..0000", "0000..2009"])
def test_years_outside_the_calendar_are_refused(label):
    """A year 0 (or a fiscal year whose October falls in it) has no days a date can hold: a clear refusal, not a crash."""
    with pytest.raises(PeriodError, match="within the years 1 to 9999"):
        parse_period(label)


def test_the_first_and_last_years_that_hold_days():
    """Year 1, FY0002 (from October of year 1) and 9999 are read; a year before year 1 has no like period."""
    from ipr_stats.data.periods import year_before

    assert parse_period("0001").start == D(1, 1, 1) and parse_period("FY0002").start == D(1, 10, 1)
    assert parse_period("9999-Q4").end == D(9999, 12, 31) and year_before("9999") == "9998"
    assert year_before("0002-H1") == "0001-H1" and year_before("0001") is None and year_before("FY0002") is None


@pytest.mark.parametrize("label, plain", [("２００９", "2009"), ("FY２０１９", "FY2019"), ("٢٠٠٩-H1", "2009-H1"), ("2009-Ｑ1", "2009-Q1"), ("10000", None)])
def test_digits_other_than_ascii_are_refused_with_the_label_to_write(label, plain):
    """Full-width or other digits would make a second label for a period beside the ASCII one: refused,
    and the message gives the label to write."""
    with pytest.raises(PeriodError) as caught:
        parse_period(label)
    if plain:
        assert f"write '{plain}'" in str(caught.value)
