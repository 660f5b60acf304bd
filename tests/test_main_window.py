"""The first main window: opens a PDF, renders it, navigates and zooms."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt (PySide6) is a runtime dependency; install the package")

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDropEvent  # noqa: E402

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
    w = MainWindow()
    w.bench.workers = 0  # extraction in its thread, no worker processes
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


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
