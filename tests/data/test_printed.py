"""A number as a page printed it: its value, qualifier and precision, and whether a record agrees."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipr_stats.data.printed import PrintedError, disagreement, parse


class TestParse:
    @pytest.mark.parametrize("text, value, qualifier, precision", [
        ("6,241", "6241", "exact", None),
        ("5501", "5501", "exact", None),
        ("49,224,552.93", "49224552.93", "exact", None),
        ("4.72万", "47200", "rounded", "100"),
        ("2476.5万件", "24765000", "rounded", "1000"),
        ("6.2万批次", "62000", "rounded", "1000"),
        ("2亿元", "200000000", "rounded", "100000000"),
        ("23.81 million", "23810000", "rounded", "10000"),
        ("1.1 billion yuan", "1100000000", "rounded", "100000000"),
        ("334m", "334000000", "rounded", "1000000"),
        ("more than 19,100", "19100", "at_least", None),
        ("over 1.38 million", "1380000", "at_least", None),
        ("逾4000万件", "40000000", "at_least", None),
        ("超过1万批", "10000", "at_least", None),
        ("3.2万余批", "32000", "at_least", None),
        ("1万多", "10000", "at_least", None),
        ("累计逾41万批", "410000", "at_least", None),
        ("近5万次", "50000", "approximate", None),
        ("约2.2万批次", "22000", "approximate", None),
        ("about 1,210", "1210", "approximate", None),
        ("不足1000件", "1000", "at_most", None),
        ("less than 1,000", "1000", "at_most", None),
        ("６，２４１", "6241", "exact", None),
        ("1.69萬餘批", "16900", "at_least", None),          # traditional characters
        ("超過2.25萬次", "22500", "at_least", None),
        ("2.8億件", "280000000", "rounded", "10000000"),
        ("1294餘萬件", "12940000", "at_least", None),       # 余 or 多 between the number and 万
        ("32000多万件", "320000000", "at_least", None),
        ("约为480余万件", "4800000", "at_least", None),
        ("6億多元", "600000000", "at_least", None),
        ("25-thousand times", "25000", "rounded", "1000"),
        ("eight", "8", "exact", None),                       # numbers in words
        ("more than a billion", "1000000000", "at_least", None),
    ])
    def test_forms(self, text, value, qualifier, precision):
        """Digits, separators, 万/亿/million, and qualifying words before or after the number are read."""
        read = parse(text)
        assert (read.value, read.qualifier) == (Decimal(value), qualifier)
        assert read.precision == (None if precision is None else Decimal(precision))

    @pytest.mark.parametrize("text, why", [
        ("1,3140", "thousands separators"),
        ("两万", "no number"),
        ("2018年6.2万批", "2 numbers"),
        ("", "the number as the page prints it"),
    ])
    def test_refused(self, text, why):
        """A misplaced separator, no number or two numbers cannot be read; the message says why."""
        with pytest.raises(PrintedError, match=why):
            parse(text)

    @given(st.integers(0, 10**12))
    def test_grouped_integers_read_back(self, n):
        """Any integer printed with thousands separators reads back exactly as an exact figure."""
        read = parse(f"{n:,}")
        assert (read.value, read.qualifier) == (Decimal(n), "exact")

    @given(st.integers(1, 99999), st.integers(0, 3))
    def test_wan_forms_read_back(self, digits, places):
        """'N万' with k decimals means N x 10^4, rounded to 10^(4-k)."""
        number = Decimal(digits).scaleb(-places)
        read = parse(f"{number:f}万")
        assert read.value == number * 10000
        assert read.precision == Decimal(10000).scaleb(-places)


class TestDisagreement:
    def test_agreeing_records(self):
        """A record that states what its printed form says passes."""
        assert disagreement("4.72万", 47200, "rounded", 100) is None
        assert disagreement("more than 19,100", 19100, "at_least", None) is None
        assert disagreement("6,241", 6241, "exact", None) is None
        assert disagreement("410,000", 410000, "rounded", 10000) is None  # a plain number may be a rounded total
        assert disagreement("43,000 cases", 43000, "at_least", None) is None  # a round one a floor

    @pytest.mark.parametrize("printed, value, qualifier, precision, why", [
        ("6,241", 6242, "exact", None, "a value of 6241"),
        ("4.72万", 4.72, "rounded", 100, "a value of 47200"),
        ("4.72万", 47200, "exact", None, "qualifier rounded with precision 100"),
        ("4.72万", 47200, "rounded", 1000, "qualifier rounded with precision 100"),
        ("more than 19,100", 19100, "exact", None, "qualifier at_least"),
        ("近5万次", 50000, "at_least", None, "qualifier approximate"),
        ("6,241", 6241, "approximate", None, "no qualifying word"),
        ("6,241", 6241, "at_least", None, "at_least for a round floor"),
    ])
    def test_mismatches_are_named(self, printed, value, qualifier, precision, why):
        """A wrong value, a missing or wrong qualifier, or a wrong precision is reported with what the form states."""
        assert why in disagreement(printed, value, qualifier, precision)

    def test_thousands_grouped_as_much_of_europe_groups_them(self):
        """'87 000' and '69, 354' are grouped by spaces; '36.000' by a full stop where the record's value says so."""
        assert parse("Almost 87 000").value == 87000 and parse("Almost 87 000").qualifier == "approximate"
        assert parse("69, 354 cases").value == 69354
        assert disagreement("more than 36.000 seizures", 36000, "at_least", None) is None
        assert disagreement("1.300 million", 1300000, "rounded", 1000) is None  # a decimal point before a multiplier
        assert "a value of 36" in disagreement("more than 36.000", 37000, "at_least", None)
