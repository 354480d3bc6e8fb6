"""Saving an Excel workbook so the same rows always give the same bytes.

openpyxl stamps the file with the time of saving (the document's "modified"
property and every zip entry's date), so two exports of unchanged data differ
and a byte comparison (or a backup tool) sees a change. Here both are fixed.
"""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

FIXED = datetime(2000, 1, 1)


class _FixedDates(zipfile.ZipFile):
    """A zip whose entries carry one fixed date instead of the time of writing."""

    def writestr(self, zinfo_or_arcname: Any, data: Any, *args: Any, **kwargs: Any) -> None:
        if isinstance(zinfo_or_arcname, str):
            info = zipfile.ZipInfo(zinfo_or_arcname, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            zinfo_or_arcname = info
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kwargs: Any) -> None:
        """A file added from disk (openpyxl's worksheets) gets the fixed date too."""
        with open(filename, "rb") as source:
            self.writestr(str(arcname or filename), source.read())


def save_workbook(book: Any, path: Path) -> None:
    """Write ``book`` (an openpyxl Workbook) to ``path`` deterministically."""
    from openpyxl.writer.excel import ExcelWriter

    book.properties.created = book.properties.modified = FIXED
    with _FixedDates(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(book, archive).save()
