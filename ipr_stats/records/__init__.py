"""Users' case logs (one row per detained batch, CSV, Parquet or an Excel workbook) turned into figures of the same model
as the published ones. Imports :mod:`ipr_stats.data` and :mod:`ipr_stats.errors`, never the analysis."""
