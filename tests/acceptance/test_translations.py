"""The translations are complete and compiled: every string of the window marked in
the code is in its .ts file, translated, and the committed .qm is compiled from it
(``packaging/translations.py --check``, with the lupdate and lrelease of PySide6)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from types import ModuleType

from tests.helpers import packaging_script

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    return packaging_script("translations.py")


def test_every_translation_is_finished_and_compiled() -> None:
    assert _script().check() == []


def _core_checkout(tmp_path: Path, script: ModuleType) -> Path:
    """A git checkout holding the core's sources and translations only."""
    copy = tmp_path / "checkout"
    names = script.sources("core")
    names += [str(p.relative_to(ROOT)) for p in (ROOT / script.I18N).glob("core_*")]
    for name in names:
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, copy / name)
    subprocess.run(["git", "init", "-q"], cwd=copy, check=True)
    subprocess.run(["git", "add", "."], cwd=copy, check=True)
    return copy


def test_a_new_string_or_a_stale_qm_is_caught(tmp_path: Path) -> None:
    script = _script()
    copy = _core_checkout(tmp_path, script)
    assert script.check(copy) == []
    page = copy / "src/isu_desk/ui/placeholder_page.py"
    page.write_text("\n\n" + page.read_text(encoding="utf-8"), encoding="utf-8")
    assert script.check(copy) == []  # code that only moved needs no new translation

    ts = copy / script.I18N / "core_fr.ts"
    text = ts.read_text(encoding="utf-8")
    ts.write_text(text.replace(">Rapports<", ">Les rapports<"), encoding="utf-8")
    assert script.check(copy) == [f"{script.I18N / 'core_fr.qm'} was not compiled from the "
                                  "current core_fr.ts."]  # fmt: skip

    ts.write_text(text, encoding="utf-8")
    page.write_text(
        page.read_text(encoding="utf-8").replace(
            'self.tr("This section could not start; the log file says why.")',
            'self.tr("This section is resting.")',
        ),
        encoding="utf-8",
    )
    problems = script.check(copy)
    assert f"{script.I18N / 'core_fr.ts'} is not up to date with the code." in problems
    assert f"{script.I18N / 'core_fr.ts'} has 1 unfinished messages." in problems
