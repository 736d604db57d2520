"""The small frames the tests build (tests.helpers.make_frame) through the real record checks."""

from __future__ import annotations

import pytest

from ipr_stats.data.frame import COLUMNS
from tests.helpers import batches, make_frame


class TestHelper:
    def test_make_frame_has_the_dataset_columns(self):
        """make_frame fills defaults through validate_figure and gives dataset.COLUMNS with their types."""
        frame = make_frame([batches("2019-H1", 6241, published_change="+1.5%")])
        assert frame.columns == COLUMNS
        row = frame.row(0, named=True)
        assert (row["source"], row["locator"], row["unit"], row["scope"], row["scope_kind"], row["file"]) == (
            "test", "T1", "batch", "national", "national", "test.yaml")
        assert (row["period_kind"], str(row["period_start"]), str(row["period_end"])) == ("half_year", "2019-01-01", "2019-06-30")
        assert (row["value"], row["qualifier"], row["decimals"]) == (6241.0, "exact", 0)

    def test_make_frame_rejects_a_bad_record(self):
        """A record the checker refuses fails loudly instead of building a different frame."""
        with pytest.raises(AssertionError, match="batchs"):
            make_frame([{"metric": "batchs", "period": "2009", "value": 1}])


def test_period_years_is_year_of_for_every_bundled_label():
    """The column form of periods.year_of gives year_of's answer for each period label the bundled data has."""
    import polars as pl

    from ipr_stats.data.dataset import load
    from ipr_stats.data.frame import period_years
    from ipr_stats.data.periods import year_of

    labels = load(use_env=False)[1]["period"].unique()
    assert period_years(labels).to_list() == [year_of(label) for label in labels.to_list()]
    assert period_years(pl.Series("period", [], dtype=pl.String)).dtype == pl.Int32
