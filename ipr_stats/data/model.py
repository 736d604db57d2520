"""The record schema: what a figure is, and how a dataset file's records are checked.

A dataset file (one per source document) holds a ``source`` block and a list of
``records``. A record may be a *group*: shared fields plus a ``figures`` list whose
entries inherit them. Checking turns each figure into a flat dict with canonical
keys, or into :class:`Problem` entries that name file, record, field, what was
found and what was expected.
"""

from __future__ import annotations

import math
import re

from ipr_stats.data import vocabulary as v
from ipr_stats.data.periods import PeriodError, parse_period
from ipr_stats.data.printed import parse_percent
from ipr_stats.data.vocabulary import SCOPE_KINDS, Vocabulary, closest
from ipr_stats.errors import Problem, listed

RECORD_FIELDS = {
    "locator": "where the figure stands in its source (Table 5, II(III), para 7)",
    "metric": "a metric key",
    "value": "the number as published",
    "period": "a period label",
    "period_kind": "a period kind the label allows",
    "scope": f"a scope key (default {v.DEFAULT_SCOPE})",
    "dimension": "a dimension key, with member",
    "member": "a member key or alias, with dimension",
    "qualifier": "exact, approximate, at_least, at_most or rounded",
    "precision": "with qualifier rounded: the unit of the last printed digit",
    "decimals": "decimal places printed (default: those of the value)",
    "published_share": "a share printed beside the figure, as printed (\"Less than 1%\")",
    "published_change": "a change rate printed beside the figure, as printed (\"+54.6%\")",
    "breakdown": "complete, top_n or top_n_plus_remainder",
    "claim": "share, growth or average_growth: a statement with no value of its own",
    "note": "free text",
    "printed": "the number as the page prints it (\"4.72万\", \"more than 19,100\"); required for a source read in pages",
    "address": "with a source read at several addresses: the one where this figure was read",
    "error": "why the figure as printed is most likely the source's own error (kept as printed, never preferred)",
}

TEXT_FIELDS = ("locator", "metric", "period_kind", "scope", "dimension", "member", "qualifier", "breakdown", "claim",
               "published_share", "published_change", "note", "printed", "address", "error")

EXACT_LIMIT = 2**53  # the largest whole number a float holds exactly; figures are kept as floats

CLAIMS = {"share": "published_share", "growth": "published_change", "average_growth": "published_change"}


def _decimals_of(value) -> int:
    if isinstance(value, float) and math.isfinite(value):
        text = repr(value)
        return 0 if text.endswith(".0") or "e" in text else len(text.split(".")[1])
    return 0


def _choices(name: str, options, found=None, command: str | None = None) -> str:
    hint = closest(found, options).strip() if found is not None else ""
    hint = f" ({hint[0].lower()}{hint[1:]})" if hint else ""
    return f"one of the {name}{hint}: {listed(options, command)}"


def validate_figure(raw: dict, vocab: Vocabulary, where: str, file: str) -> tuple[dict | None, list[Problem]]:
    """Check one flattened figure; return the canonical record or the problems found."""
    problems: list[Problem] = []
    key = " ".join(str(raw.get(k, "")) for k in ("metric", "period", "scope", "member") if raw.get(k) is not None)

    def bad(fld: str, found, expected: str) -> None:
        problems.append(Problem(file, where, key, fld, found if isinstance(found, str) and found.startswith("no ") else repr(found), expected))

    for name in raw:
        if name not in RECORD_FIELDS:
            bad(name, name, _choices("record fields", RECORD_FIELDS, name))
    for name in TEXT_FIELDS:
        if raw.get(name) is not None and not isinstance(raw[name], str):
            bad(name, raw[name], "text (a single key or phrase, not a list or mapping)")
    if problems:
        return None, problems
    for name in ("locator", "metric", "period"):
        if raw.get(name) in (None, ""):
            bad(name, "no value", RECORD_FIELDS[name])
    rec = {name: raw.get(name) for name in RECORD_FIELDS}

    metric = raw.get("metric")
    if metric is not None and metric not in vocab.metrics:
        bad("metric", metric, _choices("metrics", vocab.metrics, metric, "metrics"))
    if raw.get("period") is not None:
        try:
            period = parse_period(raw["period"], raw.get("period_kind"))
            rec.update(period=period.label, period_kind=period.kind, period_start=period.start, period_end=period.end)
        except PeriodError as exc:
            bad("period", raw["period"], str(exc))
    scope = rec["scope"] = v.DEFAULT_SCOPE if raw.get("scope") is None else raw["scope"]
    if scope not in vocab.scopes:
        bad("scope", scope, _choices("scopes", vocab.scopes, scope, "coverage --list"))

    dim, member = raw.get("dimension"), raw.get("member")
    if (dim is None) != (member is None):
        bad("member" if member is None else "dimension", "no value", "dimension and member together, or neither")
    elif dim is not None:
        if dim not in vocab.dimensions:
            bad("dimension", dim, _choices("dimensions", vocab.dimensions, dim))
        else:
            canonical = vocab.resolve_member(dim, member)
            if canonical is None:
                known = vocab.member_set(dim)
                bad("member", member, _choices(f"members of dimension '{dim}'", known, member, "coverage --list"))
            rec["member"] = canonical
            rec["member_kind"] = vocab.member_set(dim)[canonical][1] if canonical else None
    if raw.get("breakdown") is not None and raw["breakdown"] not in v.BREAKDOWNS:
        bad("breakdown", raw["breakdown"], _choices("breakdowns", v.BREAKDOWNS))

    claim = raw.get("claim")
    value = raw.get("value")
    if claim is not None:
        if claim not in CLAIMS:
            bad("claim", claim, _choices("claim kinds", CLAIMS))
        elif raw.get(CLAIMS[claim]) is None:
            bad(CLAIMS[claim], "no value", f"the published figure of a '{claim}' claim")
        if value is not None:
            bad("value", value, "no value on a claim (a claim states a share or rate about other figures)")
    elif value is None:
        bad("value", "no value", "a number (or 'claim' for a statement without one)")
    elif isinstance(value, bool) or not isinstance(value, (int, float)) or (isinstance(value, float) and not math.isfinite(value)):
        bad("value", value, "a number such as 11135 or 49224552.93, without separators or units")
    elif value < 0:
        bad("value", value, "a count or amount, not negative")
    elif value > EXACT_LIMIT:
        bad("value", value, f"a number up to {EXACT_LIMIT:,} (2^53), the largest held exactly: larger ones would be rounded")

    printed = raw.get(CLAIMS.get(claim, ""), None) if claim in CLAIMS else None
    claimed = parse_percent(printed) if isinstance(printed, str) else None
    qualifier = rec["qualifier"] = raw.get("qualifier", claimed[0] if claimed else "exact")
    precision = raw.get("precision")
    if qualifier not in v.QUALIFIERS:
        bad("qualifier", qualifier, _choices("qualifiers", v.QUALIFIERS, qualifier))
    elif (qualifier == "rounded") != (precision is not None):
        bad("precision", precision if precision is not None else "no value",
            "a precision (such as 10000) with qualifier rounded, and only then")
    elif precision is not None and (isinstance(precision, bool) or not isinstance(precision, (int, float)) or not 0 < precision <= EXACT_LIMIT):
        bad("precision", precision, "a positive number, the unit of the last printed digit")
    decimals = raw.get("decimals")
    if decimals is not None and (isinstance(decimals, bool) or not isinstance(decimals, int) or not 0 <= decimals <= 6):
        bad("decimals", decimals, "a whole number of decimal places from 0 to 6")
    rec["decimals"] = decimals if decimals is not None else _decimals_of(value)

    for name in ("published_share", "published_change"):
        if raw.get(name) is not None and parse_percent(raw[name]) is None:
            bad(name, raw[name], "a percentage as printed, like '8%', '+54.6%', 'Less than 1%' or 'exceeding 99%'")
    for name in ("locator", "note"):
        if raw.get(name) is not None and not isinstance(raw[name], str):
            bad(name, raw[name], "text")
    return (None if problems else rec), problems


SOURCE_FIELDS = {"id": True, "title": True, "publisher": True, "published": True, "language": True, "kind": True,
                 "stage": False, "addresses": False, "mirrors": False, "notes": False}

_LANGUAGE = re.compile(r"^[a-z]{2}(-[A-Za-z]{2,4})?$")

_URL = re.compile(r"^https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+$")  # the characters RFC 3986 allows in an address

_URL_EXPECTED = ("a web address (http:// or https://) of the characters an address may hold (others percent-encoded, "
                 "as %E6%B5%B7), or a mapping {url: ..., note: ...}")

_PUBLISHED = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _real_date(value) -> bool:
    """Whether a source's ``published`` is a day, a month or a year that exists: "2019-04-23", "2019-04", "2019"
    (never "2031-13-45" or "2031-02-30").

    >>> [_real_date(v) for v in ("2019-04-23", "2019-04", 2019, "2031-13-45", "2031-02-30", "April 2019")]
    [True, True, True, False, False, False]
    """
    import datetime as dt

    found = _PUBLISHED.match(str(value)) if isinstance(value, (str, int)) and not isinstance(value, bool) else None
    if not found:
        return False
    year, month, day = (int(part) if part else 1 for part in found.groups())
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True

MILESTONE_FIELDS = {"date": True, "event": True, "locator": False}


def control_characters(doc, file: str) -> list[Problem]:
    """Every text of a parsed file (a value or a key, at any depth) that holds a control character: an
    escape that would act on a terminal (errors.CONTROL). A tab or a line break is fine. Each problem names
    the record (records[3], source) and the field (note, addresses[0]) as the other checks do."""
    from ipr_stats.errors import CONTROL, cut, visible

    problems = []

    def found(text: str, path: list[str]) -> None:
        keys = [i for i, part in enumerate(path) if not part.startswith("[")]
        last = keys[-1] if keys else 0
        where = "".join(part if part.startswith("[") or i == 0 else f".{part}" for i, part in enumerate(path[:last]))
        shown = ", ".join(dict.fromkeys(visible(ch) for ch in CONTROL.findall(text)))
        problems.append(Problem(file, visible(where) or "file", "", visible("".join(path[last:])) or "content", cut(repr(text)),
                                f"text without control characters (this has {shown}; a tab or a line break is fine)"))

    def walk(node, path: list[str]) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(key, str) and CONTROL.search(key):
                    found(key, [*path, str(key)])
                walk(value, [*path, str(key)])
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, [*path, f"[{i}]"])
        elif isinstance(node, str) and CONTROL.search(node):
            found(node, path)

    walk(doc, [])
    return problems


def validate_milestones(raw, file: str) -> list[Problem]:
    """A file's ``milestones``: a list of {date, event, locator}, each text."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        return [Problem(file, "milestones", "", "milestones", repr(raw), "a list of {date: ..., event: ..., locator: ...}")]
    problems = []
    for i, entry in enumerate(raw):
        fields = entry if isinstance(entry, dict) else {}
        wrong = (not isinstance(entry, dict) or set(fields) - set(MILESTONE_FIELDS)
                 or any(need and name not in fields for name, need in MILESTONE_FIELDS.items())
                 or not all(isinstance(value, str) for value in fields.values()))
        if wrong:
            problems.append(Problem(file, f"milestones[{i}]", "", "milestone", repr(entry),
                                    '{date: "2019-08-02", event: text, locator: text (optional)}, each quoted text'))
    return problems


def source_addresses(raw: dict) -> list[str]:
    """The URLs of a source block's ``addresses`` (each a URL, or a mapping with ``url``)."""
    found = raw.get("addresses") or []
    return [a.get("url") if isinstance(a, dict) else a for a in found] if isinstance(found, list) else []


def validate_source(raw, file: str) -> list[Problem]:
    """Check a file's ``source`` block."""
    if not isinstance(raw, dict):
        return [Problem(file, "source", "", "source", repr(raw), "a mapping with " + ", ".join(SOURCE_FIELDS))]
    problems = []

    def bad(name, found, expected):
        problems.append(Problem(file, "source", "", name, found, expected))

    for name, required in SOURCE_FIELDS.items():
        if required and not raw.get(name):
            bad(name, "no value", "text" if name not in ("kind", "language") else _SOURCE_EXPECTED[name])
    for name in ("id", "title", "publisher", "notes"):
        if raw.get(name) is not None and not isinstance(raw[name], str):
            bad(name, repr(raw[name]), "text")
    if raw.get("published") is not None and not _real_date(raw["published"]):
        bad("published", repr(raw["published"]), "a date as text: \"2019-04-23\", \"2019-04\" or \"2019\"")
    if raw.get("id") and not re.fullmatch(r"[a-z0-9][a-z0-9-]*", str(raw["id"])):
        bad("id", repr(raw["id"]), "lower-case letters, digits and hyphens")
    if raw.get("language") and not (isinstance(raw["language"], str) and _LANGUAGE.match(raw["language"])):
        bad("language", repr(raw["language"]), _SOURCE_EXPECTED["language"])
    if raw.get("kind") and raw["kind"] not in v.SOURCE_KINDS:
        bad("kind", repr(raw["kind"]), _choices("source kinds", v.SOURCE_KINDS, raw["kind"]))
    if raw.get("stage") is not None and raw["stage"] not in v.STAGES:
        bad("stage", repr(raw["stage"]), _choices("stages", v.STAGES, raw["stage"]))
    addresses = raw.get("addresses")
    if addresses is not None:
        if not isinstance(addresses, list) or not addresses:
            bad("addresses", repr(addresses), "a list of the pages where the source was read")
        else:
            for i, entry in enumerate(addresses):
                url = entry.get("url") if isinstance(entry, dict) else entry
                extra = isinstance(entry, dict) and (set(entry) - {"url", "note"} or not isinstance(entry.get("note", ""), str))
                if not isinstance(url, str) or not _URL.match(url) or extra:
                    bad(f"addresses[{i}]", repr(entry), _URL_EXPECTED)
            urls = source_addresses(raw)
            if len(set(urls)) != len(urls):
                bad("addresses", "an address given twice", "each address once")
    mirrors = raw.get("mirrors")
    if mirrors is not None and (not isinstance(mirrors, list) or not all(isinstance(m, str) and m in source_addresses(raw) for m in mirrors)):
        bad("mirrors", repr(mirrors), "a list of the source's addresses that are a reprint or mirror, not the publisher's own page")
    for name in raw:
        if name not in SOURCE_FIELDS:
            bad(name, repr(name), _choices("source fields", SOURCE_FIELDS, name))
    return problems


_SOURCE_EXPECTED = {
    "kind": "one of the source kinds: " + ", ".join(v.SOURCE_KINDS),
    "language": "the language of the text read, as a code: en, zh (zh-Hant for traditional characters)",
}


def validate_printed(rec: dict, source: dict, file: str, where: str) -> list[Problem]:
    """A figure of a source read in pages carries its printed form, which must agree with its value and qualifier."""
    from ipr_stats.data.printed import disagreement

    urls = source_addresses(source)
    key = " ".join(str(rec.get(k)) for k in ("metric", "period", "scope", "member") if rec.get(k) is not None)
    problems = []
    if rec.get("claim"):
        return problems
    if rec.get("printed") is None:
        if urls:
            problems.append(Problem(file, where, key, "printed", "no value",
                                    "the number as the page prints it (\"4.72万\", \"more than 19,100\"): the source was read in pages"))
    else:
        why = disagreement(rec["printed"], rec.get("value"), rec.get("qualifier"), rec.get("precision"))
        if why:
            problems.append(Problem(file, where, key, "printed", repr(rec["printed"]) + _recorded(rec), why))
    if rec.get("address") is not None and rec["address"] not in urls:
        problems.append(Problem(file, where, key, "address", repr(rec["address"]), "one of the source's addresses"))
    return problems


def _recorded(rec: dict) -> str:
    precision = f", precision {rec['precision']:g}" if rec.get("precision") is not None else ""
    return f" recorded as {rec.get('value')!r} ({rec.get('qualifier')}{precision})"


def extend_vocabulary(vocab: Vocabulary, raw, name: str) -> list[Problem]:
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
