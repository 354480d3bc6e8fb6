"""Benchmark: the contact directory PDF for 10,000 contacts.

Times
:func:`isu_desk.capabilities.directory.reports.directory.directory_report` (contacts, States and
organisations in; grouped, letterheaded, numbered PDF bytes out) against a
baseline measured in the same run: a bare reportlab ``SimpleDocTemplate``
holding one ``Table`` of the same rows (title, name, position, e-mail, phone)
in the same TrueType font, header row repeated. Goal: at most 1.5x.

For reference it also prints bare reportlab with one table per group (the
shape the report uses), since one very long reportlab table costs more than
linear time to split across pages.

Usage: ``python bench/bench_reports.py [--quick] [--profile]`` (``--quick``:
1,000 contacts; ``--profile``: also profile the report and print the top
functions).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import sys
import time
from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from isu_desk.capabilities.directory.domain import Contact, Organisation, State, StateStatus
from isu_desk.capabilities.directory.reports.directory import directory_report, group_contacts
from isu_desk.reports.fonts import fonts_dir

GOAL_RATIO = 1.5
FULL_ROWS = 10_000
QUICK_ROWS = 1_000
BARE_FONT = "BenchSans"
HEADERS = ["Title", "Name", "Position", "E-mail", "Phone"]
WIDTHS = [37.0, 111.0, 108.5, 153.0, 84.0]

_GIVEN = ["Marie", "José", "Ingrid", "Kwame", "Aisha", "Lukas", "Elena", "Hiroshi", "Grace"]
_FAMILY = ["Dubois", "Peña", "Solberg", "Mensah", "Kamara", "Brunner", "García", "Tanaka"]
_SCRIPTS = ["Мария Иванова", "محمد العلي", "王小明", "ສົມພອນ ພົມມະຈັນ", "Nguyễn Thị Hương"]
_POSITIONS = [
    "First Secretary, Permanent Mission to the United Nations Office at Geneva",
    "Director, National Mine Action Authority",
    "Desk Officer, Ministry of Foreign Affairs",
    "Programme Officer",
]


def make_records(rows: int) -> tuple[list[Contact], list[State], list[Organisation]]:
    """Contacts spread over 100 States and 8 organisations; one in six in another script."""
    rng = random.Random(20261126)
    states = [
        State(f"s{n}", f"S{n:02d}", f"State number {n}", StateStatus.STATE_PARTY)
        for n in range(100)
    ]
    organisations = [Organisation(f"o{n}", f"Organisation {n}", f"ORG{n}") for n in range(8)]
    contacts = []
    for n in range(rows):
        name = (
            f"{rng.choice(_SCRIPTS)} {n}"
            if n % 6 == 5
            else f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)} {n}"
        )
        home = rng.random()
        contacts.append(
            Contact(
                f"c{n}",
                name,
                title=rng.choice(["Ms", "Mr", "Dr", "H.E. Ms", ""]),
                position=rng.choice(_POSITIONS),
                state_id=rng.choice(states).id if home < 0.85 else None,
                organisation_id=rng.choice(organisations).id if 0.85 <= home < 0.97 else None,
                email=f"person{n}@mission.example.org",
                phone=f"+41 22 {n % 1000:03d} {n % 97:02d} {n % 89:02d}",
            )
        )
    return contacts, states, organisations


def _row(contact: Contact) -> list[str]:
    return [contact.title, contact.name, contact.position, contact.email, contact.phone]


def _bare_pdf(tables: list[list[list[str]]]) -> bytes:
    buffer = io.BytesIO()
    story = []
    for rows in tables:
        table = Table([HEADERS, *rows], colWidths=WIDTHS, repeatRows=1)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), BARE_FONT, 8.5)]))
        story.append(table)
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def bare_one_table(contacts: list[Contact]) -> bytes:
    """The baseline: one reportlab table of every row, in the order the report prints."""
    return _bare_pdf([[_row(c) for c in contacts]])


def _timed(build: Callable[[], bytes], repeats: int) -> tuple[float, int]:
    """Best wall time of ``repeats`` runs (the machine is shared), and the PDF's size."""
    best, size = float("inf"), 0
    for _ in range(repeats):
        started = time.perf_counter()
        size = len(build())
        best = min(best, time.perf_counter() - started)
    return best, size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_ROWS:,} contacts")
    parser.add_argument("--profile", action="store_true", help="profile the directory report")
    args = parser.parse_args()
    rows = QUICK_ROWS if args.quick else FULL_ROWS
    repeats = 5 if args.quick else 3
    contacts, states, organisations = make_records(rows)
    pdfmetrics.registerFont(TTFont(BARE_FONT, str(fonts_dir() / "DejaVuSans.ttf")))
    groups = group_contacts(contacts, states, organisations)
    ordered = [contact for group in groups for contact in group.contacts]
    directory_report(contacts[:50], states, organisations)  # warm up: fonts, imports
    _bare_pdf([[_row(c) for c in contacts[:50]]])
    print(
        f"bench_reports: directory of {rows:,} contacts in {len(groups)} groups, "
        f"best of {repeats} runs"
    )
    base, base_size = _timed(lambda: bare_one_table(ordered), repeats)
    chunked, _ = _timed(lambda: _bare_pdf([[_row(c) for c in g.contacts] for g in groups]), repeats)
    ours, our_size = _timed(lambda: directory_report(contacts, states, organisations), repeats)
    ratio = ours / base
    verdict = "PASS" if ratio <= GOAL_RATIO else "MISS"
    print(
        f"  baseline (bare SimpleDocTemplate + one Table): {base:.2f} s, {base_size / 1e6:.1f} MB"
    )
    print(f"  reference (bare, one Table per group):          {chunked:.2f} s")
    print(
        f"  directory_report (grouped, letterhead, fonts):  {ours:.2f} s, {our_size / 1e6:.1f} MB"
    )
    print(f"  vs the per-group bare reference: {ours / chunked:.2f}x (for information)")
    print(f"  ratio {ratio:.2f}x; goal at most {GOAL_RATIO}x: {verdict}")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(directory_report, contacts, states, organisations)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
