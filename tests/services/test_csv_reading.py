"""Reading CSV records: the one-pass reader gives what reading record by record gives.

A file whose records each fit on one line is read in one pass; any other (a
quoted cell over several lines, a bad quote, a line break Python's
``splitlines`` knows but CSV does not) falls back to reading one record at a
time. Both must give the same records, line numbers and refusals.
"""

from __future__ import annotations

import csv
import gc
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from isu_desk.capabilities.directory.services.transfer import import_file
from isu_desk.domain.safe_text import from_spreadsheet
from isu_desk.services.csv_records import _records_by_line, csv_records
from isu_desk.storage.database import Database

PIECES = [
    "a",
    "é",
    ",",
    ";",
    '"',
    " ",
    "'",
    "=",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\x0c",
    "\u2028",
    "\x85",
]


def _one_at_a_time(text: str) -> list[tuple[int, list[str]]]:
    """The records as read one at a time (blank ones dropped, quoted formulas undone)."""
    first_line = text[: text.find("\n")] if "\n" in text else text
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    return [
        (line, [from_spreadsheet(cell) for cell in cells])
        for line, cells in _records_by_line(text, delimiter)
        if "".join(cells).strip()
    ]


def _outcome(read: object, text: str) -> tuple[str, object]:
    try:
        return "records", read(text)  # type: ignore[operator]
    except csv.Error as exc:
        return "refused", str(exc)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30).map("".join))
@example('a,b\r\n"c\nd",e\r\n')  # a cell over two lines
@example('a,b\n"c,d\n')  # a quote never closed
@example("a,b\x0cc\nd,e\n")  # a form feed inside a cell
@example("a;b\n\n  \n'=1;x\n")  # blank lines; a quoted formula
def test_one_pass_reads_what_reading_record_by_record_reads(text: str) -> None:
    assert _outcome(lambda t: list(csv_records(t)), text) == _outcome(_one_at_a_time, text)


def test_an_import_leaves_the_cycle_collector_as_it_found_it(
    database: Database, tmp_path: Path
) -> None:
    good = tmp_path / "good.csv"
    good.write_text("name,email\nAna,ana@example.org\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("name,email\nAna,not an address\n", encoding="utf-8")
    assert gc.isenabled()
    assert import_file(database, "contacts", good).ok
    assert not import_file(database, "contacts", bad).ok
    assert gc.isenabled()
    gc.disable()
    try:
        assert import_file(database, "contacts", good).ok
        assert not gc.isenabled()
    finally:
        gc.enable()
