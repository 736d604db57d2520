"""The catalogue commands: data, metrics, sources and validate.

Each parses its options, calls the library and hands the frame to the renderer.
Imports click only at module level.
"""

from __future__ import annotations

import sys

import click

from ipr_stats.cli import completion
from ipr_stats.cli.options import CITATIONS, FORMATS, output_options, resolved, version_options
from ipr_stats.cli.output import emit, for_people, format_of, versions_caption
from ipr_stats.cli.phrases import language, say, term, translated
from ipr_stats.errors import visible


@click.command()
@click.option("--metric", "-m", shell_complete=completion.metrics, required=True, help="The metric, or a ratio such as value_per_batch.")
@click.option("--period", "-p", help="The period label (2008, 2019-H1, ..2020).")
@click.option("--dim", "dimension", shell_complete=completion.dimensions, help="The dimension, or 'total'.")
@click.option("--member", shell_complete=completion.members, help="The member of --dim.")
@click.option("--scope", shell_complete=completion.scopes, help="The scope. Default: national (records with --records); the footer names other scopes with figures.")
@version_options
@output_options(formats=(*FORMATS, *CITATIONS))
@click.pass_obj
def cite(env, metric, period, dimension, member, scope, source, all_versions, fmt):
    """Say where figures come from: the source's title, publisher and date, its
    kind and stage, the address where it was read and whether that address is a
    reprint or mirror on another site than the publisher's, the locator and the
    number as printed, and a citation line to paste; for a computed ratio, the
    formula and each input with its own source.

    The preferred version of each figure unless --all-versions or --source says
    otherwise, in one scope: national unless --scope says otherwise (a campaign's
    figures are not the nation's); the footer names the other scopes that have
    figures. `ipr-stats sources ID` gives a source's every address and notes.

    --format bibtex, ris or csl-json (or -o FILE.bib, FILE.ris) writes one entry
    per source cited for a reference manager, the locators as a note; a .json
    file holds the table's rows, unless --format csl-json says otherwise.

    \b
    Examples:
      ipr-stats cite --metric batches --period 2008 --dim total
      ipr-stats cite --metric batches --period 2018 --dim total --all-versions
      ipr-stats cite --metric batches --period 2021 --dim total --format csv
      ipr-stats cite --metric batches --period 2018 --dim total --all-versions -o refs.bib
      ipr-stats cite --metric value_per_batch --period 2008 --dim transport --member sea
    """
    from ipr_stats.analysis.catalog import cite as run_cite
    from ipr_stats.analysis.catalog import cited_scopes
    from ipr_stats.cli.names import Names
    from ipr_stats.cli.options import load_selection
    from ipr_stats.cli.output import versions_caption
    from ipr_stats.cli.render import View
    from ipr_stats.data.vocabulary import RATIOS

    frame, metric, dimension, member, scope, source = load_selection(env, metric, dimension, member, scope or env.default_scope,
                                                                     source=source)
    result = run_cite(frame, env.load()[0], metric, period=period, dimension=dimension, member=member, scope=scope,
                      source=source, all_versions=all_versions)
    if format_of(env, fmt) in CITATIONS:  # the sources cited, as a reference manager reads them
        from ipr_stats.cli.citations import entries, written

        env.stream.write(written(format_of(env, fmt), entries(result, env.load()[0])))
        return
    others = cited_scopes(frame, metric, period=period, dimension=dimension, member=member, source=source,
                          all_versions=all_versions)
    others = others.filter(others["scope"] != scope)
    caption = [versions_caption(result, all_versions, source)]
    if others.height:
        names = Names(env.load()[2], env.lang)
        listed = "; ".join(say("{scope}: {count} figure(s) (--scope {key})", scope=names.scope(key), count=count, key=key)
                           if language() == "zh" else f"{names.scope(key)}: {count} figure{'s' if count > 1 else ''} (--scope {key})"
                           for key, count in others.iter_rows())
        caption.append(say("Other scopes have matching figures, not shown: {listed}.", listed=listed))
    if result["mirror"].any():
        caption.append(say("reprint: the address is a reprint or mirror on another site than the publisher's own; "
                           "`ipr-stats sources ID` lists every address of a source."))
    if result["error"].is_not_null().any():
        caption.append(say("error: the version is most likely its source's own error; it is never the preferred one."))
    import polars as pl

    shown = pl.when(pl.col("mirror")).then(pl.lit(say("yes, a reprint or mirror"))).when(~pl.col("mirror")).then(pl.lit(say("no")))
    result = result.with_columns(shown.otherwise(None).alias("_shown_mirror"))
    emit(env, View(result, title=say("Citations: {metric}", metric=term(metric)), decimals={"value": 2 if metric in RATIOS else "decimals"},
                   caption="\n".join(filter(None, caption)),
                   human_columns=["period", "scope", "member", "value", "qualifier", "printed", "source", "title", "publisher",
                                  "published", "source_kind", "stage", "locator", "address", "mirror", "error", "formula",
                                  "inputs", "citation", *(["preferred"] if all_versions else [])],
                   headers={"source_kind": "kind", "mirror": "reprint", "published": "published on"}, heading=["period", "scope", "member", "source"]), fmt)


@click.command()
@click.option("--metric", "-m", "metrics", shell_complete=completion.metrics, multiple=True, help="This metric only (repeatable). Default: the enforcement metrics.")
@click.option("--scope", shell_complete=completion.scopes, default="national", show_default=True, help="The scope.")
@click.option("--period-kind", "kind", shell_complete=completion.period_kinds,
              help="The kind of period: year (default; fiscal_year for --scope us), half_year, quarter, year_to_date, "
                   "fiscal_year, cumulative, as_of, campaign, span, event.")
@click.option("--dim", "dimension", shell_complete=completion.dimensions, help="Figures of this dimension (default: the totals).")
@click.option("--member", shell_complete=completion.members, help="With --dim: this member only.")
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
    from ipr_stats.analysis import arguments
    from ipr_stats.analysis.catalog import coverage as run_coverage
    from ipr_stats.analysis.catalog import coverage_matrix
    from ipr_stats.cli.render import View
    from ipr_stats.data.vocabulary import (
        ADMINISTRATIONS,
        HEADLINE_METRICS,
        OWN_HEADLINES,
        administration_of,
    )

    _sources, frame, vocab = env.load()
    metrics = [resolved(arguments.resolve_metric, frame, m, vocab=vocab, published_for="count", param="--metric") for m in metrics]
    if listing:
        result = run_coverage(frame)
        if metrics:
            result = result.filter(result["metric"].is_in(metrics))
        emit(env, View(result, title=say("Published combinations"), caption=say("Not listed means not published, never zero.")), fmt)
        return
    scope = resolved(arguments.resolve_scope, frame, scope, vocab=vocab, param="--scope")
    administration = administration_of(scope)  # its own metrics and period kind, unless told
    kind = resolved(arguments.resolve_period_kind, kind, param="--period-kind") or ADMINISTRATIONS[administration][2]
    dimension = resolved(arguments.resolve_dimension, frame, dimension, vocab=vocab, param="--dim")
    member = resolved(arguments.resolve_member, frame, dimension, member, vocab=vocab, needed_for="matrix", param="--member")
    result = coverage_matrix(frame, scope=scope, period_kind=kind, dimension=dimension, member=member,
                             metrics=metrics or OWN_HEADLINES.get(administration, HEADLINE_METRICS))
    if result.is_empty():
        from ipr_stats.errors import NoSuchYear

        raise NoSuchYear(f"No {kind} figures of scope {scope}{' by ' + dimension if dimension else ''}; "
                         "`ipr-stats coverage --list` lists every published combination.")
    from ipr_stats.data.chinese import PERIOD_KINDS

    subject = (f"{term(scope)}, {PERIOD_KINDS[kind] if language() == 'zh' else kind}"
               + (say(", by {dimension}", dimension=term(dimension)) if dimension else "") + (f" = {member}" if member else ""))
    caption = say("Each cell: how many sources publish the figure; -: none does (not published, never zero). `ipr-stats series "
                  "--metric M` gives the figures, `ipr-stats audit --check cross_source` compares versions.")
    if for_people(env, fmt):
        matrix = _matrix(result)
        emit(env, View(matrix, title=say("Published figures ({subject})", subject=subject), caption=caption,
                       headers={m: term(m) if language() == "zh" else m.replace("_", " ") for m in matrix.columns[1:]}), fmt)
    else:
        emit(env, View(result, decimals={"value": "decimals"}), fmt)


def _matrix(long):
    """Periods down, metrics across, each cell the number of versions ('-' for none)."""
    import polars as pl

    metrics = list(dict.fromkeys(long["metric"].to_list()))
    cells = long.with_columns(pl.when(pl.col("versions") > 0).then(pl.col("versions").cast(pl.String)).otherwise(pl.lit("-")).alias("cell"))
    return cells.pivot(on="metric", index="period", values="cell", maintain_order=True).select("period", *metrics)


@click.command()
@click.option("--metric", "-m", shell_complete=completion.metrics, help="Only this metric (see `ipr-stats metrics`).")
@click.option("--year", "-y", shell_complete=completion.years, type=int, help="Only figures of this year: periods inside it, and the US fiscal year that ends in it.")
@click.option("--dim", "dimension", shell_complete=completion.dimensions, help="Only this dimension, or 'total' for figures with no breakdown.")
@version_options
@output_options
@click.pass_obj
def data(env, metric, year, dimension, source, all_versions, fmt):
    """Print the tidy dataset: one row per published figure or claim, the preferred
    version of each figure unless --all-versions or --source says otherwise.

    \b
    Examples:
      ipr-stats data --metric batches --year 2008
      ipr-stats data --source gacc-2008 --dim customs --format json
      ipr-stats data --all-versions --metric batches --dim total --format csv
      ipr-stats data --format csv > ipr-figures.csv
    """
    from ipr_stats.analysis import arguments
    from ipr_stats.analysis.catalog import tidy
    from ipr_stats.cli.render import View
    from ipr_stats.records.schema import need_for

    _sources, frame, vocab = env.load(need_for(year, dimension) if year or dimension else None)
    if metric is not None:
        metric = resolved(arguments.resolve_metric, frame, metric, vocab=vocab, published_for="tidy", param="--metric")
    dimension = resolved(arguments.resolve_dimension, frame, dimension, vocab=vocab, param="--dim")
    source = resolved(arguments.resolve_source, frame, source, param="--source")
    shown = tidy(frame, metric=metric, year=year, dimension=dimension, source=source, all_versions=all_versions)
    caption = [say("Share and change as published. Period kinds, dates, notes, printed forms and addresses: --format csv or json.")
               if for_people(env, fmt) else say("Share and change as published."),  # a workbook holds those columns
               versions_caption(shown, all_versions, source)]
    view = View(
        shown,
        decimals={"value": "decimals"},
        human_columns=["source", "locator", "metric", "period", "scope", "dimension", "member", "value", "unit",
                       "qualifier", "published_share", "published_change", *(["preferred"] if all_versions else [])],
        headers={"published_share": "share", "published_change": "change"},
        caption="\n".join(filter(None, caption)),
        optional=["locator", "published_change", "published_share", "scope", "unit", "preferred"],
        kept=["dimension"],  # what tells a district's figure from a trading partner's
    )
    emit(env, view, fmt)


@click.command()
@output_options
@click.pass_obj
def metrics(env, fmt):
    """List the metrics: unit, definition, and the periods and dimensions with figures.

    \b
    Examples:
      ipr-stats metrics
      ipr-stats metrics --format json
    """
    import polars as pl

    from ipr_stats.analysis.catalog import metrics_catalogue
    from ipr_stats.cli.names import Names
    from ipr_stats.cli.render import View

    _sources, frame, vocab = env.load()
    table = metrics_catalogue(frame, vocab)
    if env.lang == "zh":  # the key is what --metric takes; beside it, the name in the language asked
        names = Names(vocab, env.lang)
        table = table.insert_column(1, pl.Series("name", [names.metric(k) for k in table["metric"]], dtype=pl.String))
        if for_people(env, fmt):  # definitions whose Chinese form is known
            table = table.with_columns(pl.Series("unit", [term(u) for u in table["unit"]], dtype=pl.String),
                                       pl.Series("definition", [translated(d) for d in table["definition"]], dtype=pl.String))
    emit(env, View(table, title=say("Metrics"), as_stored=True, kept=["metric", "definition"],
                   caption=say("metric: the key --metric takes (a name or alias is understood too).")), fmt)


@click.command()
@click.argument("source", shell_complete=completion.sources, required=False)
@output_options
@click.pass_obj
def sources(env, source, fmt):
    """List the sources: kind, stage, date, language, how many figures each gives and
    where it was read; with a SOURCE id, that source in full, one row per address
    (marked "reprint" where it is a reprint or mirror, not the publisher's own page).

    Kinds: official (the customs' own text), news (a news agency or newspaper relaying
    it), summary (a law firm or trade paper), aggregator (an aggregator or machine
    translation). Stages: final, preliminary, retrospective.

    \b
    Examples:
      ipr-stats sources
      ipr-stats sources gacc-2008
      ipr-stats sources --format csv
    """
    from ipr_stats.analysis import arguments
    from ipr_stats.analysis.catalog import sources_table
    from ipr_stats.cli.render import View

    srcs, frame, _vocab = env.load()
    table = sources_table(srcs, frame)
    if source is None:
        emit(env, View(table, title=say("Sources"), headers={"published": "published on"}, human_columns=["source", "kind", "stage", "published", "language", "figures",
                                                              "preferred", "publisher", "addresses"],
                       optional=["addresses", "publisher", "language", "preferred", "stage"],
                       caption=say("kind: official (the customs' own text), news, summary, aggregator. preferred: how many of the "
                                   "source's figures are the version the queries use (docs/methodology.md, Versions).")), fmt)
        return
    source = resolved(arguments.resolve_choice, "source", source, table["source"].to_list(), command="sources", param="SOURCE")
    row = table.filter(table["source"] == source).row(0, named=True)
    notes = next((s.get("notes") for s in srcs if s["id"] == source), None)
    fields = [(k, row[k]) for k in ("source", "title", "publisher", "published", "language", "kind", "stage", "figures",
                                    "preferred", "claims")]
    mirrors = (row["mirrors"] or "").split()
    fields += [("address (reprint)" if a in mirrors else "address", a) for a in (row["addresses"] or "").split()] + [("notes", notes)]
    import polars as pl

    view = View(pl.DataFrame({"field": [f for f, _ in fields], "value": [None if x is None else str(x) for _, x in fields]},
                             schema={"field": pl.String, "value": pl.String}), title=say("Source {source}", source=source))
    if for_people(env, fmt):
        from ipr_stats.cli.names import header
        from ipr_stats.data import chinese

        words = {"kind": chinese.SOURCE_KINDS, "stage": chinese.STAGES}
        values = [words[f].get(x, x) if env.lang == "zh" and f in words else None if x is None else str(x) for f, x in fields]
        view.frame = view.frame.with_columns(pl.Series("_shown_value", values, dtype=pl.String))
        view.frame = view.frame.with_columns(pl.Series("_shown_field", [header(FIELD_HEADERS.get(f, f), env.lang) for f, _ in fields],
                                                       dtype=pl.String))
    emit(env, view, fmt)


FIELD_HEADERS = {"published": "published on", "address (reprint)": "reprint", "notes": "notes"}  # a source's fields, as named


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=True))
@output_options
@click.pass_obj
def validate(env, paths, fmt):
    """Check dataset files against the schema; exit 1 if any has a problem.

    Each problem names the file, the record (index and key), the field, what was
    found and what was expected. Files are checked together with the bundled data,
    so a clash with a bundled source is reported too. With --format, the same as
    rows: one per problem and one per file that has none (status ok).

    \b
    Examples:
      ipr-stats validate my-report.yaml
      ipr-stats validate datasets/eu/
      ipr-stats validate datasets/eu/ --format csv
    """
    from pathlib import Path

    from ipr_stats.data.dataset import (
        bundled_files,
        bundled_name,
        read_files,
        user_files,
    )

    files = user_files(paths)
    if not files:
        raise click.BadParameter("no .yaml or .yml files there.", param_hint="PATHS")
    given = {Path(f).resolve() for f in files}
    bundled = [f for f in bundled_files() if env.bundled and Path(str(f)).resolve() not in given]
    _srcs, rows, _vocab, problems = read_files([*bundled, *files], [bundled_name(f) for f in bundled] + [str(f) for f in files])
    if fmt or env.output is not None:  # a table of every file and problem; else a line each, as compilers write them
        _problems_view(env, files, rows, problems, fmt)
        sys.exit(1 if problems else 0)
    for p in problems:
        click.echo(visible(translated(str(p))), err=True)
    for f in files:
        if not any(p.file == str(f) for p in problems):
            figures, claims = _figures_and_claims(rows, f)
            click.echo(visible(say("{file}: ok, {figures} figures and {claims} claims", file=f, figures=figures, claims=claims)))
    if problems:
        click.echo(say("{count} problem(s) found.", count=len(problems)), err=True)
        sys.exit(1)


def _figures_and_claims(rows, file) -> tuple[int, int]:
    """How many figures and claims the rows read from ``file`` hold."""
    mine = [r for r in rows if r["file"] == str(file)]
    figures = sum(1 for r in mine if not r.get("claim"))
    return figures, len(mine) - figures


def _problems_view(env, files, rows, problems, fmt) -> None:
    """validate's findings as rows: a problem each (the bundled files' too), and each given file with none as ok."""
    import polars as pl

    from ipr_stats.cli.render import View

    found = [{"file": p.file, "status": "problem", "figures": None, "claims": None, "record": p.record, "key": p.key,
              "field": p.field, "found": p.found, "expected": p.expected} for p in problems]
    if for_people(env, fmt):  # what was found and expected, in the language asked
        found = [{**row, "found": translated(row["found"]), "expected": translated(row["expected"])} for row in found]
    for f in files:
        if not any(p.file == str(f) for p in problems):
            figures, claims = _figures_and_claims(rows, f)
            found.append({"file": str(f), "status": "ok", "figures": figures, "claims": claims, "record": None,
                          "key": None, "field": None, "found": None, "expected": None})
    schema = {"file": pl.String, "status": pl.String, "figures": pl.Int64, "claims": pl.Int64, "record": pl.String,
              "key": pl.String, "field": pl.String, "found": pl.String, "expected": pl.String}
    emit(env, View(pl.DataFrame(found, schema=schema, orient="row") if found else pl.DataFrame(schema=schema),
                   title=say("Validation"), optional=["key", "expected", "claims"]), fmt)
