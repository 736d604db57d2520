"""The README's set-up and test commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def sh_blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, flags=re.S)]


def test_ci_runs_the_readme_commands():
    """The first two sh blocks of the README (set-up, tests) appear verbatim as lines of .ci/run."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    setup, tests = sh_blocks(readme)[:2]
    assert setup in ci_lines
    assert tests in ci_lines
    assert ci_lines.index(setup) < ci_lines.index(tests)


def test_the_readme_s_counts_are_the_data_s():
    """The sources and years the README's first paragraph gives are counted from the bundled data, not typed once."""
    import polars as pl

    import ipr_stats
    from ipr_stats.data.vocabulary import ADMINISTRATIONS, administration_of

    frame = ipr_stats.load_dataset()
    admin = frame["scope"].map_elements(administration_of, return_dtype=pl.String)
    china = frame.filter(admin == "china")
    years = sorted({date[:4] for date in china["source_date"].drop_nulls().to_list()})
    intro = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split("## ")[0].split())
    assert f"{china['source'].n_unique()} sources, published from {years[0]} to {years[-1]}" in intro
    assert f"for {frame['source'].n_unique()} sources in all" in intro
    for name, *_ in ADMINISTRATIONS.values():
        assert name in intro, name


def test_the_tutorial_shows_the_file_it_validates():
    """docs/adding-a-source.md prints the example file whole (from its source block on), so that the figures it
    validates are the ones a reader copies."""
    tutorial = (ROOT / "docs" / "adding-a-source.md").read_text(encoding="utf-8")
    shown = re.search(r"```yaml\n(.*?)```", tutorial, flags=re.S).group(1)
    example = (ROOT / "datasets" / "examples" / "example-2019.yaml").read_text(encoding="utf-8")
    assert shown == example[example.index("source:\n"):]
