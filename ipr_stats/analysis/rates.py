"""A printed year-on-year rate held against the figures: the one rule the audit, `table` and `yoy` share.

With the like figure a year before published, the rate is judged against the change the two figures give
(ipr_stats.analysis.judging.rate_verdict). Where a later official release's rate misses the base an earlier
release of the same administration printed, the later release restated that base: a revision, not a
discrepancy. Without a published earlier figure, the rate still implies one (the figure over one plus the
rate, within what both printings allow); that implied value is held against every version published for the
same period, for a period that encloses it (which cannot be smaller) and for a period inside it (which
cannot be larger). Where one rules it out, the rate is ``contradicted``: as far as the evidence goes, the
release counts on another basis than the figure that rules it out. A figure marked as its source's likely
error is not judged: its status is ``source_error``, with the reason.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import polars as pl

from ipr_stats.analysis.evidence import FIGURE, Evidence, check_row, cited, earlier_figure, error_of, figure, gather, label, shown
from ipr_stats.analysis.judging import INF, bounds, meet, percent_bounds, range_text, rate_verdict, truncates
from ipr_stats.data.periods import PeriodError, parse_period, year_before


class RateCheck(NamedTuple):
    computed: float | None
    status: str
    difference: float | None
    note: str
    prior: dict | None  # the published earlier figure the rate was judged against, if any


def whole(r: tuple[float, float]) -> tuple[float, float]:
    """An implied range widened to whole units, for the words of a note: 6,142.7 to 6,151.8 -> 6,142 to 6,152."""
    return float(math.floor(r[0])), (r[1] if r[1] == INF else float(math.ceil(r[1])))


def implied_before(rec) -> tuple[float, float] | None:
    """The earlier values a figure and its printed rate allow (figure / (1 + rate)), or None when the
    rate is no percentage or allows a fall of 100% or more."""
    rate = percent_bounds(rec["published_change"], truncates(rec))
    if rate is None or rate.high <= -100:
        return None
    low, high = bounds(rec)
    return low / (1 + rate.high / 100) if rate.high < INF else 0.0, (high / (1 + rate.low / 100) if rate.low > -100 else INF)


def related(evidence: Evidence, rec, before: str):
    """(relation, figure) for every version of the series published for the period ``before`` ('same'), for a
    period that encloses it ('encloses') or one inside it ('inside'); likely errors left out."""
    try:
        period = parse_period(before, rec["period_kind"])
    except PeriodError:  # pragma: no cover - year_before writes labels parse_period reads
        return []
    start, end = period.start, period.end
    found = []
    for other in evidence.series.get((rec["metric"], rec["scope"], rec["dimension"], rec["member"]), ()):
        if error_of(other) or other["period_end"] is None:
            continue
        o_start, o_end = other["period_start"], other["period_end"]
        if o_start == start and o_end == end:
            found.append(("same", other))
        elif (o_start is None or (start is not None and o_start <= start)) and o_end >= end:
            found.append(("encloses", other))
        elif start is not None and o_start is not None and o_start >= start and o_end <= end:
            found.append(("inside", other))
    return found


def _rules_out(relation: str, implied: tuple[float, float], other) -> bool:
    low, high = bounds(other)
    if relation == "same":
        return not meet(implied, (low, high))
    if relation == "encloses":  # the enclosing period's figure cannot be smaller
        return implied[0] > high
    return low > implied[1]  # a period inside cannot hold more


def _restated(rec, prior) -> bool:
    """True when a later official release of the same administration judged its rate on a base that an
    earlier official release printed otherwise: the base was restated."""
    return (prior["source"] != rec["source"] and rec.get("source_kind") == prior.get("source_kind") == "official"
            and (rec.get("source_date") or "") > (prior.get("source_date") or ""))


def rate_check(evidence: Evidence, rec) -> RateCheck:
    """The verdict on the rate ``rec`` printed (module docstring)."""
    if error_of(rec):
        return RateCheck(None, "source_error", None, f"the figure is its source's likely error: {error_of(rec)}", None)
    prior = earlier_figure(evidence, rec)
    if prior is not None:
        computed, status, diff, note = rate_verdict(rec, prior)
        if computed is not None and prior["source"] != rec["source"]:
            note = "; ".join(filter(None, [note, f"earlier figure from {prior['source']} ({prior['locator']})"]))
        if status == "discrepancy" and _restated(rec, prior):
            implied = implied_before(rec)
            status, note = "revision", (f"the rate implies {range_text(whole(implied))} for {prior['period']}, where {prior['source']} "
                                        f"({prior['locator']}) printed {shown(prior)}: the later release restated the base")
        return RateCheck(computed, status, diff, note, prior)
    before = year_before(rec["period"], rec["period_kind"])
    implied = implied_before(rec) if before else None
    if implied is None:
        return RateCheck(None, "not_checkable", None, "the earlier figure is not published", None)
    said = f"the rate implies {range_text(whole(implied))} for {before}"
    near = related(evidence, rec, before)
    against = sorted(((relation, other) for relation, other in near if _rules_out(relation, implied, other)),
                     key=lambda pair: ("same", "encloses", "inside").index(pair[0]))
    if against:
        relation, other = against[0]
        why = {"same": "", "encloses": ", a period that encloses it", "inside": ", a period inside it"}[relation]
        return RateCheck(None, "contradicted", None,
                         f"{said}; {cited(other)}{why} rules that out: as far as the evidence goes, {rec['source']} "
                         f"counts on another basis than {other['source']}", None)
    if near:
        fits = "; ".join(cited(other) for _relation, other in near[:3])
        return RateCheck(None, "not_checkable", None, f"{said}, which fits what is published around it ({fits})", None)
    return RateCheck(None, "not_checkable", None, f"the earlier figure is not published ({said})", None)


def rate_rows(evidence: Evidence):
    """(figure, audit row) for every figure that prints a rate (ipr_stats.analysis.evidence.COLUMNS)."""
    out = []
    for rec in evidence.rows:
        if not rec["published_change"]:
            continue
        check = rate_check(evidence, rec)
        subject = f"change of {label(rec)} on the year before"
        if check.prior is not None and check.computed is not None:
            subject += f" ({shown(check.prior)} -> {shown(rec)})"
        out.append((rec, check_row("rate", rec, subject, rec["published_change"], check.computed, check.status,
                                   check.difference, check.note)))
    return out


def rate_checks(frame) -> pl.DataFrame:
    """The verdict on every printed year-on-year rate, by the figure that prints it: the columns source,
    metric, period, period_kind, scope, dimension, member, then computed (the change the figures give, or
    None), status and note, as the audit gives them. `yoy` shows these beside its changes."""
    found = [{"source": rec["source"], **dict(zip(FIGURE, figure(rec))), "computed": row["computed"], "status": row["status"],
              "note": row["note"]} for rec, row in rate_rows(gather(frame))]
    schema = {"source": pl.String, **{name: pl.String for name in FIGURE}, "computed": pl.Float64, "status": pl.String,
              "note": pl.String}
    return pl.DataFrame(found, schema=schema, orient="row") if found else pl.DataFrame(schema=schema)
