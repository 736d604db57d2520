"""Hostile record files (--records): names that look like globs, files that are not regular files, odd names,
and logs large enough that quadratic work would show. Every input is built in tmp_path."""

from __future__ import annotations

import os
import sys
import time

import pytest

import ipr_stats
from ipr_stats.errors import DataError

ROW = "date,quantity,value\n2024-01-01,{q},10\n"


def _batches(frame) -> float:
    return frame.filter((frame["period"] == "2024") & (frame["metric"] == "quantity") & frame["dimension"].is_null())["value"].sum()


class TestAPathIsAPath:
    def test_a_folder_reads_each_file_literally(self, tmp_path):
        """A folder holding a[1].csv and a1.csv counts each once, not a1.csv twice."""
        (tmp_path / "a[1].csv").write_text(ROW.format(q=1))
        (tmp_path / "a1.csv").write_text(ROW.format(q=2))
        assert _batches(ipr_stats.load_records(tmp_path)) == 3

    def test_a_file_named_like_a_glob_is_that_file(self, tmp_path):
        """A file literally named a[1].csv, named by the user, is read, not taken as a pattern for a1.csv."""
        (tmp_path / "a[1].csv").write_text(ROW.format(q=1))
        (tmp_path / "a1.csv").write_text(ROW.format(q=2))
        assert _batches(ipr_stats.load_records(tmp_path / "a[1].csv")) == 1

    @pytest.mark.skipif(sys.platform == "win32", reason="named pipes are POSIX")
    def test_a_fifo_is_refused_as_what_it_is(self, run, tmp_path):
        """A named pipe is refused by stat, never opened (which would hang), and never called missing."""
        os.mkfifo(tmp_path / "log.csv")
        code, _out, err = run("--no-bundled", "--records", str(tmp_path / "log.csv"), "data")
        assert code == 1 and "named pipe (FIFO), not a regular file" in err, err
        code, _out, err = run("--no-bundled", "--records", str(tmp_path), "data")  # as a folder's entry too
        assert code == 1 and "named pipe (FIFO)" in err, err

    @pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
    def test_a_device_is_refused(self, run):
        """/dev/zero is a device, not 'no such file'."""
        code, _out, err = run("--no-bundled", "--records", "/dev/zero", "data")
        assert code == 1 and "character device, not a regular file" in err, err

    @pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
    def test_an_unreadable_file_says_permission_denied(self, run, tmp_path):
        """A record file its user may not read is reported as unreadable, not as an output failure."""
        path = tmp_path / "log.csv"
        path.write_text(ROW.format(q=1))
        path.chmod(0)
        code, _out, err = run("--no-bundled", "--records", str(path), "data")
        assert code == 1 and "permission denied" in err and "could not write" not in err, err


class TestOddNames:
    @pytest.mark.skipif(sys.platform != "linux", reason="file names of arbitrary bytes")
    def test_names_with_newlines_escapes_and_bad_bytes(self, run, tmp_path):
        """A folder holding names with a newline, ESC or non-UTF-8 bytes gives counts or a clear error, no crash."""
        for name in (b"new\nline.csv", b"esc\x1b[2J.csv"):
            with open(os.fsencode(tmp_path) + b"/" + name, "wb") as f:
                f.write(ROW.format(q=1).encode())
        assert _batches(ipr_stats.load_records(tmp_path)) == 2
        with open(os.fsencode(tmp_path) + b"/bad\xff.csv", "wb") as f:
            f.write(ROW.format(q=1).encode())
        with pytest.raises(DataError, match="not UTF-8"):
            ipr_stats.load_records(tmp_path)
        code, _out, err = run("--no-bundled", "--records", str(tmp_path), "data")
        assert code == 1 and "bad\\xff.csv" in err, err


class TestLinearWork:
    @staticmethod
    def _members(tmp_path, n: int) -> float:
        path = tmp_path / f"m{n}.csv"
        path.write_text("date,customs,origin,quantity,value\n"
                        + "".join(f"2024-01-{i % 28 + 1:02d},c{i},o{i},1,10\n" for i in range(n)))
        started = time.perf_counter()
        ipr_stats.load_records(path)
        return time.perf_counter() - started

    def test_many_members_take_linear_time(self, tmp_path):
        """Four times the distinct members take far less than sixteen times as long (each used to rescan the others)."""
        self._members(tmp_path, 100)  # warm up
        small, large = self._members(tmp_path, 500), self._members(tmp_path, 2000)
        assert large < 10 * small + 1.0, (small, large)

    def test_many_files_in_a_folder_take_linear_time(self, tmp_path, monkeypatch):
        """Expanding a folder resolves each file once (it used to resolve every earlier file for each new one)."""
        from pathlib import Path

        from ipr_stats.records.files import expand
        calls = []
        real = Path.resolve
        monkeypatch.setattr(Path, "resolve", lambda self, *a, **k: calls.append(1) or real(self, *a, **k))
        for n in (50, 200):
            folder = tmp_path / f"f{n}"
            folder.mkdir()
            for i in range(n):
                (folder / f"r{i}.csv").write_text(ROW.format(q=1))
            calls.clear()
            assert len(expand([folder])) == n
            assert len(calls) <= 2 * n, (n, len(calls))

    def test_many_files_are_grouped_in_a_query_per_breakdown(self, tmp_path, monkeypatch):
        """Files are grouped together, each row marked with its file: the number of queries polars runs stays the
        same however many files there are (one per file grew as the square of the files), and each file's rows
        are still counted and checked."""
        import polars as pl

        real, sizes = pl.collect_all, []
        monkeypatch.setattr(pl, "collect_all", lambda frames, **k: sizes.append(len(frames)) or real(frames, **k))
        for n in (20, 200):
            folder = tmp_path / f"g{n}"
            folder.mkdir()
            for i in range(n):
                (folder / f"r{i}.csv").write_text(f"date,quantity,value,customs\n2024-01-{i % 28 + 1:02d},{i},10,c{i % 7}\n")
            sizes.clear()
            frame = ipr_stats.load_records(folder)
            assert sizes and max(sizes) <= 2, (n, sizes)
            assert _batches(frame) == sum(range(n))
            customs = frame.filter((frame["period"] == "2024") & (frame["metric"] == "batches") & (frame["dimension"] == "customs"))
            assert customs["value"].sum() == n and customs.height == 7

    def test_a_file_with_a_bad_row_among_many_is_still_named(self, tmp_path):
        for i in range(50):
            (tmp_path / f"r{i}.csv").write_text(ROW.format(q=1))
        (tmp_path / "r7.csv").write_text("date,quantity,value\n2024-01-01,-1,10\n")
        with pytest.raises(DataError, match="r7.csv"):
            ipr_stats.load_records(tmp_path)


def test_a_dataset_file_s_own_members_are_spelled_out_once_per_dimension(write_yaml, monkeypatch):
    """100 figures over 50 of a file's own members build the table of member spellings once, not once a figure
    (which grew as figures times members)."""
    from ipr_stats.data import vocabulary
    from ipr_stats.data.dataset import read_files

    members = "".join(f"      m{i}: {{name: Member {i}, kind: entity}}\n" for i in range(50))
    figures = "".join(f'  - {{locator: T1, metric: batches, period: "{2000 + y}", dimension: customs, member: m{i}, value: {i}}}\n'
                      for i in range(50) for y in range(2))
    path = write_yaml('source: {id: own, title: T, publisher: P, published: "2010", language: en, kind: official}\n'
                      f"vocabulary:\n  members:\n    customs:\n{members}records:\n{figures}")
    calls = []
    real = vocabulary.spellings
    monkeypatch.setattr(vocabulary, "spellings", lambda names: calls.append(1) or real(names))
    _sources, rows, _vocab, problems = read_files([path], [path.name])
    assert problems == [] and len(rows) == 100 and {r["member"] for r in rows} == {f"m{i}" for i in range(50)}
    assert len(calls) <= 2, len(calls)
