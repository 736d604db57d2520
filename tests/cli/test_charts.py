"""Bar charts: each bar's length is its value's, to an eighth of a character, on one row."""

from __future__ import annotations

import random

import pytest

from ipr_stats.cli.charts import bar_chart, noted_labels

EIGHTHS = {" ": 0, "▏": 1, "▎": 2, "▍": 3, "▌": 4, "▋": 5, "▊": 6, "▉": 7, "█": 8}


def _lengths(text: str) -> dict[str, float]:
    """label -> bar length in characters (negative left of the axis)."""
    lengths = {}
    for line in text.splitlines():
        if "│" not in line:
            continue
        head, tail = line.split("│", 1)
        label = head.split()[0] if head.split() else ""
        right = sum(EIGHTHS.get(ch, 0) for ch in tail) / 8
        left = head.count("█")
        lengths[label] = right - left
    return lengths


@pytest.mark.parametrize("seed", range(20))
def test_bars_are_proportional(seed):
    """Random positive figures: every bar is within an eighth of a character of its exact length."""
    rng = random.Random(seed)
    values = [rng.randint(1, 10**rng.randint(1, 9)) for _ in range(rng.randint(1, 30))]
    labels = [f"y{i}" for i in range(len(values))]
    text = bar_chart(labels, values, width=80)
    got = _lengths(text)
    longest = max(got.values())
    for label, value in zip(labels, values):
        expected = value / max(values) * longest
        assert got[label] == pytest.approx(expected, abs=1 / 16 + 1e-9) or (expected < 1 / 16 and got[label] == 1 / 8)


def test_one_row_per_bar_and_fits_width():
    """One line per figure, each within the width, in the order given, the figure printed at the end."""
    text = bar_chart(["2007", "2008", "2009"], [7456, 11135, 66000], title="batches", width=40)
    lines = text.splitlines()
    assert lines[0] == "batches"
    assert [line.split()[0] for line in lines[1:]] == ["2007", "2008", "2009"]
    assert [line.split()[-1] for line in lines[1:]] == ["7,456", "11,135", "66,000"]
    assert all(len(line) <= 40 for line in lines)


def test_negative_bars_run_left_of_the_axis():
    """A fall is drawn left of the zero axis, a rise right of it."""
    got = _lengths(bar_chart(["up", "down"], [50.0, -25.0], decimals=1, width=60))
    assert got["up"] > 0 > got["down"]
    assert got["down"] == pytest.approx(-got["up"] / 2, abs=0.5)


@pytest.mark.parametrize("seed", range(20))
def test_mixed_signs_keep_one_axis_column(seed):
    """With rises and falls, the axis stands in the same column on every row and every row has the same width."""
    rng = random.Random(seed)
    values = [rng.uniform(-1, 1) * 10 ** rng.randint(0, 3) for _ in range(rng.randint(2, 20))]
    lines = bar_chart([f"y{i}" for i in range(len(values))], values, decimals=1, width=70).splitlines()
    assert len({line.index("│") for line in lines}) == 1
    assert len({len(line) for line in lines}) == 1 and len(lines[0]) < 70


def test_gaps_and_qualifiers_are_shown():
    """A year without a figure keeps its row; a bound is marked and the mark explained."""
    text = bar_chart(["2015", "2016", "2017"], [23000, None, 19100], marks=[">", "", ">"], missing="none published")
    lines = text.splitlines()
    assert lines[1].endswith("none published") and "█" not in lines[1]
    assert lines[0].endswith(">23,000") and lines[2].endswith(">19,100")
    assert lines[-1].startswith("> more than")


def test_a_tiny_figure_is_still_visible():
    """A figure far smaller than the largest still gets a sliver of a bar, never nothing."""
    got = _lengths(bar_chart(["big", "tiny"], [10**9, 1], width=80))
    assert got["tiny"] > 0


def test_noted_bars_carry_the_table_s_marks():
    """A note the table numbered keeps its number under the chart; one the table did not number takes the next."""
    labels, lines = noted_labels(["2008", "2009", "2010"], [[], ["b"], ["a", "c"]], {"a": 1, "b": 2})
    assert labels == ["2008", "2009 [2]", "2010 [1,3]"]
    assert lines == ["[1] a", "[2] b", "[3] c"]
