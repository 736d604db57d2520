"""Recompute every published rate, share, total and claim from the figures, and say which hold.

Each check gives one row: ``check`` (its kind), ``source``, ``locator``, ``subject``
(in words), ``published``, ``computed``, ``difference`` and ``status`` (with the
reason in ``note``):

- ``consistent``: the printed figure agrees with what the other figures allow;
- ``discrepancy``: a printed rate, share, total or claim does not;
- ``disagreement``: two releases print the same figure differently, beyond what
  their qualifiers and rounding allow;
- ``revision``: a final release changed a figure that an earlier preliminary one printed;
- ``not_checkable``: nothing to check it against.

Every figure counts as the interval its printing allows: exact figures as printed,
a rounded one within half its last unit, a bound open on one side, an approximate
one within 10%. The rules are in docs/methodology.md, "Audit".
"""

from __future__ import annotations

import polars as pl

from ipr_stats.analysis.arguments import resolve_choice, resolve_source
from ipr_stats.analysis.changes import cagr
from ipr_stats.analysis.judging import (
    INF,
    all_exact,
    bounds,
    judge,
    judge_number,
    judge_ranges,
    meet,
    range_text,
    rate_verdict,
    share_judgement,
    share_verdict,
    sum_bounds,
)
from ipr_stats.data.members import GROUP_PARTS
from ipr_stats.data.periods import year_before
from ipr_stats.data.printed import decimals_of, parse_percent, written
from ipr_stats.data.versions import with_preference
from ipr_stats.data.vocabulary import COMPARABLE_QUALIFIERS, DEFAULT_SCOPE, DIMENSIONS

CHECKS = {
    "rate": "a published year-on-year rate against the two values",
    "share": "a published share against part / total (bounds such as 'Less than 1%' included)",
    "total": "the parts of a breakdown against the published total",
    "claim": "a share or growth rate stated in the text about figures printed elsewhere",
    "cross_source": "the same figure published by two releases, or implied by a regional figure and its share",
    "breakdowns": "two breakdowns of the same total against each other",
}

COLUMNS = ["check", "source", "locator", "subject", "published", "computed", "difference", "status", "note"]

STATUSES = ("consistent", "discrepancy", "disagreement", "revision", "not_checkable")

FINDINGS = ("discrepancy", "disagreement", "revision")  # what --only-discrepancies shows


def _label(rec: dict) -> str:
    where = f" {rec['dimension']}={rec['member']}" if rec.get("member") else ""
    scope = "" if rec["scope"] == DEFAULT_SCOPE else f" ({rec['scope']})"
    return f"{rec['metric']}{where} {rec['period']}{scope}"


def _rows(frame):
    """Every version of every figure, marked with ``preferred`` (ipr_stats.data.versions)."""

    return with_preference(frame).filter(pl.col("value").is_not_null() & pl.col("claim").is_null()).to_dicts()


def figure_index(frame) -> tuple[list, dict, dict]:
    """(rows, index, preferred) of the checks: every version of every figure as a dict; the figures by
    (source, metric, period, period_kind, scope, dimension, member); the preferred version of each figure."""
    rows = _rows(frame)
    return rows, _index(rows), _preferred(rows)


def _index(rows):
    """Figures by (source, metric, period, period_kind, scope, dimension, member)."""
    return {(r["source"], *_figure(r)): r for r in rows}


def _figure(rec) -> tuple:
    """What identifies a figure across sources: metric, period, period kind, scope, dimension, member."""
    return rec["metric"], rec["period"], rec["period_kind"], rec["scope"], rec["dimension"], rec["member"]


def _preferred(rows):
    """The preferred version of each figure, by (metric, period, period_kind, scope, dimension, member)."""
    return {_figure(r): r for r in rows if r["preferred"]}


def _total(index, rec):
    return index.get((rec["source"], rec["metric"], rec["period"], rec["period_kind"], rec["scope"], None, None))


def earlier_figure(index, preferred, rec):
    """The like figure a year earlier (periods.year_before): from the same source, else the preferred
    version of another release (a count only: a bound says too little of a rate); None for a period
    that does not recur. ``index`` and ``preferred`` are :func:`figure_index`'s."""

    before = year_before(rec["period"], rec["period_kind"])
    if before is None:
        return None
    rest = (rec["metric"], before, rec["period_kind"], rec["scope"], rec["dimension"], rec["member"])
    same = index.get((rec["source"], *rest))
    other = preferred.get(rest)
    return same or (other if other and other["qualifier"] in COMPARABLE_QUALIFIERS else None)


def _row(check, rec, subject, published, computed, status, difference=None, note=""):
    return {"check": check, "source": rec["source"], "locator": rec["locator"], "subject": subject, "published": published,
            "computed": computed, "difference": difference, "status": status, "note": note}


def _shown(rec) -> str:
    """A figure as its source printed it, else its value with its qualifier."""
    if rec.get("printed"):
        return rec["printed"]
    word = {"at_least": "at least ", "at_most": "at most ", "approximate": "about "}.get(rec["qualifier"], "")
    return word + written(rec["value"])


def rate_checks(frame) -> pl.DataFrame:
    """The audit's verdict on every printed year-on-year rate, by the figure that prints it: the columns
    source, metric, period, period_kind, scope, dimension, member, then computed (the change the figures
    give, or None), status and note as in :func:`audit`. `yoy` shows these beside its changes."""
    rows, index, preferred = figure_index(frame)
    found = [{"source": rec["source"], **dict(zip(("metric", "period", "period_kind", "scope", "dimension", "member"), _figure(rec))),
              "computed": row["computed"], "status": row["status"], "note": row["note"]}
             for rec, row in _rate_rows(rows, index, preferred)]
    schema = {"source": pl.String, "metric": pl.String, "period": pl.String, "period_kind": pl.String, "scope": pl.String,
              "dimension": pl.String, "member": pl.String, "computed": pl.Float64, "status": pl.String, "note": pl.String}
    return pl.DataFrame(found, schema=schema, orient="row") if found else pl.DataFrame(schema=schema)


def check_rates(rows, index, preferred):
    return [row for _rec, row in _rate_rows(rows, index, preferred)]


def _rate_rows(rows, index, preferred):
    """(figure, audit row) for every figure that prints a rate."""
    out = []
    for rec in rows:
        if not rec["published_change"]:
            continue
        subject = f"change of {_label(rec)} on the year before"
        prior = earlier_figure(index, preferred, rec)
        computed, status, diff, note = rate_verdict(rec, prior)
        if computed is None:
            out.append((rec, _row("rate", rec, subject, rec["published_change"], None, status, note=note)))
            continue
        if prior["source"] != rec["source"]:
            note = "; ".join(filter(None, [note, f"earlier figure from {prior['source']} ({prior['locator']})"]))
        out.append((rec, _row("rate", rec, subject + f" ({_shown(prior)} -> {_shown(rec)})", rec["published_change"],
                              computed, status, diff, note)))
    return out


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
        subject = f"share of {_label(rec)}"
        total = _total(index, rec) if rec["dimension"] else None
        if total is None:
            why = "no published total in this source" if rec["dimension"] else "the share is of a total no source here publishes"
            out.append(_row("share", rec, subject, rec["published_share"], None, "not_checkable", note=why))
            continue
        computed, (status, diff, note) = rec["value"] / total["value"] * 100, share_verdict(rec, total)
        if status == "discrepancy" and rec["breakdown"] == "complete":
            parts_sum = sum(r["value"] for r in _parts(rows, rec))
            if parts_sum != total["value"] and share_judgement(rec["published_share"], [rec], _parts(rows, rec))[0] == "consistent":
                note += f"; consistent with the sum of the table's parts ({written(parts_sum)}) instead of the total"
        out.append(_row("share", rec, subject + f" ({_shown(rec)} of {_shown(total)}, {total['locator']})",
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
        total = _total(index, rec)
        subject = f"{rec['metric']} {rec['period']} by {rec['dimension']}: sum of {len(parts)} rows"
        parts_sum = sum(r["value"] for r in parts)
        decimals = max(r["decimals"] or 0 for r in parts)
        if total is None:
            out.append(_row("total", rec, subject, None, parts_sum, "not_checkable", note="no published total in this source"))
            continue
        subject += f" against the total ({total['locator']})"
        if rec["breakdown"] == "top_n":  # the whole is at least its largest parts
            status = "consistent" if meet(bounds(total), (sum_bounds(parts)[0], INF)) else "discrepancy"
            out.append(_row("total", rec, subject, total["value"], parts_sum, status, parts_sum - total["value"],
                            "the largest members only: their sum may not exceed the total"))
            continue
        if all_exact(*parts):  # the total is the less precise of the two: judge within half a unit of the coarser figure
            status, diff, note = judge_number(total["value"], total["qualifier"], parts_sum, decimals=min(decimals, total["decimals"] or 0),
                                              precision=total["precision"])
        else:
            status, diff, note = judge_ranges(sum_bounds(parts), bounds(total), parts_sum - total["value"])
        out.append(_row("total", rec, subject, total["value"], parts_sum, status, diff, note))
    return out


def check_claims(frame, rows, index, preferred):
    """A share or growth stated about figures: from the claim's own source where it prints them,
    else from the preferred versions of other releases (the note names them)."""

    out = []
    vocab_parts = _group_parts()
    for rec in frame.filter(pl.col("claim").is_not_null()).to_dicts():
        subject = f"{rec['claim'].replace('_', ' ')} claimed for {_label(rec)}"
        printed = rec["published_share"] or rec["published_change"]
        if rec["claim"] == "share":
            members = vocab_parts.get((rec["dimension"], rec["member"]), [rec["member"]])
            keys = [(rec["metric"], rec["period"], rec["period_kind"], rec["scope"], rec["dimension"], m) for m in members]
            parts = [index.get((rec["source"], *k)) or preferred.get(k) for k in keys]
            total = _total(index, rec) or preferred.get((rec["metric"], rec["period"], rec["period_kind"], rec["scope"], None, None))
            if None in parts or total is None:
                out.append(_row("claim", rec, subject, printed, None, "not_checkable", note="its figures are not all published"))
                continue
            part = sum(p["value"] for p in parts)
            status, diff, note = share_judgement(printed, parts, [total])
            others = sorted({r["source"] for r in (*parts, total)} - {rec["source"]})
            if others:
                note = "; ".join(filter(None, [note, f"figures from {', '.join(others)}"]))
            out.append(_row("claim", rec, subject + f" ({written(part)} of {written(total['value'])})", printed,
                            part / total["value"] * 100, status, diff, note))
        else:
            within = (pl.col("first_year").cast(pl.Int32) >= (rec["period_start"].year if rec["period_start"] else 0)) \
                & (pl.col("last_year").cast(pl.Int32) <= rec["period_end"].year)
            growth = cagr(frame, rec["metric"], dimension=rec["dimension"], member=rec["member"], scope=rec["scope"],
                          source=rec["source"]).filter(within)  # every figure of the claim's source, preferred or not
            if growth.is_empty():
                out.append(_row("claim", rec, subject, printed, None, "not_checkable", note="the text gives no yearly figures to grow between"))
                continue
            g = growth.row(0, named=True)
            status, diff, note = judge(printed, g["cagr_pct"])
            out.append(_row("claim", rec, subject + f" ({written(g['first_value'])} in {g['first_year']} to {written(g['last_value'])} "
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
        groups.setdefault(_figure(rec), []).append(rec)
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
            if status == "discrepancy":
                revised = other["stage"] == "preliminary" and chosen["stage"] == "final"
                status = "revision" if revised else "disagreement"
                note = ("the final release changed the figure of the preliminary one"
                        if revised else f"off by {diff:+,.0f}" if exacts else
                        f"'{_shown(other)}' allows {range_text(bounds(other))}, '{_shown(chosen)}' {range_text(bounds(chosen))}")
            subject = (f"{_label(chosen)}: {_shown(other)} ({other['source']}, {other['locator']}) against the preferred "
                       f"{_shown(chosen)} ({chosen['source']}, {chosen['locator']})")
            out.append(_row("cross_source", other, subject, other["value"], chosen["value"], status, diff, note))
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
            subject = f"national {rec['metric']} {rec['period']} implied by {_label(rec)} at {rec['published_share']}"
            if not others:
                out.append(_row("cross_source", rec, subject, None, implied, "not_checkable",
                                note=f"implies about {written(implied)}; no source here publishes the national figure for {rec['period']}"))
            for other in others:
                lo, hi = _implied_range(rec, parsed[1], decimals_of(rec["published_share"]))
                status = "consistent" if meet(bounds(other), (lo, hi)) else "discrepancy"
                out.append(_row("cross_source", rec, subject + f", against {_shown(other)} ({other['source']})", other["value"], implied,
                                status, other["value"] - implied, f"the printed figures allow {written(round(lo))} to {written(round(hi))}"))
    return out


def _implied_range(rec, share: float, decimals: int) -> tuple[float, float]:
    """The totals a part and its printed share allow, given how both were rounded."""
    half_share = 0.5 * 10 ** -decimals
    half_value = (rec["precision"] or 0) / 2
    return (rec["value"] - half_value) / ((share + half_share) / 100), (rec["value"] + half_value) / ((share - half_share) / 100)


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
            out.append(_row("breakdowns", dims[b][0], f"{key[1]} {key[2]}: sum by {a} ({dims[a][0]['locator']}) against sum by {b}",
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
    rows, index, preferred = figure_index(frame)
    runs = {
        "rate": lambda: check_rates(rows, index, preferred),
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
