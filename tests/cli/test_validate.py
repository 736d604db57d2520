"""Bad dataset files: each gives a precise message, exit code 1 and no traceback."""

from __future__ import annotations

import pytest

GOOD_SOURCE = 'source: {id: user-2009, title: "IPR in 2009", publisher: GACC, published: "2010", language: en, kind: official}\n'

PAGES = ('source: {id: user-page, title: "A page", publisher: A paper, published: "2010-01-20", language: zh, kind: news,\n'
         '         stage: preliminary, addresses: [https://example.org/a, {url: "https://example.org/b", note: a reprint}]}\n')


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
    "no source kind": (records('{locator: T1, metric: batches, period: "2009", value: 12}').replace(", kind: official", ""),
                       ["field 'kind'", "no value", "official, news, summary, aggregator"]),
    "unknown source kind": (records('{locator: T1, metric: batches, period: "2009", value: 12}').replace("kind: official", "kind: blog"),
                            ["field 'kind'", "'blog'", "source kinds"]),
    "unknown stage": (records('{locator: T1, metric: batches, period: "2009", value: 12}').replace("kind: official", "kind: official, stage: draft"),
                      ["field 'stage'", "'draft'", "final, preliminary, retrospective"]),
    "language not a code": (records('{locator: T1, metric: batches, period: "2009", value: 12}').replace("language: en", "language: English"),
                            ["field 'language'", "'English'", "en, zh"]),
    "address not a web address": (PAGES.replace("https://example.org/a", "example.org/a") + 'records:\n  - {locator: p1, metric: batches, period: "2009", value: 12, printed: "12"}\n',
                                  ["field 'addresses[0]'", "a web address"]),
    "page figure without its printed form": (PAGES + 'records:\n  - {locator: p1, metric: batches, period: "2009", value: 47200, qualifier: rounded, precision: 100}\n',
                                             ["field 'printed'", "no value", "the source was read in pages"]),
    "printed form with another value": (PAGES + 'records:\n  - {locator: p1, metric: batches, period: "2009", value: 4720, qualifier: rounded, precision: 100, printed: "4.72万"}\n',
                                        ["field 'printed'", "'4.72万' recorded as 4720", "a value of 47200"]),
    "printed form with another qualifier": (PAGES + 'records:\n  - {locator: p1, metric: batches, period: "2009", value: 19100, printed: "more than 19,100"}\n',
                                            ["field 'printed'", "qualifier at_least"]),
    "printed form rounded, recorded exact": (PAGES + 'records:\n  - {locator: p1, metric: batches, period: "2009", value: 47200, printed: "4.72万"}\n',
                                             ["field 'printed'", "qualifier rounded with precision 100"]),
    "misplaced separator in the printed form": (PAGES + 'records:\n  - {locator: p1, metric: batches, period: "2009", value: 13140, printed: "1,3140"}\n',
                                                ["field 'printed'", "thousands separators"]),
    "address not among the source's": (PAGES + 'records:\n  - {locator: p1, metric: batches, period: "2009", value: 12, printed: "12", address: "https://elsewhere.org"}\n',
                                       ["field 'address'", "one of the source's addresses"]),
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
        assert err.endswith(" problem(s) found.\n") and out == "", (err, out)  # the problems, then their count

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

    def test_page_source_with_printed_forms(self, run, write_yaml):
        """A source read in pages: its figures carry their printed form and the address they were read at."""
        import csv
        import io

        path = write_yaml(PAGES + "records:\n"
                          '  - {locator: p1, metric: batches, period: "2009", value: 47200, qualifier: rounded, precision: 100, printed: "4.72万"}\n'
                          '  - {locator: p3, metric: quantity, period: "2009", value: 40000000, qualifier: at_least, printed: "逾4000万件",'
                          ' address: "https://example.org/b"}\n')
        assert run("validate", str(path))[:2] == (0, f"{path}: ok, 2 figures and 0 claims\n")
        _, out, _ = run("--data", str(path), "data", "--source", "user-page", "--format", "csv")
        rows = [(r["printed"], r["address"], r["source_kind"], r["stage"]) for r in csv.DictReader(io.StringIO(out))]
        assert rows == [("4.72万", "https://example.org/a", "news", "preliminary"),
                        ("逾4000万件", "https://example.org/b", "news", "preliminary")]
        _, out, _ = run("--data", str(path), "sources", "user-page", "--format", "csv")
        assert "address,https://example.org/a\naddress,https://example.org/b\n" in out

    def test_data_option_adds_figures(self, run, write_yaml):
        """--data adds the file's figures; a Chinese alias resolves to the member key."""
        path = write_yaml(self.GOOD)
        code, out, _ = run("--data", str(path), "data", "--year", "2009", "--all-versions", "--format", "csv")
        assert code == 0
        lines = out.splitlines()
        mine = [line for line in lines if line.startswith("user-2009,")]
        assert len(mine) == 2
        assert mine[1].startswith("user-2009,Table 11,batches,batch,2009,year,2009-01-01,2009-12-31,national,customs,guangzhou,3000,")
        assert any(line.startswith("gacc-2009,") for line in lines), "the bundled figures stay beside the file's"

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


def test_validate_takes_format(run, write_yaml):
    """validate --format csv: a row per problem and a row per file that has none; exit 1 when any problem (D31)."""
    import csv
    import io

    bad = write_yaml('source: {id: t1, title: T, publisher: P, published: "2020", language: en, kind: official, stage: final}\n'
                     'records:\n  - {locator: p1, period: "2019", metric: suspensions, value: 5}\n', "bad.yaml")
    code, out, _ = run("validate", "--format", "csv", str(bad), "datasets/examples/example-2019.yaml")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 1
    assert [(r["status"], r["field"], r["found"]) for r in rows if r["file"] == str(bad)] == [("problem", "metric", "'suspensions'")]
    assert [(r["status"], r["figures"]) for r in rows if r["file"].endswith("example-2019.yaml")] == [("ok", "8")]
