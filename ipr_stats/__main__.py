"""python -m ipr_stats"""

from ipr_stats.cli.app import main

if __name__ == "__main__":
    main()
