"""The Sponsorship round report against bare reportlab tables of the same figures.

Part of ``bench_sponsorship.py`` (which builds the database). Both sides get
the figures already computed (:class:`ReportTables`, from the same round) and
the same embedded fonts (the body font for cells, the bold one for the header
rows, as the report prints them), so the ratio shows what the letterhead,
styled tables, caption rows and the chart cost over a plain
``SimpleDocTemplate`` with one ``Table`` per group. Goal: within 1.5x.

For information it also prints the ratio against the same tables in the body
font only (one font less to subset and embed), and the report from the
database (figures read and counted, then rendered).
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from timing import timed

from isu_desk.capabilities.sponsorship.reports.tables import (
    COUNT_HEADERS,
    ReportTables,
    round_report,
)
from isu_desk.reports.fonts import BODY_FONT, BOLD_FONT, register_fonts

RATIO_GOAL = 1.5


def bare_report(tables: ReportTables, bold_headers: bool = True) -> bytes:
    """The same figures as plain reportlab: a title, a sentence, four tables, the donors."""
    styles = getSampleStyleSheet()
    groups = (
        [("Total", tables.total)], tables.by_region, tables.by_gender, tables.groups,
    )  # fmt: skip
    story: list[Any] = [
        Paragraph("Report of the Sponsorship Programme", styles["Title"]),
        Paragraph(f"Received {tables.total[0]}, cost CHF {tables.cost_total}", styles["Normal"]),
    ]
    style = TableStyle(
        [("FONTNAME", (0, 0), (-1, -1), BODY_FONT), ("GRID", (0, 0), (-1, -1), 0.25, "grey")]
    )
    if bold_headers:
        style.add("FONTNAME", (0, 0), (-1, 0), BOLD_FONT)
    for rows in groups:
        body = [list(COUNT_HEADERS)] + [[label, *map(str, counts)] for label, counts in rows]
        story.append(Table(body, style=style, repeatRows=1))
    story.append(Paragraph(", ".join(tables.donors) or "No contribution.", styles["Normal"]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def interleaved(builds: list[Callable[[], Any]], repeats: int) -> list[float]:
    """Best CPU time of each build (this process's, not the wall clock: other work on the
    shared machine made wall times of a 10 ms build vary twofold), taking turns."""
    best = [float("inf")] * len(builds)
    for _ in range(repeats):
        for index, build in enumerate(builds):
            started = time.process_time()
            build()
            best[index] = min(best[index], time.process_time() - started)
    return best


def report_bench(database: Any, round_id: str, repeats: int) -> None:
    """Print our round report's time, the bare tables' time, the ratio and PASS/MISS."""
    from isu_desk.capabilities.sponsorship.services.reports import report_tables
    from isu_desk.capabilities.sponsorship.services.service import SponsorshipService
    from isu_desk.services.reports import render_report, report_meta

    register_fonts()
    round_ = SponsorshipService(database).round(round_id)
    tables = report_tables(database, round_)
    meta = report_meta(database, "Report of the Sponsorship Programme", subtitle="Bench MSP")
    ours, bare, one_font = interleaved(
        [lambda: round_report(tables, meta), lambda: bare_report(tables),
         lambda: bare_report(tables, bold_headers=False)], repeats * 3,
    )  # fmt: skip
    whole = timed(lambda: render_report(database, "sponsorship-report", {"round": round_id}),
                  max(3, repeats // 4))  # fmt: skip
    ratio = ours / bare
    verdict = "PASS" if ratio <= RATIO_GOAL else "MISS"
    print(
        f"  round report PDF ({tables.total[0]} applications): {ours * 1000:.1f} ms CPU; bare "
        f"reportlab tables of the same figures in the same fonts {bare * 1000:.1f} ms "
        f"({ratio:.2f}x); goal within {RATIO_GOAL}x: {verdict}"
    )
    print(
        f"  (bare tables in the body font only: {one_font * 1000:.1f} ms, {ours / one_font:.2f}x)"
    )
    print(f"  round report from the database (read, count, render): {whole * 1000:.1f} ms")
