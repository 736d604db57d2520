"""The audit command as a user runs it: what a person reads, what a pipe gets, and --strict."""

from __future__ import annotations

import csv
import io

SOURCE = 'source: {id: synth, title: Synthetic, publisher: Test, published: "2010", language: en, kind: official}\n'

RECORDS = ('records:\n'
           '  - {locator: T1, metric: batches, period: "2008", value: 100}\n'
           '  - {locator: T1, metric: batches, period: "2009", value: 150, published_change: "+40%"}\n'
           '  - {locator: T2, metric: batches, period: "2009", dimension: transport, member: sea, value: 100, breakdown: complete}\n'
           '  - {locator: T2, metric: batches, period: "2009", dimension: transport, member: air, value: 51, breakdown: complete}\n')


def test_a_person_reads_a_computed_rate_as_a_percentage_and_a_sum_as_a_number(run, write_yaml):
    """The rate's computed 50 reads '50.00%', the parts' sum '151' (no decimals it does not have); a pipe gets the
    numbers alone."""
    path = write_yaml(SOURCE + RECORDS)
    _, out, _ = run("--no-bundled", "--data", str(path), "audit", "--format", "markdown")
    assert "| 50.00% |" in out and "| 151 |" in out and "151.00" not in out
    _, out, _ = run("--no-bundled", "--data", str(path), "audit", "--format", "csv")
    computed = {r["check"]: r["computed"] for r in csv.DictReader(io.StringIO(out))}
    assert computed == {"rate": "50", "total": "151"}


def test_strict_fails_on_a_contradicted_rate(run, write_yaml):
    """A rate whose implied earlier figure another release's bound rules out fails --strict, and the footer counts it."""
    rate = write_yaml(SOURCE + 'records:\n  - {locator: T1, metric: batches, period: 2019-H1, value: 6241, published_change: "+1.5%"}\n')
    bound = write_yaml(SOURCE.replace("synth", "daily") + 'records:\n'
                       '  - {locator: p1, metric: batches, period: 2018-H1, value: 32000, qualifier: at_least}\n', "bound.yaml")
    code, out, err = run("--no-bundled", "--data", str(rate), "--data", str(bound), "audit", "--strict", "--format", "table", tty=True)
    assert code == 1 and "1 contradicted rates" in " ".join(out.split()) and "1 contradicted rates" in err
