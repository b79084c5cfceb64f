"""The bundle's program: the same command line as `python -m shopcrm`.

freeze_support lets the demo's second process (multiprocessing, spawned) start from
the bundle's own executable, which has no Python to hand it to.
"""

import multiprocessing

from shopcrm.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
