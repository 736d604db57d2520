"""Bad dataset files: each gives a precise message, exit code 1 and no traceback."""

from __future__ import annotations

import pytest

GOOD_SOURCE = 'source: {id: user-2009, title: "IPR in 2009", publisher: GACC, published: "2010"}\n'


def records(*lines: str) -> str:
    return GOOD_SOURCE + "records:\n" + "".join(f"  - {line}\n" for line in lines)


BAD_FILES = {
    "wrong type": (records('{locator: T1, metric: batches, period: "2009", value: "1,200"}'),
                   ["records[0]", "field 'value'", "'1,200'", "a number"]),
    "unknown metric": (records('{locator: T1, metric: batchs, period: "2009", value: 12}'),
                       ["records[0]", "field 'metric'", "'batchs'", "did you mean 'batches'"]),
    "missing field": (records('{metric: batches, period: "2009", value: 12}'),
                      ["records[0]", "field 'locator'", "no value"]),
    "bad period": (records('{locator: T1, metric: batches, period: "2009-H3", value: 12}'),
                   ["field 'period'", "'2009-H3'", "a half-year (2019-H1)"]),
    "impossible date": (records('{locator: T1, metric: batches, period: "2009-02-30", value: 12}'),
                        ["field 'period'", "a real date"]),
    "kind the label does not allow": (records('{locator: T1, metric: batches, period: "2009-H1", period_kind: year, value: 12}'),
                                      ["field 'period'", "half_year"]),
    "unknown member": (records('{locator: T1, metric: batches, period: "2009", dimension: customs, member: Atlantis, value: 1}'),
                       ["field 'member'", "'Atlantis'", "guangzhou"]),
    "member without dimension": (records('{locator: T1, metric: batches, period: "2009", member: beijing, value: 1}'),
                                 ["field 'dimension'", "together"]),
    "rounded without precision": (records('{locator: T1, metric: batches, period: "2009", value: 1000, qualifier: rounded}'),
                                  ["field 'precision'"]),
    "unknown field": (records('{locator: T1, metric: batches, period: "2009", value: 1, colour: red}'),
                      ["field 'colour'", "record fields"]),
    "negative value": (records('{locator: T1, metric: batches, period: "2009", value: -5}'),
                       ["field 'value'", "not negative"]),
    "unparsable share": (records('{locator: T1, metric: batches, period: "2009", value: 5, published_share: "half"}'),
                         ["field 'published_share'", "'half'"]),
    "claim with a value": (records('{locator: T1, metric: batches, period: "2009", claim: share, published_share: "5%", value: 3}'),
                           ["field 'value'", "claim"]),
    "conflicting duplicate": (records('{locator: T1, metric: batches, period: "2009", value: 12}',
                                      '{locator: T2, metric: batches, period: "2009", value: 13}'),
                              ["records[1]", "field 'value'", "13", "records[0]", "gives 12"]),
    "invalid YAML": (GOOD_SOURCE + "records: [\n  {locator: T1\n", ["line", "field 'YAML'"]),
    "empty file": ("", ["an empty file"]),
    "python object tag": ('source: !!python/object/apply:os.system ["echo hacked"]\nrecords: []\n',
                          ["field 'YAML'", "not allowed"]),
    "no source block": ('records:\n  - {locator: T1, metric: batches, period: "2009", value: 12}\n',
                        ["source", "field 'source'"]),
    "clash with a bundled source id": (records('{locator: T1, metric: batches, period: "2009", value: 12}').replace("user-2009", "gacc-2008"),
                                       ["field 'id'", "'gacc-2008'", "no other dataset file"]),
}


@pytest.mark.parametrize("case", list(BAD_FILES), ids=list(BAD_FILES))
class TestBadFiles:
    def test_validate_names_the_problem(self, case, run, write_yaml):
        """`validate` exits 1 and names file, record, field, what was found and what was expected."""
        text, expected = BAD_FILES[case]
        path = write_yaml(text)
        code, out, err = run("validate", str(path))
        assert code == 1
        assert str(path) in err
        for fragment in expected:
            assert fragment in err, f"{fragment!r} missing from:\n{err}"
        assert "Traceback" not in err + out

    def test_data_option_rejects_it(self, case, run, write_yaml):
        """--data with the same file fails every command with exit 1 and the same message."""
        text, expected = BAD_FILES[case]
        path = write_yaml(text)
        code, out, err = run("--data", str(path), "sources")
        assert code == 1
        assert err.startswith("Error: the data has")
        assert expected[0] in err
        assert out == ""


class TestGoodFiles:
    GOOD = records('{locator: Table 1, metric: batches, period: "2009", value: 12345}',
                   '{locator: Table 11, metric: batches, period: "2009", dimension: customs, member: 广州, value: 3000}')

    def test_validate_reports_ok(self, run, write_yaml):
        """A valid file is reported with its number of figures and exit code 0."""
        path = write_yaml(self.GOOD)
        code, out, err = run("validate", str(path))
        assert (code, err) == (0, "")
        assert out == f"{path}: ok, 2 figures and 0 claims\n"

    def test_data_option_adds_figures(self, run, write_yaml):
        """--data adds the file's figures; a Chinese alias resolves to the member key."""
        path = write_yaml(self.GOOD)
        code, out, _ = run("--data", str(path), "data", "--year", "2009", "--format", "csv")
        assert code == 0
        lines = out.splitlines()
        assert len(lines) == 3
        assert lines[2].startswith("user-2009,Table 11,batches,batch,2009,year,2009-01-01,2009-12-31,national,customs,guangzhou,3000,")

    def test_folder_and_environment_variable(self, run, write_yaml, tmp_path):
        """A folder given in IPR_STATS_DATA is read like --data."""
        write_yaml(self.GOOD)
        code, out, _ = run("data", "--source", "user-2009", env={"IPR_STATS_DATA": str(tmp_path)})
        assert code == 0
        assert out.count("user-2009") == 2

    def test_missing_path(self, run, tmp_path):
        """A --data path that does not exist is a data error naming the path."""
        code, _, err = run("--data", str(tmp_path / "nope.yaml"), "sources")
        assert code == 1
        assert "nope.yaml" in err and "no such file" in err

    def test_user_vocabulary(self, run, write_yaml):
        """A file may declare its own members, which then validate and resolve by alias."""
        path = write_yaml(GOOD_SOURCE + "vocabulary:\n  members:\n    customs:\n      dalian: {name: Dalian, aliases: [大连]}\n"
                          + "records:\n  - {locator: T11, metric: batches, period: \"2009\", dimension: customs, member: 大连, value: 7}\n")
        code, out, err = run("--data", str(path), "data", "--source", "user-2009", "--format", "jsonl")
        assert (code, err) == (0, "")
        assert '"member": "dalian"' in out
