"""Text preparation: Arabic joined and right to left, Chinese in its font, markup escaped."""

from __future__ import annotations

import unicodedata

from isu_desk.reports.fonts import (
    BODY_FONT,
    CJK_FONT,
    has_cjk,
    has_rtl,
    is_cjk,
    register_fonts,
    text_width,
)
from isu_desk.reports.text import font_runs, markup, plain_lines, shape


def test_arabic_is_joined_and_reads_right_to_left() -> None:
    shaped = shape("محمد العلي")
    # Presentation forms (joined letters), and the first word printed on the right.
    assert all("\ufe70" <= char <= "\ufefc" or char == " " for char in shaped)
    assert unicodedata.normalize("NFKC", shaped).split() == ["يلعلا", "دمحم"]


def test_latin_text_is_only_normalised() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hương")
    assert shape(decomposed) == unicodedata.normalize("NFC", "Nguyễn Thị Hương")
    assert not has_rtl("Мария Иванова") and not has_cjk("ສົມພອນ")


def test_chinese_runs_use_the_cjk_font() -> None:
    assert font_runs("Wang 王小明 (China)") == [
        ("Wang ", False),
        ("王小明 ", True),
        ("(China)", False),
    ]
    assert markup("王小明") == f'<font name="{CJK_FONT}">王小明</font>'
    assert is_cjk("王") and not is_cjk("é")


def test_markup_escapes_what_the_user_typed() -> None:
    assert markup("Smith & <Partners>\nGeneva") == "Smith &amp; &lt;Partners&gt;<br/>Geneva"


def test_long_arabic_paragraph_reads_top_to_bottom() -> None:
    from tests.reports.pdf_helpers import pdf_pages

    from isu_desk.reports.letterhead import ReportMeta, render_document
    from isu_desk.reports.text import paragraph

    sentence = "تعرب وحدة دعم التنفيذ عن خالص شكرها لحكومة جمهورية العراق على مساهمتها"
    text = " ".join([sentence] * 4) + " الإنسانية"
    page = pdf_pages(render_document(ReportMeta("Letter"), [paragraph(text)]))[0]
    lines = [line for line in page.splitlines() if any("\u0600" <= c <= "\u06ff" for c in line)]

    def holds(line: str, word: str) -> bool:
        return word in line or word[::-1] in line

    assert len(lines) >= 3
    assert holds(lines[0], "تعرب")  # the paragraph's first word is on its first line
    assert holds(lines[-1], "الإنسانية")  # and its last word on its last line
    assert not holds(lines[0], "الإنسانية")


def test_cell_text_wraps_at_spaces_and_cuts_long_words() -> None:
    register_fonts()
    lines = plain_lines("Deputy Permanent Representative", BODY_FONT, 8.5, 90)
    assert lines == ("Deputy Permanent", "Representative")
    cut = plain_lines("someone.with.a.very.long.address@example.org", BODY_FONT, 8.5, 60)
    assert cut is not None and len(cut) > 1
    assert "".join(cut) == "someone.with.a.very.long.address@example.org"
    assert all(text_width(line, BODY_FONT, 8.5) <= 60 for line in cut)
    assert plain_lines("王小明", BODY_FONT, 8.5, 80) is None  # needs the CJK font


def test_wrapped_arabic_keeps_its_first_words_on_the_first_line() -> None:
    register_fonts()
    lines = plain_lines("مدير السلطة الوطنية لمكافحة الألغام", BODY_FONT, 8.5, 70)
    assert lines is not None and len(lines) >= 2
    first = unicodedata.normalize("NFKC", lines[0])
    assert "مدير"[::-1] in first  # visual order within the line, first word on top


def test_an_email_address_breaks_after_a_dot_or_at_sign_not_mid_word() -> None:
    register_fonts()
    lines = plain_lines("kwame.mensah@mission-gha.example.org", BODY_FONT, 8.5, 120)
    assert lines is not None and len(lines) == 2
    assert lines[0][-1] in "@.-"
    assert "".join(lines) == "kwame.mensah@mission-gha.example.org"
