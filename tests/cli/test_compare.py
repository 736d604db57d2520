"""The compare command: administrations side by side, in the years asked, long or wide."""

from __future__ import annotations

import csv
import io
import json
import re
import shlex

import pytest


def _rows(out: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(out)))


class TestYears:
    def test_from_and_to_keep_the_years_asked(self, run):
        """--from 2010 --to 2012 gives those years alone, in the table and in csv."""
        _, out, _ = run("compare", "--metric", "batches", "--from", "2010", "--to", "2012", "--format", "csv")
        assert {r["year"] for r in _rows(out)} == {"2010", "2011", "2012"}
        _, table, _ = run("compare", "--metric", "batches", "--from", "2010", "--to", "2012", tty=True)
        years = re.findall(r"^  (\d{4}) ", table, flags=re.M)
        assert years == ["2010", "2011", "2012"]

    @pytest.mark.parametrize("args, words", [
        (("--from", "2040"), "No figures in the years asked (from 2040)"),
        (("--from", "2020", "--to", "2010"), "The years run backwards"),
    ])
    def test_years_outside_the_figures_are_a_usage_mistake(self, run, args, words):
        code, _, err = run("compare", "--metric", "batches", *args)
        assert code == 2 and words in err


class TestWide:
    def test_a_row_per_year_and_columns_per_administration(self, run):
        """--wide: one row a year; each administration's own figure, qualifier and source, in the order of the table."""
        _, out, _ = run("compare", "--metric", "batches", "--wide", "--format", "csv")
        rows = _rows(out)
        assert list(rows[0]) == ["year", "china_batches", "china_qualifier", "china_source", "eu_cases", "eu_qualifier",
                                 "eu_source", "us_seizures", "us_qualifier", "us_source", "japan_cases",
                                 "japan_qualifier", "japan_source"]
        assert len({r["year"] for r in rows}) == len(rows)
        y2008 = next(r for r in rows if r["year"] == "2008")
        assert (y2008["china_batches"], y2008["china_qualifier"]) == ("11135", "exact")
        _, long, _ = run("compare", "--metric", "batches", "--format", "csv")
        figures = {(r["administration"], r["year"]): r["value"] for r in _rows(long)}
        wide = {(name.split("_")[0], r["year"]): r[name] for r in rows for name in r
                if name.partition("_")[2] in ("batches", "cases", "seizures") and r[name]}
        assert wide == figures

    def test_json_wide_and_index(self, run):
        """JSON takes --wide too; with --index the figure columns are the index, empty for a bound."""
        _, out, _ = run("compare", "--metric", "batches", "--wide", "--index", "2010", "--format", "json")
        items = json.loads(out)
        y2010 = next(i for i in items if i["year"] == 2010)
        assert y2010["china_index"] == 100 and "china_batches" not in y2010
        y2015 = next(i for i in items if i["year"] == 2015)
        assert y2015["china_index"] is None and y2015["china_qualifier"] == "at_least"


class TestForPeople:
    def test_human_writes_millions_in_words(self, run):
        """--human: 645.2 million in the table, as every other command writes it; csv stays exact."""
        _, table, _ = run("compare", "--metric", "quantity", "--human", tty=True)
        assert "645.2 million" in table and "645,182,937" not in table
        _, out, _ = run("compare", "--metric", "quantity", "--human", "--format", "csv")
        assert "645182937" in out

    def test_index_chart_says_why_a_year_has_no_bar(self, run):
        """A year with a published bound is 'not indexed: a bound', not 'none published'; fiscal years keep FY labels;
        an administration with no count in the base year is named."""
        _, out, _ = run("compare", "--metric", "batches", "--index", "2010", "--chart", tty=True)
        chart = out[out.index("China: batches (2010 = 100)\n2"):]
        assert re.search(r"^2015 .*not indexed: a bound$", chart, flags=re.M)
        assert re.search(r"^2016 .*none published$", chart, flags=re.M)
        assert re.search(r"^FY2022 .*none published$", chart, flags=re.M) and not re.search(r"^ +2022 ", chart, flags=re.M)
        assert "Japan: no count of its cases for 2010 to index to." in out
        assert "> more than" not in chart  # no bar drawn carries a bound's sign

    def test_the_suggested_command_runs(self, run):
        """The command the caption suggests for the EU's wider scope runs as printed."""
        _, out, _ = run("compare", "--metric", "batches", tty=True, width=200)
        command = re.search(r"`ipr-stats (series [^`]+)`", out).group(1)
        code, shown, err = run(*shlex.split(command), "--format", "csv")
        assert (code, err) == (0, "") and "eu_border_and_internal" in shown
