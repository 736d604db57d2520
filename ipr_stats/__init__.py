"""ipr-stats: the IPR enforcement statistics published by China Customs, as polars frames.

>>> import ipr_stats
>>> frame = ipr_stats.load_dataset()
>>> ipr_stats.tidy(frame, metric="batches", year=2008, dimension="total")["value"].to_list()
[11135.0]
"""

from .audit import audit
from .catalog import cite, coverage, metrics_catalogue, sources_table, tidy
from .dataset import load, load_dataset
from .errors import DataError, QueryError
from .periods import Period, parse_period
from .tables import rebuild as rebuild_table
from .tables import table_list
from .queries import RATIOS, breakdown_summary, cagr, not_compared, ratio, series, share, sql, top, yoy

__all__ = [
    "RATIOS",
    "DataError",
    "Period",
    "QueryError",
    "audit",
    "breakdown_summary",
    "cagr",
    "cite",
    "coverage",
    "load",
    "load_dataset",
    "metrics_catalogue",
    "not_compared",
    "parse_period",
    "ratio",
    "rebuild_table",
    "series",
    "share",
    "sources_table",
    "sql",
    "table_list",
    "tidy",
    "top",
    "yoy",
]
