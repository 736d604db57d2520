"""python -m ipr_stats"""

from .cli import main

main()
