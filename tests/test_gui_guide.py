"""Help ▸ User Guide: the guide ships in English, French and Spanish, says what the application does
(every menu path it names is a menu of the window in that language, every key it names is bound), and
opens offline beside the window with its chapters and a search that ignores accents."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt (PySide6) is a runtime dependency; install the package")

from PySide6.QtCore import Qt, QUrl  # noqa: E402
from PySide6.QtGui import QAction, QKeySequence, QShortcut  # noqa: E402

from widgets.guide import GUIDE, KEY, GuideDialog, anchor, chapters, folded, guide_path  # noqa: E402

LANGUAGES = ("en", "fr", "es")
#: "*File ▸ Compose Pack…*": a menu path, set in italics
MENU_PATH = re.compile(r"(?<!\*)\*([^*]+?(?:\s▸\s[^*]+?)+)\*(?!\*)")


@pytest.fixture
def language(qapp):
    from widgets import i18n

    yield i18n.install
    i18n.install("en")


def _text(lang: str) -> str:
    return (GUIDE / f"{lang}.md").read_text(encoding="utf-8")


def test_the_guide_has_the_same_chapters_and_keys_in_every_language():
    english = _text("en")
    for lang in LANGUAGES:
        text = _text(lang)
        assert len(chapters(text)) == len(chapters(english)) >= 10, lang
        assert sorted(set(KEY.findall(text))) == sorted(set(KEY.findall(english))), lang
        assert len(MENU_PATH.findall(text)) == len(MENU_PATH.findall(english)), lang
        # the contents' links each reach a chapter
        links = re.findall(r"\]\(#([^)]+)\)", text)
        assert links and set(links) <= {anchor(title) for title in chapters(text)}, lang


def _menu_items(window) -> dict[str, object]:
    """Menu titles without their "&" -> the menu."""
    return {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions() if a.menu()}


def _find(menu, names: list[str]) -> bool:
    if not names:
        return True
    for action in menu.actions():
        if action.text().replace("&", "") == names[0]:
            return len(names) == 1 or (action.menu() is not None and _find(action.menu(), names[1:]))
    return False


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_menu_path_and_key_the_guide_names_is_in_the_window(language, qtbot, lang):
    from widgets.main_window import MainWindow

    language(lang)
    window = MainWindow()
    qtbot.addWidget(window)
    text = _text(lang)
    menus = _menu_items(window)
    paths = MENU_PATH.findall(text)
    assert len(paths) >= 15
    for path in paths:
        top, *rest = [" ".join(part.split()) for part in path.split("▸")]
        assert top in menus and _find(menus[top], rest), (lang, path, sorted(menus))
    bound = {k.toString() for a in window.findChildren(QAction) for k in window.local_keys_first.keys(a)}
    bound |= {s.key().toString() for s in window.findChildren(QShortcut)}
    bound.add(QKeySequence(QKeySequence.StandardKey.Save).toString())  # the Pack panel's, made with a project
    for key in set(KEY.findall(text)):
        assert QKeySequence(key).toString() in bound, (lang, key)
    window.close()


def test_f1_opens_the_guide_in_the_interface_s_language(language, qtbot):
    from widgets.main_window import MainWindow

    language("fr")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.guide_action.trigger()
    dialog = window.guide_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Guide d’utilisation"
    assert dialog.markdown == _text("fr")
    assert "Vérifier et corriger les tableaux" in dialog.text.toPlainText()
    # keys named as the French menus name them (Qt's catalogue writes Shift "Maj" there)
    native = QKeySequence("Ctrl+Shift+P").toString(QKeySequence.SequenceFormat.NativeText)
    assert native in dialog.text.toPlainText()
    assert native == window.compose_pack_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    # the chapters list leaves out the guide's own contents and jumps to a chapter
    listed = [dialog.contents.item(i).text() for i in range(dialog.contents.count())]
    assert listed == [t for t in chapters(_text("fr")) if t != "Sommaire"]
    dialog.text.verticalScrollBar().setValue(0)
    dialog.contents.setCurrentRow(listed.index("Dossiers d’information"))
    assert dialog.text.verticalScrollBar().value() > 0
    assert dialog.text.textCursor().block().text() == "Dossiers d’information"
    # a link of the contents goes to its chapter, a link elsewhere is never followed
    dialog.text.verticalScrollBar().setValue(0)
    dialog._follow(QUrl("#annuler-et-historique"))
    assert dialog.text.textCursor().block().text() == "Annuler et historique"
    dialog._follow(QUrl("https://example.org/#langue"))
    assert dialog.text.textCursor().block().text() == "Annuler et historique"
    # F1 again shows the same dialog
    window.guide_action.trigger()
    assert window.guide_dialog is dialog
    dialog.close()
    window.close()


def test_find_in_the_guide_ignores_accents_and_case_and_wraps_round(qtbot):
    dialog = GuideDialog(lang="fr")
    qtbot.addWidget(dialog)
    dialog.find_edit.setText("REINITIALISER la disposition")
    assert dialog.find_next()
    first = dialog.text.textCursor()
    assert first.selectedText() == "Réinitialiser la disposition"
    places = [first.selectionStart()]
    while dialog.find_next() and dialog.text.textCursor().selectionStart() not in places:
        places.append(dialog.text.textCursor().selectionStart())
    plain = dialog.text.document().toPlainText()
    assert len(places) == folded(plain).count("reinitialiser la disposition") >= 2
    dialog.find_edit.setText("introuvable-nulle-part")
    assert not dialog.find_next() and dialog.find_status.text() == "Not found"
    # Ctrl+F in the dialog goes to the find field
    dialog.show()
    dialog.activateWindow()
    dialog.text.setFocus()
    qtbot.waitUntil(dialog.text.hasFocus)
    qtbot.keyClick(dialog.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.find_edit.hasFocus()


def test_an_unknown_language_falls_back_to_english():
    assert guide_path("de") == GUIDE / "en.md"
    assert guide_path("es") == GUIDE / "es.md"


def test_folding_keeps_places():
    text = "Réinitialiser ß ﬁn Haïti"
    fold = folded(text)
    assert len(fold) == len(text)
    assert fold[fold.index("haiti"):][:5] == "haiti" and text[fold.index("haiti"):][:5] == "Haïti"
