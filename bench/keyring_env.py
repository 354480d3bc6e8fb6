"""Environment for child processes that should find the bench's file keyring.

Kept apart from ``file_keyring.py`` on purpose: importing a ``KeyringBackend``
subclass registers it with ``keyring`` in that process, so the parent (the
bench, the test suite) must never import the backend itself, only copy it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

ENV_FILE = "ISU_BENCH_KEYRING_FILE"  # the same name in file_keyring.py
DIST_INFO = "isu_bench_keyring-0.dist-info"


def keyring_env(folder: Path, secrets: Mapping[str, str] | None = None) -> dict[str, str]:
    """Environment variables giving child processes the file keyring, its file in ``folder``.

    ``secrets``: ISU Desk's secrets (by name) the keyring starts with.
    """
    from isu_desk.secrets.store import SERVICE

    dist = folder / DIST_INFO
    dist.mkdir(parents=True, exist_ok=True)
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: isu-bench-keyring\nVersion: 0\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text(
        "[keyring.backends]\nbench_file = file_keyring\n", encoding="utf-8"
    )
    module = Path(__file__).with_name("file_keyring.py")
    (folder / "file_keyring.py").write_text(module.read_text(encoding="utf-8"), encoding="utf-8")
    stored = {f"{SERVICE}\n{name}": value for name, value in (secrets or {}).items()}
    (folder / "keyring.json").write_text(json.dumps(stored), encoding="utf-8")
    path = os.pathsep.join(p for p in (str(folder), os.environ.get("PYTHONPATH", "")) if p)
    return {"PYTHONPATH": path, ENV_FILE: str(folder / "keyring.json")}
