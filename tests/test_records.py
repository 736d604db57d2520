"""Case records (--records): checked, aggregated, and queried through the same commands.

Every expected figure here is computed from the rows by plain Python (Decimal for
money), never by the code under test.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from collections import defaultdict
from decimal import Decimal

import polars as pl
import pytest

FIELDS = ["date", "customs", "transport", "category", "ip_type", "origin", "direction", "enforcement", "quantity", "value"]


def make_rows(n: int, seed: int = 1) -> list[dict]:
    """n random records over 2022-2024 (Python's random, seeded)."""
    rng = random.Random(seed)
    first = dt.date(2022, 1, 1)
    rows = []
    for _ in range(n):
        rows.append({
            "date": (first + dt.timedelta(days=rng.randrange(3 * 365))).isoformat(),
            "customs": rng.choice(["Shenzhen", "Guangzhou Customs", "广州", "Dalian", "ningbo", ""]),
            "transport": rng.choice(["post", "express", "sea"]),
            "category": rng.choice(["Clothing", "Shoes"]),
            "ip_type": rng.choice(["trademark", "patent"]),
            "origin": rng.choice(["us", "UK", "Brazil"]),
            "direction": rng.choice(["export", "import"]),
            "enforcement": rng.choice(["application", "ex officio"]),
            "quantity": rng.randrange(0, 5000),
            "value": f"{rng.randrange(0, 10_000_000) / 100:.2f}",
        })
    return rows


def write_csv(path, rows, fields=FIELDS):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_parquet(path, rows):
    frame = pl.DataFrame(rows).with_columns(pl.col("date").str.to_date(), pl.col("value").cast(pl.Float64))
    frame.write_parquet(path)
    return path


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
    return make_rows(400)


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
        assert "Traceback" not in err
        return err

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

    def test_wrong_column_type(self, run, tmp_path):
        pl.DataFrame({"date": [dt.date(2024, 1, 2)], "quantity": [True], "value": [1.0]}).write_parquet(tmp_path / "t.parquet")
        assert "field 'quantity': found a column of type Boolean" in self._error(run, tmp_path / "t.parquet")

    @pytest.mark.parametrize("name, fragment", [
        ("missing.csv", "no such file or folder"),
        ("*.nothing.parquet", "no file matches the pattern"),
        ("notes.txt", "a '.txt' file; expected a .csv or .parquet file"),
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
        _, out, _ = run("--records", log, "top", "--by", "value_per_batch", "--year", "2022", "--dim", "transport")
        want = expected([r for r in rows if r["date"].startswith("2022")], key=lambda r: r["transport"])
        for r in csv.DictReader(io.StringIO(out)):
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
