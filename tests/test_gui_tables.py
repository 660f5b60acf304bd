"""The table editor, problems in place, and re-extraction on the page, driven through the real widgets."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt (PySide6) is a runtime dependency; install the package")

from PySide6.QtCore import QEvent, QPointF, Qt  # noqa: E402

from tests.test_gui_workbench import loaded, messages, window  # noqa: E402,F401 (fixtures)
from widgets.page_view import SeparatorItem, TableBox  # noqa: E402
from widgets.table_editor import CHAR_PROBLEM_BG, LABEL_WIDTH_SETTING, NOTE_BG, PROBLEM_BG, TOTAL_BG, settings  # noqa: E402


@pytest.fixture
def editor(window, qtbot, tmp_path):
    loaded(window, qtbot, tmp_path)
    window.bench.select_table("p1-t1")
    return window.table_editor


def grid(window):
    return window.bench.data().table("p1-t1").text_grid()


def test_numbers_right_aligned_header_styled(editor):
    m = editor.model
    number = m.data(m.index(1, 1), Qt.ItemDataRole.TextAlignmentRole)
    label = m.data(m.index(1, 0), Qt.ItemDataRole.TextAlignmentRole)
    assert number & int(Qt.AlignmentFlag.AlignRight) and not label & int(Qt.AlignmentFlag.AlignRight)
    assert m.data(m.index(0, 1), Qt.ItemDataRole.FontRole).bold()
    assert m.headerData(0, Qt.Orientation.Vertical) == "1 H"
    assert m.headerData(3, Qt.Orientation.Horizontal) == "D"


def test_merge_wrapped_row_then_undo(window, editor):
    editor.select_cell(3, 0)
    editor.merge_up_action.trigger()
    assert [r[0] for r in grid(window)] == ["Country", "Kenya", "Northern Africa", "Somalia", "Total"]
    assert window.bench.data().table("p1-t1").anchor(2, 3).value == 300
    assert window.undo_action.text() == "&Undo Merge row 4 into row 3"
    window.undo_action.trigger()
    assert [r[0] for r in grid(window)][2:4] == ["Northern", "Africa"]


def test_header_rows_and_totals_row_with_problems_flagged_in_place(window, editor, qtbot):
    bench = window.bench
    editor.header_spin.setValue(2)
    assert bench.data().table("p1-t1").header_rows == 2
    assert editor.model.headerData(1, Qt.Orientation.Vertical) == "2 H"
    window.undo_action.trigger()
    assert bench.data().table("p1-t1").header_rows == 1 and editor.header_spin.value() == 1
    # mark the totals row: the wrong grand total is flagged in the cell and listed in the panel
    editor.select_cell(5, 0)
    editor.total_action.trigger()
    assert bench.data().table("p1-t1").total_rows == [5]
    assert editor.model.data(editor.model.index(5, 0), Qt.ItemDataRole.FontRole).bold()
    bad = editor.model.index(5, 3)
    assert editor.model.data(bad, Qt.ItemDataRole.BackgroundRole).color() == PROBLEM_BG
    assert "3,500,300" in editor.model.data(bad, Qt.ItemDataRole.ToolTipRole)
    def kinds():
        return {(p.kind, p.row, p.col) for p in window.problems_panel.model.problems}

    qtbot.waitUntil(lambda: ("column_sum", 5, 3) in kinds())
    assert ("row_sum", 5, 3) in kinds()
    # correcting the total clears the flag
    editor.edit_cell(5, 3, "3,500,300")
    assert editor.model.data(editor.model.index(5, 3), Qt.ItemDataRole.BackgroundRole).color() == TOTAL_BG
    qtbot.waitUntil(lambda: not any(p.kind == "column_sum" for p in window.problems_panel.model.problems))


def test_undo_pressed_in_the_header_rows_box_undoes_the_correction(window, editor, qtbot):
    """Ctrl+Z / Ctrl+Y with the focus still in the header rows box undo and redo the change it made (the
    box's own text had taken the keys: nothing happened)."""
    bench = window.bench
    window.show()
    editor.header_spin.setFocus()
    qtbot.waitUntil(lambda: editor.header_spin.hasFocus(), timeout=3000)
    qtbot.keyClick(editor.header_spin, Qt.Key.Key_Up)
    assert bench.data().table("p1-t1").header_rows == 2
    qtbot.keyClick(editor.header_spin, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bench.data().table("p1-t1").header_rows == 1 and editor.header_spin.value() == 1
    qtbot.keyClick(editor.header_spin, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert bench.data().table("p1-t1").header_rows == 2


def test_rounding_notes_are_coloured_apart_from_errors(window, editor):
    editor.select_cell(5, 0)
    editor.total_action.trigger()
    editor.edit_cell(5, 3, "3,500,301")  # one dollar off: a rounding-sized slip, not an error
    cell = editor.model.index(5, 3)
    assert editor.model.data(cell, Qt.ItemDataRole.BackgroundRole).color() == NOTE_BG
    assert "rounding" in editor.model.data(cell, Qt.ItemDataRole.ToolTipRole)
    editor.edit_cell(5, 3, "3,900,000")
    assert editor.model.data(cell, Qt.ItemDataRole.BackgroundRole).color() == PROBLEM_BG


def test_problem_list_navigates_to_the_cell(window, editor, qtbot):
    editor.edit_cell(2, 1, "n.a. see note")
    editor.edit_cell(1, 0, "Ken\ufffda")
    qtbot.waitUntil(lambda: any(p.kind == "text_in_numbers" for p in window.problems_panel.model.problems))
    assert editor.model.data(editor.model.index(1, 0), Qt.ItemDataRole.BackgroundRole).color() == CHAR_PROBLEM_BG
    window.bench.select_table("")
    problems = window.problems_panel.model.problems
    row = next(i for i, p in enumerate(problems) if p.kind == "text_in_numbers")
    window.problems_panel.view.doubleClicked.emit(window.problems_panel.proxy.index(row, 0))
    assert window.table_editor.table.id == "p1-t1"
    assert window.table_editor.current_cell() == (2, 1)
    assert window.page_view.page_index == 0
    window.next_problem_action.trigger()
    assert window.table_editor.current_cell() != (-1, -1)
    # the Where column names the table by its title ("p1-t1" told a user nothing)
    from app.project import ops

    assert window.bench.apply(ops.set_table("p1-t1", {"title": "Funding by country"}, {"title": ""}))
    model = window.problems_panel.model
    qtbot.waitUntil(lambda: any(model.data(model.index(i, 1)) == "p. 1 · “Funding by country” B3"
                                for i in range(model.rowCount())), timeout=10000)


def test_structural_edits_from_actions(window, editor):
    editor.select_cell(1, 0)
    editor.insert_row_above_action.trigger()
    assert grid(window)[1] == ["", "", "", ""] and len(grid(window)) == 7
    editor.delete_rows_action.trigger()
    assert grid(window)[1][0] == "Kenya"
    editor.select_cell(1, 1)
    editor.insert_col_right_action.trigger()
    assert len(grid(window)[0]) == 5
    editor.select_cell(0, 2)
    editor.delete_cols_action.trigger()
    assert grid(window)[0] == ["Country", "Objective 1", "Objective 2", "Total"]
    editor.select_cell(4, 0)
    editor.move_row_up_action.trigger()
    assert [r[0] for r in grid(window)][3:5] == ["Somalia", "Africa"]
    editor.select_rect(0, 1, 0, 2)
    editor.merge_cells_action.trigger()
    table = window.bench.data().table("p1-t1")
    assert table.anchor(0, 1).col_span == 2 and editor.view.columnSpan(0, 1) == 2
    editor.select_cell(0, 1)
    editor.split_cell_action.trigger()
    assert editor.view.columnSpan(0, 1) == 1
    editor.select_cell(0, 1)
    editor.merge_cols_action.trigger()
    assert grid(window)[0][:2] == ["Country", "Objective 1 Objective 2"]
    labels = [window.bench.undo_stack.text(i) for i in range(window.bench.undo_stack.count())]
    assert labels[:3] == ["Insert a row above row 2", "Delete row 2", "Insert column right of B"]
    while window.bench.undo_stack.canUndo():
        window.undo_action.trigger()
    assert grid(window)[3][0] == "Africa" and len(grid(window)[0]) == 4


def test_refused_edit_tells_the_user(window, editor, messages):
    editor.select_cell(0, 0)
    editor.merge_up_action.trigger()
    assert window.last_error and "first row" in window.last_error[1]
    assert window.bench.undo_stack.count() == 0


def test_draw_area_creates_a_table_and_replaces_one(window, editor, qtbot):
    bench = window.bench
    original = bench.data().table("p1-t1")
    # the drawn rectangle: the whole ruled table
    request = window.extract_area(1, original.bbox, "borderless")
    assert request is not None
    qtbot.waitUntil(lambda: any(t.id == "p1-m1" for t in bench.data().tables), timeout=20000)
    new = bench.data().table("p1-m1")
    assert new.method == "manual" and new.n_cols == 4 and new.text_grid()[1][0] == "Kenya"
    assert window.table_editor.table.id == "p1-m1"
    assert window.undo_action.text() == "&Undo Add table on page 1"
    window.undo_action.trigger()
    assert [t.id for t in bench.data().tables] == ["p1-t1"]
    # replace the existing table by a ruled re-extraction, one undoable step
    window.extract_area(1, original.bbox, "ruled", replace="p1-t1")
    qtbot.waitUntil(lambda: bench.undo_stack.canUndo(), timeout=20000)
    assert bench.data().table("p1-t1").text_grid()[0][3] == "Total"
    assert window.undo_action.text().startswith("&Undo Re-extract table p1-t1")


def test_an_area_extracted_for_one_project_never_lands_in_the_next(window, editor, qtbot, tmp_path):
    """A table re-extracted in the background, the project closed and another opened with the same
    PDF (and so the same table ids) before the result came: the result is dropped, not applied to
    the other project as a correction nobody made there."""
    from app.project.project import Project
    from tests.gui_support import baseline, make_pdf

    bench = window.bench
    other = tmp_path / "other.bbproj"
    project = Project.create(other)
    project.add_pdf(make_pdf(tmp_path))
    project.set_extraction(baseline(make_pdf(tmp_path)), "test")
    project.close()
    before = bench.data().table("p1-t1").to_json()
    assert window.extract_area(1, bench.data().table("p1-t1").bbox, "ruled", replace="p1-t1") is not None
    window.projects.open_project(other)
    assert bench.project.path == other and bench.data().table("p1-t1").to_json() == before
    qtbot.wait(3000)  # the page job's answer comes back meanwhile
    assert bench.undo_stack.count() == 0 and bench.data().table("p1-t1").to_json() == before


def test_drawing_on_the_page_offers_the_choices(window, editor, qtbot, monkeypatch):
    chosen = {}

    def fake_exec(self, menu, *args):
        actions = [a for a in menu.actions() if a.text()]
        chosen["texts"] = [a.text() for a in actions]
        return next(a for a in actions if a.text().startswith("Create Table Here (Borderless)"))

    monkeypatch.setattr(type(window), "_exec_menu", fake_exec)
    window.draw_action.trigger()
    assert window.page_view.draw_mode
    table = window.bench.data().table("p1-t1")
    from app.project import ops

    assert window.bench.apply(ops.set_table(table.id, {"title": "Water & sanitation"}, {"title": table.title}))
    window.page_view.draw_area(table.bbox)
    # the table named by its title, as the Tables list names it; its "&" shown, not taken as a mnemonic
    assert "Replace Table “Water && sanitation” (Ruled)" in chosen["texts"]
    qtbot.waitUntil(lambda: len(window.bench.data().tables) == 2, timeout=20000)
    assert not window.page_view.draw_mode


def test_dragging_a_column_separator_resplits_the_table(window, editor, qtbot):
    bench = window.bench
    window.extract_area(1, bench.data().table("p1-t1").bbox, "ruled", replace="p1-t1")
    qtbot.waitUntil(lambda: bench.undo_stack.count() == 1, timeout=20000)
    table = bench.data().table("p1-t1")
    qtbot.waitUntil(lambda: any(isinstance(i, SeparatorItem) and i.flags() & i.GraphicsItemFlag.ItemIsMovable
                                for i in window.page_view.scene().items()), timeout=5000)
    separators = sorted((i for i in window.page_view.scene().items() if isinstance(i, SeparatorItem)),
                        key=lambda s: s.pos().x())
    assert len(separators) == 3
    # drag the first separator into the middle of "Objective 1": that column splits
    first = separators[0]
    first.setPos(table.columns[0] + 20, 0)
    assert first.pos().y() == 0  # moves sideways only
    window.page_view._separators_moved("p1-t1")
    # (table.columns include the table's outer edges, as in docs/json-format.md: compare the first
    # interior separator)
    first_inside = lambda t: window.page_view.table_columns(t)[0]  # noqa: E731
    qtbot.waitUntil(lambda: abs(first_inside(bench.data().table("p1-t1")) - first_inside(table)) > 10,
                    timeout=20000)
    assert bench.undo_stack.text(bench.undo_stack.count() - 1) == "Re-split columns of p1-t1"
    # double-click adds a separator, the context menu removes one: both re-split
    window.page_view.add_separator("p1-t1", (table.columns[1] + table.columns[2]) / 2)
    qtbot.waitUntil(lambda: bench.data().table("p1-t1").n_cols == 5, timeout=20000)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert bench.data().table("p1-t1").columns == table.columns


def test_clicking_a_table_box_selects_it_and_selection_scrolls_the_page(window, editor, qtbot):
    window.bench.select_table("")
    window.table_editor.load(None)
    box = next(i for i in window.page_view.scene().items() if isinstance(i, TableBox))
    view = window.page_view
    point = view.mapFromScene(box.rect().center())
    from PySide6.QtTest import QTest

    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert window.bench.current_table == "p1-t1"
    assert window.table_editor.table.id == "p1-t1"
    # selecting the section of page 2 goes to page 2
    window.section_panel.select("s-narrative")
    assert view.page_index == 1


def test_row_and_column_lines_are_drawn_for_the_tables_of_the_page(window, editor, qtbot):
    from PySide6.QtWidgets import QGraphicsLineItem

    view = window.page_view
    qtbot.waitUntil(lambda: "p1-t1" in view._guides, timeout=20000)
    columns, rows = view._guides["p1-t1"]
    table = window.bench.data().table("p1-t1")
    assert len(rows) == table.n_rows - 1  # one line between each pair of rows
    x0, top, x1, bottom = table.bbox
    assert all(top < y < bottom for y in rows) and rows == sorted(rows)
    lines = [i for i in view.scene().items() if isinstance(i, QGraphicsLineItem) and not isinstance(i, SeparatorItem)]
    assert len(lines) >= table.n_rows - 1
    assert len([i for i in view.scene().items() if isinstance(i, SeparatorItem)]) == table.n_cols - 1


def test_clicking_a_heading_marker_selects_its_section(window, editor, qtbot):
    from PySide6.QtTest import QTest

    from widgets.page_view import HeadingMarker

    marker = next(i for i in window.page_view.scene().items() if isinstance(i, HeadingMarker))
    point = window.page_view.mapFromScene(marker.rect().center())
    QTest.mouseClick(window.page_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert window.bench.current_section == marker.section_id
    assert window.section_panel.current_section().id == marker.section_id


def test_reextracting_the_document_reapplies_corrections(window, editor, qtbot):
    bench = window.bench
    editor.edit_cell(1, 0, "Kenya (KEN)")
    editor.select_cell(3, 0)
    editor.merge_up_action.trigger()
    window.reextract_action.trigger()
    qtbot.waitUntil(lambda: not bench.extracting and "re-applied" in window.statusBar().currentMessage(),
                    timeout=60000)
    table = bench.data().table("p1-t1")
    assert table.text_grid()[1][0] == "Kenya (KEN)" and table.text_grid()[2][0] == "Northern Africa"
    assert "2 corrections re-applied" in window.statusBar().currentMessage()
    assert bench.in_step()


# ----------------------------------------------------------------- tables continued on the next page


def _with_continuation(window, qtbot, tmp_path):
    """The sample table plus its continuation at the top of page 2 (linked by the extraction)."""
    from app.document.model import Table
    from tests.gui_support import baseline, make_pdf

    pdf = make_pdf(tmp_path)
    data = baseline(pdf)
    first = data.table("p1-t1")
    part = Table.from_rows([["Uganda", "10", "20", "30"], ["Burundi", "1", "2", "3"]], id="p2-t1", page=2,
                           bbox=(first.bbox[0], 60.0, first.bbox[2], 100.0), continued_from="p1-t1",
                           document=first.document)
    data.tables.append(part)
    bench = window.bench
    bench.new_project(tmp_path / "work.bbproj")
    bench.add_pdf(pdf)
    bench.project.set_extraction(data, "test")
    return first.text_grid(), part.text_grid()


def test_merge_with_continuation_is_one_undoable_step(window, qtbot, tmp_path):
    first_rows, part_rows = _with_continuation(window, qtbot, tmp_path)
    bench, editor = window.bench, window.table_editor
    labels = [window.tables_panel.model.label(t) for t in window.tables_panel.model.tables]
    assert labels == ["p1-t1 → continues on p2", "↳ p2-t1 (continued from p1)"]
    bench.select_table("p1-t1")
    assert editor.merge_continuation_action.isEnabled()
    assert editor.merge_continuation_action.text() == "Merge With Continuation (page 2)"
    assert "continues on page 2" in editor.title.toolTip()
    assert editor.merge_continuation_action in window.table_menu.actions()
    steps = bench.undo_stack.count()
    editor.merge_continuation_action.trigger()
    data = bench.data()
    assert [t.id for t in data.tables] == ["p1-t1"]
    assert data.table("p1-t1").text_grid() == first_rows + part_rows
    assert bench.undo_stack.count() == steps + 1 and bench.in_step()
    assert window.undo_action.text() == "&Undo Merge p1-t1 with its continuation on page 2"
    assert editor.model.rowCount() == len(first_rows) + len(part_rows)
    assert not editor.merge_continuation_action.isEnabled()
    assert window.tables_panel.model.rowCount() == 1
    window.undo_action.trigger()
    assert [t.id for t in bench.data().tables] == ["p1-t1", "p2-t1"]
    assert bench.data().table("p1-t1").text_grid() == first_rows
    assert bench.data().table("p2-t1").continued_from == "p1-t1"
    window.redo_action.trigger()
    assert [t.id for t in bench.data().tables] == ["p1-t1"]


def test_unlink_and_link_a_continuation(window, qtbot, tmp_path):
    _with_continuation(window, qtbot, tmp_path)
    bench, editor = window.bench, window.table_editor
    bench.select_table("p2-t1")
    assert not editor.merge_continuation_action.isEnabled()
    assert editor.unlink_continuation_action.isEnabled()
    assert editor.unlink_continuation_action.text() == "Unlink From Table on Page 1"
    assert not editor.link_continuation_action.isEnabled()
    editor.unlink_continuation_action.trigger()
    assert bench.data().table("p2-t1").continued_from is None
    assert [window.tables_panel.model.label(t) for t in window.tables_panel.model.tables] == ["p1-t1", "p2-t1"]
    assert editor.link_continuation_action.isEnabled() and not editor.unlink_continuation_action.isEnabled()
    editor.link_continuation_action.trigger()
    assert bench.data().table("p2-t1").continued_from == "p1-t1"
    # from the first part: its continuation is unlinked, and Merge follows the link's state
    bench.select_table("p1-t1")
    assert editor.merge_continuation_action.isEnabled()
    editor.unlink_continuation_action.trigger()
    assert bench.data().table("p2-t1").continued_from is None
    assert not editor.merge_continuation_action.isEnabled()
    window.undo_action.trigger()  # undo shows the table it changes
    assert bench.data().table("p2-t1").continued_from == "p1-t1" and editor.table.id == "p2-t1"
    assert editor.unlink_continuation_action.isEnabled()
    bench.select_table("p1-t1")
    assert editor.merge_continuation_action.isEnabled()


def test_a_continued_table_is_named_by_its_title_not_its_ids(window, qtbot, tmp_path):
    """The parts of a table printed over several pages carry the first part's title: the Tables list,
    the editor's title, its actions, the undo history and the problems list never show "p2-t1"."""
    from widgets.i18n import item_name

    _with_continuation(window, qtbot, tmp_path)
    bench, editor = window.bench, window.table_editor
    data = bench.data()
    data.table("p1-t1").title = "Funding requirements"
    window.tables_panel.model.refresh()
    labels = [window.tables_panel.model.label(t) for t in window.tables_panel.model.tables]
    assert labels == ["Funding requirements → continues on p2", "↳ Funding requirements (continued from p1)"]
    # a narrow dock cuts linked names in their middle (the links stay), other names at their end
    from PySide6.QtWidgets import QStyleOptionViewItem

    view = window.tables_panel.view
    modes = []
    for row in range(2):
        index = view.model().index(row, 1)
        opt = QStyleOptionViewItem()
        view.itemDelegateForIndex(index).initStyleOption(opt, index)
        modes.append(opt.textElideMode)
    assert modes == [Qt.TextElideMode.ElideMiddle] * 2
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    assert item_name(data, "p2-t1") == "“Funding requirements”"
    bench.select_table("p2-t1")
    shown = editor.title.text() + editor.title.toolTip()
    assert "Funding requirements" in shown and "continued from page 1" in shown and "p1-t1" not in shown
    assert editor.unlink_continuation_action.text() == "Unlink From Table on Page 1"
    editor.unlink_continuation_action.trigger()
    assert window.undo_action.text() == "&Undo Unlink the table on page 2 from “Funding requirements”"
    bench.select_table("p2-t1")
    assert editor.link_continuation_action.text() == "Link to Table on Previous Page (“Funding requirements”)"
    editor.link_continuation_action.trigger()
    assert window.undo_action.text() == "&Undo Link the table on page 2 as the continuation of “Funding requirements”"
    bench.select_table("p1-t1")
    editor.merge_continuation_action.trigger()
    assert window.undo_action.text() == "&Undo Merge “Funding requirements” with its continuation on page 2"


# ------------------------------------------------------------------------------ clipboard: copy, paste


def test_paste_tab_separated_cells_clipped_to_the_table(window, editor, qtbot):
    from PySide6.QtGui import QGuiApplication

    bench = window.bench
    before = grid(window)
    n_rows = len(before)
    steps = bench.undo_stack.count()
    QGuiApplication.clipboard().setText("1\t2\t3\r\n4\t5\t6\r\n7\t8\t9\r\n")  # as Excel copies it
    editor.select_cell(n_rows - 2, 2)
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    after = grid(window)
    assert after[n_rows - 2][2:] == ["1", "2"] and after[n_rows - 1][2:] == ["4", "5"]
    assert after[: n_rows - 2] == before[: n_rows - 2] and [r[:2] for r in after] == [r[:2] for r in before]
    assert len(after) == n_rows and len(after[0]) == len(before[0])  # nothing added
    assert bench.undo_stack.count() == steps + 1
    assert window.undo_action.text().startswith("&Undo Paste 4 cells")
    status = window.statusBar().currentMessage()
    assert "1 row and 1 column did not fit" in status
    assert bench.data().table("p1-t1").anchor(n_rows - 1, 3).value == 5
    window.undo_action.trigger()
    assert grid(window) == before


def test_copy_then_paste_elsewhere_and_delete_clears(window, editor, qtbot):
    from PySide6.QtGui import QGuiApplication

    bench = window.bench
    before = grid(window)
    editor.select_rect(1, 1, 2, 2)
    editor.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == f"{before[1][1]}\t{before[1][2]}\n{before[2][1]}\t{before[2][2]}"
    editor.select_cell(3, 1)
    assert editor.paste()
    assert [r[1:3] for r in grid(window)[3:5]] == [before[1][1:3], before[2][1:3]]
    # a single value fills the selection
    QGuiApplication.clipboard().setText("0")
    editor.select_rect(1, 1, 2, 3)
    editor.paste_action.trigger()
    assert [r[1:4] for r in grid(window)[1:3]] == [["0"] * 3, ["0"] * 3]
    # Delete clears the selected cells in one step
    steps = bench.undo_stack.count()
    editor.select_rect(1, 0, 1, 3)
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert grid(window)[1] == ["", "", "", ""]
    assert bench.undo_stack.count() == steps + 1 and window.undo_action.text() == "&Undo Clear A2:D2"
    window.undo_action.trigger()
    assert grid(window)[1] == ["Kenya", "0", "0", "0"]


def test_table_box_outline_is_drawn_outside_the_bbox(qtbot):
    """The outline must not cover the text at the bbox's edges (last digits of a Total column)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QGraphicsScene

    from app.document.model import Table
    from widgets.page_view import SELECTED

    table = Table.from_rows([["a", "1"]], id="t", page=1, bbox=(20.0, 20.0, 60.0, 40.0))
    for zoom in (1.0, 2.0, 3.5):
        scene = QGraphicsScene()
        box = TableBox(table, selected=True)
        scene.addItem(box)
        image = QImage(int(80 * zoom), int(60 * zoom), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        scene.render(painter, QRectF(0, 0, image.width(), image.height()), QRectF(0, 0, 80, 60))
        painter.end()

        def orange(x: float, y: float) -> bool:
            c = image.pixelColor(int(x * zoom), int(y * zoom))
            return abs(c.red() - SELECTED.red()) < 40 and abs(c.green() - SELECTED.green()) < 40 and c.blue() < 80

        # inside the bbox, right up to its edges: only the faint fill, never the pen
        inner = [(20.3, 30), (59.6, 30), (40, 20.3), (40, 39.6)]
        assert not any(orange(x, y) for x, y in inner), zoom
        # the pen is drawn just outside
        pad = TableBox.PAD + box.pen().widthF() / 2 / zoom
        assert orange(60 + pad, 30) and orange(20 - pad, 30), zoom


def test_editor_title_escapes_source_text_and_elides_only_the_table_title(window, editor, qtbot):
    bench = window.bench
    long_title = "<i>Funding</i> & requirements " + "by country and objective " * 12
    bench.apply({"op": "set_table", "table": "p1-t1", "attrs": {"title": long_title}, "old": {"title": ""}})
    text = editor.title.text()
    assert "<i>" not in text and "&lt;i&gt;Funding&lt;/i&gt; &amp;" in text
    assert text.startswith("<b>p1-t1</b> · page 1")
    assert "…" in text and long_title in editor.title.toolTip()  # elided, whole in the tip
    editor.edit_cell(1, 1, "lots")
    editor.edit_cell(4, 2, "many")
    n = len(bench.table_problems(editor.table))
    assert n >= 2 and f"{n} problems</span>" in editor.title.text()  # the count stays visible


# ------------------------------------------------- a table merged over two pages: boxes and re-extraction


def _two_page_table_pdf(path):
    """A ruled table of 60 country rows that runs over a page break (header repeated on page 2)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    rows = [["Country", "Objective 1", "Total"]] + [[f"Country {k}", f"{k},000", f"{k},000"] for k in range(1, 61)]
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([table])
    return path


def test_a_merged_table_is_boxed_on_both_pages_and_reextracts_whole(window, qtbot, tmp_path):
    from app.extract.pipeline import extract_document

    pdf = _two_page_table_pdf(tmp_path / "long.pdf")
    data = extract_document(pdf, workers=0)
    first, part = data.tables
    assert (first.page, part.page, part.continued_from) == (1, 2, first.id)
    bench = window.bench
    bench.new_project(tmp_path / "work.bbproj")
    bench.add_pdf(pdf)
    bench.project.set_extraction(data, "test")
    bench.select_table(first.id)
    window.table_editor.merge_continuation_action.trigger()
    merged = bench.data().table(first.id)
    assert merged.n_rows == 61 and merged.pages() == [1, 2]
    assert "pages 1–2 · 61×3" in window.table_editor.title.text()

    # page 2 shows the merged table's second piece; clicking it keeps page 2 in view
    view = window.page_view
    view.set_page(1)
    qtbot.waitUntil(lambda: any(isinstance(i, TableBox) for i in view.scene().items()), timeout=5000)
    boxes = [i for i in view.scene().items() if isinstance(i, TableBox)]
    assert [b.table_id for b in boxes] == [first.id]
    assert boxes[0].rect().top() == pytest.approx(part.bbox[1])
    view.show_table(merged)
    assert view.page_index == 1

    # re-extraction takes every piece again: no page's rows are lost
    steps = bench.undo_stack.count()
    window.reextract_selected_table("ruled")
    qtbot.waitUntil(lambda: bench.undo_stack.count() == steps + 1, timeout=30000)
    again = bench.data().table(first.id)
    assert again.text_grid() == merged.text_grid() and again.pages() == [1, 2]
    assert again.boxes()[1][1] == pytest.approx(part.bbox, abs=2)
    window.undo_action.trigger()
    assert bench.data().table(first.id).text_grid() == merged.text_grid()


def _with_a_doubtful_table(window, tmp_path, doubts=()):
    """A project whose baseline gets a second table on page 2 at confidence 0.41 (p2-t1)."""
    from app.document.model import Table
    from tests.gui_support import baseline, make_pdf

    pdf = make_pdf(tmp_path)
    data = baseline(pdf)
    first = data.table("p1-t1")
    first.confidence = 0.95
    doubtful = Table.from_rows([["Uganda", "10 20", "30"], ["Burundi", "1", "2"]], id="p2-t1", page=2,
                               bbox=(first.bbox[0], 60.0, first.bbox[2], 100.0), document=first.document)
    doubtful.confidence = 0.41
    doubtful.doubts = list(doubts)
    data.tables.append(doubtful)
    bench = window.bench
    bench.new_project(tmp_path / "work.bbproj")
    bench.add_pdf(pdf)
    bench.project.set_extraction(data, "test")
    return bench, first, doubtful


def test_low_confidence_tables_are_listed_first_and_marked(window, qtbot, tmp_path):
    from app.document.model import Table

    bench, first, doubtful = _with_a_doubtful_table(window, tmp_path, ["merged", "unassigned"])
    model = window.tables_panel.model
    assert [t.id for t in model.tables] == ["p2-t1", "p1-t1"]
    assert [model.label(t) for t in model.tables] == ["⚠ p2-t1", "p1-t1"]
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert "Confidence 0.41" in tip and "check this table" in tip
    # what lowered it, strongest first: where to look
    assert tip.index("columns may be merged") < tip.index("are in no cell")
    # the saved project keeps the figure and its doubts (optional JSON fields)
    assert Table.from_json(doubtful.to_json()).confidence == 0.41
    assert Table.from_json(doubtful.to_json()).doubts == ["merged", "unassigned"]
    assert "doubts" not in Table.from_rows([["a", "1"]], id="x", page=1).to_json()
    assert "confidence" not in Table.from_rows([["a", "1"]], id="x", page=1).to_json()


def test_a_table_marked_as_checked_is_no_longer_listed_as_doubtful(window, qtbot, tmp_path):
    """Going through the doubtful tables, the user marks each one checked (Ctrl+K): it leaves the top
    of the list and its warning sign, in one undoable step kept in the project."""
    from app.project.project import Project

    bench, _first, _doubtful = _with_a_doubtful_table(window, tmp_path)
    model = window.tables_panel.model
    assert [model.label(t) for t in model.tables] == ["⚠ p2-t1", "p1-t1"]
    editor = window.table_editor
    bench.select_table("p2-t1")
    assert not editor.checked_action.isChecked()
    editor.checked_action.trigger()
    assert editor.checked_action.isChecked()
    assert [model.label(t) for t in model.tables] == ["p1-t1", "✓ p2-t1"]
    tip = model.data(model.index(1, 1), Qt.ItemDataRole.ToolTipRole)
    assert "Checked by you" in tip
    assert bench.undo_stack.undoText() == "Mark table p2-t1 as checked"
    bench.undo_stack.undo()
    assert [model.label(t) for t in model.tables] == ["⚠ p2-t1", "p1-t1"]
    assert not editor.checked_action.isChecked()
    bench.undo_stack.redo()
    # from the Tables list too, where the user goes down the doubtful tables
    window.show()
    window.tables_panel.view.setFocus()
    qtbot.waitUntil(lambda: window.tables_panel.view.hasFocus(), timeout=3000)
    qtbot.keyClick(window.tables_panel.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert not bench.data().table("p2-t1").checked
    qtbot.keyClick(window.tables_panel.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert bench.data().table("p2-t1").checked
    # the history names a titled table by its title
    from app.project import ops

    assert bench.apply(ops.set_table("p2-t1", {"title": "Funding by country"}, {"title": ""}))
    editor.checked_action.trigger()
    assert bench.undo_stack.undoText() == "Mark table “Funding by country” as not checked"
    bench.undo_stack.undo()
    path = bench.project.path
    bench.close_project()
    project = Project.open(path)
    try:
        assert project.data(next(iter(project.documents))).table("p2-t1").checked
    finally:
        project.close()


def test_selecting_a_cell_keeps_the_label_column_in_view(qtbot):
    """A cell of a column too wide to show beside the label column is shown from its start, beside
    the labels, rather than scrolled to so the labels leave the view; a cell that fits beside the
    labels brings them back; one far to the right is scrolled to as little as needed."""
    from app.document.model import Table
    from widgets.table_editor import TableEditor
    from widgets.workbench import Workbench

    bench = Workbench()
    editor = TableEditor(bench)
    qtbot.addWidget(editor)
    wide = "a long objective statement that fills the widest column the editor allows " * 2
    rows = [["Country", "Objective", "2023", "2024", "2025", "2026"],
            ["Kenya", wide, "1,000", "2,000", "3,000", "4,000"],
            ["Somalia", wide, "5,000", "6,000", "7,000", "8,000"]]
    editor.view.setFixedWidth(380)  # a narrow docked panel
    editor.show()
    qtbot.waitExposed(editor)
    editor.view.set_frozen(False)  # the label column scrolls with the others
    editor.load(Table.from_rows(rows, id="t", header_rows=1))
    view, bar = editor.view, editor.view.horizontalScrollBar()
    label = view.columnWidth(0)
    assert label + view.columnWidth(1) > view.viewport().width()  # the wide column cannot sit beside it
    editor.select_cell(1, 1)
    assert view.columnViewportPosition(0) == 0, "the label column left the view"
    assert view.columnViewportPosition(1) < view.viewport().width()  # the cell's start is shown
    editor.select_cell(1, 5)  # far right: scrolled to, just enough to show the cell whole
    x = view.columnViewportPosition(5)
    assert x >= 0 and x + view.columnWidth(5) <= view.viewport().width()
    assert x + view.columnWidth(5) >= view.viewport().width() - 1  # no further than needed
    editor.select_cell(2, 0)  # back to a label: the labels are in view again
    assert view.columnViewportPosition(0) == 0 and bar.value() == 0


def _funding_editor(qtbot, width: int = 490):
    """A funding table (long country names, eight columns of figures) in a panel ``width`` wide."""
    from app.document.model import Table
    from widgets.table_editor import TableEditor
    from widgets.workbench import Workbench

    settings().remove(LABEL_WIDTH_SETTING)  # the labels sized by their content
    bench = Workbench()
    editor = TableEditor(bench)
    qtbot.addWidget(editor)
    years = [str(2018 + i) for i in range(8)]
    names = ["Democratic Republic of the Congo", "Central African Republic", "Kenya", "Somalia"]
    rows = [["Country"] + years] + [[name] + [f"{(r + 1) * (c + 1) * 1000:,}" for c in range(8)]
                                    for r, name in enumerate(names)]
    editor.resize(width, 300)
    editor.show()
    qtbot.waitExposed(editor)
    editor.load(Table.from_rows(rows, id="t", header_rows=1))
    return editor


def _label_shown(editor, row: int) -> bool:
    """The label cell of ``row`` is drawn inside the grid's viewport, in whichever view draws it."""
    view = editor.view
    frozen = view.frozen
    if frozen is not None and frozen.isVisible():
        rect = frozen.visualRect(editor.model.index(row, 0))
        where = frozen.viewport().mapTo(view, rect.topLeft())
        inside = view.viewport().geometry()
        return rect.width() > 0 and inside.left() <= where.x() and where.x() + rect.width() <= inside.right() + 1
    x = view.columnViewportPosition(0)
    return x >= 0 and x + view.columnWidth(0) <= view.viewport().width()


def test_the_label_column_stays_in_view_at_the_last_column(qtbot):
    """Moving right through every column of a table wider than the panel scrolls the figures, and the
    row's label stays drawn at the left edge ("freeze first column", on by default)."""
    from PySide6.QtTest import QTest

    editor = _funding_editor(qtbot)
    view = editor.view
    assert editor.freeze_action.isChecked()
    header = view.horizontalHeader()
    assert header.length() > view.viewport().width()  # the table needs scrolling sideways
    editor.select_cell(2, 0)
    view.setFocus()
    for _ in range(8):
        QTest.keyClick(view, Qt.Key.Key_Right)
    assert editor.current_cell() == (2, 8)
    assert view.horizontalScrollBar().value() > 0  # scrolled sideways
    x = view.columnViewportPosition(8)
    assert x >= view.columnWidth(0) and x + view.columnWidth(8) <= view.viewport().width() + 1  # the cell is beside the labels
    assert _label_shown(editor, 2), "the current row's label left the view"
    QTest.keyClick(view, Qt.Key.Key_Home)  # back to the label across the frozen edge, and out again
    assert editor.current_cell() == (2, 0) and _label_shown(editor, 2)
    QTest.keyClick(view, Qt.Key.Key_Right)
    x = view.columnViewportPosition(1)
    assert editor.current_cell() == (2, 1) and x >= view.columnWidth(0) - 1
    editor.select_cell(2, 8)
    frozen = view.frozen
    QTest.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=frozen.visualRect(editor.model.index(3, 0)).center())
    assert editor.current_cell() == (3, 0)  # a click on a frozen label selects it in the grid
    QTest.keyClick(view, Qt.Key.Key_End)
    assert editor.current_cell() == (3, 8) and _label_shown(editor, 3)


def test_turning_the_frozen_column_off_is_remembered(qtbot):
    editor = _funding_editor(qtbot)
    editor.freeze_action.trigger()
    assert not editor.view.is_frozen()
    editor.select_cell(2, 8)
    assert not _label_shown(editor, 2)  # the labels scroll away with the others
    again = _funding_editor(qtbot)
    assert not again.freeze_action.isChecked() and not again.view.is_frozen()
    again.freeze_action.trigger()
    assert _funding_editor(qtbot).view.is_frozen()


def test_a_label_column_leaving_no_room_is_not_frozen(qtbot):
    """In a panel hardly wider than the labels the figures would have no room beside a frozen column:
    the labels scroll with them instead, and freeze again when the panel is widened."""
    editor = _funding_editor(qtbot)
    view = editor.view
    assert editor.freeze_action.isChecked() and view.is_frozen()
    view.label_dragged(260)  # the user made the labels wide (else they take at most 40% of the grid)
    view.setColumnWidth(0, 260)
    view.setFixedWidth(view.columnWidth(0) + 80)  # a narrow docked panel
    qtbot.waitUntil(lambda: view.columnWidth(0) > view.viewport().width() - 96)
    assert not view.is_frozen()
    editor.select_cell(2, 8)
    assert not _label_shown(editor, 2)  # scrolled with the others: the figures have the room
    view.setFixedWidth(700)
    qtbot.waitUntil(view.is_frozen)
    editor.select_cell(2, 8)
    assert _label_shown(editor, 2)
    settings().remove(LABEL_WIDTH_SETTING)


def test_typing_into_a_frozen_label_cell_is_one_undoable_edit(window, editor, qtbot):
    """A label cell typed into while the grid is scrolled sideways opens its editor in the frozen
    column; Enter saves it as the same undoable cell edit as any other cell's."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    view = editor.view
    assert view.is_frozen()
    before = grid(window)[1][0]
    steps = window.bench.undo_stack.count()
    editor.select_cell(1, 0)
    view.setFocus()
    QTest.keyClick(view, "n")  # any key starts editing the current cell
    field = view.frozen.indexWidget(editor.model.index(1, 0))
    assert isinstance(field, QLineEdit), "the label's editor is not in the frozen column"
    QTest.keyClicks(field, "arnia")
    assert field.text() == "narnia"
    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid(window)[1][0] == "narnia")  # the delegate commits on a queued call
    assert view.frozen.state() != view.frozen.State.EditingState
    assert window.bench.undo_stack.count() == steps + 1  # one cell edit, as in any other column
    QTest.keyClick(view, "k")  # Tab from a label's editor goes on to the row's next cell
    field = view.frozen.indexWidget(editor.model.index(1, 0))
    QTest.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: editor.current_cell() == (1, 1))
    assert grid(window)[1][0] == "k"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert grid(window)[1][0] == before


def test_header_spans_follow_into_the_frozen_column(qtbot):
    """A corner cell spanning the header rows spans them in the frozen column too (a heading spanning
    the other columns does not reach it); rows keep the grid's heights."""
    from app.project import table_edit as te

    editor = _funding_editor(qtbot)
    view = editor.view
    table = te.insert_row(editor.model.table, 0)  # a heading row over the years
    table = te.merge_cells(table, 0, 1, 0, 8)
    table = te.merge_cells(table, 0, 0, 1, 0)  # the corner spans both header rows
    editor.load(table)
    frozen = view.frozen
    assert view.rowSpan(0, 0) == 2 and frozen.rowSpan(0, 0) == 2
    assert view.columnSpan(0, 1) == 8 and frozen.columnSpan(0, 1) == 1
    assert [frozen.rowHeight(r) for r in range(table.n_rows)] == [view.rowHeight(r) for r in range(table.n_rows)]
    view.setRowHeight(3, 40)
    assert frozen.rowHeight(3) == 40


def test_a_title_spanning_the_columns_reads_on_across_the_frozen_edge(qtbot):
    """A title row spanning every column (a sheet's "FOREST LABORATORIES, INC. DISCLOSURE REPORT")
    is drawn by the frozen column as the grid draws it: at no sideways scroll the label column shows
    the same pixels as the grid under it, not the title cut with "…" beside its own continuation."""
    from app.project import table_edit as te

    editor = _funding_editor(qtbot)
    view = editor.view
    table = te.insert_row(editor.model.table, 0)
    title = "Office for the Coordination of Humanitarian Affairs: funding by year"
    table = te.set_cell_text(table, 0, 0, title)
    table = te.merge_cells(table, 0, 0, 0, 8)
    editor.load(table)
    view.clearSelection()
    view.setCurrentIndex(editor.model.index(3, 3))
    frozen = view.frozen
    assert frozen.isVisible() and view.horizontalScrollBar().value() == 0
    rect = frozen.visualRect(editor.model.index(0, 0))
    assert view.fontMetrics().horizontalAdvance(title) > rect.width()  # wider than the label column
    ours = frozen.viewport().grab(rect.adjusted(0, 0, -4, 0)).toImage()
    under = view.viewport().grab(view.visualRect(editor.model.index(0, 0)).adjusted(0, 0, -4, 0)).toImage()
    under = under.copy(0, 0, ours.width(), ours.height())
    assert ours == under, "the frozen column draws the spanning title unlike the grid under it"


LONG_NAMES = ["Office for the Coordination of Humanitarian Affairs, regional office for Southern Africa",
              "Democratic Republic of the Congo", "Kenya", "Somalia"]


def _long_label_editor(qtbot, width: int = 600, fresh: bool = True):
    """A funding table whose first label is far wider than the panel allows for labels (``fresh``:
    no label width remembered)."""
    from app.document.model import Table
    from widgets.table_editor import TableEditor
    from widgets.workbench import Workbench

    if fresh:
        settings().remove(LABEL_WIDTH_SETTING)
    editor = TableEditor(Workbench())
    qtbot.addWidget(editor)
    years = [str(2018 + i) for i in range(6)]
    rows = [["Country"] + years] + [[name] + [f"{(r + 1) * (c + 1) * 1000:,}" for c in range(6)]
                                    for r, name in enumerate(LONG_NAMES)]
    editor.resize(width, 300)
    editor.show()
    qtbot.waitExposed(editor)
    editor.load(Table.from_rows(rows, id="t", header_rows=1))
    return editor


def _tooltip_at(view, index) -> str:
    """The tooltip the view asks Qt to show over the cell ``index`` (a hover's help event)."""
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication

    from widgets import table_editor

    shown = []

    class Recorder:
        showText = staticmethod(lambda _pos, text, *_a: shown.append(text))  # noqa: N815
        hideText = staticmethod(lambda: None)  # noqa: N815

    real, table_editor.QToolTip = table_editor.QToolTip, Recorder
    try:
        centre = view.visualRect(index).center()
        QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre)))
    finally:
        table_editor.QToolTip = real
    return "\n".join(shown)


def test_a_long_label_column_takes_at_most_two_fifths_and_tells_the_whole_label(qtbot):
    """A label column sized to a very long label takes at most 40% of the grid (the figures keep
    the rest); the labels cut short show whole in their tooltip, the others do not repeat
    themselves; a wider panel gives the labels more room."""
    from widgets.table_editor import LABEL_SHARE

    editor = _long_label_editor(qtbot)
    view = editor.view
    assert view.is_frozen()
    room = view.viewport().width()
    assert view.columnWidth(0) <= LABEL_SHARE * room + 1, (view.columnWidth(0), room)
    long_label = editor.model.index(1, 0)
    assert LONG_NAMES[0] in _tooltip_at(view.frozen, long_label)
    assert _tooltip_at(view.frozen, editor.model.index(3, 0)) == ""  # "Kenya" is shown whole
    assert _tooltip_at(view, editor.model.index(1, 2)) == ""  # a figure shown whole
    narrow = view.columnWidth(0)
    editor.resize(1300, 300)
    qtbot.waitUntil(lambda: view.columnWidth(0) > narrow)
    assert view.columnWidth(0) <= LABEL_SHARE * view.viewport().width() + 1


def test_the_label_column_dragged_wider_is_remembered(qtbot):
    """Dragging the frozen label column's edge widens it; the next table (and the next start) gets
    the width the user chose for its long labels, not the 40% share."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    editor = _long_label_editor(qtbot)
    view = editor.view
    before = view.columnWidth(0)
    header = view.frozen.horizontalHeader()
    y = header.height() // 2
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(before - 1, y))
    QTest.mouseMove(header.viewport(), QPoint(before + 30, y))
    QTest.mouseMove(header.viewport(), QPoint(before + 59, y))
    QTest.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(before + 59, y))
    assert abs(view.columnWidth(0) - (before + 60)) <= 2, (before, view.columnWidth(0))
    assert view.frozen.columnWidth(0) == view.columnWidth(0)
    dragged = view.columnWidth(0)
    editor.resize(700, 300)  # resizing the panel keeps the user's width
    qtbot.wait(10)
    assert view.columnWidth(0) == dragged
    assert int(settings().value(LABEL_WIDTH_SETTING)) == dragged
    again = _long_label_editor(qtbot, fresh=False)
    assert again.view.columnWidth(0) == dragged
    settings().remove(LABEL_WIDTH_SETTING)


def test_a_click_on_a_column_separator_is_no_correction(window, editor, qtbot):
    """Clicking a table where its column rule is (to select it, or by mistake on the selected one)
    re-split the columns: a correction in the history the user never made."""
    from PySide6.QtTest import QTest

    bench = window.bench
    view = window.page_view
    window.bench.select_table("")
    window.table_editor.load(None)
    table = bench.data().table("p1-t1")
    x = view.table_columns(table)[0]
    point = view.mapFromScene(QPointF(x, (table.bbox[1] + table.bbox[3]) / 2))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert bench.current_table == "p1-t1"
    qtbot.waitUntil(lambda: any(isinstance(i, SeparatorItem) and i.flags() & i.GraphicsItemFlag.ItemIsMovable
                                for i in view.scene().items()), timeout=5000)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    qtbot.wait(1500)  # a re-split runs in a helper process
    assert bench.undo_stack.count() == 0, bench.undo_stack.text(0)


def test_right_to_left_cells_read_from_the_right(window, qtbot, tmp_path):
    """An Arabic cell mixing in a Latin name ("اسمي Jeremy في الانجليزية") was drawn left to right and
    flush left: its words came out in the wrong order. Cells whose letters are mostly Arabic or Hebrew
    are laid out right to left (so flush right); Latin and figures stay as they were."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from app.document.model import Table
    from tests.gui_support import baseline, make_pdf

    pdf = make_pdf(tmp_path)
    data = baseline(pdf)
    first = data.table("p1-t1")
    data.tables = [Table.from_rows([["اسمي Jeremy في الانجليزية", "Jeremy is جرمي in Arabic"], ["1234", "x"]],
                                   id="p1-t1", page=1, bbox=first.bbox, document=first.document)]
    bench = window.bench
    bench.new_project(tmp_path / "work.bbproj")
    bench.add_pdf(pdf)
    bench.project.set_extraction(data, "test")
    bench.select_table("p1-t1")
    view = window.table_editor.view

    def direction(row, col):
        index = view.model().index(row, col)
        opt = QStyleOptionViewItem()
        view.itemDelegateForIndex(index).initStyleOption(opt, index)
        return opt.direction

    assert direction(0, 0) == Qt.LayoutDirection.RightToLeft
    assert direction(0, 1) == Qt.LayoutDirection.LeftToRight
    assert direction(1, 0) == Qt.LayoutDirection.LeftToRight


def test_split_column_at_a_separator_offers_the_one_its_cells_hold(window, editor, monkeypatch):
    # Excel's "Text to Columns": a drawn list "term : text" is one column (the texts start at every x,
    # so no column edge can be drawn); the user splits it at the separator the dialog offers
    import widgets.table_editor as tew

    before = grid(window)
    for r, row in enumerate(before):
        editor.model.setData(editor.model.index(r, 0), f"{row[0]} : note {r}", Qt.ItemDataRole.EditRole)
    offered = {}

    def get_text(parent, title, label, echo, text):
        offered["text"] = text
        return offered["text"], True

    monkeypatch.setattr(tew.QInputDialog, "getText", staticmethod(get_text))
    editor.select_cell(1, 0)
    editor.split_col_at_action.trigger()
    assert offered["text"] == ":"
    after = grid(window)
    assert [row[:2] for row in after] == [[row[0], f"note {r}"] for r, row in enumerate(before)]
    assert len(after[0]) == len(before[0]) + 1
    assert window.bench.undo_stack.undoText() == "Split column A"
    window.undo_action.trigger()
    assert grid(window)[0][0] == f"{before[0][0]} : note 0"


def test_the_drawn_areas_menu_opens_where_the_drag_ended(window, editor, qtbot, monkeypatch):
    # as in Acrobat or Tabula: the choices come up at the pointer, not in the middle of the page view
    seen = {}

    def fake_exec(self, menu, pos):
        seen["pos"] = pos
        return None  # Cancel

    monkeypatch.setattr(type(window), "_exec_menu", fake_exec)
    view = window.page_view
    x0, top, x1, bottom = window.bench.data().table("p1-t1").bbox
    view.centerOn(QPointF((x0 + x1) / 2, (top + bottom) / 2))
    view.draw_area((x0, top, x1, bottom))
    corner = view.viewport().mapToGlobal(view.mapFromScene(QPointF(x1, bottom)))
    assert (seen["pos"] - corner).manhattanLength() <= 2
