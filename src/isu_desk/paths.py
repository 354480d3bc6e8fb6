"""Where things live: the user's data folder and the application's resources.

The data folder is the platform's user data folder (platformdirs), overridden
by ``--data-dir`` or ``ISU_DESK_DATA_DIR`` for tests and for a portable copy on
a USB stick. Resources (seed data, fonts, letter templates) live inside the package,
``isu_desk/resources``, and are found with :mod:`importlib.resources`, the same
way in a checkout, an installed wheel and a PyInstaller bundle.
"""

from __future__ import annotations

import os
from importlib.resources import files
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
    """The ``resources/`` folder shipped inside the package (seed data, fonts, templates).

    Raises:
        FileNotFoundError: the package was installed without its data files
            (or zipped, which ISU Desk does not support): said plainly.
    """
    folder = files("isu_desk").joinpath("resources")
    if isinstance(folder, Path) and (folder / "ccm_states.csv").is_file():
        return folder
    raise FileNotFoundError("the resources folder of ISU Desk is missing; reinstall the app")
