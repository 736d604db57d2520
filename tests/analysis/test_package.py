"""The tables of the dataset as exported: what each holds, and a description for every column."""

from __future__ import annotations

import polars as pl

from ipr_stats.analysis.package import COLUMNS, TABLES, package_tables
from ipr_stats.data.dataset import read


class TestPackageTables:
    def test_every_column_of_every_table_is_described(self):
        """Each column of the four tables has a description in COLUMNS, and each table one in TABLES."""
        loaded = read(use_env=False)
        tables = package_tables(loaded.marked, loaded.sources)
        assert set(tables) == set(TABLES)
        assert [(name, c) for name, t in tables.items() for c in t.columns if c not in COLUMNS] == []

    def test_figures_are_every_version_and_claims_apart(self):
        """figures: every row with a value, preferred or not, no claim column; claims: the statements with none."""
        loaded = read(use_env=False)
        tables = package_tables(loaded.frame, loaded.sources)
        marked = loaded.marked
        assert tables["figures"].height == marked.filter(pl.col("value").is_not_null()).height
        assert "claim" not in tables["figures"].columns and tables["claims"]["claim"].null_count() == 0
        assert tables["figures"]["preferred"].sum() < tables["figures"].height  # some versions are not the preferred one

    def test_notes_carry_their_source_and_dates(self):
        """Each note on a series names its source and has its period's first and last day as dates."""
        loaded = read(use_env=False)
        notes = package_tables(loaded.marked, loaded.sources)["notes"]
        assert notes.height > 0 and notes["source"].null_count() == 0 and notes.schema["start"] == pl.Date

    def test_descriptions_name_the_keys_there_are(self):
        """The lists of keys a description gives are the vocabulary's own (every period kind, scope kind, qualifier),
        and a column that means another thing in one table is described as that (a source's count of preferred
        figures, not a figure's flag)."""
        from ipr_stats.analysis.package import described
        from ipr_stats.data import vocabulary
        from ipr_stats.data.periods import KINDS

        assert all(k in described("figures", "period_kind")[0] for k in KINDS)
        assert all(k in described("figures", "scope_kind")[0] for k in vocabulary.SCOPE_KINDS)
        assert all(k in described("figures", "qualifier")[0] for k in vocabulary.QUALIFIERS)
        assert "remainder" in described("figures", "member_kind")[0]
        assert described("sources", "preferred") == ("how many of the source's figures are the version the queries use", "figures")
        assert described("figures", "preferred")[0].startswith("true for the version")
