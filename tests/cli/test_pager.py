"""The pager: long output on a terminal goes through IPR_STATS_PAGER; a pipe, short output or --no-pager never does."""

from __future__ import annotations

import fcntl
import os
import struct
import subprocess
import sys
import termios

import pytest


def _on_a_terminal(args, tmp_path, pager=None, rows=12, columns=80):
    """Run `ipr-stats ARGS` with stdout a pseudo-terminal ROWS x COLUMNS; returns (what the terminal got, what the
    pager got or None if it did not run)."""
    caught = tmp_path / "paged.txt"
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "PAGER", "IPR_STATS_PAGER")}
    env.update(NO_COLOR="1", IPR_STATS_PAGER=pager if pager is not None else
               f"'{sys.executable}' -c \"import sys; open(sys.argv[1], 'w').write(sys.stdin.read())\" '{caught}'")
    main, tty = os.openpty()
    fcntl.ioctl(tty, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    try:
        child = subprocess.Popen([sys.executable, "-m", "ipr_stats", *args], stdout=tty, stderr=subprocess.PIPE, env=env)
        os.close(tty)
        shown = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the terminal closed: the command ended
                break
            if not chunk:
                break
            shown += chunk
        child.wait(timeout=120)
    finally:
        os.close(main)
    return shown.decode().replace("\r\n", "\n"), caught.read_text() if caught.exists() else None


class TestPager:
    def test_long_output_goes_through_the_pager_as_the_terminal_would_show_it(self, tmp_path):
        """`sources` is longer than 12 rows: the pager gets the table, fitted to the terminal's 80 columns."""
        shown, paged = _on_a_terminal(["sources"], tmp_path)
        assert paged is not None and shown == ""
        assert paged.startswith("Sources\n") and max(len(line) for line in paged.splitlines()) <= 80

    def test_short_output_is_written_as_it_is(self, tmp_path):
        """Output that fits the terminal is not paged."""
        shown, paged = _on_a_terminal(["cite", "--metric", "batches", "--period", "2008", "--dim", "total"], tmp_path, rows=60)
        assert paged is None and "11,135" in shown

    @pytest.mark.parametrize("args, pager", [(["--no-pager", "sources"], None), (["sources", "--no-pager"], None),
                                             (["sources"], ""), (["sources"], "cat")])
    def test_the_pager_can_be_turned_off(self, tmp_path, args, pager):
        shown, paged = _on_a_terminal(args, tmp_path, pager=pager)
        assert paged is None and shown.startswith("Sources\n")

    def test_a_pipe_is_never_paged(self, tmp_path):
        caught = tmp_path / "paged.txt"
        env = {**os.environ, "IPR_STATS_PAGER": f"'{sys.executable}' -c \"open('{caught}', 'w')\""}
        done = subprocess.run([sys.executable, "-m", "ipr_stats", "sources"], capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0 and done.stdout.startswith("source,") and not caught.exists()

    def test_a_missing_pager_writes_straight(self, tmp_path):
        shown, paged = _on_a_terminal(["sources"], tmp_path, pager="no-such-pager-here")
        assert paged is None and shown.startswith("Sources\n")
