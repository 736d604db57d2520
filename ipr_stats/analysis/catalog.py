"""The dataset as published: the tidy view, the metric catalogue and the source list."""

from __future__ import annotations

import polars as pl

from ipr_stats.analysis.arguments import (
    resolve_dimension,
    resolve_member,
    resolve_metric,
    resolve_period_kind,
    resolve_scope,
    resolve_source,
)
from ipr_stats.analysis.rows import metric_rows
from ipr_stats.data.frame import TIDY_COLUMNS, period_years, qualifier_label
from ipr_stats.data.model import source_addresses
from ipr_stats.data.periods import PeriodError, parse_period, year_of, yearly_label
from ipr_stats.data.printed import written
from ipr_stats.data.versions import in_use, with_preference
from ipr_stats.data.vocabulary import DEFAULT_SCOPE, METRICS, RATIOS
from ipr_stats.errors import BadArgument, NoSuchYear, NotFound, QueryError, quoted


def in_year(frame, year: int):
    """Rows whose period belongs to ``year`` (periods.year_of): the periods that lie inside that calendar
    year, and the US fiscal year that ends in it; running totals and spans across years belong to none."""

    return frame.filter(period_years(frame["period"]) == year)


def years_with_data(frame) -> list[int]:
    """The years some period belongs to (periods.year_of)."""

    return sorted(period_years(frame["period"]).drop_nulls().unique().to_list())


def tidy(frame, *, metric=None, year=None, dimension=None, source=None, all_versions=False):
    """The published tidy view (one row per figure or claim), optionally filtered: the
    preferred version of each figure, every version (``all_versions``), or one source's.

    >>> import ipr_stats
    >>> ipr_stats.tidy(ipr_stats.load_dataset(), metric="batches", year=2007)["value"].to_list()
    [7456.0, 451.0]
    """

    if metric is not None:
        metric = resolve_metric(frame, metric, published_for="tidy")
    dimension = resolve_dimension(frame, dimension)
    source = resolve_source(frame, source)
    frame = in_use(frame, source=source, all_versions=all_versions)
    if metric is not None:
        frame = frame.filter(pl.col("metric") == metric)
    if dimension is not None:
        frame = frame.filter(pl.col("dimension").is_null() if dimension == "total" else pl.col("dimension") == dimension)
    if year is not None:
        chosen = in_year(frame, year)
        if chosen.is_empty():
            years = ", ".join(map(str, years_with_data(frame))) or "none"
            raise NoSuchYear(f"No figures for the year {year} with these filters. Years that have them: {years}.")
        frame = chosen

    return frame.with_columns(qualifier_label()).select([*TIDY_COLUMNS, "preferred", "versions", "decimals"])


def metrics_catalogue(frame, vocab):
    """One row per metric: unit, definition, the periods and dimensions it has figures for."""

    rows = []
    figures = frame.filter(pl.col("value").is_not_null())
    for key, (unit, definition) in vocab.metrics.items():
        part = figures.filter(pl.col("metric") == key)
        periods = part.select("period", "period_start", "period_end").unique().sort("period_start", "period_end", "period")["period"].to_list()
        dims = sorted(d for d in part["dimension"].unique().to_list() if d)
        rows.append({"metric": key, "unit": unit, "definition": definition, "figures": part.height,
                     "periods": ", ".join(periods), "dimensions": ", ".join(dims)})
    return pl.DataFrame(rows, schema={"metric": pl.String, "unit": pl.String, "definition": pl.String,
                                      "figures": pl.Int64, "periods": pl.String, "dimensions": pl.String})


def sources_table(sources, frame):
    """One row per source: citation fields, kind, stage, where it was read (``addresses``,
    separated by spaces; ``mirrors``: those of them that are a reprint or mirror, not the publisher's own page), and how
    many figures and claims it gives (``preferred``: how many of its figures are the version the queries use)."""

    marked = with_preference(frame)
    rows = []
    for s in sources:
        part = marked.filter(pl.col("source") == s["id"])
        figures = part.filter(pl.col("value").is_not_null())
        addresses = source_addresses(s)
        rows.append({"source": s["id"], "title": s["title"], "publisher": s["publisher"], "published": str(s["published"]),
                     "language": s.get("language"), "kind": s.get("kind"), "stage": s.get("stage"),
                     "figures": figures.height, "preferred": figures.filter(pl.col("preferred")).height,
                     "claims": part.filter(pl.col("claim").is_not_null()).height, "addresses": " ".join(addresses) or None,
                     "mirrors": " ".join(m for m in s.get("mirrors") or [] if m in addresses) or None})
    schema = {"source": pl.String, "title": pl.String, "publisher": pl.String, "published": pl.String, "language": pl.String,
              "kind": pl.String, "stage": pl.String, "figures": pl.Int64, "preferred": pl.Int64, "claims": pl.Int64,
              "addresses": pl.String, "mirrors": pl.String}
    return pl.DataFrame(rows, schema=schema).sort("published", "source")


def coverage(frame):
    """Which metric x dimension x scope x period combinations were published, with how many figures.

    A combination missing here was not published: it is not a zero.

    >>> import ipr_stats
    >>> c = ipr_stats.coverage(ipr_stats.load_dataset())
    >>> national = c.filter(c["metric"] == "batches", c["dimension"] == "customs", c["scope"] == "national")
    >>> "2008" in national["period"].to_list(), "2009" in national["period"].to_list()
    (True, False)
    """

    figures = frame.filter(pl.col("value").is_not_null())
    return (figures.with_columns(pl.col("dimension").fill_null("total"))
            .group_by("metric", "dimension", "scope", "period", "period_kind", "period_end", maintain_order=True)
            .agg(pl.len().alias("figures"), pl.col("source").unique(maintain_order=True).str.join(", ").alias("sources"),
                 pl.col("locator").unique(maintain_order=True).str.join(", ").alias("locators"))
            .sort("metric", "dimension", "scope", "period_end").drop("period_end"))


def coverage_matrix(frame, *, scope=DEFAULT_SCOPE, period_kind="year", dimension=None, member=None, metrics=None):
    """For each period and metric, whether a figure was published: ``versions`` (how many
    sources publish it; 0 where none does), and the preferred ``value``, ``qualifier`` and
    ``source``. Yearly periods (calendar or fiscal years) run without a gap from the first year to the
    last, so a missing year shows as a row with 0 versions, never as a zero value.

    >>> import ipr_stats
    >>> m = ipr_stats.coverage_matrix(ipr_stats.load_dataset(), metrics=["batches"])
    >>> m.filter(m["versions"] > 0)["period"].to_list()[:2]
    ['2007', '2008']
    """

    scope = resolve_scope(frame, scope)
    period_kind = resolve_period_kind(period_kind)
    dimension = resolve_dimension(frame, dimension)
    member = resolve_member(frame, dimension, member, needed_for="matrix")
    if isinstance(metrics, str):
        metrics = [metrics]
    if metrics is not None:
        metrics = [resolve_metric(frame, m, published_for="count") for m in metrics]

    rows = with_preference(frame).filter(pl.col("value").is_not_null() & pl.col("claim").is_null()
                              & (pl.col("scope") == scope) & (pl.col("period_kind") == period_kind))
    rows = rows.filter(pl.col("dimension").is_null() if dimension in (None, "total") else pl.col("dimension") == dimension)
    if member is not None:
        rows = rows.filter(pl.col("member") == member)
    if metrics is not None:
        rows = rows.filter(pl.col("metric").is_in(list(metrics)))
    preferred = rows.filter(pl.col("preferred")).with_columns(qualifier_label()).select(
        "period", "metric", "value", "qualifier", "source", "versions", "decimals")

    present = set(rows["metric"].to_list())
    order = [m for m in (metrics or METRICS) if m in present] + sorted(present - set(metrics or METRICS))
    periods = sorted(set(rows["period"].to_list()), key=lambda p: (rows.filter(pl.col("period") == p)["period_end"][0], p))
    if period_kind in ("year", "fiscal_year") and periods:
        years = [year_of(p) for p in periods]
        periods = [yearly_label(y, period_kind) for y in range(years[0], years[-1] + 1)]
    grid = pl.DataFrame({"period": [p for p in periods for _ in order], "metric": [m for _ in periods for m in order]},
                        schema={"period": pl.String, "metric": pl.String})
    return grid.join(preferred, on=["period", "metric"], how="left").with_columns(pl.col("versions").fill_null(0))


def cite(frame, sources, metric, *, period=None, dimension=None, member=None, scope=None, source=None, all_versions=False):
    """Where each matching figure comes from: the source's title, publisher and date, its kind and stage, the address
    where it was read and whether that address is a reprint or mirror (``mirror``: one of the source's ``mirrors``,
    not the publisher's own page), the locator and the number as printed; ``citation`` is all of it in one line to
    paste (:func:`citation`). The preferred version of each figure, every version (``all_versions``), or one source's;
    ``error`` says why a version is most likely its source's own error. ``scope`` None: every scope.

    For a derived metric (value_per_batch ...), the formula and each input with its own citation.

    >>> import ipr_stats
    >>> s, f, _ = ipr_stats.load()
    >>> ipr_stats.cite(f, s, "batches", period="2008", dimension="total", scope="national")["locator"].to_list()
    ['Table 1']
    """

    if isinstance(sources, str):
        raise BadArgument(f"cite takes the sources before the metric: cite(frame, sources, {sources!r}, ...); "
                          "`sources, frame, _ = ipr_stats.load()` gives both.")
    metric = resolve_metric(frame, metric)
    scope = resolve_scope(frame, scope)
    rows = _cited_rows(frame, metric, period, dimension, member, source, all_versions)
    if scope is not None:
        chosen = rows.filter(pl.col("scope") == scope)
        if chosen.is_empty() and not rows.is_empty():
            others = ", ".join(sorted(set(rows["scope"].to_list())))
            raise NotFound(f"No {metric} figure of scope {scope} matches; scopes that have one: {others} (--scope KEY).")
        rows = chosen
    if rows.is_empty():
        raise QueryError(f"No {metric} figure matches; `ipr-stats coverage` shows what was published.")
    docs = pl.DataFrame([{"source": s["id"], "title": s["title"], "publisher": s["publisher"], "published": str(s["published"]),
                          "_mirrors": [m for m in s.get("mirrors") or [] if isinstance(m, str)]} for s in sources],
                        schema={"source": pl.String, "title": pl.String, "publisher": pl.String, "published": pl.String,
                                "_mirrors": pl.List(pl.String)})
    out = rows.join(docs, on="source", how="left")
    if metric in RATIOS:
        num, den, _unit = RATIOS[metric]
        inputs = []
        for rec in out.iter_rows(named=True):
            parts = []
            for name in (num, den):
                hit = frame.filter((pl.col("metric") == name) & (pl.col("source") == rec["source"]) & (pl.col("period") == rec["period"])
                                   & (pl.col("scope") == rec["scope"]) & pl.col("claim").is_null()
                                   & (pl.col("member").is_null() if rec["member"] is None else pl.col("member") == rec["member"]))
                if hit.height:
                    h = hit.row(0, named=True)
                    parts.append(f"{name} = {h['printed'] or written(h['value'])} ({h['source']}, {h['locator']})")
            inputs.append("; ".join(parts))
        out = out.with_columns(pl.Series("inputs", inputs, dtype=pl.String))
    else:
        out = out.with_columns(pl.lit(None, dtype=pl.String).alias("inputs"))
    for column in ("printed", "address", "error"):
        if column not in out.columns:
            out = out.with_columns(pl.lit(None, dtype=pl.String).alias(column))
    mirrored = [None if address is None else address in (mirrors or [])
                for address, mirrors in zip(out["address"].to_list(), out["_mirrors"].to_list())]
    out = out.with_columns(pl.Series("mirror", mirrored, dtype=pl.Boolean), qualifier_label())
    out = out.with_columns(pl.Series("citation", [citation(r["title"], r["publisher"], r["published"], r["address"], r["mirror"],
                                                           r["locator"]) for r in out.iter_rows(named=True)], dtype=pl.String))
    return out.select("metric", "period", "scope", "dimension", "member", "value", "qualifier", "printed", "source", "source_kind",
                      "stage", "locator", "title", "publisher", "published", "address", "mirror", "citation", "note", "error",
                      "formula", "inputs", "preferred", "versions", "decimals")


def cited_scopes(frame, metric, *, period=None, dimension=None, member=None, source=None, all_versions=False):
    """The scopes that have figures :func:`cite` would give with these filters, and how many each (``figures``):
    what a citation kept to one scope leaves out, so that it can be named."""

    metric = resolve_metric(frame, metric)
    rows = _cited_rows(frame, metric, period, dimension, member, source, all_versions)
    return rows.group_by("scope").agg(pl.len().alias("figures")).sort("scope")


def _cited_rows(frame, metric, period, dimension, member, source, all_versions):
    """The figures of one metric that match cite's filters other than the scope."""

    source = resolve_source(frame, source)
    dimension = resolve_dimension(frame, dimension)
    member = resolve_member(frame, dimension, member)
    rows = metric_rows(frame, metric, source=source, all_versions=all_versions)
    if period is not None:
        label = _period_label(period)
        if rows.filter(pl.col("period") == label).is_empty():
            raise NotFound(f"No {metric} figure for the period {label}; `ipr-stats series --metric {metric}` lists the periods "
                           "that have one.")
        rows = rows.filter(pl.col("period") == label)
    if member is not None:
        rows = rows.filter(pl.col("member") == member)
    if dimension is not None:
        rows = rows.filter(pl.col("dimension").is_null() if dimension == "total" else pl.col("dimension") == dimension)
    return rows


CITED_COLUMNS = {"source": pl.String, "title": pl.String, "publisher": pl.String, "published": pl.String, "language": pl.String,
                 "kind": pl.String, "address": pl.String, "locator": pl.String}


def cited_sources(rows, sources) -> pl.DataFrame:
    """The sources that ``rows`` cite (their ``source`` and ``locator``; a year-over-year table's ``from_source`` and
    ``from_locator`` too), one row per source and locator in the order first cited, with the source's title,
    publisher, date, language and kind, and the address the figure was read at (the source's first where the rows
    carry none).

    >>> import ipr_stats
    >>> sources, frame, _ = ipr_stats.load()
    >>> cited_sources(ipr_stats.tidy(frame, metric="batches", year=2008, dimension="total"), sources)["locator"].to_list()
    ['Table 1']
    """
    by_id = {s["id"]: s for s in sources}
    found = []
    for prefix in ("", "from_"):
        if prefix + "source" not in rows.columns:
            continue
        keys = [prefix + c for c in ("source", "locator", "address") if prefix + c in rows.columns]
        for row in rows.select(keys).unique(maintain_order=True).iter_rows():
            given = dict(zip((k.removeprefix(prefix) for k in keys), row))
            source = by_id.get(given["source"])
            if source is None:
                continue
            found.append((given["source"], source["title"], source["publisher"], str(source["published"]), source.get("language"),
                          source.get("kind"), given.get("address") or next(iter(source_addresses(source)), None), given.get("locator")))
    return pl.DataFrame(list(dict.fromkeys(found)), schema=CITED_COLUMNS, orient="row")


def citation(title, publisher, published, address=None, mirror=None, locator=None) -> str:
    """One line to paste: 'Title. Publisher, date. Address (reprint). Locator.'; a part that is missing is left out.

    >>> citation("Annual report", "GACC", "2009", "https://example.org/r", True, "Table 1")
    'Annual report. GACC, 2009. https://example.org/r (reprint). Table 1.'
    """

    def sentence(text: str) -> str:
        text = text.strip()
        return text if text.endswith((".", "?", "!")) else text + "."

    parts = [sentence(title or ""), sentence(", ".join(p for p in (publisher, published) if p))]
    if address:
        parts.append(f"{address} (reprint)." if mirror else f"{address}.")
    if locator:
        parts.append(sentence(locator))
    return " ".join(p for p in parts if p != ".")


def _period_label(text: str) -> str:
    """A period label as the data writes it; an invalid one is a usage mistake (exit 2) saying what labels look like."""

    try:
        return parse_period(text).label
    except PeriodError as exc:
        raise NotFound(f"Invalid period {quoted(text)}: expected {exc}.") from None
