#!/usr/bin/env python3
"""Make the GUI screenshots of docs/screenshots/ at 1366×768 (a common field-laptop size), offscreen.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py [-o docs/screenshots]

Opens the bundled Migration Initiatives sample in a fresh project, lets it extract, and grabs the
main views: the workbench (page + table editor + section tree), the problems list with a flagged
table, the draw-table-area mode, the lost-character assistant (on words the script damages, see
step 4: the sample's own lost characters are repaired during extraction) and the Pack panel.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "migration-initiatives-2017-sample.pdf"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--pdf", default=str(SAMPLE))
    parser.add_argument("--language", choices=("en", "fr", "es"), default="en",
                        help="the interface's language (shots other than English are named workbench-fr.png ...)")
    parser.add_argument("--only", help="make this shot only (e.g. workbench)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sandbox = Path(tempfile.mkdtemp(prefix="bb-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(sandbox / "config")
    os.environ["XDG_DATA_HOME"] = str(sandbox / "data")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer
    from PySide6.QtTest import QTest

    from widgets.app import create_app
    from widgets.main_window import MainWindow

    app = create_app(language=args.language)
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.resize(1366, 768)
    window.show()

    def pump(seconds: float = 0.3, until=None, timeout: float = 300.0) -> None:
        """Run the event loop (idle, as the application does) for ``seconds`` or until ``until()``."""
        end = time.monotonic() + (timeout if until else seconds)
        loop = QEventLoop()
        check = QTimer()
        check.setInterval(25)
        check.timeout.connect(lambda: loop.quit() if time.monotonic() >= end or (until is not None and until())
                              else None)
        check.start()
        loop.exec()
        check.stop()
        app.processEvents()

    def shot(name: str) -> None:
        if args.language != "en":
            name = name.replace(".png", f"-{args.language}.png")
        pump(0.4, until=window.page_view.is_rendered, timeout=10)
        pump(0.2)
        path = out / name
        window.grab().save(str(path))
        print(f"wrote {path}")

    window.new_project(); pump(0.2)
    window.open_path(args.pdf)
    pump(until=lambda: not window.bench.extracting and window.bench.has_extraction(window.bench.current))
    data = window.bench.data()
    print(f"{len(data.tables)} tables, {sum(1 for _ in data.all_sections())} sections")

    # 1. the workbench: a regional funding table, its page, its section
    table = max(data.tables, key=lambda t: t.n_rows * t.n_cols)
    sections = [s for s in data.all_sections() if s.page <= table.page]
    if sections:
        window.section_panel.select(sections[-1].id)
    window.bench.select_table(table.id, min(table.header_rows + 1, table.n_rows - 1), 1)
    shot("workbench.png")
    if args.only == "workbench":
        window.close()
        return 0

    # 2. problems: mark the last row as totals and damage one figure so the sums disagree
    editor = window.table_editor
    bench = window.bench
    last = table.n_rows - 1
    editor.set_total_row(last, True)
    value_cols = [c for c in range(table.n_cols) if table.anchor(max(table.header_rows, 1), c)
                  and table.anchor(max(table.header_rows, 1), c).value is not None]
    if value_cols:
        row = max(table.header_rows, 1)
        cell = bench.data().table(table.id).anchor(row, value_cols[0])
        editor.edit_cell(row, value_cols[0], cell.text[:-1] + ("9" if not cell.text.endswith("9") else "8"))
    pump(1.0, until=lambda: bench.problems() is not None, timeout=20)
    window.problems_dock.raise_()
    panel = window.problems_panel
    if panel.model.rowCount():
        # the damaged figure's problem (a real error), not a rounding note of another table
        rows = range(panel.proxy.rowCount())
        row = next((r for r in rows if panel.problem_at(r).kind in ("column_sum", "row_sum")), 0)
        panel.view.selectRow(row)
        panel._activated(panel.proxy.index(row, 0))
    shot("problems.png")
    while bench.undo_stack.canUndo():
        bench.undo_stack.undo()

    # 3. drawing a table area on the page (the rubber band half-way)
    window.draw_action.setChecked(True)
    window.page_view.set_draw_mode(True)
    view = window.page_view
    x0, top, x1, bottom = table.bbox
    start = view.mapFromScene(x0 - 4, top - 4)
    end = view.mapFromScene(x1 + 4, (top + bottom) / 2)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(view.viewport(), QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    QTest.mouseMove(view.viewport(), end)
    window.statusBar().showMessage(window.draw_action.statusTip())  # what hovering the button shows
    shot("draw-area.png")
    window.page_view.set_draw_mode(False)  # drops the half-drawn rectangle
    window.statusBar().clearMessage()

    # 4. the lost-character assistant. The sample's lost characters ("Objec�ve", "Djibou�") are
    #    repaired during extraction already, so the assistant would have nothing to show. The script
    #    damages a few words of the longest section text the way such PDFs print them (the "ti" glyph
    #    lost), as one undoable edit, shows the assistant, and undoes the edit.
    import re

    from app.project import section_edit as se

    section = max(data.all_sections(), key=lambda s: len(s.text))
    words = []
    for word in re.findall(r"[A-Za-z]*ti[a-z]+", section.text):
        if len(word) > 6 and word.lower() not in {w.lower() for w in words}:
            words.append(word)
        if len(words) == 6:
            break
    damaged = section.text
    for word in words:
        damaged = re.sub(rf"\b{word}\b", word.replace("ti", "\ufffd", 1), damaged)
    bench.apply(se.set_text(bench.data(), section.id, damaged))
    window.show_repair()
    pump(0.5)
    dialog = window.repair_dialog
    dialog.resize(640, 420)
    dialog.move(window.geometry().center() - dialog.rect().center())
    pump(0.3)
    dialog.grab().save(str(out / "repair-assistant.png"))
    print(f"wrote {out / 'repair-assistant.png'}")
    dialog.close()
    bench.undo_stack.undo()

    # 5. the Pack panel (Ctrl+Shift+P) at 1366×768: a region chosen, the title follows it, and the
    #    window keeps its status bar on screen
    window.compose_pack()
    pump(0.5)
    composer = window.pack_composer
    regions = [composer.region_list.item(i) for i in range(composer.region_list.count())]
    regions = [item for item in regions if item.data(Qt.ItemDataRole.UserRole + 1)]
    if regions:
        regions[0].setCheckState(Qt.CheckState.Checked)
    pump(1.0)
    composer.rebuild()
    print(f"pack: {composer.definition.metadata.title!r}; window minimum {window.minimumSizeHint().height()} px")
    shot("pack-panel.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
