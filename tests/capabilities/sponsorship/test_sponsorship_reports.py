"""Sponsorship PDFs read back: letters in three languages, lists, and the round report
whose figures are recomputed independently from the exported applications."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import replace
from decimal import Decimal

import pytest
from pypdf import PdfReader
from tests.capabilities.sponsorship.conftest import TODAY, application, state_ids

from isu_desk.capabilities.directory.api import CorrespondenceLanguage, DirectoryService, State
from isu_desk.capabilities.sponsorship.domain.records import Round
from isu_desk.capabilities.sponsorship.domain.workflow import Status
from isu_desk.capabilities.sponsorship.services import transfer
from isu_desk.capabilities.sponsorship.services.demo import load_demo
from isu_desk.capabilities.sponsorship.services.service import SponsorshipService
from isu_desk.services.reports import render_report
from isu_desk.storage.database import Database


def _text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _speaks(database: Database, iso3: str, language: CorrespondenceLanguage) -> str:
    directory = DirectoryService(database)
    state = directory.get(State, state_ids(database)[iso3])
    directory.save(replace(state, correspondence_language=language)).unwrap()
    return state.id


@pytest.mark.parametrize(
    ("iso3", "language", "name", "words"),
    [
        ("LAO", CorrespondenceLanguage.EN, "ສົມພອນ ແກ້ວມະນີ", "I am pleased to inform you"),
        ("SEN", CorrespondenceLanguage.FR, "Марко Петровић", "J'ai le plaisir de vous informer"),
        ("CHL", CorrespondenceLanguage.ES, "王小明", "Me complace informarle"),
    ],
)
def test_an_offer_is_written_in_the_states_language_with_the_name_in_its_script(
    sponsorship: SponsorshipService, round_: Round, database: Database,
    iso3: str, language: CorrespondenceLanguage, name: str, words: str,
) -> None:  # fmt: skip
    state_id = _speaks(database, iso3, language)
    app = sponsorship.save_application(application(round_, state_id, name)).unwrap()
    sponsorship.take_step(app.id, Status.ELIGIBLE).unwrap()
    sponsorship.take_step(app.id, Status.OFFERED).unwrap()
    options = {"application": app.id, "kind": "offer"}
    [page] = _text(render_report(database, "sponsorship-letter", options))
    assert name in page
    assert words in " ".join(page.split())
    again = _text(render_report(database, "sponsorship-letter", {**options, "language": "en"}))
    assert "I am pleased to inform you" in " ".join(again[0].split())


def test_a_batch_prints_each_regret_on_its_own_page(
    sponsorship: SponsorshipService, round_: Round, database: Database
) -> None:
    ids = state_ids(database)
    for iso3, name in (("LAO", "ສົມພອນ"), ("AFG", "فریده"), ("CHL", "Camila Rojas")):
        app = sponsorship.save_application(application(round_, ids[iso3], name)).unwrap()
        sponsorship.take_step(app.id, Status.ELIGIBLE).unwrap()
        sponsorship.take_step(app.id, Status.REGRETTED, reason="Budget spent").unwrap()
    pages = _text(
        render_report(database, "sponsorship-letters", {"round": "14MSP", "kind": "regret"})
    )
    assert len(pages) == 3
    assert "Camila Rojas" in pages[1]  # Afghanistan, Chile, Lao People's Democratic Republic


def _figures(page_text: str, labels: list[str]) -> dict[str, tuple[int, ...]]:
    """Each label's five counts as printed (the label, then one number a line)."""
    lines = [line.strip() for line in page_text.splitlines()]
    found = {}
    for label in labels:
        at = lines.index(label)
        found[label] = tuple(int(n) for n in lines[at + 1 : at + 6])
    return found


REGIONS = {"african": "African Group", "asia_pacific": "Asia-Pacific Group",
           "eastern_european": "Eastern European Group",
           "latin_american_caribbean": "Latin American and Caribbean Group"}  # fmt: skip
COUNTED = ("offered", "accepted", "attended", "no_show")


def test_the_round_report_agrees_with_the_exported_applications(database: Database) -> None:
    load_demo(database, TODAY)
    stream = io.StringIO()
    transfer.write_export(database, "sponsorship-applications", "csv", stream)
    rows = [r for r in csv.DictReader(io.StringIO(stream.getvalue())) if r["round_id"] == "13MSP"]
    expected: dict[str, Counter[str]] = {}
    for row in rows:
        reached = set(row["reached"].split())
        keys = ["Total", REGIONS[row["un_region"]], row["nominee_gender"].capitalize()]
        keys += ["Least developed countries"] if row["least_developed"] == "true" else []
        keys += ["First-time participants"] if row["first_time"] == "true" else []
        for key in keys:
            expected.setdefault(key, Counter())["received"] += 1
            expected[key].update(status for status in COUNTED if status in reached)
    wanted = {k: (c["received"], *(c[s] for s in COUNTED)) for k, c in expected.items()}
    [page] = _text(render_report(database, "sponsorship-report", {"round": "13MSP"}))
    assert _figures(page, list(wanted)) == wanted
    paid = sum(Decimal(row["paid_chf"]) for row in rows)
    attended = sum(1 for row in rows if "attended" in row["reached"].split())
    flat = " ".join(page.split())
    assert f"CHF {paid:,.2f} in total" in flat
    assert f"CHF {(paid / attended).quantize(Decimal('0.01')):,} per delegate" in flat


def test_the_payment_sheet_and_the_delegates_list_name_those_sponsored(database: Database) -> None:
    load_demo(database, TODAY)
    sheet = " ".join(
        _text(render_report(database, "sponsorship-payments", {"round": "13MSP"}))[0].split()
    )
    assert "ບຸນມີ ສີສະຫວາດ" in sheet and "Total 7 delegates 31" in sheet
    listed = _text(render_report(database, "sponsored-delegates", {"round": "13MSP"}))[0]
    assert "Амра Хаџић" in listed and "Elira Shehu" not in listed  # ineligible
