"""Suspicious values in extracted tables and sections, for the user to check.

Qt-free. :func:`check_table` looks at one table, :func:`check_document` at a whole document; both
return :class:`Problem` records (table id, row, column, kind, message) that the GUI flags in place and
lists in the problems panel.

Kinds:

``row_sum``          a row's numbers do not add up to its value in the total column
``column_sum``       a column's numbers do not add up to the value in a totals row
``text_in_numbers``  text that is not a number in a column of numbers
``lost_character``   "�" (a character the PDF's font could not map)
``cid``              "(cid:NN)" (a glyph without a text mapping)
``empty_column``     a column without any text
``empty_row``        a row without any text
``ocr_uncertain``    a cell read by OCR with low confidence (a scanned page): check it against the page
``ocr_lookalike``    a cell read by OCR in a number column that would be a number if a letter were
                     a digit ("1O0,000": O/0, l/1, S/5): flagged, never changed
``damaged_source``   the PDF is damaged and was read from a copy repaired in memory (pages missing,
                     without content or rebuilt from their content alone): check against the original
``rounding``         a sum of whole numbers that misses its printed total by a few units: within what
                     rounding could explain, but worth a look (low severity; sources do have such slips)

Rounding: printed figures are rounded, so a sum may differ from its printed total by up to half a unit
of the last printed digit per figure; larger differences are ``row_sum`` / ``column_sum``. For figures
printed with decimals, smaller differences are rounding noise and are not reported; for whole numbers
(amounts in USD, people) any difference is reported as ``rounding``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

from app.document.messages import N_, Message
from app.document.model import Cell, DocumentData, Section, Table
from app.document.numbers import parse_number
from app.extract.tables.totals import (PEOPLE_HEADER, earlier_parts, leading_totals, not_a_sum, numbering_row, parts_run,
                                      subtotal_rows)

KINDS = ("row_sum", "column_sum", "text_in_numbers", "lost_character", "cid", "empty_column", "empty_row",
         "rounding", "ocr_uncertain", "ocr_lookalike", "damaged_source", "extraction")
#: The interface translates labels and messages under this context (app/document/messages.py).
CONTEXT = "Problems"
LABELS = {
    "row_sum": N_("Problems", "Row sum"),
    "column_sum": N_("Problems", "Column sum"),
    "text_in_numbers": N_("Problems", "Text in numbers"),
    "lost_character": N_("Problems", "Lost character"),
    "cid": N_("Problems", "Unmapped glyph"),
    "empty_column": N_("Problems", "Empty column"),
    "empty_row": N_("Problems", "Empty row"),
    "rounding": N_("Problems", "Rounding difference"),
    "ocr_uncertain": N_("Problems", "Uncertain OCR"),
    "ocr_lookalike": N_("Problems", "OCR look-alike"),
    "damaged_source": N_("Problems", "Damaged PDF"),
    "extraction": N_("Problems", "Extraction"),
}

LOST = "\ufffd"
CID = re.compile(r"\(cid:\d+\)")
_SHARE_HEADER = re.compile(r"\bshare\b|%|\bper ?cent|\bproportion\b", re.IGNORECASE)
_TOTAL_HEADER = re.compile(r"\btotals?\b|\bsum\b|\bgrand total\b", re.IGNORECASE)
#: Cells read by OCR below this confidence (0-1) are listed as uncertain.
LOW_CONFIDENCE = 0.75
#: Share of a column's body cells that must be numbers for the column to count as a number column.
NUMBER_COLUMN_SHARE = 0.6


@dataclass(frozen=True)
class Problem:
    kind: str
    #: The sentence in English (JSON, the command line); the interface shows :attr:`note` translated.
    message: str | Message
    #: Id of the table (None for a problem in a section's text).
    table: str | None = None
    #: Row / column in the table; None when the problem is about a whole column / row.
    row: int | None = None
    col: int | None = None
    #: Id of the section, for problems in section titles or text.
    section: str | None = None
    page: int | None = None
    #: The message as a template and its parameters, for the interface to translate.
    note: Message | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if isinstance(self.message, Message):
            object.__setattr__(self, "note", self.message)
            object.__setattr__(self, "message", str(self.message))

    @property
    def label(self) -> str:
        return LABELS.get(self.kind, self.kind)

    def to_json(self) -> dict:
        return {"kind": self.kind, "message": self.message, "table": self.table, "row": self.row,
                "col": self.col, "section": self.section, "page": self.page}


# ------------------------------------------------------------------------------------------ helpers


@lru_cache(maxsize=65536)
def _is_number(text: str) -> bool:
    """``parse_number(text) is not None``, remembered: the checks run again after every edit."""
    return parse_number(text) is not None


@lru_cache(maxsize=65536)
def _decimals(text: str) -> int:
    """Decimal places printed in a number ("1,234.56" -> 2, "1.234,5" -> 1, "12,500" -> 0)."""
    parsed = parse_number(text)
    if parsed is None or parsed.value is None or isinstance(parsed.value, int):
        return 0
    m = re.search(r"[.,](\d+)\D*$", text)
    return len(m.group(1)) if m else 0


def _is_percent(cell: Cell | None) -> bool:
    return cell is not None and "%" in cell.text


def _tolerance(cells: Iterable[Cell]) -> float:
    cells = list(cells)
    decimals = max((_decimals(c.text) for c in cells), default=0)
    return 0.5 * 10 ** (-decimals) * max(1, len(cells)) + 1e-9


def _whole(cells: Iterable[Cell]) -> bool:
    """True when every figure is printed without decimals."""
    return all(_decimals(c.text) == 0 for c in cells)


def _fmt(value: float) -> float:
    """A figure for a message: rounded off float noise; written out when the message is shown."""
    return round(value, 6)


def _m(template: str, **params) -> Message:
    return Message(CONTEXT, template, tuple(params.items()))


def _text_problems(text: str) -> list[tuple[str, Message]]:
    found: list[tuple[str, Message]] = []
    if LOST in text:
        word = next((w for w in text.split() if LOST in w), LOST)
        found.append(("lost_character", _m(N_("Problems", "Lost character in “{word}”"), word=word[:40])))
    m = CID.search(text)
    if m:
        found.append(("cid", _m(N_("Problems", "Unmapped glyph {glyph} in “{text}”"), glyph=m.group(0),
                               text=text[max(0, m.start() - 15): m.end() + 15])))
    return found


# -------------------------------------------------------------------------------------------- tables


def number_columns(table: Table) -> list[int]:
    """Columns whose body cells are mostly printed numbers."""
    grid = table.grid()
    body = [r for r in range(table.header_rows, table.n_rows)]
    result = []
    for c in range(table.n_cols):
        texts = []
        numeric = 0
        for r in body:
            cell = grid[r][c]
            if cell is None or cell.row != r or cell.col != c:
                continue
            text = cell.text.strip()
            if not text:
                continue
            texts.append(text)
            if _is_number(text):
                numeric += 1
        if len(texts) >= 2 and numeric / len(texts) >= NUMBER_COLUMN_SHARE:
            result.append(c)
    return result


def total_column(table: Table, numeric: list[int] | None = None) -> int | None:
    """The rightmost number column whose header says "total" (not a share of the total: "Share of
    total", "% of total" or a column of percentages)."""
    if table.header_rows == 0:
        return None
    numeric = number_columns(table) if numeric is None else numeric
    headers = table.text_grid(spans="repeat")[: table.header_rows]
    percent = {c.col for c in table.cells if c.row >= table.header_rows and "%" in c.text}
    for c in sorted(numeric, reverse=True):
        if c in percent or any(_SHARE_HEADER.search(row[c]) for row in headers):
            continue
        if any(_TOTAL_HEADER.search(row[c]) for row in headers):
            return c
    return None


def _value(cell: Cell | None) -> float | None:
    if cell is None or cell.row_span > 1 or cell.col_span > 1:
        return None
    return float(cell.value) if cell.value is not None else None


def _part_value(cell: Cell | None) -> float | None:
    """A cell's value as a part of its column's total: a cell spanning rows (one figure for two
    merged rows) counts once."""
    if cell is None or cell.col_span > 1:
        return None
    return float(cell.value) if cell.value is not None else None


def _anchored(cell: Cell | None, row: int) -> Cell | None:
    return cell if cell is not None and cell.row == row else None


def _earlier_cells(earlier: Sequence[Table], n_cols: int) -> tuple[list[dict[int, Cell]], list[dict[int, Cell]]]:
    """Body cells of the earlier parts of a continued table by row, as {column: cell}: (rows since their
    last totals row, all their rows that are not totals)."""
    block: list[dict[int, Cell]] = []
    every: list[dict[int, Cell]] = []
    for part in earlier:
        if part.n_cols != n_cols:
            return [], []
        rows: dict[int, dict[int, Cell]] = {}
        for c in part.cells:
            if c.row >= part.header_rows and c.row_span == 1 and c.col_span == 1:
                rows.setdefault(c.row, {})[c.col] = c
        for r in range(part.header_rows, part.n_rows):
            if r in part.total_rows:
                block = []
                continue
            block.append(rows.get(r, {}))
            every.append(rows.get(r, {}))
    return block, every


def check_table(table: Table, earlier: Sequence[Table] | None = None) -> list[Problem]:
    """Every problem found in one table, in reading order.

    ``earlier``: the parts a continued table continues (:func:`app.extract.tables.totals.earlier_parts`), whose
    rows count towards its totals; without them, a total whose rows start on an earlier page is not
    checked (a warning must be right or absent)."""
    problems: list[Problem] = []
    grid = table.grid()
    t, page = table.id, table.page

    # characters first: they explain most of the other findings
    for cell in sorted(table.cells, key=lambda c: (c.row, c.col)):
        for kind, message in _text_problems(cell.text):
            problems.append(Problem(kind, message, t, cell.row, cell.col, page=page))

    numeric = number_columns(table)
    totals = set(table.total_rows)
    body = [r for r in range(table.header_rows, table.n_rows)]

    # text in a number column
    for c in numeric:
        for r in body:
            cell = grid[r][c]
            if cell is None or cell.row != r or cell.col != c:
                continue
            text = cell.text.strip()
            if text and not _is_number(text) and LOST not in text and not CID.search(text):
                problems.append(Problem("text_in_numbers", _m(N_("Problems", "“{text}” is not a number"),
                                                               text=text[:40]), t, r, c, page=page))

    # column sums against totals rows
    numbering = {r for r in body if numbering_row([_value(grid[r][c]) for c in range(table.n_cols)])}
    detail = [r for r in body if r not in totals and r not in numbering]
    previous_total = table.header_rows - 1
    carried_block, carried_all = _earlier_cells(earlier or [], table.n_cols)
    unseen_start = bool(table.continued_from) and not carried_all
    headers = table.text_grid(spans="repeat")[: table.header_rows]
    leading = leading_totals([r for r in totals if r >= table.header_rows], detail,
                             lambda r, c: _part_value(_anchored(grid[r][c], r)), numeric, table.header_rows)
    for index, total in enumerate(sorted(totals)):
        if not table.header_rows <= total < table.n_rows:
            continue
        first = index == 0 or all(t < table.header_rows for t in sorted(totals)[:index])
        if unseen_start and first:
            previous_total = total
            continue  # its rows start on an earlier page we cannot see
        block = [r for r in detail if previous_total < r < total]
        all_above = [r for r in detail if r < total]
        subtotals = [r for r in totals if r < total and r not in leading]
        if total in leading:  # a total over its group ("TOTAL BEANS" then each crop): checked against it
            block = all_above = leading[total]
            subtotals = []
        for c in numeric:
            if _is_percent(grid[total][c]):
                continue
            expected = _value(grid[total][c])
            if expected is None:
                continue
            before_block = [row[c] for row in carried_block if c in row] if first else []
            before_all = [row[c] for row in carried_all if c in row]
            candidates = []
            for cells_in in (before_block + [_anchored(grid[r][c], r) for r in block],
                             before_all + [_anchored(grid[r][c], r) for r in all_above],
                             [grid[r][c] for r in subtotals]):
                values = [_part_value(x) for x in cells_in]
                cells = [x for x, v in zip(cells_in, values) if v is not None]
                if not cells:
                    continue
                heads = subtotal_rows(values, _tolerance(cells[:3]))
                if heads:  # subtotal rows then their parts: the total is the sum of the subtotals
                    sub = [cells_in[k] for k in heads]
                    candidates.append((sum(_part_value(x) for x in sub), sub))  # type: ignore[misc]
                candidates.append((sum(_part_value(x) for x in cells), cells))  # type: ignore[misc]
            if not candidates:
                continue
            if any(abs(s - expected) < 1e-9 for s, _ in candidates):
                continue
            if any(not_a_sum(expected, [_part_value(x) for x in cells]) for _, cells in candidates):
                continue  # an average or a share, not a sum
            if any(PEOPLE_HEADER.search(h[c]) for h in headers) and all(expected < s for s, _ in candidates):
                continue  # people counted under several sectors: their total counts each person once
            within = [(s, cells) for s, cells in candidates
                      if abs(s - expected) <= _tolerance(cells + [grid[total][c]])]
            if within:
                s, cells = within[0]
                if _whole(cells + [grid[total][c]]):
                    problems.append(Problem(
                        "rounding",
                        _m(N_("Problems", "Column adds up to {sum}, the total says {total} "
                                          "(difference {difference}: rounding in the source?)"),
                           sum=_fmt(s), total=_fmt(expected), difference=_fmt(expected - s)),
                        t, total, c, page=page,
                    ))
                continue
            s = candidates[0][0]
            problems.append(Problem(
                "column_sum",
                _m(N_("Problems", "Column adds up to {sum}, the total says {total} (difference {difference})"),
                   sum=_fmt(s), total=_fmt(expected), difference=_fmt(expected - s)),
                t, total, c, page=page,
            ))
        if total not in leading:
            previous_total = total

    # row sums against the total column
    tc = total_column(table, numeric)
    if tc is not None:
        label_cols = set(range(table.n_cols)) - set(numeric)
        headers = table.text_grid(spans="repeat")[: table.header_rows]
        # a total repeated per column group ("2012: Total, Rural | 2017: Total, Rural") adds up the
        # columns after the group's previous total only
        headed_total = [c for c in numeric if any(_TOTAL_HEADER.search(h[c]) for h in headers)]
        values_before = [c for c in numeric if c not in headed_total and c < min(headed_total + [tc])]
        if not values_before:  # "Total | Rural | Urban": a total heads the columns after it
            group = range(tc + 1, min([c for c in headed_total if c > tc] + [table.n_cols]))
        else:
            group = range(max([c for c in headed_total if c < tc] + [-1]) + 1, tc)
        parts = [
            c for c in numeric
            if c in group and c not in label_cols and c not in headed_total
            and not any(_is_percent(grid[r][c]) for r in body)
        ]
        nearest = parts if not values_before else parts[::-1]
        run = parts_run([(v, [_value(grid[r][c]) for c in nearest]) for r in body
                         if r not in numbering and (v := _value(grid[r][tc])) is not None])
        parts = sorted(nearest[:run])
        for r in body:
            expected = _value(grid[r][tc])
            if expected is None or r in numbering:
                continue
            cells = [grid[r][c] for c in parts if _value(grid[r][c]) is not None]
            if len(parts) < 2 or len(cells) < 2 or not_a_sum(expected, [_value(x) for x in cells]):
                continue  # one number column beside a total is a part of it (Rural, "of which"), not all
            s = sum(_value(x) for x in cells)  # type: ignore[misc]
            if 1e-9 < abs(s - expected) <= _tolerance(cells + [grid[r][tc]]) and _whole(cells + [grid[r][tc]]):
                problems.append(Problem(
                    "rounding",
                    _m(N_("Problems", "Row adds up to {sum}, the total column says {total} "
                                      "(difference {difference}: rounding in the source?)"),
                       sum=_fmt(s), total=_fmt(expected), difference=_fmt(expected - s)),
                    t, r, tc, page=page,
                ))
            elif abs(s - expected) > _tolerance(cells + [grid[r][tc]]):
                problems.append(Problem(
                    "row_sum",
                    _m(N_("Problems", "Row adds up to {sum}, the total column says {total} (difference "
                                      "{difference})"),
                       sum=_fmt(s), total=_fmt(expected), difference=_fmt(expected - s)),
                    t, r, tc, page=page,
                ))

    if table.source == "ocr":
        problems.extend(_ocr_problems(table, numeric))

    # empty columns and rows
    if table.n_rows > 1:
        for c in range(table.n_cols):
            if all(not (grid[r][c].text.strip() if grid[r][c] else "") for r in range(table.n_rows)):
                problems.append(Problem("empty_column", _m(N_("Problems", "Column {column} is empty"),
                                                           column=str(c + 1)),
                                        t, None, c, page=page))
    if table.n_cols > 1:
        for r in range(table.n_rows):
            if all(not (grid[r][c].text.strip() if grid[r][c] else "") for c in range(table.n_cols)):
                problems.append(Problem("empty_row", _m(N_("Problems", "Row {row} is empty"), row=str(r + 1)),
                                        t, r, None, page=page))
    return problems


def _ocr_problems(table: Table, numeric: list[int]) -> list[Problem]:
    """Cells of a scanned table to check by eye: low recognition confidence, or digits and
    look-alike letters mixed in a number column."""
    from app.document.numbers import lookalike_number

    found = []
    numeric_cols = set(numeric)
    for cell in sorted(table.cells, key=lambda c: (c.row, c.col)):
        text = cell.text.strip()
        if not text:
            continue
        guess = lookalike_number(text) if cell.col in numeric_cols and not _is_number(text) else None
        if guess:
            found.append(Problem("ocr_lookalike",
                                 _m(N_("Problems", "“{text}” was read by OCR; did the page say “{guess}”?"),
                                    text=text[:40], guess=guess),
                                 table.id, cell.row, cell.col, page=table.page))
        elif cell.confidence is not None and cell.confidence < LOW_CONFIDENCE:
            found.append(Problem("ocr_uncertain",
                                 _m(N_("Problems", "“{text}” read by OCR with low confidence ({confidence}): "
                                                   "check it on the page"),
                                    text=text[:40], confidence=f"{cell.confidence:.0%}"),
                                 table.id, cell.row, cell.col, page=table.page))
    return found


def check_section(section: Section) -> list[Problem]:
    """Lost characters in one section's title and text (not its children)."""
    problems = []
    wheres = (N_("Problems", "Section title: {message}"), N_("Problems", "Section text: {message}"))
    for where, text in zip(wheres, (section.title, section.text)):
        for kind, message in _text_problems(text):
            # the inner sentence stays a Message so the interface translates both
            problems.append(Problem(kind, _m(where, message=message), section=section.id, page=section.page))
    return problems


def check_source(data: DocumentData) -> list[Problem]:
    """The extraction's notes on a damaged source PDF (what was repaired, which pages were rebuilt) and
    its own warnings (pages skipped or not extracted, a cancelled run, no text layer)."""
    from app.source.pdf import DAMAGE_NOTE, REBUILT_NOTE, damage_message

    # the English note stays as saved (JSON, the command line); the interface translates the Message
    # read back from it, and shows an older version's wording as it is
    from app.extract.pipeline import warning_message

    found = []
    for w in data.warnings:
        if DAMAGE_NOTE in w.message or w.message.startswith(REBUILT_NOTE):
            found.append(Problem("damaged_source", w.message, page=w.page or None, note=damage_message(w.message)))
            continue
        # what the extraction itself had to say (pages skipped, cancelled, no text layer): the user
        # learns which pages to check or extract again; the same reading back as the notes above
        note = warning_message(w.message)
        if note is not None:
            found.append(Problem("extraction", w.message, page=w.page or None, note=note))
    return found


def check_document(data: DocumentData) -> list[Problem]:
    """All problems of a document: the source's damage, tables in document order, then sections."""
    problems: list[Problem] = check_source(data)
    for table in data.tables:
        problems.extend(check_table(table, earlier_parts(table, data.tables)))
    for section in data.all_sections():
        problems.extend(check_section(section))
    return problems


def problems_by_cell(problems: Iterable[Problem]) -> dict[tuple[int | None, int | None], list[Problem]]:
    """Index one table's problems by (row, col) for highlighting cells."""
    index: dict[tuple[int | None, int | None], list[Problem]] = {}
    for p in problems:
        index.setdefault((p.row, p.col), []).append(p)
    return index
