"""Write a frame as a rich table, CSV, TSV, JSON, JSON lines or Markdown.

Every writer takes the output stream as an argument. Machine formats carry full
precision with no digit grouping and no colour; human formats (table, markdown)
group digits in numbers, never in years or codes, and never cut a cell off. Human formats show
every text, headers, title and caption included, through errors.visible: a control character from
the input is written out, never sent to the terminal; machine formats keep the data as it is.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import os

from ipr_stats.cli.pager import is_terminal
from ipr_stats.errors import visible


def default_format(stream) -> str:
    """A table on a terminal, CSV in a pipe or a file."""
    return "table" if is_terminal(stream) else "csv"


def _number(x, decimals: int | None, grouped: bool) -> str:
    """Format a number exactly: with its published decimals, or the shortest exact form."""
    if isinstance(x, float) and not math.isfinite(x):
        return "n/a"
    sep = "," if grouped else ""
    if decimals is not None:
        text = f"{x:{sep}.{decimals}f}"
    elif isinstance(x, int) or float(x).is_integer():
        text = f"{int(x):{sep}d}"
    else:
        places = len(repr(float(x)).partition(".")[2]) if "e" not in repr(float(x)) else 17
        text = f"{x:{sep}.{places}f}"
    return text[1:] if text.startswith("-") and not text.strip("-0.,") else text  # never "-0.0"


def _cell(value, decimals, grouped: bool, human: bool = False, qualifier: str | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        if human and math.isfinite(value):
            from ipr_stats.data.printed import in_words  # --human only: the module reads printed numbers too

            if in_words(value):
                return in_words(value, qualifier)
        return _number(value, decimals, grouped)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
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
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):  # an SQL query's difference of dates: as the csv writes it
        return str(value)
    return value


class View:
    """What to show: a frame, which columns, and how to format them.

    ``optional``: the columns a table may leave out when it cannot fit the terminal, the first to go first;
    ``kept``: the columns the user asked for (``--cite``'s source and locator): never left out, whatever the width;
    ``heading``: the columns that head each row when a table that cannot fit is printed as one block per row.
    ``figures``: text columns that hold figures already written out (">19,100"), aligned right as numbers are.
    A column ``_shown_X`` (see :mod:`ipr_stats.cli.names`) is what tables show in place of ``X``."""

    def __init__(self, frame, *, title=None, caption=None, decimals=None, headers=None, human_columns=None, optional=(),
                 heading=(), figures=(), kept=(), as_stored=False):
        self.frame = frame
        self.title = title
        self.caption = caption
        self.decimals = decimals or {}  # column -> decimals, or the name of a column holding them
        self.headers = headers or {}  # column -> human header
        self.human_columns = human_columns  # columns shown in human formats (default: all)
        self.kept = list(kept)
        self.optional = [c for c in optional if c not in self.kept]
        self.heading = list(heading)  # columns that head each row's block when a table is printed as blocks (see _blocks)
        self.figures = set(figures)
        self.chosen = None  # the columns --columns asks for, in order (None: every column)
        self.as_stored = as_stored  # cells as the data holds them, keys not names (sql: what a WHERE clause matches)

    def rows(self, columns):
        hidden = [c for c in [*self.decimals.values(), "qualifier"] if isinstance(c, str) and c in self.frame.columns]
        for rec in self.frame.select(list(dict.fromkeys([*columns, *hidden]))).iter_rows(named=True):
            yield rec, {c: self._decimals(c, rec) for c in columns}

    def _decimals(self, column, rec):
        rule = self.decimals.get(column)
        return rec[rule] if isinstance(rule, str) else rule

    def machine_columns(self):
        hidden = {d for d in self.decimals.values() if isinstance(d, str)} - set(self.decimals)
        return self.chosen or [c for c in self.frame.columns if c not in hidden and not c.startswith("_")]

    def human(self):
        """(column shown, column whose values it shows) for tables and markdown."""
        from ipr_stats.cli.names import SHOWN

        columns = [c for c in (self.human_columns or self.frame.columns) if not c.startswith("_") and c != "member_name"]
        return [(c, SHOWN + c if SHOWN + c in self.frame.columns else c) for c in columns]

    def header_texts(self, lang: str = "en") -> list[str]:
        """Unique headers: a header given twice ('value' of two periods) takes its column's name the second time."""
        from ipr_stats.cli.names import header

        seen, out = set(), []
        for column, _ in self.human():
            text = header(self.headers.get(column, column.replace("_", " ")), lang)
            if text in seen:
                text = header(column.replace("_", " "), lang)
            seen.add(text)
            out.append(visible(text))
        return out

    def human_cells(self, human: bool = False) -> list[list[str]]:
        pairs = self.human()
        out = []
        for rec, dec in self.rows([source for _, source in pairs]):
            qualifier = rec.get("qualifier")
            out.append([visible(_cell(rec[source], dec[source] if source in dec else None, _grouped(column), human, qualifier))
                        for column, source in pairs])
        return out


def _grouped(column: str) -> bool:
    """Digits are grouped in tables, except in years ('2008', never '2,008')."""
    return "year" not in column.casefold()


def write(view: View, fmt: str, out, *, width: int | None = None, human: bool = False, lang: str = "en") -> None:
    """Write ``view`` to ``out`` in format ``fmt``; ``human`` puts large figures in words (tables only);
    ``lang`` is the language of tables' headers."""
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
        view.title, view.caption = _visible(view.title), _visible(view.caption)
        if view.title:
            out.write(f"**{view.title}**\n\n")
        out.write("| " + " | ".join(view.header_texts(lang)) + " |\n")
        out.write("|" + "|".join("---:" if _numeric(view, c) else "---" for c, _ in view.human()) + "|\n")
        for row in view.human_cells(human):
            out.write("| " + " | ".join(_markdown_cell(cell) for cell in row) + " |\n")
        if view.caption:
            out.write(f"\n{view.caption}\n")
    elif fmt == "html":
        _html_table(view, out, human, lang)
    else:
        view.title, view.caption = _visible(view.title), _visible(view.caption)
        _rich_table(view, out, width, human, lang)


def _html_table(view: View, out, human: bool = False, lang: str = "en") -> None:
    """A table as an HTML fragment (the report's): its title, the cells tables show (names, grouped digits), numbers
    aligned right, and its caption a paragraph a line; every text escaped."""
    from html import escape

    numeric = [_numeric(view, source) for _, source in view.human()]
    if view.title:
        out.write(f"<h3>{escape(view.title)}</h3>\n")
    out.write("<table>\n<thead><tr>" + "".join(f'<th{" class=num" if n else ""}>{escape(h)}</th>'
                                            for h, n in zip(view.header_texts(lang), numeric)) + "</tr></thead>\n<tbody>\n")
    for row in view.human_cells(human):
        out.write("<tr>" + "".join(f'<td{" class=num" if n else ""}>{escape(cell)}</td>' for cell, n in zip(row, numeric)) + "</tr>\n")
    out.write("</tbody>\n</table>\n")
    if view.caption:
        out.write("".join(f'<p class="caption">{escape(line)}</p>\n' for line in view.caption.split("\n") if line.strip()))


def _visible(text):
    return None if text is None else visible(text)


def _markdown_cell(text: str) -> str:
    """A cell of a Markdown table: a pipe escaped, a line break written as <br> (a raw one would end the row)."""
    return text.replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>")


def _exact(decimals, column: str, view: View):
    """Machine formats keep full precision: only published decimals (a column rule naming a data column) apply,
    never display decimals (a rule naming a '_' column, or a number)."""
    rule = view.decimals.get(column)
    return decimals if isinstance(rule, str) and not rule.startswith("_") else None


def _numeric(view: View, column: str) -> bool:
    return column in view.figures or view.frame.schema[column].is_numeric()


def wants_color(out) -> bool:
    """Colour only on a terminal, and never with NO_COLOR set."""
    return not os.environ.get("NO_COLOR") and is_terminal(out)


def piped_width() -> int | None:
    """The width a table written to a pipe or a file fits: COLUMNS when it is a number (held between 20 and 1,000),
    else None: every column whole, however wide."""
    import re

    text = os.environ.get("COLUMNS", "").strip()
    return min(max(int(text), 20), 1000) if re.fullmatch(r"[0-9]{1,6}", text) else None


def console_for(out, width: int | None = None):
    """A rich console on ``out``, coloured as :func:`wants_color` says."""
    from rich.console import Console

    no_color = not wants_color(out)
    return Console(file=out, width=width, no_color=no_color, highlight=False, soft_wrap=False,
                   color_system=None if no_color else "auto", emoji=False, markup=False)


def _rich_table(view: View, out, width: int | None, human: bool = False, lang: str = "en") -> None:
    """Title, table and caption, fitted to the terminal's width (ipr_stats.cli.layout); when piped, every column
    is kept whole however wide. Text wraps at the width."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from ipr_stats.cli.layout import Column, fit

    terminal = is_terminal(out)
    piped = None if terminal else piped_width()  # COLUMNS, read once
    text_console = console_for(out, width or piped)
    limit = width or (text_console.width if terminal else piped)
    cells, pairs, headers = view.human_cells(human), view.human(), view.header_texts(lang)
    columns = [Column(key, header, [row[i] for row in cells], numeric=_numeric(view, source))
               for i, ((key, source), header) in enumerate(zip(pairs, headers))]
    plan = fit(columns, limit, view.optional, kept=view.kept)
    keys = [key for key, _ in pairs]
    if view.heading and any(c.key not in view.optional for c in columns if c.full_header in plan.left_out):
        _blocks(view, keys, headers, cells, text_console, view.heading)
        return
    if limit and plan.width() > limit:  # the columns asked for (kept) cannot fit side by side: a block per row
        _blocks(view, keys, headers, cells, text_console, view.heading or keys[:1])
        return
    table = Table(box=box.SIMPLE_HEAD)
    for column in plan.columns:
        table.add_column(_wrap_header(column.header, column.width), justify="right" if column.numeric else "left",
                         no_wrap=not (column.wraps or column.folds), overflow="fold", width=column.width)
    shown = [columns.index(c) for c in plan.columns]
    for row in cells:
        table.add_row(*[row[i] for i in shown])
    table_console = console_for(out, max(plan.width(), text_console.width) + 2)
    blocks = []
    if view.title:
        blocks.append(_capture(text_console, Text(view.title, style="bold", overflow="fold")))
    blocks.append(_capture(table_console, table) if plan.columns else "")
    notes = "\n".join([*plan.notes(lang), *([view.caption] if view.caption else [])])
    if notes:
        blocks.append(_capture(text_console, Text(notes, overflow="fold")))
    out.write("\n\n".join(blocks) + "\n")


def _blocks(view: View, keys, headers, cells, console, heading) -> None:
    """One block per row, for a table too wide for the terminal: the heading columns on the first line,
    each other non-empty cell below it beside its header, wrapped at the width."""
    from rich.table import Table
    from rich.text import Text

    blocks = [_capture(console, Text(view.title, style="bold", overflow="fold"))] if view.title else []
    for row in cells:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for key, header, cell in zip(keys, headers, row):
            if cell and key not in heading:
                grid.add_row(f"  {header}:", cell)
        head = " · ".join(row[keys.index(k)] for k in heading if k in keys and row[keys.index(k)])
        head = Text(_wrap_header(head, console.width), style="bold", no_wrap=True, overflow="ignore")  # broken at spaces, never in a key
        blocks.append(_capture(console, head, crop=False) + "\n" + _capture(console, grid))
    if view.caption:
        blocks.append(_capture(console, Text(view.caption, overflow="fold")))
    console.file.write("\n\n".join(blocks) + "\n")


def _wrap_header(header: str, width: int) -> str:
    """A header on as many lines as its column's width needs, broken at spaces only."""
    from ipr_stats.cli.layout import cells

    lines: list[str] = []
    for word in header.split():
        if lines and cells(lines[-1]) + 1 + cells(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def _capture(console, renderable, crop: bool = True) -> str:
    """Render to text, trailing spaces and blank edge lines removed; ``crop`` False lets a word longer than the
    width run past it, whole."""
    with console.capture() as captured:
        console.print(renderable, crop=crop, soft_wrap=not crop)
    return "\n".join(line.rstrip() for line in captured.get().split("\n")).strip("\n")
