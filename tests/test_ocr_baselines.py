"""Cells of one table row that the OCR engine reads as separate lines (a wide gutter between them)
are drawn on one baseline, as on a born-digital page (``ocr.BASELINE_PRECISION``)."""

from __future__ import annotations

import io

import pdfplumber

from app.extract.tables import extract_tables
from app.source import ocr

EM = 28.0  # 10 pt at 200 dpi, in pixels
NAMES = ["Egypt", "Italy", "Norway", "Hungary", "Jordan", "Paraguay", "Germany", "Libya", "Kenya", "Spain"]


def _word(text, x0, baseline, line, descends):
    height = (0.72 + (0.21 if descends else 0.0)) * EM
    bottom = baseline + (0.21 * EM if descends else 0.0)
    width = 0.55 * EM * len(text)
    return ocr.OcrWord(text, (x0, bottom - height, x0 + width, bottom), 95.0, line)


def _scanned_table(tilt: float) -> ocr.OcrPage:
    """A country x figures table as the engine reads it: each name a line of its own (block 1), the
    figures of a row another line (block 2), the right side ``tilt`` em lower (skew left over after
    straightening), names with a descender boxed down to its tail."""
    words = [_word("Country", 200, 300, (1, 0, 0), False)]
    words += [_word(h, 900 + 260 * k, 300 + tilt * EM, (2, 0, 0), False) for k, h in enumerate(["Budget", "Spent", "Total"])]
    for r, name in enumerate(NAMES):
        y = 360 + 42 * r
        words.append(_word(name, 200, y, (1, 0, r + 1), any(c in "gjpqy" for c in name)))
        for k in range(3):
            words.append(_word(f"{(r + 1) * (k + 2) * 1000:,}", 900 + 260 * k, y + tilt * EM, (2, 0, r + 1), False))
    return ocr.OcrPage(words=words, lines=[], width_px=1654, height_px=2339)


def _rows(page: ocr.OcrPage) -> list[list[str]]:
    with pdfplumber.open(io.BytesIO(ocr.synthetic_pdf(page, 595, 842))) as pdf:
        tables = extract_tables(pdf.pages[0])
    assert len(tables) == 1, [t.text_grid() for t in tables]
    return [[c for c in row if c] for row in tables[0].text_grid()]


def test_row_cells_read_as_separate_lines_stay_one_row():
    rows = _rows(_scanned_table(tilt=0.12))
    body = [r for r in rows if r and r[0] in NAMES]
    assert [r[0] for r in body] == NAMES
    assert all(len(r) == 4 for r in body), body


def test_lines_a_row_apart_keep_their_own_baselines():
    drawn = [[[], 10.0, 100.0], [[], 10.0, 102.5], [[], 10.0, 114.0], [[], 10.0, 116.0]]
    ocr._common_baselines(drawn)
    assert [d[2] for d in drawn] == [102.5, 102.5, 116.0, 116.0]


def test_a_number_without_descender_stays_on_its_line_moved_to_a_common_baseline():
    """A line whose words mostly descend ("4. Expand emergency governance and approach") has its
    measured baseline at their tails; put on one baseline with a line of the next column a little
    lower, its words that sat on its own baseline ("4.", "and") move with it. Judged against the common
    baseline instead, "4." fell out of the tolerance and was drawn a row above its text: two segments,
    and the bold items of a numbered list read as headings (development scan report-0006)."""
    left = [("4.", False), ("Expand", True), ("emergency", True), ("governance", True), ("and", False),
            ("approach", True)]
    words, x = [], 200.0
    for text, descends in left:
        words.append(_word(text, x, 1000, (1, 0, 0), descends))
        x = words[-1].box[2] + 0.3 * EM
    # the next column's line: as tall, 10 px lower (within BASELINE_PRECISION of the line's tails)
    bottom = 1000 + 0.21 * EM + 10
    words += [ocr.OcrWord(t, (900 + 200 * k, bottom - 0.93 * EM, 1050 + 200 * k, bottom), 95.0, (2, 0, 0))
              for k, t in enumerate(["SECTOR", "TOTAL"])]
    page = ocr.OcrPage(words=words, lines=[], width_px=1654, height_px=2339)
    with pdfplumber.open(io.BytesIO(ocr.synthetic_pdf(page, 595, 842))) as pdf:
        got = {w["text"]: w for w in pdf.pages[0].extract_words()}
    assert abs(got["4."]["bottom"] - got["and"]["bottom"]) < 0.5
    assert abs(got["4."]["bottom"] - got["Expand"]["bottom"]) < 1.0, (got["4."]["bottom"], got["Expand"]["bottom"])
