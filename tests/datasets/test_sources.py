"""Every bundled source: its figure and claim counts pinned, its kind and addresses given, each figure's printed form kept."""

from __future__ import annotations

import csv
import io

from tests.datasets.expected_national import EXPECTED, NOT_RECORDED

# source -> (figures, claims), as read in each text; a change here is a change to the data and needs a reason.
COUNTS = {
    "afd-china-2022-11-23": (3, 0), "anjitraders-2004-11-23": (5, 2), "bardehle-2015": (7, 0),
    "beijing-trademark-assoc-2008-01-18": (4, 0), "cbfz-2023": (3, 0), "ccie-2011": (2, 0), "cctv-2008-07-16": (5, 0),
    "cctv-2014": (2, 1), "cctv-2016-04-26": (2, 1), "changtsi-2025": (15, 2), "china-org-cn-2004-04-30": (2, 0),
    "chinadaily-2006-08": (3, 0), "chinadaily-2008-04-28": (6, 1), "chinadaily-2010-04-20": (1, 2),
    "chinadaily-2010-fuzhou": (2, 0), "chinadaily-2019-11-26": (4, 0), "chinadaily-2025-06-18": (4, 0),
    "chinafiling-2015": (13, 2), "chinaipr-2017-08": (5, 0), "chinanews-2018-04-26": (5, 0),
    "chinanews-2019-04-23": (7, 1), "chinanews-2020": (8, 0), "chinanews-2022-01-25": (5, 0),
    "chinanews-2022-04-22": (8, 0), "chinanews-2024-04-25": (25, 0), "chinanews-2024-10-28": (3, 0),
    "cna-2025-06": (4, 0), "cnipr-2018-05-07": (1, 0), "cnnb-2012-05-07": (5, 1), "cnr-2021-06-15": (1, 0),
    "cntv-2011-07-07": (3, 0), "ecns-2018-01-24": (6, 0), "ecns-2018-07-25": (6, 0),
    "economic-daily-2018-04-25": (5, 3), "flanders-china-2022-02-01": (3, 0), "fobdao-2021": (3, 0),
    "gacc-2008": (164, 3), "gacc-2009": (2, 0), "gacc-2019h1": (4, 0), "gacc-2023-04-23": (3, 0),
    "gacc-2024-04-25": (23, 0), "gacc-en-2010-li-kenong": (1, 0), "gacc-en-2010-measures-taken": (5, 0),
    "gacc-en-2011-04-21": (6, 0), "gacc-en-2017-qingdao": (3, 0), "gacc-presentation-2009": (2, 1),
    "gbf-2011": (7, 0), "gd-gov-2021-06": (1, 0), "ghbk-2025-04-24": (4, 0), "gmw-2025-08-25": (5, 0),
    "guangming-daily-2006-06-15": (2, 1), "iam-insight-2022": (6, 0), "ipdragon-2006-08-09": (4, 0),
    "ipraction-2018-01": (2, 0), "ipraction-2018-02-xiamen": (3, 0), "ipraction-2019-03-tianjin": (3, 0),
    "ipraction-2019-09-fuzhou": (2, 0), "ipraction-2019-09-shenzhen": (5, 0), "ipraction-2020-02": (18, 0),
    "ipraction-2020-03-shanghai": (3, 0), "itbear-2025-08-25": (1, 0), "ithome-2023-04-25": (16, 0),
    "jqknews-2019": (7, 0), "justalen-2010-04-938": (4, 2), "justalen-2010-04-939": (6, 4), "justalen-2011": (2, 0),
    "kangxin-2014-05-29": (9, 1), "krnewsupdate-2010-04": (4, 2), "lawtime-2011-12-16": (2, 0),
    "legal-daily-2021": (25, 1), "legal-daily-2025-04-25": (14, 0), "lemofix-2007-11-05": (2, 0),
    "lexology-2015": (0, 4), "mlzgw-2022-04-26": (4, 0), "mmlc-2025-05-07": (7, 0), "mondaq-2021": (3, 0),
    "mondaq-afd-china-2019": (5, 0), "natlawreview-2025": (18, 0), "nearhk-2018-04-25": (8, 1),
    "peoples-daily-2006-08-16": (4, 0), "peoples-daily-2017-04-21": (4, 0), "peoples-daily-2018-07-24": (8, 0),
    "peoples-daily-online-2024-01-24": (4, 0), "peoples-daily-overseas-2021-01-27": (3, 0),
    "peoplesdaily-2011-01-05": (3, 0), "piglobal-2006-08": (3, 0), "queenie-sjfzxm-2016": (5, 1),
    "reportify-2025-beijing": (2, 0), "reportify-2025-h1": (2, 0), "rouse-2023-04-24": (4, 0),
    "rouse-consultancy-2019-08-07": (3, 0), "saramu-2008-01-04": (1, 0), "shanghai-customs-2005-12-14": (5, 0),
    "shanghai-daily-2018-07-25": (6, 0), "thepaper-2021-04": (2, 0), "udn-2025-08-25": (1, 0),
    "udn-2025-08-25-b": (2, 0), "ukranews-2021-05": (5, 0), "unitalen-2017-07-13": (2, 1), "wipr-2011": (2, 0),
    "worldipreview-2014-05-27": (3, 1), "worldipreview-2018-07-25": (5, 0), "wtr-2007": (3, 1),
    "xian-shangbao-2019-01-22": (6, 0), "xinhua-2006-03-27": (3, 2), "xinhua-2007-11-15": (4, 0),
    "xinhua-2012-01-10": (5, 0), "xinhua-2014-04-29": (3, 2), "xinhua-2017": (10, 1), "xinhua-2018-04-26": (3, 2),
    "xinhua-2019-04-23": (6, 0), "xinhua-2021-03-12": (3, 0), "xinhua-2021-04-26": (3, 0),
    "xinhua-2021-06-27": (2, 0), "xinhua-2022-02-01": (5, 0), "xinhua-2025-07-26": (2, 0),
}

# The EU's and the US's customs figures (docs/data-model.md, Scopes), one source per page read.
COUNTS.update({
    "arabstoday-2011-eu": (4, 2), "cbp-2004-01-14": (1, 0), "cbp-2011-01": (5, 0), "cbp-2011-03-16": (3, 0), "cbp-2012": (4, 0),
    "cbp-2013-01-17": (2, 0), "cbp-2014-03-24": (4, 0), "cbp-2017": (3, 0), "cbp-2018-03-05": (2, 0),
    "cbp-ipr-2020": (3, 0), "cbp-ipr-2021": (2, 0), "cbp-ipr-2022": (2, 0), "cchainglobal-2016-eu": (2, 0),
    "cedaily-2013-01-18": (4, 2), "cedaily-2016-04-15": (8, 4), "cedaily-2018-03-06": (7, 0),
    "ceoc-2012-07-25": (4, 2), "dekuzu-2017-01-23": (4, 1), "ec-2005-02-08": (3, 1), "ec-2006-11-10": (2, 0), "ec-2007-05-31": (4, 0),
    "ec-2009-07-09": (5, 1), "ec-2013-08-05": (2, 0), "ec-customs-see-2014": (3, 0), "ec-customs-see-2015": (3, 0),
    "ec-newsroom-2018-10-11": (2, 2), "ec-taxud-2021-11-30": (4, 0), "ec-taxud-2022-12-16": (0, 2),
    "ec-taxud-2023-11-27": (2, 2), "ec-taxud-ipr-facts-2016": (3, 0),
    "ec-taxud-ipr-facts-2019": (3, 0), "ec-taxud-ipr-facts-2020": (3, 1), "ec-taxud-ipr-facts-2022": (1, 1),
    "eubusiness-2008-05-19": (4, 1), "eubusiness-2010-07-22": (4, 0), "eubusiness-2011-07-14": (4, 0), "eucrim-2023-12-27": (3, 0),
    "euobserver-2010-07-22": (2, 0), "euractiv-2013-08": (4, 4), "euronews-2019-09-20": (3, 0),
    "europeansting-2019-09-20": (4, 0), "expeditors-2024-06": (1, 0), "freightwaves-2004": (2, 0),
    "freightwaves-2005": (2, 0), "hktdc-2016": (21, 0), "hktdc-2017": (21, 0),
    "homelandprepnews-2022-01": (1, 0), "hstoday-2012-01-24": (3, 0), "ice-2011": (3, 0), "inta-2017-08-04": (5, 3),
    "ipwatchdog-2018-03-16": (6, 0), "jegvaelgeraegte-2024-11": (4, 0), "jewelleryhere-2019-08-26": (21, 0),
    "karg-und-petersen-2024": (5, 0), "lexology-2008-eu": (4, 0), "lexology-2012-eu": (6, 1),
    "lexology-2014-eu": (4, 1), "lexology-2016-eu": (4, 0), "malta-customs-2019-09-19": (3, 0), "metroconsult-2021-eu": (1, 0),
    "mondaq-2023-eu-detentions-2022": (2, 0), "rapisardi-2009-eu": (2, 1), "scarbrough-2016-04-19": (4, 0),
    "securingindustry-2014": (5, 0), "sema-2012-03": (3, 0), "sib-2023-12-04": (3, 0),
    "stopfakes-2013-01-17": (3, 0), "strtrade-2012-01-10": (4, 0), "strtrade-2014-03-26": (3, 0),
    "thetimes-2007-eu": (3, 0), "tradelawdaily-2016-04-19": (5, 0), "wired-gov-2011-07-14": (6, 0),
    "wtr-2010-electronics": (4, 0), "wtvq-2020-08-04": (4, 0), "wwd-2017": (4, 0),
})

# Japan Customs' suspensions (scope japan), one source per page read.
COUNTS.update({
    "havocscope-2012": (3, 2), "ipdragon-2009-03-17": (2, 1), "itohpat-2024-09": (4, 0),
    "japantimes-2007-03-03": (3, 1), "japantimes-2012-06-19": (3, 0), "jpbm-2024-09": (3, 0), "keisen-2018": (3, 4), "kyodo-2024-03-08": (1, 3),
    "luxresearch-2009-03-12": (1, 1), "mainichi-2025-06-29": (1, 0), "marketresearch-sblo-2013-03-06": (3, 3),
    "mof-2013-09-03": (6, 0), "mof-2014-03-13": (3, 0), "mof-2016-03-04": (2, 0), "mof-2017-123deta": (8, 0),
    "mof-2018-03-02": (7, 0), "mof-2019-03-08": (35, 0), "mof-2020-03-06": (3, 0), "mof-2021-03-05": (6, 0),
    "mof-2021-09-10": (5, 0), "mof-2023-03-03": (40, 0), "mof-2024-03-08": (35, 0), "mof-2024-09-06": (35, 0),
    "mof-2025-03-07": (6, 0), "mof-2025-09-05": (6, 0), "mof-finance-2024-06": (5, 0), "nhk-2023-03-06": (2, 0),
    "nikkei-asia-2018": (1, 4), "nippon-jiji-2026-03-06": (2, 2), "sakamotopat-2018": (1, 1),
    "tm-square-2022-03-06": (3, 0), "tmfesta-2022-03": (2, 0), "tmfesta-2023-03": (3, 0), "tmfesta-2024-09": (2, 0),
    "tvasahi-2023-09-08": (0, 1), "vs-group-2022-03-08": (1, 3),
})

FOUNDING = {"gacc-2008", "gacc-2019h1", "xinhua-2017", "chinanews-2020", "legal-daily-2021"}


def _sources(run) -> dict[str, dict]:
    _, out, _ = run("sources", "--format", "csv")
    return {r["source"]: r for r in csv.DictReader(io.StringIO(out))}


def test_each_source_figure_and_claim_counts(run):
    """`sources` counts what each text gives, as pinned: no source lost, none added unnoticed."""
    got = {source: (int(r["figures"]), int(r["claims"])) for source, r in _sources(run).items()}
    assert got == COUNTS


def test_each_source_says_what_it_is_and_where_it_was_read(run):
    """Every source has a kind, a stage and a language; every page read has its address.

    Only a founding document, received as a file, may lack one (chinanews-2020: no public copy found)."""
    for source, row in _sources(run).items():
        assert row["kind"] in {"official", "news", "summary", "aggregator"}, source
        assert row["stage"] in {"final", "preliminary", "retrospective"}, source
        assert row["language"], source
        assert row["addresses"].startswith("http") or source in FOUNDING, source


def test_every_figure_keeps_its_printed_form(run):
    """Each figure of every source carries the number as printed (the founding tables' cells included)."""
    _, out, _ = run("data", "--all-versions", "--format", "csv")
    missing = [(r["source"], r["locator"], r["metric"]) for r in csv.DictReader(io.StringIO(out))
               if r["value"] and not r["printed"]]
    assert missing == []


def test_national_series_reach(run):
    """The series the national figures allow: batches in at least 15 years and pieces in 13, 2005 to 2024."""
    for metric, least in (("batches", 15), ("quantity", 13)):
        _, out, _ = run("series", "--metric", metric, "--format", "csv")
        years = {r["period"] for r in csv.DictReader(io.StringIO(out))
                 if r["scope"] == "national" and r["period_kind"] == "year" and "2005" <= r["period"] <= "2024"}
        assert len(years) >= least, (metric, sorted(years))


def test_other_administrations_reach(run):
    """The EU's detention cases in at least 12 years from 2002, the US's seizures in at least 10 fiscal years from FY2009,
    Japan's suspension cases in at least 15 years, each with its own scope and period kind."""
    _, out, _ = run("series", "--metric", "cases", "--scope", "eu", "--format", "csv")
    eu = {r["period"] for r in csv.DictReader(io.StringIO(out)) if r["period_kind"] == "year" and r["period"] >= "2002"}
    assert len(eu) >= 12, sorted(eu)
    _, out, _ = run("series", "--metric", "seizures", "--scope", "us", "--format", "csv")
    us = [r for r in csv.DictReader(io.StringIO(out))]
    assert all(r["period_kind"] == "fiscal_year" and r["period"].startswith("FY") for r in us)
    assert len({r["period"] for r in us if r["period"] >= "FY2009"}) >= 10
    _, out, _ = run("series", "--metric", "msrp_value", "--scope", "us", "--format", "csv")
    assert len({r["period"] for r in csv.DictReader(io.StringIO(out))}) >= 10
    _, out, _ = run("series", "--metric", "cases", "--scope", "japan", "--format", "csv")
    assert len({r["period"] for r in csv.DictReader(io.StringIO(out)) if r["period_kind"] == "year"}) >= 15


def test_second_reading_of_national_figures(run):
    """Every national headline figure an independent second reading found is in the dataset, for its source,
    metric and period, with the same value (tests/datasets/expected_national.py), unless left out on purpose."""
    _, out, _ = run("data", "--all-versions", "--format", "csv")
    held = {(r["source"], r["metric"], r["period"], float(r["value"])) for r in csv.DictReader(io.StringIO(out))
            if r["value"] and r["scope"] == "national" and not r["dimension"]}
    missing = [(s, m, p, v, printed) for s, m, p, v, _, _, printed in EXPECTED
               if (s, m, p, v) not in NOT_RECORDED and (s, m, p, float(v)) not in held]
    assert missing == []
    assert all((s, m, p, float(v)) not in held for s, m, p, v in NOT_RECORDED)
