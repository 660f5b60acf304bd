"""Opening PDFs: identity, metadata and clear errors for bad input."""

from __future__ import annotations

import pytest

from app.source.pdf import PdfMalformedError, PdfNotFoundError, PdfPasswordError, describe, sha256_file
from app.source.render import PageRenderer
from tests.helpers import make_simple_pdf


def test_describe(simple_pdf):
    doc = describe(simple_pdf)
    assert doc.pages == 2
    assert doc.sha256 == sha256_file(simple_pdf) and len(doc.sha256) == 64
    assert doc.title == "Simple test document"
    assert doc.page_sizes[0] == pytest.approx((595.28, 841.89), abs=0.01)
    assert not doc.encrypted


def test_encrypted_needs_password(tmp_path):
    path = make_simple_pdf(tmp_path / "secret.pdf", encrypt="s3cret")
    with pytest.raises(PdfPasswordError, match="password is needed") as err:
        describe(path)
    assert not err.value.wrong
    with pytest.raises(PdfPasswordError, match="not correct"):
        describe(path, password="guess")
    doc = describe(path, password="s3cret")
    assert doc.pages == 2 and doc.encrypted
    with pytest.raises(PdfPasswordError):
        PageRenderer(path)
    assert len(PageRenderer(path, password="s3cret")) == 2


@pytest.mark.parametrize(
    "content,match",
    [
        (b"", "empty"),
        (b"this is not a pdf at all", "not a PDF"),
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage", "damaged"),
    ],
)
def test_bad_files_have_clear_messages(tmp_path, content, match):
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    with pytest.raises(PdfMalformedError, match=match):
        describe(path)


def test_truncated_pdf(tmp_path, simple_pdf):
    path = tmp_path / "cut.pdf"
    path.write_bytes(simple_pdf.read_bytes()[:400])
    with pytest.raises(PdfMalformedError):
        describe(path)


def test_missing_and_folder(tmp_path):
    with pytest.raises(PdfNotFoundError, match="no such file"):
        describe(tmp_path / "missing.pdf")
    with pytest.raises(PdfNotFoundError, match="folder"):
        describe(tmp_path)


def test_render(simple_pdf):
    renderer = PageRenderer(simple_pdf)
    page = renderer.render(0, scale=0.5)
    assert (page.width, page.height) == (round(595.28 * 0.5), round(841.89 * 0.5))
    assert len(page.pixels) == page.stride * page.height
    assert len(set(page.pixels[::97])) > 2  # not a blank page
    renderer.close()


@pytest.mark.parametrize("title", ["untitled", "Untitled-3", "Microsoft Word - CRP 2025 final.docx", "(anonymous)",
                                   "Document1", "report_v7.indd", "  ",
                                   # a reporting tool's default, other languages' defaults
                                   "ActiveReports Document", "PowerPoint Presentation", "新規文書2", "無題",
                                   "Sans titre", "Sin título", "Documento1", "Unbenannt 2",
                                   # file names and identifiers: a program's, a database key's
                                   "10811.exe", "905_Precinct_NoOU", "WochenprogrammDruck", "indictb1h_14"])
def test_a_placeholder_metadata_title_does_not_name_the_document(title):
    # reportlab writes "untitled" when no title is given: the window said "Extracting untitled…"
    # and a pack's sources would name it so; the file name says more
    from app.document.model import SourceDocument

    doc = SourceDocument(path="/data/myanmar-crp-2025.pdf", sha256="0" * 64, pages=1, title=title)
    assert doc.display_name == "myanmar-crp-2025.pdf"
    for real in ("Myanmar Crisis Response Plan 2025", "Annual Report 2016", "ISU Grand Prix 2012 Paris, FRA",
                 "Eliquis, INN-apixaban", "McKinsey", "Migration", "Strategy 2024-2028"):
        kept = SourceDocument(path="/data/x.pdf", sha256="0" * 64, pages=1, title=real)
        assert kept.display_name == real
