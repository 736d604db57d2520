"""Fit a table to the width of a terminal: which columns to show, and how wide each is.

A table that fits is left as it is. One that does not is fitted in steps, each taken
only while the table is still too wide:

1. empty columns are dropped (they say nothing);
2. a column with the same value on every row (a unit, a qualifier, a source) moves
   into a line below the table;
3. free text (notes, subjects, titles, names) wraps at its spaces, down to its
   longest word; a long address folds;
4. long headers are shortened (``published`` -> ``publ.``);
5. the columns a command marks optional are left out, in its order, then others from
   the right, and a line says which ("2 columns left out: source, locator; --format csv
   shows all"). A column the user asked for (``kept``: --cite's source and locator) is
   never left out.

A key or a number is never split: such a column is always as wide as its widest cell.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

SHORT_HEADERS = {"published": "publ.", "difference": "diff.", "versions": "vers.", "qualifier": "qual.",
                 "preferred": "pref.", "language": "lang.", "computed": "comp.", "addresses": "addr."}

SHORT_TEXT = 24  # text up to this many cells (a name) keeps its line while longer text can wrap instead

HEADER_SLACK = 6

FOLD_MIN = 24  # an address (no spaces) folds down to this width as a last resort before columns are left out


def cells(text: str) -> int:
    """Terminal cells taken by ``text``: two for a wide (Chinese) character."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _unbreakable(word: str) -> int:
    """Cells of the longest part of a word that cannot be broken: Chinese text may break between any two characters."""
    runs = re.split(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]", word)
    return max(max(cells(r) for r in runs), 2 if len(runs) > 1 else 0)


def overhead(count: int) -> int:
    """Cells the table's edge, padding and separators take besides its columns' widths (its right edge is a space, never printed)."""
    return 3 * count


@dataclass
class Column:
    key: str
    header: str
    cells: list[str]
    numeric: bool = False
    width: int = 0
    wraps: bool = False  # free text: may wrap at spaces
    folds: bool = False  # an address with no spaces: may fold as a last resort

    def __post_init__(self):
        self.full_header = self.header
        self.widest = max([cells(c) for c in self.cells] + [0])
        # a header a little longer than the cells keeps its line; a much longer one wraps near their width
        self.natural = max(self.widest, min(cells(self.header), self.widest + HEADER_SLACK), self.header_minimum())
        self.wraps = not self.numeric and any(" " in c for c in self.cells)
        self.folds = not self.numeric and not self.wraps and any(c.startswith(("http://", "https://")) for c in self.cells)
        self.width = self.natural

    def header_minimum(self) -> int:
        return max((cells(w) for w in self.header.split()), default=0)

    def minimum(self) -> int:
        """The narrowest this column may be: its longest word when it wraps, else its widest cell."""
        header = self.header_minimum()
        if self.wraps:  # an address among the words folds, as an address column does (a source's card holds both)
            return max([min(FOLD_MIN, cells(w)) if w.startswith(("http://", "https://")) else _unbreakable(w)
                        for c in self.cells for w in c.split()] + [header])
        if self.folds:
            return max(min(FOLD_MIN, self.natural), header)
        return max([cells(c) for c in self.cells] + [header])

    def empty(self) -> bool:
        return all(c == "" for c in self.cells)


@dataclass
class Plan:
    columns: list[Column]
    constant: list[tuple[str, str]] = field(default_factory=list)  # (header, value) moved below the table
    left_out: list[str] = field(default_factory=list)  # headers of columns not shown

    def width(self) -> int:
        return sum(c.width for c in self.columns) + overhead(len(self.columns))

    def notes(self, lang: str = "en") -> list[str]:
        from ipr_stats.data.chinese import LEFT_OUT, SAME_ON_EVERY_ROW

        lines = []
        if self.constant:
            same = "; ".join(f"{h}: {v}" for h, v in self.constant)
            lines.append(SAME_ON_EVERY_ROW.format(same=same) if lang == "zh" else f"On every row, {same}.")
        if self.left_out:
            count, names = len(self.left_out), ", ".join(self.left_out)
            lines.append(LEFT_OUT.format(count=count, names=names) if lang == "zh" else
                         f"{count} column{'s' * (count > 1)} left out ({names}); --format csv shows all.")
        return lines


def fit(columns: list[Column], width: int | None, optional=(), kept=()) -> Plan:
    """The plan that fits ``columns`` into ``width`` cells, by the steps of this module's docstring."""
    plan = Plan(list(columns))
    if width is None or plan.width() <= width:
        return plan
    plan.columns = [c for c in plan.columns if not c.empty()] or plan.columns[:1]
    rows = len(plan.columns[0].cells) if plan.columns else 0
    if plan.width() > width and rows > 1:
        for column in list(plan.columns[1:]):
            values = set(column.cells)
            if not column.numeric and len(values) == 1 and "" not in values:
                plan.columns.remove(column)
                plan.constant.append((column.header, column.cells[0]))
    _narrow(plan, width)
    if plan.width() > width:  # headers wrap at their words, then long words are abbreviated
        for column in plan.columns:
            short = SHORT_HEADERS.get(column.header)
            if short and column.header_minimum() > column.widest:
                column.header = short
            column.natural = max(column.widest, column.header_minimum())
            column.width = min(column.width, column.natural)
        _narrow(plan, width)
    last_resort = [c.key for c in reversed(plan.columns[1:]) if c.key not in optional and c.key not in kept]
    for key in [*(k for k in optional if k not in kept), *last_resort]:
        if plan.width() <= width:
            break
        hit = next((c for c in plan.columns[1:] if c.key == key), None)
        if hit:
            plan.columns.remove(hit)
            plan.left_out.append(hit.full_header)
            for column in plan.columns:  # room regained goes back to the text that wrapped
                column.width = column.natural
            _narrow(plan, width)
    return plan


def _narrow(plan: Plan, width: int) -> None:
    """Narrow the wrapping columns, the widest first, until the plan fits or none can give more: long text
    (beyond SHORT_TEXT cells) first, then short text such as names; addresses fold last."""
    for kind, longest in (("wraps", SHORT_TEXT), ("wraps", 0), ("folds", 0)):
        while plan.width() > width:
            candidates = [c for c in plan.columns if getattr(c, kind) and c.natural > longest and c.width > c.minimum()]
            if not candidates:
                break
            widest = max(candidates, key=lambda c: c.width)
            widest.width -= 1
