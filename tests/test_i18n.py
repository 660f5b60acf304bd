"""The interface in English, French and Spanish: catalogues in step with the sources, plural forms,
the core's sentences translated at display time, the language remembered."""

from __future__ import annotations

import pytest

from tools import i18n as catalogue


@pytest.fixture
def language(qapp):
    """Switch the interface's language for one test; English again afterwards."""
    from widgets import i18n

    yield i18n.install
    i18n.install("en")


# ---------------------------------------------------------------------------------- catalogues


@pytest.mark.parametrize("lang", catalogue.CATALOGUES)
def test_catalogue_in_step_with_the_sources(lang):
    new, gone = catalogue.stale(lang)
    assert not new, f"strings missing from {catalogue.ts_path(lang).name}: run python -m tools.i18n update: {sorted(new)[:5]}"
    assert not gone, f"strings gone from the sources still in {catalogue.ts_path(lang).name}: {sorted(gone)[:5]}"


@pytest.mark.parametrize("lang", catalogue.CATALOGUES)
def test_catalogue_translated_with_every_plural_form(lang):
    report = catalogue.report(lang)
    assert report.total > (20 if lang == "en" else 300)
    assert report.share >= catalogue.MIN_TRANSLATED, report.untranslated[:20]
    assert not report.bad_plurals


@pytest.mark.parametrize("lang", catalogue.CATALOGUES)
def test_shipped_qm_is_its_ts_compiled(lang):
    assert catalogue.qm_matches(lang), f"run python -m tools.i18n release ({catalogue.qm_path(lang).name} is stale)"


def test_the_check_catches_an_untranslated_string_and_a_missing_plural_form(tmp_path):
    """The checks can fail: a .ts with a string left unfinished and a plural with one form."""
    ts = tmp_path / "briefing_builder_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr_FR"><context>'
        "<name>X</name>"
        '<message><source>Open</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n table(s)</source><translation>'
        "<numerusform>%n tableau</numerusform></translation></message>"
        "<message><source>Close</source><translation>Fermer</translation></message>"
        "</context></TS>", encoding="utf-8")
    report = catalogue.report("fr", ts)
    assert (report.total, report.translated) == (3, 1)
    assert report.bad_plurals == ["X: %n table(s)"]


# ------------------------------------------------------------------------------------- plurals


@pytest.mark.parametrize("lang, one, two", [
    ("en", "1 table", "2 tables"),
    ("fr", "1 tableau", "2 tableaux"),
    ("es", "1 tabla", "2 tablas"),
])
def test_plural_forms(language, lang, one, two):
    from widgets.panels import TablesPanel

    assert language(lang) == lang
    assert TablesPanel.tr("%n table(s)", "", 1) == one
    assert TablesPanel.tr("%n table(s)", "", 2) == two


def test_without_a_catalogue_the_english_source_is_shown(language):
    from widgets.panels import TablesPanel

    language("en")
    from PySide6.QtCore import QCoreApplication

    from widgets import i18n

    for translator in list(i18n._installed):
        QCoreApplication.removeTranslator(translator)
    assert TablesPanel.tr("%n table(s)", "", 2) == "2 table(s)"  # why the English catalogue exists


# ------------------------------------------------------------------------- the core's sentences


def _bad_total_table():
    from app.document.model import Cell, Table

    rows = [["Country", "2025"], ["Chad", "1,000,000"], ["Mali", "234,567"], ["Total", "1,334,567"]]
    cells = [Cell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row)]
    for cell in cells:
        from app.document.numbers import parse_number

        parsed = parse_number(cell.text) if cell.row else None
        cell.value = parsed.value if parsed else None
    return Table(id="p1-t1", page=1, bbox=(0, 0, 100, 100), n_rows=4, n_cols=2, cells=cells, header_rows=1,
                 total_rows=[3])


def test_problem_messages_translated_with_numbers_written_the_language_s_way(language):
    from app.extract.problems import check_table
    from widgets.i18n import problem_label, problem_text

    problems = [p for p in check_table(_bad_total_table()) if p.kind == "column_sum"]
    assert len(problems) == 1
    p = problems[0]
    assert p.message == "Column adds up to 1,234,567, the total says 1,334,567 (difference 100,000)"
    language("fr")
    nb = "\u202f"
    assert problem_label(p) == "Somme de colonne"
    assert problem_text(p) == (f"La colonne totalise 1{nb}234{nb}567, le total indique 1{nb}334{nb}567 "
                               f"(écart de 100{nb}000)")
    language("es")
    assert problem_text(p) == "La columna suma 1.234.567, el total indica 1.334.567 (diferencia de 100.000)"


def test_refused_edits_and_operation_labels_translated(language):
    from app.document.messages import named
    from app.project import table_edit as te
    from widgets.i18n import translate_label, translate_message

    table = _bad_total_table()
    with pytest.raises(te.TableEditError) as refused:
        te.merge_columns(table, 1)
    english = str(refused.value)
    assert english == "The last column has no column on its right to merge with."
    language("fr")
    assert translate_message(refused.value) == ("La dernière colonne n’a pas de colonne à sa droite avec "
                                               "laquelle fusionner.")
    # labels are saved in English in the journal and read back into their template
    assert translate_label("Insert a row above row 3") == "Insérer une ligne au-dessus de la ligne 3"
    assert translate_label("Promote “Kenya”") == "Remonter «\u00a0Kenya\u00a0» d’un niveau"
    assert translate_label("Rename “Kenya” to “Kenya (KEN)”") == "Renommer «\u00a0Kenya\u00a0» en «\u00a0Kenya (KEN)\u00a0»"
    assert translate_label("something typed by hand") == "something typed by hand"
    # a table's title saved in English quotes is shown in the language's, how it was found translated
    table.title = "Funding requirements"
    assert translate_label(te.label("delete_table", table=named(table.title, table.id))) == (
        "Supprimer le tableau «\u00a0Funding requirements\u00a0»")
    assert translate_label(te.label("reextract", table=named(table.title, table.id), method="ruled")) == (
        "Réextraire le tableau «\u00a0Funding requirements\u00a0» (filets)")
    language("es")
    assert translate_label("Edit cell B3") == "Editar la celda B3"
    assert translate_label(te.label("checked", table=named(table.title, table.id))).count("«Funding requirements»") == 1


def test_pack_edit_labels_translated(language):
    """The composer's undo steps are kept in English in the project and named in the interface's
    language in Edit > Undo."""
    from app.packs import pack_edit
    from app.packs.pack import PackDefinition
    from app.packs.selection import Filters
    from widgets.i18n import translate_label

    edit = pack_edit.set_filters(PackDefinition(), Filters(countries=["SOM"]))
    assert edit.label == "Choose countries"
    language("fr")
    assert translate_label(edit.label) == "Choisir les pays"
    assert translate_label("Load pack “Somalia”") == "Charger le dossier «\u00a0Somalia\u00a0»"
    language("es")
    assert translate_label("Change option “page size”") == "Cambiar la opción «page size»"


# ------------------------------------------------------------------------------ the language


def test_language_choice_remembered(qapp, monkeypatch):
    from widgets import i18n

    monkeypatch.delenv(i18n.ENV, raising=False)
    try:
        i18n.save_language("es")
        assert i18n.saved_language() == "es"
        assert i18n.wanted_language() == "es"
        i18n.save_language("")  # follow the system again
        assert i18n.saved_language() == ""
        monkeypatch.setenv(i18n.ENV, "fr")
        assert i18n.wanted_language() == "fr"
    finally:
        i18n.save_language("")


def test_system_language(qapp):
    from PySide6.QtCore import QLocale

    from widgets.i18n import system_language

    assert system_language(QLocale("fr_SN")) == "fr"
    assert system_language(QLocale("es_CO")) == "es"
    assert system_language(QLocale("de_DE")) == "en"


def test_widgets_show_french_text(language, qtbot):
    from widgets.panels import ProblemsPanel
    from widgets.table_editor import TableEditor
    from widgets.workbench import Workbench

    language("fr")
    bench = Workbench()
    editor = TableEditor(bench)
    problems = ProblemsPanel(bench)
    qtbot.addWidget(editor)
    qtbot.addWidget(problems)
    assert editor.header_label.text() == "Lignes d’en-tête"
    assert editor.merge_cells_action.text() == "Fusionner les cellules"
    assert editor.title.text() == "Aucun tableau sélectionné"
    assert problems.kind.itemText(0) == "Tous les types"
    assert problems.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Type"


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_file_dialogs_labelled_in_the_language(language, qtbot, lang):
    """Qt's own file dialog (the one the app opens on Linux without a desktop's portal): every label in
    the chosen language, also the two Qt 6's catalogues lost ("&Look in:", "Files of &type:")."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    language(lang)
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel) if label.text()}
    assert {"lookInLabel", "fileNameLabel", "fileTypeLabel"} <= set(labels)
    english = {"&Look in:", "File &name:", "Files of &type:"}
    assert not english & set(labels.values()), labels


def test_main_window_in_french_and_the_language_menu(language, qtbot, monkeypatch):
    from widgets import i18n
    from widgets.main_window import MainWindow

    monkeypatch.delenv(i18n.ENV, raising=False)
    language("fr")
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:4] == ["&Fichier", "É&dition", "&Affichage", "&Document"]
        assert window.compose_pack_action.text() == "Composer un &dossier…"
        assert window.statusBar().currentMessage().startswith("Ouvrez un PDF ou un projet")
        assert window.editor_dock.windowTitle() == "Éditeur de tableau"
        # View ▸ Language: the choice is remembered for the next start and said in the language chosen
        assert set(window.language_actions) == {"", "en", "fr", "es"}
        assert window.language_actions["es"].text() == "Español"
        window.language_actions["es"].trigger()
        assert i18n.saved_language() == "es"
        assert window.language_actions["es"].isChecked()
        message = window.statusBar().currentMessage()
        assert "L’interface sera en Español" in message
        assert "La interfaz estará en Español" in message
        assert i18n.wanted_language() == "es"
    finally:
        i18n.save_language("")
        window.close()


def test_the_extraction_s_own_warnings_shown_in_the_language_english_kept(language):
    """Pages skipped, a cancelled run, a page too dense to read: saved in English (JSON, the command
    line, the project), listed as problems in the interface's language, figures written its way."""
    from app.document.model import DocumentData, PageWarning, SourceDocument
    from app.extract import pipeline as pl
    from app.extract.problems import check_source
    from widgets.i18n import problem_label, problem_text

    data = DocumentData(document=SourceDocument(path="a.pdf", sha256="0" * 64, pages=3))
    data.warnings = [
        pl.stopped_warning(2, -9),
        pl.warn(3, pl.SKIPPED_DENSE, load=1450000, budget=250000),
        pl.cancelled_warning(1, 3),
        PageWarning(1, "some older wording"),
    ]
    english = [w.message for w in data.warnings]
    assert english[:3] == [
        "page skipped: the extractor stopped unexpectedly on this page (exit status -9)",
        "page skipped, too dense to read: about 1,450,000 characters and drawings, over the limit of 250,000 "
        "per page (reading it would take gigabytes of memory)",
        "extraction cancelled: 1 of 3 pages not extracted",
    ]
    problems = check_source(data)
    assert [(p.kind, p.page, p.message) for p in problems] == [("extraction", 2, english[0]),
                                                               ("extraction", 3, english[1]),
                                                               ("extraction", None, english[2])]
    language("fr")
    nb = "\u202f"
    assert problem_label(problems[0]) == "Extraction"
    assert [problem_text(p) for p in problems] == [
        "page ignorée\u00a0: l’extracteur s’est arrêté inopinément sur cette page (code de sortie -9)",
        f"page ignorée, trop dense pour être lue\u00a0: environ 1{nb}450{nb}000 caractères et tracés, au-delà de la "
        f"limite de 250{nb}000 par page (la lire demanderait des gigaoctets de mémoire)",
        "extraction annulée\u00a0: pages non extraites\u00a0: 1 sur 3",
    ]
    language("es")
    assert problem_label(problems[0]) == "Extracción"
    assert problem_text(problems[2]) == "extracción cancelada: 1 de 3 páginas sin extraer"
    assert [w.message for w in data.warnings] == english  # the saved English is untouched


def test_how_to_add_ocr_is_told_in_the_language(language):
    """A scanned page without an OCR engine says how to install one: the whole sentence, install
    steps included, in the interface's language; saved in English, and read back from it."""
    from app.document.model import DocumentData, SourceDocument
    from app.extract import pipeline as pl
    from app.extract.problems import check_source
    from widgets.i18n import problem_text

    data = DocumentData(document=SourceDocument(path="scan.pdf", sha256="0" * 64, pages=1))
    data.warnings = [pl.warn(1, pl.SCANNED_NO_ENGINE)]
    english = data.warnings[0].message
    assert "install Tesseract OCR" in english and "pytesseract" in english
    problems = check_source(data)
    language("fr")
    french = problem_text(problems[0])
    assert french.startswith("page numérisée") and "installez Tesseract OCR" in french
    assert "English" not in french and "ticking" not in french
    language("es")
    assert "instale Tesseract OCR" in problem_text(problems[0])
    assert data.warnings[0].message == english


def test_export_progress_and_failures_in_the_interface_s_language(language, tmp_path):
    """The built-in exporters report in English (the command line, plug-ins' API); the window reads
    their progress back into its template and shows a failure to write in its language."""
    from exporters import ExportError
    from exporters.common import PROGRESS, safe_destination
    from widgets.i18n import EXPORT, translate_label, translate_message

    assert PROGRESS["table_sheet"].format(n=3, total=7) == "Writing table 3 of 7"
    language("fr")
    assert translate_label("Laying out the PDF (pass 2)", EXPORT) == "Mise en page du PDF (passe 2)"
    assert translate_label("Writing table 3 of 7", EXPORT) == "Écriture du tableau 3 sur 7"
    assert translate_label("Counting my plug-in's rows", EXPORT) == "Counting my plug-in's rows"
    with pytest.raises(ExportError) as failed:
        with safe_destination(tmp_path / "missing" / "pack.pdf") as fh:
            fh.write(b"%PDF")
    assert str(failed.value) == f"Cannot write {tmp_path / 'missing' / 'pack.pdf'}: the folder does not exist."
    assert translate_message(failed.value) == (
        f"Impossible d’écrire {tmp_path / 'missing' / 'pack.pdf'}\u00a0: le dossier n’existe pas.")
    language("es")
    assert translate_label("Preparing key figures", EXPORT) == "Preparación de las cifras clave"


def test_titles_shown_in_the_language_s_quotation_marks(language):
    """Lists and messages name tables and sections by their titles, quoted as each language prints
    quotations: “ ” in English, « » in French (with no-break spaces) and Spanish."""
    from app.document.model import DocumentData, SourceDocument
    from widgets.i18n import item_name

    table = _bad_total_table()
    table.title = "Funding requirements"
    data = DocumentData(SourceDocument("a.pdf", "a" * 64, 1), tables=[table])
    assert item_name(data, "p1-t1") == "“Funding requirements”"
    language("fr")
    assert item_name(data, "p1-t1") == "«\u00a0Funding requirements\u00a0»"
    language("es")
    assert item_name(data, "p1-t1") == "«Funding requirements»"
    assert item_name(data, "p9-t9") == "p9-t9"  # gone: its id


def test_no_sentence_is_marked_inside_an_f_string():
    """pyside6-lupdate does not look inside f-strings: a tr()/translate() call there never reaches the
    catalogues and shows English in a French or Spanish window (the Pack panel's documents said
    "(6 page(s))"). Such a call is made before the f-string, its result put in."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    found = []
    for package in ("widgets", "briefing_builder", "exporters", "app"):
        for path in sorted((root / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.JoinedStr):
                    continue
                for inner in ast.walk(node):
                    # self.tr / Class.tr / QCoreApplication.translate and the core's N_ (the packs' own
                    # word list, a plain tr(lang, key), is no Qt catalogue)
                    if isinstance(inner, ast.Call) and (
                            (isinstance(inner.func, ast.Attribute) and inner.func.attr in ("tr", "translate"))
                            or (isinstance(inner.func, ast.Name) and inner.func.id == "N_")):
                        found.append(f"{path.relative_to(root)}:{inner.lineno}")
    assert not found, found
