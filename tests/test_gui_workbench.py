"""The workbench window end to end: open, extract in the background, edit, undo/redo, save, reopen."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt (PySide6) is a runtime dependency; install the package")

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDropEvent  # noqa: E402
from PySide6.QtWidgets import QMessageBox, QToolButton  # noqa: E402

from app.project.project import Project  # noqa: E402
from tests.gui_support import baseline, make_pdf, state  # noqa: E402
from widgets.main_window import MainWindow  # noqa: E402
from widgets.workbench import is_untitled, projects_folder  # noqa: E402


@pytest.fixture
def messages(monkeypatch):
    """Message boxes are recorded instead of shown (they would block the test)."""
    shown = []

    def record(kind):
        def box(*args, **kwargs):
            shown.append((kind, args[1] if len(args) > 1 else "", args[2] if len(args) > 2 else ""))
            return QMessageBox.StandardButton.Yes
        return box

    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


@pytest.fixture
def window(qtbot, messages):
    w = MainWindow()
    w.bench.workers = 0  # extraction inside its thread: no worker processes to start in tests
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def wait_extracted(qtbot, window, sha=None, timeout=60000):
    bench = window.bench
    qtbot.waitUntil(lambda: not bench.extracting and bench.has_extraction(sha or bench.current), timeout=timeout)


def loaded(window, qtbot, tmp_path) -> str:
    """A project with the sample PDF and its known baseline (tables + section tree)."""
    pdf = make_pdf(tmp_path)
    bench = window.bench
    bench.new_project(tmp_path / "work.bbproj")
    sha = bench.add_pdf(pdf)
    bench.project.set_extraction(baseline(pdf), "test")
    qtbot.waitUntil(window.page_view.is_rendered, timeout=10000)
    return sha


def test_opening_a_pdf_creates_an_untitled_project_and_extracts_in_the_background(window, qtbot, tmp_path):
    pdf = make_pdf(tmp_path)
    assert window.open_path(pdf)
    bench = window.bench
    assert bench.project is not None and is_untitled(bench.project.path)
    assert bench.project.path.parent.resolve() == projects_folder().resolve()
    assert window.progress.isVisible()  # progress with cancel in the status bar
    wait_extracted(qtbot, window)
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=5000)
    data = bench.data()
    assert [t.id for t in data.tables] == ["p1-t1"]
    assert window.tables_panel.model.rowCount() == 1
    qtbot.waitUntil(lambda: bench.problems() is not None)
    # the page shows the table's box
    from widgets.page_view import TableBox

    qtbot.waitUntil(window.page_view.is_rendered, timeout=10000)
    assert any(isinstance(i, TableBox) for i in window.page_view.scene().items())
    assert "Extracted" in window.statusBar().currentMessage()
    # the baseline was written by the extraction thread: a fresh reader of the file sees it
    fresh = Project.open(bench.project.path, read_only=True)  # the window is the writer
    assert fresh.data(bench.current).to_json() == data.to_json()
    fresh.close()


def test_edit_undo_redo_through_the_window_stay_in_step_with_the_journal(window, qtbot, tmp_path):
    sha = loaded(window, qtbot, tmp_path)
    bench = window.bench
    bench.select_table("p1-t1")
    editor = window.table_editor
    assert editor.table.id == "p1-t1"
    assert editor.edit_cell(1, 1, "750,000")
    cell = bench.data().table("p1-t1").anchor(1, 1)
    assert (cell.text, cell.value) == ("750,000", 750000)
    assert bench.project.store.journal_count() == 1
    assert window.undo_action.text() == "&Undo Edit cell B2"
    window.undo_action.trigger()
    assert bench.data().table("p1-t1").anchor(1, 1).text == "700,000"
    assert editor.model.data(editor.model.index(1, 1)) == "700,000"
    window.redo_action.trigger()
    assert bench.data().table("p1-t1").anchor(1, 1).text == "750,000"
    assert bench.in_step()
    assert bench.project.store.journal_count() == 3  # do, undo, redo: each written as it happened
    # the history view lists the named command
    assert bench.undo_stack.text(0) == "Edit cell B2"
    assert state(bench.project, sha)["undo"] == ["Edit cell B2"]


def test_save_as_close_and_reopen_restore_the_same_state_and_undo_history(window, qtbot, tmp_path, messages):
    sha = loaded(window, qtbot, tmp_path)
    bench = window.bench
    bench.select_table("p1-t1")
    window.table_editor.edit_cell(0, 0, "Country or area")
    window.table_editor.select_cell(3, 0)
    window.table_editor.merge_up_action.trigger()
    window.section_panel.select("s-kenya")
    assert window.section_panel.rename("s-kenya", "Kenya (KEN)")
    window.undo_action.trigger()  # the rename is undone: it must stay undone, and redoable
    before = state(bench.project, sha)
    assert before["redo"] == ["Rename “Kenya” to “Kenya (KEN)”"]
    target = tmp_path / "saved.bbproj"
    assert window.save_as(target)
    assert bench.project.path == target
    window.close()

    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_path(target)
    assert state(again.bench.project, sha) == before
    assert again.bench.in_step()
    assert again.bench.undo_stack.index() == 2 and again.bench.undo_stack.count() == 3
    again.redo_action.trigger()
    assert again.bench.data().section("s-kenya").title == "Kenya (KEN)"
    again.undo_action.trigger()
    again.undo_action.trigger()
    again.undo_action.trigger()
    assert again.bench.data().table("p1-t1").anchor(0, 0).text == "Country"
    again.close()


def test_untitled_project_save_as_moves_it(window, qtbot, tmp_path):
    pdf = make_pdf(tmp_path)
    window.open_path(pdf)
    wait_extracted(qtbot, window)
    untitled = window.bench.project.path
    assert window.save_as(tmp_path / "named.bbproj")
    assert not untitled.exists()
    assert not window.bench.is_untitled and "named" in window.windowTitle()
    assert window.recent_files()[0].endswith("named.bbproj")


def test_the_problems_list_follows_a_save_as(window, qtbot, tmp_path):
    """Save As reopens the project in its new file: the problems list was emptied and never filled
    again while its count still said "6 problems" (a list nobody can act on)."""
    pdf = make_pdf(tmp_path, rows=[["Region", "USD"], ["Asia", "500"], ["Africa", "700"], ["Total", "1,900"]])
    window.open_path(pdf)
    wait_extracted(qtbot, window)
    panel = window.problems_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=20000)
    before = panel.model.rowCount()
    assert window.save_as(tmp_path / "named.bbproj")
    qtbot.waitUntil(lambda: panel.model.rowCount() == before, timeout=20000)
    assert str(before) in panel.status.text()


def test_the_pack_status_reads_the_window_s_problems(window, qtbot, tmp_path):
    """In the window the Pack panel names a table whose figures no longer add up from the problems the
    window finds (not by checking the pack's tables again on every rebuild), once they are found."""
    from app.project import ops

    pdf = make_pdf(tmp_path, rows=[["Region", "USD"], ["Asia", "500"], ["Africa", "700"], ["Total", "1,200"]])
    window.open_path(pdf)
    wait_extracted(qtbot, window)
    window.compose_pack_action.trigger()
    qtbot.waitUntil(lambda: window.pack_composer is not None, timeout=5000)
    composer = window.pack_composer
    assert composer.problems_of == window.bench.problems
    table = window.bench.data().tables[0]
    table.total_rows = [3]  # the tests mark the totals row themselves
    cell = table.anchor(1, 1)
    assert window.bench.apply(ops.set_cell(table.id, 1, 1, "900", cell.text))
    qtbot.waitUntil(lambda: "do not add up" in composer.status.text(), timeout=20000)


def test_several_pdfs_in_one_project_and_drop_of_a_project(window, qtbot, tmp_path):
    first = make_pdf(tmp_path, "first.pdf")
    second = make_pdf(tmp_path, "second.pdf", rows=[["Region", "USD"], ["Asia", "5"], ["Total", "5"]])
    window.open_path(first)
    wait_extracted(qtbot, window)
    project_path = tmp_path / "two.bbproj"
    assert window.save_as(project_path)  # an untitled project without corrections is removed on close
    window.add_pdf(second)  # File > Add PDF to Project (Open would ask: a new project or this one)
    assert len(window.bench.project.documents) == 2
    wait_extracted(qtbot, window)
    assert window.document_list.count() == 2
    window.document_list.setCurrentRow(0)
    assert window.bench.data().document.path.endswith("first.pdf")
    # the same file again is not added twice
    window.open_path(first)
    assert len(window.bench.project.documents) == 2
    window.bench.close_project()
    assert window.bench.project is None
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(project_path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.bench.project is not None and len(window.bench.project.documents) == 2


def test_embedded_pdf_is_used_when_the_source_moved(window, qtbot, tmp_path):
    sha = loaded(window, qtbot, tmp_path)
    window.embed_action.trigger()
    assert window.bench.project.store.has_embedded_pdf(sha)
    path = Path(window.bench.data().document.path)
    project_path = window.bench.project.path
    window.close()
    path.rename(path.with_name("moved.pdf"))
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_path(project_path)
    assert again.page_view.page_count == 2  # rendered from the copy in the project
    again.close()


def test_missing_pdf_asks_to_locate_it(window, qtbot, tmp_path, monkeypatch, messages):
    sha = loaded(window, qtbot, tmp_path)
    path = Path(window.bench.data().document.path)
    project_path = window.bench.project.path
    window.close()
    moved = path.rename(path.with_name("elsewhere.pdf"))
    monkeypatch.setattr("widgets.main_window.QFileDialog.getOpenFileName", lambda *a, **k: (str(moved), ""))
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_path(project_path)
    assert any(kind == "question" and "missing" in title for kind, title, _ in messages)
    assert again.page_view.page_count == 2
    assert Project.open(project_path, read_only=True).documents[sha].document.path == str(moved.resolve())
    again.close()


def test_cancel_keeps_pages_done_and_the_window_answers(window, qtbot, tmp_path):
    pdf = make_pdf(tmp_path)
    window.bench.workers = 0
    window.open_path(pdf)
    window.cancel_button.click()  # may come after the (fast) extraction finished: both are fine
    qtbot.waitUntil(lambda: not window.bench.extracting, timeout=60000)
    assert window.bench.has_extraction(window.bench.current)
    assert not window.progress.isVisible()


def test_toolbar_fits_at_1366_and_every_frequent_action_has_a_shortcut(window):
    toolbar = window.toolbar
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible(), "toolbar cut off at 1366 px"
    frequent = [window.open_action, window.save_action, window.undo_action, window.redo_action,
                window.find_action, window.repair_action, window.draw_action, window.next_action,
                window.prev_action, window.zoom_in_action, window.zoom_out_action, window.fit_width_action,
                window.next_problem_action, window.reextract_action, window.add_pdf_action,
                window.table_editor.merge_up_action, window.table_editor.merge_cells_action,
                window.table_editor.insert_row_above_action, window.table_editor.delete_rows_action,
                window.table_editor.total_action, window.section_panel.rename_action,
                window.section_panel.promote_action, window.section_panel.demote_action,
                window.section_panel.merge_action, window.section_panel.split_action]
    missing = [a.text() for a in frequent if a.shortcut().isEmpty()]
    assert not missing
    keys = {}
    for a in window.actions():
        for k in a.shortcuts():
            assert k.toString() not in keys, f"{a.text()} and {keys[k.toString()]} share {k.toString()}"
            keys[k.toString()] = a.text()


def test_window_layout_is_remembered(window, qtbot):
    window.tables_dock.raise_()
    window.problems_dock.hide()
    window.save_window_state()
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert not again.problems_dock.isVisible()
    again.reset_layout()
    assert again.problems_dock.isVisible()
    again.save_window_state()
    again.close()


SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


@pytest.mark.skipif(not (SAMPLES / "myanmar-crisis-response-plan-2025-sample.pdf").exists(),
                    reason="the bundled sample PDFs are not in this checkout")
def test_bundled_sample_open_extract_edit_save_reopen(window, qtbot, tmp_path):
    sample = SAMPLES / "myanmar-crisis-response-plan-2025-sample.pdf"
    assert window.open_path(sample)
    wait_extracted(qtbot, window)
    bench = window.bench
    sha = bench.current
    table = max(bench.data().tables, key=lambda t: t.n_rows * t.n_cols)
    bench.select_table(table.id)
    old = table.text_grid()[1][0]
    assert window.table_editor.edit_cell(1, 0, old + " (checked)")
    window.undo_action.trigger()
    assert bench.data().table(table.id).text_grid()[1][0] == old
    window.redo_action.trigger()
    window.table_editor.header_spin.setValue(2)
    before = state(bench.project, sha)
    assert window.save_as(tmp_path / "sample.bbproj")
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_path(tmp_path / "sample.bbproj")
    assert state(again.bench.project, sha) == before
    assert again.bench.data().table(table.id).text_grid()[1][0] == old + " (checked)"
    again.close()


def test_the_status_bar_and_the_pack_panel_count_the_same_sections(window, qtbot, tmp_path):
    """The document's level-0 root is the document itself (the pack names it by the document block,
    not a heading): neither the extraction's message nor the Pack panel counts it as a section."""
    import re

    finished = []
    window.bench.extractionFinished.connect(lambda sha, message: finished.append(message))
    assert window.open_path(make_pdf(tmp_path))
    wait_extracted(qtbot, window)
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    data = window.bench.data()
    assert any(s.level <= 0 for s in data.sections)  # the document has its root ...
    headings = [s for s in data.all_sections() if s.level > 0]
    assert headings  # ... and headings under it
    said = re.search(r"(\d+) sections?", finished[-1])
    assert said and int(said.group(1)) == len(headings), finished[-1]
    window.compose_pack()
    qtbot.waitUntil(lambda: window.pack_composer is not None and window.pack_composer.pack is not None,
                    timeout=5000)

    def counted() -> int:
        panel = re.search(r"(\d+) sections?", window.pack_composer.status.text())
        return int(panel.group(1)) if panel else -1

    # the panel follows the extraction's last pages within its rebuild delay, later on a busy machine
    qtbot.waitUntil(lambda: counted() == len(headings), timeout=10000)


def test_the_status_bar_counts_the_corrections_the_project_holds(window, qtbot, tmp_path):
    """The status bar says how many corrections the project holds, in the right plural form: an
    undone correction is no longer counted (it is kept for Redo, as the tooltip says), and reopening
    the project counts the same."""
    loaded(window, qtbot, tmp_path)
    bench, label = window.bench, window.saved_label
    assert "0 corrections in work.bbproj" in label.text()
    bench.select_table("p1-t1")
    editor = window.table_editor
    assert editor.edit_cell(1, 1, "750,000")
    assert "1 correction in work.bbproj" in label.text()
    assert editor.edit_cell(1, 2, "350,000") and editor.edit_cell(1, 3, "1,100,000")
    assert "3 corrections" in label.text()
    window.undo_action.trigger()
    assert "2 corrections" in label.text()
    assert "1 undone correction can be redone" in label.toolTip()
    path = bench.project.path
    assert window.open_project(path)
    assert "2 corrections in work.bbproj" in window.saved_label.text()


def test_a_pdf_corrected_in_an_untitled_project_offers_to_go_on_with_the_corrections(window, qtbot, tmp_path):
    """A PDF corrected in an untitled project, left, then opened again starts a new project but does
    not start from scratch silently: the banner offers to go on with the corrections; doing so opens
    the earlier project (its corrections and history) and drops the empty new one. "Start Afresh"
    keeps the new one."""
    from widgets.workbench import remove_project_file

    pdf = make_pdf(tmp_path, rows=[["Region", "2024"], ["Sahel", "1,000"], ["Lake Chad", "2,000"]])
    bench = window.bench
    assert window.open_path(pdf)
    wait_extracted(qtbot, window)
    first = bench.project.path
    bench.select_table("p1-t1")
    assert window.table_editor.edit_cell(1, 1, "1,500") and window.table_editor.edit_cell(2, 1, "2,500")
    window.undo_action.trigger()  # one undone: one correction held
    window.projects.close_project()
    assert first.exists()  # kept: it holds a correction
    banner = window.project_banner
    assert window.open_path(pdf)
    fresh = bench.project.path
    assert fresh != first and banner.isVisible() and banner.recover_button.isVisible()
    assert "1 correction," in banner.label.text() and pdf.name in banner.label.text()
    banner.dismiss_button.click()  # start afresh: the offer goes, the new project stays
    assert not banner.isVisible() and bench.project.path == fresh
    window.projects.close_project()
    assert window.open_path(pdf)
    fresh = bench.project.path
    banner.recover_button.click()
    assert bench.project.path == first and not banner.isVisible()
    assert not fresh.exists()  # the empty new project is not left behind
    assert bench.data().table("p1-t1").anchor(1, 1).text == "1,500"
    assert [s.label for s in bench.project.undo_stack] and bench.project.redo_stack  # the history came back
    window.projects.close_project()
    remove_project_file(first)  # the next tests open PDFs like this one


def test_going_on_with_corrections_mid_extraction_keeps_the_earlier_project_whole(window, qtbot, tmp_path):
    """Going on with the earlier project while the new one still extracts the same PDF: the new
    project's extraction, cancelled, is no longer delivered into the earlier one (its partial pages
    replaced the earlier project's whole document on screen, with "extraction cancelled" and an empty
    history)."""
    from widgets.workbench import remove_project_file

    pdf = make_pdf(tmp_path, rows=[["Region", "2024"], ["Sahel", "1,000"], ["Lake Chad", "2,000"]])
    bench = window.bench
    assert window.open_path(pdf)
    wait_extracted(qtbot, window)
    first = bench.project.path
    known = baseline(pdf)  # a section tree of its own: a new extraction's shows if it comes in
    bench.project.set_extraction(known, "test")
    bench.select_table("p1-t1")
    assert window.table_editor.edit_cell(1, 1, "1,500")
    window.projects.close_project()
    assert window.open_path(pdf) and bench.extracting  # the new project's extraction has started
    window.project_banner.recover_button.click()
    assert bench.project.path == first
    qtbot.waitUntil(lambda: bench._extraction is None, timeout=30000)  # the cancelled one has ended
    qtbot.wait(50)
    data = bench.data()
    assert [s.title for s in data.sections] == [s.title for s in known.sections]
    assert not any("cancel" in w.message for w in data.warnings)
    assert data.table("p1-t1").anchor(1, 1).text == "1,500"
    assert [s.label for s in bench.project.undo_stack]  # the correction can still be undone
    window.projects.close_project()
    remove_project_file(first)


def test_a_pack_saved_in_an_untitled_project_is_offered_back(window, qtbot, tmp_path):
    """A pack saved beside a PDF in an untitled project, no correction made, the window gone: opening
    the PDF again offers to go on with that work (the pack was on disk but out of sight)."""
    from app.packs.pack import PackDefinition, load_definitions, save_definition
    from widgets.workbench import remove_project_file

    pdf = make_pdf(tmp_path, rows=[["Region", "2024"], ["Sahel", "1,000"], ["Lake Chad", "2,000"]])
    bench = window.bench
    assert window.open_path(pdf)
    wait_extracted(qtbot, window)
    first = bench.project.path
    save_definition(bench.project, "Sahel for the donors", PackDefinition())
    window.projects.close_project()
    assert first.exists()
    banner = window.project_banner
    assert window.open_path(pdf)
    assert bench.project.path != first and banner.isVisible() and banner.recover_button.isVisible()
    assert "1 saved pack" in banner.label.text() and pdf.name in banner.label.text()
    assert banner.recover_button.text() == "Go On with My Work"
    banner.recover_button.click()
    assert bench.project.path == first
    assert "Sahel for the donors" in load_definitions(bench.project)
    window.projects.close_project()
    remove_project_file(first)


def test_panels_needing_a_document_are_greyed_out_with_a_hint(window, qtbot, tmp_path):
    """With no document the Sections, Pages, Tables and Problems panels are greyed out and say what
    they will show and how to open one (not an empty box, not "No problems found"); an empty project
    says how to add a PDF; a document brings them back."""
    from PySide6.QtWidgets import QLabel

    def hint(view) -> str:
        labels = [w for w in view.viewport().findChildren(QLabel) if w.objectName() == "noDocumentHint"]
        return labels[0].text() if labels and labels[0].isVisible() else ""

    panels = {window.section_panel: window.section_panel.tree, window.thumbnails: window.thumbnails,
              window.tables_panel: window.tables_panel.view, window.problems_panel: window.problems_panel.view}
    for panel, view in panels.items():
        assert not panel.isEnabled()
        assert "No document open." in hint(view) and "Ctrl+O" in hint(view)
    assert "Its sections will be listed here." in hint(window.section_panel.tree)
    assert window.problems_panel.status.text() == ""
    assert "No document open." in window.table_editor.empty.text()
    window.bench.new_project(tmp_path / "empty.bbproj")
    assert "Add a PDF to the project (Ctrl+Shift+O)" in hint(window.tables_panel.view)
    loaded(window, qtbot, tmp_path)
    for panel, view in panels.items():
        assert panel.isEnabled() and hint(view) == ""
    assert window.table_editor.empty.text().startswith("Select a table")
    window.projects.close_project()
    assert not window.tables_panel.isEnabled() and "No document open." in hint(window.tables_panel.view)


def test_a_long_progress_message_fits_its_bar(window, qtbot, tmp_path):
    # "Construction de l'arborescence des sections…" wrapped over two lines in the 220-pixel bar of a
    # French window, its second line cut off: the text is shortened to the bar, the whole in its tooltip
    from PySide6.QtGui import QFontMetrics

    jobs = window.jobs
    jobs.progress.show()
    long = "construction de l’arborescence des sections et des étiquettes de pays"
    window.bench.extractionProgress.emit("x" * 64, 3, 7, long)
    bar = jobs.progress
    shown = bar.text()
    assert QFontMetrics(bar.font()).horizontalAdvance(shown) <= bar.contentsRect().width()
    assert shown != long[:1].upper() + long[1:] + "…"
    assert bar.toolTip().startswith("Construction de l’arborescence des sections et des étiquettes de pays")
    window.bench.extractionProgress.emit("x" * 64, 4, 7, "")
    assert "%" not in bar.text()


@pytest.mark.parametrize("size", [(1366, 768), (1093, 614)])  # 1366x768 at 100% and at 125% scaling
def test_the_left_panels_tab_names_are_not_cut(qtbot, size):
    # at 125% the Sections / Pages / Documents tabs read "Secti…", "Pa…", "Docume…": the left column
    # takes at least the width its tab names need
    from PySide6.QtWidgets import QTabBar

    from tests.gui_support import settled, shown_main_window

    window = shown_main_window(qtbot, size=size)
    window.dock_layout.reset()  # the panels' default sizes for this window's size, as on a first start
    left_titles = {d.windowTitle() for d in window.dock_layout.left}

    def tabs():
        bar = next((b for b in window.findChildren(QTabBar)
                    if b.isVisible() and {b.tabText(i) for i in range(b.count())} >= left_titles), None)
        return bar and [(bar.tabRect(i).width(), bar.tabSizeHint(i).width()) for i in range(bar.count())]

    qtbot.waitUntil(lambda: tabs() is not None)
    widths = settled(qtbot, tabs)
    assert all(shown >= needed for shown, needed in widths), widths


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("size", [(1366, 768), (1093, 614)])  # 1366x768 at 100% and at 125% scaling
def test_the_pack_panel_s_country_list_shows_several_rows(qtbot, tmp_path, monkeypatch, request, size, lang):
    # at 125% the Pack panel squeezed its country list to less than one row ("Argentina (ARG)" cut in
    # half): the filters scroll in their panel instead, each list keeping at least four rows
    from PySide6.QtWidgets import QMessageBox

    from app.project.project import Project
    from tests.data import load_document
    from tests.gui_support import settled, shown_main_window

    from widgets import i18n

    # the project's document comes without its PDF: do not look for it
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    i18n.install(lang)
    request.addfinalizer(lambda: i18n.install("en"))
    path = tmp_path / "appeal.bbproj"
    project = Project.create(path)
    data = load_document("appeal")
    # a real appeal's long title: the panel's "Draws on" line wraps over two or three lines
    data.document.title = "Migration Initiatives 2017: Principles, objectives and funding requirements by region"
    project.set_extraction(data, "test")
    project.close()
    window = shown_main_window(qtbot, size=size)
    window.dock_layout.reset()
    assert window.open_path(path)
    window.compose_pack()
    composer = window.packs.composer
    qtbot.waitUntil(lambda: composer.country_list.count() > 4)
    row = composer.country_list.sizeHintForRow(0)
    # the rows a user sees once the panel's page is scrolled to the list (on a short screen the page
    # scrolls; the panels under it gave what room they could)
    viewport = composer.country_list.viewport()

    def visible():
        composer.tabs.currentWidget().ensureWidgetVisible(composer.country_list, 0, 0)
        return viewport.visibleRegion().boundingRect().height()

    shown = settled(qtbot, visible)
    assert shown >= 4 * row, (shown, row)
