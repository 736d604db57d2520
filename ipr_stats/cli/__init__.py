"""The ``ipr-stats`` command line: click commands and everything that prints.

The entry point is :func:`main`; only click and the standard library load here, and each
command's module loads when that command runs (:mod:`ipr_stats.cli.app`).
"""

from ipr_stats.cli.app import Env, cli, main

__all__ = ["Env", "cli", "main"]
