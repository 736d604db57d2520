"""The audit finds planted discrepancies of every kind, and leaves consistent figures alone."""

from __future__ import annotations

import csv
import io

import pytest

SOURCE = 'source: {id: synth, title: Synthetic report, publisher: Test, published: "2010"}\n'

CLEAN = SOURCE + """records:
  - {locator: T1, metric: batches, period: "2008", value: 100}
  - {locator: T1, metric: batches, period: "2009", value: 150, published_change: "+50.0%"}
  - locator: T2
    period: "2009"
    metric: batches
    dimension: transport
    breakdown: complete
    figures:
      - {member: post, value: 90, published_share: "60%"}
      - {member: sea, value: 55, published_share: "36.7%"}
      - {member: air, value: 5, published_share: "Less than 4%"}
  - locator: T3
    period: "2009"
    metric: batches
    dimension: origin
    breakdown: top_n_plus_remainder
    figures:
      - {member: us, value: 60}
      - {member: gb, value: 40}
      - {member: others, value: 50}
  - {locator: T4, period: "2009", metric: batches, dimension: origin, member: us_gb, claim: share, published_share: "about 67%"}
  - {locator: T5, period: "2001", metric: cases, value: 100}
  - {locator: T5, period: "2003", metric: cases, value: 400}
  - {locator: T5, period: 2001..2003, metric: cases, claim: average_growth, published_change: "about 100%"}
"""

# kind -> (a one-line change to CLEAN that plants it, the locator that must be flagged)
PLANTED = {
    "rate": (("+50.0%", "+55.0%"), "T1"),
    "share": (('"36.7%"', '"38%"'), "T2"),
    "share bound": (('"Less than 4%"', '"Less than 3%"'), "T2"),
    "total": (("{member: sea, value: 55,", "{member: sea, value: 57,"), "T2"),
    "breakdowns": (("{member: others, value: 50}", "{member: others, value: 49}"), "T3"),
    "claim share": (('"about 67%"', '"about 80%"'), "T4"),
    "claim growth": (('"about 100%"', '"about 50%"'), "T5"),
}


def audit_rows(run, write_yaml, text, *args):
    path = write_yaml(text, "synth.yaml")
    code, out, err = run("--no-bundled", "--data", str(path), "audit", "--format", "csv", *args)
    return code, list(csv.DictReader(io.StringIO(out))), err


def test_clean_dataset_is_consistent(run, write_yaml):
    """Every check of a consistent synthetic dataset is consistent, and --strict exits 0."""
    code, rows, err = audit_rows(run, write_yaml, CLEAN, "--strict")
    assert (code, err) == (0, "")
    assert {r["status"] for r in rows} == {"consistent"}
    assert {r["check"] for r in rows} == {"rate", "share", "total", "claim", "breakdowns"}


@pytest.mark.parametrize("kind", list(PLANTED))
def test_planted_discrepancy_is_found(run, write_yaml, kind):
    """A planted discrepancy is reported at its locator, and --strict exits 1."""
    (old, new), locator = PLANTED[kind]
    assert old in CLEAN
    code, rows, err = audit_rows(run, write_yaml, CLEAN.replace(old, new, 1), "--strict")
    assert code == 1 and "discrepancies found" in err
    flagged = [r for r in rows if r["status"] == "discrepancy"]
    assert flagged and all(r["locator"] == locator or r["check"] in ("total", "breakdowns", "share") for r in flagged)
    assert any(r["locator"] == locator for r in flagged)


def test_rounding_rule_edges(run, write_yaml):
    """Half a unit of the last printed digit is the limit: 33.3% holds for 1/3, 33.2% does not."""
    text = SOURCE + """records:
  - {locator: T1, metric: batches, period: "2009", value: 3}
  - {locator: T2, metric: batches, period: "2009", dimension: direction, member: import, value: 1, published_share: "33.3%"}
  - {locator: T3, metric: batches, period: "2009", dimension: direction, member: export, value: 1, published_share: "33.2%"}
"""
    _, rows, _ = audit_rows(run, write_yaml, text, "--check", "share")
    assert [(r["locator"], r["status"]) for r in rows] == [("T2", "consistent"), ("T3", "discrepancy")]


def test_not_checkable_says_why(run, write_yaml):
    """A rate with no earlier figure is not checkable, with the reason."""
    text = SOURCE + 'records:\n  - {locator: T1, metric: batches, period: "2009", value: 3, published_change: "+5%"}\n'
    _, rows, _ = audit_rows(run, write_yaml, text)
    assert [(r["status"], r["note"]) for r in rows] == [("not_checkable", "the earlier figure is not published")]


def test_cross_source(run, write_yaml, tmp_path):
    """The same figure from two sources is compared; a regional share implies a national total."""
    other = ('source: {id: synth-b, title: B, publisher: Test, published: "2011"}\nrecords:\n'
             '  - {locator: p1, metric: batches, period: "2009", value: 160}\n'
             '  - {locator: p2, metric: batches, period: "2009", scope: guangdong, value: 40, published_share: "25%"}\n')
    write_yaml(other, "b.yaml")
    path = write_yaml(SOURCE + 'records:\n  - {locator: T1, metric: batches, period: "2009", value: 150}\n', "a.yaml")
    code, out, _ = run("--no-bundled", "--data", str(path), "--data", str(tmp_path / "b.yaml"), "audit", "--check", "cross_source", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["status"] for r in rows] == ["discrepancy", "discrepancy", "consistent"]  # 150 is outside what 40 at "25%" allows


class TestBundled:
    def test_known_problems_found(self, run):
        """On the bundled data the audit finds the misprints a careful reader finds, by the general rules."""
        _, out, _ = run("audit", "--only-discrepancies", "--format", "csv")
        found = {(r["check"], r["locator"]) for r in csv.DictReader(io.StringIO(out))}
        assert {("total", "Table 6"), ("total", "Table 10"), ("share", "Table 9"), ("share", "Table 5"),
                ("claim", "II(III)"), ("claim", "para 27")} <= found

    def test_strict_exit_code(self, run):
        """--strict exits 1 on the bundled data, which has discrepancies; without it, 0."""
        assert run("audit")[0] == 0
        assert run("audit", "--strict")[0] == 1

    def test_footer_states_the_rule(self, run):
        """The table's footer states the rounding rule and the counts."""
        _, out, _ = run("audit", "--check", "rate", tty=True, width=120)
        assert "half a unit of its last digit" in out and "consistent" in out
