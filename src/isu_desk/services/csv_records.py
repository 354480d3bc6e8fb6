"""CSV text as records: each non-blank record with the line it starts on.

Most files hold one record per line; those are read in one pass. A file with a
quoted cell over several lines, or a bad quote, is read one record at a time,
so each record knows its first line and a refusal names the line it is on.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Iterator

from isu_desk.domain.safe_text import from_spreadsheet


def csv_records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number, cells) of each non-blank CSV record.

    Semicolons separate the cells when the first line has more of them than
    commas (spreadsheets in many European languages save CSV so).

    Raises:
        csv.Error: with the line where the bad record starts (a quote opened
            and never closed, text after a closing quote).
    """
    first_line = text[: text.find("\n")] if "\n" in text else text
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    numbered = _one_line_records(text, delimiter)
    if numbered is None:  # a record over several lines, or a bad one: read record by record
        numbered = _records_by_line(text, delimiter)
    quoted = "'" in text  # only a cell starting with ' can be a quoted formula
    for start, cells in numbered:
        if not (cells and cells[0].strip()) and not "".join(cells).strip():
            continue  # a record without a single non-blank cell
        yield start, [from_spreadsheet(cell) for cell in cells] if quoted else cells


def _one_line_records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]] | None:
    """(line, cells) of every record (blank ones too) when each is one line; else ``None``.

    The reader gives one record per line, an empty one for a blank line, unless
    a quoted cell holds a line break: as many records as lines means none does.
    """
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    count = breaks + (not text.endswith(("\n", "\r")))
    split = text.splitlines(keepends=True)  # a third cheaper than a StringIO, unless it
    # also broke the text at other separators (form feed, U+2028…)
    lines: Iterable[str] = split if len(split) == count else io.StringIO(text, newline="")
    try:
        records = list(csv.reader(lines, delimiter=delimiter, strict=True))
    except csv.Error:
        return None
    return zip(itertools.count(1), records) if len(records) == count else None


def _records_by_line(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(first line, cells) of every record, blank ones too, reading one record at a time."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise csv.Error(f"line {start}: {_quote_problem(exc)}") from exc
        yield start, cells
        start = reader.line_num + 1


def _quote_problem(exc: csv.Error) -> str:
    if "unexpected end of data" in str(exc):
        return 'a quote (") is opened and never closed'
    return f"the quotes are not paired as CSV needs ({exc})"
