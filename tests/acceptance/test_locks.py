"""The hash-pinned requirement files agree with pyproject and pin every wheel by hash."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
LOCKS = ROOT / "packaging" / "requirements"


def _pins(system: str) -> dict[str, tuple[str, list[str]]]:
    text = (LOCKS / f"{system}.txt").read_text(encoding="utf-8").replace("\\\n", " ")
    pins = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, rest = line.partition("==")
            version, *hashes = rest.split()
            pins[canonicalize_name(name)] = (version, hashes)
    return pins


@pytest.mark.parametrize("system", ["linux", "windows", "macos"])
def test_lock_pins_every_dependency_within_pyprojects_range_with_hashes(system: str) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = _pins(system)
    for line in [*project["dependencies"], *project["optional-dependencies"]["packaging"]]:
        req = Requirement(line)
        version, _hashes = pins[canonicalize_name(req.name)]
        assert req.specifier.contains(version), f"{system}: {req} but the lock has {version}"
    for name, (_version, hashes) in pins.items():
        assert hashes and all(re.fullmatch(r"--hash=sha256:[0-9a-f]{64}", h) for h in hashes), name


def test_each_system_gets_its_own_keyring_backend() -> None:
    assert "pywin32-ctypes" in _pins("windows") and "pywin32-ctypes" not in _pins("linux")
    assert "secretstorage" in _pins("linux") and "secretstorage" not in _pins("macos")
