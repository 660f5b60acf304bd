"""PDF exporter: read back with pdfplumber/pdfium — numbers, totals, bookmarks, contents, footers,
metadata, escaping, Unicode fonts (no missing glyphs), wide and long tables."""

from __future__ import annotations

import unicodedata

import pdfplumber
import pypdfium2 as pdfium
import pytest

from app.project import ops
from app.document.model import DocumentData, Section, SourceDocument, Table
from app.document.numbers import parse_number
from app.packs.pack import PackDefinition, PackMetadata, build_pack
from app.packs.selection import TOTAL_OF_SELECTED, Filters
from exporters.common import display_text
from exporters.fonts import font_file
from exporters.pdf import PdfExporter
from tests.data import load_document


@pytest.fixture
def docs():
    return [load_document("appeal"), load_document("crp")]


def export(pack, path, **options):
    PdfExporter().export(pack, path, options)
    return path


def page_lines(pdf):
    return [[" ".join(line.split()) for line in (page.extract_text() or "").splitlines()] for page in pdf.pages]


def outline(path):
    doc = pdfium.PdfDocument(str(path))
    try:
        return [(item.level, item.get_title(), item.get_dest().get_index()) for item in doc.get_toc()]
    finally:
        doc.close()


@pytest.mark.parametrize("filters", [Filters(countries=["SOM", "KEN"]), Filters(regions=["west-and-central-africa"])],
                         ids=["countries", "region"])
def test_round_trip_numbers_and_totals(docs, tmp_path, filters):
    ops.apply(docs[0], {"op": "set_cell", "table": "p6-t1", "row": 4, "col": 2, "text": "7,450,000"})
    pack = build_pack(docs, PackDefinition(filters=filters, metadata=PackMetadata(title="Round trip")))
    path = export(pack, tmp_path / "pack.pdf")
    by_id = {t.id: t for d in docs for t in d.tables}
    with pdfplumber.open(path) as pdf:
        lines = [line for page in page_lines(pdf) for line in page]
    text = "\n".join(lines)
    checked = 0
    for block in pack.tables():
        source = by_id[block.key.rsplit(":", 1)[1]]
        for vrow in block.view.rows:
            shown = [display_text(c) for c in vrow.cells if c.anchor and (c.text or c.value is not None)]
            line = " ".join(shown)
            assert line in lines, f"row not found as printed: {line!r}"
            for k, c in enumerate(block.view.columns):
                cell = vrow.cells[k]
                if cell.value is None:
                    continue
                printed = parse_number(display_text(cell)).value
                if vrow.source_row is not None:
                    assert printed == source.cell_at(vrow.source_row, c).value
                    checked += 1
                else:
                    data_rows = [r.source_row for r in block.view.rows if r.kind == "data"]
                    assert printed == sum(source.cell_at(r, c).value or 0 for r in data_rows)
                    checked += 1
    assert checked > 10
    total_lines = [line for line in lines if line.startswith(TOTAL_OF_SELECTED)]
    if filters.countries:
        assert len(total_lines) == 1
        assert "7,450,000" in text and "7,350,000" not in text  # the corrected number only
    else:
        assert total_lines == []  # whole tables keep the source's own total rows
        assert any(line.startswith("Total 34,600,000") for line in lines)


def test_bookmarks_contents_footers_and_metadata(docs, tmp_path):
    meta = PackMetadata(title="Somalia and Kenya", audience="ECHO", prepared_by="IOM Somalia", date="2025-03-04",
                        subject="Funding briefing")
    pack = build_pack(docs, PackDefinition(filters=Filters(countries=["SOM", "KEN"]), metadata=meta))
    path = export(pack, tmp_path / "pack.pdf")
    marks = outline(path)
    titles = [t for _, t, _ in marks]
    expected = ["Contents", "Key figures", pack.block("chart").title] + [
        b.title for b in pack.blocks if b.kind in ("heading", "document")] + ["Sources"]
    assert titles == expected
    levels = {t: lvl for lvl, t, _ in marks}
    assert levels["Regional Migration Appeal 2025"] == 0
    assert levels["East and Horn of Africa"] == 1 and levels["Somalia"] == 2
    with pdfplumber.open(path) as pdf:
        n = len(pdf.pages)
        lines = page_lines(pdf)
        for i, page_lines_ in enumerate(lines, start=1):
            assert any(f"Page {i} of {n}" in line for line in page_lines_), i
        # contents: every heading with the page its bookmark points to
        contents = next(p for p in lines if "Contents" in p[:3])
        for level, title, page_index in marks:
            if title == "Contents" or level > 2:
                continue
            assert any(line.startswith(title) and line.endswith(f" {page_index + 1}") for line in contents), title
        info = pdf.metadata
        assert info["Title"] == "Somalia and Kenya"
        assert info["Author"] == "IOM Somalia"
        assert info["Subject"] == "Funding briefing"
        assert info["Creator"] == "Briefing Builder"
        cover = " ".join(lines[0])
        for text in ("Somalia and Kenya", "Prepared for ECHO", "4 March 2025", "IOM Somalia"):
            assert text in cover


def test_markup_in_source_text_appears_literally(docs, tmp_path):
    appeal = docs[0]
    appeal.section("s-som").text = "Costs <b>rose</b> & fell; a<b; <font size=40>big</font> &amp; done"
    appeal.section("s-som").title = "Somalia <i>&</i> co"
    ops.apply(appeal, {"op": "set_cell", "table": "p8-t1", "row": 1, "col": 0, "text": "<script>x</script> & <br/>"})
    pack = build_pack(docs, PackDefinition(filters=Filters(countries=["SOM"]), metadata=PackMetadata(title="A <b> & C")))
    path = export(pack, tmp_path / "markup.pdf")
    with pdfplumber.open(path) as pdf:
        text = " ".join(" ".join(line) for line in page_lines(pdf))
    assert "Costs <b>rose</b> & fell; a<b; <font size=40>big</font> &amp; done" in text
    assert "Somalia <i>&</i> co" in text
    assert "<script>x</script> & <br/>" in text
    assert "A <b> & C" in text
    assert "Somalia <i>&</i> co" in [t for _, t, _ in outline(path)]


SAMPLES = {
    "latin": "Côte d’Ivoire, São Tomé, Curaçao, Türkiye, Łódź, Ærø, Ñuñoa",
    "arabic": "الصومال واليمن",
    "cyrillic": "Україна, Кыргызстан, Беларусь",
    "greek": "Ελλάδα και Κύπρος",
    "vietnamese": "Việt Nam: Hà Nội, Đà Nẵng, Huế",
    # list bullets and a matrix's marks, as sources print them (Word's bullets, status ticks)
    "symbols": "• Item ▪ item ◦ item ➢ item ❖ item ✓ done ✔ ✗ ■ ● ○ ◆ □ ▲ ▼",
}


def test_unicode_text_renders_with_glyphs_for_every_character(tmp_path):
    from reportlab.pdfbase.ttfonts import TTFont

    doc = SourceDocument(path="u.pdf", sha256="f" * 64, pages=1, title="Scripts")
    sections = [Section(f"s-{k}", f"{k.title()}: {v}", 1, 1, 1, text=v) for k, v in SAMPLES.items()]
    table = Table.from_rows([["Name", "Value"]] + [[v, "1"] for v in SAMPLES.values()], id="t", header_rows=1,
                            section="s-latin")
    pack = build_pack([DocumentData(doc, tables=[table], sections=sections)], PackDefinition())
    path = export(pack, tmp_path / "scripts.pdf")
    cmaps = {}
    with pdfplumber.open(path) as pdf:
        chars = [c for page in pdf.pages for c in page.chars]
    got = {unicodedata.normalize("NFKC", c["text"]) for c in chars}
    for name, sample in SAMPLES.items():
        for ch in sample:
            if ch.isspace():
                continue
            assert unicodedata.normalize("NFKC", ch) in got, f"{name}: {ch!r} (U+{ord(ch):04X}) missing"
    # every character drawn comes from a bundled font that has a glyph for it (no boxes)
    for c in chars:
        path_ = font_file(c["fontname"])
        assert path_ is not None, c["fontname"]
        if path_ not in cmaps:
            cmaps[path_] = set(TTFont("probe", str(path_)).face.charToGlyph)
        for ch in c["text"]:
            assert ord(ch) in cmaps[path_], f"{ch!r} drawn with {c['fontname']} which has no glyph for it"
    # Arabic was shaped: contextual forms (presentation forms) were drawn
    assert any(0xFE70 <= ord(c["text"][0]) <= 0xFEFF for c in chars if c["text"])


def test_wide_table_goes_landscape_and_long_table_repeats_its_header(tmp_path):
    doc = SourceDocument(path="w.pdf", sha256="9" * 64, pages=3, title="Wide")
    header = ["Country"] + [f"Principle {i}: long heading text" for i in range(1, 13)] + ["Total"]
    rows = [header] + [[f"Country {r}"] + [f"{r * 1000 + c:,}" for c in range(1, 14)] for r in range(1, 6)]
    wide = Table.from_rows(rows, id="wide", page=1, header_rows=1, title="Wide table")
    long_rows = [["Camp", "Households", "People"]] + [[f"Site {i}", f"{i * 3:,}", f"{i * 11:,}"] for i in range(1, 181)]
    long = Table.from_rows(long_rows, id="long", page=2, header_rows=1, title="Long table")
    for t in (wide, long):
        for c in t.cells:
            p = parse_number(c.text) if c.row else None
            c.value = p.value if p else None
    pack = build_pack([DocumentData(doc, tables=[wide, long])], PackDefinition())
    path = export(pack, tmp_path / "wide.pdf")
    with pdfplumber.open(path) as pdf:
        landscape = [i for i, p in enumerate(pdf.pages) if p.width > p.height]
        assert landscape, "the wide table should be on a landscape page"
        wide_text = " ".join(pdf.pages[landscape[0]].extract_text().split())
        assert "5,013" in wide_text and "Country 5" in wide_text
        long_pages = [p for p in pdf.pages if "Site " in (p.extract_text() or "")]
        assert len(long_pages) >= 3
        for p in long_pages:
            lines = [" ".join(line.split()) for line in p.extract_text().splitlines()]
            assert "Camp Households People" in lines  # header row repeated on every page
        assert all(p.width < p.height for p in long_pages)


def test_no_page_left_blank_around_landscape_tables(tmp_path):
    """A pack whose first table after the contents is wide, then another wide one: each asked for a
    new portrait page and at once for a landscape one, and the portrait pages came out with their
    running head and foot only (a results sheet's pack: 6 pages, page 3 blank)."""
    doc = SourceDocument(path="w.pdf", sha256="8" * 64, pages=2, title="Wide")
    tables = []
    for k in (1, 2):
        header = ["Country"] + [f"Objective {i}: long heading text" for i in range(1, 13)] + ["Total"]
        rows = [header] + [[f"Country {r}"] + [f"{r * 1000 + c:,}" for c in range(1, 14)] for r in range(1, 6)]
        tables.append(Table.from_rows(rows, id=f"wide{k}", page=k, header_rows=1, title=f"Wide table {k}"))
    pack = build_pack([DocumentData(doc, tables=tables)], PackDefinition())
    path = export(pack, tmp_path / "wide.pdf")
    with pdfplumber.open(path) as pdf:
        for n, page in enumerate(pdf.pages, 1):
            lines = [" ".join(line.split()) for line in (page.extract_text() or "").splitlines()]
            own = [line for line in lines if line != pack.title and not line.endswith(
                f"Page {n} of {len(pdf.pages)}")]
            assert own, f"page {n} holds nothing but its running head and foot"
        assert sum(1 for p in pdf.pages if p.width > p.height) == 2


def test_logo_on_the_cover(docs, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (200, 30, 30)).save(logo)
    meta = PackMetadata(title="With logo")
    meta.set_logo(str(logo))
    path = export(build_pack(docs, PackDefinition(metadata=meta)), tmp_path / "logo.pdf")
    with pdfplumber.open(path) as pdf:
        assert pdf.pages[0].images, "the logo should be drawn on the cover"


def test_empty_pack_still_exports_a_clear_document(tmp_path):
    doc = SourceDocument(path="e.pdf", sha256="0" * 64, pages=1)
    pack = build_pack([DocumentData(doc)], PackDefinition())
    path = export(pack, tmp_path / "empty.pdf")
    with pdfplumber.open(path) as pdf:
        assert "nothing matches" in " ".join(p.extract_text() or "" for p in pdf.pages)


def test_fonts_and_licence_are_shipped():
    from pathlib import Path
    import tomllib

    root = Path(__file__).resolve().parents[1]
    assert (root / "resources" / "fonts" / "OFL.txt").read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE") >= 1
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = data["tool"]["setuptools"]["package-data"]["resources"]
    assert "fonts/*" in patterns or "**/*" in patterns


def test_long_arabic_paragraph_keeps_its_lines_in_reading_order(tmp_path):
    """An Arabic paragraph over several lines: the first words on the top line, the last at the bottom."""
    first, last = "البداية", "النهاية"
    middle = ["الصومال", "اليمن", "السودان", "ليبيا", "العراق"] * 12
    text = " ".join([first, *middle, "2017", last])
    doc = SourceDocument(path="ar.pdf", sha256="a" * 64, pages=1, title="Arabic")
    pack = build_pack([DocumentData(doc, sections=[Section("s1", "Arabic", 1, 1, 1, text=text)])], PackDefinition())
    path = export(pack, tmp_path / "arabic.pdf")
    with pdfplumber.open(path) as pdf:
        page = next(p for p in pdf.pages if any(0xFE70 <= ord(c["text"][0]) <= 0xFEFF for c in p.chars))
        arabic_chars = [c for c in page.chars if "ARABIC" in unicodedata.name(c["text"][0], "") or
                        0xFB50 <= ord(c["text"][0]) <= 0xFEFF or c["text"].isdigit()]
        rows: dict[int, list] = {}
        for c in arabic_chars:
            rows.setdefault(-round(c["matrix"][5]), []).append(c)  # by baseline: fonts differ in height
    lines = []
    for top in sorted(rows):
        if all(c["text"].isdigit() for c in rows[top]):
            continue  # page numbers and dates, not the paragraph
        visual = "".join(unicodedata.normalize("NFKC", c["text"]) for c in sorted(rows[top], key=lambda c: c["x0"]))
        lines.append(visual)
    assert len(lines) >= 3, lines
    # visual order is right to left: the logical first word is the rightmost on its line
    assert first[::-1] in lines[0] and last[::-1] not in lines[0]
    assert last[::-1] in lines[-1] and first[::-1] not in lines[-1]
    # numbers inside right-to-left text still read left to right
    assert "2017" in "".join(lines)


def test_arabic_cells_are_set_flush_right(tmp_path):
    """A table's Arabic cells were set flush left in a PDF pack, as Latin text is: they read from the
    column's right edge, as in the source and the table editor; a Latin cell stays flush left."""
    from app.document.model import Table

    table = Table.from_rows([["اسمي سلطان", "Name"], ["من اين انت؟", "Kenya"]], id="p1-t1", page=1,
                            bbox=(50, 50, 400, 120))
    doc = SourceDocument(path="ar.pdf", sha256="b" * 64, pages=1, title="Arabic")
    pack = build_pack([DocumentData(doc, tables=[table])], PackDefinition())
    path = export(pack, tmp_path / "cells.pdf")
    with pdfplumber.open(path) as pdf:
        page = next(p for p in pdf.pages if any(0xFE70 <= ord(c["text"][0]) <= 0xFEFF for c in p.chars))
        arabic = [c for c in page.chars if 0xFB50 <= ord(c["text"][0]) <= 0xFEFF]
        latin = [w for w in page.extract_words() if w["text"] in ("Name", "Kenya")]
    rows: dict[int, list] = {}
    for c in arabic:
        rows.setdefault(round(c["top"]), []).append(c)
    rights = [max(c["x1"] for c in row) for row in rows.values()]
    lefts = [min(c["x0"] for c in row) for row in rows.values()]
    assert len(rights) == 2 and abs(rights[0] - rights[1]) < 1.0  # one right edge
    assert abs(lefts[0] - lefts[1]) > 3.0  # the shorter text starts further right
    assert len(latin) == 2 and abs(latin[0]["x0"] - latin[1]["x0"]) < 1.0  # Latin: one left edge


def test_each_appeals_total_says_where_it_comes_from(docs, tmp_path):
    """A Somalia pack from a regional appeal and the Somalia plan: two totals, and under the key
    figures a line for each naming its note and source (only the first was printed)."""
    pack = build_pack(docs, PackDefinition(filters=Filters(countries=["SOM"])))
    totals = [f for f in pack.block("key-figures").figures if f.label.startswith("Total funding requirements")]
    assert len(totals) == 2
    with pdfplumber.open(export(pack, tmp_path / "som.pdf")) as pdf:
        text = " ".join(" ".join(page) for page in page_lines(pdf))
    for figure in totals:
        assert f"{figure.label}: {figure.note}" in text


def test_list_items_in_section_text_hang_from_their_bullets(tmp_path):
    """A paragraph of section text starting with a bullet is a list item: its wrapped lines start
    where its text starts, right of the bullet, and a second-level bullet ("◦") is set further in."""
    doc = SourceDocument(path="l.pdf", sha256="c" * 64, pages=1, title="Lists")
    long_item = "Backup sources are on one computer and the destination on other computers " * 3
    text = "\n\n".join(["The plan covers the following sectors across the region this year.",
                        "• " + long_item.strip(), "◦ " + long_item.strip(), "• Short item"])
    pack = build_pack([DocumentData(doc, sections=[Section("s1", "Sectors", 1, 1, 1, text=text)])], PackDefinition())
    path = export(pack, tmp_path / "lists.pdf")
    with pdfplumber.open(path) as pdf:
        page = next(p for p in pdf.pages if "Short item" in (p.extract_text() or ""))
        rows: list[list[dict]] = []
        for w in sorted(page.extract_words(), key=lambda w: w["bottom"]):
            if rows and abs(w["bottom"] - rows[-1][0]["bottom"]) < 5:  # the symbols font declares a deeper box
                rows[-1].append(w)
            else:
                rows.append([w])
        rows = [sorted(r, key=lambda w: w["x0"]) for r in rows]
    intro = next(r for r in rows if r[0]["text"] == "The")
    first = [i for i, r in enumerate(rows) if r[0]["text"] == "•"]
    second = next(i for i, r in enumerate(rows) if r[0]["text"] == "◦")
    text_x = rows[first[0]][1]["x0"]
    assert rows[first[0]][0]["x0"] < text_x and rows[first[0] + 1][0]["x0"] == pytest.approx(text_x, abs=1)
    assert text_x > intro[0]["x0"] + 4  # the item's text is indented past the paragraph's margin
    sub_x = rows[second][1]["x0"]
    assert rows[second][0]["x0"] > rows[first[0]][0]["x0"] + 4  # the second level's bullet further in
    assert rows[second + 1][0]["x0"] == pytest.approx(sub_x, abs=1)


def test_a_chart_of_long_category_names_taller_than_a_page_is_continued_not_refused(tmp_path):
    # 20 sectors whose names wrap over many lines: one drawing would be taller than the page's frame
    # (reportlab refused the whole pack: "Flowable <Drawing ...> too large on page 5")
    doc = SourceDocument(path="s.pdf", sha256="8" * 64, pages=1, title="Long labels")
    words = "transportation of staff and beneficiaries between districts and the capital for training"
    rows = [["Sector", "Requirements (USD)"]] + [
        [f"Sector {i} " + " ".join([words] * 3), f"{i * 1000:,}"] for i in range(1, 21)]
    table = Table.from_rows(rows, id="fund", page=1, header_rows=1, title="Funding requirements by sector")
    for c in table.cells:
        p = parse_number(c.text) if c.row else None
        c.value = p.value if p else None
    pack = build_pack([DocumentData(doc, tables=[table])], PackDefinition())
    chart = pack.block("chart").chart
    assert chart is not None and len(chart.categories) == 20
    path = export(pack, tmp_path / "long-labels.pdf")
    with pdfplumber.open(path) as pdf:
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    for i in range(1, 21):  # every bar's name is printed, none dropped or cut
        assert f"Sector {i} transportation" in text
