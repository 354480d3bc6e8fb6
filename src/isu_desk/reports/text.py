"""Turning text in any script into something reportlab draws correctly.

reportlab lays glyphs out left to right, one font per run, with no shaping.
So before layout: text is NFC-normalised (Vietnamese diacritics as one glyph),
Arabic is shaped into its joined presentation forms and put in visual order
(``arabic_reshaper`` then ``python-bidi``), runs of Chinese characters are
wrapped in the CJK font, and XML special characters are escaped for
``Paragraph`` markup.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from isu_desk.reports.fonts import CJK_FONT, font_metrics, has_cjk, has_rtl, is_cjk, text_width
from isu_desk.reports.styles import stylesheet

# Shaping the same names again and again (States, organisations) is common.
_SHAPE_CACHE_SIZE = 4096


@lru_cache(maxsize=_SHAPE_CACHE_SIZE)
def shape(text: str) -> str:
    """NFC-normalise ``text`` and put Arabic/Hebrew into joined, visual order.

    Each line is reordered on its own; the paragraph direction is taken from
    the first strong character (an Arabic name reads right to left, an
    English sentence quoting one stays left to right).
    """
    text = unicodedata.normalize("NFC", text)
    if not has_rtl(text):
        return text
    return "\n".join(visual_line(line) for line in text.split("\n"))


def visual_line(line: str) -> str:
    """One line of logical-order text, shaped and in visual (left-to-right) order."""
    return str(get_display(arabic_reshaper.reshape(line)))


@lru_cache(maxsize=_SHAPE_CACHE_SIZE)
def plain_lines(text: str, font_name: str, size: float, width: float) -> tuple[str, ...] | None:
    """``text`` broken into lines no wider than ``width`` in one font, ready to draw.

    Words wrap at spaces (a word too long for a line is cut); Arabic is shaped
    and each line put in visual order *after* breaking, so lines read top to
    bottom in the right order. Returns None for text that needs a second font
    (Chinese): use a ``Paragraph`` with :func:`markup` instead.
    """
    if text.isascii():
        return tuple(_wrap_lines(text, font_name, size, width))
    text = unicodedata.normalize("NFC", text)
    if has_cjk(text):
        return None
    if not has_rtl(text):
        return tuple(_wrap_lines(text, font_name, size, width))
    lines: list[str] = []
    for hard_line in text.split("\n"):
        broken = _wrap(arabic_reshaper.reshape(hard_line), font_name, size, width)
        lines += [str(get_display(line)) for line in broken]
    return tuple(lines)


def _wrap_lines(text: str, font_name: str, size: float, width: float) -> list[str]:
    if "\n" not in text:
        return _wrap(text, font_name, size, width)
    return [line for hard in text.split("\n") for line in _wrap(hard, font_name, size, width)]


def _wrap(line: str, font_name: str, size: float, width: float) -> list[str]:
    if text_width(line, font_name, size) <= width:
        return [line]
    space = text_width(" ", font_name, size)
    lines: list[str] = []
    current, used = "", 0.0
    for word in line.split():
        needed = text_width(word, font_name, size)
        if current and used + space + needed <= width:
            current, used = f"{current} {word}", used + space + needed
            continue
        if current:
            lines.append(current)
        while needed > width and len(word) > 1:
            head = _longest_fitting(word, font_name, size, width)
            lines.append(word[:head])
            word = word[head:]
            needed = text_width(word, font_name, size)
        current, used = word, needed
    if current or not lines:
        lines.append(current)
    return lines


_SOFT_BREAKS = "@./-_"


def _longest_fitting(word: str, font_name: str, size: float, width: float) -> int:
    """How much of an over-long word fits: cut after ``@ . / - _`` where one is near the end,
    so an e-mail address breaks as ``name@`` / ``mission.example.org``."""
    widths, default = font_metrics(font_name)
    used = 0.0
    for index, char in enumerate(word):
        used += widths.get(ord(char), default) * size / 1000.0  # as text_width(char)
        if used > width:
            soft = max(word.rfind(mark, 0, index) for mark in _SOFT_BREAKS) + 1
            return soft if soft > index // 2 else max(index, 1)
    return len(word)


def font_runs(text: str) -> list[tuple[str, bool]]:
    """Split text into runs ``(text, needs_cjk_font)``; spaces join the run before them."""
    runs: list[tuple[str, bool]] = []
    for char in text:
        cjk = is_cjk(char)
        if runs and (runs[-1][1] == cjk or char.isspace()):
            runs[-1] = (runs[-1][0] + char, runs[-1][1])
        else:
            runs.append((char, cjk))
    return runs


def markup(text: str) -> str:
    """Paragraph markup for plain user text: shaped, escaped, CJK runs in the CJK font.

    Line breaks in the text become ``<br/>``.
    """
    shaped = shape(text)
    if not has_cjk(shaped):
        return escape(shaped).replace("\n", "<br/>")
    parts = [
        f'<font name="{CJK_FONT}">{escape(run)}</font>' if cjk else escape(run)
        for run, cjk in font_runs(shaped)
    ]
    return "".join(parts).replace("\n", "<br/>")


def paragraph(text: str, style: str | ParagraphStyle = "body") -> Flowable:
    """A paragraph of plain user text in any script (never markup: ``<`` prints as ``<``).

    Text whose first letter is Arabic or Hebrew is set right-aligned, broken
    into lines before each line is put in visual order, so a long Arabic
    paragraph reads top to bottom correctly.

    Args:
        text: Plain text; line breaks are kept.
        style: A style of :func:`~isu_desk.reports.styles.stylesheet` by name, or a style.
    """
    chosen = stylesheet()[style] if isinstance(style, str) else style
    if right_to_left(text) and not has_cjk(text):
        return RightToLeftParagraph(text, chosen)
    return Paragraph(markup(text), chosen)


def right_to_left(text: str) -> bool:
    """Whether the first strong character of ``text`` is Arabic or Hebrew."""
    if not has_rtl(text):
        return False
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


class RightToLeftParagraph(Flowable):  # type: ignore[misc]
    """Right-aligned Arabic/Hebrew text, broken into lines at layout time (then reordered)."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self._laid_out: Paragraph | None = None

    def _layout(self, width: float) -> Paragraph:
        # A hair narrower than the frame, so Paragraph keeps the lines as broken here.
        lines = plain_lines(self.text, self.style.fontName, self.style.fontSize, width - 0.5)
        body = "<br/>".join(escape(line) for line in lines or ())
        self._laid_out = Paragraph(body, self.style)
        return self._laid_out

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self._layout(available_width).wrap(available_width, available_height)
        self.width, self.height = width, height
        return width, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts: list[Flowable] = self._layout(available_width).split(
            available_width, available_height
        )
        return parts

    def draw(self) -> None:
        if self._laid_out is not None:
            self._laid_out.drawOn(self.canv, 0, 0)
