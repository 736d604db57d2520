"""Tables that fit the terminal (ipr_stats.cli.layout and the table writer), and the details of human cells."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipr_stats.cli.layout import Column, cells, fit
from ipr_stats.cli.render import View, _number, write
from ipr_stats.data.printed import in_words
from tests.helpers import Terminal


@pytest.fixture(autouse=True)
def no_color(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")



def table(frame, width, **kw) -> str:
    out = Terminal()
    write(View(frame, **kw), "table", out, width=width)
    return out.getvalue()


class TestFit:
    def test_a_table_that_fits_is_left_alone(self):
        """Nothing moves, wraps or goes when the natural width fits."""
        plan = fit([Column("a", "a", ["x", "y"]), Column("b", "b", ["1", "2"], numeric=True)], 80)
        assert [c.key for c in plan.columns] == ["a", "b"] and plan.constant == [] and plan.left_out == []

    def test_constant_and_empty_columns_go_first(self):
        """Too wide: an empty column is dropped, a column with one value on every row moves below the table."""
        columns = [Column("id", "id", ["k1", "k2"]), Column("unit", "unit", ["batch", "batch"]),
                   Column("empty", "empty", ["", ""]), Column("text", "text", ["word " * 30, "short"])]
        plan = fit(columns, 40)
        assert [c.key for c in plan.columns] == ["id", "text"] and plan.constant == [("unit", "batch")]
        assert plan.width() <= 40 and plan.left_out == []

    def test_optional_columns_are_left_out_in_order_and_named(self):
        """When wrapping is not enough, the optional columns go in the order given, and the note names them."""
        keys = [Column(f"k{i}", f"key{i}", [f"value-{i}-{j}" * 2 for j in range(3)]) for i in range(6)]
        plan = fit(keys, 60, optional=["k3", "k1"])
        assert plan.left_out[:2] == ["key3", "key1"] and plan.width() <= 60
        assert "left out (key3, key1" in plan.notes()[0] and "--format csv shows all" in plan.notes()[0]

    def test_text_that_holds_a_long_address_folds_it_rather_than_lose_the_column(self):
        """A column of free text with an address among its cells (a source's card: title, notes and addresses)
        folds the address as an address column does, and stays (the card at 80 columns showed no values)."""
        url = "http://chinaipr.mofcom.gov.cn/article/centralgovernment/201908/1940084.html"
        columns = [Column("field", "field", ["title", "address (reprint)", "notes"]),
                   Column("value", "value", ["A title of several words", url, "notes " * 40])]
        plan = fit(columns, 80)
        assert [c.key for c in plan.columns] == ["field", "value"] and plan.left_out == [] and plan.width() <= 80

    def test_a_source_s_card_shows_its_values_at_80_columns(self, run):
        """`sources ID` on an 80-column terminal shows every field's value (D2 of the new-user report)."""
        code, out, _err = run("sources", "gacc-2019h1", tty=True, width=80)
        assert code == 0 and "left out" not in out and "2019-08-02" in out and "chinaipr.mofcom.gov.cn" in out
        assert max(cells(line) for line in out.splitlines()) <= 80

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.text(alphabet="abc de-_0123456789深圳", min_size=0, max_size=40), min_size=2, max_size=12),
           st.integers(min_value=30, max_value=140))
    def test_keys_and_numbers_are_never_split(self, texts, width):
        """Whatever the width, a cell with no space and a number come out whole on one line of the table, unless
        their column is left out, and then the note below the table names it."""
        keys = [t.replace(" ", "") or "k" for t in texts]
        frame = pl.DataFrame({"key": keys, "number": [1234567.0 + i for i in range(len(keys))], "text": texts})
        out = table(frame, width)
        for key in keys:  # the first column is never left out
            assert any(key in line for line in out.splitlines())
        note = out.split("left out")[-1] if "left out" in out else ""
        assert "number" in note or all(f"{1234567 + i:,}" in out for i in range(len(keys)))


class TestCells:
    def test_chinese_counts_two_cells(self):
        """A Chinese character takes two terminal cells, and tables measure it so."""
        assert cells("深圳") == 4 and cells("ab") == 2
        frame = pl.DataFrame({"member": ["深圳海关", "上海"] * 3, "note": ["很长的说明文字 " * 8] * 6})
        assert all(cells(line) <= 40 for line in table(frame, 40).splitlines())

    def test_no_negative_zero(self):
        """A computed change that rounds to zero prints 0.0, never -0.0."""
        assert _number(-0.04, 1, True) == "0.0" and _number(-0.0, None, False) == "0" and _number(-0.06, 1, True) == "-0.1"

    @pytest.mark.parametrize("value, qualifier, words", [
        (1_380_000, "at_least", "1.38 million"), (1_384_567, "at_least", "1.3 million"), (1_384_567, "at_most", "1.4 million"),
        (645_182_937, "exact", "645.2 million"), (23_810_000, "rounded", "23.81 million"), (999_999, None, None)])
    def test_human_never_rounds_a_bound_across_its_side(self, value, qualifier, words):
        """Words keep up to three exact decimals; beyond, a lower bound rounds down and an upper bound up."""
        assert in_words(value, qualifier) == words

    def test_years_are_never_grouped(self):
        """A column named for years keeps '2008', also in sql's tables; other numbers are grouped."""
        frame = pl.DataFrame({"year": [2008, 2009], "n": [11135, 2008]})
        out = table(frame, 80)
        assert "2008" in out and "2,008" in out.splitlines()[-1] + out and "11,135" in out
        assert " 2008 " in out.splitlines()[2] or "2008" in out.splitlines()[2]

    def test_headers_are_unique(self):
        """Two columns given the same header: the second takes its own column's name."""
        frame = pl.DataFrame({"from_value": [1], "to_value": [2]})
        assert View(frame, headers={"from_value": "value", "to_value": "value"}).header_texts() == ["value", "to value"]


class TestColumnsAskedFor:
    """Columns an option exists to show are never the ones an 80-column terminal leaves out (D7 of the new-user
    report): --cite's source and locator, --all-versions' source, and a figure's value, bound and scope."""

    @pytest.mark.parametrize("args", [
        ("series", "--metric", "batches", "--period-kind", "cumulative", "--cite"),
        ("series", "--metric", "batches", "--scope", "national", "--period-kind", "year", "--all-versions", "--cite"),
        ("yoy", "--metric", "batches", "--cite"),
        ("top", "--by", "value", "--year", "2008", "--cite"),
        ("share", "--dim", "transport", "--metric", "batches", "--year", "2008", "--cite"),
    ])
    def test_cite_keeps_source_and_locator(self, run, args):
        code, out, err = run(*args, tty=True, width=80)
        assert code == 0, err
        left_out = next((line for line in out.splitlines() if "left out" in line), "")
        assert "source" not in left_out and "locator" not in left_out, left_out
        assert max(cells(line) for line in out.splitlines()) <= 80

    def test_all_versions_shows_who_published_each_version(self, run):
        code, out, _err = run("series", "--metric", "batches", "--scope", "national", "--period-kind", "year", "--all-versions",
                              tty=True, width=80)
        assert code == 0 and "chinafiling-2015" in out and "cctv-2014" in out

    def test_a_series_keeps_each_figure_s_bound_and_scope(self, run):
        """At 80 columns a series of several scopes keeps the scope and the qualifier: 'at least' is never dropped."""
        code, out, _err = run("series", "--metric", "quantity", tty=True, width=80)
        left_out = next((line for line in out.splitlines() if "left out" in line), "")
        assert code == 0 and "qualifier" not in left_out and "scope" not in left_out and "at least" in out, left_out
