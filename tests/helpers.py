"""What the tests share besides fixtures: small frames built through the real record-checking path, the
expectations the analytics tests compare them with, and a stream that says it is a terminal."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re

import polars as pl
from hypothesis import HealthCheck, settings
from polars.testing import assert_frame_equal

from ipr_stats.data.frame import to_frame
from ipr_stats.data.members import MEMBERS
from ipr_stats.data.model import validate_figure
from ipr_stats.data.vocabulary import Vocabulary

DEFAULTS = {"locator": "T1", "source": "test"}
ORIGIN = {"source_kind": "official", "stage": "final", "source_date": "2010"}  # the source block's fields a row carries
FILE = "test.yaml"


def make_rows(records: list[dict]) -> list[dict]:
    """Check short record dicts as dataset.validate_document does and return the canonical rows.

    Each dict may carry ``source`` (default "test") and the source's ``source_kind``,
    ``stage`` and ``source_date`` (defaults in ORIGIN) beside the record fields;
    ``locator`` defaults to "T1". A record that fails checking raises AssertionError
    with the problems, so a typo in a test never builds a silently different frame.
    """
    vocab = Vocabulary()
    rows = []
    for i, short in enumerate(records):
        raw = {**DEFAULTS, **short}
        source = raw.pop("source")
        origin = {k: raw.pop(k, default) for k, default in ORIGIN.items()}
        where = f"records[{i}]"
        rec, problems = validate_figure(raw, vocab, where, FILE)
        assert rec is not None, "\n".join(str(p) for p in problems)
        rec.update(source=source, unit=vocab.metrics[rec["metric"]][0], scope_kind=vocab.scopes[rec["scope"]][0],
                   file=FILE, where=where, **origin)
        rows.append(rec)
    return rows


def make_frame(records: list[dict]):
    """A frame with dataset.COLUMNS built from short record dicts, e.g. {"metric": "batches", "period": "2007", "value": 10}."""
    return to_frame(make_rows(records))


class Terminal(io.StringIO):
    """An output stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


# The small frames and expectations the analytics tests share.

S, F, I64 = pl.String, pl.Float64, pl.Int64

PROPERTY = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NO_LIKE = "no like period a year before or after has a figure, and no published rate implies one"

IMPLIED = "earlier value implied by the published rate, not published"

ZERO = "n/a: the earlier value is zero"

YOY_COLUMNS = ["metric", "unit", "scope", "dimension", "member", "from_period", "from_value", "from_status", "to_period",
               "to_value", "change", "change_pct", "published_change", "qualifier", "from_source", "from_locator",
               "source", "locator", "note", "from_versions", "to_versions", "verdict", "verdict_note", "notes"]

NC_COLUMNS = ["period", "period_kind", "scope", "dimension", "member", "value", "qualifier", "source", "locator", "reason"]


def batches(period: str, value, **extra) -> dict:
    """A national batches record for one period."""
    return {"metric": "batches", "period": period, "value": value, **extra}


def expected(schema: dict, rows: list[tuple]) -> pl.DataFrame:
    """A frame with exactly these columns and types, one tuple per row."""
    return pl.DataFrame(rows, schema=schema, orient="row")


def check(actual: pl.DataFrame, want: pl.DataFrame, **kwargs) -> None:
    """assert_frame_equal on the columns of ``want`` only."""
    assert_frame_equal(actual.select(want.columns), want, **kwargs)


def bound_reason(qualifier: str) -> str:
    """The reason not_compared gives for a bound or an approximation."""
    return f"the figure is {qualifier}: a bound or an approximation, not a count to subtract"


TRANSPORT = {"metric": "batches", "period": "2008", "dimension": "transport", "breakdown": "complete"}

CUSTOMS = {"metric": "batches", "period": "2008", "dimension": "customs", "breakdown": "top_n_plus_remainder"}

TOP_SCHEMA = {"dimension": S, "rank": I64, "member": S, "member_kind": S, "value": F, "share_pct": F, "share_base": S}


def customs_frame(total=None, total_source="test") -> pl.DataFrame:
    """Four customs districts (two tied), an Others row and a group row, with an optional national total."""
    records = [
        {**CUSTOMS, "member": "beijing", "value": 30},
        {**CUSTOMS, "member": "shanghai", "value": 50},
        {**CUSTOMS, "member": "others", "value": 70},
        {**CUSTOMS, "member": "guangzhou", "value": 50},
        {**CUSTOMS, "member": "top10_batches_2008", "value": 130},
        {**CUSTOMS, "member": "hangzhou", "value": 10},
    ]
    if total is not None:
        records.append(batches("2008", total, locator="Table 1", source=total_source))
    return make_frame(records)


CATEGORY_ENTITIES = [k for k, (_n, kind, _a) in MEMBERS["category"].items() if kind == "entity"]

CUSTOMS_ENTITIES = [k for k, (_n, kind, _a) in MEMBERS["customs"].items() if kind == "entity"]


# Case logs (--records) the records tests write.

FIELDS = ["date", "customs", "transport", "category", "ip_type", "origin", "direction", "enforcement", "quantity", "value"]


def random_records(n: int, seed: int = 1) -> list[dict]:
    """n random rows of a case log (--records) over 2022-2024 (Python's random, seeded)."""
    rng = random.Random(seed)
    first = dt.date(2022, 1, 1)
    rows = []
    for _ in range(n):
        rows.append({
            "date": (first + dt.timedelta(days=rng.randrange(3 * 365))).isoformat(),
            "customs": rng.choice(["Shenzhen", "Guangzhou Customs", "广州", "Dalian", "ningbo", ""]),
            "transport": rng.choice(["post", "express", "sea"]),
            "category": rng.choice(["Clothing", "Shoes"]),
            "ip_type": rng.choice(["trademark", "patent"]),
            "origin": rng.choice(["us", "UK", "Brazil"]),
            "direction": rng.choice(["export", "import"]),
            "enforcement": rng.choice(["application", "ex officio"]),
            "quantity": rng.randrange(0, 5000),
            "value": f"{rng.randrange(0, 10_000_000) / 100:.2f}",
        })
    return rows


def write_csv(path, rows, fields=FIELDS):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_parquet(path, rows):
    frame = pl.DataFrame(rows).with_columns(pl.col("date").str.to_date(), pl.col("value").cast(pl.Float64))
    frame.write_parquet(path)
    return path


# Markdown output, read back strictly.

_CELLS = re.compile(r"(?<!\\)\|")
_ALIGNMENT = re.compile(r"\|(?:---:?\|)+")
_GROUPED = re.compile(r"-?\d{1,3}(?:,\d{3})*(?:\.\d+)?")  # a number as tables print it: 7,456 and 49,224,552.93
NAMED_FOR_PEOPLE = {"scope", "qualifier", "dimension"}  # columns Markdown shows by name ("China (national)", "about"), CSV by key


def markdown_table(text: str) -> tuple[list[str], list[str], list[list[str]]]:
    """The header, the alignments ('left' or 'right') and the rows of cells (unescaped) of the one pipe table in
    ``text``, which may have a bold title before it and a caption after it, each set off by a blank line.
    Fails on anything else: a row with a cell too many or too few, an unescaped '|' in a cell, a line break in one."""
    lines = text.split("\n")
    if lines[0].startswith("**"):
        assert lines[0].endswith("**") and lines[1] == "", text[:200]
        lines = lines[2:]
    end = lines.index("")
    table, rest = lines[:end], lines[end:]
    assert rest == [""] or (rest[1] and rest[-1] == ""), f"after the table, a blank line and a caption: {rest[:3]}"
    assert not any(line.startswith("|") for line in rest), f"a table row after the table ends: {rest[:3]}"
    assert len(table) >= 2, text[:200]

    def cells(line: str) -> list[str]:
        assert line.startswith("| ") and line.endswith(" |"), f"not a table row: {line!r}"
        found = _CELLS.split(line[1:-1])
        assert all(c.startswith(" ") and c.endswith(" ") for c in found), f"a cell not set off by spaces: {line!r}"
        return [c[1:-1].replace("\\|", "|") for c in found]

    header = cells(table[0])
    assert all(header) and len(set(header)) == len(header), f"headers must be unique and not empty: {header}"
    assert _ALIGNMENT.fullmatch(table[1]), f"not a |---|---:| row: {table[1]!r}"
    alignments = ["right" if a.endswith(":") else "left" for a in table[1][1:-1].split("|")]
    assert len(alignments) == len(header), (header, table[1])
    rows = [cells(line) for line in table[2:]]
    assert all(len(row) == len(header) for row in rows), [r for r in rows if len(r) != len(header)][:2]
    return header, alignments, rows


def check_markdown(markdown: str, machine: str) -> None:
    """Markdown is one pipe table with the rows of the CSV ``machine`` in its order: numbers aligned right and grouped
    (never in a year), equal to the CSV's; text columns named as CSV columns hold the CSV's text."""
    header, alignments, rows = markdown_table(markdown)
    want = list(csv.DictReader(io.StringIO(machine)))
    assert len(rows) == len(want) > 0, (len(rows), len(want))
    if "value" in header:
        assert alignments[header.index("value")] == "right", (header, alignments)
    for i, (name, alignment) in enumerate(zip(header, alignments)):
        column = [row[i] for row in rows]
        if alignment == "right":
            years = "year" in name.casefold() and all(re.fullmatch(r"\d{4}", cell) for cell in column)  # '2008', never '2,008'
            assert years or all(cell in ("", "n/a") or _GROUPED.fullmatch(cell) for cell in column), (name, column[:5])
        if name in want[0] and name not in NAMED_FOR_PEOPLE:
            expected = [row[name] for row in want]
            if alignment == "right":  # the CSV's full precision, rounded to the decimals Markdown shows
                column = [c.replace(",", "") for c in column]
                expected = [_shown_as(e, c) for e, c in zip(expected, column)]
            assert column == expected, (name, column[:5], expected[:5])


def _shown_as(exact: str, shown: str) -> str:
    """The CSV's number ``exact`` with as many decimals as ``shown`` has."""
    if not exact or shown in ("", "n/a"):
        return exact
    text = f"{float(exact):.{len(shown.partition('.')[2])}f}"
    return text[1:] if text.startswith("-") and not text.strip("-0.") else text  # tables never print "-0.0"


def unknown_keys(metric, scope, dimension, member) -> list[str]:
    """The fields of an expected figure (a second reading of a source) whose key the vocabulary does not hold."""
    from ipr_stats.data.vocabulary import DIMENSIONS, METRICS, SCOPES

    found = [field for field, key, known in (("metric", metric, METRICS), ("scope", scope, SCOPES)) if key not in known]
    if (dimension is None) != (member is None) or (dimension is not None and (
            dimension not in DIMENSIONS or member not in MEMBERS[DIMENSIONS[dimension][1]])):
        found.append("dimension/member")
    return found
