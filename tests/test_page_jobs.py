"""Page jobs in the helper process (app/jobs/page_jobs.py): same results as in-process, failures as messages."""

from __future__ import annotations

import queue

import pdfplumber
import pytest

from app.project import table_edit as te
from app.jobs.page_jobs import PageJobs


@pytest.fixture
def jobs():
    replies: queue.Queue = queue.Queue()
    service = PageJobs(lambda *reply: replies.put(reply))
    service.replies = replies
    yield service
    service.close()


def _next(service, timeout=60):
    return service.replies.get(timeout=timeout)


def test_jobs_give_the_same_results_as_in_process(jobs, simple_pdf):
    with pdfplumber.open(simple_pdf) as pdf:
        page = pdf.pages[0]
        table = te.extract_area(page, (40, 100, 560, 400), None, "ruled", table_id="x", page_number=1)
        specs = [("x", table.bbox, table.n_rows, table.n_cols)]
        guides = te.page_guides(page, specs)
    a = jobs.submit(simple_pdf, None, 1, te.extract_area, (40, 100, 560, 400), None, "ruled",
                    table_id="x", page_number=1)
    b = jobs.submit(simple_pdf, None, 1, te.page_guides, specs)
    replies = {r[0]: r for r in (_next(jobs), _next(jobs))}
    assert replies[a][1] and replies[a][2].to_json() == table.to_json()
    assert replies[b][1] and replies[b][2] == guides
    assert table.n_rows >= 3 and guides["x"][0]
    assert not jobs.pending()


def test_a_failing_job_answers_with_a_message(jobs, simple_pdf, tmp_path):
    bad = jobs.submit(simple_pdf, None, 99, te.page_guides, [])
    request, ok, message = _next(jobs)
    assert (request, ok) == (bad, False) and "page 99" in message
    missing = jobs.submit(tmp_path / "gone.pdf", None, 1, te.page_guides, [])
    request, ok, message = _next(jobs)
    assert (request, ok) == (missing, False) and message


def _die(page, code):
    """A job that kills the helper process."""
    import os

    os._exit(code)


def test_a_dead_helper_answers_its_requests_and_is_replaced(jobs, simple_pdf):
    first = jobs.submit(simple_pdf, None, 1, te.page_guides, [])
    assert _next(jobs)[:2] == (first, True)
    dying = jobs.submit(simple_pdf, None, 1, _die, 3)
    request, ok, message = _next(jobs)
    assert (request, ok) == (dying, False) and "stopped unexpectedly" in message and "3" in message
    again = jobs.submit(simple_pdf, None, 1, te.page_guides, [])
    assert _next(jobs)[:2] == (again, True)
    assert not jobs.pending()


def _kind_of_page(page):
    return type(page).__name__


SAMPLE = "resources/samples/myanmar-crisis-response-plan-2025-sample.pdf"


def test_jobs_read_pages_like_the_pipeline_and_match_pdfminer(jobs):
    """Page jobs read the page source the pipeline reads (pdfium by default, pdfminer as its fallback), and an
    area re-extracted from it is the table pdfminer's page gives."""
    from pathlib import Path

    from app.extract.pipeline import iter_extract
    from app.source.pagesource import default_source, open_pages

    pdf = Path(__file__).resolve().parents[1] / SAMPLE
    found = [(r.page, t) for r in iter_extract(pdf, workers=0) for t in r.tables]
    assert found, "the sample has tables"
    number, table = found[0]
    kind = jobs.submit(pdf, None, number, _kind_of_page)
    area = jobs.submit(pdf, None, number, te.extract_area, table.bbox, None, "borderless", table_id="x",
                       page_number=number)
    replies = {r[0]: r for r in (_next(jobs), _next(jobs))}
    assert replies[kind][1] and replies[kind][2] == ("PdfiumPage" if default_source() == "pdfium" else "Page")
    assert replies[area][1]
    with open_pages(pdf, source="pdfminer") as pages:
        page = pages.page(number)
        reference = te.extract_area(page, table.bbox, None, "borderless", table_id="x", page_number=number)
    assert replies[area][2].to_json() == reference.to_json()
    assert reference.n_rows >= 2
