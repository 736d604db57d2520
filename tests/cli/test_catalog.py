"""The catalogue commands as a user runs them: cite's card on a terminal, its columns in a pipe, and its scope."""

from __future__ import annotations

import csv
import io

SOURCE = """source:
  id: synth
  title: Annual report
  publisher: Customs
  published: "2009"
  language: en
  kind: official
  addresses:
    - https://customs.example/report
    - https://copies.example/report
  mirrors:
    - https://copies.example/report
records:
  - {locator: Table 1, metric: batches, period: "2008", value: 11135, printed: "11,135",
     address: "https://copies.example/report"}
  - {locator: para 3, metric: batches, period: "2008", scope: longteng, value: 385, printed: "385"}
"""


def cite(run, path, *args, **kwargs):
    return run("--no-bundled", "--data", str(path), "cite", "--metric", "batches", "--period", "2008", "--dim", "total", *args,
               **kwargs)


class TestCite:
    def test_the_card_gives_title_publisher_date_reprint_and_a_citation_line(self, run, write_yaml):
        """On an 80-column terminal the card names the document, its publisher and date, its kind and stage, says the
        address is a reprint, and gives the line to paste."""
        code, out, _ = cite(run, write_yaml(SOURCE), tty=True, width=80)
        lines = {line.split(":", 1)[0].strip(): line.split(":", 1)[1].strip() for line in out.splitlines() if line.startswith("  ")
                 and ":" in line}
        assert code == 0
        assert (lines["title"], lines["publisher"], lines["published on"], lines["kind"], lines["stage"]) == (
            "Annual report", "Customs", "2009", "official", "final")
        assert lines["reprint"] == "yes, a reprint or mirror"
        assert "Annual report. Customs, 2009. https://copies.example/report (reprint). Table 1." in " ".join(out.split())

    def test_in_chinese_the_date_is_a_date_of_publication(self, run, write_yaml):
        """Under --lang zh the card's date reads 发布日期, never 公布值 (a printed figure), and its kind and stage
        are Chinese (D11)."""
        _, out, _ = cite(run, write_yaml(SOURCE), "--lang", "zh", tty=True, width=80)
        assert "发布日期: 2009" in out and "公布值: 2009" not in out and "类型:     官方" in out

    def test_machine_formats_carry_the_same_fields(self, run, write_yaml):
        """CSV has the title, publisher, date, kind, stage, mirror (true/false) and citation as columns."""
        _, out, _ = cite(run, write_yaml(SOURCE), "--format", "csv")
        [row] = list(csv.DictReader(io.StringIO(out)))
        assert {k: row[k] for k in ("title", "publisher", "published", "source_kind", "stage", "mirror")} == {
            "title": "Annual report", "publisher": "Customs", "published": "2009", "source_kind": "official", "stage": "final",
            "mirror": "true"}
        assert row["citation"] == "Annual report. Customs, 2009. https://copies.example/report (reprint). Table 1."

    def test_the_national_scope_unless_told_and_a_footer_naming_the_others(self, run, write_yaml):
        """A campaign's figure of the same period is left out of the default citation, and the footer says how to ask."""
        path = write_yaml(SOURCE)
        _, out, _ = cite(run, path, tty=True, width=80)
        text = " ".join(out.split())
        assert "385" not in text.split("Other scopes")[0]
        assert "Other scopes have matching figures, not shown: Longteng actions (from 2017): 1 figure (--scope longteng)." in text
        _, out, _ = cite(run, path, "--scope", "longteng", "--format", "csv")
        assert [(r["scope"], r["value"], r["mirror"]) for r in csv.DictReader(io.StringIO(out))] == [("longteng", "385", "false")]

    def test_the_preferred_2021_figure_is_read_on_a_reprint(self, run):
        """The bundled 2021 national batches is cited alone, from a reprint, as its source's mirrors say."""
        _, out, _ = run("cite", "--metric", "batches", "--period", "2021", "--dim", "total", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert [(r["scope"], r["source"], r["mirror"]) for r in rows] == [("national", "iam-insight-2022", "true")]


class TestSources:
    def test_a_source_in_full_marks_its_reprints(self, run, write_yaml):
        """`sources ID` lists each address, a mirror as 'address (reprint)'; the list's CSV has the mirrors as a column."""
        path = write_yaml(SOURCE)
        _, out, _ = run("--no-bundled", "--data", str(path), "sources", "synth", "--format", "csv")
        fields = [(r["field"], r["value"]) for r in csv.DictReader(io.StringIO(out)) if r["field"].startswith("address")]
        assert fields == [("address", "https://customs.example/report"), ("address (reprint)", "https://copies.example/report")]
        _, out, _ = run("--no-bundled", "--data", str(path), "sources", "--format", "csv")
        [row] = list(csv.DictReader(io.StringIO(out)))
        assert row["mirrors"] == "https://copies.example/report"


def test_data_table_names_each_figure_s_dimension(run):
    """`data --metric batches --year 2008` at 80 columns tells a trading partner's figure from a district's (D23)."""
    _, out, _ = run("data", "--metric", "batches", "--year", "2008", tty=True, width=80)
    assert "dimension" in out.splitlines()[0].split()
    assert "Trading" in out and "Customs" in out


def test_metrics_shows_the_keys_to_type_and_periods_in_order(run):
    """`metrics` shows 'protection_measures' (what --metric takes), and lists a metric's periods by their start (D29)."""
    import csv
    import io

    _, out, _ = run("metrics", tty=True, width=80)
    assert "protection_measures" in out and "protection measures " not in out
    _, machine, _ = run("metrics", "--format", "csv")
    batches = next(r for r in csv.DictReader(io.StringIO(machine)) if r["metric"] == "batches")["periods"].split(", ")
    assert batches.index("2015..2017") < batches.index("2016") < batches.index("2017-09..2017-11")
