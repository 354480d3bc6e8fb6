"""Update the window's translations: Qt Linguist sources (.ts) and compiled files (.qm).

Usage (from the repository root, in the project's venv; the tools come with
PySide6-Essentials)::

    python packaging/translations.py            # update every .ts, compile every .qm
    python packaging/translations.py --check    # exit 1 if a .ts or .qm is out of date

One ``src/isu_desk/resources/i18n/<area>_<lang>.ts`` per area and language:
``core`` (``src/isu_desk/ui/`` and the capabilities' declaration module and
registry) and one per capability (its package). ``pyside6-lupdate`` adds new
strings to the .ts files (``type="unfinished"``) and drops strings no longer in
the code; translate them in Qt Linguist (``pyside6-linguist FILE.ts``) or any
text editor, then run this again: ``pyside6-lrelease`` compiles each .ts to the
.qm the app loads (:mod:`isu_desk.ui.i18n`). Both are committed, so building a
wheel or a bundle needs no Qt tools. ``--check`` is what the test
``tests/acceptance/test_translations.py`` runs.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = Path("src/isu_desk/resources/i18n")
LANGUAGES = ("fr",)
AREAS = ("core", "directory", "contributions", "meetings", "sponsorship")
CORE_FILES = (
    "src/isu_desk/ui/*.py",
    "src/isu_desk/capabilities/declaration.py",
    "src/isu_desk/capabilities/registry.py",
)


def tool(name: str) -> str:
    """The path of a PySide6 tool (``pyside6-lupdate``), next to this Python first."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is missing: install PySide6-Essentials in this environment.")
    return found


def sources(area: str, root: Path = ROOT) -> list[str]:
    """The Python files of ``area``, sorted (paths relative to ``root``): those git knows and
    new ones not yet added (a module just split off keeps its translations), not ignored ones."""
    patterns = CORE_FILES if area == "core" else (f"src/isu_desk/capabilities/{area}/*.py",)
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", *patterns],
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return sorted(listed)


def ts_file(area: str, language: str) -> Path:
    return I18N / f"{area}_{language}.ts"


def update(root: Path, area: str, language: str, files: list[str]) -> None:
    """Run lupdate for one area and language, then lrelease (paths relative to ``root``)."""
    ts = ts_file(area, language)
    (root / I18N).mkdir(parents=True, exist_ok=True)
    lupdate = [tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "relative"]
    lupdate += ["-source-language", "en", "-target-language", language, "-ts", str(ts)]
    subprocess.run([*lupdate, "-silent"], cwd=root, check=True)
    qm = ts.with_suffix(".qm")
    lrelease = [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(lrelease, cwd=root, check=True)


def unfinished(ts: Path) -> int:
    """How many messages of a .ts file still wait for a translation."""
    return ts.read_text(encoding="utf-8").count('type="unfinished"')


def _messages(ts: Path) -> list[str]:
    """A .ts file without its ``<location>`` lines: code moving is not a change to translate."""
    lines = ts.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if not line.lstrip().startswith("<location ")]


def check(root: Path = ROOT) -> list[str]:
    """What is out of date, in plain sentences (empty when every file is current).

    The areas are updated in a copy of the files, and the copy compared with
    the committed .ts and .qm: a string added or changed in the code, a .qm not
    compiled again, or a message still unfinished all show. Lines that only
    moved in the code (the .ts files' ``<location>`` hints) do not count.
    """
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder)
        for area in AREAS:
            files = sources(area, root)
            for name in files:
                (copy / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(root / name, copy / name)
            for language in LANGUAGES:
                ts = ts_file(area, language)
                (copy / I18N).mkdir(parents=True, exist_ok=True)
                if not (root / ts).exists():
                    update(copy, area, language, files)
                    if "<message" in (copy / ts).read_text(encoding="utf-8"):
                        problems.append(f"{ts} is missing.")
                    continue  # an area with nothing marked needs no translation yet
                shutil.copyfile(root / ts, copy / ts)
                update(copy, area, language, files)
                qm = ts.with_suffix(".qm")
                if _messages(copy / ts) != _messages(root / ts):
                    problems.append(f"{ts} is not up to date with the code.")
                elif (
                    not (root / qm).exists() or (copy / qm).read_bytes() != (root / qm).read_bytes()
                ):
                    problems.append(f"{qm} was not compiled from the current {ts.name}.")
                if count := unfinished(copy / ts):
                    problems.append(f"{ts} has {count} unfinished messages.")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say what is out of date")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        if problems:
            print("Run: python packaging/translations.py, then translate what is unfinished.")
        return 1 if problems else 0
    for area in AREAS:
        for language in LANGUAGES:
            ts = ROOT / ts_file(area, language)
            new = not ts.exists()
            update(ROOT, area, language, sources(area))
            if new and "<message" not in ts.read_text(encoding="utf-8"):
                ts.unlink()  # nothing marked in this area yet
                ts.with_suffix(".qm").unlink()
                continue
            print(f"{ts_file(area, language)}: {unfinished(ts)} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
