"""Shared, cached access to a pdfplumber page's words and lines.

Table detection and the section tree both need the page's words with their font name and size.
Extracting words is the most expensive step per page, so it is done once and cached on the page
object; every extractor calls :func:`page_words` instead of ``page.extract_words`` directly.
"""

from __future__ import annotations

from typing import Any

WORD_OPTIONS: dict[str, Any] = {
    "keep_blank_chars": False,
    "use_text_flow": False,
    "extra_attrs": ["fontname", "size", "non_stroking_color"],
    "x_tolerance": 1.5,
    "y_tolerance": 2.5,
}


def page_words(page) -> list[dict[str, Any]]:
    """Words of the page (pdfplumber dicts with fontname and size), computed once per page."""
    cached = getattr(page, "_bb_words", None)
    if cached is None:
        cached = page.extract_words(**WORD_OPTIONS)
        page._bb_words = cached
    return cached
