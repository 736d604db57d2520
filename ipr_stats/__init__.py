"""ipr-stats: the IPR enforcement statistics published by China Customs, as polars frames.

>>> import ipr_stats
>>> frame = ipr_stats.load_dataset()
>>> ipr_stats.tidy(frame, metric="batches", year=2008, dimension="total")["value"].to_list()
[11135.0]
"""

from .catalog import metrics_catalogue, sources_table, tidy
from .dataset import load, load_dataset
from .errors import DataError, QueryError
from .periods import Period, parse_period

__all__ = [
    "DataError",
    "Period",
    "QueryError",
    "load",
    "load_dataset",
    "metrics_catalogue",
    "parse_period",
    "sources_table",
    "tidy",
]
