"""How a yoy table shows the audit's verdict on each printed rate (a word after the rate, 'ruled out' as the
status, the reasons below) and an approximate change ('~'), for people; machine formats carry ``verdict`` and
``verdict_note`` as they are."""

from __future__ import annotations

from ipr_stats.cli.output import PCT
from ipr_stats.cli.phrases import language, phrase, say, term, translated

PRINTED_MARKS = {"discrepancy": phrase("off"), "revision": phrase("restated"), "source_error": phrase("error")}  # after a printed rate

MARK_WORDS = {"contradicted": phrase("'ruled out' (status): published figures rule out the earlier value the rate implies"),
              "discrepancy": phrase("'off': the rate does not fit the figures"),
              "revision": phrase("'restated': a later release restated its base"),
              "source_error": phrase("'error': the figure is its source's likely error")}

DISAGREEING = ("discrepancy", "contradicted")


def checked_cells(table):
    """For people, the audit's verdict where a table has room for it: a rate whose implied earlier value published
    figures rule out reads 'ruled out' as its status; a printed rate the figures do not bear out is followed by a
    word ('+220% off'); the notes' marks follow the status."""
    import polars as pl

    from ipr_stats.cli.names import SHOWN
    from ipr_stats.data.chinese import STATUSES

    verdict = pl.col("verdict")
    words = {key: STATUSES[key] if language() == "zh" else key for key in STATUSES}
    status = pl.when(verdict == "contradicted").then(pl.lit(say("ruled out"))).otherwise(
        pl.col("from_status").replace_strict(words, default=pl.col("from_status")))
    status = pl.when(pl.col("notes").is_not_null()).then(pl.concat_str(status, pl.lit(" "), pl.col("notes"))).otherwise(status)
    marks = {key: say(word) for key, word in PRINTED_MARKS.items()}
    printed = pl.when(verdict.is_in(list(PRINTED_MARKS))).then(
        pl.concat_str(pl.col("published_change"), pl.lit(" "), verdict.replace_strict(marks, default=None)))
    return table.with_columns(status.alias(SHOWN + "from_status"), printed.otherwise(pl.col("published_change")).alias("published_change"))


APPROXIMATE_MARK = "~"  # before a computed change whose qualifier is approximate, in a table


def approximate_marks(table):
    """For people, the qualifier beside the change where a narrow table leaves the qualifier column out: an
    approximate change reads '~492.7'."""
    import polars as pl

    shown = [None if pct is None else f"{APPROXIMATE_MARK * (qualifier == 'approximate')}{pct:.{PCT}f}"
             for pct, qualifier in zip(table["change_pct"].to_list(), table["qualifier"].to_list())]
    return table.with_columns(pl.Series("_shown_change_pct", shown, dtype=pl.String))


def verdict_lines(table) -> list[str]:
    """Footer lines on the printed rates: what the words beside them mean, how many disagree with the published figures
    and the command that lists them (ipr_stats.analysis.rates), why a rate was ruled out or its base restated, and whose
    rate a row carries where the preferred version prints none."""
    from ipr_stats.analysis.changes import IMPLIED, ZERO_BASE

    lines = []
    used = [status for status in MARK_WORDS if status in table["verdict"].to_list()]
    if used:
        off = table.filter(table["verdict"].is_in(DISAGREEING)).height
        counted = ""
        if off:
            counted = (say(" {count} printed rate(s) disagree with the published figures: `ipr-stats audit --check rate` lists them.",
                           count=off) if language() == "zh" else
                       f" {off} printed rate{'s' * (off > 1)} disagree{'s' * (off == 1)} with the published figures: `ipr-stats audit "
                       f"--check rate` lists {'them' if off > 1 else 'it'}.")
        lines.append(say("The audit's verdict on each printed rate ('verdict' in --format csv): {words}.{counted}",
                         words="; ".join(say(MARK_WORDS[s]) for s in used), counted=counted))
    for row in table.filter(table["verdict"].is_in(["contradicted", "revision"])).iter_rows(named=True):
        lines.append(say("{period} ({verdict}): {note}.", period=row["to_period"], verdict=term(row["verdict"]),
                         note=translated(row["verdict_note"])))
    lent = table["note"].is_not_null() & ~table["note"].is_in([IMPLIED, ZERO_BASE])  # the note names another version's rate
    for row in table.filter(lent).iter_rows(named=True):
        lines.append(say("{period}: {note}; the preferred version, {source}'s, prints no rate.", period=row["to_period"],
                         note=translated(row["note"]), source=row["source"]))
    return lines
