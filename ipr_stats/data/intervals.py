"""The values a printed figure or percentage allows: the interval every check and the choice of versions
reason with.

An exact figure allows itself; a rounded one half a unit of its last printed digit either side; a bound is
open on one side; an approximate figure ('about', 'nearly') allows 10% either side. A percentage allows half
a unit of its last digit ('49.3%': 49.25 to 49.35), or is open on one side ('Less than 1%').

Some administrations print by truncation, not rounding: China Customs' 万 figures and percentages drop the
digits they do not show (62,154 batches printed as 6.21万). A relay may have rounded them again, so a figure
or percentage of such an administration allows both readings: from half a unit below the printed figure
(rounding) to a whole unit above it (truncation); a percentage's magnitude likewise. The rules are in
docs/methodology.md, "Audit".
"""

from __future__ import annotations

from typing import NamedTuple

from ipr_stats.data.printed import decimals_of, parse_percent
from ipr_stats.data.vocabulary import administration_of

APPROXIMATE = 0.10  # 'about', 'almost', 'around': consistent within 10% of the stated figure

INF = float("inf")

SLACK = 1e-9  # how far a closed end may miss: decimal figures held as binary fractions

TRUNCATING = ("china",)  # administrations whose own figures and percentages are printed truncated


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


def truncates(rec: dict) -> bool:
    """True when the figure's administration prints its figures and percentages truncated (TRUNCATING); a
    figure with no scope (one made by hand) is taken as rounded."""
    return rec.get("scope") is not None and administration_of(rec["scope"]) in TRUNCATING


def bounds(rec: dict, decimals: int | None = None) -> tuple[float, float]:
    """The values a published figure allows, given its qualifier (see the module's docstring). With
    ``decimals``, an exact figure also allows half a unit of that decimal: a total printed to the unit
    holds any sum within 0.5 of it."""
    value, qualifier = rec["value"], rec["qualifier"]
    if qualifier == "rounded" and rec.get("precision"):
        unit = rec["precision"]
        return value - unit / 2, value + (unit if truncates(rec) else unit / 2)
    if qualifier == "at_least":
        return value, INF
    if qualifier == "at_most":
        return -INF, value
    if qualifier == "approximate":
        return value * (1 - APPROXIMATE), value * (1 + APPROXIMATE)
    half = 0.0 if decimals is None else 0.5 * 10 ** -decimals
    return value - half, value + half


def percent_bounds(printed: str, truncated: bool = False) -> Interval | None:
    """The values a printed percentage allows ('49.3%': 49.25 to 49.35; 'Less than 1%': below 1, not
    1 itself; 'about 67%': within 10% of 67), or None when it is no percentage. ``truncated``: printed by
    an administration that truncates, so that its magnitude may also be up to a whole unit larger."""
    parsed = parse_percent(printed)
    if parsed is None:
        return None
    kind, number = parsed
    if kind == "at_most":
        return Interval(-INF, number, open_high=True)
    if kind == "at_least":
        return Interval(number, INF, open_low=True)
    if kind == "approximate":
        margin = APPROXIMATE * abs(number)
        return Interval(number - margin, number + margin)
    unit = 10 ** -decimals_of(printed)
    beyond = unit if truncated else unit / 2  # away from zero: a truncated magnitude lost up to a whole unit
    return Interval(number - unit / 2, number + beyond) if number >= 0 else Interval(number - beyond, number + unit / 2)


def quotient(num: tuple[float, float], den: tuple[float, float]) -> tuple[float, float] | None:
    """The range of num / den x 100 for positive ranges; None when the denominator may be zero."""
    if den[0] <= 0:
        return None
    return num[0] / den[1] * 100, num[1] / den[0] * 100


def change_range(rec: dict, prior: dict) -> tuple[float, float] | None:
    """The changes in % from ``prior`` to ``rec`` that their printings allow, or None from zero."""
    ratio = quotient(bounds(rec), bounds(prior))
    return None if ratio is None else (ratio[0] - 100, ratio[1] - 100)


def all_exact(*recs) -> bool:
    """True when every figure is exact: its interval is itself."""
    return all(r["qualifier"] == "exact" for r in recs)


def sum_bounds(recs) -> tuple[float, float]:
    """The range a sum of published figures may take."""
    ranges = [bounds(r) for r in recs]
    return sum(lo for lo, _ in ranges), sum(hi for _, hi in ranges)
