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


# ------------------------------------------------------------------ a drawn regional appeal

#: Rows of the drawn regional appeal: (country, Principle 1, Principle 2, Objective 1, Objective 2);
#: 0 is printed "-". The Total column and the Total rows are the sums.
APPEAL_REGIONS = {
    "East and Horn of Africa": [
        ("Djibouti", 1_200_000, 800_000, 2_500_000, 0), ("Ethiopia", 10_500_000, 4_200_000, 25_000_000, 12_000_000),
        ("Kenya", 3_000_000, 0, 6_000_000, 2_500_000), ("Somalia", 7_000_000, 2_100_000, 30_000_000, 9_000_000),
        ("South Sudan", 2_000_000, 500_000, 40_000_000, 15_000_000), ("Uganda", 900_000, 300_000, 4_000_000, 1_000_000)],
    "Middle East and North Africa": [
        ("Egypt", 5_000_000, 1_000_000, 8_000_000, 2_000_000), ("Iraq", 20_000_000, 6_000_000, 90_000_000, 40_000_000),
        ("Jordan", 3_000_000, 700_000, 5_000_000, 1_500_000), ("Lebanon", 2_500_000, 900_000, 7_000_000, 2_200_000),
        ("Libya", 4_000_000, 1_500_000, 12_000_000, 6_000_000), ("Yemen", 8_000_000, 2_000_000, 60_000_000, 25_000_000)],
    "Asia and the Pacific": [
        (name, 100_000 * (i + 1), 50_000 * (i + 2), 200_000 * (i + 3), 10_000 * (i + 1)) for i, name in enumerate(
            ["Afghanistan", "Bangladesh", "Cambodia", "China", "India", "Indonesia", "Japan", "Malaysia", "Mongolia",
             "Myanmar", "Nepal", "Pakistan", "Philippines", "Sri Lanka", "Thailand", "Viet Nam"])],
}


def appeal_region_total(region: str) -> int:
    return sum(sum(row[1:]) for row in APPEAL_REGIONS[region])


def make_regional_appeal_pdf(path: Path) -> Path:
    """An appeal laid out as a designed publication would be: a cover, an introduction, then a
    "Funding requirements" chapter whose text names the regions, with one borderless funding table per
    region under its own region heading on consecutive pages (East and Horn of Africa at the foot of
    page 3, Middle East and North Africa at the top of page 4), a third region's table continued from
    page 5 onto page 6, and country chapters under region headings."""
    import textwrap

    from reportlab.pdfgen import canvas as rl_canvas

    height = 842.0
    heads = ["Principle 1", "Principle 2", "Objective 1", "Objective 2", "Total"]
    right = [250, 310, 370, 430, 500]
    prose = ("IOM works with governments, civil society and partners on migration governance, the protection "
             "of migrants and displaced people, labour mobility and the health of migrants and host "
             "communities. ")
    c = rl_canvas.Canvas(str(path), pagesize=(595, height), invariant=1)
    c.setTitle("Regional appeal 2017 (drawn)")

    def fmt(v: int) -> str:
        return "-" if v == 0 else f"{v:,}"

    def heading(y: float, text: str, size: float = 14) -> float:
        c.setFont("Helvetica-Bold", size)
        c.drawString(60, y, text)
        return y - size - 10

    def para(y: float, text: str) -> float:
        c.setFont("Helvetica", 9)
        for line in textwrap.wrap(text, 95):
            c.drawString(60, y, line)
            y -= 12
        return y - 6

    def rows(y: float, data, header: bool = True) -> float:
        if header:
            c.setFont("Helvetica-Bold", 8)
            for x, h in zip(right, heads):
                c.drawRightString(x, y, h)
            y -= 4
            c.setLineWidth(0.5)
            c.line(60, y, 505, y)
            y -= 12
        c.setFont("Helvetica", 8)
        for label, *values in data:
            c.drawString(60, y, label)
            for x, v in zip(right, values + [sum(values)]):
                c.drawRightString(x, y, fmt(v))
            y -= 14
        return y

    def total(y: float, data) -> float:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(60, y, "Total")
        sums = [sum(r[k] for r in data) for k in range(1, 5)]
        for x, v in zip(right, sums + [sum(sums)]):
            c.drawRightString(x, y, fmt(v))
        return y - 14

    def page_end(n: int) -> None:
        c.setFont("Helvetica", 7)
        c.drawCentredString(297, 30, str(n))
        c.showPage()

    eha, mena, asia = (APPEAL_REGIONS[k] for k in APPEAL_REGIONS)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(60, 600, "Regional Appeal 2017")
    page_end(1)
    y = heading(790, "Introduction", 18)
    for _ in range(4):
        y = para(y, prose * 3)
    page_end(2)
    y = heading(790, "Funding requirements", 18)
    y = para(y, prose * 2)
    y = heading(y - 250, "East and Horn of Africa")
    y = para(y, "Requirements of the East and Horn of Africa by principle and objective (USD).")
    total(rows(y, eha), eha)
    page_end(3)
    y = heading(790, "Middle East and North Africa")
    y = para(y, "Requirements of the Middle East and North Africa by principle and objective (USD).")
    y = total(rows(y, mena), mena)
    para(y - 20, prose * 3)
    page_end(4)
    y = heading(790, "Asia and the Pacific")
    y = para(y, "Requirements in Asia and the Pacific cover sixteen countries; the table continues on the "
                "next page.")
    rows(y - 330, asia[:10])
    page_end(5)
    y = total(rows(800, asia[10:]), asia) - 30
    y = heading(y, "Country chapters", 18)
    for region in ("East and Horn of Africa", "Middle East and North Africa"):
        y = heading(y, region)
        for name, *_ in APPEAL_REGIONS[region][:2]:
            y = heading(y, name, 11)
            y = para(y, f"In {name}, IOM supports the government on migration management and assists displaced "
                        f"people and host communities with shelter, health and livelihoods.")
    page_end(6)
    c.save()
    return path
