"""Helpers for the GUI tests (not collected): a workbench document with tables and sections."""

from __future__ import annotations

from pathlib import Path

from app.model import DocumentData, Section

WRAPPED_ROWS = [
    ["Country", "Objective 1", "Objective 2", "Total"],
    ["Kenya", "700,000", "300,000", "1,000,000"],
    ["Northern", "", "", ""],
    ["Africa", "100", "200", "300"],
    ["Somalia", "-", "2,500,000", "2,500,000"],
    ["Total", "700,100", "2,800,200", "3,500,000"],
]

SECTION_TEXT = ("The table below lists the funding requirements by country.\n\n"
                "Objec\ufffdves\n\n"
                "Each Objec\ufffdve is followed by partners.")


def make_pdf(tmp_path: Path, name: str = "appeal.pdf", rows=None) -> Path:
    from tests.helpers import make_simple_pdf

    return make_simple_pdf(tmp_path / name, rows=rows or WRAPPED_ROWS)


def baseline(pdf: Path) -> DocumentData:
    """The real extraction of ``pdf`` (inline, no worker processes) plus a known section tree."""
    from app.pipeline import extract_document

    data = extract_document(pdf, workers=0)
    kenya = Section("s-kenya", "Kenya", 2, 1, 1, text="Kenya hosts refugees.", top=300.0)
    somalia = Section("s-somalia", "Somalia", 2, 2, 2, text="Somalia text.", top=200.0)
    funding = Section("s-funding", "Funding requirements", 1, 1, 1, text=SECTION_TEXT, top=72.0,
                      bbox=(56.0, 60.0, 300.0, 80.0), children=[kenya, somalia])
    narrative = Section("s-narrative", "Narrative", 1, 2, 2, text="Kenya and Somalia are covered.", top=72.0,
                        bbox=(56.0, 60.0, 200.0, 80.0))
    data.sections = [funding, narrative]
    return data


def state(project, sha: str) -> dict:
    """What must survive a restart: the document's JSON and the undo/redo history."""
    return {
        "data": project.documents[sha].to_json(),
        "undo": [s.label for s in project.undo_stack],
        "redo": [s.label for s in project.redo_stack],
    }
