"""Write a frame as a rich table, CSV, TSV, JSON, JSON lines or Markdown.

Every writer takes the output stream as an argument. Machine formats carry full
precision with no digit grouping and no colour; human formats (table, markdown)
group digits in numbers, never in years or codes, and never cut a cell off.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import os
import textwrap

FORMATS = ("table", "csv", "tsv", "json", "jsonl", "markdown")
MACHINE = {"csv", "tsv", "json", "jsonl"}
SHORT_CELL = 24  # cells up to this long are kept on one line in tables


def default_format(stream) -> str:
    """A table on a terminal, CSV in a pipe or a file."""
    isatty = getattr(stream, "isatty", None)
    return "table" if isatty and isatty() else "csv"


def _number(x, decimals: int | None, grouped: bool) -> str:
    """Format a number exactly: with its published decimals, or the shortest exact form."""
    if isinstance(x, float) and not math.isfinite(x):
        return "n/a"
    sep = "," if grouped else ""
    if decimals is not None:
        return f"{x:{sep}.{decimals}f}"
    if isinstance(x, int) or float(x).is_integer():
        return f"{int(x):{sep}d}"
    text = repr(float(x))
    places = len(text.partition(".")[2]) if "e" not in text else 17
    return f"{x:{sep}.{places}f}"


WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def in_words(x: float) -> str | None:
    """645182937 -> '645.2 million'; None below a million."""
    for size, word in WORDS:
        if abs(x) >= size:
            return f"{x / size:,.1f} {word}"
    return None


def _cell(value, decimals, grouped: bool, human: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        if human and math.isfinite(value) and in_words(value):
            return in_words(value)
        return _number(value, decimals, grouped)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _json_value(value, decimals):
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        if (decimals in (None, 0)) and value.is_integer():
            return int(value)
        return round(value, decimals) if decimals else value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


class View:
    """What to show: a frame, which columns, and how to format them."""

    def __init__(self, frame, *, title=None, caption=None, decimals=None, headers=None, human_columns=None):
        self.frame = frame
        self.title = title
        self.caption = caption
        self.decimals = decimals or {}  # column -> name of a column holding its decimals
        self.headers = headers or {}  # column -> human header
        self.human_columns = human_columns  # columns shown in human formats (default: all)

    def rows(self, columns):
        hidden = [c for c in self.decimals.values() if isinstance(c, str) and c in self.frame.columns]
        for rec in self.frame.select(list(dict.fromkeys([*columns, *hidden]))).iter_rows(named=True):
            yield rec, {c: self._decimals(c, rec) for c in columns}

    def _decimals(self, column, rec):
        rule = self.decimals.get(column)
        return rec[rule] if isinstance(rule, str) else rule

    def machine_columns(self):
        hidden = {d for d in self.decimals.values() if isinstance(d, str)} - set(self.decimals)
        return [c for c in self.frame.columns if c not in hidden]


def write(view: View, fmt: str, out, *, width: int | None = None, human: bool = False) -> None:
    """Write ``view`` to ``out`` in format ``fmt``; ``human`` puts large figures in words (tables only)."""
    if fmt in ("csv", "tsv"):
        columns = view.machine_columns()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        for rec, dec in view.rows(columns):
            writer.writerow([_cell(rec[c], _exact(dec[c], c, view), False) for c in columns])
    elif fmt in ("json", "jsonl"):
        columns = view.machine_columns()
        items = ({c: _json_value(rec[c], _exact(dec[c], c, view)) for c in columns} for rec, dec in view.rows(columns))
        if fmt == "jsonl":
            for item in items:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
        else:
            json.dump(list(items), out, ensure_ascii=False, indent=2)
            out.write("\n")
    elif fmt == "markdown":
        columns = view.human_columns or view.frame.columns
        if view.title:
            out.write(f"**{view.title}**\n\n")
        out.write("| " + " | ".join(view.headers.get(c, c) for c in columns) + " |\n")
        out.write("|" + "|".join("---:" if _numeric(view, c) else "---" for c in columns) + "|\n")
        for rec, dec in view.rows(columns):
            out.write("| " + " | ".join(_cell(rec[c], dec[c], True, human).replace("|", "\\|") for c in columns) + " |\n")
        if view.caption:
            out.write(f"\n{view.caption}\n")
    else:
        _rich_table(view, out, width, human)


def _exact(decimals, column: str, view: View):
    """Machine formats keep full precision: only published decimals (a column rule) apply."""
    return decimals if isinstance(view.decimals.get(column), str) else None


def _numeric(view: View, column: str) -> bool:
    return view.frame.schema[column].is_numeric()


def wants_color(out) -> bool:
    """Colour only on a terminal, and never with NO_COLOR set."""
    return not os.environ.get("NO_COLOR") and bool(getattr(out, "isatty", None) and out.isatty())


def console_for(out, width: int | None = None):
    """A rich console on ``out``, coloured as :func:`wants_color` says."""
    from rich.console import Console

    no_color = not wants_color(out)
    return Console(file=out, width=width, no_color=no_color, highlight=False, soft_wrap=False,
                   color_system=None if no_color else "auto", emoji=False, markup=False)


def _rich_table(view: View, out, width: int | None, human: bool = False) -> None:
    """Title, table and caption; the table widens rather than cuts a column, the text wraps at the width."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    columns = view.human_columns or view.frame.columns
    table = Table(box=box.SIMPLE_HEAD)
    cells = [[_cell(rec[c], dec[c], True, human) for c in columns] for rec, dec in view.rows(columns)]
    for i, c in enumerate(columns):
        header = view.headers.get(c, c)
        longest = max([len(row[i]) for row in cells] + [max(map(len, header.split()), default=0)])
        if longest <= SHORT_CELL:  # keys, numbers, dates: never wrapped; a long header wraps near their width
            column_width = max(longest, min(len(header), longest + 6))
            table.add_column(textwrap.fill(header, column_width), justify="right" if _numeric(view, c) else "left",
                             no_wrap=True, min_width=column_width)
        else:
            table.add_column(header, overflow="fold", min_width=min(longest, 12))
    for row in cells:
        table.add_row(*row)
    text_console = console_for(out, width)
    needed = text_console.measure(table, options=text_console.options.update_width(10_000)).minimum
    table_console = console_for(out, needed) if needed > text_console.width else text_console
    blocks = []
    if view.title:
        blocks.append(_capture(text_console, Text(view.title, style="bold", overflow="fold")))
    blocks.append(_capture(table_console, table))
    if view.caption:
        blocks.append(_capture(text_console, Text(view.caption, overflow="fold")))
    out.write("\n\n".join(blocks) + "\n")


def _capture(console, renderable) -> str:
    """Render to text, trailing spaces and blank edge lines removed."""
    with console.capture() as captured:
        console.print(renderable)
    return "\n".join(line.rstrip() for line in captured.get().split("\n")).strip("\n")
