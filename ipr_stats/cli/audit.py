"""The audit command: recompute every published rate, share, total and claim."""

from __future__ import annotations

import sys

import click

from ipr_stats.cli import completion
from ipr_stats.cli.options import output_options, resolved
from ipr_stats.cli.output import emit, for_people
from ipr_stats.cli.phrases import language, phrase, say, term, translated


@click.command()
@click.option("--source", "-s", shell_complete=completion.sources, help="Only the checks of this source.")
@click.option("--check", "kind", help="Only this kind of check: rate, share, total, claim, cross_source, breakdowns.")
@click.option("--only-discrepancies", is_flag=True,
              help="Show only the findings: discrepancies, contradicted rates, disagreements between releases, revisions "
                   "and the sources' likely errors.")
@click.option("--strict", is_flag=True,
              help="Exit 1 when any discrepancy, contradicted rate or disagreement is found (for data maintainers' CI).")
@output_options
@click.pass_obj
def audit(env, source, kind, only_discrepancies, strict, fmt):
    """Recompute every published rate, share, total and claim, compare the releases
    that publish the same figure, and say which hold.

    One row per check: consistent; discrepancy (a printed figure that does not fit
    the others, with how far off); contradicted (a rate whose implied earlier
    figure the published ones rule out); disagreement (two releases print the same
    figure differently); revision (a final release changed a preliminary figure, or
    a later release restated the base of its rate); source_error (a figure marked
    as its source's likely error, with why); or not_checkable (with the reason).
    Works on your own files with --data.

    \b
    Examples:
      ipr-stats audit --only-discrepancies
      ipr-stats audit --check total --format csv
      ipr-stats --no-bundled --data my-2009.yaml audit --strict
    """
    from ipr_stats.analysis import arguments
    from ipr_stats.analysis.audit import CHECKS, STATUSES
    from ipr_stats.analysis.audit import audit as run_audit
    from ipr_stats.analysis.judging import RULE
    from ipr_stats.cli.render import View

    _sources, frame, _vocab = env.load()
    source = resolved(arguments.resolve_source, frame, source, param="--source")
    kind = resolved(arguments.resolve_choice, "check", kind, list(CHECKS), param="--check")
    result = run_audit(frame, check=kind, source=source, only_discrepancies=only_discrepancies)
    counts = {s: result.filter(result["status"] == s).height for s in STATUSES}
    caption = (say("{count} checks: {consistent} consistent, {discrepancy} discrepancies, {contradicted} contradicted rates, "
                   "{disagreement} disagreements between releases, {revision} revisions, {source_error} likely errors of a source, "
                   "{not_checkable} not checkable.", count=result.height, **counts) + "\n" + say("Rule: {rule}", rule=translated(RULE)))
    if for_people(env, fmt):  # a computed rate or share reads as one: 235.35%; a sum stays a number
        result = result.with_columns(_percent_sign(result))
        if language() == "zh":  # the audit's own sentences in the language asked (figures' printed forms stay as printed)
            import polars as pl

            result = result.with_columns(pl.Series(c, [translated(v) for v in result[c]], dtype=pl.String) for c in ("subject", "note"))
    view = View(result, title=say("Audit of the published figures"), caption=caption, decimals={"computed": 2, "difference": 2},
                human_columns=["check", "source", "locator", "subject", "published", "computed", "status", "note"],
                heading=["status", "check", "source", "locator"])
    emit(env, view, fmt)
    if strict and counts["discrepancy"] + counts["contradicted"] + counts["disagreement"]:
        click.echo(f"audit: {counts['discrepancy']} discrepancies found, {counts['contradicted']} contradicted rates and "
                   f"{counts['disagreement']} disagreements between releases (--strict).", err=True)
        sys.exit(1)


def _percent_sign(result):
    """The computed column as text for people: a percentage with its sign, to two decimals, for the checks that
    compute one; a sum or figure with its digits grouped, as precise as the figures."""
    import polars as pl

    from ipr_stats.data.printed import written

    percent = pl.col("computed").map_elements(lambda x: f"{x:,.2f}%", return_dtype=pl.String)
    number = pl.col("computed").map_elements(written, return_dtype=pl.String)
    is_rate = pl.col("check").is_in(["rate", "share", "claim"])
    return pl.when(pl.col("computed").is_null()).then(None).when(is_rate).then(percent).otherwise(number).alias("computed")


@click.command()
@click.argument("locator", shell_complete=completion.tables, required=False)
@click.option("--source", "-s", shell_complete=completion.sources, help="The source whose table to rebuild (needed only when several have it).")
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
    from ipr_stats.analysis import arguments
    from ipr_stats.analysis.audit import STATUSES
    from ipr_stats.analysis.audit import audit as run_audit
    from ipr_stats.analysis.judging import RULE
    from ipr_stats.analysis.tables import rebuild, resolve_locator, restriction, table_list
    from ipr_stats.cli.names import SHOWN
    from ipr_stats.cli.render import View

    sources, frame, _vocab = env.load()
    source = resolved(arguments.resolve_source, frame, source, param="--source")
    if listing or not locator:
        if not listing:
            raise click.UsageError("Name a table (e.g. `ipr-stats table 5`), or list them with --list.")
        found = table_list(frame)
        emit(env, View(found if source is None else found.filter(found["source"] == source), title=say("Tables that can be rebuilt")), fmt)
        return
    source, locator = resolve_locator(frame, locator, source)
    rebuilt = rebuild(frame, locator, source)
    findings = run_audit(frame, source=source)
    findings = findings.filter((findings["locator"] == locator) & (findings["check"].is_in(["total", "share", "rate"])))
    lines = [f"{row['subject']}: {term(row['status'])}" + (f" ({row['note']})" if row["note"] else "")
             for row in findings.iter_rows(named=True) if row["check"] == "total" or row["status"] != "consistent"]
    title = next((s["title"] for s in sources if s["id"] == source), source)
    restricted = restriction(frame, locator, source)  # a table of one member's figures says so, in its title and caption
    lines += [_restricted_words(restricted, _vocab, env.lang)] if restricted else []
    decimals = int(frame.filter((frame["source"] == source) & (frame["locator"] == locator))["decimals"].max() or 0)
    caption = "\n".join([say("printed: as the source printed it; computed: recomputed from the figures, shown with 1 decimal or as many "
                             "as the printed figure has; verdict: the audit's on the printed one."), *lines,
                         say("Rule: {rule}", rule=translated(RULE))])
    numeric = [c for c in rebuilt.columns if rebuilt.schema[c].is_float()]
    headers = {c: _table_header(c) for c in rebuilt.columns}
    if for_people(env, fmt):  # the verdicts in words of the language asked
        import polars as pl

        rebuilt = rebuilt.with_columns(pl.col(c).replace_strict({k: term(k) for k in STATUSES}, default=pl.col(c)).alias(SHOWN + c)
                                       for c in rebuilt.columns if c.endswith("verdict") and rebuilt.schema[c] == pl.String)
    view = View(rebuilt, title=say("{locator} of {title} ({source})", locator=locator, title=title, source=source)
                + (say(", {dimension} = {member} only", dimension=restricted[0], member=restricted[1]) if restricted else ""),
                caption=caption, headers=headers, optional=_left_out_first(rebuilt), human_columns=[c for c in rebuilt.columns if not restricted or c != restricted[0]],
                decimals={c: (_printed_decimals(rebuilt, c) if c.endswith("_computed") else decimals or None) for c in numeric})
    emit(env, view, fmt)


def _restricted_words(restricted, vocab, lang) -> str:
    """The caption line of a table whose figures are all of one member: which, and that they are not the whole."""
    from ipr_stats.cli.names import Names

    dimension, member = restricted
    names = Names(vocab, lang)
    return say("Restricted to {dimension}: {member} (--dim {key} --member {member_key}): every figure of this table counts that "
               "member only, not the whole.", dimension=names.dimension(dimension), member=names.member(dimension, member),
               key=dimension, member_key=member)


def _printed_decimals(rebuilt, computed: str) -> int:
    """The decimals to show a computed column with: the most that output.shown_decimals asks for any printed
    share or rate beside it."""
    from ipr_stats.cli.output import shown_decimals

    printed = computed.removesuffix("_computed") + "_published"
    texts = rebuilt[printed].to_list() if printed in rebuilt.columns else []
    return max([shown_decimals(t) for t in texts] or [shown_decimals(None)])


def _table_header(column: str) -> str:
    """'value_change_published' -> 'value rate printed': short headers for people, snake_case for machines."""
    for suffix, words in (("change_published", phrase("rate printed")), ("change_computed", phrase("rate computed")),
                          ("change_verdict", phrase("verdict")), ("published", phrase("share printed")),
                          ("computed", phrase("share computed")), ("verdict", phrase("verdict"))):
        if column.endswith(suffix):
            return (_column_words(column[: -len(suffix)].rstrip("_")) + " " + say(words)).strip()
    return _column_words(column)


def _column_words(column: str) -> str:
    """A rebuilt table's column name (a period, 'value', a dimension) as a header says it."""
    from ipr_stats.cli.names import header

    named = term(column)
    return header(column.replace("_", " "), language()) if named == column else named


def _left_out_first(rebuilt) -> list[str]:
    """The columns a rebuilt table leaves out first when it cannot fit: computed shares and rates, then verdicts,
    then printed ones, then the values of the earliest periods; the latest period's values stay."""
    columns = rebuilt.columns[1:]
    derived = [[c for c in columns if c.endswith(end)] for end in ("_computed", "_verdict", "_published")]
    values = [c for c in columns if not any(c in group for group in derived) and rebuilt.schema[c].is_numeric()]
    return [*(c for group in derived for c in group), *values[:-1]]
