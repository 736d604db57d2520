"""What a path names, told by stat alone (nothing is opened), in the words a message uses: a dataset file
or a record file that is a named pipe, a socket or a device is refused as what it is, never read (which
could hang), and never called missing."""

from __future__ import annotations

import os
import stat
from pathlib import Path

KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
         (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def mode(path: Path) -> int | None:
    """The mode of what a path names (a link followed), or None when nothing is there."""
    try:
        return path.stat().st_mode
    except (OSError, ValueError):  # no such file, a link to nothing, a name too long or holding a zero byte
        return None


def linked(path: Path) -> bool:
    """Whether the path is a symbolic link (to nothing, when :func:`mode` found nothing)."""
    try:
        return path.is_symlink()
    except (OSError, ValueError):
        return False


def shown(path) -> str:
    r"""A path as a message names it: as it is, except bytes that are not UTF-8, shown as \xff.

    >>> shown(Path("log.csv")), shown(Path(os.fsdecode(b"bad\xff.csv")))
    ('log.csv', 'bad\\xff.csv')
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def missing(path: Path, nothing: str = "no such file") -> str:
    """How a path that names nothing is described: a link to nothing, or ``nothing`` ("no such file or folder"
    where a folder would do)."""
    return "a symbolic link to nothing (its target is gone)" if linked(path) else nothing


def kind(found: int) -> str:
    """What a mode that is not a regular file's names: 'a named pipe (FIFO)', 'a folder' ..."""
    return next((name for test, name in KINDS if test(found)), "something other than a file")
