"""Benchmark: the contact directory PDF for 10,000 contacts.

Times
:func:`isu_desk.capabilities.directory.reports.directory.directory_report` (contacts, States and
organisations in; grouped, letterheaded, numbered PDF bytes out) against a
baseline measured in the same run that prints what ours prints with bare
reportlab: a ``SimpleDocTemplate`` with the same frame, the title and section
headings as ``Paragraph``, and one ``Table`` per group (caption row, header
row repeated on every page) of the same rows (title, name, position, e-mail,
phone), each cell wrapped to its column with reportlab's ``simpleSplit``, in
the same TrueType font, size, leading, padding and column widths. What ours
adds on top (letterhead, "Page X of Y", zebra rows, rules, shaping of other
scripts, the caption's colour) is what the ratio measures. Goal: at most 1.5x.

For information it also prints bare reportlab with one ``Table`` of every row,
unwrapped: a slow baseline (one very long reportlab table costs more than
linear time to split across pages) that flatters us.

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
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from isu_desk.capabilities.directory.domain import Contact, Organisation, State, StateStatus
from isu_desk.capabilities.directory.reports.directory import (
    COLUMN_SHARES,
    HEADERS,
    OTHER,
    TITLE,
    ContactGroup,
    directory_report,
    group_contacts,
    summary,
)
from isu_desk.reports.fonts import fonts_dir, register_fonts
from isu_desk.reports.letterhead import (
    FOOTER_HEIGHT,
    MARGIN,
    ReportMeta,
    content_width,
    header_height,
)
from isu_desk.reports.styles import CELL_LEADING, CELL_PADDING, CELL_SIZE

GOAL_RATIO = 1.5
FULL_ROWS = 10_000
QUICK_ROWS = 1_000
BARE_FONT = "BenchSans"
BARE_BOLD = "BenchSans-Bold"
WIDTHS = [37.0, 111.0, 108.5, 153.0, 84.0]  # the unwrapped table's

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
    """For information: one unwrapped reportlab table of every row, in the report's order."""
    return _bare_pdf([[_row(c) for c in contacts]])


_FAIR_STYLE = [
    ("FONT", (0, 0), (-1, -1), BARE_FONT, CELL_SIZE, CELL_LEADING),
    ("FONT", (0, 0), (-1, 1), BARE_BOLD, CELL_SIZE, CELL_LEADING),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ("SPAN", (0, 0), (-1, 0)),
]


def bare_per_group(groups: list[ContactGroup], summary: str) -> bytes:
    """The fair baseline: what the report prints, in bare reportlab (see the module's doc)."""
    meta = ReportMeta(TITLE)
    widths = [share * content_width(meta) for share in COLUMN_SHARES]
    body = ParagraphStyle("bare", fontName=BARE_FONT, fontSize=9.5, leading=13)
    heading = ParagraphStyle("bare-heading", parent=body, fontName=BARE_BOLD, fontSize=11)
    story: list[Flowable] = [Paragraph(TITLE, heading), Paragraph(summary, body)]
    style = TableStyle(_FAIR_STYLE)
    section = ""
    for group in groups:
        if group.section != section and group.section != OTHER:
            story.append(Paragraph(group.section, heading))
        section = group.section
        rows: list[list[str]] = [[group.name, "", "", "", ""], list(HEADERS)]
        for contact in group.contacts:
            rows.append(
                [
                    "\n".join(simpleSplit(text, BARE_FONT, CELL_SIZE, width - 2 * CELL_PADDING))
                    for text, width in zip(_row(contact), widths, strict=True)
                ]
            )
        table = Table(rows, colWidths=widths, repeatRows=2, hAlign="LEFT")
        table.setStyle(style)
        story.append(table)
    buffer = io.BytesIO()
    pad = 6  # SimpleDocTemplate's frame pads by 6 points; ours does not
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN - pad,
        rightMargin=MARGIN - pad,
        topMargin=header_height(meta) - pad,
        bottomMargin=FOOTER_HEIGHT - pad,
    ).build(story)
    return buffer.getvalue()


def _timed(builds: dict[str, Callable[[], bytes]], repeats: int) -> dict[str, tuple[float, float]]:
    """Best wall and best CPU time of each build over ``repeats`` rounds, the builds
    taking turns within a round (so a busy moment on the shared machine hits them alike)."""
    best = {name: (float("inf"), float("inf")) for name in builds}
    for _ in range(repeats):
        for name, build in builds.items():
            wall, cpu = time.perf_counter(), time.process_time()
            build()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_ROWS:,} contacts")
    parser.add_argument("--profile", action="store_true", help="profile the directory report")
    args = parser.parse_args()
    rows = QUICK_ROWS if args.quick else FULL_ROWS
    repeats = 5 if args.quick else 3
    contacts, states, organisations = make_records(rows)
    register_fonts()
    folder = fonts_dir()
    pdfmetrics.registerFont(TTFont(BARE_FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BARE_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    groups = group_contacts(contacts, states, organisations)
    ordered = [contact for group in groups for contact in group.contacts]
    directory_report(contacts[:50], states, organisations)  # warm up: fonts, imports
    bare_per_group(group_contacts(contacts[:50], states, organisations), "")
    print(
        f"bench_reports: directory of {rows:,} contacts in {len(groups)} groups, "
        f"best of {repeats} runs"
    )
    fair_size = len(bare_per_group(groups, summary(groups)))
    our_size = len(directory_report(contacts, states, organisations))
    times = _timed(
        {
            "fair": lambda: bare_per_group(groups, summary(groups)),
            "ours": lambda: directory_report(contacts, states, organisations),
        },
        repeats,
    )
    (fair, fair_cpu), (ours, ours_cpu) = times["fair"], times["ours"]
    single = _timed({"single": lambda: bare_one_table(ordered)}, 1)["single"][0]
    ratio = ours / fair
    verdict = "PASS" if ratio <= GOAL_RATIO else "MISS"
    print(f"  baseline (bare, one wrapped Table per group): {fair:.2f} s, {fair_size / 1e6:.1f} MB")
    print(f"  directory_report (letterhead, zebra, scripts): {ours:.2f} s, {our_size / 1e6:.1f} MB")
    print(
        f"  CPU time: baseline {fair_cpu:.2f} s, ours {ours_cpu:.2f} s ({ours_cpu / fair_cpu:.2f}x)"
    )
    print(f"  for information, bare one unwrapped Table:     {single:.2f} s ({ours / single:.2f}x)")
    print(f"  ratio {ratio:.2f}x (wall); goal at most {GOAL_RATIO}x: {verdict}")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(directory_report, contacts, states, organisations)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
