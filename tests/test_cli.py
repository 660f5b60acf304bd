"""The command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app import __version__
from briefing_builder.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing_builder", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"briefing-builder {__version__}"


def test_info_pdf(simple_pdf, capsys):
    assert main(["info", str(simple_pdf), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["pages"] == 2 and info["text_layer"] is True and len(info["sha256"]) == 64


def test_extract_writes_json(simple_pdf, tmp_path):
    out = tmp_path / "out.json"
    result = run_cli("extract", str(simple_pdf), "--pages", "1", "-o", str(out), "-q")
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text())
    assert data["document"]["pages"] == 2
    assert data["tables"], "the ruled table on page 1 is found"
    table = data["tables"][0]
    assert table["page"] == 1
    texts = {c["text"] for c in table["cells"]}
    assert {"Kenya", "Somalia", "2,500,000"} <= texts
    values = {c["text"]: c["value"] for c in table["cells"]}
    assert values["2,500,000"] == 2500000 and values["-"] is None


def test_bad_input_one_line_nonzero(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_text("not a pdf")
    for args in (["extract", str(bad)], ["info", str(bad)], ["extract", str(tmp_path / "missing.pdf")]):
        result = run_cli(*args)
        assert result.returncode != 0
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("briefing-builder: "), result.stderr
        assert "Traceback" not in result.stderr


def test_bad_page_spec(simple_pdf):
    result = run_cli("extract", str(simple_pdf), "--pages", "3-1")
    assert result.returncode != 0 and "--pages" in result.stderr


def test_info_project(tmp_path, capsys):
    from app.project.project import Project

    project = Project.create(tmp_path / "p.bbproj")
    project.close()
    assert main(["info", str(tmp_path / "p.bbproj"), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["documents"] == [] and info["corrections"] == 0


def test_info_corrupt_project(tmp_path, capsys):
    path = tmp_path / "p.bbproj"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    assert main(["info", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("briefing-builder: ") and "damaged" in err


def _in_language(monkeypatch, lang: str) -> None:
    """The command line in ``lang`` for the commands run next (the interface's own choice left unset)."""
    from widgets import i18n

    monkeypatch.setenv(i18n.ENV, lang)
    monkeypatch.setattr(i18n, "saved_language", lambda: "")


def test_the_command_line_speaks_the_interface_s_language(simple_pdf, tmp_path, capsys, monkeypatch):
    """Errors, progress, summaries, help and argparse's own words in French or Spanish; English again
    once the language is English (argparse's words are looked up at each use)."""
    import argparse

    from briefing_builder import language

    _in_language(monkeypatch, "es")
    try:
        assert main(["export", str(tmp_path / "nope.pdf"), "-o", str(tmp_path / "x.pdf")]) == 1
        assert capsys.readouterr().err.strip() == f"briefing-builder: {tmp_path / 'nope.pdf'}: el archivo no existe."
        assert main(["extract", str(simple_pdf), "-o", str(tmp_path / "s.json")]) == 0
        err = capsys.readouterr().err
        assert "extrayendo páginas: 2/2" in err and "1 tabla" in err and "0 advertencias" in err, err
        _in_language(monkeypatch, "fr")
        try:
            main(["export", "--help"])
        except SystemExit:
            pass
        out = capsys.readouterr().out
        assert out.startswith("utilisation\u00a0: briefing-builder export") and "afficher ce message d’aide" in out
        assert main(["export", str(simple_pdf), "--country", "Narnia", "-o", str(tmp_path / "x.pdf")]) == 1
        err = capsys.readouterr().err
        assert "ni un code ISO 3166 alpha-3 ni un nom de pays" in err and "Arménie" in err, err
    finally:
        language.install("en")
    assert argparse._("usage: ") == "usage: "
    _in_language(monkeypatch, "en")
    assert main(["export", str(tmp_path / "nope.pdf"), "-o", str(tmp_path / "x.pdf")]) == 1
    assert capsys.readouterr().err.strip().endswith("nope.pdf: no such file.")
