"""Values complete on a shell: metrics, scopes, dimensions, members, period kinds, sources, years and tables."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent


def _offered(words: str, shell: str = "bash_complete") -> list[str]:
    """What click's completion offers for the command line ``words`` (the last word is the one being typed)."""
    parts = words.split(" ")
    env = {**os.environ, "_IPR_STATS_COMPLETE": shell, "COMP_WORDS": words, "COMP_CWORD": str(len(parts) - 1)}
    done = subprocess.run([sys.executable, "-m", "ipr_stats"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stderr == ""
    return [line.split(",", 1)[1] for line in done.stdout.splitlines() if line]


@pytest.mark.parametrize("words, expected", [
    ("ipr-stats yoy --metric ba", ["batches"]),
    ("ipr-stats series --scope ja", ["japan"]),
    ("ipr-stats share --dim tra", ["transport"]),
    ("ipr-stats top --by value_per", ["value_per_batch", "value_per_item"]),
    ("ipr-stats series --period-kind ha", ["half_year"]),
    ("ipr-stats series --metric value --dim customs --member shen", ["shenyang", "shenzhen"]),
    ("ipr-stats compare --metric q", ["quantity"]),
])
def test_names_complete_from_the_vocabulary(words, expected):
    assert _offered(words) == expected


def test_sources_years_and_tables_complete_from_the_data():
    """Source ids, years with figures (latest first) and the numbers of tables that can be rebuilt."""
    assert "gacc-2008" in _offered("ipr-stats series --metric batches --source gacc-20")
    assert _offered("ipr-stats sources gacc-2019")[0] == "gacc-2019h1"
    years = _offered("ipr-stats top --by value --year 200")
    assert "2008" in years and years == sorted(years, reverse=True) and all(y.startswith("200") for y in years)
    assert _offered("ipr-stats table --source gacc-2008 1") == ["1", "10", "11", "12", "13", "14", "15"]


def test_a_member_completes_within_the_dimension_given():
    """--member after --dim direction offers that dimension's members only."""
    assert set(_offered("ipr-stats series --metric batches --dim direction --member ")) == {"import", "export"}


def test_zsh_and_fish_get_the_word_on_each_value():
    assert "batch: Batches" in subprocess.run(
        [sys.executable, "-m", "ipr_stats"], capture_output=True, text=True, timeout=60,
        env={**os.environ, "_IPR_STATS_COMPLETE": "fish_complete", "COMP_WORDS": "ipr-stats yoy --metric ba",
             "COMP_CWORD": "ba"}).stdout


def test_no_data_offers_nothing_and_no_error(tmp_path):
    """A broken --data file: sources complete to nothing, with no traceback in the user's shell."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("source: [", encoding="utf-8")
    assert _offered(f"ipr-stats --data {bad} --no-bundled series --metric batches --source g") == []


@pytest.mark.skipif(shutil.which("bash") is None or not (BIN / "ipr-stats").exists(), reason="needs bash and the installed command")
def test_bash_completes_a_metric_through_its_script():
    """In bash, with the script click writes sourced, `ipr-stats yoy --metric ba<TAB>` gives batches."""
    script = ('eval "$(_IPR_STATS_COMPLETE=bash_source ipr-stats)"; COMP_WORDS=(ipr-stats yoy --metric ba); COMP_CWORD=3; '
              '_ipr_stats_completion ipr-stats; echo "${COMPREPLY[@]}"')
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"})
    assert done.stdout.split() == ["batches"]
