"""Hostile input: every command that reads dataset files ends each hostile file with a clear error.

The corpus is tests/security/hostile/ (see its README) plus larger files built here. Each command
runs in-process over each file (exit 1 or 2, one message; an exception fails the test, as the `run` fixture
re-raises it); `validate` and a data command also run as processes, so that a traceback on stderr, a crash, a hang
or runaway memory shows. Generated documents and case logs, valid, spoiled and arbitrary, are checked as well.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from ipr_stats.data import safe_yaml
from ipr_stats.data import vocabulary as v
from ipr_stats.data.dataset import read_files
from ipr_stats.data.vocabulary import Vocabulary
from ipr_stats.errors import CONTROL

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
    """The corpus holds at least 20 hostile files."""
    assert len(corpus) >= 20


def _clear(code: int, err: str) -> None:
    """An in-process refusal: exit 1 or 2 and one short message (an exception would have reached the test itself:
    the ``run`` fixture re-raises it, so a traceback is looked for in the processes below, where it would show)."""
    assert code in (1, 2), err
    assert err.startswith("Error:"), err
    assert max(map(len, err.splitlines())) < 400, "a message quotes too much of the input"
    assert len(err.splitlines()) <= 14, err


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_every_command_refuses_every_hostile_file(run, corpus, args):
    """In-process, on the user's file alone: exit 1 or 2, one short message naming the file, no exception."""
    for file in corpus:
        started = time.perf_counter()
        code, _out, err = run("--no-bundled", "--data", str(file), *args)
        _clear(code, err)
        assert str(file) in err or file.name in err, (file, err)
        assert time.perf_counter() - started < 10, file


# Runs ipr-stats as `python -m ipr_stats` does, then writes the process's peak resident memory (kB) to the file
# named by argv[1]: /proc's VmHWM counts this program alone, where the rusage of a child also counts the memory of
# the test process it was forked from.
MEASURED = """
import atexit, sys
peak_file = sys.argv.pop(1)
def peak():
    try:
        with open("/proc/self/status") as status:
            kb = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    except OSError:
        import resource
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with open(peak_file, "w") as out:
        out.write(str(kb))
atexit.register(peak)
from ipr_stats.cli import main
main()
"""


def _process(*args, env=None):
    """Run ipr-stats as a process: (exit code, stderr, seconds, its peak memory in MiB)."""
    import tempfile

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        peak_file = Path(folder) / "peak"
        child = subprocess.Popen([sys.executable, "-c", MEASURED, str(peak_file), *args], stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
        try:
            _out, err = child.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()
            pytest.fail(f"ipr-stats {' '.join(args)[:80]} did not finish in 30 s")
        peak = int(peak_file.read_text()) / 1024 if peak_file.exists() else float("inf")
    return child.returncode, err.decode("utf-8", "replace"), time.perf_counter() - started, peak


@pytest.mark.skipif(sys.platform == "win32", reason="peak memory is read from the POSIX rusage")
def test_as_processes_no_crash_no_hang_memory_bounded(corpus, tmp_path):
    """With the bundled data too, as a user runs it: no signal, no traceback, seconds, bounded memory."""
    for file in corpus:
        for args in (("validate", str(file)), ("--data", str(file), "yoy", "--metric", "batches")):
            code, err, seconds, peak = _process(*args, env={"IPR_STATS_CACHE": str(tmp_path / "cache")})
            assert code in (1, 2), (args, code, err[-500:])  # a negative code is a signal: a crash
            assert "Traceback" not in err, err
            assert file.name in err and (err.startswith("Error:") or err.endswith(" problem(s) found.\n")), (args, err[:500])
            assert seconds < 15, (args, seconds)
            assert peak < 1024, (args, peak)  # MiB


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
    """--data with a folder that holds no .yaml or .yml file is a data error, exit 1."""
    (tmp_path / "notes.txt").write_text("x")
    code, _out, err = run("--data", str(tmp_path), "sources")
    assert code == 1 and "no .yaml or .yml file" in err


# Property tests: any document of mappings, lists and scalars, any record row, is refused or accepted, never a crash;
# valid ones (built below from the vocabulary) give their rows.
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

# Valid documents, built from the real vocabulary (docs/data-model.md), and the rows each must give.
VOCAB = Vocabulary()
PAIRS = [(dim, key, [key, name, *aliases]) for dim in VOCAB.dimensions
         for key, (name, _kind, aliases) in VOCAB.member_set(dim).items()]
LABELS = ["2008", "2019-H1", "2019-Q3", "FY2019", "2018-07", "1994-09-06", "@2016-12-31", "..2020", "2015..2017"]
SHARES = ["8%", "Less than 1%", "exceeding 99%", "+54.6%"]
numbers = st.one_of(st.integers(min_value=0, max_value=2**53),
                    st.floats(min_value=0, max_value=2**53, allow_nan=False, allow_infinity=False),
                    st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False).map(float))


@st.composite
def figures(draw, shared=()):
    """One valid figure (the fields in ``shared`` come from its group) and the row it must give."""
    fig = {name: draw(st.sampled_from(choices)) for name, choices in
           (("locator", ["Table 1", "para 7", "II(III)"]), ("metric", sorted(VOCAB.metrics)), ("period", LABELS))
           if name not in shared}
    if draw(st.booleans()):
        fig["scope"] = draw(st.sampled_from(sorted(VOCAB.scopes)))
    if draw(st.booleans()):
        dim, key, names = draw(st.sampled_from(PAIRS))
        fig["dimension"], fig["member"] = dim, draw(st.sampled_from(names))
        fig.update({"breakdown": draw(st.sampled_from(sorted(v.BREAKDOWNS)))} if draw(st.booleans()) else {})
    want = {"metric": fig.get("metric"), "scope": fig.get("scope", "national"), "dimension": fig.get("dimension"),
            "member": key if "dimension" in fig else None}
    if draw(st.integers(0, 4)) == 0:
        fig["claim"], fig["published_share"] = "share", draw(st.sampled_from(SHARES[:3]))
        want.update(claim="share", value=None)
    else:
        fig["value"] = draw(numbers)
        qualifier = draw(st.sampled_from(sorted(v.QUALIFIERS)))
        fig.update({"qualifier": qualifier} if qualifier != "exact" or draw(st.booleans()) else {})
        fig.update({"precision": draw(st.sampled_from([1, 10, 10_000, 0.5]))} if qualifier == "rounded" else {})
        fig.update({"decimals": draw(st.integers(0, 6))} if draw(st.booleans()) else {})
        fig.update({"published_change": draw(st.sampled_from(SHARES))} if draw(st.booleans()) else {})
        want.update(claim=None, value=fig["value"], qualifier=qualifier, precision=fig.get("precision"))
    if draw(st.booleans()):
        fig["note"] = draw(st.text(max_size=20).map(lambda text: CONTROL.sub("", text)))  # a control character is refused
    return fig, want


@st.composite
def valid_documents(draw):
    """A valid document of single figures and groups, each figure's key once; returns (document, [(where, row)])."""
    source = {"id": "generated", "title": "T", "publisher": "P", "language": draw(st.sampled_from(["en", "zh", "zh-Hant"])),
              "published": draw(st.sampled_from(["2010", "2019-08", "2019-08-02"])),
              "kind": draw(st.sampled_from(sorted(v.SOURCE_KINDS)))}
    source.update({"stage": draw(st.sampled_from(sorted(v.STAGES)))} if draw(st.booleans()) else {})
    origin = {"source": "generated", "source_kind": source["kind"], "stage": source.get("stage", "final"),
              "source_date": source["published"]}
    recs, expected, seen = [], [], set()

    def keep(fig, want, where):
        key = (fig["metric"], fig["period"], want["scope"], want["dimension"], want["member"])
        if key in seen:  # the same figure twice with two values is a conflict, not a valid document
            return False
        seen.add(key)
        expected.append((where, {**want, **origin, "locator": fig["locator"], "period": fig["period"]}))
        return True

    for _ in range(draw(st.integers(1, 4))):
        i = len(recs)
        if draw(st.booleans()):
            fig, want = draw(figures())
            if keep(fig, want, f"records[{i}]"):
                recs.append(fig)
        else:
            group = {"locator": draw(st.sampled_from(["Table 6", "para 2"])), "period": draw(st.sampled_from(LABELS))}
            group.update({"metric": draw(st.sampled_from(["batches", "quantity", "value"]))} if draw(st.booleans()) else {})
            bodies = []
            for _ in range(draw(st.integers(1, 3))):
                body, want = draw(figures(shared=tuple(group)))
                if keep({**group, **body}, {**want, "metric": {**group, **body}["metric"]}, f"records[{i}].figures[{len(bodies)}]"):
                    bodies.append(body)
            if bodies:
                recs.append({**group, "figures": bodies})
    return {"source": source, "records": recs}, expected


# A field set to what no figure may hold, and the field the problem must name.
SPOILS = [("metric", "batchez", "metric"), ("metric", 5, "metric"), ("period", "2019-H3", "period"), ("period", None, "period"),
          ("value", -1, "value"), ("value", True, "value"), ("value", "12 batches", "value"), ("value", 2**53 + 2, "value"),
          ("value", float("inf"), "value"), ("scope", "nationall", "scope"), ("qualifier", "roughly", "qualifier"),
          ("precision", -5, "precision"), ("decimals", 7, "decimals"), ("published_change", "lots", "published_change"),
          ("locator", "", "locator"), ("colour", "red", "colour"),
          # years a date cannot hold, and digits that would make a second label for a year
          ("period", "FY0000", "period"), ("period", "0000-H1", "period"), ("period", "10000", "period"),
          ("period", "２００９", "period"), ("period", "٢٠١٩-H1", "period"),
          # escapes that would act on a terminal
          ("note", "a\x1b[2Jb", "note"), ("locator", "Table 1\x1b]8;;https://evil.example/\x07", "locator"),
          ("note", "\u202egnp.exe", "note"), ("printed", "5\r6", "printed")]


@st.composite
def spoiled_documents(draw):
    """A valid document with one figure's field spoiled; returns (document, [(where, row)] of the others, that figure's where)."""
    doc, expected = draw(valid_documents())
    where, _row = draw(st.sampled_from(expected))
    name, bad, field = draw(st.sampled_from(SPOILS))
    i, _, j = where.removeprefix("records[").partition("].figures[")
    target = doc["records"][int(i.rstrip("]"))]
    target = target["figures"][int(j.rstrip("]"))] if j else target
    if name == "value" and target.get("claim"):
        name, bad, field = "claim", "guess", "claim"
    target[name] = bad
    return doc, [(w, row) for w, row in expected if w != where], (where, field)


kinds_of_document = st.one_of(documents.map(lambda doc: (doc, None, None)), valid_documents().map(lambda found: (*found, None)),
                              spoiled_documents())


def _summary(row: dict) -> dict:
    """The fields of a checked row that a generated figure decides."""
    names = ("metric", "scope", "dimension", "member", "claim", "value", "source", "source_kind", "stage", "source_date",
             "locator", "period")
    out = {name: row.get(name) for name in names}
    if not row.get("claim"):
        out.update(qualifier=row["qualifier"], precision=row.get("precision"))
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kinds_of_document)
def test_any_document_is_checked_never_crashes(tmp_path, case):
    """Any document is checked without a crash into short problems and rows that hold a number up to 2^53 or a claim;
    a valid document gives exactly its figures with no problem, and a spoiled field costs its own figure alone."""
    doc, expected, spoiled = case
    path = tmp_path / "generated.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    _sources, rows, _vocab, problems = read_files([path], [path.name])
    for problem in problems:
        assert len(str(problem)) < 600
    for row in rows:
        assert isinstance(row["value"], (int, float)) or row.get("claim")
        assert row.get("claim") or 0 <= row["value"] <= 2**53
    event("rows checked" if rows else "no row")
    if expected is None:
        return
    assert [(row["where"], _summary(row)) for row in rows] == [(where, _summary(want)) for where, want in expected]
    if spoiled is None:
        assert problems == []
    else:
        assert problems and {(p.record, p.field) for p in problems} == {spoiled}, problems


cells = st.one_of(st.text(max_size=12), st.integers(min_value=-(10**25), max_value=10**25).map(str),
                  st.floats(allow_nan=True, allow_infinity=True).map(repr), st.dates().map(str), st.just(""))
rows = st.lists(st.tuples(cells, cells, cells, cells), min_size=1, max_size=6)
# rows that docs/records.md accepts: a date from 1980 to the end of next year (the two ends often), whole pieces and
# RMB up to 10^12, any customs text
FIRST, LAST = dt.date(1980, 1, 1), dt.date(dt.date.today().year + 1, 12, 31)
good_rows = st.lists(st.tuples(st.one_of(st.sampled_from([FIRST, LAST]), st.dates(FIRST, LAST)).map(str),
                               st.integers(0, 10**12).map(str),
                               st.decimals(0, 10**12, places=2, allow_nan=False).map(str), st.text(max_size=12)),
                     min_size=1, max_size=6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(rows.map(lambda found: (found, False)), good_rows.map(lambda found: (found, True))))
def test_any_record_rows_are_checked_never_crash(run, tmp_path, case):
    """Any rows of a case log end in figures or one message, never an exception (the fixture re-raises one);
    rows that docs/records.md accepts give exit 0, one batch per row and their pieces summed, in each year."""
    import csv

    generated, good = case
    path = tmp_path / "log.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", "quantity", "value", "customs"])
        writer.writerows(generated)
    code, _out, err = run("--records", str(path), "--no-bundled", "yoy", "--metric", "batches")
    assert code in (0, 1, 2)
    event(f"exit {code}")
    if code:
        assert err.startswith("Error:"), err
    if good:
        code, out, err = run("--records", str(path), "--no-bundled", "data", "--dim", "total", "--format", "csv")
        assert code == 0, err
        got = {(r["metric"], r["period"]): int(r["value"]) for r in csv.DictReader(io.StringIO(out))
               if r["metric"] in ("batches", "quantity") and "-" not in r["period"]}
        want = Counter()
        for date, quantity, _value, _customs in generated:
            want["batches", date[:4]] += 1
            want["quantity", date[:4]] += int(quantity)
        assert got == dict(want)
