"""Frames in, frames out, no printing: year-over-year change, shares, rankings, series, comparisons
across administrations, the audit and the catalogue. Imports :mod:`ipr_stats.data` and
:mod:`ipr_stats.errors`, never the records or the command line."""
