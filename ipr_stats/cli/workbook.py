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
    from ipr_stats.analysis.catalog import cited_sources

    cited = cited_sources(view.frame, sources).select(SOURCE_COLUMNS)
    return sheets({sheet: view.frame.select(view.machine_columns()), "sources": cited, "notes": notes(view)})


def sheets(frames: dict[str, pl.DataFrame]) -> bytes:
    """A workbook of a sheet per frame, named by its key: the header bold and frozen, widths fitted to the cells,
    numbers stored as numbers at full precision."""
    try:
        import xlsxwriter
    except ImportError:
        import click

        raise click.ClickException("writing a workbook needs the package xlsxwriter: pip install 'ipr-stats[outputs]'") from None
    buffer = io.BytesIO()
    # every text a text, never a formula or a link ('=SUM(1,2)' in a note stays those characters)
    with xlsxwriter.Workbook(buffer, {"strings_to_formulas": False, "strings_to_urls": False}) as book:
        for name, frame in frames.items():
            cells(frame).write_excel(book, worksheet=name[:31], autofit=True, freeze_panes=(1, 0), dtype_formats=GENERAL,
                                     table_style=None, header_format={"bold": True})
    return buffer.getvalue()


# every number in Excel's General format: as many digits as it has, no grouping (a year reads 2008, never 2,008), no
# red for a negative change
GENERAL = dict.fromkeys([pl.Int8, pl.Int16, pl.Int32, pl.Int64, pl.UInt8, pl.UInt16, pl.UInt32, pl.UInt64, pl.Float32, pl.Float64],
                        "General")


def cells(frame: pl.DataFrame) -> pl.DataFrame:
    """The frame as cells of a sheet can hold it: a list (a figure's notes, a ratio's inputs) as its items separated
    by ', ' as the csv writes them; a number that is not finite (an SQL query's 1/0) an empty cell, as json's null;
    every other type as it is."""
    lists = [c for c, t in frame.schema.items() if isinstance(t, (pl.List, pl.Array))]
    floats = [c for c, t in frame.schema.items() if t.is_float()]
    return frame.with_columns(*(pl.col(c).cast(pl.List(pl.String)).list.join(", ") for c in lists),
                              *(pl.when(pl.col(c).is_finite()).then(pl.col(c)).alias(c) for c in floats))


def notes(view) -> pl.DataFrame:
    """The title and every line of the caption the table printed, a line a row."""
    lines = [line for text in (view.title, view.caption) if text for line in str(text).split("\n") if line.strip()]
    return pl.DataFrame({"note": lines}, schema={"note": pl.String})
