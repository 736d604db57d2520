"""`ipr-stats export PATH`: the whole dataset as a data package, a database, Parquet or a workbook, each read back by
an independent reader (frictionless, sqlite3, polars, openpyxl)."""

from __future__ import annotations

import json
import sqlite3

import polars as pl
import pytest

from ipr_stats.data.dataset import read


@pytest.fixture(scope="module")
def dataset():
    """Every figure of the bundled data: (figures with a value, claims, sources)."""
    loaded = read(use_env=False)
    marked = loaded.marked
    return marked.filter(pl.col("value").is_not_null()), marked.filter(pl.col("claim").is_not_null()), loaded.sources


class TestDataPackage:
    def test_frictionless_validates_it(self, run, tmp_path):
        """A folder becomes a data package that frictionless finds valid, every table with every row."""
        frictionless = pytest.importorskip("frictionless")
        code, out, err = run("export", str(tmp_path / "ipr"))
        report = frictionless.validate(str(tmp_path / "ipr" / "datapackage.json"))
        assert code == 0 and out == "" and err == ""
        assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])[:5]
        assert sorted(task.name for task in report.tasks) == ["claims", "figures", "notes", "sources"]

    def test_every_column_is_described_typed_and_every_version_kept(self, run, tmp_path, dataset):
        """datapackage.json gives each field a description and type, value its unit, the licence and the sources; the
        figures' CSV holds every version of every figure, the preferred marked."""
        figures, claims, sources = dataset
        run("export", str(tmp_path / "ipr"))
        package = json.loads((tmp_path / "ipr" / "datapackage.json").read_text(encoding="utf-8"))
        fields = {r["name"]: {f["name"]: f for f in r["schema"]["fields"]} for r in package["resources"]}
        assert all(f["description"] and f["type"] for r in fields.values() for f in r.values())
        assert fields["figures"]["value"]["type"] == "number" and fields["figures"]["value"]["unit"] == "the row's unit"
        assert fields["figures"]["period_start"]["type"] == "date" and fields["figures"]["preferred"]["type"] == "boolean"
        assert package["licenses"][0]["name"] == "MIT" and len(package["sources"]) == len(sources)
        written = pl.read_csv(tmp_path / "ipr" / "figures.csv", infer_schema_length=0)
        assert written.height == figures.height and written.filter(pl.col("preferred") == "false").height > 0
        assert pl.read_csv(tmp_path / "ipr" / "claims.csv", infer_schema_length=0).height == claims.height

    def test_a_folder_with_other_files_is_refused(self, run, tmp_path):
        """A folder that holds other files and no data package is not written into: exit 2, nothing changed."""
        (tmp_path / "mine.txt").write_text("mine", encoding="utf-8")
        code, _, err = run("export", str(tmp_path))
        assert code == 2 and "holds other files than a data package of ipr-stats" in err and [p.name for p in tmp_path.iterdir()] == ["mine.txt"]
        (tmp_path / "mine.txt").unlink()
        (tmp_path / "datapackage.json").write_text('{"name": "my-own"}', encoding="utf-8")  # another's package: not ours to replace
        code, _, err = run("export", str(tmp_path))
        assert code == 2 and (tmp_path / "datapackage.json").read_text(encoding="utf-8") == '{"name": "my-own"}'


    def test_a_package_is_rewritten(self, run, tmp_path):
        """A folder of a data package is written again, in place, through a link to it too (the link stays a link);
        nothing is left beside it."""
        assert run("export", str(tmp_path / "ipr"))[0] == 0 and run("export", str(tmp_path / "ipr"))[0] == 0
        (tmp_path / "link").symlink_to(tmp_path / "ipr")
        assert run("export", str(tmp_path / "link"))[0] == 0 and (tmp_path / "link").is_symlink()
        assert sorted(p.name for p in tmp_path.iterdir()) == ["ipr", "link"]
        assert sorted(p.name for p in (tmp_path / "ipr").iterdir()) == ["claims.csv", "datapackage.json", "figures.csv", "notes.csv",
                                                                       "sources.csv"]


class TestFiles:
    @pytest.mark.parametrize("suffix", [".sqlite", ".db"])
    def test_sqlite_counts_every_figure(self, run, tmp_path, dataset, suffix):
        """sqlite3 finds tables figures, claims, sources and notes, every figure and source in them, values as numbers."""
        figures, claims, sources = dataset
        target = tmp_path / f"ipr{suffix}"
        assert run("export", str(target))[0] == 0
        with sqlite3.connect(target) as db:
            tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            count, preferred = db.execute("SELECT count(*), sum(preferred) FROM figures").fetchone()
            value = db.execute("SELECT value FROM figures WHERE source = 'gacc-2008' AND metric = 'batches' AND dimension IS NULL "
                               "AND scope = 'national' AND period = '2008'").fetchone()[0]
            assert tables == {"figures", "claims", "sources", "notes"}
            assert count == figures.height and preferred == figures["preferred"].sum() and value == 11135.0
            assert db.execute("SELECT count(*) FROM sources").fetchone()[0] == len(sources)
            assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == claims.height

    def test_parquet_holds_the_figures(self, run, tmp_path, dataset):
        """polars reads the Parquet back: the figures, every version, with their types."""
        figures, _, _ = dataset
        run("export", str(tmp_path / "figures.parquet"))
        back = pl.read_parquet(tmp_path / "figures.parquet")
        assert back.height == figures.height and back.schema["value"] == pl.Float64 and back.schema["period_start"] == pl.Date

    def test_a_workbook_of_the_whole_dataset(self, run, tmp_path, dataset):
        """openpyxl opens the workbook: a sheet per table, values as numbers."""
        openpyxl = pytest.importorskip("openpyxl")
        figures, _, _ = dataset
        run("export", str(tmp_path / "ipr.xlsx"))
        book = openpyxl.load_workbook(tmp_path / "ipr.xlsx", read_only=True)
        assert book.sheetnames == ["figures", "claims", "sources", "notes"]
        rows = list(book["figures"].iter_rows(values_only=True))
        value = rows[0].index("value")
        assert len(rows) - 1 == figures.height and all(isinstance(r[value], (int, float)) for r in rows[1:])

    @pytest.mark.parametrize("target,said", [("x.csv", "ends in no suffix export writes; expected a folder, or a file ending in "
                                                        ".sqlite, .db, .parquet, .xlsx"),
                                             ("nowhere/x.sqlite", "does not exist")])
    def test_a_wrong_path_is_a_usage_error(self, run, tmp_path, target, said):
        """An unknown suffix or a missing folder: exit 2, naming the choices, nothing written."""
        code, _, err = run("export", str(tmp_path / target))
        assert code == 2 and said in err and list(tmp_path.iterdir()) == []
