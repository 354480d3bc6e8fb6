"""A ``Table`` that draws its plain-text cells in one PDF text object per cell.

reportlab draws every line of a string cell with ``Canvas.drawString``: a new
text object, a text matrix, the font set again and the string's width measured
(and thrown away) for each line. That is most of the time a long table takes.
:class:`FastTable` writes the same operators itself for the common cell (text
left-aligned at the top, in a TrueType font): one text object, the font set
once, each line moved down by the leading. The page shows exactly the same text
at the same place; any other cell is drawn by reportlab as before.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Table


class FastTable(Table):  # type: ignore[misc]
    """A reportlab ``Table`` with a faster path for plain, left-aligned, top-aligned text cells."""

    def _drawCell(
        self,
        cellval: Any,
        cellstyle: Any,
        pos: tuple[float, float],
        size: tuple[float, float],
    ) -> None:
        if (
            not isinstance(cellval, str)
            or cellstyle.alignment != "LEFT"
            or cellstyle.valign != "TOP"
            or cellstyle.direction
            or cellstyle.shaping
            or cellstyle.href
            or cellstyle.destination
            or not self.canv.bottomup
        ):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        font = pdfmetrics.getFont(cellstyle.fontname)
        if not font._dynamicFont:
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        self._use_cell_style(cellstyle)
        if not cellval:
            return
        x = pos[0] + cellstyle.leftPadding
        y = pos[1] + size[1] - cellstyle.topPadding - cellstyle.fontsize
        self.canv._code.append(_text_object(font, self.canv._doc, cellstyle, x, y, cellval))

    def _use_cell_style(self, cellstyle: Any) -> None:
        """Set colour and font as reportlab's ``_drawCell`` does (only when they change)."""
        current: Any = getattr(self, "_curcellstyle", None)  # reset by Table.draw
        if current is cellstyle:
            return
        if current is None or cellstyle.color != current.color:
            self.canv.setFillColor(cellstyle.color)
        if (
            current is None
            or cellstyle.leading != current.leading
            or cellstyle.fontname != current.fontname
            or cellstyle.fontsize != current.fontsize
        ):
            self.canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
        self._curcellstyle = cellstyle


def _text_object(font: Any, doc: Any, cellstyle: Any, x: float, y: float, text: str) -> str:
    """``BT … ET`` drawing ``text``'s lines from (x, y) down, as ``drawString`` per line would
    (each line ends with ``T*``, so text copied from the PDF keeps its line breaks)."""
    size, leading = _operators(cellstyle.fontsize, cellstyle.leading)
    code = [f"BT 1 0 0 1 {_number(x)} {_number(y)} Tm {leading}"]
    current = -1
    for line in text.split("\n"):
        for subset, chunk in font.splitString(line, doc):
            if subset != current:
                code.append(f"{font.getSubsetInternalName(subset, doc)} {size}")
                current = subset
            code.append(f"({escapePDF(chunk)}) Tj")
        code.append("T*")
    code.append("ET")
    return " ".join(code)


@cache
def _operators(size: float, leading: float) -> tuple[str, str]:
    """The font size operand (``8.5 Tf``) and the line spacing (``10.5 TL``)."""
    return f"{fp_str(size)} Tf", f"{fp_str(leading)} TL"


def _number(value: float) -> str:
    """A coordinate for the page stream, to a thousandth of a point (as ``fp_str``, faster)."""
    return f"{value:.3f}".rstrip("0").rstrip(".")
