"""-o/--output and --bom: the file a command writes instead of standard output, and its format."""

from __future__ import annotations

import csv
import io
import json
import os
import stat

import pytest


class TestOutputFile:
    @pytest.mark.parametrize("suffix,fmt", [(".csv", "csv"), (".tsv", "tsv"), (".json", "json"), (".jsonl", "jsonl"),
                                            (".md", "markdown")])
    def test_the_suffix_gives_the_format(self, run, tmp_path, suffix, fmt):
        """-o FILE.csv writes what --format csv writes to stdout, and nothing to stdout; so do the other suffixes."""
        target = tmp_path / f"batches{suffix}"
        code, out, err = run("yoy", "--metric", "batches", "-o", str(target))
        _, piped, _ = run("yoy", "--metric", "batches", "--format", fmt)
        assert code == 0 and out == "" and err == ""
        assert target.read_text(encoding="utf-8") == piped

    def test_format_overrides_the_suffix(self, run, tmp_path):
        """--format decides over the suffix, and makes a file with no suffix of a format possible."""
        target = tmp_path / "batches.txt"
        code, _, _ = run("yoy", "--metric", "batches", "-o", str(target), "--format", "json")
        assert code == 0 and json.loads(target.read_text(encoding="utf-8"))[0]["to_period"] == "2008"
        run("yoy", "--metric", "batches", "-o", str(tmp_path / "b.csv"), "--format", "tsv")
        assert (tmp_path / "b.csv").read_text(encoding="utf-8").startswith("metric\tunit\t")

    def test_a_dash_is_standard_output(self, run):
        """-o - writes to standard output, as if no -o were given."""
        assert run("yoy", "--metric", "batches", "-o", "-")[1] == run("yoy", "--metric", "batches")[1]

    def test_every_command_that_prints_takes_it(self, run, tmp_path):
        """The catalogue and audit commands write their tables to a file too."""
        for args in (("metrics",), ("sources",), ("audit", "--check", "rate"), ("coverage", "--metric", "batches"),
                     ("top", "--by", "value", "--year", "2008"), ("compare", "--metric", "batches"), ("validate", "datasets/japan"),
                     ("sql", "SELECT metric, value FROM figures LIMIT 3"), ("series", "--metric", "batches"),
                     ("share", "--metric", "batches", "--year", "2008", "--dim", "transport"), ("data", "--year", "2008"),
                     ("table", "1", "--source", "gacc-2008"), ("cite", "--metric", "batches", "--period", "2008", "--dim", "total")):
            target = tmp_path / f"{args[0]}.csv"
            code, out, _ = run(*args, "-o", str(target))
            assert code == 0 and out == "" and len(list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))) > 1, args

    def test_a_failed_command_writes_nothing_and_keeps_the_old_file(self, run, tmp_path):
        """A command that fails leaves no file, and a file already there as it was, with no partial file beside it."""
        target = tmp_path / "batches.csv"
        code, _, _ = run("yoy", "--metric", "batches", "--from", "2090", "-o", str(target))
        assert code != 0 and not target.exists()
        target.write_text("kept\n", encoding="utf-8")
        run("yoy", "--metric", "batches", "--from", "2090", "-o", str(target))
        assert target.read_text(encoding="utf-8") == "kept\n" and sorted(p.name for p in tmp_path.iterdir()) == ["batches.csv"]

    def test_a_command_that_ends_with_its_own_code_writes_its_file(self, run, tmp_path):
        """validate (exit 1 on a problem) and audit --strict write their tables to the file all the same."""
        bad = tmp_path / "bad.yaml"
        bad.write_text("source: {id: x}\nrecords: []\n", encoding="utf-8")
        code, out, _ = run("validate", str(bad), "-o", str(tmp_path / "v.csv"))
        rows = list(csv.DictReader(io.StringIO((tmp_path / "v.csv").read_text(encoding="utf-8"))))
        assert code == 1 and out == "" and {r["field"] for r in rows} >= {"title", "publisher"}
        code, _, _ = run("audit", "--strict", "-o", str(tmp_path / "a.csv"))
        assert code == 1 and (tmp_path / "a.csv").read_text(encoding="utf-8").startswith("check,")

    @pytest.mark.parametrize("target,said", [
        ("{tmp}/batches.xml", "the file name 'batches.xml' ends in no suffix of a format; expected one of .csv, .tsv, .json, .jsonl, "
                              ".md, .xlsx (with --chart: .svg, .png, .pdf), or --format FORMAT"),
        ("{tmp}", "the path '{tmp}' is a folder; expected the name of a file in it, such as '{tmp}/out.csv'"),
        ("{tmp}/nowhere/batches.csv", "the folder of '{tmp}/nowhere/batches.csv' does not exist"),
    ])
    def test_a_wrong_file_is_a_usage_error(self, run, tmp_path, target, said):
        """An unknown suffix, a folder, a missing folder: exit 2, with the choices named, before any work."""
        code, out, err = run("yoy", "--metric", "batches", "-o", target.format(tmp=tmp_path))
        assert code == 2 and out == "" and said.format(tmp=tmp_path) in err and "Traceback" not in err

    @pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
    def test_a_file_that_cannot_be_written_is_a_data_error(self, run):
        """Where the system refuses the writing once the work is done (a full disk), exit 1 and one line saying so; a
        device is written into, never replaced."""
        code, _, err = run("yoy", "--metric", "batches", "-o", "/dev/full", "--format", "csv")
        assert code == 1 and err == "Error: could not write '/dev/full': No space left on device. Expected a file in a folder " \
                                    "you can write to, on a disk with room.\n"
        assert os.path.exists("/dev/full") and not os.path.isfile("/dev/full")

    def test_a_link_is_followed_and_a_mode_kept(self, run, tmp_path):
        """-o on a symbolic link writes its target, the link stays a link; an old file keeps its mode."""
        target, link = tmp_path / "real.csv", tmp_path / "link.csv"
        target.write_text("old\n", encoding="utf-8")
        target.chmod(0o640)
        link.symlink_to(target)
        code, _, _ = run("yoy", "--metric", "batches", "-o", str(link))
        assert code == 0 and link.is_symlink() and target.read_text(encoding="utf-8").startswith("metric,")
        assert target.stat().st_mode & 0o777 == 0o640 and sorted(p.name for p in tmp_path.iterdir()) == ["link.csv", "real.csv"]

    def test_a_named_pipe_is_refused(self, run, tmp_path):
        """A FIFO is refused before any work (writing one could hang), and stays a FIFO."""
        fifo = tmp_path / "pipe.csv"
        os.mkfifo(fifo)
        code, _, err = run("yoy", "--metric", "batches", "-o", str(fifo))
        assert code == 2 and "is a named pipe (FIFO)" in err and stat.S_ISFIFO(fifo.stat().st_mode)

    def test_a_loop_of_links_and_a_name_too_long_are_usage_errors(self, run, tmp_path):
        """A link that leads back to itself, or a name over the system's 255 bytes, is refused before any work."""
        (tmp_path / "a.csv").symlink_to(tmp_path / "b.csv")
        (tmp_path / "b.csv").symlink_to(tmp_path / "a.csv")
        for target in (tmp_path / "a.csv", tmp_path / ("a" * 256 + ".csv")):
            code, _, err = run("yoy", "--metric", "batches", "-o", str(target))
            assert code == 2 and "cannot be written" in err and "Traceback" not in err
        code, _, err = run("export", str(tmp_path / "a.csv.sqlite"))  # a file beside the loop: written
        assert code == 0

    def test_standard_output_by_its_name(self, tmp_path):
        """-o /dev/stdout writes to the pipe the shell opened, as if no -o were given."""
        import subprocess
        import sys

        done = subprocess.run(["sh", "-c", f'"{sys.executable}" -m ipr_stats yoy --metric batches -o /dev/stdout --format csv | head -1'],
                              capture_output=True, text=True, env={**os.environ, "IPR_STATS_CACHE": str(tmp_path)}, timeout=120)
        assert done.stdout.startswith("metric,unit,scope") and done.stderr == ""

    def test_a_long_name_is_written(self, run, tmp_path):
        """A file name of 250 characters, which the system allows, is written (the file beside it has a short name)."""
        target = tmp_path / ("L" * 246 + ".csv")
        assert run("yoy", "--metric", "batches", "-o", str(target))[0] == 0 and target.stat().st_size > 0

    def test_chart_goes_with_markdown_not_csv(self, run, tmp_path):
        """--chart writes the table and its chart to a .md file; a .csv one refuses it (machine formats carry no chart)."""
        code, _, _ = run("yoy", "--metric", "batches", "--chart", "-o", str(tmp_path / "b.md"))
        text = (tmp_path / "b.md").read_text(encoding="utf-8")
        assert code == 0 and text.startswith("**Year-over-year change: batches (national)**") and "█" in text
        code, _, err = run("yoy", "--metric", "batches", "--chart", "-o", str(tmp_path / "b.csv"))
        assert code == 2 and "cannot go with --format csv" in err and not (tmp_path / "b.csv").exists()


class TestByteOrderMark:
    def test_csv_begins_with_one(self, run, tmp_path):
        """--bom begins the csv (a file or stdout) with U+FEFF and changes nothing else, so that Excel reads UTF-8."""
        target = tmp_path / "b.csv"
        run("--lang", "zh", "top", "--by", "value", "--year", "2008", "--bom", "-o", str(target))
        raw = target.read_bytes()
        _, plain, _ = run("--lang", "zh", "top", "--by", "value", "--year", "2008")
        assert raw.startswith(b"\xef\xbb\xbf") and raw[3:].decode("utf-8") == plain and "深圳" in plain
        _, out, _ = run("yoy", "--metric", "batches", "--bom")
        assert out.startswith("\ufeffmetric,")

    def test_other_formats_refuse_it(self, run):
        """--bom with json is a usage error naming what it is for."""
        code, _, err = run("yoy", "--metric", "batches", "--bom", "--format", "json")
        assert code == 2 and "--bom begins a csv or tsv file; this output is json" in err
