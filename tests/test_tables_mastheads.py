"""Tables in a rounded box on a framed sheet, tables under a masthead (docs/extraction.md, "Tables
dropped as figures; mastheads", rules 320-)."""

from __future__ import annotations

import random

import pytest

from app.extract.tables import extract_tables
from app.source.pagesource import open_pages

_BRANDS = ["Kruger", "Stine", "Wensman", "Hefty", "Dyna-Gro", "LG Seeds", "Titan Pro", "Asgrow",
           "Prairie Brand", "Channel", "Anderson", "Dairyland", "Gold Country", "Trelay", "NK Brand"]
_TRAITS = ["Ac,PV", "CMB", "Ac", "I", "None", "Am"]


def _trial_sheet(path, seed: int, rows: int = 40, copies: int = 5) -> list[list[str]]:
    """A results sheet drawn like a seed trial's report: a sheet frame (thin upright bars at its two
    sides), punch-hole circles in the frame's margins beside the text, a table of ``rows`` rows in a
    box with rounded corners (drawn twice, as the producer draws a thick stroke: two fills), white
    masks on its corners, zebra bands of three rows, arrows beside a heading; the producer draws
    each circle and arrow ``copies`` times over. Returns the table's body rows."""
    from reportlab.pdfgen import canvas as rl_canvas

    rng = random.Random(f"trial-sheet-{seed}")
    c = rl_canvas.Canvas(str(path), pagesize=(612, 792), invariant=1)
    size, pitch = 8, 9.4
    left, right = 80.5, 540.5
    xs = [84, 153, 229, 272, 298, 326]  # left-aligned columns
    rs = [389, 424, 453, 492, 530]  # right-aligned columns
    head_top = 792 - 212
    box_top = head_top - 2 * pitch - 2
    box_bottom = box_top - rows * pitch - 4
    # masthead lines well above the frame (the sheet's title and its field block)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(64, 792 - 120, "2012 BETTER VARIETIES Harvest Report for Minnesota Central")
    c.setFont("Helvetica", 8)
    for k, (a, b) in enumerate([("PREV. CROP/HERB:", "Corn / Surpass, Roundup"),
                                ("SOIL DESCRIPTION:", "Canisteo clay loam, mod. well drained"),
                                ("SEEDED - RATE:", "May 15     140,000 /A")]):
        c.drawString(64, 792 - 150 - 11 * k, a)
        c.drawString(190, 792 - 150 - 11 * k, b)
    # the sheet's frame: thin bars stacked down both sides, a rule over and under it
    frame_top, frame_bottom = 792 - 204, box_bottom - 40
    c.setFillColorRGB(0, 0, 0)
    y = frame_top
    while y - 24.4 > frame_bottom:
        for x in (64, 557):
            c.rect(x, y - 24.4, 0.3, 24.4, stroke=0, fill=1)
        y -= 24.4
    for yy in (frame_top, frame_bottom):
        c.rect(64, yy, 493, 0.4, stroke=0, fill=1)
    # punch holes in the margins between the frame and the text
    y = frame_top - 10
    while y > frame_bottom + 5:
        for x in (72.3, 549.5):
            for _ in range(copies):
                c.circle(x, y, 4.2, stroke=1, fill=0)
        y -= 37.7
    # zebra bands of three rows, in three pieces across (the column groups' shading)
    c.setFillColorRGB(0.8, 0.9, 1.0)
    for k in range(0, rows, 6):
        top = box_top - 2 - (k + 3) * pitch
        n = min(3, rows - k - 3)
        if n > 0:
            for x0, x1 in ((81, 361), (361, 398), (398, 540)):
                c.rect(x0, top - n * pitch, x1 - x0, n * pitch, stroke=0, fill=1)
    # the rounded box, drawn twice
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.4)
    for d in (0.0, 0.4):
        c.roundRect(left + d, box_bottom + d, right - left - 2 * d, box_top - box_bottom - 2 * d, 5, stroke=1, fill=0)
    # white masks on the four corners (outside the arcs)
    c.setFillColorRGB(1, 1, 1)
    for x, y0, sx, sy in ((left, box_bottom, 1, 1), (right, box_bottom, -1, 1), (left, box_top, 1, -1),
                          (right, box_top, -1, -1)):
        p = c.beginPath()
        p.moveTo(x, y0)
        p.lineTo(x + 6 * sx, y0)
        p.lineTo(x + 1.5 * sx, y0 + 1.5 * sy)
        p.lineTo(x, y0 + 6 * sy)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    # the header (two lines) over the box, arrows beside "Yield"
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 7)
    heads1 = ["", "", "", "", "SCN", "Seed"]
    heads2 = ["Company/Brand", "Product/Brand", "Technol.", "Mat.", "Resist.", "Trmt."]
    for x, a, b in zip(xs, heads1, heads2):
        if a:
            c.drawString(x, head_top, a)
        c.drawString(x, head_top - pitch, b)
    for x, a, b in zip(rs, ["Yield", "Moisture", "Lodging", "Stand", "Gross"], ["Bu/A", "%", "%", "(x 1000)", "Income"]):
        c.drawRightString(x, head_top, a)
        c.drawRightString(x, head_top - pitch, b)
    for x in (364.5, 393.5):
        for _ in range(copies):
            p = c.beginPath()
            p.moveTo(x - 2.5, head_top - 4)
            p.lineTo(x + 2.5, head_top - 4)
            p.lineTo(x, head_top - 7.5)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
    body = []
    c.setFont("Helvetica", size)
    for k in range(rows):
        y = box_top - 2 - (k + 1) * pitch + 2
        row = [rng.choice(_BRANDS), f"{rng.choice('KSWH')}{rng.randint(1, 9)}-{rng.randint(1000, 2999)}", "RR2Y",
               f"{rng.randint(14, 21) / 10:.1f}", rng.choice(["R", "MR"]), rng.choice(_TRAITS),
               f"{rng.randint(480, 565) / 10:.1f}", f"{rng.randint(75, 82) / 10:.1f}", "0",
               f"{rng.randint(1100, 1280) / 10:.1f}", f"${rng.randint(700, 850)}"]
        for x, text in zip(xs, row):
            c.drawString(x, y, text)
        for x, text in zip(rs, row[6:]):
            c.drawRightString(x, y, text)
        body.append(row)
    c.setFont("Helvetica", 7)
    c.drawRightString(355, box_bottom - 10, "Test Average =")
    for x, text in zip(rs, ["47.6", "7.7", "0", "122.9", "$713"]):
        c.drawRightString(x, box_bottom - 10, text)
    c.drawString(64, frame_bottom - 20, "TEST COMMENTS: Planting conditions were very good here.")
    c.showPage()
    c.save()
    return body


def _tables(path, source: str):
    with open_pages(path, source=source) as pages:
        return [t for n, page in pages for t in extract_tables(page, n)]


@pytest.mark.parametrize("source", ["pdfium", "pdfminer"])
@pytest.mark.parametrize("seed", range(3))
def test_a_table_in_a_rounded_box_on_a_framed_sheet_is_no_figure(tmp_path, seed, source):
    """Rules 320-323: a results table in a box with rounded corners, zebra bands of three rows, on a
    sheet with a drawn frame and punch holes in its margins, was dropped as a chart ("slanted"): the
    box's corner arcs, the white masks on its corners, the circles in the margin (its region grown
    to the frame's bars) and an arrow drawn five times over all counted as a chart's slanted lines."""
    path = tmp_path / f"trial{seed}.pdf"
    body = _trial_sheet(path, seed)
    tables = _tables(path, source)
    found = [t for t in tables if sum(1 for row in t.text_grid() if row[:1] and row[0] in _BRANDS) >= 0.9 * len(body)]
    assert len(found) == 1
    grid = found[0].text_grid()
    assert [row for row in grid if row[-1:] and row[-1].startswith("$")][:len(body)] == body


# ------------------------------------------------------------------------------------ generator 13

from tests.test_tables_generated import _check_rendered, _draw, _rows, _scores  # noqa: E402
from tools.docgen import tables as gen  # noqa: E402


def test_generator_13_appends_its_families_and_keeps_every_planned_page(tmp_path):
    """Generator 13 is a round of new seeds after every earlier document (the earlier plan is a
    prefix of the new one); its pages keep their planned tables, the masthead is in no table's truth
    and the framed sheet's table has zebra bands of two or three rows and a rounded box."""
    planned = gen.plan(engines_=["reportlab", "chromium", "libreoffice"])
    thirteenth = [p for p in planned if p[0] in gen.THIRTEENTH_FAMILIES]
    first = planned.index(thirteenth[0])
    assert all(p[0] not in gen.THIRTEENTH_FAMILIES for p in planned[:first])
    assert planned[first:first + len(thirteenth)] == thirteenth
    assert {p[0] for p in thirteenth} == set(gen.THIRTEENTH_FAMILIES)
    assert first == 1881 and thirteenth[0][2] == 1882
    for family in gen.THIRTEENTH_FAMILIES:
        for f, e, seed in [p for p in thirteenth if p[0] == family][:2]:
            doc = gen.build_doc(f, e, seed)
            for blocks, tables in zip(doc.pages, doc.tables_by_page()):
                assert len(tables) == 1 and blocks[0].kind == "masthead"
                truth = {c[4] for c in tables[0].truth()["cells"]}
                assert blocks[0].text not in truth and not truth & {x for pair in blocks[0].pairs for x in pair if x}
                if family == "framed":
                    assert tables[0].style["zebra_run"] in (2, 3) and tables[0].style["round_box"]
            _check_rendered(doc, tmp_path)


def _masthead_page(seed: int, keep) -> list[gen.Block]:
    for k in range(200):
        page = gen.fam_masthead(random.Random(f"masthead-{seed}-{k}"))[0]
        if keep(page):
            return page
    raise AssertionError("no such page")


@pytest.mark.parametrize("seed", [0, 1, 4, 6, 7, 8])
def test_a_masthead_straight_over_a_table_is_no_part_of_it(tmp_path, seed):
    """Rule 325: a report sheet's masthead (a logo word and the agency's name in large type, lines
    of date and period with a part set flush right) straight over a table narrower than the page,
    with little gap: its lines were read as the table's first rows (the name and the date as
    headings over the columns). Seeds 1, 4, 6 and 7 fail before; seeds 2, 3 and 5 of the same
    drawing (a table as wide as the page, its masthead's right parts over its last column; a
    one-phrase date line left between the cut and the header) are rules 372-378's
    (`tests/test_tables_s44b.py`)."""
    page = _masthead_page(seed, lambda p: p[1].table.n_cols <= 4 if seed % 2 else any(r for _l, r in p[0].pairs))
    doc, pdf = _draw(tmp_path, f"mh{seed}", [page], font=["LiberationSans", "DejaVuSans", "LiberationSerif",
                                                           "Helvetica"][seed % 4], size=[8, 9, 10][seed % 3])
    scores = _scores(doc, pdf)
    exact, rows = _rows(scores)
    assert exact == rows and all(s["n_pred"] == 1 for s in scores)
    (found,) = _tables(pdf, "pdfminer")
    assert found.n_rows == page[1].table.n_rows  # no line of the masthead over its header


@pytest.mark.parametrize("source", ["pdfium", "pdfminer"])
def test_every_framed_sheet_keeps_its_table(tmp_path, source):
    """Rules 320-323 on generator 13's framed sheets (two documents, three pages each): every page's
    table is found, none dropped as a chart."""
    planned = [p for p in gen.plan(engines_=["reportlab", "chromium", "libreoffice"]) if p[0] == "framed"][:2]
    for f, e, seed in planned:
        doc = gen.build_doc(f, e, seed)
        pdf = gen.render_reportlab(doc, tmp_path / f"{doc.name}.pdf")
        with open_pages(pdf, source=source) as pages:
            found = [extract_tables(page, n) for n, page in pages]
        assert all(len(ts) == 1 and ts[0].n_rows >= 10 for ts in found)
