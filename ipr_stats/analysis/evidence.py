"""The figures the checks reason with: every version of every figure, indexed by source and by figure,
the preferred versions, the like figure a year before, and how a figure is named and shown in a check's row.
"""

from __future__ import annotations

from typing import NamedTuple

import polars as pl

from ipr_stats.data.periods import year_before
from ipr_stats.data.printed import written
from ipr_stats.data.versions import with_preference
from ipr_stats.data.vocabulary import COMPARABLE_QUALIFIERS, DEFAULT_SCOPE

COLUMNS = ["check", "source", "locator", "subject", "published", "computed", "difference", "status", "note"]

FIGURE = ("metric", "period", "period_kind", "scope", "dimension", "member")


class Evidence(NamedTuple):
    """``rows``: every version of every figure (claims aside) as a dict, marked ``preferred``; ``index``: the
    figures by (source, *FIGURE); ``preferred``: the preferred version of each figure, by FIGURE; ``series``:
    every version by (metric, scope, dimension, member), whatever its period."""

    rows: list
    index: dict
    preferred: dict
    series: dict


def gather(frame) -> Evidence:
    """The evidence of a frame (its versions marked by ipr_stats.data.versions)."""
    rows = with_preference(frame).filter(pl.col("value").is_not_null() & pl.col("claim").is_null()).to_dicts()
    series: dict = {}
    for r in rows:
        series.setdefault((r["metric"], r["scope"], r["dimension"], r["member"]), []).append(r)
    return Evidence(rows, {(r["source"], *figure(r)): r for r in rows}, {figure(r): r for r in rows if r["preferred"]}, series)


def figure(rec) -> tuple:
    """What identifies a figure across sources: metric, period, period kind, scope, dimension, member."""
    return tuple(rec[name] for name in FIGURE)


def error_of(rec) -> str | None:
    """Why a figure is its source's likely error, or None (a frame made by hand may have no such column)."""
    return rec.get("error")


def total_of(index, rec):
    """The source's own total for a figure's breakdown, or None."""
    return index.get((rec["source"], rec["metric"], rec["period"], rec["period_kind"], rec["scope"], None, None))


def earlier_figure(evidence: Evidence, rec):
    """The like figure a year earlier (periods.year_before): from the same source, else the preferred
    version of another release (a count only: a bound says too little of a rate); never a source's likely
    error; None for a period that does not recur."""
    before = year_before(rec["period"], rec["period_kind"])
    if before is None:
        return None
    rest = (rec["metric"], before, rec["period_kind"], rec["scope"], rec["dimension"], rec["member"])
    same = evidence.index.get((rec["source"], *rest))
    other = evidence.preferred.get(rest)
    if same is not None and not error_of(same):
        return same
    return other if other and other["qualifier"] in COMPARABLE_QUALIFIERS else None


def label(rec: dict) -> str:
    """A figure in words: 'batches channel=post 2019-Q1 (japan)'."""
    where = f" {rec['dimension']}={rec['member']}" if rec.get("member") else ""
    scope = "" if rec["scope"] == DEFAULT_SCOPE else f" ({rec['scope']})"
    return f"{rec['metric']}{where} {rec['period']}{scope}"


def shown(rec) -> str:
    """A figure as its source printed it, else its value with its qualifier."""
    if rec.get("printed"):
        return rec["printed"]
    word = {"at_least": "at least ", "at_most": "at most ", "approximate": "about "}.get(rec["qualifier"], "")
    return word + written(rec["value"])


def cited(rec) -> str:
    """A figure with where it was printed: "more than 32,000 for 2018-H1 (peoples-daily-2018-07-24, para 1)"."""
    return f"{shown(rec)} for {rec['period']} ({rec['source']}, {rec['locator']})"


def check_row(check, rec, subject, published, computed, status, difference=None, note=""):
    """One row of the audit (COLUMNS)."""
    return {"check": check, "source": rec["source"], "locator": rec["locator"], "subject": subject, "published": published,
            "computed": computed, "difference": difference, "status": status, "note": note}
