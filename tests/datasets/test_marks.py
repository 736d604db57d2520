"""The marks a careful reader put on the bundled figures: the notes on a series, the sources' likely errors,
and qualifiers corrected from exact (each pinned to the figure it concerns)."""

from __future__ import annotations

import pytest

from ipr_stats.data.dataset import read
from ipr_stats.data.notes import notes_on, series_notes


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("IPR_STATS_CACHE", str(tmp_path_factory.mktemp("cache")))
        return read(use_env=False)


@pytest.mark.parametrize("period, start, end, source", [
    ("2009", "2009-01-01", "2009-12-31", "chinadaily-2010-04-20"),
    ("2018", "2018-01-01", "2018-12-31", "chinanews-2019-04-23"),
    ("2019-H1", "2019-01-01", "2019-06-30", "gacc-2019h1"),
    ("2019-Q1", "2019-01-01", "2019-03-31", "mondaq-afd-china-2019"),
])
def test_the_batches_series_carries_its_notes(dataset, period, start, end, source):
    """Each noted period of national batches has its note, from the source that supports it."""
    found = [n for n in notes_on(series_notes(dataset.sources), "batches", "national", start, end) if n["period"] == period]
    assert [n["source"] for n in found] == [source]


@pytest.mark.parametrize("metric, scope, period, start, end, source", [
    ("articles", "eu", "2020", "2020-01-01", "2020-12-31", "ec-taxud-2021-11-30"),
    ("cases", "eu", "2020", "2020-01-01", "2020-12-31", "ec-taxud-2021-11-30"),
    ("cases", "japan", "2016", "2016-01-01", "2016-12-31", "mof-2017-123deta"),
    ("articles", "japan", "2016", "2016-01-01", "2016-12-31", "mof-2017-123deta"),
])
def test_other_administrations_series_carry_their_notes(dataset, metric, scope, period, start, end, source):
    """The EU's border series for 2020 (the pandemic) and Japan's for 2016 (counted later) have their note."""
    found = [n for n in notes_on(series_notes(dataset.sources), metric, scope, start, end) if n["period"] == period]
    assert [n["source"] for n in found] == [source]


@pytest.mark.parametrize("source, metric, value", [
    ("jqknews-2019", "batches", 445000), ("legal-daily-2021", "quantity", 1500000000), ("legal-daily-2021", "value", 5200000000),
    ("havocscope-2012", "cases", 26145), ("dekuzu-2017-01-23", "articles", 43700000),
])
def test_likely_errors_are_marked_and_never_preferred(dataset, source, metric, value):
    row = dataset.marked.filter(source=source, metric=metric, value=value).row(0, named=True)
    assert row["error"] and not row["preferred"]


def test_japans_2008_cases_are_the_figure_a_transposition_garbled(dataset):
    """Japan's 2008 cases are the 26,415 the ministry's relays print, not Havocscope's transposed 26,145."""
    rows = dataset.marked.filter(metric="cases", period="2008", scope="japan", preferred=True)
    assert rows.filter(rows["dimension"].is_null())["value"].to_list() == [26415]


@pytest.mark.parametrize("source, member, value, qualifier, precision", [
    ("kangxin-2014-05-29", "export", 19700, "rounded", 100), ("kangxin-2014-05-29", "post", 14000, "rounded", 1000),
    ("ec-2009-07-09", None, 43000, "at_least", None), ("euobserver-2010-07-22", None, 43500, "at_least", None),
    ("euobserver-2010-07-22", None, 49000, "at_least", None), ("wired-gov-2011-07-14", None, 43500, "at_least", None),
    ("eubusiness-2011-07-14", None, 43500, "at_least", None), ("eubusiness-2010-07-22", None, 49000, "at_least", None),
    ("inta-2017-08-04", None, 81000, "at_least", None), ("cbp-2004-01-14", None, 6500, "rounded", 100),
])
def test_round_relays_and_floors_carry_their_qualifier(dataset, source, member, value, qualifier, precision):
    rows = dataset.frame.filter(source=source, value=value)
    row = rows.filter(member=member).row(0, named=True) if member else rows.row(0, named=True)
    assert (row["qualifier"], row["precision"]) == (qualifier, precision)
