"""The catalogue commands: data, metrics, sources and validate.

Each parses its options, calls the library and hands the frame to the renderer.
Imports click only at module level.
"""

from __future__ import annotations

import sys

import click

from .cli import emit, output_options, pick, pick_source, version_options, versions_caption


@click.command()
@click.option("--metric", "-m", help="Only this metric (see `ipr-stats metrics`).")
@click.option("--year", "-y", type=int, help="Only figures whose period lies inside this calendar year.")
@click.option("--dim", "dimension", help="Only this dimension, or 'total' for figures with no breakdown.")
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
    from .catalog import tidy
    from .records import need_for
    from .render import View

    sources, frame, vocab = env.load(need_for(year, dimension) if year or dimension else None)
    metric = pick(metric, list(vocab.metrics), "metric", "--metric", names=vocab.names("metric"))
    dimension = pick(dimension, [*vocab.dimensions, "total"], "dimension", "--dim", names=vocab.names("dimension"))
    source = pick_source(sources, source)
    shown = tidy(frame, metric=metric, year=year, dimension=dimension, source=source, all_versions=all_versions)
    caption = ["Share and change as published. Dimensions, period kinds, dates, notes, printed forms and addresses: "
               "--format csv or json.", versions_caption(shown, all_versions, source)]
    view = View(
        shown,
        decimals={"value": "decimals"},
        human_columns=["source", "locator", "metric", "period", "scope", "member", "value", "unit",
                       "qualifier", "published_share", "published_change", *(["preferred"] if all_versions else [])],
        headers={"published_share": "share", "published_change": "change"},
        caption="\n".join(filter(None, caption)),
        optional=["locator", "published_change", "published_share", "scope", "unit", "preferred"],
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
    from .catalog import metrics_catalogue
    from .render import View

    _sources, frame, vocab = env.load()
    emit(env, View(metrics_catalogue(frame, vocab), title="Metrics"), fmt)


@click.command()
@click.argument("source", required=False)
@output_options
@click.pass_obj
def sources(env, source, fmt):
    """List the sources: kind, stage, date, language, how many figures each gives and
    where it was read; with a SOURCE id, that source in full, one row per address.

    Kinds: official (the customs' own text), news (a news agency or newspaper relaying
    it), summary (a law firm or trade paper), aggregator (an aggregator or machine
    translation). Stages: final, preliminary, retrospective.

    \b
    Examples:
      ipr-stats sources
      ipr-stats sources gacc-2008
      ipr-stats sources --format csv
    """
    from .catalog import sources_table
    from .render import View

    srcs, frame, _vocab = env.load()
    table = sources_table(srcs, frame)
    if source is None:
        emit(env, View(table, title="Sources", human_columns=["source", "kind", "stage", "published", "language", "figures",
                                                              "preferred", "publisher", "addresses"],
                       optional=["addresses", "publisher", "language", "preferred", "stage"],
                       caption="kind: official (the customs' own text), news, summary, aggregator. preferred: how many of "
                               "the source's figures are the version the queries use (docs/methodology.md, Versions)."), fmt)
        return
    source = pick(source, table["source"].to_list(), "source", "SOURCE")
    row = table.filter(table["source"] == source).row(0, named=True)
    notes = next((s.get("notes") for s in srcs if s["id"] == source), None)
    fields = [(k, row[k]) for k in ("source", "title", "publisher", "published", "language", "kind", "stage", "figures",
                                    "preferred", "claims")]
    fields += [("address", a) for a in (row["addresses"] or "").split()] + [("notes", notes)]
    import polars as pl

    view = View(pl.DataFrame({"field": [f for f, _ in fields], "value": [None if x is None else str(x) for _, x in fields]},
                             schema={"field": pl.String, "value": pl.String}), title=f"Source {source}")
    emit(env, view, fmt)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=True))
@click.pass_obj
def validate(env, paths):
    """Check dataset files against the schema; exit 1 if any has a problem.

    Each problem names the file, the record (index and key), the field, what was
    found and what was expected. Files are checked together with the bundled data,
    so a clash with a bundled source is reported too.

    \b
    Examples:
      ipr-stats validate my-report.yaml
      ipr-stats validate datasets/
    """
    from pathlib import Path

    from .dataset import bundled_files, bundled_name, read_files, user_files

    files = user_files(paths)
    if not files:
        raise click.BadParameter("no .yaml or .yml files there.", param_hint="PATHS")
    given = {Path(f).resolve() for f in files}
    bundled = [f for f in bundled_files() if env.bundled and Path(str(f)).resolve() not in given]
    _srcs, rows, _vocab, problems = read_files([*bundled, *files], [bundled_name(f) for f in bundled] + [str(f) for f in files])
    for p in problems:
        click.echo(str(p), err=True)
    for f in files:
        mine = [r for r in rows if r["file"] == str(f)]
        if not any(p.file == str(f) for p in problems):
            figures = sum(1 for r in mine if not r.get("claim"))
            click.echo(f"{f}: ok, {figures} figures and {len(mine) - figures} claims")
    if problems:
        click.echo(f"{len(problems)} problem(s) found.", err=True)
        sys.exit(1)
