"""The names and numbers a caller gives the library, checked before a query runs.

Every public function of :mod:`ipr_stats` calls these first, so that the library refuses
what the command line refuses: an unknown metric, dimension, member, scope, source,
ratio, period kind or audit check raises :class:`~ipr_stats.errors.UnknownName` naming
the closest known name; an ``n`` below 1 raises :class:`~ipr_stats.errors.BadArgument`.
Both are QueryErrors with exit code 2 (a usage mistake).

The names come from the vocabulary and from the frame: a name the bundled vocabulary
knows costs a set lookup; only one it does not know (a user file's own, or a mistake)
is looked up in the frame, a polars operation.

>>> import ipr_stats
>>> ipr_stats.yoy(ipr_stats.load_dataset(), "batchs")
Traceback (most recent call last):
...
ipr_stats.errors.UnknownName: Unknown metric 'batchs'. Did you mean 'batches'? `ipr-stats metrics` lists them.
"""

from __future__ import annotations

import operator

import polars as pl

from ipr_stats.data.members import MEMBERS
from ipr_stats.data.vocabulary import DIMENSIONS, METRICS, RATIOS, SCOPES, Vocabulary, closest
from ipr_stats.errors import BadArgument, UnknownName, cut

MAX_LISTED = 40  # a message names every valid choice up to this many (as the CLI's), beyond that the command listing them

SHOWN = 60  # a name quoted in a message is cut to this many characters: hostile input must not flood the terminal


def quoted(name) -> str:
    """A name as a message quotes it: 'batchs', cut short."""
    return f"'{cut(str(name), SHOWN)}'"


def _got(value) -> str:
    return f"{cut(repr(value), SHOWN)}, a {type(value).__name__}"


def _text(what: str, name) -> None:
    """A name must be text (a key such as 'batches'); a number, list or None is a usage mistake."""
    if not isinstance(name, str):
        raise BadArgument(f"The {what} must be text, a key such as {_EXAMPLES.get(what, 'batches')!r}; "
                          f"got {_got(name)}.")


_EXAMPLES = {"metric": "batches", "dimension": "customs", "member": "shenzhen", "scope": "national", "source": "gacc-2008",
             "ratio": "value_per_batch", "period kind": "year", "check": "total", "table": "Table 5"}


def unknown(what: str, name, known, *, listing: str | None = None, within: str = "", spellings=()) -> UnknownName:
    """The error for a name nobody knows: the closest known name (or other spelling), and the valid
    names when there are few, else the command that lists them."""
    known = sorted({k for k in known if isinstance(k, str)})
    hint = closest(name, [*known, *spellings]) if len(name) <= 200 else ""
    if listing is None or len(known) <= MAX_LISTED:
        valid = f"Valid {what}s{within}: {', '.join(known) or 'none'}."
    else:
        valid = f"`ipr-stats {listing}` lists them."
    return UnknownName(f"Unknown {what} {quoted(name)}{within}.{hint} {valid}")


def _present(frame, column: str, **where) -> set:
    """The values of ``column`` in the frame (where the other columns equal ``where``'s): a polars operation."""
    if frame is None or column not in frame.columns:
        return set()
    if where:

        frame = frame.filter(*(pl.col(c) == v for c, v in where.items()))
    return set(frame[column].drop_nulls().unique().to_list())


def check_metric(frame, metric: str, *, ratios: bool = True, purpose: str = "") -> str:
    """A published metric or (with ``ratios``) a derived one; else UnknownName with the closest name.
    With ``ratios=False`` a ratio is refused saying why (``purpose``: 'a share of a total', ...)."""

    if type(metric) is str and metric in METRICS:
        return metric
    _text("metric", metric)
    if metric in RATIOS:
        if ratios:
            return metric
        num, den, _unit = RATIOS[metric]
        raise BadArgument(f"'{metric}' is a ratio ({num} / {den}), computed from the figures: it has no {purpose or 'published figures'}.")
    present = _present(frame, "metric")
    if metric in present:
        return metric
    raise UnknownName(f"Unknown metric {quoted(metric)}.{closest(metric, sorted({*METRICS, *RATIOS, *present}))} "
                      "`ipr-stats metrics` lists them.")


def check_ratio(name: str) -> str:
    """One of queries.RATIOS; a published metric or a typo is UnknownName naming the ratios."""

    if type(name) is str and name in RATIOS:
        return name
    _text("ratio", name)
    error = unknown("ratio", name, RATIOS)
    if name in METRICS:
        error.args = (f"{error.args[0]} '{name}' is a published metric: ipr_stats.series gives its figures.",)
    raise error


def check_dimension(frame, dimension: str | None, *, also=("total",), required: bool = False) -> str | None:
    """A dimension the vocabulary or the frame knows, or one of ``also`` ('total', 'all'); None unless ``required``."""
    if dimension is None and not required:
        return None
    if type(dimension) is str and (dimension in DIMENSIONS or dimension in also):
        return dimension
    _text("dimension", dimension)
    present = _present(frame, "dimension")
    if dimension in present:
        return dimension
    raise unknown("dimension", dimension, {*DIMENSIONS, *also, *present})


def check_member(frame, dimension: str | None, member: str | None) -> str | None:
    """The key of a member of ``dimension``, given by key, English or Chinese name or alias (as the CLI's
    --member); an unknown one is UnknownName with the closest, a member without its dimension BadArgument."""
    if member is None:
        return None
    if dimension in (None, "total", "all"):
        raise BadArgument(f"A member needs its dimension: give dimension= the dimension that member {quoted(member)} belongs to.")
    bundled = MEMBERS.get(DIMENSIONS[dimension][1], {}) if dimension in DIMENSIONS else {}
    if type(member) is str and member in bundled:
        return member
    _text("member", member)
    spellings: list = []
    if dimension in DIMENSIONS:

        vocab = Vocabulary()
        key = vocab.resolve_member(dimension, member)
        if key is not None:
            return key
        spellings = [n for names in vocab.member_names(dimension).values() for n in names if n]
    present = _present(frame, "member", dimension=dimension)
    if member in present:
        return member
    raise unknown("member", member, {*bundled, *present}, listing="coverage --list", within=f" of dimension '{dimension}'",
                  spellings=spellings)


def check_scope(frame, scope: str | None) -> str | None:
    """A scope the vocabulary or the frame knows, or None (every scope, where a function allows it)."""
    if scope is None or (type(scope) is str and scope in SCOPES):
        return scope
    _text("scope", scope)
    present = _present(frame, "scope")
    if scope in present:
        return scope
    raise unknown("scope", scope, {*SCOPES, *present}, listing="coverage --list")


_SOURCES: list = [None, set()]  # (frame, its sources): a command checks the same loaded frame several times


def check_source(frame, source: str | None) -> str | None:
    """A source with rows in the frame, or None (the preferred version of each figure)."""
    if source is None:
        return None
    _text("source", source)
    if _SOURCES[0] is not frame:
        _SOURCES[:] = [frame, _present(frame, "source")]
    known = _SOURCES[1]
    if source not in known:
        hint = closest(source, sorted(known)) if len(source) <= 200 else ""
        raise UnknownName(f"No source {quoted(source)}.{hint} `ipr-stats sources` lists them.")
    return source


def check_choice(what: str, name, choices) -> str:
    """One of a fixed set of names (a period kind, an audit check); None passes."""
    if name is None or (type(name) is str and name in choices):
        return name
    _text(what, name)
    raise unknown(what, name, choices)


def check_n(n) -> int | None:
    """How many to keep: a whole number of at least 1, or None (all)."""
    if n is None:
        return None
    try:
        if isinstance(n, bool):
            raise TypeError
        whole = operator.index(n)
    except TypeError:
        raise BadArgument(f"n must be a whole number of at least 1 (or None for all); got {_got(n)}.") from None
    if whole < 1:
        raise BadArgument(f"n must be at least 1 (or None for all); got {whole}.")
    return whole
