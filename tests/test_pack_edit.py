"""Pack-definition edits (Qt-free): one undoable edit per gesture, redo, typing as one step, kept in the
project as they are made and replayed on reopening; read-only projects keep them in memory only."""

from __future__ import annotations

import json

import pytest

from app.packs import pack_edit as pe
from app.packs.pack import PackDefinition, PackError, build_pack, save_definition
from app.packs.pack_edit import JOURNAL_PREFIX, PackHistory
from app.packs.selection import Filters
from app.project.project import Project
from tests.data import load_document


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "p.bbproj"
    project = Project.create(path)
    project.set_extraction(load_document("appeal"), "test")
    project.close()
    return path


@pytest.fixture
def project(path):
    project = Project.open(path)
    yield project
    project.close()


def journal_rows(store) -> list[dict]:
    return [json.loads(v) for k, v in sorted(store.meta().items()) if k.startswith(JOURNAL_PREFIX)]


def shown_keys(project, definition) -> list[str]:
    return [b.key for b in build_pack(project, definition).blocks]


def logo(tmp_path):
    from PIL import Image

    file = tmp_path / "logo.png"
    Image.new("RGB", (20, 10), (10, 80, 160)).save(file)
    return file


def each_kind(project, tmp_path):
    """(kind, make the edit from a definition, check the definition after it)."""
    saved = PackDefinition(filters=Filters(countries=["KEN"]))
    saved.metadata.title = "Kenya for ECHO"
    save_definition(project, "Kenya", saved)
    some_section = next(project.documents[next(iter(project.documents))].all_sections()).id
    return [
        ("countries", lambda d, n: pe.set_filters(d, Filters(countries=["SOM"]), title="Somalia: briefing pack"),
         lambda d, n: d.filters.countries == ["SOM"] and d.metadata.title == "Somalia: briefing pack"),
        ("sections", lambda d, n: pe.set_filters(d, Filters(sections=[some_section])),
         lambda d, n: d.filters.sections == [some_section]),
        ("title", lambda d, n: pe.set_field(d, "title", "For ECHO"), lambda d, n: d.metadata.title == "For ECHO"),
        ("language", lambda d, n: pe.set_field(d, "language", "fr"), lambda d, n: d.metadata.language == "fr"),
        ("logo", lambda d, n: pe.set_logo(d, str(logo(tmp_path))), lambda d, n: d.metadata.logo_name == "logo.png"),
        ("exporter", lambda d, n: pe.set_exporter(d, "xlsx"), lambda d, n: d.exporter == "xlsx"),
        ("option", lambda d, n: pe.set_option(d, "pdf", "page_size", "Letter"),
         lambda d, n: d.options["pdf"]["page_size"] == "Letter"),
        ("move", lambda d, n: pe.move_blocks(d, shown_keys(project, d), ["sources"], -1),
         lambda d, n: d.order[-2] == "sources"),
        ("remove", lambda d, n: pe.remove_blocks(d, shown_keys(project, d), ["chart", "contents"]),
         lambda d, n: {"chart", "contents"} <= set(d.removed)),
        ("load", lambda d, n: pe.load_saved(d, n, saved, "Kenya"),
         lambda d, n: d.filters.countries == ["KEN"] and d.metadata.title == "Kenya for ECHO" and n == "Kenya"),
    ]


def test_every_kind_of_edit_is_undone_and_redone(project, tmp_path):
    history = PackHistory.open(project.store)
    for kind, make, check in each_kind(project, tmp_path):
        before = history.definition.to_json(), history.name
        edit = make(history.definition, history.name)
        assert edit is not None, kind
        assert history.do(edit) is False, kind  # a step of its own
        assert check(history.definition, history.name), kind
        after = history.definition.to_json(), history.name
        assert history.undo() is edit
        assert (history.definition.to_json(), history.name) == before, kind
        assert history.redo() is edit
        assert (history.definition.to_json(), history.name) == after, kind
        assert check(history.definition, history.name), kind
    assert len(history.undo_stack) == 10 and not history.redo_stack


def test_an_edit_that_changes_nothing_is_no_edit(project):
    history = PackHistory.open(project.store)
    assert pe.set_filters(history.definition, Filters()) is None
    assert pe.restore_blocks(history.definition) is None
    assert history.do(None) is None
    assert journal_rows(project.store) == [] and not history.undo_stack


def test_edits_and_their_undo_and_redo_outlive_reopening(path, tmp_path):
    project = Project.open(path)
    history = PackHistory.open(project.store)
    for _kind, make, _check in each_kind(project, tmp_path):
        history.do(make(history.definition, history.name))
    history.undo()
    history.undo()  # two steps on the redo stack
    expected = history.definition.to_json(), history.name
    labels = [e.label for e in history.undo_stack], [e.label for e in history.redo_stack]
    project.close()

    project = Project.open(path)
    try:
        again = PackHistory.open(project.store)
        assert (again.definition.to_json(), again.name) == expected
        assert ([e.label for e in again.undo_stack], [e.label for e in again.redo_stack]) == labels
        assert again.redo() is not None and "chart" in again.definition.removed  # the removal, redone
        assert again.redo() is not None and again.name == "Kenya"
        again.undo()
        again.undo()
        again.undo()
        assert again.definition.order == [] and again.definition.options["pdf"]["page_size"] == "Letter"
    finally:
        project.close()


def test_typing_in_one_field_is_one_step_also_after_reopening(path):
    project = Project.open(path)
    history = PackHistory.open(project.store)
    for text in ("F", "Fo", "For", "For ECHO"):
        history.do(pe.set_field(history.definition, "title", text))
    history.do(pe.set_field(history.definition, "audience", "ECHO"))
    history.do(pe.set_field(history.definition, "title", "For ECHO 2025"))  # another field came between
    assert [e.label for e in history.undo_stack] == ["Change title", "Change “Prepared for”", "Change title"]
    project.close()

    project = Project.open(path)
    try:
        again = PackHistory.open(project.store)
        assert [e.label for e in again.undo_stack] == ["Change title", "Change “Prepared for”", "Change title"]
        again.undo()
        again.undo()
        again.undo()
        assert again.definition.metadata.title == "Briefing pack"  # the whole typing went in one undo
        again.redo()
        assert again.definition.metadata.title == "For ECHO"
        # after an undo, typing starts a new step
        again.do(pe.set_field(again.definition, "title", "For ECHO!"))
        assert len(again.undo_stack) == 2 and not again.redo_stack
    finally:
        project.close()


def test_one_row_a_change_and_no_double_entries(project):
    history = PackHistory.open(project.store)
    history.do(pe.set_filters(history.definition, Filters(countries=["SOM"])))
    history.do(pe.set_field(history.definition, "title", "A"))
    history.undo()
    history.redo()
    history.set_name("Somalia")
    rows = journal_rows(project.store)
    assert [r["kind"] for r in rows] == ["base", "do", "do", "undo", "redo", "name"]
    # undo or redo with nothing to undo or redo writes nothing
    history.redo()
    while history.undo():
        pass
    history.undo()
    assert [r["kind"] for r in journal_rows(project.store)][6:] == ["undo", "undo"]
    # the journal is no saved pack and no correction
    assert project.store.packs() == {} and project.store.journal_count() == 0


def test_a_read_only_project_composes_in_memory_only(path):
    writer = Project.open(path)
    history = PackHistory.open(writer.store)
    history.do(pe.set_filters(history.definition, Filters(countries=["SOM"])))
    writer.close()
    project = Project.open(path, read_only=True)
    try:
        history = PackHistory.open(project.store)
        assert history.definition.filters.countries == ["SOM"]
        history.do(pe.set_filters(history.definition, Filters(countries=["KEN"])))
        history.undo()
        history.redo()
        assert history.definition.filters.countries == ["KEN"] and len(history.undo_stack) == 2
        assert len(journal_rows(project.store)) == 2  # base and the first edit, as they were
    finally:
        project.close()


def test_a_change_that_cannot_be_kept_changes_nothing(project):
    class FullDisk:
        read_only = False

        def meta(self):
            return {}

        def set_meta(self, key, value):
            raise OSError("disk full")

    history = PackHistory.open(FullDisk())
    with pytest.raises(OSError):
        history.do(pe.set_filters(history.definition, Filters(countries=["SOM"])))
    assert history.definition.filters.countries == [] and not history.undo_stack


def test_a_damaged_row_is_skipped(project):
    history = PackHistory.open(project.store)
    history.do(pe.set_filters(history.definition, Filters(countries=["SOM"])))
    project.store.set_meta(f"{JOURNAL_PREFIX}000000099", "{not json")
    project.store.set_meta(f"{JOURNAL_PREFIX}000000100", json.dumps({"kind": "do", "edit": {"before": {"x": 1},
                                                                                             "after": {"x": 2}}}))
    again = PackHistory.open(project.store)
    assert again.definition.filters.countries == ["SOM"] and len(again.damaged) == 2
    again.do(pe.set_field(again.definition, "title", "T"))  # new rows follow the damaged ones
    assert PackHistory.open(project.store).definition.metadata.title == "T"


def test_a_bad_logo_is_refused_before_any_edit(project, tmp_path):
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"not an image")
    history = PackHistory.open(project.store)
    with pytest.raises(PackError):
        pe.set_logo(history.definition, str(bad))
    assert journal_rows(project.store) == []
