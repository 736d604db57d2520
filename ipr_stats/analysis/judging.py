"""Whether printed figures agree: one interval rule for the audit, `share` and `table` alike.

Every figure counts as the interval its printing allows: an exact figure as printed, a rounded one
within half its last unit, a bound open on one side, an approximate one within 10%. A printed
percentage holds when its own interval (half a unit of its last digit) meets the interval the
figures allow. The rules are in docs/methodology.md, "Audit".
"""

from __future__ import annotations

import math

from ipr_stats.data.printed import decimals_of, parse_percent, written

APPROXIMATE = 0.10  # 'about', 'almost', 'around': consistent within 10% of the stated figure

RULE = ("A published figure with k decimals is consistent when it lies within half a unit of its last digit "
        "of the computed one (0.05 for '49.3%'); a bound must hold; 'about'/'almost' allow 10%.")

INF = float("inf")


def bounds(rec: dict) -> tuple[float, float]:
    """The values a published figure allows, given its qualifier (see the module's docstring)."""
    value, qualifier = rec["value"], rec["qualifier"]
    if qualifier == "rounded" and rec.get("precision"):
        return value - rec["precision"] / 2, value + rec["precision"] / 2
    if qualifier == "at_least":
        return value, INF
    if qualifier == "at_most":
        return -INF, value
    if qualifier == "approximate":
        return value * (1 - APPROXIMATE), value * (1 + APPROXIMATE)
    return value, value


def _quotient(num: tuple[float, float], den: tuple[float, float]) -> tuple[float, float] | None:
    """The range of num / den x 100 for positive ranges; None when the denominator may be zero."""
    if den[0] <= 0:
        return None
    return num[0] / den[1] * 100, num[1] / den[0] * 100


def _exact(*recs) -> bool:
    return all(r["qualifier"] == "exact" for r in recs)


def judge(printed: str, computed: float | None, allowed: tuple[float, float] | None = None) -> tuple[str, float | None, str]:
    """(status, difference, note) for a printed percentage against a computed one.

    ``allowed`` is the range the computation allows when its inputs are rounded or bounded;
    the printed figure is then consistent when its own range meets it.
    """
    parsed = parse_percent(printed)
    if computed is None or (isinstance(computed, float) and not math.isfinite(computed)):
        return "not_checkable", None, "nothing to compute it from"
    if parsed is None:
        return "not_checkable", None, f"'{printed}' is not a percentage"
    kind, number = parsed
    diff = computed - number
    low, high = allowed or (computed, computed)
    widened = "" if allowed is None or low == high else f"; the rounding of the figures allows {low:.4g}% to {high:.4g}%"
    if kind == "at_most":
        return ("consistent" if low < number else "discrepancy"), diff, f"the bound is < {number:g}%{widened}"
    if kind == "at_least":
        return ("consistent" if high > number else "discrepancy"), diff, f"the bound is > {number:g}%{widened}"
    if kind == "approximate":
        margin = APPROXIMATE * abs(number)
        ok = low <= number + margin and high >= number - margin
        return ("consistent" if ok else "discrepancy"), diff, f"stated as approximate: within {APPROXIMATE:.0%} of {number:g}%{widened}"
    tolerance = 0.5 * 10 ** -decimals_of(printed)
    ok = low <= number + tolerance + 1e-9 and high >= number - tolerance - 1e-9
    return ("consistent" if ok else "discrepancy"), diff, ("" if ok else f"off by {diff:+.4g} points; at most {tolerance:g} allowed{widened}")


def judge_number(published: float, qualifier: str, computed: float, decimals: int = 0, precision: float | None = None):
    """(status, difference, note) for a published number against one computed from other figures."""
    diff = computed - published
    if qualifier == "at_least":
        return ("consistent" if computed >= published else "discrepancy"), diff, "the published figure is a lower bound"
    if qualifier == "at_most":
        return ("consistent" if computed <= published else "discrepancy"), diff, "the published figure is an upper bound"
    if qualifier == "approximate":
        ok = abs(diff) <= APPROXIMATE * abs(published)
        return ("consistent" if ok else "discrepancy"), diff, f"approximate: within {APPROXIMATE:.0%}"
    tolerance = (precision or 10 ** -decimals) / 2
    ok = abs(diff) <= tolerance + 1e-9
    return ("consistent" if ok else "discrepancy"), diff, ("" if ok else f"off by {diff:+,.2f}; at most {tolerance:g} allowed")


def _sum_bounds(recs) -> tuple[float, float]:
    """The range a sum of published figures may take."""
    ranges = [bounds(r) for r in recs]
    return sum(lo for lo, _ in ranges), sum(hi for _, hi in ranges)


def judge_ranges(computed: tuple[float, float], published: tuple[float, float], difference: float | None, tolerance: float = 1e-9):
    """(status, difference, note): consistent when the two ranges meet."""
    ok = computed[0] <= published[1] + tolerance and computed[1] >= published[0] - tolerance
    return ("consistent" if ok else "discrepancy"), difference, ("" if ok else
            f"the figures allow {_range(computed)}, the published one {_range(published)}")


def _range(r: tuple[float, float]) -> str:
    if r[0] == r[1]:
        return written(r[0])
    if r[1] == INF:
        return f"{written(r[0])} or more"
    if r[0] == -INF:
        return f"{written(r[1])} or less"
    return f"{written(r[0])} to {written(r[1])}"


def share_verdict(rec: dict, total: dict | None) -> tuple[str, float | None, str]:
    """(status, difference, note) for the share a source printed beside a figure, against the figure
    over the source's total: the audit's rule, which `share` and `table` show too."""
    if total is None:
        return "not_checkable", None, "no published total in this source"
    computed = rec["value"] / total["value"] * 100
    return judge(rec["published_share"], computed, None if _exact(rec, total) else _quotient(bounds(rec), bounds(total)))
