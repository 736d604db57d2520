"""Queries leave nothing behind: no module keeps a memo of the frames it was given (the loaded data is a value
of its own, ipr_stats.data.dataset.Dataset, that the command line holds)."""

from __future__ import annotations

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
