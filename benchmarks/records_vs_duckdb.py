"""Time `ipr-stats --records` against DuckDB running the equivalent SQL on the same file, and
against a plain polars query of it (the floor for a tool built on polars).

    pip install duckdb        # for this benchmark only; ipr-stats does not depend on it
    python benchmarks/records_vs_duckdb.py                  # 1M and 10M rows, Parquet, 7 runs
    python benchmarks/records_vs_duckdb.py --rows 10000000 --runs 9 --format csv
    python benchmarks/records_vs_duckdb.py --rows 100000000 --runs 3 --tasks top   # a 100M-row file, made in chunks

Run it from an environment where ipr-stats is installed. Record files are made once
by make_records.py (seeded, so every run times the same rows) in --dir. Each command
is a whole process, as a user calls it; the three commands alternate, run after run.
The table gives each one's median wall time, the median of the run-by-run ratios, and
each process's peak memory (maximum resident set size). Before timing, the script
checks that the three give the same figures.

The plain polars query reads the file as polars would unaided (scan_csv with
try_parse_dates, or scan_parquet), filters the year, groups and sums. It checks
nothing: ipr-stats checks every row as well (see docs/records.md).
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
YEAR = 2024
WITHIN = f"date BETWEEN DATE '{YEAR}-01-01' AND DATE '{YEAR}-12-31'"
CENTS = "CAST(value AS DECIMAL(18, 2))"  # ipr-stats sums values in whole cents, exactly; so does DECIMAL

# task -> (ipr-stats arguments after the file, DuckDB SQL over the table "t")
TASKS = {
    "top": (["top", "--by", "value", "--year", str(YEAR), "--dim", "customs"],
            f"SELECT customs AS member, SUM({CENTS}) AS value, 100 * SUM({CENTS}) / SUM(SUM({CENTS})) OVER () AS share_pct "
            f"FROM t WHERE {WITHIN} GROUP BY customs ORDER BY value DESC"),
    "yoy": (["yoy", "--metric", "value"],
            f"WITH p AS (SELECT year(date) AS y, CAST(NULL AS INTEGER) AS h, SUM({CENTS}) AS v FROM t GROUP BY y "
            f"UNION ALL SELECT year(date), CASE WHEN month(date) > 6 THEN 2 ELSE 1 END, SUM({CENTS}) FROM t GROUP BY 1, 2) "
            "SELECT y, h, v, v - lag(v) OVER w AS change, 100 * (v / lag(v) OVER w - 1) AS change_pct "
            "FROM p WINDOW w AS (PARTITION BY h ORDER BY y) ORDER BY y, h"),
    "share": (["share", "--dim", "transport", "--metric", "batches", "--year", str(YEAR)],
              f"SELECT transport AS member, COUNT(*) AS value, 100.0 * COUNT(*) / SUM(COUNT(*)) OVER () AS share_pct "
              f"FROM t WHERE {WITHIN} GROUP BY transport ORDER BY member"),
}
DUCKDB = """
import sys, duckdb
path, sql = sys.argv[1], sys.argv[2]
reader = "read_parquet" if path.endswith(".parquet") else "read_csv"
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")
con.execute(f"CREATE VIEW t AS SELECT * FROM {reader}('{path}')")
rel = con.sql(sql)
print(",".join(rel.columns))
for row in rel.fetchall():
    print(",".join("" if v is None else str(v) for v in row))
"""


POLARS = """
import sys, polars as pl
path, task = sys.argv[1], sys.argv[2]
t = pl.scan_parquet(path) if path.endswith(".parquet") else pl.scan_csv(path, try_parse_dates=True)
year = pl.col("date").dt.year() == %d
if task == "top":
    q = t.filter(year).group_by(pl.col("customs").alias("member")).agg(pl.col("value").sum())
elif task == "share":
    q = t.filter(year).group_by(pl.col("transport").alias("member")).agg(pl.len().alias("value"))
else:
    q = t.group_by(pl.col("date").dt.year().alias("y"), (pl.col("date").dt.month() > 6).cast(pl.Int8).add(1).alias("h")).agg(
        pl.col("value").sum().alias("v"))
print(q.collect().write_csv(), end="")
""" % YEAR


def ipr_stats_command() -> str:
    beside = Path(sys.executable).parent / "ipr-stats"
    return str(beside) if beside.exists() else shutil.which("ipr-stats") or "ipr-stats"


def run_measured(cmd: list[str]) -> tuple[float, float, str]:
    """Like run, with the peak memory of the child read from its resource usage."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "NO_COLOR": "1"})
    chunks = []
    while chunk := proc.stdout.read(65536):
        chunks.append(chunk)
    err = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        sys.exit(f"failed: {' '.join(cmd)}\n{err.decode()}")
    return seconds, usage.ru_maxrss / 1024, b"".join(chunks).decode()


def same_as_polars(task: str, theirs: str, plain: str) -> bool:
    """Whether the plain polars query gives DuckDB's values (its float sums to within a cent, or a part in 10^9)."""
    duck = list(csv.DictReader(io.StringIO(theirs)))
    mine = list(csv.DictReader(io.StringIO(plain)))
    if task == "yoy":
        want = {(r["y"], r["h"] or None): float(r["v"]) for r in duck}
        halves = {(r["y"], r["h"]): float(r["v"]) for r in mine}
        years = {}
        for (y, _h), v in halves.items():
            years[(y, None)] = years.get((y, None), 0) + v
        got = {**halves, **years}
    else:
        want = {r["member"].casefold(): float(r["value"]) for r in duck}
        got = {r["member"].casefold(): float(r["value"]) for r in mine}
    return want.keys() == got.keys() and all(abs(got[k] - want[k]) <= max(0.01, 1e-9 * abs(want[k])) for k in want)


def same_figures(task: str, ours: str, theirs: str) -> bool:
    """Whether both outputs give the same values (members compared without case; values to the cent)."""
    mine = list(csv.DictReader(io.StringIO(ours)))
    duck = list(csv.DictReader(io.StringIO(theirs)))
    if task == "yoy":
        ipr = sorted(round(float(r["to_value"]), 2) for r in mine) + sorted(round(float(r["from_value"]), 2) for r in mine)
        values = {(r["y"], r["h"]): round(float(r["v"]), 2) for r in duck}
        firsts = {(r["y"], r["h"]) for r in duck if r["change"] == ""}
        want = sorted(v for k, v in values.items() if k not in firsts) + sorted(
            v for k, v in values.items() if (str(int(k[0]) + 1), k[1]) in values)
        return ipr == want
    ipr = {r["member"].casefold(): round(float(r["value"]), 2) for r in mine}
    return ipr == {r["member"].casefold(): round(float(r["value"]), 2) for r in duck}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[1_000_000, 10_000_000], help="record counts (default 1M and 10M)")
    parser.add_argument("--runs", type=int, default=7, help="runs of each command, alternating (default 7)")
    parser.add_argument("--format", choices=["parquet", "csv"], default="parquet", help="the record file format")
    parser.add_argument("--tasks", nargs="+", choices=list(TASKS), default=list(TASKS), help="the commands to time (default all)")
    parser.add_argument("--dir", default=str(Path(tempfile.gettempdir()) / "ipr-stats-bench"), help="where record files are made")
    args = parser.parse_args()
    try:
        import duckdb  # noqa: F401
    except ImportError:
        sys.exit("DuckDB is needed for this benchmark only: pip install duckdb")
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("warning: PYTHONDONTWRITEBYTECODE is set, so modules are compiled on every start; unset it to time what users see.",
              file=sys.stderr)
    tool = ipr_stats_command()
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{'rows':>11}  {'task':5}  {'ipr-stats s':>11}  {'polars s':>8}  {'duckdb s':>8}  {'/polars':>7}  {'/duckdb':>7}  "
          f"{'ipr-stats MiB':>13}  {'polars MiB':>10}  {'duckdb MiB':>10}  {'/duckdb':>7}")
    for rows in args.rows:
        path = folder / f"records-{rows}.{args.format}"
        if not path.exists():
            subprocess.run([sys.executable, str(HERE / "make_records.py"), "--rows", str(rows), "--out", str(path)], check=True,
                           stdout=subprocess.DEVNULL)
        for task in args.tasks:
            ipr_args, sql = TASKS[task]
            commands = {"ours": [tool, "--records", str(path), *ipr_args, "--format", "csv"],
                        "polars": [sys.executable, "-c", POLARS, str(path), task],
                        "duckdb": [sys.executable, "-c", DUCKDB, str(path), sql]}
            outputs = {name: run_measured(cmd)[2] for name, cmd in commands.items()}
            if not same_figures(task, outputs["ours"], outputs["duckdb"]):
                sys.exit(f"{task}: ipr-stats and DuckDB disagree on {path}")
            if not same_as_polars(task, outputs["duckdb"], outputs["polars"]):
                sys.exit(f"{task}: the plain polars query and DuckDB disagree on {path}")
            times = {name: [] for name in commands}
            peaks = {name: [] for name in commands}
            for _ in range(args.runs):
                for name, cmd in commands.items():
                    seconds, peak, _out = run_measured(cmd)
                    times[name].append(seconds)
                    peaks[name].append(peak)
            t = {k: statistics.median(v) for k, v in times.items()}
            m = {k: max(v) for k, v in peaks.items()}
            ratio = {k: statistics.median(a / b for a, b in zip(times["ours"], times[k])) for k in ("polars", "duckdb")}
            print(f"{rows:>11}  {task:5}  {t['ours']:>11.3f}  {t['polars']:>8.3f}  {t['duckdb']:>8.3f}  {ratio['polars']:>7.2f}  "
                  f"{ratio['duckdb']:>7.2f}  {m['ours']:>13.0f}  {m['polars']:>10.0f}  {m['duckdb']:>10.0f}  "
                  f"{m['ours'] / m['duckdb']:>7.2f}", flush=True)


if __name__ == "__main__":
    main()
