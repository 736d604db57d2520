"""The small frames the tests build (tests.helpers.make_frame) through the real record checks."""

from __future__ import annotations

import pytest

from ipr_stats.data.frame import COLUMNS
from tests.helpers import batches, make_frame


class TestHelper:
    def test_make_frame_has_the_dataset_columns(self):
        """make_frame fills defaults through check_figure and gives dataset.COLUMNS with their types."""
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
