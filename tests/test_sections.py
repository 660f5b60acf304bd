"""Section tree: headings and levels, reading order, clean text, bookmarks, bad input.

Every PDF here is drawn by the test itself with reportlab, so the expected tree is known exactly.
"""

from __future__ import annotations

import json
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.document.model import DocumentData, Table
from app.source.pdf import describe
from app.extract.sections import PREAMBLE_ID, ROOT_ID, build_sections, extract_sections, page_features, read_outline

W, H = A4
LEFT = 60
BODY = ("Helvetica", 10)
FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"

LOREM = (
    "Migration governance requires cooperation between states and partners. The programme supports "
    "returning migrants with counselling, vocational training and small grants. Local authorities take part "
    "in every step so that the work lasts after the project ends. Data on movements is shared every month."
)


class Doc:
    """A tiny layout engine on a reportlab canvas: headings, wrapped paragraphs, running header/footer."""

    def __init__(self, path: Path, header: str | None = "Annual Appeal 2025", columns: int = 1, **kw) -> None:
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1, **kw)
        self.header = header
        self.columns = columns
        self.page = 0
        self.new_page()

    def new_page(self, first: bool = False) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        if self.header:
            self.c.setFont("Helvetica", 8)
            self.c.drawString(LEFT, H - 30, self.header)
            self.c.drawRightString(W - LEFT, 30, str(self.page))
        self.col = 0
        self.y = H - 70

    @property
    def x(self) -> float:
        width = (W - 2 * LEFT - 20 * (self.columns - 1)) / self.columns
        return LEFT + self.col * (width + 20)

    @property
    def width(self) -> float:
        return (W - 2 * LEFT - 20 * (self.columns - 1)) / self.columns

    def _advance(self, need: float) -> None:
        if self.y - need < 60:
            if self.col + 1 < self.columns:
                self.col += 1
                self.y = self.top
            else:
                self.new_page()
                self.top = self.y

    top = H - 70

    def heading(self, text: str, size: float = 16, font: str = "Helvetica-Bold", full_width: bool = False) -> None:
        self._advance(size * 3)
        self.y -= size * 0.6
        self.c.setFont(font, size)
        self.c.drawString(LEFT if full_width else self.x, self.y - size, text)
        self.y -= size * 1.8
        if full_width:
            self.top = self.y

    def lines(self, lines: list[str], font=BODY, leading: float = 13) -> None:
        for line in lines:
            self._advance(leading)
            self.c.setFont(*font)
            self.c.drawString(self.x, self.y - font[1], line)
            self.y -= leading
        self.y -= 6

    def paragraph(self, text: str, font=BODY, leading: float = 13) -> None:
        from reportlab.lib.utils import simpleSplit

        self.lines(simpleSplit(text, font[0], font[1], self.width), font, leading)

    def save(self) -> None:
        self.c.save()


def features_of(path: Path) -> dict[int, dict]:
    with pdfplumber.open(path) as pdf:
        return {i: page_features(p, i) for i, p in enumerate(pdf.pages, start=1)}


def flat(roots) -> list:
    return [s for r in roots for s in r.walk() if s.id != PREAMBLE_ID]


def words(text: str) -> str:
    return " ".join(text.split())


# ------------------------------------------------------------------------------------- headings


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sections") / "report.pdf"
    d = Doc(path)
    d.heading("1 Introduction", 18)
    d.paragraph("This report presents the programme. " + LOREM)
    d.heading("1.1 Background", 13)
    d.paragraph("Somalia and Kenya share a long border. " + LOREM * 2)
    d.heading("1.2 Scope", 13)
    d.paragraph(LOREM * 3)
    d.new_page()
    d.heading("2 Funding requirements", 18)
    d.paragraph("The requirements are set out by objective. " + LOREM)
    d.heading("2.1 By objective", 13)
    d.paragraph(LOREM * 2)
    d.heading("2.1.1 Saving lives", 11)
    d.paragraph(LOREM)
    d.heading("2.1.2 Driving solutions", 11)
    d.paragraph(LOREM + " The last words of the report.")
    d.save()
    return path


def test_headings_levels_pages_and_text(report):
    roots = extract_sections(report, use_outline=False)
    got = [(s.title, s.level, s.page) for s in flat(roots)]
    assert got == [
        ("1 Introduction", 1, 1),
        ("1.1 Background", 2, 1),
        ("1.2 Scope", 2, 1),
        ("2 Funding requirements", 1, 2),
        ("2.1 By objective", 2, 2),
        ("2.1.1 Saving lives", 3, 2),
        ("2.1.2 Driving solutions", 3, 2),
    ]
    by_title = {s.title: s for s in flat(roots)}
    assert words(by_title["1.1 Background"].text).startswith("Somalia and Kenya share a long border.")
    assert by_title["2.1.2 Driving solutions"].text.endswith("The last words of the report.")
    # the tree nests by level and page ranges cover the children
    assert [c.title for c in by_title["2 Funding requirements"].children] == ["2.1 By objective"]
    assert by_title["1 Introduction"].end_page == 1 and by_title["2 Funding requirements"].end_page == 2


def test_running_headers_and_page_numbers_are_not_text(report):
    roots = extract_sections(report, use_outline=False)
    all_text = " ".join(s.text for r in roots for s in r.walk())
    assert "Annual Appeal 2025" not in all_text
    assert not any(line.strip() in {"1", "2"} for line in all_text.split("\n"))


def test_features_are_json_and_tree_is_rebuilt_from_them(report):
    feats = features_of(report)
    again = json.loads(json.dumps(feats))
    roots = build_sections(describe(report), again, [], None)
    assert [s.title for s in flat(roots)][:2] == ["1 Introduction", "1.1 Background"]


def test_tables_get_the_section_they_sit_in(report):
    table = Table.from_rows([["Country", "Total"], ["Kenya", "1"]], id="t1", page=2, bbox=(60, 700, 500, 760))
    roots = build_sections(describe(report), features_of(report), [table], None)
    owner = {s.id: s.title for s in flat(roots)}[table.section]
    assert owner == "2.1.2 Driving solutions"


# ----------------------------------------------------------------------------------- reading order


def test_two_columns_read_column_by_column_and_paragraphs_rejoined(tmp_path):
    path = tmp_path / "columns.pdf"
    d = Doc(path, columns=2)
    d.heading("Regional overview", 18, full_width=True)
    left = [f"Left sentence number {i} is about the first column." for i in range(1, 25)]
    right = [f"Right sentence number {i} is about the second column." for i in range(1, 25)]
    d.paragraph(" ".join(left))
    d.col = 1
    d.y = d.top
    d.paragraph(" ".join(right))
    d.save()
    (section,) = flat(extract_sections(path, use_outline=False))
    text = words(section.text)
    assert text == words(" ".join(left) + " " + " ".join(right))


def test_paragraph_continues_across_columns_and_pages(tmp_path):
    path = tmp_path / "flow.pdf"
    d = Doc(path, columns=2)
    d.heading("Long chapter", 18, full_width=True)
    sentence = " ".join(f"word{i}" for i in range(1, 900)) + " end of the one long paragraph."
    d.paragraph(sentence)
    d.save()
    (section,) = flat(extract_sections(path, use_outline=False))
    assert section.text == sentence  # one paragraph: no break at the column or the page
    assert section.end_page == 2


def test_hyphenated_line_ends(tmp_path):
    path = tmp_path / "hyphens.pdf"
    d = Doc(path)
    d.heading("Wellbeing", 16)
    d.lines(
        [
            "The well-being of migrants matters; migration is a fact of life at this time.",
            "Safe migration supports the well-",
            "being of families. It also helps migra-",
            "tion governance, and real-",
            "time data helps too.",
        ]
    )
    d.save()
    (section,) = flat(extract_sections(path, use_outline=False))
    text = words(section.text)
    assert "the well-being of families" in text
    assert "helps migration governance" in text
    assert "real-time data" in text


def test_ligatures_are_letters(tmp_path):
    path = tmp_path / "ligatures.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("NotoSans", str(FONTS / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("NotoSans-Bold", str(FONTS / "NotoSans-Bold.ttf")))
    c.setFont("NotoSans-Bold", 16)
    c.drawString(LEFT, H - 80, "Ofﬁce ﬁnances")
    c.setFont("NotoSans", 10)
    for i in range(8):
        c.drawString(LEFT, H - 120 - 14 * i, "The ﬁrst ﬂow of ﬁnancial support reached the ofﬁce in time.")
    c.save()
    (section,) = flat(extract_sections(path, use_outline=False))
    assert section.title == "Office finances"
    assert "The first flow of financial support reached the office" in section.text


# ------------------------------------------------------------------------------------------ outline


def _bookmarked_document(path: Path) -> float:
    """Two headings, each with its bookmark; returns the second one's height (reportlab's y)."""
    d = Doc(path)
    d.c.bookmarkPage("a")
    d.c.addOutlineEntry("Overview", "a", level=0)
    d.heading("Overview", 16)
    d.paragraph(LOREM)
    y_key = d.y
    d.c.bookmarkHorizontal("b", 0, y_key)
    d.c.addOutlineEntry("Country programmes", "b", level=1)
    d.heading("Country programmes", 12)
    d.paragraph("Kenya text. " + LOREM)
    d.save()
    return y_key


def test_bookmarks_are_used_and_placed_at_their_heading(tmp_path):
    path = tmp_path / "outline.pdf"
    y_key = _bookmarked_document(path)
    outline = read_outline(path)
    assert [(e["title"], e["level"], e["page"]) for e in outline] == [("Overview", 1, 1), ("Country programmes", 2, 1)]
    roots = extract_sections(path)  # bookmarks used
    secs = flat(roots)
    assert [(s.title, s.level) for s in secs] == [("Overview", 1), ("Country programmes", 2)]
    child = secs[1]
    assert child.top is not None and abs(child.top - (H - y_key)) < 30
    assert words(child.text).startswith("Kenya text.")
    assert read_outline(tmp_path / "missing.pdf") is None


def test_paragraph_and_repeated_bookmarks_are_no_headings(tmp_path):
    """A word processor gave a paragraph an outline level and combining files repeated a bookmark:
    the bookmarks name "Cycle paths" twice, then the paragraph under it, then "Road safety". A
    bookmark that is a statement of twenty words or more ending with a stop, pointing at lines in the
    body's style while the other bookmarks of its level point at headings set apart by their style,
    is no heading (its text stays the section's); a bookmark repeated straight after itself is one
    heading. An FAQ whose bookmarked entries are all set in the body's style keeps them all."""
    statement = ("Beyond recreational trails and paths, residents asked for more direct and practical routes "
                 "that let them reach shops, schools and other important places in the municipality.")
    path = tmp_path / "annex.pdf"
    d = Doc(path)
    d.c.bookmarkHorizontal("a", 0, d.y)
    d.c.addOutlineEntry("Cycle paths", "a", level=0)
    d.c.addOutlineEntry("Cycle paths", "a", level=0)
    d.heading("Cycle paths", 16)
    d.c.bookmarkHorizontal("b", 0, d.y)
    d.c.addOutlineEntry(statement, "b", level=0)
    d.paragraph(statement)
    d.paragraph(LOREM)
    d.c.bookmarkHorizontal("c", 0, d.y)
    d.c.addOutlineEntry("Road safety", "c", level=0)
    d.heading("Road safety", 16)
    d.paragraph(LOREM)
    d.save()
    secs = flat(extract_sections(path))
    assert [s.title for s in secs] == ["Cycle paths", "Road safety"]
    assert words(secs[0].text).startswith(words(statement))

    problems = [
        "The figures converted to PostScript print fine here but the colleague's printer stops on the first page every time.",
        "The colours of a box are lost when the box is saved first and then set again inside another box later on.",
        "The labels of an equation come out one line too low whenever the page is typeset twice with the same options.",
    ]
    path = tmp_path / "faq.pdf"
    d = Doc(path)
    for k, problem in enumerate(problems):
        d.c.bookmarkHorizontal(f"q{k}", 0, d.y)
        d.c.addOutlineEntry(problem, f"q{k}", level=0)
        d.paragraph(problem)
        d.paragraph(LOREM)
    d.save()
    assert [s.title for s in flat(extract_sections(path))] == problems


def test_bookmarks_read_first_skip_the_heading_runs_and_change_nothing(tmp_path):
    """Given the path up front, the assembly reads the bookmarks before the pages: their heading runs,
    which only the inference from the pages uses, are not worked out as the pages arrive, and the
    document is the same as when the bookmarks are read after the last page."""
    from app.extract.pipeline import Assembly, Extraction

    path = tmp_path / "outline.pdf"
    _bookmarked_document(path)
    run = Extraction(str(path), workers=0)
    results = list(run)
    made = []
    for ahead in (False, True):
        assembly = Assembly(None, path) if ahead else Assembly()
        for result in results:
            assembly.add(result)
        runs = [prepared.runs for _f, _l, prepared in assembly._lines._lines.values()]
        assert all(r is None for r in runs) if ahead else any(r is not None for r in runs)
        made.append(assembly.finish(run.document, path=str(path)).to_json())
    assert made[0] == made[1]
    assert [s["title"] for s in made[1]["sections"]][-2:] == ["Overview", "Country programmes"]


# -------------------------------------------------------------------------------------- bad input


def test_document_without_headings_gives_one_root_with_all_text(tmp_path):
    path = tmp_path / "plain.pdf"
    d = Doc(path, header=None)
    d.paragraph(LOREM * 4)
    d.save()
    roots = extract_sections(path, use_outline=False)
    assert len(roots) == 1 and roots[0].id == PREAMBLE_ID and not roots[0].children
    assert roots[0].level == 0
    assert words(roots[0].text) == words(LOREM * 4)


def _cover_document(path: Path, title: str | None, cover: bool = True) -> None:
    d = Doc(path, header=None, **({"title": title} if title is not None else {}))
    if cover:
        d.c.setFont("Helvetica-Bold", 30)
        d.c.drawString(LEFT, H - 300, "Somalia Annual")
        d.c.drawString(LEFT, H - 336, "Appeal 2025")
        d.c.setFont("Helvetica", 10)
        d.c.drawString(LEFT, H - 380, "Photo: a market in Kenya")
        d.new_page()
    d.paragraph("Front matter before the first heading. " + LOREM)
    for name in ("Overview", "Funding"):
        d.heading(name)
        d.paragraph(LOREM)
    d.save()


def test_the_document_is_one_root_at_level_0(tmp_path):
    """Every heading hangs under one root: the document, titled with the PDF's own title, spanning all
    pages; the cover page's text is the title page's, not content; the text before the first heading
    on the following pages is the root's."""
    path = tmp_path / "covered.pdf"
    _cover_document(path, "Somalia Annual Appeal 2025")
    roots = extract_sections(path, use_outline=False)
    assert len(roots) == 1
    root = roots[0]
    assert (root.id, root.level, root.title, root.page, root.end_page) == (ROOT_ID, 0, "Somalia Annual Appeal 2025", 1, 2)
    assert [(s.title, s.level) for s in root.children] == [("Overview", 1), ("Funding", 1)]
    assert words(root.text).startswith("Front matter before the first heading.")
    assert "Kenya" not in root.text and "Appeal" not in root.text


def test_the_root_title_without_a_usable_pdf_title(tmp_path):
    # a word processor's file name as the PDF's title: the cover's largest text instead
    path = tmp_path / "junk-title.pdf"
    _cover_document(path, "Microsoft Word - appeal_final_v3.docx")
    assert extract_sections(path, use_outline=False)[0].title == "Somalia Annual Appeal 2025"
    # a PDF library's placeholder (ReportLab writes "(anonymous)" when no title is given)
    _cover_document(path, "(anonymous)")
    assert extract_sections(path, use_outline=False)[0].title == "Somalia Annual Appeal 2025"
    # no title and no cover: the first page's largest text (here the first heading)
    path = tmp_path / "no-cover.pdf"
    _cover_document(path, None, cover=False)
    assert extract_sections(path, use_outline=False)[0].title == "Overview"
    # no text at all: the file name
    path = tmp_path / "blank-appeal.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(LEFT, H - 100, "12")
    c.save()
    assert extract_sections(path, use_outline=False)[0].title == "blank-appeal"


def test_the_root_carries_the_countries_of_the_title_only(tmp_path):
    from app.document.model import SourceDocument
    from app.document.tags import tag_document

    path = tmp_path / "covered.pdf"
    _cover_document(path, "Somalia Annual Appeal 2025")
    roots = extract_sections(path, use_outline=False)
    roots[0].text += "\n\nIOM also works in Ethiopia."
    data = DocumentData(document=SourceDocument(path=str(path), sha256="0" * 64, pages=2), sections=roots)
    tag_document(data)
    assert [t.code for t in roots[0].tags] == ["SOM"]


def test_odd_pages_do_not_break_the_tree(tmp_path):
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = tmp_path / "odd.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.showPage()  # empty page
    c.setFont("Helvetica-Bold", 20)
    c.drawString(LEFT, H - 100, "A heading alone on its page")
    c.showPage()
    # a page that is one picture
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 120, 40)).save(buf, format="PNG")
    c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 50, 100, 500, 600)
    c.showPage()
    # vertical text
    c.saveState()
    c.translate(100, 200)
    c.rotate(90)
    c.setFont("Helvetica", 12)
    c.drawString(0, 0, "Vertical text along the margin")
    c.restoreState()
    c.setFont("Helvetica", 10)
    c.drawString(LEFT + 80, H - 100, "Some body text next to the vertical label.")
    c.showPage()
    # right-to-left text
    pdfmetrics.registerFont(TTFont("NotoArabic", str(FONTS / "NotoSansArabic-Regular.ttf")))
    c.setFont("NotoArabic", 14)
    c.drawRightString(W - LEFT, H - 100, "الهجرة الآمنة والمنظمة")
    c.setFont("Helvetica", 10)
    c.drawString(LEFT, H - 140, "Arabic and English on one page.")
    c.save()
    roots = extract_sections(path, use_outline=False)
    secs = [s for r in roots for s in r.walk()]
    assert secs, "a tree with at least one section"
    titles = [s.title for s in secs]
    assert "A heading alone on its page" in titles
    text = " ".join(s.text for s in secs)
    assert "Some body text next to the vertical label." in text
    assert "Vertical text along the margin" not in " ".join(titles)
    # right-to-left text reads in logical order (as typed), here as the page's heading
    assert "الهجرة الآمنة والمنظمة" in titles
    assert "Arabic and English on one page." in text


def _arabic_report(path: Path, visual: bool) -> None:
    """Two Arabic chapters with body text, drawn as typed (logical order: a naive generator's
    unshaped glyphs) or, as shaped text reads off nearly every PDF, in visual order (each line's
    characters drawn from the left end)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("NotoArabic", str(FONTS / "NotoSansArabic-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("NotoArabic-Bold", str(FONTS / "NotoSansArabic-Bold.ttf")))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    body = "تعزيز الحماية للمهاجرين في المجتمعات المضيفة عبر الحدود والمدن الكبيرة"
    y = H - 100
    for title in ("الهجرة الآمنة والمنظمة", "الاستجابة الصحية للأسر"):
        c.setFont("NotoArabic-Bold", 18)
        c.drawRightString(W - LEFT, y, title[::-1] if visual else title)
        y -= 30
        c.setFont("NotoArabic", 10)
        for _ in range(6):
            c.drawRightString(W - LEFT, y, body[::-1] if visual else body)
            y -= 14
        y -= 20
    c.save()


@pytest.mark.parametrize("visual", [True, False])
def test_right_to_left_titles_read_in_logical_order_whatever_order_the_pdf_gives(tmp_path, visual):
    path = tmp_path / "arabic.pdf"
    _arabic_report(path, visual)
    secs = [s for r in extract_sections(path, use_outline=False) for s in r.walk()]
    titles = [s.title for s in secs]
    assert "الهجرة الآمنة والمنظمة" in titles and "الاستجابة الصحية للأسر" in titles
    assert "تعزيز الحماية للمهاجرين" in " ".join(s.text for s in secs)


@pytest.mark.parametrize("visual", [True, False])
def test_right_to_left_titles_over_two_lines_keep_their_lines_in_order(tmp_path, visual):
    """A right-to-left title over two lines (the document's, read off the page, and a chapter's): each
    line is put in reading order on its own and the first line stays first (reversed as one text, a
    visual-order title came out with its second line first)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("NotoArabic", str(FONTS / "NotoSansArabic-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("NotoArabic-Bold", str(FONTS / "NotoSansArabic-Bold.ttf")))
    path = tmp_path / "arabic-two-lines.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)

    def line(text: str, font: str, size: float, y: float) -> None:
        c.setFont(font, size)
        c.drawRightString(W - LEFT, y, text[::-1] if visual else text)

    cover = ("التقرير الإقليمي للهجرة", "في منطقة الشرق الأوسط")
    chapter = ("الاستجابة الصحية للأسر", "في المجتمعات المضيفة")
    body = "تعزيز الحماية للمهاجرين في المجتمعات المضيفة عبر الحدود والمدن الكبيرة"
    line(cover[0], "NotoArabic-Bold", 26, H - 120)
    line(cover[1], "NotoArabic-Bold", 26, H - 152)
    y = H - 230
    for title in (chapter, ("الهجرة الآمنة والمنظمة",)):
        for part in title:
            line(part, "NotoArabic-Bold", 16, y)
            y -= 20
        y -= 8
        for _ in range(6):
            line(body, "NotoArabic", 10, y)
            y -= 14
        y -= 20
    c.save()
    roots = extract_sections(path, use_outline=False)
    titles = [s.title for r in roots for s in r.walk()]
    assert roots[0].title == " ".join(cover), roots[0].title
    assert " ".join(chapter) in titles, titles


def test_empty_features_give_no_sections(tmp_path, simple_pdf):
    assert build_sections(describe(simple_pdf), {}, [], None) == []
    roots = build_sections(describe(simple_pdf), {1: {}, 2: {"segs": [["bad"]]}}, [], None)
    assert len(roots) == 1  # a root for the (empty) document, no error


# --------------------------------------------------------------------------------------- pipeline


def test_pipeline_json_has_sections_tags_and_table_sections(tmp_path):
    from app.extract.pipeline import extract_document
    from tests.helpers import make_simple_pdf

    path = make_simple_pdf(tmp_path / "simple.pdf")
    data = extract_document(path, workers=1)
    out = DocumentData.from_json(json.loads(json.dumps(data.to_json())))
    titles = [s.title for s in out.all_sections()]
    assert "Funding requirements" in titles and "Narrative" in titles
    narrative = next(s for s in out.all_sections() if s.title == "Narrative")
    assert {t.code for t in narrative.tags} == {"KEN", "SOM"}
    records = data.to_json()["sections"]
    assert all({"id", "title", "level", "page", "end_page", "parent", "tags", "text"} <= set(r) for r in records)
    for table in out.tables:
        assert table.section in {s.id for s in out.all_sections()}
        labels = {r: [t.code for t in tags] for r, tags in table.row_tags.items()}
        assert labels.get(1) == ["KEN"] and labels.get(2) == ["SOM"]


# ------------------------------------------------------------------------------ paragraphs (units)


def _line(text, top, x1=300.0, x0=60.0, size=10.0, flags=0, page=1, column=0):
    from app.extract.sections.lines import Line

    return Line(page=page, x0=x0, top=top, x1=x1, bottom=top + size, size=size, font="Helvetica", color="#000000",
                flags=flags, row=0, text=text, column=column)


def _justified(texts, last_short=True):
    """Lines of one justified column: every line full (x1 = 300) but a paragraph's last."""
    lines = []
    for i, t in enumerate(texts):
        short = last_short and i == len(texts) - 1
        lines.append(_line(t, 100 + 13 * i, x1=180.0 if short else 300.0))
    return lines


def test_a_full_line_of_justified_text_does_not_end_its_paragraph():
    from app.extract.sections.reading import mark_full_lines, split_paragraphs

    lines = _justified([
        "IOM will support the Government in the following:",
        "(a) strengthening the frameworks of migration governance; and",
        "(b) building capacities of border officials, deployed in the",
        "– the Migrant Registration System – and field training.",
        "A new paragraph after a short last line starts here and",
        "runs on.",
    ])
    lines[3].x1 = 200.0  # the paragraph ends here
    mark_full_lines(lines)
    paras = [[ln.text[:4] for ln in p.lines] for p in split_paragraphs(lines, 13.0, 10.0)]
    assert paras == [["IOM ", "(a) ", "(b) ", "– th"], ["A ne", "runs"]]
    # without justification (ragged lines) an "(a)" line starts a list item
    ragged = _justified(["The following:", "(a) first item", "(b) second item"])
    for i, ln in enumerate(ragged):
        ln.x1 = 150.0 + 37 * i
    mark_full_lines(ragged)
    assert len(split_paragraphs(ragged, 13.0, 10.0)) == 3


def test_each_entry_of_a_definition_list_is_a_paragraph():
    """Lines that each open with a bold term closed by a colon or a dash ("Ctrl+B : Gestionnaire de
    combat", a keyboard reference) are the entries of a definition list: each is its own paragraph, not
    one run-on line of text (a French manual's shortcuts read "Ctrl+B : Gestionnaire de combat Ctrl+D :
    Simulateur de dés ..."). A wrapped entry's next line, with no term, goes on with it; a line after a
    full line of justified text goes on too."""
    from app.extract.sections.reading import mark_full_lines, split_paragraphs

    texts = ["Ctrl+B : Gestionnaire de combat", "Ctrl+D : Simulateur de dés",
             "Ctrl+Maj+S : Enregistrer sous un autre nom, dans le dossier", "du jeu", "Scope – the plan"]
    lines = [_line(t, 100 + 13 * i, x1=150.0 + 20 * i) for i, t in enumerate(texts)]
    for ln in lines:
        ln.lead = len(ln.text.split(":")[0]) + 1 if ":" in ln.text else (6 if "–" in ln.text else 0)
    lines += _justified(["A paragraph of justified text whose lines end at the right edge,",
                         "one after the other, as a typesetter stretches them to the full",
                         "measure of the column, word gaps wider or narrower, until the",
                         "Term: set in bold at the start of a line goes on with the line",
                         "before it, since a full line never ends its paragraph."], last_short=True)
    for i, ln in enumerate(lines[5:]):
        ln.top, ln.bottom = 170 + 13 * i, 180 + 13 * i
    lines[8].lead = 5
    mark_full_lines(lines)
    paras = [" ".join(ln.text for ln in p.lines) for p in split_paragraphs(lines, 13.0, 10.0)]
    assert paras[:4] == ["Ctrl+B : Gestionnaire de combat", "Ctrl+D : Simulateur de dés",
                         "Ctrl+Maj+S : Enregistrer sous un autre nom, dans le dossier du jeu", "Scope – the plan"]
    assert len(paras) == 5


def test_paragraphs_cut_by_a_column_or_page_break():
    from app.extract.sections.reading import continues

    assert continues("are identified, profiled and addressed. The", "CCCM Cluster requirements")
    assert continues("partnership with the African Institute for Remittances", "(AIR), which", prev_full=True)
    assert continues("the related draft Plan of Action.", "In 2017, IOM will", prev_full=True)
    assert not continues("the related draft Plan of Action.", "In 2017, IOM will")
    assert not continues("ends here.", "• a bullet", prev_full=True)


def test_a_number_at_the_end_of_a_justified_row_stays_on_it(tmp_path):
    """Justified lines stretch every word gap: a number at the line end after such a gap is a word of
    the line ("COP 21"), not a page number set apart."""
    path = tmp_path / "justified.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    rows = ["Migration is today more than ever at the centre of global policy",
            "frameworks such as the Sendai Framework for Disaster Risk and COP 21",
            "Agreement on Climate Change are all significant advances in the field"]
    for i, row in enumerate(rows):
        words_ = row.split()
        width = sum(c.stringWidth(w, "Helvetica", 10) for w in words_)
        gap = (360 - width) / (len(words_) - 1)
        x = LEFT
        for w in words_:
            c.drawString(x, H - 100 - 13 * i, w)
            x += c.stringWidth(w, "Helvetica", 10) + gap
    c.save()
    roots = extract_sections(path, use_outline=False)
    assert "COP 21 Agreement" in words(roots[0].text)
    assert len([p for p in roots[0].text.split("\n\n") if p.strip()]) == 1


# ---------------------------------------------------------------------------- headings (more rules)


def test_body_style_is_the_style_of_prose_not_of_code_lists(tmp_path):
    """Many long lines of codes in a small size do not make that size the body: the prose is. (The
    title introduces the features in prose of its own, as the font's guide in the outlines corpus does,
    whose bookmarks make it level 1 over its groups.)"""
    path = tmp_path / "codes.pdf"
    d = Doc(path, header=None)
    d.heading("Font features", size=20)
    d.paragraph(LOREM)
    groups = ["Latin letters", "Cyrillic alternates", "Greek symbols"]
    for k, group in enumerate(groups):
        d.heading(group, size=13)
        d.paragraph(LOREM * 2, font=("Helvetica", 9))
        if k:
            d.lines([" ".join(f"U+{0x61 + k * 40 + i:04X}" for i in range(12)) for _ in range(12)],
                    font=("Helvetica", 7))
        d.new_page()  # the first page has prose only: with the codes as "body" it would look like a cover
    d.save()
    secs = flat(extract_sections(path, use_outline=False))
    assert [(s.title, s.level) for s in secs] == [("Font features", 1)] + [(g, 2) for g in groups]


def test_roman_numbered_sections_in_small_capitals(tmp_path):
    """Papers number their sections "I.", "II." … in small capitals at body size or below, and their
    sub-sections "A.", "B." … in italics: recognised by the sequence; references are not headings."""
    path = tmp_path / "paper.pdf"
    d = Doc(path, header=None)
    sections = [("I. INTRODUCTION", ["A. Motivation", "B. Related Work"]), ("II. METHOD", ["A. Data"]),
                ("III. RESULTS", []), ("IV. DISCUSSION", ["A. Limits", "B. Future Work"])]
    for head, subs in sections:
        d.y -= 10
        d.lines([head], font=("Helvetica", 8))
        d.paragraph(LOREM)
        for sub in subs:
            d.y -= 8
            d.lines([sub], font=("Helvetica-Oblique", 10))
            d.paragraph(LOREM)
    d.y -= 10
    d.lines(["REFERENCES"], font=("Helvetica", 8))
    d.lines(["A. Curtis, “Now then,” BBC, Jul. 2014.", "B. Smith, “Learning,” 2015."], font=("Helvetica", 8),
            leading=9)
    d.save()
    secs = flat(extract_sections(path, use_outline=False))
    expected = []
    for head, subs in sections:
        expected.append((head, 1))
        expected += [(s, 2) for s in subs]
    expected.append(("REFERENCES", 1))
    assert [(s.title, s.level) for s in secs] == expected


def test_compound_section_labels():
    from app.extract.sections.text import normalise_title, numbering

    assert numbering("III-A Chatbots") == ("III-A", 2, "Chatbots")
    assert normalise_title("A-B Wikipedia") == normalise_title("B. Wikipedia") == "wikipedia"
    assert numbering("X-Ray imaging")[1] == 0 and numbering("E-mail")[1] == 0


def test_a_document_set_in_capitals_keeps_its_headings(tmp_path):
    """Body text all in capitals is still the body (prose without lower case): the mixed-case headings
    above it are not taken for the body style."""
    path = tmp_path / "capitals.pdf"
    d = Doc(path)
    titles = ["Situation overview", "Programme activities", "Funding requirements"]
    for title in titles:
        d.heading(title, 14)
        for _ in range(3):
            d.paragraph(LOREM.upper())
    d.save()
    secs = flat(extract_sections(path, use_outline=False))
    assert [(s.title, s.level) for s in secs] == [(t, 1) for t in titles]
    assert all(words(LOREM.upper()) in words(s.text) for s in secs)


def test_capital_labels_beside_mixed_case_roman_sections_are_not_sections(tmp_path):
    """Only when the roman-numbered sections are set in capitals do other capitals lines of their style
    ("REFERENCES") join them; beside "I. Introduction" a "KEY POINT" label stays in the text."""
    path = tmp_path / "labels.pdf"
    d = Doc(path, header=None)
    heads = ["I. Introduction", "II. Method", "III. Results"]
    for head in heads:
        d.y -= 10
        d.lines([head], font=("Helvetica", 9))
        d.paragraph(LOREM)
        d.y -= 10
        d.lines(["KEY POINT"], font=("Helvetica", 9))
        d.paragraph(LOREM)
    d.save()
    secs = flat(extract_sections(path, use_outline=False))
    assert [(s.title, s.level) for s in secs] == [(h, 1) for h in heads]
    assert all(s.text.count("KEY POINT") == 1 for s in secs)


def _caps_document(path: Path, chapters: list[tuple[str, list[str]]], title: str | None = None) -> None:
    d = Doc(path)
    if title:
        d.heading(title, 22)
    for head, subs in chapters:
        if head:
            d.heading(head, 18)
        d.paragraph(LOREM)
        for sub in subs:
            d.heading(sub, 13)
            d.paragraph(LOREM)
    d.save()


def test_capital_titles_beside_mixed_case_ones_are_one_level(tmp_path):
    """Sub-sections named by constants ("DELETE", "INSERT_SELECTION") beside sub-sections in mixed case,
    same font and size, each form opening a section right under a larger heading: one level."""
    path = tmp_path / "constants.pdf"
    chapters = [("Selection atoms", ["The primary selection", "The clipboard selection"]),
                ("Side effects", ["DELETE", "INSERT_SELECTION", "Other targets"]),
                ("Properties", ["TEXT_PROPERTY", "Span properties"])]
    _caps_document(path, chapters)
    secs = flat(extract_sections(path, use_outline=False))
    expected = [(t, lv) for head, subs in chapters for t, lv in [(head, 1)] + [(s, 2) for s in subs]]
    assert [(s.title, s.level) for s in secs] == expected


def test_chapters_in_capitals_above_sections_of_the_same_size(tmp_path):
    """Chapters in capitals contain the mixed-case sections of the same font and size: only the
    capitals open a section right under a larger heading (the title), so the two stay two levels."""
    path = tmp_path / "chapters.pdf"
    layout = [("INTRODUCTION", ["Background", "Scope"]), ("METHODS", ["Data", "Analysis"]), ("RESULTS", ["Findings"])]
    d = Doc(path)
    d.heading("Annual report", 22)
    d.paragraph(LOREM)
    for head, subs in layout:
        d.heading(head, 13)
        d.paragraph(LOREM)
        for sub in subs:
            d.heading(sub, 13)
            d.paragraph(LOREM)
    d.save()
    secs = flat(extract_sections(path, use_outline=False))
    expected = [("Annual report", 1)] + [(t, lv) for head, subs in layout for t, lv in [(head, 2)] + [(s, 3) for s in subs]]
    assert [(s.title, s.level) for s in secs] == expected


def test_a_heading_may_start_with_a_lower_case_command_name(tmp_path):
    path = tmp_path / "tools.pdf"
    d = Doc(path)
    d.heading("Auxiliary tools", 18)
    d.paragraph(LOREM)
    for sub in ("cd-hit-dup", "plot_len.pl", "clstr2xml.pl"):
        d.heading(sub, 13)
        d.paragraph(LOREM)
    d.lines(["and so the programme continues"], font=("Helvetica-Bold", 13), leading=20)  # not a heading
    d.paragraph(LOREM)
    d.save()
    secs = flat(extract_sections(path, use_outline=False))
    assert [(s.title, s.level) for s in secs] == [("Auxiliary tools", 1), ("cd-hit-dup", 2), ("plot_len.pl", 2),
                                                  ("clstr2xml.pl", 2)]


def test_a_bold_cell_of_a_table_without_rules_is_not_a_heading(tmp_path):
    path = tmp_path / "cells.pdf"
    d = Doc(path)
    d.heading("Events", 16)
    d.paragraph(LOREM)
    rows = [("Argument", "Value", True), ("destination", "The root", False), ("propagate", "False", None),
            ("event-mask", "Redirect", False)]
    for left, right, bold in rows:
        d.c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        d.c.drawString(LEFT + 40, d.y - 10, left)
        d.c.setFont("Helvetica-Bold" if bold is not False else "Helvetica", 10)
        d.c.drawString(LEFT + 150, d.y - 10, right)
        d.y -= 16
    d.y -= 10
    d.paragraph(LOREM)
    d.heading("Attributes", 16)
    d.paragraph(LOREM)
    d.save()
    secs = flat(extract_sections(path, use_outline=False))
    assert [(s.title, s.level) for s in secs] == [("Events", 1), ("Attributes", 1)]
    assert "False" in secs[0].text


def _features_document(path: Path, title_row: bool = False, band: str = "") -> list[tuple[float, float]]:
    """Feature tables with roomy rows, each under its heading and a line of text; returns the top and
    bottom (pdfplumber coordinates) of each table."""
    d = Doc(path)
    d.heading("Character variants", 18)
    d.paragraph(LOREM)
    spans = []
    for name in ("Ogonek", "Caron", "Empty set"):
        d.heading(name, 13)
        d.lines([f"The {name.lower()} variants of the letters, as the font draws them."])
        top = H - d.y
        if title_row:
            d.lines([f"{name} table"], font=("Helvetica-Bold", 13), leading=26)
        rows = [("Feature", "Sample", "Setting")] + [(f"Style {i}", f"sample {i}", f"cv{i}={i}") for i in range(2)]
        for cells in rows:
            for k, cell in enumerate(cells):
                d.c.setFont("Helvetica-Bold" if cells is rows[0] else "Helvetica", 10)
                d.c.drawString(LEFT + 10 + 150 * k, d.y - 16, cell)
            d.y -= 26
            if band and cells is rows[1]:  # a band row across the table, in larger type of its own
                d.c.setFont("Times-Bold", 13)
                d.c.drawString(LEFT + 10, d.y - 16, band)
                d.y -= 26
        spans.append((top, H - d.y))
        d.y -= 10
    d.paragraph(LOREM)
    d.save()
    return spans


def test_a_heading_between_two_tables_read_as_one_stays_a_heading(tmp_path):
    """A table box that runs over a heading (two tables read as one): the heading, alone on its row,
    with table rows above and below, in the style of the other sub-headings, is still a heading."""
    path = tmp_path / "features.pdf"
    spans = _features_document(path, band="East and Horn of Africa")
    merged = Table(id="p1-t1", page=1, bbox=(LEFT, spans[0][0], LEFT + 460, spans[1][1]), n_rows=7, n_cols=3)
    other = Table(id="p1-t2", page=1, bbox=(LEFT, spans[2][0], LEFT + 460, spans[2][1]), n_rows=3, n_cols=3)
    secs = flat(extract_sections(path, use_outline=False, tables=[merged, other]))
    assert [(s.title, s.level) for s in secs] == [("Character variants", 1), ("Ogonek", 2), ("Caron", 2),
                                                  ("Empty set", 2)]
    assert "sample 1" not in " ".join(s.text for s in secs)  # the table's cells stay the table's
    assert "Horn" not in " ".join(s.text for s in secs)  # a band row in a style of its own stays a cell


def test_a_table_box_starting_inside_a_sentence_marks_no_table_text(tmp_path):
    """Running text that the table step read as a "table" whose box starts at the last line of a
    paragraph (the line above it, in its font and at its left edge, ends no sentence) and takes in a
    heading wrapped over two lines and the text under it: a table never starts inside a sentence, so
    its lines stay text and the heading stays one heading (LibreOffice's two text columns read as one
    table split such a heading in two)."""
    from reportlab.lib.utils import simpleSplit

    path = tmp_path / "cut.pdf"
    d = Doc(path)
    box = None
    titles = ["Regional Overview", "Safe Referral and Solutions", "Local Partners", "Durable Returns"]
    for title in titles:
        if title.startswith("Safe"):
            d.y -= 10
            d.lines(["Safe Referral and", "Solutions"], font=("Helvetica-Bold", 14), leading=18)
        else:
            d.heading(title, 14)
        text = simpleSplit("Partners in the region report that " + LOREM * 2, BODY[0], BODY[1], d.width)
        assert text[-2].rstrip()[-1] not in ".:;"  # the paragraph's last line goes on from a sentence
        d.lines(text)
        if box is None:  # from the top of this paragraph's last line, over the heading below
            top = H - (d.y + 6 + 13) + 1
            box = (LEFT, top, W - LEFT, top + 90)
    d.save()
    table = Table(id="p1-t1", page=1, bbox=box, n_rows=5, n_cols=2)
    secs = flat(extract_sections(path, use_outline=False, tables=[table]))
    assert [(s.title, s.level) for s in secs] == [(t, 1) for t in titles]


def test_a_title_row_at_the_top_of_a_table_is_not_a_heading(tmp_path):
    """A row in heading type at the top of a table box is the table's title, not a section."""
    path = tmp_path / "titled.pdf"
    spans = _features_document(path, title_row=True)
    tables = [Table(id=f"p1-t{i}", page=1, bbox=(LEFT, top, LEFT + 460, bottom), n_rows=4, n_cols=3)
              for i, (top, bottom) in enumerate(spans, start=1)]
    secs = flat(extract_sections(path, use_outline=False, tables=tables))
    assert [s.title for s in secs] == ["Character variants", "Ogonek", "Caron", "Empty set"]


ANNEXED_CHAPTERS = [("1. Introduction", ["1.1 Background", "1.2 Scope"]), ("2. Programme", ["2.1 Activities", "2.2 Partners"])]


def _annexed_report(path, notes=()):
    """A numbered report with printed contents, two chapters of numbered sections (each followed by
    ``notes``, oblique lines) and the first lines of "Annex A: Survey results"; the caller goes on."""
    d = Doc(path)
    d.heading("Contents", 16)
    entries = [("1. Introduction", 2), ("1.1 Background", 2), ("1.2 Scope", 2), ("2. Programme", 3),
               ("2.1 Activities", 3), ("2.2 Partners", 3), ("Annex A: Survey results", 4)]
    for title, page in entries:
        d.lines([f"{title} {'.' * (60 - len(title))} {page}"], font=("Helvetica", 10))
    d.new_page()
    for k, (head, subs) in enumerate(ANNEXED_CHAPTERS):
        if k:
            d.new_page()
        d.heading(head, 16)
        d.paragraph(LOREM)
        for sub in subs:
            d.heading(sub, 12)
            d.paragraph(LOREM)
            for note in notes:
                d.lines([note], font=("Helvetica-Oblique", 12))
                d.paragraph(LOREM)
    d.new_page()
    d.heading("Annex A: Survey results", 16)
    d.paragraph(LOREM)
    return d


def test_an_annex_of_a_numbered_document_keeps_its_unnumbered_sub_headings(tmp_path):
    """A numbered report with printed contents: unnumbered lines are no headings in the numbered
    chapters (in the style of no contents entry), but an annex without numbered sub-sections has its
    own unnumbered sub-headings; a list of "Label: value" lines in one style is not one."""
    path = tmp_path / "annexed.pdf"
    d = _annexed_report(path, notes=("Sources used", "Method notes"))  # no headings in a numbered chapter
    subs = ["Respondents", "Safety of the routes", "Connections between districts", "Speed limits"]
    for sub in subs:
        d.lines([sub], font=("Helvetica-Oblique", 12))
        d.paragraph(LOREM)
        d.lines([f"Default: {sub.split()[0].lower()}"], font=("Helvetica", 12))
        d.paragraph(LOREM)
    d.save()
    secs = [(s.title, s.level) for s in flat(extract_sections(path, use_outline=False)) if s.title != "Contents"]
    expected = []
    for head, chapter_subs in ANNEXED_CHAPTERS:
        expected += [(head, 1)] + [(s, 2) for s in chapter_subs]
    expected += [("Annex A: Survey results", 1)] + [(s, 2) for s in subs]
    assert secs == expected


def test_vocabulary_words_are_the_letter_by_letter_rule():
    """The vocabulary's word pattern (runs of letters joined by inner apostrophes and hyphens) finds the
    words of the letter-by-letter rule it replaced, on random text of letters, digits and separators."""
    import random
    import re

    from app.extract.sections import reading

    letter_by_letter = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")
    rng = random.Random(5)
    alphabet = "abcXYZéßΩж_1 -'’\n.,--''"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert reading._WORD.findall(text) == letter_by_letter.findall(text), text


def test_raised_ordinal_suffixes_stay_with_their_number(tmp_path):
    """"10th", "1er" set with the suffix raised and smaller: the suffix sits above the line's baseline,
    came first in the order by bottom, made a line of its own and was lost ("updated on the 10 and
    25 of each month"). It is read into its word; a raised note marker in digits is not."""
    path = tmp_path / "note.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(LEFT, H - 80, "Publication note")
    y = H - 120
    parts = [("The report is updated on the 10", 0), ("th", 1), (" and 25", 0), ("th", 1),
             (" of each month, from the 1", 0), ("er", 1), (" of July", 0), ("2", 1), (".", 0)]
    x = LEFT
    for text, raised in parts:
        font, size, rise = ("Helvetica", 6, 4) if raised else ("Helvetica", 10, 0)
        c.setFont(font, size)
        c.drawString(x, y + rise, text)
        x += c.stringWidth(text, font, size)
    c.drawString(LEFT, y - 14, LOREM[:90])
    c.save()
    (section,) = flat(extract_sections(path, use_outline=False))
    text = words(section.text)
    assert "updated on the 10th and 25th of each month, from the 1er of July" in text
def test_a_heading_missing_from_its_numbering_is_found(tmp_path):
    """Minutes whose items are numbered bold lines at body size: "1." to "5.", item 4 followed by a
    centred resolution number and its clauses set in. That centred line made item 4 look like a
    definition term; the numbering says it is the fourth heading, in the style of the third."""
    path = tmp_path / "minutes.pdf"
    d = Doc(path, header=None)
    titles = ["1. Opening of the meeting", "2. Adoption of the agenda", "3. Questions from the public",
              "4. Request to demolish 1069, Main Street", "5. CLOSING OF THE MEETING"]
    for title in titles:
        d.heading(title, 10)
        if title.startswith("4."):
            d.c.setFont("Helvetica-Bold", 10)
            d.c.drawCentredString(W / 2, d.y - 10, "Resolution DM-2023-001")
            d.y -= 26
            for _ in range(3):
                d.c.setFont(*BODY)
                d.c.drawString(LEFT + 30, d.y - 10, "WHEREAS the request concerns the rear part of the building;")
                d.y -= 20
        d.paragraph(LOREM)
    d.save()
    found = [s.title for s in flat(extract_sections(path, use_outline=False))]
    assert found == titles


def test_numbered_gap_rule_takes_headings_on_one_line():
    """Two headings starting on the same line (side by side) compare by position only."""
    from types import SimpleNamespace

    from app.extract.sections.headings import Heading, fill_numbered_gaps

    line = SimpleNamespace(order=3.0, size=10.0, bold=True, family="Helvetica")
    heads = [Heading("1. One", 1, 2, lines=[line]), Heading("3. Three", 1, 2, lines=[line])]
    assert fill_numbered_gaps(heads, {}, SimpleNamespace(body_size=10.0, pitch=12.0)) == heads


def _config_block(d: "Doc", rows: list[tuple[str, str, str]]) -> None:
    """Lines of a configuration example in a monospace face: a key, a value and a comment in three
    columns (what a table's rows look like from their cells)."""
    d.c.setFont("Courier", 10)
    d.c.drawString(LEFT + 30, d.y - 10, "<trace>")
    d.y -= 12
    for key, value, comment in rows:
        d.c.setFont("Courier", 10)
        d.c.drawString(LEFT + 60, d.y - 10, key)
        d.c.setFont("Courier-Oblique", 10)
        d.c.drawString(LEFT + 120, d.y - 10, value)
        d.c.setFont("Courier", 10)
        d.c.drawString(LEFT + 150, d.y - 10, comment)
        d.y -= 12
    d.c.drawString(LEFT + 30, d.y - 10, "</trace>")
    d.y -= 26


@pytest.mark.parametrize("wrapped", [False, True])
def test_numbered_heading_over_a_configuration_example_is_found(tmp_path, wrapped):
    """A numbered section heading ending with a stop ("5.3 Keywords on ... sections."), wrapped under
    its number or not, right above lines whose cells look like a table's rows: the rows make it look
    like the table's title, but its number is the one missing between 5.2 and 5.4 in its style."""
    path = tmp_path / "manual.pdf"
    d = Doc(path, header=None)
    d.heading("5 Running the Program", 18)
    d.paragraph(LOREM)
    for n in (1, 2, 3, 4):
        if n == 3:
            d._advance(60)
            d.y -= 8
            d.c.setFont("Helvetica-Bold", 14)
            if wrapped:
                d.c.drawString(LEFT, d.y - 14, "5.3 Keywords on <trace> and <wide> sub-sections")
                d.y -= 17
                d.c.drawString(LEFT + 25, d.y - 14, "of <digipeater> sections.")
            else:
                d.c.drawString(LEFT, d.y - 14, "5.3 Keywords of the digipeater sections.")
            d.y -= 20
            top = H - d.y
            _config_block(d, [("maxreq", "3", "# in range: 1 .. 7, default: 4"),
                              ("maxdone", "3", "# in range: 1 .. 7, default: 4"), ("keys", "TRACE,WIDE", "")])
            # the table step reads the example as a table (it does so in a real manual)
            tables = [Table(id="p1-t1", page=1, bbox=(LEFT + 30, top, LEFT + 400, H - d.y - 20), n_rows=5, n_cols=2)]
        else:
            d.heading(f"5.{n} " + ["Normal running", "Telemetry services", "", "Effect of the delay"][n - 1], 14)
        d.paragraph(LOREM)
        d.paragraph(LOREM)
    d.save()
    found = [" ".join(s.title.split()) for s in flat(extract_sections(path, use_outline=False,
                                                                      tables=tables))]
    third = ("5.3 Keywords on <trace> and <wide> sub-sections of <digipeater> sections." if wrapped
             else "5.3 Keywords of the digipeater sections.")
    assert found == ["5 Running the Program", "5.1 Normal running", "5.2 Telemetry services", third,
                     "5.4 Effect of the delay"]


def test_numbered_list_items_in_bold_are_not_a_heading(tmp_path):
    """Items of a numbered list whose names are set in bold ("2. FLEXNET KISS", "3. BPQCRC alias
    XKISS") follow each other line by line: a heading wrapped over two lines does not start its second
    line with the next number. Neither one item nor the two together are a heading."""
    path = tmp_path / "list.pdf"
    d = Doc(path, header=None)
    d.heading("3.6 The interface sections", 16)
    d.paragraph(LOREM)
    d.heading("3.6.3 The KISS variations", 14)
    d.paragraph("The program knows four variations of the basic protocol, listed below in preference order:")
    items = [("1. ", "Stuttgart Modified", " Amateur-radio-CRC-KISS (SMACK)"), ("2. ", "FLEXNET", " KISS"),
             ("3. ", "BPQCRC", " alias XKISS"), ("4. ", "Plain basic", " KISS")]
    for label, bold, rest in items:
        x = LEFT + 15
        d.c.setFont("Helvetica", 10)
        d.c.drawString(x, d.y - 10, label)
        x += d.c.stringWidth(label, "Helvetica", 10)
        d.c.setFont("Helvetica-Bold", 10)
        d.c.drawString(x, d.y - 10, bold)
        x += d.c.stringWidth(bold, "Helvetica-Bold", 10)
        d.c.setFont("Helvetica", 10)
        d.c.drawString(x, d.y - 10, rest)
        d.y -= 17
    d.paragraph(LOREM)
    d.heading("3.6.4 Serial port devices", 14)
    d.paragraph(LOREM)
    d.save()
    found = [s.title for s in flat(extract_sections(path, use_outline=False))]
    assert found == ["3.6 The interface sections", "3.6.3 The KISS variations", "3.6.4 Serial port devices"]


def test_signature_ending_with_a_comma_is_not_a_heading(tmp_path):
    """A notice signed at its end: the signer's name in the bold of the paragraph headings, ending with
    a comma ("Lance T. Gant,") and followed by the signer's office. A line ending with a comma goes on;
    a heading does not end so."""
    path = tmp_path / "notice.pdf"
    d = Doc(path, header=None)
    d.heading("Airworthiness Directives", 20)
    for head in ("Background", "Proposed Requirements"):
        d.heading(head, 14)
        d.paragraph(LOREM)
        d.new_page()
    titles = ["(a) Comments Due Date", "(b) Affected Documents", "(c) Related Information"]
    for title in titles:
        d.heading(title, 10)
        d.paragraph(LOREM)
    d.paragraph("Issued on July 31, 2020.")
    d.heading("Lance T. Gant,", 10)
    d.paragraph("Director, Compliance and Airworthiness Division.")
    d.save()
    found = [s.title for s in flat(extract_sections(path, use_outline=False))]
    assert found[-3:] == titles and not [t for t in found if "Gant" in t]


def _gazette_masthead(d, dated: bool = False) -> None:
    """A gazette's page-1 masthead: the section's name large on the left, the gazette's name, volume
    (and date) small on the right."""
    d.c.setFont("Helvetica-Bold", 18)
    d.c.drawString(LEFT, H - 60, "Proposed Rules")
    d.c.setFont("Helvetica-Bold", 9)
    d.c.drawString(380, H - 55, "Federal Register")
    d.c.setFont("Helvetica", 9)
    d.c.drawString(380, H - 68, "Vol. 85, No. 152")
    if dated:
        d.c.drawString(380, H - 81, "Thursday, August 6, 2020")


def test_masthead_repeating_the_running_head_is_not_a_heading(tmp_path):
    """A gazette's first page prints its name in a masthead ("Federal Register", bold, a little smaller
    than the body, beside the title); the pages after it carry the same name at the start of their
    running head ("Federal Register / Vol. 85, No. 152 / Proposed Rules"). The masthead is running
    matter, not a heading."""
    path = tmp_path / "gazette.pdf"
    d = Doc(path, header=None)
    titles = ["Examining the Docket", "Comments Invited", "Background", "Proposed Requirements", "Costs of Compliance"]
    _gazette_masthead(d, dated=True)
    d.y = H - 110
    for i, title in enumerate(titles):
        if i in (2, 4):
            d.new_page()
            d.c.setFont("Helvetica", 9)
            d.c.drawString(LEFT + 60, H - 40, f"Federal Register / Vol. 85, No. 152 / Proposed Rules")
            d.c.drawString(LEFT, H - 40, str(47697 + d.page))
        d.heading(title, 10)
        for _ in range(3):
            d.paragraph(LOREM)
    d.save()
    found = [s.title for s in flat(extract_sections(path, use_outline=False))]
    assert "Federal Register" not in found and [t for t in found if t in titles] == titles


def test_contents_title_over_entries_read_as_a_table_stays_a_heading(tmp_path):
    """The table step read the first two entries of a printed contents (title, page number set apart
    at the right) as a table: the "Contents" title above them is the contents' title, a heading as it
    is when the entries are not read as a table, not a table's title."""
    path = tmp_path / "contents.pdf"
    d = Doc(path, header=None)
    chapters = ["Abstract", "Inclusive Risk and Strategy", "Emergency Mobility", "Early Operations",
                "Protection and Return", "Local Partners", "Funding Requirements", "Annexes"]
    d.c.setFont("Helvetica-Bold", 30)
    d.c.drawString(LEFT, H - 200, "Annual Report 2025")
    d.new_page()
    d.c.setFont("Helvetica-Bold", 16)  # in the chapters' type
    d.c.drawString(LEFT, H - 96, "Contents")
    top = H - 120
    for i, title in enumerate(chapters):
        d.c.setFont("Helvetica", 11)
        d.c.drawString(LEFT, H - 130 - 20 * i, title)
        d.c.drawRightString(W - LEFT, H - 130 - 20 * i, str(i + 2))
    tables = [Table(id="p2-t1", page=2, bbox=(LEFT, H - top - 2, W - LEFT, H - top + 36), n_rows=2, n_cols=2)]
    for title in chapters:
        d.new_page()
        d.heading(title, 16)
        for _ in range(4):
            d.paragraph(LOREM)
    d.save()
    found = [s.title for s in flat(extract_sections(path, use_outline=False, tables=tables))]
    assert found == ["Contents"] + chapters


def test_flat_contents_leaves_the_levels_to_the_heading_styles(tmp_path):
    """A contents that lists chapters and sections alike (one type, flush left, each with its page)
    gives no levels; the headings it names are set in two styles in the body (chapters 20 pt,
    sections 14 pt), and those styles' order gives the levels."""
    path = tmp_path / "flat.pdf"
    d = Doc(path, header=None)
    tree = [("Rural Water and Sanitation", ["Water Points", "Hygiene Promotion"]),
            ("Protection and Return", ["Legal Aid", "Safe Shelter", "Community Centres"]),
            ("Funding Requirements", ["Sector Budgets", "Pooled Funds"])]
    d.c.setFont("Helvetica-Bold", 20)
    d.c.drawString(LEFT, H - 96, "Contents")
    entries = [t for chapter, subs in tree for t in [chapter] + subs]
    for i, title in enumerate(entries):
        d.c.setFont("Helvetica", 10)
        d.c.drawString(LEFT, H - 130 - 18 * i, title)
        d.c.drawRightString(W - LEFT, H - 130 - 18 * i, str(2 + i // 3))
    d.new_page()
    for chapter, subs in tree:
        d.heading(chapter, 20)
        d.paragraph(LOREM)
        for sub in subs:
            d.heading(sub, 14)
            d.paragraph(LOREM)
    d.save()
    found = [(s.level, s.title) for s in flat(extract_sections(path, use_outline=False))]
    assert found == [(1, "Contents")] + [(lv, t) for chapter, subs in tree
                                         for lv, t in [(1, chapter)] + [(2, s) for s in subs]]


def test_reference_number_line_is_not_a_heading(tmp_path):
    """A notice's heading block carries its regulation identifier on a line of its own in the bold of
    the sub-headings, a little smaller than the body ("RIN 2120–AA64"): a reference number (a short
    label and a code mixing letters and digits), not a heading."""
    path = tmp_path / "notice.pdf"
    d = Doc(path, header=None)
    d.c.setFont("Helvetica-Bold", 20)
    d.c.drawString(LEFT, H - 80, "Proposed Rules")
    d.y = H - 110
    titles = ["Examining the Docket", "Comments Invited", "Background", "Proposed Requirements"]
    for i, title in enumerate(titles):
        if i == 1:
            d.new_page()
            d.c.setFont("Helvetica-Bold", 9)
            d.c.drawString(LEFT, d.y - 9, "RIN 2120-AA64")
            d.y -= 20
        d.heading(title, 10)
        for _ in range(3):
            d.paragraph(LOREM)
    d.save()
    found = [s.title for s in flat(extract_sections(path, use_outline=False))]
    assert not [t for t in found if t.startswith("RIN")] and [t for t in found if t in titles] == titles


def test_a_cover_title_set_in_two_sizes_names_the_document():
    # a scanned appeal (no metadata title) was named "MYANMAR" by its cover: the line right under it
    # in the same weight, at 0.6 of its size or more, finishes the title; a lighter, smaller line does not
    from app.document.model import SourceDocument
    from app.extract.sections.lines import BOLD
    from app.extract.sections.tree import document_title

    doc = SourceDocument(path="/scans/myanmar-scan.pdf", sha256="0" * 64, pages=1, title="untitled")
    cover = [_line("MYANMAR", 600, x1=240, size=30, flags=BOLD),
             _line("Crisis Response Plan 2025", 636, x1=330, size=20, flags=BOLD),
             _line("Sample document for Briefing Builder", 662, x1=280, size=11)]
    assert document_title(doc, {1: cover}) == "MYANMAR Crisis Response Plan 2025"
    lighter = [cover[0], _line("Crisis Response Plan 2025", 636, x1=330, size=20), cover[2]]
    assert document_title(doc, {1: lighter}) == "MYANMAR"
    small = [cover[0], _line("Yangon, March 2025", 636, x1=200, size=12, flags=BOLD)]
    assert document_title(doc, {1: small}) == "MYANMAR"
    two_lines = [_line("MIGRATION", 600, x1=240, size=30, flags=BOLD), _line("INITIATIVES 2017", 636, x1=300, size=30, flags=BOLD),
                 cover[1]]
    assert document_title(doc, {1: two_lines}) == "MIGRATION INITIATIVES 2017 Crisis Response Plan 2025"



def test_a_cover_title_read_as_garbage_does_not_name_the_document():
    # a decorative script font without a usable character map reads as letters of the wrong case and
    # symbols inside words ("[ÉÇÉÜtuÄx VöÅtÜt wx W|ÑâàtwÉá"): the pack was titled so; the file name says more
    from app.document.model import SourceDocument
    from app.extract.sections.tree import document_title

    doc = SourceDocument(path="/data/voting_record.pdf", sha256="0" * 64, pages=1, title="ActiveReports Document")
    cover = [_line("[ÉÇÉÜtuÄx VöÅtÜt wx W|ÑâàtwÉá wx Ät atv|™Ç", 60, x1=500, size=20),
             _line("Votación Nominal", 100, x1=300, size=12)]
    assert document_title(doc, {1: cover}) == "voting_record"
    for real in ("Honorable Cámara de Diputados de la Nación", "McKinsey Global Survey: COVID-19 and Migration",
                 "ÉTAT DES LIEUX — Côte d’Ivoire 2017", "Iniciativas de Migración 2017", "Microsoft® Windows® Guide",
                 "PartI TheEssentials", "3. | InForMATIon on SPECIFIC ZoonoSES"):
        assert document_title(doc, {1: [_line(real, 60, x1=500, size=20)]}) == real

def test_a_metadata_title_the_cover_belies_does_not_name_the_document():
    """A report kept its template's properties: the metadata names another plan ("Strategic plan for
    the regional recreational trail of Prescott and Russell") and none of its words but "plan" is on
    the cover or the next pages. The cover's title names the document, and so its packs. A metadata
    title the pages bear out, or one over a cover that is a picture (no text on page 1), still does."""
    from app.document.model import DocumentData, Section, SourceDocument
    from app.extract.sections.lines import BOLD
    from app.extract.sections.tree import document_title

    meta = "Strategic plan for the regional recreational trail of Prescott and Russell"
    doc = SourceDocument(path="/data/pdta.pdf", sha256="0" * 64, pages=3, title=meta)
    cover = [_line("Active transport master plan", 60, x1=500, size=24, flags=BOLD),
             _line("of the municipality of Chelsea", 90, x1=500, size=24, flags=BOLD),
             _line("Final report, January 2021", 140, x1=300, size=12)]
    inside = {2: [_line("Acknowledgements: we thank the residents and the council.", 60, x1=500)],
              3: [_line("1. Context", 60, x1=200, size=14, flags=BOLD)]}
    title = document_title(doc, {1: cover, **inside}, body_size=10.0)
    assert title == "Active transport master plan of the municipality of Chelsea"
    data = DocumentData(document=doc, sections=[Section(id="s0", title=title, level=0, page=1, end_page=3)])
    assert data.title == title  # the pack's name follows the section step's
    borne = [_line("Strategic plan for the regional recreational trail", 60, x1=500, size=24, flags=BOLD)]
    assert document_title(doc, {1: borne, **inside}, body_size=10.0) == meta
    assert document_title(doc, {1: [], **inside}, body_size=10.0) == meta  # a picture for a cover says nothing
    page = [_line("Table 3 Surface water sampling locations", 60, x1=500, size=16, flags=BOLD)] + [
        _line(f"Site {k} on the river below the weir", 90 + 14 * k, x1=400) for k in range(20)]
    assert document_title(doc, {1: page, **inside}, body_size=10.0) == meta  # a page cut out of the report


def _notice(d: "Doc", title: str, sections: list[str]) -> None:
    """One notice of a gazette: its heading block (agency, sub-agency, part, docket number) stacked in
    the title's bold sans over the title, then its sections in the bold of the body's serif."""
    block = [("DEPARTMENT OF TRANSPORTATION", 10), ("Federal Aviation Administration", 10),
             ("14 CFR Part 39", 10), ("[Docket No. FAA-2020-0686; Product Identifier 2019-NM-035-AD]", 8),
             (title, 10)]
    for text, size in block:
        d._advance(40)
        d.c.setFont("Helvetica-Bold", size)
        d.c.drawString(d.x, d.y - size, text)
        d.y -= size + 10
    d.paragraph("AGENCY: Federal Aviation Administration (FAA), DOT. ACTION: Notice of proposed rulemaking.",
                font=("Times-Roman", 10))
    for name in sections:
        d.heading(name, 10, font="Times-Bold")
        for _ in range(2):
            d.paragraph(LOREM, font=("Times-Roman", 10))


def test_a_notices_heading_block_is_one_title(tmp_path):
    """A gazette's notice opens with a block of lines stacked in the bold of its title, nothing but a
    small docket number between them: agency, sub-agency, part, title. The lines above the title head
    no text of their own (siblings of one style with nothing in them are no sections): the block is
    one title, its last line, and the block's lines are the notice's first text."""
    path = tmp_path / "gazette.pdf"
    d = Doc(path, header=None)
    _gazette_masthead(d)
    d.y = H - 100
    first = ["Examining the Docket", "Comments Invited", "Background", "Costs of Compliance", "Regulatory Findings"]
    second = ["Comments Invited", "Discussion", "Authority for This Rulemaking"]
    _notice(d, "Airworthiness Directives; The Boeing Company Airplanes", first)
    for page in range(3):
        d.new_page()
        d.c.setFont("Helvetica", 9)
        d.c.drawString(LEFT + 60, H - 40, "Federal Register / Vol. 85, No. 152 / Proposed Rules")
        d.y = H - 70
        if page == 1:
            d.y = H - 200
            _notice(d, "Airworthiness Directives; Pilatus Aircraft Ltd. Airplanes", second)
        else:
            for _ in range(5):
                d.paragraph(LOREM, font=("Times-Roman", 10))
    d.save()
    found = flat(extract_sections(path, use_outline=False))
    titles = [s.title for s in found]
    assert "DEPARTMENT OF TRANSPORTATION" not in titles and "Federal Aviation Administration" not in titles
    assert not [t for t in titles if t.startswith("14 CFR")]
    boeing = next(s for s in found if s.title.endswith("Boeing Company Airplanes"))
    pilatus = next(s for s in found if s.title.endswith("Pilatus Aircraft Ltd. Airplanes"))
    assert pilatus.level == boeing.level and [s.title for s in boeing.children] == first
    assert pilatus.text.startswith("DEPARTMENT OF TRANSPORTATION")
    assert [s.title for s in pilatus.children] == second


def _gazette(path: Path, masthead, head: str) -> list[str]:
    """A gazette of three pages: page 1 under ``masthead(doc)``, its notice's heading block in the bold
    of the body's size; the pages after it carry the running head ``head``."""
    d = Doc(path, header=None)
    masthead(d)
    d.y = H - 100
    sections = ["Examining the Docket", "Comments Invited", "Background", "Costs of Compliance"]
    _notice(d, "Airworthiness Directives; The Boeing Company Airplanes", sections)
    for _ in range(2):
        d.new_page()
        d.c.setFont("Helvetica", 9)
        d.c.drawString(LEFT + 60, H - 40, head)
        d.c.drawString(LEFT, H - 40, str(47697 + d.page))
        d.y = H - 70
        for _ in range(5):
            d.paragraph(LOREM, font=("Times-Roman", 10))
    d.save()
    return sections


def test_a_gazettes_masthead_is_running_matter_and_the_notice_names_the_document(tmp_path):
    """A gazette's first page lays its running head out as a masthead: the part's name ("Proposed
    Rules") at 18 pt, the gazette's name, volume and date small beside it; the pages after it print
    them in one running head. Three lines of the band each a part of that head are the head printed
    apart, running matter whatever their size; with nothing else on the page set larger than the
    body, the document's title is the notice's title (its first heading), not the masthead's largest
    line."""
    path = tmp_path / "gazette.pdf"
    head = "Federal Register / Vol. 85, No. 152 / Thursday, August 6, 2020 / Proposed Rules"
    sections = _gazette(path, lambda d: _gazette_masthead(d, dated=True), head)
    roots = extract_sections(path, use_outline=False)
    titles = [s.title for s in flat(roots)]
    assert roots[0].title == "Airworthiness Directives; The Boeing Company Airplanes"
    assert "Proposed Rules" not in titles and [t for t in titles if t in sections] == sections


def test_a_title_repeated_alone_in_the_running_head_stays_the_title(tmp_path):
    """A report repeating its title in its running head ("Somalia Annual Appeal 2025 / UNHCR / Page 2")
    prints the title alone at the top of page 1, not with the head's other parts: it stays the
    document's title."""
    path = tmp_path / "report.pdf"

    def title(d):
        d.c.setFont("Helvetica-Bold", 22)
        d.c.drawString(LEFT, H - 60, "Somalia Annual Appeal 2025")
        d.c.setFont("Helvetica", 9)
        d.c.drawString(380, H - 55, "UNHCR")

    _gazette(path, title, "Somalia Annual Appeal 2025 / UNHCR / Operations Plan")
    assert extract_sections(path, use_outline=False)[0].title == "Somalia Annual Appeal 2025"


def test_page_numbers_in_a_side_column_are_running_matter(tmp_path):
    """A journal prints its page numbers in a side column, a fifth of the way down, left on even
    pages and right on odd ones, in the bold of a heading: below the band of running heads. A lone
    number at one height going up by one from page to page is the page's number, not a heading."""
    path = tmp_path / "journal.pdf"
    d = Doc(path, header=None)
    titles = ["Introduction", "Shift Work and Family Life", "Method", "Results", "Discussion"]
    for page in range(6):
        if page:
            d.new_page()
        d.c.setFont("Helvetica-Bold", 13)
        d.c.drawString(20 if page % 2 == 0 else W - 50, H - 160, str(162 + page))
        d.y = H - 100
        if page < len(titles):
            d.heading(titles[page], 13)
        for _ in range(4):
            d.paragraph(LOREM)
    d.save()
    found = [s.title for s in flat(extract_sections(path, use_outline=False))]
    assert not [t for t in found if t.isdigit()] and [t for t in found if t in titles] == titles


def test_a_title_over_two_lines_beside_a_side_column(tmp_path):
    """An article's title wraps over two lines; the journal's side column prints its volume on a
    line that falls between them in top-to-bottom order. The title is both lines: a line beside it,
    in another column, does not end it."""
    path = tmp_path / "article.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Times-Bold", 22)
    c.drawString(160, H - 100, "Shift work interventions for")
    c.drawString(160, H - 126, "reduced work-family conflict")
    c.setFont("Times-Roman", 13)
    c.drawString(30, H - 98, "ER")
    c.drawString(30, H - 112, "29,2")
    c.setFont("Times-Roman", 10)
    from reportlab.lib.utils import simpleSplit
    y = H - 170
    for line in simpleSplit(LOREM + " " + LOREM, "Times-Roman", 10, W - 220):
        c.drawString(160, y, line)
        y -= 13
    c.save()
    assert extract_sections(path, use_outline=False)[0].title == \
        "Shift work interventions for reduced work-family conflict"


def test_a_display_heading_wrapped_over_five_lines_in_a_narrow_column(tmp_path):
    """A long heading set large in a narrow column wraps over five lines ("Sustainable Action for /
    national return in / community-based / displacement and / standards partnerships"): few words on
    each line, far larger than the body. More than four lines is a paragraph only when the lines carry
    a paragraph's words."""
    path = tmp_path / "columns.pdf"
    d = Doc(path, header=None, columns=2)
    d.heading("Overview", 16)
    for _ in range(3):
        d.paragraph(LOREM)
    d._advance(120)
    d.c.setFont("Helvetica-Bold", 16)
    for line in ["Sustainable Action for", "national return in", "community-based", "displacement and",
                 "standards partnerships"]:
        d.c.drawString(d.x, d.y - 16, line)
        d.y -= 20
    d.y -= 8
    for _ in range(3):
        d.paragraph(LOREM)
    d.heading("Funding", 16)
    for _ in range(3):
        d.paragraph(LOREM)
    d.save()
    found = [s.title for s in flat(extract_sections(path, use_outline=False))]
    assert found == ["Overview", "Sustainable Action for national return in community-based displacement and "
                     "standards partnerships", "Funding"]


def test_an_annex_sub_heading_in_the_sections_style_counts_once(tmp_path):
    """An annex without numbered sub-sections with one unnumbered sub-heading, set exactly like the
    numbered sections ("1.1 Background"): that style is the document's section level, so one line in
    it is a sub-heading of the annex (a style met three times there was asked for before); one line in
    another style is not."""
    path = tmp_path / "annexed.pdf"
    d = _annexed_report(path)
    d.lines(["Sources used"], font=("Helvetica-Oblique", 12))
    d.paragraph(LOREM)
    d.heading("Operational Climate and Access", 12)
    d.paragraph(LOREM)
    d.save()
    secs = [(s.title, s.level) for s in flat(extract_sections(path, use_outline=False)) if s.title != "Contents"]
    assert secs[-2:] == [("Annex A: Survey results", 1), ("Operational Climate and Access", 2)]


def test_a_column_of_drawn_bullets_is_no_chart(tmp_path):
    """A browser draws a list's bullets as small filled circles: four of them one under the other
    looked like a chart's cluster of shapes, and the sub-heading right below the list was taken for
    chart text. Glyph-sized shapes lined up at one x, each before a line of the list, one of them a
    sentence, are a list's bullets."""
    path = tmp_path / "bullets.pdf"
    d = Doc(path, header=None)
    titles = ["Overview", "Strategic Regions", "Seasonal Training", "Funding"]
    for k, title in enumerate(titles):
        d.heading(title, 10.5)
        d.paragraph(LOREM)
        if k == 0:
            for item in ["Review on management priority with evidence dialogue and.",
                         "Funding through network protection to response region across.",
                         "Labour with households support by policy funding in.",
                         "Partners between shelter priority their shelter priority."]:
                d.c.setFillColorRGB(0.13, 0.13, 0.13)
                d.c.circle(LEFT + 22, d.y - 6.5, 2, stroke=0, fill=1)
                d.c.setFillColorRGB(0, 0, 0)
                d.c.setFont(*BODY)
                d.c.drawString(LEFT + 30, d.y - 10, item)
                d.y -= 13
            d.y -= 6
    d.save()
    found = [s.title for s in flat(extract_sections(path, use_outline=False))]
    assert found == titles


def test_a_kicker_above_the_title_makes_a_title_block(tmp_path):
    """A textbook chapter opens with a kicker over its title ("Item 265", a word and a number, in a
    style of its own) and the title set large: one title block, neither of them a heading beside the
    root (the root carries the title)."""
    path = tmp_path / "chapter.pdf"
    d = Doc(path, header=None)
    d.c.setFont("Helvetica", 7)
    d.c.drawString(LEFT, H - 60, "CHAPITRE 5")
    d.c.setFillColorRGB(0.2, 0.6, 0.8)
    d.c.setFont("Helvetica-Bold", 18)
    d.c.drawString(LEFT, H - 82, "Item 265")
    d.c.setFillColorRGB(0, 0, 0)
    d.c.setFont("Helvetica-Bold", 28)
    d.c.drawString(LEFT, H - 118, "DÉSORDRES")
    d.c.drawString(LEFT, H - 150, "DE L’ÉQUILIBRE ACIDE-BASE")
    d.y = H - 180
    sections = ["I. GAZ DU SANG ARTÉRIEL", "II. ACIDOSES MÉTABOLIQUES", "III. ACIDOSES RESPIRATOIRES",
                "IV. ALCALOSES MÉTABOLIQUES"]
    for k, title in enumerate(sections):
        if k:
            d.new_page()
        d.heading(title, 13)
        for _ in range(4):
            d.paragraph(LOREM)
    d.save()
    roots = extract_sections(path, use_outline=False)
    found = [s.title for s in flat(roots)]
    assert roots[0].title == "DÉSORDRES DE L’ÉQUILIBRE ACIDE-BASE" and found == sections



def test_a_scanned_run_of_five_large_lines_stays_a_paragraph():
    # the narrow-column display heading holds on born-digital pages only: on a scan the sizes are
    # measured and a wrapped pull quote or two columns' lines read as one look the same
    from app.extract.sections.analysis import Stats
    from app.extract.sections.headings import Run, candidate_reason

    texts = ["Sustainable Action for", "national return in", "community-based", "displacement and",
             "standards partnerships"]
    lines = [_line(t, 100 + 20 * i, x1=200, size=16, flags=0) for i, t in enumerate(texts)]
    assert candidate_reason(Run(lines), Stats(body_size=10.0)) != "too many lines"
    for ln in lines:
        ln.extra["measured"] = True
    assert candidate_reason(Run(lines), Stats(body_size=10.0)) == "too many lines"


def _three_columns_under_a_table(path: Path, tables: bool = True) -> list[Table]:
    """A gazette page: a table laid across the page (its cells cover the first gutter of the text
    columns, one of its own gutters falls inside the second), then three text columns set two ems
    below it, the middle one opening with a bold sub-heading beside the other columns' text."""
    from reportlab.lib.utils import simpleSplit

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    cols = [(45, 205), (222, 390), (399, 560)]
    titles = ["Costs of Compliance", "Regulatory Findings", "Authority for This Rulemaking"]

    def column(x0, x1, y, texts, head=None):
        if head:
            c.setFont("Times-Bold", 9)
            c.drawString(x0, y, head)
            y -= 14
        for text in texts:
            for line in simpleSplit(text, "Times-Roman", 9, x1 - x0):
                c.setFont("Times-Roman", 9)
                c.drawString(x0, y, line)
                y -= 10.5
            y -= 3
        return y

    # page 1: the notice's sections in one column
    y = H - 80
    for title in titles[:1] + ["Background", "Discussion"]:
        c.setFont("Times-Bold", 9)
        c.drawString(LEFT, y, title)
        y -= 14
        for line in simpleSplit(LOREM * 2, "Times-Roman", 9, W - 2 * LEFT):
            c.setFont("Times-Roman", 9)
            c.drawString(LEFT, y, line)
            y -= 10.5
        y -= 10
    c.showPage()
    # page 2: the table across the page
    c.setFont("Helvetica", 8)
    top = H - 60
    rows = [("Stabilizer wiring change ....", "Up to 79 work-hours x $85 per hour =", "Up to $3,790 ....", "$10,505"),
            ("", "Up to $6,715.", "", ""),
            ("AOA sensor system test ........", "40 work-hours x $85 per hour =", "$0 ..............", "$3,400"),
            ("", "$3,400.", "", "")]
    xs = [45, 195, 342, 420]
    for k, row in enumerate(rows):
        for x, text in zip(xs, row):
            if text:
                c.drawString(x + (8 if k % 2 and x == 195 else 0), top - 10 * k, text)
    c.line(40, top + 10, 560, top + 10)
    c.line(40, top - 34, 560, top - 34)
    y = top - 34 - 26
    column(*cols[0], y, [LOREM, LOREM])
    column(*cols[1], y, [LOREM, LOREM], head=titles[1])
    column(*cols[2], y, [LOREM], head=titles[2])
    c.save()
    return [Table(id="p2-t1", page=2, bbox=(40, H - top - 10, 560, H - top + 34), n_rows=4, n_cols=4)] if tables else []


@pytest.mark.parametrize("tables", [True, False])
def test_columns_under_a_table_across_the_page_are_cut_at_their_gutters(tmp_path, tables):
    """Three text columns start two ems under a table laid across the page. The table's cells cover
    the first gutter of the columns, and one of its own gutters falls inside their second: the
    columns' first line was read as one line with the table's rows around it ("… no definitive
    Regulatory Findings", a heading lost in the text of the section before), and with the table's
    rows it was read as one more row of the table. The columns' own rows prove their gutters, and a
    band of columns set apart below the table, with a gap where the table has text, starts columns
    of its own."""
    path = tmp_path / "gazette.pdf"
    table = _three_columns_under_a_table(path, tables)
    found = flat(extract_sections(path, use_outline=False, tables=table))
    titles = [s.title for s in found]
    assert "Regulatory Findings" in titles, titles
    assert "Authority for This Rulemaking" in titles, titles


def test_numbering_schemes_give_levels_in_the_order_they_first_appear(tmp_path):
    """A textbook chapter numbers its parts "I.", their sections "A.", their sub-sections "1.", each
    sequence starting again under the one before: the schemes are levels in the order they first
    appear, whatever the sizes say ("1." in a bold blue at body size, "A." larger but regular). A
    lettered title over a bulleted list set in is no definition term when its style's other headings
    carry letters of its sequence. A larger unnumbered section met between the parts ("FURTHER
    READING") is no part over them: a sibling, its own "1." items one level under it."""
    path = tmp_path / "chapter.pdf"
    d = Doc(path, header=None)
    body = ("Times-Roman", 10)
    outline = [("I. BLOOD GASES AND THEIR READING", [("A. Measuring the pH", ["Taking the sample", "Reading it"]),
                                                    ("B. Reading the gases", ["Acidosis or alkalosis", "Compensation"])]),
               ("II. METABOLIC ACIDOSIS", [("A. Diagnosis", ["First step", "Second step"]),
                                          ("B. Causes", ["High anion gap", "Normal anion gap"]),
                                          ("C. Treatment", [])]),
               ("III. RESPIRATORY ACIDOSIS", [("A. Clinical signs", ["Acute forms", "Chronic forms"]),
                                             ("B. Treatment", [])])]
    expected = []
    for k, (part, sections) in enumerate(outline):
        d.heading(part, 13, font="Helvetica")
        expected.append((part, 1))
        d.paragraph(LOREM, font=body)
        for title, subs in sections:
            d.heading(title, 11, font="Helvetica")
            expected.append((title, 2))
            if title.startswith("A."):
                # a list set in right under the title (drawn bullets)
                for item in ["Sample taken without air in a heparinised syringe.",
                             "An artery rather than a vein gives the extracellular pH."]:
                    d.c.rect(LEFT + 2, d.y - 9, 4, 4, stroke=0, fill=1)
                    d.c.setFont(*body)
                    d.c.drawString(LEFT + 18, d.y - 10, item)
                    d.y -= 13
                d.y -= 6
            else:
                d.paragraph(LOREM, font=body)
            for n, sub in enumerate(subs, start=1):
                d.c.setFillColorRGB(0.17, 0.51, 0.67)
                d.heading(f"{n}. {sub}", 10, font="Helvetica-Bold")
                d.c.setFillColorRGB(0, 0, 0)
                expected.append((f"{n}. {sub}", 3))
                d.paragraph(LOREM, font=body)
        if k == 1:
            d.heading("FURTHER READING", 20)
            expected.append(("FURTHER READING", 1))
            for n, sub in enumerate(["The pH as a ratio", "The anion gap"], start=1):
                d.heading(f"{n}. {sub}", 12)
                expected.append((f"{n}. {sub}", 2))
                d.paragraph(LOREM, font=body)
    d.save()
    found = [(s.title, s.level) for s in flat(extract_sections(path, use_outline=False))]
    assert found == expected


def test_no_level_is_skipped_under_a_heading(tmp_path):
    """A style whose every heading sits two levels below the heading it falls under (lettered
    paragraphs in a smaller bold under a part heading, the sections' level never used there) moves
    up to the level right under it: no level is skipped."""
    path = tmp_path / "notice.pdf"
    d = Doc(path, header=None)
    expected = []
    for title, subs, size in [("Proposed Rules Discussion", ["Background", "Comments Invited", "Costs"], 13),
                              ("Regulatory Text", ["(a) Comments Due Date", "(b) Affected Directives",
                                                   "(c) Applicability"], 10.5)]:
        d.heading(title, 16)
        expected.append((title, 1))
        d.paragraph(LOREM)
        for sub in subs:
            d.heading(sub, size)
            expected.append((sub, 2))
            d.paragraph(LOREM)
    d.save()
    found = [(s.title, s.level) for s in flat(extract_sections(path, use_outline=False))]
    assert found == expected


def test_a_forms_answers_in_a_larger_type_are_no_headings(tmp_path):
    """A form set in 9 pt (its notes the body), its questions in bold, typed answers in an 11 pt
    serif: a few answers are paragraphs, most are "N/A". The answers' style carries running text; the same short answer
    met again and again counts once against it, so its "N/A" lines are no headings."""
    from reportlab.lib.utils import simpleSplit

    path = tmp_path / "form.pdf"
    d = Doc(path, header=None)
    d.heading("90-Day Summary Report for an Incident", 12)
    d.paragraph("Reports that do not include all of the required information will be returned to the agency "
                "for completion. Do not identify individuals by name when completing this report.",
                font=("Helvetica", 9), leading=11)
    questions = ["Description of the incident, including the suspected cause:",
                 "Findings by agency, including the determination and circumstances:",
                 "Summary of all involvement in services as adults by the parents:",
                 "Summary of actions taken by the agency, including any investigation:",
                 "Description of the placement and basis for the decision:",
                 "Description of all other persons residing in the home:",
                 "Summary of policy or practice changes to address the issues identified:",
                 "Recommendations for further changes in policies, practices or rules:"]
    answers = [LOREM * 2, "N/A", LOREM * 2, "N/A", "N/A", LOREM * 2, "N/A", "N/A"]
    for k, (question, answer) in enumerate(zip(questions, answers)):
        if k == 4:
            d.new_page()
        d.lines([question], font=("Helvetica-Bold", 9), leading=12)
        if k % 2:  # the form's own notes, in its 9 pt: the body
            d.paragraph("(Note: " + LOREM * 2 + ")", font=("Helvetica", 9), leading=11)
        d.y += 4
        d.lines(simpleSplit(answer, "Times-Roman", 11, d.width), font=("Times-Roman", 11), leading=13)
        d.y -= 6
    d.save()
    found = [s.title for s in flat(extract_sections(path, use_outline=False))]
    assert "N/A" not in found, found


def test_weights_abbreviated_in_font_names_are_bold():
    """A textbook's parts and sections are set in "HelveticaLTStd-BlkCond" (black condensed, its
    descriptor says weight 900): "Blk" and "Hv" (heavy) name bold weights as "Bd" does; a light or
    regular face stays regular."""
    from app.extract.sections.features import BOLD, font_style

    for name in ["FEFTMW+HelveticaLTStd-BlkCond", "MyriadPro-BlkIt", "Frutiger-Hv", "FrutigerLTStd-HvCn", "MinionPro-Bd"]:
        assert font_style(name) & BOLD, name
    for name in ["HelveticaLTStd-LightCond", "Gotham-Light", "ArialMT", "HelveticaLTStd-Roman"]:
        assert not font_style(name) & BOLD, name


def test_a_term_closed_by_a_colon_standing_alone_is_run_in(tmp_path):
    """French sets a space before a colon: "Ctrl+Maj+Z : Refaire" with the term and its colon in bold
    typewriter, longer than the regular text after it. The line is body text opening with a run-in
    term, not a bold line (it was read as one, so a definition list's entries ran together)."""
    import pdfplumber

    from app.extract.sections.features import page_features
    from app.extract.sections.lines import BOLD, lines_from_features

    path = tmp_path / "terms.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for i, (term, text) in enumerate([("Ctrl+Maj+Z :", "Refaire"), ("Ctrl+F5 :", "État Aucun")]):
        y = 700 - 16 * i
        c.setFont("Courier-Bold", 11)
        c.drawString(72, y, term)
        c.setFont("Times-Roman", 11)
        c.drawString(72 + c.stringWidth(term + " ", "Courier-Bold", 11), y, text)
    c.save()
    with pdfplumber.open(path) as pdf:
        lines = lines_from_features(page_features(pdf.pages[0], 1))
    assert [(ln.text, ln.lead, bool(ln.flags & BOLD)) for ln in lines] == [
        ("Ctrl+Maj+Z : Refaire", len("Ctrl+Maj+Z :"), False), ("Ctrl+F5 : État Aucun", len("Ctrl+F5 :"), False)]


def _justified_lines(c, text: str, x: float, y: float, width: float, font: str, size: float, leading: float,
                     count: int) -> None:
    """``count`` lines of ``text`` set justified in ``width`` from baseline ``y`` down (words drawn one by one)."""
    words = text.split()
    k = 0
    for n in range(count):
        line = []
        while k < len(words) and c.stringWidth(" ".join(line + [words[k]]), font, size) <= width:
            line.append(words[k])
            k = (k + 1) % len(words) if n < count - 1 else k + 1
            if k >= len(words):
                k = 0
        room = width - sum(c.stringWidth(w, font, size) for w in line)
        gap = room / max(1, len(line) - 1)
        pos = x
        c.setFont(font, size)
        for w in line:
            c.drawString(pos, y - n * leading, w)
            pos += c.stringWidth(w, font, size) + gap


def test_two_columns_right_under_a_full_width_deck_are_not_read_across(tmp_path):
    """A deck (a lead paragraph in larger italic) runs across the page a line above two justified columns:
    its words cover the gutter, so the gutter of the columns' lines right under it was not proven and each
    line of the left column was read on into the right one ("of the Bureau of Labor reach 150.2 million").
    Lines in another size are another block and do not cover this one's gutter."""
    import pdfplumber

    from app.extract.sections.features import page_features
    from app.extract.sections.lines import lines_from_features

    deck = ("The health care and social assistance sector and the professional and business services sector "
            "will account for almost half the projected job growth from 2010 to 2020 while employment in "
            "manufacturing is expected to decline over the period")
    body = ("This release of the Bureau of Labor Statistics projections which are published every two years is "
            "the second since the recession that began in December the characteristics and impacts of a "
            "recession are usually understood only in retrospect industries are affected differently and the "
            "recovery for each industry can occur at different paces and along different paths")
    path = tmp_path / "deck.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _justified_lines(c, deck, 72, 700, 451, "Times-Italic", 11.5, 14, 3)
    middle = 72 + (451 - 12) / 2
    for x in (72, middle + 12):
        _justified_lines(c, body, x, 700 - 3 * 14 - 6, (451 - 12) / 2, "Times-Roman", 9.5, 11.5, 12)
    c.save()
    with pdfplumber.open(path) as pdf:
        lines = lines_from_features(page_features(pdf.pages[0], 1))
    body_lines = [ln for ln in lines if abs(ln.size - 9.5) < 0.5]
    assert len(body_lines) == 24
    across = [ln.text for ln in body_lines if ln.x0 < middle < ln.x1]
    assert across == []


def _section_texts(path) -> str:
    out = []

    def walk(s):
        out.append(s.text)
        for c in s.children:
            walk(c)

    for s in extract_sections(path):
        walk(s)
    return "\n\n".join(t for t in out if t)


def test_a_raised_note_marker_stays_after_its_word_inside_the_paragraph(tmp_path):
    """A note marker set raised after a word ("in 2007.¹ The") sits above its line's baseline: it opened a
    line of its own, read after its line, and the section text had a paragraph "1" cutting its paragraph."""
    path = tmp_path / "marker.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 740, "Employment outlook")
    words = ["the", "recession", "that", "began", "in", "December", "2007.", "The", "characteristics", "and"]
    for n in range(6):
        y = 700 - 13 * n
        c.setFont("Times-Roman", 11)
        if n != 2:
            c.drawString(72, y, f"line {n} of a paragraph of running text that goes on and on here")
            continue
        x = 72
        for w in words:
            c.setFont("Times-Roman", 11)
            c.drawString(x, y, w)
            x += c.stringWidth(w, "Times-Roman", 11)
            if w == "2007.":
                c.setFont("Times-Roman", 6.4)
                c.drawString(x, y + 4, "1")
                x += c.stringWidth("1", "Times-Roman", 6.4)
            x += c.stringWidth(" ", "Times-Roman", 11) * 1.6
    c.save()
    text = _section_texts(path)
    assert "December 2007.\u00b9 The characteristics and line 3" in " ".join(text.split())
    assert "\n\n1\n\n" not in text


def test_a_drop_cap_is_the_first_letter_of_the_top_line_beside_it(tmp_path):
    """A drop cap's box reaches down to the last line it spans: its letter was read into that line
    ("T December 2007") and the lines beside it were taken into its row as sub- and superscripts,
    their words interleaved."""
    path = tmp_path / "dropcap.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 760, "Industry projections")
    lines = ["his release of the Bureau of Labor", "Statistics projections, which are", "published every two years, is the",
             "second since the recession that began in", "December 2007. The characteristics and",
             "impacts of a recession are usually under-", "stood only in retrospect by everyone."]
    c.setFont("Times-Roman", 47.5)
    cap_w = c.stringWidth("T", "Times-Roman", 47.5)
    c.drawString(72, 700 - 13 * 3 + 2, "T")  # its foot near the fourth line's baseline, as printed
    for n, text in enumerate(lines):
        c.setFont("Times-Roman", 11)
        c.drawString(72 + (cap_w if n < 3 else 0), 700 - 13 * n, text)
    c.save()
    text = " ".join(_section_texts(path).split())
    assert "This release of the Bureau of Labor Statistics projections, which are published every two years, " \
           "is the second since the recession that began in December 2007. The characteristics" in text


@pytest.mark.parametrize("folio", ["1", "14"])
def test_a_page_number_on_the_notes_last_line_is_no_text(tmp_path, folio):
    """A one-page sheet prints its page number at the right margin on the baseline of its last note
    line ("**Some payments were made with partners.      1"). A bare number at the foot of the page,
    set apart at the row's outer end and equal to the page's own position in the file, is the page's
    number: the section text does not end with a paragraph "1". A figure at the same place that is not
    the page's number ("14") stays."""
    from reportlab.lib.utils import simpleSplit

    path = tmp_path / "sheet.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(LEFT, H - 70, "Payments to physicians")
    c.setFont(*BODY)
    y = H - 100
    for line in simpleSplit(LOREM + " " + LOREM, BODY[0], BODY[1], W - 2 * LEFT):
        c.drawString(LEFT, y, line)
        y -= 13
    c.setFont("Helvetica", 7)
    c.drawString(LEFT, 44, "*Parentheses indicate the return of a previous payment of transfers of value.")
    c.drawString(LEFT, 36, "**Some payments have been made in conjunction with business partners.")
    c.drawRightString(W - LEFT, 36, folio)
    c.save()
    text = "\n\n".join(s.text or "" for s in flat(extract_sections(path, use_outline=False)))
    assert "business partners." in text, text
    if folio == "1":
        assert text.rstrip().endswith("business partners."), text
    else:
        assert text.rstrip().endswith(folio), text  # not the page's number: kept


def test_a_heading_wrapped_inside_a_table_box_is_one_heading(tmp_path):
    """S44-1: a heading read back out of a "table" (two text columns and a float read as one table
    by the table step) that wraps over two lines — the next line in its style, flush with it, a line
    space under it, alone on its row — is one heading, not one per line ("Safe Referral and" |
    "Solutions"). The box here starts and ends at paragraph ends, so no sentence releases it."""
    path = tmp_path / "wrapped.pdf"
    d = Doc(path)
    titles = ["Regional Overview", "Safe Referral and Solutions", "Local Partners", "Durable Returns"]
    box_top = box_bottom = None
    for title in titles:
        if title.startswith("Safe"):
            d.y -= 10
            d.lines(["Safe Referral and", "Solutions"], font=("Helvetica-Bold", 14), leading=18)
        else:
            d.heading(title, 14)
        d.paragraph(LOREM)
        if title.startswith("Regional"):
            box_top = H - d.y - 1
            d.paragraph(LOREM)
        if title.startswith("Safe"):
            box_bottom = H - d.y
    d.save()
    table = Table(id="p1-t1", page=1, bbox=(LEFT - 2, box_top, W - LEFT + 2, box_bottom), n_rows=3, n_cols=2)
    secs = flat(extract_sections(path, use_outline=False, tables=[table]))
    assert [(s.title, s.level) for s in secs] == [(t, 1) for t in titles]


@pytest.mark.parametrize("size", [9.0, 10.0, 12.0])
@pytest.mark.parametrize("font", ["Times-Roman", "Helvetica"])
def test_a_raised_small_letter_kerned_into_its_word_stays_in_its_line(tmp_path, size, font):
    """A logo set with a raised small letter kerned into the letters around it ("LaTeX": an L, a small
    raised A drawn over the L's shoulder, a T, a lowered E, an X) sits above its line's baseline, so it
    opened a row of its own: every such logo left a paragraph "A" in the section text and cut its
    paragraph in two there ("LTEX es ..."). A small word inside a row's height whose box overlaps a
    word of that row belongs to it."""
    path = tmp_path / "logo.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 740, "What is the system?")
    small = 0.7 * size
    for n in range(6):
        y = 700 - 1.25 * size * n
        c.setFont(font, size)
        if n != 2:
            c.drawString(72, y, f"line {n} of a paragraph of running text that goes on and on here")
            continue
        x = 72
        c.drawString(x, y, "the")
        x += c.stringWidth("the ", font, size)
        c.drawString(x, y, "L")
        x += c.stringWidth("L", font, size) - 0.36 * size
        c.setFont(font, small)
        c.drawString(x, y + 0.21 * size, "A")
        x += c.stringWidth("A", font, small) - 0.15 * size
        c.setFont(font, size)
        c.drawString(x, y, "T")
        x += c.stringWidth("T", font, size) - 0.17 * size
        c.drawString(x, y - 0.22 * size, "E")
        x += c.stringWidth("E", font, size) - 0.12 * size
        c.drawString(x, y, "X")
        x += c.stringWidth("X ", font, size)
        c.drawString(x, y, "system is a set of macros loaded by")
        x += c.stringWidth("system is a set of macros loaded by ", font, size)
        # code in a typewriter face, its feet a little higher than the text's: read into the row the
        # raised letter opened, it left the line as a paragraph of its own
        c.setFont("Courier", size)
        c.drawString(x, y + 0.07 * size, "\\usepackage")
        x += c.stringWidth("\\usepackage ", "Courier", size)
        c.setFont(font, size)
        c.drawString(x, y, "for typesetting")
    c.save()
    text = _section_texts(path)
    assert "\n\nA\n\n" not in f"\n\n{text}\n\n"
    assert "line 1 of a paragraph of running text that goes on and on here the LATEX system is a set of " \
           "macros loaded by \\usepackage for typesetting line 3" in " ".join(text.split())


def test_a_note_marker_is_measured_against_its_lines_own_type(tmp_path):
    """A line holding a file name in a smaller sans ("graphicx.sty") beside its serif text: the sans
    word's foot is a little higher, so it opened the row and the row was measured by it. A raised
    note marker ("Wrapper¹³") was then no smaller than the row and stood as a paragraph "13" cutting
    its paragraph. A row is measured by its words' middle height, top and foot."""
    path = tmp_path / "marker2.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 740, "Obsolete packages")
    for n in range(5):
        y = 700 - 14 * n
        c.setFont("Times-Roman", 11)
        if n != 2:
            c.drawString(72, y, f"line {n} of a paragraph of running text that goes on and on here")
            continue
        x = 72
        c.drawString(x, y, "epsfig is only a wrapper")
        x += c.stringWidth("epsfig is only a wrapper", "Times-Roman", 11)
        c.setFont("Times-Roman", 8)
        c.drawString(x, y + 4, "13")
        x += c.stringWidth("13 ", "Times-Roman", 8) + 2
        c.setFont("Times-Roman", 11)
        c.drawString(x, y, "around")
        x += c.stringWidth("around ", "Times-Roman", 11)
        c.setFont("Helvetica", 9.4)
        c.drawString(x, y, "graphicx.sty")
        x += c.stringWidth("graphicx.sty ", "Helvetica", 9.4)
        c.setFont("Times-Roman", 11)
        c.drawString(x, y, "for old documents")
    c.save()
    text = _section_texts(path)
    assert "\n\n13\n\n" not in f"\n\n{text}\n\n"
    assert "epsfig is only a wrapper\u00b9\u00b3 around graphicx.sty for old documents" in " ".join(text.split())


def test_a_notes_own_number_and_a_spaced_marker_stay_in_their_lines(tmp_path):
    """A footnote's number raised before its text ("¹The Linux Standard Base ...") and a marker set a
    space apart from the words on both its sides ("distributions. ¹ Most") each stood as a paragraph
    "1": raised, they opened rows of their own, and only a marker touching the word before it was
    read back into its line."""
    path = tmp_path / "notes.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 740, "Compatibility")
    for n in range(5):
        y = 700 - 13 * n
        c.setFont("Times-Roman", 10)
        if n != 2:
            c.drawString(72, y, f"line {n} of a paragraph of running text that goes on and on here")
            continue
        c.drawString(72, y, "across Linux distributions.")
        x = 72 + c.stringWidth("across Linux distributions. ", "Times-Roman", 10) + 2
        c.setFont("Times-Roman", 7)
        c.drawString(x, y + 3, "1")
        x += c.stringWidth("1", "Times-Roman", 7) + 5
        c.setFont("Times-Roman", 10)
        c.drawString(x, y, "Most products run as well")
    c.setFont("Times-Roman", 6)
    c.drawString(72, 100 + 2.5, "1")
    c.setFont("Times-Roman", 8)
    c.drawString(72 + c.stringWidth("1", "Times-Roman", 6) + 0.5, 100, "The Linux Standard Base is a specification.")
    c.save()
    text = _section_texts(path)
    assert "\n\n1\n\n" not in f"\n\n{text}\n\n"
    flat_text = " ".join(text.split())
    assert "across Linux distributions. \u00b9 Most products run as well line 3" in flat_text
    assert "\u00b9The Linux Standard Base is a specification." in flat_text
