"""Generator 13's framed sheets and mastheads, second round (docs/extraction.md, "A tight header row
over a framed table; mastheads over a page-wide table", rules 370-375)."""

from __future__ import annotations

import random

import pytest

from app.extract.tables import extract_tables
from app.source.pagesource import open_pages
from tests.test_tables_generated import _draw, _rows, _scores
from tests.test_tables_mastheads import _masthead_page
from tools.docgen import tables as gen

_FONTS = ["LiberationSans", "DejaVuSans", "LiberationSerif", "Helvetica"]


def _tables(path, source: str):
    with open_pages(path, source=source) as pages:
        return [t for n, page in pages for t in extract_tables(page, n)]


@pytest.mark.parametrize("seed", [2, 3, 5])
def test_a_masthead_over_a_page_wide_table_is_no_part_of_it(tmp_path, seed):
    """Rules 372 and 374: the drawings of ``test_a_masthead_straight_over_a_table_is_no_part_of_it``
    that rule 325 left wrong: a table as wide as the page under a masthead whose date set flush right
    ends past the last column's heading and whose period line runs across the label column's gutter,
    or whose name is set on a dark band the table's block stops under. Every seed fails before."""
    page = _masthead_page(seed, lambda p: p[1].table.n_cols <= 4 if seed % 2 else any(r for _l, r in p[0].pairs))
    doc, pdf = _draw(tmp_path, f"mh{seed}", [page], font=_FONTS[seed % 4], size=[8, 9, 10][seed % 3])
    scores = _scores(doc, pdf)
    exact, rows = _rows(scores)
    assert exact == rows and all(s["n_pred"] == 1 for s in scores)
    for source in ("pdfminer", "pdfium"):
        (found,) = _tables(pdf, source)
        assert found.n_rows == page[1].table.n_rows


def _framed_page(seed: int) -> list[gen.Block]:
    return gen.fam_framed(random.Random(f"framed-sheet-{seed}"))[0]


# seeds 1-3 (a masthead name on a dark band) need rule 374, withdrawn at the deadline
@pytest.mark.parametrize("seed", [0, 4, 5])
def test_a_framed_sheets_tight_header_is_its_first_row(tmp_path, seed):
    """Rules 370-375: a seed trial's table in a rounded box with zebra bands, on a framed sheet under
    a masthead, its headings set tight (a word space and two paddings apart, "Technol. Mat. SCN
    Resist.", one long phrase that reads as a sentence) with a heading wrapped over two lines at
    a small leading: the header row is one row of eleven headings, the masthead's lines none."""
    page = _framed_page(seed)
    t = page[1].children[0].table
    doc, pdf = _draw(tmp_path, f"fr{seed}", [page], font=_FONTS[seed % 4], size=[8, 9][seed % 2])
    scores = _scores(doc, pdf)
    exact, rows = _rows(scores)
    assert exact == rows and all(s["n_pred"] == 1 for s in scores)
    head = [c[4] for c in sorted(t.truth()["cells"]) if c[0] == 0]
    for source in ("pdfminer", "pdfium"):
        (found,) = _tables(pdf, source)
        assert found.n_rows == t.n_rows
        assert [" ".join(x.split()) for x in found.text_grid()[0]] == head
