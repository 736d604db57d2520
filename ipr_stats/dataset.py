"""Dataset files (bundled and the user's) -> checked records -> one polars frame."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import DataError
from .model import Problem, Vocabulary, check_figure, check_milestones, check_printed, check_source, source_addresses

ENV_VAR = "IPR_STATS_DATA"
TOP_LEVEL = {"source", "records", "milestones", "vocabulary"}

# Columns of the frame, in order; the first sixteen are the published tidy view, the next
# five say where and how each figure was read (the tidy view adds 'preferred' and 'versions').
COLUMNS = [
    "source", "locator", "metric", "unit", "period", "period_kind", "period_start", "period_end",
    "scope", "dimension", "member", "value", "qualifier", "published_share", "published_change", "note",
    "printed", "address", "source_kind", "stage", "source_date",
    "precision", "decimals", "member_kind", "breakdown", "claim", "scope_kind", "file",
]
TIDY_COLUMNS = COLUMNS[:21]


def bundled_files() -> list:
    """The bundled dataset files, found inside the installed package."""
    folder = Path(__file__).parent / "datasets"  # shipped inside the package (not importlib.resources: 8 ms more at start)
    return sorted((f for f in folder.iterdir() if f.name.endswith((".yaml", ".yml"))), key=lambda f: f.name)


def bundled_name(file) -> str:
    """How a bundled file is named in messages: its path in the repository."""
    return f"datasets/{file.name}"


def user_files(paths) -> list[Path]:
    """Expand files and folders given with --data or IPR_STATS_DATA."""
    found, seen = [], set()
    for text in paths:
        path = Path(text).expanduser()
        if path.is_dir():
            inside = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
            if not inside:
                raise DataError([Problem(str(path), "folder", "", "path", "a folder with no .yaml or .yml file",
                                         "a YAML dataset file or a folder that holds some")])
        elif path.is_file():
            inside = [path]
        else:
            raise DataError([Problem(str(path), "file", "", "path", "no such file or folder", "a YAML file or a folder of them")])
        for file in inside:  # a file named twice (in IPR_STATS_DATA and with --data, say) is read once
            if file.resolve() not in seen:
                seen.add(file.resolve())
                found.append(file)
    return found


def env_paths() -> list[str]:
    return [p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p]


def read_yaml(file, name: str):
    """Parse one YAML file safely, within the limits of ipr_stats.safe_yaml; a refusal becomes a Problem."""
    from . import safe_yaml

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


def _extend_vocabulary(vocab: Vocabulary, raw, name: str) -> list[Problem]:
    """Add a user file's own metrics, scopes and members (see docs/data-model.md); never redefine one."""
    def problem(where, key, field, found, expected):
        return Problem(name, f"vocabulary.{where}", str(key), field, found, expected)

    if not isinstance(raw, dict):
        return [problem("", "", "vocabulary", repr(raw), "a mapping with metrics, scopes or members")]
    problems = []
    for section, value in raw.items():
        if section not in ("metrics", "scopes", "members"):
            problems.append(problem(section, "", "section", repr(section), "metrics, scopes or members"))
        elif value is not None and not isinstance(value, dict):
            problems.append(problem(section, "", section, repr(value), "a mapping of keys to their definitions"))
    if problems:
        return problems
    for section in ("metrics", "scopes", "members"):
        for key in raw.get(section) or {}:
            if not isinstance(key, str) or not key:
                problems.append(problem(section, repr(key), "key", repr(key), "a key as text, such as 'seizures' or 'eu'"))
        if section == "members":
            for dim, members in (raw.get(section) or {}).items():
                for key in members if isinstance(members, dict) else ():
                    if not isinstance(key, str) or not key:
                        problems.append(problem(f"members.{dim}", repr(key), "key", repr(key), "a member key as text"))
    if problems:
        return problems
    for key, spec in (raw.get("metrics") or {}).items():
        if key in vocab.metrics:
            problems.append(problem(f"metrics.{key}", key, "metric", repr(key), "a new key: an existing metric cannot be redefined"))
        elif not isinstance(spec, dict) or not isinstance(spec.get("unit"), str) or not _texts(spec, "definition"):
            problems.append(problem(f"metrics.{key}", key, "unit", repr(spec), "{unit: ..., definition: ...}"))
        else:
            vocab.metrics[key] = (spec["unit"], str(spec.get("definition", "")))
    for key, spec in (raw.get("scopes") or {}).items():
        if key in vocab.scopes:
            problems.append(problem(f"scopes.{key}", key, "scope", repr(key), "a new key: an existing scope cannot be redefined"))
        elif not isinstance(spec, dict) or spec.get("kind", "region") not in SCOPE_KINDS or not _texts(spec, "name", "description"):
            problems.append(problem(f"scopes.{key}", key, "kind", repr(spec), f"{{kind: one of {', '.join(SCOPE_KINDS)}, name: ...}}"))
        else:
            vocab.scopes[key] = (spec.get("kind", "region"), str(spec.get("name", key)), str(spec.get("description", "")))
    for dim, members in (raw.get("members") or {}).items():
        if dim not in vocab.dimensions:
            problems.append(problem(f"members.{dim}", dim, "dimension", repr(dim), "one of " + ", ".join(vocab.dimensions)))
            continue
        if not isinstance(members, dict):
            problems.append(problem(f"members.{dim}", dim, "members", repr(members), "a mapping of member keys to {name, aliases}"))
            continue
        target = vocab.member_set(dim)
        for key, spec in members.items():
            spec = spec if spec is not None else {}
            aliases = spec.get("aliases", []) if isinstance(spec, dict) else None
            if key in target:
                problems.append(problem(f"members.{dim}.{key}", key, "member", repr(key), "a new key: an existing member cannot be redefined"))
            elif (not isinstance(spec, dict) or not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases)
                  or spec.get("kind", "entity") not in ("entity", "remainder", "group") or not _texts(spec, "name")):
                problems.append(problem(f"members.{dim}.{key}", key, "member", repr(spec),
                                        "{name: ..., aliases: [...], kind: entity, remainder or group}"))
            else:
                target[key] = (str(spec.get("name", key)), spec.get("kind", "entity"), [str(a) for a in aliases])
    return problems


def _texts(spec: dict, *fields) -> bool:
    """True when each of these fields of a vocabulary entry is absent or text."""
    return all(spec.get(f) is None or isinstance(spec.get(f), str) for f in fields)


SCOPE_KINDS = ("national", "region", "campaign", "programme", "case")


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


def check_document(doc, name: str, vocab: Vocabulary) -> tuple[dict | None, list[dict], list[Problem]]:
    """Check one parsed file: its source block and every figure."""
    if doc is None:
        return None, [], [Problem(name, "file", "", "content", "an empty file", "a 'source' block and a 'records' list")]
    if not isinstance(doc, dict):
        return None, [], [Problem(name, "file", "", "content", type(doc).__name__, "a mapping with 'source' and 'records'")]
    problems = [Problem(name, "file", "", key, repr(key), "one of " + ", ".join(sorted(TOP_LEVEL))) for key in doc if key not in TOP_LEVEL]
    if "vocabulary" in doc:
        problems += _extend_vocabulary(vocab, doc["vocabulary"], name)
    problems += check_source(doc.get("source"), name)
    problems += check_milestones(doc.get("milestones"), name)
    records = doc.get("records")
    if not isinstance(records, list) or not records:
        problems.append(Problem(name, "file", "", "records", repr(records) if records is not None else "no value", "a non-empty list of records"))
        records = []
    source = doc.get("source") if isinstance(doc.get("source"), dict) else {}
    addresses = source_addresses(source)
    origin = {"source": source.get("id"), "source_kind": source.get("kind"), "stage": source.get("stage", "final"),
              "source_date": None if source.get("published") is None else str(source["published"])}
    rows = []
    for where, fig in _flatten(records, name):
        if not isinstance(fig, dict):
            problems.append(Problem(name, where, "", "record", repr(fig), "a mapping of record fields"))
            continue
        rec, found = check_figure(fig, vocab, where, name)
        problems += found
        if rec:
            found = check_printed(rec, source, name, where)
            problems += found
        if rec and not found:
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
    for i, file in enumerate(files):
        name = names[i] if names else str(file)
        doc, found = read_yaml(file, name)
        if found:
            problems += found
            continue
        source, recs, found = check_document(doc, name, vocab)
        problems += found
        if source and source.get("id"):
            if any(s["id"] == source["id"] for s in sources):
                problems.append(Problem(name, "source", "", "id", repr(source["id"]), "an id no other dataset file uses"))
            sources.append({**source, "file": name, "milestones": doc.get("milestones") or []})
        rows += recs
    rows, found = _conflicts(rows)
    return sources, rows, vocab, problems + found


def load(extra=(), *, use_env: bool = True, bundled: bool = True):
    """Bundled data plus user files: (sources, frame, vocabulary). Raises DataError.

    Checked records are kept in a cache keyed by every file read and by the code
    that checks them (see :mod:`ipr_stats.cache`), so a repeated call
    skips the YAML parse.
    """
    from . import cache, versions

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
        cache.write(key, sources, versions.mark(frame), vocab)
        return sources, frame, vocab
    sources, marked, vocab = found
    frame = marked.select(COLUMNS)
    versions.remember(frame, marked)  # the versions are chosen already: a command's mark(frame) is free
    return sources, frame, vocab


def schema() -> dict:
    """The type of each of COLUMNS."""
    import polars as pl

    types = {name: pl.String for name in COLUMNS}
    types.update(period_start=pl.Date, period_end=pl.Date, value=pl.Float64, precision=pl.Float64, decimals=pl.Int8)
    return types


def marked_schema() -> dict:
    """The frame's types once ipr_stats.versions.mark has added its columns."""
    import polars as pl

    return {**schema(), "versions": pl.Int64, "breakdown_source": pl.String, "preferred": pl.Boolean}


def to_frame(rows: list[dict]):
    """Records -> a polars frame with COLUMNS, in file order."""
    import polars as pl

    data = {name: [rec.get(name) for rec in rows] for name in COLUMNS}
    data["value"] = [None if x is None else float(x) for x in data["value"]]
    data["precision"] = [None if x is None else float(x) for x in data["precision"]]
    return pl.DataFrame(data, schema=schema())


def load_dataset(*extra):
    """The tidy dataset as a polars DataFrame: bundled figures plus any user files given."""
    return load(extra)[1]
