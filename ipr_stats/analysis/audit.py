"""Recompute every published rate, share, total and claim from the figures, and say which hold.

Each check gives one row: ``check`` (its kind), ``source``, ``locator``, ``subject``
(in words), ``published``, ``computed``, ``difference`` and ``status`` (with the
reason in ``note``):

- ``consistent``: the printed figure agrees with what the other figures allow;
- ``discrepancy``: a printed rate, share, total or claim does not;
- ``contradicted``: a printed rate with no published earlier figure implies one that the figures
  published for that period, or for one enclosing or inside it, rule out (ipr_stats.analysis.rates);
- ``disagreement``: two releases print the same figure differently, beyond what
  their qualifiers and rounding allow;
- ``revision``: a final release changed a figure that an earlier preliminary one printed, or a later
  official release's rate stands on a base it restated;
- ``source_error``: a figure marked as its source's likely error (the note says why): kept, never preferred;
- ``not_checkable``: nothing to check it against.

Every figure counts as the interval its printing allows (ipr_stats.data.intervals): exact figures as
printed, a rounded one within half its last unit (up to a whole unit above for an administration that
truncates), a bound open on one side, an approximate one within 10%. The rules are in
docs/methodology.md, "Audit".
"""

from __future__ import annotations

import polars as pl

from ipr_stats.analysis.arguments import resolve_choice, resolve_source
from ipr_stats.analysis.changes import cagr
from ipr_stats.analysis.evidence import COLUMNS, check_row, error_of, figure, gather, label, shown, total_of
from ipr_stats.analysis.judging import (
    INF,
    all_exact,
    bounds,
    judge,
    judge_number,
    judge_ranges,
    meet,
    percent_bounds,
    range_text,
    share_judgement,
    share_verdict,
    sum_bounds,
    truncates,
)
from ipr_stats.analysis.rates import rate_checks, rate_rows  # noqa: F401 - rate_checks: the verdicts yoy shows
from ipr_stats.data.members import GROUP_PARTS
from ipr_stats.data.printed import parse_percent, written
from ipr_stats.data.vocabulary import DIMENSIONS

CHECKS = {
    "rate": "a published year-on-year rate against the two values",
    "share": "a published share against part / total (bounds such as 'Less than 1%' included)",
    "total": "the parts of a breakdown against the published total",
    "claim": "a share or growth rate stated in the text about figures printed elsewhere",
    "cross_source": "the same figure published by two releases, or implied by a regional figure and its share",
    "breakdowns": "two breakdowns of the same total against each other",
}

STATUSES = ("consistent", "discrepancy", "contradicted", "disagreement", "revision", "source_error", "not_checkable")

FINDINGS = ("discrepancy", "contradicted", "disagreement", "revision", "source_error")  # what --only-discrepancies shows


def _parts(rows, rec):
    """The entity and remainder rows of rec's breakdown, from the same source."""
    return [r for r in rows if r["source"] == rec["source"] and r["metric"] == rec["metric"] and r["period"] == rec["period"]
            and r["period_kind"] == rec["period_kind"] and r["scope"] == rec["scope"] and r["dimension"] == rec["dimension"]
            and r["member_kind"] in ("entity", "remainder")]


def check_shares(rows, index):
    out = []
    for rec in rows:
        if not rec["published_share"]:
            continue
        subject = f"share of {label(rec)}"
        if error_of(rec):
            out.append(check_row("share", rec, subject, rec["published_share"], None, "source_error",
                                 note=f"the figure is its source's likely error: {error_of(rec)}"))
            continue
        total = total_of(index, rec) if rec["dimension"] else None
        if total is None:
            why = "no published total in this source" if rec["dimension"] else "the share is of a total no source here publishes"
            out.append(check_row("share", rec, subject, rec["published_share"], None, "not_checkable", note=why))
            continue
        computed, (status, diff, note) = rec["value"] / total["value"] * 100, share_verdict(rec, total)
        if status == "discrepancy" and rec["breakdown"] == "complete":
            parts_sum = sum(r["value"] for r in _parts(rows, rec))
            if parts_sum != total["value"] and share_judgement(rec["published_share"], [rec], _parts(rows, rec))[0] == "consistent":
                note += f"; consistent with the sum of the table's parts ({written(parts_sum)}) instead of the total"
        out.append(check_row("share", rec, subject + f" ({shown(rec)} of {shown(total)}, {total['locator']})",
                        rec["published_share"], computed, status, diff, note))
    return out


def check_totals(rows, index):
    out, seen = [], set()
    for rec in rows:
        key = (rec["source"], rec["locator"], rec["metric"], rec["period"], rec["scope"], rec["dimension"])
        if not rec["dimension"] or not rec["breakdown"] or key in seen:
            continue
        seen.add(key)
        parts = _parts(rows, rec)
        total = total_of(index, rec)
        subject = f"{rec['metric']} {rec['period']} by {rec['dimension']}: sum of {len(parts)} rows"
        parts_sum = sum(r["value"] for r in parts)
        decimals = max(r["decimals"] or 0 for r in parts)
        if total is None:
            out.append(check_row("total", rec, subject, None, parts_sum, "not_checkable", note="no published total in this source"))
            continue
        subject += f" against the total ({total['locator']})"
        if rec["breakdown"] == "top_n":  # the whole is at least its largest parts
            status = "consistent" if meet(bounds(total), (sum_bounds(parts)[0], INF)) else "discrepancy"
            out.append(check_row("total", rec, subject, total["value"], parts_sum, status, parts_sum - total["value"],
                            "the largest members only: their sum may not exceed the total"))
            continue
        if all_exact(*parts):  # the total is the less precise of the two: judge within half a unit of the coarser figure
            status, diff, note = judge_number(total["value"], total["qualifier"], parts_sum, decimals=min(decimals, total["decimals"] or 0),
                                              precision=total["precision"])
        else:
            status, diff, note = judge_ranges(sum_bounds(parts), bounds(total), parts_sum - total["value"])
        out.append(check_row("total", rec, subject, total["value"], parts_sum, status, diff, note))
    return out


def check_claims(frame, rows, index, preferred):
    """A share or growth stated about figures: from the claim's own source where it prints them,
    else from the preferred versions of other releases (the note names them)."""

    out = []
    vocab_parts = _group_parts()
    for rec in frame.filter(pl.col("claim").is_not_null()).to_dicts():
        subject = f"{rec['claim'].replace('_', ' ')} claimed for {label(rec)}"
        printed = rec["published_share"] or rec["published_change"]
        if rec["claim"] == "share":
            members = vocab_parts.get((rec["dimension"], rec["member"]), [rec["member"]])
            keys = [(rec["metric"], rec["period"], rec["period_kind"], rec["scope"], rec["dimension"], m) for m in members]
            parts = [index.get((rec["source"], *k)) or preferred.get(k) for k in keys]
            total = total_of(index, rec) or preferred.get((rec["metric"], rec["period"], rec["period_kind"], rec["scope"], None, None))
            if None in parts or total is None:
                out.append(check_row("claim", rec, subject, printed, None, "not_checkable", note="its figures are not all published"))
                continue
            part = sum(p["value"] for p in parts)
            status, diff, note = share_judgement(printed, parts, [total])
            others = sorted({r["source"] for r in (*parts, total)} - {rec["source"]})
            if others:
                note = "; ".join(filter(None, [note, f"figures from {', '.join(others)}"]))
            out.append(check_row("claim", rec, subject + f" ({written(part)} of {written(total['value'])})", printed,
                            part / total["value"] * 100, status, diff, note))
        else:
            within = (pl.col("first_year").cast(pl.Int32) >= (rec["period_start"].year if rec["period_start"] else 0)) \
                & (pl.col("last_year").cast(pl.Int32) <= rec["period_end"].year)
            growth = cagr(frame, rec["metric"], dimension=rec["dimension"], member=rec["member"], scope=rec["scope"],
                          source=rec["source"]).filter(within)  # every figure of the claim's source, preferred or not
            if growth.is_empty():
                out.append(check_row("claim", rec, subject, printed, None, "not_checkable", note="the text gives no yearly figures to grow between"))
                continue
            g = growth.row(0, named=True)
            status, diff, note = judge(printed, g["cagr_pct"], truncated=truncates(rec))
            out.append(check_row("claim", rec, subject + f" ({written(g['first_value'])} in {g['first_year']} to {written(g['last_value'])} "
                            f"in {g['last_year']}, compound)", printed, g["cagr_pct"], status, diff, note))
    return out


def _group_parts():

    by_dimension = {}
    for dim, (_name, member_set, _desc) in DIMENSIONS.items():
        for (mset, key), parts in GROUP_PARTS.items():
            if mset == member_set:
                by_dimension[(dim, key)] = parts
    return by_dimension


def check_versions(rows):
    """Each version of a figure that several releases publish, against the preferred one: consistent
    when the values their printing allows meet; else a revision (the preferred version is a final
    release, the other a preliminary one: the final release changed it) or a disagreement."""
    groups: dict = {}
    for rec in rows:
        groups.setdefault(figure(rec), []).append(rec)
    out = []
    for recs in groups.values():
        chosen = next((r for r in recs if r["preferred"]), None)
        if chosen is None or len(recs) < 2:
            continue
        for other in recs:
            if other is chosen:
                continue
            exacts = all_exact(chosen, other)
            tolerance = 0.5 * 10 ** -min(chosen["decimals"] or 0, other["decimals"] or 0) if exacts else 1e-9
            status, diff, note = judge_ranges(bounds(other), bounds(chosen), other["value"] - chosen["value"], tolerance)
            if error_of(other):
                status, note = "source_error", f"the source's likely error, kept as printed: {error_of(other)}"
            elif status == "discrepancy":
                revised = other["stage"] == "preliminary" and chosen["stage"] == "final"
                status = "revision" if revised else "disagreement"
                note = ("the final release changed the figure of the preliminary one"
                        if revised else f"off by {diff:+,.0f}" if exacts else
                        f"'{shown(other)}' allows {range_text(bounds(other))}, '{shown(chosen)}' {range_text(bounds(chosen))}")
            subject = (f"{label(chosen)}: {shown(other)} ({other['source']}, {other['locator']}) against the preferred "
                       f"{shown(chosen)} ({chosen['source']}, {chosen['locator']})")
            out.append(check_row("cross_source", other, subject, other["value"], chosen["value"], status, diff, note))
    return out


def check_regional_shares(rows):
    """A regional figure printed with its share of the nation implies the national figure: the
    preferred national version is checked against what the two printed figures allow (the other
    versions of each are compared with it by check_versions)."""
    out = []
    for rec in rows:
        if rec["preferred"] and rec["published_share"] and not rec["dimension"] and rec["scope_kind"] == "region":
            parsed = parse_percent(rec["published_share"])
            implied = rec["value"] / (parsed[1] / 100) if parsed and parsed[1] else None
            others = [r for r in rows if r["metric"] == rec["metric"] and r["period"] == rec["period"] and r["scope"] == "national"
                      and r["dimension"] is None and r["preferred"]]
            subject = f"national {rec['metric']} {rec['period']} implied by {label(rec)} at {rec['published_share']}"
            if not others:
                out.append(check_row("cross_source", rec, subject, None, implied, "not_checkable",
                                note=f"implies about {written(implied)}; no source here publishes the national figure for {rec['period']}"))
            for other in others:
                lo, hi = _implied_range(rec)
                status = "consistent" if meet(bounds(other), (lo, hi)) else "discrepancy"
                out.append(check_row("cross_source", rec, subject + f", against {shown(other)} ({other['source']})", other["value"], implied,
                                status, other["value"] - implied, f"the printed figures allow {range_text((round(lo), hi if hi == INF else round(hi)))}"))
    return out


def _implied_range(rec) -> tuple[float, float]:
    """The totals a part and its printed share allow, given how both were printed (rounded, truncated)."""
    low, high = bounds(rec)
    share = percent_bounds(rec["published_share"], truncates(rec))
    return low / (share.high / 100), (high / (share.low / 100) if share.low > 0 else INF)


def check_breakdowns(rows, index):
    """Two breakdowns of one total (batches 2008 by transport and by enforcement route) should add up alike."""
    sums: dict = {}
    for rec in rows:
        if rec["dimension"] and rec["breakdown"] in ("complete", "top_n_plus_remainder") and rec["member_kind"] in ("entity", "remainder"):
            key = (rec["source"], rec["metric"], rec["period"], rec["period_kind"], rec["scope"])
            sums.setdefault(key, {}).setdefault(rec["dimension"], []).append(rec)
    out = []
    for key, dims in sums.items():
        names = sorted(dims)
        for a, b in zip(names, names[1:]):
            sum_a, sum_b = (sum(r["value"] for r in dims[n]) for n in (a, b))
            if all_exact(*dims[a], *dims[b]):
                decimals = min(max(r["decimals"] or 0 for r in dims[n]) for n in (a, b))
                status, diff, note = judge_number(sum_a, "exact", sum_b, decimals=decimals)
            else:
                status, diff, note = judge_ranges(sum_bounds(dims[b]), sum_bounds(dims[a]), sum_b - sum_a)
            out.append(check_row("breakdowns", dims[b][0], f"{key[1]} {key[2]}: sum by {a} ({dims[a][0]['locator']}) against sum by {b}",
                            sum_a, sum_b, status, diff, note))
    return out


def audit(frame, *, check: str | None = None, source: str | None = None, only_discrepancies: bool = False):
    """Run every check (or one kind) over every version of every figure; one row per check.
    ``only_discrepancies`` keeps the findings: discrepancies, disagreements and revisions.

    >>> import ipr_stats
    >>> a = ipr_stats.audit(ipr_stats.load_dataset(), check="total")
    >>> a.filter(a["locator"] == "Table 6")["status"].to_list()
    ['discrepancy']
    """

    check = resolve_choice("check", check, CHECKS)
    source = resolve_source(frame, source)
    evidence = gather(frame)
    rows, index, preferred = evidence.rows, evidence.index, evidence.preferred
    runs = {
        "rate": lambda: [row for _rec, row in rate_rows(evidence)],
        "share": lambda: check_shares(rows, index),
        "total": lambda: check_totals(rows, index),
        "claim": lambda: check_claims(frame, rows, index, preferred),
        "cross_source": lambda: check_versions(rows) + check_regional_shares(rows),
        "breakdowns": lambda: check_breakdowns(rows, index),
    }
    found = [row for name, run in runs.items() if check in (None, name) for row in run()]
    schema = {c: pl.String for c in COLUMNS} | {"published": pl.String, "computed": pl.Float64, "difference": pl.Float64}
    result = pl.DataFrame([{**r, "published": None if r["published"] is None else str(r["published"] if isinstance(r["published"], str) else _plain(r["published"]))} for r in found],
                          schema=schema, orient="row") if found else pl.DataFrame(schema=schema)
    if source is not None:
        result = result.filter(pl.col("source") == source)
    if only_discrepancies:
        result = result.filter(pl.col("status").is_in(FINDINGS))
    return result


def _plain(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))
