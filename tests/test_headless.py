"""Headless export: ``briefing-builder export`` on a project (corrected data) or a PDF."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from briefing_builder.cli import main
from app.packs.pack import PackDefinition, PackMetadata, save_definition
from app.project.project import Project
from app.packs.selection import Filters
from tests.data import load_document

ROOT = Path(__file__).resolve().parents[1]
SHA = "a" * 64


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "appeal.bbproj"
    project = Project.create(path)
    project.set_extraction(load_document("appeal"), "test")
    project.set_extraction(load_document("crp"), "test")
    # a correction made in the GUI earlier
    project.apply(SHA, {"op": "set_cell", "table": "p6-t1", "row": 4, "col": 1, "text": "18,900,000",
                        "old": "18,400,000"})
    save_definition(project, "Horn", PackDefinition(filters=Filters(countries=["KEN", "SOM"]),
                                                    metadata=PackMetadata(title="Horn briefing")))
    project.close()
    return path


def sheet_rows(path, title):
    wb = load_workbook(path)
    for ws in wb.worksheets:
        if ws.cell(1, 1).value == title:
            table = ws.tables[list(ws.tables)[0]]
            header_row = int(table.ref.split(":")[0][1:])
            return [list(r) for r in ws.iter_rows(min_row=header_row + 1, values_only=True)]
    raise AssertionError(title)


def test_country_by_code_or_name_gives_the_same_pack_with_corrections(project_path, tmp_path, capsys):
    by_code = tmp_path / "code.xlsx"
    by_name = tmp_path / "name.xlsx"
    assert main(["export", str(project_path), "--country", "SOM", "-f", "xlsx", "-o", str(by_code)]) == 0
    assert main(["export", str(project_path), "--country", "somalia", "-o", str(by_name)]) == 0
    title = "East and Horn of Africa: funding requirements (USD)"
    a, b = sheet_rows(by_code, title), sheet_rows(by_name, title)
    assert a == b
    assert a[0][:2] == ["Somalia", 18_900_000]  # the corrected number
    err = capsys.readouterr().err
    assert "wrote" in err and "Traceback" not in err


def test_no_filter_is_the_whole_project(project_path, tmp_path):
    out = tmp_path / "all.xlsx"
    assert main(["export", str(project_path), "-o", str(out), "-q"]) == 0
    names = load_workbook(out).sheetnames
    assert len(names) == 3 + 4  # pack + 4 tables (both documents) + sections + sources


def test_saved_pack_is_rerun_with_current_corrections(project_path, tmp_path):
    project = Project.open(project_path)
    project.apply(SHA, {"op": "set_cell", "table": "p6-t1", "row": 3, "col": 1, "text": "3,000,000",
                        "old": "2,750,000"})
    project.close()
    out = tmp_path / "horn.xlsx"
    assert main(["export", str(project_path), "--pack", "Horn", "-o", str(out), "-q"]) == 0
    rows = sheet_rows(out, "East and Horn of Africa: funding requirements (USD)")
    assert rows[0][:2] == ["Kenya", 3_000_000] and rows[1][:2] == ["Somalia", 18_900_000]
    assert rows[2][:2] == ["Total of selected rows", 21_900_000]
    assert load_workbook(out)["Pack"]["A1"].value == "Horn briefing"


def test_region_and_theme_and_keyword_and_section(project_path, tmp_path):
    out = tmp_path / "x.xlsx"
    assert main(["export", str(project_path), "--region", "West and Central Africa", "-o", str(out), "-q"]) == 0
    assert "West and Central Africa funding" in load_workbook(out).sheetnames[1]
    assert main(["export", str(project_path), "--theme", "protection", "--keyword", "Niger", "-o", str(out), "-q"]) == 0
    titles = [r[1] for r in load_workbook(out)["Sections"].iter_rows(min_row=2, values_only=True)]
    assert titles == ["Thematic priorities", "Protection"]
    assert main(["export", str(project_path), "--section", "Funding requirements", "-o", str(out), "-q"]) == 0
    titles = [r[1] for r in load_workbook(out)["Sections"].iter_rows(min_row=2, values_only=True)]
    assert titles == ["Funding requirements"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--country", "Narnia"], "not an ISO 3166 alpha-3 code or a country name"),
        (["--country", "Somala"], "Did you mean Somalia"),
        (["--region", "Atlantis"], "unknown region. (Known: East and Horn of Africa"),
        (["--region", "Afrique de l'Est", "--language", "fr"],
         "Did you mean Afrique de l'Est et Corne de l'Afrique"),
        (["--section", "Somlia"], "Did you mean 'Somalia'"),
        (["--country", "FRA"], "nothing matches the filters"),
        (["--format", "docx"], "no exporter named 'docx'"),
        (["--option", "nope=1"], "has no option 'nope'"),
        (["--pack", "Missing"], "no saved pack named 'Missing'"),
    ],
)
def test_failures_are_one_line(project_path, tmp_path, capsys, args, message):
    out = tmp_path / "x.pdf"
    assert main(["export", str(project_path), *args, "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("briefing-builder: ") and message in err[0], err
    assert not out.exists()


def test_destination_problems(project_path, tmp_path, capsys):
    assert main(["export", str(project_path), "-o", str(tmp_path / "no" / "such" / "x.pdf")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["export", str(project_path), "-o", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "missing.bbproj"), "-o", str(tmp_path / "x.pdf")]) == 1
    assert "no such file" in capsys.readouterr().err
    assert main(["export", str(project_path)]) == 1
    assert "-o FILE" in capsys.readouterr().err


def test_extension_added_from_the_format(project_path, tmp_path):
    assert main(["export", str(project_path), "--country", "KEN", "-f", "pdf", "-o", str(tmp_path / "kenya"), "-q"]) == 0
    assert (tmp_path / "kenya.pdf").read_bytes()[:5] == b"%PDF-"


def test_pdf_source_is_extracted_first(simple_pdf, tmp_path):
    out = tmp_path / "simple.xlsx"
    # an empty cache of its own: an earlier test's export of the same PDF would otherwise be reused
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-m", "briefing_builder", "export", str(simple_pdf), "-f", "xlsx", "-o", str(out)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    assert "extracting" in done.stderr.lower() or "pages" in done.stderr.lower()  # a progress line
    wb = load_workbook(out)
    values = [c for ws in wb.worksheets[1:-2] for row in ws.iter_rows(values_only=True) for c in row]
    assert "Somalia" in values and 2_500_000 in values


def test_corrupt_pdf_is_one_line(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a pdf")
    done = subprocess.run([sys.executable, "-m", "briefing_builder", "export", str(bad), "-o", str(tmp_path / "x.pdf")],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing-builder: ") and "Traceback" not in done.stderr


def test_project_document_never_extracted_is_extracted_first(simple_pdf, tmp_path):
    path = tmp_path / "fresh.bbproj"
    project = Project.create(path)
    project.add_pdf(simple_pdf)
    project.close()
    out = tmp_path / "fresh.xlsx"
    assert main(["export", str(path), "-o", str(out), "-q"]) == 0
    values = [c for ws in load_workbook(out).worksheets[1:-2] for row in ws.iter_rows(values_only=True) for c in row]
    assert 2_500_000 in values


@pytest.mark.parametrize("pack_language", ["es", "fr"])
def test_nothing_matches_names_its_filters_in_the_sentences_language(project_path, tmp_path, capsys,
                                                                      pack_language):
    # The sentence is the command line's (English here); a Spanish or French pack must not make it
    # say "Palabras clave" or "Mots-clés" in the middle of an English sentence.
    out = tmp_path / "x.pdf"
    assert main(["export", str(project_path), "--keyword", "zzzqqq", "--language", pack_language,
                 "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "nothing matches the filters (Keywords: zzzqqq)" in err, err
