"""`cite --format bibtex|ris|csl-json`: one entry per source cited, read back by independent readers."""

from __future__ import annotations

import json

import pytest

from ipr_stats.cli.citations import _bibtex_text, bibtex, ris

ENTRY = {"id": "gacc-2008", "title": "A {strange} title: 50% & #1_x", "publisher": "GACC", "published": "2019-04-23",
         "language": "en", "kind": "official", "url": "https://example.org/a_b?c=1%202", "locators": ["Table 1", "para 2"]}


def parsed_bibtex(text: str) -> dict:
    """{key: {field: value}} as bibtexparser reads the text (its 2.x API, or 1.x's)."""
    bibtexparser = pytest.importorskip("bibtexparser")
    if hasattr(bibtexparser, "parse_string"):
        library = bibtexparser.parse_string(text)
        assert not library.failed_blocks, library.failed_blocks
        return {e.key: {f.key: f.value for f in e.fields} for e in library.entries}
    return {e["ID"]: e for e in bibtexparser.loads(text).entries}


class TestBibtex:
    def test_one_entry_per_source_cited(self, run):
        """--all-versions of 2018's batches cites several sources: one @misc each, with title, year, url and the locator."""
        code, out, _ = run("cite", "--metric", "batches", "--period", "2018", "--dim", "total", "--all-versions", "--format", "bibtex")
        _, table, _ = run("cite", "--metric", "batches", "--period", "2018", "--dim", "total", "--all-versions", "--format", "json")
        rows = json.loads(table)
        found = parsed_bibtex(out)
        assert code == 0 and set(found) == {r["source"] for r in rows}
        first = rows[0]
        entry = found[first["source"]]
        assert entry["title"].strip("{}") == first["title"] and entry["year"] == first["published"][:4]
        assert entry["url"] == first["address"] and entry["note"].split("; ")[0] == first["locator"]
        assert ("reprint" in entry["note"]) == bool(first["mirror"])

    def test_a_reprint_is_said(self, run):
        """A figure read at a reprint or mirror says so in the entry's note, as the table's citation does."""
        _, out, _ = run("cite", "--metric", "batches", "--period", "2008", "--dim", "total", "--format", "bibtex")
        _, table, _ = run("cite", "--metric", "batches", "--period", "2008", "--dim", "total", "--format", "json")
        assert json.loads(table)[0]["mirror"] is True
        assert parsed_bibtex(out)["gacc-2008"]["note"] == "Table 1; read at a reprint or mirror, not the publisher's own page"

    def test_special_characters_balance(self):
        """Braces, %, &, # and _ in a title are escaped, so the entry parses and its braces balance."""
        text = bibtex([ENTRY])
        entry = parsed_bibtex(text)["gacc-2008"]
        assert r"\{strange\}" in entry["title"] and r"50\%" in entry["title"] and entry["month"] == "apr"
        assert entry["url"] == ENTRY["url"] and entry["note"] == "Table 1; para 2"
        assert _bibtex_text("a\\b") == r"a\textbackslash{}b"


class TestRisAndCsl:
    def test_ris_records(self, run, tmp_path):
        """-o FILE.ris writes RIS: each record opens with TY, closes with ER, and names title, year and address."""
        code, _, _ = run("cite", "--metric", "batches", "--period", "2008", "--dim", "total", "-o", str(tmp_path / "c.ris"))
        lines = (tmp_path / "c.ris").read_text(encoding="utf-8").splitlines()
        assert code == 0 and lines[0] == "TY  - RPRT" and lines[-1] == "ER  - "
        assert "TI  - China Customs Enforcement of Intellectual Property Rights (IPR) in 2008" in lines and "PY  - 2009" in lines
        assert ris([ENTRY]).splitlines()[6] == "DA  - 2019/04/23"

    def test_csl_json_items(self, run):
        """CSL-JSON: a list of items with id, type, title, a literal author, issued date parts and URL."""
        _, out, _ = run("cite", "--metric", "batches", "--period", "2018", "--dim", "total", "--format", "csl-json")
        items = json.loads(out)
        assert items and all({"id", "type", "title", "author", "issued"} <= set(i) for i in items)
        assert items[0]["issued"]["date-parts"][0][0] == 2019 and items[0]["author"][0]["literal"]

    def test_other_commands_refuse_a_bib_file(self, run, tmp_path):
        """A .bib file is for cite; yoy refuses it, naming the formats it writes."""
        code, _, err = run("yoy", "--metric", "batches", "-o", str(tmp_path / "x.bib"))
        assert code == 2 and "the suffix .bib is for bibtex, which this command does not write" in err
