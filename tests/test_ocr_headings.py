"""Headings on scanned pages: the type's size and weight, which OCR does not read, measured on the
page image (stroke width, glyph heights) and handed to the same section rules as born-digital pages.

Pages are generated here (reportlab, several faces and sizes), rendered at 200 dpi with noise and JPEG
like a scanner's, and the word boxes are cut tight to the ink as an OCR engine gives them; the
end-to-end test runs Tesseract on a scan of the Myanmar sample."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app.source import ocr

ROOT = Path(__file__).resolve().parents[1]
MYANMAR = ROOT / "resources" / "samples" / "myanmar-crisis-response-plan-2025-sample.pdf"

#: (text, font, size) of each line of the generated page; the body is set in two faces.
LINES = [
    ("Regional overview and priorities", "Helvetica-Bold", 16),
    ("Displacement continued across the region while families returned home slowly", "Times-Roman", 10),
    ("and partners supported their livelihoods through training and cash assistance", "Times-Roman", 10),
    ("Health and protection", "Times-Bold", 10),
    ("Community health workers reached remote districts with mobile teams every month", "Times-Roman", 10),
    ("Shelter and settlements", "Helvetica-Bold", 12),
    ("Households in temporary settlements received materials and technical guidance", "Helvetica", 10),
    ("while local authorities planned durable solutions with the people displaced", "Helvetica", 10),
    ("Water, sanitation and hygiene", "Helvetica-Bold", 12),
    ("Water points were repaired and hygiene kits distributed to the families in need", "Helvetica", 10),
]


def _page(path: Path) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595, 842))
    y = 760
    for text, font, size in LINES:
        c.setFont(font, size)
        c.drawString(72, y, text)
        y -= size * 2.2
    c.showPage()
    c.save()


def _scanned_words(tmp_path: Path, dpi: int = 200):
    """The generated page scanned (noise, grey paper, JPEG) and its words with boxes tight to the ink."""
    import numpy as np
    import pdfplumber
    import pypdfium2 as pdfium

    from tools.docgen.scans import scan_pdf

    born = tmp_path / "page.pdf"
    _page(born)
    scan = scan_pdf(born, tmp_path / "scan.pdf", dpi=dpi, seed=5, noise=6, grey=232, jpeg=70)
    doc = pdfium.PdfDocument(str(scan))
    image = doc[0].render(scale=dpi / 72).to_pil().convert("L")
    doc.close()
    ink = np.asarray(image) < 140
    k = dpi / 72
    words = []
    with pdfplumber.open(born) as pdf:
        page_words = pdf.pages[0].extract_words(extra_attrs=["fontname", "size"])
    line_of = {}
    for w in page_words:
        line = line_of.setdefault(round(w["bottom"]), len(line_of) + 1)
        x0, x1 = int(w["x0"] * k) - 2, int(w["x1"] * k) + 2
        top, bottom = int(w["top"] * k) - 4, int(w["bottom"] * k) + 4
        crop = ink[top:bottom, x0:x1]
        rows = np.flatnonzero(crop.any(axis=1))
        cols = np.flatnonzero(crop.any(axis=0))
        box = (x0 + cols[0], top + rows[0], x0 + cols[-1] + 1, top + rows[-1] + 1)
        words.append((ocr.OcrWord(w["text"], tuple(float(v) for v in box), 0.95, (1, 1, line)), w["fontname"], w["size"]))
    return image, words


def test_weight_and_size_are_measured_on_the_image(tmp_path):
    image, found = _scanned_words(tmp_path)
    words = [w for w, _f, _s in found]
    ocr.measure_type(image, words)
    regular = ocr.regular_stroke(words)
    for w, font, size in found:
        bold = "Bold" in font
        assert (w.stroke >= ocr.BOLD_STROKE_RATIO * regular) == bold, (w.text, font, w.stroke, regular)
    # sizes in proportion within a face (faces differ: Helvetica's capitals are 8% taller than Times')
    for face in ("Helvetica", "Times"):
        body = [w.em for w, font, size in found if font.startswith(face) and size == 10 and "Bold" not in font]
        assert max(body) / min(body) < 1.03
        for w, font, size in found:
            if font.startswith(face):
                assert abs(w.em / min(body) - size / 10) < 0.06 * size / 10, (w.text, w.em, size)


def test_the_synthetic_page_carries_the_measured_type(tmp_path):
    """The rules read bold and size from the page drawn for them, and know its sizes were measured."""
    import pdfplumber

    from app.extract.sections.features import BOLD, page_features

    image, found = _scanned_words(tmp_path)
    words = [w for w, _f, _s in found]
    ocr.measure_type(image, words)
    page = ocr.OcrPage(words=words, lines=[], width_px=image.width, height_px=image.height)
    with pdfplumber.open(io.BytesIO(ocr.synthetic_pdf(page, 595, 842))) as pdf:
        feats = page_features(pdf.pages[0], 1)
    assert feats.get("ocr") == 1
    by_text = {seg[9]: seg for seg in feats["segs"]}
    for text, font, size in LINES:
        seg = by_text[text]
        assert bool(seg[7] & BOLD) == ("Bold" in font), text
    assert by_text[LINES[0][0]][4] > 1.4 * by_text[LINES[1][0]][4]


def test_born_digital_pages_are_not_marked_measured():
    import pdfplumber

    from app.extract.sections.features import page_features

    with pdfplumber.open(MYANMAR) as pdf:
        assert "ocr" not in page_features(pdf.pages[1], 2)


def test_measured_sizes_snap_to_the_documents_common_sizes():
    from app.extract.sections.analysis import snap_measured_sizes
    from app.extract.sections.lines import Line

    def line(size, text):
        return Line(page=1, x0=0, top=0, x1=100, bottom=10, size=size, font="Helvetica", color="#000000",
                    flags=0, row=0, text=text)

    body = [line(s, "running text of the page " * 3) for s in (10.4, 10.5, 10.4, 10.1, 10.9)]
    subs = [line(s, "Sub-heading") for s in (12.0, 12.4, 12.5)]
    heads = [line(s, "Chapter heading") for s in (18.0, 18.6, 18.5)]
    snap_measured_sizes(body + subs + heads)
    assert {ln.size for ln in body} == {10.4}
    assert len({ln.size for ln in subs}) == 1 and len({ln.size for ln in heads}) == 1
    assert subs[0].size > 11.5 and heads[0].size > 17.5


@pytest.mark.skipif(not ocr.tesseract_available(), reason="Tesseract OCR is not installed")
def test_scanned_sample_headings_keep_their_levels(tmp_path):
    """Pages 2-4 of the Myanmar sample scanned at 200 dpi: every heading found, at its level (bold
    objectives over bold sub-headings one size smaller, body in the regular face)."""
    from app.extract.pipeline import extract_document
    from tools.docgen.scans import scan_pdf

    truth = json.loads(MYANMAR.with_suffix("").with_suffix(".truth.json").read_text(encoding="utf-8"))
    want = {" ".join(s["title"].split()).lower(): s["level"] for s in truth["sections"]
            if s.get("level") and 2 <= s["page"] <= 4}
    scan = scan_pdf(MYANMAR, tmp_path / "scan.pdf", pages=[2, 3, 4], dpi=200, seed=7, skew=1.0, noise=5,
                    grey=235, jpeg=75)
    data = extract_document(scan, workers=1)
    got = {" ".join(s.title.split()).lower(): s.level for s in data.all_sections() if s.level}
    found = {t: lv for t, lv in got.items() if t in want}
    assert len(found) >= 0.9 * len(want), sorted(set(want) - set(got))
    assert sum(1 for t, lv in found.items() if want[t] == lv) >= 0.9 * len(found), found


def test_doubtful_marks_stay_out_of_the_headings_but_not_out_of_the_page():
    """Words read with little confidence, a column of marks the engine put on one line, and letters
    far too narrow for their height (a bar read as "WW") are left out of the section features; the
    page the tables read still has every word."""
    import pdfplumber

    from app.extract.sections.features import page_features

    words = [ocr.OcrWord("Regional", (100, 100, 260, 130), 0.95, (1, 1, 1), 30.0, 0.09),
             ocr.OcrWord("overview", (270, 100, 430, 130), 0.95, (1, 1, 1), 30.0, 0.09),
             ocr.OcrWord("O1&À", (900, 100, 960, 130), 0.12, (1, 1, 2), 30.0, 0.09),
             ocr.OcrWord("WW", (1200, 300, 1212, 380), 0.6, (1, 1, 3), 90.0, 0.04),
             ocr.OcrWord("3", (1400, 100, 1412, 125), 0.8, (1, 1, 4), 30.0, 0.09),
             ocr.OcrWord("4", (1400, 400, 1412, 425), 0.8, (1, 1, 4), 30.0, 0.09),
             ocr.OcrWord("5", (1400, 700, 1412, 725), 0.8, (1, 1, 4), 30.0, 0.09)]
    page = ocr.OcrPage(words=words, lines=[], width_px=1654, height_px=2339)
    with pdfplumber.open(io.BytesIO(ocr.synthetic_pdf(page, 595, 842))) as pdf:
        on_page = {w["text"] for w in pdf.pages[0].extract_words()}
        feats = page_features(pdf.pages[0], 1)
    assert {"Regional", "overview", "O1&À", "WW", "3", "4", "5"} <= on_page
    assert [seg[9] for seg in feats["segs"]] == ["Regional overview"]


def _scan_of(tmp_path: Path, lines, band=None, dpi: int = 200):
    """A page of ``lines`` ((text, font, size, paragraph)), optionally over a dark ``band``
    (x, y, w, h in points, drawn with white text on it for the lines whose font size is above 14),
    scanned; the words with boxes tight to their ink (light ink on the band) and the engine's lines."""
    import numpy as np
    import pdfplumber
    import pypdfium2 as pdfium
    from reportlab.pdfgen import canvas

    from tools.docgen.scans import scan_pdf

    born = tmp_path / "lines.pdf"
    c = canvas.Canvas(str(born), pagesize=(595, 842))
    if band:
        c.setFillGray(0.25)
        c.rect(*band, stroke=0, fill=1)
    y = 760
    for text, font, size, _par in lines:
        c.setFillGray(1 if band and size > 14 else 0)
        c.setFont(font, size)
        c.drawString(72, y, text)
        y -= size * 1.6
    c.showPage()
    c.save()
    scan = scan_pdf(born, tmp_path / "lines-scan.pdf", dpi=dpi, seed=5, noise=6, grey=232, jpeg=70)
    doc = pdfium.PdfDocument(str(scan))
    image = doc[0].render(scale=dpi / 72).to_pil().convert("L")
    doc.close()
    grey = np.asarray(image)
    k = dpi / 72
    words = []
    with pdfplumber.open(born) as pdf:
        page_words = pdf.pages[0].extract_words(extra_attrs=["size"])
    line_of: dict[int, int] = {}
    for w in page_words:
        n = line_of.setdefault(round(w["bottom"]), len(line_of))
        text, font, size, par = lines[n]
        x0, x1 = int(w["x0"] * k) - 2, int(w["x1"] * k) + 2
        top, bottom = int(w["top"] * k) - 2, int(w["bottom"] * k) + 2
        crop = grey[top:bottom, x0:x1]
        ink = crop > 160 if band and size > 14 else crop < 140
        rows = np.flatnonzero(ink.any(axis=1))
        cols = np.flatnonzero(ink.any(axis=0))
        box = (x0 + cols[0], top + rows[0], x0 + cols[-1] + 1, top + rows[-1] + 1)
        words.append((ocr.OcrWord(w["text"], tuple(float(v) for v in box), 0.95, (1, par, n)), font, size))
    return image, words


BODY = [("Displacement continued across the region while families returned home slowly", "Times-Roman", 10, 3),
        ("and partners supported their livelihoods through training and cash assistance", "Times-Roman", 10, 3),
        ("Community health workers reached remote districts with mobile teams every month", "Times-Roman", 10, 3),
        ("while local authorities planned durable solutions with the people displaced", "Times-Roman", 10, 3)]


def test_white_text_on_a_dark_band_is_measured_as_it_is_set(tmp_path):
    """A heading printed white on a dark banner: its size and its weight are those of its letters,
    not of the gaps between them (which read as wide dark strokes and a taller line)."""
    lines = [("Regional overview and priorities", "Helvetica-Bold", 18, 1), *BODY]
    image, found = _scan_of(tmp_path, lines, band=(60, 748, 420, 30))
    words = [w for w, _f, _s in found]
    ocr.measure_type(image, words)
    regular = ocr.regular_stroke(words)
    body = sorted(w.em for w, _f, size in found if size == 10)[len(found) // 2 - 1]
    for w, font, size in found:
        if size == 18:
            assert w.stroke >= ocr.BOLD_STROKE_RATIO * regular, (w.text, w.stroke, regular)
            # Helvetica's capitals stand 8% taller than Times' (the body's face)
            assert 1.6 < w.em / body < 2.05, (w.text, w.em, body)


def test_the_lines_of_a_wrapped_heading_are_one_size(tmp_path):
    """A heading wrapped on two lines, the second one word of capitals and x-height letters only: both
    lines have the size of the heading (a word's top is the cap height or the ascender line, which
    differ by a few percent), so the rules read one heading, not two of different sizes."""
    lines = [("Integrated Solutions and", "Times-Bold", 15, 1), ("Management", "Times-Bold", 15, 1),
             ("Community Response", "Times-Bold", 15, 2), *BODY]
    image, found = _scan_of(tmp_path, lines)
    words = [w for w, _f, _s in found]
    ocr.measure_type(image, words)
    wrapped = {w.em for w, _f, _s in found if w.line[1] == 1}
    assert len(wrapped) == 1, wrapped
    # the body's paragraph keeps one size too, and the heading stays larger than the body
    assert len({w.em for w, _f, size in found if size == 10}) == 1
    assert wrapped.pop() > 1.15 * found[-1][0].em


def test_a_short_last_line_takes_the_weight_of_its_heading():
    """The last line of a wrapped bold heading holding one short word: its stroke, measured on a few
    stems, fell under the bold threshold and the heading was cut in two. A short line of the size of
    its paragraph's longest line takes that line's weight; a long line of its own keeps its own."""
    words = [ocr.OcrWord(t, (100 + 120 * i, 100, 200 + 120 * i, 140), 0.95, (4, 1, 1), 49.0, 0.14)
             for i, t in enumerate("Objective 1: Saving lives and protecting people on the".split())]
    words.append(ocr.OcrWord("move", (100, 170, 190, 200), 0.95, (4, 1, 2), 50.0, 0.115))
    body = [ocr.OcrWord(t, (100 + 90 * i, 300, 180 + 90 * i, 320), 0.95, (5, 1, 1), 28.0, 0.09)
            for i, t in enumerate("IOM humanitarian assistance will target internally displaced people".split())]
    lines: dict = {}
    for w in words + body:
        lines.setdefault(w.line, []).append(w)
    ocr._paragraph_sizes(lines)
    assert words[-1].stroke == words[0].stroke and words[-1].em == words[0].em
    assert all(w.stroke == 0.09 and w.em == 28.0 for w in body)


def test_a_scanned_heading_measured_in_another_weight_keeps_its_style():
    """Five chapter headings at 18 pt on scanned pages, one of them measured regular (its strokes
    came out thin): it is the chapters' style, not a style of its own that would take a level between
    the chapters and the 14 pt sections. The same line on a born-digital page keeps its own style."""
    from app.extract.sections.features import BOLD
    from app.extract.sections.headings import Heading, signature, unify_measured_weight
    from app.extract.sections.lines import Line

    def heading(size, bold, measured=True):
        ln = Line(page=1, x0=0, top=0, x1=100, bottom=10, size=size, font="Helvetica", color="#000000",
                  flags=BOLD if bold else 0, row=0, text="Heading")
        if measured:
            ln.extra["measured"] = True
        return Heading(title="Heading", level=0, page=1, lines=[ln], sig=signature(ln))

    chapters = [heading(18.5, True) for _ in range(4)] + [heading(18.5, False)]
    sections = [heading(14.0, True) for _ in range(6)]
    unify_measured_weight(chapters + sections)
    assert len({h.sig for h in chapters}) == 1 and chapters[-1].sig[1]
    born = [heading(18.5, True, False) for _ in range(4)] + [heading(18.5, False, False)]
    unify_measured_weight(born)
    assert len({h.sig for h in born}) == 2


def test_scanned_chapters_measured_in_two_weights_that_open_the_same_sections_are_one_level():
    """19 pt chapters in capitals, six measured bold and three regular (strokes just under the bold
    threshold): a third of them, so the share rule keeps them apart, and they made a level between
    the chapters and their 13 pt sections. Both open sections whose first heading is a 13 pt section,
    which a level below the bold chapters would not: one level. Chapters over regular sections of
    their size (the regular ones open the sections under the bold ones) stay two levels."""
    from app.extract.sections.features import BOLD
    from app.extract.sections.headings import Heading, signature, unify_measured_weight
    from app.extract.sections.lines import Line

    def heading(order, size, bold):
        ln = Line(page=1 + order // 10, x0=0, top=order, x1=100, bottom=order + 10, size=size,
                  font="Helvetica", color="#000000", flags=BOLD if bold else 0, row=0, text="HEADING",
                  order=order)
        ln.extra["measured"] = True
        return Heading(title="HEADING", level=0, page=ln.page, lines=[ln], sig=signature(ln))

    def document(weights, under):
        out, order = [], 0
        for bold in weights:
            out.append(heading(order, 19.0, bold))
            order += 1
            for size, sub_bold in under(bold):
                out.append(heading(order, size, sub_bold))
                order += 1
        return out

    chapters = document([True, True, False, True, True, False, True, True, False],
                        lambda bold: [(13.0, True), (13.0, True)])
    unify_measured_weight(chapters)
    assert len({h.sig for h in chapters if h.sig[0] == 19.0}) == 1
    nested = document([True, False, False, True, False, False, True, False, False, True, False, True],
                      lambda bold: [] if bold else [(13.0, True)])
    unify_measured_weight(nested)
    assert len({h.sig for h in nested if h.sig[0] == 19.0}) == 2


def _scan_placed(tmp_path: Path, items, dpi: int = 200):
    """A page of ``items`` ((text, font, size, engine line, x, baseline y) in points), scanned; the
    words with boxes tight to their ink, each on the engine line given (several items may share one,
    as the engine does across a column gutter)."""
    import numpy as np
    import pdfplumber
    import pypdfium2 as pdfium
    from reportlab.pdfgen import canvas

    from tools.docgen.scans import scan_pdf

    born = tmp_path / "placed.pdf"
    c = canvas.Canvas(str(born), pagesize=(595, 842))
    for text, font, size, _line, x, y in items:
        c.setFont(font, size)
        c.drawString(x, y, text)
    c.showPage()
    c.save()
    scan = scan_pdf(born, tmp_path / "placed-scan.pdf", dpi=dpi, seed=5, noise=6, grey=232, jpeg=70)
    doc = pdfium.PdfDocument(str(scan))
    image = doc[0].render(scale=dpi / 72).to_pil().convert("L")
    doc.close()
    grey = np.asarray(image)
    k = dpi / 72
    words = []
    with pdfplumber.open(born) as pdf:
        page_words = pdf.pages[0].extract_words(extra_attrs=["size"])
    for w in page_words:
        column = max(it[4] for it in items if it[4] <= w["x0"] + 1)
        item = min((it for it in items if it[4] == column), key=lambda it: abs(842 - it[5] - w["bottom"]))
        x0, x1 = int(w["x0"] * k) - 2, int(w["x1"] * k) + 2
        top, bottom = int(w["top"] * k) - 2, int(w["bottom"] * k) + 2
        crop = grey[top:bottom, x0:x1]
        ink = crop < 140
        rows = np.flatnonzero(ink.any(axis=1))
        cols = np.flatnonzero(ink.any(axis=0))
        box = (x0 + cols[0], top + rows[0], x0 + cols[-1] + 1, top + rows[-1] + 1)
        words.append((ocr.OcrWord(w["text"], tuple(float(v) for v in box), 0.95, (1, 1, item[3])), item[2]))
    return image, words


#: Lines of a two-column page: the left column's body, the right column's body above a heading.
_LEFT = ["Displacement continued across", "the region while families", "returned home slowly and",
         "partners supported their", "livelihoods through training", "and cash assistance for the",
         "households in temporary sites", "while local authorities met"]
_RIGHT = ["Community health workers", "reached remote districts", "with mobile teams every",
          "month and referred the cases"]


def _two_columns(heading_line: int | None):
    """Items of ``_scan_placed``: the left column's lines (engine lines 0-7) and the right column's
    body lines (engine lines 10-13, each read as a line of its own), then a 15 pt bold heading of
    two lines in the right column, 4 pt below the left column's lines 5 and 6; ``heading_line``: the
    engine line the heading's first line was read on with the left line beside it (None: its own)."""
    items = [(t, "Times-Roman", 10, i, 72, 700 - 13 * i) for i, t in enumerate(_LEFT)]
    items += [(t, "Times-Roman", 10, 10 + i, 310, 700 - 13 * i) for i, t in enumerate(_RIGHT)]
    first = heading_line if heading_line is not None else 20
    items.append(("Regional Education", "Times-Bold", 15, first, 310, 700 - 13 * 5 - 4))
    items.append(("and Policy", "Times-Bold", 15, 21, 310, 700 - 13 * 5 - 4 - 18))
    return items


def test_column_gutters_are_proven_by_the_right_columns_left_edge():
    """Four lines starting on one left edge with other lines' words left of a white strip before it
    prove a gutter; a paragraph's indent (the column's other lines cross its strip) and a lone wide
    gap prove none."""
    def word(text, x0, x1, row, line):
        return ocr.OcrWord(text, (x0, 100 + 40 * row, x1, 128 + 40 * row), 0.95, (1, 1, line))

    two = []
    for row in range(8):
        two += [word("left", 100, 700, row, row), word("right", 760, 1400, row, 20 + row)]
    gutters = ocr.column_gutters(two)
    assert len(gutters) == 1 and gutters[0][0] == 700 and 730 < gutters[0][1] <= 760
    indented = []
    for row in range(8):
        start = 160 if row % 3 == 0 else 100
        # (word spaces where words fall: all at one x on both sides would be a narrow gutter)
        indented += [word("text", start, 500 - 37 * (row % 4), row, row), word("more", 530 - 37 * (row % 4), 1400, row, row)]
    assert ocr.column_gutters(indented) == []
    one_gap = [word("body", 100, 1400, row, row) for row in range(8)]
    one_gap[3] = word("gap", 100, 700, 3, 3)
    one_gap.append(word("after", 760, 1400, 3, 3))
    assert ocr.column_gutters(one_gap) == []


def _box_beside_a_column(ragged: bool) -> list:
    """Words of a page (word height 20 px): four full-width body lines, one with a wide word space at
    x 912 by chance; then a heading read on one engine line with a box's title floated right of it
    ("4.2 Regional Governance" ... "Voices from the field:", the box 16 px right of the column: a gap
    narrower than a word's height); then six lines of the left column beside six of the box, each
    read as a line of its own. The left column is justified (its lines end at x 892-894) unless
    ``ragged``."""
    def word(text, x0, x1, top, line):
        return ocr.OcrWord(text, (x0, top, x1, top + 20), 0.95, line)

    words = []
    for row in range(4):
        top = 100 + 35 * row
        gap = 912 if row == 1 else 640
        words += [word("body", 174, gap - 24, top, (1, 1, row)), word("text", gap, 1480, top, (1, 1, row))]
    words += [word("4.2", 174, 214, 260, (2, 1, 1)), word("Regional Governance", 230, 700, 260, (2, 1, 1)),
              word("Voices from the field:", 910, 1400, 262, (2, 1, 1))]
    for row in range(6):
        top = 320 + 35 * row
        end = 892 + row % 3 if not ragged else 700 + 40 * row
        words += [word("left", 174, 460 + 23 * row, top, (3, 1, row)), word("column", 480 + 23 * row, end, top, (3, 1, row)),
                  word("box", 909 + row % 3, 1460, top + 5, (4, 1, row))]
    return words


def test_a_column_gutter_narrower_than_a_word_is_proven_by_a_justified_edge_beside_it():
    """A box floated a few points right of a justified column: the gutter (16 px) is narrower than
    ``GUTTER_MIN_WIDTH`` word heights, and a heading beside the box's title was read with it as one
    line ("4.2 Regional Governance Voices from the field:"). The box's lines starting on one edge and
    the column's lines ending on one edge left of it prove the gutter, from the heading down (the
    chance word space above in a full-width body line is no part of it), and the heading's line is
    cut there. Ragged lines beside a narrow strip prove none."""
    words = _box_beside_a_column(ragged=False)
    gutters = ocr.column_gutters(words)
    assert len(gutters) == 1
    left, right, top, bottom = gutters[0]
    assert left == 894 and 894 < right <= 909 and top == 260 and bottom >= 320 + 35 * 5 + 20
    ocr.cut_at_column_gutters(words)
    heading = {w.text: w.line for w in words if w.box[1] in (260, 262)}
    assert heading["Regional Governance"] == heading["4.2"] != heading["Voices from the field:"]
    assert ocr.column_gutters(_box_beside_a_column(ragged=True)) == []


def _set_words(text: str, x0: float, top: float, height: float, line: tuple, end: float | None = None) -> list:
    """OCR words of one line of ``text`` from ``x0`` (letters 0.55 of the box height wide, spaces
    0.45), spread to end at ``end`` when given (a justified line)."""
    words, x = [], x0
    tokens = text.split()
    natural = sum(0.55 * height * len(t) for t in tokens) + 0.45 * height * (len(tokens) - 1)
    space = 0.45 * height + ((end - x0 - natural) / max(1, len(tokens) - 1) if end else 0.0)
    for t in tokens:
        width = 0.55 * height * len(t)
        words.append(ocr.OcrWord(t, (x, top, x + width, top + height), 0.95, line))
        x += width + space
    return words


def test_a_heading_read_on_into_a_box_title_across_a_proven_gutter_is_two_segments():
    """A heading beside a box's title floated 16 px right of a justified column, read by the engine
    as one line. The words keep the engine's line in the drawing (table rows stay whole), so the
    heading and the title were one segment for the section rules, and one false heading ("4.2
    Regional Governance and Mobility Voices from the field: Strategic Youth"). The page's proven
    gutters travel with the drawing and split the row there; without them it is one segment."""
    import pdfplumber

    from app.extract.sections.features import page_features

    body = ("Health within youth children by border response within regional sanitation and network "
            "coordination registration their assessment the partners education").split()

    def text(row: int, n: int) -> str:  # (each line its own words: word spaces fall apart)
        return " ".join(body[(3 * row + k * (row + 2)) % len(body)] for k in range(n))

    words = []
    for row in range(4):
        words += _set_words(text(row, 12), 174, 100 + 35 * row, 20, (1, 1, row), end=1480)
    words += _set_words("4.2 Regional Governance and Mobility", 174, 260, 28, (2, 1, 1))
    words += _set_words("Voices from the field: Strategic Youth", 910, 262, 28, (2, 1, 1))
    for row in range(6):
        top = 320 + 35 * row
        words += _set_words(text(row + 4, 6), 174, top, 20, (3, 1, row), end=894)
        words += _set_words(text(row + 9, 4), 909 + row % 3, top + 5, 20, (4, 1, row))

    def segments(gutters):
        page = ocr.OcrPage(words=words, lines=[], width_px=1654, height_px=2339, gutters=gutters)
        with pdfplumber.open(io.BytesIO(ocr.synthetic_pdf(page, 595, 842))) as pdf:
            feats = page_features(pdf.pages[0], 1)
        return [" ".join(seg[9].split()) for seg in feats["segs"]]

    lines = [w.line for w in words]
    gutters = ocr.cut_at_column_gutters(words)
    assert len(gutters) == 1
    for w, line in zip(words, lines):
        w.line = line  # (drawn on the engine's lines, as the OCR step does)
    assert {"4.2 Regional Governance and Mobility", "Voices from the field: Strategic Youth"} <= set(segments(gutters))
    assert "4.2 Regional Governance and Mobility Voices from the field: Strategic Youth" in segments([])


def test_a_line_read_across_a_column_gutter_is_cut_and_measured_on_each_side(tmp_path):
    """Two columns whose lines the engine read as one across the gutter: a body line on the left, a
    heading's line on the right a few points lower. Measured as one line, the ascent ran from the
    heading's tops to the lower baseline and both sides took a size larger than either (a body line
    read as a heading a level above the chapters, the column's heading merged into it). The right
    column's other lines prove the gutter; the line is cut there and each side measured alone."""
    image, found = _scan_placed(tmp_path, _two_columns(heading_line=5))
    words = [w for w, _s in found]
    ocr.cut_at_column_gutters(words)
    ocr.measure_type(image, words)
    left = {w.line for w, _s in found if w.box[0] < 500}
    right = {w.line for w, _s in found if w.box[0] > 700}
    assert not left & right
    body = sorted(w.em for w, size in found if size == 10)
    body_em = body[len(body) // 2]
    for w, size in found:
        assert abs(w.em / body_em - size / 10) < 0.08 * size / 10, (w.text, w.em, body_em, size)


def test_lines_of_one_column_are_not_cut():
    """A one-column page whose lines have no white strip in common keeps the engine's lines."""
    words = []
    for row in range(10):
        x = 100
        for k, length in enumerate((4, 7, 3, 9, 5, 6, 2, 8)[row % 3:] + (5, 3)):
            w = 30 * length
            words.append(ocr.OcrWord("x" * length, (x, 100 + 40 * row, x + w, 128 + 40 * row), 0.95, (1, 1, row)))
            x += w + 20 + 4 * ((row + k) % 4)
    lines = [w.line for w in words]
    ocr.cut_at_column_gutters(words)
    assert [w.line for w in words] == lines


def test_a_garbled_row_of_a_scanned_contents_makes_no_level_above_the_chapters():
    """A scanned contents: bold chapters and indented sections at 10 pt, and two rows measured at
    12 pt whose headings are not found (one OCR garbled, leaders read as letters: development scan
    report-0068). Ranked with the others, their size was a level above the chapters and every heading
    went one level down; the levels are ranked among the entries whose heading was found. Born-digital
    contents keep their ranking."""
    from app.extract.sections.features import BOLD
    from app.extract.sections.headings import Heading, _rank_scanned_contents
    from app.extract.sections.lines import Line
    from app.extract.sections.toc import TocEntry, _levels

    def contents(measured):
        entries = []
        rows = [("Abstract", 12.2, False, 57), ("TL GN CADAC", 12.2, False, 57)] + [
            (t, 10.2, t[1] != ".", 57 if t[1] != "." else 71)
            for t in ("1 Outreach", "1.1 Shelter", "1.2 Climate", "2 Coordination", "2.1 Regions", "2.2 Review")]
        for i, (title, size, bold, x0) in enumerate(rows):
            ln = Line(page=2, x0=x0, top=100 + 14 * i, x1=300, bottom=110 + 14 * i, size=size, font="Helvetica",
                      color="#000000", flags=BOLD if bold else 0, row=0, text=title)
            if measured:
                ln.extra["measured"] = True
            entries.append(TocEntry(title=title, printed=str(3 + i), x0=x0, size=size, bold=bold, toc_page=2,
                                    top=ln.top, lines=[ln], key=title.lower()))
        _levels(entries)
        found = [(e, Heading(title=e.title, level=e.level, page=3, lines=e.lines, source="toc")) for e in entries[2:]]
        _rank_scanned_contents(entries, found)
        return {h.title: h.level for _e, h in found}

    assert contents(True) == {"1 Outreach": 1, "1.1 Shelter": 2, "1.2 Climate": 2, "2 Coordination": 1,
                              "2.1 Regions": 2, "2.2 Review": 2}
    assert contents(False)["1 Outreach"] == 2  # born-digital: a row's size is its style


def test_a_scanned_numbered_contents_without_its_chapter_rows_gives_the_numbering_depth():
    """A scanned contents whose chapter rows were lost (garbled, or read as headings of the contents
    page): only "1.1", "1.1.1", "2.1" ... are placed, ranked "1.1" at level 1 and "1.1.1" at level 2
    (development scans report-0042 and report-0021: every heading one level up, the chapters, a style
    more prominent than every entry's, left out as a title). A multi-part number names its parent: the
    entries take their numbering depth, and the chapters numbered "1", "2" above them come back at
    level 1. Born-digital contents keep their levels."""
    from app.extract.sections.analysis import Stats
    from app.extract.sections.headings import Heading, _levels_with_toc, signature
    from app.extract.sections.lines import Line

    def heading(title, size, page, i, measured):
        ln = Line(page=page, x0=57, top=100 + 40 * i, x1=300, bottom=100 + 40 * i + size, size=size,
                  font="Helvetica", color="#000000", flags=0, row=0, text=title)
        if measured:
            ln.extra["measured"] = True
        depth = title.split()[0].count(".") + 1
        return Heading(title=title, level=0, page=page, lines=[ln], numbered_depth=depth, sig=signature(ln))

    def levels(measured):
        toc, style = [], []
        for page, (chapter, sections) in enumerate((("1 Outreach", ("1.1 Shelter", "1.1.1 Camps", "1.2 Climate")),
                                                    ("2 Coordination", ("2.1 Regions", "2.1.1 Districts",
                                                                        "2.2 Review"))), start=3):
            style.append(heading(chapter, 16, page, 0, measured))
            for i, title in enumerate(sections, start=1):
                h = heading(title, 14 if title.count(".") == 1 else 12, page, i, measured)
                h.level, h.source = (1 if title.count(".") == 1 else 2), "toc"  # as the contents ranked them
                toc.append(h)
        out = _levels_with_toc(toc, style, Stats(body_size=10))
        return {h.title: h.level for h in out}

    assert levels(True) == {"1 Outreach": 1, "1.1 Shelter": 2, "1.1.1 Camps": 3, "1.2 Climate": 2,
                            "2 Coordination": 1, "2.1 Regions": 2, "2.1.1 Districts": 3, "2.2 Review": 2}
    born = levels(False)
    assert born["1.1 Shelter"] == 1 and "1 Outreach" not in born


def test_a_word_boxed_above_its_letters_does_not_enlarge_its_line(tmp_path):
    """The engine's box of a word can stand a few pixels above its letters (a scanned heading's first
    word boxed 5 px high: its line measured 16% larger than the same style's next line, a style of
    its own a level above the sections). The ascender line is read on the ink inside the boxes."""
    image, found = _scanned_words(tmp_path)
    words = [w for w, _f, _s in found]
    ocr.measure_type(image, words)
    right = {id(w): w.em for w in words}
    first = next(w for w, _f, size in found if size == 16)
    raised = 0.1 * (first.box[3] - first.box[1])
    first.box = (first.box[0], first.box[1] - raised, first.box[2], first.box[3])
    ocr.measure_type(image, words)
    for w in words:
        assert abs(w.em / right[id(w)] - 1) < 0.02, (w.text, w.em, right[id(w)])
