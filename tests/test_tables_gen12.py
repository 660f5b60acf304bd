"""Generator 12 (tools/docgen/tables.py ``TWELFTH_FAMILIES``) and the table rules written for it
(docs/extraction.md, "Generator 12"): a caption under the table and notes in small type over it,
columns told by vertical rules only, figures set on their decimal points, a table right under a
numbered list with no gap. Drawn with reportlab: a few pages per test, no external engine."""

from __future__ import annotations

import random

import pdfplumber
import pytest

from app.extract.tables import extract_tables

from tests.test_tables_generated import _check_rendered, _draw, _rows, _scores  # noqa: F401
from tools.docgen import tables as gen

FONTS = ["LiberationSans", "DejaVuSans", "Helvetica", "LiberationSerif", "NotoSans", "Times-Roman"]


def test_generator_12_appends_its_families_and_keeps_every_planned_page(tmp_path):
    """Generator 12 is a round of new seeds after every earlier document (the earlier plan is a
    prefix of the new one). Figures set on their decimal points keep their text; vertical rules
    are drawn between every two columns and no rule between rows but the header's."""
    planned = gen.plan(engines_=["reportlab", "chromium", "libreoffice"])
    twelfth = [p for p in planned if p[0] in gen.TWELFTH_FAMILIES]
    first = planned.index(twelfth[0])
    assert all(p[0] not in gen.TWELFTH_FAMILIES for p in planned[:first])
    assert planned[first:first + len(twelfth)] == twelfth and {p[0] for p in twelfth} == set(gen.TWELFTH_FAMILIES)
    assert first == 1783 and twelfth[0][2] == 1784
    rng = random.Random("decimal")
    t = gen.make_decimal(rng, style=gen._base_style(rng))
    body = [c[4] for c in t.cells if c[0] >= 1 and c[1] >= 1]
    assert {len(x.partition(".")[2]) for x in body} >= {0, 1, 2}
    for family in gen.TWELFTH_FAMILIES:
        for f, e, seed in [p for p in twelfth if p[0] == family and p[1] == "reportlab"][:2]:
            doc = gen.build_doc(f, e, seed)
            assert all(ts for ts in doc.tables_by_page())
            if family == "vrules":
                def columns_ruled(p, doc=doc):
                    verticals = [e for e in p.pages[0].edges if e["orientation"] == "v"]
                    assert len({round(e["x0"]) for e in verticals}) >= doc.tables_by_page()[0][0].n_cols - 1
                _check_rendered(doc, tmp_path, columns_ruled)
            else:
                _check_rendered(doc, tmp_path)


def _after_list(seed: int) -> list[gen.Block]:
    """A numbered, decimal-numbered or lettered list (items of running text, some led by a figure,
    wrapped under a hanging indent) and a table right under its last item, no caption, no gap."""
    for k in range(200):
        rng = random.Random(f"afterlist-{seed}-{k}")
        page = gen.fam_afterlist(rng)[0]
        items = [b for b in page if b.kind == "para"]
        if items[0].label[:1] == "(" if seed % 3 == 2 else items[0].label[:1].isdigit() and \
                (("." in items[0].label[:-1]) == (seed % 3 == 1)):
            return [b for b in page if b.kind not in ("runhead", "runfoot")]
    raise AssertionError("no such page")


@pytest.mark.parametrize("seed", range(9))
def test_a_table_right_under_a_numbered_list_takes_none_of_its_items(tmp_path, seed):
    """Rule 300: the lines of a numbered ("5."), decimal-numbered ("5.1") or lettered ("(c)") list
    whose items are running text set after a hanging indent, and the lines the items wrap onto,
    are no rows or header lines of a table set right under the list with no caption or gap. Every
    row exact; fail before (the last item or its wrapped line read as the header's first line, or
    every item as a row of two cells)."""
    doc, pdf = _draw(tmp_path, f"afterlist{seed}", [_after_list(seed)], font=FONTS[seed % len(FONTS)],
                     size=[8, 9, 10, 8.5][seed % 4])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows


@pytest.mark.parametrize("seed", range(8))
def test_a_note_in_small_type_right_over_a_table_is_no_header_line(tmp_path, seed):
    """Rule 301: a note set over a table in smaller type ("All amounts in USD.", "Data as of 3 May
    2024; provisional."), one phrase of three words or more ending a sentence, right over the
    header (a third of a line or less between them, as LibreOffice sets a caption-below table's
    notes), is no header line. Every row exact; fail before (the note read as the header's
    first line, its label heading pushed to a row of its own)."""
    rng = random.Random(f"headnote-{seed}")
    t = gen.make_table(rng, n_rows=rng.randint(4, 8), n_vals=rng.randint(2, 4), magnitude=rng.choice([4, 5, 6]),
                       totals=seed % 2 == 0,
                       style=gen._base_style(rng, rules=["none", "booktabs", "headrule", "none"][seed % 4],
                                             pad=[0.6, 0.8][seed % 2], tight_top=True))
    note = gen.Block("footnotes", text=gen.HEADNOTES[seed % len(gen.HEADNOTES)].format(d="3 May 2024"))
    cap = gen.Block("caption", text=gen.BELOW_CAPTIONS[seed % len(gen.BELOW_CAPTIONS)].format(n=seed + 1, y=2024))
    doc, pdf = _draw(tmp_path, f"headnote{seed}", [[gen._prose(rng, 40), note, gen.t_block(t), cap]],
                     font=FONTS[seed % len(FONTS)], size=[8, 9, 10, 8.5][seed % 4])
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows


@pytest.mark.parametrize("seed", range(6))
def test_a_page_number_right_under_a_table_is_no_row(tmp_path, seed):
    """Rule 302: a page number alone on its line ("- 101 -", "– 7 –", "Page 7 of 40"), a running foot
    that a producer set right under the table (LibreOffice's HTML import places a page's foot after
    its last block, its first dash an em from the number), is no row of the table. Every row exact
    and no cell holds the number; fail before (the number read as a row under the table)."""
    rng = random.Random(f"foot-{seed}")
    t = gen.make_table(rng, n_rows=rng.randint(3, 6), n_vals=rng.randint(3, 5), magnitude=rng.choice([4, 5, 6]),
                       style=gen._base_style(rng, rules=["vrules", "none", "vrules"][seed % 3], pad=0.45))
    n = rng.randint(2, 300)
    foot = [f"- {n} -", f"\u2013 {n} \u2013", f"Page {n} of {n + 12}"][seed % 3]
    # the foot's first word, then its rest an em on (a key-value block's drawing: its texts are not
    # scored as a table's, so the assertion below looks for the number in the cells)
    first, rest = foot.split(" ", 1)
    line = gen.Block("kv", pairs=[(first, rest)])
    doc, pdf = _draw(tmp_path, f"foot{seed}", [[gen._caption(rng), gen.t_block(t), line]],
                     font=FONTS[seed % len(FONTS)], size=[8, 9, 10, 8.5][seed % 4], seed=2)
    exact, rows = _rows(_scores(doc, pdf))
    assert exact == rows
    with pdfplumber.open(pdf) as p:
        found = extract_tables(p.pages[0], 1)
    assert found and not any(rest in c.text for x in found for c in x.cells)
