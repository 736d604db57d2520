"""Whether printed figures agree: one interval rule for the audit, `share` and `table` alike.

Every figure counts as the interval its printing allows: an exact figure as printed, a rounded one
within half its last unit, a bound open on one side, an approximate one within 10%. A printed
percentage is an interval too: half a unit of its last digit either side ('49.3%': 49.25 to 49.35),
or open on one side for a bound ('Less than 1%'). A verdict is whether two intervals meet: the one a
printed figure allows and the one the other figures allow. The rules are in docs/methodology.md, "Audit".
"""

from __future__ import annotations

import math
from typing import NamedTuple

from ipr_stats.data.printed import decimals_of, parse_percent, written

APPROXIMATE = 0.10  # 'about', 'almost', 'around': consistent within 10% of the stated figure

RULE = ("A published figure with k decimals is consistent when it lies within half a unit of its last digit "
        "of the computed one (0.05 for '49.3%'); a bound must hold; 'about'/'almost' allow 10%.")

INF = float("inf")

SLACK = 1e-9  # how far a closed end may miss: decimal figures held as binary fractions


class Interval(NamedTuple):
    """The values a figure allows; an open end ('more than 99%') excludes the end itself."""

    low: float
    high: float
    open_low: bool = False
    open_high: bool = False


def meet(a, b, slack: float = SLACK) -> bool:
    """True when two intervals (or closed (low, high) pairs) have a value in common: a closed end
    within ``slack`` of the other interval, an open end strictly inside it."""
    a, b = Interval(*a), Interval(*b)
    return _not_above(a.low, b.high, a.open_low or b.open_high, slack) and _not_above(b.low, a.high, b.open_low or a.open_high, slack)


def _not_above(low: float, high: float, open_end: bool, slack: float) -> bool:
    return low < high if open_end else low <= high + slack


def bounds(rec: dict, decimals: int | None = None) -> tuple[float, float]:
    """The values a published figure allows, given its qualifier (see the module's docstring). With
    ``decimals``, an exact figure also allows half a unit of that decimal: a total printed to the unit
    holds any sum within 0.5 of it."""
    value, qualifier = rec["value"], rec["qualifier"]
    if qualifier == "rounded" and rec.get("precision"):
        return value - rec["precision"] / 2, value + rec["precision"] / 2
    if qualifier == "at_least":
        return value, INF
    if qualifier == "at_most":
        return -INF, value
    if qualifier == "approximate":
        return value * (1 - APPROXIMATE), value * (1 + APPROXIMATE)
    half = 0.0 if decimals is None else 0.5 * 10 ** -decimals
    return value - half, value + half


def percent_bounds(printed: str) -> Interval | None:
    """The values a printed percentage allows ('49.3%': 49.25 to 49.35; 'Less than 1%': below 1, not
    1 itself; 'about 67%': within 10% of 67), or None when it is no percentage."""
    parsed = parse_percent(printed)
    if parsed is None:
        return None
    kind, number = parsed
    if kind == "at_most":
        return Interval(-INF, number, open_high=True)
    if kind == "at_least":
        return Interval(number, INF, open_low=True)
    margin = APPROXIMATE * abs(number) if kind == "approximate" else 0.5 * 10 ** -decimals_of(printed)
    return Interval(number - margin, number + margin)


def _quotient(num: tuple[float, float], den: tuple[float, float]) -> tuple[float, float] | None:
    """The range of num / den x 100 for positive ranges; None when the denominator may be zero."""
    if den[0] <= 0:
        return None
    return num[0] / den[1] * 100, num[1] / den[0] * 100


def all_exact(*recs) -> bool:
    """True when every figure is exact: its interval is itself."""
    return all(r["qualifier"] == "exact" for r in recs)


def sum_bounds(recs) -> tuple[float, float]:
    """The range a sum of published figures may take."""
    ranges = [bounds(r) for r in recs]
    return sum(lo for lo, _ in ranges), sum(hi for _, hi in ranges)


def range_text(r: tuple[float, float]) -> str:
    """An interval in words: '47,150 to 47,250', '19,100 or more'."""
    if r[0] == r[1]:
        return written(r[0])
    if r[1] == INF:
        return f"{written(r[0])} or more"
    if r[0] == -INF:
        return f"{written(r[1])} or less"
    return f"{written(r[0])} to {written(r[1])}"


def judge(printed: str, computed: float | None, allowed: tuple[float, float] | None = None) -> tuple[str, float | None, str]:
    """(status, difference, note) for a printed percentage against a computed one.

    ``allowed`` is the range the computation allows when its inputs are rounded or bounded;
    the printed figure is then consistent when its own range meets it.
    """
    said = percent_bounds(printed)
    if computed is None or (isinstance(computed, float) and not math.isfinite(computed)):
        return "not_checkable", None, "nothing to compute it from"
    if said is None:
        return "not_checkable", None, f"'{printed}' is not a percentage"
    kind, number = parse_percent(printed)
    diff = computed - number
    low, high = allowed or (computed, computed)
    status = "consistent" if meet((low, high), said) else "discrepancy"
    widened = "" if allowed is None or low == high else f"; the rounding of the figures allows {low:.4g}% to {high:.4g}%"
    if kind == "at_most":
        return status, diff, f"the bound is < {number:g}%{widened}"
    if kind == "at_least":
        return status, diff, f"the bound is > {number:g}%{widened}"
    if kind == "approximate":
        return status, diff, f"stated as approximate: within {APPROXIMATE:.0%} of {number:g}%{widened}"
    tolerance = 0.5 * 10 ** -decimals_of(printed)
    return status, diff, ("" if status == "consistent" else f"off by {diff:+.4g} points; at most {tolerance:g} allowed{widened}")


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
    allowed = None if all_exact(*parts, *wholes) else _quotient(sum_bounds(parts), sum_bounds(wholes))
    return judge(printed, computed, allowed)


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
    ratio = None if all_exact(rec, prior) else _quotient(bounds(rec), bounds(prior))
    status, diff, note = judge(rec["published_change"], computed, ratio and (ratio[0] - 100, ratio[1] - 100))
    return computed, status, diff, note
