"""A cache directory shared with other files: the cache keeps its entries in a folder it marks as its own,
removes only its own entries and never follows a link. Every folder is built in tmp_path."""

from __future__ import annotations

import os

import pytest

from ipr_stats.data import cache
from ipr_stats.data.dataset import load
from ipr_stats.data.frame import marked_schema

FILE = 'source: {id: c1, title: T, publisher: P, published: "2010", language: en, kind: official}\nrecords:\n  - {locator: T1, metric: batches, period: "2009", value: %d}\n'

USERS = ("notes.json", "data.arrow", "model.pickle", "a" * 64 + ".txt", "draft.tmp")


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A cache directory that already holds the user's own files, as $HOME would."""
    path = tmp_path / "home"
    path.mkdir()
    for name in USERS:
        (path / name).write_text("the user's own")
    monkeypatch.setenv("IPR_STATS_CACHE", str(path))
    return path


def _fill(write_yaml, count: int) -> None:
    """Load `count` different dataset files, so that the cache holds (and evicts) that many entries."""
    for value in range(count):
        load([write_yaml(FILE % value, name=f"u{value}.yaml")])


def test_a_shared_folder_loses_none_of_its_files(home, write_yaml):
    """Pointed at $HOME, the cache writes only inside its own marked folder, and evicting old entries
    deletes none of the user's .json, .arrow, .pickle or .tmp files."""
    _fill(write_yaml, cache.KEEP + 3)
    assert sorted(p.name for p in home.iterdir()) == sorted([*USERS, cache.ENTRIES])
    assert all((home / name).read_text() == "the user's own" for name in USERS)
    folder = home / cache.ENTRIES
    assert (folder / cache.TAG).read_text().startswith(cache.SIGNATURE)
    assert len(list(folder.glob("*.json"))) == cache.KEEP


def test_the_users_files_inside_the_folder_are_kept(home, write_yaml):
    """Even inside the cache's own folder, a file the cache did not name (by a key) is never removed."""
    _fill(write_yaml, 1)
    folder = home / cache.ENTRIES
    for name in USERS:
        (folder / name).write_text("the user's own")
    _fill(write_yaml, cache.KEEP + 2)
    assert all((folder / name).read_text() == "the user's own" for name in USERS)


def test_a_folder_of_that_name_without_the_mark_is_not_used(home, write_yaml):
    """A folder named like the cache's that the cache did not make (no CACHEDIR.TAG) is the user's: nothing
    is read from it, written to it or removed from it."""
    folder = home / cache.ENTRIES
    folder.mkdir(mode=0o700)
    planted = folder / ("b" * 64 + ".json")
    planted.write_text("the user's own")
    _fill(write_yaml, cache.KEEP + 2)
    assert [p.name for p in folder.iterdir()] == [planted.name] and planted.read_text() == "the user's own"


def test_a_link_out_of_the_folder_is_never_followed(home, write_yaml, tmp_path):
    """Links planted under names the cache gives its entries, pointing out, are never taken for entries:
    evicting old entries leaves their targets alone."""
    outside = tmp_path / "outside"
    outside.mkdir()
    victims = [outside / f"{n}.json" for n in range(cache.KEEP + 3)]
    for victim in victims:
        victim.write_text("the user's own")
    _fill(write_yaml, 1)
    folder = home / cache.ENTRIES
    for n, victim in enumerate(victims):  # links named as entries would be, pointing out
        (folder / (f"{n:064x}" + ".json")).symlink_to(victim)
    _fill(write_yaml, cache.KEEP + 2)
    assert all(v.read_text() == "the user's own" for v in victims)


def test_a_linked_folder_is_not_used(tmp_path, monkeypatch, write_yaml):
    """The folder of entries may not be a link: the cache would write where the link points."""
    base, elsewhere = tmp_path / "c", tmp_path / "elsewhere"
    base.mkdir()
    elsewhere.mkdir(mode=0o700)
    (elsewhere / cache.TAG).write_text(cache.SIGNATURE)
    (base / cache.ENTRIES).symlink_to(elsewhere)
    monkeypatch.setenv("IPR_STATS_CACHE", str(base))
    _fill(write_yaml, 2)
    assert [p.name for p in elsewhere.iterdir()] == [cache.TAG]


def test_an_entry_that_is_a_link_is_not_read(home, write_yaml, tmp_path):
    """A link in place of an entry's frame is not read: the figures are read from the files again."""
    path = write_yaml(FILE % 5)
    first = load([path])[1]
    (arrow,) = (home / cache.ENTRIES).glob("*.arrow")
    moved = tmp_path / "moved.arrow"
    os.replace(arrow, moved)
    arrow.symlink_to(moved)
    assert cache.read(arrow.stem, marked_schema()) is None
    assert load([path])[1].equals(first)


def test_an_entry_is_never_written_through_a_link(home, write_yaml, tmp_path):
    """Links planted under an entry's own names, pointing out of the folder, are replaced, never written through."""
    path = write_yaml(FILE % 5)
    load([path])
    folder = home / cache.ENTRIES
    victims = []
    for entry in [*folder.glob("*.json"), *folder.glob("*.arrow")]:
        victim = tmp_path / f"victim{entry.suffix}"
        victim.write_text("the user's own")
        entry.unlink()
        entry.symlink_to(victim)
        victims.append(victim)
    load([path])
    assert all(v.read_text() == "the user's own" for v in victims)
    assert not any(p.is_symlink() for p in folder.iterdir())
