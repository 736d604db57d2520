"""Read a YAML dataset file that may have been made to do harm, within stated limits.

PyYAML's safe loader builds no objects but plain data; it still expands aliases
(a 1 KB "billion laughs" file becomes billions of references), recurses once per level
of nesting (100,000 nested brackets crash the process), keeps the last of two equal
keys without a word, and reads numbers of any size. Before anything is built, one
pass over the parser's events (which neither recurses nor expands) refuses aliases,
nesting deeper than MAX_DEPTH and a key given twice in one mapping, each with its
line. The file's size is bounded first, and what the builder still refuses (an
integer of thousands of digits) becomes a problem too. The limits are in docs/security.md.
"""

from __future__ import annotations

MAX_BYTES = 4 * 1024 * 1024  # a dataset file of 4 MiB holds some 40,000 figures; the largest bundled one is 21 KB

MAX_DEPTH = 20  # levels of mappings and lists; a dataset file needs 6

NESTED = (f"lists or mappings nested more than {MAX_DEPTH} deep", f"at most {MAX_DEPTH} levels (a dataset file needs 6)")


def quote(text) -> str:
    """A piece of the input on one line, cut short, quoted for a message."""
    from ipr_stats.errors import cut

    return cut(repr(" ".join(str(text).split())))


def _loader():
    import yaml

    return yaml, getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def scan(text: str) -> tuple[int, str, str] | None:
    """The first reason not to build the document: (line, what was found, what is expected), or None."""
    yaml, loader = _loader()
    stack: list[list] = []  # per open collection: [is_mapping, keys seen, next node is a key]
    for event in yaml.parse(text, Loader=loader):
        line = event.start_mark.line + 1 if event.start_mark else 0
        if isinstance(event, yaml.AliasEvent):
            return line, f"an alias (*{event.anchor})", "each value written out: anchors and aliases are not allowed"
        if not isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                stack.pop()
            continue
        parent = stack[-1] if stack else None
        if parent and parent[0]:
            if parent[2]:  # this node is a key
                if isinstance(event, yaml.ScalarEvent):
                    if event.value in parent[1]:
                        return line, f"the key {quote(event.value)} a second time in one mapping", \
                            "each key once (the second would silently replace the first)"
                    parent[1].add(event.value)
            parent[2] = not parent[2]
        if not isinstance(event, yaml.ScalarEvent):
            stack.append([isinstance(event, yaml.MappingStartEvent), set(), True])
            if len(stack) > MAX_DEPTH:
                return line, *NESTED
    return None


def too_large(size: int):
    return "file", "size", f"{size:,} bytes", f"a file of at most {MAX_BYTES:,} bytes (4 MiB): split it into several files"


def load(data: bytes):
    """(document, None) or (None, (where, field, found, expected)) for a file's bytes."""
    yaml, loader = _loader()
    if len(data) > MAX_BYTES:
        return None, too_large(len(data))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, ("file", "encoding", f"undecodable bytes ({exc.reason})", "UTF-8 text")
    text = text.removeprefix("\ufeff")
    try:
        refused = scan(text)
        if refused:
            line, found, expected = refused
            return None, (f"line {line}", "YAML", found, expected)
        return yaml.load(text, Loader=loader), None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "file"
        reason = " ".join(str(getattr(exc, "problem", None) or exc).split()).removeprefix("found ")
        expected = "plain YAML: mappings, lists, text and numbers"
        if "nesting depth" in str(exc):  # PyYAML from 6.0.4 has a depth limit of its own, met before the scan's
            reason, expected = NESTED
        elif "python/" in str(exc) or "could not determine a constructor" in str(exc):
            reason, expected = "a tag that builds an object", expected + " (tags such as !!python/... are not allowed)"
        return None, (where, "YAML", reason[:200], expected)
    except (ValueError, RecursionError, MemoryError) as exc:  # an integer of thousands of digits, and the like
        found = ("an integer of more than 4,300 digits" if "integer string conversion" in str(exc)
                 else " ".join(str(exc).split())[:200])
        return None, ("file", "YAML", found, "numbers and text of ordinary size (a figure is at most 2^53)")
