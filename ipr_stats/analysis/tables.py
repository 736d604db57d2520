"""Rebuild a source's table from the dataset, published percentages beside computed ones."""

from __future__ import annotations

import re

import polars as pl

from ipr_stats.analysis.arguments import resolve_source
from ipr_stats.analysis.breakdowns import share_in_period
from ipr_stats.analysis.evidence import gather
from ipr_stats.analysis.rates import rate_check
from ipr_stats.data.periods import spans
from ipr_stats.data.vocabulary import closest
from ipr_stats.errors import AmbiguousName, UnknownName, quoted


def _figures(frame):

    return frame.filter(pl.col("value").is_not_null() & pl.col("claim").is_null())


TOTAL = "total"  # the member of a rebuilt breakdown's row of the source's totals


def table_list(frame):
    """What can be rebuilt: every locator of the form 'Table N', per source, in source order.

    >>> import ipr_stats
    >>> tables = ipr_stats.table_list(ipr_stats.load_dataset())
    >>> tables.filter(tables["source"] == "gacc-2008").height
    15
    """

    tables = _figures(frame).filter(pl.col("locator").str.contains(r"^Table \d+$"))
    return (tables.group_by("source", "locator", maintain_order=True)
            .agg(pl.col("metric").unique(maintain_order=True).str.join(", ").alias("metrics"),
                 pl.col("period").sort_by("period_start", "period_end").unique(maintain_order=True).str.join(", ").alias("periods"),
                 pl.col("dimension").drop_nulls().first().alias("dimension"),
                 pl.len().alias("figures")))


def resolve_locator(frame, text: str, source: str | None = None) -> tuple[str, str]:
    """'5', 't5', 'table 5' or 'Table 5' -> (source, 'Table 5'); errors name the tables there are and the closest."""

    source = resolve_source(frame, source)
    listing = table_list(frame)
    if source is not None:
        listing = listing.filter(listing["source"] == source)
    text = str(text)
    m = re.fullmatch(r"(?i)\s*(?:t(?:able)?\s*)?(\d+)\s*", text)
    locator = f"Table {int(m.group(1))}" if m else text.strip()
    hits = listing.filter(listing["locator"] == locator)
    if hits.is_empty():

        numbers: dict = {}
        for src, loc in listing.select("source", "locator").iter_rows():
            numbers.setdefault(src, []).append(loc)
        have = "; ".join(f"{src} Tables {spans(int(n[6:]) for n in locs)}" if all(n[6:].isdigit() for n in locs)
                         else f"{src} {', '.join(locs)}" for src, locs in numbers.items()) or "none"
        hint = closest(locator, sorted(set(listing["locator"].to_list()))) if len(locator) <= 200 else ""
        raise UnknownName(f"No table {quoted(text)}{f' in {source}' if source else ''}.{hint} Tables that can be rebuilt: "
                          f"{have} (`ipr-stats table --list`).")
    if hits.height > 1:
        raise AmbiguousName(f"'{locator}' exists in several sources ({', '.join(hits['source'])}); choose one with --source.")
    return hits["source"][0], locator


def restriction(frame, locator: str, source: str) -> tuple[str, str] | None:
    """(dimension, member) where every figure of a table is of one member of one dimension and the table is no
    breakdown of it: its figures are that member's alone, not the whole (Table 15 of gacc-2008 counts the goods that
    infringe domestically owned rights: ownership = domestic). None for any other table.

    >>> import ipr_stats
    >>> restriction(ipr_stats.load_dataset(), "Table 15", "gacc-2008")
    ('ownership', 'domestic')
    """

    return _restriction(_figures(frame).filter((pl.col("source") == source) & (pl.col("locator") == locator)))


def _restriction(rows) -> tuple[str, str] | None:
    if rows.is_empty() or rows["dimension"].null_count() or rows["dimension"].n_unique() > 1 or rows["member"].n_unique() > 1:
        return None
    return rows["dimension"][0], rows["member"][0]


def rebuild(frame, locator: str, source: str | None = None):
    """The table as a frame: one row per member (or period, or metric), in the source's order.

    A table whose figures are all of one member (:func:`restriction`) ends with a column named after its dimension
    that holds the member on every row, so that no figure is read as the whole.

    ``locator`` as the source writes it ('Table 6') or as the CLI takes it ('6', 't6', 'table 6');
    ``source`` may be left out where one source alone has that table. An unknown table or source
    is :class:`~ipr_stats.errors.UnknownName`, naming the closest.

    Beside each value column: the share or rate the source printed (``*_published``),
    the one computed from the figures (``*_computed``, a percentage) and the audit's verdict
    on the printed one (``*_verdict``). A share is of the same period's total (a half-year's of the
    half-year's); a rate is against the like figure a year before, found and judged as the audit does.

    >>> import ipr_stats
    >>> t = ipr_stats.rebuild_table(ipr_stats.load_dataset(), "Table 6", "gacc-2008")
    >>> t.select("transport", "batches", "batches_published").row(0)
    ('post', 7432.0, '67%')
    """

    rows = _figures(frame).filter((pl.col("source") == source) & (pl.col("locator") == locator)) if source is not None else None
    if rows is None or rows.is_empty():  # not as the source writes it: resolved (and checked) as the CLI's `table` does
        source, locator = resolve_locator(frame, locator, source)
        rows = _figures(frame).filter((pl.col("source") == source) & (pl.col("locator") == locator))
    metrics = rows["metric"].unique(maintain_order=True).to_list()
    periods = rows.sort("period_start", "period_end", maintain_order=True)["period"].unique(maintain_order=True).to_list()
    dims = rows["dimension"].drop_nulls().unique().to_list()
    if dims and rows["member"].n_unique() > 1:  # a breakdown: one row per member, a value / published / computed triple per metric and period
        dim = dims[0]
        rows = rows.with_columns(pl.col("member").fill_null(TOTAL))  # the table's own totals: a row of their own
        out = rows.select(pl.col("member").unique(maintain_order=True).alias(dim))
        for period in periods:
            for metric in metrics:
                part = rows.filter((pl.col("metric") == metric) & (pl.col("period") == period))
                if part.is_empty():
                    continue
                name = metric if len(periods) == 1 else f"{metric}_{period}"
                computed = share_in_period(frame, dim, metric, period, period_kind=part["period_kind"][0],
                                           scope=part["scope"][0], source=source)
                computed = computed.filter(pl.col("locator") == locator).select("member", "share_pct", "verdict")
                joined = part.select("member", "value", "published_share").join(computed, on="member", how="left")
                out = out.join(joined.rename({"member": dim, "value": name, "published_share": f"{name}_published",
                                              "share_pct": f"{name}_computed", "verdict": f"{name}_verdict"}), on=dim, how="left")
        return out.select([c for c in out.columns if not (c.endswith(("_published", "_verdict")) and out[c].null_count() == out.height)])
    by_metric = len(metrics) > len(periods)  # Table 15 lists metrics down the page, years across
    evidence = gather(frame) if rows["published_change"].is_not_null().any() else None
    records = []
    for key in (metrics if by_metric else periods):
        rec = {"row": key}
        for col in (periods if by_metric else metrics):
            metric, period = (key, col) if by_metric else (col, key)
            hit = rows.filter((pl.col("metric") == metric) & (pl.col("period") == period))
            if hit.is_empty():
                continue
            fig = hit.row(0, named=True)
            rec[col] = fig["value"]
            if fig["published_change"]:  # the audit's rate check: the same earlier figure, the same verdict
                prefix = f"{metric}_change" if not by_metric else "change"
                computed, verdict, _difference, _note, _prior = rate_check(evidence, fig)
                rec[f"{prefix}_published"] = fig["published_change"]
                rec[f"{prefix}_computed"] = computed
                rec[f"{prefix}_verdict"] = verdict
        records.append(rec)
    out = pl.DataFrame(records).rename({"row": "metric" if by_metric else "period"})
    restricted = _restriction(rows)
    if restricted is not None:
        out = out.with_columns(pl.lit(restricted[1], dtype=pl.String).alias(restricted[0]))
    return out
