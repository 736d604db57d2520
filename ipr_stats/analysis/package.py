"""The whole dataset as tables to export: every version of every figure with its provenance, the sources, the
claims (statements with no value of their own) and the notes on series; each column with a description, a type and
a unit, as a Frictionless table schema or a database needs them.

>>> import ipr_stats
>>> sources, frame, _vocabulary = ipr_stats.load()
>>> tables = ipr_stats.package_tables(frame, sources)
>>> sorted(tables), tables["figures"].filter(tables["figures"]["value"].is_null()).height
(['claims', 'figures', 'notes', 'sources'], 0)
"""

from __future__ import annotations

import polars as pl

from ipr_stats.analysis.catalog import sources_table
from ipr_stats.data import vocabulary as v
from ipr_stats.data.model import CLAIMS, RECORD_FIELDS
from ipr_stats.data.notes import series_notes
from ipr_stats.data.periods import KINDS
from ipr_stats.data.versions import with_preference


def _keys(keys) -> str:
    """A list of keys as a description names them: 'exact, approximate or rounded'."""
    keys = list(keys)
    return f"{', '.join(keys[:-1])} or {keys[-1]}" if len(keys) > 1 else "".join(keys)


# column -> (description, unit): the unit of a column's values, "" for a text or key with none
COLUMNS = {
    "source": ("the source's id (the sources table's source)", ""),
    "locator": ("where the figure or claim stands in its source (Table 5, II(III), para 7)", ""),
    "metric": ("the metric: a key of `ipr-stats metrics`", ""),
    "unit": ("the unit of value (batch, piece, RMB, EUR, USD, JPY...)", ""),
    "period": ("the period as a label (2008, 2019-H1, FY2019, ..2020)", ""),
    "period_kind": (f"the kind of period: {_keys(KINDS)}", ""),
    "period_start": ("the first day of the period", "date"),
    "period_end": ("the last day of the period", "date"),
    "scope": ("what the figure covers: national, a province, a campaign, another administration (eu, us, japan)...", ""),
    "dimension": ("the dimension of a breakdown (customs, ip_type, transport...); empty for a total", ""),
    "member": ("the member of the dimension (shenzhen, trademark, sea...)", ""),
    "value": ("the figure as published, a number", "the row's unit"),
    "qualifier": (f"{_keys(v.QUALIFIERS)}: how the printed number bounds the true one", ""),
    "published_share": (RECORD_FIELDS["published_share"], ""),
    "published_change": (RECORD_FIELDS["published_change"], ""),
    "note": ("the curator's note on the figure", ""),
    "printed": ("the number as the page prints it, in its own language and words (\"more than 19,100\")", ""),
    "address": ("the address (URL) where the figure was read", ""),
    "source_kind": (f"the kind of source: {_keys(v.SOURCE_KINDS)}", ""),
    "stage": (f"the stage of the release the source relays: {_keys(v.STAGES)}", ""),
    "source_date": ("the source's date of publication, as recorded", ""),
    "error": ("why the figure as printed is most likely its source's own error (kept, never preferred)", ""),
    "precision": (RECORD_FIELDS["precision"], "the row's unit"),
    "decimals": ("decimal places printed", "decimal places"),
    "member_kind": ("entity, group or remainder: a member that is one thing, one that groups others, or the rest of a "
                    "breakdown ('Others')", ""),
    "breakdown": (f"{_keys(v.BREAKDOWNS)}: how much of its dimension the breakdown covers", ""),
    "claim": (f"{_keys(CLAIMS)}: what the statement says", ""),
    "scope_kind": (f"the kind of scope: {_keys(v.SCOPE_KINDS)}", ""),
    "file": ("the dataset file the row was read from", ""),
    "versions": ("how many sources publish this figure (the same metric, period, scope and member)", "sources"),
    "breakdown_source": ("for a breakdown's member, the source the whole breakdown is taken from", ""),
    "preferred": ("true for the version the queries use (docs/methodology.md, Versions)", ""),
    "title": ("the source's title", ""),
    "publisher": ("the source's publisher", ""),
    "published": ("the source's date of publication (a day, a month or a year)", ""),
    "language": ("the language of the source (en, zh, ja...)", ""),
    "kind": (f"the kind of source: {_keys(v.SOURCE_KINDS)}", ""),
    "figures": ("how many figures the source gives", "figures"),
    "claims": ("how many claims the source gives", "claims"),
    "addresses": ("the addresses (URLs) where the source was read, separated by spaces", ""),
    "mirrors": ("those addresses that are a reprint or mirror on another site than the publisher's own", ""),
    "notes": ("the curator's notes on the source: how it was read, what it relays", ""),
    "start": ("the first day of the period the note concerns", "date"),
    "end": ("the last day of the period the note concerns", "date"),
}

# columns whose sense differs in one table: (table, column) -> (description, unit)
IN_TABLE = {
    ("sources", "preferred"): ("how many of the source's figures are the version the queries use", "figures"),
}

TABLES = {
    "figures": "every version of every figure, with its source, locator, the number as printed and the address where it was read",
    "claims": "the statements with no value of their own (a share, a growth), with their source and locator",
    "sources": "the documents the figures were read in: title, publisher, date, kind, stage and addresses",
    "notes": "what a reader of a metric's figures for a scope and period should know (a campaign, a change of basis), with its source",
}

CLAIM_COLUMNS = ["source", "locator", "metric", "unit", "period", "period_kind", "period_start", "period_end", "scope", "dimension",
                 "member", "claim", "qualifier", "published_share", "published_change", "note", "printed", "address",
                 "source_kind", "stage", "source_date", "scope_kind", "file"]

NOTE_COLUMNS = ["source", "locator", "metric", "scope", "period", "period_kind", "start", "end", "note"]


def package_tables(frame: pl.DataFrame, sources: list[dict]) -> dict[str, pl.DataFrame]:
    """The four tables of the dataset: ``figures`` (every version of every figure, marked preferred or not), ``claims``,
    ``sources`` and ``notes``; each column described by :func:`described`."""
    marked = with_preference(frame)
    figures = marked.filter(pl.col("value").is_not_null()).drop("claim")
    claims = marked.filter(pl.col("claim").is_not_null()).select(CLAIM_COLUMNS)
    notes = pl.DataFrame(series_notes(sources), schema=dict.fromkeys(NOTE_COLUMNS, pl.String)).select(NOTE_COLUMNS)
    notes = notes.with_columns(pl.col("start", "end").str.to_date())
    listed = sources_table(sources, marked)
    notes_of = {s["id"]: s.get("notes") for s in sources}
    listed = listed.with_columns(pl.Series("notes", [notes_of.get(s) for s in listed["source"]], dtype=pl.String))
    return {"figures": figures, "claims": claims, "sources": listed, "notes": notes}


def described(table: str, column: str) -> tuple[str, str]:
    """(description, unit) of a column of one of the tables ('' where it has no unit)."""
    return IN_TABLE.get((table, column)) or COLUMNS[column]
