"""Fast paths of the table rules give the answer of the plain rule they shortcut, on every input.

Each shortcut (a Latin line needs no right-to-left look-up, an upright character no angle, a dot
only the dots of its own line) is checked here against the plain rule written out in full."""

from __future__ import annotations

import random
import sys
import unicodedata

from app.extract.tables.text import _has_rtl, join_words


def _has_rtl_plain(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def test_no_right_to_left_character_before_hebrew():
    # the premise of the fast path, for the Unicode version of this Python
    assert not [c for c in range(0x590) if unicodedata.bidirectional(chr(c)) in ("R", "AL")]


def test_has_rtl_agrees_with_the_plain_rule_on_every_code_point():
    wrong = [c for c in range(sys.maxunicode + 1) if _has_rtl(chr(c)) != _has_rtl_plain(chr(c))]
    assert not wrong, [hex(c) for c in wrong[:10]]


def test_has_rtl_agrees_on_mixed_text():
    rnd = random.Random(7)
    pools = ["abc Zß", "éèçñ–’…", "שלום", "مرحبا", "\u0590\u05ff\u0600\u08ff", "\ufb1d\ufdfd\U00010800", "0123,.%"]
    for _ in range(3000):
        text = "".join(rnd.choice(rnd.choice(pools)) for _ in range(rnd.randint(0, 8)))
        assert _has_rtl(text) == _has_rtl_plain(text), text


def test_join_words_still_reverses_right_to_left_lines():
    words = [{"text": "םולש", "x0": 10, "x1": 30, "top": 0, "bottom": 10, "size": 10},
             {"text": "Kenya", "x0": 40, "x1": 70, "top": 0, "bottom": 10, "size": 10},
             {"text": "Zürich", "x0": 80, "x1": 110, "top": 0, "bottom": 10, "size": 10}]
    assert join_words(words[1:]) == "Kenya Zürich"
    assert join_words(words[:1]) == "שלום"
