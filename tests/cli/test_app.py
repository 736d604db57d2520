"""The command line: formats, defaults, pipes and errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from ipr_stats.cli.app import COMMANDS
from tests.helpers import check_markdown, markdown_table

COMMAND_MODULES = set(COMMANDS.values())

TIDY = ("source,locator,metric,unit,period,period_kind,period_start,period_end,scope,dimension,member,"
        "value,qualifier,published_share,published_change,note,printed,address,source_kind,stage,source_date,error,"
        "preferred,versions,member_name")


class TestDataFormats:
    def test_csv_columns_and_values_parse_back(self, run):
        """CSV has exactly the tidy columns, no digit grouping, and published decimals kept."""
        code, out, _ = run("data", "--format", "csv")
        assert code == 0
        assert out.splitlines()[0] == TIDY
        rows = list(csv.DictReader(io.StringIO(out)))
        shanghai = next(r for r in rows if r["locator"] == "Table 13" and r["member"] == "shanghai")
        assert shanghai["value"] == "49224552.93"
        shenzhen = next(r for r in rows if r["locator"] == "Table 13" and r["member"] == "shenzhen")
        assert shenzhen["value"] == "107669205.00"
        total = next(r for r in rows if r["locator"] == "Table 1" and r["metric"] == "protection_measures" and r["period"] == "2008")
        assert (total["value"], total["published_change"]) == ("13140", "+54.6%")
        assert "1,3140" in total["note"]
        assert not any("," in r["value"] for r in rows)

    def test_json_and_jsonl_load_back(self, run):
        """JSON is a list of objects with numbers as numbers; JSON lines give the same objects."""
        _, out, _ = run("data", "--format", "json", "--source", "gacc-2019h1")
        items = json.loads(out)
        assert list(items[0]) == TIDY.split(",")
        quantity = next(i for i in items if i["metric"] == "quantity")
        assert (quantity["value"], quantity["qualifier"], quantity["published_change"]) == (23810000, "rounded:10000", "+100.7%")
        _, lines, _ = run("data", "--format", "jsonl", "--source", "gacc-2019h1")
        assert [json.loads(line) for line in lines.splitlines()] == items

    def test_tsv_and_markdown(self, run):
        """TSV is tab-separated; Markdown is one pipe table of the CSV's rows, with a |---|---:| row and grouped digits."""
        _, tsv, _ = run("data", "--format", "tsv", "--metric", "batches", "--year", "2007")
        assert tsv.splitlines()[0] == TIDY.replace(",", "\t")
        _, machine, _ = run("data", "--format", "csv", "--metric", "batches", "--year", "2007")
        code, md, err = run("data", "--format", "markdown", "--metric", "batches", "--year", "2007")
        assert (code, err) == (0, "")
        assert md.startswith("| source | locator |")
        assert "| 7,456 |" in md and "| 2007 |" in md
        check_markdown(md, machine)
        header, alignments, _rows = markdown_table(md)
        assert [a for h, a in zip(header, alignments) if h in ("source", "period", "value")] == ["left", "left", "right"]

    def test_filters(self, run):
        """--metric, --year, --dim and --source narrow the rows."""
        _, out, _ = run("data", "--metric", "batches", "--year", "2008", "--dim", "customs", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert {r["dimension"] for r in rows} == {"customs"}
        assert sum(1 for r in rows if r["value"]) == 11
        _, out, _ = run("data", "--dim", "total", "--year", "2008", "--metric", "batches")
        assert [r["value"] for r in csv.DictReader(io.StringIO(out))] == ["11135"]


class TestTerminal:
    def test_default_is_csv_when_piped_and_table_on_a_terminal(self, run):
        """Not a TTY: CSV. A TTY: a table that groups digits but not years."""
        _, piped, _ = run("data", "--metric", "batches", "--year", "2007")
        assert piped.startswith(TIDY)
        _, table, _ = run("data", "--metric", "batches", "--year", "2007", tty=True)
        assert "7,456" in table and "2007" in table and "2,007" not in table
        assert "\x1b[" not in table

    def test_sources_and_metrics_tables(self, run):
        """`sources` and `metrics` render as tables on a terminal."""
        _, out, _ = run("sources", tty=True, width=160)
        assert "Sources" in out and "Xinhua News Agency" in out and "164" in out
        _, out, _ = run("metrics", tty=True, width=160)
        assert "protection measures" in out and "2019-H1" in out

    def test_sources_counts(self, run):
        """`sources` counts the figures and claims of each document (tests/datasets/test_sources.py pins every one)."""
        _, out, _ = run("sources", "--format", "csv")
        rows = {r["source"]: r for r in csv.DictReader(io.StringIO(out))}
        assert {"gacc-2008", "gacc-2019h1", "xinhua-2017", "chinanews-2020", "legal-daily-2021"} <= set(rows)
        assert int(rows["gacc-2008"]["figures"]) == 164
        assert rows["gacc-2008"]["published"] == "2009"


class TestErrors:
    @pytest.mark.parametrize("args, fragment", [
        (("data", "--metric", "batchs"), "Did you mean 'batches'?"),
        (("data", "--dim", "custom"), "Did you mean 'customs'?"),
        (("data", "--source", "gacc2008"), "Did you mean 'gacc-2008'?"),
        (("data", "--format", "xml"), "'xml' is not one of"),
        (("data", "--year", "twenty"), "'twenty' is not a valid integer"),
    ])
    def test_usage_errors_exit_2(self, run, args, fragment):
        """A wrong option value exits 2 and names the closest valid choice."""
        code, _, err = run(*args)
        assert code == 2
        assert fragment in err

    def test_year_without_data_lists_years(self, run):
        """A year with no figures is a usage error (exit 2) that lists the years that have them."""
        code, _, err = run("data", "--metric", "batches", "--year", "2000")
        assert code == 2
        assert "2000" in err and "2007, 2008" in err

    def test_a_library_error_is_shown_in_its_command_line_words(self, run, monkeypatch):
        """A usage mistake the library words for both (``dimension=`` in Python, ``--dim`` on the command line)
        reaches the terminal in its command-line words, exit 2."""
        from ipr_stats.analysis import breakdowns
        from ipr_stats.errors import BadArgument

        def refuse(*_args, **_kwargs):
            raise BadArgument("give dimension= a value", command_line="give --dim a value")

        monkeypatch.setattr(breakdowns, "top", refuse)
        code, out, err = run("top", "--by", "value", "--year", "2008")
        assert (code, out) == (2, "") and "give --dim a value" in err and "dimension=" not in err


def _shell(command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, shell=True, capture_output=True, text=True, timeout=120)


class TestProcess:
    def test_pipe_into_head_is_quiet(self):
        """`ipr-stats data | head -1` prints the header and nothing on stderr."""
        done = _shell(f"'{sys.executable}' -m ipr_stats data | head -1")
        assert done.stdout == TIDY + "\n"
        assert done.stderr == ""

    def test_import_is_light(self):
        """Importing the CLI module loads click but not polars, rich or yaml."""
        code = ("import sys, ipr_stats.cli; heavy = {'polars', 'rich', 'yaml'} & set(sys.modules); "
                "print(sorted(heavy))")
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert done.stdout.strip() == "[]"

    def test_commands_load_only_when_they_run(self):
        """Importing the package or the CLI loads no command module and not the audit; running one command loads its own only."""
        commands = "sorted(m for m in sys.modules if m.startswith('ipr_stats.cli.') and m.rsplit('.', 1)[1] in names)"
        code = ("import sys, ipr_stats.cli; from ipr_stats.cli import main\n"
                f"names = {set(COMMAND_MODULES)!r}\n"
                f"print({commands}, sorted(m for m in sys.modules if m == 'ipr_stats.analysis.audit'))\n"
                "try:\n    main(['sources', '--format', 'csv'])\nexcept SystemExit:\n    pass\n"
                f"print({commands}, file=sys.stderr)")
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert done.stdout.splitlines()[0] == "[] []"
        assert done.stderr.strip() == "['ipr_stats.cli.catalog']"

    @pytest.mark.parametrize("args, words", [
        ("yoy --metric batches --from 2030", "No figures in the years asked (from 2030)"),
        ("yoy --metric batches --from 2020 --to 2010", "The years run backwards"),
        ("cite --metric batches --period 2099", "No batches figure for the period 2099"),
        ("cite --metric batches --period 2019-H3", "Invalid period '2019-H3'"),
        ("table 99", "No table '99'"),
        ("series --metric batches --period-kind nope", "Unknown period kind 'nope'"),
        ("yoy", "Missing option '--metric'"),
    ])
    def test_a_usage_mistake_is_one_line_and_exit_2(self, args, words):
        """From the real entry point, each usage mistake exits 2 with one line on stderr saying what was wrong."""
        done = _shell(f"'{sys.executable}' -m ipr_stats {args}")
        assert done.returncode == 2 and done.stdout == ""
        assert len(done.stderr.splitlines()) == 1 and words in done.stderr and done.stderr.startswith("Error: ")

    def test_bad_input_has_no_traceback(self):
        """A usage error from the real entry point prints no traceback."""
        done = _shell(f"'{sys.executable}' -m ipr_stats data --metric nope")
        assert done.returncode == 2
        assert "Traceback" not in done.stderr and "Unknown metric 'nope'" in done.stderr


class TestConventions:
    def test_human_puts_large_figures_in_words(self, run):
        """--human writes 645.2 million in tables and leaves machine formats exact."""
        _, table, _ = run("data", "--metric", "quantity", "--year", "2008", "--dim", "total", "--human", tty=True)
        assert "645.2 million" in table and "645,182,937" not in table
        _, out, _ = run("data", "--metric", "quantity", "--year", "2008", "--dim", "total", "--human", "--format", "csv")
        assert "645182937" in out

    def test_version_and_module(self):
        """--version names the version; python -m ipr_stats runs the same CLI."""
        done = subprocess.run([sys.executable, "-m", "ipr_stats", "--version"], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0 and done.stdout.startswith("ipr-stats, version ")

    def test_bash_completion(self):
        """click's completion script for bash is produced, and it completes command names."""
        env = {**os.environ, "_IPR_STATS_COMPLETE": "bash_source"}
        script = subprocess.run([sys.executable, "-m", "ipr_stats"], env=env, capture_output=True, text=True, timeout=60)
        assert "complete -o nosort -F _ipr_stats_completion ipr-stats" in script.stdout
        env = {**os.environ, "_IPR_STATS_COMPLETE": "bash_complete", "COMP_WORDS": "ipr-stats au", "COMP_CWORD": "1"}
        done = subprocess.run([sys.executable, "-m", "ipr_stats"], env=env, capture_output=True, text=True, timeout=60)
        assert "plain,audit" in done.stdout


def test_unknown_source_error_stays_one_paragraph(run):
    """With 116 sources, an unknown one is answered by the closest id and where to find them all, not by a list of every id."""
    code, _, err = run("series", "-m", "batches", "--source", "gacc-208")
    assert code == 2
    assert "Did you mean 'gacc-2008'?" in err and "`ipr-stats sources` lists them" in err and "udn-2025" not in err


class TestEntryPoints:
    @pytest.mark.parametrize("args", [
        ("top", "--by", "value", "--year", "2008", "--lang", "zh", "--format", "csv"),
        ("top", "--by", "value", "--year", "2008", "--lang=zh", "--format", "csv"),
        ("--lang", "zh", "top", "--by", "value", "--year", "2008", "--format", "csv"),
    ])
    def test_the_group_s_options_are_understood_after_the_command(self, run, args):
        """--lang (and --data, --records, --no-bundled, --any-date) work after the command name as before it."""
        code, out, err = run(*args)
        assert (code, err) == (0, "")
        assert "深圳" in out

    def test_a_global_data_option_after_the_command_is_read(self, run, tmp_path):
        """--no-bundled and --data after the command name are the group's: the file given is the data."""
        code, _, err = run("yoy", "--metric", "batches", "--no-bundled", "--data", str(tmp_path / "nosuch.yaml"))
        assert code == 1 and "nosuch.yaml" in err and "No such option" not in err

    def test_a_global_option_without_its_value_says_where_it_goes(self, run):
        """`ipr-stats top --lang` names the option and where it goes, with no did-you-mean of another option."""
        code, _, err = run("top", "--lang")
        assert code == 2 and "--lang" in err and "`ipr-stats --lang VALUE top ...`" in err and "--human" not in err

    def test_a_mistyped_command_gets_the_closest_one(self):
        """`ipr-stats serie` names 'series', and says that --help lists the commands, in one sentence each."""
        done = _shell(f"'{sys.executable}' -m ipr_stats serie")
        assert done.returncode == 2
        assert done.stderr.strip() == ("Error: No such command 'serie'. Did you mean 'series'? "
                               "(`ipr-stats --help` lists the commands and options)")

    def test_no_arguments_prints_the_help_not_an_error(self):
        """`ipr-stats` alone prints the help on stderr (no 'Error:'), exit 2 as for any usage without a command."""
        done = _shell(f"'{sys.executable}' -m ipr_stats")
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr.startswith("Usage: ") and "Error" not in done.stderr and "Commands:" in done.stderr

    def test_short_version_option(self):
        """-V is --version."""
        done = subprocess.run([sys.executable, "-m", "ipr_stats", "-V"], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0 and done.stdout.startswith("ipr-stats, version ")

    def test_help_and_description_name_every_administration(self):
        """`ipr-stats --help` and the package's description name each administration whose figures are held."""
        import tomllib
        from pathlib import Path

        from ipr_stats.data.vocabulary import ADMINISTRATIONS

        done = subprocess.run([sys.executable, "-m", "ipr_stats", "--help"], capture_output=True, text=True, timeout=60)
        described = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())["project"]["description"]
        for name, *_ in ADMINISTRATIONS.values():
            assert name in " ".join(done.stdout.split()), name
            assert name in described, name


class TestPipedTables:
    def _widest(self, env):
        done = subprocess.run([sys.executable, "-m", "ipr_stats", "yoy", "--metric", "batches", "--format", "table"],
                              capture_output=True, text=True, timeout=120, env={**os.environ, **env})
        assert done.returncode == 0 and done.stderr == ""
        return max(len(line) for line in done.stdout.splitlines())

    def test_columns_sets_the_width_of_a_piped_table(self):
        """`COLUMNS=60 ipr-stats ... --format table | ...` fits 60 columns; without COLUMNS every column stays whole."""
        assert self._widest({"COLUMNS": "60"}) <= 60
        env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
        done = subprocess.run([sys.executable, "-m", "ipr_stats", "yoy", "--metric", "batches", "--format", "table"],
                              capture_output=True, text=True, timeout=120, env=env)
        assert "left out" not in done.stdout

    @pytest.mark.parametrize("value", ["abc", "-5", "٦٠", "99999999999"])
    def test_a_columns_that_is_not_a_width_is_ignored_or_bounded(self, value):
        assert self._widest({"COLUMNS": value}) <= 1000
