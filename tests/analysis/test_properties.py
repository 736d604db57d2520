"""Hypothesis properties of the analytics: shares of a whole sum to 100, a ranking is a permutation, yoy of a constant is 0."""

from __future__ import annotations

import math
import re

import polars as pl
from hypothesis import given
from hypothesis import strategies as st

from ipr_stats.analysis import breakdowns, changes
from ipr_stats.data.members import GROUP_PARTS
from tests.helpers import CATEGORY_ENTITIES, CUSTOMS, CUSTOMS_ENTITIES, PROPERTY, batches, make_frame


class TestProperties:
    @PROPERTY
    @given(st.dictionaries(st.sampled_from(CATEGORY_ENTITIES),
                           st.one_of(st.integers(1, 10 ** 12), st.floats(0.01, 1e12, allow_nan=False, allow_infinity=False)),
                           min_size=1))
    def test_shares_of_a_complete_breakdown_sum_to_100(self, values):
        """With no published total, the shares of a complete breakdown add up to 100."""
        frame = make_frame([{"metric": "value", "period": "2008", "dimension": "category", "member": m, "value": v,
                             "breakdown": "complete"} for m, v in values.items()])
        out = breakdowns.share(frame, "category", "value", 2008)
        assert out.height == len(values)
        assert math.isclose(out["share_pct"].sum(), 100.0, rel_tol=1e-9)

    @PROPERTY
    @given(st.dictionaries(st.sampled_from(CUSTOMS_ENTITIES), st.integers(0, 20), min_size=1),
           st.one_of(st.none(), st.integers(0, 100)), st.one_of(st.none(), st.integers(0, 500)))
    def test_ranking_is_a_sorted_permutation_of_the_entities(self, values, others, group):
        """top ranks every entity once by value descending (min ranks); remainder last and unranked; a group
        out where any of its parts is listed, and ranked like an entity where it stands alone."""
        records = [{**CUSTOMS, "member": m, "value": v} for m, v in values.items()]
        if others is not None:
            records.append({**CUSTOMS, "member": "others", "value": others})
        if group is not None:
            records.append({**CUSTOMS, "member": "top10_batches_2008", "value": group})
        out = breakdowns.top(make_frame(records), "batches", 2008)
        alone = group is not None and not set(values) & set(GROUP_PARTS[("customs", "top10_batches_2008")])
        ranked_values = {**values, **({"top10_batches_2008": group} if alone else {})}
        ranked = out.filter(pl.col("rank").is_not_null())
        assert sorted(ranked["member"].to_list()) == sorted(ranked_values)
        assert ranked["value"].to_list() == sorted(ranked_values.values(), reverse=True)
        ranks = ranked["rank"].to_list()
        assert ranks == sorted(ranks)
        assert ranks == [1 + sum(1 for x in ranked_values.values() if x > v) for v in ranked["value"].to_list()]
        assert set(ranked["member_kind"].to_list()) <= ({"entity", "group"} if alone else {"entity"})
        tail = out.slice(ranked.height)
        assert tail["member"].to_list() == ([] if others is None else ["others"])
        assert tail["rank"].null_count() == tail.height
        assert ("top10_batches_2008" in out["member"].to_list()) == alone

    @PROPERTY
    @given(st.integers(1990, 2020), st.integers(2, 12), st.one_of(st.integers(1, 10 ** 9), st.floats(0.001, 1e12)))
    def test_constant_series_has_zero_change(self, first, length, value):
        """Consecutive years with one value give length - 1 pairs, each with change 0 and change_pct 0."""
        frame = make_frame([batches(str(y), value) for y in range(first, first + length)])
        out = changes.yoy(frame, "batches")
        assert out.height == length - 1
        assert out["change"].to_list() == [0.0] * (length - 1)
        assert out["change_pct"].to_list() == [0.0] * (length - 1)
        assert out["from_period"].to_list() == [str(y) for y in range(first, first + length - 1)]

    @PROPERTY
    @given(st.dictionaries(st.tuples(st.integers(2000, 2006), st.sampled_from(["", "-H1", "-H2"])),
                           st.tuples(st.integers(0, 1000), st.sampled_from([None, None, "+10%", "-5%", "+0%"])),
                           min_size=1))
    def test_yoy_never_pairs_unlike_periods(self, figures):
        """Every pair joins two years, or two half-years of the same half, one year apart."""
        records = [batches(f"{year}{half}", value, **({"published_change": rate} if rate else {}))
                   for (year, half), (value, rate) in figures.items()]
        out = changes.yoy(make_frame(records), "batches")
        shape = re.compile(r"^(\d{4})(-H[12])?$")
        for from_period, to_period in out.select("from_period", "to_period").rows():
            a, b = shape.match(from_period), shape.match(to_period)
            assert a and b, (from_period, to_period)
            assert a.group(2) == b.group(2), (from_period, to_period)
            assert int(b.group(1)) - int(a.group(1)) == 1, (from_period, to_period)
        labels = {f"{y}{h}" for y, h in figures}
        assert set(out["to_period"].to_list()) <= labels
