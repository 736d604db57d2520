"""ipr-stats: the IPR enforcement statistics published by China Customs, EU customs, U.S. Customs and Border
Protection and Japan Customs, as polars frames. docs/library.md lists the functions.

>>> import ipr_stats
>>> frame = ipr_stats.load_dataset()
>>> ipr_stats.tidy(frame, metric="batches", year=2008, dimension="total")["value"].to_list()
[11135.0]

The names below load their module on first use, so that the command line starts fast.
"""

from importlib import import_module

_HOMES = {
    "audit": "analysis.audit",
    "cite": "analysis.catalog", "coverage": "analysis.catalog", "coverage_matrix": "analysis.catalog",
    "metrics_catalogue": "analysis.catalog", "sources_table": "analysis.catalog", "tidy": "analysis.catalog",
    "load": "data.dataset", "load_dataset": "data.dataset", "load_records": "records.aggregate",
    "BadArgument": "errors", "DataError": "errors", "QueryError": "errors", "UnknownName": "errors",
    "Period": "data.periods", "parse_period": "data.periods", "series_notes": "data.notes",
    "RATIOS": "data.vocabulary", "ratio": "analysis.rows",
    "breakdown_summary": "analysis.breakdowns", "share": "analysis.breakdowns", "top": "analysis.breakdowns",
    "cagr": "analysis.changes", "not_compared": "analysis.changes", "series": "analysis.changes", "yoy": "analysis.changes",
    "sql": "analysis.sql", "package_tables": "analysis.package",
    "compare": "analysis.compare", "compare_wide": "analysis.compare",
    "table_list": "analysis.tables", "rebuild_table": "analysis.tables",
}
_RENAMED = {"rebuild_table": "rebuild", "compare_wide": "wide"}

__all__ = sorted([*_HOMES, "__version__"])


def __getattr__(name: str):
    if name == "__version__":  # the installed distribution's version, read once
        from importlib.metadata import PackageNotFoundError, version

        try:
            globals()[name] = version("ipr-stats")
        except PackageNotFoundError:
            globals()[name] = "0+unknown"
        return globals()[name]
    if name not in _HOMES:
        raise AttributeError(f"module 'ipr_stats' has no attribute {name!r}")
    value = getattr(import_module(f".{_HOMES[name]}", __name__), _RENAMED.get(name, name))
    globals()[name] = value
    return value


def __dir__():
    return sorted([*globals(), *_HOMES])
