"""Whether printed figures agree: one interval rule for the audit, `share` and `table` alike.

Every figure and printed percentage counts as the interval its printing allows
(:mod:`ipr_stats.data.intervals`: rounding, bounds, approximations, and the truncation of the
administrations that print so). A verdict is whether two intervals meet: the one a
printed figure allows and the one the other figures allow. The rules are in docs/methodology.md, "Audit".
"""

from __future__ import annotations

import math

from ipr_stats.data.intervals import (  # noqa: F401 - the interval rules, re-exported for the checks
    APPROXIMATE,
    INF,
    SLACK,
    Interval,
    all_exact,
    bounds,
    meet,
    percent_bounds,
    quotient,
    sum_bounds,
    truncates,
)
from ipr_stats.data.printed import decimals_of, parse_percent, written

RULE = ("A published figure with k decimals is consistent when it lies within half a unit of its last digit "
        "of the computed one (0.05 for '49.3%'), or, for China Customs, which truncates, up to a whole unit below it; "
        "a bound must hold; 'about'/'almost' allow 10%.")


def range_text(r: tuple[float, float]) -> str:
    """An interval in words: '47,150 to 47,250', '19,100 or more'."""
    if r[0] == r[1]:
        return written(r[0])
    if r[1] == INF:
        return f"{written(r[0])} or more"
    if r[0] == -INF:
        return f"{written(r[1])} or less"
    return f"{written(r[0])} to {written(r[1])}"


def percent_range_text(low: float, high: float) -> str:
    """A range of percentages in words, to three decimals at most: '100.65% to 100.8%', '16.751% or more'."""
    def pct(x: float) -> str:
        return f"{x:,.3f}".rstrip("0").rstrip(".") + "%"
    if high == INF:
        return f"{pct(low)} or more"
    if low == -INF:
        return f"{pct(high)} or less"
    return f"{pct(low)} to {pct(high)}"


def judge(printed: str, computed: float | None, allowed: tuple[float, float] | None = None,
          truncated: bool = False) -> tuple[str, float | None, str]:
    """(status, difference, note) for a printed percentage against a computed one.

    ``allowed`` is the range the computation allows when its inputs are rounded or bounded;
    the printed figure is then consistent when its own range meets it. ``truncated``: the percentage
    is of an administration that prints by truncation (:func:`ipr_stats.data.intervals.truncates`).
    """
    said = percent_bounds(printed, truncated)
    if computed is None or (isinstance(computed, float) and not math.isfinite(computed)):
        return "not_checkable", None, "nothing to compute it from"
    if said is None:
        return "not_checkable", None, f"'{printed}' is not a percentage"
    kind, number = parse_percent(printed)
    diff = computed - number
    low, high = allowed or (computed, computed)
    status = "consistent" if meet((low, high), said) else "discrepancy"
    widened = "" if allowed is None or low == high else f"; the rounding of the figures allows {percent_range_text(low, high)}"
    if kind == "at_most":
        return status, diff, f"the bound is < {number:g}%{widened}"
    if kind == "at_least":
        return status, diff, f"the bound is > {number:g}%{widened}"
    if kind == "approximate":
        return status, diff, f"stated as approximate: within {APPROXIMATE:.0%} of {number:g}%{widened}"
    if status == "consistent":
        return status, diff, ""
    if truncated:
        return status, diff, (f"off by {diff:+.4g} points; '{printed}', rounded or truncated, allows "
                              f"{percent_range_text(said.low, said.high)}{widened}")
    tolerance = 0.5 * 10 ** -decimals_of(printed)
    return status, diff, f"off by {diff:+.4g} points; at most {tolerance:g} allowed{widened}"


def judge_number(published: float, qualifier: str, computed: float, decimals: int = 0, precision: float | None = None):
    """(status, difference, note) for a published number against one computed from other figures: consistent
    when the computed number lies in the interval the published one allows, printed with ``decimals``."""
    diff = computed - published
    allowed = bounds({"value": published, "qualifier": qualifier, "precision": precision}, decimals)
    status = "consistent" if meet(allowed, (computed, computed)) else "discrepancy"
    if qualifier == "at_least":
        return status, diff, "the published figure is a lower bound"
    if qualifier == "at_most":
        return status, diff, "the published figure is an upper bound"
    if qualifier == "approximate":
        return status, diff, f"approximate: within {APPROXIMATE:.0%}"
    tolerance = (allowed[1] - allowed[0]) / 2
    return status, diff, ("" if status == "consistent" else f"off by {diff:+,.2f}; at most {tolerance:g} allowed")


def judge_ranges(computed: tuple[float, float], published: tuple[float, float], difference: float | None, tolerance: float = SLACK):
    """(status, difference, note): consistent when the two ranges meet."""
    ok = meet(computed, published, tolerance)
    return ("consistent" if ok else "discrepancy"), difference, ("" if ok else
            f"the figures allow {range_text(computed)}, the published one {range_text(published)}")


def share_judgement(printed: str, parts, wholes) -> tuple[str, float | None, str]:
    """(status, difference, note) for a printed share of the sum of ``parts`` in the sum of ``wholes``
    (figures): against the quotient of their values, or of their intervals where any is not exact."""
    part, whole = sum(r["value"] for r in parts), sum(r["value"] for r in wholes)
    computed = part / whole * 100 if whole else None
    allowed = None if all_exact(*parts, *wholes) else quotient(sum_bounds(parts), sum_bounds(wholes))
    return judge(printed, computed, allowed, truncates(parts[0]) if parts else False)


def share_verdict(rec: dict, total: dict | None) -> tuple[str, float | None, str]:
    """(status, difference, note) for the share a source printed beside a figure, against the figure
    over the source's total: the audit's rule, which `share` and `table` show too."""
    if total is None:
        return "not_checkable", None, "no published total in this source"
    return share_judgement(rec["published_share"], [rec], [total])


def rate_verdict(rec: dict, prior: dict | None) -> tuple[float | None, str, float | None, str]:
    """(computed, status, difference, note) for the year-on-year rate a source printed beside a figure,
    against the change from ``prior``, the like figure a year before: the audit's rule, which `table`
    shows too. Where either figure is not exact, the rate may be anything their intervals allow."""
    if prior is None:
        return None, "not_checkable", None, "the earlier figure is not published"
    if prior["value"] == 0:
        return None, "not_checkable", None, "the earlier figure is zero"
    computed = (rec["value"] - prior["value"]) / prior["value"] * 100
    ratio = None if all_exact(rec, prior) else quotient(bounds(rec), bounds(prior))
    status, diff, note = judge(rec["published_change"], computed, ratio and (ratio[0] - 100, ratio[1] - 100), truncates(rec))
    return computed, status, diff, note
