"""The share's file helpers leave nothing behind when the share misbehaves."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from isu_desk.sync import share as files


def test_a_failed_write_probe_leaves_no_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        files.check_writable(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_writable_share_passes_and_keeps_nothing(tmp_path: Path) -> None:
    files.check_writable(tmp_path)
    assert list(tmp_path.iterdir()) == []
