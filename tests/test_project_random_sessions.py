"""Nothing lost, generated: random sessions of corrections (cells, table structure, the section tree),
undos and redos, and reopenings of the project file. After every step the document is what the steps
taken so far make it: undo goes back exactly one step, redo forward exactly one, and a project closed and
opened again shows the same document with the same undo and redo history."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from app.project import ops
from app.project import section_edit as se
from app.project import table_edit as te
from app.project.project import Project
from app.project.section_edit import SectionEditError
from app.project.table_edit import TableEditError
from tests.data import load_document

REFUSED = (TableEditError, SectionEditError, ops.OpError)
TEXT = st.text(alphabet=st.sampled_from("ab1,0 -é’\n"), max_size=8)


def snapshot(project: Project, sha: str) -> str:
    data = project.data(sha)
    return json.dumps({"tables": [t.to_json() for t in data.tables],
                       "sections": [s.to_json() for s in data.sections]}, sort_keys=True)


class Sessions(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="bb-sessions-"))
        self.path = self.folder / "work.bbproj"
        self.project = Project.create(self.path)
        data = load_document("appeal")
        self.sha = data.document.sha256
        self.project.set_extraction(data, "test")
        self.states = [snapshot(self.project, self.sha)]  # the document after 0, 1, 2 ... steps
        self.at = 0  # steps done (the rest of self.states can be redone)

    def teardown(self) -> None:
        self.project.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # ---- corrections ---------------------------------------------------------------------------

    def _apply(self, op) -> None:
        try:
            self.project.apply(self.sha, op)
        except REFUSED:
            assert snapshot(self.project, self.sha) == self.states[self.at]  # a refused edit changes nothing
            return
        self.states = self.states[: self.at + 1] + [snapshot(self.project, self.sha)]
        self.at += 1

    def _table(self, draw):
        tables = self.project.data(self.sha).tables
        return draw(st.sampled_from(tables)) if tables else None

    @rule(choice=st.data(), text=TEXT)
    def edit_a_cell(self, choice, text):
        table = self._table(choice.draw)
        if table is None:
            return
        row = choice.draw(st.integers(0, table.n_rows - 1))
        col = choice.draw(st.integers(0, table.n_cols - 1))
        cell = table.anchor(row, col)
        if cell is not None:  # a cell under a merged one is typed into through its anchor
            self._apply(ops.set_cell(table.id, cell.row, cell.col, text, cell.text))

    @rule(choice=st.data(), edit=st.sampled_from(["insert_row", "delete_row", "move_row", "merge_row_up",
                                                  "split_row", "insert_column", "delete_column", "move_column",
                                                  "merge_columns", "split_column", "merge_cells", "split_cell",
                                                  "header_rows", "total"]))
    def restructure_a_table(self, choice, edit):
        table = self._table(choice.draw)
        if table is None:
            return
        r = choice.draw(st.integers(0, table.n_rows))
        c = choice.draw(st.integers(0, table.n_cols))
        r2 = choice.draw(st.integers(0, table.n_rows))
        c2 = choice.draw(st.integers(0, table.n_cols))
        make = {
            "insert_row": lambda: te.insert_row(table, r), "delete_row": lambda: te.delete_row(table, r),
            "move_row": lambda: te.move_row(table, r, r2), "merge_row_up": lambda: te.merge_row_up(table, r),
            "split_row": lambda: te.split_row(table, r), "insert_column": lambda: te.insert_column(table, c),
            "delete_column": lambda: te.delete_column(table, c), "move_column": lambda: te.move_column(table, c, c2),
            "merge_columns": lambda: te.merge_columns(table, c), "split_column": lambda: te.split_column(table, c),
            "merge_cells": lambda: te.merge_cells(table, min(r, r2), min(c, c2), max(r, r2), max(c, c2)),
            "split_cell": lambda: te.split_cell(table, r, c), "header_rows": lambda: te.set_header_rows(table, r),
            "total": lambda: te.set_total_row(table, r, choice.draw(st.booleans())),
        }
        try:
            new = make[edit]()
        except (*REFUSED, IndexError):
            return
        self._apply(te.replace_op(table, new, edit))

    @rule(choice=st.data(), edit=st.sampled_from(["rename", "text", "promote", "demote", "up", "down",
                                                  "merge", "delete", "split"]), text=TEXT)
    def edit_the_section_tree(self, choice, edit, text):
        data = self.project.data(self.sha)
        sections = list(data.all_sections())
        if not sections:
            return
        section = choice.draw(st.sampled_from(sections))
        make = {
            "rename": lambda: se.rename(data, section.id, text or "x"), "text": lambda: se.set_text(data, section.id, text),
            "promote": lambda: se.promote(data, section.id), "demote": lambda: se.demote(data, section.id),
            "up": lambda: se.move_by(data, section.id, -1), "down": lambda: se.move_by(data, section.id, +1),
            "merge": lambda: se.merge_with_previous(data, section.id), "delete": lambda: se.delete(data, section.id),
            "split": lambda: se.split(data, section.id, choice.draw(st.integers(0, 3))),
        }
        try:
            op = make[edit]()
        except (*REFUSED, IndexError):
            return
        self._apply(op)

    # ---- undo, redo, reopen ----------------------------------------------------------------------

    @precondition(lambda self: self.at > 0)
    @rule()
    def undo(self):
        self.project.undo()
        self.at -= 1

    @precondition(lambda self: self.at < len(self.states) - 1)
    @rule()
    def redo(self):
        self.project.redo()
        self.at += 1

    @rule()
    def close_and_open_again(self):
        self.project.close()
        self.project = Project.open(self.path)

    @invariant()
    def the_document_is_what_the_steps_made_it(self):
        assert snapshot(self.project, self.sha) == self.states[self.at]
        assert len(self.project.undo_stack) == self.at
        assert len(self.project.redo_stack) == len(self.states) - 1 - self.at


Sessions.TestCase.settings = settings(max_examples=30, stateful_step_count=25, deadline=None,
                                      suppress_health_check=[HealthCheck.too_slow])
test_random_sessions_lose_nothing = Sessions.TestCase
