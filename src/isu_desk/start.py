"""The ``isu-desk`` executable's entry point: a fast path for the window and ``--version``.

``isu-desk --version`` needs only the version string, and ``isu-desk`` alone
(a double-click, or ``isu-desk [--data-dir DIR] [gui]``) needs only the window:
both are answered here without importing the command modules (and, for
``--version``, without Qt or SQLAlchemy). Anything else goes to
:func:`isu_desk.cli.main`, imported only then, which also parses the window's
arguments when they are spelt in another way (abbreviated options, say).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from isu_desk import __version__


def window_arguments(args: Sequence[str]) -> tuple[bool, str | None]:
    """(whether ``args`` only start the window, the ``--data-dir`` they give)."""
    rest = list(args)
    data_dir = None
    if rest[:1] == ["--data-dir"] and len(rest) >= 2:
        data_dir, rest = rest[1], rest[2:]
    elif rest[:1] and rest[0].startswith("--data-dir="):
        data_dir, rest = rest[0].partition("=")[2], rest[1:]
    return rest in ([], ["gui"]), data_dir


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:
        print(f"isu-desk {__version__}")
        return 0
    window_only, data_dir = window_arguments(args)
    if window_only:
        from isu_desk.ui.app import run_app

        try:
            return run_app(data_dir)
        except KeyboardInterrupt:
            print("Interrupted; nothing more was changed.", file=sys.stderr)
            return 1
    from isu_desk.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
