"""The audit command: recompute every published rate, share, total and claim."""

from __future__ import annotations

import sys

import click

from .cli import cli, emit, output_options, pick


@cli.command()
@click.option("--source", "-s", help="Only the checks of this source.")
@click.option("--check", "kind", help="Only this kind of check: rate, share, total, claim, cross_source, breakdowns.")
@click.option("--only-discrepancies", is_flag=True, help="Show only the figures that do not hold together.")
@click.option("--strict", is_flag=True, help="Exit 1 when any discrepancy is found (for data maintainers' CI).")
@output_options
@click.pass_obj
def audit(env, source, kind, only_discrepancies, strict, fmt):
    """Recompute every published rate, share, total and claim, and say which hold.

    One row per check: consistent, discrepancy (with how far off), or
    not_checkable (with the reason). Works on your own files with --data.

    \b
    Examples:
      ipr-stats audit --only-discrepancies
      ipr-stats audit --check total --format csv
      ipr-stats --no-bundled --data my-2009.yaml audit --strict
    """
    from .audit import CHECKS, RULE
    from .audit import audit as run_audit
    from .render import View

    sources, frame, _vocab = env.load()
    source = pick(source, [s["id"] for s in sources], "source", "--source")
    kind = pick(kind, list(CHECKS), "check", "--check")
    result = run_audit(frame, check=kind, source=source, only_discrepancies=only_discrepancies)
    counts = {s: result.filter(result["status"] == s).height for s in ("consistent", "discrepancy", "not_checkable")}
    caption = (f"{result.height} checks: {counts['consistent']} consistent, {counts['discrepancy']} discrepancies, "
               f"{counts['not_checkable']} not checkable.\nRule: {RULE}")
    view = View(result, title="Audit of the published figures", caption=caption, decimals={"computed": 2, "difference": 2},
                human_columns=["check", "source", "locator", "subject", "published", "computed", "status", "note"])
    emit(env, view, fmt)
    if strict and counts["discrepancy"]:
        click.echo(f"audit: {counts['discrepancy']} discrepancies found (--strict).", err=True)
        sys.exit(1)
