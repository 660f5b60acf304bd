"""The report generator (tools/docgen/reports.py): its second set of families, the flat-ODT engine and
the truth it writes (one bookmark per heading, read back, then removed)."""

from __future__ import annotations

import shutil

import pytest

from app.extract.sections import read_outline
from tools.docgen import reports

NEW_FAMILIES = {"toc-wrap", "toc-nopages", "toc-noleader", "captions", "callouts", "runin-kinds", "annex",
                "wide-banner", "sidebar-heads", "running-chapter"}


def test_specs_are_deterministic_and_carry_the_new_families():
    first = [reports.make_spec(s) for s in range(60)]
    again = [reports.make_spec(s) for s in range(60)]
    assert [(s.engine, s.features, s.blocks) for s in first] == [(s.engine, s.features, s.blocks) for s in again]
    seen = {f for s in first for f in s.features}
    assert NEW_FAMILIES <= seen
    assert {"reportlab", "chromium", "libreoffice", "odt"} == {s.engine for s in first}


def test_annexes_sit_before_the_references_of_numbered_documents():
    for seed in range(60):
        spec = reports.make_spec(seed)
        if "annex" not in spec.features:
            continue
        assert "numbered" in spec.features
        heads = [t for lv, t in spec.headings() if lv == 1]
        annexes = [i for i, t in enumerate(heads) if t.startswith("Annex")]
        assert annexes and max(annexes) == len(heads) - 2  # the last chapter-level heading is References


def test_accent_colour_is_never_the_white_of_a_banner():
    """Pull quotes, call-out figures and running chapter heads take the accent colour: with white chapter
    titles on banners, the banner's colour (white on the page would be invisible)."""
    styles = {1: {"color": "#ffffff", "banner": "#1f4e79"}}
    assert reports._accent(styles) == "#1f4e79"
    assert reports._accent({1: {"color": "#0a6e5c"}}) == "#0a6e5c"


def test_reportlab_report_with_the_new_blocks_keeps_one_bookmark_per_heading(tmp_path):
    spec = next(s for s in (reports.make_spec(x) for x in range(60))
                if s.engine == "reportlab" and {"captions", "callouts", "running-chapter"} & set(s.features))
    pdf = tmp_path / "r.pdf"
    reports._reportlab(spec, pdf)
    outline = read_outline(pdf) or []
    assert [" ".join(o["title"].split()) for o in outline] == [
        " ".join((t.upper() if spec.styles[lv].get("caps") else t).split()) for lv, t in spec.headings()]


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")),
                    reason="LibreOffice is not installed (Debian package libreoffice-writer)")
def test_flat_odt_engine_writes_one_bookmark_per_heading(tmp_path):
    """Writer's own heading styles (outline levels) give the bookmarks the truth is read from; the
    contents printed from the first pass's pages; the bookmarks are removed from the file kept."""
    pytest.importorskip("pymupdf", reason="the generator reads and strips bookmarks with PyMuPDF (the bench extra)")
    spec = next(s for s in (reports.make_spec(x) for x in range(60)) if s.engine == "odt" and "toc" in s.features)
    pdf = reports.render([spec], tmp_path)[0]
    truth = reports.load_truth(pdf)
    assert [h["level"] for h in truth["headings"]] == [lv for lv, _t in spec.headings()]
    assert all(h["page"] >= 1 for h in truth["headings"])
    assert read_outline(pdf) is None or read_outline(pdf) == []
    assert "toc" in truth["features"] and truth["engine"] == "odt"


def test_the_fourth_set_changes_only_its_own_documents(monkeypatch):
    """Medium-weight sub-headings and a single numbered list (session 39) come from a random stream of
    their own: a document without them is the one the generator gave before them (same key)."""
    new = [reports.make_spec(s) for s in range(120)]
    monkeypatch.setattr(reports, "_widen4", lambda *a, **k: None)
    old = [reports.make_spec(s) for s in range(120)]
    fourth = {"medium", "one-list"}
    assert {"medium", "one-list"} <= {f for s in new for f in s.features}
    for a, b in zip(new, old):
        if fourth & set(a.features):
            assert reports._key(a) != reports._key(b)
        else:
            assert reports._key(a) == reports._key(b) and a.features == b.features


@pytest.mark.skipif(not (reports._ROBOTO / "Roboto-Medium.ttf").is_file(),
                    reason="needs the Roboto fonts (Debian fonts-roboto-unhinted)")
def test_medium_sub_headings_are_set_in_a_medium_face(tmp_path):
    pytest.importorskip("pymupdf", reason="the fonts are read back with PyMuPDF (the bench extra)")
    import pymupdf

    spec = next(s for s in (reports.make_spec(x) for x in range(300))
                if s.engine == "reportlab" and "medium" in s.features)
    pdf = tmp_path / "m.pdf"
    reports._reportlab(spec, pdf)
    with pymupdf.open(str(pdf)) as doc:
        fonts = {f[3].split("+")[-1] for page in doc for f in page.get_fonts()}
    assert {"Roboto-Medium", "Roboto-Regular"} <= fonts


def test_the_fifth_set_leaves_the_standard_splits_as_they_were(monkeypatch):
    """Case, rules, chapter openers and margin heads (session 40) are drawn from a stream of their own and
    only for seeds from FIFTH_FROM on in each split: every document of the standard splits is the one the
    generator gave before (same key, same features); later seeds carry the new families."""
    seeds = list(range(0, 300)) + list(range(1000, 1300))
    new = [reports.make_spec(s) for s in seeds]
    monkeypatch.setattr(reports, "_widen5", lambda *a, **k: None)
    old = [reports.make_spec(s) for s in seeds]
    fifth = {"case-levels", "rule-levels", "chapter-opener", "margin-heads"}
    for seed, a, b in zip(seeds, new, old):
        if seed % 1000 < reports.FIFTH_FROM or not fifth & set(a.features):
            assert reports._key(a) == reports._key(b) and a.features == b.features
            assert reports.to_html(a) == reports.to_html(b) and reports.to_fodt(a) == reports.to_fodt(b)
        else:
            assert reports._key(a) != reports._key(b)
    for split in (0, 1000):
        assert fifth <= {f for s, a in zip(seeds, new) if s // 1000 == split // 1000 for f in a.features}


def test_levels_told_by_case_or_a_rule_alone():
    """In case-levels documents sections and sub-sections differ only in capitals; in rule-levels ones
    only in the rule under the sections."""
    specs = [reports.make_spec(s) for s in range(100, 400)]
    case = next(s for s in specs if "case-levels" in s.features)
    rule = next(s for s in specs if "rule-levels" in s.features)
    assert case.styles[2]["caps"] and not case.styles[3]["caps"]
    assert {k: v for k, v in case.styles[2].items() if k != "caps"} == {
        k: v for k, v in case.styles[3].items() if k != "caps"}
    assert rule.styles[2].get("rule") and not rule.styles[3].get("rule")
    assert {k: v for k, v in rule.styles[2].items() if k != "rule"} == rule.styles[3]


def test_chapter_openers_set_the_number_apart_from_the_title(tmp_path):
    pytest.importorskip("pymupdf", reason="the text is read back with PyMuPDF (the bench extra)")
    import pymupdf

    spec = next(s for s in (reports.make_spec(x) for x in range(100, 400))
                if s.engine == "reportlab" and "chapter-opener" in s.features and "numbered" in s.features)
    openers = [b for b in spec.blocks if b[0] == "opener"]
    chapters = [t for lv, t in spec.headings() if lv == 1 and t[0].isdigit()]
    assert openers and not chapters  # the number stands over the title, not in it
    pdf = tmp_path / "o.pdf"
    reports._reportlab(spec, pdf)
    with pymupdf.open(str(pdf)) as doc:
        sizes = {round(s["size"]) for page in doc for blk in page.get_text("dict")["blocks"]
                 for ln in blk.get("lines", []) for s in ln["spans"] if s["text"].strip() in {o[1] for o in openers}}
    assert spec.body["opener"] in sizes or 13 in sizes


def test_the_sixth_set_leaves_every_earlier_seed_as_it_was(monkeypatch):
    """Unfilled key-message boxes, floated sidebars and balanced two-column sub-sections (session 43) are
    drawn from a stream of their own and only for seeds from SIXTH_FROM on: every document below it (all
    splits and the private sets of earlier sessions) is the one the generator gave before."""
    seeds = list(range(0, 120)) + list(range(1000, 1120)) + list(range(2000, 2150))
    new = [reports.make_spec(s) for s in seeds]
    monkeypatch.setattr(reports, "_widen6", lambda *a, **k: None)
    old = [reports.make_spec(s) for s in seeds]
    sixth = {"key-box", "float-aside", "balanced-cols"}
    for seed, a, b in zip(seeds, new, old):
        if seed < reports.SIXTH_FROM or not sixth & set(a.features):
            assert reports._key(a) == reports._key(b) and a.features == b.features
            assert reports.to_html(a) == reports.to_html(b) and reports.to_fodt(a) == reports.to_fodt(b)
        else:
            assert reports._key(a) != reports._key(b) and a.engine in ("libreoffice", "chromium")
    assert sixth <= {f for s, a in zip(seeds, new) if s >= reports.SIXTH_FROM for f in a.features}


def test_sixth_set_blocks_are_written_as_html():
    specs = [reports.make_spec(s) for s in range(2000, 2150)]
    key = next(s for s in specs if "key-box" in s.features and any(b[0] == "keybox" for b in s.blocks))
    side = next(s for s in specs if "float-aside" in s.features and any(b[0] == "aside" for b in s.blocks))
    cols = next(s for s in specs if "balanced-cols" in s.features)
    assert "class='keytitle'" in reports.to_html(key)
    assert "class='aside'" in reports.to_html(side) and "float:" in reports.to_html(side)
    opened = [b for b in cols.blocks if b[0] == "columns"]
    assert opened and [b[1] for b in opened] == [True, False] * (len(opened) // 2)
    assert reports.to_html(cols).count("<div class='cols'>") == len(opened) // 2
