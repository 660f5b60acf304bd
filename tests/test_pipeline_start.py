"""The extraction workers' forkserver can be started ahead of the first extraction."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from app.extract.pipeline import PRELOAD, prestart
from app.runner.worker import mp_context


def _forkservers() -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        ppid = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("PPid:")), -1)
        if ppid == os.getpid() and b"forkserver" in cmdline:
            found.append(int(entry.name))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find the forkserver process")
def test_prestart_starts_the_forkserver_the_workers_are_forked_from():
    if mp_context().get_start_method() != "forkserver":
        pytest.skip("no forkserver on this platform: workers are spawned")
    assert prestart()
    deadline = time.monotonic() + 10
    while not _forkservers() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(_forkservers()) == 1
    assert prestart() and len(_forkservers()) == 1  # started once per process
    # what a worker imports for its first page is loaded there, not in each worker
    assert {"app.extract.sections", "app.source.ocr", "app.document.textfix"} <= set(PRELOAD)


def test_workers_yield_the_cpu_only_past_the_first_pages(monkeypatch):
    """The GUI's workers run at a lower priority (BRIEFING_WORKER_NICE) so the window stays
    responsive, but not on the document's first pages: the user is waiting for those tables."""
    from app.extract import pipeline
    from app.extract.pipeline import FIRST_PAGES, ExtractSettings, PageHandler

    sample_pdf_path = Path(__file__).resolve().parents[1] / "resources" / "samples" / "migration-initiatives-2017-sample.pdf"
    log: list = []
    monkeypatch.setenv("BRIEFING_WORKER_NICE", "10")
    monkeypatch.setattr(pipeline, "_lower_priority", lambda n: log.append(("nice", n)))
    handler = PageHandler(str(sample_pdf_path), None, ExtractSettings(sections=False).to_json(), "", None)
    try:
        for number in (1, 2, FIRST_PAGES + 2, FIRST_PAGES + 3):
            log.append(("start", number))
            data, transient = handler(number)
            assert data["page"] == number and not transient
    finally:
        handler.close()
    assert log == [("start", 1), ("start", 2), ("start", FIRST_PAGES + 2), ("nice", 10), ("start", FIRST_PAGES + 3)]


def test_extract_document_starts_the_forkserver_before_it_opens_the_document(monkeypatch):
    """The server's imports (a quarter of a CPU second) run while this process describes the document,
    not after; with a cache (pages may all be there) or no workers, no server is started for nothing."""
    from app.extract import pipeline

    calls = []
    describe = pipeline.describe
    monkeypatch.setattr(pipeline, "prestart", lambda: calls.append("prestart") or True)
    monkeypatch.setattr(pipeline, "describe", lambda *a, **k: calls.append("describe") or describe(*a, **k))
    sample = Path(__file__).resolve().parents[1] / "resources" / "samples" / "myanmar-crisis-response-plan-2025-sample.pdf"
    pipeline.extract_document(sample, pages=[1], workers=1)
    assert calls[:2] == ["prestart", "describe"]
    calls.clear()
    pipeline.extract_document(sample, pages=[1], workers=0)
    assert "prestart" not in calls
