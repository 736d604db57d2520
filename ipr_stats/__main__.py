"""python -m ipr_stats"""

from .cli import main

if __name__ == "__main__":
    main()
