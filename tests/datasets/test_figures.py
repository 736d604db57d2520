"""Check the bundled dataset against an independent re-reading of the sources."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.datasets.expected_figures import EXPECTED
from tests.helpers import unknown_keys

KEY_COLUMNS = ("source", "metric", "period", "scope", "dimension", "member")
SOURCES = sorted({e[0] for e in EXPECTED})


def _id(exp: tuple) -> str:
    """Build a readable test id for one expectation."""
    source, locator, metric, period, scope, dimension, member, value, qualifier = exp
    where = f"{dimension}={member}" if dimension is not None else "total"
    return f"{source}|{locator}|{metric}|{period}|{scope}|{where}"


def _key(exp: tuple) -> tuple:
    """Return the identifying key (source, metric, period, scope, dimension, member) of an expectation."""
    source, _locator, metric, period, scope, dimension, member, _value, _qualifier = exp
    return (source, metric, period, scope, dimension, member)


def _text(value: object) -> str | None:
    """Return a cell as stripped text, or None for a null cell."""
    if value is None:
        return None
    return str(value).strip()


def _qualifier(row: dict) -> str | None:
    """Return the row's qualifier as the expectations write it, from the frame's qualifier and precision columns:
    'kind', or 'rounded:P'; a precision on any other qualifier, or a rounded figure without one, shows in the result."""
    qual, precision = _text(row["qualifier"]), row["precision"]
    if precision is None:
        return qual if qual != "rounded" else "rounded:(no precision)"
    return f"{qual}:{int(precision) if float(precision).is_integer() else precision}"


@pytest.fixture(scope="module")
def figures() -> list[dict]:
    """Load the dataset and return its figure rows (value not null) as dicts."""
    import ipr_stats

    frame = ipr_stats.load_dataset()
    rows = frame.filter(frame["value"].is_not_null()).to_dicts()
    for row in rows:
        for column in KEY_COLUMNS + ("locator",):
            row[column] = _text(row[column])
    return rows


def _matches(rows: list[dict], exp: tuple) -> list[dict]:
    """Return the rows whose key columns equal the expectation's key."""
    key = tuple(_text(part) for part in _key(exp))
    return [row for row in rows if tuple(row[c] for c in KEY_COLUMNS) == key]


def test_expectations_are_unique():
    """Each expectation's key occurs once in the table of expected figures."""
    counts = Counter(_key(e) for e in EXPECTED)
    assert [k for k, n in counts.items() if n > 1] == []


def test_expectations_use_declared_keys():
    """Every metric, scope, dimension, member and period label in the table is valid."""
    from ipr_stats.data.periods import parse_period

    problems = []
    for exp in EXPECTED:
        _source, _locator, metric, period, scope, dimension, member, value, qualifier = exp
        problems += [(_id(exp), field) for field in unknown_keys(metric, scope, dimension, member)]
        parse_period(period)
        kind = qualifier.split(":")[0]
        if kind not in ("exact", "approximate", "at_least", "at_most", "rounded"):
            problems.append((_id(exp), "qualifier"))
        if not isinstance(value, (int, float)):
            problems.append((_id(exp), "value"))
    assert problems == []


@pytest.mark.parametrize("exp", EXPECTED, ids=[_id(e) for e in EXPECTED])
def test_figure(figures, exp):
    """The dataset holds exactly one row for the figure, with its value, qualifier and locator."""
    _source, locator, _metric, _period, _scope, _dimension, _member, value, qualifier = exp
    found = _matches(figures, exp)
    assert len(found) == 1, f"expected one row for {_key(exp)}, found {len(found)}: {found}"
    row = found[0]
    if isinstance(value, float) and not value.is_integer():
        assert row["value"] == pytest.approx(value, abs=0.005)
    else:
        assert row["value"] == float(value)
    assert _qualifier(row) == qualifier
    if locator is not None:
        assert row["locator"] == locator


@pytest.mark.parametrize("source", SOURCES)
def test_figure_count_per_source(figures, source):
    """The dataset has as many figures for the source as the table expects, no more and no fewer."""
    rows = [row for row in figures if row["source"] == source]
    expected = [e for e in EXPECTED if e[0] == source]
    keys = {tuple(_text(part) for part in _key(e)) for e in expected}
    uncovered = [
        {c: row.get(c) for c in ("locator",) + KEY_COLUMNS + ("value", "qualifier")}
        for row in rows
        if tuple(row[c] for c in KEY_COLUMNS) not in keys
    ]
    missing = [_id(e) for e in expected if not _matches(rows, e)]
    counts = Counter(tuple(row[c] for c in KEY_COLUMNS) for row in rows)
    duplicated = [key for key, n in counts.items() if n > 1]
    assert len(rows) == len(expected), (
        f"{source}: {len(rows)} figure rows, {len(expected)} expected\n"
        f"rows not covered by an expectation: {uncovered}\n"
        f"expectations with no row: {missing}\n"
        f"keys held by more than one row: {duplicated}"
    )
