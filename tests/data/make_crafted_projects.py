"""Write the crafted project files of tests/data/crafted_projects/ (damage inside one row, odd values).

    python tests/data/make_crafted_projects.py

Each file starts as a sound project (one document with a table and sections, corrections, a pack,
a cached page) and then gets one kind of damage written straight into the SQLite file, as a bad disk
sector, a foreign tool or a hand edit would. ``tests/test_crafted_projects.py`` opens every file
through the core, the command line's ``info`` and the GUI's open path and expects no internal error:
damaged rows are skipped and listed, the rest is kept; a file that cannot be read at all gets a
clear sentence. The files are committed; rerun this after changing it (the output is deterministic
except for time stamps).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OUT = Path(__file__).resolve().parent / "crafted_projects"
SHA = "ab" * 32
OTHER = "ef" * 32

Mutation = Callable[[sqlite3.Connection], None]


def _base(path: Path) -> None:
    from app.document.model import DocumentData, Section, SourceDocument, Table
    from app.project.project import Project

    doc = SourceDocument(path="appeal.pdf", sha256=SHA, pages=3, title="Appeal")
    rows = [["Country", "Requirement"], ["Kenya", "1,000"], ["Somalia", "2,000"], ["Total", "3,000"]]
    table = Table.from_rows(rows, id="p1-t1", page=1, bbox=(10, 20, 300, 200), header_rows=1, document=SHA)
    second = Table.from_rows([["Sector", "People"], ["Health", "500"]], id="p2-t1", page=2,
                             bbox=(10, 20, 300, 120), header_rows=1, document=SHA)
    sections = [Section(id="s-1", title="East Africa", level=1, page=1, end_page=3,
                        children=[Section(id="s-2", title="Kenya", level=2, page=2, end_page=3, text="Kenya hosts ...")])]
    data = DocumentData(doc, [table, second], sections)
    project = Project.create(path)
    project.store.add_document(doc)
    project.set_extraction(data, "settings-1")
    project.apply(SHA, {"op": "set_cell", "table": "p1-t1", "row": 1, "col": 1, "text": "1,500", "old": "1,000"})
    project.apply(SHA, {"op": "set_table", "table": "p1-t1", "attrs": {"title": "Funding"}})
    project.apply(SHA, {"op": "set_cell", "table": "p2-t1", "row": 1, "col": 1, "text": "600", "old": "500"})
    project.store.save_pack("Kenya", {"filters": {"countries": ["KEN"]}, "metadata": {"title": "Kenya"}})
    project.store.put_page(SHA, 1, "settings-1", {"page": 1, "tables": []})
    project.close()


def _json_update(table: str, column: str, where: str, fn) -> Mutation:
    def mutate(db: sqlite3.Connection) -> None:
        rows = db.execute(f"SELECT rowid, {column} FROM {table} WHERE {where}").fetchall()
        for rowid, text in rows:
            db.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (fn(json.loads(text)), rowid))

    return mutate


def _sql(*statements: str, params: tuple = ()) -> Mutation:
    def mutate(db: sqlite3.Connection) -> None:
        for s in statements:
            db.execute(s, params) if params else db.execute(s)

    return mutate


def _extraction(fn) -> Mutation:
    def change(value):
        fn(value)
        return json.dumps(value)

    return _json_update("extractions", "data", "1", change)


def _first_table(fn):
    def change(value):
        fn(value["tables"][0])

    return change


def _deep_sections(db: sqlite3.Connection) -> None:
    """Sections nested 5,000 deep (written as text: the json module itself cannot nest so deep)."""
    depth = 5000
    head = "".join(f'{{"id": "deep-{i}", "title": "Deep", "level": 1, "page": 1, "end_page": 1, "children": ['
                   for i in range(depth))
    nested = "[" + head + "]}" * depth + "]"
    text = db.execute("SELECT data FROM extractions").fetchone()[0]
    value = json.loads(text)
    value["sections"] = "@@"
    db.execute("UPDATE extractions SET data = ?", (json.dumps(value).replace('"@@"', nested),))


def _journal_op(op) -> Mutation:
    text = op if isinstance(op, str) else json.dumps(op)
    return _sql("INSERT INTO journal(sha256, op, kind, created_at) VALUES (?, ?, 'do', 0)", params=(SHA, text))


HUGE_TABLE = {"id": "p1-t1", "page": 1, "bbox": [0, 0, 1, 1], "n_rows": 10**9, "n_cols": 10**9,
              "cells": [{"row": 0, "col": 0, "text": "x"}]}

#: name -> (what it is, mutation). ``None``: the file is written by a special case below.
CASES: dict[str, tuple[str, Mutation | None]] = {
    "sound": ("a sound project, for reference", _sql("SELECT 1")),
    "document-info-bad-json": ("documents.info is not JSON", _sql("UPDATE documents SET info = '{\"sha256\": '")),
    "document-info-array": ("documents.info is a JSON array", _sql("UPDATE documents SET info = '[1, 2]'")),
    "document-info-wrong-sha": ("documents.info names another fingerprint",
                                _json_update("documents", "info", "1", lambda v: json.dumps({**v, "sha256": OTHER}))),
    "document-info-blob": ("documents.info holds a binary value",
                           _sql("UPDATE documents SET info = x'00ff00ff'")),
    "document-embedded-not-pdf": ("the embedded PDF is garbage", _sql("UPDATE documents SET pdf = x'0102030405'")),
    "extraction-bad-json": ("extractions.data is cut short",
                            _sql("UPDATE extractions SET data = substr(data, 1, 100)")),
    "extraction-integer": ("extractions.data is a number", _sql("UPDATE extractions SET data = 42")),
    "extraction-billion-rows": ("a table of 10^9 x 10^9 cells",
                                _extraction(_first_table(lambda t: t.update(n_rows=10**9, n_cols=10**9)))),
    "extraction-negative-size": ("a table of -5 rows", _extraction(_first_table(lambda t: t.update(n_rows=-5)))),
    "extraction-cell-outside": ("a cell outside its table",
                                _extraction(_first_table(lambda t: t["cells"].append({"row": 70, "col": 2, "text": "x"})))),
    "extraction-cell-bad-types": ("a cell whose row is a word",
                                  _extraction(_first_table(lambda t: t["cells"][0].update(row="first")))),
    "extraction-huge-span": ("a cell spanning 10^9 columns",
                             _extraction(_first_table(lambda t: t["cells"][0].update(col_span=10**9)))),
    "extraction-tables-not-list": ("tables is a string", _extraction(lambda v: v.update(tables="none"))),
    "extraction-sections-number": ("sections is a number", _extraction(lambda v: v.update(sections=7))),
    "extraction-sections-5000-deep": ("sections nested 5,000 deep", _deep_sections),
    "extraction-newer-version": ("extraction written by a newer version", _extraction(lambda v: v.update(version=99))),
    "extraction-no-document": ("extraction without its document key", _extraction(lambda v: v.pop("document"))),
    "journal-bad-json": ("one correction is not JSON", _journal_op('{"op": "set_cell", "table"')),
    "journal-array": ("one correction is a JSON array", _journal_op("[1, 2, 3]")),
    "journal-unknown-op": ("one correction names an unknown operation", _journal_op({"op": "explode"})),
    "journal-op-not-string": ("one correction's op is a number", _journal_op({"op": 5})),
    "journal-bad-types": ("a correction with a row that is a word",
                          _journal_op({"op": "set_cell", "table": "p1-t1", "row": "two", "col": None, "text": 5})),
    "journal-replace-billion": ("a correction inserting a table of 10^9 rows",
                                _journal_op({"op": "replace_table", "table": "p1-t1", "new": HUGE_TABLE})),
    "journal-batch-odd": ("a batch whose operations are not a list", _journal_op({"op": "batch", "ops": "all"})),
    "journal-set-table-odd": ("set_table with a total row that is text",
                              _journal_op({"op": "set_table", "table": "p1-t1", "attrs": {"total_rows": "last"}})),
    "journal-unknown-kind": ("a correction of an unknown kind",
                             _sql("UPDATE journal SET kind = 'sideways' WHERE seq = 2")),
    "journal-integer-op": ("a correction stored as a number", _sql("UPDATE journal SET op = 12 WHERE seq = 1")),
    "journal-other-document": ("corrections of a document not in the project",
                               _sql("UPDATE journal SET sha256 = ? WHERE seq = 2", params=(OTHER,))),
    "pack-bad-json": ("one pack definition is not JSON", _sql("UPDATE packs SET definition = '{{{'")),
    "pack-array": ("one pack definition is an array", _sql("UPDATE packs SET definition = '[]'")),
    "pack-odd-filters": ("a pack whose filters are numbers",
                         _sql("UPDATE packs SET definition = '{\"filters\": {\"countries\": 5, \"regions\": \"x\"}}'")),
    "page-cache-bad-json": ("a cached page is not JSON", _sql("UPDATE page_cache SET data = 'nope'")),
    "meta-garbage": ("meta values of the wrong kind", _sql("UPDATE meta SET value = x'ff00'")),
    "no-documents-rows": ("corrections and extraction without a document row", _sql("DELETE FROM documents")),
    "missing-journal-table": ("the journal table is gone", _sql("DROP TABLE journal")),
    "foreign-application": ("an SQLite file of another application", _sql("PRAGMA application_id = 7")),
    "newer-format": ("saved by a newer version", _sql("PRAGMA user_version = 99")),
    "truncated": ("the file cut in half", None),
    "not-sqlite": ("a text file named .bbproj", None),
    "empty": ("an empty file", None),
}


def write_all(out: Path = OUT) -> list[Path]:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    template = out / ".template.bbproj"
    _base(template)
    written = []
    for name, (_, mutate) in CASES.items():
        path = out / f"{name}.bbproj"
        if mutate is None:
            if name == "truncated":
                blob = template.read_bytes()
                path.write_bytes(blob[: len(blob) // 2])
            elif name == "not-sqlite":
                path.write_text("This is a shopping list, not a project.\n")
            else:
                path.write_bytes(b"")
            written.append(path)
            continue
        shutil.copyfile(template, path)
        db = sqlite3.connect(path, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode = DELETE")
            db.execute("PRAGMA page_size = 1024")
            db.execute("VACUUM")
            db.execute("BEGIN")
            mutate(db)
            db.execute("COMMIT")
        finally:
            db.close()
        written.append(path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(template) + suffix).unlink(missing_ok=True)
    (out / "README.md").write_text(
        "# Crafted project files\n\nWritten by `tests/data/make_crafted_projects.py`; opened by "
        "`tests/test_crafted_projects.py`.\n\n"
        + "".join(f"- `{name}.bbproj`: {what}\n" for name, (what, _) in CASES.items())
    )
    return written


if __name__ == "__main__":
    for p in write_all():
        print(p.relative_to(ROOT), p.stat().st_size)
