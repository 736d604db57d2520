"""Running a checked SQL query in a child process, within a time and a memory limit.

polars runs a query in native code that Python cannot interrupt: a query that never ends,
or that asks for more memory than there is, would hang or abort the whole process. The
child process gets the tables as Arrow IPC on its standard input and the query text, limits
its own address space to ``memory`` bytes, and sends back the result as Arrow IPC, or a
message. The parent stops it after ``seconds``. Whatever happens in the child, the parent
raises a one-paragraph QueryError (the query's own mistakes, exit 1) or RefusedQuery (a
limit reached, exit 2). The child is started in Python's isolated mode, so the current folder
can supply no module.
"""

from __future__ import annotations

import io
import json
import os
import signal
import struct
import subprocess
import sys
from pathlib import Path

from ipr_stats.errors import QueryError, RefusedQuery

SECONDS = 20.0

MEMORY = 2 * 1024 ** 3  # bytes of address space

MAX_ROWS = 1_000_000  # rows a result may have

_ROOT = str(Path(__file__).resolve().parents[2])  # the folder holding the package

_CHILD = ("import sys; sys.path.insert(0, sys.argv[1]); "
          "from ipr_stats.analysis.bounded import child; child()")


def run(tables: dict, query: str, *, seconds: float = SECONDS, memory: int = MEMORY, hint: str = ""):
    """The result of ``query`` over ``tables`` (name -> DataFrame), run in a child process."""
    import polars as pl

    message = json.dumps({"query": query, "memory": memory, "tables": list(tables), "max_rows": MAX_ROWS}).encode()
    parts = [message, *(_ipc(frame) for frame in tables.values())]
    payload = b"".join(struct.pack("<Q", len(part)) + part for part in parts)
    try:
        done = subprocess.run([sys.executable, "-I", "-c", _CHILD, _ROOT], input=payload, capture_output=True,
                              timeout=seconds, env={**os.environ, "POLARS_MAX_THREADS": os.environ.get("POLARS_MAX_THREADS", "2")})
    except subprocess.TimeoutExpired:
        raise RefusedQuery(f"The SQL query ran for more than {seconds:g} seconds and was stopped. Ask for less: filter the "
                           "rows with WHERE, join on a condition, add a LIMIT.") from None
    except OSError as exc:
        raise QueryError(f"The SQL query could not be run: the engine's process did not start ({exc.strerror}).") from None
    out = done.stdout
    if done.returncode == 0 and out[:1] == b"R":
        return pl.read_ipc(io.BytesIO(out[1:]))
    if done.returncode == 0 and out[:1] == b"E":
        raise QueryError(f"The SQL query failed: {out[1:].decode('utf-8', 'replace')}. {hint}".rstrip())
    if done.returncode == 0 and out[:1] == b"L":
        raise RefusedQuery(out[1:].decode("utf-8", "replace"))
    how = (f"was stopped by signal {signal.Signals(-done.returncode).name}" if done.returncode < 0
           and -done.returncode in signal.valid_signals() else f"ended with code {done.returncode}")
    raise RefusedQuery(f"The SQL query could not be computed: the engine {how}, most likely asking for more than the "
                       f"{memory / 1024 ** 3:g} GiB of memory allowed. Ask for less: shorter texts, fewer rows, a join on "
                       "a condition.")


def _ipc(frame) -> bytes:
    buffer = io.BytesIO()
    frame.write_ipc(buffer, compression="uncompressed")
    return buffer.getvalue()


def _outside_years(frame) -> str | None:
    """The first column holding a date or time outside the years 1 to 9999 (which Python's dates cannot hold), or None."""
    import polars as pl

    for name, dtype in frame.schema.items():
        if dtype.is_temporal() and dtype != pl.Duration and dtype != pl.Time:
            years = frame.get_column(name).dt.year()
            if years.min() is not None and (years.min() < 1 or years.max() > 9999):
                return name
    return None


def _parts(data: bytes) -> list[bytes]:
    parts, at = [], 0
    while at < len(data):
        (size,) = struct.unpack_from("<Q", data, at)
        parts.append(data[at + 8:at + 8 + size])
        at += 8 + size
    return parts


def child() -> None:
    """The child's side: read the tables and the query, limit memory, run, answer on stdout."""
    data = sys.stdin.buffer.read()
    message, *frames = _parts(data)
    asked = json.loads(message)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (asked["memory"], asked["memory"]))
    except (ImportError, ValueError, OSError):  # no such limit on this system: the time limit still holds
        pass
    out = sys.stdout.buffer
    try:
        import polars as pl

        tables = {name: pl.read_ipc(io.BytesIO(frame)) for name, frame in zip(asked["tables"], frames)}
        result = pl.SQLContext(tables, eager=True).execute(asked["query"])
        if result.height > asked["max_rows"]:
            out.write(b"L" + (f"The SQL query's result has {result.height:,} rows; at most {asked['max_rows']:,} are "
                              "returned. Add a LIMIT, or group the rows.").encode())
            return
        outside = _outside_years(result)
        if outside:
            out.write(b"E" + (f"column {outside!r} holds a date outside the years 1 to 9999, which cannot be shown; "
                              "keep the dates within them").encode("utf-8", "replace"))
            return
        out.write(b"R" + _ipc(result))
    except MemoryError:
        out.write(b"L" + b"The SQL query needed more memory than allowed. Ask for less: shorter texts, fewer rows.")
    except BaseException as exc:  # polars raises several error types for bad SQL, and a PanicException (a BaseException)
        reason = " ".join(str(exc).split()).split(" Resolved plan")[0].rstrip(". ")
        kind = b"L" if type(exc).__name__ == "PanicException" else b"E"
        text = reason[:300] if kind == b"E" else f"The SQL query could not be computed: the engine stopped ({reason[:200]})."
        out.write(kind + text.encode("utf-8", "replace"))
    out.flush()
