"""Cell text and values: whitespace, dot leaders, ligatures, numbers, footnote markers, totals."""

from __future__ import annotations

import re

from app.document.model import Cell
from app.document.numbers import parse_number
from app.document.textfix import clean_text

# a dot leader: four or more dots, or three or more spaced ones (". . ."), or several ellipses, or
# a line of four or more underscores (rule 213); a plain "..." after a word is an ellipsis and stays
_LEADER = re.compile(
    r"(?:\s*(?:\.|·|‧|\u2024)){4,}\s*|(?:\s+(?:\.|·|‧|\u2024)){3,}\s*|(?:\s*[…\u2025]){2,}\s*|\s*_{4,}\s*"
)
_TOTAL = re.compile(
    r"^\s*(?:grand[\s-]+|sub[\s-]?|overall\s+)?(?:totals?|sum|gesamt|insgesamt|ensemble|totaux)\b",
    re.IGNORECASE,
)


def drop_leaders(text: str) -> str:
    """"Fiji . . . . . ." -> "Fiji", "Fiji ______" -> "Fiji"; leaders between words become one space."""
    if "." not in text and "…" not in text and "·" not in text and "\u2024" not in text and "_" not in text:
        return text
    return _LEADER.sub(" ", text).strip()


def clean_cell_text(text: str) -> str:
    """Text as shown in a cell: ligatures normalised, lost characters as "�", dot leaders dropped,
    runs of whitespace collapsed to one space."""
    if not text:
        return ""
    text = clean_text(text)
    text = " ".join(text.split())
    return drop_leaders(text)


def make_cell(row: int, col: int, text: str, decimal: str | None = None,
              row_span: int = 1, col_span: int = 1) -> Cell:
    """A :class:`Cell` with cleaned text and its parsed value and note."""
    text = clean_cell_text(text)
    parsed = parse_number(text, decimal) if text else None
    return Cell(
        row=row, col=col, text=text, row_span=row_span, col_span=col_span,
        value=parsed.value if parsed is not None else None,
        note=parsed.note if parsed is not None else None,
    )


def is_total_label(text: str) -> bool:
    """True for labels of totals rows ("Total", "Grand total", "Subtotal", "TOTAL (USD)")."""
    return bool(text) and bool(_TOTAL.match(text))
