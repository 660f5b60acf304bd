"""Right-to-left text in visual or logical order (app/document/bidi.py)."""

from __future__ import annotations

from app.document.bidi import order_votes, reads_visual, visual_to_logical

HEBREW = "1.1 תוכנית ניטור מים"
ARABIC = "الاستجابة الصحية للأسر"


def _visual(text: str) -> str:
    """``text`` as a PDF of shaped right-to-left text reads left to right (one line, numbers kept)."""
    words = text.split()
    return " ".join(w if w[0].isdigit() else w[::-1] for w in reversed(words))


def test_letters_that_close_a_word_tell_the_order():
    assert order_votes(HEBREW) == (1, 0)  # "מים" ends in a final mem
    assert order_votes(_visual(HEBREW)) == (0, 1)
    logical, visual = order_votes(ARABIC)
    assert logical > 0 and visual == 0
    logical, visual = order_votes(_visual(ARABIC))
    assert visual > 0 and logical == 0
    assert order_votes("Safe and orderly migration") == (0, 0)


def test_a_document_reads_visual_unless_its_words_say_logical():
    assert reads_visual([_visual(HEBREW), _visual(ARABIC), "English line"])
    assert not reads_visual([HEBREW, ARABIC])
    assert reads_visual(["מה"])  # no evidence: visual, as shaped text reads off nearly every PDF


def test_visual_order_back_to_logical():
    assert visual_to_logical(_visual(HEBREW)) == HEBREW
    assert visual_to_logical(_visual(ARABIC)) == ARABIC
    assert visual_to_logical("םימ .1") == "1. מים"  # the stop mirrored before the number
    assert visual_to_logical("Safe migration 2.1") == "Safe migration 2.1"
    # as Chromium draws "א) מימון 2.10 התאוששות" and "(1) תוכנית ניטור", read from the left
    assert visual_to_logical("תוששואתה 2.10 ןומימ (א") == "א) מימון 2.10 התאוששות"
    assert visual_to_logical("רוטינ תינכות (1)") == "(1) תוכנית ניטור"
