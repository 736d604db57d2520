"""Names for people in English and Chinese: every key has both, tables show them, input accepts them."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

import ipr_stats
from ipr_stats.cli.layout import Plan
from ipr_stats.data import chinese, vocabulary
from ipr_stats.data.periods import KINDS
from ipr_stats.data.vocabulary import RATIOS

PACKAGE = Path(ipr_stats.__file__).parent

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")  # Chinese characters and full-width punctuation


class TestVocabulary:
    @pytest.mark.parametrize("name, english, zh", [("metrics", vocabulary.METRICS, chinese.METRICS),
                                                   ("scopes", vocabulary.SCOPES, chinese.SCOPES),
                                                   ("dimensions", vocabulary.DIMENSIONS, chinese.DIMENSIONS),
                                                   ("qualifiers", vocabulary.QUALIFIERS, chinese.QUALIFIERS)])
    def test_every_key_has_a_chinese_name(self, name, english, zh):
        """Metrics, scopes, dimensions and qualifiers: each key has a Chinese name, and no other."""
        assert set(zh) == set(english) and all(zh.values())

    def test_every_member_has_a_distinct_chinese_name(self):
        """Each member of each member set has a Chinese name, unique within its set, so that a name finds one key."""
        for member_set, members in vocabulary.MEMBERS.items():
            names = chinese.MEMBERS[member_set]
            assert set(names) == set(members), member_set
            assert len(set(names.values())) == len(names), member_set
        assert set(chinese.RATIOS) == set(RATIOS)

    def test_every_period_kind_has_a_chinese_name(self):
        """Each period kind, the fiscal year included, has a Chinese name, and no other."""
        assert set(chinese.PERIOD_KINDS) == set(KINDS) and all(chinese.PERIOD_KINDS.values())

    def test_the_chinese_words_have_one_home(self):
        """No module of the CLI, the analysis, the records or the errors holds a Chinese word: every one it shows
        comes from ipr_stats/data (chinese.py, chinese_phrases.py, chinese_read.py)."""
        modules = [*(PACKAGE / "cli").glob("*.py"), *(PACKAGE / "analysis").glob("*.py"), *(PACKAGE / "records").glob("*.py"),
                   PACKAGE / "errors.py"]
        assert [m.relative_to(PACKAGE).as_posix() for m in modules if CJK.search(m.read_text(encoding="utf-8"))] == []


class TestTables:
    def test_top_speaks_in_names(self, run):
        """top by trading partner shows United States and United Kingdom; in Chinese 美国; CSV keeps keys and adds the name."""
        _, out, _ = run("top", "--by", "batches", "--year", "2008", "--dim", "origin", tty=True, width=80)
        assert "United States" in out and "United Kingdom" in out and " us " not in out
        _, out, _ = run("--lang", "zh", "top", "--by", "batches", "--year", "2008", "--dim", "origin", tty=True, width=80)
        assert "美国" in out and "排名" in out
        _, out, _ = run("top", "--by", "batches", "--year", "2008", "--dim", "origin", "--format", "csv")
        first = next(csv.DictReader(io.StringIO(out)))
        assert (first["member"], first["member_name"]) == ("us", "United States")

    def test_language_from_the_environment(self, run):
        """IPR_STATS_LANG=zh gives Chinese names: 深圳 for Shenzhen's customs."""
        _, out, _ = run("top", "--by", "value", "--year", "2008", tty=True, width=80, env={"IPR_STATS_LANG": "zh"})
        assert "深圳" in out and "Shenzhen" not in out

    def test_qualifiers_read_as_words(self, run):
        """A rounded figure says what it is rounded to."""
        _, out, _ = run("series", "--metric", "batches", "--scope", "national", "--period-kind", "year", tty=True, width=120)
        assert "rounded to 1,000" in out and "at least" in out and "rounded:1000" not in out

    def test_fiscal_years_in_chinese(self, run):
        """A US series in Chinese names its fiscal years 财年; no English period kind is left."""
        _, out, _ = run("--lang", "zh", "series", "--metric", "seizures", "--scope", "us", tty=True, width=120)
        assert "FY2019" in out and chinese.PERIOD_KINDS["fiscal_year"] in out and "fiscal year" not in out

    def test_notes_in_chinese(self, run):
        """The lines a narrow table adds below itself, and an Others row beyond the ranks shown, are in Chinese, in
        the words of data/chinese.py."""
        _, out, _ = run("--lang", "zh", "top", "--by", "value", "--year", "2008", "-n", "5", "--cite", tty=True, width=60)
        assert chinese.REMAINDER_BEYOND.format(10) == "其他（第10名之后）" and "其他（第10名之后）" in out
        assert chinese.SAME_ON_EVERY_ROW.format(same="单位: 元") in out and "On every row" not in out
        plan = Plan([], constant=[("单位", "元")], left_out=["来源", "位置"])
        assert plan.notes("zh") == ["每行相同：单位: 元", chinese.LEFT_OUT.format(count=2, names="来源, 位置")]
        assert chinese.LEFT_OUT.format(count=2, names="来源, 位置") == "未显示 2 列（来源, 位置）；--format csv 显示全部。"

    def test_remainder_beyond_the_rows_shown_is_labelled(self, run):
        """With -n 5, the source's Others row (beyond its rank 10) says so, and is not read as the rest after rank 5."""
        _, out, _ = run("top", "--by", "value", "--year", "2008", "-n", "5", tty=True, width=80)
        assert "Others (beyond rank 10)" in out
        _, out, _ = run("top", "--by", "value", "--year", "2008", tty=True, width=80)
        assert "beyond rank" not in out


class TestInput:
    @pytest.mark.parametrize("member", ["shenzhen", "Shenzhen", "SHENZHEN", "深圳", "深圳海关"])
    def test_a_member_by_key_english_or_chinese_name(self, run, member):
        """--member takes a key, an English or a Chinese name, in any case: the same rows each time."""
        _, expected, _ = run("series", "--metric", "value", "--dim", "customs", "--member", "shenzhen", "--format", "csv")
        code, out, _ = run("series", "--metric", "value", "--dim", "customs", "--member", member, "--format", "csv")
        assert code == 0 and out == expected and out.count("\n") > 1

    def test_metric_and_dimension_by_chinese_name(self, run):
        """批次 is batches; 运输方式 is the transport dimension."""
        _, expected, _ = run("top", "--by", "batches", "--year", "2008", "--dim", "transport", "--format", "csv")
        _, out, _ = run("top", "--by", "批次", "--year", "2008", "--dim", "运输方式", "--format", "csv")
        assert out == expected

    def test_did_you_mean_draws_on_names(self, run):
        """A misspelt English name suggests the name."""
        code, _, err = run("series", "--metric", "value", "--dim", "customs", "--member", "Shenzen")
        assert code == 2 and "Did you mean 'Shenzhen'?" in err
