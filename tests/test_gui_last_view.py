"""A reopened project returns to the document, page and table the user last looked at; a document
shown again within the project returns to its own page."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt (PySide6) is a runtime dependency; install the package")

from app.project.project import Project  # noqa: E402
from tests.gui_support import WRAPPED_ROWS, baseline, make_pdf, shown_main_window  # noqa: E402


def make_window(qtbot):
    return shown_main_window(qtbot)


@pytest.fixture
def project_path(tmp_path):
    first = make_pdf(tmp_path, "first.pdf")
    other_rows = [row[:] for row in WRAPPED_ROWS]
    other_rows[1][0] = "Uganda"
    second = make_pdf(tmp_path, "second.pdf", rows=other_rows)
    path = tmp_path / "places.bbproj"
    project = Project.create(path)
    shas = []
    for pdf in (first, second):
        doc = project.add_pdf(pdf)
        data = baseline(pdf)
        data.document = doc
        project.set_extraction(data, "test")
        shas.append(doc.sha256)
    project.close()
    return path, shas


def test_a_reopened_project_returns_to_the_last_document_page_and_table(qtbot, project_path):
    path, (first, second) = project_path
    window = make_window(qtbot)
    assert window.open_project(path)
    bench = window.bench
    assert bench.current == first and window.page_view.page_count == 2
    bench.set_current_document(second)
    bench.select_table("p1-t1")  # on page 1
    window.page_view.set_page(1)  # then the user turned to page 2
    assert window.page_view.page_index == 1
    window.close()

    again = make_window(qtbot)
    assert again.open_project(path)
    assert again.bench.current == second
    assert again.page_view.page_index == 1
    assert again.bench.current_table == "p1-t1" and again.table_editor.table.id == "p1-t1"
    # within the project, each document keeps its own page
    again.bench.set_current_document(first)
    assert again.page_view.page_index == 0
    again.bench.set_current_document(second)
    assert again.page_view.page_index == 1


def test_a_project_never_seen_opens_on_its_first_page(qtbot, project_path):
    path, (first, _second) = project_path
    window = make_window(qtbot)
    assert window.open_project(path)
    assert window.bench.current == first and window.page_view.page_index == 0
    assert window.bench.current_table == ""


def test_a_pdf_opened_again_in_a_new_project_returns_to_its_page(qtbot, tmp_path):
    pdf = make_pdf(tmp_path, "again.pdf")
    window = make_window(qtbot)
    assert window.open_path(pdf)
    qtbot.waitUntil(lambda: not window.bench.extracting and window.bench.has_extraction(window.bench.current),
                    timeout=60000)
    window.page_view.set_page(1)
    window.close()  # the untitled project held no correction: it is removed

    again = make_window(qtbot)
    assert again.open_path(pdf)  # a new untitled project
    assert again.page_view.page_index == 1
