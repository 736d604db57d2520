"""Names for people: the English or Chinese name of each key a frame holds.

Tables and markdown show names ("United States", or its Chinese name; "rounded to 10,000") where
machine formats keep the keys; a machine format gains one column, ``member_name``,
beside ``member``. The language comes from ``--lang`` or ``IPR_STATS_LANG``.
"""

from __future__ import annotations

from ipr_stats.data.chinese import PERIOD_KINDS, REMAINDER_BEYOND, ROUNDED_TO, ZH_UNITS_OF_TEN
from ipr_stats.data.vocabulary import QUALIFIER_WORDS

SHOWN = "_shown_"  # prefix of a column that tables show in place of another; machine formats leave it out


class Names:
    """The names of one vocabulary in one language."""

    def __init__(self, vocab, lang: str = "en"):
        from ipr_stats.data import chinese

        self.vocab, self.lang, self.zh = vocab, lang, chinese

    def _zh(self, table: dict, key, fallback: str) -> str:
        return table.get(key, fallback) if self.lang == "zh" else fallback

    def metric(self, key: str) -> str:
        from ipr_stats.data.vocabulary import RATIOS

        return self._zh({**self.zh.METRICS, **self.zh.RATIOS}, key, key.replace("_", " ")) if key in {*self.vocab.metrics, *RATIOS} else key

    def scope(self, key: str) -> str:
        found = self.vocab.scopes.get(key)
        return self._zh(self.zh.SCOPES, key, found[1]) if found else key

    def dimension(self, key: str) -> str:
        found = self.vocab.dimensions.get(key)
        return self._zh(self.zh.DIMENSIONS, key, found[0]) if found else key

    def member(self, dimension: str | None, key: str) -> str:
        if dimension not in self.vocab.dimensions:
            return key
        members = self.vocab.member_set(dimension)
        found = members.get(key)
        if not found:
            return key
        return self._zh(self.zh.MEMBERS.get(self.vocab.dimensions[dimension][1], {}), key, found[0])

    def unit(self, text: str) -> str:
        return self._zh(self.zh.UNITS, text, text)

    def qualifier(self, key: str, precision=None) -> str:
        """'rounded to 10,000', 'at least', 'about', 'exact' (in Chinese, data.chinese's words); 'rounded:10000' carries its precision."""
        key, _, carried = key.partition(":")
        precision = carried or precision
        if self.lang == "zh":
            word = self.zh.QUALIFIERS.get(key, key)
            unit = ZH_UNITS_OF_TEN.get(int(float(precision))) if key == "rounded" and precision else None
            return ROUNDED_TO.format(word=word, unit=unit) if unit else word
        word = QUALIFIER_WORDS.get(key, key)
        if key == "rounded" and precision:
            from ipr_stats.data.printed import in_words

            size = float(precision)
            return f"{word} to {in_words(size) if size >= 1e6 else f'{size:,.0f}'}".replace(".0 ", " ")
        return word

    def plain(self, table: dict, key: str) -> str:
        """A source kind, stage or period kind: the key with spaces, or its Chinese name."""
        return self._zh(table, key, key.replace("_", " "))


def add_names(frame, vocab, lang: str = "en", for_people: bool = True):
    """The frame with ``member_name`` beside each ``member`` and, ``for_people`` (tables), the names of the other
    keys in ``_shown_<column>`` columns. A column named after a dimension (a rebuilt table's first column) holds
    its members. Columns the frame already has are kept, so that a second call costs nothing."""
    import polars as pl

    names = Names(vocab, lang)
    columns, added = frame.columns, []

    def mapped(column, name_of):
        values = frame[column].to_list()
        return pl.Series([None if v is None else name_of(v) for v in values], dtype=pl.String)

    if "member" in columns and frame.schema["member"] == pl.String and "member_name" not in columns:
        dims = frame["dimension"].to_list() if "dimension" in columns else [None] * frame.height
        added.append(pl.Series("member_name", [None if m is None else names.member(d, m) for d, m in zip(dims, frame["member"].to_list())],
                               dtype=pl.String))
        added.append(added[-1].alias(SHOWN + "member"))
    if not for_people:
        return frame.with_columns(added) if added else frame
    shown = {"metric": names.metric, "scope": names.scope, "dimension": names.dimension, "unit": names.unit,
             "period_kind": lambda k: names.plain(PERIOD_KINDS, k),
             "source_kind": lambda k: names.plain(names.zh.SOURCE_KINDS, k), "stage": lambda k: names.plain(names.zh.STAGES, k),
             "kind": lambda k: names.plain(names.zh.SOURCE_KINDS, k),
             "verdict": lambda k: names.plain(names.zh.VERDICTS, k), "status": lambda k: names.plain(names.zh.VERDICTS, k),
             "check": lambda k: names.plain(names.zh.CHECKS, k)}
    for column, name_of in shown.items():
        if column in columns and frame.schema[column] == pl.String and SHOWN + column not in columns:
            added.append(mapped(column, name_of).alias(SHOWN + column))
    if "qualifier" in columns and frame.schema["qualifier"] == pl.String and SHOWN + "qualifier" not in columns:
        precisions = frame["precision"].to_list() if "precision" in columns else [None] * frame.height
        added.append(pl.Series(SHOWN + "qualifier", [None if q is None else names.qualifier(q, p)
                                                     for q, p in zip(frame["qualifier"].to_list(), precisions)], dtype=pl.String))
    for column in columns:
        if column in vocab.dimensions and frame.schema[column] == pl.String and SHOWN + column not in columns:
            added.append(mapped(column, lambda k, d=column: names.member(d, k)).alias(SHOWN + column))
    return frame.with_columns(added) if added else frame


def header(text: str, lang: str = "en") -> str:
    """A table's header in the language asked (the English one when no Chinese one is known)."""
    if lang != "zh":
        return text
    from ipr_stats.data.chinese import HEADERS

    return HEADERS.get(text, text)


def member_header(frame, vocab, lang: str = "en") -> str:
    """The header of a member column: its dimension's name when every row has the same one ('Trading partner')."""
    if "dimension" in frame.columns:
        dims = set(frame["dimension"].drop_nulls().to_list())
        if len(dims) == 1:
            return Names(vocab, lang).dimension(dims.pop())
    return header("member", lang)


def remainder_beyond(frame, vocab, lang: str = "en"):
    """Name an "Others" row for what it is when fewer members are shown than the source lists (``top -n``):
    'Others (beyond rank 10)', so that it is not read as the rest after the members shown."""
    import polars as pl

    frame = add_names(frame, vocab, lang)
    label = (pl.format(REMAINDER_BEYOND, pl.col("listed")) if lang == "zh"
             else pl.format("Others (beyond rank {})", pl.col("listed")))
    beyond = (pl.col("member_kind") == "remainder") & (pl.col("listed") > pl.col("rank").max().over("dimension").fill_null(0))
    return frame.with_columns(pl.when(beyond).then(label).otherwise(pl.col(c)).alias(c) for c in ("member_name", SHOWN + "member"))
