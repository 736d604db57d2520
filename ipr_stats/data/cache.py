"""A cache of the checked dataset, so that a command called in a loop skips the YAML parse.

An entry is two files named by its key: ``KEY.arrow``, the figures with the versions
already chosen (an Arrow IPC file written by polars), and ``KEY.json``, the sources and
the vocabulary. Neither format can run code, and both are checked for their shape
before use: an entry of another shape is ignored and rebuilt.

The key is a SHA-256 of the user's dataset files' names and bytes, and of the size and
modification time of the bundled files and of the modules that check them; any change
to either makes a new key. The cache lives in the user's cache
directory (``$IPR_STATS_CACHE``, else ``$XDG_CACHE_HOME/ipr-stats``, else
``~/.cache/ipr-stats``), never inside the installed package. ``IPR_STATS_CACHE=off``
turns it off.

Entries are kept in a folder of that directory the cache makes and owns, ``entries``,
marked as a cache by a ``CACHEDIR.TAG`` file (so backup tools skip it); a folder of that
name without the mark is the user's and is never used. The cache reads, writes and
deletes only its own entries there (files named by a key), never a link and never
anything outside it, so a cache directory shared with other files (``$HOME``, say) loses
none of them. A folder that another user owns or may write to is not used; a cache
that cannot be read or written is ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from pathlib import Path

# the modules that decide what a checked, marked frame holds: a change to any of them makes a new key
_CODE = ("model.py", "notes.py", "intervals.py", "vocabulary.py", "members.py", "chinese.py", "chinese_phrases.py", "chinese_read.py", "periods.py", "printed.py", "frame.py", "safe_yaml.py", "paths.py",
         "dataset.py", "versions.py", "cache.py")

KEEP = 8  # entries kept; older ones are removed

FORMAT = 2  # bumped when the shape of an entry changes

VOCABULARY = ("metrics", "scopes", "dimensions", "members")

ENTRIES = "entries"  # the folder of the cache directory that holds the entries

TAG = "CACHEDIR.TAG"  # the mark of a cache folder (https://bford.info/cachedir/)

SIGNATURE = "Signature: 8a477f597d28d172789f06886806bc55"

OWN = re.compile(r"[0-9a-f]{64}(\.json|\.arrow|\.[0-9]+\.tmp)")  # the names of the files the cache writes

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def directory() -> Path | None:
    setting = os.environ.get("IPR_STATS_CACHE")
    if setting == "off":
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "ipr-stats"


def private(folder: Path) -> bool:
    """True when the folder is this user's own, a folder and not a link to one, and nobody else may write to it."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return mine and stat.S_ISDIR(info.st_mode) and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def key(files, names, *, bundled: int = 0) -> str:
    """The entry's key: the first ``bundled`` files (those shipped in the package) and the
    checking code by their size and modification time, the user's files by their bytes
    (a script may rewrite one within the same tick of a coarse clock)."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    shipped = [*(here / module for module in _CODE), *files[:bundled]]
    for file in shipped:
        info = file.stat()
        digest.update(f"{file.name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    for file, name in zip(files[bundled:], names[bundled:]):
        digest.update(name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def _vocabulary(raw):
    """The vocabulary's four tables as the code holds them (tuples), or None when the shape is wrong."""
    from ipr_stats.data.vocabulary import Vocabulary

    if not isinstance(raw, dict) or set(raw) != set(VOCABULARY) or not all(isinstance(raw[k], dict) for k in VOCABULARY):
        return None
    vocab = Vocabulary()
    try:
        vocab.metrics = {k: (str(u), str(d)) for k, (u, d) in raw["metrics"].items()}
        vocab.scopes = {k: (str(kind), str(n), str(d)) for k, (kind, n, d) in raw["scopes"].items()}
        vocab.dimensions = {k: tuple(map(str, spec)) for k, spec in raw["dimensions"].items()}
        vocab.members = {s: {k: (str(n), str(kind), [str(a) for a in aliases]) for k, (n, kind, aliases) in members.items()}
                         for s, members in raw["members"].items()}
    except (TypeError, ValueError, AttributeError):
        return None
    if any(len(spec) != 3 or spec[1] not in vocab.members for spec in vocab.dimensions.values()):
        return None
    return vocab


def entries(*, make: bool = False) -> Path | None:
    """The folder of entries when it is the cache's own (private and marked), else None;
    ``make``: create it and its mark where the cache directory has no folder of that name."""
    base = directory()
    if base is None:
        return None
    folder = base / ENTRIES
    if make and not os.path.lexists(folder):
        try:
            base.mkdir(mode=0o700, parents=True, exist_ok=True)
            folder.mkdir(mode=0o700)
            _write(folder / TAG, f"{SIGNATURE}\n# the cache of ipr-stats: its checked dataset files (see docs/security.md)\n".encode())
        except OSError:
            return None
    if not private(folder):
        return None
    try:
        marked = _read(folder / TAG).startswith(SIGNATURE.encode())
    except OSError:
        return None
    return folder if marked else None


def _read(path: Path) -> bytes:
    """A file's bytes, refusing a link (O_NOFOLLOW) or anything that is not a plain file."""
    descriptor = os.open(path, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise OSError(f"{path.name} is not a plain file")
        return handle.read()


def _write(path: Path, data: bytes) -> None:
    """Write a new file, never through a link nor over a file already there."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)


def read(name: str, schema: dict):
    """(sources, marked frame, vocabulary) of an entry, or None when there is none usable.
    ``schema``: the columns and types the frame must have."""
    folder = entries()
    if folder is None or not OWN.fullmatch(f"{name}.json"):
        return None
    try:
        meta = json.loads(_read(folder / f"{name}.json").decode("utf-8"))
        import polars as pl

        frame = pl.read_ipc(_read(folder / f"{name}.arrow"))  # bytes: never a map of a file another process may replace
    except Exception:  # missing, unreadable or damaged: rebuild it
        return None
    sources = meta.get("sources") if isinstance(meta, dict) and meta.get("format") == FORMAT else None
    vocab = _vocabulary(meta.get("vocabulary")) if sources is not None else None
    if vocab is None or not isinstance(sources, list) or not all(isinstance(s, dict) for s in sources):
        return None
    if dict(frame.schema) != schema:
        return None
    return sources, frame, vocab


def own_entries(folder: Path) -> list[Path]:
    """The plain files in the folder that the cache wrote, by name: nothing else is ever removed."""
    found = []
    for path in folder.iterdir():
        try:
            plain = stat.S_ISREG(path.lstat().st_mode)
        except OSError:
            continue
        if plain and OWN.fullmatch(path.name):
            found.append(path)
    return found


def write(name: str, sources, frame, vocab) -> None:
    folder = entries(make=True)
    if folder is None or not OWN.fullmatch(f"{name}.json"):
        return
    temp = folder / f"{name}.{os.getpid()}.tmp"
    try:
        import io

        meta = {"format": FORMAT, "sources": sources, "vocabulary": {k: getattr(vocab, k) for k in VOCABULARY}}
        arrow = io.BytesIO()
        frame.write_ipc(arrow, compression="uncompressed")
        for suffix, data in ((".json", json.dumps(meta, ensure_ascii=False).encode("utf-8")), (".arrow", arrow.getvalue())):
            if os.path.lexists(temp):
                os.unlink(temp)
            _write(temp, data)
            os.replace(temp, folder / f"{name}{suffix}")
        _keep_newest(folder)
    except (OSError, TypeError, ValueError):
        pass
    finally:
        if os.path.lexists(temp):
            try:
                os.unlink(temp)
            except OSError:
                pass


def _keep_newest(folder: Path) -> None:
    """Remove the cache's own entries beyond the newest KEEP."""
    own = own_entries(folder)
    metas = sorted((p for p in own if p.suffix == ".json"), key=lambda p: p.lstat().st_mtime, reverse=True)
    stale = {p.stem for p in metas[KEEP:]}
    for path in own:
        if path.name.split(".")[0] in stale:
            path.unlink(missing_ok=True)
