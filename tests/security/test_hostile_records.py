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
