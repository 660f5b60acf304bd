"""What a page costs to decide about: checks that stop as soon as the answer is known."""

from __future__ import annotations

from types import SimpleNamespace

from app.source.ocr import needs_ocr
from app.source.pdf import page_has_text


class _Chars(list):
    """A page's characters that fail the test when read past the first ``limit``."""

    def __init__(self, items, limit):
        super().__init__(items)
        self.limit = limit

    def __iter__(self):
        for k, item in enumerate(list.__iter__(self)):
            assert k < self.limit, "read past the characters that decide"
            yield item


def _page(n=4000, limit=3):
    chars = _Chars([{"text": "a", "render_mode": 0} for _ in range(n)], limit)
    return SimpleNamespace(chars=chars, images=[], curves=[], width=595.0, height=842.0)


def test_a_page_with_text_is_known_after_three_characters():
    assert page_has_text(_page())
    assert not page_has_text(SimpleNamespace(chars=[{"text": " "}, {"text": "a"}]))


def test_a_text_page_is_known_not_to_need_ocr_after_three_visible_characters():
    assert not needs_ocr(_page())
