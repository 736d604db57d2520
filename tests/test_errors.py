"""ipr_stats.errors: how much of the input a message quotes (cut, QUOTED) and how many choices it lists (listed,
LISTED). One rule each, for every message: the library's, the command line's, a dataset file's and a case log's."""

from __future__ import annotations

import re

import pytest

import ipr_stats
from ipr_stats.data.vocabulary import METRICS, SCOPES
from ipr_stats.errors import LISTED, QUOTED, UnknownName, cut, listed

HUGE = "x" * 100_000

LONG = "x" * 1000  # a YAML key may be at most 1024 characters long

SOURCE = 'source: {id: hostile, title: T, publisher: P, published: "2010", language: en, kind: official}\n'


def longest_run(message: str) -> int:
    """How many characters of HUGE a message quotes."""
    return max(map(len, re.findall("x+", message)), default=0)


def quotes_the_limit(message: str) -> bool:
    """True when a message quotes HUGE by at most QUOTED characters (one of them the '…'), and no fewer than the
    words it shares a part of the message with leave."""
    return QUOTED - 12 <= longest_run(message) < QUOTED


@pytest.fixture(scope="module")
def frame():
    return ipr_stats.load_dataset()


class TestCut:
    def test_short_text_is_quoted_whole(self):
        """Text of up to QUOTED characters is quoted as it is."""
        assert cut("batchs") == "batchs" and cut("x" * QUOTED) == "x" * QUOTED

    def test_long_text_is_cut_to_the_limit(self):
        """Longer text keeps its first QUOTED - 1 characters and an ellipsis."""
        assert cut(HUGE) == "x" * (QUOTED - 1) + "…"

    def test_a_quoted_text_keeps_its_closing_quote(self):
        """A repr cut short still reads as quoted."""
        assert cut(repr(HUGE)) == "'" + "x" * (QUOTED - 3) + "…'"

    def test_control_characters_are_escaped(self):
        """An escape sequence or a newline is shown escaped, never written to the terminal, and still within the limit."""
        assert cut("a\x1b[2J\nb") == "a\\x1b[2J\\nb"
        assert len(cut("\x1b" * 10_000)) == QUOTED and "\x1b" not in cut("\x1b" * 10_000)


class TestListed:
    def test_up_to_the_limit_every_choice(self):
        """Up to LISTED choices, each is named."""
        names = [f"n{i}" for i in range(LISTED)]
        assert listed(names, "metrics") == ", ".join(names)

    def test_beyond_the_limit_the_command_that_lists_them(self):
        """Beyond LISTED, the number of choices and the command that lists them, not the choices."""
        assert listed([f"n{i}" for i in range(LISTED + 1)], "metrics") == f"{LISTED + 1} in all; `ipr-stats metrics` lists them"

    def test_beyond_the_limit_with_no_command_the_first_ones(self):
        """With no command to point to, the first LISTED and how many there are."""
        shown = listed([f"n{i}" for i in range(100)])
        assert shown.startswith("n0, n1, ") and shown.endswith(f"n{LISTED - 1}, … (100 in all)")


class TestEveryMessageQuotesByTheLimit:
    def test_a_name_given_to_the_library(self, frame):
        """ipr_stats.series with a metric of 100,000 characters quotes QUOTED of them."""
        with pytest.raises(UnknownName) as caught:
            ipr_stats.series(frame, HUGE)
        assert quotes_the_limit(str(caught.value)), str(caught.value)

    def test_a_name_given_on_the_command_line(self, run):
        """`ipr-stats yoy --metric <100,000 characters>` quotes QUOTED of them."""
        code, _, err = run("yoy", "--metric", HUGE)
        assert code == 2 and quotes_the_limit(err), err[:300]

    @pytest.mark.parametrize("record", [
        f"  - {{locator: T1, metric: batches, period: '2009', value: 5, {LONG}: 1}}\n",
        f"  - {{locator: T1, metric: batches, period: '2009', value: 5, dimension: customs, member: {HUGE}}}\n",
        f"  - {{locator: T1, metric: batches, period: '2009', value: 5, {LONG}: a, {LONG}: b}}\n",
    ], ids=["field name", "member", "key twice"])
    def test_a_dataset_file(self, run, write_yaml, record):
        """validate quotes a field name, a value or a key of a thousand characters or more by QUOTED of them."""
        code, _, err = run("validate", str(write_yaml(SOURCE + "records:\n" + record)))
        assert code == 1 and quotes_the_limit(err), err[:300]

    def test_a_column_name_of_case_records(self, run, tmp_path):
        """The note naming the columns --records ignores quotes a column name by QUOTED characters."""
        path = tmp_path / "log.csv"
        path.write_text(f"date,quantity,value,{HUGE}\n2024-01-01,1,1,1\n", encoding="utf-8")
        code, _, err = run("--records", str(path), "data", "--metric", "batches")
        assert code == 0 and quotes_the_limit(err), err[:300]


class TestEveryMessageListsByTheLimit:
    def test_the_command_line(self, run):
        """An unknown --scope names the command that lists the scopes, as there are more than LISTED."""
        assert len(SCOPES) > LISTED
        code, _, err = run("yoy", "--metric", "batches", "--scope", "nationl")
        assert code == 2 and f"Valid scopes: {listed(SCOPES, 'coverage --list')}." in err, err

    def test_the_library(self, frame):
        """An unknown member of a dimension with up to LISTED members names each of them."""
        with pytest.raises(UnknownName) as caught:
            ipr_stats.series(frame, "batches", dimension="transport", member="Atlantis")
        assert str(caught.value).endswith("Valid members of dimension 'transport': air, cargo, express, others, post, sea, "
                                          "train, truck.")

    def test_a_dataset_file(self, run, write_yaml):
        """validate names the command that lists the metrics, as there are more than LISTED."""
        path = write_yaml(SOURCE + "records:\n  - {locator: T1, metric: batchs, period: '2009', value: 5}\n")
        code, _, err = run("validate", str(path))
        assert code == 1 and f"(did you mean 'batches'?): {listed(METRICS, 'metrics')}." in err, err

    def test_case_records(self, run, tmp_path):
        """The note naming the columns --records ignores names LISTED of 1000, and how many there are."""
        path = tmp_path / "log.csv"
        path.write_text("date,quantity,value," + ",".join(f"c{i}" for i in range(1000)) + "\n2024-01-01,1,1" + ",x" * 1000 + "\n",
                        encoding="utf-8")
        code, _, err = run("--records", str(path), "data", "--metric", "batches")
        assert code == 0 and f"c{LISTED - 1}, … (1000 in all) ignored" in err and f"c{LISTED}," not in err, err


def test_the_library_s_rough_edges(tmp_path):
    """__version__ and compare() are exported; cite() given a metric where the sources go says so; load_records names
    the path, not a command-line option (D37)."""
    import pytest

    import ipr_stats
    from ipr_stats.errors import BadArgument, DataError

    assert ipr_stats.__version__ and ipr_stats.__version__[0].isdigit()
    assert ipr_stats.compare(ipr_stats.load_dataset(), "batches").height > 0
    with pytest.raises(BadArgument, match=r"cite takes the sources before the metric"):
        ipr_stats.cite(ipr_stats.load_dataset(), "batches", "2021")
    with pytest.raises(DataError) as raised:
        ipr_stats.load_records(str(tmp_path / "nosuch.csv"))
    assert "--records" not in str(raised.value.problems[0]) and "field 'path'" in str(raised.value.problems[0])
