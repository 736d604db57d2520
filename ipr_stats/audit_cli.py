"""The audit command: recompute every published rate, share, total and claim."""

from __future__ import annotations

import sys

import click

from .cli import emit, output_options, pick, pick_source, version_options


@click.command()
@click.option("--source", "-s", help="Only the checks of this source.")
@click.option("--check", "kind", help="Only this kind of check: rate, share, total, claim, cross_source, breakdowns.")
@click.option("--only-discrepancies", is_flag=True,
              help="Show only the findings: discrepancies, disagreements between releases and revisions.")
@click.option("--strict", is_flag=True, help="Exit 1 when any discrepancy or disagreement is found (for data maintainers' CI).")
@output_options
@click.pass_obj
def audit(env, source, kind, only_discrepancies, strict, fmt):
    """Recompute every published rate, share, total and claim, compare the releases
    that publish the same figure, and say which hold.

    One row per check: consistent; discrepancy (a printed figure that does not fit
    the others, with how far off); disagreement (two releases print the same figure
    differently); revision (a final release changed a preliminary figure); or
    not_checkable (with the reason). Works on your own files with --data.

    \b
    Examples:
      ipr-stats audit --only-discrepancies
      ipr-stats audit --check total --format csv
      ipr-stats --no-bundled --data my-2009.yaml audit --strict
    """
    from .checks import CHECKS, RULE, STATUSES
    from .checks import audit as run_audit
    from .render import View

    sources, frame, _vocab = env.load()
    source = pick_source(sources, source)
    kind = pick(kind, list(CHECKS), "check", "--check")
    result = run_audit(frame, check=kind, source=source, only_discrepancies=only_discrepancies)
    counts = {s: result.filter(result["status"] == s).height for s in STATUSES}
    caption = (f"{result.height} checks: {counts['consistent']} consistent, {counts['discrepancy']} discrepancies, "
               f"{counts['disagreement']} disagreements between releases, {counts['revision']} revisions, "
               f"{counts['not_checkable']} not checkable.\nRule: {RULE}")
    view = View(result, title="Audit of the published figures", caption=caption, decimals={"computed": 2, "difference": 2},
                human_columns=["check", "source", "locator", "subject", "published", "computed", "status", "note"],
                heading=["status", "check", "source", "locator"])
    emit(env, view, fmt)
    if strict and counts["discrepancy"] + counts["disagreement"]:
        click.echo(f"audit: {counts['discrepancy']} discrepancies found, and {counts['disagreement']} disagreements between releases (--strict).", err=True)
        sys.exit(1)


@click.command()
@click.argument("locator", required=False)
@click.option("--source", "-s", help="The source whose table to rebuild (needed only when several have it).")
@click.option("--list", "listing", is_flag=True, help="List the tables that can be rebuilt.")
@output_options
@click.pass_obj
def table(env, locator, source, listing, fmt):
    """Rebuild a table of a source from the dataset, in the source's order, with the
    shares and rates it printed beside the ones computed from the figures.

    The footer gives the table's totals and every audit finding for it. LOCATOR is
    "Table 5", "table5", "t5" or just "5".

    \b
    Examples:
      ipr-stats table --list
      ipr-stats table 10
      ipr-stats table "Table 5" --source gacc-2008 --format csv
    """
    from .checks import RULE
    from .checks import audit as run_audit
    from .render import View
    from .tables import rebuild, resolve_locator, table_list

    sources, frame, _vocab = env.load()
    source = pick_source(sources, source)
    if listing or not locator:
        if not listing:
            raise click.UsageError("Name a table (e.g. `ipr-stats table 5`), or list them with --list.")
        found = table_list(frame)
        emit(env, View(found if source is None else found.filter(found["source"] == source), title="Tables that can be rebuilt"), fmt)
        return
    source, locator = resolve_locator(frame, locator, source)
    rebuilt = rebuild(frame, locator, source)
    findings = run_audit(frame, source=source)
    findings = findings.filter((findings["locator"] == locator) & (findings["check"].is_in(["total", "share", "rate"])))
    lines = [f"{row['subject']}: {row['status']}" + (f" ({row['note']})" if row["note"] else "")
             for row in findings.iter_rows(named=True) if row["check"] == "total" or row["status"] != "consistent"]
    title = next((s["title"] for s in sources if s["id"] == source), source)
    decimals = int(frame.filter((frame["source"] == source) & (frame["locator"] == locator))["decimals"].max() or 0)
    caption = "\n".join(["printed: as the source printed it; computed: recomputed from the figures, shown with 1 decimal or as "
                         "many as the printed figure has; verdict: the audit's on the printed one.", *lines, f"Rule: {RULE}"])
    numeric = [c for c in rebuilt.columns if rebuilt.schema[c].is_float()]
    headers = {c: _table_header(c) for c in rebuilt.columns}
    view = View(rebuilt, title=f"{locator} of {title} ({source})", caption=caption, headers=headers,
                decimals={c: (_printed_decimals(rebuilt, c) if c.endswith("_computed") else decimals or None) for c in numeric})
    emit(env, view, fmt)


def _printed_decimals(rebuilt, computed: str) -> int:
    """The decimals to show a computed column with: the most that analytics_cli.shown_decimals asks for any printed
    share or rate beside it."""
    from .analytics_cli import shown_decimals

    printed = computed.removesuffix("_computed") + "_published"
    texts = rebuilt[printed].to_list() if printed in rebuilt.columns else []
    return max([shown_decimals(t) for t in texts] or [shown_decimals(None)])


def _table_header(column: str) -> str:
    """'value_change_published' -> 'value rate printed': short headers for people, snake_case for machines."""
    for suffix, words in (("change_published", "rate printed"), ("change_computed", "rate computed"), ("change_verdict", "verdict"),
                          ("published", "share printed"), ("computed", "share computed"), ("verdict", "verdict")):
        if column.endswith(suffix):
            return (column[: -len(suffix)].rstrip("_").replace("_", " ") + " " + words).strip()
    return column


@click.command()
@click.option("--metric", "-m", required=True, help="The metric, or a ratio such as value_per_batch.")
@click.option("--period", "-p", help="The period label (2008, 2019-H1, ..2020).")
@click.option("--dim", "dimension", help="The dimension, or 'total'.")
@click.option("--member", help="The member of --dim.")
@click.option("--scope", help="The scope.")
@version_options
@output_options
@click.pass_obj
def cite(env, metric, period, dimension, member, scope, source, all_versions, fmt):
    """Say where figures come from: the source (its kind, publisher and date), the
    address where it was read, the locator and the number as printed; for a computed
    ratio, the formula and each input with its own source.

    The preferred version of each figure unless --all-versions or --source says
    otherwise; `ipr-stats sources ID` gives a source's title and every address.

    \b
    Examples:
      ipr-stats cite --metric batches --period 2008 --dim total
      ipr-stats cite --metric batches --period 2018 --dim total --all-versions
      ipr-stats cite --metric value_per_batch --period 2008 --dim transport --member sea
    """
    from .analytics_cli import _selection
    from .catalog import cite as run_cite
    from .cli import versions_caption
    from .render import View

    frame, metric, dimension, member, scope, source = _selection(env, metric, dimension, member, scope, source=source)
    result = run_cite(frame, env.load()[0], metric, period=period, dimension=dimension, member=member, scope=scope,
                      source=source, all_versions=all_versions)
    from .queries import RATIOS

    emit(env, View(result, title=f"Citations: {metric}", decimals={"value": 2 if metric in RATIOS else "decimals"},
                   caption=versions_caption(result, all_versions, source),
                   human_columns=["period", "scope", "member", "value", "qualifier", "printed", "source", "source_kind",
                                  "published", "locator", "address", "formula", "inputs", *(["preferred"] if all_versions else [])],
                   headers={"source_kind": "kind"}, heading=["period", "scope", "member", "source"]), fmt)


@click.command()
@click.option("--metric", "-m", "metrics", multiple=True, help="This metric only (repeatable). Default: the enforcement metrics.")
@click.option("--scope", default="national", show_default=True, help="The scope.")
@click.option("--period-kind", "kind",
              help="The kind of period: year (default; fiscal_year for --scope us), half_year, quarter, year_to_date, "
                   "fiscal_year, cumulative, as_of, campaign, span, event.")
@click.option("--dim", "dimension", help="Figures of this dimension (default: the totals).")
@click.option("--member", help="With --dim: this member only.")
@click.option("--list", "listing", is_flag=True, help="List every published combination of metric, dimension, scope and period instead.")
@output_options
@click.pass_obj
def coverage(env, metrics, scope, kind, dimension, member, listing, fmt):
    """Show what was published: for each year (or other period) and metric, how many
    sources publish the figure, so that a missing year is never taken for a zero.

    Tables show the matrix; machine formats give one row per period and metric, with
    the preferred value and its source, and versions 0 where nothing was published.
    --list lists every combination of metric, dimension, scope and period instead.

    \b
    Examples:
      ipr-stats coverage
      ipr-stats coverage --period-kind half_year
      ipr-stats coverage --metric batches --format csv
      ipr-stats coverage --list --metric value
    """
    from .analytics_cli import _member
    from .catalog import coverage as run_coverage
    from .catalog import coverage_matrix
    from .periods import KINDS
    from .render import View
    from .vocabulary import ADMINISTRATIONS, HEADLINE_METRICS, OWN_HEADLINES, administration_of

    _sources, frame, vocab = env.load()
    metrics = [pick(m, list(vocab.metrics), "metric", "--metric", names=vocab.names("metric")) for m in metrics]
    if listing:
        result = run_coverage(frame)
        if metrics:
            result = result.filter(result["metric"].is_in(metrics))
        emit(env, View(result, title="Published combinations", caption="Not listed means not published, never zero."), fmt)
        return
    scope = pick(scope, list(vocab.scopes), "scope", "--scope", names=vocab.names("scope"))
    administration = administration_of(scope)  # its own metrics and period kind, unless told
    kind = pick(kind, list(KINDS), "period kind", "--period-kind") or ADMINISTRATIONS[administration][2]
    dimension = pick(dimension, [*vocab.dimensions, "total"], "dimension", "--dim", names=vocab.names("dimension"))
    member = _member(vocab, dimension, member)
    if dimension not in (None, "total") and member is None:
        raise click.UsageError(f"The matrix counts one figure a cell: give --member with --dim {dimension}, "
                               f"or list every member's combinations with `ipr-stats coverage --list`.")
    result = coverage_matrix(frame, scope=scope, period_kind=kind, dimension=dimension, member=member,
                             metrics=metrics or OWN_HEADLINES.get(administration, HEADLINE_METRICS))
    if result.is_empty():
        from .errors import NoSuchYear

        raise NoSuchYear(f"No {kind} figures of scope {scope}{' by ' + dimension if dimension else ''}; "
                         "`ipr-stats coverage --list` lists every published combination.")
    from .render import default_format

    fmt = (fmt or default_format(env.stream)).lower()
    subject = f"{scope}, {kind}" + (f", by {dimension}" if dimension else "") + (f" = {member}" if member else "")
    caption = ("Each cell: how many sources publish the figure; -: none does (not published, never zero). "
               "`ipr-stats series --metric M` gives the figures, `ipr-stats audit --check cross_source` compares versions.")
    if fmt in ("table", "markdown"):
        emit(env, View(_matrix(result), title=f"Published figures ({subject})", caption=caption), fmt)
    else:
        emit(env, View(result, decimals={"value": "decimals"}), fmt)


def _matrix(long):
    """Periods down, metrics across, each cell the number of versions ('-' for none)."""
    import polars as pl

    metrics = list(dict.fromkeys(long["metric"].to_list()))
    cells = long.with_columns(pl.when(pl.col("versions") > 0).then(pl.col("versions").cast(pl.String)).otherwise(pl.lit("-")).alias("cell"))
    return cells.pivot(on="metric", index="period", values="cell", maintain_order=True).select("period", *metrics)
