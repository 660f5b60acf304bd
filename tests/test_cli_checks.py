"""Command line: arguments and destinations checked before extracting; an extraction reused across
exports of the same PDF through the verified per-user cache; clear messages."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import app.extract.pipeline as pipeline
from app.project import cache
from briefing_builder.cli import main
from briefing_builder.headless import extraction_cache_key
from app.extract.pipeline import ExtractSettings
from tests.helpers import make_simple_pdf


@pytest.fixture
def counted(monkeypatch, tmp_path):
    """Count whole-document extractions; a private cache folder for this test."""
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    calls = []
    real = pipeline.extract_document

    def extract_document(*args, **kwargs):
        calls.append(args[0])
        kwargs.setdefault("workers", 0)
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_document", extract_document)
    return calls


@pytest.mark.parametrize(
    "args, message",
    [
        (["--country", "Narnia"], "--country 'Narnia'"),
        (["--region", "Atlantis"], "--region 'Atlantis': unknown region"),
        (["-f", "docx"], "no exporter named 'docx'"),
        (["-f", "xlsx", "--option", "nope=1"], "has no option 'nope'"),
    ],
)
def test_arguments_are_checked_before_extracting(simple_pdf, tmp_path, capsys, counted, args, message):
    assert main(["export", str(simple_pdf), *args, "-o", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0], err
    assert counted == []


def test_missing_output_folder_is_reported_before_extracting(simple_pdf, tmp_path, capsys, counted):
    assert main(["export", str(simple_pdf), "-o", str(tmp_path / "no" / "x.pdf")]) == 1
    assert "does not exist" in capsys.readouterr().err and counted == []


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc (Linux)")
def test_proc_is_not_called_a_missing_folder(simple_pdf, capsys, counted):
    assert main(["export", str(simple_pdf), "-o", "/proc/x.xlsx"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot be written" in err[0] and "does not exist" not in err[0], err
    assert counted == []


def test_atomic_write_in_a_folder_refusing_files_is_not_a_missing_folder():
    from app.project.files import WriteError, atomic_write_bytes

    if not Path("/proc/self").is_dir():
        pytest.skip("needs /proc (Linux)")
    with pytest.raises(WriteError) as info:
        atomic_write_bytes("/proc/x.xlsx", b"x")
    assert "does not exist" not in str(info.value)


@contextlib.contextmanager
def read_only_dir(tmp_path: Path):
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() == 0:  # permissions do not stop root: a read-only mount does
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a read-only file system: {done.stderr.strip()}")
        try:
            yield folder
        finally:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)
    else:
        os.chmod(folder, 0o555)
        try:
            yield folder
        finally:
            os.chmod(folder, 0o755)


def test_read_only_output_folder_reported_once_before_extracting(simple_pdf, tmp_path, capsys, counted):
    with read_only_dir(tmp_path) as folder:
        assert main(["export", str(simple_pdf), "-o", str(folder / "x.xlsx")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot be written" in err[0], err
    assert counted == []


def test_encrypted_pdf_message_names_password(tmp_path, capsys, counted):
    secret = make_simple_pdf(tmp_path / "secret.pdf", encrypt="pw")
    assert main(["export", str(secret), "-o", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert "encrypted" in err and "--password" in err
    assert main(["export", str(secret), "--password", "nope", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "--password" in capsys.readouterr().err
    for command in ("extract", "info"):
        assert main([command, str(secret)]) == 1
        err = capsys.readouterr().err
        assert "--password" in err and "internal error" not in err, (command, err)
    assert main(["export", str(secret), "--password", "pw", "-q", "-o", str(tmp_path / "x.pdf")]) == 0


def test_second_export_of_the_same_pdf_reuses_the_extraction(simple_pdf, tmp_path, counted):
    first, second = tmp_path / "a.xlsx", tmp_path / "b.pdf"
    assert main(["export", str(simple_pdf), "-q", "-o", str(first)]) == 0
    assert main(["export", str(simple_pdf), "-q", "--country", "SOM", "-o", str(second)]) == 0
    assert len(counted) == 1
    # the same content under another name is the same document
    renamed = tmp_path / "renamed.pdf"
    shutil.copyfile(simple_pdf, renamed)
    assert main(["export", str(renamed), "-q", "-o", str(tmp_path / "c.xlsx")]) == 0
    assert len(counted) == 1
    assert first.stat().st_size > 0 and second.read_bytes()[:5] == b"%PDF-"


def test_cached_extraction_is_verified_not_trusted(simple_pdf, tmp_path, counted):
    assert main(["export", str(simple_pdf), "-q", "-o", str(tmp_path / "a.xlsx")]) == 0
    from app.source.pdf import describe

    key = extraction_cache_key(describe(simple_pdf).sha256, ExtractSettings())
    path = cache.folder("extractions") / f"{key}.json"
    envelope = json.loads(path.read_text())
    payload = json.loads(envelope["payload"])
    payload["tables"][0]["cells"][0]["text"] = "PLANTED"
    envelope["payload"] = json.dumps(payload)  # digest no longer matches
    path.write_text(json.dumps(envelope))
    assert main(["export", str(simple_pdf), "-q", "-o", str(tmp_path / "b.xlsx")]) == 0
    assert len(counted) == 2  # extracted again, not the planted content
    if os.name == "posix":
        assert oct(path.stat().st_mode & 0o777) == oct(0o600)


def test_cache_key_follows_settings_and_algorithm():
    sha = "ab" * 32
    base = extraction_cache_key(sha, ExtractSettings())
    assert base == extraction_cache_key(sha, ExtractSettings())
    assert base != extraction_cache_key(sha, ExtractSettings(decimal=","))
    assert base != extraction_cache_key(sha, ExtractSettings(algorithm="another-version"))
    assert base != extraction_cache_key("cd" * 32, ExtractSettings())


def test_cache_key_follows_the_extraction_code(tmp_path, monkeypatch):
    """A changed rule that bumps no version constant still misses the cache: the key holds a digest of
    the extraction code, which follows a module's source."""
    import sys

    import app.extract as extract

    sha = "ab" * 32
    base = extraction_cache_key(sha, ExtractSettings())
    assert extract.code_fingerprint()  # the code could be read here
    monkeypatch.setattr(extract, "code_fingerprint", lambda: "another-code")
    assert base != extraction_cache_key(sha, ExtractSettings())
    monkeypatch.undo()

    package = tmp_path / "rulespkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    rule = package / "sub" / "rule.py"
    rule.write_text("LIMIT = 0.5\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(extract, "RESULT_PACKAGES", ("rulespkg",))
    extract.code_fingerprint.cache_clear()
    try:
        before = extract.code_fingerprint()
        rule.write_text("LIMIT = 0.6\n")
        extract.code_fingerprint.cache_clear()
        assert before and extract.code_fingerprint() != before
    finally:
        extract.code_fingerprint.cache_clear()
        sys.modules.pop("rulespkg", None)
        sys.modules.pop("rulespkg.sub", None)
