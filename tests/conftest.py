"""Shared helpers: run the CLI in-process with a chosen output stream and width."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from ipr_stats.cli.app import Env, cli
from tests.helpers import Terminal


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch):
    """Every test uses a cache directory of its own session, never the user's."""
    monkeypatch.setenv("IPR_STATS_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture
def run(monkeypatch):
    """Run `ipr-stats ARGS`; returns (exit code, stdout, stderr). tty=True makes stdout a terminal."""
    monkeypatch.delenv("IPR_STATS_DATA", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")

    def invoke(*args, tty=False, width=100, env=None):
        out = Terminal() if tty else io.StringIO()
        result = CliRunner().invoke(cli, list(args), obj=Env(out=out, width=width), env=env)
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return result.exit_code, out.getvalue() + result.stdout, result.stderr

    return invoke


@pytest.fixture
def write_yaml(tmp_path):
    """Write a dataset file under tmp_path and return its path."""

    def write(text: str, name: str = "user.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
