"""Hostile dataset and record files, round two: paths that are not files, years no date can hold, decimals wider
than polars reads, and a memory error. Every input is built in tmp_path; each ends in one clear message."""

from __future__ import annotations

import os
import subprocess
import sys

import polars as pl
import pytest

SOURCE = 'source: {id: u1, title: T, publisher: P, published: "2010", language: en, kind: official}\n'


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes are POSIX")
def test_a_dataset_file_that_is_a_fifo_is_refused_as_one_and_never_read(tmp_path):
    """A named pipe given with --data is told by stat and never opened: opening it would wait for a writer forever."""
    fifo = tmp_path / "data.yaml"
    os.mkfifo(fifo)
    done = subprocess.run([sys.executable, "-m", "ipr_stats", "--data", str(fifo), "sources"], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "IPR_STATS_CACHE": "off"})
    assert done.returncode == 1 and "a named pipe (FIFO), not a regular file" in done.stderr, done.stderr
    assert "no such file" not in done.stderr


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="needs a character device")
def test_a_device_is_refused_as_one(run):
    code, _out, err = run("--data", "/dev/null", "sources")
    assert code == 1 and "a character device, not a regular file" in err


def test_a_link_to_nothing_is_told_as_such(run, tmp_path):
    (tmp_path / "gone.yaml").symlink_to(tmp_path / "nowhere.yaml")
    code, _out, err = run("--data", str(tmp_path / "gone.yaml"), "sources")
    assert code == 1 and "a symbolic link to nothing" in err


@pytest.mark.parametrize("period", ["FY0000", "0000-H1", "0000", "10000", "２００９"])
def test_a_period_no_date_can_hold_is_a_problem_in_records_and_series_notes(run, write_yaml, period):
    """FY0000 or 0000-H1 in a figure or a series note is one problem each, naming the field; never a traceback."""
    path = write_yaml(SOURCE + f'records:\n  - {{locator: T1, metric: batches, period: "{period}", value: 5}}\n'
                      f'series_notes:\n  - {{metric: batches, period: "{period}", locator: T1, note: N}}\n')
    code, _out, err = run("--no-bundled", "--data", str(path), "yoy", "--metric", "batches")
    assert code == 1 and err.count("field 'period'") == 2, err
    code, _out, err = run("validate", str(path))
    assert code == 1 and "2 problem(s) found" in err


class TestRecordDatesUnderAnyDate:
    def test_years_no_date_can_hold_are_bad_rows_even_under_any_date(self, run, tmp_path):
        log = tmp_path / "log.csv"
        log.write_text("date,quantity,value\n0000-01-01,1,10\n10000-01-01,2,20\n2024-01-01,1,1\n")
        code, _out, err = run("--no-bundled", "--any-date", "--records", str(log), "data")
        assert code == 1 and "within the years 1 to 9999" in err and "10000-01-01" in err, err

    def test_the_first_and_last_years_give_labels_a_period_can_be_read_from(self, run, tmp_path):
        """Year 999 is the period 0999 (four digits, as every label), and 9999-12-31 is kept."""
        log = tmp_path / "log.csv"
        log.write_text("date,quantity,value\n0999-03-01,1,10\n1000-03-01,2,20\n9999-12-31,1,1\n")
        code, out, err = run("--no-bundled", "--any-date", "--records", str(log), "series", "--metric", "batches", "--format", "csv")
        assert code == 0, err
        assert {"0999", "0999-H1", "1000", "9999", "9999-H2"} <= {line.split(",")[1] for line in out.splitlines()[1:]}
        code, out, err = run("--no-bundled", "--any-date", "--records", str(log), "yoy", "--metric", "batches", "--format", "csv")
        assert code == 0 and ",0999,1,aggregated,1000,1," in out, err

    def test_datetimes_at_the_end_of_the_calendar(self, run, tmp_path):
        """A Parquet Datetime column up to the last instant of 9999 is read under --any-date, no overflow."""
        import datetime as dt

        log = tmp_path / "log.parquet"
        pl.DataFrame({"date": [dt.datetime(9999, 12, 31, 23, 59), dt.datetime(2024, 1, 1)], "quantity": [1, 2], "value": [1.0, 2.0]}).write_parquet(log)
        code, out, err = run("--no-bundled", "--any-date", "--records", str(log), "data", "--dim", "total", "--format", "csv")
        assert code == 0 and "9999" in out, err


def test_decimals_wider_than_polars_reads_are_named(run, tmp_path):
    """A Parquet decimal of 60 digits (Decimal256) is a clear problem naming the widest readable decimal."""
    from decimal import Decimal

    log = tmp_path / "wide.parquet"
    pl.DataFrame({"date": ["2024-01-01"], "quantity": [1], "value": pl.Series([Decimal("12.5")], dtype=pl.Decimal(38, 2))}).write_parquet(log)
    raw = log.read_bytes()
    assert raw.count(bytes.fromhex("1504154c")) == 2  # scale 2, precision 38, in the schema element and its logical type
    log.write_bytes(raw.replace(bytes.fromhex("1504154c"), bytes.fromhex("15041578")).replace(b"ARROW:schema", b"ARROW:schemX"))
    code, _out, err = run("--no-bundled", "--records", str(log), "data")
    assert code == 1 and "a decimal column of 60 digits" in err and "38 digits" in err, err


def test_a_memory_error_is_one_message(monkeypatch, capsys):
    """Running out of memory ends in one paragraph and exit 1, never a traceback."""
    from ipr_stats.cli import app

    def exhausted(*_args, **_kwargs):
        raise MemoryError

    monkeypatch.setattr(app.cli, "main", exhausted)
    with pytest.raises(SystemExit) as stopped:
        app.main(["yoy"])
    err = capsys.readouterr().err
    assert stopped.value.code == 1 and err.startswith("Error: the work needed more memory") and "Traceback" not in err
