"""Damaged PDFs: seeded mutants (tests/benchmarks/pdf_mutants.py) are repaired, the pages before a
truncation are kept, the PDF parser's log noise stays off stderr, and messages name the document."""

from __future__ import annotations

import zlib

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
    assert ours >= peer and ours >= 0.9 * len(seeded_mutants), (ours, peer)
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


# ------------------------------------------------------------------ recovery from the objects left


def _objstm_pdf(pages: int = 4, seed: int = 21) -> bytes:
    """A generated report written with object streams: page dictionaries, fonts, catalog and page tree
    are all inside one compressed object stream, the content streams outside it."""
    from tests.benchmarks.pdf_mutants import _with_object_streams

    data = _with_object_streams(_reportlab_pdf(pages, seed, compress=True))
    assert data is not None and b"/ObjStm" in data
    return data


def _objstm_span(data: bytes) -> tuple[int, int]:
    """Start and end of the compressed data of the (first) object stream."""
    head = data.find(b"/ObjStm")
    start = data.find(b"stream", head) + len(b"stream\n")
    return start, data.find(b"endstream", start)


def _texts(path) -> list[str]:
    with open_pdf(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_object_stream_damaged_pages_are_rebuilt_from_their_content(tmp_path):
    """A flipped byte early in the object stream loses every page dictionary; the content streams
    outside it become pages again, in order, and say that they were rebuilt."""
    data = bytearray(_objstm_pdf())
    start, end = _objstm_span(bytes(data))
    data[start + 20] ^= 0x5A
    path = tmp_path / "Appeal objstm.pdf"
    path.write_bytes(bytes(data))
    texts = _texts(path)
    assert len(texts) == 4
    assert [t.split(":")[0] for t in texts] == [f"Objective {i}" for i in range(1, 5)]
    results = list(Extraction(path, workers=0, document=describe(path), settings=TEXT_ONLY))
    assert all(r.words for r in results)
    notes = [w for r in results for w in r.warnings]
    document_notes = [w.message for w in notes if w.page == 0]
    assert len(document_notes) == 1 and document_notes[0].startswith("Appeal objstm.pdf is damaged")
    assert "pages 1-4 were rebuilt" in document_notes[0]
    assert {w.page for w in notes if "rebuilt from its content" in w.message} == {1, 2, 3, 4}
    # the same through worker processes, in the document's warnings (the problems list)
    data = extract_document(path, workers=1, settings=TEXT_ONLY)
    assert [w.message for w in data.warnings if w.page == 0] == document_notes


def test_object_stream_damaged_late_keeps_the_objects_before_the_damage(tmp_path):
    """Damage near the end of an object stream: what decodes before it (fonts, page dictionaries)
    is kept, so the pages keep their own size and are not marked as rebuilt."""
    data = bytearray(_objstm_pdf())
    start, end = _objstm_span(bytes(data))
    data[end - 12] ^= 0x5A  # in the last objects (document info, page tree)
    path = tmp_path / "late.pdf"
    path.write_bytes(bytes(data))
    with open_pdf(path) as pdf:
        assert len(pdf.pages) == 4
        assert pdf.pages[0].width == pytest.approx(595.28, abs=0.1)  # A4, the page's own box
        assert all("Objective" in (p.extract_text() or "") for p in pdf.pages)
        assert "rebuilt" not in pdf.bb_damage


def test_object_stream_file_cut_before_its_cross_references(tmp_path):
    """A file written with object streams loses its cross-reference stream at the end when cut:
    the objects inside the object stream are found all the same, and the pages before the cut read."""
    data = _objstm_pdf()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: data.rfind(b"/XRef") - 40])
    texts = _texts(path)
    assert len(texts) >= 3 and all(t.startswith("Objective") for t in texts[:3])


@pytest.mark.parametrize("compress", [False, True])
def test_truncated_content_stream_keeps_its_beginning(tmp_path, compress):
    """A file cut inside the first page's content stream: the text before the cut is read (qpdf's
    repair drops the stream whose end is missing; a cut Flate stream still decodes its prefix)."""
    data = _reportlab_pdf(3, 9, compress=compress)  # reportlab writes the content streams last
    first = data.find(b"stream\n", data.find(b"\n10 0 obj")) + len(b"stream\n")
    end = data.find(b"endstream", first)
    cut = first + (end - first) // 2  # the cut is inside page 1's content stream
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[:cut])
    with open_pdf(path) as pdf:
        words = pdf.pages[0].extract_words()
        note = pdf.bb_damage
    assert any(w["text"] == "Objective" for w in words)
    assert "ends early" in note and "no content left" in note


def test_damaged_header_is_still_read(tmp_path):
    data = bytearray(_reportlab_pdf(2, 10, compress=True))
    data[0] = ord("'")  # "%PDF-1.4" -> "'PDF-1.4"
    path = tmp_path / "header.pdf"
    path.write_bytes(bytes(data))
    assert _ours(path) == 2


def test_rebuild_is_bounded():
    import zlib

    from app.source.salvage import inflate_prefix, rebuild

    bomb = zlib.compress(b"\0" * (32 << 20))
    assert len(inflate_prefix(bomb, 1 << 20)) == 1 << 20
    cut = zlib.compress(bytes(range(256)) * 400)
    assert bytes(range(256)) * 10 == inflate_prefix(cut[: len(cut) // 2], 1 << 20)[:2560]
    many = b"%PDF-1.7\n" + b"".join(b"%d 0 obj << /Type /Page >> endobj\n" % i for i in range(1, 50_000))
    assert rebuild(many, time_limit=0.0) is None  # over its time: gives up rather than hang


def test_rebuild_of_an_intact_file_adds_no_page():
    from app.source.salvage import rebuild

    result = rebuild(_objstm_pdf())
    assert result is not None and result.pages == 4 and result.rebuilt_pages == []


def _pdfminer_drops(raw: bytes) -> bool:
    from pdfminer.pdftypes import decompress_corrupted

    try:
        decompress_corrupted(raw)
        return False
    except zlib.error:
        return True


def test_flate_stream_that_ends_early_keeps_what_decodes(tmp_path):
    """A flipped byte can end Flate data early, with a checksum that no longer matches: qpdf keeps what
    decodes, pdfminer drops the whole stream. In a repaired copy such a stream is replaced by what
    decodes, so the page keeps its text."""
    import pikepdf

    data = _objstm_pdf()
    start, _ = _objstm_span(data)
    page1 = data.find(b"stream\n", data.find(b"\n12 0 obj")) + len(b"stream\n")
    end = data.find(b"endstream", page1)
    raw = data[page1:end].rstrip(b"\r\n")
    chosen = None
    for pos in range(len(raw) // 4, len(raw) - 4):  # the first damage of that kind in the stream
        for xor in (0x01, 0x10, 0x5A, 0xFF):
            bad = bytearray(raw)
            bad[pos] ^= xor
            if not _pdfminer_drops(bytes(bad)):
                continue
            with pikepdf.new() as probe:
                stream = pikepdf.Stream(probe, bytes(bad))
                stream.Filter = pikepdf.Name.FlateDecode
                try:
                    kept = stream.read_bytes()
                except Exception:
                    continue
            if b"Objective 1" in kept:
                chosen = (pos, xor)
                break
        if chosen:
            break
    assert chosen is not None
    damaged = bytearray(data)
    damaged[start + 20] ^= 0x5A  # the document needs the repair
    damaged[page1 + chosen[0]] ^= chosen[1]
    path = tmp_path / "ends-early.pdf"
    path.write_bytes(bytes(damaged))
    assert _texts(path)[0].startswith("Objective 1")


def test_page_whose_dictionary_was_deleted_is_rebuilt_in_its_place(tmp_path):
    """A page dictionary blanked out (ASCII85 + Flate content, as reportlab writes it): the page tree
    still counts three pages, so the content stream nothing references any more becomes page 2 again."""
    data = bytearray(_reportlab_pdf(3, 12, compress=True))
    start = data.find(b"\n5 0 obj") + 1
    end = data.find(b"endobj", start) + len(b"endobj")
    assert b"/Type /Page" in data[start:end]
    data[start:end] = b" " * (end - start)
    path = tmp_path / "page-lost.pdf"
    path.write_bytes(bytes(data))
    texts = _texts(path)
    assert [t.split(":")[0] for t in texts] == ["Objective 1", "Objective 2", "Objective 3"]
    with open_pdf(path) as pdf:
        assert "page 2 was rebuilt" in pdf.bb_damage


def test_problems_list_names_a_damaged_document(tmp_path):
    """The problems list (check_document, and the workbench's list built the same way) carries the
    damage note naming the document, and one entry per rebuilt page."""
    from app.extract.problems import check_document

    data = bytearray(_objstm_pdf(3, 13))
    start, _ = _objstm_span(bytes(data))
    data[start + 20] ^= 0x5A
    path = tmp_path / "Regional appeal.pdf"
    path.write_bytes(bytes(data))
    problems = [p for p in check_document(extract_document(path, workers=0, settings=TEXT_ONLY))
                if p.kind == "damaged_source"]
    assert problems[0].page is None and problems[0].message.startswith("Regional appeal.pdf is damaged")
    assert [p.page for p in problems[1:]] == [1, 2, 3]
    assert problems[0].label == "Damaged PDF"


def test_damaged_file_pdfium_cannot_open_is_rendered_from_the_repaired_copy(tmp_path):
    from app.source.render import PageRenderer

    data = bytearray(_objstm_pdf(3, 14))
    start, _ = _objstm_span(bytes(data))
    data[start + 20] ^= 0x5A
    path = tmp_path / "shown.pdf"
    path.write_bytes(bytes(data))
    renderer = PageRenderer(path)
    try:
        assert len(renderer) == describe(path).pages == 3
        page = renderer.render(0, scale=0.5)
        assert page.width > 100 and len(set(page.pixels[::97])) > 1  # something drawn, not a blank page
    finally:
        renderer.close()


def _classic_pdf(objects: list[bytes]) -> bytes:
    """A PDF of the given object bodies (numbered from 1) and no cross-reference table at all."""
    out = b"%PDF-1.4\n"
    for number, body in enumerate(objects, 1):
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    return out


def _content(text: str) -> bytes:
    data = b"BT /F1 12 Tf 72 700 Td (" + text.encode() + b") Tj ET"
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def test_rebuilt_page_keeps_its_own_content_when_a_page_before_it_is_unusable():
    """A page dictionary that cannot be used (here: no dictionary at all), then a page whose dictionary
    is gone: the rebuilt page still gets its own content stream."""
    import io

    import pdfplumber

    from app.source.salvage import rebuild

    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Name /F1 >>"
    data = _classic_pdf([
        b"<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>",
        font,
        b"<< /Type /Page /Parent 1 0 R /MediaBox [0 0 612 792] /Contents 6 0 R"
        b" /Resources << /Font << /F1 2 0 R >> >> >>",
        b"[ /Type /Page /Contents 7 0 R ]",  # damaged beyond use: an array, not a dictionary
        b"(page three's dictionary was here)",
        _content("First page"),
        _content("Second page"),
        _content("Third page"),
    ])
    result = rebuild(data)
    assert result is not None
    with pdfplumber.open(io.BytesIO(result.data)) as pdf:
        texts = [p.extract_text() for p in pdf.pages]
    assert texts[0] == "First page" and texts[-1] == "Third page", texts


@pytest.fixture
def interface_language(qapp):
    """Switch the interface's language for one test; English again afterwards."""
    from widgets import i18n

    yield i18n.install
    i18n.install("en")


def test_damage_notes_shown_in_the_interface_s_language(tmp_path, interface_language):
    """The notes stay English sentences in the saved document (JSON, the command line); the problems
    list reads them back into their templates and shows them in French or Spanish."""
    from app.extract.problems import check_document
    from widgets.i18n import problem_text

    data = bytearray(_objstm_pdf(3, 13))
    start, _ = _objstm_span(bytes(data))
    data[start + 20] ^= 0x5A
    path = tmp_path / "Regional appeal.pdf"
    path.write_bytes(bytes(data))
    problems = [p for p in check_document(extract_document(path, workers=0, settings=TEXT_ONLY))
                if p.kind == "damaged_source"]
    assert problems[0].message == (
        "Regional appeal.pdf is damaged: it was repaired in memory (the file itself is unchanged) and 3 pages "
        "could be read; pages 1-3 were rebuilt from the page content alone (page size, fonts and page order "
        "guessed): check against the original.")
    rebuilt = ("page rebuilt from its content alone (its page dictionary was lost in the damaged file): page "
               "size and fonts are guessed")
    assert [p.message for p in problems[1:]] == [rebuilt] * 3
    interface_language("fr")
    nb = "\u00a0"
    assert problem_text(problems[0]) == (
        f"Regional appeal.pdf est endommagé{nb}: il a été réparé en mémoire (le fichier lui-même n’est pas "
        f"modifié) et 3 pages ont pu être lues{nb}; les pages 1-3 ont été reconstruites à partir de leur seul "
        f"contenu (format de page, polices et ordre des pages devinés){nb}: vérifiez-les sur l’original.")
    assert problem_text(problems[1]).startswith("page reconstruite à partir de son seul contenu")
    interface_language("es")
    assert problem_text(problems[0]).startswith("Regional appeal.pdf está dañado: se reparó en memoria")
    assert "se pudieron leer 3 páginas; las páginas 1-3 se reconstruyeron" in problem_text(problems[0])


def test_saved_damage_notes_read_back_with_numbers_and_plurals(interface_language):
    """A note saved by an earlier run (a long document, one page left, a file name holding "; ") is
    shown with the language's number format and plural; a wording this version never wrote (an older
    project) is shown as it is."""
    from app.document.model import DocumentData, PageWarning
    from app.extract.problems import check_source
    from widgets.i18n import problem_text

    notes = [
        "a; b.pdf is damaged: it was repaired in memory (the file itself is unchanged) and 1234 of 1500 pages "
        "could be read; the file ends early (an interrupted download or copy?), so pages after the last one "
        "read, or their text, may be missing; page 7 has no content left.",
        "c.pdf is damaged: it was repaired in memory (the file itself is unchanged) and 1 of 2 pages could be "
        "read; page 1 was rebuilt from the page content alone (page size, fonts and page order guessed): "
        "check against the original.",
        "old.pdf is damaged: it was repaired in memory, 3 pages read.",
    ]
    saved = DocumentData(SourceDocument("x.pdf", "0" * 64, 1500), warnings=[PageWarning(0, n) for n in notes])
    problems = check_source(DocumentData.from_json(saved.to_json()))  # as a project reopened
    assert [p.message for p in problems] == notes  # the English kept exactly
    interface_language("fr")
    nnb, nb = "\u202f", "\u00a0"
    texts = [problem_text(p) for p in problems]
    assert texts[0] == (
        f"a; b.pdf est endommagé{nb}: il a été réparé en mémoire (le fichier lui-même n’est pas modifié) et "
        f"1{nnb}234 pages sur 1{nnb}500 ont pu être lues{nb}; le fichier s’arrête trop tôt (téléchargement ou "
        f"copie interrompus{nb}?){nb}: les pages qui suivent la dernière lue, ou leur texte, peuvent manquer"
        f"{nb}; la page 7 n’a plus aucun contenu.")
    assert "et 1 page sur 2 a pu être lue" in texts[1] and "la page 1 a été reconstruite" in texts[1]
    assert texts[2] == notes[2]
    interface_language("es")
    assert "se pudieron leer 1.234 de 1.500 páginas" in problem_text(problems[0])
    assert "se pudo leer 1 de 2 páginas" in problem_text(problems[1])


def test_too_dense_page_error_shown_in_the_interface_s_language(tmp_path, interface_language):
    """The refusal of a too dense page is a sentence of the core: English for the command line, the
    interface's language in a dialog, with the figures written that language's way."""
    import pdfplumber

    from app.source.pdf import PageTooDense, check_page_load
    from tests.benchmarks.pdf_mutants import _reportlab_pdf
    from widgets.i18n import translate_message

    path = tmp_path / "dense.pdf"
    path.write_bytes(_reportlab_pdf(1, 3, compress=False))
    with pdfplumber.open(path) as pdf, pytest.raises(PageTooDense) as info:
        check_page_load(pdf.pages[0], 1, "dense.pdf", budget=1)
    english = str(info.value)
    assert english.startswith("dense.pdf, page 1 is too dense to read: about ")
    assert english.endswith(" characters and drawings, over the limit of 1 per page (reading it would take "
                            "gigabytes of memory).")
    interface_language("fr")
    assert translate_message(info.value).startswith("dense.pdf, page 1\u00a0: page trop dense pour être lue "
                                                    "(environ ")
    assert "au-delà de la limite de 1 par page\u00a0; la lire demanderait" in translate_message(info.value)
