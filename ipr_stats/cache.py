"""A cache of checked dataset records, so that a command called in a loop skips the YAML parse.

The key is a SHA-256 of every dataset file's name and bytes and of the modules that
check them; any change to either makes a new key. The cache lives in the user's
cache directory (``$IPR_STATS_CACHE``, else ``$XDG_CACHE_HOME/ipr-stats``, else
``~/.cache/ipr-stats``), never inside the installed package. ``IPR_STATS_CACHE=off``
turns it off. A cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

_CODE = ("model.py", "vocabulary.py", "periods.py", "printed.py", "dataset.py", "cache.py")
KEEP = 8  # entries kept; older ones are removed


def directory() -> Path | None:
    setting = os.environ.get("IPR_STATS_CACHE")
    if setting == "off":
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "ipr-stats"


def key(files, names) -> str:
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for module in _CODE:
        digest.update((here / module).read_bytes())
    for file, name in zip(files, names):
        digest.update(name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def read(name: str):
    folder = directory()
    if folder is None:
        return None
    try:
        with open(folder / f"{name}.pickle", "rb") as handle:
            return pickle.load(handle)
    except Exception:  # missing, unreadable or from another Python: rebuild it
        return None


def write(name: str, value) -> None:
    folder = directory()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temp = folder / f"{name}.{os.getpid()}.tmp"
        with open(temp, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, folder / f"{name}.pickle")
        entries = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
