"""Bar charts: what a chart shows (:class:`Bars`), and its drawing on a terminal as plain text, one row per bar, in
the given order, each bar with its figure beside it, drawn to an eighth of a character. They go through the same
output stream as tables (colour only on a colour terminal); ipr_stats.cli.images draws the same Bars as an image."""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass, field

from ipr_stats.cli.layout import cells
from ipr_stats.cli.phrases import phrase, say, term
from ipr_stats.data.printed import written
from ipr_stats.errors import visible

EIGHTHS = " ▏▎▍▌▋▊▉"

FULL = "█"

AXIS = "│"

MARKS = {"at_least": ">", "at_most": "<", "approximate": "~"}

MARK_WORDS = {">": phrase("more than (a bound)"), "<": phrase("less than (a bound)"), "~": phrase("about")}

LABEL_MIN = 12  # labels may take a third of the width, and never less than this


@dataclass
class Bars:
    """One chart: a bar per label, in order, scaled from zero; a value of None is a gap that says ``missing`` (a list:
    each row's own words); ``marks`` the sign of each figure's qualifier; ``notes`` the lines under the chart."""

    labels: list
    values: list
    title: str = ""
    decimals: int | None = None
    marks: list | None = None
    missing: str | list | None = None
    notes: list = field(default_factory=list)
    sources: list = field(default_factory=list)  # the ids of the sources of the figures charted, for an image's source line

    def __post_init__(self):
        self.marks = [m or "" for m in self.marks] if self.marks is not None else [""] * len(self.labels)
        missing = say("no figure") if self.missing is None else self.missing
        self.missing = [missing] * len(self.labels) if isinstance(missing, str) else list(missing)

    def drawn(self, width: int = 80, color: bool = False) -> str:
        """The chart as terminal text (:func:`bar_chart`), its notes below."""
        return "\n".join([_drawn(self, width, color), *self.notes])

    def texts(self) -> list[str]:
        """Each bar's figure as the terminal writes it beside the bar (its sign, the figure; or the gap's words)."""
        return [gap if v is None else m + written(float(v), self.decimals) for v, m, gap in zip(self.values, self.marks, self.missing)]


def sign(qualifier: str | None) -> str:
    """The sign a chart puts before a figure that is a bound or an approximation ('' for a count)."""
    return MARKS.get(qualifier or "", "")


def _shorten(label: str, width: int) -> str:
    """A label cut to ``width`` cells with '…', so that one long label does not squash every bar (the table has it whole)."""
    if cells(label) <= width:
        return label
    out = ""
    for ch in label:
        if cells(out + ch) > width - 1:
            break
        out += ch
    return out + "…"


def _bar(length: float) -> str:
    """A bar `length` characters long, to the nearest eighth; a non-zero figure is never invisible."""
    eighths = round(length * 8)
    if eighths == 0 and length > 0:
        eighths = 1
    whole, part = divmod(eighths, 8)
    return FULL * whole + (EIGHTHS[part] if part else "")


def _bar_left(length: float) -> str:
    """A bar growing leftwards, to the nearest whole character (no partial blocks grow that way)."""
    return FULL * max(round(length), 1)


def bar_chart(labels, values, *, title: str = "", width: int = 80, color: bool = False, decimals: int | None = None,
              marks=None, missing=None) -> str:
    """Horizontal bars, top to bottom in the given order, scaled from zero; negative bars run left
    of the axis, to the whole character. A value of None is a row with no bar that says `missing` (a gap is shown, not
    hidden; a list: each row's own words). `marks` puts a qualifier's sign before a figure, explained below the chart
    when a bar that carries it is drawn."""
    return _drawn(Bars(labels, values, title=title, decimals=decimals, marks=marks, missing=missing), width, color)


def _drawn(chart: Bars, width: int, color: bool) -> str:
    rows = [(visible(label), None if v is None else float(v), m) for label, v, m in zip(chart.labels, chart.values, chart.marks)]
    numbers = [v for _, v, _ in rows if v is not None]
    if not numbers:
        return ""
    texts, title = chart.texts(), chart.title
    label_width = min(max(cells(label) for label, _, _ in rows), max(LABEL_MIN, width // 3))
    rows = [(_shorten(label, label_width), v, m) for label, v, m in rows]
    text_width = max(len(t) for t in texts)
    area = max(width - label_width - text_width - 4, 10)
    low, high = min(0.0, *numbers), max(0.0, *numbers)
    scale = (area - 1) / ((high - low) or 1)
    left = math.ceil(-low * scale)  # the axis column: every row has it in the same place
    right = area - left
    paint = (lambda s: f"\x1b[34m{s}\x1b[0m" if s else s) if color else (lambda s: s)
    lines = textwrap.wrap(visible(title), width - 1) if title else []
    for (label, value, _), text in zip(rows, texts):
        negative = _bar_left(-value * scale) if value is not None and value < 0 else ""
        positive = _bar(value * scale) if value is not None and value > 0 else ""
        lines.append(f"{' ' * (label_width - cells(label))}{label} {' ' * (left - len(negative))}{paint(negative)}{AXIS}"
                     f"{paint(positive)}{' ' * (right - len(positive))} {text:>{text_width}}")
    used = sorted({m for _, v, m in rows if m and v is not None})
    if used:
        lines.append(say("{marks}, as printed.", marks="  ".join(f"{m} {say(MARK_WORDS[m])}" for m in used)))
    return "\n".join(lines)


def noted_labels(labels, notes, numbers: dict, width: int = 80) -> tuple[list[str], list[str]]:
    """Labels with the marks of the notes their bars carry ('2009 [1]', '2019-Q1 [2,3]'), and the notes the marks
    stand for, one wrapped line each, to go under the chart. ``notes``: each label's note texts (a list, maybe empty);
    ``numbers``: the numbers the table above gave them (text -> n), so that a mark means the same in both; a note
    the table did not number takes the next number."""
    numbers, used = dict(numbers), {}
    marked = []
    for label, texts in zip(labels, notes):
        for text in texts:
            used[text] = numbers.setdefault(text, len(numbers) + 1)
        marked.append(f"{label} [{','.join(str(numbers[t]) for t in texts)}]" if texts else label)
    lines = [textwrap.fill(visible(f"[{n}] {text}"), width=width) for text, n in sorted(used.items(), key=lambda item: item[1])]
    return marked, lines


CHARTED = {"year": phrase("yearly"), "fiscal_year": phrase("fiscal-year"), "half_year": phrase("half-yearly"),
           "quarter": phrase("quarterly"), "year_to_date": phrase("year-to-date")}


def series_bars(rows, metric: str, kind: str | None, *, numbers: dict, width: int = 80):
    """Bars for like figures only (``rows``: a series' preferred figures, each with its note texts in ``notes``, a
    list): one kind of recurring period (the years, unless asked), of the nation's totals where there are any, else
    of the scope and member with most of them (China's cases before Japan's, which are more), noted
    bars marked as the table marks them (``numbers``), as :class:`Bars`; a sentence where there is nothing to chart.
    Other kinds, running totals and campaigns stay in the table."""
    from ipr_stats.data.periods import RECURRING
    from ipr_stats.data.vocabulary import DEFAULT_SCOPE

    recurring = [r for r in rows if r["period_kind"] in RECURRING]
    if not recurring:
        return say("(No yearly, half-yearly or quarterly figures to chart; the table lists what exists.)")
    kinds = [r["period_kind"] for r in recurring]
    kind = kind or ("year" if "year" in kinds else max(RECURRING, key=kinds.count))
    groups: dict = {}
    for r in recurring:
        if r["period_kind"] == kind:
            groups.setdefault((r["scope"], r["member"]), []).append(r)
    (scope, member), chosen = max(groups.items(), key=lambda kv: (kv[0] == (DEFAULT_SCOPE, None), len(kv[1])))
    subject = term(scope) + (f", {member}" if member else "")
    others = sorted(set(kinds) - {kind})
    hint = say("; {kinds} with --period-kind", kinds=", ".join(others)) if others else ""
    labels, values, marks = _with_gaps(chosen, kind) if kind in ("year", "fiscal_year") else (
        [r["period"] for r in chosen], [r["value"] for r in chosen], [sign(r["qualifier"]) for r in chosen])
    noted = {r["period"]: r["notes"] for r in chosen}
    labels, lines = noted_labels(labels, [noted.get(label) or [] for label in labels], numbers, width)
    return Bars(labels, values, marks=marks, missing=say("none published"), notes=lines, sources=cited(chosen),
                title=say("{metric} ({unit}), {subject}: {kind} figures", metric=term(metric), unit=term(chosen[0]["unit"]),
                          subject=subject, kind=say(CHARTED[kind])) + hint)


def cited(rows, *columns: str) -> list[str]:
    """The source ids of ``rows`` (dicts, or a frame's rows) in ``columns`` (default: source), each once, in order."""
    rows = rows.iter_rows(named=True) if hasattr(rows, "iter_rows") else rows
    return list(dict.fromkeys(r[c] for r in rows for c in (columns or ("source",)) if r.get(c)))


def _with_gaps(rows, kind: str = "year"):
    """Yearly (or fiscal-year) figures with every year between the first and the last: a year nobody published
    is a row without a bar."""
    from ipr_stats.data.periods import year_of, yearly_label

    by_year = {year_of(r["period"]): r for r in rows}
    years = range(min(by_year), max(by_year) + 1)
    return ([yearly_label(y, kind) for y in years], [by_year[y]["value"] if y in by_year else None for y in years],
            [sign(by_year[y]["qualifier"]) if y in by_year else "" for y in years])
