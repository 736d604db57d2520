"""CITATION.cff: the dataset's own citation, in step with the package."""

from __future__ import annotations

import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_citation_file_is_valid_and_in_step():
    """CITATION.cff has the fields CFF 1.2.0 requires, and the version and licence of pyproject.toml."""
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert cff["cff-version"] == "1.2.0" and cff["message"] and cff["title"] and cff["type"] == "dataset"
    assert all(a.get("name") or a.get("family-names") for a in cff["authors"])
    assert str(cff["version"]) == project["version"] and cff["license"] == project["license"]
