"""Reading the dataset files into one value (ipr_stats.data.dataset): the bundled folders, the check of a file
against its administration's folder, and the Dataset a command runs against."""

from __future__ import annotations

import pytest
import yaml

from ipr_stats.data import dataset
from ipr_stats.data.frame import COLUMNS
from ipr_stats.data.versions import with_preference
from ipr_stats.data.vocabulary import ADMINISTRATIONS, Vocabulary
from ipr_stats.errors import DataError
from tests.helpers import make_frame

SOURCE = """source:
  id: {id}
  title: T
  publisher: P
  published: "2024"
  language: en
  kind: official
records:
  - {{locator: p1, metric: cases, period: "2023", value: 5, scope: {scope}}}
"""


class TestBundled:
    def test_a_folder_per_administration_and_none_at_the_top(self):
        """Every bundled file lies in the folder of an administration; datasets/ itself holds none."""
        folder = dataset.bundled_folder()
        assert not [f for f in folder.iterdir() if f.suffix in (".yaml", ".yml")]
        files = dataset.bundled_files()
        assert {f.parent.name for f in files} == set(ADMINISTRATIONS)
        assert [f.name for f in files] == sorted(f.name for f in files)  # the rows' order: by file name, as ever

    def test_a_bundled_file_is_named_by_its_path(self):
        """Messages name a bundled file by its path in the repository."""
        assert dataset.bundled_name(dataset.bundled_folder() / "eu" / "x.yaml") == "datasets/eu/x.yaml"


class TestFolders:
    @pytest.fixture
    def folders(self, tmp_path, monkeypatch):
        monkeypatch.setattr(dataset, "bundled_folder", lambda: tmp_path)
        for admin in ADMINISTRATIONS:
            (tmp_path / admin).mkdir()
        return tmp_path

    def test_a_file_agrees_with_its_folder(self, folders):
        """A file in datasets/eu/ with the EU's scope is read."""
        path = folders / "eu" / "a.yaml"
        path.write_text(SOURCE.format(id="a", scope="eu"), encoding="utf-8")
        _sources, rows, _vocab, problems = dataset.read_files([path])
        assert problems == [] and [r["scope"] for r in rows] == ["eu"]

    def test_a_scope_of_another_administration_is_refused(self, folders):
        """A file in datasets/eu/ whose figure is Japan's is a problem naming the folder the scope belongs in."""
        path = folders / "eu" / "b.yaml"
        path.write_text(SOURCE.format(id="b", scope="japan"), encoding="utf-8")
        _sources, rows, _vocab, problems = dataset.read_files([path])
        assert rows == [] and len(problems) == 1
        assert problems[0].field == "scope" and "datasets/japan/" in problems[0].expected

    def test_a_file_elsewhere_may_hold_any_scope(self, tmp_path):
        """A user's file outside the bundled folders is not checked against a folder."""
        path = tmp_path / "mine.yaml"
        path.write_text(SOURCE.format(id="c", scope="japan"), encoding="utf-8")
        assert dataset.read_files([path])[3] == []

    def test_a_folder_gives_the_files_of_its_folders(self, tmp_path):
        """A folder gives its dataset files and those of the folders inside it (datasets/ gives every
        administration's), in the order of their paths, and a link back up is not followed."""
        for name in ("eu/b.yaml", "eu/a.yml", "top.yaml", "china/deeper/c.yaml", "china/notes.txt"):
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name).write_text("", encoding="utf-8")
        (tmp_path / "china" / "up").symlink_to(tmp_path, target_is_directory=True)
        found = [f.relative_to(tmp_path).as_posix() for f in dataset.user_files([tmp_path])]
        assert found == ["china/deeper/c.yaml", "eu/a.yml", "eu/b.yaml", "top.yaml"]

    def test_a_folder_with_no_dataset_file_is_refused(self, tmp_path):
        """A folder that holds no dataset file, in it or below it, is a problem saying what was expected."""
        (tmp_path / "empty").mkdir()
        with pytest.raises(DataError) as raised:
            dataset.user_files([tmp_path])
        assert raised.value.problems[0].found == "a folder with no .yaml or .yml file"


class TestDataset:
    def test_read_gives_the_frame_and_its_marked_copy(self):
        """The Dataset holds the frame of COLUMNS and the same rows with their versions marked, as versions marks them."""
        data = dataset.read()
        assert data.frame.columns == COLUMNS
        assert data.marked.select(COLUMNS).equals(data.frame)
        assert data.marked.equals(with_preference(data.frame))
        assert dataset.load()[1].equals(data.frame)

    def test_marking_depends_on_the_frame_alone(self):
        """Two frames are marked each by its own versions, whatever was marked before (no memo of an earlier frame)."""
        one = make_frame([{"metric": "batches", "period": "2009", "value": 1, "source": "a"},
                          {"metric": "batches", "period": "2009", "value": 2, "source": "b"}])
        other = one.filter(one["source"] == "b")
        assert with_preference(one)["preferred"].to_list() == [True, False]
        assert with_preference(other)["preferred"].to_list() == [True]
        assert with_preference(with_preference(one)).equals(with_preference(one))  # a marked frame is kept as it is

    def test_the_wheel_ships_every_administration_and_no_example(self):
        """The wheel's force-included folders are the administrations' folders, and datasets/examples is not one of them."""
        import tomllib
        from pathlib import Path

        config = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
        shipped = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
        assert shipped == {f"datasets/{admin}": f"ipr_stats/datasets/{admin}" for admin in ADMINISTRATIONS}


class TestDefaults:
    """A record's scope and a source's stage default once, as the file is read (data.vocabulary's defaults)."""

    DOCUMENT = """source: {id: s, title: T, publisher: P, published: "2020", language: en, kind: official%s}
records:
  - {locator: p1, metric: batches, period: "2019", value: 5%s}
"""

    @pytest.mark.parametrize("scope", ["", ", scope: null"])
    def test_a_record_with_no_scope_is_national(self, tmp_path, scope):
        """A record that names no scope, or leaves it empty, counts for the nation."""
        path = tmp_path / "s.yaml"
        path.write_text(self.DOCUMENT % ("", scope), encoding="utf-8")
        assert dataset.load([path], use_env=False, bundled=False)[1]["scope"].to_list() == ["national"]

    @pytest.mark.parametrize("stage, want", [("", "final"), (", stage: null", "final"), (", stage: preliminary", "preliminary")])
    def test_the_source_and_its_rows_have_one_stage(self, stage, want):
        """The stage a source block gives, or final, is the source's and each of its rows'."""
        source, rows, problems = dataset.validate_document(yaml.safe_load(self.DOCUMENT % (stage, "")), "s.yaml", Vocabulary())
        assert problems == [] and source["stage"] == want and [r["stage"] for r in rows] == [want]


class TestPublished:
    @pytest.mark.parametrize("published, ok", [("2020-02-29", True), ("2020-02", True), ("2020", True), ("2021-02-29", False),
                                               ("2031-13-45", False), ("2020-00", False)])
    def test_a_date_that_exists(self, published, ok):
        """A source's date is a day, month or year that exists; 29 February of 2021 or a 13th month is a problem."""
        document = TestDefaults.DOCUMENT.replace('"2020"', f'"{published}"') % ("", "")
        _source, _rows, problems = dataset.validate_document(yaml.safe_load(document), "s.yaml", Vocabulary())
        assert [p.field for p in problems] == ([] if ok else ["published"])


class TestTextThatActsOnATerminal:
    DOC = {"source": {"id": "esc", "title": "T", "publisher": "P", "published": "2024", "language": "en", "kind": "official",
                      "addresses": ["https://example.org/a?b=1&c=%E6%B5%B7#t"]},
           "records": [{"locator": "p1", "metric": "cases", "period": "2023", "value": 5, "printed": "5", "note": "line\nbreak\ttab"},
                       {"locator": "p2", "period": "2023", "figures": [{"metric": "batches", "value": 3, "printed": "3"}]}]}

    def _problems(self, tmp_path, doc):
        path = tmp_path / "esc.yaml"
        path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
        _sources, rows, _vocab, problems = dataset.read_files([path], [path.name])
        return rows, problems

    def test_a_clean_file_with_tabs_breaks_and_an_encoded_address_is_read(self, tmp_path):
        rows, problems = self._problems(tmp_path, self.DOC)
        assert problems == [] and len(rows) == 2

    @pytest.mark.parametrize("place, text, record, field", [
        (("source", "title"), "T\x1b]0;owned\x07", "source", "title"),
        (("source", "publisher"), "P\x9b2J", "source", "publisher"),
        (("records", 0, "note"), "over\rwrite", "records[0]", "note"),
        (("records", 1, "figures", 0, "printed"), "3\u202e", "records[1].figures[0]", "printed"),
        (("records", 1, "locator"), "p\x1b[2J", "records[1]", "locator"),
    ])
    def test_each_text_with_a_control_character_is_named(self, tmp_path, place, text, record, field):
        """validate names the record and the field of each text carrying an escape, and the figure gives no row."""
        import copy

        doc = copy.deepcopy(self.DOC)
        target = doc
        for step in place[:-1]:
            target = target[step]
        target[place[-1]] = text
        rows, problems = self._problems(tmp_path, doc)
        hits = [p for p in problems if "control characters" in p.expected]
        assert [(p.record, p.field) for p in hits] == [(record, field)]
        assert "\\x" in hits[0].found or "\\u" in hits[0].found or "\\r" in hits[0].found
        if record.startswith("records"):
            assert len(rows) == 1

    @pytest.mark.parametrize("url", ["https://evil.example/\x1b]8;;x", "https://a.example/with space", "https://例.example/海",
                                     "https://a.example/<script>", "javascript:alert(1)"])
    def test_an_address_holds_only_what_an_address_may(self, tmp_path, url):
        import copy

        doc = copy.deepcopy(self.DOC)
        doc["source"]["addresses"] = [url]
        _rows, problems = self._problems(tmp_path, doc)
        assert any(p.field == "addresses[0]" and "percent-encoded" in p.expected for p in problems), problems
