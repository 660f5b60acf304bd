"""A group's label left last on a page by a page break, inside the rule that closes the table, is a
row of the table (docs/extraction.md, rule 402)."""

from __future__ import annotations

import pytest

from tests.test_tables_generated import _draw, _rows, _scores
from tools.docgen import tables as gen


@pytest.mark.parametrize("seed,page", [(1201, 3), (1205, 5), (1198, 5)])
@pytest.mark.parametrize("font", ["LiberationSans", "Times-Roman"])
def test_a_group_label_left_last_inside_the_closing_rule_is_a_row(tmp_path, seed, page, font):
    """Rule 402: a continued table's part ends with a group's label alone at its left edge (its rows
    on the next page), the rule closing the table drawn under it; where rules part every row, the
    rule over it is one of them. The label was left out of the table as the next paragraph (every
    case fails before; generator 6's continued tables, drawn here by reportlab's canvas)."""
    doc = gen.build_doc("continued", "reportlab", seed)
    d, pdf = _draw(tmp_path, f"group{seed}-{font}", [doc.pages[page - 1]], font=font, size=9)
    exact, rows = _rows(_scores(d, pdf))
    assert exact == rows
