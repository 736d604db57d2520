"""What a printed figure or percentage allows when its administration prints by truncation (ipr_stats.data.intervals)."""

from __future__ import annotations

import pytest

from ipr_stats.data.intervals import bounds, percent_bounds, truncates


class TestTruncation:
    def test_china_customs_figures_allow_the_range_they_truncate(self):
        """6.21万 batches, national: 62,050 (rounded) to 62,200 (truncated), so 62,154 fits; an EU figure printed
        to the hundred stays within half a unit."""
        national = {"value": 62100, "qualifier": "rounded", "precision": 100, "scope": "national"}
        assert bounds(national) == (62050, 62200)
        assert bounds({**national, "scope": "eu"}) == (62050, 62150)

    def test_a_campaign_of_china_customs_truncates_too(self):
        """The rule follows the administration of the scope, not the word national."""
        assert truncates({"scope": "longteng"}) and not truncates({"scope": "japan"}) and not truncates({})

    @pytest.mark.parametrize("printed, interval", [
        ("99.12%", (99.115, 99.13)), ("+1.5%", (1.45, 1.6)), ("-5.6%", (-5.7, -5.55)), ("82%", (81.5, 83.0)),
    ])
    def test_a_truncated_percentage_may_have_lost_a_whole_unit_of_its_magnitude(self, printed, interval):
        """Half a unit towards zero (a relay may have rounded), a whole unit away from it (truncation)."""
        got = percent_bounds(printed, truncated=True)
        assert (got.low, got.high) == pytest.approx(interval)

    def test_an_exact_figure_is_itself_whatever_its_administration(self):
        """Truncation concerns the digits not printed: 62,154 printed in full allows only itself."""
        assert bounds({"value": 62154, "qualifier": "exact", "scope": "national"}) == (62154, 62154)
