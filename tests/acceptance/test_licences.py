"""Licences: ISU Desk's own, and a notice for every component that ships with it."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

from tests.helpers import packaging_script

from isu_desk.paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]


def _notices_script() -> ModuleType:
    return packaging_script("third_party_notices.py")


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_isu_desk_is_under_the_mit_licence_its_metadata_names() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_every_runtime_dependency_here_has_a_notice_with_licence_text() -> None:
    script = _notices_script()
    notices = (resources_dir() / "licences" / "THIRD-PARTY-NOTICES.txt").read_text("utf-8")
    listed = {
        _key(match.group(1)) for match in re.finditer(r"^- (\S+) [\w.]+: ", notices, re.MULTILINE)
    }
    needed = {_key(dist.metadata["Name"]) for dist in script.runtime_closure([{}], extra=())}

    missing = needed - listed
    assert not missing, f"run packaging/third_party_notices.py; missing: {sorted(missing)}"
    for component in ("Qt 6", "Python", "DejaVu Sans", "WenQuanYi Micro Hei"):
        assert f"\n{component}" in notices
    # The texts themselves, not only the names.
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in notices
