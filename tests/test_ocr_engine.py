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


def _library_engine():
    from app.source import tessapi

    tessapi.reset()
    if ocr._engine() is None:
        pytest.skip("libtesseract cannot be loaded here (the program is used instead)")


@pytest.fixture
def fresh_engines(monkeypatch):
    from app.source import tessapi

    monkeypatch.delenv("BRIEFING_OCR_ENGINE", raising=False)
    monkeypatch.delenv("BRIEFING_TESSERACT_LIB", raising=False)
    tessapi.reset()
    yield tessapi
    tessapi.reset()


@needs_tesseract
def test_models_load_once_for_many_pages(tmp_path, fresh_engines, monkeypatch):
    """Three pages read in one process load the language models once, and start no Tesseract
    program (the program loads them again for every page: about 0.3 s each)."""
    import subprocess

    before = fresh_engines.loads
    _library_engine()
    _scan, image = _scan_image(tmp_path)
    started = []
    real_popen = subprocess.Popen

    def counting(args, *a, **kw):
        started.append(args)
        return real_popen(args, *a, **kw)

    monkeypatch.setattr(subprocess, "Popen", counting)
    for box in ((100, 150, 1550, 600), (100, 600, 1550, 1100), (100, 1100, 1550, 1600)):
        assert ocr._read_words(image.crop(box))
    assert fresh_engines.loads - before == 1
    assert not [args for args in started if "tesseract" in str(args).lower()]


@needs_tesseract
def test_library_reads_what_the_program_reads(tmp_path, fresh_engines, monkeypatch):
    """The in-process engine gives the program's words, boxes, confidences and lines exactly."""
    _library_engine()
    _scan, image = _scan_image(tmp_path)
    crop = image.crop((100, 150, 1550, 900))
    library = [(w.text, w.box, w.confidence, w.line) for w in ocr._read_words(crop)]
    monkeypatch.setenv("BRIEFING_OCR_ENGINE", "cli")
    program = [(w.text, w.box, w.confidence, w.line) for w in ocr._read_words(crop)]
    assert len(program) > 50
    assert library == program


@needs_tesseract
def test_program_is_used_when_the_library_is_missing(tmp_path, fresh_engines, monkeypatch):
    """No loadable libtesseract (an installer without it, a broken path): the page is read by the
    program, as before, and the process does not try the library again page after page."""
    monkeypatch.setenv("BRIEFING_TESSERACT_LIB", str(tmp_path / "no-such-libtesseract.so"))
    before = fresh_engines.loads
    _scan, image = _scan_image(tmp_path)
    words = ocr._read_words(image.crop((100, 150, 1550, 600)))
    assert len(words) > 20
    assert fresh_engines.loads == before and ocr._engine() is None


def test_tsv_of_the_library_and_of_the_program_parse_alike():
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = ["1\t1\t0\t0\t0\t0\t0\t0\t1654\t2339\t-1\t",
            "5\t1\t2\t1\t3\t1\t100\t200\t50\t20\t96.61\tAngola",
            "5\t1\t2\t1\t3\t2\t160\t200\t40\t20\t-1\t ",
            "5\t1\t2\t1\t3\t3\t210\t201\t70\t19\t41.2\t1,250"]
    for text in ("\n".join(rows), "\n".join([header, *rows])):
        words = ocr._words_from_tsv(text)
        assert [(w.text, w.box, w.confidence, w.line) for w in words] == [
            ("Angola", (100.0, 200.0, 150.0, 220.0), 0.96, (2, 1, 3)),
            ("1,250", (210.0, 201.0, 280.0, 220.0), 0.41, (2, 1, 3))]
