"""The packaging files staff install from: menu entry, icon, bundle spec, scripts.

Building the bundle takes minutes, so these checks stay static: they catch the
mistakes that give a broken menu entry, a missing icon, or a bundle without
its resources or migrations (see ``packaging/build.sh`` for the real build).
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "isu-desk.spec"
MIGRATIONS = ROOT / "src" / "isu_desk" / "storage" / "migrations"
ICONS = ROOT / "src" / "isu_desk" / "resources" / "icons"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / "isu-desk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def string_constants(tree: ast.AST) -> set[str]:
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def test_menu_entry_launches_the_bundle_executable_without_a_terminal() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "ISU Desk"
    assert entry["Comment"].strip()
    assert entry["Exec"] == "isu-desk"
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].rstrip(";").split(";")
    # The executable the menu runs is the one the spec builds.
    assert "isu-desk" in string_constants(spec_tree())


def test_menu_icon_exists_as_svg_and_a_square_256_png() -> None:
    icon = desktop_entry()["Icon"]
    svg = ICONS / f"{icon}.svg"
    png = ICONS / f"{icon}.png"
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert root.get("viewBox") == "0 0 256 256"
    header = png.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (256, 256)


def test_spec_bundles_resources_where_the_app_looks_for_them() -> None:
    constants = string_constants(spec_tree())
    # isu_desk.paths.resources_dir() finds isu_desk/resources through importlib.resources.
    assert "isu_desk/resources" in constants
    assert (ROOT / "src" / "isu_desk" / "resources" / "ccm_states.csv").is_file()
    assert "isu_desk/storage/migrations" in constants
    assert {"env.py", "script.py.mako"} <= constants


def test_every_migration_file_is_one_the_spec_collects() -> None:
    """The spec copies env.py, script.py.mako and versions/*.py: nothing else may be needed."""
    collected = {"env.py", "script.py.mako"}
    files = {
        path.relative_to(MIGRATIONS).as_posix()
        for path in MIGRATIONS.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    missed = {
        name
        for name in files - collected
        if not (name.startswith("versions/") and name.count("/") == 1 and name.endswith(".py"))
    }
    assert not missed, f"migration files the bundle would lack: {sorted(missed)}"
    assert any(name.startswith("versions/") for name in files)


def test_launcher_runs_the_command_line_entry_point() -> None:
    tree = ast.parse((PACKAGING / "launcher.py").read_text(encoding="utf-8"))
    imports = {
        (node.module, alias.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert ("isu_desk.start", "main") in imports


@pytest.mark.parametrize("script", ["build.sh", "install-linux.sh", "windows/build_installer.sh"])
def test_scripts_are_executable_bash(script: str) -> None:
    path = PACKAGING / script
    assert os.access(path, os.X_OK)
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    result = subprocess.run([bash, "-n", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def _desktop_exec_argv(value: str) -> list[str]:
    """The argv of an Exec value: string escapes first, then quoted or plain arguments."""
    unescaped = re.sub(r"\\(.)", lambda m: {"s": " ", "\\": "\\"}.get(m[1], "\\" + m[1]), value)
    args = re.findall(r'"((?:[^"\\]|\\.)*)"|(\S+)', unescaped)
    return [
        re.sub(r"\\([\\\"`$])", r"\1", quoted).replace("%%", "%") if quoted else plain
        for quoted, plain in args
    ]


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_menu_entry_starts_the_installed_app_from_a_home_with_spaces_and_quotes(
    tmp_path: Path,
) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "isu_desk" / "resources").mkdir(parents=True)
    shutil.copytree(ICONS, bundle / "_internal" / "isu_desk" / "resources" / "icons")
    (bundle / "isu-desk").write_text("#!/bin/sh\necho 'isu-desk 9.9'\n", encoding="utf-8")
    (bundle / "isu-desk").chmod(0o755)
    home = tmp_path / 'Jo\'s "desk" $HOME 100% `x` \\ here'
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}

    result = subprocess.run(
        ["bash", str(PACKAGING / "install-linux.sh"), str(bundle)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment, method-assign]
    entry.read(home / ".local/share/applications/isu-desk.desktop", encoding="utf-8")
    installed = home / ".local/opt/isu-desk/isu-desk"
    assert _desktop_exec_argv(entry["Desktop Entry"]["Exec"]) == [str(installed)]
    assert entry["Desktop Entry"]["TryExec"].replace("\\\\", "\\") == str(installed)
    assert (home / ".local/share/icons/hicolor/256x256/apps/isu-desk.png").is_file()


def test_spec_builds_a_windowed_exe_and_a_mac_app_with_icons_made_from_the_png(
    tmp_path: Path,
) -> None:
    from PIL import Image

    constants = string_constants(spec_tree())
    assert {"ISU Desk", "ISU Desk.app", "isu-desk"} <= constants
    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "icons/make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    ico, icns = module.make_icons(tmp_path)

    with Image.open(ico) as image:
        assert image.format == "ICO" and {(16, 16), (256, 256)} <= image.info["sizes"]
    with Image.open(icns) as image:
        assert image.format == "ICNS" and image.size[0] >= 256
