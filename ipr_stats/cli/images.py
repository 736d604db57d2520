"""Charts as images: the :class:`ipr_stats.cli.charts.Bars` a command draws on a terminal, as a Vega-Lite chart
turned into SVG, PNG or PDF by vl-convert (no browser). The same honesty as on the terminal: bars from zero, a
bound's or an approximation's sign before its figure and its bar drawn lighter, a year nobody published shown as a
gap that says so, the notes under the chart, each chart on its own scale (compare: one per administration), and a
line naming the sources. SVG keeps its text as text; PNG and PDF draw it with a font of the system, which for
Chinese must be a CJK one."""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

import click

from ipr_stats.cli.charts import MARK_WORDS
from ipr_stats.cli.phrases import language, phrase, say

WIDTH = 560  # the bars' area, in pixels
STEP = 20  # pixels a bar
NOTE_WIDTH = 100  # characters a line of notes

SHADES = {"": phrase("as printed"), **MARK_WORDS}  # a bar's shade: a bound's or an approximation's is lighter

FONT_HINT = ("Chinese text in a PNG or PDF chart needs a CJK font, and none was found on this system; install one (Debian "
             "and Ubuntu: apt install fonts-noto-cjk; Fedora: dnf install google-noto-sans-cjk-fonts; macOS and Windows have "
             "one), or write SVG (-o FILE.svg), whose text the viewer draws.")


def image(charts: list, kind: str) -> bytes:
    """The image of ``charts`` (a list of Bars, one under another) in ``kind``: svg, png or pdf."""
    try:
        import vl_convert as vlc
    except ImportError:
        raise click.ClickException("drawing a chart image needs the package vl-convert-python: pip install 'ipr-stats[outputs]'") from None
    if not charts:
        raise click.ClickException("there is nothing to chart here (the table lists what exists); drop -o FILE." + kind)
    spec = vega_lite(charts)
    if kind == "svg":
        return vlc.vegalite_to_svg(spec).encode("utf-8")
    if language() == "zh":
        spec["config"]["font"] = _cjk_font(vlc)
    return vlc.vegalite_to_png(spec, scale=2) if kind == "png" else vlc.vegalite_to_pdf(spec)


def vega_lite(charts: list) -> dict:
    """The Vega-Lite spec: a chart per Bars, one under another, then the notes and the line naming the sources."""
    sources = list(dict.fromkeys(s for chart in charts for s in chart.sources))
    parts = [_bars(chart) for chart in charts]
    lines = [line for chart in charts for note in chart.notes for line in textwrap.wrap(note, NOTE_WIDTH)]
    named = say("Sources: {sources} (`ipr-stats cite` gives each figure's).", sources=", ".join(sources)) if sources else ""
    lines += textwrap.wrap(named, NOTE_WIDTH) + [say("Drawn by ipr-stats.")]
    parts.append({"data": {"values": [{"line": line, "at": i} for i, line in enumerate(lines)]}, "width": WIDTH, "height": 14 * len(lines),
                  "mark": {"type": "text", "align": "left", "baseline": "top", "fontSize": 11},
                  "encoding": {"text": {"field": "line"}, "y": {"field": "at", "type": "ordinal", "axis": None},
                               "x": {"value": 0}}})
    return {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "vconcat": parts, "spacing": 24,
            "resolve": {"scale": {"x": "independent", "y": "independent", "opacity": "independent"},
                        "legend": {"opacity": "independent"}},
            "config": {"view": {"stroke": None}, "font": "sans-serif", "title": {"anchor": "start", "fontSize": 13}}}


def _bars(chart) -> dict:
    """One chart: horizontal bars in the order given, from zero, each figure written beside its bar as on the
    terminal; a gap's row holds its words and no bar."""
    rows = [{"label": str(label), "value": None if value is None else float(value), "text": text, "shade": say(SHADES[mark])}
            for label, value, mark, text in zip(chart.labels, chart.values, chart.marks, chart.texts())]
    order = [row["label"] for row in rows]
    y = {"field": "label", "type": "nominal", "sort": order, "title": None}
    shades = [say(SHADES[m]) for m in dict.fromkeys(["", *chart.marks])]
    bars = {"mark": {"type": "bar"}, "transform": [{"filter": "datum.value != null"}],
            "encoding": {"y": y, "x": {"field": "value", "type": "quantitative", "scale": {"zero": True}, "title": None},
                         "opacity": {"field": "shade", "type": "nominal", "scale": {"domain": shades, "range": [1, *[0.45] * (len(shades) - 1)]},
                                     "legend": {"title": None, "orient": "bottom"} if len(shades) > 1 else None}}}
    labels = {"mark": {"type": "text", "align": "left", "dx": 4, "fontSize": 11},
              "encoding": {"y": y, "x": {"value": WIDTH + 4}, "text": {"field": "text"}}}
    return {"title": chart.title, "data": {"values": rows}, "width": WIDTH, "height": {"step": STEP}, "layer": [bars, labels]}


def _cjk_font(vlc) -> str:
    """The family of a CJK font found on the system, registered with vl-convert; else an error naming one to install."""
    found = cjk_font()
    if found is None:
        raise click.ClickException(FONT_HINT)
    family, folder = found
    vlc.register_font_directory(str(folder))
    return family


def cjk_font() -> tuple[str, Path] | None:
    """(family, folder) of a font that draws Chinese, as fontconfig names it (fc-list); None when there is none, or no
    fontconfig to ask (a family guessed from a file's name could draw boxes instead of characters)."""
    if not shutil.which("fc-list"):
        return None
    try:
        done = subprocess.run(["fc-list", ":lang=zh", "family", "file"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    for line in done.stdout.splitlines() if done.returncode == 0 else []:
        file, _, families = line.partition(": ")
        if file and families:
            return families.split(",")[0].strip(), Path(file).parent
    return None
