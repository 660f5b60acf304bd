"""Table extraction on PDFs the tests draw themselves (reportlab), one layout feature per test."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from app.extract.tables import extract_area, extract_tables

FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"


def canvas(path: Path, size=(595, 842)):
    from reportlab.pdfgen import canvas as rl_canvas

    return rl_canvas.Canvas(str(path), pagesize=size, invariant=1)


def page_of(path: Path, number: int = 1):
    pdf = pdfplumber.open(path)
    return pdf, pdf.pages[number - 1]


def grid(table) -> list[list[str]]:
    return table.text_grid()


def draw_rows(c, rows, x_cols, y, leading=14, font="Helvetica", size=9, align=None):
    """Draw rows of text; numbers right-aligned at their column's right edge."""
    for row in rows:
        for k, text in enumerate(row):
            if not text:
                continue
            c.setFont(font, size)
            if align and align[k] == "r":
                c.drawRightString(x_cols[k], y, text)
            else:
                c.drawString(x_cols[k], y, text)
        y -= leading
    return y


# --------------------------------------------------------------------------------------- borderless


@pytest.fixture(scope="module")
def borderless_pdf(tmp_path_factory) -> Path:
    """A designed borderless table: a title, two header rows with a spanning group heading, wrapped
    country names (numbers on the last line, or on the first line), dot leaders, "-", a total row;
    a paragraph of prose above and below."""
    path = tmp_path_factory.mktemp("tables") / "borderless.pdf"
    c = canvas(path)
    c.setFont("Helvetica", 10)
    y = 800
    for line in ("The region's appeal covers migrants, displaced persons and host communities in seven",
                 "countries. The table below gives the requirements by objective for the coming year."):
        c.drawString(50, y, line)
        y -= 13
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, 745, "East Africa: funding requirements (USD)")
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(350, 720, "Objectives")  # centred over both objectives
    c.setLineWidth(0.5)
    c.line(280, 716, 420, 716)
    c.drawRightString(330, 706, "Objective 1")
    c.drawRightString(420, 706, "Objective 2")
    c.drawRightString(510, 706, "Total")
    x = [50, 330, 420, 510]
    al = ["l", "r", "r", "r"]
    y = 688
    c.setFont("Helvetica", 9)
    y = draw_rows(c, [["Kenya", "700,000", "300,000", "1,000,000"],
                      ["Somalia", "-", "2,500,000", "2,500,000"]], x, y, align=al)
    # wrapped name, numbers on the last line (closer line spacing inside the cell)
    c.drawString(50, y, "United")
    c.drawString(50, y - 10, "Republic of")
    draw_rows(c, [["Tanzania", "1,200,000", "800,000", "2,000,000"]], x, y - 20, align=al)
    y -= 34
    # dot leaders after a name
    c.drawString(50, y, "Djibouti . . . . . . . . . . . . . .")
    c.drawRightString(330, y, "150,000")
    c.drawRightString(420, y, "-")
    c.drawRightString(510, y, "150,000")
    y -= 14
    c.setFont("Helvetica-Bold", 9)
    draw_rows(c, [["Total", "2,050,000", "3,600,000", "5,650,000"]], x, y, align=al, font="Helvetica-Bold")
    c.setFont("Helvetica", 10)
    y -= 40
    for line in ("Requirements are indicative and will be revised when the plan is updated in the middle",
                 "of the year, in consultation with the governments and partners concerned."):
        c.drawString(50, y, line)
        y -= 13
    c.showPage()
    c.save()
    return path


def test_borderless_table_cells_exact(borderless_pdf):
    pdf, page = page_of(borderless_pdf)
    with pdf:
        tables = extract_tables(page, 1)
    assert len(tables) == 1, [t.text_grid() for t in tables]
    t = tables[0]
    assert t.title == "East Africa: funding requirements (USD)"
    assert t.method == "borderless"
    assert t.header_rows == 2
    assert (t.n_rows, t.n_cols) == (7, 4)
    assert grid(t)[2:] == [
        ["Kenya", "700,000", "300,000", "1,000,000"],
        ["Somalia", "-", "2,500,000", "2,500,000"],
        ["United Republic of Tanzania", "1,200,000", "800,000", "2,000,000"],
        ["Djibouti", "150,000", "-", "150,000"],
        ["Total", "2,050,000", "3,600,000", "5,650,000"],
    ]
    heading = t.anchor(0, 1)
    assert heading.text == "Objectives" and heading.col_span == 2
    assert [t.anchor(1, c).text for c in (1, 2)] == ["Objective 1", "Objective 2"]
    total = t.anchor(0, 3)  # no heading above it: it spans both header rows
    assert total.text == "Total" and total.row_span == 2
    values = {c.text: c.value for c in t.cells}
    assert values["2,500,000"] == 2500000 and values["-"] is None
    assert t.total_rows == [6]
    # the prose above and below is not part of the table
    assert all("appeal" not in c.text and "indicative" not in c.text for c in t.cells)


# -------------------------------------------------------------------------------------------- ruled


@pytest.fixture(scope="module")
def ruled_pdf(tmp_path_factory) -> Path:
    """A full grid with a cell spanning two columns and a cell spanning two rows."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet

    path = tmp_path_factory.mktemp("tables") / "ruled.pdf"
    rows = [
        ["Objective", "Sector", "People", "Funding"],
        ["Objective 1: save lives", "Health", "260,000", "7,800,000"],
        ["", "Shelter", "150,000", "8,300,000"],
        ["Objective 2: solutions", "Durable solutions", "40,000", "4,500,000"],
        ["Total", "", "450,000", "20,600,000"],
    ]
    table = Table(rows)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("SPAN", (0, 1), (0, 2)),
        ("SPAN", (0, 4), (1, 4)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    styles = getSampleStyleSheet()
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(
        [Paragraph("Funding by sector (USD)", styles["Heading3"]), Spacer(1, 6), table]
    )
    return path


def test_ruled_table_with_spans(ruled_pdf):
    pdf, page = page_of(ruled_pdf)
    with pdf:
        (t,) = extract_tables(page, 1)
    assert t.method == "ruled" and (t.n_rows, t.n_cols) == (5, 4)
    assert t.title == "Funding by sector (USD)"
    spanning = t.anchor(1, 0)
    assert spanning.text == "Objective 1: save lives" and spanning.row_span == 2
    total = t.anchor(4, 0)
    assert total.text == "Total" and total.col_span == 2
    assert t.anchor(2, 1).text == "Shelter" and t.anchor(2, 3).value == 8300000
    assert t.header_rows == 1 and t.total_rows == [4]


def test_area_extraction_ruled_borderless_and_columns(ruled_pdf):
    pdf, page = page_of(ruled_pdf)
    with pdf:
        (found,) = extract_tables(page, 1)
        ruled = extract_area(page, found.bbox, method="ruled", page_number=1)
        assert ruled.method == "manual" and ruled.bbox == found.bbox
        assert ruled.text_grid() == found.text_grid()
        text = extract_area(page, found.bbox, method="borderless", page_number=1)
        assert text.n_cols == 4 and {"Health", "Shelter", "20,600,000"} <= {c.text for c in text.cells}
        # the user's own column positions: two columns, split between "Sector" and "People"
        x_split = found.columns[2] - 1
        two = extract_area(page, found.bbox, columns=[x_split], page_number=1)
        assert two.n_cols == 2 and two.columns[1] == round(x_split, 2)
        assert any(c.col == 1 and "260,000" in c.text for c in two.cells)
        with pytest.raises(ValueError):
            extract_area(page, found.bbox, method="guess")


# ---------------------------------------------------------------------------- page with several tables


@pytest.fixture(scope="module")
def two_column_pdf(tmp_path_factory) -> Path:
    """Two-column body text with a small table in the right column, and a second table below."""
    path = tmp_path_factory.mktemp("tables") / "twocol.pdf"
    c = canvas(path)
    words = ("migration governance partners support communities return reintegration "
             "protection assistance durable solutions").split()
    y = 800
    for i in range(28):
        line = " ".join(words[(i + k) % len(words)] for k in range(5))
        c.setFont("Times-Roman", 10)
        c.drawString(50, y, line.capitalize() + ",")
        if i < 12:
            c.drawString(310, y, line.capitalize() + ".")
        y -= 12
    c.setFont("Helvetica", 9)
    ty = 640
    for row in (["Year", "Arrivals", "Returns"], ["2015", "12,400", "1,050"], ["2016", "9,870", "2,310"],
                ["2017", "7,120", "3,480"]):
        c.drawString(310, ty, row[0])
        c.drawRightString(460, ty, row[1])
        c.drawRightString(545, ty, row[2])
        ty -= 13
    y = 440
    for row in (["Country", "Staff", "Offices", "Budget"], ["Chad", "120", "4", "12.5"],
                ["Niger", "98", "3", "9.75"], ["Mali", "143", "6", "15.0"]):
        c.drawString(50, y, row[0])
        for k, x in enumerate((250, 350, 450)):
            c.drawRightString(x, y, row[k + 1])
        y -= 13
    c.showPage()
    c.save()
    return path


def test_tables_beside_two_column_text(two_column_pdf):
    pdf, page = page_of(two_column_pdf)
    with pdf:
        tables = extract_tables(page, 1)
    grids = [t.text_grid() for t in tables]
    assert len(tables) == 2, grids
    small, big = tables
    assert small.text_grid() == [["Year", "Arrivals", "Returns"], ["2015", "12,400", "1,050"],
                                 ["2016", "9,870", "2,310"], ["2017", "7,120", "3,480"]]
    assert small.bbox[0] > 300  # the right column only
    assert big.text_grid()[0] == ["Country", "Staff", "Offices", "Budget"]
    assert big.anchor(2, 3).value == 9.75
    assert [t.id for t in tables] == ["p1-t1", "p1-t2"]


# ---------------------------------------------------------------------------------- notes and values


def test_superscript_note_and_number_forms(tmp_path):
    path = tmp_path / "notes.pdf"
    c = canvas(path)
    rows = [("Item", "Amount", "Change"), ("Shelter", "12,500,000", "(1,200)"), ("Health", "3,000,000", "-4.5%"),
            ("Cash", "US$ 750,000", "12.5%"), ("Other", "n/a", "—")]
    y = 700
    for row in rows:
        c.setFont("Helvetica", 10)
        c.drawString(60, y, row[0])
        c.drawRightString(260, y, row[1])
        c.drawRightString(360, y, row[2])
        if row[0] == "Shelter":
            c.setFont("Helvetica", 6)
            c.drawString(261, y + 4, "1")  # a footnote marker, small and raised
        y -= 16
    c.setFont("Helvetica", 8)
    c.drawString(60, y - 4, "1 Includes the winterization programme.")
    c.showPage()
    c.save()
    pdf, page = page_of(path)
    with pdf:
        (t,) = extract_tables(page, 1)
    cells = {(c.row, c.col): c for c in t.cells}
    shelter = cells[(1, 1)]
    assert shelter.text == "12,500,000¹" and shelter.value == 12500000 and shelter.note == "1"
    assert cells[(1, 2)].value == -1200
    assert cells[(2, 2)].value == -4.5
    assert cells[(3, 1)].value == 750000
    assert cells[(3, 2)].value == 12.5
    assert cells[(4, 1)].value is None and cells[(4, 2)].value is None
    assert t.caption.startswith("1 Includes")


def test_space_thousands_separator_stays_one_number(tmp_path):
    path = tmp_path / "spaces.pdf"
    c = canvas(path)
    c.setFont("Helvetica", 10)
    y = 700
    for row in (("Pays", "2000", "2002"), ("France", "15 455", "13 951"), ("Belgique", "1 035 190", "44 307"),
                ("Suisse", "20 527", "20 922")):
        c.drawString(60, y, row[0])
        c.drawRightString(250, y, row[1])
        c.drawRightString(340, y, row[2])
        y -= 15
    c.showPage()
    c.save()
    pdf, page = page_of(path)
    with pdf:
        (t,) = extract_tables(page, 1)
    assert t.n_cols == 3
    assert t.anchor(2, 1).text == "1 035 190" and t.anchor(2, 1).value == 1035190


# ------------------------------------------------------------------------------- rotation and scripts


@pytest.fixture(scope="module")
def sideways_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tables") / "sideways.pdf"
    c = canvas(path)
    c.saveState()
    c.translate(300, 100)
    c.rotate(90)  # text runs upwards
    y = 0
    for row in (("Region", "Staff", "Budget"), ("Africa", "1,200", "45.5"), ("Asia", "980", "38.0"),
                ("Europe", "450", "12.25")):
        c.setFont("Helvetica", 10)
        c.drawString(0, y, row[0])
        c.drawRightString(200, y, row[1])
        c.drawRightString(300, y, row[2])
        y -= 16
    c.restoreState()
    c.showPage()
    c.save()
    return path


def test_sideways_table(sideways_pdf):
    pdf, page = page_of(sideways_pdf)
    with pdf:
        (t,) = extract_tables(page, 1)
    assert t.text_grid() == [["Region", "Staff", "Budget"], ["Africa", "1,200", "45.5"], ["Asia", "980", "38.0"],
                             ["Europe", "450", "12.25"]]
    x0, top, x1, bottom = t.bbox
    # in the page's frame: a tall, narrow box right of x=290, running up from y=742
    assert 285 <= x0 and x1 <= 355 and 435 <= top and bottom <= 745 and (bottom - top) > (x1 - x0)


def test_rotated_page(sideways_pdf, tmp_path):
    """The same table on a page whose /Rotate turns it upright for the reader."""
    raw = sideways_pdf.read_bytes()
    rotated = tmp_path / "rotated.pdf"
    marker = b"/Type /Page\n"
    if marker not in raw:
        marker = b"/Type /Page "
    assert marker in raw
    rotated.write_bytes(raw.replace(marker, marker.rstrip() + b" /Rotate 90" + marker[-1:], 1))
    pdf, page = page_of(rotated)
    with pdf:
        assert page.rotation == 90
        (t,) = extract_tables(page, 1)
        assert t.text_grid()[1] == ["Africa", "1,200", "45.5"]
        x0, top, x1, bottom = t.bbox
        assert 0 <= x0 < x1 <= page.width and 0 <= top < bottom <= page.height
        assert (x1 - x0) > (bottom - top)  # upright for the reader: wide, not tall


def test_right_to_left_text_in_logical_order(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("NotoArabic", str(FONTS / "NotoSansArabic-Regular.ttf")))
    path = tmp_path / "rtl.pdf"
    c = canvas(path)
    rows = [("البلد", "المبلغ"), ("كينيا", "1,200"), ("الصومال", "3,400"), ("المجموع", "4,600")]
    y = 700
    for name, amount in rows:
        # a PDF stores right-to-left text as placed: letters left to right in visual order
        c.setFont("NotoArabic", 12)
        c.drawRightString(400, y, name[::-1])
        if amount[0].isdigit():
            c.setFont("Helvetica", 11)
            c.drawRightString(200, y, amount)
        else:
            c.drawRightString(200, y, amount[::-1])
        y -= 20
    c.showPage()
    c.save()
    pdf, page = page_of(path)
    with pdf:
        (t,) = extract_tables(page, 1)
    assert t.text_grid() == [["المبلغ", "البلد"], ["1,200", "كينيا"], ["3,400", "الصومال"], ["4,600", "المجموع"]]
    assert t.header_rows == 1 and t.anchor(1, 0).value == 1200


# ------------------------------------------------------------------------------------ not tables


def test_chart_and_prose_are_not_tables(tmp_path):
    from reportlab.graphics import renderPDF
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing

    path = tmp_path / "chart.pdf"
    c = canvas(path)
    d = Drawing(400, 250)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 50, 50, 300, 160
    chart.data = [(13, 5, 20, 22, 37, 45), (14, 6, 21, 23, 38, 46)]
    chart.categoryAxis.categoryNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 50, 10
    d.add(chart)
    renderPDF.draw(d, c, 60, 500)
    c.setFont("Times-Roman", 11)
    y = 450
    for k in range(10):
        c.drawString(60, y, "This paragraph describes the programme and its partners in plain prose, "
                            f"line {k + 1}.")
        y -= 14
    c.showPage()
    c.save()
    pdf, page = page_of(path)
    with pdf:
        assert extract_tables(page, 1) == []


def test_contents_page_is_not_a_table(tmp_path):
    path = tmp_path / "toc.pdf"
    c = canvas(path)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 780, "Contents")
    c.setFont("Helvetica", 10)
    y = 750
    for k, (title, page) in enumerate([("Foreword", 3), ("Global response", 4), ("Funding requirements", 7),
                                       ("East and Horn of Africa", 8), ("Southern Africa", 10),
                                       ("Asia and the Pacific", 14)]):
        c.drawString(60, y, title + " " + ". " * 20)
        c.drawRightString(520, y, str(page))
        y -= 18
    c.showPage()
    c.save()
    pdf, page = page_of(path)
    with pdf:
        assert extract_tables(page, 1) == []


def test_empty_and_textless_pages(tmp_path):
    path = tmp_path / "empty.pdf"
    c = canvas(path)
    c.rect(100, 100, 200, 200)
    c.showPage()
    c.save()
    pdf, page = page_of(path)
    with pdf:
        assert extract_tables(page, 1) == []
        assert extract_area(page, (0, 0, 300, 300)).n_rows == 0


@pytest.mark.parametrize("caption, source", [
    ("Table 2: Funding requirements by sector", "Source: IOM, 2024."),
    ("Tableau 2 : Besoins de financement par secteur", "Source : OIM, 2024."),
    ("Cuadro 2: Necesidades de financiación por sector", "Fuente: OIM, 2024."),
    ("Gráfico 2. Necesidades por sector", "Notas: cifras en USD."),
    ("Anexo 2. Necesidades por sector", "Nota: cifras en USD."),
])
def test_captions_and_sources_in_the_users_languages(tmp_path, caption, source):
    # a plain (not bold, body size) caption line is the title only by its opening word; a source
    # line only by its own: both in English, French and Spanish
    path = tmp_path / "caption.pdf"
    c = canvas(path)
    c.setFont("Helvetica", 10)
    c.drawString(60, 720, caption)
    y = 700
    for row in [("Sector", "2024", "2025"), ("Shelter", "1,200", "1,350"), ("Health", "900", "1,020"),
                ("Protection", "640", "700")]:
        c.drawString(60, y, row[0])
        c.drawRightString(260, y, row[1])
        c.drawRightString(340, y, row[2])
        y -= 16
    c.drawString(60, y - 2, source)
    c.showPage()
    c.save()
    pdf, page = page_of(path)
    with pdf:
        (t,) = extract_tables(page, 1)
    assert t.title == caption
    assert t.caption == source
    assert t.n_rows == 4
