"""Generator 11 (tools/docgen/tables.py ``ELEVENTH_FAMILIES``) and the table rules written for it
(docs/extraction.md, "Generator 11"): a change or share printed small under each figure, "of which"
rows under their parent, a remarks column of wrapped sentences beside the figures, a label repeated
down its column by ditto marks or left blank. Drawn with reportlab: a few pages per test, no
external engine."""

from __future__ import annotations

import random

import pdfplumber

from tools.docgen import tables as gen


def test_generator_11_appends_its_families_and_keeps_every_planned_page(tmp_path):
    """Generator 11 is a round of new seeds after every earlier document (the earlier plan is a
    prefix of the new one). A change under its figure is one cell with it; an "of which" row is a
    row of its own; a remark is one cell however many lines it wraps over; a ditto mark is the
    cell's text and a label left blank an empty cell."""
    planned = gen.plan(engines_=["reportlab", "chromium", "libreoffice"])
    eleventh = [p for p in planned if p[0] in gen.ELEVENTH_FAMILIES]
    first = planned.index(eleventh[0])
    assert all(p[0] not in gen.ELEVENTH_FAMILIES for p in planned[:first])
    assert planned[first:] == eleventh and {p[0] for p in eleventh} == set(gen.ELEVENTH_FAMILIES)
    assert first == 1679 and eleventh[0][2] == 1680
    rng = random.Random("deltas")
    t = gen.make_deltas(rng, style=gen._base_style(rng))
    under = [c for c in t.cells if c[0] >= 1 and c[1] in t.style["under"]]
    assert under and all(len(c[4].split()) == 2 for c in under)
    rng = random.Random("ofwhich")
    t = gen.make_ofwhich(rng, style=gen._base_style(rng))
    parts = [c[4] for c in t.cells if c[0] in t.style["small_rows"] and c[1] == 0]
    assert parts and all(t.style["indents"][r] == 1 for r in t.style["small_rows"])
    marks = blanks = 0
    for i in range(20):
        rng = random.Random(f"ditto-{i}")
        t = gen.make_ditto(rng, style=gen._base_style(rng))
        labels = {c[0]: c[4] for c in t.cells if c[1] == 0}
        for r in range(1, t.n_rows):
            if r not in labels:
                blanks += 1
            elif labels[r] in gen.DITTO_MARKS:
                marks += 1
    assert marks and blanks
    for family in gen.ELEVENTH_FAMILIES:
        for f, e, seed in [p for p in eleventh if p[0] == family and p[1] == "reportlab"][:2]:
            doc = gen.build_doc(f, e, seed)
            assert all(ts for ts in doc.tables_by_page())
            pdf = gen.render_reportlab(doc, tmp_path / f"{doc.name}.pdf")
            with pdfplumber.open(pdf) as p:
                assert len(p.pages) == len(doc.pages)
                assert all(gen._page_ok(page.extract_text() or "", ts) for page, ts in zip(p.pages, doc.tables_by_page()))
