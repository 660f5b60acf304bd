"""The pdfium page source reads what the pdfminer source (the reference) reads: drawn pages."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from app.source.layout import WORD_OPTIONS, page_words
from app.source.pagesource import PageSource, PdfiumPage, open_pages
from app.extract.pipeline import ExtractSettings, extract_document
from app.extract.tables.rulings import page_rulings

SUBSET = re.compile(r"^[A-Z]{6}\+")


def _draw(path: Path, rotate: int = 0) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    c.setFont("Helvetica-Bold", 16)
    c.setFillColorRGB(0.1, 0.2, 0.6)
    c.drawString(60, h - 60, "Funding requirements (USD)")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Times-Roman", 10)
    c.drawString(60, h - 90, "The office of the fifth field team, with offices in Kenya; flows.")
    # a ruled table with a shaded header row
    c.setFillColorRGB(0.85, 0.9, 0.95)
    c.rect(60, h - 140, 400, 20, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.5)
    ys = [h - 120, h - 140, h - 160, h - 180]
    for y in ys:
        c.line(60, y, 460, y)
    for x in (60, 200, 330, 460):
        c.line(x, ys[0], x, ys[-1])
    c.setFont("Helvetica", 9)
    for r, row in enumerate([["Country", "Appeal", "Funded"], ["Kenya", "1,200", "800"],
                             ["Somalia", "3,450", "1,025"]]):
        for k, (x, text) in enumerate(zip((65, 205, 335), row)):
            c.drawString(x, ys[r] - 14, text)
    # text going up the page and an invisible (render mode 3) line
    c.saveState()
    c.translate(520, h - 400)
    c.rotate(90)
    c.drawString(0, 0, "Sideways caption of the page")
    c.restoreState()
    t = c.beginText(60, h - 230)
    t.setTextRenderMode(3)
    t.setFont("Helvetica", 9)
    t.textLine("hidden OCR layer words")
    c.drawText(t)
    c.setPageRotation(rotate)
    c.showPage()
    c.save()
    return path


def _same_words(mine: list[dict], theirs: list[dict], tol: float = 0.05) -> None:
    assert [w["text"] for w in mine] == [w["text"] for w in theirs]
    for a, b in zip(mine, theirs):
        for k in ("x0", "top", "x1", "bottom"):
            assert a[k] == pytest.approx(b[k], abs=tol), (a["text"], k)


def test_pdfium_words_and_rulings_equal_the_reference(tmp_path):
    pdf = _draw(tmp_path / "drawn.pdf")
    with pdfplumber.open(pdf) as plumber:
        source = PageSource(plumber, pdf, source="pdfium")
        page = source.page(1)
        assert isinstance(page, PdfiumPage), source.fallbacks
        ref = plumber.pages[0]
        mine, theirs = page_words(page), page_words(ref)
        _same_words(mine, theirs)
        for a, b in zip(mine, theirs):
            assert SUBSET.sub("", a["fontname"]) == SUBSET.sub("", b["fontname"])
            assert a["size"] == pytest.approx(b["size"], abs=0.01)
            assert a["non_stroking_color"] == pytest.approx(b["non_stroking_color"], abs=0.01)
            assert a["upright"] == b["upright"]
        mine_r, ref_r = page_rulings(page), page_rulings(ref)
        for ours, reference in zip(mine_r, ref_r):
            assert len(ours) == len(reference)
            for r, q in zip(ours, reference):
                assert (r.orient, r.edge) == (q.orient, q.edge)
                assert (r.pos, r.start, r.end) == pytest.approx((q.pos, q.start, q.end), abs=0.05)
        assert len(page.rects) == len(ref.rects) and len(page.lines) == len(ref.lines)
        # invisible text is read (an OCR layer is the text of a scanned page), and marked
        hidden = [c for c in page.chars if c["render_mode"] == 3]
        assert "".join(c["text"] for c in hidden).replace(" ", "") == "hiddenOCRlayerwords"
        assert "hidden" in [w["text"] for w in theirs]
        page.close()
        source.close()


def test_a_rotated_page_comes_from_the_reference_source(tmp_path):
    pdf = _draw(tmp_path / "rotated.pdf", rotate=90)
    with pdfplumber.open(pdf) as plumber:
        source = PageSource(plumber, pdf, source="pdfium")
        page = source.page(1)
        assert not isinstance(page, PdfiumPage)
        assert "rotated" in source.fallbacks[1]
        source.close()


def test_a_page_pdfium_does_not_read_is_closed_at_once(tmp_path, monkeypatch):
    """A pdfium page left for the garbage collector is closed on whichever thread collects it,
    outside the pdfium lock: a crash beside another thread's pdfium call. It is closed at once."""
    pdf = _draw(tmp_path / "rotated.pdf", rotate=90)
    opened = []
    with pdfplumber.open(pdf) as plumber:
        source = PageSource(plumber, pdf, source="pdfium")
        real = type(source._pdfium).__getitem__

        def remember(doc, index):
            page = real(doc, index)
            opened.append(page)
            return page

        monkeypatch.setattr(type(source._pdfium), "__getitem__", remember)
        page = source.page(1)
        assert not isinstance(page, PdfiumPage) and opened
        assert all(p.raw is None for p in opened)  # closed, not waiting for the collector
        source.close()


def test_a_document_pdfium_cannot_open_is_read_by_pdfminer(tmp_path, monkeypatch):
    pdf = _draw(tmp_path / "drawn.pdf")
    import pypdfium2

    def broken(*a, **k):
        raise pypdfium2.PdfiumError("simulated")

    monkeypatch.setattr(pypdfium2, "PdfDocument", broken)
    with open_pages(pdf, source="pdfium") as pages:
        page = pages.page(1)
        assert not isinstance(page, PdfiumPage)
        assert page_words(page)
        assert 0 in pages.fallbacks


def test_the_source_is_part_of_the_cache_key():
    a = ExtractSettings(source="pdfium")
    b = ExtractSettings(source="pdfminer")
    assert a.key() != b.key()
    assert ExtractSettings.from_json(a.to_json()) == a


def test_both_sources_give_the_same_tables_through_the_pipeline(sample_pdf_path):
    pages = [1, 2, 3, 4, 5, 6, 12, 13]
    got = {}
    for source in ("pdfium", "pdfminer"):
        data = extract_document(sample_pdf_path, pages=pages, settings=ExtractSettings(source=source), workers=0)
        got[source] = [(t.page, [round(v) for v in t.bbox], [(c.row, c.col, c.text) for c in t.cells])
                       for t in data.tables]
    assert got["pdfium"] and got["pdfium"] == got["pdfminer"]


@pytest.fixture
def sample_pdf_path() -> Path:
    return Path(__file__).resolve().parents[1] / "resources" / "samples" / "migration-initiatives-2017-sample.pdf"


def test_a_page_cropped_inside_its_media_box_comes_from_the_reference_source(tmp_path):
    path = tmp_path / "cropped.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setCropBox((20, 40, 500, 800))
    c.drawString(72, 700, "Text inside a crop box")
    c.showPage()
    c.save()
    with open_pages(path, source="pdfium") as pages:
        page = pages.page(1)
        assert not isinstance(page, PdfiumPage)
        assert "crop box" in pages.fallbacks[1] or "boxes" in pages.fallbacks[1]
        assert [w["text"] for w in page_words(page)] == ["Text", "inside", "a", "crop", "box"]


def test_a_page_with_right_to_left_text_comes_from_the_reference_source():
    from tests.helpers import shared_dir

    shared = shared_dir()
    pdf = shared / "corpus" / "real-world" / "tabula" / "indictb1h_14.pdf" if shared else None
    if pdf is None or not pdf.exists():
        pytest.skip("../shared/corpus/real-world/tabula is not present")
    with open_pages(pdf, source="pdfium") as pages:
        page = pages.page(1)
        assert not isinstance(page, PdfiumPage)
        assert pages.fallbacks[1] == "right-to-left text"


def _char(text, x0, top, size=10.0, font="F1", upright=True, colour=(0,)):
    x1 = x0 + 5.0
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size, "doctop": top + 1000.0,
            "upright": upright, "fontname": font, "size": size, "non_stroking_color": colour,
            "width": x1 - x0, "height": size}


def test_the_fast_word_grouping_gives_pdfplumbers_words(tmp_path, sample_pdf_path):
    """app.source.layout.extract_words is pdfplumber's extractor for WORD_OPTIONS, dict for dict: on
    drawn edge cases (lines chained within the tolerance, a glyph starting left of the previous one,
    spaces, empty texts, ligatures, a change of font or colour mid-word, sideways text) and on every
    page of a sample and a drawn page read by pdfium."""
    from pdfplumber.utils import extract_words as plumber_words

    from app.source.layout import extract_words

    drawn = [
        _char("a", 10, 100), _char("b", 15, 101), _char("c", 20, 102.4), _char("d", 25, 104.8),  # a chain
        _char("e", 31.4, 100), _char("f", 38, 100), _char(" ", 43, 100), _char("g", 48, 100),
        _char("h", 40, 100), _char("", 53, 100), _char("\ufb01", 58, 100), _char("i", 63, 100, font="F2"),
        _char("j", 68, 100, colour=(1,)), _char("k", 73, 100, size=12.0),
        _char("u", 200, 300, upright=False), _char("p", 200.5, 306, upright=False),
        _char("w", 203, 311, upright=False), _char(" ", 200, 316, upright=False), _char("x", 200, 321, upright=False),
        _char("y", 10, 100), _char("z", 10, 500),
    ]
    ours, theirs = extract_words(drawn, **WORD_OPTIONS), plumber_words(drawn, **WORD_OPTIONS)
    assert ours == theirs
    assert repr(ours) == repr(theirs)  # the same keys in the same order, the same floats (-0.0 too)
    assert [w["text"] for w in extract_words(drawn, **WORD_OPTIONS)]  # something was grouped
    other = dict(WORD_OPTIONS, x_tolerance=3)  # other options: pdfplumber's own code
    assert extract_words(drawn, **other) == plumber_words(drawn, **other)
    pages = 0
    for pdf in (sample_pdf_path, _draw(tmp_path / "drawn.pdf")):
        with open_pages(pdf, source="pdfium") as source:
            for number, page in source:
                assert isinstance(page, PdfiumPage)
                ours, theirs = page.extract_words(**WORD_OPTIONS), plumber_words(page.chars, **WORD_OPTIONS)
                assert ours == theirs and repr(ours) == repr(theirs)
                pages += 1
    assert pages > 10


def test_the_tight_box_is_asked_only_where_a_glyph_starts_inside_the_previous_one(sample_pdf_path, monkeypatch):
    """Reading characters costs native calls: a glyph starting exactly where the previous one's box
    ends needs no tight box (the previous box stays as it is), and most glyphs of a text do."""
    import app.source.pagesource as pagesource

    raw = pagesource._bind()
    calls = {"n": 0}
    name = "GetCharBox" if raw.ffi is None else "c_GetCharBox"  # the call the character loop makes
    tight = getattr(raw, name)

    def counted(*args):
        calls["n"] += 1
        return tight(*args)

    monkeypatch.setattr(raw, name, counted)
    chars = 0
    with open_pages(sample_pdf_path, source="pdfium") as source:
        for number, page in source:
            chars += len(page.chars)
            if number >= 10:
                break
    assert chars > 10000
    assert 0 < calls["n"] < 0.3 * chars


def test_the_cffi_and_ctypes_calls_read_the_same_characters(tmp_path, sample_pdf_path, monkeypatch):
    """The per-character and per-segment calls go through cffi when it is installed and through ctypes
    otherwise: both give the same characters and drawings, key for key and float for float, on a sample
    and a drawn page (sideways and invisible text, a ruled table and a shaded row included)."""
    import app.source.pagesource as pagesource

    raw = pagesource._bind()
    if raw.ffi is None:
        pytest.skip("cffi is not installed: only the ctypes calls exist")

    def read(pdf: Path) -> list[str]:
        out = []
        with open_pages(pdf, source="pdfium") as source:
            for number, page in source:
                assert isinstance(page, PdfiumPage)
                out.append(repr(page.chars))
                out.append(repr((page.lines, page.rects, page.curves, page.images)))
                if number >= 12:
                    break
        return out

    pdfs = (sample_pdf_path, _draw(tmp_path / "drawn.pdf"))
    with_cffi = [read(pdf) for pdf in pdfs]
    monkeypatch.setattr(raw, "ffi", None)
    with_ctypes = [read(pdf) for pdf in pdfs]
    assert with_cffi == with_ctypes
    assert sum(len(pages) for pages in with_cffi) > 20 and "'upright': False" in with_cffi[1][0]
    assert "'object_type': 'line'" in with_cffi[1][1] and "'object_type': 'rect'" in with_cffi[1][1]


def test_pdfium_objects_closed_by_the_collector_wait_for_the_lock(tmp_path):
    """A pdfium object closed by the garbage collector is a pdfium call: it waits for the lock
    another thread holds around its own pdfium calls."""
    import threading

    import pypdfium2

    from app.source.pdf import PDFIUM_LOCK

    pdf = _draw(tmp_path / "drawn.pdf")
    held, release = threading.Event(), threading.Event()

    def holder():
        with PDFIUM_LOCK:
            held.set()
            release.wait(10)

    keep = [pypdfium2.PdfDocument(str(pdf))]
    t = threading.Thread(target=holder)
    t.start()
    held.wait(5)
    dropper = threading.Thread(target=keep.clear)  # the last reference goes: pypdfium2 closes it
    dropper.start()
    dropper.join(0.5)
    waited = dropper.is_alive()
    release.set()
    t.join(5)
    dropper.join(5)
    assert waited and not dropper.is_alive()


def test_reading_the_bookmarks_waits_for_the_pdfium_lock(tmp_path, monkeypatch):
    """The bookmarks are read through pdfium too: beside the GUI's rendering, under the same lock."""
    import threading

    import pypdfium2

    from app.extract.sections.outline import read_outline

    opened = threading.Event()
    real = pypdfium2.PdfDocument

    def opening(*args, **kwargs):
        opened.set()
        return real(*args, **kwargs)

    monkeypatch.setattr(pypdfium2, "PdfDocument", opening)
    from app.source.pdf import PDFIUM_LOCK

    pdf = _draw(tmp_path / "drawn.pdf")
    held, release = threading.Event(), threading.Event()

    def holder():
        with PDFIUM_LOCK:
            held.set()
            release.wait(10)

    t = threading.Thread(target=holder)
    t.start()
    held.wait(5)
    reader = threading.Thread(target=read_outline, args=(pdf,))
    reader.start()
    reader.join(0.5)
    opened_while_held = opened.is_set()
    release.set()
    t.join(5)
    reader.join(5)
    assert not opened_while_held and opened.is_set() and not reader.is_alive()


def _short_descent_font(path: Path) -> Path:
    """A page set in an embedded font whose descriptor declares no descent (as some LibreOffice
    exports do): the descenders of "p", "g", "y" reach below the declared box."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        pdfmetrics.registerFont(TTFont("VeraShortDescent", "Vera.ttf"))
    except Exception as exc:  # reportlab without its bundled Vera font
        pytest.skip(f"reportlab's Vera.ttf not available: {exc}")
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("VeraShortDescent", 24)
    c.drawString(60, 700, "Displacement by typology")
    c.setFont("VeraShortDescent", 10)
    c.drawString(60, 660, "Kenya happy grey yield")
    c.saveState()  # and up the page, as a turned caption
    c.translate(520, 300)
    c.rotate(90)
    c.drawString(0, 0, "Typology")
    c.restoreState()
    c.showPage()
    c.save()
    data = path.read_bytes()
    found = re.findall(rb"/Descent -[\d.]+", data)
    assert found, "reportlab wrote no descent to patch"
    for d in set(found):  # same length, so the cross-reference offsets stay right
        data = data.replace(d, b"/Descent 0".ljust(len(d)))
    path.write_bytes(data)
    return path


def test_characters_on_one_baseline_share_their_box_whatever_their_glyphs_reach(tmp_path):
    pdf = _short_descent_font(tmp_path / "descent.pdf")
    with pdfplumber.open(pdf) as plumber:
        source = PageSource(plumber, pdf, source="pdfium")
        page = source.page(1)
        assert isinstance(page, PdfiumPage), source.fallbacks
        # the descenders' outlines do reach below the baseline (else this test proves nothing)
        tight = page._textpage.get_charbox(page._textpage.get_text_range().index("p"))
        assert tight[1] < 700 - 3
        bottoms: dict[float, set] = {}
        # one bottom per baseline: "p" and "y" stand on the line as "D" does
        for c in page.chars:
            if c["upright"]:
                bottoms.setdefault(round(c["bottom"], 2), set()).add(c["text"])
        assert len(bottoms) == 2, bottoms
        # text up the page: the descent side is the right one, the same for every letter
        assert len({round(c["x1"], 2) for c in page.chars if not c["upright"]}) == 1
        words = page_words(page)
        assert [w["text"] for w in words if w["upright"]] == \
            ["Displacement", "by", "typology", "Kenya", "happy", "grey", "yield"]
        # and stand where pdfminer puts them (from the declared descent); across the line the
        # advances of this font differ by a fraction of a point between the two libraries
        theirs = page_words(plumber.pages[0])
        assert [w["text"] for w in theirs] == [w["text"] for w in words]
        for a, b in zip(words, theirs):
            across = ("top", "bottom") if a["upright"] else ("x0", "x1")
            assert [a[k] for k in across] == pytest.approx([b[k] for k in across], abs=0.05), a["text"]
        page.close()
        source.close()


def _forms_and_links(path: Path, pages: int = 4) -> Path:
    """Pages drawing a form XObject (a ruled, shaded box with text) and linking to a named destination."""
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    c.beginForm("box")
    c.setFillColorRGB(0.85, 0.9, 0.95)
    c.rect(60, h - 200, 300, 80, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 9)
    c.drawString(70, h - 140, "Drawn inside a form XObject")
    c.endForm()
    for n in range(1, pages + 1):
        c.bookmarkPage(f"p{n}")
        c.setFont("Times-Roman", 11)
        c.drawString(60, h - 80, f"{n}. Section {n} of the report")
        c.doForm("box")
        c.drawString(60, h - 240, "See the first section")
        c.linkRect("", "p1", (60, h - 244, 200, h - 230))
        c.line(60, h - 260, 460, h - 260)
        c.showPage()
    c.save()
    return path


def test_extracting_a_page_leaves_no_reference_cycles(tmp_path):
    """A page's characters, drawings and pdfium handles are freed when it is closed, not by the garbage
    collector: a cycle per page (a drawing walk calling itself through its closure, a ctypes type made per
    buffer, ctypes.cast keeping its argument alive through itself) kept thousands of objects until a full
    collection, which then ran far more often (docs/benchmarks.md, issue #13)."""
    import gc

    from app.extract.pipeline import PageHandler

    import ctypes

    def ours(obj) -> bool:
        # what a page's extraction makes (other threads of a test run may leave garbage of their own)
        kind = type(obj)
        if kind is dict:
            return "page_number" in obj or "object_type" in obj
        if kind.__name__ == "function":
            return obj.__module__.startswith(("app.", "pdfminer", "pdfplumber"))
        if isinstance(obj, type):
            return issubclass(obj, (ctypes.Array, ctypes._Pointer))
        return kind.__module__.startswith(("app.", "pypdfium2", "pdfminer", "pdfplumber", "ctypes"))

    pdf = _forms_and_links(tmp_path / "forms.pdf")
    handler = PageHandler(str(pdf), None, ExtractSettings().to_json(), "", None)
    enabled = gc.isenabled()
    try:
        handler(1)  # what is read once per document (page tree, fonts) is read here
        gc.collect()
        gc.disable()
        for number in (2, 3, 4):
            result, _ = handler(number)
            assert result["features"] and not result["warnings"], result
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        left = sorted({type(o).__name__ for o in gc.garbage if ours(o)})
        assert left == []
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if enabled:
            gc.enable()
        handler.close()


def test_reading_a_page_and_its_tables_runs_no_collection(tmp_path):
    """The collector is paused while pdfium reads a page and while its tables are extracted, for any
    caller (the page workers pause it around the whole page already): what a page makes is freed by
    reference counting, and on ICDAR EU the passes its allocations set off took 8% of the CPU of a
    page read and its tables (docs/benchmarks.md, issue #13). A collector someone else paused stays
    paused."""
    import gc

    from app.extract.tables import extract_tables
    from app.extract.tables.build import _extract_tables

    pdf = _draw(tmp_path / "p.pdf")
    runs = []

    def seen(phase, info):
        if phase == "start":
            runs.append(info["generation"])

    threshold = gc.get_threshold()
    enabled = gc.isenabled()
    gc.enable()
    gc.set_threshold(1)  # a collection at nearly every allocation, were the collector running
    gc.callbacks.append(seen)
    try:
        with open_pages(str(pdf)) as doc:
            # (a few collections as the pause begins and ends: the page makes thousands of objects)
            before = len(runs)
            page = doc.page(1)
            assert isinstance(page, PdfiumPage) and len(runs) - before < 20
            before = len(runs)
            tables = extract_tables(page, 1)
            assert tables and len(runs) - before < 20
            page.close()
            page = doc.page(1)
            before = len(runs)
            _extract_tables(page, 1, None, True)  # the same work, the collector running
            assert len(runs) - before > 100
            page.close()
            gc.disable()
            page = doc.page(1)
            extract_tables(page, 1)
            assert not gc.isenabled()
            page.close()
    finally:
        gc.callbacks.remove(seen)
        gc.set_threshold(*threshold)
        if enabled:
            gc.enable()
        else:
            gc.disable()


def test_a_page_whose_media_box_is_inherited_from_the_page_tree_is_read_by_pdfium(tmp_path):
    """A media box written once on the page tree's root (xdvipdfmx does) is the page's own: pdfium
    lays the page out in it, though its per-page box call reads the page's dictionary alone (and
    pypdfium2 then answers US Letter). Drawn on A4 so that Letter would not match."""
    path = _box_on_the_page_tree(_draw(tmp_path / "drawn.pdf"), tmp_path / "inherited.pdf")
    with open_pages(path, source="pdfium") as pages:
        page = pages.page(1)
        assert isinstance(page, PdfiumPage), pages.fallbacks
        assert (round(page.width, 2), round(page.height, 2)) == (round(A4[0], 2), round(A4[1], 2))
        got = page_words(page)
    with open_pages(path, source="pdfminer") as pages:
        want = page_words(pages.page(1))
    assert [w["text"] for w in got] == [w["text"] for w in want] and got
    keys = ("x0", "top", "x1", "bottom")
    assert max(abs(a[k] - b[k]) for a, b in zip(got, want) for k in keys) < 0.01


def _box_on_the_page_tree(drawn: Path, path: Path) -> Path:
    """The drawn PDF with its pages' media box written once, on the root of the page tree."""
    import pikepdf

    with pikepdf.open(drawn) as pdf:
        box = pdf.pages[0].obj.MediaBox
        for page in pdf.pages:
            del page.obj["/MediaBox"]
        pdf.Root.Pages.MediaBox = box
        pdf.save(path)
    return path


def test_a_bookmark_on_a_page_with_an_inherited_box_is_placed_from_the_page_top(tmp_path):
    from app.extract.sections import read_outline

    drawn = tmp_path / "drawn.pdf"
    c = canvas.Canvas(str(drawn), pagesize=A4)
    c.drawString(72, A4[1] - 200, "Heading")
    c.bookmarkPage("h", fit="XYZ", left=0, top=A4[1] - 190)
    c.addOutlineEntry("Heading", "h", level=0)
    c.showPage()
    c.save()
    (entry,) = read_outline(_box_on_the_page_tree(drawn, tmp_path / "inherited.pdf"))
    assert entry["page"] == 1 and abs(entry["top"] - 190) < 0.5


def test_a_glyph_overhanging_its_advance_keeps_the_word_gap_after_it(tmp_path):
    """An italic "f" reaches past its advance (as TeX's "f" does): the word after it, set 2 pt
    further on (more than the 1.5 pt word tolerance), is still another word, and the "f" ends at
    its advance, as in the pdfminer source."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        pdfmetrics.registerFont(TTFont("VeraOverhang", "VeraIt.ttf"))
    except Exception as exc:  # reportlab without its bundled Vera fonts
        pytest.skip(f"reportlab's VeraIt.ttf not available: {exc}")
    pdf = tmp_path / "overhang.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    for y, size in ((700, 10), (660, 14)):
        c.setFont("VeraOverhang", size)
        x = 60.0
        for word in ("of", "the", "staff", "office"):
            c.drawString(x, y, word)
            x += pdfmetrics.stringWidth(word, "VeraOverhang", size) + 2.0
    c.showPage()
    c.save()
    with pdfplumber.open(pdf) as plumber:
        source = PageSource(plumber, pdf, source="pdfium")
        page = source.page(1)
        assert isinstance(page, PdfiumPage), source.fallbacks
        # the outline of "f" does reach past the next word's start less the tolerance (else this
        # test proves nothing)
        tp = page._textpage
        f = tp.get_text_range().index("f")
        assert tp.get_charbox(f)[2] > page.chars[2]["x0"] - 1.5
        mine, theirs = page_words(page), page_words(plumber.pages[0])
        assert [w["text"] for w in theirs] == ["of", "the", "staff", "office"] * 2
        _same_words(mine, theirs)


def test_drawings_with_curves_and_several_subpaths_equal_the_reference(tmp_path):
    """pdfium gives a path as segments (a curve's three points as three of them, a close as a flag):
    read in one pass into pdfminer's subpaths, kinds and points."""
    path = tmp_path / "drawings.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setLineWidth(0.7)
    c.circle(150, 600, 40, stroke=1, fill=0)
    c.bezier(60, 500, 90, 560, 160, 440, 220, 500)
    c.rect(260, 480, 120, 60, stroke=1, fill=1)
    p = c.beginPath()
    p.moveTo(60, 400)
    p.lineTo(200, 400)
    p.moveTo(60, 380)
    p.lineTo(200, 380)
    p.lineTo(200, 300)
    p.close()
    p.moveTo(260, 400)
    p.curveTo(280, 420, 300, 380, 320, 400)
    p.curveTo(340, 420, 360, 380, 380, 400)
    p.lineTo(380, 300)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.setFont("Helvetica", 9)
    c.drawString(60, 700, "Drawings of a page")
    c.showPage()
    c.save()
    with pdfplumber.open(path) as plumber:
        source = PageSource(plumber, path, source="pdfium")
        page = source.page(1)
        assert isinstance(page, PdfiumPage), source.fallbacks
        ref = plumber.pages[0]
        for kind in ("lines", "rects", "curves"):
            mine, theirs = getattr(page, kind), getattr(ref, kind)
            assert len(mine) == len(theirs), kind
            for a, b in zip(sorted(mine, key=lambda o: (o["top"], o["x0"])),
                            sorted(theirs, key=lambda o: (o["top"], o["x0"]))):
                assert [a[k] for k in ("x0", "top", "x1", "bottom")] == pytest.approx(
                    [b[k] for k in ("x0", "top", "x1", "bottom")], abs=0.01), kind
                if kind != "rects":  # (a rectangle: pdfminer 4 points, pdfium 5, closed on the first)
                    assert [v for q in a["pts"] for v in q] == pytest.approx([v for q in b["pts"] for v in q],
                                                                            abs=0.01), kind
                assert (a["fill"], a["stroke"]) == (b["fill"], b["stroke"])
        assert len(page.curves) >= 3
        page.close()
        source.close()


def test_path_segments_read_in_one_block_equal_those_read_by_call(tmp_path, sample_pdf_path, monkeypatch):
    """A path's segments are read as one block of pdfium's point records where its layout checks out
    (a path drawn at startup, read both ways): the drawings are those of one call per segment, key for
    key and float for float (curves, closes, several subpaths, a ruled table and shaded rows)."""
    import app.source.pagesource as pagesource

    raw = pagesource._bind()
    assert raw.segments_at, "the point records of this pdfium build are not laid out as expected"

    def read(pdf: Path) -> list[str]:
        out = []
        with open_pages(pdf, source="pdfium") as source:
            for number, page in source:
                assert isinstance(page, PdfiumPage)
                out.append(repr((page.lines, page.rects, page.curves, page.images)))
                if number >= 12:
                    break
        return out

    test_drawings_with_curves_and_several_subpaths_equal_the_reference(tmp_path)
    pdfs = (sample_pdf_path, _draw(tmp_path / "drawn.pdf"), tmp_path / "drawings.pdf")
    in_blocks = [read(pdf) for pdf in pdfs]
    monkeypatch.setattr(raw, "segments_at", False)
    by_call = [read(pdf) for pdf in pdfs]
    assert in_blocks == by_call
    assert "'object_type': 'curve'" in in_blocks[2][0] and "'object_type': 'rect'" in in_blocks[1][0]


def _synthetic_bold(path: Path) -> Path:
    """A caption drawn filled and stroked (the bold a word processor makes of a face that has none)
    over a ruled table, in the same face and size as the table's text."""
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    t = c.beginText(60, h - 100)
    t.setFont("Times-Roman", 10)
    t.setTextRenderMode(2)
    c.setLineWidth(0.25)
    t.textLine("Number of offices that applied the plan")
    t.setTextRenderMode(0)  # a text state of the page: the table's text is filled only
    c.drawText(t)
    c.setLineWidth(0.5)
    ys = [h - 110, h - 130, h - 150, h - 170]
    for y in ys:
        c.line(60, y, 460, y)
    for x in (60, 200, 330, 460):
        c.line(x, ys[0], x, ys[-1])
    c.setFont("Times-Roman", 10)
    for r, row in enumerate([["Office", "Applied", "Share"], ["Nairobi", "21", "52%"], ["Mogadishu", "11", "48%"]]):
        for x, text in zip((65, 205, 335), row):
            c.drawString(x, ys[r] - 14, text)
    c.showPage()
    c.save()
    return path


def test_text_filled_and_stroked_reads_as_bold_and_titles_its_table(tmp_path):
    # a face without a bold one, made bold by stroking its outline: the caption over the table was no
    # title (the words' font was the body's); it is read as the face's bold, named as Acrobat does
    from app.extract.tables import extract_tables

    pdf = _synthetic_bold(tmp_path / "bold.pdf")
    with open_pages(pdf, source="pdfium") as pages:
        pages_iter = iter(pages)  # kept: a page closes when its iterator moves on
        number, page = next(pages_iter)
        caption_top = min(c["top"] for c in page.chars)
        caption = {SUBSET.sub("", c["fontname"]) for c in page.chars if c["top"] < caption_top + 2}
        rest = {SUBSET.sub("", c["fontname"]) for c in page.chars if c["top"] >= caption_top + 2}
        assert caption == {"Times-Roman,Bold"}
        assert rest == {"Times-Roman"}  # the table's own text stays as it is
        (table,) = extract_tables(page, number)
    assert table.title == "Number of offices that applied the plan"


def test_a_hyphen_ending_a_line_reads_as_a_hyphen_character_by_character(tmp_path, monkeypatch):
    """pdfium marks a hyphen that ends a line: U+FFFE in the page's text, U+0002 when each character is
    asked for on its own (a page whose text is longer than its characters: surrogate pairs, and other
    pages pdfium lays out so). Either way it is the hyphen printed there, never a control character."""
    from app.source import pagesource

    path = tmp_path / "hyphen.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "La réponse est assurée par la compensa-")
    c.drawString(72, 686, "tion, le pH ne change pas.")
    c.save()
    raw = pagesource._bind()
    for whole_text in (True, False):
        if not whole_text:
            monkeypatch.setattr(raw, "GetText", lambda *args: 0)  # the page's text unusable: per character
        with pdfplumber.open(path) as plumber:
            source = PageSource(plumber, path, source="pdfium")
            page = source.page(1)
            assert isinstance(page, PdfiumPage), source.fallbacks
            words = [w["text"] for w in page_words(page)]
            source.close()
        assert "compensa-" in words, (whole_text, words)
        assert not any("\x02" in w or "\ufffe" in w for w in words)


@pytest.mark.parametrize("box, shift", [([0, 0, 612, -792], -792), ([0, 792, 612, 0], 0), ([0, 792, 612, 1584], 792),
                                        ([-12, 12, 600, 804], 12)])
def test_pages_whose_media_box_is_not_at_the_origin_read_in_the_page_s_frame(tmp_path, box, shift):
    """A media box written top corner first ([0 0 612 -792]) put every word a page or two below the
    page (pdfplumber issue #1332): the tables were drawn off the page in the window and a rectangle
    drawn on it found nothing. Whatever corner the box starts at, a page's tables and words are
    where the page shows them: the same as on the page with its box at the origin."""
    import pikepdf
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    from app.extract.pipeline import extract_document

    plain = tmp_path / "plain.pdf"
    c = canvas.Canvas(str(plain), pagesize=letter, invariant=1)
    c.setFont("Helvetica-Bold", 10)
    y = 600
    for k, row in enumerate([["Country", "2016", "2017"], ["Kenya", "1,200", "1,350"], ["Chad", "800", "910"],
                             ["Niger", "450", "520"], ["Total", "2,450", "2,780"]]):
        for x, text in zip((72, 220, 300), row):
            (c.drawString if x == 72 else c.drawRightString)(x if x == 72 else x + 40, y, text)
        c.setFont("Helvetica", 10)
        y -= 16
    c.line(72, 612, 340, 612)
    c.line(72, 526, 340, 526)
    c.save()
    moved = tmp_path / "moved.pdf"
    with pikepdf.open(plain) as doc:
        page = doc.pages[0]
        dx, dy = min(box[0], box[2]), min(box[1], box[3])
        page.obj.MediaBox = pikepdf.Array(box)
        page.contents_add(pikepdf.Stream(doc, f"1 0 0 1 {dx} {dy} cm".encode()), prepend=True)
        doc.save(moved)
    assert shift == dy
    want = extract_document(plain, workers=0)
    got = extract_document(moved, workers=0)
    assert [t.text_grid() for t in got.tables] == [t.text_grid() for t in want.tables] != []
    for a, b in zip(got.tables, want.tables):
        assert a.bbox == pytest.approx(b.bbox, abs=0.5)
