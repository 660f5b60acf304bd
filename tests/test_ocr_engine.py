"""What the OCR step costs, without changing what it reads: the page image goes to Tesseract
uncompressed (PGM, no PNG to write) and is read exactly as before, and the page drawn from the
words is read by the native page source (pdfium) with the same words and shapes pdfplumber gives."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.source import ocr

ROOT = Path(__file__).resolve().parents[1]
APPEAL = ROOT / "resources" / "samples" / "migration-initiatives-2017-sample.pdf"

needs_tesseract = pytest.mark.skipif(not ocr.tesseract_available(), reason="Tesseract OCR is not installed")


def _scan_image(tmp_path: Path):
    import pypdfium2 as pdfium

    from tools.docgen.scans import scan_pdf

    scan = scan_pdf(APPEAL, tmp_path / "scan.pdf", pages=[7], dpi=200, seed=7, noise=6, grey=230, jpeg=70)
    doc = pdfium.PdfDocument(str(scan))
    image = doc[0].render(scale=200 / 72).to_pil()
    doc.close()
    return scan, image


@needs_tesseract
def test_uncompressed_hand_over_reads_what_png_read(tmp_path):
    """The words of a colour page image and of its grey version equal those Tesseract reads from the
    PNG pytesseract writes by default (an image format with a resolution, BMP, changes them)."""
    _scan, image = _scan_image(tmp_path)
    crop = image.crop((100, 150, 1550, 900))
    pt = ocr._tesseract()
    for picture in (crop, crop.convert("L")):
        data = pt.image_to_data(picture.copy(), lang=ocr.tesseract_langs(),
                                config="--psm 3 -c preserve_interword_spaces=1", output_type=pt.Output.DICT)
        png = [(t.strip(), data["left"][i], data["top"][i]) for i, t in enumerate(data["text"])
               if (t or "").strip() and float(data["conf"][i]) >= 0]
        ours = [(w.text, int(w.box[0]), int(w.box[1])) for w in ocr._read_words(picture)]
        assert len(png) > 50
        assert ours == png


def test_synthetic_page_is_read_natively_with_the_same_words():
    import pdfplumber

    from app.source.pagesource import default_source

    if default_source() != "pdfium":
        pytest.skip("the pdfminer page source is chosen (BRIEFING_PAGE_SOURCE)")
    words = [ocr.OcrWord("Funding", (150, 300, 330, 340), 0.95, (1, 1, 1)),
             ocr.OcrWord("requirements", (345, 300, 620, 348), 0.95, (1, 1, 1)),
             ocr.OcrWord("12,250,000", (1200, 300, 1420, 340), 0.9, (1, 1, 1)),
             ocr.OcrWord("Somalia", (150, 420, 320, 460), 0.95, (1, 2, 1)),
             ocr.OcrWord("–", (1300, 432, 1330, 446), 0.9, (1, 2, 1))]
    page = ocr.OcrPage(words=words, lines=[(140.0, 400.0, 1500.0, 400.0)], width_px=1654, height_px=2339,
                       fills=[(140.0, 410.0, 1500.0, 470.0, 214)])
    data = ocr.synthetic_pdf(page, 595, 842)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        reference = pdf.pages[0]
        expected = [(w["text"], round(w["x0"], 1), round(w["top"], 1)) for w in reference.extract_words()]
        rects = [(round(r["x0"], 1), round(r["top"], 1)) for r in reference.rects]
        native, doc = ocr._synthetic_page(data, pdf)
        try:
            assert getattr(native, "source", "") == "pdfium"
            got = [(w["text"], round(w["x0"], 1), round(w["top"], 1)) for w in native.extract_words()]
            assert [t for t, *_ in got] == [t for t, *_ in expected]
            assert all(abs(a[1] - b[1]) < 0.6 and abs(a[2] - b[2]) < 0.6 for a, b in zip(got, expected))
            assert [(round(r["x0"], 1), round(r["top"], 1)) for r in native.rects] == rects
            assert ocr.synthetic_page_info(native) is not None  # the section rules still know it
        finally:
            native.close()
            doc.close()
