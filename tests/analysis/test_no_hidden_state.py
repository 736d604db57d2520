"""Queries leave nothing behind: no module keeps a memo of the frames it was given (the loaded data is a value
of its own, ipr_stats.data.dataset.Dataset, that the command line holds)."""

from __future__ import annotations

import datetime as dt
import sys

import ipr_stats


def fingerprint(value):
    """A value as plain data: containers item by item, any other object by its identity."""
    if isinstance(value, (str, int, float, bool, type(None))):
        return value
    if isinstance(value, (list, tuple)):
        return type(value).__name__, [fingerprint(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return "set", sorted(map(repr, value))
    if isinstance(value, dict):
        return "dict", [(repr(k), fingerprint(v)) for k, v in value.items()]
    return "object", id(value)


def module_state() -> dict:
    """Every list, dict and set held at module level by the package's modules."""
    return {(name, key): fingerprint(value) for name, module in sorted(sys.modules.items()) if name.startswith("ipr_stats")
            for key, value in sorted(vars(module).items()) if isinstance(value, (list, dict, set)) and not key.startswith("__")}


def queries(sources, frame):
    ipr_stats.yoy(frame, "batches", source="gacc-2008")
    ipr_stats.top(frame, "value", 2008, n=3)
    ipr_stats.share(frame, "transport", "batches", 2008)
    ipr_stats.series(frame, "quantity")
    ipr_stats.tidy(frame, metric="batches", source="gacc-2008")
    ipr_stats.audit(frame, check="rate")
    ipr_stats.sources_table(sources, frame)


def test_queries_keep_no_memo():
    """yoy, top, share, series, tidy, the audit and the catalogue, run on a second frame, change no module-level
    list, dict or set that running them on a first frame left."""
    sources, frame, _vocab = ipr_stats.load()
    queries(sources, frame)  # every module they use is imported before the state is read
    before = module_state()
    queries(sources, frame.clone())
    assert [key for key in before.keys() | module_state().keys() if before.get(key) != module_state().get(key)] == []


def test_a_frame_edited_in_place_is_answered_as_it_is_now():
    """polars frames change in place: after `frame.extend(rows)` (a new year, and a new version of a figure from
    another source), tidy, yoy, series and top answer on the rows the frame holds now, not those it held."""
    import polars as pl

    frame = ipr_stats.load_dataset()
    assert ipr_stats.tidy(frame, metric="batches", year=2007, dimension="total")["value"].to_list() == [7456.0]
    total = frame.filter((pl.col("metric") == "batches") & (pl.col("period") == "2007") & pl.col("dimension").is_null())
    later = total.with_columns(pl.lit("2030").alias("period"), pl.lit("edited").alias("source"), pl.lit(9.0).alias("value"),
                               pl.lit(dt.date(2030, 1, 1)).alias("period_start"), pl.lit(dt.date(2030, 12, 31)).alias("period_end"))
    final = total.with_columns(pl.lit("restated").alias("source"), pl.lit(7457.0).alias("value"), pl.lit("2030").alias("source_date"))
    frame.extend(later).extend(final)
    assert ipr_stats.tidy(frame, metric="batches", year=2030)["value"].to_list() == [9.0]
    assert sorted(ipr_stats.tidy(frame, metric="batches", year=2007, dimension="total", all_versions=True)["value"]) == [7456.0, 7457.0]
    assert ipr_stats.tidy(frame, metric="batches", year=2007, dimension="total")["versions"].to_list() == [2]
    assert "2030" in ipr_stats.series(frame, "batches")["period"].to_list()


def test_a_query_s_answer_is_not_taken_for_the_dataset():
    """tidy's output lacks columns a query needs (and carries marks that would be stale once edited): a query given it
    says which columns are missing, never fails deep inside polars."""
    import pytest

    from ipr_stats.errors import BadArgument

    answer = ipr_stats.tidy(ipr_stats.load_dataset(), all_versions=True)
    for query in (lambda: ipr_stats.tidy(answer), lambda: ipr_stats.yoy(answer, "batches"), lambda: ipr_stats.top(answer, "value", 2008)):
        with pytest.raises(BadArgument, match="lacks precision"):
            query()
    with pytest.raises(BadArgument, match="lacks claim"):
        ipr_stats.series(ipr_stats.load_dataset().drop("claim"), "batches")
