"""Start-up time of ipr-stats against the imports it cannot avoid, measured side by side.

Run from an environment where ipr-stats is installed: python benchmarks/startup.py [RUNS]
Prints the median wall time of each command over RUNS alternating runs (default 9) and the ratios.
"""

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

python = sys.executable
beside = Path(python).parent / "ipr-stats"  # the script of the environment running this benchmark
tool = str(beside) if beside.exists() else shutil.which("ipr-stats") or "ipr-stats"
runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
cmds = {
    "click": [python, "-c", "import click"],
    "help": [tool, "--help"],
    "polars": [python, "-c", "import polars"],
    "yoy_csv": [tool, "yoy", "--metric", "batches", "--format", "csv"],
    "polars_rich": [python, "-c", "import polars, rich.table"],
    "yoy_table": [tool, "yoy", "--metric", "batches", "--format", "table"],
}
if os.environ.get("PYTHONDONTWRITEBYTECODE"):
    print("warning: PYTHONDONTWRITEBYTECODE is set, so modules are compiled on every start; unset it to time what users see.",
          file=sys.stderr)
times = {k: [] for k in cmds}
for _ in range(runs):
    for k, c in cmds.items():
        t = time.perf_counter(); subprocess.run(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); times[k].append(time.perf_counter() - t)
med = {k: statistics.median(v) for k, v in times.items()}
for k, v in med.items(): print(f"{k:12s} {v*1000:7.1f} ms")
print("help/click %.2f  yoy_csv/polars %.2f  yoy_table/polars+rich %.2f" % (med["help"]/med["click"], med["yoy_csv"]/med["polars"], med["yoy_table"]/med["polars_rich"]))
