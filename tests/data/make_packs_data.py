"""Writes the two small corrected documents the pack tests use (DocumentData JSON).

Run ``python tests/data/make_packs_data.py`` to regenerate ``appeal.json`` and ``crp.json``. They are
hand-made, with exact numbers and tags, so pack tests do not depend on extraction quality.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from app.document.model import Cell, DocumentData, Section, SourceDocument, Table, Tag  # noqa: E402
from app.document.numbers import parse_number  # noqa: E402


def country(code: str, name: str) -> Tag:
    return Tag("country", code, name)


def region(code: str, name: str) -> Tag:
    return Tag("region", code, name)


def theme(code: str, name: str) -> Tag:
    return Tag("theme", code, name)


def cell(r: int, c: int, text: str, rs: int = 1, cs: int = 1) -> Cell:
    parsed = parse_number(text) if r >= 0 else None
    return Cell(r, c, text, rs, cs, parsed.value if parsed else None, parsed.note if parsed else None)


def funding_table(tid: str, page: int, sha: str, title: str, section: str, rows: list[tuple[Tag, list[int]]]) -> Table:
    """Country x three objectives + total; two header rows with spans; a total row."""
    cells = [
        Cell(0, 0, "Country", row_span=2),
        Cell(0, 1, "Requirements by objective (USD)", col_span=3),
        Cell(0, 4, "Total (USD)", row_span=2),
        Cell(1, 1, "Objective 1: Protection"),
        Cell(1, 2, "Objective 2: Health"),
        Cell(1, 3, "Objective 3: Durable solutions"),
    ]
    row_tags = {}
    r = 2
    sums = [0, 0, 0, 0]
    for tag, values in rows:
        cells.append(Cell(r, 0, tag.name))
        total = sum(v for v in values if v)
        for c, v in enumerate(values + [total], start=1):
            text = f"{v:,}" if v else "-"
            cells.append(cell(r, c, text))
            sums[c - 1] += v or 0
        row_tags[r] = [tag]
        r += 1
    cells.append(Cell(r, 0, "Total"))
    for c, v in enumerate(sums, start=1):
        cells.append(cell(r, c, f"{v:,}"))
    table = Table(
        id=tid, page=page, bbox=(50.0, 200.0, 545.0, 420.0), n_rows=r + 1, n_cols=5, cells=cells,
        header_rows=2, title=title, method="ruled", total_rows=[r], section=section, row_tags=row_tags,
        document=sha,
    )
    table.sort_cells()
    return table


def appeal() -> DocumentData:
    sha = "a" * 64
    doc = SourceDocument(
        path="/data/appeals/regional-appeal-2025.pdf", sha256=sha, pages=24,
        title="Regional Migration Appeal 2025", metadata={"Author": "Test organisation"},
        page_sizes=[(595.28, 841.89)] * 24,
    )
    eha = region("east-and-horn-of-africa", "East and Horn of Africa")
    wca = region("west-and-central-africa", "West and Central Africa")
    SOM, KEN, ETH, SSD = (country("SOM", "Somalia"), country("KEN", "Kenya"), country("ETH", "Ethiopia"),
                          country("SSD", "South Sudan"))
    MLI, NER, NGA, TCD = (country("MLI", "Mali"), country("NER", "Niger"), country("NGA", "Nigeria"),
                          country("TCD", "Chad"))
    protection = theme("protection", "Protection")
    health = theme("health", "Migration health")
    t_eha = funding_table("p6-t1", 6, sha, "East and Horn of Africa: funding requirements (USD)", "s-eha", [
        (ETH, [12_500_000, 4_250_000, 3_000_000]),
        (KEN, [2_750_000, 1_200_000, 0]),
        (SOM, [18_400_000, 7_350_000, 5_125_000]),
        (SSD, [9_800_000, 2_600_000, 1_450_000]),
    ])
    t_wca = funding_table("p12-t1", 12, sha, "West and Central Africa: funding requirements (USD)", "s-wca", [
        (TCD, [3_300_000, 900_000, 750_000]),
        (MLI, [4_100_000, 1_150_000, 0]),
        (NER, [6_200_000, 2_050_000, 1_300_000]),
        (NGA, [21_000_000, 8_400_000, 6_600_000]),
    ])
    # Somalia by sector: one amount column, people targeted, a total row.
    som_rows = [("Sector", "People targeted", "Funding required (USD)"),
                ("Protection", "250,000", "14,200,000"),
                ("Health", "410,500", "9,850,000"),
                ("Shelter and non-food items", "120,000", "6,825,000"),
                ("Total", "780,500", "30,875,000")]
    t_som = Table.from_rows([list(r) for r in som_rows], id="p8-t1", page=8, bbox=(50, 300, 545, 420),
                            header_rows=1, title="Somalia: requirements by sector", method="ruled",
                            total_rows=[4], section="s-som", document=sha)
    for c in t_som.cells:
        p = parse_number(c.text) if c.row else None
        c.value = p.value if p else None
    sections = [
        Section("s-intro", "Introduction", 1, 2, 3, text=(
            "This appeal presents the funding requirements of the regional migration programme for 2025.\n\n"
            "Figures are in United States dollars. Partners & donors <b>should</b> read the country chapters."
        )),
        Section("s-eha", "East and Horn of Africa", 1, 5, 10, tags=[eha], text=(
            "Displacement in the region continues to rise because of drought and conflict.\n\n"
            "The programme covers four countries."
        ), children=[
            Section("s-som", "Somalia", 2, 7, 8, tags=[SOM], text=(
                "In Somalia (الصومال), recurrent drought has displaced more than one million people.\n\n"
                "Priorities: protection, health and shelter for displaced families in Baidoa and Mogadishu."
            )),
            Section("s-ken", "Kenya", 2, 9, 9, tags=[KEN], text="Kenya hosts refugees from Somalia and South Sudan."),
            Section("s-eth", "Ethiopia", 2, 10, 10, tags=[ETH], text="Ethiopia: returns and reintegration."),
        ]),
        Section("s-wca", "West and Central Africa", 1, 11, 16, tags=[wca], text=(
            "Mixed migration along the Central Mediterranean route remains high."
        ), children=[
            Section("s-nga", "Nigeria", 2, 13, 14, tags=[NGA], text="Nigeria: displacement in the North-East."),
            Section("s-ner", "Niger", 2, 15, 16, tags=[NER], text="Niger: transit and return migration through Agadez."),
        ]),
        Section("s-themes", "Thematic priorities", 1, 17, 24, text="Cross-cutting priorities of the programme.",
                children=[
                    Section("s-prot", "Protection", 2, 18, 20, tags=[protection],
                            text="Protection of migrants in vulnerable situations, including in Somalia and Niger."),
                    Section("s-health", "Migration health", 2, 21, 24, tags=[health],
                            text="Health assessments and disease surveillance at points of entry."),
                ]),
    ]
    return DocumentData(document=doc, tables=[t_eha, t_som, t_wca], sections=sections)


def crp() -> DocumentData:
    sha = "b" * 64
    doc = SourceDocument(
        path="/data/appeals/somalia-crisis-response-plan-2025.pdf", sha256=sha, pages=12,
        title="Somalia Crisis Response Plan 2025", page_sizes=[(595.28, 841.89)] * 12,
    )
    SOM = country("SOM", "Somalia")
    rows = [
        ("Objective / sector", "People targeted", "Funding required (USD)"),
        ("Saving lives: camp coordination", "310,000", "8,250,000"),
        ("Saving lives: shelter", "180,000", "11,400,000"),
        ("Solutions: community stabilisation", "95,000", "6,100,000"),
        ("Total", "585,000", "25,750,000"),
    ]
    table = Table.from_rows([list(r) for r in rows], id="p4-t1", page=4, bbox=(50, 200, 545, 400),
                            header_rows=1, title="Funding requirements by objective and sector",
                            method="ruled", total_rows=[4], section="c-req", document=sha)
    for c in table.cells:
        p = parse_number(c.text) if c.row else None
        c.value = p.value if p else None
    sections = [
        Section("c-ctx", "Context", 1, 2, 3, tags=[SOM],
                text="Somalia faces overlapping crises: drought, floods and conflict."),
        Section("c-req", "Funding requirements", 1, 4, 5, tags=[SOM],
                text="The plan requires USD 25.75 million."),
    ]
    return DocumentData(document=doc, tables=[table], sections=sections)


def main() -> None:
    for name, data in (("appeal.json", appeal()), ("crp.json", crp())):
        (HERE / name).write_text(json.dumps(data.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
