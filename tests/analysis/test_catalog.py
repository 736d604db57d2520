"""The catalogue (ipr_stats.analysis.catalog): the tidy view's years, the coverage matrix's run of years, the source list."""

from __future__ import annotations

import pytest

import ipr_stats
from ipr_stats.analysis import catalog
from ipr_stats.data.dataset import load
from ipr_stats.errors import QUOTED, NoSuchYear, NotFound
from tests.helpers import batches, make_frame

US = {"metric": "seizures", "scope": "us"}


class TestYears:
    def test_a_year_holds_the_periods_that_belong_to_it(self):
        """--year 2018 keeps the year, its halves, an event in it and FY2018 (which ends in it); not a span across
        years, a running total, or FY2019 (which starts in October 2018)."""
        frame = make_frame([
            batches("2018", 10), batches("2018-H1", 4), batches("2018-07", 1, period_kind="event"),
            {**US, "period": "FY2018", "value": 33810}, {**US, "period": "FY2019", "value": 27599},
            batches("2017..2018", 20), batches("..2018", 99, period_kind="cumulative"),
        ])
        got = catalog.tidy(frame, year=2018)
        assert sorted(got["period"].to_list()) == ["2018", "2018-07", "2018-H1", "FY2018"]

    def test_a_year_with_none_names_the_years_there_are(self):
        """The message lists the years periods belong to: a fiscal year's by the year it ends."""
        frame = make_frame([batches("2016", 1), {**US, "period": "FY2018", "value": 2}, batches("2015..2017", 3)])
        with pytest.raises(NoSuchYear, match="Years that have them: 2016, 2018"):
            catalog.tidy(frame, year=2030)

    def test_the_matrix_of_fiscal_years_runs_without_a_gap(self):
        """A fiscal year nobody published shows as a row with no version, as a calendar year does."""
        frame = make_frame([{**US, "period": "FY2020", "value": 5}, {**US, "period": "FY2023", "value": 9}])
        matrix = catalog.coverage_matrix(frame, scope="us", period_kind="fiscal_year", metrics=["seizures"])
        assert matrix.select("period", "versions").rows() == [("FY2020", 1), ("FY2021", 0), ("FY2022", 0), ("FY2023", 1)]


STAGES = """source: {{id: {id}, title: T, publisher: P, published: "2020", language: en, kind: official{stage}}}
records:
  - {{locator: p1, metric: batches, period: "2019", value: 5}}
"""


@pytest.mark.parametrize("stage", ["", ", stage: null"])
def test_a_source_with_no_stage_is_final_in_the_list_and_in_its_rows(write_yaml, stage):
    """The default stage is given once, as the file is read: the source list and the figures' rows say final alike."""
    sources, frame, _vocab = load([write_yaml(STAGES.format(id="s", stage=stage))], use_env=False, bundled=False)
    assert ipr_stats.sources_table(sources, frame)["stage"].to_list() == ["final"]
    assert frame["stage"].to_list() == ["final"]


def test_a_bad_period_is_quoted_as_every_message_quotes_input():
    """cite's message on a period it cannot read quotes it cut short, its control characters escaped."""
    sources, frame, _vocab = ipr_stats.load()
    with pytest.raises(NotFound) as raised:
        ipr_stats.cite(frame, sources, "batches", period="\x1b[2J" + "9" * 10_000)
    message = str(raised.value)
    assert "\x1b" not in message and "\\x1b[2J" in message and len(message) < QUOTED + 400


class TestCite:
    """cite: the citation of each figure, its address marked as a reprint where the source lists it among its mirrors."""

    OWN, COPY = "https://publisher.example/report", "https://copies.example/report"
    SOURCES = [{"id": "test", "title": "Annual report", "publisher": "Customs", "published": "2009",
                "addresses": [OWN, COPY], "mirrors": [COPY]}]

    def frame(self):
        return make_frame([batches("2008", 10, locator="Table 1", address=self.OWN),
                           batches("2008-H1", 4, locator="para 2", address=self.COPY),
                           batches("2008", 3, scope="longteng", locator="para 3", address=self.COPY)])

    def test_a_mirror_is_marked_and_the_citation_says_reprint(self):
        """The address the figure was read at is a mirror when the source lists it; the citation line says so."""
        got = catalog.cite(self.frame(), self.SOURCES, "batches", scope="national").sort("period")
        assert got.select("period", "mirror").rows() == [("2008", False), ("2008-H1", True)]
        assert got["citation"].to_list() == [
            "Annual report. Customs, 2009. https://publisher.example/report. Table 1.",
            "Annual report. Customs, 2009. https://copies.example/report (reprint). para 2."]

    def test_a_source_without_mirrors_is_its_publishers_page(self):
        """With no `mirrors`, no address is a reprint."""
        sources = [{k: v for k, v in self.SOURCES[0].items() if k != "mirrors"}]
        assert catalog.cite(self.frame(), sources, "batches", period="2008", scope="national")["mirror"].to_list() == [False]

    def test_a_scope_keeps_to_its_figures_and_the_others_are_counted(self):
        """scope= keeps to one scope; cited_scopes counts every scope's figures so a caller can name those left out."""
        frame = self.frame()
        assert catalog.cite(frame, self.SOURCES, "batches", period="2008", scope="national")["value"].to_list() == [10.0]
        assert catalog.cite(frame, self.SOURCES, "batches", period="2008")["scope"].sort().to_list() == ["longteng", "national"]
        assert catalog.cited_scopes(frame, "batches", period="2008").rows() == [("longteng", 1), ("national", 1)]

    def test_a_scope_with_none_names_those_that_have_one(self):
        """Asking a scope with no matching figure is a usage mistake that names the scopes that have one."""
        frame = make_frame([batches("2008", 3, scope="longteng")])
        with pytest.raises(NotFound, match=r"No batches figure of scope national matches; scopes that have one: longteng"):
            catalog.cite(frame, self.SOURCES, "batches", period="2008", scope="national")

    @pytest.mark.parametrize("args, line", [
        (("Is it? ", "GACC", "2009", None, None, "Table 1"), "Is it? GACC, 2009. Table 1."),
        (("Report", "GACC", "2009", "https://a.example/x", False, None), "Report. GACC, 2009. https://a.example/x."),
        (("Report", None, "2009"), "Report. 2009."),
    ])
    def test_a_citation_line_leaves_out_what_is_missing(self, args, line):
        """The citation line ends each part with one full stop, never two, and leaves out a missing part."""
        assert catalog.citation(*args) == line
