"""Printing a PDF: handed as is (vectors) to the system's ``lp`` where there is one, else
painted at the printer's own resolution, never at a fixed lower one."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from isu_desk.capabilities.contributions.reports import Letter, letter_report
from isu_desk.reports.letterhead import ReportMeta
from isu_desk.ui.pdf_preview import lp_command, send_to_printer


@pytest.fixture
def letter(tmp_path: Path, qapp) -> tuple[bytes, QPdfDocument]:
    from datetime import date

    pdf = letter_report(Letter(("Norway",), "Thanks", ("Text.",), date(2026, 12, 1)),
                        ReportMeta("Acknowledgement letter"))  # fmt: skip
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    document = QPdfDocument()
    document.load(str(path))
    return pdf, document


def test_printing_to_a_file_paints_pages_at_the_printer_resolution(letter, tmp_path) -> None:
    pdf, document = letter
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(300)
    assert "300 dpi" in send_to_printer(pdf, document, printer)
    images = PdfReader(tmp_path / "printed.pdf").pages[0]["/Resources"]["/XObject"]
    widths = [image.get_object()["/Width"] for image in images.values()]
    assert max(widths) >= round(595 / 72 * 300) - 1  # A4 at 300 dpi, not at 200


def test_with_cups_the_pdf_itself_goes_to_the_chosen_printer(letter, tmp_path, monkeypatch) -> None:
    pdf, document = letter
    received = tmp_path / "received.pdf"
    fake = tmp_path / "bin" / "lp"
    fake.parent.mkdir()
    # A stand-in for CUPS's lp: keeps the file it is asked to print and its arguments.
    fake.write_text(f'#!/bin/sh\nprintf "%s " "$@" > {tmp_path}/args\nfor f; do :; done\n'
                    f'cp "$f" {received}\n')  # fmt: skip
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFileName("")  # a printer, not a file
    printer.setCopyCount(2)
    assert lp_command(printer, tmp_path / "x.pdf") is not None
    assert send_to_printer(pdf, document, printer) == "Sent to the printer."
    assert received.read_bytes() == pdf  # the vectors, not an image of them
    assert "-n 2" in (tmp_path / "args").read_text()
