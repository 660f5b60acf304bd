"""The workbench on a real extraction: the Migration Initiatives sample (76 pages) through the real
pipeline, its section tree edited through the real widgets.

The sample is extracted once for the whole test run (conftest ``sample_run``) and saved into a project
file with its page cache; each test opens its own copy, so they stay independent.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt (PySide6) is a runtime dependency; install the package")

from app.project import section_edit as se  # noqa: E402
from tests.test_gui_workbench import messages, window  # noqa: E402,F401 (fixtures)

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "migration-initiatives-2017-sample.pdf"


@pytest.fixture(scope="module")
def sample_project(tmp_path_factory, sample_run) -> Path:
    """A project holding the sample's extraction and its page cache, as the workbench saves them."""
    from app.project.project import Project

    run = sample_run(SAMPLE.stem)
    path = tmp_path_factory.mktemp("sample") / "sample.bbproj"
    project = Project.create(path)
    project.add_pdf(SAMPLE)
    key = run.settings.key()
    for result in run.results:
        project.store.put_page(run.document.sha256, result.page, key, result.to_json())
    project.set_extraction(run.data(), key)
    project.close()
    return path


@pytest.fixture
def opened(window, qtbot, tmp_path, sample_project):
    copy_path = tmp_path / "work.bbproj"
    shutil.copy(sample_project, copy_path)
    assert window.open_path(copy_path)
    qtbot.waitUntil(window.page_view.is_rendered, timeout=20000)
    return window


def find(data, title: str, parent=None):
    """The section whose title starts with ``title`` (under ``parent`` when given)."""
    pool = parent.walk() if parent is not None else data.all_sections()
    return next(s for s in pool if s.title.startswith(title))


def reading_order(data):
    return [s.id for s in data.all_sections()]


def test_the_real_section_tree_in_the_panel(opened):
    window = opened
    data, panel = window.bench.data(), window.section_panel
    model, tree = panel.model, panel.tree
    root = data.sections[0]
    assert len(data.sections) == 1 and root.level == 0  # the document is the one root
    assert model.rowCount() == 1 and model.data(model.index(0, 0)) == root.title
    assert model.data(model.index(0, 1)) == f"1–{data.document.pages}"
    root_index = panel.proxy.mapFromSource(model.index_of(root.id))
    assert tree.isExpanded(root_index)
    assert model.rowCount(model.index_of(root.id)) == len(root.children) >= 5
    # the document root can be renamed, not moved, demoted, merged or deleted; the reason is the tip
    panel.select(root.id)
    assert panel.rename_action.isEnabled()
    for action in (panel.promote_action, panel.demote_action, panel.move_up_action, panel.delete_action,
                   panel.merge_action):
        assert not action.isEnabled(), action.text()
    assert "document itself" in panel.demote_action.toolTip()
    # a chapter: nothing to promote it out of; a later one can be demoted under the one before it
    funding = find(data, "Funding requirements")
    panel.select(funding.id)
    assert not panel.promote_action.isEnabled() and "top level" in panel.promote_action.toolTip()
    assert panel.demote_action.isEnabled() and panel.merge_action.isEnabled()
    # selecting a section shows its page and its text
    assert window.page_view.page_index == funding.page - 1
    assert panel.text.toPlainText() == funding.text
    first = funding.children[0]
    panel.select(first.id)
    assert not panel.demote_action.isEnabled()  # nothing before it at its level
    assert window.page_view.page_index == first.page - 1
    # the outline follows the table shown (its section is highlighted; the page stays on the table)
    table = next(t for t in reversed(data.tables) if t.section and t.section != first.id)
    window.bench.select_table(table.id)
    assert panel.current_section().id == table.section and window.page_view.page_index == table.page - 1


def test_promote_and_demote_real_sections_keep_reading_order_and_undo(opened):
    window = opened
    bench, panel = window.bench, window.section_panel
    data = bench.data()
    before, order = copy.deepcopy(data.to_json()), reading_order(data)
    first_principle = find(data, "Principle 1")
    second = find(data, "Principle 2")
    depth = {s.id: s.level for s in second.walk()}
    panel.select(second.id)
    panel.demote_action.trigger()
    data = bench.data()
    assert data.section_parent(second.id).id == first_principle.id
    assert all(data.section(sid).level == level + 1 for sid, level in depth.items())
    assert reading_order(data) == order
    # the tree shows it under the section before it
    parent_index = panel.model.parent(panel.model.index_of(second.id))
    assert panel.model.section(parent_index).id == first_principle.id
    window.undo_action.trigger()
    assert bench.data().to_json() == before
    # promoting a region out of its principle: it follows the principle and adopts what came after it
    data = bench.data()
    principle = find(data, "Principle 1")
    region, following = principle.children[0], [c.id for c in principle.children[1:]]
    assert following
    panel.select(region.id)
    panel.promote_action.trigger()
    data = bench.data()
    promoted = data.section(region.id)
    assert promoted.level == 1 and data.section_parent(region.id).id == data.sections[0].id
    assert [c.id for c in promoted.children][-len(following):] == following
    assert reading_order(data) == order
    window.undo_action.trigger()
    assert bench.data().to_json() == before


def test_merge_and_split_real_sections(opened):
    window = opened
    bench, panel = window.bench, window.section_panel
    data = bench.data()
    before = copy.deepcopy(data.to_json())
    funding = find(data, "Funding requirements")
    first, second = funding.children[0], funding.children[1]
    tables = [t.id for t in data.tables if t.section == second.id]
    assert tables  # the region's funding table belongs to its section
    # a false heading: merged into the section before it, its table follows its text
    panel.select(second.id)
    panel.merge_action.trigger()
    data = bench.data()
    assert second.id not in reading_order(data)
    assert second.title in data.section(first.id).text.split("\n\n")
    assert all(data.table(t).section == first.id for t in tables)
    window.undo_action.trigger()
    assert bench.data().to_json() == before
    # a missed heading: split a section at the paragraph holding the text cursor
    data = bench.data()
    known = set(reading_order(data))
    foreword = next(s for s in data.all_sections()
                    if len(se.paragraphs(s.text)) >= 3 and not s.children and len(se.paragraphs(s.text)[1]) > 120)
    paragraphs = se.paragraphs(foreword.text)
    panel.select(foreword.id)
    cursor = panel.text.textCursor()
    cursor.setPosition(foreword.text.index(paragraphs[1]) + 1)  # inside the second paragraph
    panel.text.setTextCursor(cursor)
    panel.split_action.trigger()
    data = bench.data()
    assert data.section(foreword.id).text == paragraphs[0]
    siblings = data.section_parent(foreword.id).children
    new = siblings[[s.id for s in siblings].index(foreword.id) + 1]
    assert new.level == foreword.level and new.id not in known
    # a long paragraph is not a title: the new part is "New section" for the user to rename
    assert (new.title, new.text) == ("New section", "\n\n".join(paragraphs[1:]))
    assert panel.current_section().id == foreword.id
    window.undo_action.trigger()
    assert bench.data().to_json() == before


def test_every_item_model_passes_the_model_tester(opened, qtmodeltester):
    """The five Qt item models on the real sample, checked by Qt's QAbstractItemModelTester through
    pytest-qt (each failed check is a qt.modeltest warning, which fails the test); the testers check
    again on every signal the models send while the edits below run."""
    from app.extract.problems import check_document

    window = opened
    bench = window.bench
    data = bench.data()
    table = next(t for t in data.tables if t.n_rows > 3 and t.n_cols > 2)
    window.table_editor.load(table)
    window.problems_panel.model.set_problems(check_document(data))
    models = {
        "sections": window.section_panel.model,
        "tables": window.tables_panel.model,
        "problems": window.problems_panel.model,
        "table editor": window.table_editor.model,
        "thumbnails": window.thumbnails.thumbnails,
    }
    testers = []
    for name, model in models.items():
        assert model.rowCount() > 0, f"the {name} model is empty: nothing would be checked"
        qtmodeltester.check(model)
        testers.append(qtmodeltester._qt_tester)  # one tester per model, alive to the end of the test
    # changes while the testers listen: an edit and its undo, another table, marks, fewer problems
    window.section_panel.select(find(data, "Funding requirements").children[1].id)
    window.section_panel.merge_action.trigger()
    window.undo_action.trigger()
    window.table_editor.load(next(t for t in bench.data().tables if t.id != table.id))
    window.thumbnails.thumbnails.set_marks({1: "problem", 2: "table"})
    window.problems_panel.model.set_problems(check_document(bench.data())[:1])
    window.tables_panel.model.refresh()
    assert len(testers) == len(models)
