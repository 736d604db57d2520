"""Long output on a terminal goes through a pager, as git's does; never in a pipe or a file.

The pager is IPR_STATS_PAGER, else PAGER, else ``less`` (with LESS=FRX unless LESS is set, as git sets it); an
empty value, ``cat`` or ``--no-pager`` turns it off. Output that fits the terminal is written as it is.
"""

from __future__ import annotations

import io
import os
import shlex
import shutil
import sys


class Screen(io.StringIO):
    """The output of a command bound for the terminal, held until it is known whether it fits."""

    def isatty(self) -> bool:
        return True


def pager_command(argv) -> list[str] | None:
    """The pager to run, as words; None when stdout is not a terminal, when --no-pager is given, or when the
    pager is off or cannot be found."""
    words_before_end = argv[:argv.index("--")] if "--" in argv else argv
    if "--no-pager" in words_before_end or not is_terminal(sys.stdout):
        return None
    text = os.environ.get("IPR_STATS_PAGER", os.environ.get("PAGER", "less"))
    try:
        words = shlex.split(text)
    except ValueError:
        return None
    if not words or words == ["cat"] or shutil.which(words[0]) is None:
        return None
    return words


def show(text: str, command: list[str]) -> None:
    """Write ``text`` to the terminal: through ``command`` when it is taller or wider than the terminal."""
    import subprocess

    from ipr_stats.cli.layout import cells

    size = shutil.get_terminal_size()
    lines = text.split("\n")
    if len(lines) <= size.lines - 1 and all(cells(line) <= size.columns for line in lines):
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    env.setdefault("LV", "-c")
    try:
        pager = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
    except OSError:
        sys.stdout.write(text)
        return
    try:
        pager.communicate(text.encode(sys.stdout.encoding or "utf-8", errors="replace"))
    except (BrokenPipeError, KeyboardInterrupt):  # the reader quit the pager early, or pressed Ctrl-C in it
        pager.wait()


def terminal_width() -> int:
    return shutil.get_terminal_size().columns


def is_terminal(stream) -> bool:
    """Whether ``stream`` is a terminal (False for a pipe, a file, a closed stream or an object without isatty)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
