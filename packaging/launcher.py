"""Entry point of the PyInstaller bundle: runs the ISU Desk command line.

``isu-desk`` alone starts the desktop app; ``isu-desk COMMAND`` runs a
sub-command (see ``isu-desk --help``). Kept tiny on purpose: everything lives in
:mod:`isu_desk.start` (and the command line it hands over to), so the bundle,
the installed ``isu-desk`` script and ``python -m isu_desk`` behave alike.
"""

from __future__ import annotations

import multiprocessing
import sys

from isu_desk.start import main

if __name__ == "__main__":
    # A frozen Windows build would otherwise re-run main() in any child process.
    multiprocessing.freeze_support()
    sys.exit(main())
