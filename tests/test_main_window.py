"""The first main window: opens a PDF, renders it, navigates and zooms."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt (PySide6) is a runtime dependency; install the package")

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDropEvent  # noqa: E402

from tests.gui_support import settled, shown_main_window  # noqa: E402
from widgets.main_window import MainWindow  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def distinct_colours(image, step: int = 7) -> int:
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


@pytest.fixture
def window(qtbot):
    return shown_main_window(qtbot)


def sample_pdf(fallback: Path) -> Path:
    found = sorted(SAMPLES.glob("*.pdf"))
    return found[0] if found else fallback


def test_opens_renders_and_screenshot_is_not_blank(window, qtbot, simple_pdf, tmp_path):
    pdf = sample_pdf(simple_pdf)
    assert window.open_path(pdf)
    assert window.page_view.page_count >= 2
    qtbot.waitUntil(window.page_view.is_rendered, timeout=10000)  # pages render off the GUI thread
    image = window.grab().toImage()
    image.save(str(tmp_path / "main-window.png"))
    assert image.width() >= 1000
    assert distinct_colours(image) > 20  # a rendered page, toolbar and text: far from blank
    page_only = window.page_view.viewport().grab().toImage()
    assert distinct_colours(page_only) > 5


def test_navigation_and_zoom(window, simple_pdf, qtbot):
    window.open_path(simple_pdf)
    qtbot.waitUntil(window.page_view.is_rendered, timeout=10000)
    assert window.page_view.page_index == 0
    window.next_action.trigger()
    assert window.page_view.page_index == 1 and window.page_spin.value() == 2
    window.next_action.trigger()  # already on the last page
    assert window.page_view.page_index == 1
    window.page_spin.setValue(1)
    assert window.page_view.page_index == 0
    window.actual_size_action.trigger()
    assert window.page_view.zoom == pytest.approx(1.0)
    window.zoom_in_action.trigger()
    assert window.page_view.zoom == pytest.approx(1.25)
    assert window.zoom_label.text() == "125%"
    qtbot.waitUntil(window.page_view.is_rendered, timeout=10000)  # re-rendered sharp at the new zoom
    window.fit_width_action.trigger()
    assert window.page_view.zoom != pytest.approx(1.25)


def test_bad_pdf_shows_a_message_not_a_crash(window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.pdf"
    bad.write_text("not a pdf")
    shown = []
    monkeypatch.setattr("widgets.main_window.QMessageBox.warning", lambda *a: shown.append(a[2]))
    assert window.open_path(bad) is False
    assert shown and "not a PDF" in shown[0]


def test_password_prompt(window, tmp_path, monkeypatch):
    from tests.helpers import make_simple_pdf

    secret = make_simple_pdf(tmp_path / "secret.pdf", encrypt="pw")
    answers = iter([("wrong", True), ("pw", True)])
    prompts = []

    def fake_get_text(parent, title, label, echo):
        prompts.append(label)
        return next(answers)

    monkeypatch.setattr("widgets.main_window.QInputDialog.getText", fake_get_text)
    assert window.open_path(secret)
    assert len(prompts) == 2 and "not correct" in prompts[1]
    assert window.page_view.page_count == 2


def test_recent_files_and_drop(window, simple_pdf):
    window.open_path(simple_pdf)
    assert window.recent_files()[0] == str(simple_pdf.resolve())
    assert window.recent_menu.actions()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(simple_pdf))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.document_list.count() == 1  # the same file is not listed twice
    assert window.recent_menu.actions()[0].text().endswith("(PDF)")


# ------------------------------------------------------------------ the views follow the project (#10)

def _loaded_window(window, qtbot, tmp_path):
    from tests.gui_support import make_pdf

    pdf = make_pdf(tmp_path)
    assert window.open_path(pdf)
    qtbot.waitUntil(lambda: not window.bench.extracting and window.bench.has_extraction(window.bench.current),
                    timeout=60000)
    qtbot.waitUntil(lambda: window.bench.problems() is not None, timeout=10000)
    window.problems_panel.refresh()
    window.bench.select_table("p1-t1", 1, 1)
    return pdf


def _type_in_cell(qtbot, editor, row, col, text):
    index = editor.model.index(row, col)
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    qtbot.waitUntil(lambda: editor.view.editing(), timeout=3000)
    widget = editor.view.view_for(index).indexWidget(index)
    widget.setText(text)


def _views_are_empty(window):
    editor = window.table_editor
    return {
        "editor": editor.table is None and editor.model.rowCount() == 0,
        "editing": not editor.view.editing(),
        "page": window.page_view.page_count == 0,
        "thumbnails": window.thumbnails.thumbnails.count() == 0 if hasattr(window.thumbnails.thumbnails, "count")
        else True,
        "problems": window.problems_panel.model.rowCount() == 0,
        "tables": window.tables_panel.model.rowCount() == 0,
        "sections": window.section_panel.model.rowCount() == 0,
        "documents": window.document_list.count() == 0,
        "history": window.bench.undo_stack.count() == 0,
    }


def test_new_project_clears_every_view_and_keeps_the_value_being_typed(window, qtbot, tmp_path, qtlog):
    _loaded_window(window, qtbot, tmp_path)
    assert window.table_editor.table is not None and window.page_view.page_count == 2
    old = window.bench.project.path
    _type_in_cell(qtbot, window.table_editor, 1, 1, "999")
    window.new_action.trigger()
    assert window.bench.project is not None and window.bench.project.path != old
    empty = _views_are_empty(window)
    assert all(empty.values()), empty
    assert "Untitled project" in window.windowTitle() and "appeal" not in window.windowTitle()
    # the typed value was saved in the project it was typed in (which is kept: it holds a correction)
    from app.project.project import Project

    project = Project.open(old)
    try:
        assert project.documents[next(iter(project.documents))].table("p1-t1").anchor(1, 1).text == "999"
    finally:
        project.close()
    assert not [r for r in qtlog.records if "does not belong to this view" in r.message]


def test_close_project_clears_every_view(window, qtbot, tmp_path, qtlog):
    _loaded_window(window, qtbot, tmp_path)
    window.section_panel.select("s-funding") if window.section_panel.model.rowCount() else None
    _type_in_cell(qtbot, window.table_editor, 2, 0, "Typed")
    window.close_project_action.trigger()
    assert window.bench.project is None
    empty = _views_are_empty(window)
    assert all(empty.values()), empty
    assert window.windowTitle() == "Briefing Builder"
    assert not [r for r in qtlog.records if "does not belong to this view" in r.message]


def test_open_another_project_shows_it_not_the_old_table(window, qtbot, tmp_path):
    from tests.gui_support import make_pdf

    _loaded_window(window, qtbot, tmp_path)
    window.save_as(tmp_path / "first.bbproj")
    other_pdf = make_pdf(tmp_path, "other.pdf", rows=[["Region", "USD"], ["Asia", "5"], ["Total", "5"]])
    window.new_project()
    window.add_pdf(other_pdf)
    qtbot.waitUntil(lambda: not window.bench.extracting and window.bench.has_extraction(window.bench.current),
                    timeout=60000)
    window.save_as(tmp_path / "second.bbproj")
    window.bench.select_table("p1-t1")
    assert window.table_editor.model.rowCount() == 3
    assert window.open_path(tmp_path / "first.bbproj")
    assert window.table_editor.table is None  # nothing of the other project's is left on screen
    window.bench.select_table("p1-t1")
    assert window.table_editor.model.rowCount() == 6


# ------------------------------------------------------------------ Open versus Add to Project (#10)

def test_open_pdf_asks_when_the_project_has_documents(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QKeySequence

    from tests.gui_support import make_pdf

    first = _loaded_window(window, qtbot, tmp_path)
    second = make_pdf(tmp_path, "second.pdf", rows=[["Region", "USD"], ["Asia", "5"], ["Total", "5"]])
    assert window.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.add_pdf_action.shortcut() == QKeySequence("Ctrl+Shift+O")
    asked = []
    answer = {"value": ""}
    monkeypatch.setattr(window, "_ask_open_pdf", lambda name: asked.append(name) or answer["value"])

    # cancelled: nothing changes
    project = window.bench.project.path
    assert window.open_path(second) is False
    assert asked == ["second.pdf"] and len(window.bench.project.documents) == 1

    # the same PDF again: shown, not asked about
    assert window.open_path(first) and len(asked) == 1

    # a new project: the old untitled one held no correction and is removed
    answer["value"] = "new"
    assert window.open_path(second)
    assert window.bench.project.path != project and not project.exists()
    assert [Path(d.document.path).name for d in window.bench.documents()] == ["second.pdf"]

    # added to this project
    answer["value"] = "add"
    assert window.open_path(first)
    assert len(window.bench.project.documents) == 2


def test_open_of_a_pdf_without_a_project_creates_one_without_asking(window, qtbot, tmp_path, monkeypatch):
    from tests.gui_support import make_pdf

    monkeypatch.setattr(window, "_ask_open_pdf", lambda name: pytest.fail("asked"))
    assert window.open_path(make_pdf(tmp_path))
    assert len(window.bench.project.documents) == 1


# ------------------------------------------------------------------------------- 1366×768 (#10)

def _pack_open(window, qtbot, tmp_path):
    _loaded_window(window, qtbot, tmp_path)
    window.compose_pack_action.trigger()
    qtbot.waitUntil(lambda: window.pack_composer is not None and window.pack_dock.isVisible(), timeout=5000)
    qtbot.wait(50)


def test_pack_panel_keeps_the_window_within_a_laptop_screen(window, qtbot, tmp_path):
    from widgets.main_window import FIT_HEIGHT

    _pack_open(window, qtbot, tmp_path)
    assert window.minimumSizeHint().height() <= FIT_HEIGHT < 730
    assert window.pack_composer.minimumSizeHint().height() < 320
    for index in range(window.pack_composer.tabs.count()):  # every tab, not only the first one shown
        window.pack_composer.tabs.setCurrentIndex(index)
        assert window.minimumSizeHint().height() <= FIT_HEIGHT
    assert window.height() <= 768
    # the status bar (Saved indicator, Cancel) stays inside the window
    bar = window.statusBar().geometry()
    assert bar.bottom() <= window.height() and window.saved_label.isVisible()


def test_pack_panel_opened_from_the_panels_menu_shows_the_composer(window, qtbot, tmp_path):
    # View > Panels > Pack is the dock's own toggle action: it must make the composer as the
    # toolbar's Pack button does, not leave "Open a project" over an open project
    window.pack_dock.hide()  # as in the default layout (an earlier test may have left it open)
    _loaded_window(window, qtbot, tmp_path)
    assert window.pack_composer is None
    window.pack_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.pack_dock.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: window.pack_composer is not None, timeout=5000)
    assert window.pack_dock.widget() is window.pack_composer


def test_a_restored_layout_that_does_not_fit_falls_back(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSize

    from widgets import pack_composer
    from widgets.main_window import FIT_HEIGHT

    first = shown_main_window(qtbot)
    _pack_open(first, qtbot, tmp_path)
    first.save_window_state()  # the Pack panel open, as a user leaves it
    first.close()

    # a composer whose minimum height no longer fits (as the composer of earlier versions)
    monkeypatch.setattr(pack_composer.PackComposer, "minimumSizeHint", lambda self: QSize(300, 900))
    again = MainWindow()
    again.bench.workers = 0
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.pack_dock.isVisible()  # restored as it was left
    assert again.open_path(tmp_path / "appeal.pdf") or True
    qtbot.waitUntil(lambda: not again.bench.extracting, timeout=60000)
    assert again.minimumSizeHint().height() <= FIT_HEIGHT
    assert not again.pack_dock.isVisible()  # the default layout: the Pack panel closed
    again.close()


def test_table_editor_columns_fit_their_labels(window, qtbot, tmp_path):
    from tests.gui_support import make_pdf

    rows = [["Country", "Objective 1: adhering to international standards and fulfilling rights", "Total"],
            ["East and Horn of Africa regional programme", "700,000", "700,000"],
            ["Kenya", "1", "1"], ["Total", "700,001", "700,001"]]
    window.open_path(make_pdf(tmp_path, "long.pdf", rows=rows))
    qtbot.waitUntil(lambda: not window.bench.extracting and window.bench.has_extraction(window.bench.current),
                    timeout=60000)
    table = window.bench.data().tables[0]
    window.bench.select_table(table.id)
    editor = window.table_editor
    label = next(c for c in table.cells if "regional" in c.text)
    metrics = editor.view.fontMetrics()
    width = editor.view.columnWidth(label.col)
    from widgets.table_editor import LABEL_SHARE

    # the label is not cut, unless it would take more than its share of the grid (then its tooltip tells it)
    share = int(LABEL_SHARE * editor.view.viewport().width())
    assert width >= min(metrics.horizontalAdvance(label.text), share) and width <= share + 1
    numbers = [c for c in table.cells if c.text == "700,000"]
    # numbers columns stay narrow (narrower than the long label needs)
    assert numbers and editor.view.columnWidth(numbers[0].col) < metrics.horizontalAdvance(label.text)
    if table.header_rows:  # ... even under a long descriptive header
        from widgets.table_editor import MAX_HEADER_WIDTH

        assert editor.view.columnWidth(numbers[0].col) <= MAX_HEADER_WIDTH + 40


def test_long_section_titles_wrap_in_the_tree(window, qtbot, tmp_path):
    from app.document.model import Section

    _loaded_window(window, qtbot, tmp_path)
    long_title = "Strengthening the resilience of migrants and host communities in the border areas"
    data = window.bench.data()
    data.sections.append(Section("s-long", long_title, 1, 2, 2, text="", top=90.0))
    window.section_panel.reload()
    panel = window.section_panel
    window.sections_dock.show()
    window.sections_dock.raise_()
    qtbot.wait(50)
    index = panel.proxy.mapFromSource(panel.model.index_of("s-long"))
    rect = panel.tree.visualRect(index)
    needed = panel.tree.fontMetrics().horizontalAdvance(long_title)
    assert rect.width() < needed  # the panel is narrower than the title ...
    lines = rect.height() // panel.tree.fontMetrics().lineSpacing()
    assert lines * rect.width() >= needed  # ... which wraps onto as many lines as it needs


# ------------------------------------------------------------- dialogs and untitled projects (#10)

def test_save_dialog_starts_in_documents_not_the_hidden_data_folder(window, qtbot, tmp_path, monkeypatch):
    from widgets import main_window as mw
    from widgets.places import documents_folder

    from widgets.places import settings

    settings().remove("folders/save")  # as on a first run
    _loaded_window(window, qtbot, tmp_path)
    starts = []
    names = []
    monkeypatch.setattr(mw.QFileDialog, "getSaveFileName",
                        lambda parent, title, start, filters: starts.append(Path(start).parent)
                        or names.append(Path(start).name) or ("", ""))
    window.save_as_dialog()
    assert starts == [documents_folder()]
    # an untitled project is offered its document's name, not a generic one
    pdf_name = Path(window.bench.data().document.path).stem
    assert names == [f"{pdf_name}.bbproj"] and pdf_name != "Briefing"
    (tmp_path / "kept").mkdir(exist_ok=True)
    assert window.save_as(tmp_path / "kept" / "work.bbproj")
    window.save_as_dialog()
    assert starts[-1] == tmp_path / "kept"  # the folder used last


def test_untitled_projects_without_corrections_do_not_pile_up(qtbot, tmp_path):
    from app.project.project import Project
    from widgets.places import legacy_projects_folder
    from widgets.workbench import projects_folder, sweep_untitled

    def untitled(folder, name, work=False):
        folder.mkdir(parents=True, exist_ok=True)
        project = Project.create(folder / f"{name}.bbproj", overwrite=True)
        if work:
            project.store.save_pack("Kept", {"filters": {}})
        project.close()
        return folder / f"{name}.bbproj"

    empty = untitled(projects_folder(), "Untitled 2026-01-01 000001")
    kept = untitled(projects_folder(), "Untitled 2026-01-01 000002", work=True)
    legacy = untitled(legacy_projects_folder(), "Untitled 2025-12-31 235959")
    open_elsewhere = untitled(projects_folder(), "Untitled 2026-01-01 000003")
    holder = Project.open(open_elsewhere)  # another window has it open: it holds the write lock
    try:
        assert sweep_untitled() >= 2  # (other tests may leave empty untitled projects in the same folder)
        assert not empty.exists() and not legacy.exists() and kept.exists() and open_elsewhere.exists()
    finally:
        holder.close()

    # closing the window on an untitled project that holds nothing removes it, and it is not reopened
    window = MainWindow()
    window.bench.workers = 0
    qtbot.addWidget(window)
    from tests.gui_support import make_pdf

    assert window.open_path(make_pdf(tmp_path))
    qtbot.waitUntil(lambda: not window.bench.extracting, timeout=60000)
    path = window.bench.project.path
    window.close()
    from widgets.places import settings

    assert not path.exists() and settings().value("last_project", "") != str(path)


def test_french_and_spanish_do_not_make_the_side_panels_wider(qtbot, tmp_path, monkeypatch):
    """The panels' rows of buttons are longer in French and Spanish ("Fusionner la ligne vers le
    haut"): they must not push the side panels wider than the English layout gives them, with or
    without the Pack panel (its formats and saved packs) open."""
    from app.project.project import Project
    from tests.data import load_document
    from widgets import i18n
    from widgets.places import settings
    from PySide6.QtWidgets import QMessageBox

    # the document's PDF is not on this machine: the page stays blank (not asked for)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    project = Project.create(tmp_path / "p.bbproj")
    project.set_extraction(load_document("appeal"), "test")
    project.close()
    widths = {}
    try:
        for lang in ("en", "fr", "es"):
            i18n.install(lang)
            settings().remove("window")  # the default layout, not the last test's
            window = shown_main_window(qtbot)
            docks = (window.sections_dock, window.editor_dock, window.problems_dock)
            # the default dock sizes are set once the window has its size
            # (a loaded machine delivers the last resize late: a longer quiet spell than the default)
            empty = settled(qtbot, lambda: [d.width() for d in docks], quiet_ms=800, timeout=30000)
            assert window.open_project(tmp_path / "p.bbproj")
            window.packs.show()
            qtbot.waitUntil(lambda: window.packs.composer is not None)
            widths[lang] = (empty, settled(qtbot, lambda: [d.width() for d in docks] + [window.pack_dock.width()],
                                           quiet_ms=800, timeout=30000),
                            window.table_editor.minimumSizeHint().width(),
                            window.dock_layout._left_tabs_width())
            window.packs.composer.wait_for_tasks()
            window.close()
    finally:
        i18n.install("en")
        settings().remove("window")
    english = widths["en"]
    assert english[1][1] == english[1][3]  # the Pack panel shares the editor's place
    for lang in ("fr", "es"):
        # the right-hand panels as in English; the left column only as much wider as its tab names
        # need ("Secciones", "Páginas", "Documentos" are 4 px wider than 18% of 1366 px)
        assert [w[1:] for w in widths[lang][:2]] == [w[1:] for w in english[:2]], (lang, widths)
        assert all(w[0] <= max(english[0][0], widths[lang][3]) for w in widths[lang][:2]), (lang, widths)
        assert widths[lang][2] <= english[1][1] // 2, (lang, widths)  # the editor needs far less than it has


def test_a_recent_file_named_with_an_ampersand_shows_it(window, simple_pdf, tmp_path):
    """"Water & Sanitation.pdf" in File ▸ Open Recent: its "&" is shown, not taken as a mnemonic."""
    import shutil

    named = tmp_path / "Water & Sanitation.pdf"
    shutil.copy(simple_pdf, named)
    window.open_path(named)
    text = window.recent_menu.actions()[0].text()
    assert text == "&1 Water && Sanitation.pdf  (PDF)"


def test_rotate_view_turns_the_page_on_screen_and_areas_are_still_read_in_page_points(window, simple_pdf, qtbot,
                                                                                       monkeypatch):
    from PySide6.QtCore import QPointF
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    from widgets.page_view import MARGIN

    for kind in ("warning", "information", "critical", "question"):  # the drawn area's answer must not block
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(window, "_exec_menu", lambda menu, pos: None)  # the area's menu: Cancel

    window.open_path(simple_pdf)
    qtbot.waitUntil(window.page_view.is_rendered, timeout=10000)
    view = window.page_view
    width, height = view.page_size()
    upright = view.zoom
    window.rotate_cw_action.trigger()
    assert view.rotation == 90
    # fitting the width now fits the page's height across the view
    assert view.zoom == pytest.approx(upright * (width + 2 * MARGIN) / (height + 2 * MARGIN), rel=0.05)
    qtbot.waitUntil(view.is_rendered, timeout=10000)
    # turned clockwise: the page's top edge runs down the right side, its left edge along the top
    top_left = view.mapFromScene(QPointF(0, 0))
    top_right = view.mapFromScene(QPointF(width, 0))
    bottom_left = view.mapFromScene(QPointF(0, height))
    assert top_right.y() > top_left.y() + 100 and abs(top_right.x() - top_left.x()) <= 2
    assert bottom_left.x() < top_left.x() - 100
    # a table area dragged on the turned page is given in the page's own points
    drawn = []
    view.areaDrawn.connect(lambda index, bbox: drawn.append(bbox))
    view.set_draw_mode(True)
    start, end = view.mapFromScene(QPointF(60, 80)), view.mapFromScene(QPointF(260, 200))
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(view.viewport(), end)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert len(drawn) == 1
    assert drawn[0] == pytest.approx((60, 80, 260, 200), abs=3)
    view.set_draw_mode(False)
    # the turn stays while paging; turning back restores the upright view
    window.next_action.trigger()
    assert view.rotation == 90
    window.rotate_ccw_action.trigger()
    assert view.rotation == 0 and view.zoom == pytest.approx(upright, rel=0.01)
    window.rotate_ccw_action.trigger()
    assert view.rotation == 270
