"""The pack composer (GUI): filters, live outline with reorder/removal, metadata, saved packs,
preview rendered on a worker thread, exporters including a third-party plug-in."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from app.project.project import Project  # noqa: E402
from tests.data import install_plugin, load_document  # noqa: E402
from widgets.pack_composer import PackComposer  # noqa: E402

SHA = "a" * 64


@pytest.fixture
def project(tmp_path):
    project = Project.create(tmp_path / "p.bbproj")
    project.set_extraction(load_document("appeal"), "test")
    project.set_extraction(load_document("crp"), "test")
    yield project
    project.close()


@pytest.fixture
def composer(qtbot, project):
    widget = PackComposer(project)
    qtbot.addWidget(widget)
    widget.resize(700, 800)
    yield widget
    widget.wait_for_tasks()


def check(widget, code):
    for i in range(widget.count()):
        item = widget.item(i)
        if item.data(Qt.ItemDataRole.UserRole + 1) == code:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(code)


def test_filter_lists_come_from_the_project_tags(composer):
    countries = [composer.country_list.item(i).text() for i in range(composer.country_list.count())]
    assert "Somalia (SOM)" in countries and "Chad (TCD)" in countries
    regions = [composer.region_list.item(i).text() for i in range(composer.region_list.count())]
    assert regions == ["East and Horn of Africa", "West and Central Africa"]
    composer.country_search.setText("som")
    visible = [composer.country_list.item(i).text() for i in range(composer.country_list.count())
               if not composer.country_list.item(i).isHidden()]
    assert visible == ["Somalia (SOM)"]


def test_checking_a_country_rebuilds_the_outline(composer, qtbot):
    before = composer.outline.count()
    with qtbot.waitSignal(composer.packChanged, timeout=5000):
        check(composer.country_list, "SOM")
    keys = composer.outline_keys()
    assert composer.definition.filters.countries == ["SOM"]
    assert composer.outline.count() < before
    assert "heading:aaaaaaaaaaaa:s-som" in keys and "heading:aaaaaaaaaaaa:s-ken" not in keys
    assert "Countries: Somalia" in composer.status.text()


def test_outline_reorder_and_removal_are_kept_in_the_definition(composer, qtbot):
    keys = composer.outline_keys()
    target = keys.index("table:aaaaaaaaaaaa:p6-t1")
    composer.outline.setCurrentRow(target)
    composer.move_selected(-1)
    moved = composer.outline_keys()
    assert moved.index("table:aaaaaaaaaaaa:p6-t1") == target - 1
    composer.outline.clearSelection()
    composer.outline.setCurrentRow(moved.index("contents"))
    composer.outline.setFocus()
    qtbot.keyClick(composer.outline, Qt.Key.Key_Delete)
    assert "contents" not in composer.outline_keys()
    assert "contents" in composer.definition.removed
    assert composer.pack.block("table:aaaaaaaaaaaa:p6-t1")  # still there
    composer.outline.clearSelection()
    composer.outline.setCurrentRow(composer.outline_keys().index("chart"))
    qtbot.keyClick(composer.outline, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert composer.outline_keys().index("chart") == composer.outline_keys().index("key-figures") - 1
    composer.restore_blocks()
    assert "contents" in composer.outline_keys()


def test_metadata_and_saved_packs(composer, project, qtbot):
    composer.title_edit.setText("Somalia briefing")
    composer.audience_edit.setText("ECHO")
    composer.prepared_edit.setText("IOM Somalia")
    check(composer.country_list, "SOM")
    composer.rebuild()
    composer.save_pack("Somalia")
    assert composer.saved_pack_names() == ["Somalia"]
    saved = project.store.packs()["Somalia"]
    assert saved["metadata"]["title"] == "Somalia briefing" and saved["filters"]["countries"] == ["SOM"]
    other = PackComposer(project)
    qtbot.addWidget(other)
    other.load_pack("Somalia")
    assert other.title_edit.text() == "Somalia briefing" and other.audience_edit.text() == "ECHO"
    assert other.definition.filters.countries == ["SOM"]
    assert other.outline_keys() == composer.outline_keys()


def test_corrections_flow_into_the_pack(composer, project, qtbot):
    check(composer.country_list, "SOM")
    check(composer.country_list, "KEN")
    composer.rebuild()
    with qtbot.waitSignal(composer.packChanged, timeout=5000):
        project.apply(SHA, {"op": "set_cell", "table": "p6-t1", "row": 4, "col": 1, "text": "19,000,000",
                            "old": "18,400,000"})
    view = composer.pack.block("table:aaaaaaaaaaaa:p6-t1").view
    assert view.rows[1].cells[1].value == 19_000_000
    assert view.rows[-1].cells[1].value == 19_000_000 + 2_750_000


def test_preview_renders_pages_without_blocking(composer, qtbot):
    check(composer.country_list, "SOM")
    composer.rebuild()
    with qtbot.waitSignal(composer.previewReady, timeout=60000) as blocker:
        composer.refresh_preview()
        assert composer.preview_status.text()  # the GUI is still running while the worker lays out
    assert blocker.args[0] >= 3
    images = composer.preview_images()
    assert images[0].width() > 200 and images[0].height() > images[0].width()
    assert composer.preview.count() == len(images)


def test_export_through_the_composer(composer, qtbot, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    check(composer.country_list, "SOM")
    composer.rebuild()
    out = tmp_path / "somalia.xlsx"
    with qtbot.waitSignal(composer.exported, timeout=30000):
        composer.export_to(out, "xlsx")
    assert "Pack" in load_workbook(out).sheetnames
    # the status line offers to open the file written, or its folder, in the system's own programs
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QDesktopServices

    assert composer.status.textFormat() == Qt.TextFormat.RichText
    assert 'href="open"' in composer.status.text() and 'href="folder"' in composer.status.text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    composer.status.linkActivated.emit("open")
    composer.status.linkActivated.emit("folder")
    assert opened == [str(out), str(tmp_path)]
    composer.show_status()  # anything else is plain text again: titles from documents are no markup
    assert composer.status.textFormat() == Qt.TextFormat.PlainText
    with qtbot.waitSignal(composer.exportFailed, timeout=30000) as failed:
        composer.export_to(tmp_path / "missing" / "x.pdf", "pdf")
    assert "folder does not exist" in failed.args[0]
    # in the interface's language, progress included
    from widgets import i18n

    i18n.install("fr")
    try:
        shown: list[str] = []
        with qtbot.waitSignal(composer.exportFailed, timeout=60000) as failed:
            composer.export_to(tmp_path / "missing" / "x.pdf", "pdf")
            composer.export.task.progressed.connect(lambda done, total, message: shown.append(message))
        assert "le dossier n’existe pas" in failed.args[0]
        assert shown and all(m.startswith(("Préparation", "Mise en page", "PDF mis en page")) for m in shown), shown
    finally:
        i18n.install("en")


def test_plugins_are_listed_and_broken_ones_noted(qtbot, project, tmp_path_factory, monkeypatch):
    import importlib
    import sys

    site = tmp_path_factory.mktemp("gui-plugins") / "site"
    install_plugin("bb_csv_exporter", site)
    install_plugin("bb_broken_exporters", site)
    monkeypatch.syspath_prepend(str(site))
    importlib.invalidate_caches()
    try:
        widget = PackComposer(project)
        qtbot.addWidget(widget)
        assert widget.exporter_names()[:2] == ["pdf", "xlsx"] and "csv" in widget.exporter_names()
        assert not widget.broken_label.isHidden()
        assert "noexport" in widget.broken_label.text() and "missing" in widget.broken_label.toolTip()
        out = site.parent / "tables.csv"
        with qtbot.waitSignal(widget.exported, timeout=30000):
            widget.export_to(out, "csv")
        assert 'Somalia,"18,400,000","7,350,000"' in out.read_text(encoding="utf-8")
    finally:
        for name in ("bb_csv_exporter", "bb_broken_exporters", "bb_broken_exporters_bad"):
            sys.modules.pop(name, None)


def test_outline_undo(composer):
    keys = composer.outline_keys()
    composer.remove_blocks(["chart", "contents"])
    assert "chart" not in composer.outline_keys()
    composer.outline.clearSelection()
    composer.outline.setCurrentRow(composer.outline_keys().index("sources"))
    composer.move_selected(-1)
    assert composer.outline_keys()[-2] == "sources"
    composer.undo_outline()
    assert composer.outline_keys()[-1] == "sources"
    composer.undo_outline()
    assert composer.outline_keys() == keys


def test_cancelled_export_writes_nothing(composer, qtbot, tmp_path):
    import threading

    started = threading.Event()
    release = threading.Event()

    class Slow:
        name = "slow"
        label = "Slow test exporter"
        extension = ".txt"
        options = []

        def export(self, pack, destination, options=None, progress=None):
            started.set()
            release.wait(10)
            progress(1, 2, "half way")  # a cancelled task stops here
            open(destination, "w").write("should not exist")

    composer.registry.exporters["slow"] = Slow()
    target = tmp_path / "slow.txt"
    composer.export_to(target, "slow")
    assert composer.export_button.text() == "Cancel export"
    assert started.wait(10)
    with qtbot.waitSignal(composer.exportCancelled, timeout=10000):
        composer.export_button.click()  # the button cancels while an export runs
        release.set()
    assert not target.exists()
    assert composer.export_button.text() == "Export…"
    assert "cancelled" in composer.status.text()


def test_gui_and_command_line_build_the_same_pack(composer, project, tmp_path, qtbot):
    from openpyxl import load_workbook

    from briefing_builder.cli import main

    check(composer.country_list, "SOM")
    composer.title_edit.setText("Somalia")
    composer.rebuild()
    composer.save_pack("Somalia")
    gui_out = tmp_path / "gui.xlsx"
    with qtbot.waitSignal(composer.exported, timeout=30000):
        composer.export_to(gui_out, "xlsx")
    cli_out = tmp_path / "cli.xlsx"
    assert main(["export", str(project.path), "--pack", "Somalia", "-o", str(cli_out), "-q"]) == 0

    def content(path):
        wb = load_workbook(path)
        return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}

    assert content(gui_out) == content(cli_out)


# ----------------------------------------------------------------------------------- issue #10

def test_default_title_follows_the_chosen_country_like_the_command_line(composer, project, qtbot):
    from app.packs.pack import default_title as _default_title

    assert composer.title_edit.text() == composer.definition.metadata.title == "Briefing pack"  # 2 documents
    with qtbot.waitSignal(composer.packChanged, timeout=5000):
        check(composer.country_list, "SOM")
    assert composer.title_edit.text() == "Somalia: briefing pack"
    assert composer.definition.metadata.title == _default_title(composer.definition.filters,
                                                                list(project.documents.values()))
    # a title the user typed stays when the filters change
    composer.title_edit.setText("For ECHO")
    check(composer.country_list, "KEN")
    assert composer.title_edit.text() == "For ECHO" and composer.definition.metadata.title == "For ECHO"
    # emptied: the pack takes the selection's title again (shown as the placeholder)
    composer.title_edit.setText("")
    assert composer.definition.metadata.title.endswith(": briefing pack")
    assert composer.title_edit.placeholderText() == composer.definition.metadata.title


def test_a_title_the_pack_gave_itself_speaks_the_pack_language(composer, qtbot):
    with qtbot.waitSignal(composer.packChanged, timeout=5000):
        check(composer.country_list, "SOM")
    assert composer.definition.metadata.title == "Somalia: briefing pack"
    composer.language_combo.setCurrentIndex(composer.language_combo.findData("es"))
    assert composer.definition.metadata.language == "es"
    assert composer.title_edit.text() == composer.definition.metadata.title == "Somalia: dosier informativo"
    # one step: undo gives back the language and its title together
    composer.undo_stack.undo()
    assert composer.definition.metadata.language == "en"
    assert composer.title_edit.text() == composer.definition.metadata.title == "Somalia: briefing pack"
    # the filters keep following in the new language
    composer.language_combo.setCurrentIndex(composer.language_combo.findData("fr"))
    check(composer.country_list, "KEN")
    assert composer.definition.metadata.title.endswith(" : dossier d’information")
    # a title the user typed is theirs in every language
    composer.title_edit.setText("Pour ECHO")
    composer.language_combo.setCurrentIndex(composer.language_combo.findData("es"))
    assert composer.definition.metadata.title == "Pour ECHO"


def test_organisation_and_logo_reach_the_exporter_options(composer, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 20), (10, 80, 160)).save(logo)
    composer.organisation_edit.setText("IOM Somalia")
    assert composer.set_logo(str(logo))
    options = composer.options_for(composer.registry.get("pdf"))
    assert options["organisation"] == "IOM Somalia"
    assert options["logo"] and Path(options["logo"]).read_bytes() == logo.read_bytes()
    assert composer.definition.metadata.organisation == "IOM Somalia"  # saved with the pack
    # no duplicate rows for them among the exporter's own options
    assert not set(composer._option_widgets) & {"organisation", "logo"}
    composer.set_logo(None)
    assert composer.options_for(composer.registry.get("xlsx"))["logo"] == ""


def test_composer_shows_and_chooses_the_documents_a_pack_draws_on(composer, project, qtbot):
    names = [d.document.display_name for d in project.documents.values()]
    assert composer.document_list.count() == 2
    text = composer.sources_label.text()
    assert "2 of the project's 2 documents" in text and all(name in text for name in names)
    # one document only
    first = composer.document_list.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    composer.rebuild()
    assert composer.definition.filters.documents == [first.data(Qt.ItemDataRole.UserRole + 1)]
    assert "1 of the project's 2 documents" in composer.sources_label.text()
    assert [n for n, _ in composer.drawn_on()] == [names[0]]


def test_export_dialog_starts_in_documents_or_the_last_folder(qtbot, tmp_path, monkeypatch):
    from widgets import pack_composer as pc
    from widgets.places import app_data_folder, documents_folder, settings

    settings().remove("folders/export")  # as on a first run
    assert "Briefing Builder/Briefing Builder" not in app_data_folder().as_posix()
    # an untitled project: in the hidden application data folder
    hidden = app_data_folder() / "projects"
    hidden.mkdir(parents=True, exist_ok=True)
    project = Project.create(hidden / "Untitled 2026-01-01 000000.bbproj", overwrite=True)
    project.set_extraction(load_document("appeal"), "test")
    composer = PackComposer(project)
    qtbot.addWidget(composer)
    starts = []

    def fake_save(parent, title, start, filters):
        starts.append(Path(start).parent)
        return (str(tmp_path / "out" / "pack.pdf"), "")

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(pc.QFileDialog, "getSaveFileName", fake_save)
    monkeypatch.setattr(composer, "export_to", lambda path, name: None)
    try:
        composer.export_dialog()
        assert starts[0] == documents_folder()
        composer.export_dialog()  # the folder used last time
        assert starts[1] == tmp_path / "out"
    finally:
        composer.wait_for_tasks()
        project.close()


def test_filter_lists_in_the_interfaces_language(qtbot, project):
    """In a French interface the places read as French readers know them, in their alphabetical
    order; the codes (what a pack definition keeps) are the same."""
    from app.document.tags import fold
    from widgets import i18n

    i18n.install("fr")
    try:
        widget = PackComposer(project)
        qtbot.addWidget(widget)
        countries = [widget.country_list.item(i).text() for i in range(widget.country_list.count())]
        assert "Somalie (SOM)" in countries and "Tchad (TCD)" in countries
        assert countries == sorted(countries, key=fold)
        regions = [widget.region_list.item(i).text() for i in range(widget.region_list.count())]
        assert regions == ["Afrique de l'Est et Corne de l'Afrique", "Afrique de l'Ouest et du Centre"]
        check(widget.country_list, "SOM")
        assert widget.definition.filters.countries == ["SOM"]
        widget.wait_for_tasks()
    finally:
        i18n.install("en")


def test_a_new_pack_speaks_the_interfaces_language(qtbot, project):
    """A Spanish interface starts a new pack in Spanish (its own words, "Documento completo"); the
    user can still choose another language for it."""
    from widgets import i18n

    i18n.install("es")
    try:
        widget = PackComposer(project)
        qtbot.addWidget(widget)
        assert widget.definition.metadata.language == "es"
        widget.rebuild()
        widget.wait_for_tasks()
        assert widget.pack is not None and widget.pack.language == "es"
    finally:
        i18n.install("en")


def test_the_built_in_exporters_are_named_in_the_interfaces_language(qtbot, project):
    """The formats listed and the option rows of the Details tab read in French in a French
    interface; the exporter chosen is still known by its name."""
    from widgets import i18n

    i18n.install("fr")
    try:
        widget = PackComposer(project)
        qtbot.addWidget(widget)
        names = [widget.exporter_combo.itemText(i) for i in range(widget.exporter_combo.count())]
        assert "Document PDF (.pdf)" in names and "Classeur Excel (.xlsx)" in names
        assert {"pdf", "xlsx"} <= set(widget.exporter_names())
        widget.exporter_combo.setCurrentIndex(widget.exporter_combo.findData("pdf"))
        form = widget.details.options_form
        labels = [form.itemAt(i, form.ItemRole.LabelRole).widget().text() for i in range(form.rowCount())
                  if form.itemAt(i, form.ItemRole.LabelRole) is not None]
        assert "Document PDF\u00a0: Format du papier" in labels, labels
        widget.wait_for_tasks()
    finally:
        i18n.install("en")


def test_the_wheel_over_an_unfocused_combo_scrolls_the_details(composer, qtbot):
    """Rolling the wheel down the Details tab over the language box scrolls the tab; the pack's
    language does not change under the pointer."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    composer.resize(500, 300)
    composer.tabs.setCurrentIndex(composer.tabs.indexOf(composer.details.parentWidget().parentWidget()))
    composer.show()
    qtbot.waitExposed(composer)
    combo = composer.details.language_combo
    area = composer.details.parentWidget().parentWidget()
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0, "the tab should need scrolling at this height"
    assert not combo.hasFocus()
    before, language = bar.value(), composer.definition.metadata.language
    index = combo.currentIndex()
    centre = QPointF(combo.rect().center())
    event = QWheelEvent(centre, QPointF(combo.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, event)
    assert combo.currentIndex() == index and composer.definition.metadata.language == language
    assert bar.value() > before, "the wheel did not scroll the tab"
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_the_status_names_tables_in_the_pack_nobody_has_checked(composer, project):
    """Figures reach donors: the composer names the pack's doubtful tables the user has not checked."""
    from app.project import ops

    composer.rebuild()
    assert "⚠" not in composer.status.text()
    sha, data = next((sha, d) for sha, d in project.documents.items() if d.tables)
    table = data.tables[0]
    table.confidence = 0.42
    composer.rebuild()
    assert "⚠" in composer.status.text() and f"not checked yet: “{table.title[:10]}" in composer.status.text()
    assert table.id not in composer.status.text()  # named as the user knows it, not "p3-t1"
    project.apply(sha, ops.set_table(table.id, {"checked": True}, {"checked": False}))
    composer.rebuild()
    assert "⚠" not in composer.status.text()


def test_the_status_says_when_a_figure_the_pack_shows_does_not_add_up(composer, project):
    """A figure corrected without its total (or misread) reaches a donor beside a printed total it no
    longer adds up to: the composer names the table; a correction that adds up again clears it."""
    from app.extract.problems import check_table
    from app.project import ops

    composer.rebuild()
    assert "do not add up" not in composer.status.text()
    sha, data, table, total = next(
        (sha, d, t, t.total_rows[0]) for sha, d in project.documents.items() for t in d.tables if t.total_rows)
    assert not [p for p in check_table(table) if p.kind in ("row_sum", "column_sum")]
    cell = next(c for c in table.cells if table.header_rows <= c.row < total and c.value and c.col > 0)
    text = f"{int(cell.value) + 1000:,}"
    project.apply(sha, ops.set_cell(table.id, cell.row, cell.col, text, cell.text))
    composer.rebuild()
    assert "do not add up to their printed totals in 1 table" in composer.status.text()
    assert f"“{table.title[:10]}" in composer.status.text()
    project.undo()
    composer.rebuild()
    assert "do not add up" not in composer.status.text()
