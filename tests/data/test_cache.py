"""The cache of checked records: used when nothing changed, rebuilt when anything did, never code."""

from __future__ import annotations

import json
import os

import polars as pl
import pytest

from ipr_stats.data import cache
from ipr_stats.data.dataset import load
from ipr_stats.data.frame import COLUMNS, marked_schema

FILE = 'source: {id: c1, title: T, publisher: P, published: "2010", language: en, kind: official}\nrecords:\n  - {locator: T1, metric: batches, period: "2009", value: %d}\n'


@pytest.fixture
def base(tmp_path, monkeypatch):
    """The cache directory the user names."""
    path = tmp_path / "c"
    monkeypatch.setenv("IPR_STATS_CACHE", str(path))
    return path


@pytest.fixture
def folder(base):
    """The folder of entries the cache keeps inside it."""
    return base / cache.ENTRIES


def test_second_load_reads_the_cache(folder, write_yaml):
    """A second load with the same files is served from the cache entry the first one wrote."""
    path = write_yaml(FILE % 5)
    load([path])
    (entry,) = folder.glob("*.arrow")
    frame = pl.read_ipc(entry.read_bytes())
    frame = frame.with_columns(pl.when(pl.col("source") == "c1").then(6.0).otherwise(pl.col("value")).alias("value"))
    frame.write_ipc(entry)  # tamper with the cached copy: the next load must show it
    sources, again, _ = load([path])
    assert again["value"].to_list()[-1] == 6
    assert again.columns == COLUMNS and any(s["id"] == "c1" for s in sources)


def test_an_entry_is_data_only(folder, write_yaml):
    """An entry is an Arrow IPC file and a JSON file: no pickle, nothing that runs code when read."""
    load([write_yaml(FILE % 5)])
    assert sorted(p.suffix for p in folder.iterdir() if p.name != cache.TAG) == [".arrow", ".json"]
    meta = json.loads(next(folder.glob("*.json")).read_text(encoding="utf-8"))
    assert meta["format"] == cache.FORMAT and set(meta["vocabulary"]) == set(cache.VOCABULARY)
    assert dict(pl.read_ipc(next(folder.glob("*.arrow")).read_bytes()).schema) == marked_schema()


def test_changed_file_changes_the_key(folder, write_yaml):
    """Editing a dataset file gives a new key, so the edit is seen at once."""
    path = write_yaml(FILE % 5)
    assert load([path])[1]["value"].to_list()[-1] == 5
    path.write_text(FILE % 7)
    assert load([path])[1]["value"].to_list()[-1] == 7


def test_bad_files_are_never_cached(folder, write_yaml):
    """A file with problems raises every time and leaves no cache entry."""
    path = write_yaml(FILE.replace("batches", "batchs") % 5)
    for _ in range(2):
        with pytest.raises(Exception, match="batchs"):
            load([path], bundled=False)
    assert not folder.exists() or not list(folder.iterdir())


@pytest.mark.parametrize("damage", [
    lambda meta, arrow: meta.write_text("not json"),
    lambda meta, arrow: arrow.write_bytes(b"not arrow"),
    lambda meta, arrow: meta.write_text(json.dumps({"format": cache.FORMAT, "sources": "x", "vocabulary": {}})),
    lambda meta, arrow: meta.write_text(json.dumps({"format": 1, "sources": [], "vocabulary": {}})),
    lambda meta, arrow: meta.write_text(json.dumps({**json.loads(meta.read_text()), "vocabulary": {"metrics": {"a": 1}}})),
    lambda meta, arrow: pl.DataFrame({"value": ["x"]}).write_ipc(arrow),
    lambda meta, arrow: pl.read_ipc(arrow.read_bytes()).with_columns(pl.col("value").cast(pl.String)).write_ipc(arrow),
], ids=["meta-not-json", "frame-not-arrow", "sources-not-a-list", "old-format", "vocabulary-shape", "other-columns", "other-types"])
def test_an_entry_of_the_wrong_shape_is_rebuilt(folder, write_yaml, damage):
    """A damaged entry, or one of another shape, is ignored: the files are read again, nothing breaks."""
    path = write_yaml(FILE % 5)
    first = load([path])[1]
    (meta,), (arrow,) = folder.glob("*.json"), folder.glob("*.arrow")
    damage(meta, arrow)
    assert load([path])[1].equals(first)


def test_a_folder_others_may_write_to_is_not_used(folder, write_yaml):
    """Anyone who can write to the cache folder could plant figures: such a folder is neither read nor written."""
    folder.mkdir(parents=True)
    (folder / cache.TAG).write_text(cache.SIGNATURE)
    os.chmod(folder, 0o777)
    if not folder.stat().st_mode & 0o022:
        pytest.skip("this file system does not keep group and other write bits")
    path = write_yaml(FILE % 5)
    load([path])
    assert [p.name for p in folder.iterdir()] == [cache.TAG]
    assert not cache.private(folder)
    os.chmod(folder, 0o700)
    load([path])
    assert len(list(folder.iterdir())) == 3 and cache.private(folder)


def test_the_folder_is_made_private(folder, write_yaml):
    load([write_yaml(FILE % 5)])
    assert folder.stat().st_mode & 0o777 == 0o700


def test_off_and_unreadable(tmp_path, monkeypatch):
    """IPR_STATS_CACHE=off writes nothing; a missing entry reads as none."""
    monkeypatch.setenv("IPR_STATS_CACHE", "off")
    assert cache.directory() is None
    load()
    monkeypatch.setenv("IPR_STATS_CACHE", str(tmp_path))
    os.chmod(tmp_path, 0o700)
    assert cache.read("x", marked_schema()) is None


def test_an_entry_holds_what_the_files_hold(folder, write_yaml):
    """Sources and vocabulary come back from the cache as the files gave them."""
    path = write_yaml(FILE % 5 + 'milestones:\n  - {date: "2010-04-26", event: E}\n')
    first, again = load([path]), load([path])
    assert first[0] == again[0] and first[2].metrics == again[2].metrics and first[1].equals(again[1])


def test_the_key_covers_every_module_of_the_data_layer():
    """A change to any module that reads, checks or marks the data (its vocabulary, members, Chinese names ...) makes a new key."""
    from pathlib import Path

    here = Path(cache.__file__).parent
    assert set(cache._CODE) == {p.name for p in here.glob("*.py")} - {"__init__.py"}
