"""Letters as separate files: one PDF per letter, from the command line and for chosen
applications, each read back with its nominee's name; a missing folder is a plain error."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from tests.reports.pdf_helpers import contains_name, pdf_pages

from isu_desk.capabilities.sponsorship.domain.workflow import Status
from isu_desk.capabilities.sponsorship.services.demo import load_demo
from isu_desk.capabilities.sponsorship.services.reports import letters_by_status, save_separately
from isu_desk.capabilities.sponsorship.services.service import SponsorshipService
from isu_desk.cli import main
from isu_desk.storage.database import Database


def _text(path: Path) -> str:
    return "\n".join(pdf_pages(path.read_bytes()))


def test_a_rounds_offer_letters_as_one_file_each_from_the_command_line(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--data-dir", str(folder), "sponsorship"]
    assert main([*args, "rounds"]) == 0
    upcoming = next(x.split()[0] for x in capsys.readouterr().out.splitlines() if "open" in x)
    assert main([*args, "applications", "--round", upcoming, "--status", "offered", "--json"]) == 0
    offered = {row["nominee"] for row in json.loads(capsys.readouterr().out)}
    assert len(offered) >= 2
    out = tmp_path / "letters"
    out.mkdir()
    command = [*args, "letters", "--round", upcoming, "--kind", "offer", "--separate"]
    assert main([*command, "-o", str(out)]) == 0
    assert (
        capsys.readouterr()
        .out.strip()
        .endswith(f"{len(offered)} letters written to {out}, one file each.")
    )
    files = sorted(out.glob("*.pdf"))
    assert len(files) == len(offered)
    assert all(f.name.startswith("offer-") for f in files)
    found = {name for f in files for name in offered if contains_name(_text(f), name)}
    assert found == offered
    assert all(sum(contains_name(_text(f), n) for n in offered) == 1 for f in files)

    one = tmp_path / "all.pdf"
    assert main([*args, "letters", "--round", upcoming, "--kind", "offer", "-o", str(one)]) == 0
    assert all(contains_name(_text(one), name) for name in offered)

    missing = tmp_path / "nowhere"
    assert main([*command, "-o", str(missing)]) != 0
    assert f"The folder {missing} does not exist" in capsys.readouterr().err


def test_the_chosen_applications_get_the_letter_their_status_calls_for(
    database: Database, tmp_path: Path
) -> None:
    today = date(2026, 6, 1)
    load_demo(database, today)
    service = SponsorshipService(database, lambda: today)
    open_round = next(r for r in service.rounds() if r.round.status.value == "open")
    rows = service.applications(open_round.round.id)
    wanted = (Status.OFFERED, Status.REGRETTED, Status.WAIT_LISTED, Status.RECEIVED)
    pick = {s: next(r for r in rows if r.status is s) for s in wanted}
    ids = [row.application.id for row in pick.values()]
    files = save_separately(database, letters_by_status(database, ids, today), tmp_path)
    assert len(files) == 3  # the application only received gets no letter
    for prefix, status in (("offer-", Status.OFFERED), ("regret-", Status.REGRETTED),
                           ("waitlist-", Status.WAIT_LISTED)):  # fmt: skip
        mine = [f for f in files if f.name.startswith(prefix)]
        assert len(mine) == 1
        assert contains_name(_text(mine[0]), pick[status].application.nominee_name)
