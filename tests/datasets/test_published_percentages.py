"""Check the dataset's published shares, rates and claims against an independent re-reading of the sources."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.datasets.expected_percentages import EXPECTED_PERCENTAGES
from tests.helpers import unknown_keys

KEY_COLUMNS = ("source", "metric", "period", "scope", "dimension", "member")
TEXT_COLUMNS = KEY_COLUMNS + ("locator", "published_share", "published_change", "claim")
SOURCES = sorted({e[0] for e in EXPECTED_PERCENTAGES})


def _id(exp: tuple) -> str:
    """Build a readable test id for one expectation."""
    source, locator, metric, period, scope, dimension, member, _share, _change, claim = exp
    where = f"{dimension}={member}" if dimension is not None else "total"
    kind = f"|claim={claim}" if claim is not None else ""
    return f"{source}|{locator}|{metric}|{period}|{scope}|{where}{kind}"


def _key(exp: tuple) -> tuple:
    """Return the identifying key (source, metric, period, scope, dimension, member) of an expectation."""
    source, _locator, metric, period, scope, dimension, member, _share, _change, _claim = exp
    return (source, metric, period, scope, dimension, member)


def _is_claim(exp: tuple) -> bool:
    """Tell whether the expectation is a claim."""
    return exp[9] is not None


def _text(value: object) -> str | None:
    """Return a cell as stripped text, or None for a null cell."""
    if value is None:
        return None
    return str(value).strip()


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    """Load the dataset and return all its rows as dicts with text columns stripped."""
    import ipr_stats

    frame = ipr_stats.load_dataset()
    found = frame.to_dicts()
    for row in found:
        for column in TEXT_COLUMNS:
            row[column] = _text(row.get(column))
    return found


def _matches(rows: list[dict], exp: tuple) -> list[dict]:
    """Return the rows of the expectation's claim-ness whose key columns equal its key."""
    key = tuple(_text(part) for part in _key(exp))
    claim = _is_claim(exp)
    return [
        row for row in rows
        if (row["claim"] is not None) == claim and tuple(row[c] for c in KEY_COLUMNS) == key
    ]


def _has_percentage(row: dict) -> bool:
    """Tell whether a row carries a published share or change."""
    return row["published_share"] is not None or row["published_change"] is not None


def test_expectations_are_unique():
    """Each expectation's key and claim-ness occur once in the table of expected percentages."""
    counts = Counter((_key(e), _is_claim(e)) for e in EXPECTED_PERCENTAGES)
    assert [k for k, n in counts.items() if n > 1] == []


def test_expectations_are_well_formed():
    """Every expectation uses declared keys, a canonical period label, a parseable percentage and a valid claim."""
    from ipr_stats.data.model import CLAIMS
    from ipr_stats.data.periods import parse_period
    from ipr_stats.data.printed import parse_percent

    problems = []
    for exp in EXPECTED_PERCENTAGES:
        _source, locator, metric, period, scope, dimension, member, share, change, claim = exp
        problems += [(_id(exp), field) for field in unknown_keys(metric, scope, dimension, member)]
        if parse_period(period).label != period:
            problems.append((_id(exp), "period"))
        if not locator:
            problems.append((_id(exp), "locator"))
        if share is None and change is None:
            problems.append((_id(exp), "no percentage"))
        for text in (share, change):
            if text is not None and parse_percent(text) is None:
                problems.append((_id(exp), f"percentage {text!r}"))
        if claim is not None and (claim not in CLAIMS or exp[7 if CLAIMS[claim] == "published_share" else 8] is None):
            problems.append((_id(exp), "claim"))
    assert problems == []


@pytest.mark.parametrize("exp", EXPECTED_PERCENTAGES, ids=[_id(e) for e in EXPECTED_PERCENTAGES])
def test_published_percentage(rows, exp):
    """The dataset holds exactly one row for the expectation, with its share, change, claim and locator."""
    _source, locator, _metric, _period, _scope, _dimension, _member, share, change, claim = exp
    found = _matches(rows, exp)
    assert len(found) == 1, f"expected one row for {_key(exp)} (claim={claim}), found {len(found)}: {found}"
    row = found[0]
    got = {c: row[c] for c in ("published_share", "published_change", "claim", "locator")}
    want = {"published_share": share, "published_change": change, "claim": claim, "locator": locator}
    assert got == want


@pytest.mark.parametrize("source", SOURCES)
def test_percentage_count_per_source(rows, source):
    """The dataset has as many rows with a published percentage for the source as the table expects."""
    with_pct = [row for row in rows if row["source"] == source and _has_percentage(row)]
    expected = [e for e in EXPECTED_PERCENTAGES if e[0] == source]
    wanted = {(tuple(_text(p) for p in _key(e)), _is_claim(e)) for e in expected}
    unmatched = [
        {c: row.get(c) for c in ("locator",) + KEY_COLUMNS + ("value", "published_share", "published_change", "claim")}
        for row in with_pct
        if (tuple(row[c] for c in KEY_COLUMNS), row["claim"] is not None) not in wanted
    ]
    missing = [_id(e) for e in expected if not any(_has_percentage(r) for r in _matches(with_pct, e))]
    assert len(with_pct) == len(expected), (
        f"{source}: {len(with_pct)} rows with a published percentage, {len(expected)} expected\n"
        f"rows not matched by an expectation: {unmatched}\n"
        f"expectations with no such row: {missing}"
    )
