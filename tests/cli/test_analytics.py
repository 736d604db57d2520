"""The analytics commands as a user runs them: every format, errors, and golden renderings.

Golden files live in tests/cli/golden/; regenerate them with `UPDATE_GOLDEN=1 python -m pytest tests/cli/test_analytics.py`
and review the diff.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from tests.helpers import check_markdown, markdown_table

GOLDEN = Path(__file__).parent / "golden"

COMMANDS = {
    "yoy": ("yoy", "--metric", "batches"),
    "top": ("top", "--by", "value", "--year", "2008"),
    "share": ("share", "--dim", "transport", "--metric", "batches", "--year", "2008"),
    "series": ("series", "--metric", "quantity"),
    "sql": ("sql", "SELECT period, value FROM figures WHERE metric = 'batches' AND dimension IS NULL AND scope = 'national'"),
}


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {path}; run with UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", list(COMMANDS))
class TestFormats:
    def test_csv_parses(self, run, command):
        """CSV parses back into rows with a header and no digit grouping in numbers."""
        code, out, err = run(*COMMANDS[command], "--format", "csv")
        assert (code, err) == (0, "")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows
        assert "value" in rows[0] or "to_value" in rows[0]

    def test_json_and_jsonl_agree(self, run, command):
        """JSON is a list of objects; JSON lines hold the same objects."""
        _, out, _ = run(*COMMANDS[command], "--format", "json")
        _, lines, _ = run(*COMMANDS[command], "--format", "jsonl")
        assert json.loads(out) == [json.loads(line) for line in lines.splitlines()]

    def test_tsv_and_markdown(self, run, command):
        """TSV is the CSV with tabs; Markdown is one pipe table (header, |---|---:| alignments, escaped cells) of the
        CSV's rows, numbers right-aligned and grouped."""
        _, machine, _ = run(*COMMANDS[command], "--format", "csv")
        _, tsv, _ = run(*COMMANDS[command], "--format", "tsv")
        assert list(csv.reader(io.StringIO(tsv), delimiter="\t")) == list(csv.reader(io.StringIO(machine)))
        code, md, err = run(*COMMANDS[command], "--format", "markdown")
        assert (code, err) == (0, "")
        check_markdown(md, machine)

    def test_table_golden(self, run, command):
        """The terminal table at 100 columns without colour matches its golden rendering."""
        code, out, _ = run(*COMMANDS[command], tty=True, width=100)
        assert code == 0
        check_golden(f"{command}.txt", out)


NATIONAL_BATCHES = "FROM figures WHERE metric = 'batches' AND dimension IS NULL AND scope = 'national' ORDER BY period LIMIT 2"


def test_markdown_escapes_a_pipe_in_a_cell(run):
    """A '|' in a cell is written '\\|', so the cell stays one cell and reads back as written."""
    code, md, err = run("sql", f"SELECT 'a|b' AS text, period {NATIONAL_BATCHES}", "--format", "markdown")
    assert (code, err) == (0, "")
    assert md.count("| a\\|b |") == 2
    header, _alignments, rows = markdown_table(md)
    assert header == ["text", "period"] and [row[0] for row in rows] == ["a|b", "a|b"]


def test_markdown_keeps_a_line_break_inside_its_cell(run):
    """A line break in a cell (a note, an SQL text) does not end the table row."""
    code, md, err = run("sql", f"SELECT 'first\nsecond' AS text, period {NATIONAL_BATCHES}", "--format", "markdown")
    assert (code, err) == (0, "")
    _header, _alignments, rows = markdown_table(md)
    assert len(rows) == 2 and rows[0][0] == "first<br>second"


@pytest.mark.parametrize("command", ["yoy", "top", "share", "series"])
def test_chart_golden(run, command):
    """--chart draws plain characters when piped, and matches its golden rendering."""
    code, out, _ = run(*COMMANDS[command], "--chart", width=80)
    assert code == 0
    assert "\x1b[" not in out
    assert "│" in out
    assert max(len(line) for line in out.split("\n\n")[-1].splitlines()) <= 80
    check_golden(f"{command}-chart.txt", out)


class TestNumbers:
    def test_yoy_figures(self, run):
        """yoy pairs 2007 with 2008 and shows the 2018-H1 value implied by the +1.5% rate."""
        _, out, _ = run("yoy", "--metric", "batches", "--format", "json")
        rows = {(r["from_period"], r["to_period"]): r for r in json.loads(out)}
        first = rows[("2007", "2008")]
        assert (first["from_status"], first["change"], first["published_change"]) == ("published", 3679, "+49.3%")
        half = rows[("2018-H1", "2019-H1")]
        assert half["from_status"] == "implied" and half["from_value"] == pytest.approx(6241 / 1.015)

    def test_yoy_chains_the_yearly_series(self, run):
        """Every pair of consecutive years with a national count each is chained; a year nobody printed breaks the chain."""
        _, out, _ = run("yoy", "--metric", "batches", "--format", "json")
        yearly = [(r["from_period"], r["to_period"]) for r in json.loads(out) if len(r["from_period"]) == 4]
        assert len(yearly) >= 10
        assert all(int(b) == int(a) + 1 for a, b in yearly)
        assert ("2015", "2016") not in yearly and ("2016", "2017") not in yearly

    def test_top_shares_use_published_total(self, run):
        """top's shares are of the published national total, and 'others' is not ranked."""
        _, out, _ = run("top", "--by", "batches", "--year", "2008", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows[0]["member"] == "guangzhou" and rows[0]["rank"] == "1"
        assert float(rows[0]["share_pct"]) == pytest.approx(3271 / 11135 * 100)
        assert rows[-1]["member"] == "others" and rows[-1]["rank"] == ""

    def test_top_csv_sorts_numerically(self, run):
        """The brief's pipe: `top --format csv | sort -t, -k3 -n` sorts by value."""
        _, out, _ = run("top", "--by", "value", "--year", "2008", "--format", "csv")
        values = [float(line.split(",")[2]) for line in out.splitlines()[1:]]
        assert sorted(values)[0] == 4381790.64

    def test_share_footer(self, run):
        """share's footer tells that Table 6's batches add up to 11,140, not the published 11,135."""
        _, out, _ = run("share", "--dim", "transport", "--metric", "batches", "--year", "2008", tty=True, width=120)
        assert "add up to 11,140, the published total is 11,135 (Table 1): a difference of +5" in out.replace("\n", " ")

    def test_share_gives_the_audits_verdict_for_every_printed_share(self, run):
        """A printed 'Less than 1%' is checked as a bound, a printed 8% as a rounded share; each row has the audit's verdict."""
        _, out, _ = run("share", "--dim", "category", "--metric", "value", "--year", "2008", "--format", "json")
        rows = {r["member"]: r for r in json.loads(out)}
        assert (rows["caps_hats"]["published_share"], rows["caps_hats"]["verdict"]) == ("Less than 1%", "discrepancy")
        assert (rows["clothing"]["published_share"], rows["clothing"]["verdict"]) == ("8%", "consistent")
        assert all(r["verdict"] in ("consistent", "discrepancy") for r in rows.values() if r["published_share"])

    def test_ratio_metric(self, run):
        """value_per_batch is value / batches, with both locators cited."""
        _, out, _ = run("series", "--metric", "value_per_batch", "--scope", "national", "--format", "json")
        first = json.loads(out)[0]
        assert first["value"] == pytest.approx(438855566 / 7456)
        assert first["locator"] == "Table 2 / Table 1" and first["formula"] == "value / batches"

    def test_cagr(self, run):
        """--cagr gives the compound growth of 2001-2003 trademark cases."""
        _, out, _ = run("series", "--metric", "cases", "--dim", "ip_type", "--cagr", "--format", "json")
        assert json.loads(out)[0]["cagr_pct"] == pytest.approx(((741 / 235) ** 0.5 - 1) * 100)

    def test_cite_adds_columns(self, run):
        """--cite shows source and locator in tables."""
        _, out, _ = run("top", "--by", "value", "--year", "2008", "--cite", tty=True, width=120)
        assert "Table 13" in out and "gacc-2008" in out


class TestErrors:
    @pytest.mark.parametrize("args, code, fragment", [
        (("yoy", "--metric", "batchs"), 2, "Did you mean 'batches'?"),
        (("top", "--by", "value", "--year", "2010"), 2, "Years that have them: 2008"),
        (("top", "--by", "value", "--year", "2008", "--dim", "ip_typ"), 2, "Did you mean 'ip_type'?"),
        (("top", "--by", "value", "--year", "2008", "--dim", "direction", "--scope", "guangdong"), 2, "No value figures"),
        (("share", "--dim", "origin", "--metric", "value", "--year", "2008"), 2, "Dimensions that have one"),
        (("share", "--dim", "transport", "--metric", "value_per_batch", "--year", "2008"), 2, "a ratio: it has no share"),
        (("sql", "DROP TABLE figures"), 2, "Only SELECT queries"),
        (("yoy", "--metric", "batches", "--dim", "customs", "--member", "Atlantis"), 2, "Valid members of dimension 'customs'"),
        (("yoy", "--metric", "batches", "--member", "beijing"), 2, "--member needs --dim"),
        (("yoy", "--metric", "partner_countries"), 1, "No comparable pair"),
        (("series", "--metric", "quantity", "--chart", "--format", "csv"), 2, "--chart"),
        (("sql", "SELECT nope FROM figures"), 1, "The SQL query failed"),
    ])
    def test_bad_input(self, run, args, code, fragment):
        """Each mistake exits with its code and a message that names what would be right."""
        got, out, err = run(*args)
        assert got == code
        assert fragment in err
        assert err.startswith("Error:") and out == "", (err, out)

    def test_member_alias(self, run):
        """A member may be named by alias in any case."""
        code, out, _ = run("yoy", "--metric", "batches", "--dim", "ownership", "--member", "PROPRIETARY", "--format", "csv")
        assert code == 0 and "domestic" in out


def test_yoy_marks_a_rate_that_published_figures_rule_out(run, write_yaml, tmp_path):
    """On a terminal the 2019-H1 pair reads 'ruled out' with the reason below; a note's mark stands in its row and
    the note under the table; CSV carries verdict, verdict_note and notes as text."""
    source = 'source: {id: SRC, title: T, publisher: P, published: "2019", language: en, kind: news}\n'
    h1 = write_yaml(source.replace("SRC", "h1") + 'records:\n'
                    '  - {locator: p1, metric: batches, period: 2019-H1, value: 6241, published_change: "+1.5%"}\n'
                    'series_notes:\n  - {metric: batches, period: 2019-H1, locator: p1, note: Another basis.}\n', "h1.yaml")
    daily = write_yaml(source.replace("SRC", "daily") + 'records:\n'
                       '  - {locator: p2, metric: batches, period: 2018-H1, value: 32000, qualifier: at_least}\n', "daily.yaml")
    args = ("--no-bundled", "--data", str(h1), "--data", str(daily), "yoy", "--metric", "batches")
    _, out, _ = run(*args, tty=True, width=80)
    text = " ".join(out.split())
    status = [line[29:38].strip() for line in out.splitlines()[5:8]]  # the status cell, wrapped in its column
    assert status == ["ruled", "out", "[1]"] and "[1] 2019-H1: Another basis. (h1, p1)" in text and "rules that out" in text
    _, out, _ = run(*args, "--format", "csv")
    (row,) = csv.DictReader(io.StringIO(out))
    assert (row["verdict"], row["notes"]) == ("contradicted", "2019-H1: Another basis. (h1, p1)")


def test_yoy_marks_an_approximate_change_where_the_qualifier_is_left_out(run):
    """At 80 columns the qualifier column is left out, so an approximate change reads '~': 2008 on 2007 (two exact
    figures) has none, 2011 on 2010 (17,000 rounded to 1,000) has one, and the footer says what it means (D39)."""
    _, out, _ = run("yoy", "--metric", "batches", tty=True, width=80)
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.startswith("  20")}
    assert "49.3" in rows["2008"] and "~-15.7" in rows["2011"] and "qualifier" not in out.splitlines()[3]
    assert "~: a change of an approximate figure" in out


def test_a_series_table_keeps_a_row_for_a_year_nobody_published(run):
    """The README's tour: 2016 and 2019 have no national figure, and each keeps its row, empty but for 'none
    published'; the CSV holds only what was published (D22)."""
    args = ("series", "--metric", "batches", "--scope", "national", "--period-kind", "year")
    _, out, _ = run(*args, tty=True, width=80)
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.startswith("  20")}
    assert rows["2016"] == ["none", "published"] and rows["2019"] == ["none", "published"] and rows["2017"][0] == "19,100"
    _, machine, _ = run(*args, "--format", "csv")
    assert "2016" not in [row["period"] for row in csv.DictReader(io.StringIO(machine))]


class TestSharedKeys:
    def test_the_series_chart_draws_the_nations_figures_first(self, run):
        """series --metric cases --chart draws China's cases, not Japan's (which have more years), and names the
        administrations the key serves with the scope of each (D25)."""
        _, out, _ = run("series", "--metric", "cases", "--chart", width=80)
        text = " ".join(out.split())
        assert "cases (case), national: yearly figures" in text
        assert ("China Customs (--scope national, charted), EU customs (--scope eu), Japan Customs (--scope japan)." in text)

    def test_yoy_says_whose_seizures_it_shows(self, run):
        """yoy --metric seizures compares China's (the default scope) and names CBP's scope; a key only China uses
        gets no such line."""
        _, out, _ = run("yoy", "--metric", "seizures", tty=True, width=80)
        assert "China Customs (--scope national, shown), U.S. Customs and Border Protection (--scope us)." in " ".join(out.split())
        _, out, _ = run("yoy", "--metric", "batches", tty=True, width=80)
        assert "The key batches" not in out


class TestSeriesYears:
    def test_from_and_to_keep_the_periods_within(self, run):
        """series --from 2015 --to 2020: yearly and half-yearly periods of those years; a running total only when it
        starts and ends within them."""
        _, out, _ = run("series", "--metric", "batches", "--from", "2015", "--to", "2020", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows and all("2015" <= r["period_start"][:4] and r["period_end"][:4] <= "2020" for r in rows)
        _, every, _ = run("series", "--metric", "batches", "--format", "csv")
        inside = [r for r in csv.DictReader(io.StringIO(every)) if "2015" <= r["period_start"][:4] and r["period_end"][:4] <= "2020"]
        assert len(rows) == len(inside)

    def test_a_fiscal_year_belongs_to_the_year_it_ends(self, run):
        """--from 2016 keeps FY2016 (October 2015 to September 2016)."""
        _, out, _ = run("series", "--metric", "seizures", "--scope", "us", "--from", "2016", "--to", "2016", "--format", "csv")
        assert [r["period"] for r in csv.DictReader(io.StringIO(out))] == ["FY2016"]

    def test_cagr_takes_no_years(self, run):
        code, _, err = run("series", "--metric", "batches", "--cagr", "--from", "2010")
        assert code == 2 and "--cagr" in err


class TestNothingFound:
    @pytest.mark.parametrize("args, words", [
        (("series", "--metric", "seizures", "--scope", "us", "--period-kind", "year"), "--period-kind fiscal_year"),
        (("yoy", "--metric", "batches", "--scope", "us"), "its counterpart there is seizures (--metric seizures)"),
        (("--no-bundled", "yoy", "--metric", "batches"), "no figures are loaded"),
        (("yoy", "--metric", "cases", "--scope", "guangdong"), "its metrics: "),
    ])
    def test_no_figures_says_what_there_is_and_exits_2(self, run, args, words):
        """A choice of options with no figures is a usage mistake (exit 2) whose message says what would answer (D27)."""
        code, out, err = run(*args)
        assert (code, out) == (2, "") and words in err


def test_sql_tables_show_cells_as_stored(run):
    """A sql table shows 'applications_approved' and 'rounded:10000', the values a WHERE clause matches (D30)."""
    _, out, _ = run("sql", "SELECT metric, qualifier FROM figures WHERE metric = 'quantity' AND qualifier = 'rounded:10000' "
                    "LIMIT 1", tty=True)
    assert "rounded:10000" in out and "rounded to 10,000" not in out
    _, out, _ = run("sql", "SELECT DISTINCT metric FROM figures WHERE metric = 'applications_approved'", tty=True)
    assert "applications_approved" in out
