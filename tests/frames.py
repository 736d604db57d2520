"""Build small frames for the analytics tests through the real record-checking path."""

from __future__ import annotations

from ipr_stats.data.frame import to_frame
from ipr_stats.data.model import check_figure
from ipr_stats.data.vocabulary import Vocabulary

DEFAULTS = {"locator": "T1", "source": "test"}
ORIGIN = {"source_kind": "official", "stage": "final", "source_date": "2010"}  # the source block's fields a row carries
FILE = "test.yaml"


def make_rows(records: list[dict]) -> list[dict]:
    """Check short record dicts as dataset.check_document does and return the canonical rows.

    Each dict may carry ``source`` (default "test") and the source's ``source_kind``,
    ``stage`` and ``source_date`` (defaults in ORIGIN) beside the record fields;
    ``locator`` defaults to "T1". A record that fails checking raises AssertionError
    with the problems, so a typo in a test never builds a silently different frame.
    """
    vocab = Vocabulary()
    rows = []
    for i, short in enumerate(records):
        raw = {**DEFAULTS, **short}
        source = raw.pop("source")
        origin = {k: raw.pop(k, default) for k, default in ORIGIN.items()}
        where = f"records[{i}]"
        rec, problems = check_figure(raw, vocab, where, FILE)
        assert rec is not None, "\n".join(str(p) for p in problems)
        rec.update(source=source, unit=vocab.metrics[rec["metric"]][0], scope_kind=vocab.scopes[rec["scope"]][0],
                   file=FILE, where=where, **origin)
        rows.append(rec)
    return rows


def make_frame(records: list[dict]):
    """A frame with dataset.COLUMNS built from short record dicts, e.g. {"metric": "batches", "period": "2007", "value": 10}."""
    return to_frame(make_rows(records))
