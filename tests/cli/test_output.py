"""What every command's output shares: --columns."""

from __future__ import annotations

import csv
import io
import json

import pytest


class TestColumns:
    @pytest.mark.parametrize("fmt", ["csv", "tsv"])
    def test_only_the_columns_asked_in_their_order(self, run, fmt):
        """--columns period,value,source writes those three columns, in that order, quoted as csv quotes."""
        code, out, _ = run("series", "--metric", "batches", "--scope", "national", "--period-kind", "year",
                           "--columns", "period,value,source", "--format", fmt)
        rows = list(csv.reader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t"))
        assert code == 0 and rows[0] == ["period", "value", "source"]
        assert ["2008", "11135", "gacc-2008"] in rows

    def test_json_and_a_text_with_commas(self, run):
        """JSON objects hold the columns asked only; a locator or note with commas comes out whole."""
        _, out, _ = run("data", "--metric", "batches", "--year", "2009", "--all-versions", "--columns", "source,value,note",
                        "--format", "json")
        items = json.loads(out)
        assert all(list(i) == ["source", "value", "note"] for i in items)
        _, text, _ = run("data", "--metric", "batches", "--year", "2009", "--all-versions", "--columns", "source,value,note")
        assert [r["note"] for r in csv.DictReader(io.StringIO(text))] == [i["note"] or "" for i in items]

    def test_a_table_shows_the_columns_asked_even_at_80(self, run):
        """In a table, the columns asked are shown whatever the width, never left out, even ones tables hide."""
        code, out, _ = run("series", "--metric", "batches", "--period-kind", "cumulative", "--columns",
                           "period,value,source,locator", tty=True, width=80)
        header = next(line for line in out.splitlines() if "period" in line)
        assert code == 0 and header.split() == ["period", "value", "source", "locator"]
        assert "left out" not in out and "gacc-en-2010-measures-taken" in out
        _, blocks, _ = run("series", "--metric", "batches", "--period-kind", "cumulative", "--columns",
                           "period,value,qualifier,source,locator", tty=True, width=80)
        assert "left out" not in blocks and "  locator:   para 1" in blocks and "  qualifier: exact" in blocks

    @pytest.mark.parametrize("value, words", [
        ("period,valu", "no column 'valu' in this output. Did you mean 'value'?"),
        ("period,,value", "expected column names separated by commas"),
    ])
    def test_an_unknown_column_is_a_usage_error(self, run, value, words):
        code, out, err = run("series", "--metric", "batches", "--columns", value)
        assert code == 2 and out == "" and words in err and "--columns" in err


class TestShownDecimals:
    @pytest.mark.parametrize("printed, computed, shown", [
        ("3%", 2.4697, 2),      # 2.5 would read as 3%
        ("67%", 66.74, 1),      # 66.7 rounds to 67, as 66.74 does
        ("22.62%", 22.6213, 2),  # as many as the printed share has
        ("5%", 4.9999996, 1),   # 5.0 reads as 5%, as the share itself rounds
        (None, 2.4697, 1),
    ])
    def test_a_computed_share_never_reads_as_another_rounding(self, printed, computed, shown):
        """Enough decimals that the computed share, rounded as the printed one is, gives what the share itself gives (D35)."""
        from ipr_stats.cli.output import shown_decimals

        assert shown_decimals(printed, computed) == shown


def test_share_table_shows_italy_s_share_so_that_its_verdict_reads_right(run):
    _, out, _ = run("share", "--dim", "origin", "--metric", "batches", "--year", "2008", tty=True)
    italy = next(line for line in out.splitlines() if "Italy" in line)
    assert "2.47" in italy.split() and "discrepancy" in italy
