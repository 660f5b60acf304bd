"""Helpers for tests: locating ../shared, generating small PDFs."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path | None:
    """``$BRIEFING_SHARED`` or ``../shared`` beside the repository, when it exists."""
    env = os.environ.get("BRIEFING_SHARED")
    candidates = [Path(env)] if env else []
    candidates.append(ROOT.parent / "shared")
    for c in candidates:
        if c.is_dir():
            return c
    return None


def make_simple_pdf(path: Path, rows: list[list[str]] | None = None, encrypt: str | None = None) -> Path:
    """Two A4 pages: a heading, a paragraph and a ruled table on page 1; text on page 2."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    rows = rows or [
        ["Country", "Objective 1", "Objective 2", "Total"],
        ["Kenya", "700,000", "300,000", "1,000,000"],
        ["Somalia", "-", "2,500,000", "2,500,000"],
        ["Total", "700,000", "2,800,000", "3,500,000"],
    ]
    styles = getSampleStyleSheet()
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story = [
        Paragraph("Funding requirements", styles["Heading1"]),
        Paragraph("The table below lists the funding requirements by country.", styles["BodyText"]),
        table,
        PageBreak(),
        Paragraph("Narrative", styles["Heading1"]),
        Paragraph("Kenya and Somalia are covered by the regional programme.", styles["BodyText"]),
    ]
    kwargs = {}
    if encrypt:
        from reportlab.lib.pdfencrypt import StandardEncryption

        kwargs["encrypt"] = StandardEncryption(encrypt, canPrint=1)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Simple test document", invariant=1, **kwargs)
    doc.build(story)
    return path
