"""The one resolver of the names a caller gives, and the check of the numbers, before a query runs.

Every public function of :mod:`ipr_stats` and every command of the CLI reads its names here, so that both
accept the same names and refuse the same mistakes. A metric, ratio, dimension, member, scope, source,
period kind or audit check may be given by key, by English or Chinese name or by alias, in any case; the
key is returned, and the query runs on it. A name nobody knows raises :class:`~ipr_stats.errors.UnknownName`
naming the closest known name and the valid ones; a name that is not text, a member without its dimension
or a ratio where only published figures will do raises :class:`~ipr_stats.errors.BadArgument`, as does an
``n`` below 1. Both are QueryErrors with exit code 2 (a usage mistake); the CLI shows them as errors of the
option given (``ipr_stats.cli.options.resolved``), worded for the command line where they name arguments.

The names come from the vocabulary (the bundled one, or ``vocab``, which holds a user file's own) and from
the frame: a key the vocabulary knows costs a dict lookup; only a name that is not such a key is looked up
among the names, then in the frame (a polars operation).

>>> import ipr_stats
>>> frame = ipr_stats.load_dataset()
>>> resolve_metric(frame, "Protection Measures"), resolve_member(frame, "customs", "Shenzhen Customs")
('protection_measures', 'shenzhen')
>>> ipr_stats.yoy(frame, "batchs")
Traceback (most recent call last):
...
ipr_stats.errors.UnknownName: Unknown metric 'batchs'. Did you mean 'batches'? Valid metrics: 42 in all; `ipr-stats metrics` lists them.
"""

from __future__ import annotations

import operator

import polars as pl

from ipr_stats.data.members import MEMBERS
from ipr_stats.data.periods import KINDS
from ipr_stats.data.vocabulary import COUNTERPARTS, DIMENSIONS, METRICS, RATIOS, SCOPES, Vocabulary, closest, named
from ipr_stats.errors import BadArgument, UnknownName, cut, listed, quoted

MATCHED = 200  # a name longer than this is no typo of a known one: it is not matched against them (difflib is slow on it)

# what a ratio has not, by what a published metric is wanted for: (in Python, on the command line)
RATIO_HAS_NO = {
    "share": ("share of a total (rank it with ipr_stats.top)", "share of a total. Rank it with `ipr-stats top --by {key}`"),
    "tidy": ("row in the tidy view (ipr_stats.ratio and ipr_stats.series compute it)",
             "row in the tidy view: `ipr-stats series --metric {key}` computes it"),
    "count": ("published figures to count", "published figures to count: `ipr-stats series --metric {key}` computes it"),
}

# why a member must be given with a dimension, by what it is wanted for: (in Python, on the command line)
MEMBER_NEEDED = {
    "matrix": ("The matrix counts one figure a cell: give member= with dimension '{dimension}', or list every member's "
               "combinations with ipr_stats.coverage.",
               "The matrix counts one figure a cell: give --member with --dim {dimension}, or list every member's "
               "combinations with `ipr-stats coverage --list`."),
}

_EXAMPLES = {"metric": "batches", "ratio": "value_per_batch", "dimension": "customs", "member": "shenzhen", "scope": "national",
             "source": "gacc-2008", "period kind": "year", "check": "total"}


def _got(value) -> str:
    return f"{cut(repr(value))}, a {type(value).__name__}"


def _text(what: str, name) -> None:
    """A name must be text (a key such as 'batches'); a number, list or None is a usage mistake."""
    if not isinstance(name, str):
        raise BadArgument(f"The {what} must be text, a key such as {_EXAMPLES.get(what, 'batches')!r}; got {_got(name)}.")


def _present(frame, column: str, **where) -> set:
    """The values of ``column`` in the frame (where the other columns equal ``where``'s): a polars operation."""
    if frame is None or column not in frame.columns:
        return set()
    if where:
        frame = frame.filter(*(pl.col(c) == v for c, v in where.items()))
    return set(frame[column].drop_nulls().unique().to_list())


def _resolve(what: str, name, keys, names: dict | None = None, *, frame=None, column: str | None = None, where=None,
             command: str | None = None, within: str = "", defined=None) -> str:
    """The key ``name`` stands for among ``keys``: the key itself, one of its ``names`` (key -> its spellings), or
    a value of the frame's ``column`` (a user file's own key), each in any case; else UnknownName, naming the
    closest key or, with none, the keys whose definitions use the word (``defined``: the word -> those keys)."""
    if type(name) is str and name in keys:
        return name
    _text(what, name)
    names = {**{k: [k] for k in keys}, **{k: spelt for k, spelt in (names or {}).items() if k in keys}}
    key = named(names, name)
    if key is None and column is not None:
        present = _present(frame, column, **(where or {}))
        key = named({k: [k] for k in present}, name)
        keys = {*keys, *present}
    if key is not None:
        return key
    spellings = [n for spelt in names.values() for n in spelt if n]
    hint = closest(name, sorted({*keys, *spellings})) if len(name) <= MATCHED else ""
    if not hint and defined and defined(name):
        hint = f" Defined with the word {quoted(name)}: {listed(defined(name))}."
    valid = listed(sorted(k for k in keys if isinstance(k, str)), command)
    raise UnknownName(f"Unknown {what} {quoted(name)}{within}.{hint} Valid {what}s{within}: {valid}.")


def resolve_metric(frame, name, *, vocab: Vocabulary | None = None, published_for: str | None = None) -> str:
    """The key of a published metric or a ratio (value_per_batch), given by key or name. With ``published_for``
    (a key of RATIO_HAS_NO: 'share', 'tidy', 'count') a ratio is refused, saying why."""
    if type(name) is str and name in (vocab.metrics if vocab else METRICS):
        return name
    if type(name) is not str or name not in RATIOS:
        vocab = vocab or Vocabulary()
        name = _resolve("metric", name, {*vocab.metrics, *RATIOS}, {**vocab.names("metric"), **vocab.names("ratio")},
                        frame=frame, column="metric", command="metrics", defined=vocab.mentioning)
    if name in RATIOS and published_for:
        num, den, _unit = RATIOS[name]
        python, shell = RATIO_HAS_NO[published_for]
        raise BadArgument(f"'{name}' is a ratio ({num} / {den}), computed from the figures: it has no {python}.",
                          command_line=f"'{name}' is a ratio: it has no {shell.format(key=name)}.")
    return name


def resolve_ratio(name) -> str:
    """The key of a ratio (RATIOS), given by key or name; a published metric or a typo is UnknownName naming the ratios."""
    if type(name) is str and name in RATIOS:
        return name
    vocab = Vocabulary()
    try:
        return _resolve("ratio", name, set(RATIOS), vocab.names("ratio"))
    except UnknownName as error:
        metric = named(vocab.names("metric"), name)
        if metric is not None:
            error.args = (f"{error.args[0]} '{metric}' is a published metric: ipr_stats.series gives its figures.",)
        raise


def resolve_dimension(frame, name, *, vocab: Vocabulary | None = None, also=("total",), required: bool = False) -> str | None:
    """The key of a dimension, given by key or name, or one of ``also`` ('total', 'all'); None passes unless ``required``."""
    if name is None and not required:
        return None
    if type(name) is str and (name in (vocab.dimensions if vocab else DIMENSIONS) or name in also):
        return name
    vocab = vocab or Vocabulary()
    return _resolve("dimension", name, {*vocab.dimensions, *also}, vocab.names("dimension"), frame=frame, column="dimension")


def resolve_member(frame, dimension: str | None, name, *, vocab: Vocabulary | None = None,
                   needed_for: str | None = None) -> str | None:
    """The key of a member of ``dimension`` (already resolved), given by key, English or Chinese name or alias; None
    passes, unless ``needed_for`` (a key of MEMBER_NEEDED: 'matrix') says a dimension needs one. A member without its
    dimension is BadArgument."""
    if name is None:
        if needed_for and dimension not in (None, "total", "all"):
            python, shell = MEMBER_NEEDED[needed_for]
            raise BadArgument(python.format(dimension=dimension), command_line=shell.format(dimension=dimension))
        return None
    if dimension in (None, "total", "all"):
        raise BadArgument(f"A member needs its dimension: give dimension= the dimension that member {quoted(name)} belongs to.",
                          command_line="--member needs --dim: name the dimension the member belongs to.")
    if vocab is None and type(name) is str and dimension in DIMENSIONS and name in MEMBERS[DIMENSIONS[dimension][1]]:
        return name
    vocab = vocab or (Vocabulary() if dimension in DIMENSIONS else None)
    known = vocab is not None and dimension in vocab.dimensions
    keys = vocab.member_set(dimension) if known else {}
    if type(name) is str and name in keys:
        return name
    return _resolve("member", name, set(keys), vocab.member_names(dimension) if known else None, frame=frame, column="member",
                    where={"dimension": dimension}, command="coverage --list", within=f" of dimension '{dimension}'")


def resolve_scope(frame, name, *, vocab: Vocabulary | None = None) -> str | None:
    """The key of a scope, given by key or name, or None (every scope, where a function allows it)."""
    if name is None or (type(name) is str and name in (vocab.scopes if vocab else SCOPES)):
        return name
    vocab = vocab or Vocabulary()
    return _resolve("scope", name, set(vocab.scopes), vocab.names("scope"), frame=frame, column="scope", command="coverage --list")


def resolve_source(frame, name) -> str | None:
    """The id of a source with rows in the frame, in any case, or None (the preferred version of each figure)."""
    if name is None:
        return None
    _text("source", name)
    return _resolve("source", name, _present(frame, "source"), command="sources")


def resolve_choice(what: str, name, choices, *, names: dict | None = None, command: str | None = None) -> str | None:
    """One of a fixed set of names (an audit check, a comparable metric), in any case; None passes."""
    if name is None or (type(name) is str and name in choices):
        return name
    return _resolve(what, name, set(choices), names, command=command)


def resolve_comparable_metric(name) -> str | None:
    """A metric that has a counterpart in each administration (vocabulary.COUNTERPARTS: batches, quantity, value),
    given by key or name; None passes."""
    if name is None or (type(name) is str and name in COUNTERPARTS):
        return name
    return resolve_choice("comparable metric", name, COUNTERPARTS, names=Vocabulary().names("metric"))


def resolve_period_kind(name) -> str | None:
    """A period kind (periods.KINDS), given by key or English or Chinese name ('half year'); None passes."""
    if name is None or (type(name) is str and name in KINDS):
        return name
    from ipr_stats.data.chinese import PERIOD_KINDS

    return resolve_choice("period kind", name, KINDS, names={k: [k, k.replace("_", " "), PERIOD_KINDS.get(k)] for k in KINDS})


def how_many(n) -> int | None:
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


def what_there_is(frame, metric: str, scope: str | None = None, kind: str | None = None) -> str:
    """Where a query found no figure, what there is instead, in a phrase for the message: the period kinds the
    metric has in the scope, the scopes that have the metric, or the metrics the scope has (each named as an option
    would take it); that no figure is loaded at all.

    >>> import ipr_stats
    >>> what_there_is(ipr_stats.load_dataset(), "seizures", "us", "year")
    'seizures in scope us are by fiscal_year (--period-kind fiscal_year)'
    """
    if frame.is_empty():
        return "no figures are loaded (--no-bundled leaves the --data and --records files alone; give one)"
    rows = frame.filter(pl.col("metric") == metric)
    in_scope = rows.filter(pl.col("scope") == scope) if scope else rows
    if not in_scope.is_empty() and kind:
        kinds = sorted(set(in_scope["period_kind"].to_list()))
        return (f"{metric}{f' in scope {scope}' if scope else ''} are by {', '.join(kinds)} "
                f"(--period-kind {kinds[0]})")
    if rows.is_empty():
        return f"no figure of {metric} is loaded"
    held = sorted(set(frame.filter(pl.col("scope") == scope)["metric"].to_list())) if scope else []
    counterpart = next((own for own in (COUNTERPARTS.get(metric) or {}).values()
                        if own in held and own != metric), None)
    if counterpart:
        return f"scope {scope} has no {metric}; its counterpart there is {counterpart} (--metric {counterpart})"
    if held:
        return f"scope {scope} has no {metric}; its metrics: {', '.join(held)}"
    scopes = sorted(set(rows["scope"].to_list()))
    return f"{metric} figures are in the scopes {', '.join(scopes)} (--scope {scopes[0]})"


def held_by(frame, metric: str) -> list[tuple[str, str]]:
    """(administration, its national scope) of each administration whose national figures use the key ``metric``
    (``cases``: China's, the EU's and Japan's, each with its own definition): the scopes that tell them apart.

    >>> import ipr_stats
    >>> held_by(ipr_stats.load_dataset(), "cases")
    [('china', 'national'), ('eu', 'eu'), ('japan', 'japan')]
    """
    from ipr_stats.data.vocabulary import ADMINISTRATIONS

    scopes = set(frame.filter(pl.col("metric") == metric)["scope"].unique().to_list())
    return [(admin, own[1]) for admin, own in ADMINISTRATIONS.items() if own[1] in scopes]
