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


def test_a_heading_read_on_one_line_with_the_body_across_a_gutter_keeps_its_own_baseline():
    """Two columns of body text; the engine reads a body line of the left column and the heading
    beside it, a few points lower, as one line (as on a scanned report). The heading is drawn on its
    own baseline, whole: its words with a descender ("Support") are not cut off onto a row of their
    own, and the body line keeps its baseline."""
    from app.extract.sections.features import page_features

    body_em, head_em = 31.0, 35.0

    def w(text, x0, x1, bottom, top, line, em=body_em, stroke=0.09):
        return ocr.OcrWord(text, (x0, top, x1, bottom), 0.95, line, em, stroke)

    words = []
    for k in range(8):  # the columns' other lines prove the gutter between them
        y = 300 + 70 * k
        words += [w("regional", 170, 330, y, y - 23, (1, 1, k)), w("teams", 345, 450, y, y - 23, (1, 1, k)),
                  w("reported", 465, 620, y, y - 23, (1, 1, k)), w("progress", 635, 780, y + 7, y - 23, (1, 1, k))]
        words += [w("partners", 864, 1010, y + 7, y - 23, (2, 1, k)), w("across", 1025, 1130, y, y - 18, (2, 1, k)),
                  w("districts", 1145, 1290, y, y - 23, (2, 1, k)), w("served", 1305, 1440, y, y - 23, (2, 1, k))]
    line = (3, 1, 1)
    words += [w("ration.", 170, 250, 1049, 1026, line), w("Livelihood", 263, 397, 1049, 1026, line),
              w("in", 409, 429, 1049, 1026, line), w("sanitation", 440, 569, 1049, 1026, line),
              w("programme", 580, 700, 1056, 1032, line), w("across", 712, 790, 1050, 1032, line)]
    words += [w("4.1", 864, 907, 1062, 1036, line, head_em, 0.144), w("Financial", 926, 1078, 1063, 1036, line, head_em, 0.144),
              w("Districts", 1093, 1234, 1063, 1036, line, head_em, 0.144), w("and", 1246, 1307, 1063, 1037, line, head_em, 0.144),
              w("Support", 1321, 1457, 1070, 1036, line, head_em, 0.144)]
    assert ocr.column_gutters(words), "the drawn page must prove its gutter"
    page = ocr.OcrPage(words=words, lines=[], width_px=1654, height_px=2339)
    with pdfplumber.open(io.BytesIO(ocr.synthetic_pdf(page, 595, 842))) as pdf:
        segs = [seg[9] for seg in page_features(pdf.pages[0], 1)["segs"]]
    assert "4.1 Financial Districts and Support" in segs, segs
    assert "ration. Livelihood in sanitation programme across" in segs, segs[-4:]
