"""Render generated documents to PDF through independent engines.

The table and report generators describe a document once (as HTML + CSS, or as reportlab drawing
code) and render it through several engines, so the rules are developed against the ways real
producers lay out text (Chromium's and LibreOffice's line breaking, font metrics, glyph runs and
path drawing differ from reportlab's), not against one producer's habits.

Engines (each optional; ``available()`` says which this machine has):

* ``chromium``: headless Chromium's print-to-PDF (Debian package ``chromium``);
* ``libreoffice``: LibreOffice Writer importing the HTML, exporting PDF (Debian ``libreoffice-writer``);
* ``reportlab``: drawn directly by the generator with reportlab (always available).

Development-only code: nothing under ``tools/`` ships in the application.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

HTML_ENGINES = ("chromium", "libreoffice")

_CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
]


def chromium_binary() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def soffice_binary() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def available() -> list[str]:
    """Engines usable on this machine, reportlab always first."""
    engines = ["reportlab"]
    if chromium_binary():
        engines.append("chromium")
    if soffice_binary():
        engines.append("libreoffice")
    return engines


def html_to_pdf(jobs: list[tuple[str, Path]], engine: str, *, timeout: float = 300, outline: bool = False) -> list[Path]:
    """Render each ``(html, out_pdf)`` with ``engine``; returns the PDFs written.

    ``outline``: Chromium also writes bookmarks for the ``<h1>``-``<h6>`` elements (LibreOffice always
    does), which the report generator reads as its heading truth before removing them.

    HTML is written next to nothing the caller owns: a private temporary folder per call. Page size
    and margins come from the HTML's own ``@page`` rule (both engines honour it).
    """
    if engine == "chromium":
        return _chromium(jobs, timeout, ["--generate-pdf-document-outline"] if outline else [])
    if engine == "libreoffice":
        return _libreoffice(jobs, timeout)
    raise ValueError(f"not an HTML engine: {engine!r} (one of {', '.join(HTML_ENGINES)})")


def _chromium(jobs: list[tuple[str, Path]], timeout: float, extra: list[str] | None = None) -> list[Path]:
    binary = chromium_binary()
    if binary is None:
        raise RuntimeError("chromium is not installed (Debian package 'chromium')")
    written = []
    with tempfile.TemporaryDirectory(prefix="docgen-chromium-") as tmp:
        profile = Path(tmp) / "profile"
        for i, (html, out) in enumerate(jobs):
            src = Path(tmp) / f"doc{i}.html"
            src.write_text(html, encoding="utf-8")
            out = Path(out)
            out.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [binary, *_CHROMIUM_FLAGS, *(extra or []), f"--user-data-dir={profile}", f"--print-to-pdf={out}", src.as_uri()],
                check=True, timeout=timeout, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
            if not out.is_file():
                raise RuntimeError(f"chromium wrote no PDF for {out.name}")
            written.append(out)
    return written


def _libreoffice(jobs: list[tuple[str, Path]], timeout: float) -> list[Path]:
    return _soffice(jobs, timeout, suffix=".html", infilter="HTML (StarWriter)")


def odf_to_pdf(jobs: list[tuple[str, Path]], *, timeout: float = 300, suffix: str = ".fodt") -> list[Path]:
    """Render each ``(flat OpenDocument XML, out_pdf)`` with LibreOffice's own Writer import (styles,
    outline levels, headers and fields as Writer keeps them, not as its HTML import maps them). Its PDF
    export writes one bookmark per heading with an outline level."""
    return _soffice(jobs, timeout, suffix=suffix)


def _soffice(jobs: list[tuple[str, Path]], timeout: float, *, suffix: str, infilter: str | None = None) -> list[Path]:
    """Each ``(source text, out_pdf)`` written as ``doc<i><suffix>`` and converted by LibreOffice Writer,
    with the import filter ``infilter`` when given (else the one the suffix implies)."""
    binary = soffice_binary()
    if binary is None:
        raise RuntimeError("LibreOffice is not installed (Debian package 'libreoffice-writer')")
    written = []
    with tempfile.TemporaryDirectory(prefix="docgen-lo-") as tmp:
        tmpdir = Path(tmp)
        sources = []
        for i, (text, _out) in enumerate(jobs):
            src = tmpdir / f"doc{i}{suffix}"
            src.write_text(text, encoding="utf-8")
            sources.append(src)
        outdir = tmpdir / "out"
        env = dict(os.environ, HOME=str(tmpdir))
        filters = [f"--infilter={infilter}"] if infilter else []
        # One LibreOffice process converts a batch of 50: its start-up is most of the cost.
        for start in range(0, len(sources), 50):
            subprocess.run(
                [binary, "--headless", "--norestore", f"-env:UserInstallation={(tmpdir / 'lo-profile').as_uri()}",
                 *filters, "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(outdir),
                 *map(str, sources[start:start + 50])],
                check=True, timeout=timeout, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
            )
        for src, (_text, out) in zip(sources, jobs):
            made = outdir / (src.stem + ".pdf")
            if not made.is_file():
                raise RuntimeError(f"LibreOffice wrote no PDF for {Path(out).name}")
            out = Path(out)
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(made), out)
            written.append(out)
    return written
