"""Damaged PDFs: seeded mutants (tests/benchmarks/pdf_mutants.py) are repaired, the pages before a
truncation are kept, the PDF parser's log noise stays off stderr, and messages name the document."""

from __future__ import annotations

import pytest

from app.document.model import SourceDocument
from app.source.pdf import PdfError, describe, open_pdf
from app.extract.pipeline import Extraction, ExtractSettings, extract_document
from tests.benchmarks.pdf_mutants import _reportlab_pdf, base_pdfs, mutants

TEXT_ONLY = ExtractSettings(tables=False, sections=False)


def _ours(path) -> int:
    """Pages of ``path`` that give words, as the app extracts them (0 when the file is refused)."""
    try:
        doc = describe(path)
    except PdfError:
        return 0
    run = Extraction(path, workers=0, document=doc, settings=TEXT_ONLY, page_timeout=30)
    return sum(1 for r in run if r.words)


def _pdfium(path) -> int:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path))
    except Exception:
        return 0
    found = 0
    try:
        for i in range(len(doc)):
            try:
                page = doc[i]
                tp = page.get_textpage()
                found += bool(tp.get_text_range().strip())
                tp.close()
                page.close()
            except Exception:
                continue
    finally:
        doc.close()
    return found


@pytest.fixture(scope="module")
def seeded_mutants(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mutants")
    out = []
    for m in mutants(base_pdfs(), 30, seed=11):
        path = folder / f"{m.name}.pdf"
        path.write_bytes(m.data)
        out.append((m, path))
    return out


def test_seeded_mutants_yield_content_at_least_where_pdfium_does(seeded_mutants, capfd):
    """30 seeded mutants: no crash, at least 90% yield content, every file pdfium reads we read too."""
    assert {m.kind for m, _ in seeded_mutants} >= {"flip", "truncate", "xref", "stream", "delete"}
    ours, peer, behind = 0, 0, []
    for m, path in seeded_mutants:
        mine = _ours(path)  # a crash (anything but PdfError) fails the test here
        theirs = _pdfium(path)
        ours += mine > 0
        peer += theirs > 0
        if theirs and not mine:
            behind.append(f"{m.name} ({m.detail})")
    assert not behind, behind
    assert ours >= peer and ours >= 0.85 * len(seeded_mutants), (ours, peer)
    assert capfd.readouterr().err == ""  # no parser noise on stderr


def test_truncated_file_keeps_the_pages_before_the_cut(tmp_path):
    data = _reportlab_pdf(4, 5, compress=False)
    path = tmp_path / "download.pdf"
    path.write_bytes(data[: int(len(data) * 0.6)])  # an interrupted download: no xref, no trailer
    doc = describe(path)
    assert doc.pages >= 2
    results = list(Extraction(path, workers=0, document=doc, settings=TEXT_ONLY))
    assert {"Objective", "protection"} <= set(results[0].words)
    assert sum(1 for r in results if r.words) >= 2
    assert extract_document(path, workers=0, settings=TEXT_ONLY).document.sha256 == doc.sha256


def test_damaged_cross_reference_and_catalog_are_repaired(tmp_path):
    data = bytearray(_reportlab_pdf(3, 6, compress=True))
    xref = data.rfind(b"xref")
    data[xref: xref + 60] = b"#" * 60  # cross-reference table garbled
    catalog = data.find(b"/Type /Catalog")
    data[catalog: catalog + 14] = b"/Tyqe /Catalog"  # and the catalog no longer says what it is
    path = tmp_path / "garbled.pdf"
    path.write_bytes(bytes(data))
    with open_pdf(path) as pdf:
        assert len(pdf.pages) == 3
    assert _ours(path) == 3


def test_parser_warnings_do_not_reach_stderr(tmp_path, capfd):
    # a font name no longer standard: pdfminer warns about its missing FontBBox for every character
    data = _reportlab_pdf(2, 7, compress=False).replace(b"/BaseFont /Helvetica", b"/BaseFont /Helvetixa")
    path = tmp_path / "font.pdf"
    path.write_bytes(data)
    capfd.readouterr()
    assert _ours(path) == 2
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize("workers", [0, 1])
def test_messages_name_the_document_not_a_cached_copy(tmp_path, workers):
    """Extraction may read a cached copy of an embedded document: messages use the document's name."""
    good = tmp_path / "Appeal 2024.pdf"
    good.write_bytes(_reportlab_pdf(2, 8, compress=False))
    document = describe(good)
    cache = tmp_path / ("ab" * 32 + ".pdf")
    cache.write_bytes(b"%PDF-1.4\n" + b"\x00" * 200)  # the copy went bad after the document was described
    run = Extraction(cache, workers=workers, document=document, settings=TEXT_ONLY)
    if workers == 0:  # in-process: the error itself
        with pytest.raises(PdfError) as info:
            list(run)
        messages = [str(info.value)]
    else:  # in a worker: every page's warning
        messages = [w.message for r in run for w in r.warnings] + [w.message for w in run.warnings]
    assert messages
    assert all(cache.name not in m for m in messages), messages
    assert any("Appeal 2024.pdf" in m for m in messages), messages
