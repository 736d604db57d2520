"""Notes on a series: what a reader of a metric's figures for a scope and period should know
(a campaign, a surge in one channel, a change of basis), written as data in a dataset file with the
source and locator that support it.

A file's ``series_notes`` is a list of ``{metric, scope, period, locator, note}``; scope defaults to
the national one. A note concerns every figure of its metric and scope whose period lies within its own:
a note on 2009 concerns 2009 and 2009-H2 alike; a note on 2019-H1 concerns 2019-H1, not the year 2019.
"""

from __future__ import annotations

from ipr_stats.data import vocabulary as v
from ipr_stats.data.periods import PeriodError, parse_period
from ipr_stats.errors import Problem

FIELDS = {"metric": True, "scope": False, "period": True, "locator": True, "note": True}

EXPECTED = '{metric: batches, scope: national, period: "2009", locator: para 2, note: text}, each text'


def validate_series_notes(raw, file: str, vocab) -> tuple[list[dict], list[Problem]]:
    """A file's ``series_notes`` -> (notes, problems); each note with its period's kind, start and end
    (ISO dates, so that a note travels in the source list as it is)."""
    if raw is None:
        return [], []
    if not isinstance(raw, list):
        return [], [Problem(file, "series_notes", "", "series_notes", repr(raw), f"a list of {EXPECTED}")]
    notes, problems = [], []
    for i, entry in enumerate(raw):
        where = f"series_notes[{i}]"
        fields = entry if isinstance(entry, dict) else {}
        if (not isinstance(entry, dict) or set(fields) - set(FIELDS) or any(need and not fields.get(name) for name, need in FIELDS.items())
                or not all(isinstance(value, str) for value in fields.values())):
            problems.append(Problem(file, where, "", "series note", repr(entry), EXPECTED))
            continue
        scope = fields.get("scope") or v.DEFAULT_SCOPE
        if fields["metric"] not in vocab.metrics:
            problems.append(Problem(file, where, "", "metric", repr(fields["metric"]), "a metric key (ipr-stats metrics)"))
            continue
        if scope not in vocab.scopes:
            problems.append(Problem(file, where, "", "scope", repr(scope), "a scope key (ipr-stats coverage --list)"))
            continue
        try:
            period = parse_period(fields["period"])
        except PeriodError as exc:
            problems.append(Problem(file, where, "", "period", repr(fields["period"]), str(exc)))
            continue
        notes.append({"metric": fields["metric"], "scope": scope, "period": period.label, "period_kind": period.kind,
                      "start": None if period.start is None else period.start.isoformat(), "end": period.end.isoformat(),
                      "locator": fields["locator"], "note": " ".join(fields["note"].split())})
    return notes, problems


def series_notes(sources) -> list[dict]:
    """Every note of every source, each with its ``source`` id."""
    return [{**note, "source": s["id"]} for s in sources for note in s.get("series_notes") or ()]


def _iso(day):
    return None if day is None else day if isinstance(day, str) else day.isoformat()


def notes_on(notes, metric: str, scope: str, start, end) -> list[dict]:
    """The notes that concern a figure of ``metric`` and ``scope`` over ``start``..``end`` (dates or ISO
    text; a start of None is open): those whose own period holds it."""
    start, end = _iso(start), _iso(end)
    return [n for n in notes if n["metric"] == metric and n["scope"] == scope and end is not None and n["end"] >= end
            and (n["start"] is None or (start is not None and n["start"] <= start))]


def notes_within(notes, metric: str, scope: str, start, end) -> list[dict]:
    """The notes on ``metric`` and ``scope`` whose period lies inside ``start``..``end`` (a growth over years
    spans them)."""
    start, end = _iso(start), _iso(end)
    return [n for n in notes if n["metric"] == metric and n["scope"] == scope and n["start"] is not None
            and n["start"] >= start and n["end"] <= end]


def note_text(note: dict) -> str:
    """A note as one line: its period, its words and where they are supported."""
    return f"{note['period']}: {note['note']} ({note['source']}, {note['locator']})"
