"""Scanned pages: recognised offline by OCR, then read by the same table rules as born-digital pages.

The scans are made by the test from the bundled samples (render, skew, noise, grey paper, JPEG; no
text layer left) and judged against the samples' exact truth."""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path

import pytest

from app.source import ocr
from app.document.model import Cell, Table

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
MYANMAR = SAMPLES / "myanmar-crisis-response-plan-2025-sample.pdf"
APPEAL = SAMPLES / "migration-initiatives-2017-sample.pdf"

needs_tesseract = pytest.mark.skipif(
    not ocr.tesseract_available(),
    reason="Tesseract OCR is not installed (apt install tesseract-ocr tesseract-ocr-fra tesseract-ocr-spa)",
)


def _scan(src: Path, out: Path, page: int, **kw) -> Path:
    from tools.docgen.scans import scan_pdf

    return scan_pdf(src, out, pages=[page], **kw)


def _truth_rows(sample: Path, page: int) -> list[list[str]]:
    truth = json.loads(sample.with_suffix("").with_suffix(".truth.json").read_text(encoding="utf-8"))
    rows = []
    for t in truth["tables"]:
        if t["page"] == page:
            rows += Table.from_json(t).text_grid()[t["header_rows"]:]
    return rows


def _body_rows(tables) -> list[list[str]]:
    rows = []
    for t in tables:
        rows += t.text_grid()[t.header_rows:]
    return rows


def _norm(row: list[str]) -> tuple[str, ...]:
    # a dash means nil whichever dash the page printed
    return tuple(" ".join(c.replace("–", "-").replace("—", "-").split()) for c in row)


@pytest.fixture(scope="module")
def scanned_appeal_table(tmp_path_factory):
    """Page 7 of the appeal sample (a regional funding table) scanned at 200 dpi, slightly
    skewed, on grey paper with noise, JPEG-compressed — and its extraction."""
    if not ocr.tesseract_available():
        pytest.skip("Tesseract OCR is not installed")
    from app.extract.pipeline import extract_document

    pdf = _scan(APPEAL, tmp_path_factory.mktemp("scan") / "p7.pdf", 7, dpi=200, skew=1.0, noise=6,
                grey=232, jpeg=70, seed=3)
    return pdf, extract_document(pdf, workers=1)


def test_scanned_page_has_no_text_layer_and_needs_ocr(scanned_appeal_table):
    import pdfplumber

    pdf, _data = scanned_appeal_table
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages[0].chars) == 0
        assert ocr.needs_ocr(doc.pages[0])


def test_born_digital_pages_are_not_ocred():
    import pdfplumber

    with pdfplumber.open(MYANMAR) as doc:
        assert not any(ocr.needs_ocr(p) for p in doc.pages)


@needs_tesseract
def test_scanned_funding_table_rows_match_the_born_digital_truth(scanned_appeal_table):
    _pdf, data = scanned_appeal_table
    assert data.tables, [w.message for w in data.warnings]
    assert all(t.source == "ocr" for t in data.tables)
    truth = [_norm(r) for r in _truth_rows(APPEAL, 7)]
    got = {_norm(r) for r in _body_rows(data.tables)}
    exact = sum(1 for r in truth if r in got)
    assert exact >= 0.9 * len(truth), (exact, len(truth))
    # the page says it was read by OCR, and straightened
    assert any("read by OCR" in w.message for w in data.warnings)


@needs_tesseract
def test_ocr_table_json_carries_source_and_confidence(scanned_appeal_table):
    _pdf, data = scanned_appeal_table
    table = data.tables[0]
    blob = table.to_json()
    assert blob["source"] == "ocr"
    confidences = [c.get("confidence") for c in blob["cells"] if c["text"]]
    assert sum(1 for c in confidences if c is not None) >= 0.9 * len(confidences)
    again = Table.from_json(json.loads(json.dumps(blob)))
    assert again.source == "ocr"
    assert [c.confidence for c in again.cells] == [c.confidence for c in table.cells]


def test_born_digital_json_has_no_ocr_fields():
    table = Table(id="t", page=1, bbox=(0, 0, 1, 1), n_rows=1, n_cols=1, cells=[Cell(0, 0, "x")])
    blob = table.to_json()
    assert "source" not in blob and "confidence" not in blob["cells"][0]


@needs_tesseract
def test_sideways_scan_is_turned_upright(tmp_path):
    """A page fed sideways reads like the same page fed straight."""
    from app.extract.pipeline import extract_document

    rows = {}
    for turn in (0, 90):
        pdf = _scan(MYANMAR, tmp_path / f"turn{turn}.pdf", 6, dpi=200, rotate=turn, seed=5)
        data = extract_document(pdf, workers=1)
        rows[turn] = [_norm(r) for r in _body_rows(data.tables)]
        if turn:
            assert any("turned" in w.message for w in data.warnings)
    truth = [_norm(r) for r in _truth_rows(MYANMAR, 6)]
    assert sum(1 for r in truth if r in set(rows[0])) >= 0.8 * len(truth)
    assert rows[90] == rows[0]


def test_skew_is_estimated_from_the_row_profile():
    """A drawn page of text lines and a rule, rotated by a known angle: the estimate undoes it."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (1200, 1600), 255)
    draw = ImageDraw.Draw(image)
    for i in range(30):
        y = 100 + i * 45
        draw.rectangle((100, y, 100 + 600 + (i % 5) * 80, y + 14), fill=0)
    for angle in (-2.0, 1.2):
        turned = image.rotate(angle, expand=False, fillcolor=255)
        assert abs(ocr.estimate_skew(turned) + angle) <= 0.3


def test_rules_are_found_in_the_image_and_text_is_not():
    from PIL import Image, ImageDraw

    image = Image.new("L", (1000, 800), 255)
    draw = ImageDraw.Draw(image)
    draw.line((100, 100, 900, 100), fill=0, width=2)   # a rule under a header
    draw.line((500, 100, 500, 700), fill=0, width=2)   # a column rule
    draw.rectangle((120, 200, 135, 215), fill=0)       # a glyph-sized blot
    draw.text((130, 300), "Kenya 1,200", fill=0)
    rules = ocr.find_rules(image)
    horizontal = [r for r in rules if r[1] == r[3]]
    vertical = [r for r in rules if r[0] == r[2]]
    assert len(horizontal) == 1 and abs(horizontal[0][1] - 100.5) <= 2
    assert len(vertical) == 1 and abs(vertical[0][0] - 500.5) <= 2


def test_a_lone_dash_is_decided_by_its_ink():
    """Tesseract reads an isolated dash as "=", "E" or "5": a glyph whose ink is one thin bar, far
    lower than the line's text, becomes a dash; a real "5" stays."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 100), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 48, 56, 51), fill=0)            # a dash, 4 px high in a 30 px line
    draw.rectangle((200, 35, 215, 64), fill=0)          # a solid glyph as tall as the line
    words = [ocr.OcrWord("E", (38, 35, 58, 65), 0.4, (1, 1, 1)),
             ocr.OcrWord("5", (198, 35, 217, 65), 0.9, (1, 1, 1)),
             ocr.OcrWord("Kenya", (250, 35, 330, 65), 0.95, (1, 1, 1))]
    ocr._fix_dashes(image, words)
    assert words[0].text in ("-", "–") and [w.text for w in words[1:]] == ["5", "Kenya"]
    assert words[0].confidence >= 0.6


def test_dot_leaders_read_as_letters_become_dots():
    """Leader dots between a label and its figures come out of OCR as letters ("es en"): a word
    whose ink is a row of small marks far lower than the text is a leader."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (600, 100), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 35, 120, 64), fill=0)                 # "Namibia": text-high ink
    for x in range(140, 260, 12):
        draw.rectangle((x, 60, x + 3, 63), fill=0)            # leader dots on the baseline
    draw.rectangle((300, 35, 380, 64), fill=0)                # the figure
    words = [ocr.OcrWord("Namibia", (20, 35, 120, 65), 0.9, (1, 1, 1)),
             ocr.OcrWord("sement", (138, 58, 262, 65), 0.3, (1, 1, 1)),
             ocr.OcrWord("60,000", (300, 35, 380, 65), 0.9, (1, 1, 1))]
    ocr._fix_dashes(image, words)
    assert words[0].text == "Namibia" and words[2].text == "60,000"
    assert set(words[1].text) == {"."} and len(words[1].text) >= 8


def test_lookalike_numbers_are_flagged_never_changed():
    from app.document.numbers import lookalike_number
    from app.extract.problems import check_table

    assert lookalike_number("1O0,000") == "100,000"
    assert lookalike_number("Somalia") is None
    assert lookalike_number("100,000") is None
    cells = [Cell(0, 0, "Country"), Cell(0, 1, "Amount")]
    texts = [("Kenya", "100,000"), ("Somalia", "1O0,000"), ("Uganda", "250,000"), ("Total", "450,000")]
    for r, (label, amount) in enumerate(texts, start=1):
        cells += [Cell(r, 0, label), Cell(r, 1, amount, confidence=0.95)]
    cells[5].confidence = 0.42  # "1O0,000"
    table = Table(id="t1", page=1, bbox=(0, 0, 100, 100), n_rows=5, n_cols=2, cells=cells, header_rows=1,
                  source="ocr")
    kinds = {(p.kind, p.row, p.col) for p in check_table(table)}
    assert ("ocr_lookalike", 2, 1) in kinds
    assert table.anchor(2, 1).text == "1O0,000"
    table.anchor(2, 1).text = "100,000"
    table.anchor(3, 1).confidence = 0.3
    kinds = {(p.kind, p.row, p.col) for p in check_table(table)}
    assert ("ocr_uncertain", 2, 1) in kinds and ("ocr_uncertain", 3, 1) in kinds
    table.source = None  # the same confidences on a born-digital table mean nothing
    assert not [p for p in check_table(table) if p.kind.startswith("ocr")]


def _extract_in_process(pdf: Path):
    import pdfplumber

    from app.extract.pipeline import ExtractSettings, extract_page

    with pdfplumber.open(pdf) as doc:
        return extract_page(doc.pages[0], 1, ExtractSettings())


def test_without_an_engine_the_page_says_how_to_add_ocr(tmp_path, monkeypatch):
    pdf = _scan(MYANMAR, tmp_path / "p5.pdf", 5, dpi=150, seed=2)
    monkeypatch.setattr(ocr, "engine_name", lambda: None)
    result = _extract_in_process(pdf)
    assert not result.tables and not result.has_text
    assert result.transient  # not cached: installing Tesseract later must take effect
    message = " ".join(w.message for w in result.warnings).lower()
    assert "tesseract" in message and "install" in message


@needs_tesseract
def test_ocr_uses_no_network(tmp_path, monkeypatch):
    """A scanned page read with every internet socket refused in this process (Tesseract is a local
    program reading local data), and, where the machine allows it, the command line in a network
    namespace with no network at all."""
    import shutil
    import subprocess
    import sys

    real_socket = socket.socket

    class NoInternet(real_socket):
        def __init__(self, family=socket.AF_INET, *args, **kwargs):
            if family in (socket.AF_INET, socket.AF_INET6):
                raise OSError("network access during OCR")
            super().__init__(family, *args, **kwargs)

    monkeypatch.setattr(socket, "socket", NoInternet)
    pdf = _scan(MYANMAR, tmp_path / "p6.pdf", 6, dpi=200, seed=4)
    result = _extract_in_process(pdf)
    assert result.tables and result.tables[0].source == "ocr"
    monkeypatch.setattr(socket, "socket", real_socket)

    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        out = tmp_path / "p6.json"
        done = subprocess.run([unshare, "-n", sys.executable, "-m", "briefing_builder", "extract", str(pdf), "-o", str(out), "-q"],
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        tables = json.loads(out.read_text(encoding="utf-8"))["tables"]
        assert tables and tables[0]["source"] == "ocr"


def test_synthetic_page_keeps_word_geometry():
    """The page handed to the rules has each word where the scan has it, stretched to its width."""
    import pdfplumber

    page = ocr.OcrPage(words=[ocr.OcrWord("Kenya", (100, 100, 220, 130), 0.9, (1, 1, 1)),
                              ocr.OcrWord("1,200", (600, 100, 700, 130), 0.9, (1, 1, 1))],
                       lines=[(90, 150, 710, 150)], width_px=1000, height_px=1000)
    data = ocr.synthetic_pdf(page, 500, 500)
    with pdfplumber.open(io.BytesIO(data)) as doc:
        words = doc.pages[0].extract_words()
        assert [w["text"] for w in words] == ["Kenya", "1,200"]
        assert abs(words[0]["x0"] - 50) < 1 and abs(words[0]["x1"] - 110) < 2
        assert abs(words[1]["x0"] - 300) < 1 and abs(words[1]["x1"] - 350) < 2
        assert len(doc.pages[0].lines) == 1


def test_a_table_rule_read_as_a_bar_is_not_text():
    rules = [(500.0, 100.0, 500.0, 700.0)]
    words = [ocr.OcrWord("120,000", (420, 300, 490, 320), 0.9, (1, 1, 1)),
             ocr.OcrWord("|", (497, 298, 503, 322), 0.5, (1, 1, 1)),
             ocr.OcrWord("l50,000|", (300, 400, 503, 420), 0.7, (1, 1, 2)),
             ocr.OcrWord("|", (200, 400, 205, 420), 0.6, (1, 1, 2))]  # not on a rule: kept
    kept = ocr.drop_rule_glyphs(words, rules)
    assert [w.text for w in kept] == ["120,000", "l50,000", "|"]


def test_a_bar_in_line_with_a_rule_beyond_its_end_is_the_rule():
    """Noise broke a column rule's run: the image test found its upper part only, and the rest,
    left in the image once the grid was erased, was read as "|" before each figure beside it."""
    rules = [(644.0, 222.0, 644.0, 366.0), (172.0, 218.0, 172.0, 518.0), (1482.0, 219.0, 1482.0, 518.0)]
    words = [ocr.OcrWord("|", (644, 370, 645, 416), 0.4, (1, 1, 1)),
             ocr.OcrWord("45,000", (714, 385, 786, 405), 0.9, (1, 1, 1)),
             ocr.OcrWord("|", (644, 469, 645, 515), 0.4, (1, 1, 2)),
             ocr.OcrWord("120,000|", (560, 470, 645, 512), 0.6, (1, 1, 2)),
             ocr.OcrWord("|", (644, 700, 645, 740), 0.4, (1, 1, 3)),  # past the table's frame: kept
             ocr.OcrWord("|", (300, 380, 301, 420), 0.4, (1, 1, 4))]  # not in line: kept
    kept = ocr.drop_rule_glyphs(words, rules)
    assert [w.text for w in kept] == ["45,000", "120,000", "|", "|"]


@needs_tesseract
def test_an_area_drawn_on_a_scanned_page_is_read_by_ocr(scanned_appeal_table):
    # the workbench's page helper read a drawn area from the scan's empty text layer: a 0x0 table
    from app.jobs.page_jobs import close_all, run_job
    from app.project.table_edit import extract_area

    pdf, data = scanned_appeal_table
    found = data.tables[0]
    pdfs: dict = {}
    try:
        drawn = run_job(pdfs, str(pdf), None, found.page, extract_area, (found.bbox,), {"method": "borderless"})
        again = run_job(pdfs, str(pdf), None, found.page, extract_area, (found.bbox,), {"method": "borderless"})
    finally:
        close_all(pdfs)
    assert drawn.source == "ocr" and drawn.n_rows >= found.n_rows - 1 and drawn.n_cols == found.n_cols
    assert {_norm(r) for r in drawn.text_grid()} >= {_norm(r) for r in found.text_grid()[found.header_rows:]}
    assert again.text_grid() == drawn.text_grid()  # the recognised page is kept: the same words


def _photograph(width: int, height: int, seed: int):
    """A photograph-like picture (grey): shaded ground, blobs of every tone, grain, a little blur."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width]
    img = 120 + 90 * np.sin(x / rng.uniform(30, 90)) * np.cos(y / rng.uniform(30, 90))
    for _ in range(25):
        cx, cy, r = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(10, 80)
        img[(x - cx) ** 2 + (y - cy) ** 2 < r * r] = rng.uniform(0, 255)
    img = img + rng.normal(0, 25, img.shape)
    return Image.fromarray(np.clip(img, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(1.5))


def test_a_photograph_makes_no_rules():
    """Each pixel row of a photograph's dark areas is a long run of ink: a rule has paper on one side
    at least, so inside the picture no more than the edge of a shape or two is a rule (on main: about
    500 one-pixel "rules", which split a scanned table's first column), its own edges may be (they
    bound a table under it), and the table's rules under the picture are all found."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (1600, 1400), 235)
    image.paste(_photograph(1000, 500, 3), (150, 100))
    draw = ImageDraw.Draw(image)
    for k in range(6):
        draw.line((150, 700 + 60 * k, 1450, 700 + 60 * k), fill=20, width=2)
    draw.line((150, 1060, 1450, 1062), fill=20, width=2)  # a double rule under the last row
    draw.line((150, 1066, 1450, 1068), fill=20, width=2)
    for xx in (150, 600, 1000, 1450):
        draw.line((xx, 700, xx, 1068), fill=20, width=2)
    rules = ocr.find_rules(image)
    inside = [r for r in rules if 110 < min(r[1], r[3]) and max(r[1], r[3]) < 590
              and 160 < min(r[0], r[2]) and max(r[0], r[2]) < 1140]  # the picture: 150-1150 x 100-600
    assert len(inside) <= 2, inside
    horizontal = {round(r[1] / 10) for r in rules if r[1] == r[3]}
    assert {70, 76, 82, 88, 94, 100} <= horizontal and len([r for r in rules if r[1] >= 1058 and r[1] == r[3]]) >= 2
    assert {round(r[0] / 10) for r in rules if r[0] == r[2]} >= {15, 60, 100, 145}


def _ruled_sheet(path: Path, photo: bool) -> list[list[str]]:
    """A one-page results sheet: a title, optionally a photograph and its caption, then a ruled
    table with narrow figure columns; its body rows."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    left, right, y = 56, A4[0] - 56, A4[1] - 60
    c.setFont("Helvetica-Bold", 16)
    c.drawString(left, y, "Nutrition survey results, 2024")
    y -= 30
    if photo:
        c.drawImage(ImageReader(_photograph(600, 380, 3)), left, y - 190, 300, 190)
        y -= 204
        c.setFont("Helvetica-Oblique", 9)
        c.drawString(left, y, "Photo: A health worker measures a child's arm at a nutrition centre. © UNICEF/2024")
        y -= 24
    rows = [["Ukhia", "6,861", "164", "535", "10.2%"], ["Teknaf", "1,873", "165", "63", "12.2%"],
            ["Ramu", "8,487", "76", "289", "4.3%"], ["Chakaria", "3,941", "193", "531", "18.4%"],
            ["Kutubdia", "8,604", "111", "204", "3.7%"]]
    xs = [left, left + 150, left + 270, left + 330, left + 390, right]
    top = y
    for k, row in enumerate([["District", "Children screened", "SAM", "MAM", "GAM rate"]] + rows):
        c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 10)
        for i, text in enumerate(row):
            c.drawString(xs[i] + 4, y - 13, text)
        y -= 18
    c.setLineWidth(0.6)
    for k in range(len(rows) + 2):
        c.line(left, top - 18 * k, right, top - 18 * k)
    for x in xs:
        c.line(x, top, x, y)
    c.showPage()
    c.save()
    return rows


@needs_tesseract
@pytest.mark.parametrize("photo,dpi", [(False, 300), (True, 200)])
def test_a_scanned_ruled_table_keeps_its_narrow_columns(tmp_path, photo, dpi):
    """A ruled table with narrow figure columns scanned at 300 dpi: read with its rules, Tesseract
    dropped the narrow cells' words (whole columns); the rules are erased before reading. Under a
    photograph, the picture's rows of ink made no rules that split the first column."""
    from app.extract.pipeline import extract_document

    rows = _ruled_sheet(tmp_path / "sheet.pdf", photo)
    pdf = _scan(tmp_path / "sheet.pdf", tmp_path / "scan.pdf", 1, dpi=dpi, skew=1.0, noise=6, grey=232,
                jpeg=70, seed=3)
    got = {_norm(r) for r in _body_rows(extract_document(pdf, workers=1).tables)}
    assert {_norm(r) for r in rows} <= got
