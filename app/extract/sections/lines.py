"""Lines of a document, rebuilt in the parent process from the pages' features."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from app.extract.sections.features import BOLD, CAPS, ITALIC, MIXED, MONO, VERTICAL, font_style

# Roles a line can take.
BODY = "body"
RUNNING = "running"  # running header / footer / page number
TABLE = "table"  # inside a table found by the table extractor
CAPTION = "caption"  # photo / figure caption or credit
QUOTE = "quote"  # pull quote
TOC = "toc"  # line of a printed table of contents
HEADING = "heading"
ARTIFACT = "artifact"  # vertical text, tiny text, decoration


@dataclass(eq=False, slots=True)
class Line:
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    font: str
    color: str
    flags: int
    row: int
    text: str
    lead: int = 0
    role: str = BODY
    #: Reading-order position on the page and column/region id (set by :mod:`reading`).
    order: int = 0
    column: int = 0
    #: Index of the paragraph (block) this line belongs to on its page.
    block: int = -1
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def bold(self) -> bool:
        return bool(self.flags & BOLD)

    @property
    def italic(self) -> bool:
        return bool(self.flags & ITALIC)

    @property
    def mono(self) -> bool:
        return bool(self.flags & MONO)

    @property
    def caps(self) -> bool:
        return bool(self.flags & CAPS)

    @property
    def mixed(self) -> bool:
        return bool(self.flags & MIXED)

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def family(self) -> str:
        """Font name without subset prefix and style suffix (for style signatures)."""
        return _family(self.font)

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<Line p{self.page} {self.top:.0f} {self.size} {self.role} {self.text[:40]!r}>"


@functools.lru_cache(maxsize=4096)
def _family(font: str) -> str:
    # a document uses a handful of fonts over tens of thousands of lines: worked out once per font
    name = font.split("+", 1)[-1]
    for sep in ("-", ","):
        if sep in name:
            name = name.split(sep, 1)[0]
    return name.lower()


def lines_from_features(features: dict[str, Any]) -> list[Line]:
    """Rebuild :class:`Line` objects from one page's features (see :mod:`features`)."""
    page = int(features.get("page", 0))
    fonts = features.get("fonts") or []
    colors = features.get("colors") or []
    n_fonts, n_colors = len(fonts), len(colors)
    out = []
    append = out.append
    for seg in features.get("segs") or []:
        try:
            x0, top, x1, bottom, size, font, color, flags, row, text, lead = seg[:11]
        except ValueError:
            continue
        if not text or not str(text).strip():
            continue
        fontname = fonts[font] if isinstance(font, int) and 0 <= font < n_fonts else str(font)
        colour = colors[color] if isinstance(color, int) and 0 <= color < n_colors else str(color)
        # the fields in their order, not by name: a third of the cost on the tens of thousands of
        # lines of a long document, made in the process that receives its pages
        append(Line(page, float(x0), float(top), float(x1), float(bottom), float(size), fontname, colour,
                    int(flags), int(row), str(text), int(lead or 0)))
    if features.get("vertical"):
        pass  # vertical words are kept out of the tree (see build_sections)
    return out


__all__ = [
    "ARTIFACT", "BODY", "CAPTION", "HEADING", "Line", "QUOTE", "RUNNING", "TABLE", "TOC", "VERTICAL",
    "font_style", "lines_from_features",
]
