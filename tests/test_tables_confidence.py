"""Per-table confidence (app/extract/tables/confidence.py): evidence in the grid that it is off.

Each test builds the same small table twice, once as printed and once with one kind of error a
wrong grid makes, and checks that the wrong one ranks below the right one (the figure ranks
tables for review; docs/extraction.md, "Confidence"). The grids are made directly, with no words
left over, so only the evidence under test differs.
"""

from __future__ import annotations

from app.document.model import Table
from app.extract.tables.cells import make_cell
from app.extract.tables.confidence import confidence
from app.extract.tables.structure import Structure


def _table(rows: list[list[str]], header_rows: int = 1) -> tuple[Table, Structure]:
    n_cols = max(len(r) for r in rows)
    cells = [make_cell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row)]
    box = (0.0, 0.0, 100.0 * n_cols, 12.0 * len(rows))
    table = Table(id="t1", page=1, bbox=box, n_rows=len(rows), n_cols=n_cols, cells=cells,
                  header_rows=header_rows)
    s = Structure(n_rows=len(rows), n_cols=n_cols, cells=[], header_rows=header_rows,
                  columns=[100.0 * c for c in range(n_cols + 1)],
                  rows=[12.0 * r for r in range(len(rows) + 1)], bbox=box)
    return table, s


def _conf(rows, header_rows: int = 1) -> float:
    table, s = _table(rows, header_rows)
    return confidence(table, s, [])[0]


FUNDS = [["Country", "Variance", "Funded"],
         ["Livelihoods", "$ 3,911", "$ 9,286"],
         ["Iraq", "$ 6,642", "$ 9,343"],
         ["Pakistan", "$ 210", "$ 6,851"],
         ["Chad", "$ 1,420", "$ 2,112"]]


def test_the_table_as_printed_is_fully_trusted():
    assert _conf(FUNDS) == 1.0


def test_a_label_holding_its_first_value_is_doubted():
    """The gap between the labels and the first value column missed: "Livelihoods $ 3,911"."""
    glued = [FUNDS[0][1:]] + [[f"{r[0]} {r[1]}", r[2]] for r in FUNDS[1:]]
    assert _conf(glued) < 0.8


def test_a_second_header_inside_the_body_is_doubted():
    """Two tables stacked and read as one: the lower one's header line is a row in the middle."""
    stacked = FUNDS + [["Region", "Pledged", "Balance"], ["Mali", "18,545", "2,201"], ["Haiti", "36,318", "4,410"]]
    assert _conf(stacked) < _conf(FUNDS + [["Mali", "18,545", "2,201"], ["Haiti", "36,318", "4,410"]])


LOGFRAME = [["Outcome", "Indicator", "Target"],
            ["1.1 Shelter and non-food items provided", "Households assisted", "1,200 households"],
            ["1.2 Referral procedures in place", "Officials trained on referral", "80 officials"],
            ["2.1 Return and reintegration support", "Migrants assisted with return", "500 people"],
            ["2.2 Community committees functioning", "Committees established", "12 committees"]]


def test_a_wrapped_cell_cut_into_rows_is_doubted():
    """Rows of a text table cut at a line break: the rest of a label, starting in lower case, is a
    row of its own, and the cells whose text ended above are empty."""
    cut = LOGFRAME[:2] + [["1.2 Referral", "Officials trained", "80"],
                          ["procedures in place", "on referral", "officials"]] + LOGFRAME[3:]
    assert _conf(LOGFRAME) == 1.0
    assert _conf(cut) < 0.8
    holes = LOGFRAME[:2] + [["1.2 Referral procedures", "Officials trained on referral", "80 officials"],
                            ["in place", "", ""]] + LOGFRAME[3:]
    assert _conf(holes) < 0.8
