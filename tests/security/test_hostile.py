"""Hostile input: every command that reads dataset files ends each hostile file with a clear error.

The corpus is tests/security/hostile/ (see its README) plus larger files built here. Each command
runs in-process over each file (exit 1 or 2, one message, no traceback); `validate` and a
data command also run as processes, so that a crash, a hang or runaway memory shows.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipr_stats.data import safe_yaml
from ipr_stats.data.dataset import read_files

HERE = Path(__file__).parent / "hostile"
HEAD = 'source: {id: hostile, title: T, publisher: P, published: "2010", language: en, kind: official}\n'

# every command that reads the dataset files, with the arguments it needs
COMMANDS = [
    ("data",), ("metrics",), ("sources",), ("coverage",), ("audit",),
    ("yoy", "--metric", "batches"), ("top", "--by", "value", "--year", "2008"), ("share", "--dim", "transport", "--metric", "batches", "--year", "2008"),
    ("series", "--metric", "batches"), ("sql", "SELECT metric FROM figures"), ("table", "1"),
    ("cite", "--metric", "batches", "--period", "2009"),
]


def _built(folder: Path) -> list[Path]:
    """The hostile files too large, or too odd, to keep in the repository."""
    files = {
        "deep-brackets.yaml": HEAD + "records:\n  - {locator: T1, metric: batches, period: '2009', value: 5, note: "
                              + "[" * 100_000 + "]" * 100_000 + "}\n",
        "many-digits.yaml": HEAD + "records:\n  - {locator: T1, metric: batches, period: '2009', value: 1" + "0" * 5000 + "}\n",
        "long-field-name.yaml": HEAD + "records:\n  - {locator: T1, metric: batches, period: '2009', value: 5, "
                                + "x" * 1_000_000 + ": 1}\n",
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "utf-16.yaml").write_bytes((HEAD + "records: []\n").encode("utf-16"))
    with open(folder / "oversize.yaml", "wb") as handle:  # a sparse file above the size limit
        handle.truncate(safe_yaml.MAX_BYTES + 1)
    return sorted(folder.iterdir())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    built = _built(tmp_path_factory.mktemp("built"))
    return sorted(p for p in HERE.iterdir() if p.suffix == ".yaml") + built


def test_the_corpus_is_there(corpus):
    assert len(corpus) >= 20


def _clear(code: int, err: str) -> None:
    assert code in (1, 2), err
    assert "Traceback" not in err and err.startswith("Error:"), err
    assert max(map(len, err.splitlines())) < 400, "a message quotes too much of the input"
    assert len(err.splitlines()) <= 14, err


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_every_command_refuses_every_hostile_file(run, corpus, args):
    """In-process, on the user's file alone: exit 1 or 2, one short message, no traceback."""
    for file in corpus:
        started = time.perf_counter()
        code, _out, err = run("--no-bundled", "--data", str(file), *args)
        _clear(code, err)
        assert str(file) in err or file.name in err, (file, err)
        assert time.perf_counter() - started < 10, file


def _process(*args, env=None):
    """Run ipr-stats as a process: (exit code, stderr, seconds, peak memory in MiB)."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "ipr_stats", *args], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
    try:
        _out, err = child.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        child.kill()
        pytest.fail(f"ipr-stats {' '.join(args)[:80]} did not finish in 30 s")
    peak = __import__("resource").getrusage(__import__("resource").RUSAGE_CHILDREN).ru_maxrss / 1024
    return child.returncode, err.decode("utf-8", "replace"), time.perf_counter() - started, peak


@pytest.mark.skipif(sys.platform == "win32", reason="peak memory is read from the POSIX rusage")
def test_as_processes_no_crash_no_hang_memory_bounded(corpus, tmp_path):
    """With the bundled data too, as a user runs it: no signal, no traceback, seconds, bounded memory."""
    for file in corpus:
        for args in (("validate", str(file)), ("--data", str(file), "yoy", "--metric", "batches")):
            code, err, seconds, peak = _process(*args, env={"IPR_STATS_CACHE": str(tmp_path / "cache")})
            assert code in (1, 2), (args, code, err[-500:])  # a negative code is a signal: a crash
            assert "Traceback" not in err, err
            assert seconds < 15, (args, seconds)
            assert peak < 1024, (args, peak)  # MiB, the largest of the processes so far


def test_the_messages_say_what_was_wrong(corpus, run):
    """A few of the messages, read as a user reads them."""
    expected = {
        "aliases.yaml": "aliases are not allowed",
        "duplicate-records.yaml": "the key 'records' a second time",
        "duplicate-value.yaml": "the key 'value' a second time",
        "above-2-53.yaml": "2^53",
        "above-float-range.yaml": "2^53",
        "deep-brackets.yaml": "nested more than",
        "many-digits.yaml": "4,300 digits",
        "python-tag.yaml": "not allowed",
        "utf-16.yaml": "UTF-8",
        "oversize.yaml": "at most 4,194,304 bytes",
        "integer-metric-key.yaml": "a key as text",
        "list-title.yaml": "field 'title'",
        "published-number.yaml": "a date as text",
        "milestone-shapes.yaml": "milestones[0]",
    }
    by_name = {f.name: f for f in corpus}
    for name, fragment in expected.items():
        code, _out, err = run("validate", str(by_name[name]))
        assert code == 1 and fragment in err, (name, err)


def test_a_file_named_twice_is_read_once(run, write_yaml):
    """The same file through IPR_STATS_DATA and --data is one file, not a clash with itself."""
    path = write_yaml(HEAD + "records:\n  - {locator: T1, metric: batches, period: '2009', value: 5}\n")
    code, out, err = run("--data", str(path), "sources", env={"IPR_STATS_DATA": str(path)})
    assert code == 0 and "hostile" in out, err


def test_a_folder_without_dataset_files_is_an_error(run, tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    code, _out, err = run("--data", str(tmp_path), "sources")
    assert code == 1 and "no .yaml or .yml file" in err


# Property tests: any document of mappings, lists and scalars, any record row, is refused or accepted, never a crash.
scalars = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30),
                    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20), st.dates())
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                      max_leaves=20)
fields = ["locator", "metric", "period", "value", "scope", "dimension", "member", "qualifier", "precision", "decimals",
          "published_share", "published_change", "claim", "note", "printed", "period_kind", "breakdown", "figures"]
records = st.dictionaries(st.sampled_from(fields), values, max_size=8)
documents = st.fixed_dictionaries({"source": st.one_of(values, st.just(yaml.safe_load(HEAD)["source"])),
                                   "records": st.one_of(values, st.lists(records, max_size=4))},
                                  optional={"vocabulary": values, "milestones": values, "extra": values})


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents)
def test_any_document_is_checked_never_crashes(tmp_path, doc):
    path = tmp_path / "generated.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    _sources, rows, _vocab, problems = read_files([path], [path.name])
    for problem in problems:
        assert len(str(problem)) < 600
    for row in rows:
        assert isinstance(row["value"], (int, float)) or row.get("claim")
        assert row.get("claim") or abs(row["value"]) <= 2**53


cells = st.one_of(st.text(max_size=12), st.integers(min_value=-(10**25), max_value=10**25).map(str),
                  st.floats(allow_nan=True, allow_infinity=True).map(repr), st.dates().map(str), st.just(""))
rows = st.lists(st.tuples(cells, cells, cells, cells), min_size=1, max_size=6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows)
def test_any_record_rows_are_checked_never_crash(run, tmp_path, generated):
    import csv

    path = tmp_path / "log.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", "quantity", "value", "customs"])
        writer.writerows(generated)
    code, _out, err = run("--records", str(path), "--no-bundled", "yoy", "--metric", "batches")
    assert code in (0, 1, 2)
    assert "Traceback" not in err
    if code:
        assert err.startswith("Error:"), err
