"""`ipr-stats export PATH`: the whole dataset, every version of every figure with its provenance, as a Frictionless
data package (a folder), an SQLite database (.sqlite, .db), Parquet (.parquet: the figures) or a workbook (.xlsx).
The tables are ipr_stats.analysis.package's; this writes them, each through a file beside the target renamed over it."""

from __future__ import annotations

import os
import stat

import click

from ipr_stats.cli.app import Env
from ipr_stats.cli.phrases import say

KINDS = {".sqlite": "sqlite", ".db": "sqlite", ".parquet": "parquet", ".xlsx": "xlsx"}  # a suffix -> what is written; no suffix: a folder

LICENSE = {"name": "MIT", "path": "https://opensource.org/licenses/MIT",
           "title": "MIT License: the curated dataset, as the ipr-stats package that bundles it; each figure is its source's"}


@click.command()
@click.argument("path", metavar="PATH")
@click.pass_obj
def export(env: Env, path):
    """Write the whole dataset to PATH: every version of every figure, with its
    source, locator, qualifier, the number as printed and the address where it was
    read; the sources; the claims (a share or growth printed with no value); the
    notes on series.

    PATH's suffix says what is written: a folder (no suffix) becomes a
    Frictionless data package (figures.csv, claims.csv, sources.csv, notes.csv and
    datapackage.json, with a description, type and unit for every column, the
    licence and the sources); .sqlite or .db an SQLite database with tables
    figures, sources, claims and notes, which Datasette and sqlite-utils open as
    they are; .parquet the figures; .xlsx a workbook with a sheet per table. A
    file there is replaced; a folder there is refused unless it holds a data
    package (then its files are rewritten).

    \b
    Examples:
      ipr-stats export ipr-data
      ipr-stats export ipr.sqlite
      ipr-stats export figures.parquet
      ipr-stats export ipr.xlsx
    """
    from ipr_stats.analysis.package import package_tables

    target, kind = _target(path)
    sources, frame, _vocab = env.load()
    tables = package_tables(frame, sources)
    if kind == "folder":
        write_folder(tables, target, sources)
    else:
        WRITERS[kind](tables, target)
    counts = say("{figures} figures, {claims} claims, {sources} sources and {notes} notes",
                 **{name: f"{table.height:,}" for name, table in tables.items()})
    import sys

    from ipr_stats.cli.pager import is_terminal

    if is_terminal(sys.stderr):
        click.echo(say("Wrote {counts} to {path}.", counts=counts, path=str(target)), err=True)


def _target(value: str) -> tuple:
    """(the path, what to write there) for PATH, or a usage error naming the suffixes there are."""
    from pathlib import Path

    from ipr_stats.cli.destination import checked_path
    from ipr_stats.data.paths import kind, mode
    from ipr_stats.errors import visible

    path = Path(value).expanduser()
    shown = visible(repr(str(path)))
    found = mode(path)
    if found is not None and not stat.S_ISDIR(found) and not stat.S_ISREG(found):  # a device, a pipe: no file to write there
        raise click.BadParameter(f"export writes a file or a folder; the path {shown} is {kind(found)}", param_hint="PATH")
    if path.is_symlink() and found is not None:
        path = path.resolve()  # the link's target is written; the link stays (mode() found no loop)
    if value in ("", "-"):
        raise click.BadParameter(f"{visible(repr(value))} names no folder or file; expected a folder (ipr-data) or a file ending in "
                                 f"{', '.join(KINDS)}", param_hint="PATH")
    if not path.is_dir() and (path.exists() or path.is_symlink()) and not path.suffix:
        raise click.BadParameter(f"the path {shown} is a file; expected a folder for a data package, or a file ending in "
                                 f"{', '.join(KINDS)}", param_hint="PATH")
    if path.is_dir() and path.suffix.lower() in KINDS:
        raise click.BadParameter(f"the path {shown} is a folder, and its suffix asks for a file; expected a new file ending in "
                                 f"{path.suffix}, or a folder's name with no suffix for a data package", param_hint="PATH")
    if value.endswith(("/", os.sep)) or path.is_dir() or not path.suffix:
        if path.is_dir() and (not {p.name for p in path.iterdir()} <= _package_files() or not _ours(path)):
            raise click.BadParameter(f"the folder {shown} holds other files than a data package of ipr-stats; expected a new or "
                                     "empty folder, or one that ipr-stats export wrote", param_hint="PATH")
        if not path.is_dir():
            checked_path(str(path).rstrip("/" + os.sep), param_hint="PATH")  # a new folder: in one that exists and can be written to
        return path, "folder"
    if path.suffix.lower() not in KINDS:
        raise click.BadParameter(f"the file name {visible(repr(path.name))} ends in no suffix export writes; expected a folder, "
                                 f"or a file ending in {', '.join(KINDS)}", param_hint="PATH")
    return checked_path(value, param_hint="PATH"), KINDS[path.suffix.lower()]


def _ours(folder) -> bool:
    """Whether ``folder`` is empty, or holds a data package this command wrote (its descriptor named ipr-stats)."""
    import json

    descriptor = folder / "datapackage.json"
    if not descriptor.exists():
        return not any(folder.iterdir())
    try:
        return descriptor.stat().st_size < 10_000_000 and json.loads(descriptor.read_text(encoding="utf-8")).get("name") == "ipr-stats"
    except (OSError, ValueError, AttributeError):
        return False


def _package_files() -> set:
    """What a package folder holds: datapackage.json and a CSV per table of ipr_stats.analysis.package."""
    from ipr_stats.analysis.package import TABLES

    return {"datapackage.json", *(f"{name}.csv" for name in TABLES)}


def write_folder(tables: dict, folder, sources: list[dict]) -> None:
    """A Frictionless data package: a CSV per table and datapackage.json describing them, written in a folder beside
    ``folder`` and swapped in whole, so that a package is never half written."""
    import json
    import shutil

    from ipr_stats.cli.destination import replace

    def write(partial):
        partial.mkdir()
        for name, table in tables.items():
            table.write_csv(partial / f"{name}.csv")
        text = json.dumps(descriptor(tables, sources), ensure_ascii=False, indent=2) + "\n"
        (partial / "datapackage.json").write_text(text, encoding="utf-8")

    old = folder.with_name(f".ipr-stats-{os.getpid()}.old")  # short, whatever the folder name's length
    if folder.is_dir():  # the folder of an earlier package (or an empty one): set aside while the new one moves in
        shutil.rmtree(old, ignore_errors=True)
        os.replace(folder, old)
    try:
        replace(folder, write, keep_mode=False)
    except click.ClickException:
        if old.is_dir() and not folder.exists():
            os.replace(old, folder)
        raise
    shutil.rmtree(old, ignore_errors=True)


TYPES = {"String": "string", "Boolean": "boolean", "Date": "date"}  # a polars type's name -> a Table Schema type


def _field_type(dtype) -> str:
    if dtype.is_integer():
        return "integer"
    if dtype.is_float():
        return "number"
    return TYPES.get(str(dtype.base_type()), "string")


def descriptor(tables: dict, sources: list[dict]) -> dict:
    """datapackage.json: the package's name, title, licence and sources, and each resource's schema (a description,
    type and unit for every field)."""
    import ipr_stats
    from ipr_stats.analysis.package import TABLES, described
    from ipr_stats.data.model import source_addresses

    def field(table, name, dtype):
        description, unit = described(table, name)
        return {"name": name, "type": _field_type(dtype), "description": description, **({"unit": unit} if unit else {})}

    return {
        "name": "ipr-stats", "title": "IPR enforcement statistics published by customs administrations",
        "description": "Every figure that China Customs, EU customs, U.S. Customs and Border Protection and Japan Customs "
                       "published on IPR seizures, as read in public pages, each with its source, locator and the number as printed.",
        "version": ipr_stats.__version__, "licenses": [LICENSE],
        "sources": [{"title": s["title"], **({"path": source_addresses(s)[0]} if source_addresses(s) else {}),
                     "publisher": s["publisher"], "published": str(s["published"]), "id": s["id"]} for s in sources],
        "resources": [{"name": name, "path": f"{name}.csv", "profile": "tabular-data-resource", "format": "csv",
                       "mediatype": "text/csv", "encoding": "utf-8", "description": TABLES[name],
                       "schema": {"fields": [field(name, c, t) for c, t in table.schema.items()]}}
                      for name, table in tables.items()],
    }


def write_sqlite(tables: dict, path) -> None:
    """An SQLite database, a table per table, its columns typed (TEXT, REAL, INTEGER; dates as ISO text)."""
    import sqlite3

    import polars as pl

    def write(partial):
        with sqlite3.connect(partial) as db:
            for name, table in tables.items():
                columns = ", ".join(f"[{c}] {_sql_type(t)}" for c, t in table.schema.items())
                db.execute(f"CREATE TABLE [{name}] ({columns})")
                dates = [c for c, t in table.schema.items() if t == pl.Date]
                rows = table.with_columns(pl.col(dates).dt.to_string("%Y-%m-%d")) if dates else table
                db.executemany(f"INSERT INTO [{name}] VALUES ({', '.join('?' * table.width)})", rows.iter_rows())
        db.close()

    from ipr_stats.cli.destination import replace

    replace(path, write)


def _sql_type(dtype) -> str:
    return "INTEGER" if dtype.is_integer() or str(dtype) == "Boolean" else "REAL" if dtype.is_float() else "TEXT"


def write_parquet(tables: dict, path) -> None:
    from ipr_stats.cli.destination import replace

    replace(path, lambda partial: tables["figures"].write_parquet(partial))


def write_xlsx(tables: dict, path) -> None:
    from ipr_stats.cli.destination import replace
    from ipr_stats.cli.workbook import sheets

    content = sheets(tables)
    replace(path, lambda partial: partial.write_bytes(content))


WRITERS = {"sqlite": write_sqlite, "parquet": write_parquet, "xlsx": write_xlsx}  # a file's kind -> its writer
