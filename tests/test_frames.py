"""app.frames: every table as a pandas DataFrame (typed values, header rows as column levels, where
it comes from in attrs), from a project or a PDF."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest

from app.frames import TableSet, open_tables, table_frame
from app.document.model import DocumentData, Table

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def funding_table() -> Table:
    """A regional funding table: a group heading over two columns, a "nothing" cell, a total row."""
    rows = [["", "Principles", "", "Total"], ["Country", "P1", "P2", "USD"], ["Kenya", "1,200", "-", "1,200"],
            ["Somalia", "300", "400.5", "700.5"], ["Total", "1,500", "400.5", "1,900.5"]]
    values = [[None] * 4, [None] * 4, [None, 1200, None, 1200], [None, 300, 400.5, 700.5],
              [None, 1500, 400.5, 1900.5]]
    table = Table.from_rows(rows, id="t1", page=3, header_rows=2, values=values, total_rows=[4], title="Funding",
                            document="ab" * 32)
    table.cells = [c for c in table.cells if (c.row, c.col) != (0, 2)]
    table.cell_at(0, 1).col_span = 2
    return table


def test_header_rows_are_column_levels_and_values_are_typed():
    df = table_frame(funding_table())
    assert df.shape == (3, 4)
    assert list(df.columns) == [("", "Country"), ("Principles", "P1"), ("Principles", "P2"), ("Total", "USD")]
    assert list(df["Principles"].columns) == ["P1", "P2"]  # the spanning heading selects its group
    assert df[("Principles", "P1")].dtype == "int64"
    assert df[("Principles", "P2")].dtype == "float64" and math.isnan(df[("Principles", "P2")][0])  # "-"
    assert list(df[("", "Country")]) == ["Kenya", "Somalia", "Total"]
    assert df[("Total", "USD")].sum() == pytest.approx(3801.0)
    assert df.attrs["total_rows"] == [2] and df.attrs["pages"] == [3]
    assert df.attrs["table"] == "t1" and df.attrs["title"] == "Funding" and df.attrs["sha256"] == "ab" * 32


def test_one_header_row_is_a_flat_index_none_gives_letters_and_text_columns_stay_text():
    one = Table.from_rows([["Sector", "People"], ["Health", "12 000"], ["Shelter", "n/a"]], id="a", header_rows=1,
                          values=[[None, None], [None, 12000], [None, None]])
    df = table_frame(one)
    assert list(df.columns) == ["Sector", "People"]
    assert str(df["People"].dtype) == "Int64" and df["People"].isna().tolist() == [False, True]
    mixed = Table.from_rows([["Kenya", "12"], ["Somalia", "to be confirmed"]], id="b",
                            values=[[None, 12], [None, None]])
    df = table_frame(mixed)
    assert list(df.columns) == ["A", "B"]
    assert list(df["B"]) == ["12", "to be confirmed"]  # not a number column: the printed text


def test_every_sample_table_frame_holds_the_truth_values():
    """The generated samples' truth tables (exact values) come out cell for cell."""
    checked = 0
    for truth in sorted(SAMPLES.glob("*.truth.json")):
        data = DocumentData.from_json(json.loads(truth.read_text(encoding="utf-8")))
        frames = list(TableSet([data]).frames())
        assert len(frames) == len(data.tables)
        for table, df in zip(data.tables, frames):
            h = min(table.header_rows, table.n_rows)
            assert df.shape == (table.n_rows - h, table.n_cols)
            assert df.attrs["document"] == data.document.display_name
            for cell in table.cells:
                if cell.row >= h and cell.value is not None:
                    assert df.iat[cell.row - h, cell.col] == pytest.approx(cell.value), (table.id, cell)
                    checked += 1
    assert checked > 500


def test_a_project_gives_its_corrected_tables(tmp_path, simple_pdf):
    from app.extract.pipeline import ExtractSettings, extract_document
    from app.project.project import Project

    path = tmp_path / "p.bbproj"
    project = Project.create(path)
    doc = project.add_pdf(simple_pdf)
    settings = ExtractSettings()
    project.set_extraction(extract_document(simple_pdf, settings=settings), settings.key())
    table = project.data(doc.sha256).tables[0]
    kenya = next(c for c in table.cells if c.text == "Kenya")
    project.apply(doc.sha256, {"op": "set_cell", "table": table.id, "row": kenya.row, "col": kenya.col + 1,
                               "text": "750,000"})
    project.close()

    tables = open_tables(path)
    listing = tables.list()
    assert list(listing["table"]) == [table.id] and listing["file"][0] == simple_pdf.name
    df = tables.frame(table.id)
    assert df.columns[1] == "Objective 1"
    assert df["Objective 1"].tolist()[kenya.row - table.header_rows] == 750000  # the correction, typed
    assert df.attrs["sha256"] == doc.sha256 and df.attrs["pages"] == [1]


def test_a_pdf_is_extracted_and_ids_are_checked(simple_pdf, tmp_path):
    tables = open_tables(simple_pdf)
    assert len(tables) == 1
    (df,) = tables.frames()
    assert df["Total"].iloc[-1] == 3500000
    with pytest.raises(KeyError, match="no table"):
        tables.frame("nope")
    other = tables.documents[0].copy()
    other.document.sha256 = "f" * 64
    both = TableSet(tables.documents + [other])
    with pytest.raises(KeyError, match="several documents"):
        both.frame(df.attrs["table"])
    assert both.frame(df.attrs["table"], document=df.attrs["sha256"][:8]).attrs["sha256"] == df.attrs["sha256"]
    assert both.frame(df.attrs["table"], document="f" * 8).attrs["sha256"] == "f" * 64


def test_not_a_pdf_says_so(tmp_path):
    from app.source.pdf import PdfError

    bad = tmp_path / "notes.pdf"
    bad.write_text("not a pdf")
    with pytest.raises(PdfError):
        open_tables(bad)
    with pytest.raises(PdfError, match="no such file"):
        open_tables(tmp_path / "missing.pdf")
