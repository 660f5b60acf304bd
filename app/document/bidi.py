"""Right-to-left text (Hebrew, Arabic) as a PDF gives it: visual or logical order.

Most PDFs draw shaped right-to-left text glyph by glyph from the left, so the text read off the page
left to right is in *visual* order: each word's letters reversed, the words of a right-to-left run in
reverse order. A PDF that drew the characters as typed, left to right and unshaped (a naive generator),
reads in *logical* order already. Which one a document is cannot be told from a single letter, but the
letters that only close a word can: Hebrew final forms (ך ם ן ף ץ), Arabic teh marbuta (ة) and alef
maksura (ى), and the Arabic article "ال" that opens a word. At a word's end they say logical order, at
its start visual order (:func:`order_votes`, :func:`reads_visual`).

:func:`bidi_join` turns a line in visual order into logical order (table cells, section titles and
text). Plain functions, no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

#: any character from U+0590 (Hebrew) on: no character before it is right-to-left, so a line of
#: Latin script (nearly every line) is answered without a look-up per character
_MAYBE_RTL = re.compile(r"[^\u0000-\u058f]")


def has_rtl(text: str) -> bool:
    """Any right-to-left letter in ``text``."""
    if text.isascii():
        return False
    # only the characters from U+0590 on are looked up, each distinct one once a process: a Latin
    # line with a dash or a curly quote looked up every character it has
    return any(map(_RTL_CHAR.__getitem__, _MAYBE_RTL.findall(text)))


class _RightToLeft(dict):
    """Character -> whether it is right-to-left (Unicode bidirectional class R or AL), filled as asked."""

    def __missing__(self, ch: str) -> bool:
        rtl = self[ch] = unicodedata.bidirectional(ch) in ("R", "AL")
        return rtl


_RTL_CHAR = _RightToLeft()


def is_rtl(text: str) -> bool:
    """Most letters of ``text`` right-to-left."""
    strong = [unicodedata.bidirectional(c) for c in text if c.isalpha()]
    if not strong:
        return False
    rtl = sum(1 for b in strong if b in ("R", "AL"))
    return rtl > len(strong) / 2


#: A number whose stop a right-to-left line mirrored before it (".1" in visual order is "1.").
_MIRRORED_STOP = re.compile(r"\.((?:\d{1,3}\.)*\d{1,3})")


def _mirror(word: str) -> str:
    """Brackets of a reversed right-to-left word turned round: the page draws a bracket in
    right-to-left text mirrored, so read from the left "(א" is "א)" typed."""
    return word.translate(_MIRRORED) if _BRACKET.search(word) else word


_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")
_BRACKET = re.compile(r"[()\[\]{}<>«»]")


def bidi_join(parts: list[tuple[str, bool]], mirror: bool = False) -> str:
    """Logical order of a line given in visual (left-to-right) order: pdfminer gives the letters of
    right-to-left words reversed, and right-to-left runs of words in reversed order. A line whose
    letters are mostly right-to-left reads from the right (its runs reversed; left-to-right runs
    inside it, like names and numbers, keep their own order). ``mirror``: brackets inside
    right-to-left words are turned round too (:func:`_mirror`)."""
    runs: list[list[str]] = []
    kinds: list[bool] = []
    for text, _attach in parts:
        rtl = has_rtl(text)
        word = (_mirror(text[::-1]) if mirror else text[::-1]) if rtl else text
        if runs and kinds[-1] == rtl:
            runs[-1].append(word)
        else:
            runs.append([word])
            kinds.append(rtl)
    base_rtl = is_rtl("".join(t for t, _ in parts))
    ordered = []
    for words, rtl in zip(runs, kinds):
        ordered.append(list(reversed(words)) if rtl else words)
    if base_rtl:
        ordered.reverse()
    return " ".join(w for run in ordered for w in run)


def visual_to_logical(text: str) -> str:
    """A line (or a title whose lines were put in visual order one after the other) in visual order,
    read in logical order; text without right-to-left letters is returned unchanged. The stop of a
    number opening a right-to-left line ("1."), mirrored before it in visual order (".1"), goes back
    after it; brackets inside right-to-left words are turned round ("(א" is "א)")."""
    if not has_rtl(text):
        return text
    words = text.split()
    if is_rtl(text) and words:
        m = _MIRRORED_STOP.fullmatch(words[-1])
        if m:
            words[-1] = m.group(1) + "."
    return bidi_join([(w, False) for w in words], mirror=True)


_FINALS = frozenset("ךםןףץ\u0629\u0649")  # Hebrew final forms; Arabic teh marbuta, alef maksura
_LETTERS = re.compile(r"[^\W\d_]+")


def order_votes(text: str) -> tuple[int, int]:
    """(logical, visual): words of ``text`` whose letters only a word's end (or, for "ال", its start)
    may hold, found where logical order puts them and where visual order puts them."""
    if not has_rtl(text):
        return 0, 0
    logical = visual = 0
    for word in _LETTERS.findall(unicodedata.normalize("NFKC", text)):
        if len(word) < 2 or not has_rtl(word):
            continue
        if word[-1] in _FINALS:
            logical += 1
        elif word[0] in _FINALS:
            visual += 1
        if len(word) > 3:
            if word.startswith("\u0627\u0644"):
                logical += 1
            elif word.endswith("\u0644\u0627"):
                visual += 1
    return logical, visual


def in_logical_order(text: str) -> bool:
    """Does one line say it is in logical order (more of its words than say visual)? For a line read
    alone (a table cell); a whole document is told by :func:`reads_visual`."""
    logical, visual = order_votes(text)
    return logical > visual


def reads_visual(texts: Iterable[str]) -> bool:
    """Is the right-to-left text of ``texts`` (a document's lines as read off the page) in visual
    order? Visual unless its words say logical order more often (shaped text, which nearly every PDF
    draws, reads visual; with no evidence either way that is kept)."""
    logical = visual = 0
    for text in texts:
        a, b = order_votes(text)
        logical += a
        visual += b
    return visual >= logical
