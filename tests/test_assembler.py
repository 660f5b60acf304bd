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
