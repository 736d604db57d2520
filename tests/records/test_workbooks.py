"""--records FILE.xlsx: an Excel workbook's sheet read as a CSV file of the same rows is, with the same checks and
messages that name the sheet and the row as Excel numbers them."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from ipr_stats.errors import DataError
from ipr_stats.records.aggregate import aggregate
from ipr_stats.records.schema import Need

pytest.importorskip("fastexcel")
xlsxwriter = pytest.importorskip("xlsxwriter")

ROWS = pl.DataFrame({"Date": [dt.date(2024, 1, 2), dt.date(2023, 7, 1), dt.date(2024, 8, 9)], "Customs": ["Shenzhen", "Ningbo", None],
                     "Quantity": [2, 1, 4], "Value": [10.5, 3.0, 0.25]})


def figures(path, need=Need(None, None), sheet=None):
    _files, parts, _notes = aggregate([path], need, sheet=sheet)
    return {key: frame.sort(pl.all()).rows() for key, frame in parts.items()}


def workbook(path, **sheets):
    with xlsxwriter.Workbook(path) as book:
        for name, frame in sheets.items():
            frame.write_excel(book, worksheet=name)
    return path


class TestWorkbooks:
    @pytest.mark.parametrize("need", [Need(None, None), Need(2024, ("customs",)), Need(None, ())])
    def test_a_sheet_gives_the_figures_of_the_same_rows_in_csv(self, tmp_path, need):
        """The first sheet of a workbook gives what the same rows give as CSV, typed headers and all."""
        csv = tmp_path / "log.csv"
        ROWS.with_columns(pl.col("Date").cast(pl.String)).write_csv(csv)
        book = workbook(tmp_path / "log.xlsx", Seizures=ROWS)
        assert figures(book, need) == figures(csv, need)

    def test_sheet_names_the_sheet_read(self, tmp_path):
        """--sheet reads the sheet it names; one the workbook has not is a problem that lists the sheets it has."""
        book = workbook(tmp_path / "log.xlsx", Intro=ROWS, Later=ROWS.with_columns(pl.col("Quantity") * 10))
        assert figures(book, sheet="Later") != figures(book) == figures(book, sheet="Intro")
        with pytest.raises(DataError, match="field 'sheet': found 'Nope'; expected one of its sheets: Intro, Later"):
            figures(book, sheet="Nope")

    def test_a_bad_cell_is_named_by_sheet_and_row(self, tmp_path):
        """A quantity that is not a number is named with its sheet and its row as Excel numbers it (the header is 1)."""
        book = workbook(tmp_path / "bad.xlsx", Log=pl.DataFrame({"Date": [dt.date(2024, 1, 2), dt.date(2024, 1, 3)],
                                                                 "Quantity": ["1", "x"], "Value": [1.0, 2.0]}))
        with pytest.raises(DataError, match=r"sheet 'Log', row 3: field 'quantity': found 'x'"):
            figures(book)

    @pytest.mark.parametrize("content, said", [(b"not a zip", "a workbook that cannot be read"), (None, "empty Excel sheet")])
    def test_a_hostile_workbook_is_told(self, tmp_path, content, said):
        """A file that is no workbook, or a workbook with an empty sheet, is one clear problem, never a traceback."""
        path = tmp_path / "x.xlsx"
        if content is None:
            with xlsxwriter.Workbook(path) as book:
                book.add_worksheet()
        else:
            path.write_bytes(content)
        with pytest.raises(DataError, match=said):
            figures(path)

    def test_the_command_line_reads_a_workbook(self, run, tmp_path):
        """`--records log.xlsx --sheet NAME top --dim customs` ranks the sheet's rows."""
        book = workbook(tmp_path / "log.xlsx", Intro=ROWS, Seizures=ROWS.with_columns(pl.col("Quantity") * 10))
        code, out, _ = run("--records", str(book), "--sheet", "Seizures", "top", "--by", "quantity", "--year", "2024", "--dim", "customs")
        assert code == 0 and out.splitlines()[1].startswith("1,shenzhen,20,piece")
