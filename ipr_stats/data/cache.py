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
turns it off. A folder that another user owns or may write to is not used; a cache
that cannot be read or written is ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

# the modules that decide what a checked, marked frame holds: a change to any of them makes a new key
_CODE = ("model.py", "notes.py", "intervals.py", "vocabulary.py", "members.py", "chinese.py", "periods.py", "printed.py", "frame.py", "safe_yaml.py",
         "dataset.py", "versions.py", "cache.py")

KEEP = 8  # entries kept; older ones are removed

FORMAT = 2  # bumped when the shape of an entry changes

VOCABULARY = ("metrics", "scopes", "dimensions", "members")


def directory() -> Path | None:
    setting = os.environ.get("IPR_STATS_CACHE")
    if setting == "off":
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "ipr-stats"


def private(folder: Path) -> bool:
    """True when the folder is this user's own and nobody else may write to it."""
    try:
        info = folder.stat()
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


def read(name: str, schema: dict):
    """(sources, marked frame, vocabulary) of an entry, or None when there is none usable.
    ``schema``: the columns and types the frame must have."""
    folder = directory()
    if folder is None or not private(folder):
        return None
    try:
        with open(folder / f"{name}.json", encoding="utf-8") as handle:
            meta = json.load(handle)
        import polars as pl

        frame = pl.read_ipc((folder / f"{name}.arrow").read_bytes())  # bytes: never a map of a file another process may replace
    except Exception:  # missing, unreadable or damaged: rebuild it
        return None
    sources = meta.get("sources") if isinstance(meta, dict) and meta.get("format") == FORMAT else None
    vocab = _vocabulary(meta.get("vocabulary")) if sources is not None else None
    if vocab is None or not isinstance(sources, list) or not all(isinstance(s, dict) for s in sources):
        return None
    if dict(frame.schema) != schema:
        return None
    return sources, frame, vocab


def write(name: str, sources, frame, vocab) -> None:
    folder = directory()
    if folder is None:
        return
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not private(folder):
            return
        meta = {"format": FORMAT, "sources": sources, "vocabulary": {k: getattr(vocab, k) for k in VOCABULARY}}
        temp = folder / f"{name}.{os.getpid()}.tmp"
        temp.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, folder / f"{name}.json")
        frame.write_ipc(temp, compression="uncompressed")
        os.replace(temp, folder / f"{name}.arrow")
        entries = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
            old.with_suffix(".arrow").unlink(missing_ok=True)
        for old in folder.glob("*.pickle"):  # entries of earlier versions
            old.unlink(missing_ok=True)
    except (OSError, TypeError, ValueError):
        pass
