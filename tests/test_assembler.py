"""Document assembly in a helper process (app/jobs/assembler.py): the same result as in-process assembly."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from app.jobs.assembler import Assembler
from app.document.model import PageWarning
from app.extract.pipeline import ExtractSettings, assemble, iter_extract

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "myanmar-crisis-response-plan-2025-sample.pdf"


@pytest.fixture(scope="module")
def pages():
    from app.source.pdf import describe

    document = describe(SAMPLE)
    return document, list(iter_extract(SAMPLE, workers=0, document=document))


def _expected(document, results, warnings):
    return assemble(document, results, path=SAMPLE, settings=ExtractSettings(), warnings=warnings).to_json()


def test_the_helper_process_assembles_exactly_like_the_pipeline(pages):
    document, results = pages
    warnings = [PageWarning(0, "extraction cancelled: 0 of 6 pages not extracted")]
    with Assembler() as assembler:
        for result in reversed(results):  # pages arrive in any order
            assembler.add(result)
        polled = []
        data = assembler.finish(document, path=SAMPLE, settings=ExtractSettings(), warnings=warnings,
                                poll=lambda: polled.append(1))
        assert assembler.fallback_reason is None
    assert data.tables and data.sections
    assert data.to_json() == _expected(document, results, warnings)


def _wait_gone(assembler, seconds=10.0):
    deadline = time.monotonic() + seconds
    while assembler.pid is not None and time.monotonic() < deadline:
        time.sleep(0.05)


def test_a_lost_helper_process_falls_back_to_assembling_in_process(pages):
    document, results = pages
    assembler = Assembler()
    for result in results:
        assembler.add(result)
    assert assembler.pid is not None
    os.kill(assembler.pid, signal.SIGKILL)
    _wait_gone(assembler)
    data = assembler.finish(document, path=SAMPLE, settings=ExtractSettings())
    assert "assembly process" in (assembler.fallback_reason or "")
    assert data.to_json() == _expected(document, results, [])


def test_in_process_assembly_starts_no_process(pages):
    document, results = pages
    assembler = Assembler(in_process=True)
    for result in results:
        assembler.add(result)
    assert assembler.pid is None and assembler.worker is None
    data = assembler.finish(document, path=SAMPLE)
    assert data.to_json() == _expected(document, results, [])


def test_the_helper_writes_the_baseline_into_the_project_file(pages, tmp_path):
    from app.project.store import ProjectStore

    document, results = pages
    path = tmp_path / "p.bbproj"
    store = ProjectStore.create(path)
    store.add_document(document)
    identity = type(document).from_json(document.to_json())
    identity.path = "/elsewhere/registered.pdf"
    with Assembler() as assembler:
        for result in results:
            assembler.add(result)
        data = assembler.finish(document, path=SAMPLE, store_path=path, settings_key="k1", identity=identity)
        assert assembler.written
    assert data.document.path == "/elsewhere/registered.pdf"
    stored, key = store.get_extraction(document.sha256)
    store.close()
    assert key == "k1"
    assert stored.to_json() == data.to_json()
    expected = _expected(document, results, [])
    expected["document"] = identity.to_json()
    assert data.to_json() == expected


def test_the_helper_told_the_path_first_reads_the_bookmarks_before_the_pages(tmp_path):
    """The window's extraction gives the helper the document before its pages: a bookmarked document's
    pages then skip the heading runs (only the inference from the pages uses them), and the document is
    the same as assembled in-process."""
    from app.jobs.assembler import AssemblyHandler
    from app.source.pdf import describe
    from tests.test_sections import _bookmarked_document

    path = tmp_path / "outline.pdf"
    _bookmarked_document(path)
    document = describe(path)
    results = list(iter_extract(path, workers=0, document=document))
    handler = AssemblyHandler()
    handler(("open", str(path), None))
    for result in results:
        handler(("page", result.to_json()))
    runs = [prepared.runs for _f, _l, prepared in handler.assembly._lines._lines.values()]
    assert runs and all(r is None for r in runs)
    handler.prepared.join()
    with Assembler(path=path) as assembler:
        for result in results:
            assembler.add(result)
        data = assembler.finish(document, path=path, settings=ExtractSettings())
        assert assembler.fallback_reason is None
    want = assemble(document, results, path=path, settings=ExtractSettings()).to_json()
    assert data.to_json() == want
    assert [s["title"] for s in want["sections"]][-2:] == ["Overview", "Country programmes"]
