"""Dense pages: a page holding more characters and drawings than the per-page budget is not parsed
(it would take gigabytes); extraction marks it "too dense" and `info` applies the same limit.
Peak memory is measured in tests/benchmarks/bench_dense.py, not here."""

from __future__ import annotations

import json

import pdfplumber
import pytest

import app.source.pdf
from app.source.pdf import PageTooDense, check_page_load, page_load
from app.extract.pipeline import ExtractSettings, extract_document
from tests.helpers import ROOT


def make_dense_pdf(path, chars: int, size: float = 14400.0, font: float = 6.0, compress: bool = True):
    """One square page covered with lines of small text: ``chars`` characters in all."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(size, size), pageCompression=int(compress), invariant=1)
    c.setFont("Helvetica", font)
    per_line = int(size / (font * 0.5)) - 20
    words = "Kenya 12,500 Somalia 7,300 Ethiopia 1,250,000 "
    line = (words * (per_line // len(words) + 1))[:per_line]
    n, y = 0, size - 10
    while n < chars and y > 0:
        take = line[: min(per_line, chars - n)]
        c.drawString(5, y, take)
        n += len(take)
        y -= font
    c.showPage()
    c.drawString(72, 720, "A normal second page.")
    c.showPage()
    c.save()
    return path


@pytest.fixture
def small_budget(monkeypatch):
    monkeypatch.setattr(app.source.pdf, "PAGE_OBJECT_BUDGET", 20_000)
    return 20_000


def test_load_estimate_is_cheap_and_never_below_the_characters(tmp_path):
    path = make_dense_pdf(tmp_path / "d.pdf", 30_000, size=3000)
    with pdfplumber.open(path) as pdf:
        load = page_load(pdf.pages[0])
        assert not hasattr(pdf.pages[0], "_objects")  # estimated without parsing the page
        assert load >= len(pdf.pages[0].chars) == 30_000
        assert load < 31_000
    sample = ROOT / "resources" / "samples" / "myanmar-crisis-response-plan-2025-sample.pdf"
    with pdfplumber.open(sample) as pdf:
        for page in pdf.pages:
            assert page_load(page) >= len(page.chars)
            check_page_load(page, page.page_number)  # ordinary pages are far below the budget


def test_an_ordinary_page_is_settled_without_scanning_its_content(monkeypatch):
    """Twice a page's content bytes bound its load: a page under half the budget in bytes needs no
    scan of its text strings and painting operators."""
    scans = {"n": 0}
    pattern = app.source.pdf._TEXT_STRING

    class Counted:
        def findall(self, data):
            scans["n"] += 1
            return pattern.findall(data)

    monkeypatch.setattr(app.source.pdf, "_TEXT_STRING", Counted())
    sample = ROOT / "resources" / "samples" / "migration-initiatives-2017-sample.pdf"
    with pdfplumber.open(sample) as pdf:
        for page in pdf.pages[:20]:
            check_page_load(page, page.page_number)
        assert scans["n"] == 0
        assert all(page_load(page) > 0 for page in pdf.pages[:20])
        assert scans["n"] > 0  # the estimate itself still scans the larger streams


def test_the_budget_is_applied_exactly_at_its_edge(tmp_path):
    """The byte bound only settles pages surely under the budget: at the load itself nothing is
    raised, one below it the page is too dense, whatever the content's size."""
    for chars, compress in ((3_000, True), (3_000, False), (12_000, False)):
        path = make_dense_pdf(tmp_path / f"d{chars}{compress}.pdf", chars, size=2000, compress=compress)
        with pdfplumber.open(path) as pdf:
            page = pdf.pages[0]
            load = page_load(page)
            check_page_load(page, 1, budget=load)
            with pytest.raises(PageTooDense):
                check_page_load(page, 1, budget=load - 1)
            check_page_load(page, 1, budget=10 * load)


def _outcome(fn, data):
    try:
        return fn(data)
    except Exception as exc:  # the same error, message included
        return type(exc), str(exc)


def test_ascii85_is_decoded_as_base64_decodes_it():
    """The check decodes ASCII85 content (the bundled samples' streams) without base64's per-byte
    loop: the same bytes for every input, the same error for damaged ones."""
    import base64
    import random

    from app.source.pdf import a85decode

    rnd = random.Random(5)
    for _ in range(3000):
        raw = bytes(rnd.choice((0, 0, 0, 0, 255, rnd.randrange(256))) for _ in range(rnd.randrange(40)))
        encoded = bytearray(base64.a85encode(raw, wrapcol=rnd.choice((0, 7, 75))))
        if rnd.random() < 0.3:  # a stray byte, a "z" inside a group, white space, an overflowing group
            for _ in range(rnd.randrange(1, 3)):
                encoded.insert(rnd.randrange(len(encoded) + 1), rnd.choice(b"z u!~\t\n\x0cy{\x80"))
        encoded = bytes(encoded)
        assert _outcome(a85decode, encoded) == _outcome(base64.a85decode, encoded), encoded
    assert a85decode(b"") == b"" and a85decode(b"z") == bytes(4)


def test_ascii85_content_streams_are_decoded_as_pdfminer_decodes_them(tmp_path):
    from app.source.pdf import _content_streams, _stream_data

    path = make_dense_pdf(tmp_path / "d.pdf", 3_000, size=2000)
    sample = ROOT / "resources" / "samples" / "myanmar-crisis-response-plan-2025-sample.pdf"
    for pdf_path in (path, sample):
        with pdfplumber.open(pdf_path) as ours, pdfplumber.open(pdf_path) as theirs:
            for page, reference in zip(ours.pages, theirs.pages):
                for stream, expected in zip(_content_streams(page), _content_streams(reference)):
                    assert [str(f) for f, _p in stream.get_filters()] == ["/'ASCII85Decode'", "/'FlateDecode'"]
                    assert _stream_data(stream) == expected.get_data()
                    assert stream.get_data() == expected.get_data() and stream.rawdata is None


def test_painting_operators_are_counted_as_whole_words():
    """The operators' pattern, written to start at a letter, finds what the plain one finds."""
    import random
    import re

    plain = re.compile(rb"(?<![A-Za-z*])(?:S|s|f\*?|F|B\*?|b\*?|sh|Do)(?![A-Za-z*])")
    rnd = random.Random(3)
    for _ in range(50_000):
        data = bytes(rnd.choice(b"SsfFBbDoh*x \n()0") for _ in range(rnd.randrange(9)))
        assert app.source.pdf._PAINT.findall(data) == plain.findall(data), data


def test_a_page_of_1_45_million_characters_is_refused_before_parsing(tmp_path):
    path = make_dense_pdf(tmp_path / "huge.pdf", 1_450_000)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        with pytest.raises(PageTooDense) as info:
            check_page_load(page, 1, "huge.pdf")
        assert not hasattr(page, "_objects")
    assert "huge.pdf, page 1 is too dense" in str(info.value)
    assert "1,450,0" in str(info.value)


def test_extraction_marks_the_page_too_dense_and_keeps_the_others(tmp_path, small_budget):
    path = make_dense_pdf(tmp_path / "dense.pdf", 60_000, size=4000)
    data = extract_document(path, workers=0, settings=ExtractSettings(tables=False))
    dense = [w for w in data.warnings if w.page == 1]
    assert dense and "too dense" in dense[0].message and "20,000" in dense[0].message
    assert not [w for w in data.warnings if w.page == 2]  # page 2 was read normally


def test_extraction_in_a_worker_marks_the_page_too(tmp_path):
    path = make_dense_pdf(tmp_path / "dense.pdf", 300_000, size=8000)
    data = extract_document(path, workers=1, settings=ExtractSettings(tables=False, sections=False))
    assert [w.page for w in data.warnings if "too dense" in w.message] == [1]


def test_info_has_the_same_limit(tmp_path, small_budget, capsys, monkeypatch):
    from briefing_builder.cli import main

    path = make_dense_pdf(tmp_path / "dense.pdf", 60_000, size=4000)
    parsed = []
    original = app.source.pdf.page_has_text
    monkeypatch.setattr(app.source.pdf, "page_has_text", lambda page: parsed.append(page.page_number) or original(page))
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["too_dense_pages"] == [1]
    assert info["text_layer"] is True
    assert 1 not in parsed  # the dense page was never parsed
