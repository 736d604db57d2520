"""A command's table as an Excel workbook (polars' write_excel, over xlsxwriter): the table's columns as the csv
has them, numbers stored as numbers at full precision, the header frozen and widths fitted; a sheet of the sources
its figures cite (title, publisher, date, address, locator) and one of its title and notes, in the language asked."""

from __future__ import annotations

import io

import polars as pl

SOURCE_COLUMNS = ["source", "title", "publisher", "published", "address", "locator"]


def workbook(view, sources: list[dict], sheet: str = "table") -> bytes:
    """The workbook of ``view`` (a :class:`ipr_stats.cli.render.View`), its sheets named ``sheet``, 'sources' and
    'notes'; ``sources`` are the dataset's, of which those cited by the view's rows are listed."""
    return sheets({sheet: view.frame.select(view.machine_columns()), "sources": cited(view.frame, sources), "notes": notes(view)})


def sheets(frames: dict[str, pl.DataFrame]) -> bytes:
    """A workbook of a sheet per frame, named by its key: the header bold and frozen, widths fitted to the cells,
    numbers stored as numbers at full precision."""
    try:
        import xlsxwriter
    except ImportError:
        import click

        raise click.ClickException("writing a workbook needs the package xlsxwriter: pip install 'ipr-stats[outputs]'") from None
    buffer = io.BytesIO()
    with xlsxwriter.Workbook(buffer) as book:
        for name, frame in frames.items():
            cells(frame).write_excel(book, worksheet=name[:31], autofit=True, freeze_panes=(1, 0), float_precision=PRECISION,
                                     dtype_formats={pl.Float64: "General", pl.Float32: "General"}, table_style=None,
                                     header_format={"bold": True})
    return buffer.getvalue()


PRECISION = 15  # digits of a float written; cells show it in Excel's General format, as many digits as it has


def cells(frame: pl.DataFrame) -> pl.DataFrame:
    """The frame as cells of a sheet can hold it: a list (a figure's notes, a ratio's inputs) as its items separated
    by ', ' as the csv writes them; every other type as it is."""
    lists = [c for c, t in frame.schema.items() if isinstance(t, (pl.List, pl.Array))]
    return frame.with_columns(pl.col(c).cast(pl.List(pl.String)).list.join(", ") for c in lists) if lists else frame


def cited(frame: pl.DataFrame, sources: list[dict]) -> pl.DataFrame:
    """The sources the rows of ``frame`` cite (``source`` and ``locator``; in yoy, ``from_source`` and ``from_locator``
    too), one row per source and locator, with title, publisher, date and the address the figure was read at (the
    source's first where the rows carry none)."""
    from ipr_stats.data.model import source_addresses

    by_id = {s["id"]: s for s in sources}
    rows = []
    for prefix in ("", "from_"):
        if prefix + "source" not in frame.columns:
            continue
        keys = [prefix + c for c in ("source", "locator", "address") if prefix + c in frame.columns]
        for row in frame.select(keys).unique(maintain_order=True).iter_rows():
            given = dict(zip((k.removeprefix(prefix) for k in keys), row))
            if given["source"] is None:
                continue
            source = by_id.get(given["source"], {})
            rows.append((given["source"], source.get("title"), source.get("publisher"), _text(source.get("published")),
                         given.get("address") or next(iter(source_addresses(source)), None), given.get("locator")))
    return pl.DataFrame(list(dict.fromkeys(rows)), schema=dict.fromkeys(SOURCE_COLUMNS, pl.String), orient="row")


def notes(view) -> pl.DataFrame:
    """The title and every line of the caption the table printed, a line a row."""
    lines = [line for text in (view.title, view.caption) if text for line in str(text).split("\n") if line.strip()]
    return pl.DataFrame({"note": lines}, schema={"note": pl.String})


def _text(value):
    return None if value is None else str(value)
