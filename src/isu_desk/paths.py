"""Where things live: the user's data folder and the application's resources.

The data folder is the platform's user data folder (platformdirs), overridden
by ``--data-dir`` or ``ISU_DESK_DATA_DIR`` for tests and for a portable copy on
a USB stick. Resources (seed data, fonts, letter templates) are found in a
source checkout, an installed copy or a PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "ISU Desk"
ENV_DATA_DIR = "ISU_DESK_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding the database, backups and letter templates."""
    chosen = override or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Path(chosen).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """The ``resources/`` folder shipped with the application."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    candidates.append(Path(sys.prefix) / "share" / "isu-desk" / "resources")
    for candidate in candidates:
        if (candidate / "ccm_states.csv").exists():
            return candidate
    raise FileNotFoundError("the resources folder of ISU Desk is missing; reinstall the app")
