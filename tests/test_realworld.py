"""Bad and odd input from the wild: every PDF of ../shared/corpus/real-world either extracts or gives a
clear one-line message; none crashes or hangs.

The expectations are checked against a second, independent PDF library (pypdfium2): a file pdfium
cannot open for a password must get our password message, a page pdfium finds no text on but images
must get an OCR warning.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.source.pdf import PdfError, PdfPasswordError
from app.extract.pipeline import extract_document

pytestmark = [pytest.mark.corpus, pytest.mark.slow]


def _pdfium_facts(path: Path) -> dict:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        return {"error": str(exc)}
    facts = {"pages": len(doc), "textless_with_images": []}
    try:
        for i in range(len(doc)):
            page = doc[i]
            text = page.get_textpage().get_text_range().strip()
            images = [o for o in page.get_objects(filter=(pdfium.raw.FPDF_PAGEOBJ_IMAGE,), max_depth=3)]
            if not text and images:
                facts["textless_with_images"].append(i + 1)
    finally:
        doc.close()
    return facts


@pytest.fixture(scope="module")
def real_world(corpus) -> list[Path]:
    folder = corpus / "real-world"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    files = sorted(folder.rglob("*.pdf"))
    if not files:
        pytest.skip(f"no PDFs under {folder}")
    return files


def test_every_real_world_pdf_extracts_or_explains(real_world):
    problems = []
    outcomes = {"extracted": 0, "refused": 0}
    for path in real_world:
        facts = _pdfium_facts(path)
        start = time.monotonic()
        try:
            data = extract_document(path, workers=2, page_timeout=30)
        except PdfError as exc:
            outcomes["refused"] += 1
            message = str(exc)
            if "\n" in message or not message.strip():
                problems.append(f"{path.name}: message is not one line: {message!r}")
            if "password" in facts.get("error", "").lower() and not isinstance(exc, PdfPasswordError):
                problems.append(f"{path.name}: encrypted but the message was {message!r}")
            if "error" not in facts and not isinstance(exc, PdfPasswordError):
                problems.append(f"{path.name}: pdfium reads it but we refused it: {message}")
            continue
        except Exception as exc:  # anything else is a crash
            problems.append(f"{path.name}: crashed with {type(exc).__name__}: {exc}")
            continue
        outcomes["extracted"] += 1
        elapsed = time.monotonic() - start
        pages = data.document.pages
        if elapsed > 120 * max(pages, 1):  # a hang guard, not a speed figure: pages stop at 30 s each
            problems.append(f"{path.name}: {elapsed:.0f} s for {pages} pages (a page went past its time limit)")
        for w in data.warnings:
            if not w.message or "\n" in w.message or "Traceback" in w.message:
                problems.append(f"{path.name}: bad warning {w.message!r}")
            if "could not be extracted" in w.message or "stopped unexpectedly" in w.message:
                problems.append(f"{path.name}: page {w.page}: {w.message}")
        # A scanned page is told it was read by OCR, or, on a loaded machine, that it hit this test's
        # own 30 s page limit (OCR is the slowest step): either way the user learns why it has no text.
        ocr_pages = {w.page for w in data.warnings if "OCR" in w.message or "took longer than" in w.message}
        for page in facts.get("textless_with_images", []):
            if page not in ocr_pages:
                problems.append(f"{path.name}: page {page} has only images but no OCR warning")
        for table in data.tables:
            if not (1 <= table.page <= pages) or table.n_rows < 1 or table.n_cols < 1:
                problems.append(f"{path.name}: implausible table {table.id}")
            x0, top, x1, bottom = table.bbox
            if not (x0 <= x1 and top <= bottom):
                problems.append(f"{path.name}: {table.id} has an inverted box {table.bbox}")
    assert not problems, "\n".join(problems)
    assert outcomes["extracted"] > 0 and outcomes["refused"] > 0


def test_encrypted_pdf_message_then_password(real_world):
    """Encrypted files found by pdfium: without a password our message says a password is needed."""
    encrypted = [p for p in real_world if "password" in _pdfium_facts(p).get("error", "").lower()]
    if not encrypted:
        pytest.skip("no encrypted PDF in the corpus")
    for path in encrypted:
        with pytest.raises(PdfPasswordError) as info:
            extract_document(path)
        assert "password" in str(info.value) and path.name in str(info.value)
