"""Filled panels on scanned pages: boxes, sidebars and colour bands are only pixels on a scan, so they
are found in the image and handed to the section rules as the filled rectangles a born-digital page
draws (a box's title is then not taken for a heading of the main tree).

The page is generated here (reportlab: a tinted box with a title and prose, a heading on a colour
band, a plain heading), scanned at 200 dpi with grey paper, noise and JPEG like a scanner's."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.source import ocr

#: Box and band tints of report generators (light blue, light green, light grey, beige) on white.
TINTS = ("#e6eef7", "#e8f4ec", "#f2f2f2", "#f7efe0")

PROSE = [
    "Displacement continued across the region while families returned home slowly and",
    "partners supported their livelihoods through training and cash assistance in the",
    "districts where the response teams reached the people who needed help the most.",
]


def _page(path: Path, tint: str) -> dict[str, tuple[float, float, float, float]]:
    """A page with a heading, prose, a tinted box (title + prose) and a heading on a tinted band.
    Returns the boxes (x0, top, x1, bottom in points, top-based) of the box and the band."""
    from reportlab.lib import colors
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595, 842))
    H = 842

    def text(x, y, s, font="Times-Roman", size=10):
        c.setFillColor(colors.black)
        c.setFont(font, size)
        c.drawString(x, H - y, s)

    text(72, 90, "1. Regional overview", "Helvetica-Bold", 16)
    y = 120
    for _ in range(3):
        for line in PROSE:
            text(72, y, line)
            y += 14
        y += 8
    box = (66.0, y, 530.0, y + 118.0)
    c.setFillColor(colors.HexColor(tint))
    c.rect(box[0], H - box[3], box[2] - box[0], box[3] - box[1], stroke=0, fill=1)
    text(76, y + 22, "Case study: Border Mobility", "Helvetica-Bold", 12)
    yy = y + 44
    for line in PROSE * 2:
        text(76, yy, line, size=9.5)
        yy += 12.5
    y = box[3] + 30
    for line in PROSE:
        text(72, y, line)
        y += 14
    band = (66.0, y + 10, 530.0, y + 34)
    c.setFillColor(colors.HexColor(tint))
    c.rect(band[0], H - band[3], band[2] - band[0], band[3] - band[1], stroke=0, fill=1)
    text(72, y + 27, "1.1 Shelter and settlements", "Helvetica-Bold", 13)
    y = band[3] + 20
    for _ in range(2):
        for line in PROSE:
            text(72, y, line)
            y += 14
        y += 8
    c.showPage()
    c.save()
    return {"box": box, "band": band}


def _scan_image(tmp_path: Path, tint: str, dpi: int = 200):
    import pypdfium2 as pdfium

    from tools.docgen.scans import scan_pdf

    born = tmp_path / "page.pdf"
    where = _page(born, tint)
    scan = scan_pdf(born, tmp_path / "scan.pdf", dpi=dpi, seed=3, noise=5, grey=235, jpeg=75)
    doc = pdfium.PdfDocument(str(scan))
    image = doc[0].render(scale=dpi / 72).to_pil().convert("L")
    doc.close()
    return image, where, scan


@pytest.mark.parametrize("tint", TINTS)
def test_tinted_panels_are_found_in_the_image(tmp_path, tint):
    dpi = 200
    image, where, _scan = _scan_image(tmp_path, tint, dpi)
    k = dpi / 72
    panels = ocr.find_panels(image, dpi)
    assert len(panels) == 2, panels
    for name, (x0, top, x1, bottom) in where.items():
        found = [p for p in panels if abs(p[1] / k - top) < 6 and abs(p[3] / k - bottom) < 6]
        assert found, (name, panels)
        p = found[0]
        # edges placed to within about a point, not to the 2 pt blocks the search runs on
        assert max(abs(p[0] / k - x0), abs(p[1] / k - top), abs(p[2] / k - x1), abs(p[3] / k - bottom)) < 1.5, (name, p)
        assert p[4] < 235 - ocr.PANEL_CONTRAST


def test_text_rules_and_plain_paper_are_not_panels(tmp_path):
    """A page of text and ruled lines on grey, noisy paper has no panel (large bold type, thick
    rules and the paper itself are no filled rectangles)."""
    from reportlab.pdfgen import canvas

    from tools.docgen.scans import scan_pdf
    import pypdfium2 as pdfium

    born = tmp_path / "plain.pdf"
    c = canvas.Canvas(str(born), pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 36)
    c.drawString(72, 760, "Annual Report")
    c.setFont("Times-Roman", 10)
    for i, line in enumerate(PROSE * 6):
        c.drawString(72, 700 - 14 * i, line)
    c.setLineWidth(2.5)
    for y in (420, 400, 380, 360):
        c.line(72, y, 520, y)
    c.line(72, 360, 72, 420)
    c.showPage()
    c.save()
    scan = scan_pdf(born, tmp_path / "plain-scan.pdf", dpi=200, seed=4, noise=6, grey=230, jpeg=70, skew=1.0)
    doc = pdfium.PdfDocument(str(scan))
    image = doc[0].render(scale=200 / 72).to_pil().convert("L")
    doc.close()
    assert ocr.find_panels(image, 200) == []


def test_the_synthetic_page_draws_the_panels_under_the_text():
    """The page the rules read has the panels as filled rectangles in their grey, under the words."""
    import pdfplumber

    from app.extract.sections.features import page_features

    words = [ocr.OcrWord("Box", (300, 300, 380, 330), 0.95, (1, 1, 1)),
             ocr.OcrWord("title", (390, 300, 480, 330), 0.95, (1, 1, 1))]
    page = ocr.OcrPage(words=words, lines=[], width_px=1654, height_px=2339,
                       fills=[(278.0, 278.0, 1389.0, 695.0, 214)])
    with pdfplumber.open(io.BytesIO(ocr.synthetic_pdf(page, 595, 842))) as pdf:
        p = pdf.pages[0]
        assert len(p.rects) == 1
        r = p.rects[0]
        assert abs(r["x0"] - 100) < 0.5 and abs(r["top"] - 100) < 0.5 and abs(r["x1"] - 500) < 0.5
        assert abs(r["bottom"] - 250.2) < 0.5
        assert {c["non_stroking_color"] for c in p.chars} == {(0,)}  # the words stay black
        feats = page_features(p, 1)
    assert len(feats["graphics"]) == 1
    assert feats["graphics"][0] == pytest.approx([100.0, 100.0, 500.0, 250.2], abs=0.5)


@pytest.mark.skipif(not ocr.tesseract_available(), reason="Tesseract OCR is not installed")
def test_a_box_title_on_a_scan_is_not_a_heading(tmp_path):
    """End to end: the scanned page's two headings are sections, the tinted box's title is not."""
    from app.extract.pipeline import extract_document

    _image, _where, scan = _scan_image(tmp_path, TINTS[0])
    data = extract_document(scan, workers=1)
    titles = [" ".join(s.title.split()).lower() for s in data.all_sections() if s.level]
    assert "case study: border mobility" not in titles, titles
    assert "1. regional overview" in titles and "1.1 shelter and settlements" in titles, titles


@pytest.mark.skipif(not ocr.tesseract_available(), reason="Tesseract OCR is not installed")
def test_a_banner_the_page_reading_left_out_is_read_alone(tmp_path, monkeypatch):
    """Tesseract, reading a whole page, can leave out the white line on a dark banner altogether (a
    chapter title: the sections under it went up a level). Here the engine's page reading is made to
    leave it out; the dark panel with no word in it is read again alone, and its words come back at
    their place on the page, in a line of their own."""
    import pypdfium2 as pdfium
    from reportlab.lib import colors
    from reportlab.pdfgen import canvas

    from tools.docgen.scans import scan_pdf

    born = tmp_path / "banner.pdf"
    c = canvas.Canvas(str(born), pagesize=(595, 842))
    H = 842
    c.setFont("Times-Roman", 10)
    for i, line in enumerate(PROSE):
        c.drawString(72, H - 100 - 14 * i, line)
    band = (66.0, 160.0, 530.0, 188.0)
    c.setFillColor(colors.HexColor("#3a3a3a"))
    c.rect(band[0], H - band[3], band[2] - band[0], band[3] - band[1], stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Times-Bold", 20)
    c.drawString(72, H - 181, "Acknowledgements")
    c.setFillColor(colors.black)
    c.setFont("Times-Roman", 10)
    for i, line in enumerate(PROSE * 2):
        c.drawString(72, H - 210 - 14 * i, line)
    c.showPage()
    c.save()
    scan = scan_pdf(born, tmp_path / "banner-scan.pdf", dpi=200, seed=3, noise=5, grey=235, jpeg=75)
    doc = pdfium.PdfDocument(str(scan))
    image = doc[0].render(scale=200 / 72).to_pil().convert("L")
    doc.close()
    k = 200 / 72
    read = ocr._read_words

    def page_reading_misses_the_banner(img):
        words = read(img)
        if img.height < 0.5 * image.height:
            return words  # a panel read alone
        return [w for w in words if not band[1] * k <= (w.box[1] + w.box[3]) / 2 <= band[3] * k]

    monkeypatch.setattr(ocr, "_read_words", page_reading_misses_the_banner)
    page = ocr.recognise(image, 200)
    found = [w for w in page.words if w.text == "Acknowledgements"]
    assert len(found) == 1, [w.text for w in page.words]
    w = found[0]
    assert band[0] * k < w.box[0] < w.box[2] < band[2] * k
    assert band[1] * k < w.box[1] < w.box[3] < band[3] * k
    assert all(o.line != w.line for o in page.words if o is not w)
    assert w.em / k == pytest.approx(20, rel=0.12)
