"""The command line: `shopcrm [--db PATH] [COMMAND]`; no command starts the window.

Exit codes: 0 ok, 1 the job ran but found problems, 2 usage or unusable input,
3 the shop's database is damaged or was replaced, 4 the disk, the folder or a
second program stopped the job (full, read-only, busy). A user's mistake is
one line on stderr; anything unexpected is logged with its traceback in the
data folder and reported in one line.
"""

from shopcrm.cli.entry import BLOCKED, DAMAGED, OK, PROBLEMS, UNUSABLE, main, parser

__all__ = ["BLOCKED", "DAMAGED", "OK", "PROBLEMS", "UNUSABLE", "main", "parser"]
