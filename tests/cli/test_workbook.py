"""-o FILE.xlsx: a workbook that an independent reader (openpyxl) opens, with numbers as numbers and the sources cited."""

from __future__ import annotations

import io

import pytest

openpyxl = pytest.importorskip("openpyxl")


def sheets(path_or_bytes) -> dict:
    """{sheet name: rows of cell values} of a workbook, as openpyxl reads it."""
    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    book = openpyxl.load_workbook(source)
    return {sheet.title: [[cell.value for cell in row] for row in sheet.iter_rows()] for sheet in book}


class TestWorkbook:
    def test_numbers_are_numbers(self, run, tmp_path):
        """The table's sheet has the csv's header and rows; counts and computed changes are numbers, full precision."""
        target = tmp_path / "batches.xlsx"
        code, out, _ = run("yoy", "--metric", "batches", "-o", str(target))
        rows = sheets(target)["yoy"]
        header, first = rows[0], dict(zip(rows[0], rows[1]))
        _, csv_text, _ = run("yoy", "--metric", "batches")
        assert code == 0 and out == "" and ",".join(header) == csv_text.splitlines()[0]
        assert first["to_period"] == "2008" and first["to_value"] == 11135 and isinstance(first["to_value"], int)
        assert first["change_pct"] == pytest.approx(49.342811158798284, abs=1e-12)
        assert len(rows) - 1 == len(csv_text.splitlines()) - 1

    def test_header_frozen(self, tmp_path, run):
        """The header row stays in view: the sheet is frozen below it."""
        target = tmp_path / "b.xlsx"
        run("top", "--by", "value", "--year", "2008", "-o", str(target))
        book = openpyxl.load_workbook(target)
        assert book["top"].freeze_panes == "A2"
        assert book["top"].column_dimensions["B"].width > 8  # fitted to 'shenzhen' and the header, not left at the default

    def test_the_sources_cited(self, run, tmp_path):
        """A sheet lists each source and locator the rows cite, with title, publisher, date and address."""
        target = tmp_path / "b.xlsx"
        run("top", "--by", "value", "--year", "2008", "-o", str(target))
        cited = sheets(target)["sources"]
        assert cited[0] == ["source", "title", "publisher", "published", "address", "locator"]
        row = dict(zip(cited[0], cited[1]))
        assert row["source"] == "gacc-2008" and row["locator"] == "Table 13" and row["address"].startswith("http")
        assert "2008" in row["title"] and row["publisher"].startswith("General Administration of Customs")

    def test_yoy_cites_the_year_before_too(self, run, tmp_path):
        """yoy's rows cite two figures each: both sources are in the sheet of sources."""
        target = tmp_path / "b.xlsx"
        run("yoy", "--metric", "batches", "-o", str(target))
        cited = {(r[0], r[5]) for r in sheets(target)["sources"][1:]}
        rows = sheets(target)["yoy"]
        column = rows[0].index
        wanted = {(r[column("source")], r[column("locator")]) for r in rows[1:]} | \
                 {(r[column("from_source")], r[column("from_locator")]) for r in rows[1:] if r[column("from_source")]}
        assert wanted == cited

    def test_the_notes_and_chinese_intact(self, run, tmp_path):
        """Under --lang zh the notes sheet holds the title and captions in Chinese, and the names of members too."""
        target = tmp_path / "b.xlsx"
        run("--lang", "zh", "top", "--by", "value", "--year", "2008", "-o", str(target))
        book = sheets(target)
        assert book["notes"][0] == ["note"] and book["notes"][1][0] == "2008年按价值排名的海关"
        assert "深圳" in [r[-1] for r in book["top"]]

    def test_texts_stay_texts_and_years_are_not_grouped(self, run, tmp_path, write_yaml):
        """A note that reads like a formula is written as its characters, never run; a year shows 2008, not 2,008; an
        SQL query's 1/0 is an empty cell, not a crash."""
        data = write_yaml("""source: {id: formulas, title: '=HYPERLINK("http://example.org","x")', publisher: P, published: "2033",
         language: en, kind: news}
records:
  - {locator: "=SUM(1,2)", metric: batches, period: "2033", value: 5, note: "=1+1"}
""")
        run("--data", str(data), "data", "--year", "2033", "-o", str(tmp_path / "f.xlsx"))
        book = openpyxl.load_workbook(tmp_path / "f.xlsx")
        cells = [c for row in book["data"].iter_rows() for c in row] + [c for row in book["sources"].iter_rows() for c in row]
        assert "=SUM(1,2)" in [c.value for c in cells] and all(c.data_type != "f" for c in cells)
        run("compare", "--metric", "batches", "-o", str(tmp_path / "c.xlsx"))
        assert openpyxl.load_workbook(tmp_path / "c.xlsx")["compare"]["A2"].number_format == "General"
        code, _, err = run("sql", "SELECT 1/0 AS x", "-o", str(tmp_path / "q.xlsx"))
        assert code == 0 and err == "" and openpyxl.load_workbook(tmp_path / "q.xlsx")["sql"]["A2"].value is None

    def test_the_notes_send_nobody_elsewhere_for_what_the_sheet_holds(self, run, tmp_path):
        """data's table says period kinds and addresses are in --format csv; its workbook holds them, and says not."""
        run("data", "--year", "2008", "-o", str(tmp_path / "d.xlsx"))
        book = sheets(tmp_path / "d.xlsx")
        assert "address" in book["data"][0] and "period_kind" in book["data"][0]
        assert ["Share and change as published."] in book["notes"] and not any("--format csv" in r[0] for r in book["notes"][1:])
        _, table, _ = run("data", "--year", "2008", "--format", "table")
        assert "Period kinds, dates, notes, printed forms and addresses: --format csv or json." in " ".join(table.split())

    def test_a_workbook_in_a_pipe_not_a_terminal(self, run):
        """--format xlsx to a terminal is refused (exit 2); -o is the way."""
        code, _, err = run("yoy", "--metric", "batches", "--format", "xlsx", tty=True)
        assert code == 2 and "-o FILE.xlsx" in err

    def test_a_workbook_through_a_pipe(self, tmp_path):
        """`ipr-stats ... --format xlsx > file` writes the workbook's bytes to standard output, nothing else."""
        import os
        import subprocess
        import sys

        done = subprocess.run([sys.executable, "-m", "ipr_stats", "yoy", "--metric", "batches", "--format", "xlsx"], capture_output=True,
                              env={**os.environ, "IPR_STATS_CACHE": str(tmp_path / "cache")}, timeout=120)
        assert done.returncode == 0 and done.stderr == b"" and sheets(done.stdout)["yoy"][1][8] == "2008"
