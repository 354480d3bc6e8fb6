"""Reading a PDF's text back, and the names in every script the tests look for."""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader

# One name per script the unit receives (the Lao and Arabic ones need shaping or marks).
NAMES = {
    "French": "Élise Müller",
    "Spanish": "José Peña",
    "Russian": "Мария Иванова",
    "Arabic": "محمد العلي",
    "Chinese": "王小明",
    "Lao": "ສົມພອນ",
    "Vietnamese": "Nguyễn Thị Hương",
}


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page, NFKC-normalised (Arabic presentation forms become letters)."""
    reader = PdfReader(io.BytesIO(data))
    return [unicodedata.normalize("NFKC", page.extract_text() or "") for page in reader.pages]


def contains_name(text: str, name: str) -> bool:
    """Whether every word of ``name`` appears, in logical or visual (reversed) order."""
    normal = unicodedata.normalize("NFKC", name)
    return all(word in text or word[::-1] in text for word in normal.split())
