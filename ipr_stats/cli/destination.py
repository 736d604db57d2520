"""Where a command's output goes: standard output, or the file -o/--output names.

The file's suffix gives the format (``.csv`` csv, ``.xlsx`` a workbook, ``.svg`` a chart image...), unless --format
says otherwise. What the command writes is held until it has ended, then written at once: to a regular file (or a
new one) through a file beside it renamed over it, keeping its mode, so that a command that fails leaves no
half-written file and an old file stays as it was; a symbolic link's target is the file written; a device
(/dev/null, /dev/stdout) is written straight into. A named pipe or a socket is refused: opening one could hang."""

from __future__ import annotations

import io
import os

import click

SUFFIXES = {".csv": "csv", ".tsv": "tsv", ".json": "json", ".jsonl": "jsonl", ".md": "markdown", ".xlsx": "xlsx",
            ".bib": "bibtex", ".ris": "ris"}  # the last two: `cite`'s

IMAGES = {".svg": "svg", ".png": "png", ".pdf": "pdf"}  # the chart images --chart draws to a file of these suffixes


class Destination:
    """The file -o names, and what the command has written for it so far: ``text`` (a table), or ``data`` (the
    bytes of a workbook or an image). ``image``: svg, png or pdf where a chart image is written and the table is
    not; ``table_format``: the format of the table where it is not the suffix's (the report's sections: html)."""

    def __init__(self, path, *, image: str | None = None, table_format: str | None = None):
        self.path = path
        self.image = image
        self.table_format = table_format
        self.text = io.StringIO()
        self.data: bytes | None = None
        self.bom = False
        self.formats: tuple = ()  # the formats the command writes (set before it runs): the suffixes a message lists
        self.charts = False  # whether the command draws a chart (--chart), which an image suffix asks for

    @property
    def suffix_format(self) -> str | None:
        return self.table_format or SUFFIXES.get(self.path.suffix.lower())

    def finish(self) -> None:
        """Write what the command wrote to the file (UTF-8, with a byte order mark where --bom asks for one)."""
        if self.image and self.data is None:
            raise click.ClickException(f"no chart was drawn, so {str(self.path)!r} was not written; --chart draws one where "
                                       "the command has figures to chart")
        content = self.data if self.data is not None else self.text.getvalue().encode("utf-8-sig" if self.bom else "utf-8")
        replace(self.path, lambda partial: partial.write_bytes(content))


class Captured(Destination):
    """What a command writes, kept in memory: its table as HTML (``text``) and, with ``chart``, its chart as SVG
    (``data``); the report's sections are commands run into one."""

    def __init__(self, chart: bool):
        super().__init__(None, image="svg" if chart else None, table_format="html")

    def finish(self) -> None:  # the report writes the sections, not each command
        pass


def replace(path, write, keep_mode: bool = True) -> None:
    """``write(partial)`` to a file beside ``path`` (beside a link's target), then that file renamed over it with
    the old file's mode, so that ``path`` is never half written; a device is written straight into. Nothing is left
    behind when writing fails, which is an error (exit 1) naming the file and the reason. ``keep_mode`` False: a
    folder written whole (export's data package)."""
    import shutil

    from ipr_stats.data.paths import mode

    found = mode(path)
    if keep_mode and (found is not None and not _regular(found) or _open_already(path)):  # /dev/null, /dev/stdout
        try:
            write(path)
        except Exception as error:  # noqa: BLE001 (any failure of the writer is told, never a traceback)
            raise _unwritten(path, error) from None
        return
    target = path.resolve() if path.is_symlink() else path
    partial = target.with_name(f".ipr-stats-{os.getpid()}.partial")  # short, whatever the name's length

    def remove():
        try:
            shutil.rmtree(partial, ignore_errors=True) if partial.is_dir() else partial.unlink(missing_ok=True)
        except OSError:
            pass

    try:
        remove()
        write(partial)
        if keep_mode and found is not None:
            os.chmod(partial, found & 0o7777)
        os.replace(partial, target)
    except Exception as error:  # noqa: BLE001
        remove()
        raise _unwritten(path, error) from None


def _regular(found: int) -> bool:
    import stat

    return stat.S_ISREG(found)


def _unwritten(path, error) -> click.ClickException:
    reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return click.ClickException(f"could not write {str(path)!r}: {reason}. Expected a file in a folder you can write to, on a "
                                "disk with room.")


def checked_path(value: str, param_hint: str = "--output"):
    """The path ``value`` names, once it is one a file can be written at: not a folder, a named pipe or a socket, in
    a folder that exists and can be written to; else a usage error saying which."""
    from pathlib import Path

    from ipr_stats.errors import visible

    path = Path(value).expanduser()
    shown = visible(repr(str(path)))
    if _open_already(path):  # /dev/stdout, /dev/fd/1: a descriptor the shell opened, written straight into
        return path
    try:
        return _checked(path, value, shown, param_hint)
    except (OSError, RuntimeError, ValueError) as error:  # a name too long, a loop of links, a zero byte
        raise click.BadParameter(f"the path {shown} cannot be written ({getattr(error, 'strerror', None) or error}); expected a "
                                 "file in a folder that exists, its name at most 255 bytes", param_hint=param_hint) from None


def _open_already(path) -> bool:
    """Whether ``path`` names one of the process's own open descriptors (standard output, /dev/fd/N)."""
    return str(path) in ("/dev/stdout", "/dev/stderr") or str(path).startswith(("/dev/fd/", "/proc/self/fd/"))


def _checked(path, value: str, shown: str, param_hint: str):
    import stat

    from ipr_stats.data.paths import kind, mode
    from ipr_stats.errors import visible

    found = mode(path)
    if not value or value.endswith(("/", os.sep)) or (found is not None and stat.S_ISDIR(found)):
        raise click.BadParameter(f"the path {shown} is a folder; expected the name of a file in it, such as "
                                 f"{visible(repr(str(path / 'out.csv')))}", param_hint=param_hint)
    if found is not None and (stat.S_ISFIFO(found) or stat.S_ISSOCK(found)):
        raise click.BadParameter(f"the path {shown} is {kind(found)}; expected a file (a shell's > writes to a pipe)",
                                 param_hint=param_hint)
    folder = (path.resolve() if path.is_symlink() else path).parent
    if not folder.is_dir():
        raise click.BadParameter(f"the folder of {shown} does not exist; expected a file in a folder that does", param_hint=param_hint)
    if found is None or _regular(found):
        if not os.access(folder, os.W_OK) or (found is not None and not os.access(path, os.W_OK)):
            raise click.BadParameter(f"the file {shown} cannot be written (permission denied); expected a file you can write",
                                     param_hint=param_hint)
    return path


def destination(value: str, param_hint: str = "--output") -> Destination:
    """The file -o names (:func:`checked_path`), a chart image where its suffix is one of :data:`IMAGES`."""
    path = checked_path(value, param_hint)
    return Destination(path, image=IMAGES.get(path.suffix.lower()))


def listed(formats=()) -> str:
    """The suffixes of ``formats`` (all when none are given), as a message lists them."""
    return ", ".join(s for s, f in SUFFIXES.items() if not formats or f in formats)


def format_for(target: Destination, fmt: str | None) -> str:
    """The format of ``target``: with a chart image, its table's (which is not written, but for the report's);
    else --format's when given, else the one its suffix gives; a suffix that gives none is a usage error naming the
    suffixes there are."""
    if target.image:
        return target.table_format or "table"
    if fmt:
        return fmt.lower()
    if target.suffix_format is None:
        from ipr_stats.errors import visible

        images = f" (with --chart: {', '.join(IMAGES)})" if target.charts else ""
        raise click.BadParameter(f"the file name {visible(repr(target.path.name))} ends in no suffix of a format; expected one of "
                                 f"{listed(target.formats)}{images}, or --format FORMAT", param_hint="--output")
    return target.suffix_format
