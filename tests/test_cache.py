"""The cache of checked records: used when nothing changed, rebuilt when anything did."""

from __future__ import annotations

import pickle

from ipr_stats import cache
from ipr_stats.dataset import load

FILE = 'source: {id: c1, title: T, publisher: P, published: "2010", language: en, kind: official}\nrecords:\n  - {locator: T1, metric: batches, period: "2009", value: %d}\n'


def test_second_load_reads_the_cache(tmp_path, monkeypatch, write_yaml):
    """A second load with the same files is served from the cache entry the first one wrote."""
    monkeypatch.setenv("IPR_STATS_CACHE", str(tmp_path / "c"))
    path = write_yaml(FILE % 5)
    load([path])
    (entry,) = (tmp_path / "c").glob("*.pickle")
    sources, rows, vocab = pickle.loads(entry.read_bytes())
    rows[-1]["value"] = 6  # tamper with the cached copy: the next load must show it
    entry.write_bytes(pickle.dumps((sources, rows, vocab)))
    assert load([path])[1]["value"].to_list()[-1] == 6


def test_changed_file_changes_the_key(tmp_path, monkeypatch, write_yaml):
    """Editing a dataset file gives a new key, so the edit is seen at once."""
    monkeypatch.setenv("IPR_STATS_CACHE", str(tmp_path / "c"))
    path = write_yaml(FILE % 5)
    assert load([path])[1]["value"].to_list()[-1] == 5
    path.write_text(FILE % 7)
    assert load([path])[1]["value"].to_list()[-1] == 7


def test_bad_files_are_never_cached(tmp_path, monkeypatch, write_yaml):
    """A file with problems raises every time and leaves no cache entry."""
    monkeypatch.setenv("IPR_STATS_CACHE", str(tmp_path / "c"))
    path = write_yaml(FILE.replace("batches", "batchs") % 5)
    for _ in range(2):
        try:
            load([path], bundled=False)
        except Exception as exc:
            assert "batchs" in str(exc)
    assert not list((tmp_path / "c").glob("*.pickle"))


def test_off_and_unreadable(tmp_path, monkeypatch):
    """IPR_STATS_CACHE=off writes nothing; a corrupt entry is ignored."""
    monkeypatch.setenv("IPR_STATS_CACHE", "off")
    assert cache.directory() is None
    load()
    monkeypatch.setenv("IPR_STATS_CACHE", str(tmp_path))
    (tmp_path / "x.pickle").write_bytes(b"not a pickle")
    assert cache.read("x") is None
