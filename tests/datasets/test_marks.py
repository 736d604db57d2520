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


@pytest.mark.parametrize("source, metric, member, value, qualifier, precision", [
    ("mondaq-2021", "protection_measures", None, 65300, "rounded", 100), ("mondaq-2021", "batches", None, 61900, "rounded", 100),
    ("rouse-2023-04-24", "seizures", None, 18000, "rounded", 1000), ("rouse-2023-04-24", "seizures", None, 84000, "rounded", 1000),
    ("rouse-2023-04-24", "seizures", None, 49700, "rounded", 100), ("rouse-2023-04-24", "seizures", None, 22500, "rounded", 100),
    ("unitalen-2017-07-13", "protection_measures", None, 19500, "rounded", 100),
    ("gacc-2009", "protection_measures", None, 67000, "rounded", 1000),
    ("justalen-2010-04-938", "protection_measures", None, 67000, "rounded", 1000),
    ("justalen-2010-04-939", "protection_measures", None, 67000, "rounded", 1000),
    ("ipraction-2020-02", "batches", None, 45000, "rounded", 1000), ("ipraction-2020-02", "batches", "post", 42000, "rounded", 1000),
    ("ipraction-2020-02", "quantity", "post", 564900, "rounded", 100), ("ipraction-2020-02", "batches", "foreign", 42300, "rounded", 100),
    ("ipraction-2019-03-tianjin", "quantity", "tianjin", 660000, "rounded", 10000),
    ("ipraction-2019-09-shenzhen", "quantity", "shenzhen", 375000, "rounded", 1000),
    ("gacc-en-2017-qingdao", "quantity", "qingdao", 220000, "rounded", 10000),
    ("cctv-2008-07-16", "quantity", "hangzhou", 32800, "rounded", 100), ("xinhua-2007-11-15", "quantity", "hangzhou", 32800, "rounded", 100),
    ("xinhua-2014-04-29", "quantity", "medicine", 673000, "rounded", 1000),
    ("chinadaily-2010-04-20", "parcels_seized", "post_express", 37000, "rounded", 1000),
    ("ipraction-2020-03-shanghai", "quantity", None, 8000, "exact", None), ("chinanews-2020", "quantity", None, 29500, "exact", None),
])
def test_chinas_round_counts_carry_the_qualifier_their_pages_support(dataset, source, metric, member, value, qualifier, precision):
    """A round total of many seizures, a 万 figure written out in digits, is rounded to its last printed digit; a single
    consignment counted on the spot (8,000 masks, 29,500 speakers) stays exact."""
    rows = dataset.frame.filter(source=source, metric=metric, value=value)
    row = rows.filter(member=member).row(0, named=True) if member else rows.row(0, named=True)
    assert (row["qualifier"], row["precision"]) == (qualifier, precision)


def test_a_count_of_suspensions_printed_as_detentions_is_marked(dataset):
    """World IP Review's 'around 23,686' batches detained in 2013 are GACC's suspensions: marked, never preferred."""
    row = dataset.marked.filter(source="worldipreview-2014-05-27", metric="batches", period="2013").row(0, named=True)
    assert "suspended" in row["error"] and not row["preferred"]


@pytest.mark.parametrize("source", ["ecns-2018-07-25", "shanghai-daily-2018-07-25", "worldipreview-2018-07-25"])
def test_the_domestic_right_holders_approvals_of_2018_h1_are_not_the_total(dataset, source):
    """The 2,796 approvals of 2018-H1 are the domestic right holders' (People's Daily: about 60% of all), not the total."""
    rows = dataset.frame.filter(source=source, metric="applications_approved", period="2018-H1")
    assert rows.select("dimension", "member", "value").rows() == [("ownership", "domestic", 2796)]


def test_the_2019_h1_approvals_rate_is_not_paired_with_the_domestic_figure(dataset):
    """With no total published for 2018-H1, the +12.8% of 2019-H1's approvals is not checked against a narrower figure."""
    import ipr_stats

    audit = ipr_stats.audit(dataset.marked, check="rate", source="gacc-2019h1")
    approvals = audit.filter(audit["subject"].str.contains("applications_approved"))
    assert approvals["status"].to_list() == ["not_checkable"]


def test_2009_versions_carry_the_stage_of_the_release_they_relay(dataset):
    """65,192 batches and RMB 370 million are January's preliminary figures; Li Kenong's speech of November 2010 looks
    back; the year's figures used are the April release's (66,000 batches, 450 million yuan)."""
    stages = {s["id"]: s["stage"] for s in dataset.sources}
    assert (stages["gacc-en-2011-04-21"], stages["gacc-en-2010-li-kenong"], stages["gacc-2009"]) == \
        ("preliminary", "retrospective", "final")
    chosen = dataset.marked.filter(period="2009", scope="national", preferred=True)
    chosen = chosen.filter(chosen["dimension"].is_null())
    picked = {r["metric"]: (r["value"], r["stage"]) for r in chosen.filter(chosen["metric"].is_in(["batches", "value"])).to_dicts()}
    assert picked == {"batches": (66000, "final"), "value": (450000000, "final")}


@pytest.mark.parametrize("metric, period, start, end, source", [
    ("quantity", "2009", "2009-01-01", "2009-12-31", "chinadaily-2010-04-20"),
    ("batches", "2009-06-01..2009-12-31", "2009-06-01", "2009-12-31", "gacc-en-2010-measures-taken"),
    ("quantity", "2019-H1", "2019-01-01", "2019-06-30", "gacc-2019h1"),
])
def test_chinas_series_carry_the_campaign_and_basis_notes(dataset, metric, period, start, end, source):
    """The 2009 postal and express campaign (GACC's own dates) and the 2019-H1 quantity's basis are noted where they apply."""
    found = [n for n in notes_on(series_notes(dataset.sources), metric, "national", start, end) if n["period"] == period]
    assert [n["source"] for n in found] == [source]


def test_chinafilings_swapped_shares_are_kept_as_printed(dataset):
    """Table 2 prints 0.38% beside the 2012 patent quantity and 4.89% beside copyright's; the page is kept as it is."""
    rows = dataset.frame.filter(source="chinafiling-2015", period="2012", dimension="ip_type")
    printed = {r["member"]: (r["value"], r["published_share"]) for r in rows.to_dicts()}
    assert printed["patent"] == (4557264, "0.38%") and printed["copyright"] == (349385, "4.89%")
