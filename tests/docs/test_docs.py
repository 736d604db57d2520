"""Documentation that cannot go stale: the examples of the README, the tutorial, the data model, the
methodology and docs/records.md, and docs/cli.md, are regenerated and compared.

Regenerate them with `UPDATE_DOCS=1 python -m pytest tests/docs/test_docs.py` and review the diff.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from ipr_stats.cli.app import Env, cli
from tests.helpers import Terminal

ROOT = Path(__file__).resolve().parents[2]
WIDTH = 100  # of the generated CLI reference
TERMINAL = 80  # the documents' examples are printed on a terminal this wide: the usual default
BLOCK = re.compile(r"```console\n\$ (?P<command>.*?)\n(?P<output>.*?)```", re.S)



def run_example(command: str) -> str:
    """A README command's output: in a shell when piped or machine-formatted, else on a terminal TERMINAL wide."""
    env = {**os.environ, "NO_COLOR": "1", "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    if "|" in command or "--format" in command:
        done = subprocess.run(["bash", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        return done.stdout
    out = Terminal()
    cwd = os.getcwd()
    try:
        os.chdir(ROOT)
        result = CliRunner().invoke(cli, shlex.split(command)[1:], obj=Env(out=out, width=TERMINAL), env={"NO_COLOR": "1"})
    finally:
        os.chdir(cwd)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception  # else UPDATE_DOCS would write a crash's partial output into the document
    assert result.exit_code == 0, result.stderr
    return out.getvalue() + result.stdout


DOCUMENTS = ["README.md", "docs/adding-a-source.md", "docs/records.md", "docs/data-model.md", "docs/methodology.md"]


def examples():
    found = []
    for document in DOCUMENTS:
        text = (ROOT / document).read_text(encoding="utf-8")
        found += [(document, m.group("command"), m.group("output")) for m in BLOCK.finditer(text)]
    return found


@pytest.mark.parametrize("document, command, shown", examples(), ids=[f"{d}: {c[:50]}" for d, c, _ in examples()])
def test_documented_example_is_real(document, command, shown):
    """Each `$ ipr-stats ...` console block of the documents above shows what the command prints today."""
    actual = run_example(command)
    if os.environ.get("UPDATE_DOCS") and actual != shown:
        path = ROOT / document
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(f"$ {command}\n{shown}```", f"$ {command}\n{actual}```"), encoding="utf-8")
        return
    assert actual == shown


def cli_reference() -> str:
    """docs/cli.md, generated from the CLI's own help."""
    parts = ["# Command reference\n\nGenerated from `ipr-stats --help` and each command's help; "
             "`UPDATE_DOCS=1 python -m pytest tests/docs/test_docs.py` regenerates it.\n"]
    for name, command in [("ipr-stats", cli), *sorted((f"ipr-stats {n}", c) for n, c in cli.every_command.items())]:
        ctx = click.Context(command, info_name=name, terminal_width=WIDTH, max_content_width=WIDTH,
                            help_option_names=["-h", "--help"])
        parts.append(f"\n## `{name}`\n\n```text\n{command.get_help(ctx)}\n```\n")
    return "".join(parts)


def test_cli_reference_is_current():
    """docs/cli.md is the CLI's help as it is now."""
    assert_current(ROOT / "docs" / "cli.md", cli_reference())


def library_reference() -> str:
    """docs/library.md, generated from the signatures and docstrings of the names ``ipr_stats`` exports."""
    import inspect

    import ipr_stats

    parts = ["# Library reference\n\nEvery name `import ipr_stats` gives, with its signature and docstring; generated "
             "from the code (`UPDATE_DOCS=1 python -m pytest tests/docs/test_docs.py` regenerates it). Functions take the "
             "frame `ipr_stats.load_dataset()` returns, or `ipr_stats.load()`'s (sources, frame, vocabulary), and return "
             "polars frames.\n"]
    for name in ipr_stats.__all__:
        value = getattr(ipr_stats, name)
        if name == "__version__":
            parts.append("\n## `__version__`\n\nThe installed version, as `ipr-stats --version` prints it.\n")
            continue
        kind = "class" if inspect.isclass(value) else "function" if callable(value) else "constant"
        try:
            signature = f"{name}{inspect.signature(value)}" if kind == "function" else name
        except (TypeError, ValueError):
            signature = name
        doc = inspect.getdoc(value) if kind != "constant" else f"A mapping: {', '.join(map(str, value))}."
        first = (doc or "").split("\n>>>")[0].strip()
        parts.append(f"\n## `{name}` ({kind})\n\n```python\n{signature}\n```\n\n{first}\n")
    return "".join(parts)


def test_library_reference_is_current():
    """docs/library.md lists every name of ipr_stats.__all__ as the code has it now."""
    assert_current(ROOT / "docs" / "library.md", library_reference())


def assert_current(path: Path, generated: str) -> None:
    """The generated document at ``path`` is ``generated`` (UPDATE_DOCS=1 writes it first)."""
    if os.environ.get("UPDATE_DOCS"):
        path.write_text(generated, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == generated


def test_every_command_and_option_has_help():
    """No command or option is left without help text, and every command's help ends with examples."""
    missing = [f"{name}" for name, cmd in cli.every_command.items() if not cmd.help]
    for name, cmd in [("ipr-stats", cli), *cli.every_command.items()]:
        missing += [f"{name} {p.opts[0]}" for p in cmd.params if isinstance(p, click.Option) and not p.help]
    assert missing == []
    without_examples = [n for n, c in cli.every_command.items() if "Examples:" not in (c.help or "")]
    assert without_examples == []


def reference_examples() -> list[str]:
    """Every example command of docs/cli.md, as a table on a terminal: a --format is dropped, and so is
    anything after a pipe or a redirection; a user's own file is replaced by the tutorial's fictional one."""
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    out = []
    for line in re.findall(r"^    ipr-stats (.+)$", text, re.M):
        command = re.split(r"\s[|>]", line)[0]
        command = re.sub(r"--format \S+", "", command)
        command = re.sub(r"my-[\w.-]+\.yaml", "datasets/examples/example-2019.yaml", command)
        out.append(" ".join(command.split()))
    return out


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("command", reference_examples())
def test_reference_examples_fit_the_terminal(command, width, tmp_path):
    """Each example of docs/cli.md runs (exit 0) and, printed on a terminal 80 or 120 columns wide, has no line
    wider than the terminal; an example that writes a file (export, -o) writes it, in a folder of its own."""
    from ipr_stats.cli.layout import cells

    writes = command.startswith("export ") or " -o " in f" {command} "
    out = Terminal()
    cwd = os.getcwd()
    os.chdir(tmp_path if writes else ROOT)
    try:
        result = CliRunner().invoke(cli, shlex.split(command), obj=Env(out=out, width=width), env={"NO_COLOR": "1"})
    finally:
        os.chdir(cwd)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception  # CliRunner reports an exception as exit code 1: show it as what it is
    assert result.exit_code == 0, result.stderr  # no example of docs/cli.md fails on purpose
    if writes:  # a file (or a package's folder) with something in it
        written = [p for p in tmp_path.rglob("*") if p.is_file()]
        assert written and all(p.stat().st_size > 0 for p in written), command
        return
    text = out.getvalue() + result.stdout
    wide = [line for line in text.splitlines() if cells(line) > width]
    assert text.strip() and wide == []
