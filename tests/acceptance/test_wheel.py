"""The built wheel works on its own, outside the checkout, the way pip and pipx install it.

The wheel is built from a copy of the sources and installed with ``--no-deps``
into a fresh virtual environment in a temporary folder; the dependencies come
from the test environment's site-packages through a ``.pth`` line (fast and
offline; a ``.pth`` path does not run the editable install's own hooks, so the
only ``isu_desk`` importable there is the wheel's). The commands run from that
folder as a user would, by the installed ``isu-desk`` script.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
from tests.reports.pdf_helpers import pdf_pages

ROOT = Path(__file__).resolve().parents[2]
PIP = (sys.executable, "-m", "pip")
pytestmark = pytest.mark.slow


def _build_wheel(tmp_path: Path) -> Path:
    source = tmp_path / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc")
    shutil.copytree(ROOT / "src", source / "src", ignore=ignore)
    for name in ("pyproject.toml", "README.md", "LICENSE", "THIRD-PARTY-NOTICES.md"):
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    subprocess.run(
        [*PIP, "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(source)],
        check=True,
        cwd=tmp_path,
    )
    (wheel,) = wheels.glob("isu_desk-*.whl")
    return wheel


def _install(wheel: Path, env_dir: Path) -> Path:
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run(
        [*PIP, "--python", str(python), "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
    )
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(purelib, "test-dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    return env_dir / ("Scripts" if os.name == "nt" else "bin")


def test_the_wheel_carries_its_resources_licences_translations_and_migrations(
    tmp_path: Path,
) -> None:
    names = set(zipfile.ZipFile(_build_wheel(tmp_path)).namelist())

    for needed in (
        "isu_desk/resources/ccm_states.csv",
        "isu_desk/resources/fonts/DejaVuSans.ttf",
        "isu_desk/resources/templates/en/acknowledgement.txt",
        "isu_desk/resources/templates/fr/acknowledgement.txt",
        "isu_desk/resources/templates/es/pledge_reminder.txt",
        "isu_desk/resources/i18n/core_fr.qm",
        "isu_desk/storage/migrations/env.py",
        "isu_desk/storage/migrations/script.py.mako",
    ):
        assert needed in names
    assert any(name.endswith("/licenses/LICENSE") or name.endswith("/LICENSE") for name in names)


def test_installed_wheel_runs_init_demo_report_and_check(tmp_path: Path) -> None:
    scripts = _install(_build_wheel(tmp_path), tmp_path / "env")
    elsewhere = tmp_path / "somewhere else"
    elsewhere.mkdir()
    env = {**os.environ, "ISU_DESK_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": ""}
    env["ISU_DESK_DB_PASSPHRASE"] = "wheel passphrase"  # no keyring on a test machine

    def isu_desk(*args: str) -> str:
        result = subprocess.run(
            [str(scripts / "isu-desk"), *args],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        return result.stdout

    where = subprocess.run(
        [str(scripts / "python"), "-c", "import isu_desk; print(isu_desk.__file__)"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert Path(where.strip()).is_relative_to(tmp_path / "env")

    assert "Wheel desk" in isu_desk("init", "--workstation-name", "Wheel desk")
    isu_desk("demo")
    isu_desk("report", "states", "-o", str(elsewhere / "states.pdf"))
    isu_desk("check")

    text = "\n".join(pdf_pages((elsewhere / "states.pdf").read_bytes()))
    assert "Lao People's Democratic Republic" in text
