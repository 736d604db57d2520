"""Case records (--records): checked, aggregated, and queried through the same commands.

Every expected figure here is computed from the rows by plain Python (Decimal for
money), never by the code under test.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from decimal import Decimal

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from tests.helpers import FIELDS, random_records, write_csv, write_parquet


def expected(rows, key=lambda r: None):
    """(period, member) -> [batches, quantity, value] for every year and half-year, by plain Python."""
    out = defaultdict(lambda: [0, 0, Decimal(0)])
    for r in rows:
        year, month = r["date"][:4], int(r["date"][5:7])
        for period in (year, f"{year}-H{1 if month <= 6 else 2}"):
            cell = out[(period, key(r))]
            cell[0] += 1
            cell[1] += int(r["quantity"])
            cell[2] += Decimal(r["value"])
    return out


def figures(out: str, dimension="") -> dict:
    """(period, member) -> {metric: value} of scope 'records' from `data --format csv`."""
    found = defaultdict(dict)
    for r in csv.DictReader(io.StringIO(out)):
        if r["scope"] == "records" and r["dimension"] == dimension:
            found[(r["period"], r["member"] or None)][r["metric"]] = Decimal(r["value"])
    return found


@pytest.fixture
def rows():
    return random_records(400)


class TestAggregation:
    @pytest.mark.parametrize("kind", ["csv", "parquet"])
    def test_totals_by_year_and_half_year(self, run, tmp_path, rows, kind):
        """batches = rows, quantity = sum, value = sum to the cent, for each year and half-year."""
        path = (write_csv if kind == "csv" else write_parquet)(tmp_path / f"log.{kind}", rows)
        code, out, _ = run("--records", str(path), "data", "--dim", "total")
        assert code == 0
        got = figures(out)
        want = expected(rows)
        assert set(got) == set(want)
        for key, (batches, quantity, value) in want.items():
            assert got[key] == {"batches": batches, "quantity": quantity, "value": value}, key

    def test_breakdown_resolves_members_and_keeps_empty_cells(self, run, tmp_path, rows):
        """Names and aliases become member keys; unknown names stay as written; empty cells count as 'unspecified'."""
        path = write_csv(tmp_path / "log.csv", rows)
        _, out, _ = run("--records", str(path), "data", "--dim", "customs")
        keys = {"Shenzhen": "shenzhen", "Guangzhou Customs": "guangzhou", "广州": "guangzhou", "Dalian": "Dalian",
                "ningbo": "ningbo", "": "unspecified"}
        want = expected(rows, key=lambda r: keys[r["customs"]])
        got = figures(out, "customs")
        assert set(got) == set(want)
        for key, (batches, quantity, value) in want.items():
            assert got[key] == {"batches": batches, "quantity": quantity, "value": value}, key

    def test_csv_and_parquet_agree(self, run, tmp_path, rows):
        """The same rows as CSV or Parquet give the same figures."""
        a = run("--records", str(write_csv(tmp_path / "a.csv", rows)), "--no-bundled", "data")[1]
        b = run("--records", str(write_parquet(tmp_path / "a.parquet", rows)), "--no-bundled", "data")[1]
        assert a.count("\n") > 100
        assert a.replace("a.csv", "FILE") == b.replace("a.parquet", "FILE")

    def test_files_folders_and_globs_add_up_once(self, run, tmp_path, rows):
        """Repeated --records, a folder and a glob combine their rows; a file named twice counts once."""
        folder = tmp_path / "logs"
        folder.mkdir()
        write_csv(folder / "a.csv", rows[:150])
        write_parquet(folder / "b.parquet", rows[150:])
        want = expected(rows)
        for args in (["--records", str(folder)], ["--records", str(folder / "*")],
                     ["--records", str(folder / "a.csv"), "--records", str(folder / "b.parquet"), "--records", str(folder / "a.csv")]):
            got = figures(run(*args, "data", "--dim", "total")[1])
            assert {k: v["batches"] for k, v in got.items()} == {k: v[0] for k, v in want.items()}, args

    def test_one_file_named_in_several_ways_counts_once(self, run, tmp_path, rows, monkeypatch):
        path = write_csv(tmp_path / "log.csv", rows)
        monkeypatch.chdir(tmp_path)
        got = figures(run("--records", str(path), "--records", "log.csv", "--records", "./log.csv", "data", "--dim", "total")[1])
        assert {k: v["batches"] for k, v in got.items()} == {k: v[0] for k, v in expected(rows).items()}

    def test_member_names_are_the_same_run_after_run(self, run, tmp_path):
        """Spellings of a new member name it in a fixed order; the text 'unspecified' joins the empty cells."""
        path = tmp_path / "log.csv"
        path.write_text("date,quantity,value,customs\n2024-01-01,1,1,unspecified\n2024-01-02,1,1,\n"
                        "2024-01-03,1,1,foo\n2024-01-04,1,1,FOO\n2024-01-05,1,1,Foo\n", encoding="utf-8")
        for _ in range(3):
            out = run("--records", str(path), "top", "--by", "batches", "--year", "2024")[1]
            assert [r["member"] for r in csv.DictReader(io.StringIO(out))] == ["FOO", "unspecified"]

    def test_cents_are_exact(self, run, tmp_path):
        """Ten thousand values of 0.10 add up to 1000.00 exactly, and 0.1 + 0.2 to 0.30."""
        rows = [{"date": "2024-03-01", "quantity": 1, "value": "0.10"}] * 10_000
        rows += [{"date": "2024-09-01", "quantity": 1, "value": v} for v in ("0.1", "0.2")]
        path = write_parquet(tmp_path / "cents.parquet", rows)
        got = figures(run("--records", str(path), "data", "--metric", "value")[1])
        assert got[("2024-H1", None)]["value"] == Decimal("1000")
        assert got[("2024-H2", None)]["value"] == Decimal("0.3")

    def test_decimal_values_are_read_exactly(self, run, tmp_path):
        """A Parquet value column of type Decimal, of any precision and scale, is summed in cents with no float
        on the way: ten thousand 0.10 make 1000.00, and 10^12 - 0.01 keeps its last cent."""
        for precision, scale in ((14, 2), (38, 2), (20, 6), (38, 0)):
            values = [Decimal("0.10")] * 10_000 + [Decimal("999999999999.99"), Decimal("0.01")]
            if scale == 0:
                values = [Decimal(10)] * 10_000 + [Decimal(999_999_999_999), Decimal(1)]
            path = tmp_path / f"d{precision}-{scale}.parquet"
            pl.DataFrame({"date": [dt.date(2024, 3, 1)] * 10_000 + [dt.date(2024, 9, 1)] * 2,
                          "quantity": [1] * 10_002,
                          "value": pl.Series(values, dtype=pl.Decimal(precision, scale))}).write_parquet(path)
            code, out, err = run("--records", str(path), "data", "--metric", "value")
            assert (code, err) == (0, ""), err
            got = figures(out)
            assert got[("2024-H1", None)]["value"] == sum(values[:10_000]), (precision, scale)
            assert got[("2024-H2", None)]["value"] == sum(values[10_000:]), (precision, scale)

    def test_decimal_fractions_of_a_cent_round_as_float_values_do(self, run, tmp_path):
        """More than 2 decimal places: each value goes to the nearest cent, a tie to the even cent, exactly
        (as a float or CSV value does, docs/records.md); a scale of 37 works too."""
        from decimal import ROUND_HALF_EVEN

        texts = ["0.005", "0.015", "0.025", "1.125", "2.675", "3.0049", "9.999"]
        values = [Decimal(t) for t in texts]
        want = sum(v.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN) for v in values)
        for precision, scale in ((10, 4), (38, 37)):
            path = tmp_path / f"sub{scale}.parquet"
            pl.DataFrame({"date": [dt.date(2024, 3, 1)] * len(values), "quantity": [1] * len(values),
                          "value": pl.Series(values, dtype=pl.Decimal(precision, scale))}).write_parquet(path)
            code, out, err = run("--records", str(path), "data", "--metric", "value", "--dim", "total")
            assert code == 0, err
            assert figures(out)[("2024", None)]["value"] == want == Decimal("16.84"), scale

    def test_cells_the_reader_doubts_give_the_careful_reading(self, tmp_path, rows):
        """Cells the optimistic reading refuses (spaces, '+3', unpadded dates) are read carefully, with the same figures."""
        from ipr_stats.records.aggregate import aggregate
        from ipr_stats.records.schema import Need

        odd = [dict(r) for r in rows]
        odd[0]["date"], odd[1]["quantity"], odd[2]["value"] = f" {odd[0]['date']} ", f" {odd[1]['quantity']}", f"{odd[2]['value']} "
        plain = aggregate([write_csv(tmp_path / "plain.csv", rows)], Need(None, ("customs",)))[1]
        doubted = aggregate([write_csv(tmp_path / "odd.csv", odd)], Need(None, ("customs",)))[1]
        for key in plain:
            assert_frame_equal(plain[key].sort(pl.all()), doubted[key].sort(pl.all()))

    def test_utf8_byte_order_mark_is_accepted(self, run, tmp_path, rows):
        """A CSV file saved as 'CSV UTF-8' (with a byte-order mark) reads as without one: the first column is 'date'."""
        plain = write_csv(tmp_path / "plain.csv", rows)
        bom = tmp_path / "bom.csv"
        bom.write_bytes(b"\xef\xbb\xbf" + plain.read_bytes())
        code, out, err = run("--records", str(bom), "data", "--dim", "total")
        assert code == 0 and err == ""
        assert figures(out) == figures(run("--records", str(plain), "data", "--dim", "total")[1])
        lean = tmp_path / "lean.csv"
        lean.write_bytes(b'\xef\xbb\xbf"date",quantity\r\n2024-01-01,1\r\n')
        code, _, err = run("--records", str(lean), "yoy", "--metric", "batches")
        assert code == 1 and "found no such column (columns: date, quantity)" in err

    def test_any_date_keeps_dates_outside_the_range(self, run, tmp_path):
        """With --any-date, rows of year 1 or 9999 are kept and become periods of their own, as the user asked."""
        path = tmp_path / "log.csv"
        path.write_text("date,quantity,value\n2024-01-01,1,1\n0001-01-01,2,2\n9999-12-31,3,3\n", encoding="utf-8")
        code, out, err = run("--records", str(path), "--any-date", "data", "--metric", "batches", "--dim", "total")
        assert (code, err) == (0, ""), err
        assert set(figures(out)) == {(p, None) for p in ("0001", "0001-H1", "2024", "2024-H1", "9999", "9999-H2")}  # four digits, as a label is written

    def test_any_date_in_the_library(self, tmp_path):
        """load_records refuses a row of year 9999 unless any_date=True."""
        import ipr_stats
        from ipr_stats.errors import DataError

        path = tmp_path / "log.csv"
        path.write_text("date,quantity,value\n9999-12-31,3,3\n", encoding="utf-8")
        with pytest.raises(DataError, match="found '9999-12-31'; expected a date from 1980-01-01"):
            ipr_stats.load_records(path)
        assert set(ipr_stats.load_records(path, any_date=True)["period"]) == {"9999", "9999-H2"}

    def test_unknown_columns_are_ignored_with_a_note(self, run, tmp_path, rows):
        """A column outside the schema is named on stderr and changes nothing."""
        plain = write_csv(tmp_path / "plain.csv", rows)
        extra = write_csv(tmp_path / "extra.csv", [{**r, "officer": "x"} for r in rows], FIELDS + ["officer"])
        code, out, err = run("--records", str(extra), "data", "--dim", "total")
        assert code == 0 and "extra.csv: column(s) officer ignored" in err
        assert figures(out) == figures(run("--records", str(plain), "data", "--dim", "total")[1])

    def test_optional_columns_may_be_absent(self, run, tmp_path, rows):
        """Only date, quantity and value are required; the breakdowns are those of the columns present."""
        path = write_csv(tmp_path / "lean.csv", rows, ["date", "customs", "quantity", "value"])
        code, out, _ = run("--records", str(path), "data")
        assert code == 0
        assert {r["dimension"] for r in csv.DictReader(io.StringIO(out)) if r["scope"] == "records"} == {"", "customs"}


class TestBadFiles:
    def _error(self, run, path, *command):
        code, out, err = run("--records", str(path), *(command or ("yoy", "--metric", "batches")))
        assert code == 1
        assert out == ""  # nothing half-processed reaches the output
        assert err.startswith("Error:"), err
        return err

    def test_bad_row_in_another_year_is_found_when_one_year_is_asked_for(self, run, tmp_path, rows):
        """The optimistic CSV reading drops other years' rows before grouping, but not before checking them."""
        rows = [dict(r) for r in rows]
        rows[3]["value"] = "-3"
        err = self._error(run, write_csv(tmp_path / "log.csv", rows), "top", "--by", "value", "--year", rows[0]["date"][:4], "--dim", "customs")
        assert "log.csv: row 4 (after the header): field 'value': found '-3'" in err

    def test_missing_required_column(self, run, tmp_path, rows):
        path = write_csv(tmp_path / "log.csv", rows, ["date", "customs", "value"])
        err = self._error(run, path)
        assert "log.csv: header: field 'quantity': found no such column (columns: date, customs, value)" in err

    def test_bad_date_names_the_first_bad_row(self, run, tmp_path, rows):
        rows = [dict(r) for r in rows]
        rows[6]["date"], rows[9]["date"] = "2024-02-30", "soon"
        err = self._error(run, write_csv(tmp_path / "log.csv", rows))
        assert "log.csv: row 7 (after the header): field 'date': found '2024-02-30' (and 1 more row(s)); expected an ISO date" in err

    def test_negative_quantity_in_parquet(self, run, tmp_path, rows):
        rows = [dict(r) for r in rows]
        rows[41]["quantity"] = -2
        err = self._error(run, write_parquet(tmp_path / "log.parquet", rows), "top", "--by", "value", "--year", "2023")
        assert "log.parquet: row 42: field 'quantity': found '-2'; expected a whole number of pieces, from 0 to 1,000,000,000,000" in err

    def test_unparsable_number_in_csv(self, run, tmp_path, rows):
        rows = [dict(r) for r in rows]
        rows[0]["value"] = "1,234.50"
        err = self._error(run, write_csv(tmp_path / "log.csv", rows))
        assert "row 1 (after the header): field 'value': found '1,234.50'" in err and "without digit grouping" in err

    def test_nan_value_in_parquet(self, run, tmp_path):
        frame = pl.DataFrame({"date": [dt.date(2024, 1, 2), dt.date(2024, 5, 1)], "quantity": [1, 2], "value": [1.5, float("nan")]})
        frame.write_parquet(tmp_path / "nan.parquet")
        err = self._error(run, tmp_path / "nan.parquet", "series", "--metric", "value")
        assert "nan.parquet: row 2: field 'value': found 'NaN'" in err

    @pytest.mark.parametrize("value, fragment", [("1e17", "row 2 (after the header): field 'value': found '1e17'"),
                                                 ("NaN", "row 2 (after the header): field 'value': found 'NaN'")])
    def test_numbers_out_of_range_in_csv(self, run, tmp_path, value, fragment):
        path = tmp_path / "log.csv"
        path.write_text(f"date,quantity,value\n2024-03-01,5,50\n2024-03-02,10,{value}\n", encoding="utf-8")
        assert fragment in self._error(run, path, "series", "--metric", "value")

    def test_numbers_out_of_range_in_parquet(self, run, tmp_path):
        """Integers too large to sum in cents, and float quantities that are infinite, are rejected."""
        pl.DataFrame({"date": [dt.date(2024, 1, 2)] * 2, "quantity": [1, 2], "value": [10**17, 5]}).write_parquet(tmp_path / "v.parquet")
        assert "v.parquet: row 1: field 'value': found '100000000000000000'" in self._error(run, tmp_path / "v.parquet")
        pl.DataFrame({"date": [dt.date(2024, 1, 2)] * 2, "quantity": [1.0, float("inf")], "value": [1.0, 2.0]}).write_parquet(tmp_path / "q.parquet")
        assert "q.parquet: row 2: field 'quantity': found 'inf'" in self._error(run, tmp_path / "q.parquet")
        pl.DataFrame({"date": [dt.date(2024, 1, 2)] * 2, "quantity": [1, 2], "value": [1.0, 5e13]}).write_parquet(tmp_path / "f.parquet")
        assert "f.parquet: row 2: field 'value': found '50000000000000.0'" in self._error(run, tmp_path / "f.parquet", "data")

    def test_line_with_more_fields_than_the_header(self, run, tmp_path):
        """An unquoted comma in a cell is found, whichever columns the command reads."""
        path = tmp_path / "log.csv"
        path.write_text("date,customs,quantity,value\n2024-01-02,Shenzhen,2,10\n2024-01-01,Shenzhen,1,1,234.50\n", encoding="utf-8")
        err = self._error(run, path, "series", "--metric", "value", "--scope", "records")
        assert "log.csv: row 2 (after the header): field 'fields': found 5 fields; expected 4, as in the header" in err

    def test_csv_that_is_not_utf8(self, run, tmp_path):
        path = tmp_path / "gbk.csv"
        path.write_bytes("date,quantity,value,customs\n2024-01-01,1,1,广州\n".encode("gbk"))
        assert "gbk.csv: file: field 'encoding': found bytes that are not UTF-8" in self._error(run, path)

    @pytest.mark.parametrize("kind", ["csv", "parquet"])
    def test_dates_outside_the_plausible_range(self, run, tmp_path, rows, kind):
        """A date before 1980 or after the end of next year (a placeholder year 1 or 9999, a typo) is a bad row."""
        from ipr_stats.records.schema import date_range

        first, last = date_range()
        rows = [dict(r) for r in rows]
        rows[4]["date"], rows[9]["date"], rows[11]["date"] = "0001-01-01", "9999-12-31", str(last + dt.timedelta(days=1))
        err = self._error(run, (write_csv if kind == "csv" else write_parquet)(tmp_path / f"log.{kind}", rows))
        row = "row 5 (after the header)" if kind == "csv" else "row 5"
        assert (f"log.{kind}: {row}: field 'date': found '0001-01-01' (and 2 more row(s)); "
                f"expected a date from {first} to {last}, or --any-date to keep dates outside that range.") in err
        assert len(err.splitlines()) == 2  # one problem, one line

    def test_date_range_boundaries(self, run, tmp_path):
        """The first and last plausible days are kept, the days just outside are not, in Date and Datetime columns."""
        from ipr_stats.records.schema import date_range

        first, last = date_range()
        inside = [first, last]
        for days, kind in ((inside + [first - dt.timedelta(days=1)], "date"), (inside + [last + dt.timedelta(days=1)], "datetime")):
            frame = pl.DataFrame({"date": days, "quantity": [1, 2, 3], "value": [1, 2, 3]})
            if kind == "datetime":
                frame = frame.with_columns(pl.col("date").cast(pl.Datetime("ms")).dt.replace_time_zone("Asia/Shanghai"))
            frame.write_parquet(tmp_path / f"{kind}.parquet")
            err = self._error(run, tmp_path / f"{kind}.parquet")
            assert f"{kind}.parquet: row 3: field 'date': found '{days[2]}" in err
            frame.head(2).write_parquet(tmp_path / "ok.parquet")
            code, out, _ = run("--records", str(tmp_path / "ok.parquet"), "data", "--metric", "batches", "--dim", "total")
            assert code == 0 and {p for p, _m in figures(out)} == {str(first.year), f"{first.year}-H1", str(last.year), f"{last.year}-H2"}

    @pytest.mark.parametrize("precision, scale, value, found", [
        (12, 2, "-0.01", "'-0.01'"),
        (38, 0, "10000000000000000000000000000000000000", "'10000000000000000000000000000000000000'"),
        (38, 4, "1000000000000.0001", "'1000000000000.0001'"),
    ])
    def test_decimal_values_out_of_range(self, run, tmp_path, precision, scale, value, found):
        """A Decimal value below 0 or above 10^12, however wide its type, is a bad row, named as stored."""
        pl.DataFrame({"date": [dt.date(2024, 1, 2)] * 2, "quantity": [1, 2],
                      "value": pl.Series([Decimal(1), Decimal(value)], dtype=pl.Decimal(precision, scale))}).write_parquet(tmp_path / "d.parquet")
        err = self._error(run, tmp_path / "d.parquet", "data")
        assert f"d.parquet: row 2: field 'value': found {found[:-1]}" in err and "from 0 to 1,000,000,000,000" in err

    @pytest.mark.parametrize("codec, named, iconv", [
        ("utf-16", "UTF-16 (little-endian, with a byte-order mark)", "UTF-16"),
        ("utf-16-be", "UTF-16 (big-endian, no byte-order mark)", "UTF-16BE"),
        ("utf-16-le", "UTF-16 (little-endian, no byte-order mark)", "UTF-16LE"),
        ("utf-32", "UTF-32 (little-endian, with a byte-order mark)", "UTF-32"),
        ("utf-32-be", "UTF-32 (big-endian, no byte-order mark)", "UTF-32BE"),
        ("utf-32-le", "UTF-32 (little-endian, no byte-order mark)", "UTF-32LE"),
    ])
    def test_csv_in_utf16_or_utf32(self, run, tmp_path, rows, codec, named, iconv):
        """A CSV file saved as Unicode text is named for what it is, with the way to convert it, not read as garbled columns."""
        path = tmp_path / "wide.csv"
        path.write_bytes(write_csv(tmp_path / "plain.csv", rows).read_text(encoding="utf-8").encode(codec))
        err = self._error(run, path)
        assert (f"wide.csv: file: field 'encoding': found {named} text; expected UTF-8 text: save the file as "
                f"'CSV UTF-8', or convert it: iconv -f {iconv} -t UTF-8 wide.csv > wide-utf8.csv.") in err
        assert len(err.splitlines()) == 2

    def test_encoding_is_told_from_the_first_bytes(self, tmp_path):
        """Only the start of the file is read: UTF-16 text after 4 KB of UTF-8 is left to the reading proper."""
        from ipr_stats.records.files import encoding_problem
        from ipr_stats.records.schema import SNIFF

        path = tmp_path / "late.csv"
        path.write_bytes(b"date,quantity,value\n" + b"2024-01-01,1,1\n" * (SNIFF // 15) + "2024-01-01,1,1\n".encode("utf-16"))
        assert encoding_problem(path) is None
        path.write_bytes(("date,quantity,value\n" + "2024-01-01,1,1\n" * (SNIFF // 30)).encode("utf-16-le") + b"x" * 10**6)
        assert encoding_problem(path).found == "UTF-16 (little-endian, no byte-order mark) text"

    @pytest.mark.parametrize("header, name, columns", [
        ("date,quantity,value,customs,value", "value", "3 and 5"),
        ("date,customs,quantity,value,customs", "customs", "2 and 5"),
        ("note,date,quantity,value,note,note", "note", "1, 5 and 6"),
    ])
    def test_duplicate_column_in_csv(self, run, tmp_path, header, name, columns):
        """A column named twice, required or not, stops the command, naming the column, where it is and the file."""
        path = tmp_path / "dup.csv"
        path.write_text(f"{header}\n" + ",".join(["2024-01-01" if c == "date" else "1" for c in header.split(",")]) + "\n",
                        encoding="utf-8")
        err = self._error(run, path)
        count = len(columns.replace(" and ", ", ").split(", "))
        assert (f"dup.csv: header: field '{name}': found {count} columns of this name (columns {columns}); "
                f"expected each column name once: rename or remove the copies.") in err

    def test_a_column_really_named_like_a_copy_is_not_a_duplicate(self, run, tmp_path):
        """polars names a second 'value' 'value_duplicated_0'; a column that is really called so is ignored, not refused."""
        path = tmp_path / "log.csv"
        path.write_text("date,quantity,value,value_duplicated_0\n2024-01-01,1,1,x\n", encoding="utf-8")
        code, _, err = run("--records", str(path), "data", "--metric", "batches")
        assert code == 0 and "column(s) value_duplicated_0 ignored" in err

    def test_duplicate_column_in_parquet(self, run, tmp_path):
        """A Parquet file with a column named twice (written by another tool: polars cannot) names the column."""
        pl.DataFrame({"date": [dt.date(2024, 1, 2)], "quantity": [1], "value": [1.0], "valuf": [2.0]}).write_parquet(tmp_path / "d.parquet")
        (tmp_path / "dup.parquet").write_bytes((tmp_path / "d.parquet").read_bytes().replace(b"valuf", b"value"))
        err = self._error(run, tmp_path / "dup.parquet")
        assert ("dup.parquet: header: field 'value': found more than one column of this name; "
                "expected each column name once: rename or remove the copies.") in err

    def test_quoted_input_is_cut_short(self, run, tmp_path):
        """A 1 MB cell or column name is quoted by its first characters and an ellipsis, never in full."""
        from ipr_stats.errors import QUOTED

        huge = "9" * 10**6
        path = tmp_path / "cell.csv"
        path.write_text(f"date,quantity,value\n2024-01-01,1,{huge}\n", encoding="utf-8")
        err = self._error(run, path)
        assert f"field 'value': found '{'9' * (QUOTED - 3)}…'; expected" in err and len(err) < 500
        path = tmp_path / "name.csv"
        path.write_text(f"date,quantity,{'v' * 10**6}\n2024-01-01,1,1\n", encoding="utf-8")
        err = self._error(run, path)
        assert "found no such column (columns: date, quantity, vvvv" in err and "v" * QUOTED not in err and len(err) < 500
        path = tmp_path / "many.csv"
        path.write_text("date,quantity,value," + ",".join(f"c{i}\x1b[2J" for i in range(1000)) + "\n2024-01-01,1,1" + ",x" * 1000 + "\n",
                        encoding="utf-8")
        code, _, err = run("--records", str(path), "data", "--metric", "batches")
        assert code == 0 and "\x1b" not in err and "(1000 in all) ignored" in err and len(err) < 500

    def test_wrong_column_type(self, run, tmp_path):
        pl.DataFrame({"date": [dt.date(2024, 1, 2)], "quantity": [True], "value": [1.0]}).write_parquet(tmp_path / "t.parquet")
        assert "field 'quantity': found a column of type Boolean" in self._error(run, tmp_path / "t.parquet")

    @pytest.mark.parametrize("name, fragment", [
        ("missing.csv", "no such file or folder"),
        ("*.nothing.parquet", "no file matches the pattern"),
        ("notes.txt", "a '.txt' file; expected a .csv, .parquet or .xlsx file"),
        ("broken.parquet", "a file that cannot be read"),
    ])
    def test_files_that_cannot_be_used(self, run, tmp_path, name, fragment):
        (tmp_path / "notes.txt").write_text("x")
        (tmp_path / "broken.parquet").write_text("not parquet")
        assert fragment in self._error(run, tmp_path / name)


class TestCommands:
    @pytest.fixture
    def log(self, tmp_path, rows):
        return str(write_csv(tmp_path / "log.csv", rows))

    def test_yoy_pairs_years_and_halves_of_the_records(self, run, log, rows):
        """The default scope is 'records'; each year and half-year is paired with the one before."""
        code, out, _ = run("--records", log, "yoy", "--metric", "batches")
        assert code == 0
        table = list(csv.DictReader(io.StringIO(out)))
        want = expected(rows)
        assert [(r["from_period"], r["to_period"]) for r in table] == [
            ("2022-H1", "2023-H1"), ("2022", "2023"), ("2022-H2", "2023-H2"),
            ("2023-H1", "2024-H1"), ("2023", "2024"), ("2023-H2", "2024-H2")]
        for r in table:
            assert r["scope"] == "records" and r["from_status"] == "aggregated" and r["locator"] == "count of rows"
            assert int(r["to_value"]) - int(r["from_value"]) == want[(r["to_period"], None)][0] - want[(r["from_period"], None)][0]

    def test_top_ranks_members_with_shares_of_the_records_total(self, run, log, rows):
        code, out, _ = run("--records", log, "top", "--by", "value", "--year", "2023", "--dim", "transport")
        assert code == 0
        table = list(csv.DictReader(io.StringIO(out)))
        want = expected([r for r in rows if r["date"].startswith("2023")], key=lambda r: r["transport"])
        total = sum(v[2] for (p, _m), v in want.items() if p == "2023")
        ranked = sorted(((v[2], m) for (p, m), v in want.items() if p == "2023"), reverse=True)
        assert [(Decimal(r["value"]), r["member"]) for r in table] == ranked
        assert [r["rank"] for r in table] == ["1", "2", "3"]
        assert all(r["share_base"] == "records total (sum of value)" for r in table)
        assert float(table[0]["share_pct"]) == pytest.approx(float(ranked[0][0] / total * 100))

    def test_share_adds_up_to_the_total(self, run, log):
        code, out, _ = run("--records", log, "share", "--dim", "direction", "--metric", "quantity", "--year", "2024", tty=True)
        assert code == 0
        assert "Breakdown from records: complete; the parts add up to the records total" in out

    def test_ratio_of_two_sums(self, run, log, rows):
        """value_per_batch of each transport mode in 2022 is its value summed over its batches counted."""
        code, out, err = run("--records", log, "top", "--by", "value_per_batch", "--year", "2022", "--dim", "transport")
        assert code == 0, err
        want = expected([r for r in rows if r["date"].startswith("2022")], key=lambda r: r["transport"])
        table = list(csv.DictReader(io.StringIO(out)))
        assert sorted(r["member"] for r in table) == sorted(m for p, m in want if p == "2022")  # every mode, once
        for r in table:
            batches, _q, value = want[("2022", r["member"])]
            assert float(r["value"]) == pytest.approx(float(value / batches))

    def test_series_sql_sources_and_audit(self, run, log):
        _, out, _ = run("--records", log, "series", "--metric", "batches", "--scope", "records")
        assert [r["period"] for r in csv.DictReader(io.StringIO(out))][:3] == ["2022-H1", "2022", "2022-H2"]
        _, out, _ = run("--records", log, "sql", "SELECT COUNT(*) AS n FROM figures WHERE source = 'records'")
        assert int(out.splitlines()[1]) > 0
        _, out, _ = run("--records", log, "sources")
        assert "records,Case records: " in out
        code, out, _ = run("--records", log, "--no-bundled", "audit", "--check", "total")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert code == 0 and rows and {r["status"] for r in rows} == {"consistent"}

    def test_member_option_finds_a_member_named_in_the_records(self, run, log):
        code, out, _ = run("--records", log, "yoy", "--metric", "batches", "--dim", "customs", "--member", "dalian")
        assert code == 0 and {r["member"] for r in csv.DictReader(io.StringIO(out))} == {"Dalian"}

    def test_published_figures_stay_reachable(self, run, log):
        """With --records, --scope national still ranks the published 2008 figures."""
        _, out, _ = run("--records", log, "top", "--by", "value", "--year", "2008", "-n", "1", "--scope", "national")
        assert out.splitlines()[1].startswith("1,shenzhen,107669205.00,RMB")

    def test_a_year_without_rows_lists_the_years_with_rows(self, run, log):
        code, _, err = run("--records", log, "top", "--by", "value", "--year", "2030")
        assert code == 2
        assert "No value figures for the year 2030 (scope records). Years that have them: 2022, 2023, 2024." in err

    def test_library(self, tmp_path, rows):
        """ipr_stats.load_records gives the records' figures as a frame the query functions take."""
        import ipr_stats

        frame = ipr_stats.load_records(write_csv(tmp_path / "log.csv", rows))
        assert set(frame["scope"].unique()) == {"records"}
        ranked = ipr_stats.top(frame, "batches", 2024, dimension="transport", scope="records")
        assert ranked["value"].sum() == sum(1 for r in rows if r["date"].startswith("2024"))
