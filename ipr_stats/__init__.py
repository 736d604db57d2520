"""ipr-stats: the IPR enforcement statistics published by China Customs, as polars frames.

>>> import ipr_stats
>>> frame = ipr_stats.load_dataset()
>>> ipr_stats.tidy(frame, metric="batches", year=2008, dimension="total")["value"].to_list()
[11135.0]

The names below load their module on first use, so that the command line starts fast.
"""

from importlib import import_module

_HOMES = {
    "audit": "checks",
    "cite": "catalog", "coverage": "catalog", "coverage_matrix": "catalog", "metrics_catalogue": "catalog", "sources_table": "catalog", "tidy": "catalog",
    "load": "dataset", "load_dataset": "dataset", "load_records": "records",
    "BadArgument": "errors", "DataError": "errors", "QueryError": "errors", "UnknownName": "errors",
    "Period": "periods", "parse_period": "periods",
    "RATIOS": "queries", "breakdown_summary": "queries", "cagr": "queries", "not_compared": "queries", "ratio": "queries",
    "series": "queries", "share": "queries", "sql": "queries", "top": "queries", "yoy": "queries",
    "table_list": "tables", "rebuild_table": "tables",
}
_RENAMED = {"rebuild_table": "rebuild"}

__all__ = sorted(_HOMES)


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module 'ipr_stats' has no attribute {name!r}")
    value = getattr(import_module(f".{_HOMES[name]}", __name__), _RENAMED.get(name, name))
    globals()[name] = value
    return value


def __dir__():
    return sorted([*globals(), *_HOMES])
