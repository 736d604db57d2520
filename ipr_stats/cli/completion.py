"""Values that complete on a shell (click's shell completion, in bash, zsh and fish): metrics, scopes,
dimensions, members, period kinds, sources, years and table numbers, each with a word on what it is (zsh and
fish show it).

Names come from the vocabulary, with no data loaded; sources, years and tables from the dataset, which the
cache (ipr_stats.data.cache) serves without a YAML parse. A completion never fails: with no data it offers
nothing.
"""

from __future__ import annotations

import click
from click.shell_completion import CompletionItem


def _items(pairs, incomplete: str) -> list[CompletionItem]:
    """The (value, help) pairs whose value starts with what was typed (any case), in the order given."""
    typed = incomplete.casefold()
    return [CompletionItem(value, help=help_text) for value, help_text in pairs if value.casefold().startswith(typed)]


def metrics(_ctx, _param, incomplete: str) -> list[CompletionItem]:
    from ipr_stats.data.vocabulary import METRICS, RATIOS

    return _items([*((k, f"{unit}: {words}") for k, (unit, words) in METRICS.items()),
                   *((k, unit) for k, (_a, _b, unit) in RATIOS.items())], incomplete)


def scopes(_ctx, _param, incomplete: str) -> list[CompletionItem]:
    from ipr_stats.data.vocabulary import SCOPES

    return _items(((k, name) for k, (_kind, name, _words) in SCOPES.items()), incomplete)


def dimensions(_ctx, _param, incomplete: str) -> list[CompletionItem]:
    from ipr_stats.data.vocabulary import DIMENSIONS

    return _items([*((k, name) for k, (name, _set, _words) in DIMENSIONS.items()), ("total", "no breakdown")], incomplete)


def members(ctx, _param, incomplete: str) -> list[CompletionItem]:
    """The members of the --dim given (each dimension's, when none is)."""
    from ipr_stats.data.vocabulary import Vocabulary

    vocab = Vocabulary()
    chosen = ctx.params.get("dimension")
    dims = [chosen] if chosen in vocab.dimensions else list(vocab.dimensions)
    pairs = {}
    for dim in dims:
        for key, (name, *_rest) in vocab.member_set(dim).items():
            pairs.setdefault(key, name)
    return _items(sorted(pairs.items()), incomplete)


def period_kinds(_ctx, _param, incomplete: str) -> list[CompletionItem]:
    from ipr_stats.data.periods import KINDS

    return _items(KINDS.items(), incomplete)


def sources(ctx, _param, incomplete: str) -> list[CompletionItem]:
    found = _dataset(ctx)
    return _items(((s["id"], s.get("title") or "") for s in found.sources), incomplete) if found else []


def years(ctx, _param, incomplete: str) -> list[CompletionItem]:
    """The years some figure belongs to, the latest first."""
    found = _dataset(ctx)
    if not found:
        return []
    from ipr_stats.data.frame import period_years

    held = sorted(set(period_years(found.frame["period"]).drop_nulls().to_list()), reverse=True)
    return _items(((str(y), "") for y in held), incomplete)


def tables(ctx, _param, incomplete: str) -> list[CompletionItem]:
    """The numbers of the tables that can be rebuilt (of --source's, when given), each with the sources that have it."""
    found = _dataset(ctx)
    if not found:
        return []
    from ipr_stats.analysis.tables import table_list

    listed = table_list(found.frame)
    if ctx.params.get("source"):
        listed = listed.filter(listed["source"] == ctx.params["source"])
    held: dict = {}
    for source, locator in listed.select("source", "locator").iter_rows():
        held.setdefault(locator.removeprefix("Table "), []).append(source)
    numbers = sorted(held, key=int)
    return _items(((n, ", ".join(held[n][:3]) + (" ..." if len(held[n]) > 3 else "")) for n in numbers), incomplete)


def _dataset(ctx):
    """The dataset the command would run against (bundled, IPR_STATS_DATA and --data files), or None if it cannot be read."""
    from ipr_stats.data.dataset import read

    root = ctx.find_root()
    try:
        return read(tuple(root.params.get("data") or ()), bundled=not root.params.get("no_bundled"))
    except Exception:  # noqa: BLE001 (a completion offers nothing rather than fail in the user's shell)
        return None


def counterparts(_ctx, _param, incomplete: str) -> list[CompletionItem]:
    """The metrics compare takes (each administration's counterpart of one), read when completion asks."""
    from ipr_stats.data.vocabulary import COUNTERPARTS

    return [CompletionItem(m) for m in COUNTERPARTS if m.startswith(incomplete)]


class CounterpartOption(click.Option):
    """compare's --metric: its choices, named in its help ([batches|quantity|value]), read from the vocabulary only
    when that help is shown, so that listing the commands loads no vocabulary."""

    def make_metavar(self, ctx=None) -> str:  # noqa: ARG002 (click 8.1 passes no context, 8.2 and later one)
        from ipr_stats.data.vocabulary import COUNTERPARTS

        return f"[{'|'.join(COUNTERPARTS)}]"
