"""Finding and opening record files: the paths a user names, encodings told from the first bytes,
columns named twice, and a CSV line with another number of fields than the header."""

from __future__ import annotations

import csv
import functools
import glob
import re
import shlex
import stat
from pathlib import Path

import polars as pl

from ipr_stats.data.paths import kind, missing, mode, shown
from ipr_stats.errors import DataError, Problem, cut, listed
from ipr_stats.records.schema import DIMENSIONS, REQUIRED, SNIFF, SUFFIXES


def expand(patterns) -> list[Path]:
    """Files named by --records: a file, a folder of .csv/.parquet files, or a glob.

    A name is a path first: a file or folder of that literal name is read as such, even
    when its name holds '*', '?' or '['; only a name that is no file and holds one of them
    is expanded as a glob. Each path is looked at with stat before anything opens it, so
    that a named pipe, a socket or a device is refused as what it is, and never read.
    A file named twice (by two arguments, or a glob and a folder) is read once.
    """
    files: list[Path] = []
    seen: set = set()
    for text in map(str, patterns):
        path = Path(text).expanduser()
        found = mode(path)
        if found is not None and stat.S_ISDIR(found):
            matched = sorted(f for f in path.iterdir() if f.suffix.lower() in SUFFIXES)
            if not matched:
                raise DataError([Problem(shown(path), "folder", "", "path", "no .csv or .parquet file in it", "a folder holding record files")])
        elif found is not None:
            matched = [path]
        elif any(ch in text for ch in "*?["):
            matched = sorted(Path(m) for m in glob.iglob(str(path), recursive=True) if not Path(m).is_dir())
            if not matched:
                raise DataError([Problem(shown(path), "file", "", "path", "no file matches the pattern", "a glob that matches .csv or .parquet files")])
        else:
            raise DataError([Problem(shown(path), "file", "", "path", missing(path, "no such file or folder"),
                                     "a CSV, Parquet or Excel (.xlsx) file, a folder or a glob")])
        for file in matched:
            if problem := file_problem(file):
                raise DataError([problem])
            if (real := file.resolve()) not in seen:
                seen.add(real)
                files.append(file)
    return files


def file_problem(file: Path) -> Problem | None:
    """What keeps a record file from being read, told without reading it (by stat alone): not a regular file,
    a suffix other than .csv or .parquet, a name that is not UTF-8; None when it may be read."""

    found = mode(file)
    if found is None:
        return Problem(shown(file), "file", "", "path", missing(file), "a CSV, Parquet or Excel (.xlsx) file")
    if not stat.S_ISREG(found):
        return Problem(shown(file), "file", "", "path", f"{kind(found)}, not a regular file", "a CSV, Parquet or Excel (.xlsx) file")
    if file.suffix.lower() not in SUFFIXES:
        return Problem(shown(file), "file", "", "path", f"a '{cut(file.suffix)}' file", "a .csv, .parquet or .xlsx file")
    if shown(file) != str(file):
        return Problem(shown(file), "file", "", "path", "a file name that is not UTF-8 text",
                       "a name in UTF-8: rename the file (the reader of CSV and Parquet files takes UTF-8 names only)")
    return None


def read_problem(file: Path) -> Problem | None:
    """A regular file that cannot be opened for reading (no permission, say), or None; it reads one byte."""
    try:
        with open(file, "rb") as f:
            f.read(1)
    except OSError as exc:
        reason = (exc.strerror or type(exc).__name__).lower()
        return Problem(shown(file), "file", "", "content", f"a file that cannot be read ({reason})",
                       "a record file that this user may read (see its permissions)")
    return None


def column_list(names) -> str:
    """Column names for a message: each cut short, as many as a message lists (errors.listed)."""
    return listed([cut(n) for n in names])


def scan_file(file: Path, renamed: dict | None = None, separator: str = ",", sheet: str | None = None):
    """A lazy frame over one file, its name taken literally (not as a glob), its columns ``renamed`` ({as written: as
    the schema names it}, :func:`header_names`); CSV columns (split at ``separator``, :func:`csv_separator`) are read
    as text and parsed here, so a bad cell is found, not guessed; a workbook's ``sheet`` (None: the first) as its
    reader types the cells (:func:`read_sheet`)."""

    suffix = file.suffix.lower()
    if suffix == ".parquet":
        scan = pl.scan_parquet(file, glob=False)
    elif suffix == ".xlsx":
        scan = read_sheet(file, sheet)[1].lazy()
    else:
        scan = pl.scan_csv(file, infer_schema=False, glob=False, separator=separator)
    return scan.rename(renamed) if renamed else scan


def read_sheet(file: Path, sheet: str | None = None) -> tuple[str, pl.DataFrame]:
    """(the sheet's name, its rows) of an Excel workbook, through fastexcel (polars' calamine engine): ``sheet`` or
    the first; the header its first row, each column typed by its cells (dates, numbers, text); read once a run.
    A workbook that cannot be read, or has no such sheet, raises DataError saying what it holds."""
    stamp = file.stat()
    return _sheet(str(file), sheet, stamp.st_mtime_ns, stamp.st_size)


@functools.lru_cache(maxsize=8)
def _sheet(name: str, sheet: str | None, _mtime: int, _size: int) -> tuple[str, pl.DataFrame]:
    try:
        import fastexcel
    except ImportError:
        raise DataError([Problem(name, "file", "", "content", "an Excel workbook, with no reader of workbooks installed",
                                 "the package fastexcel: pip install 'ipr-stats[workbooks]', or the sheet saved as CSV")]) from None
    try:
        book = fastexcel.read_excel(name)
        names = book.sheet_names
        if not names:
            raise DataError([Problem(name, "file", "", "sheets", "a workbook with no sheet", "a workbook with a sheet of records")])
        if sheet is not None and sheet not in names:
            raise DataError([Problem(name, "file", "", "sheet", repr(cut(sheet)), f"one of its sheets: {column_list(names)}")])
        chosen = sheet if sheet is not None else names[0]
        frame = pl.read_excel(name, sheet_name=chosen, engine="calamine", infer_schema_length=None)
    except DataError:
        raise
    except Exception as exc:  # noqa: BLE001 (whatever the reader of a hostile workbook raises is told, never a traceback)
        raise DataError([Problem(name, "file", "", "content", f"a workbook that cannot be read ({cut(first_line(exc))})",
                                 "an .xlsx workbook with a header row on its first sheet (or the sheet --sheet names)")]) from None
    return chosen, frame


SEPARATOR_NAMES = {",": "comma", ";": "semicolon"}


def csv_separator(file: Path) -> str:
    """The field separator of a CSV file, told from its header line: a semicolon where the header holds semicolons
    and no comma (a spreadsheet saved in a European locale, whose numbers then have a decimal comma), else a comma."""
    try:
        with open(file, "rb") as f:
            head = f.read(SNIFF)
    except OSError:
        return ","  # the scan says why the file cannot be read
    line = head.split(b"\n", 1)[0]
    return ";" if b";" in line and b"," not in line else ","


def schema_name(header: str) -> str:
    """A header as a person typed it, in the form the schema's names take: trimmed, in lower case, a run of spaces,
    dashes or dots one underscore ('Date' is date, 'IP Type' and 'ip-type' are ip_type).

    >>> [schema_name(h) for h in ("Date", " Quantity ", "IP Type", "ip-type", "Notice No.")]
    ['date', 'quantity', 'ip_type', 'ip_type', 'notice_no']
    """
    return re.sub(r"[\s.\-]+", "_", header.strip()).strip("_").casefold()


def header_names(file: Path, schema) -> tuple[dict, list[Problem]]:
    """({header as written: the schema's name} for each header that names a required column or a dimension in
    another case or spacing, problems): two headers that name the same column ('date' and 'Date') are a problem."""
    known = (*REQUIRED, *DIMENSIONS)
    named: dict = {}
    for header in schema:
        if (name := schema_name(header)) in known:
            named.setdefault(name, []).append(header)
    problems = [Problem(str(file), "header", "", name, f"{len(headers)} columns that name it ({column_list(repr(h) for h in headers)})",
                        "one column of each name: rename or remove the others")
                for name, headers in named.items() if len(headers) > 1]
    return {headers[0]: name for name, headers in named.items() if len(headers) == 1 and headers[0] != name}, problems


# (first bytes, encoding as named in a message, its name for iconv): the byte-order marks, the longest first
BOMS = ((b"\xff\xfe\x00\x00", "UTF-32 (little-endian, with a byte-order mark)", "UTF-32"),
        (b"\x00\x00\xfe\xff", "UTF-32 (big-endian, with a byte-order mark)", "UTF-32"),
        (b"\xff\xfe", "UTF-16 (little-endian, with a byte-order mark)", "UTF-16"),
        (b"\xfe\xff", "UTF-16 (big-endian, with a byte-order mark)", "UTF-16"))


def _wide_encoding(head: bytes) -> tuple[str, str] | None:
    """(encoding, iconv name) when a file's first bytes are UTF-16 or UTF-32 text, else None (UTF-8, with or without BOM).

    Without a byte-order mark, the zero bytes tell: the text of a record file is mostly
    ASCII (digits, dashes, commas), whose characters have zero high bytes in UTF-16 and
    UTF-32 and none in UTF-8.
    """
    for bom, name, iconv in BOMS:
        if head.startswith(bom):
            return name, iconv
    if b"\x00" not in head:
        return None
    n = len(head) - len(head) % 4
    if n and not any(head[2:n:4] + head[3:n:4]) and any(head[0:n:4]):
        return "UTF-32 (little-endian, no byte-order mark)", "UTF-32LE"
    if n and not any(head[0:n:4] + head[1:n:4]) and any(head[3:n:4]):
        return "UTF-32 (big-endian, no byte-order mark)", "UTF-32BE"
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if 8 * max(even, odd) < len(head):  # a stray zero byte or two: not text in UTF-16
        return None
    if odd > 4 * even:
        return "UTF-16 (little-endian, no byte-order mark)", "UTF-16LE"
    if even > 4 * odd:
        return "UTF-16 (big-endian, no byte-order mark)", "UTF-16BE"
    return None


def encoding_problem(file: Path) -> Problem | None:
    """A CSV file in UTF-16 or UTF-32, told from its first bytes alone; a UTF-8 byte-order mark is fine (polars drops it)."""
    try:
        with open(file, "rb") as f:
            head = f.read(SNIFF)
    except OSError:
        return None  # the scan says why the file cannot be read
    found = _wide_encoding(head)
    if found is None:
        return None
    name, iconv = found
    return Problem(str(file), "file", "", "encoding", f"{name} text",
                   f"UTF-8 text: save the file as 'CSV UTF-8', or convert it: iconv -f {iconv} -t UTF-8 "
                   f"{shlex.quote(file.name)} > {shlex.quote(file.stem + '-utf8.csv')}")


def copied_columns(schema) -> set:
    """The columns polars named as copies: it reads a CSV file's second 'value' as 'value_duplicated_0'."""
    return {c for c in schema if (m := re.fullmatch(r"(.+)_duplicated_\d+", c)) and m[1] in schema}


def duplicate_columns(file: Path, schema, separator: str = ",") -> list[Problem]:
    """A CSV file's columns named more than once. Where polars named a column as a copy, the header
    line itself, read only then, confirms it (a column may really be called 'value_duplicated_0')."""

    copies = copied_columns(schema)
    if not copies:
        return []
    try:
        with open(file, newline="", encoding="utf-8-sig", errors="replace") as f:
            header = next(csv.reader(f, delimiter=separator), [])
    except (OSError, csv.Error):  # a header too long for the csv module: polars' reading stands
        header = [re.sub(r"_duplicated_\d+$", "", c) if c in copies else c for c in schema]
    where: dict = {}
    for number, name in enumerate(header, start=1):
        where.setdefault(name, []).append(number)
    return [Problem(str(file), "header", "", cut(name), f"{len(numbers)} columns of this name "
                    f"(columns {', '.join(map(str, numbers[:-1]))} and {numbers[-1]})", "each column name once: rename or remove the copies")
            for name, numbers in where.items() if len(numbers) > 1]


def first_line(exc) -> str:
    """A library error's first line, its spacing tidied: enough to say what went wrong."""
    return " ".join(str(exc).split("\n")[0].split())


def csv_layout_problem(path: Path, separator: str = ",") -> Problem | None:
    """A CSV file's first line that is not UTF-8 or has another number of fields than the header (error path only)."""

    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f, delimiter=separator)
            header = next(reader, [])
            for number, row in enumerate(reader, start=1):
                if row and len(row) != len(header):
                    return Problem(str(path), f"row {number} (after the header)", "", "fields", f"{len(row)} fields",
                                   f"{len(header)}, as in the header (quote a cell that holds a {SEPARATOR_NAMES[separator]})")
    except UnicodeDecodeError as exc:
        return Problem(str(path), "file", "", "encoding", f"bytes that are not UTF-8 ({exc.reason}, at byte {exc.start})",
                       "UTF-8 text: save the file as 'CSV UTF-8'")
    return None
