"""Where a command's output goes: standard output, or the file -o/--output names.

The file's suffix gives the format (``.csv`` csv, ``.xlsx`` a workbook...), unless --format says otherwise. What
the command writes is held until it has ended well, then written at once (a file beside the target, renamed
over it), so that a command that fails leaves no half-written file and an old file stays as it was."""

from __future__ import annotations

import io
import os

import click

SUFFIXES = {".csv": "csv", ".tsv": "tsv", ".json": "json", ".jsonl": "jsonl", ".md": "markdown", ".xlsx": "xlsx",
            ".bib": "bibtex", ".ris": "ris"}  # the last two: `cite`'s

IMAGES = {".svg": "svg", ".png": "png", ".pdf": "pdf"}  # the chart images --chart draws to a file of these suffixes


class Destination:
    """The file -o names: its path, the format its suffix gives, and what the command has written to it so far."""

    def __init__(self, path):
        self.path = path
        self.text = io.StringIO()
        self.data: bytes | None = None  # a binary format's whole content
        self.bom = False
        self.formats: tuple = ()  # the formats the command writes (set before it runs): the suffixes a message lists
        self.charts = False  # whether the command draws a chart (--chart), which an image suffix asks for
        self.table_format = "table"  # with a chart image, the format of the table (the report's: html); else unused

    @property
    def suffix_format(self) -> str | None:
        return SUFFIXES.get(self.path.suffix.lower())

    @property
    def image(self) -> str | None:
        """svg, png or pdf where the file is a chart image (the table is then not written), else None."""
        return IMAGES.get(self.path.suffix.lower())

    def finish(self) -> None:
        """Write what the command wrote to the file (UTF-8, with a byte order mark where --bom asks for one)."""
        if self.image and self.data is None:
            raise click.ClickException(f"no chart was drawn, so {str(self.path)!r} was not written; --chart draws one where "
                                       "the command has figures to chart")
        content = self.data if self.data is not None else self.text.getvalue().encode("utf-8-sig" if self.bom else "utf-8")
        replace(self.path, lambda partial: partial.write_bytes(content))


class Captured(Destination):
    """What a command writes, kept in memory: its table as HTML (text) and, with ``chart``, its chart as SVG (data);
    the report's sections are commands run into one."""

    def __init__(self, chart: bool):
        from pathlib import Path

        super().__init__(Path("section.svg" if chart else "section.html"))
        self.table_format = "html"

    @property
    def suffix_format(self) -> str | None:
        return "html"

    def finish(self) -> None:  # the report writes the sections, not each command
        pass


def replace(path, write) -> None:
    """``write(partial)`` to a file beside ``path``, then that file renamed over it, so that ``path`` is never half
    written; nothing is left behind when writing fails, which is an error (exit 1) naming the file and the reason."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.unlink(missing_ok=True)
        write(partial)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise click.ClickException(f"could not write {str(path)!r}: {error.strerror or error}. Expected a file in a folder you can "
                                   "write to, on a disk with room.") from None


def destination(value: str, param_hint: str = "--output") -> Destination:
    """The file ``value`` names, once it is one that can be written: not a folder, in a folder that exists and can be
    written to; else a usage error saying which."""
    from pathlib import Path

    from ipr_stats.errors import visible

    path = Path(value).expanduser()
    shown = visible(repr(str(path)))
    if not value or value.endswith(("/", os.sep)) or path.is_dir():
        raise click.BadParameter(f"the path {shown} is a folder; expected the name of a file in it, such as {visible(repr(str(path / 'out.csv')))}", param_hint=param_hint)
    folder = path.parent
    if not folder.is_dir():
        raise click.BadParameter(f"the folder of {shown} does not exist; expected a file in a folder that does", param_hint=param_hint)
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise click.BadParameter(f"the file {shown} cannot be written (permission denied); expected a file you can write", param_hint=param_hint)
    return Destination(path)


def _listed(formats=()) -> str:
    """The suffixes of ``formats`` (all when none are given), as a message lists them."""
    return ", ".join(s for s, f in SUFFIXES.items() if not formats or f in formats)


def format_for(target: Destination, fmt: str | None) -> str:
    """The format of ``target``: --format's when given, else the one its suffix gives (a chart image: the table's,
    which is not written); a suffix that gives none is a usage error naming the suffixes there are."""
    if target.image:
        return target.table_format  # the chart is drawn to the file; the table it goes with is not written
    if fmt:
        return fmt.lower()
    if target.suffix_format is None:
        from ipr_stats.errors import visible

        images = f" (with --chart: {', '.join(IMAGES)})" if target.charts else ""
        raise click.BadParameter(f"the file name {visible(repr(target.path.name))} ends in no suffix of a format; expected one of "
                                 f"{_listed(target.formats)}{images}, or --format FORMAT", param_hint="--output")
    return target.suffix_format
