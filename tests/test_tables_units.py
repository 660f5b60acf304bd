"""Small pure functions of table extraction: cell text, decimal separators, totals, continuation,
document-level repair, page joining of words."""

from __future__ import annotations

from pathlib import Path

from app.document.model import PageWarning, SourceDocument, Table
from app.extract.pipeline import PageResult, assemble
from app.extract.tables.build import guess_decimal
from app.extract.tables.cells import clean_cell_text, drop_leaders, is_total_label, make_cell
from app.extract.tables.continuation import link_continued, merge_continued
from app.extract.tables.repair import repair_tables
from app.extract.tables.text import is_numeric, join_words, lines_text
from app.extract.tables.totals import check_totals
from app.document.textfix import LOST, SOFT_HYPHEN, Vocabulary, resolve_soft_hyphens


def word(text, x0, x1, top=100.0, bottom=110.0, size=10.0):
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "size": size}


# ------------------------------------------------------------------------------------------- text


def test_cell_text_cleaning():
    assert drop_leaders("Fiji . . . . . . -") == "Fiji -"
    assert drop_leaders("Kenya ........ 12") == "Kenya 12"
    assert drop_leaders("and more...") == "and more..."  # an ellipsis is text
    assert clean_cell_text("  ﬁnancial\n  ﬂows ") == "financial flows"
    assert clean_cell_text("Objec(cid:415)ve") == f"Objec{LOST}ve"


def test_make_cell_values_and_notes():
    c = make_cell(2, 3, "12,500,000¹")
    assert (c.row, c.col, c.text, c.value, c.note) == (2, 3, "12,500,000¹", 12500000, "1")
    assert make_cell(0, 0, "(2,000)").value == -2000
    assert make_cell(0, 0, "n/a").value is None
    assert make_cell(0, 0, "1.234,5", decimal=",").value == 1234.5
    assert make_cell(0, 0, "Kenya").value is None


def test_decimal_separator_guessed_per_table():
    assert guess_decimal(["3,5", "12,25", "1.234"]) == ","
    assert guess_decimal(["12.5", "1,234"]) == "."
    assert guess_decimal(["3.597", "1.847"]) is None  # "n.nnn" alone says nothing
    assert guess_decimal(["Kenya"]) is None


def test_total_labels():
    for text in ("Total", "TOTAL (USD)", "Grand total", "Sub-total", "Subtotal", "Totals"):
        assert is_total_label(text), text
    for text in ("Kenya", "", "Totality of cases"):
        assert not is_total_label(text), text


def test_numeric_words():
    for t in ("12,500", "(3.5)", "-4%", "1 234 567", "12.5¹", "€2,000", "0"):
        assert is_numeric(t), t
    for t in ("Kenya", "2017-2018 plan", "Objective 1"):
        assert not is_numeric(t), t


def test_join_words_superscript_note_and_gaps():
    ws = [word("12,500,000", 100, 150), word("1", 150.5, 153, top=99, bottom=104, size=6)]
    assert join_words(ws) == "12,500,000¹"
    assert join_words([word("Czech", 10, 35), word("Republic", 38, 70)]) == "Czech Republic"
    assert join_words([word("Objec", 10, 35), word("tive", 35.5, 55)]) == "Objective"  # no gap: one word


def test_lines_of_a_cell_and_line_end_hyphens():
    assert lines_text([[word("United", 0, 30)], [word("Republic", 0, 40), word("of", 42, 50)],
                       [word("Tanzania", 0, 40)]]) == "United Republic of Tanzania"
    text = lines_text([[word("whole-of-", 0, 40)], [word("government", 0, 50)]])
    assert text == f"whole-of{SOFT_HYPHEN}government"
    vocab = Vocabulary.from_texts(["partnerships with government"], extra_words=())
    assert resolve_soft_hyphens(text, vocab) == "whole-of-government"
    assert resolve_soft_hyphens(f"part{SOFT_HYPHEN}nerships", vocab) == "partnerships"
    assert resolve_soft_hyphens(f"part{SOFT_HYPHEN}nerships", None) == "part-nerships"
    assert lines_text([[word("COVID-", 0, 30)], [word("19", 0, 10)]]) == "COVID-19"


# ----------------------------------------------------------------------------------------- totals


def _table(rows, header_rows=1, total_rows=(), tid="t"):
    t = Table.from_rows(rows, id=tid, header_rows=header_rows)
    for c in t.cells:
        cell = make_cell(c.row, c.col, c.text)
        c.value, c.note = cell.value, cell.note
    t.total_rows = list(total_rows)
    return t


def test_totals_that_add_up_and_those_that_do_not():
    good = _table([["Country", "A", "B", "Total"], ["Kenya", "1,000", "500", "1,500"], ["Chad", "-", "200", "200"],
                   ["Total", "1,000", "700", "1,700"]], total_rows=[3])
    assert check_totals(good) == []
    bad = _table([["Country", "A", "B", "Total"], ["Kenya", "1,000", "500", "1,501"], ["Chad", "-", "200", "200"],
                  ["Total", "1,000", "701", "1,701"]], total_rows=[3], tid="p4-t1")
    found = {(m.row, m.col, m.printed, m.computed) for m in check_totals(bad)}
    assert found == {(None, 2, 701, 700), (1, None, 1501, 1500)}
    message = check_totals(bad)[0].message()
    assert "p4-t1" in message and "701" in message and "700" in message


def test_totals_with_subtotal_blocks_and_decimals():
    t = _table([["Region", "Amount"], ["Kenya", "1.5"], ["Chad", "2.25"], ["Subtotal", "3.75"],
                ["Peru", "1.0"], ["Subtotal", "1.0"], ["Total", "4.75"]], total_rows=[3, 5, 6])
    assert check_totals(t) == []


# ------------------------------------------------------------------------------------ continuation


def _ruled(tid, page, top, bottom, rows, cols=(50.0, 150.0, 250.0, 350.0)):
    t = _table(rows, tid=tid)
    t.page, t.bbox, t.columns = page, (50.0, top, 350.0, bottom), list(cols)
    return t


def test_tables_continued_on_the_next_page_are_linked_and_merged():
    header = ["Country", "A", "B"]
    first = _ruled("p1-t1", 1, 400, 800, [header, ["Kenya", "1", "2"], ["Chad", "3", "4"]])
    second = _ruled("p2-t1", 2, 60, 200, [header, ["Peru", "5", "6"], ["Total", "9", "12"]])
    second.total_rows = [2]
    other = _ruled("p3-t1", 3, 500, 700, [["X", "Y", "Z"], ["1", "2", "3"]])
    tables = [first, second, other]
    link_continued(tables, [(595.0, 842.0)] * 3)
    assert second.continued_from == "p1-t1"
    assert other.continued_from is None  # not at the top of its page
    merged = merge_continued(first, second)
    assert merged.text_grid() == [header, ["Kenya", "1", "2"], ["Chad", "3", "4"], ["Peru", "5", "6"],
                                  ["Total", "9", "12"]]
    assert merged.total_rows == [4] and merged.id == "p1-t1"


def test_merge_drops_only_header_rows_that_repeat_the_first_header():
    first = _ruled("p1-t1", 1, 400, 800, [["Country", "A", "B"], ["Kenya", "1", "2"]])
    again = _ruled("p2-t1", 2, 60, 200, [["COUNTRY", " A", "b"], ["Peru", "5", "6"]])  # case, spacing
    assert merge_continued(first, again).text_grid() == [["Country", "A", "B"], ["Kenya", "1", "2"],
                                                         ["Peru", "5", "6"]]
    # no header printed again: the row taken for one is data and stays
    plain = _ruled("p2-t1", 2, 60, 200, [["Chad", "3", "4"], ["Peru", "5", "6"]])
    merged = merge_continued(first, plain)
    assert [row[0] for row in merged.text_grid()] == ["Country", "Kenya", "Chad", "Peru"]
    assert merged.pages() == [1, 2]
    # a page repeating only the lower row of a two-row header
    two = _ruled("p1-t1", 1, 400, 800, [["", "Funding", ""], ["Country", "A", "B"], ["Kenya", "1", "2"]])
    two.header_rows = 2
    lower = _ruled("p2-t1", 2, 60, 200, [["Country", "A", "B"], ["Peru", "5", "6"]])
    assert [row[0] for row in merge_continued(two, lower).text_grid()] == ["", "Country", "Kenya", "Peru"]


def test_merge_finds_the_repeated_header_and_the_end_of_a_row_cut_by_the_page():
    """A page repeating the header above the wrapped end of the previous page's last row (its
    first column empty) was read with two header rows: the merged table repeated the header in its
    body and left the row's end as a row of its own. The repeated header is dropped whatever the
    part's header count, and the end joins the row it finishes."""
    header = ["No.", "Description", "Address", "Amount"]
    first = _ruled("p1-t1", 1, 400, 800, [header, ["23", "Procurement of software", "Box 1", "98,439"],
                                           ["24", "Procurement of research", "44 Pangbourne Drive", "38,192"]],
                   cols=(50.0, 100.0, 200.0, 300.0, 350.0))
    part = _ruled("p2-t1", 2, 60, 200, [header, ["", "equipment for KNUST", "Middlesex, UK", ""],
                                        ["25", "Procurement of laboratory", "Box 2", "78,795"]],
                  cols=(50.0, 100.0, 200.0, 300.0, 350.0))
    part.header_rows = 2
    merged = merge_continued(first, part)
    assert merged.text_grid() == [header, ["23", "Procurement of software", "Box 1", "98,439"],
                                  ["24", "Procurement of research equipment for KNUST",
                                   "44 Pangbourne Drive Middlesex, UK", "38,192"],
                                  ["25", "Procurement of laboratory", "Box 2", "78,795"]]
    assert merged.anchor(2, 3).value == 38192
    # a first column left blank on purpose (a label printed once for its group) is no cut row
    grouped = _ruled("p1-t1", 1, 400, 800, [header[:3], ["East", "Kenya", "1"], ["", "Chad", "2"]],
                     cols=(50.0, 150.0, 250.0, 350.0))
    again = _ruled("p2-t1", 2, 60, 200, [header[:3], ["", "Peru", "5"], ["West", "Mali", "6"]],
                   cols=(50.0, 150.0, 250.0, 350.0))
    assert [row[1] for row in merge_continued(grouped, again).text_grid()] == ["Description", "Kenya", "Chad",
                                                                              "Peru", "Mali"]


def test_different_columns_are_not_continuations():
    first = _ruled("p1-t1", 1, 400, 800, [["a", "b", "c"], ["1", "2", "3"]])
    second = _ruled("p2-t1", 2, 60, 200, [["a", "b"], ["1", "2"]], cols=(50.0, 200.0, 350.0))
    link_continued([first, second], [(595.0, 842.0)] * 2)
    assert second.continued_from is None


# ------------------------------------------------------------------------------- document repair


def test_repair_tables_with_document_vocabulary():
    t = _table([["Objective", "Amount"], [f"Objec{LOST}ve 1", "100"], [f"Djibou{LOST}", "50"], [f"Zq{LOST}x", "1"]])
    t.page, t.id = 3, "p3-t1"
    warnings = repair_tables([t], [["The", "objective", "is", "clear"]])
    assert t.text_grid()[1][0] == "Objective 1" and t.text_grid()[2][0] == "Djibouti"
    assert t.text_grid()[3][0] == f"Zq{LOST}x"  # nothing fits: flagged, not guessed
    assert [w.page for w in warnings] == [3] and f"Zq{LOST}x" in warnings[0].message


def test_assemble_repairs_links_checks_and_builds_sections():
    doc = SourceDocument(path="x.pdf", sha256="0" * 64, pages=2, page_sizes=[(595.0, 842.0)] * 2)
    t1 = _table([["Country", "Amount"], [f"Ini{LOST}a{LOST}ves", "10"], ["Total", "11"]], total_rows=[2], tid="p1-t1")
    t1.page = 1
    results = [
        PageResult(page=1, tables=[t1], features={"page": 1, "text": "Initiatives and more"},
                   words=["Initiatives"]),
        PageResult(page=2, features={"page": 2, "text": "Second page"}, words=["Second"],
                   warnings=[PageWarning(2, "something on page two")]),
    ]
    data = assemble(doc, results)
    assert data.tables[0].anchor(1, 0).text == "Initiatives"
    messages = [w.message for w in data.warnings]
    assert any("printed total" in m and "11" in m for m in messages)
    assert "something on page two" in messages
    assert data.sections, "build_sections was called"
    assert [w.page for w in data.warnings] == sorted(w.page for w in data.warnings)


def test_page_result_json_round_trip():
    t = _table([["a", "b"], ["1", "2"]], tid="p1-t1")
    r = PageResult(page=1, tables=[t], features={"k": [1, 2]}, warnings=[PageWarning(1, "w")], words=["a"],
                   has_text=True, seconds=0.12345)
    again = PageResult.from_json(r.to_json(), cached=True)
    assert again.cached and again.page == 1 and again.words == ["a"] and again.features == {"k": [1, 2]}
    assert [x.to_json() for x in again.tables] == [t.to_json()]
    assert again.warnings[0].message == "w"


# ------------------------------------------------------------------------------ faster parsing


def test_fast_parsing_builds_the_same_objects(tmp_path):
    """app.source.layout's replacement of pdfplumber's object conversion gives identical dicts."""
    import pdfplumber
    from pdfplumber.page import Page

    import app.source.layout as layout
    from tests.helpers import make_simple_pdf

    assert layout.install_fast_parsing(), "pdfplumber's Page.process_object changed: update app/source/layout.py"
    pdf_path = make_simple_pdf(tmp_path / "s.pdf")
    samples = sorted((Path(__file__).resolve().parents[1] / "resources" / "samples").glob("*.pdf"))
    files = [pdf_path] + samples[:1]
    original = Page._bb_original_process_object
    for path in files:
        with pdfplumber.open(path) as pdf:
            pages = pdf.pages[:8]
            fast = [{k: v for k, v in p.objects.items() if k != "image"} for p in pages]
        Page.process_object = original
        try:
            with pdfplumber.open(path) as pdf:
                slow = [{k: v for k, v in p.objects.items() if k != "image"} for p in pdf.pages[:8]]
        finally:
            Page.process_object = layout._fast_process_object
        assert fast == slow, path.name


def test_leaders_split_where_a_character_is_a_ligature():
    # pdfminer gives a ligature glyph as one character of two letters ("fi"): the word's letters
    # and the characters then do not pair one to one, and the cut must still fall at the leaders
    from app.extract.tables.build import split_leaders

    texts = ["Pro", "fi", "le", *"........", *"12"]
    chars, x = [], 100.0
    for t in texts:
        w = 5.0 * len(t)
        chars.append({"text": t, "x0": x, "x1": x + w, "top": 50.0, "bottom": 60.0})
        x += w
    word = {"text": "".join(texts), "x0": 100.0, "x1": x, "top": 50.0, "bottom": 60.0}
    pieces = split_leaders([word], chars)
    assert [p["text"] for p in pieces] == ["Profile", "12"]
    assert pieces[0]["x1"] == chars[2]["x1"]
    assert pieces[1]["x0"] == chars[-2]["x0"] and pieces[1]["x1"] == chars[-1]["x1"]


def test_a_total_after_a_section_s_grand_total_sums_its_own_section():
    """A statement: "TOTAL ASSETS" right under "Total non-current assets" closes the assets; "TOTAL
    LIABILITIES" sums the liabilities' subtotals under it, not the assets above as well. A wrong
    figure there is still flagged."""
    rows = [["", "2025"], ["Cash", "5,100"], ["Receivables", "7,200"], ["Total current assets", "12,300"],
            ["Equipment", "20,400"], ["Total non-current assets", "20,400"], ["TOTAL ASSETS", "32,700"],
            ["Payables", "3,100"], ["Provisions", "4,200"], ["Total current liabilities", "7,300"],
            ["Borrowings", "9,500"], ["Total non-current liabilities", "9,500"], ["TOTAL LIABILITIES", "16,800"]]
    assert check_totals(_table(rows, total_rows=[3, 5, 6, 9, 11, 12])) == []
    wrong = rows[:-1] + [["TOTAL LIABILITIES", "16,900"]]
    assert [(m.col, m.printed) for m in check_totals(_table(wrong, total_rows=[3, 5, 6, 9, 11, 12]))] == [(1, 16900)]
