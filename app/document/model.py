"""The document model: source documents, tables, sections and tags.

Plain dataclasses with a stable JSON form (``to_json`` / ``from_json``); the form is documented in
``docs/json-format.md`` and is exactly what ``briefing-builder extract`` writes. Coordinates are PDF
points with the origin at the top left of the page as displayed (pdfplumber's convention); pages are
1-based.
"""

from __future__ import annotations

import copy
import math
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

#: Version of the JSON form. Bump only with a documented, backward-compatible reader.
JSON_VERSION = 1

TAG_KINDS = ("country", "region", "theme")
#: The text of a cell told by its shading alone (a workplan's active period, no mark printed): the
#: mark a reader sees there (docs/json-format.md, "Cells")
SHADED = "\u25a0"
TABLE_METHODS = ("ruled", "borderless", "manual", "imported")

Number = int | float
BBox = tuple[float, float, float, float]


def _confidence(value: Any) -> float | None:
    """A confidence read from JSON: a number in 0-1, anything else None."""
    if value is None or isinstance(value, bool):
        return None
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return min(1.0, max(0.0, value)) if math.isfinite(value) else None


def _clean_number(value: Any) -> Number | None:
    """Normalise a parsed value for JSON: integral floats become ints, NaN becomes None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    value = float(value)
    if math.isnan(value) or math.isinf(value):
        return None
    if value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _bbox(value: Iterable[float] | None) -> BBox | None:
    if value is None:
        return None
    x0, top, x1, bottom = (float(v) for v in value)
    return (round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2))


# --------------------------------------------------------------------------------------------- tags


@dataclass(frozen=True, order=True)
class Tag:
    """A country (``code`` = ISO 3166 alpha-3), a region or a theme (``code`` = a stable slug)."""

    kind: str
    code: str
    name: str = ""

    def __post_init__(self) -> None:
        if self.kind not in TAG_KINDS:
            raise ValueError(f"unknown tag kind {self.kind!r}; expected one of {TAG_KINDS}")
        if not self.code:
            raise ValueError("a tag needs a code")

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "code": self.code, "name": self.name}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Tag":
        return cls(kind=str(data["kind"]), code=str(data["code"]), name=str(data.get("name", "")))


def _tags_json(tags: Iterable[Tag]) -> list[dict[str, str]]:
    return [t.to_json() for t in tags]


def _tags_from(data: Iterable[dict[str, Any]] | None) -> list[Tag]:
    return [Tag.from_json(t) for t in (data or [])]


# -------------------------------------------------------------------------------------------- cells


@dataclass
class Cell:
    """One cell of a table grid; spanned positions are covered by the anchor cell only."""

    row: int
    col: int
    text: str = ""
    row_span: int = 1
    col_span: int = 1
    #: Parsed number (None when the cell is not numeric or says "nothing": "-", "n/a").
    value: Number | None = None
    #: Footnote marker split off a number ("12,500,000¹" -> note "1").
    note: str | None = None
    #: Text read by OCR: the lowest recognition confidence (0-1) of the cell's words; None otherwise.
    confidence: float | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "row": self.row,
            "col": self.col,
            "row_span": self.row_span,
            "col_span": self.col_span,
            "text": self.text,
            "value": _clean_number(self.value),
        }
        if self.note:
            data["note"] = self.note
        if self.confidence is not None:
            data["confidence"] = round(float(self.confidence), 3)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Cell":
        return cls(
            row=int(data["row"]),
            col=int(data["col"]),
            text=str(data.get("text", "")),
            row_span=int(data.get("row_span", 1)),
            col_span=int(data.get("col_span", 1)),
            value=_clean_number(data.get("value")),
            note=data.get("note") or None,
            confidence=_confidence(data.get("confidence")),
        )


# ------------------------------------------------------------------------------------------- tables


@dataclass
class TablePart:
    """A later piece of a table merged from several pages: where that piece is printed."""

    page: int
    bbox: BBox

    def to_json(self) -> dict[str, Any]:
        return {"page": self.page, "bbox": list(self.bbox)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "TablePart":
        return cls(page=int(data["page"]), bbox=_bbox(data["bbox"]) or (0.0, 0.0, 0.0, 0.0))


@dataclass
class Table:
    """An extracted (or user-drawn) table: a grid of cells with spans and header rows."""

    id: str
    page: int
    bbox: BBox
    n_rows: int
    n_cols: int
    cells: list[Cell] = field(default_factory=list)
    header_rows: int = 0
    title: str = ""
    caption: str = ""
    #: How it was found: "ruled", "borderless", "manual" (user-drawn area) or "imported".
    method: str = "borderless"
    #: Row indexes recognised as totals rows.
    total_rows: list[int] = field(default_factory=list)
    #: Id of the section this table belongs to (filled by the section tree).
    section: str | None = None
    #: Id of the table on an earlier page that this one continues.
    continued_from: str | None = None
    #: x positions (points) of the column separators used to split the table, when known.
    columns: list[float] | None = None
    #: Tags carried by row labels, keyed by row index.
    row_tags: dict[int, list[Tag]] = field(default_factory=dict)
    #: SHA-256 of the source document.
    document: str = ""
    #: Where the rest of a table merged from several pages is printed (``page``/``bbox`` hold the
    #: first piece); empty for a table on one page.
    parts: list[TablePart] = field(default_factory=list)
    #: Where the text came from: None for the PDF's own text layer, "ocr" for a scanned page.
    source: str | None = None
    #: How well the grid explains the page's words, 0-1 (app.extract.tables.confidence); None when not
    #: measured (imported, user-drawn or older projects).
    confidence: float | None = None
    #: What lowered the confidence most, strongest first (app.extract.tables.confidence.DOUBTS keys:
    #: "unassigned", "merged", ...): where the user should look; empty when nothing did.
    doubts: list[str] = field(default_factory=list)
    #: The user checked the table (Table ▸ Mark as Checked): it is no longer listed as doubtful.
    checked: bool = False

    # ---- review -----------------------------------------------------------------------------------

    #: Below this confidence a table is worth a look (listed first in the workbench, named by the pack).
    CHECK_BELOW = 0.8

    def needs_check(self) -> bool:
        """Worth a look: a confidence below :attr:`CHECK_BELOW` the user has not checked yet."""
        return self.confidence is not None and self.confidence < self.CHECK_BELOW and not self.checked

    # ---- pages ----------------------------------------------------------------------------------

    def boxes(self) -> list[tuple[int, BBox]]:
        """(page, bbox) of every piece of the table, the first piece first."""
        return [(self.page, self.bbox)] + [(p.page, p.bbox) for p in self.parts]

    def pages(self) -> list[int]:
        """The pages the table is printed on, in order."""
        return sorted({page for page, _ in self.boxes()})

    # ---- grid access --------------------------------------------------------------------------

    def cell_at(self, row: int, col: int) -> Cell | None:
        """The cell covering (row, col), following spans; None for an empty position."""
        for cell in self.cells:
            if cell.row <= row < cell.row + cell.row_span and cell.col <= col < cell.col + cell.col_span:
                return cell
        return None

    def anchor(self, row: int, col: int) -> Cell | None:
        """The cell anchored exactly at (row, col)."""
        for cell in self.cells:
            if cell.row == row and cell.col == col:
                return cell
        return None

    def grid(self) -> list[list[Cell | None]]:
        """Dense grid; a spanned cell appears in every position it covers."""
        grid: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, min(cell.row + cell.row_span, self.n_rows)):
                for c in range(cell.col, min(cell.col + cell.col_span, self.n_cols)):
                    grid[r][c] = cell
        return grid

    def text_grid(self, spans: str = "anchor") -> list[list[str]]:
        """Grid of texts. ``spans="anchor"``: a spanned cell's text only at its anchor;
        ``spans="repeat"``: repeated in every covered position."""
        out = [[""] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            if spans == "repeat":
                for r in range(cell.row, min(cell.row + cell.row_span, self.n_rows)):
                    for c in range(cell.col, min(cell.col + cell.col_span, self.n_cols)):
                        out[r][c] = cell.text
            elif 0 <= cell.row < self.n_rows and 0 <= cell.col < self.n_cols:
                out[cell.row][cell.col] = cell.text
        return out

    def rows(self) -> Iterator[list[Cell | None]]:
        yield from self.grid()

    def sort_cells(self) -> None:
        self.cells.sort(key=lambda c: (c.row, c.col))

    def copy(self) -> "Table":
        return copy.deepcopy(self)

    # ---- JSON ---------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "page": self.page,
            "bbox": list(self.bbox),
            "n_rows": self.n_rows,
            "n_cols": self.n_cols,
            "header_rows": self.header_rows,
            "title": self.title,
            "caption": self.caption,
            "method": self.method,
            "total_rows": list(self.total_rows),
            "section": self.section,
            "continued_from": self.continued_from,
            "columns": list(self.columns) if self.columns is not None else None,
            "row_tags": {str(r): _tags_json(t) for r, t in sorted(self.row_tags.items()) if t},
            "document": self.document,
        }
        if self.parts:  # only tables merged from several pages have it
            data["parts"] = [p.to_json() for p in self.parts]
        if self.source:  # only tables read by OCR have it
            data["source"] = self.source
        if self.confidence is not None:  # only extracted tables have it
            data["confidence"] = self.confidence
        if self.doubts:
            data["doubts"] = list(self.doubts)
        if self.checked:
            data["checked"] = True
        data["cells"] = [c.to_json() for c in sorted(self.cells, key=lambda c: (c.row, c.col))]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Table":
        cells = [Cell.from_json(c) for c in data.get("cells", [])]
        n_rows = data.get("n_rows")
        n_cols = data.get("n_cols")
        if n_rows is None:
            n_rows = max((c.row + c.row_span for c in cells), default=0)
        if n_cols is None:
            n_cols = max((c.col + c.col_span for c in cells), default=0)
        return cls(
            id=str(data["id"]),
            page=int(data["page"]),
            bbox=_bbox(data["bbox"]) or (0.0, 0.0, 0.0, 0.0),
            n_rows=int(n_rows),
            n_cols=int(n_cols),
            cells=cells,
            header_rows=int(data.get("header_rows", 0)),
            title=str(data.get("title") or ""),
            caption=str(data.get("caption") or ""),
            method=str(data.get("method") or "borderless"),
            total_rows=[int(r) for r in data.get("total_rows") or []],
            section=data.get("section"),
            continued_from=data.get("continued_from"),
            columns=[float(x) for x in data["columns"]] if data.get("columns") is not None else None,
            row_tags={int(r): _tags_from(t) for r, t in (data.get("row_tags") or {}).items()},
            document=str(data.get("document") or ""),
            parts=[TablePart.from_json(p) for p in data.get("parts") or []],
            source=str(data["source"]) if data.get("source") else None,
            confidence=_confidence(data.get("confidence")),
            doubts=[str(d) for d in data.get("doubts") or [] if isinstance(d, str)][:8],
            checked=data.get("checked") is True,
        )

    @classmethod
    def from_rows(
        cls,
        rows: list[list[str]],
        *,
        id: str,
        page: int = 1,
        bbox: Iterable[float] = (0, 0, 0, 0),
        header_rows: int = 0,
        values: list[list[Number | None]] | None = None,
        **kwargs: Any,
    ) -> "Table":
        """Build a span-free table from a list of rows of text (convenience for tests and tools)."""
        n_cols = max((len(r) for r in rows), default=0)
        cells = []
        for r, row in enumerate(rows):
            for c in range(n_cols):
                text = row[c] if c < len(row) else ""
                value = values[r][c] if values is not None and c < len(values[r]) else None
                cells.append(Cell(r, c, text, value=value))
        return cls(
            id=id,
            page=page,
            bbox=_bbox(bbox) or (0.0, 0.0, 0.0, 0.0),
            n_rows=len(rows),
            n_cols=n_cols,
            cells=cells,
            header_rows=header_rows,
            **kwargs,
        )


# ----------------------------------------------------------------------------------------- sections


@dataclass
class Section:
    """A heading and the text under it; ``children`` are its sub-sections."""

    id: str
    title: str
    level: int
    page: int
    end_page: int
    text: str = ""
    tags: list[Tag] = field(default_factory=list)
    children: list["Section"] = field(default_factory=list)
    #: Position of the heading on its page (top, in points), when known; for overlays.
    top: float | None = None
    #: Bounding box of the heading on its page, when known.
    bbox: BBox | None = None
    #: How sure the extractor is that this is a heading at this level (0-1), when it inferred it from
    #: the page content; None for bookmarks, the root and sections the user made or corrected.
    confidence: float | None = None

    @property
    def own_end_page(self) -> int:
        """The last page of its own text and tables: ``end_page`` includes the sub-sections, and in
        reading order a section's own content comes before its first sub-section's heading (unless the
        user moved an earlier one under it)."""
        if self.children and self.children[0].page >= self.page:
            return min(self.end_page, self.children[0].page)
        return max(self.page, self.end_page)

    def walk(self) -> Iterator["Section"]:
        """This section and all its descendants, in document (pre-)order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def to_json(self, parent: str | None = None) -> dict[str, Any]:
        """One flat record (children are listed separately with ``parent`` pointing here)."""
        return {
            "id": self.id,
            "title": self.title,
            "level": self.level,
            "page": self.page,
            "end_page": self.end_page,
            "parent": parent,
            "tags": _tags_json(self.tags),
            "text": self.text,
            "top": self.top,
            "bbox": list(self.bbox) if self.bbox else None,
        } | ({"confidence": round(self.confidence, 2)} if self.confidence is not None else {})


def sections_to_json(roots: list[Section]) -> list[dict[str, Any]]:
    """Flatten a section forest into pre-order records with ``parent`` ids."""
    out: list[dict[str, Any]] = []

    def visit(section: Section, parent: str | None) -> None:
        out.append(section.to_json(parent))
        for child in section.children:
            visit(child, section.id)

    for root in roots:
        visit(root, None)
    return out


def _confidence(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        return None
    return min(1.0, max(0.0, float(value)))


def sections_from_json(records: list[dict[str, Any]]) -> list[Section]:
    """Rebuild the forest from flat records; order of children follows the record order."""
    by_id: dict[str, Section] = {}
    roots: list[Section] = []
    for rec in records:
        section = Section(
            id=str(rec["id"]),
            title=str(rec.get("title", "")),
            level=int(rec.get("level", 1)),
            page=int(rec.get("page", 1)),
            end_page=int(rec.get("end_page", rec.get("page", 1))),
            text=str(rec.get("text") or ""),
            tags=_tags_from(rec.get("tags")),
            top=rec.get("top"),
            bbox=_bbox(rec.get("bbox")),
            confidence=_confidence(rec.get("confidence")),
        )
        if section.id in by_id:
            raise ValueError(f"duplicate section id {section.id!r}")
        by_id[section.id] = section
        parent = rec.get("parent")
        if parent is None:
            roots.append(section)
        else:
            if parent not in by_id:
                raise ValueError(f"section {section.id!r} names unknown or later parent {parent!r}")
            by_id[parent].children.append(section)
    return roots


# ---------------------------------------------------------------------------------------- documents

#: Metadata titles that are not titles: a file name, a word processor's default.
_NOT_A_TITLE = re.compile(
    r"^\s*(?:microsoft\s+\w+\s*-|untitled\b|document\s*\d*\s*$|title\s*$|slide\s*\d*\s*$"
    # placeholders PDF libraries write when no title is given: ReportLab "(anonymous)", "(unspecified)"
    r"|[(\[<]?\s*(?:anonymous|unspecified|unknown|none|no\s+title|null)\s*[)\]>]?\s*$)"
    r"|\.(?:docx?|pdf|indd|qxp|qxd|rtf|odt|pptx?|xlsx?|tex|dvi|ps|txt|html?)\s*$"
    # a program's default: "ActiveReports Document", "PowerPoint Presentation"
    r"|^\s*\S+\s+(?:document|presentation|workbook)\s*\d*\s*$"
    # other languages' "untitled" and "document N"
    r"|^\s*(?:sans\s+titre|sin\s+t[ií]tulo|senza\s+titolo|sem\s+t[ií]tulo|unbenannt|無題|新規文書|documento|dokument)"
    r"\s*-?\s*\d*\s*$"
    # one token that is a file or an identifier: "10811.exe", "905_Precinct_NoOU", "WochenprogrammDruck"
    r"|^\s*\S+\.[a-z0-9]{2,4}\s*$|^\s*\S*_\S*\s*$",
    re.IGNORECASE,
)
#: One token joining words in camel case ("WochenprogrammDruck"): an identifier ("McKinsey" is a name).
_CAMEL_TOKEN = re.compile(r"^\s*\S*[a-z]{3}[A-Z][a-z]{2}\S*\s*$")


def metadata_title(text: str | None) -> str:
    """A PDF's metadata title when it is one ("untitled", "Microsoft Word - x.docx" are not), else ""."""
    meta = " ".join((text or "").split())
    if (meta and any(c.isalpha() for c in meta) and not _NOT_A_TITLE.search(meta) and not _CAMEL_TOKEN.match(meta)
            and len(meta) <= 300):
        return meta
    return ""


@dataclass
class SourceDocument:
    """Identity of a source PDF."""

    path: str
    sha256: str
    pages: int
    title: str = ""
    #: PDF info dictionary (Title, Author, Subject, Producer, CreationDate ...), as strings.
    metadata: dict[str, str] = field(default_factory=dict)
    #: (width, height) of each page in points, as displayed (rotation applied).
    page_sizes: list[tuple[float, float]] = field(default_factory=list)
    encrypted: bool = False

    @property
    def display_name(self) -> str:
        from pathlib import PurePath

        return metadata_title(self.title) or PurePath(self.path).name

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "pages": self.pages,
            "title": self.title,
            "metadata": dict(self.metadata),
            "page_sizes": [list(s) for s in self.page_sizes],
            "encrypted": self.encrypted,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "SourceDocument":
        return cls(
            path=str(data.get("path", "")),
            sha256=str(data["sha256"]),
            pages=int(data.get("pages", 0)),
            title=str(data.get("title") or ""),
            metadata={str(k): str(v) for k, v in (data.get("metadata") or {}).items()},
            page_sizes=[(float(w), float(h)) for w, h in data.get("page_sizes") or []],
            encrypted=bool(data.get("encrypted", False)),
        )


@dataclass
class PageWarning:
    """Something the user should know about one page (page 0: the whole document)."""

    page: int
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"page": self.page, "message": self.message}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "PageWarning":
        return cls(page=int(data.get("page", 0)), message=str(data.get("message", "")))


@dataclass
class DocumentData:
    """Everything known about one source document: its tables, its section tree, warnings."""

    document: SourceDocument
    tables: list[Table] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    warnings: list[PageWarning] = field(default_factory=list)

    def table(self, table_id: str) -> Table:
        for t in self.tables:
            if t.id == table_id:
                return t
        raise KeyError(f"no table {table_id!r}")

    @property
    def title(self) -> str:
        """The document as a reader names it: the title of its level-0 root section (the metadata's
        title when the section step found it is this document's, else the cover's; or as the user set
        it), else its metadata title when it is one, else its file name."""
        root = next((s for s in self.sections if s.level <= 0 and s.title.strip()), None)
        if root is not None:
            return " ".join(root.title.split())
        return metadata_title(self.document.title) or self.document.display_name

    def all_sections(self) -> Iterator[Section]:
        for root in self.sections:
            yield from root.walk()

    def headings(self) -> Iterator[Section]:
        """Every section but a level-0 root, which is the document itself (docs/sections.md): the
        sections a reader counts, and those a pack of the whole document shows as headings."""
        return (s for s in self.all_sections() if s.level > 0)

    def section(self, section_id: str) -> Section:
        for s in self.all_sections():
            if s.id == section_id:
                return s
        raise KeyError(f"no section {section_id!r}")

    def section_parent(self, section_id: str) -> Section | None:
        """Parent of a section (None for a root); KeyError when the id is unknown."""
        for s in self.all_sections():
            for child in s.children:
                if child.id == section_id:
                    return s
        for root in self.sections:
            if root.id == section_id:
                return None
        raise KeyError(f"no section {section_id!r}")

    def copy(self) -> "DocumentData":
        return copy.deepcopy(self)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "briefing-builder/extract",
            "version": JSON_VERSION,
            "document": self.document.to_json(),
            "tables": [t.to_json() for t in self.tables],
            "sections": sections_to_json(self.sections),
            "warnings": [w.to_json() for w in self.warnings],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "DocumentData":
        version = int(data.get("version", JSON_VERSION))
        if version > JSON_VERSION:
            raise ValueError(
                f"this file was written by a newer Briefing Builder (JSON version {version}); "
                f"this one reads up to {JSON_VERSION}"
            )
        return cls(
            document=SourceDocument.from_json(data["document"]),
            tables=[Table.from_json(t) for t in data.get("tables", [])],
            sections=sections_from_json(data.get("sections", [])),
            warnings=[PageWarning.from_json(w) for w in data.get("warnings", [])],
        )
