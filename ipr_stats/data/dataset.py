"""Dataset files (bundled and the user's) -> checked records -> one polars frame."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import NamedTuple

from ipr_stats.data.vocabulary import ADMINISTRATIONS, DEFAULT_STAGE, Vocabulary, administration_of
from ipr_stats.errors import DataError, Problem

ENV_VAR = "IPR_STATS_DATA"

TOP_LEVEL = {"source", "records", "milestones", "series_notes", "vocabulary"}


def bundled_folder() -> Path:
    """The bundled datasets: a folder per administration, shipped inside the package (not found with
    importlib.resources, which costs 8 ms more at start)."""
    return Path(__file__).parent.parent / "datasets"


def bundled_files() -> list:
    """The bundled dataset files, each administration's folder read, in the order of their file names."""
    folders = [bundled_folder() / admin for admin in ADMINISTRATIONS]
    return sorted((f for folder in folders if folder.is_dir() for f in folder.iterdir() if f.name.endswith((".yaml", ".yml"))),
                  key=lambda f: f.name)


def bundled_name(file) -> str:
    """How a bundled file is named in messages: its path in the repository."""
    path = file if isinstance(file, Path) else Path(file)
    return f"datasets/{path.parent.name}/{path.name}"


def folder_administration(file, root: Path | None = None) -> str | None:
    """The administration whose folder of the bundled datasets holds ``file``, or None for a file elsewhere;
    ``root``: the bundled folder, resolved (a caller asking for many files resolves it once)."""
    path = Path(file).resolve()
    inside = path.parent.parent == (root or bundled_folder().resolve()) and path.parent.name in ADMINISTRATIONS
    return path.parent.name if inside else None


def user_files(paths) -> list[Path]:
    """Expand files and folders given with --data or IPR_STATS_DATA: a folder gives its .yaml and .yml files
    and those of the folders inside it (datasets/ gives each administration's), never through a link to a folder."""
    from ipr_stats.data.paths import kind, missing, mode, shown

    found, seen = [], set()
    for text in paths:
        path = Path(text).expanduser()
        what = mode(path)
        if what is None:
            raise DataError([Problem(shown(path), "file", "", "path", missing(path, "no such file or folder"),
                                     "a YAML file or a folder of them")])
        if stat.S_ISDIR(what):
            inside = _yaml_files(path)
            if not inside:
                raise DataError([Problem(str(path), "folder", "", "path", "a folder with no .yaml or .yml file",
                                         "a YAML dataset file or a folder that holds some")])
        elif stat.S_ISREG(what):
            inside = [path]
        else:  # never opened: a named pipe would hang the read
            raise DataError([Problem(shown(path), "file", "", "path", f"{kind(what)}, not a regular file", "a YAML file or a folder of them")])
        for file in inside:  # a file named twice (in IPR_STATS_DATA and with --data, say) is read once
            if file.resolve() not in seen:
                seen.add(file.resolve())
                found.append(file)
    return found


def _yaml_files(folder: Path) -> list[Path]:
    """The .yaml and .yml files in ``folder`` and the folders inside it, in the order of their paths; a folder
    that cannot be read gives none, and a link to a folder is not followed (it could lead back up)."""
    found = []
    for root, folders, files in os.walk(folder, onerror=lambda _error: None):
        folders.sort()
        found += [Path(root) / name for name in files if name.endswith((".yaml", ".yml")) and (Path(root) / name).is_file()]
    return sorted(found, key=lambda f: f.relative_to(folder).parts)


def env_paths() -> list[str]:
    return [p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p]


def read_yaml(file, name: str):
    """Parse one YAML file safely, within the limits of ipr_stats.data.safe_yaml; a refusal becomes a Problem."""
    from ipr_stats.data import safe_yaml

    try:
        size = file.stat().st_size
        if size > safe_yaml.MAX_BYTES:  # never read a file too large to be a dataset
            doc, refused = None, safe_yaml.too_large(size)
        else:
            doc, refused = safe_yaml.load(file.read_bytes())
    except OSError as exc:
        return None, [Problem(name, "file", "", "file", exc.strerror or type(exc).__name__, "a readable file")]
    if refused:
        return None, [Problem(name, refused[0], "", *refused[1:])]
    return doc, []


def _flatten(records, name: str):
    """Yield (where, figure) for every figure, groups expanded."""
    for i, rec in enumerate(records):
        if not isinstance(rec, dict):
            yield f"records[{i}]", rec
        elif "figures" in rec:
            shared = {k: val for k, val in rec.items() if k != "figures"}
            figures = rec["figures"] if isinstance(rec["figures"], list) else [rec["figures"]]
            for j, fig in enumerate(figures):
                yield f"records[{i}].figures[{j}]", ({**shared, **fig} if isinstance(fig, dict) else fig)
        else:
            yield f"records[{i}]", rec


def validate_document(doc, name: str, vocab: Vocabulary, administration: str | None = None
                   ) -> tuple[dict | None, list[dict], list[Problem]]:
    """Check one parsed file: its source block and every figure; ``administration``: the one whose folder
    of the bundled datasets holds the file, which every figure's scope must belong to."""
    from ipr_stats.data import model  # the record rules, needed only when files are read: a cached frame is checked
    from ipr_stats.data.notes import validate_series_notes

    if doc is None:
        return None, [], [Problem(name, "file", "", "content", "an empty file", "a 'source' block and a 'records' list")]
    if not isinstance(doc, dict):
        return None, [], [Problem(name, "file", "", "content", type(doc).__name__, "a mapping with 'source' and 'records'")]
    problems = [Problem(name, "file", "", key, repr(key), "one of " + ", ".join(sorted(TOP_LEVEL))) for key in doc if key not in TOP_LEVEL]
    escapes = model.control_characters(doc, name)
    problems += escapes
    escaped = {p.record for p in escapes}  # a figure with such a text gives no row, as with any other problem
    if "vocabulary" in doc:
        problems += model.extend_vocabulary(vocab, doc["vocabulary"], name)
    problems += model.validate_source(doc.get("source"), name)
    problems += model.validate_milestones(doc.get("milestones"), name)
    notes, found = validate_series_notes(doc.get("series_notes"), name, vocab)
    problems += found
    records = doc.get("records")
    if not isinstance(records, list) or not records:
        problems.append(Problem(name, "file", "", "records", repr(records) if records is not None else "no value", "a non-empty list of records"))
        records = []
    source = doc.get("source") if isinstance(doc.get("source"), dict) else {}
    if source and source.get("stage") is None:  # the one place a source's stage defaults: its rows and the source list agree
        source = {**source, "stage": DEFAULT_STAGE}
    if source and notes:
        source = {**source, "series_notes": notes}
    addresses = model.source_addresses(source)
    origin = {"source": source.get("id"), "source_kind": source.get("kind"), "stage": source.get("stage"),
              "source_date": None if source.get("published") is None else str(source["published"])}
    rows = []
    for where, fig in _flatten(records, name):
        if not isinstance(fig, dict):
            problems.append(Problem(name, where, "", "record", repr(fig), "a mapping of record fields"))
            continue
        rec, found = model.validate_figure(fig, vocab, where, name)
        problems += found
        if rec:
            found = model.validate_printed(rec, source, name, where)
            problems += found
        if rec and administration and administration_of(rec["scope"]) != administration:
            found = [Problem(name, where, rec["metric"], "scope", repr(rec["scope"]),
                             f"a scope of {ADMINISTRATIONS[administration][0]}: the file is in datasets/{administration}/, "
                             f"and scope '{rec['scope']}' belongs in datasets/{administration_of(rec['scope'])}/")]
            problems += found
        if rec and not found and not (escaped and {where, where.partition(".")[0]} & escaped):
            metric = vocab.metrics[rec["metric"]]
            rec.update(origin, unit=metric[0], scope_kind=vocab.scopes[rec["scope"]][0], file=name, where=where,
                       address=rec.get("address") or (addresses[0] if addresses else None))
            rows.append(rec)
    return source, rows, problems


def _conflicts(rows: list[dict]) -> tuple[list[dict], list[Problem]]:
    """Drop exact repeats; report one source giving two values for the same figure."""
    seen: dict[tuple, dict] = {}
    kept, problems = [], []
    for rec in rows:
        if rec.get("claim"):
            kept.append(rec)
            continue
        key = (rec["source"], rec["metric"], rec["period"], rec["period_kind"], rec["scope"], rec.get("dimension"), rec.get("member"))
        first = seen.get(key)
        if first is None:
            seen[key] = rec
            kept.append(rec)
        elif first["value"] != rec["value"] or first["qualifier"] != rec["qualifier"]:
            label = " ".join(str(k) for k in key[1:] if k is not None)
            problems.append(Problem(rec["file"], rec["where"], label, "value", f"{rec['value']} ({rec['qualifier']})",
                                    f"the same as {first['where']} in {first['file']}, which gives {first['value']} ({first['qualifier']}) for the same metric, period, scope and member"))
    return kept, problems


def read_files(files, names=None) -> tuple[list[dict], list[dict], Vocabulary, list[Problem]]:
    """Read and check files; return sources, records, vocabulary and all problems."""
    vocab = Vocabulary()
    sources, rows, problems = [], [], []
    root = bundled_folder().resolve()
    for i, file in enumerate(files):
        name = names[i] if names else str(file)
        doc, found = read_yaml(file, name)
        if found:
            problems += found
            continue
        source, recs, found = validate_document(doc, name, vocab, folder_administration(file, root))
        problems += found
        if source and source.get("id"):
            if any(s["id"] == source["id"] for s in sources):
                problems.append(Problem(name, "source", "", "id", repr(source["id"]), "an id no other dataset file uses"))
            sources.append({**source, "file": name, "milestones": doc.get("milestones") or []})
        rows += recs
    rows, found = _conflicts(rows)
    return sources, rows, vocab, problems + found


class Dataset(NamedTuple):
    """The loaded data as one value: the sources, the frame of every figure (:data:`~ipr_stats.data.frame.COLUMNS`),
    the vocabulary, and the same frame with its versions marked (:func:`ipr_stats.data.versions.with_preference`),
    which the queries start from."""

    sources: list
    frame: object
    vocabulary: Vocabulary
    marked: object


def read(extra=(), *, use_env: bool = True, bundled: bool = True) -> Dataset:
    """Bundled data plus user files, checked, as a :class:`Dataset`. Raises DataError.

    Checked records are kept in a cache keyed by every file read and by the code
    that checks them (see :mod:`ipr_stats.data.cache`), with their versions marked,
    so that a repeated call neither parses YAML nor ranks versions.
    """
    from ipr_stats.data import cache, versions  # polars, and the cache, load only here: `validate` needs neither
    from ipr_stats.data.frame import COLUMNS, marked_schema, to_frame

    files = bundled_files() if bundled else []
    names = [bundled_name(f) for f in files]
    users = user_files([*(env_paths() if use_env else []), *extra])
    all_files, all_names = [*files, *users], [*names, *map(str, users)]
    key = cache.key(all_files, all_names, bundled=len(files))
    found = cache.read(key, marked_schema())
    if found is None:
        sources, rows, vocab, problems = read_files(all_files, all_names)
        if problems:
            raise DataError(problems)
        frame = to_frame(rows)
        marked = versions.with_preference(frame)
        cache.write(key, sources, marked, vocab)
        return Dataset(sources, frame, vocab, marked)
    sources, marked, vocab = found
    return Dataset(sources, marked.select(COLUMNS), vocab, marked)


def load(extra=(), *, use_env: bool = True, bundled: bool = True):
    """Bundled data plus user files: (sources, frame, vocabulary), the frame with the columns of
    :data:`~ipr_stats.data.frame.COLUMNS`. Raises DataError."""
    sources, frame, vocab, _marked = read(extra, use_env=use_env, bundled=bundled)
    return sources, frame, vocab


def load_dataset(*extra):
    """The tidy dataset as a polars DataFrame: bundled figures plus any user files given."""
    return load(extra)[1]
