"""The start page over the empty page area: open, the sample appeal in the interface's language, the
user guide and the files used last; gone while a document is shown, back when none is."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt (PySide6) is a runtime dependency; install the package")

from tests.test_gui_workbench import make_pdf, messages, wait_extracted, window  # noqa: E402,F401
from widgets.start_page import SAMPLES, sample_path  # noqa: E402


def test_the_start_page_offers_a_way_in_and_goes_when_a_document_is_shown(window, qtbot, tmp_path, monkeypatch):
    window.show()
    start = window.start_page
    assert not start.card.isHidden()
    assert set(start.buttons) >= {"open", "sample", "guide"}
    # the card sits inside the page area
    area = window.page_view.viewport().rect()
    assert area.contains(start.card.geometry())
    opened = []
    monkeypatch.setattr(window.projects, "open_dialog", lambda: opened.append("dialog"))
    window.open_action.triggered.disconnect()
    window.open_action.triggered.connect(lambda: opened.append("dialog"))
    start.buttons["open"].click()
    assert opened == ["dialog"]
    start.buttons["guide"].click()
    assert window.guide_dialog is not None and window.guide_dialog.isVisible()
    window.guide_dialog.close()
    # a PDF opened: the page shows it and the card goes
    pdf = make_pdf(tmp_path)
    assert window.open_path(pdf)
    wait_extracted(qtbot, window)
    assert start.card.isHidden()
    # closed again: back, with the file just used among the recent ones, which opens it
    window.projects.close_project()
    assert not start.card.isHidden()
    recent = [b for key, b in start.buttons.items() if key.startswith("recent")]
    assert recent and recent[0].toolTip() == str(pdf.resolve())
    recent[0].click()
    qtbot.waitUntil(lambda: window.bench.current != "", timeout=10000)
    assert start.card.isHidden()


def test_the_sample_is_the_interface_s_language_s_and_opens(window, qtbot):
    assert sample_path("fr") == SAMPLES / "initiatives-migratoires-2017-sample.pdf"
    assert sample_path("es") == SAMPLES / "iniciativas-de-migracion-2017-sample.pdf"
    assert sample_path("de") == SAMPLES / "migration-initiatives-2017-sample.pdf"
    window.show()
    window.bench.workers = 0
    window.start_page.buttons["sample"].click()
    qtbot.waitUntil(lambda: window.bench.current != "", timeout=20000)
    assert window.bench.data().document.path == str(sample_path())
    window.bench.cancel_extraction()


def test_in_an_empty_project_the_start_page_offers_to_add_a_pdf(window, tmp_path):
    window.show()
    window.new_project()
    start = window.start_page
    assert "add" in start.buttons and not start.card.isHidden()


def test_page_controls_wait_for_a_document(window, qtbot, tmp_path):
    """With no document the toolbar offered "1 / 0", page arrows and zoom: controls that do nothing.
    They are greyed until a document is shown, and again once it is closed."""
    controls = lambda: [window.page_spin.isEnabled(), window.zoom_in_action.isEnabled(),  # noqa: E731
                        window.zoom_out_action.isEnabled(), window.fit_width_action.isEnabled(),
                        window.prev_action.isEnabled(), window.next_action.isEnabled()]
    assert not any(controls())
    pdf = make_pdf(tmp_path)
    assert window.open_path(pdf)
    wait_extracted(qtbot, window)
    assert window.page_spin.isEnabled() and window.zoom_in_action.isEnabled() and window.fit_width_action.isEnabled()
    window.projects.close_project()
    assert not any(controls())
