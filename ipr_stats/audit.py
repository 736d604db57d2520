"""Recompute every published rate, share, total and claim from the figures, and say which hold.

Each check gives one row: ``check`` (its kind), ``source``, ``locator``, ``subject``
(in words), ``published``, ``computed``, ``difference`` and ``status``
(``consistent``, ``discrepancy`` or ``not_checkable``, with the reason in ``note``).
The rules are in docs/methodology.md, "Audit".
"""

from __future__ import annotations

import math

from .charts import exact
from .model import parse_percent

CHECKS = {
    "rate": "a published year-on-year rate against the two values",
    "share": "a published share against part / total (bounds such as 'Less than 1%' included)",
    "total": "the parts of a breakdown against the published total",
    "claim": "a share or growth rate stated in the text about figures printed elsewhere",
    "cross_source": "the same figure published, or implied, by two sources",
    "breakdowns": "two breakdowns of the same total against each other",
}
APPROXIMATE = 0.10  # 'about', 'almost', 'around': consistent within 10% of the stated figure
RULE = ("A published figure with k decimals is consistent when it lies within half a unit of its last digit "
        "of the computed one (0.05 for '49.3%'); a bound must hold; 'about'/'almost' allow 10%.")

COLUMNS = ["check", "source", "locator", "subject", "published", "computed", "difference", "status", "note"]


def decimals_of(text: str) -> int:
    """Decimals printed in a percentage or number: '49.3%' -> 1."""
    digits = str(text).rstrip("%").strip()
    return len(digits.split(".")[1]) if "." in digits else 0


def judge(printed: str, computed: float | None) -> tuple[str, float | None, str]:
    """(status, difference, note) for a printed percentage against a computed one."""
    parsed = parse_percent(printed)
    if computed is None or (isinstance(computed, float) and not math.isfinite(computed)):
        return "not_checkable", None, "nothing to compute it from"
    if parsed is None:
        return "not_checkable", None, f"'{printed}' is not a percentage"
    kind, number = parsed
    diff = computed - number
    if kind == "at_most":
        return ("consistent" if computed < number else "discrepancy"), diff, f"the bound is < {number:g}%"
    if kind == "at_least":
        return ("consistent" if computed > number else "discrepancy"), diff, f"the bound is > {number:g}%"
    if kind == "approximate":
        ok = abs(diff) <= APPROXIMATE * abs(number)
        return ("consistent" if ok else "discrepancy"), diff, f"stated as approximate: within {APPROXIMATE:.0%} of {number:g}%"
    tolerance = 0.5 * 10 ** -decimals_of(printed)
    ok = abs(diff) <= tolerance + 1e-9
    return ("consistent" if ok else "discrepancy"), diff, ("" if ok else f"off by {diff:+.4g} points; at most {tolerance:g} allowed")


def judge_number(published: float, qualifier: str, computed: float, decimals: int = 0, precision: float | None = None):
    """(status, difference, note) for a published number against one computed from other figures."""
    diff = computed - published
    if qualifier == "at_least":
        return ("consistent" if computed >= published else "discrepancy"), diff, "the published figure is a lower bound"
    if qualifier == "at_most":
        return ("consistent" if computed <= published else "discrepancy"), diff, "the published figure is an upper bound"
    if qualifier == "approximate":
        ok = abs(diff) <= APPROXIMATE * abs(published)
        return ("consistent" if ok else "discrepancy"), diff, f"approximate: within {APPROXIMATE:.0%}"
    tolerance = (precision or 10 ** -decimals) / 2
    ok = abs(diff) <= tolerance + 1e-9
    return ("consistent" if ok else "discrepancy"), diff, ("" if ok else f"off by {diff:+,.2f}; at most {tolerance:g} allowed")


def _label(rec: dict) -> str:
    where = f" {rec['dimension']}={rec['member']}" if rec.get("member") else ""
    scope = "" if rec["scope"] == "national" else f" ({rec['scope']})"
    return f"{rec['metric']}{where} {rec['period']}{scope}"


def _rows(frame):
    import polars as pl

    return frame.filter(pl.col("value").is_not_null() & pl.col("claim").is_null()).to_dicts()


def _index(rows):
    """Figures by (source, metric, period, period_kind, scope, dimension, member)."""
    return {(r["source"], r["metric"], r["period"], r["period_kind"], r["scope"], r["dimension"], r["member"]): r for r in rows}


def _total(index, rec):
    return index.get((rec["source"], rec["metric"], rec["period"], rec["period_kind"], rec["scope"], None, None))


def _previous(index, rec):
    """The same figure a year earlier: from the same source, else from another source that publishes it."""
    if rec["period_kind"] not in ("year", "half_year"):
        return None
    label = str(int(rec["period"][:4]) - 1) + rec["period"][4:]
    rest = (rec["metric"], label, rec["period_kind"], rec["scope"], rec["dimension"], rec["member"])
    same = index.get((rec["source"], *rest))
    return same or next((fig for key, fig in index.items() if key[1:] == rest and fig["qualifier"] in ("exact", "rounded")), None)


def _row(check, rec, subject, published, computed, status, difference=None, note=""):
    return {"check": check, "source": rec["source"], "locator": rec["locator"], "subject": subject, "published": published,
            "computed": computed, "difference": difference, "status": status, "note": note}


def check_rates(rows, index):
    out = []
    for rec in rows:
        if not rec["published_change"]:
            continue
        subject = f"change of {_label(rec)} on the year before"
        prior = _previous(index, rec)
        if prior is None:
            out.append(_row("rate", rec, subject, rec["published_change"], None, "not_checkable",
                            note="the earlier figure is not published"))
            continue
        if prior["value"] == 0:
            out.append(_row("rate", rec, subject, rec["published_change"], None, "not_checkable", note="the earlier figure is zero"))
            continue
        computed = (rec["value"] - prior["value"]) / prior["value"] * 100
        status, diff, note = judge(rec["published_change"], computed)
        if prior["source"] != rec["source"]:
            note = "; ".join(filter(None, [note, f"earlier figure from {prior['source']} ({prior['locator']})"]))
        out.append(_row("rate", rec, subject + f" ({exact(prior['value'])} -> {exact(rec['value'])})", rec["published_change"],
                        computed, status, diff, note))
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
        computed = rec["value"] / total["value"] * 100
        status, diff, note = judge(rec["published_share"], computed)
        if status == "discrepancy" and rec["breakdown"] == "complete":
            parts_sum = sum(r["value"] for r in _parts(rows, rec))
            if parts_sum != total["value"] and judge(rec["published_share"], rec["value"] / parts_sum * 100)[0] == "consistent":
                note += f"; consistent with the sum of the table's parts ({exact(parts_sum)}) instead of the total"
        out.append(_row("share", rec, subject + f" ({exact(rec['value'])} of {exact(total['value'])}, {total['locator']})",
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
        if rec["breakdown"] == "top_n":
            status = "consistent" if parts_sum <= total["value"] else "discrepancy"
            out.append(_row("total", rec, subject, total["value"], parts_sum, status, parts_sum - total["value"],
                            "the largest members only: their sum may not exceed the total"))
            continue
        # the total is the less precise of the two: judge within half a unit of the coarser figure
        status, diff, note = judge_number(total["value"], total["qualifier"], parts_sum, decimals=min(decimals, total["decimals"] or 0),
                                          precision=total["precision"])
        out.append(_row("total", rec, subject, total["value"], parts_sum, status, diff, note))
    return out


def check_claims(frame, rows, index):
    import polars as pl

    from .queries import cagr

    out = []
    vocab_parts = _group_parts()
    for rec in frame.filter(pl.col("claim").is_not_null()).to_dicts():
        subject = f"{rec['claim'].replace('_', ' ')} claimed for {_label(rec)}"
        printed = rec["published_share"] or rec["published_change"]
        if rec["claim"] == "share":
            members = vocab_parts.get((rec["dimension"], rec["member"]), [rec["member"]])
            parts = [index.get((rec["source"], rec["metric"], rec["period"], rec["period_kind"], rec["scope"], rec["dimension"], m))
                     for m in members]
            total = _total(index, rec)
            if None in parts or total is None:
                out.append(_row("claim", rec, subject, printed, None, "not_checkable", note="its figures are not all published"))
                continue
            part = sum(p["value"] for p in parts)
            status, diff, note = judge(printed, part / total["value"] * 100)
            out.append(_row("claim", rec, subject + f" ({exact(part)} of {exact(total['value'])})", printed,
                            part / total["value"] * 100, status, diff, note))
        else:
            growth = cagr(frame.filter(pl.col("source") == rec["source"]), rec["metric"], dimension=rec["dimension"],
                          member=rec["member"], scope=rec["scope"])
            growth = growth.filter((pl.col("first_year").cast(pl.Int32) >= (rec["period_start"].year if rec["period_start"] else 0))
                                   & (pl.col("last_year").cast(pl.Int32) <= rec["period_end"].year))
            if growth.is_empty():
                out.append(_row("claim", rec, subject, printed, None, "not_checkable", note="the text gives no yearly figures to grow between"))
                continue
            g = growth.row(0, named=True)
            status, diff, note = judge(printed, g["cagr_pct"])
            out.append(_row("claim", rec, subject + f" ({exact(g['first_value'])} in {g['first_year']} to {exact(g['last_value'])} "
                            f"in {g['last_year']}, compound)", printed, g["cagr_pct"], status, diff, note))
    return out


def _group_parts():
    from .vocabulary import DIMENSIONS, GROUP_PARTS

    by_dimension = {}
    for dim, (_name, member_set, _desc) in DIMENSIONS.items():
        for (mset, key), parts in GROUP_PARTS.items():
            if mset == member_set:
                by_dimension[(dim, key)] = parts
    return by_dimension


def check_cross_source(rows, index):
    """Same figure in two sources; and a published share of a total that implies it."""
    out = []
    groups: dict = {}
    for rec in rows:
        groups.setdefault((rec["metric"], rec["period"], rec["period_kind"], rec["scope"], rec["dimension"], rec["member"]), []).append(rec)
    for recs in groups.values():
        for a, b in zip(recs, recs[1:]):
            if a["source"] == b["source"]:
                continue
            status, diff, note = judge_number(a["value"], a["qualifier"], b["value"], a["decimals"] or 0, a["precision"])
            out.append(_row("cross_source", b, f"{_label(b)}: {a['source']} ({a['locator']}) against {b['source']}", a["value"],
                            b["value"], status, diff, note))
    for rec in rows:  # a share of the national total implies that total
        if rec["published_share"] and not rec["dimension"] and rec["scope_kind"] == "region":
            parsed = parse_percent(rec["published_share"])
            implied = rec["value"] / (parsed[1] / 100) if parsed and parsed[1] else None
            others = [r for r in rows if r["metric"] == rec["metric"] and r["period"] == rec["period"] and r["scope"] == "national"
                      and r["dimension"] is None]
            subject = f"national {rec['metric']} {rec['period']} implied by {_label(rec)} at {rec['published_share']}"
            if not others:
                out.append(_row("cross_source", rec, subject, None, implied, "not_checkable",
                                note=f"implies about {exact(implied)}; no source here publishes the national figure for {rec['period']}"))
            for other in others:
                lo, hi = _implied_range(rec, parsed[1], decimals_of(rec["published_share"]))
                status = "consistent" if lo <= other["value"] <= hi else "discrepancy"
                out.append(_row("cross_source", rec, subject + f", against {other['source']}", other["value"], implied, status,
                                other["value"] - implied, f"the printed figures allow {exact(round(lo))} to {exact(round(hi))}"))
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
            entry = sums.setdefault(key, {}).setdefault(rec["dimension"], {"sum": 0.0, "rec": rec, "decimals": 0})
            entry["sum"] += rec["value"]
            entry["decimals"] = max(entry["decimals"], rec["decimals"] or 0)
    out = []
    for key, dims in sums.items():
        names = sorted(dims)
        for a, b in zip(names, names[1:]):
            da, db = dims[a], dims[b]
            status, diff, note = judge_number(da["sum"], "exact", db["sum"], decimals=min(da["decimals"], db["decimals"]))
            out.append(_row("breakdowns", db["rec"], f"{key[1]} {key[2]}: sum by {a} ({da['rec']['locator']}) against sum by {b}",
                            da["sum"], db["sum"], status, diff, note))
    return out


def audit(frame, *, check: str | None = None, source: str | None = None, only_discrepancies: bool = False):
    """Run every check (or one kind) over the dataset; one row per check.

    >>> import ipr_stats
    >>> a = ipr_stats.audit(ipr_stats.load_dataset(), check="total")
    >>> a.filter(a["locator"] == "Table 6")["status"].to_list()
    ['discrepancy']
    """
    import polars as pl

    rows = _rows(frame)
    index = _index(rows)
    runs = {
        "rate": lambda: check_rates(rows, index),
        "share": lambda: check_shares(rows, index),
        "total": lambda: check_totals(rows, index),
        "claim": lambda: check_claims(frame, rows, index),
        "cross_source": lambda: check_cross_source(rows, index),
        "breakdowns": lambda: check_breakdowns(rows, index),
    }
    found = [row for name, run in runs.items() if check in (None, name) for row in run()]
    schema = {c: pl.String for c in COLUMNS} | {"published": pl.String, "computed": pl.Float64, "difference": pl.Float64}
    result = pl.DataFrame([{**r, "published": None if r["published"] is None else str(r["published"] if isinstance(r["published"], str) else _plain(r["published"]))} for r in found],
                          schema=schema, orient="row") if found else pl.DataFrame(schema=schema)
    if source is not None:
        result = result.filter(pl.col("source") == source)
    if only_discrepancies:
        result = result.filter(pl.col("status") == "discrepancy")
    return result


def _plain(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))
