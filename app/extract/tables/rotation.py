"""Tables printed sideways: text running up or down the page.

Characters that are not upright are turned into the frame in which they read left to right (the
page turned a quarter clockwise for text running upwards, anticlockwise for text running
downwards), together with the page's strokes and pictures; tables are found there with the same
code as upright ones, and their boxes are turned back into the page's frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.source.layout import WORD_OPTIONS, split_tight
from app.extract.tables.rulings import Ruling, page_rulings

#: at least this many sideways characters before a page is searched sideways
MIN_CHARS = 20


def _direction(char: dict) -> str | None:
    """"up" (text runs bottom to top), "down" (top to bottom) or None (upright or upside down)."""
    m = char.get("matrix")
    if not m:
        return None
    a, b = m[0], m[1]
    if abs(b) > abs(a):
        # pdfplumber's frame has y pointing down; PDF's text matrix has y pointing up
        return "up" if b > 0 else "down"
    return None


@dataclass
class Turn:
    """A quarter turn of the page: ``up`` maps text running upwards to left-to-right."""

    kind: str  # "up" | "down"
    width: float  # of the page
    height: float

    @property
    def size(self) -> tuple[float, float]:
        return (self.height, self.width)

    def box(self, x0: float, top: float, x1: float, bottom: float) -> tuple[float, float, float, float]:
        """Page box -> turned box."""
        if self.kind == "up":
            return (self.height - bottom, x0, self.height - top, x1)
        return (top, self.width - x1, bottom, self.width - x0)

    def unbox(self, x0: float, top: float, x1: float, bottom: float) -> tuple[float, float, float, float]:
        """Turned box -> page box."""
        if self.kind == "up":
            return (top, self.height - x1, bottom, self.height - x0)
        return (self.width - bottom, x0, self.width - top, x1)

    def obj(self, o: dict) -> dict:
        x0, top, x1, bottom = self.box(o["x0"], o["top"], o["x1"], o["bottom"])
        out = dict(o)
        out.update(x0=x0, x1=x1, top=top, bottom=bottom, width=x1 - x0, height=bottom - top)
        if "pts" in o and o["pts"]:
            out["pts"] = [self.point(x, y) for x, y in o["pts"]]
        return out

    def point(self, x: float, y: float) -> tuple[float, float]:
        if self.kind == "up":
            return (self.height - y, x)
        return (y, self.width - x)

    def ruling(self, r: Ruling) -> Ruling:
        if r.orient == "h":  # y = pos, x from start to end
            if self.kind == "up":
                return Ruling("v", self.height - r.pos, r.start, r.end, r.edge)
            return Ruling("v", r.pos, self.width - r.end, self.width - r.start, r.edge)
        if self.kind == "up":  # vertical at x = pos, y from start to end
            return Ruling("h", r.pos, self.height - r.end, self.height - r.start, r.edge)
        return Ruling("h", self.width - r.pos, r.start, r.end, r.edge)


class TurnedPage:
    """The parts of a page that table finding reads, turned a quarter (a stand-in for the page)."""

    def __init__(self, page, turn: Turn) -> None:
        self.turn = turn
        self.width, self.height = turn.size
        self.bbox = (0, 0, self.width, self.height)
        self.images = [turn.obj(o) for o in page.images]
        self.lines = [turn.obj(o) for o in page.lines]
        self.rects = [turn.obj(o) for o in page.rects]
        self.curves = [turn.obj(o) for o in page.curves] if len(page.curves) <= 400 else []
        hs, vs = page_rulings(page)
        turned = [turn.ruling(r) for r in hs + vs]
        self._bb_rulings = ([r for r in turned if r.orient == "h"], [r for r in turned if r.orient == "v"])
        self.words: list[dict[str, Any]] = []
        #: the sideways characters, turned (words are split by character where a ruling cuts one)
        self.chars: list[dict[str, Any]] = []


def sideways_pages(page) -> list[TurnedPage]:
    """One turned stand-in page per direction of sideways text found on the page."""
    groups: dict[str, list[dict]] = {}
    # (the upright characters, nearly all of a page, left out in one comprehension)
    for ch in [ch for ch in page.chars if not ch.get("upright", True)]:
        kind = _direction(ch)
        if kind is not None:
            groups.setdefault(kind, []).append(ch)
    out = []
    for kind, chars in groups.items():
        if len(chars) < MIN_CHARS:
            continue
        turn = Turn(kind, float(page.width), float(page.height))
        turned_page = TurnedPage(page, turn)
        turned_chars = []
        for ch in chars:
            t = turn.obj(ch)
            t["upright"] = True
            # pdfminer's "size" of a sideways glyph is its advance; the height of its box is the size
            t["size"] = round(t["bottom"] - t["top"], 2)
            t["matrix"] = (1, 0, 0, 1, t["x0"], t["bottom"])
            t["doctop"] = t["top"]
            turned_chars.append(t)
        from pdfplumber.utils import extract_words

        turned_page.words = split_tight(extract_words(turned_chars, **WORD_OPTIONS), turned_chars)
        turned_page.chars = turned_chars
        out.append(turned_page)
    return out
