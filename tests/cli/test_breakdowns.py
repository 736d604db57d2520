"""The breakdown commands (top, share) as a user runs them: what the title and footer say, and what a pipe gets."""

from __future__ import annotations

import csv
import io

SOURCE = 'source: {id: local-news, title: Local news, publisher: Test, published: "2019", language: en, kind: news}\n'

MENTIONED = ('records:\n'
             '  - {locator: para 1, metric: value, period: "2018", dimension: customs, member: tianjin, value: 9930000}\n')

RANKED = ('records:\n'
          '  - {locator: T1, metric: value, period: "2018", dimension: customs, member: tianjin, value: 30, breakdown: top_n}\n'
          '  - {locator: T1, metric: value, period: "2018", dimension: customs, member: xiamen, value: 50, breakdown: top_n}\n')


class TestTopOfMembersMentioned:
    def test_the_title_says_it_is_not_a_ranking(self, run, write_yaml):
        """A lone district with no total and no breakdown mark is shown as reported, under a title naming the count
        and the source, with no rank column and a grammatical footer."""
        path = write_yaml(SOURCE + MENTIONED)
        code, out, _ = run("--no-bundled", "--data", str(path), "top", "--by", "value", "--year", "2018", tty=True, width=80)
        text = " ".join(out.split())
        assert code == 0
        assert text.startswith("Value by customs district, 2018, as reported (1, from local-news): not a ranking")
        assert "rank" not in out.split("\n\n")[1].split("\n")[0]  # the header line of the table
        assert "of the none" not in text and "share %: not computed, as there is no published total" in text
        assert "Not a ranking: local-news reports this member without saying whether the members left out are larger" in text
        assert "Others" not in text

    def test_machine_formats_keep_a_ranking_column(self, run, write_yaml):
        """CSV leaves the rank empty and says ranking false."""
        path = write_yaml(SOURCE + MENTIONED)
        _, out, _ = run("--no-bundled", "--data", str(path), "top", "--by", "value", "--year", "2018", "--format", "csv")
        [row] = list(csv.DictReader(io.StringIO(out)))
        assert (row["member"], row["rank"], row["ranking"]) == ("tianjin", "", "false")


class TestTopOfARanking:
    def test_a_marked_breakdown_is_ranked(self, run, write_yaml):
        """Members marked top_n are ranked, under a 'Top' title, with ranking true in CSV."""
        path = write_yaml(SOURCE + RANKED)
        _, out, _ = run("--no-bundled", "--data", str(path), "top", "--by", "value", "--year", "2018", tty=True, width=80)
        assert out.startswith("Top customs by value, 2018") and "not a ranking" not in out
        _, out, _ = run("--no-bundled", "--data", str(path), "top", "--by", "value", "--year", "2018", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert [(r["rank"], r["member"], r["ranking"]) for r in rows] == [("1", "xiamen", "true"), ("2", "tianjin", "true")]

    def test_the_footer_says_what_the_shares_are_of(self, run):
        """The 2008 customs ranking's footer says what its shares are of, and explains the Others row it has."""
        _, out, _ = run("top", "--by", "value", "--year", "2008", tty=True, width=80)
        text = " ".join(out.split())
        assert "of the published total (Table 2); published: the share as printed. Others: the source's remainder row" in text


def test_top_chart_marks_a_bound_and_names_the_unit(run):
    """A district's 'at least 12,000,000' is drawn with its '>', explained below; the title gives the unit (D15)."""
    _, out, _ = run("top", "--by", "value", "--year", "2009", "--chart", tty=True)
    chart = out[out.index("value (RMB) by customs, 2009"):]
    assert ">12,000,000" in chart and "> more than (a bound), as printed." in chart
