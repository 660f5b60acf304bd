"""Generated table documents with exact truth, for developing and judging the table rules.

    python -m tools.docgen.tables [--out DIR] [--scale 1.0] [--engines reportlab,chromium,libreoffice]
                                  [--first-seed 100000]  (a fresh set: seeds never used)

Each document is described once (pages of blocks: tables, headings, prose, key-value blocks, lone
total lines) and drawn by one engine: reportlab (drawn here on the canvas, which allows what HTML
cannot: rules as many short segments or rows of dots, fonts whose declared ascent/descent do not match
their glyphs, text runs placed exactly), or headless Chromium / LibreOffice from HTML + CSS
(``tools/docgen/engines.py``). Every table's truth is its cell grid: ``(row, col, row_span,
col_span, text)``, the same form as the ICDAR measures of ``tests/benchmarks/_icdar.py``.

Families (``FAMILIES``) are the layouts of issue 12 and the common ones around them. Everything is
decided by the document's seed (``random.Random(seed)``): the same seed gives the same document and
truth. The split is by seed: ``split_of(seed)`` puts one seed in five into the validation part, judged
by its summary only; the rest is the development part.

The PDFs and ``truth.json`` go to a cache folder outside the repository (``default_cache()``); after
rendering, every page is checked to hold its tables' texts (an engine that broke a page differently
than planned, e.g. a table pushed to the next page, drops that document from the set, counted in the
manifest).

Development-only code: nothing under ``tools/`` ships in the application.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import math
import os
import random
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from tools.docgen import engines

#: bump when the documents or their truth change (part of the cache folder's name); a round of
#: families appended with new seeds (``ROUNDS``; "generator 3" in the docs) leaves the earlier
#: documents as they were and keeps it: the cache renders only the documents it lacks
GENERATOR_VERSION = "2"

ROOT = Path(__file__).resolve().parents[2]

# ------------------------------------------------------------------------------------------ model


#: the text of a cell told by its shading alone (app.document.model.SHADED)
SHADED = "\u25a0"


@dataclass
class GenTable:
    """A table's truth and how it is drawn."""

    #: (row, col, row_span, col_span, text)
    cells: list[tuple[int, int, int, int, str]]
    n_rows: int
    n_cols: int
    header_rows: int
    #: per column: "label", "num", "mark" (X matrix) or "text"
    kinds: list[str]
    #: drawing options (see ``Style``)
    style: dict
    #: rows that are group labels (one cell across the table), totals rows
    group_rows: list[int] = field(default_factory=list)
    total_rows: list[int] = field(default_factory=list)
    title: str = ""

    def truth(self) -> dict:
        """The cell grid as a reader sees it. A group row ("East Africa") is drawn as one cell across
        the table; where no rule shows that cell's extent (every style but a full grid) it reads as
        the label column's cell, and that is its truth (a spanning reading of it is not wrong either,
        but one convention has to be scored)."""
        cells = [list(c) for c in self.cells]
        if self.style.get("rules") != "grid":
            cells = [[r, c, rs, 1 if r in self.group_rows else cs, t] for r, c, rs, cs, t in cells]
        if self.style.get("rules") not in ("grid", "hgrid"):
            # a label over several rows printed on the first of them, no rule showing how far it
            # reaches, reads as that row's cell (generator 6)
            cells = [[r, c, 1, cs, t] for r, c, rs, cs, t in cells]
            # a heading on a lower header line with nothing over it (no text, no rule drawing the
            # empty cell above) stands beside the whole header and reads as its first row's cell, as
            # a label column's heading printed beside two header lines does (generator 10's pyramid:
            # "Age" between "Female" and "Male" over "No. | %")
            above = {(r, k) for r, c, _rs, cs, t in cells if t for k in range(c, c + cs)}
            cells = [[0, c, 1, cs, t] if 0 < r < self.header_rows and t and cs == 1
                     and not any((q, c) in above for q in range(r)) else [r, c, 1, cs, t]
                     for r, c, _rs, cs, t in cells]
        worded = {(c[0], c[1]) for c in cells if c[4]}
        # a cell told by its shading alone (a workplan's period, no mark printed) reads as the mark
        # "■" (docs/json-format.md, rule 280); the PDF is drawn from ``cells``, where it stays empty
        shaded = list(self.style.get("shaded") or ())
        if self.style.get("status_shape") == "fill":
            # generator 10: a status told by its cell's fill alone is such a cell too
            shaded += [(r, c) for r, c, _colour in self.style.get("status") or ()]
        cells += [[r, c, 1, 1, SHADED] for r, c in shaded if (r, c) not in worded]
        n_rows, header_rows = self.n_rows, self.header_rows
        merged = _units_into_headings(cells, self.style.get("units_row"))
        if merged is not None:
            cells, n_rows, header_rows = merged, n_rows - 1, header_rows - 1
        return {"cells": cells, "n_rows": n_rows, "n_cols": self.n_cols,
                "header_rows": header_rows, "title": self.title}


@dataclass
class Block:
    """One thing on a page: ``kind`` is table, heading, prose, sentence, kv (key-value lines), total
    (a lone unlabeled total line), row or columns (blocks side by side: ``children``) or stack (blocks
    one under the other, as one child of a row)."""

    kind: str
    table: GenTable | None = None
    text: str = ""
    pairs: list[tuple[str, str]] = field(default_factory=list)
    children: list["Block"] = field(default_factory=list)
    #: row: the gutter between the children in points (0: the default); "columns" rows have equal
    #: columns in HTML too (a two-column page), "row" rows size them by content (dashboards)
    gap: float = 0.0
    #: para (a paragraph of running text): its lettered or numbered marker ("(a)", "12.", "•"),
    #: set in a hanging indent; lines (an address or signature block): unused
    label: str = ""
    #: para: justified (both edges straight) rather than ragged right
    justify: bool = False

    def walk(self):
        yield self
        for k in self.children:
            yield from k.walk()


@dataclass
class GenDoc:
    name: str
    family: str
    engine: str
    seed: int
    font: str
    size: float
    pages: list[list[Block]]
    columns: int = 1  # 2: two-column page (prose beside the table)
    #: 1: every page drawn turned a quarter (text running up) on a portrait page; 2: the same with
    #: /Rotate 90, so a viewer shows it upright (reportlab only)
    landscape: int = 0

    def tables_by_page(self) -> list[list[GenTable]]:
        out = []
        for blocks in self.pages:
            found = []
            for b in blocks:
                for x in b.walk():
                    if x.kind == "table" and x.table is not None:
                        found.append(x.table)
            out.append(found)
        return out

    def ignore_texts(self) -> list[list[str]]:
        """Per page, the texts of key-value blocks and lone total lines: not tables in the truth, but a
        tool that reads them as one is not penalised for it (their relations are not scored)."""
        out = []
        for blocks in self.pages:
            found = []
            for b in blocks:
                for x in b.walk():
                    if x.kind == "kv":
                        for k, v in x.pairs:
                            found += [k, v]
                    elif x.kind == "total":
                        found += x.text.split("  ")
                    elif x.kind == "callout":
                        # generator 7: a key figure over its caption, a bar chart's labels
                        found += [x.text, x.label]
                    elif x.kind == "chart":
                        found += [x.label, str(int(x.label) // 2), "0"] + [t for pair in x.pairs for t in pair]
                    elif x.kind == "hchart":
                        # generator 8: a horizontal bar chart's title, labels and values
                        found += [x.text] + [t for pair in x.pairs for t in pair]
                    elif x.kind == "legend":
                        # generator 10: a status legend's words
                        found += [w for _c, w in x.pairs]
                    elif x.kind == "fields":
                        # generator 14: a form's field block (read as a key-value table of its own
                        # it is not penalised; read into the table under it, it is)
                        for k, v in x.pairs:
                            found += [k, v]
            out.append([t for t in found if t.strip()])
        return out


def split_of(seed: int) -> str:
    """"validation" for one seed in five (by a hash, so neighbouring seeds do not line up with
    families), else "development"."""
    h = int(hashlib.sha256(f"split-{seed}".encode()).hexdigest()[:8], 16)
    return "validation" if h % 5 == 0 else "development"


# ----------------------------------------------------------------------------------------- content

COUNTRIES = [
    "Kenya", "Somalia", "Ethiopia", "Djibouti", "Uganda", "United Republic of Tanzania", "South Sudan",
    "Eritrea", "Rwanda", "Burundi", "Democratic Republic of the Congo", "Central African Republic",
    "Chad", "Niger", "Mali", "Burkina Faso", "Senegal", "Guinea", "Côte d'Ivoire", "Ghana", "Nigeria",
    "Cameroon", "Sudan", "Libya", "Egypt", "Morocco", "Tunisia", "Yemen", "Jordan", "Lebanon", "Iraq",
    "Syrian Arab Republic", "Türkiye", "Afghanistan", "Pakistan", "Bangladesh", "Myanmar", "Nepal",
    "Sri Lanka", "Indonesia", "Philippines", "Viet Nam", "Haiti", "Colombia", "Venezuela (Bolivarian Republic of)",
    "Ecuador", "Peru", "Guatemala", "Honduras", "El Salvador", "Mexico", "Ukraine", "Republic of Moldova",
]
REGIONS = ["East Africa", "West and Central Africa", "Middle East and North Africa", "Asia and the Pacific",
           "Latin America", "Europe", "Southern Africa", "Horn of Africa", "Commercial", "Residential",
           "Operations", "Programmes", "Core activities"]
SECTORS = ["Shelter", "Health", "Protection", "Water, sanitation and hygiene", "Food security", "Education",
           "Camp coordination", "Logistics", "Cash assistance", "Mental health and psychosocial support",
           "Displacement tracking", "Livelihoods", "Return and reintegration", "Border management"]
METRICS = ["Required", "Funded", "Gap", "Received", "Pledged", "Budget", "Expenditure", "Balance",
           "Targeted", "Reached", "People in need", "Coverage", "Planned", "Actual", "Variance"]
METRICS_FR = ["Requis", "Financé", "Écart", "Reçu", "Budget", "Dépenses", "Solde", "Ciblés", "Atteints"]
METRICS_ES = ["Requerido", "Financiado", "Brecha", "Recibido", "Presupuesto", "Gastos", "Saldo", "Metas"]
LABEL_HEADS = ["Country", "Region", "Sector", "Activity", "Programme", "Item", "Location", "Partner"]
LABEL_HEADS_FR = ["Pays", "Région", "Secteur", "Activité"]
LABEL_HEADS_ES = ["País", "Región", "Sector", "Actividad"]
ACTIVITIES = ["Training", "Assessment", "Distribution", "Referral", "Monitoring", "Outreach", "Registration",
              "Counselling", "Transport", "Screening", "Advocacy", "Data collection"]
WORDS = ("the programme supports migrants and host communities through coordinated assistance while "
         "national authorities lead the response with partners in every region where needs remain high "
         "funding received so far covers part of the requirements and gaps persist in protection health "
         "and shelter the figures below are provisional and will be updated as reports come in").split()
NOTES = ["Figures are provisional.", "Source: programme reports.", "Note: totals may not add up due to rounding.",
         "* Estimated.", "Includes pledges not yet received."]
CURRENCIES = ["$", "US$", "€", "CHF", "£", "USD"]
#: footnote markers printed raised and small at the end of a cell, and the character drawn
SUPERSCRIPTS = {"¹": "1", "²": "2", "³": "3", "ᵃ": "a", "ᵇ": "b", "ᶜ": "c"}
DASHES = ["—", "–", "-"]


def _words(rng: random.Random, n: int) -> str:
    start = rng.randrange(len(WORDS))
    out = [WORDS[(start + i) % len(WORDS)] for i in range(n)]
    text = " ".join(out)
    return text[0].upper() + text[1:]


def format_number(v: float, fmt: str, decimals: int = 0) -> str:
    """A number as printed: en "1,234.5", fr "1 234,5" (narrow no-break space), es "1.234,5",
    space "1 234.5", plain "1234.5"."""
    neg = v < 0
    s = f"{abs(v):,.{decimals}f}"
    whole, _, frac = s.partition(".")
    seps = {"en": (",", "."), "fr": ("\u202f", ","), "es": (".", ","), "space": (" ", "."),
            "plain": ("", ".")}[fmt]
    whole = whole.replace(",", seps[0])
    out = whole + (seps[1] + frac if frac else "")
    return ("-" if neg else "") + out


@dataclass
class Style:
    """How one table is drawn (a dict on ``GenTable.style``; keys listed here with their meaning)."""

    rules: str = "none"         # none | grid | hrules | booktabs | frame | outer | headrule (the rule under
                                # the header only: a booktabs table whose own top and bottom borders are lost)
    zebra: bool = False
    rule_kind: str = "solid"    # solid | segments (many short lines) | dots (rows of small dots) | dash
    header_bold: bool = True
    align_num: str = "right"    # right | center
    pad: float = 0.45           # cell padding, em
    leading: float = 1.25       # line pitch, em
    rotate: int = 0             # header text rotation: 0, 90 or 45
    currency_run: str = ""      # a currency sign printed as its own run at the cell's left
    wrap: float = 0.0           # wrap label cells at this width (em); 0: no wrapping
    group_rule: bool = False    # a short rule under each spanning heading
    wrong_metrics: bool = False  # the font's declared ascent/descent do not match its glyphs
    vpad: float | None = None   # vertical cell padding, em (None: ``pad``); 0 sets rows at the line pitch
    flush: bool = False         # no space between the table and the running text above and below
    natural: bool = False       # never stretched: the table keeps its natural width (narrower than the text)
    indent: float = 0.0         # left indent of the table, em
    lpad: float | None = None   # left padding of label cells, em (None: ``pad``); 0 as LibreOffice's HTML import sets them


# ---------------------------------------------------------------------------------------- builders


def _num_columns(rng, n_vals: int, lang: str) -> list[str]:
    pool = {"en": METRICS, "fr": METRICS_FR, "es": METRICS_ES}[lang]
    return rng.sample(pool, n_vals)


def make_table(rng: random.Random, *, n_rows: int, n_vals: int, fmt: str = "en", lang: str = "en",
               labels: list[str] | None = None, decimals: int = 0, span_header: bool = False,
               groups: int = 0, totals: bool = False, subtotals: bool = False, dash_zero: float = 0.0,
               notes: float = 0.0, currency: str = "", style: dict | None = None, magnitude: int = 6,
               percent_col: bool = False, year_groups: bool = False, label_head: bool = True,
               unlabeled_total: bool = False) -> GenTable:
    """A label column and ``n_vals`` value columns; options add the layouts of the families."""
    style = dict(style or {})
    head_pool = {"en": LABEL_HEADS, "fr": LABEL_HEADS_FR, "es": LABEL_HEADS_ES}[lang]
    n_cols = 1 + n_vals
    cells: list[tuple[int, int, int, int, str]] = []
    kinds = ["label"] + ["num"] * n_vals
    r = 0
    lab_head = rng.choice(head_pool) if label_head else ""
    if span_header and n_vals >= 4 and n_vals % 2 == 0:
        years = sorted(rng.sample(range(2016, 2027), n_vals // 2))
        subs = _num_columns(rng, 2, lang)
        cells.append((0, 0, 2, 1, lab_head))
        for i, y in enumerate(years):
            cells.append((0, 1 + 2 * i, 1, 2, str(y)))
            cells.append((1, 1 + 2 * i, 1, 1, subs[0]))
            cells.append((1, 2 + 2 * i, 1, 1, subs[1]))
        header_rows = 2
        style["spans"] = True
    else:
        heads = _num_columns(rng, n_vals, lang) if n_vals <= 8 else [str(2010 + i) for i in range(n_vals)]
        if percent_col and n_vals >= 2:
            heads[-1] = "%" if rng.random() < 0.5 else "Coverage (%)"
        cells.append((0, 0, 1, 1, lab_head))
        for i, h in enumerate(heads):
            cells.append((0, 1 + i, 1, 1, h))
        header_rows = 1
    r = header_rows
    pool = list(labels or COUNTRIES)
    rng.shuffle(pool)
    group_rows, total_rows = [], []
    n_groups = max(1, groups)
    per = max(1, n_rows // n_groups)
    grand = [0.0] * n_vals
    used = 0
    group_names = (sorted(rng.sample(range(2012, 2027), n_groups)) if year_groups
                   else rng.sample(REGIONS, min(n_groups, len(REGIONS))))
    for g in range(n_groups):
        if groups:
            cells.append((r, 0, 1, n_cols, str(group_names[g % len(group_names)])))
            group_rows.append(r)
            r += 1
        sub = [0.0] * n_vals
        count = per if g < n_groups - 1 else max(1, n_rows - used)
        for _ in range(count):
            label = pool[used % len(pool)]
            used += 1
            if notes and rng.random() < notes:
                label += rng.choice(["¹", "²", "*", "³"])
            cells.append((r, 0, 1, 1, label))
            for i in range(n_vals):
                is_pct = percent_col and i == n_vals - 1 and n_vals >= 2
                if dash_zero and rng.random() < dash_zero and not is_pct:
                    cells.append((r, 1 + i, 1, 1, rng.choice(DASHES)))
                    continue
                if is_pct:
                    v = rng.uniform(0, 100)
                    text = format_number(v, fmt, 1) + "%"
                else:
                    v = round(rng.uniform(10 ** (magnitude - 2), 10 ** magnitude), decimals)
                    if rng.random() < 0.05:
                        v = -v
                    text = format_number(v, fmt, decimals)
                    sub[i] += v
                    if currency:
                        text = f"{currency} {text}"
                if notes and rng.random() < notes / 3:
                    text += rng.choice(["¹", "²", "*"])
                cells.append((r, 1 + i, 1, 1, text))
            r += 1
        if subtotals and groups:
            cells.append((r, 0, 1, 1, "Subtotal"))
            for i in range(n_vals):
                cells.append((r, 1 + i, 1, 1, _money(sub[i], fmt, decimals, currency)))
            total_rows.append(r)
            r += 1
        grand = [a + b for a, b in zip(grand, sub)]
    if totals:
        label = rng.choice(["Total", "Grand total", "TOTAL"])
        # a total line under the value columns with no label of its own (dashboards)
        cells.append((r, 0, 1, 1, "" if unlabeled_total else label))
        for i in range(n_vals):
            if percent_col and i == n_vals - 1 and n_vals >= 2:
                cells.append((r, 1 + i, 1, 1, ""))
            else:
                cells.append((r, 1 + i, 1, 1, _money(grand[i], fmt, decimals, currency)))
        total_rows.append(r)
        r += 1
    return GenTable(cells=[c for c in cells if c[4] != "" or c[1] == 0], n_rows=r, n_cols=n_cols,
                    header_rows=header_rows, kinds=kinds, style=style, group_rows=group_rows,
                    total_rows=total_rows)


def _money(v: float, fmt: str, decimals: int, currency: str) -> str:
    text = format_number(round(v, decimals), fmt, decimals)
    return f"{currency} {text}" if currency else text


def make_matrix(rng: random.Random, *, n_rows: int, n_marks: int, empty_cols: int, style: dict) -> GenTable:
    """An "X" matrix: labels down, activities across, marks in some cells; ``empty_cols`` columns have
    no mark at all (they must stay columns)."""
    heads = rng.sample(ACTIVITIES, n_marks)
    cells = [(0, 0, 1, 1, rng.choice(["Country", "Location", "Partner"]))]
    cells += [(0, 1 + i, 1, 1, h) for i, h in enumerate(heads)]
    empty = set(rng.sample(range(n_marks), min(empty_cols, n_marks - 1)))
    mark = rng.choice(["X", "x", "✓", "●"])
    labels = rng.sample(COUNTRIES, n_rows)
    for r, lab in enumerate(labels, 1):
        cells.append((r, 0, 1, 1, lab))
        row_marks = [i for i in range(n_marks) if i not in empty and rng.random() < 0.45]
        if not row_marks:
            row_marks = [rng.choice([i for i in range(n_marks) if i not in empty])]
        for i in row_marks:
            cells.append((r, 1 + i, 1, 1, mark))
    return GenTable(cells=cells, n_rows=n_rows + 1, n_cols=n_marks + 1, header_rows=1,
                    kinds=["label"] + ["mark"] * n_marks, style=dict(style))


# ---------------------------------------------------------------------------------------- families


def _base_style(rng: random.Random, **kw) -> dict:
    s = {"rules": "none", "zebra": False, "rule_kind": "solid", "header_bold": rng.random() < 0.7,
         "align_num": "right" if rng.random() < 0.85 else "center", "pad": rng.choice([0.3, 0.45, 0.6, 0.8]),
         "leading": rng.choice([1.15, 1.25, 1.4, 1.6]), "rotate": 0, "currency_run": "", "wrap": 0.0,
         "group_rule": False, "wrong_metrics": False}
    s.update(kw)
    return s


def _title(rng) -> Block:
    return Block("heading", text=f"Table {rng.randint(1, 40)}: " + rng.choice(
        ["Funding requirements by country", "People targeted and reached", "Budget by sector (USD)",
         "Financement par pays", "Requerimientos por región", "Activities by location", "Summary"]))


def _prose(rng, n=60) -> Block:
    return Block("prose", text=_words(rng, n) + ".")


def fam_ruled(rng):
    t = make_table(rng, n_rows=rng.randint(4, 12), n_vals=rng.randint(2, 5), totals=rng.random() < 0.5,
                   style=_base_style(rng, rules=rng.choice(["grid", "grid", "hrules", "frame"])))
    return [[_title(rng), t_block(t), _prose(rng, 40)]]


def fam_borderless(rng):
    t = make_table(rng, n_rows=rng.randint(4, 14), n_vals=rng.randint(2, 6), totals=rng.random() < 0.4,
                   style=_base_style(rng, rules="none"))
    return [[_prose(rng, 50), _title(rng), t_block(t), _prose(rng, 30)]]


def fam_zebra(rng):
    t = make_table(rng, n_rows=rng.randint(5, 14), n_vals=rng.randint(2, 5), totals=rng.random() < 0.5,
                   style=_base_style(rng, zebra=True, rules=rng.choice(["none", "outer"])))
    return [[_title(rng), t_block(t)]]


def fam_spanning(rng):
    t = make_table(rng, n_rows=rng.randint(4, 10), n_vals=rng.choice([4, 6]), span_header=True,
                   totals=rng.random() < 0.5,
                   style=_base_style(rng, rules=rng.choice(["none", "booktabs", "grid"]),
                                     group_rule=rng.random() < 0.5))
    return [[_title(rng), t_block(t), _prose(rng, 30)]]


def fam_wrapped(rng):
    t = make_table(rng, n_rows=rng.randint(4, 9), n_vals=rng.randint(2, 4),
                   labels=SECTORS + [c for c in COUNTRIES if len(c) > 14],
                   style=_base_style(rng, rules=rng.choice(["none", "hrules", "grid"]),
                                     wrap=rng.choice([7.0, 8.0, 9.0]), leading=1.2))
    return [[_title(rng), t_block(t)]]


def fam_multipage(rng):
    n = rng.randint(16, 24)
    style = _base_style(rng, rules=rng.choice(["none", "hrules", "grid", "booktabs"]))
    full = make_table(rng, n_rows=n, n_vals=rng.randint(2, 5), style=style)
    # split after a body row: the second part repeats the header
    cut = full.header_rows + n // 2
    head = [c for c in full.cells if c[0] < full.header_rows]
    a = [c for c in full.cells if c[0] < cut]
    b = head + [(r - cut + full.header_rows, c, rs, cs, t) for r, c, rs, cs, t in full.cells if r >= cut]
    ta = GenTable(a, cut, full.n_cols, full.header_rows, full.kinds, style)
    tb = GenTable(b, full.n_rows - cut + full.header_rows, full.n_cols, full.header_rows, full.kinds, style)
    return [[_prose(rng, 120), _title(rng), t_block(ta)], [t_block(tb), _prose(rng, 60)]]


def fam_twocolumn(rng):
    t = make_table(rng, n_rows=rng.randint(4, 9), n_vals=rng.randint(2, 3), magnitude=5,
                   labels=[c for c in COUNTRIES if len(c) < 12],
                   style=_base_style(rng, rules=rng.choice(["none", "booktabs", "hrules"]), pad=0.3))
    return [[Block("heading", text=_words(rng, 4)), _prose(rng, 90), _title(rng), t_block(t), _prose(rng, 120)]]


def fam_totals(rng):
    t = make_table(rng, n_rows=rng.randint(6, 12), n_vals=rng.randint(2, 4), groups=rng.randint(2, 3),
                   subtotals=True, totals=True,
                   style=_base_style(rng, rules=rng.choice(["none", "booktabs", "hrules"])))
    return [[_title(rng), t_block(t)]]


def fam_footnotes(rng):
    t = make_table(rng, n_rows=rng.randint(5, 10), n_vals=rng.randint(2, 4), notes=0.35, totals=True,
                   style=_base_style(rng, rules=rng.choice(["none", "booktabs", "grid"])))
    return [[_title(rng), t_block(t), Block("prose", text="¹ " + rng.choice(NOTES) + " * " + rng.choice(NOTES))]]


def fam_numformat(rng):
    fmt = rng.choice(["fr", "es", "space"])
    lang = {"fr": "fr", "es": "es", "space": rng.choice(["en", "fr"])}[fmt]
    t = make_table(rng, n_rows=rng.randint(4, 10), n_vals=rng.randint(2, 4), fmt=fmt, lang=lang,
                   decimals=rng.choice([0, 0, 1, 2]), totals=rng.random() < 0.5, percent_col=rng.random() < 0.4,
                   style=_base_style(rng, rules=rng.choice(["none", "grid", "booktabs"])))
    return [[_title(rng), t_block(t), _prose(rng, 30)]]


def fam_dashboard(rng):
    """Several small tables side by side and stacked, key-value blocks and unlabeled total lines."""
    rows = []
    for _ in range(rng.randint(2, 3)):
        kids = []
        for _ in range(rng.randint(2, 3)):
            roll = rng.random()
            if roll < 0.6 or not kids:
                t = make_table(rng, n_rows=rng.randint(3, 5), n_vals=rng.randint(1, 2), magnitude=rng.choice([3, 4, 5]),
                               labels=[c for c in COUNTRIES + ACTIVITIES if len(c) < 11],
                               style=_base_style(rng, rules=rng.choice(["none", "hrules", "booktabs"]), pad=0.3),
                               totals=rng.random() < 0.3)
                kids.append(t_block(t))
            elif roll < 0.85:
                kids.append(Block("kv", pairs=[(rng.choice(["Total requirement", "People targeted", "Partners",
                                                            "Funded", "Appeal code", "Coverage"]) + ":",
                                                format_number(rng.uniform(1e3, 1e7), "en"))
                                               for _ in range(rng.randint(2, 4))]))
            else:
                kids.append(Block("total", text=format_number(rng.uniform(1e5, 1e8), "en")))
        rows.append(Block("row", children=kids))
    return [[Block("heading", text="Dashboard: " + rng.choice(REGIONS)), *rows]]


def fam_currency(rng):
    cur = rng.choice(CURRENCIES)
    t = make_table(rng, n_rows=rng.randint(4, 10), n_vals=rng.randint(2, 4), currency=cur,
                   totals=rng.random() < 0.6, decimals=rng.choice([0, 0, 2]),
                   style=_base_style(rng, rules=rng.choice(["none", "booktabs", "hrules"]), currency_run=cur))
    return [[_title(rng), t_block(t), _prose(rng, 30)]]


def fam_grouprows(rng):
    t = make_table(rng, n_rows=rng.randint(6, 12), n_vals=rng.randint(2, 4), groups=rng.randint(2, 4),
                   year_groups=rng.random() < 0.4, totals=rng.random() < 0.4,
                   style=_base_style(rng, rules=rng.choice(["none", "booktabs", "hrules"])))
    return [[_title(rng), t_block(t)]]


def fam_sentence(rng):
    """A sentence right above a borderless table, no title between."""
    t = make_table(rng, n_rows=rng.randint(4, 10), n_vals=rng.randint(2, 5), totals=rng.random() < 0.5,
                   style=_base_style(rng, rules="none"))
    return [[_prose(rng, 70), Block("sentence", text=_words(rng, rng.randint(8, 22)) + ":"), t_block(t)]]


def fam_emdash(rng):
    t = make_table(rng, n_rows=rng.randint(5, 12), n_vals=rng.randint(3, 6), dash_zero=0.3,
                   totals=rng.random() < 0.4, style=_base_style(rng, rules=rng.choice(["none", "grid", "booktabs"])))
    return [[_title(rng), t_block(t)]]


def fam_dotted(rng):
    t = make_table(rng, n_rows=rng.randint(4, 10), n_vals=rng.randint(2, 4), totals=rng.random() < 0.4,
                   labels=SECTORS if rng.random() < 0.3 else None,
                   style=_base_style(rng, rules=rng.choice(["grid", "hrules"]),
                                     rule_kind=rng.choice(["segments", "dots", "dash"]),
                                     wrap=rng.choice([0.0, 0.0, 9.0])))
    return [[_title(rng), t_block(t)]]


def fam_metrics(rng):
    t = make_table(rng, n_rows=rng.randint(4, 10), n_vals=rng.randint(2, 4), totals=rng.random() < 0.4,
                   style=_base_style(rng, rules="grid", wrong_metrics=True, leading=rng.choice([1.15, 1.3]),
                                     pad=rng.choice([0.2, 0.3])))
    return [[_title(rng), t_block(t)]]


def fam_innerrules(rng):
    t = make_table(rng, n_rows=rng.randint(5, 12), n_vals=rng.randint(2, 5), totals=True,
                   groups=rng.choice([0, 0, 2]), subtotals=rng.random() < 0.3,
                   style=_base_style(rng, rules="booktabs"))
    return [[_title(rng), t_block(t), _prose(rng, 30)]]


def fam_rotated(rng):
    if rng.random() < 0.5:
        t = make_matrix(rng, n_rows=rng.randint(5, 10), n_marks=rng.randint(4, 8), empty_cols=rng.randint(0, 1),
                        style=_base_style(rng, rules=rng.choice(["grid", "none"]), rotate=rng.choice([90, 45])))
    else:
        t = make_table(rng, n_rows=rng.randint(4, 8), n_vals=rng.randint(3, 6), magnitude=4,
                       style=_base_style(rng, rules=rng.choice(["grid", "none"]), rotate=rng.choice([90, 45])))
    return [[_title(rng), t_block(t)]]


def fam_xmatrix(rng):
    t = make_matrix(rng, n_rows=rng.randint(5, 12), n_marks=rng.randint(4, 8), empty_cols=rng.randint(1, 2),
                    style=_base_style(rng, rules=rng.choice(["grid", "none", "hrules"]), align_num="center"))
    return [[_title(rng), t_block(t)]]


def _panel_table(rng) -> GenTable:
    unl = rng.random() < 0.5
    return make_table(rng, n_rows=rng.randint(3, 6), n_vals=rng.randint(1, 3), magnitude=rng.choice([3, 4, 5, 6]),
                      labels=[c for c in COUNTRIES + SECTORS + ACTIVITIES if len(c) < 14],
                      totals=unl or rng.random() < 0.3, unlabeled_total=unl,
                      currency=rng.choice(["", "", "", "$"]), label_head=rng.random() < 0.8,
                      style=_base_style(rng, rules=rng.choice(["none", "none", "hrules", "booktabs"]),
                                        pad=rng.choice([0.2, 0.3, 0.45]), total_rule=unl and rng.random() < 0.7,
                                        leading=rng.choice([1.15, 1.25, 1.4])))


def fam_panels(rng):
    """A dashboard page set in two or three columns of panels stacked one under the other: a short
    title over a small table (its total often an unlabeled line under the value columns), key-value
    blocks and lone totals between them; the panels of neighbouring columns start at different heights."""
    cols = []
    for _ in range(rng.choice([2, 2, 3])):
        stack = []
        for _ in range(rng.randint(2, 3)):
            roll = rng.random()
            if roll < 0.6 or not any(b.kind == "table" for b in stack):
                if rng.random() < 0.7:
                    stack.append(Block("heading", text=rng.choice(
                        ["Funding", "People reached", "By sector", "Partners", "Requirements (USD)",
                         "Coverage", "Caseload", "Top donors", "Returns", "Stock"])))
                stack.append(t_block(_panel_table(rng)))
            elif roll < 0.85:
                stack.append(Block("kv", pairs=[(rng.choice(["Total requirement", "People targeted", "Partners",
                                                             "Funded", "Appeal code", "Coverage", "Gap"]) + ":",
                                                 format_number(rng.uniform(1e3, 1e7), "en"))
                                                for _ in range(rng.randint(2, 4))]))
            else:
                stack.append(Block("total", text=format_number(rng.uniform(1e5, 1e8), "en")))
        cols.append(Block("stack", children=stack))
    return [[Block("heading", text="Situation overview: " + rng.choice(REGIONS)),
             Block("row", children=cols, gap=rng.choice([12.0, 16.0, 22.0]))]]


def fam_flow(rng):
    """A two-column page with the table in the flow of one column: running text above and below it in
    its own column, running text beside it in the other (the gutter 10-24 pt)."""
    t = make_table(rng, n_rows=rng.randint(4, 9), n_vals=rng.randint(2, 4), magnitude=rng.choice([4, 5, 6]),
                   labels=[c for c in COUNTRIES + SECTORS if len(c) < 16], totals=rng.random() < 0.5,
                   style=_base_style(rng, rules=rng.choice(["none", "none", "booktabs", "hrules", "grid"]),
                                     pad=rng.choice([0.2, 0.3, 0.45])))
    lead = [_title(rng)] if rng.random() < 0.6 else [Block("sentence", text=_words(rng, rng.randint(6, 14)) + ":")]
    mine = Block("stack", children=[_prose(rng, rng.randint(20, 90)), *lead, t_block(t), _prose(rng, rng.randint(20, 90))])
    other = Block("stack", children=[_prose(rng, rng.randint(120, 200)), _prose(rng, rng.randint(20, 60))])
    kids = [mine, other] if rng.random() < 0.5 else [other, mine]
    return [[Block("heading", text=_words(rng, 5)),
             Block("columns", children=kids, gap=rng.choice([10.0, 14.0, 18.0, 24.0]))]]


# ---- generator 3: layouts of statistical annexes, budget documents and annual reports

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AGE_SEX = ["0-4", "5-11", "12-17", "18-59", "60+"]
LOGFRAME_HEADS = ["Outcome", "Activities", "Indicator", "Baseline", "Target", "Partners", "Means of verification"]
CAPTIONS = ["Table {n}. Funding requirements by country and year (USD)", "Table {n}: People targeted, by sector",
            "Annex {n}. Budget by output and region", "Table A.{n} Expenditure by programme, {y}",
            "Figure table {n}. Caseload by location", "Tableau {n}. Besoins de financement par pays"]
SOURCES = ["Source: programme monitoring reports, {y}.", "Source: Financial Tracking Service; figures as of 31 December {y}.",
           "Note: figures may not add up due to rounding. Source: national authorities.",
           "Sources: ministry of finance; IOM estimates. Data for {y} are provisional.",
           "Note: n/a, not available. Totals include pledges."]


def _caption(rng) -> Block:
    return Block("caption", text=rng.choice(CAPTIONS).format(n=rng.randint(1, 30), y=rng.randint(2018, 2026)))


def _source(rng) -> Block:
    return Block("note", text=rng.choice(SOURCES).format(y=rng.randint(2018, 2026)))


def make_nested(rng: random.Random, *, n_groups: int, n_vals: int, levels: int, style: dict,
                totals: bool = False) -> GenTable:
    """A ruled table whose first column holds row-spanning labels (a region beside its countries, the
    label centred vertically beside them) and whose header has ``levels`` rows of column spans: a
    top heading over every value column (levels 3), years over pairs of metrics, the metrics."""
    n_vals = max(2, n_vals - n_vals % 2)
    years = sorted(rng.sample(range(2016, 2027), n_vals // 2))
    subs = _num_columns(rng, 2, "en")
    cells: list[tuple[int, int, int, int, str]] = []
    h = levels if levels in (2, 3) else 2
    cells.append((0, 0, h, 1, rng.choice(["Region", "Area", "Programme"])))
    cells.append((0, 1, h, 1, rng.choice(["Country", "Location", "Office"])))
    r0 = 0
    if h == 3:
        cells.append((0, 2, 1, n_vals, rng.choice(["Funding (USD)", "Requirements and funding", "Budget (USD thousands)"])))
        r0 = 1
    for i, y in enumerate(years):
        cells.append((r0, 2 + 2 * i, 1, 2, str(y)))
        cells.append((r0 + 1, 2 + 2 * i, 1, 1, subs[0]))
        cells.append((r0 + 1, 3 + 2 * i, 1, 1, subs[1]))
    r = h
    pool = list(COUNTRIES)
    rng.shuffle(pool)
    regions = rng.sample([x for x in REGIONS[:8]], n_groups)
    grand = [0.0] * n_vals
    total_rows = []
    for g in range(n_groups):
        k = rng.randint(2, 4)
        cells.append((r, 0, k, 1, regions[g]))
        for j in range(k):
            cells.append((r + j, 1, 1, 1, pool.pop()))
            for i in range(n_vals):
                v = round(rng.uniform(1e3, 9e5))
                grand[i] += v
                cells.append((r + j, 2 + i, 1, 1, format_number(v, "en")))
        r += k
    if totals:
        cells.append((r, 0, 1, 2, "Total"))
        for i in range(n_vals):
            cells.append((r, 2 + i, 1, 1, format_number(grand[i], "en")))
        total_rows.append(r)
        r += 1
    st = dict(style)
    st["spans"] = True
    return GenTable(cells=cells, n_rows=r, n_cols=2 + n_vals, header_rows=h, kinds=["label", "label"] + ["num"] * n_vals,
                    style=st, total_rows=total_rows)


def make_wide(rng: random.Random, *, n_vals: int, n_rows: int, style: dict, notes: float = 0.0) -> GenTable:
    """A statistical annex table: a label column and 12-20 narrow numeric columns headed by
    abbreviations (months, quarters, years, age groups by sex), small numbers, "n/a" and ".." cells."""
    kind = rng.choice(["months", "years", "quarters", "agesex"])
    if kind == "months":
        heads = (MONTHS + ["Total"])[:n_vals] if n_vals <= 13 else MONTHS + ["Total", "Avg.", "Min.", "Max.", "Var.", "%"][:n_vals - 12]
    elif kind == "years":
        start = rng.randint(2000, 2026 - n_vals)
        heads = [str(start + i) for i in range(n_vals)]
    elif kind == "quarters":
        y = rng.randint(2019, 2023)
        heads = [f"Q{q % 4 + 1} {str(y + q // 4)[2:]}" for q in range(n_vals)]
    else:
        groups = [f"{a} {s}" for a in AGE_SEX for s in ("M", "F")]
        heads = (groups + ["Tot. M", "Tot. F", "Total", "PwD", "HH", "Ind.", "%F", "%M", "Sites", "Avg."])[:n_vals]
    lab_head = rng.choice(["Province", "District", "Country", "Indicator", "Item", "Site"])
    cells = [(0, 0, 1, 1, lab_head)] + [(0, 1 + i, 1, 1, h) for i, h in enumerate(heads)]
    pool = [c for c in COUNTRIES if len(c) < 16] if lab_head != "Indicator" else [
        "Arrivals", "Departures", "Returns", "Registered", "Assisted", "Referred", "Screened", "Vaccinated",
        "Households", "Individuals", "Children", "Women", "Men", "Elderly", "Unaccompanied", "Detained"]
    rng.shuffle(pool)
    dec = rng.choice([0, 0, 1])
    for r in range(1, n_rows + 1):
        label = pool[(r - 1) % len(pool)]
        if notes and rng.random() < notes:
            label += rng.choice(["ᵃ", "ᵇ", "ᶜ"])  # a footnote letter, drawn raised and small
        cells.append((r, 0, 1, 1, label))
        for i in range(n_vals):
            roll = rng.random()
            if roll < 0.04:
                text = rng.choice(["n/a", "..", "-"])
            else:
                text = format_number(round(rng.uniform(0, 10 ** rng.choice([2, 3, 3, 4])), dec), "en", dec)
                if notes and rng.random() < notes / 4:
                    text += rng.choice(["ᵃ", "ᵇ"])
            cells.append((r, 1 + i, 1, 1, text))
    st = dict(style)
    return GenTable(cells=cells, n_rows=n_rows + 1, n_cols=n_vals + 1, header_rows=1,
                    kinds=["label"] + ["num"] * n_vals, style=st)


LOGFRAME_TEXT = ("strengthen national capacities for migration management through training of officials "
                 "on referral procedures provision of shelter and non-food items to displaced families "
                 "number of migrants assisted with return and reintegration support percentage of "
                 "households reporting improved access to basic services community committees established "
                 "and functioning in target locations with government counterparts and local partners").split()


def make_logframe(rng: random.Random, *, n_rows: int, n_cols: int, style: dict) -> GenTable:
    """Text in every column (a results framework): each cell a phrase of 3-16 words wrapped within its
    column, so every column has cells of several lines and the rows differ in height."""
    heads = rng.sample(LOGFRAME_HEADS, n_cols)
    cells = [(0, i, 1, 1, h) for i, h in enumerate(heads)]
    for r in range(1, n_rows + 1):
        for c in range(n_cols):
            if heads[c] in ("Baseline", "Target"):
                text = rng.choice([format_number(rng.uniform(10, 5e4), "en"), f"{rng.randint(5, 95)}%", "0", "TBD"])
                if rng.random() < 0.4:
                    text += " " + rng.choice(["people", "households", "sites", "by end of 2026", "(women 50%)"])
            else:
                start = rng.randrange(len(LOGFRAME_TEXT))
                n = rng.randint(3, 16)
                text = " ".join(LOGFRAME_TEXT[(start + i) % len(LOGFRAME_TEXT)] for i in range(n))
                text = text[0].upper() + text[1:]
                if c == 0:
                    text = f"{r}.{rng.randint(1, 4)} " + text
            cells.append((r, c, 1, 1, text))
    st = dict(style)
    # column widths in em: short for figures, wide for text
    st["col_em"] = [rng.choice([6.0, 7.0, 8.0]) if h in ("Baseline", "Target") else rng.choice([10.0, 12.0, 14.0, 16.0])
                    for h in heads]
    return GenTable(cells=cells, n_rows=n_rows + 1, n_cols=n_cols, header_rows=1, kinds=["text"] * n_cols, style=st)


def fam_nested(rng):
    t = make_nested(rng, n_groups=rng.randint(2, 4), n_vals=rng.choice([2, 4, 6]), levels=rng.choice([2, 3]),
                    totals=rng.random() < 0.5, style=_base_style(rng, rules="grid"))
    return [[_caption(rng), t_block(t), _source(rng)]]


def fam_wide(rng):
    t = make_wide(rng, n_vals=rng.randint(12, 20), n_rows=rng.randint(6, 14), notes=rng.choice([0.0, 0.0, 0.2]),
                  style=_base_style(rng, rules=rng.choice(["none", "hrules", "booktabs", "grid"]),
                                    pad=rng.choice([0.15, 0.25, 0.35]), leading=rng.choice([1.15, 1.25])))
    return [[_caption(rng), t_block(t), _source(rng)]]


def fam_logframe(rng):
    t = make_logframe(rng, n_rows=rng.randint(3, 6), n_cols=rng.randint(3, 5),
                      style=_base_style(rng, rules=rng.choice(["grid", "grid", "hrules", "booktabs"]), leading=1.2))
    return [[_caption(rng), t_block(t), _source(rng)]]


def fam_overprint(rng):
    """Fake bold: header and total rows drawn twice with a small offset (0.1-0.6 pt), as producers
    without a bold face do."""
    t = make_table(rng, n_rows=rng.randint(4, 10), n_vals=rng.randint(2, 5), totals=True,
                   groups=rng.choice([0, 0, 2]), subtotals=rng.random() < 0.3,
                   style=_base_style(rng, rules=rng.choice(["none", "booktabs", "grid", "hrules"]), header_bold=False,
                                     overprint=rng.choice([0.1, 0.25, 0.4, 0.6])))
    return [[_title(rng), t_block(t), _prose(rng, 30)]]


def fam_fillrules(rng):
    """Rules drawn as thin filled rectangles (0.3-1.2 pt), as office suites and many PDF libraries do."""
    t = make_table(rng, n_rows=rng.randint(4, 12), n_vals=rng.randint(2, 5), totals=rng.random() < 0.5,
                   groups=rng.choice([0, 0, 2]), span_header=rng.random() < 0.3,
                   labels=SECTORS if rng.random() < 0.3 else None,
                   style=_base_style(rng, rules=rng.choice(["grid", "grid", "hrules", "booktabs", "frame"]),
                                     rule_kind="fill", wrap=rng.choice([0.0, 0.0, 9.0])))
    return [[_caption(rng), t_block(t), _source(rng)]]


def fam_landscape(rng):
    """A landscape page: drawn turned a quarter on a portrait page, with /Rotate 90 (the viewer shows it
    upright) or without (a sideways table in a portrait document); a wide table or an ordinary one."""
    if rng.random() < 0.5:
        t = make_wide(rng, n_vals=rng.randint(12, 18), n_rows=rng.randint(5, 12),
                      style=_base_style(rng, rules=rng.choice(["none", "hrules", "grid"]), pad=0.25))
    else:
        t = make_table(rng, n_rows=rng.randint(4, 12), n_vals=rng.randint(3, 8), totals=rng.random() < 0.5,
                       span_header=rng.random() < 0.3,
                       style=_base_style(rng, rules=rng.choice(["none", "grid", "booktabs", "hrules"])))
    return [[_caption(rng), t_block(t), _source(rng)]]


# ---- generator 4: tables set like running text (appeals, annual reports)

SCHEDULE_HEADS = [MONTHS, ["Q1", "Q2", "Q3", "Q4"], ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
                  [str(y) for y in range(2019, 2027)], ["Phase 1", "Phase 2", "Phase 3", "Phase 4", "Phase 5"]]


def make_sparse(rng: random.Random, *, n_rows: int, n_vals: int, fill: float, style: dict) -> GenTable:
    """A schedule or a matrix with only some values: labels down, periods across, each cell filled
    with probability ``fill`` (every row and every column keeps at least one value)."""
    pool = rng.choice(SCHEDULE_HEADS)
    start = rng.randrange(max(1, len(pool) - n_vals + 1))
    heads = (pool[start:] + pool)[:n_vals]
    lab_pool = rng.choice([ACTIVITIES, SECTORS, [c for c in COUNTRIES if len(c) < 18]])
    labels = rng.sample(lab_pool, min(n_rows, len(lab_pool)))
    kind = rng.choice(["count", "money", "mark", "pct"])
    mark = rng.choice(["X", "x", "*"])

    def value() -> str:
        if kind == "count":
            return format_number(rng.randint(1, 950), "en")
        if kind == "money":
            return format_number(rng.uniform(1e3, 9e5), "en")
        if kind == "pct":
            return f"{rng.randint(1, 99)}%"
        return mark

    cells = [(0, 0, 1, 1, rng.choice(["Activity", "Item", "Location", "Sector", ""]))]
    cells += [(0, 1 + i, 1, 1, h) for i, h in enumerate(heads)]
    filled = [[rng.random() < fill for _ in heads] for _ in labels]
    for r, row in enumerate(filled):
        if not any(row):
            row[rng.randrange(len(heads))] = True
    for i in range(len(heads)):
        if not any(row[i] for row in filled):
            filled[rng.randrange(len(labels))][i] = True
    for r, lab in enumerate(labels, 1):
        cells.append((r, 0, 1, 1, lab))
        for i in range(len(heads)):
            if filled[r - 1][i]:
                cells.append((r, 1 + i, 1, 1, value()))
    return GenTable(cells=cells, n_rows=len(labels) + 1, n_cols=len(heads) + 1, header_rows=1,
                    kinds=["label"] + (["mark"] if kind == "mark" else ["num"]) * len(heads), style=dict(style))


def fam_texttable(rng):
    """A borderless table set in the body font, flush with the running text above and below it: no
    rules, no shading, no bold header, rows at the text's line pitch (a small list of figures inside
    a report page)."""
    t = make_table(rng, n_rows=rng.randint(2, 6), n_vals=rng.randint(1, 3), magnitude=rng.choice([3, 4, 5, 6]),
                   labels=[c for c in COUNTRIES + SECTORS + ACTIVITIES if len(c) < 20],
                   label_head=rng.random() < 0.5,
                   style=_base_style(rng, rules="none", header_bold=False, pad=rng.choice([0.5, 0.7, 0.9, 1.2]),
                                     leading=1.3, vpad=0.0, flush=True, natural=True,
                                     indent=rng.choice([0.0, 0.0, 2.0])))
    return [[_prose(rng, rng.randint(40, 90)), t_block(t), _prose(rng, rng.randint(40, 90))]]


def fam_sparse(rng):
    """A schedule or matrix with many empty cells and wide gaps between its columns."""
    t = make_sparse(rng, n_rows=rng.randint(4, 10), n_vals=rng.randint(4, 8), fill=rng.choice([0.2, 0.3, 0.4]),
                    style=_base_style(rng, rules=rng.choice(["none", "none", "hrules", "outer", "booktabs"]),
                                      pad=rng.choice([0.8, 1.0, 1.4, 1.8]), vpad=rng.choice([0.2, 0.3, 0.45])))
    return [[_title(rng), t_block(t), _prose(rng, 30)]]


def fam_inline(rng):
    """A small table embedded between paragraphs of a text column, narrower than the column (set at
    its natural width, sometimes indented), running text above and below it."""
    t = make_table(rng, n_rows=rng.randint(2, 5), n_vals=rng.randint(1, 3), magnitude=rng.choice([3, 4, 5]),
                   labels=[c for c in COUNTRIES + SECTORS + ACTIVITIES if len(c) < 16], totals=rng.random() < 0.3,
                   label_head=rng.random() < 0.7,
                   style=_base_style(rng, rules=rng.choice(["none", "none", "none", "booktabs", "hrules"]),
                                     pad=rng.choice([0.3, 0.45, 0.6]), natural=True,
                                     indent=rng.choice([0.0, 2.0, 4.0])))
    return [[_prose(rng, rng.randint(60, 120)), t_block(t), _prose(rng, rng.randint(50, 110))]]


def t_block(t: GenTable) -> Block:
    return Block("table", table=t)


def _framed(rng, title: Block, t: GenTable, source: float, prose: float = 0.4) -> list:
    """A page of one table under ``title`` (its caption or heading): a source line under it with
    probability ``source``, a paragraph of prose over both with probability ``prose``, furnished.
    The draws come in this order, which the rendered documents depend on."""
    blocks = [title, t_block(t)]
    if rng.random() < source:
        blocks.append(_source(rng))
    if rng.random() < prose:
        blocks.insert(0, _prose(rng, rng.randint(25, 70)))
    return [_furnish(rng, blocks)]


def fam_notables(rng):
    """Pages with no table that a table finder may still take for one (generator 5): running text
    in two or three justified columns on one baseline grid, lettered or numbered paragraphs and
    lists under hanging indents, an address block, a signature block. The truth has no table; what
    a tool returns there is a false table."""
    def para(label: str = "", n: int | None = None, justify: bool | None = None) -> Block:
        return Block("para", text=_words(rng, n or rng.randint(25, 70)).capitalize() + ".", label=label,
                     justify=rng.random() < 0.7 if justify is None else justify)

    def markers(n: int) -> list[str]:
        kind = rng.choice(["letters", "numbers", "roman", "bullets", "decimal"])
        start = rng.randint(1, 9)
        if kind == "letters":
            return [f"({chr(ord('a') + i)})" for i in range(n)]
        if kind == "numbers":
            return [f"{start + i}." for i in range(n)]
        if kind == "roman":
            return [f"({r})" for r in ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][:n]]
        if kind == "decimal":
            return [f"{start}.{i + 1}" for i in range(n)]
        return ["•"] * n

    def columns_page() -> list[Block]:
        n = rng.choice([2, 3])
        cols = []
        for _ in range(n):
            kids = []
            for _ in range(rng.randint(2, 4)):
                if rng.random() < 0.4:
                    kids.append(Block("heading", text=_words(rng, rng.randint(2, 5)).capitalize()))
                kids.append(para(rng.choice(["", "", *markers(1)]), rng.randint(30, 80), justify=True))
            cols.append(Block("stack", children=kids))
        return [Block("heading", text=_words(rng, rng.randint(3, 7)).capitalize()),
                Block("columns", children=cols, gap=rng.choice([0, 10, 14, 18]))]

    def numbered_page() -> list[Block]:
        out = [Block("heading", text=_words(rng, rng.randint(3, 6)).capitalize())]
        for lab in markers(rng.randint(3, 6)):
            out.append(para(lab, rng.randint(15, 60)))
            if rng.random() < 0.3:
                out += [para(m, rng.randint(6, 25)) for m in markers(rng.randint(2, 4))]
        return out

    def letter_page() -> list[Block]:
        place = rng.choice(COUNTRIES)
        address = "\n".join([f"{rng.choice(ACTIVITIES)} Office", f"{rng.randint(1, 250)} {_words(rng, 2).title()} Street",
                             f"{rng.randint(1000, 99999)} {place}", place.upper()])
        date = f"{rng.randint(1, 28)} {rng.choice(['March', 'June', 'October'])} {rng.randint(2019, 2026)}"
        out = [Block("lines", text=address + f"\tRef. {rng.randint(100, 999)}/{rng.randint(10, 99)}"),
               Block("lines", text=f"\t{place}, {date}"),
               Block("heading", text="Subject: " + _words(rng, rng.randint(3, 6))),
               para("", rng.randint(40, 90))]
        out += [para(m, rng.randint(15, 40)) for m in markers(rng.randint(2, 4))]
        out.append(para("", rng.randint(20, 50)))
        sig = ["Signed:\tDate: " + date, _words(rng, 2).title(), f"Head of {rng.choice(ACTIVITIES)}, {place}"]
        if rng.random() < 0.5:
            other = ["Signed:\tDate: " + date, _words(rng, 2).title(), "Representative"]
            out.append(Block("columns", children=[Block("lines", text="\n".join(sig)),
                                                  Block("lines", text="\n".join(other))]))
        else:
            out.append(Block("lines", text="\n".join(sig)))
        return out

    return [rng.choice([columns_page, numbered_page, letter_page])()]


# ---- generator 6: financial statements, row labels over several rows, tables continued under a
# "(continued)" caption, value cells of two lines

STATEMENT_PARTS = {
    "position": [("ASSETS", [("Current assets", ["Cash and cash equivalents", "Short-term investments",
                                                 "Contributions receivable", "Inventories", "Prepayments"]),
                             ("Non-current assets", ["Property, plant and equipment", "Intangible assets",
                                                     "Long-term receivables", "Long-term investments"])]),
                 ("LIABILITIES", [("Current liabilities", ["Accounts payable", "Deferred revenue",
                                                           "Employee benefits", "Provisions"]),
                                  ("Non-current liabilities", ["Employee benefits liabilities", "Borrowings",
                                                               "Other liabilities"])])],
    "performance": [("REVENUE", [("Contributions", ["Voluntary contributions", "Earmarked contributions",
                                                    "Unearmarked contributions", "In-kind contributions"]),
                                 ("Other revenue", ["Investment income", "Exchange gains", "Miscellaneous revenue"])]),
                    ("EXPENSES", [("Programme expenses", ["Implementing partners", "Supplies and consumables",
                                                          "Cash transfers", "Contractual services"]),
                                  ("Support expenses", ["Staff costs", "Travel", "Depreciation",
                                                        "Other operating expenses"])])],
}


def make_statement(rng: random.Random, *, style: dict) -> GenTable:
    """A financial statement (position or performance): labels indented at two or three depths
    (section heads with no figures, their items, subtotals and totals), a notes column, figures of
    two or three years in thousands with negatives in parentheses and dashes for nil, the currency
    printed under each year heading (one heading of two lines), single rules over the figures of
    each subtotal and a double rule under the last total."""
    kind = rng.choice(list(STATEMENT_PARTS))
    depth = rng.choice([2, 3])
    y = rng.randint(2019, 2026)
    years = [str(y - i) for i in range(rng.choice([2, 2, 3]))]
    notes_col = rng.random() < 0.7
    cur = rng.choice(["", "", "USD", "$", "US$ '000", "CHF", "€ thousands"])
    n_vals = len(years)
    v0 = 2 if notes_col else 1
    n_cols = v0 + n_vals
    cells: list[tuple[int, int, int, int, str]] = []
    lab_head = rng.choice(["", "", "Description", "In thousands of US dollars"])
    cells.append((0, 0, 1, 1, lab_head))
    if notes_col:
        cells.append((0, 1, 1, 1, rng.choice(["Note", "Notes"])))
    # the currency printed under each year: one heading of two lines (as rule 46 reads a wrapped
    # heading), not a header row of its own
    for i, yy in enumerate(years):
        cells.append((0, v0 + i, 1, 1, f"{yy} {cur}" if cur else yy))
    header_rows = 1
    indents: dict[int, int] = {}
    sum_rules, double_rules, total_rows, group_rows = [], [], [], []
    r = header_rows
    note_no = rng.randint(3, 6)

    def figure(v: float) -> str:
        if abs(v) < 0.5:
            return rng.choice(DASHES[:2])
        text = format_number(abs(round(v)), "en")
        return f"({text})" if v < 0 else text

    def values_row(label: str, level: int, vals: list[float], note: str = "", bold: bool = False) -> None:
        nonlocal r
        cells.append((r, 0, 1, 1, label))
        indents[r] = level
        if notes_col and note:
            cells.append((r, 1, 1, 1, note))
        for i, v in enumerate(vals):
            cells.append((r, v0 + i, 1, 1, figure(v)))
        if bold:
            total_rows.append(r)
        r += 1

    def head_row(label: str, level: int) -> None:
        nonlocal r
        cells.append((r, 0, 1, 1, label))
        indents[r] = level
        group_rows.append(r)
        r += 1

    grand_totals = []
    for top, subs in STATEMENT_PARTS[kind]:
        top_sum = [0.0] * n_vals
        if depth == 3:
            head_row(top.title() if rng.random() < 0.5 else top, 0)
        for sub, items in subs:
            head_row(sub, depth - 2)
            sub_sum = [0.0] * n_vals
            for item in rng.sample(items, rng.randint(2, len(items))):
                vals = []
                for _ in range(n_vals):
                    roll = rng.random()
                    v = 0.0 if roll < 0.08 else rng.uniform(50, 90000) * (-1 if roll > 0.9 else 1)
                    vals.append(round(v))
                note = ""
                if rng.random() < 0.5:
                    note = str(note_no) if rng.random() < 0.7 else f"{note_no}.{rng.randint(1, 4)}"
                    note_no += 1
                values_row(item, depth - 1, vals, note)
                sub_sum = [a + b for a, b in zip(sub_sum, vals)]
            sum_rules.append(r)
            values_row("Total " + sub[0].lower() + sub[1:], depth - 2, sub_sum, bold=rng.random() < 0.5)
            top_sum = [a + b for a, b in zip(top_sum, sub_sum)]
        if depth == 3:
            sum_rules.append(r)
            values_row("TOTAL " + top.upper(), 0, top_sum, bold=True)
        grand_totals.append(top_sum)
    last = ("NET ASSETS" if kind == "position" else "SURPLUS/(DEFICIT) FOR THE YEAR")
    sum_rules.append(r)
    double_rules.append(r)
    values_row(last if rng.random() < 0.5 else last.capitalize(), 0,
               [a - b for a, b in zip(grand_totals[0], grand_totals[1])], bold=True)
    st = dict(style)
    st.update(indents=indents, indent_em=rng.choice([0.8, 1.0, 1.5, 2.0]), sum_rules=sum_rules,
              double_rules=double_rules, head_break=bool(cur))
    kinds = ["label"] + (["note"] if notes_col else []) + ["num"] * n_vals
    return GenTable(cells=[c for c in cells if c[4] != "" or c[1] == 0], n_rows=r, n_cols=n_cols,
                    header_rows=header_rows, kinds=kinds, style=st, group_rows=group_rows, total_rows=total_rows)


def fam_statement(rng):
    leaders = rng.random() < 0.35
    t = make_statement(rng, style=_base_style(rng, rules=rng.choice(["none", "none", "headrule", "booktabs"]),
                                              leaders=leaders, header_bold=True,
                                              pad=rng.choice([0.3, 0.45, 0.6]), leading=rng.choice([1.15, 1.25, 1.4])))
    title = rng.choice(["Statement of financial position as at 31 December {y}",
                        "Statement of financial performance for the year ended 31 December {y}",
                        "Statement I. Financial position", "Consolidated statement of revenue and expenses"])
    return [[Block("heading", text=title.format(y=rng.randint(2019, 2026))), t_block(t), _source(rng)]]


SEXES = [("Male", "Female"), ("Men", "Women"), ("Boys", "Girls"), ("M", "F")]


def make_rowspan(rng: random.Random, *, style: dict, by_sex: bool | None = None) -> GenTable:
    """Labels over several rows: a region (or sector) beside its countries, sometimes a country beside
    its two rows by sex; the label is one cell spanning its rows. Where no rule shows that extent
    (no rules, booktabs) the label is printed on its first row and that is its truth (``truth``)."""
    by_sex = rng.random() < 0.35 if by_sex is None else by_sex
    n_vals = rng.randint(2, 4)
    heads = [rng.choice(["Region", "Sector", "Programme", "Area"]), rng.choice(["Country", "Location", "Office"])]
    if by_sex:
        heads.append(rng.choice(["Sex", "Group", ""]))
    n_lab = len(heads)
    vals_heads = _num_columns(rng, n_vals, "en")
    cells = [(0, i, 1, 1, h) for i, h in enumerate(heads)] + [(0, n_lab + i, 1, 1, h) for i, h in enumerate(vals_heads)]
    pool = list(COUNTRIES)
    rng.shuffle(pool)
    groups = rng.sample(REGIONS[:8] if heads[0] in ("Region", "Area") else SECTORS, rng.randint(2, 4))
    sexes = rng.choice(SEXES)
    r = 1
    for g in groups:
        k = rng.randint(1, 3) if by_sex else rng.randint(2, 4)
        per = 2 if by_sex else 1
        cells.append((r, 0, k * per, 1, g))
        for _ in range(k):
            country = pool.pop()
            if by_sex:
                cells.append((r, 1, 2, 1, country))
                for s in sexes:
                    cells.append((r, 2, 1, 1, s))
                    for i in range(n_vals):
                        cells.append((r, n_lab + i, 1, 1, format_number(rng.uniform(100, 90000), "en")))
                    r += 1
            else:
                cells.append((r, 1, 1, 1, country))
                for i in range(n_vals):
                    cells.append((r, n_lab + i, 1, 1, format_number(rng.uniform(100, 900000), "en")))
                r += 1
    st = dict(style)
    st["spans"] = True
    return GenTable(cells=[c for c in cells if c[4] != "" or c[1] == 0], n_rows=r, n_cols=n_lab + n_vals,
                    header_rows=1, kinds=["label"] * n_lab + ["num"] * n_vals, style=st)


def fam_rowspan(rng):
    rules = rng.choice(["grid", "hgrid", "hgrid", "none", "booktabs"])
    valign = "top" if rules in ("none", "booktabs") else rng.choice(["top", "middle"])
    t = make_rowspan(rng, style=_base_style(rng, rules=rules, valign=valign))
    return [[_caption(rng), t_block(t), _source(rng)]]


def fam_continued(rng):
    """A table continued on the next page: its caption repeated with "(continued)", the header
    repeated, a group cut by the page break repeated with "(continued)", and a line under the first
    part saying the table goes on."""
    n = rng.randint(12, 18)
    style = _base_style(rng, rules=rng.choice(["none", "hrules", "grid", "booktabs", "headrule"]))
    full = make_table(rng, n_rows=n, n_vals=rng.randint(2, 5), groups=rng.choice([0, 2, 3]),
                      totals=rng.random() < 0.6, style=style)
    body = [r for r in range(full.header_rows + 3, full.n_rows - 2) if r not in full.group_rows]
    cut = rng.choice(body)
    head = [c for c in full.cells if c[0] < full.header_rows]
    a = [c for c in full.cells if c[0] < cut]
    shift = cut - full.header_rows
    b = list(head)
    groups_b = [g - shift for g in full.group_rows if g >= cut]
    open_group = [g for g in full.group_rows if g < cut]
    if open_group and cut not in full.group_rows:
        # the group the break cuts is named again over its rest
        name = next(c[4] for c in full.cells if c[0] == open_group[-1])
        b.append((full.header_rows, 0, 1, full.n_cols, name + rng.choice([" (continued)", " (cont.)", " (cont'd)"])))
        shift -= 1
        groups_b = [full.header_rows] + [g - shift for g in full.group_rows if g >= cut]
    b += [(r - shift, c, rs, cs, t) for r, c, rs, cs, t in full.cells if r >= cut]
    n_b = full.n_rows - shift
    ta = GenTable(a, cut, full.n_cols, full.header_rows, full.kinds, style,
                  group_rows=[g for g in full.group_rows if g < cut], total_rows=[])
    tb = GenTable(b, n_b, full.n_cols, full.header_rows, full.kinds, style, group_rows=groups_b,
                  total_rows=[r - shift for r in full.total_rows if r >= cut])
    cap = rng.choice(CAPTIONS).format(n=rng.randint(1, 30), y=rng.randint(2018, 2026))
    more = rng.choice(["Continued on next page", "(continued on next page)", "Table continues", "(cont.)"])
    page1 = [_prose(rng, rng.randint(60, 140)), Block("caption", text=cap), t_block(ta), Block("note", text=more)]
    page2 = [Block("caption", text=cap + rng.choice([" (continued)", " (cont.)", " – continued"])), t_block(tb),
             _source(rng)]
    return [page1, page2]


def make_stacked(rng: random.Random, *, style: dict, kind: str | None = None) -> GenTable:
    """Value cells of two lines: a count over its share or change in brackets ("12,345" over
    "(56%)"), the labels on one line; each row is one row of the table."""
    n_vals = rng.randint(2, 4)
    heads = _num_columns(rng, n_vals, "en")
    lab_head = rng.choice(LABEL_HEADS)
    cells = [(0, 0, 1, 1, lab_head)] + [(0, 1 + i, 1, 1, h) for i, h in enumerate(heads)]
    kind = rng.choice(["pct", "change", "of"]) if kind is None else kind
    labels = rng.sample([c for c in COUNTRIES + SECTORS if len(c) < 22], rng.randint(3, 8))
    for r, lab in enumerate(labels, 1):
        cells.append((r, 0, 1, 1, lab))
        for i in range(n_vals):
            v = format_number(rng.uniform(100, 900000), "en")
            if kind == "pct":
                extra = f"({rng.randint(1, 99)}%)"
            elif kind == "change":
                extra = f"({rng.choice(['+', '-'])}{rng.uniform(0, 40):.1f}%)"
            else:
                extra = f"(of which {format_number(rng.uniform(10, 9000), 'en')})"
            cells.append((r, 1 + i, 1, 1, f"{v} {extra}"))
    st = dict(style)
    st["two_line"] = True
    return GenTable(cells=cells, n_rows=len(labels) + 1, n_cols=n_vals + 1, header_rows=1,
                    kinds=["label"] + ["num"] * n_vals, style=st)


def fam_stacked(rng):
    t = make_stacked(rng, style=_base_style(rng, rules=rng.choice(["none", "none", "hrules", "grid", "booktabs"]),
                                            zebra=rng.random() < 0.3, valign=rng.choice(["top", "middle"])))
    return [[_title(rng), t_block(t), _prose(rng, 30)]]


# ---- generator 7: tables in a page's furniture (running head and foot, captions, source and
# numbered footnotes in small type, lists with figures, key-figure call-outs and bar charts beside
# the table, accounting rules under the figures only, a units row under the header)

RUN_TITLES = ["Humanitarian Response Plan {y}", "Regional Refugee and Migrant Response Plan {y}",
              "Flash Appeal | {c}", "IOM Global Appeal {y}", "Situation report No. {n}", "Annual report {y}"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
FOOTNOTES = ["Includes pledges not yet received.", "Figures as of {d}; provisional.",
             "Excludes in-kind contributions.", "Estimate based on the {y} population projections.",
             "Partners reporting through the cluster system only.", "Totals may not add up due to rounding.",
             "Revised requirement after the mid-year review.", "Data for {y} are not yet available."]
UNITS = ["(USD million)", "(USD)", "(US$ thousands)", "(people)", "(in thousands)", "(%)"]
PEOPLE_PHRASES = ["people in need", "people targeted", "people reached", "internally displaced persons",
                  "refugees and migrants", "children in need of protection", "returnees", "host community members"]
LIST_PHRASES = ["people in need of humanitarian assistance", "required to reach {p} people",
                "internally displaced persons in {c}", "children out of school", "partners in {n} districts",
                "funded as of {d}", "people reached with water, sanitation and hygiene services",
                "households received cash assistance"]


def _date(rng) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTH_NAMES)} {rng.randint(2019, 2026)}"


def _big_figure(rng) -> str:
    roll = rng.random()
    if roll < 0.4:
        return f"{rng.uniform(1, 9.9):.1f} million"
    if roll < 0.7:
        return format_number(rng.randint(1000, 990000), "en")
    if roll < 0.85:
        return f"USD {rng.uniform(5, 900):.1f} million"
    return f"{rng.randint(5, 95)}%"


def _runhead(rng) -> Block:
    """A running head: the document's title at the left, a date or section at the right (small type,
    sometimes a rule under it); drawn at the top margin, outside the flow."""
    title = rng.choice(RUN_TITLES).format(y=rng.randint(2019, 2027), c=rng.choice(COUNTRIES), n=rng.randint(3, 60))
    right = rng.choice([_date(rng), f"{rng.choice(MONTH_NAMES)} {rng.randint(2019, 2026)}",
                        rng.choice(SECTORS), f"Page {rng.randint(2, 80)}"])
    return Block("runhead", text=title, label=right, justify=rng.random() < 0.5)


def _runfoot(rng) -> Block:
    """A running foot: a page number (alone, or beside a short title or a date) at the bottom margin."""
    n = rng.randint(2, 120)
    left = rng.choice(["", "", rng.choice(RUN_TITLES).format(y=rng.randint(2019, 2027), c=rng.choice(COUNTRIES),
                                                             n=rng.randint(3, 60)), _date(rng)])
    right = rng.choice([str(n), f"Page {n}", f"{n} | {rng.choice(['IOM', 'OCHA', 'UNHCR', 'WFP'])}",
                        f"- {n} -", f"Page {n} of {n + rng.randint(0, 40)}"])
    return Block("runfoot", text=left, label=right)


def _footnote_block(rng) -> Block:
    """Numbered footnotes in small type under a table's source line: "1 Includes ...", "2 ..."."""
    style = rng.choice(["{i}", "{i}.", "({i})", "{s}"])
    sup = "¹²³⁴⁵"
    lines = []
    for i, fn in enumerate(rng.sample(FOOTNOTES, rng.randint(1, 4)), 1):
        mark = style.format(i=i, s=sup[i - 1])
        lines.append(f"{mark} " + fn.format(d=_date(rng), y=rng.randint(2019, 2026)))
    return Block("footnotes", text="\n".join(lines))


def _list_blocks(rng) -> list[Block]:
    """A bullet or numbered list whose items lead with figures ("1.2 million people in need ...")."""
    kind = rng.choice(["•", "•", "–", "num"])
    out = []
    for i in range(rng.randint(2, 4)):
        phrase = rng.choice(LIST_PHRASES).format(p=format_number(rng.randint(1000, 900000), "en"),
                                                 c=rng.choice(COUNTRIES), n=rng.randint(3, 40), d=_date(rng))
        text = f"{_big_figure(rng)} {phrase}" + (f"; {_words(rng, rng.randint(3, 12))}" if rng.random() < 0.4 else "")
        out.append(Block("para", text=text + ".", label=f"{i + 1}." if kind == "num" else kind, justify=False))
    return out


def _callout(rng) -> Block:
    """A key figure set large over its caption ("1.2 million" / "people in need"): no table."""
    return Block("callout", text=_big_figure(rng), label=rng.choice(PEOPLE_PHRASES + ["required (USD)", "funded"]))


def _chart(rng) -> Block:
    """A small bar chart: a title, value ticks on the left axis, a bar per category with its data label
    over it and its category label under it: no table."""
    cats = rng.sample(rng.choice([[c for c in COUNTRIES if len(c) < 10], [s for s in SECTORS if len(s) < 12],
                                  MONTHS, [str(y) for y in range(2016, 2027)]]), rng.randint(3, 6))
    top = rng.choice([10, 50, 100, 200, 500, 1000])
    pairs = [(c, str(rng.randint(max(1, top // 10), top))) for c in cats]
    title = rng.choice(["Funding received (USD million)", "People reached by month", "Requirements by sector",
                        "Returns per year (thousands)", "Coverage by country"])
    return Block("chart", text=title, pairs=pairs, label=str(top))


def _units_row(t: GenTable, rng) -> GenTable:
    """A header row of units under the column headings ("(USD million)" under each value column)."""
    unit = rng.choice(UNITS)
    h = t.header_rows
    cells = [(r + (1 if r >= h else 0), c, rs, cs, x) for r, c, rs, cs, x in t.cells]
    cells += [(h, i, 1, 1, unit) for i, k in enumerate(t.kinds) if k == "num"]
    st = dict(t.style)
    # the rows an accounting style names (rules over subtotals, indents) move down with their rows
    for key in ("sum_rules", "double_rules"):
        if key in st:
            st[key] = [r + 1 for r in st[key]]
    if "indents" in st:
        st["indents"] = {r + 1: v for r, v in st["indents"].items()}
    # read into the headings over it in the truth (no drawing reads this key)
    st["units_row"] = h
    return GenTable(cells=sorted(cells), n_rows=t.n_rows + 1, n_cols=t.n_cols, header_rows=h + 1, kinds=t.kinds,
                    style=st, group_rows=[g + 1 for g in t.group_rows], total_rows=[g + 1 for g in t.total_rows],
                    title=t.title)


def _units_into_headings(cells: list[list], u: int | None) -> list[list] | None:
    """The truth of a units row (row ``u``, "(USD million)" under each value column): each unit is
    the last line of the heading over it ("Received (USD million)"), as generator 6 reads a currency
    under a year heading; a reader cannot tell a row of units from a heading's second line by its
    spacing, and the column is read in that unit either way. None when there is no units row or a
    unit has no heading of its own column right above it (the row then stays a header row)."""
    if u is None:
        return None
    over = {c: cell for cell in cells for c in range(cell[1], cell[1] + cell[3])
            if cell[0] + cell[2] == u and cell[3] == 1}
    units = [cell for cell in cells if cell[0] == u]
    if not units or any(cell[3] != 1 or cell[1] not in over for cell in units):
        return None
    out = []
    for r, c, rs, cs, t in cells:
        if r == u:
            continue
        if r < u:
            unit = next((x[4] for x in units if x[1] == c and cs == 1 and r + rs == u), "")
            out.append([r, c, rs - (1 if r + rs > u else 0), cs, " ".join(x for x in (t, unit) if x)])
        else:
            out.append([r - 1, c, rs, cs, t])
    return out


def _context_table(rng, *, small: bool = False) -> GenTable:
    """A table as appeals print them: plain, with a units row, or in accounting style (groups, their
    subtotals and a total; a single rule over each subtotal's figures and a double rule under the
    total, spanning only the number columns; labels indented under their group, leader dots)."""
    kind = rng.choice(["plain", "units", "accounting", "accounting"])
    n_vals = rng.randint(1, 2) if small else rng.randint(2, 4)
    labels = [c for c in COUNTRIES + SECTORS if len(c) < (14 if small else 24)]
    style = _base_style(rng, rules=rng.choice(["none", "none", "headrule", "booktabs", "hrules"] if kind != "accounting"
                                              else ["none", "none", "headrule"]),
                        pad=rng.choice([0.3, 0.45, 0.6]))
    if kind == "accounting":
        t = make_table(rng, n_rows=rng.randint(3, 5) if small else rng.randint(4, 8), n_vals=n_vals,
                       labels=labels, groups=rng.choice([2, 3]), subtotals=True, totals=True,
                       magnitude=rng.choice([4, 5, 6]), notes=rng.choice([0.0, 0.2]), style=style)
        last = t.total_rows[-1]
        t.style.update(sum_rules=list(t.total_rows), double_rules=[last], indent_em=rng.choice([1.0, 1.5]),
                       indents={r: (0 if r in t.group_rows or r == last else 1) for r in range(t.header_rows, t.n_rows)},
                       leaders=rng.random() < 0.4)
    else:
        t = make_table(rng, n_rows=rng.randint(3, 6) if small else rng.randint(4, 9), n_vals=n_vals, labels=labels,
                       totals=rng.random() < 0.5, magnitude=rng.choice([3, 4, 5, 6]), notes=rng.choice([0.0, 0.25]),
                       style=style)
    if kind == "units" or (kind == "accounting" and rng.random() < 0.4):
        t = _units_row(t, rng)
    return t


def _furnish(rng, blocks: list[Block]) -> list[Block]:
    """The page's running head and foot around its blocks (most pages have them)."""
    head = [_runhead(rng)] if rng.random() < 0.8 else []
    foot = [_runfoot(rng)] if rng.random() < 0.85 else []
    return head + blocks + foot


def fam_context(rng):
    """A table between its caption and its source line and numbered footnotes in small type, running
    text above or below, a running head and foot."""
    blocks = [_prose(rng, rng.randint(30, 80))] if rng.random() < 0.5 else []
    blocks += [_caption(rng), t_block(_context_table(rng)), _source(rng)]
    if rng.random() < 0.75:
        blocks.append(_footnote_block(rng))
    if rng.random() < 0.4:
        blocks.append(_prose(rng, rng.randint(25, 60)))
    return [_furnish(rng, blocks)]


def fam_callout(rng):
    """A table beside key-figure call-outs or a small bar chart (or a chart above the table): figures
    and labels set near the table that are no part of it."""
    t = t_block(_context_table(rng, small=True))
    roll = rng.random()
    if roll < 0.4:
        side = Block("stack", children=[_callout(rng) for _ in range(rng.randint(1, 3))])
        kids = [side, t] if rng.random() < 0.5 else [t, side]
        body = [Block("row", children=kids, gap=rng.choice([14.0, 20.0, 28.0]))]
    elif roll < 0.75:
        kids = [_chart(rng), t] if rng.random() < 0.5 else [t, _chart(rng)]
        body = [Block("row", children=kids, gap=rng.choice([14.0, 20.0, 28.0]))]
    else:
        body = [_chart(rng), _caption(rng), t]
    blocks = [Block("heading", text=_words(rng, rng.randint(3, 6)).capitalize()), *body]
    if rng.random() < 0.6:
        blocks.append(_source(rng))
    if rng.random() < 0.5:
        blocks.append(_prose(rng, rng.randint(25, 60)))
    return [_furnish(rng, blocks)]


def fam_lists(rng):
    """Bullet or numbered lists of figures above and below a table, a lead sentence or caption."""
    blocks = [Block("heading", text=_words(rng, rng.randint(3, 6)).capitalize()), *_list_blocks(rng)]
    blocks.append(rng.choice([_caption(rng), Block("sentence", text=_words(rng, rng.randint(6, 14)) + ":")]))
    blocks.append(t_block(_context_table(rng)))
    if rng.random() < 0.6:
        blocks += _list_blocks(rng)
    elif rng.random() < 0.5:
        blocks.append(_prose(rng, rng.randint(20, 50)))
    return [_furnish(rng, blocks)]


# ---- generator 8: layouts of appeals and annual reports the earlier families do not draw


def short_figure(v: float) -> str:
    """A figure as dashboards print it: "1.2M", "450K", "12.5K", "980" (one decimal under 10 of a unit)."""
    a = abs(v)
    for div, unit in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if a >= div:
            x = v / div
            return (f"{x:.1f}" if round(abs(x), 1) < 10 else f"{x:.0f}") + unit
    return f"{v:.0f}"


def _shorten(t: GenTable) -> GenTable:
    """The body figures of ``t`` (not its percentages) printed short: "1,234,567" -> "1.2M"."""
    out = []
    for r, c, rs, cs, text in t.cells:
        if r >= t.header_rows and t.kinds[c] == "num" and text and not text.endswith("%"):
            try:
                text = short_figure(float(text.replace(",", "")))
            except ValueError:
                pass
        out.append((r, c, rs, cs, text))
    t.cells = out
    return t


def _pct_table(rng, *, small: bool = False, short: bool | None = None) -> GenTable:
    """A table whose last column is a percentage ("% funded", "Coverage"): the column data bars are
    drawn in. Figures sometimes short ("1.2M", "450K")."""
    labels = [c for c in COUNTRIES + SECTORS if len(c) < (14 if small else 22)]
    n_vals = rng.randint(1, 2) if small else rng.randint(1, 3)
    t = make_table(rng, n_rows=rng.randint(3, 6) if small else rng.randint(4, 9), n_vals=n_vals + 1,
                   labels=labels, percent_col=True, magnitude=rng.choice([4, 5, 6, 7]),
                   totals=rng.random() < 0.4,
                   style=_base_style(rng, rules=rng.choice(["none", "none", "headrule", "hrules", "booktabs"]),
                                     pad=rng.choice([0.3, 0.45, 0.6])))
    if short if short is not None else rng.random() < 0.5:
        _shorten(t)
    return t


def _hchart(rng) -> Block:
    """A horizontal bar chart: a category label at the left of each bar, the bar, its value at the
    bar's end (``pairs``: label, value; ``label``: the scale's top); no axis labels."""
    cats = rng.sample(rng.choice([[c for c in COUNTRIES if len(c) < 16], [s for s in SECTORS if len(s) < 20]]),
                      rng.randint(3, 7))
    top = rng.choice([100, 1000, 5000, 1_000_000, 20_000_000])
    vals = sorted((rng.randint(top // 20, top) for _ in cats), reverse=rng.random() < 0.7)
    short = top >= 1_000_000 or rng.random() < 0.3
    pairs = [(c, short_figure(v) if short else (f"{v}%" if top == 100 else format_number(v, "en")))
             for c, v in zip(cats, vals)]
    title = rng.choice(["Funding received by country", "People reached by sector", "Requirements (USD)",
                        "Top recipients", "Coverage (%)", "Caseload by location"])
    # the bars' lengths ride on the values' order: kept as fractions of the top in ``gap``-free text
    return Block("hchart", text=title, pairs=pairs, label=",".join(f"{v / top:.3f}" for v in vals))


def fam_databars(rng):
    """A table with data bars drawn in its percentage column (a filled bar from the cell's left, the
    figure at the bar's end or at the cell's right), sometimes with a horizontal bar chart beside or
    under it (labels left, bars, values at the bars' ends): the chart is no table."""
    t = _pct_table(rng, small=rng.random() < 0.4)
    t.style.update(databars=t.n_cols - 1, bar_end=rng.random() < 0.5, bar_em=rng.choice([4.0, 6.0, 8.0]))
    roll = rng.random()
    blocks = [_caption(rng)]
    if roll < 0.35:
        kids = [t_block(t), _hchart(rng)] if rng.random() < 0.5 else [_hchart(rng), t_block(t)]
        blocks.append(Block("columns", children=kids, gap=rng.choice([14.0, 20.0, 28.0])))
    elif roll < 0.65:
        blocks += [t_block(t), _hchart(rng)]
    else:
        blocks.append(t_block(t))
    if rng.random() < 0.5:
        blocks.append(_source(rng))
    if rng.random() < 0.5:
        blocks.append(_prose(rng, rng.randint(20, 50)))
    return [_furnish(rng, blocks)]


def make_indented(rng: random.Random, *, style: dict, short: bool = False) -> GenTable:
    """Sectors and their sub-sectors (and sometimes a third level) with figures on every row; the
    hierarchy shown by indentation only: no bold parent row, no rule, no group row across the table
    (each parent's figures are the sums of its children's)."""
    n_vals = rng.randint(1, 4)
    heads = _num_columns(rng, n_vals, "en")
    cells = [(0, 0, 1, 1, rng.choice(["Sector", "Sector / sub-sector", "Programme", "Region", ""]))]
    cells += [(0, 1 + i, 1, 1, h) for i, h in enumerate(heads)]
    mag = rng.choice([4, 5, 6, 7])
    fmt = (lambda v: short_figure(v)) if short else (lambda v: format_number(v, "en"))
    rows: list[tuple[int, str, list[float]]] = []  # (level, label, values)

    def node(level: int, label: str, depth: int) -> list[float]:
        at = len(rows)
        rows.append((level, label, []))
        if level < depth:
            kids = rng.sample([a for a in ACTIVITIES + COUNTRIES if len(a) < 20], rng.randint(2, 3))
            vals = [0.0] * n_vals
            for k in kids:
                vals = [a + b for a, b in zip(vals, node(level + 1, k, depth))]
        else:
            vals = [float(rng.randint(10 ** (mag - 2), 10 ** mag)) for _ in range(n_vals)]
        rows[at] = (level, label, vals)
        return vals

    depth = 2 if rng.random() < 0.3 else 1
    for sec in rng.sample(SECTORS, rng.randint(2, 3) if depth == 1 else 2):
        node(0, sec, depth)
    indents = {}
    for i, (level, label, vals) in enumerate(rows):
        r = 1 + i
        cells.append((r, 0, 1, 1, label))
        cells += [(r, 1 + j, 1, 1, fmt(v)) for j, v in enumerate(vals)]
        indents[r] = level
    st = dict(style, indents=indents, indent_em=rng.choice([1.0, 1.5, 2.0]))
    return GenTable(cells=[c for c in cells if c[4] or c[1] == 0], n_rows=1 + len(rows), n_cols=1 + n_vals,
                    header_rows=1, kinds=["label"] + ["num"] * n_vals, style=st)


def fam_indented(rng):
    """A budget or results table whose hierarchy (sector -> sub-sector -> location) is shown by the
    labels' indentation only, every row with its figures."""
    style = _base_style(rng, rules=rng.choice(["none", "none", "headrule", "booktabs"]), header_bold=rng.random() < 0.5,
                        pad=rng.choice([0.3, 0.45, 0.6]), leading=rng.choice([1.15, 1.25, 1.4]))
    t = make_indented(rng, style=style, short=rng.random() < 0.3)
    blocks = [_caption(rng), t_block(t)]
    if rng.random() < 0.5:
        blocks.append(_source(rng))
    if rng.random() < 0.5:
        blocks.insert(0, _prose(rng, rng.randint(20, 60)))
    return [_furnish(rng, blocks)]


#: header bands: (fill, text) colours
BANDS = [("#1f3864", "#ffffff"), ("#0b5394", "#ffffff"), ("#333333", "#ffffff"), ("#006d5b", "#ffffff"),
         ("#7f1d1d", "#ffffff"), ("#4a4a8a", "#ffffff")]


def fam_darkhead(rng):
    """A header band of white text on a dark fill over body rows on white (no rules, thin rules
    between rows, or a zebra tint); sometimes a matrix of check marks, figures sometimes short."""
    band = rng.choice(BANDS)
    kw = dict(rules=rng.choice(["none", "none", "hrules"]), zebra=rng.random() < 0.3, head_fill=band,
              header_bold=rng.random() < 0.8, pad=rng.choice([0.3, 0.45, 0.6]))
    if rng.random() < 0.3:
        t = make_matrix(rng, n_rows=rng.randint(4, 8), n_marks=rng.randint(3, 6), empty_cols=rng.choice([0, 0, 1]),
                        style=_base_style(rng, **kw))
        t.cells = [(r, c, rs, cs, "✓" if text in ("X", "x", "●") and rng.random() < 0.7 else text)
                   for r, c, rs, cs, text in t.cells]
    else:
        t = make_table(rng, n_rows=rng.randint(4, 9), n_vals=rng.randint(2, 4), magnitude=rng.choice([4, 5, 6, 7]),
                       labels=[c for c in COUNTRIES + SECTORS if len(c) < 24], totals=rng.random() < 0.5,
                       percent_col=rng.random() < 0.3, style=_base_style(rng, **kw))
        if rng.random() < 0.4:
            _shorten(t)
    blocks = [_caption(rng) if rng.random() < 0.6 else _title(rng), t_block(t)]
    if rng.random() < 0.5:
        blocks.append(_source(rng))
    if rng.random() < 0.5:
        blocks.append(_prose(rng, rng.randint(25, 60)))
    return [_furnish(rng, blocks)]


#: panel tints (fill, border or "")
TINTS = [("#eef3f8", ""), ("#f3efe6", "#b9a77f"), ("#e8f4ee", ""), ("#f1f1f1", "#999999"), ("#fdf0e6", "#e08a3c")]


def fam_sidepanel(rng):
    """A small table boxed in a rounded, tinted side panel (its title inside the box) beside running
    text; the box drawn as a filled rounded rectangle, sometimes with a border."""
    t = _pct_table(rng, small=True) if rng.random() < 0.4 else _panel_table(rng)
    if rng.random() < 0.4:
        _shorten(t)
    panel = Block("panel", children=[Block("heading", text=rng.choice(
        ["Key figures", "Funding at a glance", "People reached", "By sector", "Requirements (USD)", "Coverage"])),
        t_block(t)], label="|".join(rng.choice(TINTS)), gap=rng.choice([6.0, 8.0, 12.0]))
    text = Block("stack", children=[_prose(rng, rng.randint(60, 140)), _prose(rng, rng.randint(30, 80))])
    kids = [text, panel] if rng.random() < 0.6 else [panel, text]
    blocks = [Block("heading", text=_words(rng, rng.randint(3, 6)).capitalize()),
              Block("columns", children=kids, gap=rng.choice([12.0, 16.0, 22.0]))]
    if rng.random() < 0.5:
        blocks.append(_prose(rng, rng.randint(25, 60)))
    return [_furnish(rng, blocks)]


# ---- generator 9: layouts of appeals, workplans and statistical annexes the earlier families do not draw

#: leader styles: the repeated unit drawn from the label to the figures ("dotted": a dotted border in
#: HTML, drawn as rule dots rather than text)
LEADERS = [". ", ".", "·", "…", "_"]
PARTIES = ["IOM", "UNHCR", "WFP", "UNICEF", "WHO", "Ministry of Health", "Ministry of Interior", "Partners",
           "IOM / UNHCR", "Local authorities", "NGO partners", "Government", "UNFPA", "Red Cross"]
WORKPLAN_ACTS = ["Training of border officials", "Needs assessment in return areas", "Distribution of hygiene kits",
                 "Rehabilitation of water points", "Community consultations", "Mid-term review",
                 "Procurement of supplies", "Recruitment of staff", "Referral pathway mapping",
                 "Data collection and analysis", "Awareness campaign", "Final evaluation",
                 "Shelter repairs", "Cash distribution rounds", "Monitoring visits"]
BULLET_ITEMS = ["Distribute hygiene kits", "Train community health workers", "Rehabilitate water points",
                "Provide cash assistance to vulnerable households", "Support referral of survivors",
                "Repair shelters damaged by floods", "Run mobile clinics in remote areas",
                "Register new arrivals", "Strengthen local coordination", "Provide legal counselling",
                "Deliver psychosocial support sessions", "Pre-position emergency stocks",
                "Map service providers", "Support voluntary returns", "Monitor protection incidents"]
KEY_HEADS = ["People in need", "People targeted", "Requirements (US$)", "Funding received", "Coverage",
             "Partners", "Operational presence", "Internally displaced", "Returnees", "Funding gap (US$)"]


def fam_leaders(rng):
    """A budget list set like a table of contents: each label followed by dot leaders (tight or
    spaced dots, middle dots, ellipses, underscores; in HTML sometimes a dotted line) up to one to
    three columns of figures; headings over the figures only, group headings without figures, a
    total; no rules."""
    groups = rng.choice([0, 0, 2, 3])
    t = make_table(rng, n_rows=rng.randint(4, 12), n_vals=rng.randint(1, 3), magnitude=rng.choice([4, 5, 6, 7]),
                   labels=[c for c in SECTORS + COUNTRIES if len(c) < 30], groups=groups,
                   totals=rng.random() < 0.6, label_head=rng.random() < 0.3, decimals=rng.choice([0, 0, 1]),
                   style=_base_style(rng, rules="none", header_bold=rng.random() < 0.6,
                                     pad=rng.choice([0.3, 0.45, 0.6]), leading=rng.choice([1.25, 1.4, 1.6])))
    t.style.update(leaders=True, leader=rng.choice(LEADERS + ["dotted"]), label_em=rng.choice([18.0, 24.0, 30.0]),
                   natural=True)
    if groups:
        t.style.update(indents={r: (0 if r in t.group_rows else 1) for r in range(t.header_rows, t.n_rows)},
                       indent_em=rng.choice([1.0, 1.5]))
    title = _caption(rng) if rng.random() < 0.5 else Block("heading", text=_words(rng, rng.randint(3, 6)).capitalize())
    return _framed(rng, title, t, source=0.5, prose=0.5)


def make_workplan(rng: random.Random, *, style: dict) -> GenTable:
    """A workplan: activities down, months or quarters across (sometimes years over the quarters),
    a responsible-party column beside the activities or after the periods; the periods of each
    activity marked as shaded cells, "X" marks, or both; a period may have no activity at all."""
    kind = rng.choice(["months", "quarters", "years_quarters"])
    if kind == "months":
        start = rng.randrange(12)
        periods = [(MONTHS * 2)[start + i] for i in range(rng.choice([6, 9, 12]))]
    else:
        periods = ["Q1", "Q2", "Q3", "Q4"] * (2 if kind == "years_quarters" else 1)
    n_p = len(periods)
    party_last = rng.random() < 0.35
    numbered = rng.random() < 0.5
    acts = rng.sample(WORKPLAN_ACTS, rng.randint(4, 9))
    p0 = 1 if party_last else 2  # first period column
    n_cols = 2 + n_p
    party_col = n_cols - 1 if party_last else 1
    h = 2 if kind == "years_quarters" else 1
    lab = rng.choice(["Activity", "Activities", "Output / activity"])
    part = rng.choice(["Responsible", "Lead", "Responsible party", "Partner"])
    cells = [(0, 0, h, 1, lab), (0, party_col, h, 1, part)]
    if kind == "years_quarters":
        y = rng.randint(2024, 2027)
        cells += [(0, p0, 1, 4, str(y)), (0, p0 + 4, 1, 4, str(y + 1))]
    cells += [(h - 1, p0 + i, 1, 1, p) for i, p in enumerate(periods)]
    marks = rng.choice(["shade", "shade", "X", "shadeX"])
    mark = rng.choice(["X", "x", "✓", "●"]) if marks != "shade" else ""
    shaded = []
    for i, a in enumerate(acts):
        r = h + i
        cells.append((r, 0, 1, 1, f"{i + 1}. {a}" if numbered else a))
        cells.append((r, party_col, 1, 1, rng.choice(PARTIES)))
        a0 = rng.randrange(n_p)
        a1 = min(n_p, a0 + rng.randint(1, max(1, n_p // 2)))
        for p in range(a0, a1):
            if marks != "X":
                shaded.append([r, p0 + p])
            if mark:
                cells.append((r, p0 + p, 1, 1, mark))
    st = dict(style, shaded=shaded, shade=rng.choice(["#9fc5e8", "#b6d7a8", "#cccccc", "#f9cb9c", "#6d9eeb"]))
    st["spans"] = kind == "years_quarters"
    kinds = ["label"] * n_cols
    for i in range(n_p):
        kinds[p0 + i] = "mark"
    return GenTable(cells=cells, n_rows=h + len(acts), n_cols=n_cols, header_rows=h, kinds=kinds, style=st)


def fam_workplan(rng):
    """A workplan or Gantt-like schedule (activities x months or quarters) with marks as shaded cells
    or "X", a responsible-party column."""
    t = make_workplan(rng, style=_base_style(rng, rules=rng.choice(["grid", "grid", "hrules", "none"]),
                                             pad=rng.choice([0.2, 0.3, 0.45]), align_num="center"))
    return _framed(rng, _caption(rng) if rng.random() < 0.5 else Block("heading", text=rng.choice(
        ["Workplan", "Implementation timeline", "Indicative workplan", "Calendrier des activités"])), t, source=0.5)


def make_halves(rng: random.Random, *, style: dict) -> GenTable:
    """A statistical annex habit: a long two- or three-column list set in two halves side by side
    on the same rows (Country | Value | Country | Value), the header repeated over each half; read
    as the one grid it is drawn as."""
    n_vals = rng.choice([1, 1, 2])
    n = rng.randint(8, 22)
    labels = sorted(rng.sample([c for c in COUNTRIES if len(c) < 24], n))
    heads = _num_columns(rng, n_vals, "en")
    lab_head = rng.choice(["Country", "Country or territory", "Location", "Country of origin"])
    pct = rng.random() < 0.3
    half = (n + 1) // 2
    w = 1 + n_vals
    cells = []
    for k in range(2):
        cells.append((0, k * w, 1, 1, lab_head))
        cells += [(0, k * w + 1 + i, 1, 1, hd) for i, hd in enumerate(heads)]
    mag = rng.choice([3, 4, 5, 6])
    for i, lab in enumerate(labels):
        k, r = divmod(i, half)
        cells.append((1 + r, k * w, 1, 1, lab))
        for j in range(n_vals):
            text = (f"{rng.uniform(0, 100):.1f}" if pct and j == n_vals - 1
                    else format_number(rng.randint(10 ** (mag - 2), 10 ** mag), "en"))
            cells.append((1 + r, k * w + 1 + j, 1, 1, text))
    st = dict(style, gap_before={w: rng.choice([1.0, 2.0, 3.0])}, mid_rule=rng.random() < 0.4)
    return GenTable(cells=cells, n_rows=1 + half, n_cols=2 * w, header_rows=1,
                    kinds=(["label"] + ["num"] * n_vals) * 2, style=st)


def fam_halves(rng):
    """A long country list set in two halves side by side (the header repeated over each half),
    sometimes a rule between the halves."""
    t = make_halves(rng, style=_base_style(rng, rules=rng.choice(["none", "none", "booktabs", "headrule", "hrules"]),
                                           pad=rng.choice([0.3, 0.45, 0.6]), leading=rng.choice([1.15, 1.25, 1.4])))
    return _framed(rng, _caption(rng), t, source=0.6)


def make_bullets(rng: random.Random, *, style: dict) -> GenTable:
    """Sectors down, a column whose cells hold bullet lists of two to four items (each item on its own
    line, wrapped under its own text), figures beside them (people targeted, requirements)."""
    bullet = rng.choice(["•", "•", "–", "-"])
    n_vals = rng.randint(1, 2)
    heads = rng.sample(["People targeted", "Requirements (USD)", "Budget", "Partners", "Target"], n_vals)
    lab = rng.choice(["Sector", "Objective", "Area"])
    acts = rng.choice(["Key activities", "Planned activities", "Response priorities"])
    b_col = 1
    cells = [(0, 0, 1, 1, lab), (0, b_col, 1, 1, acts)] + [(0, 2 + i, 1, 1, hd) for i, hd in enumerate(heads)]
    rows = rng.randint(3, 6)
    for r, sec in enumerate(rng.sample(SECTORS, rows), 1):
        items = rng.sample(BULLET_ITEMS, rng.randint(2, 4))
        cells.append((r, 0, 1, 1, sec))
        cells.append((r, b_col, 1, 1, " ".join(f"{bullet} {it}" for it in items)))
        for i in range(n_vals):
            cells.append((r, 2 + i, 1, 1, format_number(rng.randint(1000, 9_000_000), "en")))
    st = dict(style, bullets=b_col, bullet=bullet, bullet_em=rng.choice([14.0, 16.0, 18.0, 22.0]),
              wrap=rng.choice([0.0, 0.0, 9.0, 11.0]))
    return GenTable(cells=cells, n_rows=rows + 1, n_cols=2 + n_vals, header_rows=1,
                    kinds=["label", "text"] + ["num"] * n_vals, style=st)


def fam_bullets(rng):
    """A table whose activity cells are bullet lists of several lines beside the sector and figures."""
    t = make_bullets(rng, style=_base_style(rng, rules=rng.choice(["grid", "hrules", "hrules", "none", "booktabs"]),
                                            pad=rng.choice([0.3, 0.45, 0.6]), leading=rng.choice([1.15, 1.25]),
                                            valign=rng.choice(["top", "top", None])))
    return _framed(rng, _caption(rng), t, source=0.5)


def make_keyfigures(rng: random.Random, *, style: dict) -> GenTable:
    """Key figures transposed: the labels as a header row ("People in need", "Requirements (US$)",
    ...), one row of values under them, or two or three rows of values with a year or "Planned" /
    "Reached" at their left."""
    k = rng.randint(3, 6)
    heads = rng.sample(KEY_HEADS, k)
    n_rows = rng.choice([1, 1, 1, 2, 3])
    row_labels = n_rows > 1 or rng.random() < 0.2
    labels = (rng.choice([[str(y) for y in range(2023, 2027)], ["Planned", "Reached", "Gap"], ["Target", "Achieved"]])
              if row_labels else [])
    n_rows = min(n_rows, len(labels)) if row_labels else 1
    off = 1 if row_labels else 0
    cells = [(0, 0, 1, 1, "")] if row_labels else []
    cells += [(0, off + i, 1, 1, hd) for i, hd in enumerate(heads)]
    short = rng.random() < 0.5
    for r in range(1, n_rows + 1):
        if row_labels:
            cells.append((r, 0, 1, 1, labels[r - 1]))
        for i, hd in enumerate(heads):
            if hd == "Coverage":
                text = f"{rng.randint(5, 95)}%"
            elif hd in ("Partners", "Operational presence"):
                text = str(rng.randint(5, 140))
            else:
                v = rng.randint(20_000, 90_000_000)
                text = short_figure(v) if short else format_number(v, "en")
            cells.append((r, off + i, 1, 1, text))
    st = dict(style, bold_body=rng.random() < 0.6)
    return GenTable(cells=[c for c in cells if c[4] or c[1] == 0], n_rows=1 + n_rows, n_cols=off + k, header_rows=1,
                    kinds=(["label"] if row_labels else []) + ["num"] * k, style=st)


def fam_keyfigures(rng):
    """A transposed key-figures table (labels across as a header row, values under them) at the top
    of a page, running text and sometimes an ordinary table below it."""
    band = rng.choice(BANDS) if rng.random() < 0.3 else None
    t = make_keyfigures(rng, style=_base_style(rng, rules=rng.choice(["none", "none", "hrules", "grid", "booktabs"]),
                                               pad=rng.choice([0.3, 0.45, 0.6, 0.8]), align_num="center",
                                               head_fill=band))
    blocks = [Block("heading", text=rng.choice(["Key figures", "At a glance", "Overview", "Chiffres clés",
                                                "Cifras clave"])), t_block(t), _prose(rng, rng.randint(40, 90))]
    if rng.random() < 0.4:
        blocks += [_caption(rng), t_block(_context_table(rng, small=True))]
    return [_furnish(rng, blocks)]


# ---- generator 10: status marks with no text, body cells across columns, tables turned about,
# a label column between two groups of figures

#: status colours of a traffic-light (RAG) column and the legend word each stands for
STATUS = [("#c00000", "Off track"), ("#ffc000", "At risk"), ("#00b050", "On track"), ("#2e75b6", "Completed"),
          ("#a6a6a6", "Not started")]
STATUS_INDICATORS = ["Migrants assisted with return", "Officials trained on referral", "Shelters repaired",
                     "Households receiving cash", "Health consultations", "Water points rehabilitated",
                     "Children in learning spaces", "Survivors referred to services", "Sites with DTM coverage",
                     "Community committees active", "Kits distributed", "Border posts equipped"]
SPAN_TEXTS = ["Not applicable", "Included above", "Data not available", "No requirement this year",
              "Included in the regional total", "Not reported", "See note 3", "Programme closed",
              "Funded under the regional appeal", "No activities planned"]
INDICATORS = ["People in need", "People targeted", "Requirements (US$ million)", "Funding received (US$ million)",
              "Coverage (%)", "Internally displaced persons", "Returnees", "Refugees and asylum-seekers",
              "Migrants in transit", "Partners", "Children out of school", "Households assisted"]
AGE_BANDS = ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54",
             "55-59", "60-64", "65-69", "70-74", "75-79", "80+"]


def _legend(rng, shape: str, colours: list[tuple[str, str]]) -> Block:
    """A legend line under a status table: each colour's mark and its word (``pairs``: colour, word;
    ``label``: the shape); no table."""
    return Block("legend", pairs=list(colours), label=shape)


def make_status(rng: random.Random, *, style: dict) -> GenTable:
    """A results table with a traffic-light status: indicators down, target and achieved figures
    (sometimes a share), a status column of coloured marks (dots, squares, diamonds or a filled
    cell) with no text or with the status word beside the mark; or outputs against quarters, each
    period a coloured mark with no text at all (a period not started has none). A mark with no text
    is an empty cell in the truth; the word beside a mark is the cell's text."""
    shape = rng.choice(["dot", "dot", "square", "diamond", "fill"])
    colours = STATUS[:3] if rng.random() < 0.6 else rng.sample(STATUS, 4)
    marks = []
    cells: list[tuple[int, int, int, int, str]] = []
    labels = rng.sample(STATUS_INDICATORS, rng.randint(4, 9))
    if rng.random() < 0.65:
        words = shape != "fill" and rng.random() < 0.45 or shape == "fill" and rng.random() < 0.3
        pct = rng.random() < 0.4
        heads = [rng.choice(["Indicator", "Output indicator", "Result"]), "Target",
                 rng.choice(["Achieved", "Reached", "Actual"])] + (["%"] if pct else [])
        n_cols = len(heads) + 1
        s_col = n_cols - 1 if rng.random() < 0.75 else 1
        order = [h for h in heads]
        order.insert(s_col, rng.choice(["Status", "Progress", "Rating"]))
        cells += [(0, i, 1, 1, h) for i, h in enumerate(order)]
        kinds = ["label"] + ["num"] * (n_cols - 1)
        kinds[s_col] = "status"
        for r, lab in enumerate(labels, 1):
            target = rng.randint(20, 50000)
            done = int(target * rng.uniform(0.1, 1.2))
            vals = [format_number(target, "en"), format_number(done, "en")] + ([f"{100 * done // target}%"] if pct else [])
            cells.append((r, 0, 1, 1, lab))
            j = 0
            for c in range(1, n_cols):
                if c == s_col:
                    continue
                cells.append((r, c, 1, 1, vals[j]))
                j += 1
            colour, word = rng.choice(colours)
            marks.append([r, s_col, colour])
            if words:
                cells.append((r, s_col, 1, 1, word))
    else:
        periods = rng.choice([["Q1", "Q2", "Q3", "Q4"], ["Jan", "Feb", "Mar", "Apr", "May", "Jun"],
                              ["2022", "2023", "2024", "2025"], ["Q1", "Q2", "Q3"]])
        lead = rng.random() < 0.5
        n_cols = 1 + len(periods) + (1 if lead else 0)
        cells += [(0, 0, 1, 1, rng.choice(["Output", "Activity", "Pillar"]))]
        cells += [(0, 1 + i, 1, 1, p) for i, p in enumerate(periods)]
        if lead:
            cells.append((0, n_cols - 1, 1, 1, rng.choice(["Lead", "Responsible"])))
        kinds = ["label"] + ["status"] * len(periods) + (["label"] if lead else [])
        for r, lab in enumerate(labels, 1):
            cells.append((r, 0, 1, 1, lab))
            started = rng.randint(1, len(periods))
            for i in range(started):
                marks.append([r, 1 + i, rng.choice(colours)[0]])
            if lead:
                cells.append((r, n_cols - 1, 1, 1, rng.choice(PARTIES)))
    st = dict(style, status=marks, status_shape=shape, status_colours=colours)
    return GenTable(cells=cells, n_rows=1 + len(labels), n_cols=n_cols, header_rows=1, kinds=kinds, style=st)


def fam_status(rng):
    """A results table whose status column is coloured marks (traffic lights) with no text or a word
    beside each, a legend of the colours under it; or a matrix of coloured marks by period."""
    t = make_status(rng, style=_base_style(rng, rules=rng.choice(["grid", "hrules", "none", "booktabs", "outer"]),
                                           pad=rng.choice([0.3, 0.45, 0.6]), leading=rng.choice([1.25, 1.4, 1.6])))
    blocks = [_caption(rng) if rng.random() < 0.6 else Block("heading", text=rng.choice(
        ["Progress against targets", "Results dashboard", "Indicator tracking", "Status of outputs"])), t_block(t)]
    if rng.random() < 0.7 or not any(c[4] for c in t.cells if t.kinds[c[1]] == "status"):
        blocks.append(_legend(rng, t.style["status_shape"], t.style["status_colours"]))
    if rng.random() < 0.4:
        blocks.append(_source(rng))
    if rng.random() < 0.4:
        blocks.insert(0, _prose(rng, rng.randint(25, 70)))
    return [_furnish(rng, blocks)]


def make_bodyspan(rng: random.Random, *, style: dict) -> GenTable:
    """An ordinary table some of whose body rows have one cell across several value columns ("Not
    applicable", "Included above", "Data not available"), centred over them; the totals are the sums
    of the figures printed."""
    n_vals = rng.randint(3, 5)
    t = make_table(rng, n_rows=rng.randint(5, 11), n_vals=n_vals, magnitude=rng.choice([4, 5, 6]),
                   labels=[c for c in COUNTRIES + SECTORS if len(c) < 26], totals=False,
                   span_header=n_vals == 4 and rng.random() < 0.3, style=style)
    body = list(range(t.header_rows, t.n_rows))
    spans = sorted(rng.sample(body, min(len(body) - 2, rng.randint(1, 3))))
    cells = []
    for r in spans:
        first = 1 if rng.random() < 0.7 else rng.randint(1, n_vals - 1)
        last = n_vals if rng.random() < 0.7 else rng.randint(first + 1, n_vals)
        cells.append((r, first, 1, last - first + 1, rng.choice(SPAN_TEXTS)))
        t.cells = [c for c in t.cells if not (c[0] == r and first <= c[1] <= last)]
    t.cells += cells
    if rng.random() < 0.5:
        r = t.n_rows
        t.cells.append((r, 0, 1, 1, rng.choice(["Total", "TOTAL", "Grand total"])))
        for i in range(1, n_vals + 1):
            vals = [float(c[4].replace(",", "")) for c in t.cells if c[1] == i and c[3] == 1 and t.header_rows <= c[0] < r]
            t.cells.append((r, i, 1, 1, format_number(sum(vals), "en")))
        t.total_rows.append(r)
        t.n_rows += 1
    t.cells.sort()
    t.style.update(center_spans=True)
    return t


def fam_bodyspan(rng):
    """A table with body cells spanning several value columns ("Not applicable", "Included above")."""
    t = make_bodyspan(rng, style=_base_style(rng, rules=rng.choice(["grid", "grid", "hrules", "none", "booktabs"]),
                                             pad=rng.choice([0.3, 0.45, 0.6])))
    return _framed(rng, _caption(rng) if rng.random() < 0.6 else _title(rng), t, source=0.5)


def make_transposed(rng: random.Random, *, style: dict) -> GenTable:
    """A table turned about: indicators (or years) down in a bold first column, countries across as
    the headings (long names wrapped over two or three lines), sometimes a total column; each row's
    figures in its own unit (people, US$ million, %), a missing one printed "-"."""
    k = rng.randint(3, 7)
    longs = [c for c in COUNTRIES if len(c) > 18]
    names = rng.sample([c for c in COUNTRIES if len(c) <= 18], k - 1) + [rng.choice(longs)]
    rng.shuffle(names)
    total = rng.random() < 0.35
    heads = names + ([rng.choice(["Total", "Regional total", "All countries"])] if total else [])
    years = rng.random() < 0.3
    if years:
        y0 = rng.randint(2015, 2020)
        rows = [str(y0 + i) for i in range(rng.randint(4, 7))]
        units = [rng.choice(["count", "money"])] * len(rows)
    else:
        rows = rng.sample(INDICATORS, rng.randint(4, 9))
        units = ["pct" if "%" in x else "money" if "US$" in x else "small" if x == "Partners" else "count" for x in rows]
    cells = [(0, 0, 1, 1, rng.choice(["", "Indicator", "Year"] if years else ["", "Indicator", "Key figures"]))]
    cells += [(0, 1 + i, 1, 1, h) for i, h in enumerate(heads)]
    for r, (lab, u) in enumerate(zip(rows, units), 1):
        cells.append((r, 0, 1, 1, lab))
        vals = []
        for _ in names:
            if rng.random() < 0.06:
                vals.append(None)
            elif u == "pct":
                vals.append(float(rng.randint(3, 98)))
            elif u == "money":
                vals.append(round(rng.uniform(0.5, 400), 1))
            elif u == "small":
                vals.append(float(rng.randint(3, 120)))
            else:
                vals.append(float(rng.randint(1000, 3_000_000)))

        def fmt(v):
            if v is None:
                return "-"
            return f"{v:.0f}%" if u == "pct" else f"{v:,.1f}" if u == "money" else format_number(v, "en")

        texts = [fmt(v) for v in vals]
        if total:
            have = [v for v in vals if v is not None]
            texts.append(fmt(sum(have) / len(have) if u == "pct" else sum(have)))
        cells += [(r, 1 + i, 1, 1, x) for i, x in enumerate(texts)]
    st = dict(style, bold_label=rng.random() < 0.7)
    return GenTable(cells=[c for c in cells if c[4] or c[1] == 0], n_rows=1 + len(rows), n_cols=1 + len(heads),
                    header_rows=1, kinds=["label"] + ["num"] * len(heads), style=st)


def fam_transposed(rng):
    """Indicators or years as rows and countries as columns (an appeal's overview by country), the
    first column bold, country names wrapped in the header."""
    t = make_transposed(rng, style=_base_style(rng, rules=rng.choice(["none", "none", "hrules", "grid", "booktabs"]),
                                               pad=rng.choice([0.3, 0.45, 0.6]), zebra=rng.random() < 0.2,
                                               wrap=rng.choice([0.0, 0.0, 10.0, 12.0])))
    return _framed(rng, _caption(rng) if rng.random() < 0.6 else Block("heading", text=rng.choice(
        ["Overview by country", "Key figures by country", "Planning figures", "Caseload by country"])), t, source=0.5)


def make_pyramid(rng: random.Random, *, style: dict) -> GenTable:
    """Figures on both sides of a label column set in the middle: a population by age and sex
    (Female | Age | Male), or one year against another (2023 | Indicator | 2024); one or two columns
    a side (a number and its share) under a heading over each side; a total row sometimes."""
    kind = rng.choice(["age", "age", "compare"])
    if kind == "age":
        sides = rng.choice([("Female", "Male"), ("Women", "Men"), ("Girls", "Boys"), ("Females", "Males")])
        start = rng.randrange(0, 6)
        labels = AGE_BANDS[start:start + rng.randint(6, 14)]
        mid = rng.choice(["Age group", "Age", "Age (years)"])
    else:
        y = rng.randint(2019, 2025)
        sides = rng.choice([(str(y), str(y + 1)), ("Arrivals", "Departures"), ("Planned", "Reached")])
        labels = rng.sample(INDICATORS[5:] + ACTIVITIES, rng.randint(4, 9))
        mid = rng.choice(["Indicator", "Category", ""])
    k = rng.choice([1, 1, 2])
    subs = rng.choice([("Number", "%"), ("People", "Share"), ("No.", "%")])
    h = 2 if k == 2 else 1
    n_cols = 2 * k + 1
    cells: list[tuple[int, int, int, int, str]] = []
    if k == 2:
        cells += [(0, 0, 1, 2, sides[0]), (0, 3, 1, 2, sides[1]), (1, 0, 1, 1, subs[0]), (1, 1, 1, 1, subs[1]),
                  (1, 3, 1, 1, subs[0]), (1, 4, 1, 1, subs[1]), (1, 2, 1, 1, mid)]
    else:
        cells += [(0, 0, 1, 1, sides[0]), (0, 1, 1, 1, mid), (0, 2, 1, 1, sides[1])]
    mag = rng.choice([3, 4, 5])
    data = [[rng.randint(10 ** (mag - 1), 10 ** mag) for _ in range(2)] for _ in labels]
    tot = [sum(d[j] for d in data) for j in range(2)]
    with_total = rng.random() < 0.5
    rows = list(zip(labels, data)) + ([("Total", tot)] if with_total else [])
    r = h
    for lab, d in rows:
        row = {k: lab, 0: format_number(d[0], "en"), k + 1: format_number(d[1], "en")}
        if k == 2:
            row[1], row[4] = (f"{100 * d[j] / tot[j]:.1f}" for j in range(2))
        cells += [(r, c, 1, 1, x) for c, x in sorted(row.items())]
        r += 1
    total_rows = [r - 1] if with_total else []
    st = dict(style, spans=k == 2)
    kinds = ["num"] * k + [rng.choice(["label", "mark"])] + ["num"] * k
    return GenTable(cells=[c for c in cells if c[4] or c[1] == k], n_rows=r, n_cols=n_cols, header_rows=h,
                    kinds=kinds, style=st, total_rows=total_rows)


def fam_pyramid(rng):
    """A population by age and sex, or two years compared, with the label column in the middle."""
    t = make_pyramid(rng, style=_base_style(rng, rules=rng.choice(["none", "none", "booktabs", "grid", "hrules"]),
                                            pad=rng.choice([0.3, 0.45, 0.6, 0.8])))
    return _framed(rng, _caption(rng), t, source=0.5)


# ---- generator 11: figures with their change printed small under them, "of which" rows under
# their parent, a remarks column of wrapped sentences beside the figures, a label repeated down
# its column by ditto marks or left blank

REMARKS = ["Funding received late in the year; activities carried over to {y}.",
           "Includes {n} returnees assisted on arrival.", "Target revised after the mid-year review.",
           "Access restricted in the second quarter because of insecurity along the main supply routes.",
           "Partner reporting incomplete.", "Pipeline break in {m}; stocks replenished in {m2}.",
           "Covers {n} households in {k} districts, as agreed with the local authorities.",
           "Figure excludes in-kind contributions.", "Activity completed ahead of schedule.",
           "No funding received under this appeal to date.", "Joint programme with UNHCR and WFP.",
           "Procurement delayed by customs clearance; distribution expected early {y}.",
           "Estimate based on the {y} population projections and partner assessments.",
           "Government counterpart changed; the memorandum of understanding is being renegotiated."]
OF_WHICH = ["of which: {x}", "of which {x}", "o/w {x}", "- of which {x}", "thereof: {x}", "incl. {x}"]
OF_WHICH_PARTS = ["women", "children", "earmarked", "unearmarked", "in cash", "in kind", "girls", "returnees",
                  "host communities", "staff costs", "pledged", "carried over"]
DITTO_MARKS = ['"', "\u201d", "do.", "idem", "\u2013"]


def make_deltas(rng: random.Random, *, style: dict) -> GenTable:
    """Figures with their change or share printed under them in smaller type, with no brackets
    ("12,345" over "+3.2%", "45%" or "+1,204"): the two lines are one cell ("12,345 +3.2%"); some
    value columns have no second line."""
    n_vals = rng.randint(2, 4)
    heads = _num_columns(rng, n_vals, "en")
    if rng.random() < 0.4:
        y = rng.randint(2019, 2025)
        heads = [str(y + i) for i in range(n_vals)]
    cells = [(0, 0, 1, 1, rng.choice(LABEL_HEADS + [""]))] + [(0, 1 + i, 1, 1, h) for i, h in enumerate(heads)]
    under = sorted(rng.sample(range(1, n_vals + 1), rng.randint(1, n_vals)))
    kind = rng.choice(["change", "change", "share", "diff"])
    labels = rng.sample([c for c in COUNTRIES + SECTORS if len(c) < 24], rng.randint(3, 8))
    for r, lab in enumerate(labels, 1):
        cells.append((r, 0, 1, 1, lab))
        for i in range(1, n_vals + 1):
            v = rng.randint(100, 900000)
            text = format_number(v, "en")
            if i in under:
                if kind == "change":
                    text += f" {rng.choice(['+', '-'])}{rng.uniform(0, 40):.1f}%"
                elif kind == "share":
                    text += f" {rng.randint(1, 99)}%"
                else:
                    text += f" {rng.choice(['+', '-'])}{format_number(rng.randint(10, v), 'en')}"
            cells.append((r, i, 1, 1, text))
    st = dict(style, under=under, under_scale=rng.choice([0.7, 0.75, 0.8, 0.85]))
    return GenTable(cells=[c for c in cells if c[4] or c[1] == 0], n_rows=len(labels) + 1, n_cols=n_vals + 1,
                    header_rows=1, kinds=["label"] + ["num"] * n_vals, style=st)


def fam_deltas(rng):
    """A table whose figures carry their change or share under them in small type."""
    t = make_deltas(rng, style=_base_style(rng, rules=rng.choice(["none", "none", "hrules", "booktabs", "grid"]),
                                           pad=rng.choice([0.3, 0.45, 0.6]), valign=rng.choice([None, "top"])))
    return _framed(rng, _caption(rng) if rng.random() < 0.5 else _title(rng), t, source=0.5)


def make_ofwhich(rng: random.Random, *, style: dict) -> GenTable:
    """Rows followed by one or two "of which" rows ("of which: women", "o/w earmarked", "thereof:
    children"): indented, in smaller type, their figures parts of the row above; a total of the
    parent rows at the foot."""
    n_vals = rng.randint(1, 4)
    heads = _num_columns(rng, n_vals, "en")
    cells = [(0, 0, 1, 1, rng.choice(LABEL_HEADS + ["", "Item"]))] + [(0, 1 + i, 1, 1, h) for i, h in enumerate(heads)]
    pattern = rng.choice(OF_WHICH)
    parents = rng.sample([c for c in SECTORS + COUNTRIES if len(c) < 26], rng.randint(3, 6))
    r = 1
    indents, small, total_rows = {}, {}, []
    grand = [0] * n_vals
    mag = rng.choice([4, 5, 6])
    for lab in parents:
        vals = [rng.randint(10 ** (mag - 1), 10 ** mag) for _ in range(n_vals)]
        grand = [a + b for a, b in zip(grand, vals)]
        cells.append((r, 0, 1, 1, lab))
        cells += [(r, 1 + i, 1, 1, format_number(v, "en")) for i, v in enumerate(vals)]
        r += 1
        if rng.random() < 0.75:
            for part in rng.sample(OF_WHICH_PARTS, rng.choice([1, 1, 2])):
                cells.append((r, 0, 1, 1, pattern.format(x=part)))
                for i, v in enumerate(vals):
                    if rng.random() < 0.9:
                        cells.append((r, 1 + i, 1, 1, format_number(rng.randint(1, v), "en")))
                indents[r] = 1
                small[r] = rng.choice([0.8, 0.85, 0.9])
                r += 1
    if rng.random() < 0.6:
        cells.append((r, 0, 1, 1, rng.choice(["Total", "TOTAL", "Grand total"])))
        cells += [(r, 1 + i, 1, 1, format_number(v, "en")) for i, v in enumerate(grand)]
        total_rows.append(r)
        r += 1
    st = dict(style, indents=indents, indent_em=rng.choice([0.8, 1.0, 1.5, 2.0]), small_rows=small,
              italic_rows=rng.random() < 0.6)
    return GenTable(cells=[c for c in cells if c[4] or c[1] == 0], n_rows=r, n_cols=1 + n_vals, header_rows=1,
                    kinds=["label"] + ["num"] * n_vals, style=st, total_rows=total_rows)


def fam_ofwhich(rng):
    """Budget or caseload rows each followed by "of which" rows in small indented type."""
    t = make_ofwhich(rng, style=_base_style(rng, rules=rng.choice(["none", "none", "headrule", "booktabs", "hrules"]),
                                            pad=rng.choice([0.3, 0.45, 0.6]), leading=rng.choice([1.15, 1.25, 1.4])))
    return _framed(rng, _caption(rng), t, source=0.5)


def _remark(rng) -> str:
    return rng.choice(REMARKS).format(y=rng.randint(2024, 2027), n=format_number(rng.randint(120, 9000), "en"),
                                      k=rng.randint(2, 14), m=rng.choice(MONTH_NAMES), m2=rng.choice(MONTH_NAMES))


def make_remarks(rng: random.Random, *, style: dict) -> GenTable:
    """Figures beside a remarks column of sentences wrapped over two to four lines (some rows with
    none); the remarks column last, or between the labels and the figures."""
    n_vals = rng.randint(1, 3)
    heads = _num_columns(rng, n_vals, "en")
    rem_head = rng.choice(["Remarks", "Comments", "Notes", "Observations", "Status / comments"])
    rem_col = 1 + n_vals if rng.random() < 0.75 else 1
    val_cols = [c for c in range(1, n_vals + 2) if c != rem_col]
    cells = [(0, 0, 1, 1, rng.choice(LABEL_HEADS + ["Activity", "Output"])), (0, rem_col, 1, 1, rem_head)]
    cells += [(0, c, 1, 1, h) for c, h in zip(val_cols, heads)]
    labels = rng.sample([c for c in COUNTRIES + SECTORS + WORKPLAN_ACTS if len(c) < 34], rng.randint(3, 7))
    mag = rng.choice([3, 4, 5, 6])
    for r, lab in enumerate(labels, 1):
        cells.append((r, 0, 1, 1, lab))
        for c in val_cols:
            cells.append((r, c, 1, 1, format_number(rng.randint(10 ** (mag - 1), 10 ** mag), "en")))
        if rng.random() < 0.8:
            text = _remark(rng)
            if rng.random() < 0.3:
                text += " " + _remark(rng)
            cells.append((r, rem_col, 1, 1, text))
    kinds = ["label"] + ["num"] * (n_vals + 1)
    kinds[rem_col] = "text"
    st = dict(style, wrap_cols={rem_col: rng.choice([12.0, 15.0, 18.0, 22.0])},
              wrap=rng.choice([0.0, 0.0, 12.0]))
    return GenTable(cells=cells, n_rows=len(labels) + 1, n_cols=n_vals + 2, header_rows=1, kinds=kinds, style=st)


def fam_remarks(rng):
    """A table of figures with a remarks column of long wrapped sentences."""
    t = make_remarks(rng, style=_base_style(rng, rules=rng.choice(["none", "none", "hrules", "grid", "booktabs"]),
                                            pad=rng.choice([0.3, 0.45, 0.6]), leading=rng.choice([1.15, 1.25]),
                                            valign=rng.choice([None, "top", "top"])))
    return _framed(rng, _caption(rng) if rng.random() < 0.6 else _title(rng), t, source=0.5)


def make_ditto(rng: random.Random, *, style: dict) -> GenTable:
    """A first column whose label is printed on the first row of its group only, the rows under it
    left blank or marked with a ditto ('"', "do.", "idem", an en dash), a second label column, then
    figures. The truth is what is printed: the ditto mark is the cell's text, a blank an empty cell."""
    n_vals = rng.randint(2, 4)
    heads = _num_columns(rng, n_vals, "en")
    years = rng.random() < 0.4
    first = rng.choice(["Year", "Period"]) if years else rng.choice(["Region", "Sector", "Donor", "Programme"])
    second = rng.choice(["Country", "Location", "Office", "Partner"])
    cells = [(0, 0, 1, 1, first), (0, 1, 1, 1, second)] + [(0, 2 + i, 1, 1, h) for i, h in enumerate(heads)]
    mark = rng.choice(DITTO_MARKS + ["", ""])
    n_groups = rng.randint(2, 4)
    groups = ([str(y) for y in sorted(rng.sample(range(2016, 2027), n_groups))] if years
              else rng.sample(REGIONS[:8] if first == "Region" else SECTORS if first == "Sector"
                              else PARTIES, n_groups))
    pool = [c for c in COUNTRIES if len(c) < 24]
    rng.shuffle(pool)
    r = 1
    centre = []
    for g in groups:
        for j in range(rng.randint(2, 4)):
            if j == 0:
                cells.append((r, 0, 1, 1, g))
            elif mark:
                cells.append((r, 0, 1, 1, mark))
                centre.append([r, 0])
            cells.append((r, 1, 1, 1, pool.pop()))
            cells += [(r, 2 + i, 1, 1, format_number(rng.randint(100, 900000), "en")) for i in range(n_vals)]
            r += 1
    st = dict(style, centre_cells=centre if rng.random() < 0.6 else [])
    return GenTable(cells=cells, n_rows=r, n_cols=2 + n_vals, header_rows=1, kinds=["label", "label"] + ["num"] * n_vals,
                    style=st)


def fam_ditto(rng):
    """A label repeated down its column by ditto marks, or left blank under its first row."""
    t = make_ditto(rng, style=_base_style(rng, rules=rng.choice(["none", "none", "hrules", "grid", "booktabs"]),
                                          pad=rng.choice([0.3, 0.45, 0.6])))
    return _framed(rng, _caption(rng), t, source=0.5)


# ---- generator 12: layouts of scientific papers, statistical offices and financial statements the
# earlier families do not draw

HEADNOTES = ["Figures in thousands of US dollars unless stated otherwise.", "All amounts in USD.",
             "Percentages may not add up to 100 due to rounding.", "Data as of {d}; provisional.",
             "n = number of respondents; values weighted.", "Standard errors in the annex.",
             "Unit: persons. Estimates rounded to the nearest ten."]
BELOW_CAPTIONS = ["Table {n}. Funding requirements by country (USD)", "Table {n}: People reached by sector, {y}",
                  "Table {n} – Expenditure by programme", "Exhibit {n}. Caseload by location",
                  "Tableau {n}. Personnes atteintes par secteur", "Cuadro {n}. Financiamiento por país"]


def fam_capbelow(rng):
    """A table with its caption under it (as scientific papers set them) and its notes above it in
    small type (units, the date of the data), running text above or below."""
    t = make_table(rng, n_rows=rng.randint(4, 10), n_vals=rng.randint(2, 5), magnitude=rng.choice([4, 5, 6]),
                   totals=rng.random() < 0.5, decimals=rng.choice([0, 0, 1]),
                   labels=[c for c in COUNTRIES + SECTORS if len(c) < 26],
                   style=_base_style(rng, rules=rng.choice(["none", "booktabs", "booktabs", "hrules", "grid", "headrule"])))
    notes = [rng.choice(HEADNOTES).format(d=_date(rng)) for _ in range(rng.randint(1, 2))]
    blocks = [Block("footnotes", text="\n".join(dict.fromkeys(notes))), t_block(t),
              Block("caption", text=rng.choice(BELOW_CAPTIONS).format(n=rng.randint(1, 30), y=rng.randint(2018, 2026)))]
    if rng.random() < 0.6:
        blocks.insert(0, _prose(rng, rng.randint(25, 70)))
    if rng.random() < 0.5:
        blocks.append(_prose(rng, rng.randint(25, 60)))
    return [blocks]


def fam_vrules(rng):
    """Columns separated by vertical rules only: no rule between the rows, sometimes one under the
    header, sometimes the table's sides ruled too."""
    t = make_table(rng, n_rows=rng.randint(4, 12), n_vals=rng.randint(2, 5), magnitude=rng.choice([3, 4, 5, 6]),
                   totals=rng.random() < 0.4, percent_col=rng.random() < 0.3,
                   labels=[c for c in COUNTRIES + SECTORS if len(c) < 26],
                   style=_base_style(rng, rules="vrules", vr_outer=rng.random() < 0.4, vr_head=rng.random() < 0.5,
                                     pad=rng.choice([0.3, 0.45, 0.6, 0.8])))
    title = _caption(rng) if rng.random() < 0.6 else _title(rng)
    return _framed(rng, title, t, source=0.5)


def _decimal_value(rng, kind: str) -> str:
    if kind == "rate":
        v = rng.uniform(0, 100) * rng.choice([1, 1, 0.1, 0.01])
    elif kind == "coef":
        v = rng.uniform(-3, 3) * rng.choice([1, 0.1, 10])
    else:
        v = rng.uniform(0, 10 ** rng.randint(1, 5))
    return format_number(v, "en", rng.choice([0, 1, 1, 2, 2, 3]))


def make_decimal(rng: random.Random, *, style: dict) -> GenTable:
    """Figures with one, two or three digits after the point (or none) in one column, set on their
    decimal points: neither their left nor their right edges line up (rates, coefficients, amounts)."""
    n_vals = rng.randint(2, 5)
    kinds = [rng.choice(["rate", "coef", "amount"]) for _ in range(n_vals)]
    heads = {"rate": ["Rate (%)", "Share", "Per 1,000", "Change (%)"], "coef": ["Estimate", "Coefficient", "Effect", "Mean"],
             "amount": ["Amount", "Value", "Cost (USD)", "Median"]}
    cells = [(0, 0, 1, 1, rng.choice(["Variable", "Indicator", "Country", "Group", "Item"]))]
    used = set()
    for i, k in enumerate(kinds):
        h = rng.choice([x for x in heads[k] if x not in used] or [f"Model {i + 1}"])
        used.add(h)
        cells.append((0, 1 + i, 1, 1, h))
    labels = rng.sample([c for c in COUNTRIES + SECTORS + INDICATORS if len(c) < 30], rng.randint(4, 11))
    for r, lab in enumerate(labels, 1):
        cells.append((r, 0, 1, 1, lab))
        cells += [(r, 1 + i, 1, 1, _decimal_value(rng, k)) for i, k in enumerate(kinds)]
    st = dict(style, decimal_align=True)
    return GenTable(cells=cells, n_rows=1 + len(labels), n_cols=1 + n_vals, header_rows=1,
                    kinds=["label"] + ["num"] * n_vals, style=st)


def fam_decimal(rng):
    """A table of figures set on their decimal points (varying digits after the point)."""
    t = make_decimal(rng, style=_base_style(rng, rules=rng.choice(["none", "booktabs", "booktabs", "headrule", "hrules"]),
                                            pad=rng.choice([0.3, 0.45, 0.6, 0.8])))
    title = _caption(rng) if rng.random() < 0.6 else _title(rng)
    return _framed(rng, title, t, source=0.6)


def fam_afterlist(rng):
    """A table right under a numbered or lettered list, no caption and no gap between them: the list
    items (some leading with figures) end where the table's header starts."""
    kind = rng.choice(["num", "num", "letters", "decimal"])
    n = rng.randint(2, 5)
    start = rng.randint(1, 6)
    items = []
    for i in range(n):
        if rng.random() < 0.5:
            phrase = rng.choice(LIST_PHRASES).format(p=format_number(rng.randint(1000, 900000), "en"),
                                                     c=rng.choice(COUNTRIES), n=rng.randint(3, 40), d=_date(rng))
            text = f"{_big_figure(rng)} {phrase}"
        else:
            text = _words(rng, rng.randint(6, 30))
        label = {"num": f"{start + i}.", "letters": f"({chr(ord('a') + i)})", "decimal": f"{start}.{i + 1}"}[kind]
        items.append(Block("para", text=text + ".", label=label, justify=False))
    t = make_table(rng, n_rows=rng.randint(3, 9), n_vals=rng.randint(1, 4), magnitude=rng.choice([3, 4, 5, 6]),
                   totals=rng.random() < 0.4, labels=[c for c in COUNTRIES + SECTORS + ACTIVITIES if len(c) < 24],
                   style=_base_style(rng, rules=rng.choice(["none", "none", "booktabs", "hrules", "grid", "headrule"]),
                                     pad=rng.choice([0.3, 0.45, 0.6]), tight_top=True))
    blocks = [Block("heading", text=_words(rng, rng.randint(3, 6)).capitalize())]
    if rng.random() < 0.5:
        blocks.append(_prose(rng, rng.randint(20, 60)))
    blocks += items + [t_block(t)]
    if rng.random() < 0.6:
        blocks.append(_prose(rng, rng.randint(25, 70)))
    return [_furnish(rng, blocks) if rng.random() < 0.5 else blocks]


# ---- generator 13: report sheets whose table sits right under a masthead; a results table in a
# rounded box on a framed sheet (issue #12: tables dropped as figures, tables reaching into mastheads)

AGENCIES = ["Police Department City of New York", "Farmer's Independent Research of Seed Technologies",
            "Ministry of Public Health", "Office of the Resident Coordinator", "National Statistics Office",
            "Regional Bureau for Migration", "Department of Water Resources", "Provincial Health Directorate"]
LOGOS = ["NYPD", "F.I.R.S.T.", "MoPH", "UNRC", "NSO", "IOM", "DWR", "PHD", "OCHA"]
PERIOD_LINES = [("Volume {v}  Number {n}", "Manhattan South"), ("Report Covering the Week", "{d}"),
                ("Reporting period: {m} {y}", "Issued {d}"), ("{d} Through {d2}", ""),
                ("Report Date: {d}", "Revised:"), ("Week {n}, {y}", "Situation report no. {v}"),
                ("", "{m} {y}")]
TRIAL_BRANDS = ["Kruger", "Stine", "Wensman", "Hefty", "Dyna-Gro", "LG Seeds", "Titan Pro", "Asgrow",
                "Prairie Brand", "Channel", "Anderson", "Dairyland", "Gold Country", "Trelay", "NK Brand"]


def _masthead_block(rng) -> Block:
    """A masthead: logo word, the agency's name, one to three lines of date, period and volume; a
    rule under it, the name on a dark band, or neither."""
    lines = []
    for left, right in rng.sample(PERIOD_LINES, rng.randint(1, 3)):
        fill = dict(v=rng.randint(1, 40), n=rng.randint(1, 52), d=_date(rng), d2=_date(rng),
                    m=rng.choice(MONTH_NAMES), y=rng.randint(2015, 2026))
        lines.append((left.format(**fill), right.format(**fill)))
    return Block("masthead", text=rng.choice(AGENCIES), pairs=lines,
                 label="|".join([rng.choice(LOGOS), rng.choice(["rule", "rule", "band", ""]),
                                 rng.choice(["centre", "after"])]))


def fam_masthead(rng):
    """A report sheet: a masthead straight over a table with little gap (the table's header its
    first line under the masthead's last), sometimes zebra bands of two or three rows, notes or
    running text under it."""
    t = make_table(rng, n_rows=rng.randint(5, 14), n_vals=rng.randint(2, 6), magnitude=rng.choice([2, 3, 4, 5]),
                   totals=rng.random() < 0.5, decimals=rng.choice([0, 0, 1]),
                   labels=[c for c in COUNTRIES + SECTORS + ACTIVITIES if len(c) < 24],
                   style=_base_style(rng, rules=rng.choice(["none", "none", "hrules", "headrule", "booktabs", "outer"]),
                                     pad=rng.choice([0.3, 0.45, 0.6])))
    if rng.random() < 0.4:
        t.style.update(zebra=True, zebra_run=rng.choice([1, 2, 3]))
    blocks = [_masthead_block(rng), t_block(t)]
    if rng.random() < 0.5:
        blocks.append(_source(rng) if rng.random() < 0.5 else _prose(rng, rng.randint(20, 50)))
    return [blocks]


def make_trial(rng: random.Random, *, style: dict) -> GenTable:
    """A seed trial's results: brand, product, trait codes (a column of two or three short codes over
    and over), figures with one decimal, income in dollars; a test average row at times."""
    heads = ["Company/Brand", "Product/Brand", "Technol.", "Mat.", "SCN Resist.", "Seed Trmt.", "Yield Bu/A",
             "Moisture %", "Lodging %", "Stand (x 1000)", "Gross Income"]
    kinds = ["label", "text", "text", "num", "text", "text", "num", "num", "num", "num", "num"]
    cells = [(0, c, 1, 1, h) for c, h in enumerate(heads)]
    n = rng.randint(12, 32)
    for r in range(1, n + 1):
        row = [rng.choice(TRIAL_BRANDS), f"{rng.choice('KSWHP')}{rng.randint(1, 9)}-{rng.randint(1000, 2999)}",
               rng.choice(["RR2Y", "RR2Y", "LL"]), f"{rng.randint(14, 21) / 10:.1f}", rng.choice(["R", "R", "MR"]),
               rng.choice(["Ac,PV", "CMB", "Ac", "I", "None"]), f"{rng.randint(480, 565) / 10:.1f}",
               f"{rng.randint(75, 82) / 10:.1f}", str(rng.choice([0, 0, 0, 1])), f"{rng.randint(1100, 1280) / 10:.1f}",
               f"${rng.randint(700, 850)}"]
        cells += [(r, c, 1, 1, x) for c, x in enumerate(row)]
    return GenTable(cells=cells, n_rows=n + 1, n_cols=len(heads), header_rows=1, kinds=kinds, style=style)


def fam_framed(rng):
    """A results table in a box with rounded corners (round its body, the header over it), zebra
    bands of two or three rows, on a sheet with a drawn frame and punch holes in its margins, under a
    masthead."""
    t = make_trial(rng, style=_base_style(rng, rules="none", zebra=True, zebra_run=rng.choice([2, 3, 3]),
                                          pad=rng.choice([0.3, 0.45]), leading=rng.choice([1.15, 1.25])))
    t.style["round_box"] = {"radius": rng.choice([4.0, 5.0, 8.0]), "twice": rng.random() < 0.5,
                            "masks": rng.random() < 0.5}
    sheet = Block("sheet", children=[t_block(t)], gap=float(rng.choice([1, 1, 5])))
    return [[_masthead_block(rng), sheet]]


# ---- generator 14: statistical sheets and forms (issue #12: a sheet's title band, field block and
# note rows read as the table's rows)

SHEET_TITLES = ["Report Covering the Week", "Monthly Situation Summary", "Weekly Distribution Report",
                "Harvest Report, All Season Test", "Quarterly Monitoring Sheet", "Registration Summary",
                "Field Assessment Results", "Rapport hebdomadaire de distribution", "Informe mensual de situación"]
SHEET_STRIPS = ["Crime Complaints", "Distributions", "Registrations", "Results by site", "Cases reported",
                "Summary of activities", "Caseload", "Stock position"]
SHEET_FIELDS = ["Country", "District", "Province", "Site", "Reporting period", "Prepared by", "Date",
                "Form no.", "Sector", "Partner", "Location", "Planting date", "Harvest date", "Soil type",
                "Contact", "Office", "Phone", "Coordinator", "Camp", "Village"]
SHEET_VALUES = ["Kassala", "North Darfur", "Cox's Bazar", "Juba", "Maiduguri", "Conventional tillage",
                "Clay loam, well drained", "J. Okello", "M. Haddad", "{d}", "{d}", "F-{n}", "No. {n}",
                "+{n} 555 0{n}", "WASH cluster", "Health", "Dept. of Agriculture", "{m} {y}"]
SHEET_NOTES = ["All figures are subject to further analysis and revision.",
               "Figures for the current week are provisional and may change.",
               "(Historical figures cover a complete calendar year of data.)",
               "Totals include cases reported after the period closed.",
               "* Year to date figures begin on 1 January of each year.",
               "Data collected by partner organisations through household visits.",
               "Percentage change is not shown where the earlier figure is zero.",
               "Les données de la semaine en cours sont provisoires."]


def _sheet_band(rng) -> Block:
    """A sheet's title band: one or two lines centred over the table (a report's name, its dates),
    then at times a strip naming the table (a short phrase centred on a shaded or boxed strip as wide
    as the table). ``label``: strip style (shade, box or none), bold, size factor of the title;
    ``justify``: set tight over the next block (reportlab)."""
    lines = [rng.choice(SHEET_TITLES)]
    if rng.random() < 0.7:
        lines.append(rng.choice([f"{_date(rng)} Through {_date(rng)}", f"Week {rng.randint(1, 52)}, {rng.randint(2015, 2026)}",
                                 f"{rng.choice(MONTH_NAMES)} {rng.randint(2015, 2026)}"]))
    pairs = [(x, "title") for x in lines]
    strip = rng.choice(["shade", "box", "none", "plain"])
    if strip != "none":
        pairs.append((rng.choice(SHEET_STRIPS), "strip"))
    return Block("band", pairs=pairs, label="|".join([strip, rng.choice(["bold", "regular"]),
                                                      str(rng.choice([1.0, 1.0, 1.2, 1.5]))]),
                 justify=rng.random() < 0.5)


def _sheet_fields(rng) -> Block:
    """A form's field block: "Label:" and its value, two to four fields a line on a grid of their own
    across the page, one to three lines; labels in smaller capitals, bold, or the body's type."""
    per = rng.randint(2, 4)
    n = per * rng.randint(1, 3) - rng.randint(0, per - 1)
    names = rng.sample(SHEET_FIELDS, n)
    pairs = []
    for name in names:
        fill = dict(d=_date(rng), n=rng.randint(10, 999), m=rng.choice(MONTH_NAMES), y=rng.randint(2015, 2026))
        pairs.append((name + ":", rng.choice(SHEET_VALUES).format(**fill)))
    return Block("fields", pairs=pairs, gap=float(per),
                 label="|".join([rng.choice(["caps", "bold", "plain"]), str(rng.choice([0.8, 0.9, 1.0]))]),
                 justify=rng.random() < 0.5)


def _sheet_notes(rng) -> Block:
    """Notes under a sheet's table: one to three sentences in smaller type, italic at times."""
    return Block("sheetnotes", text="\n".join(rng.sample(SHEET_NOTES, rng.randint(1, 3))),
                 label="|".join([rng.choice(["italic", "small", "small"]), str(rng.choice([0.75, 0.8, 0.85]))]),
                 justify=rng.random() < 0.5)


def fam_sheet(rng):
    """A statistical sheet or form: a title band and/or a field block over a table as wide as the
    text, notes under it. The band, fields and notes are no part of the table."""
    t = make_table(rng, n_rows=rng.randint(5, 16), n_vals=rng.randint(3, 7), magnitude=rng.choice([2, 3, 4, 5]),
                   totals=rng.random() < 0.5, decimals=rng.choice([0, 0, 1]),
                   labels=[c for c in COUNTRIES + SECTORS + ACTIVITIES if len(c) < 24],
                   style=_base_style(rng, rules=rng.choice(["none", "none", "hrules", "headrule", "booktabs", "outer", "grid"]),
                                     pad=rng.choice([0.3, 0.45, 0.6])))
    t.style["full"] = True
    roll = rng.random()
    blocks = []
    if roll < 0.7:
        blocks.append(_sheet_band(rng))
    if roll > 0.35:
        blocks.append(_sheet_fields(rng))
    if len(blocks) == 2 and rng.random() < 0.5:
        blocks.reverse()
    blocks += [t_block(t), _sheet_notes(rng)]
    return [blocks]


#: family -> (builder, engines that can draw it)
FAMILIES = {
    "ruled": (fam_ruled, ("reportlab", "chromium", "libreoffice")),
    "borderless": (fam_borderless, ("reportlab", "chromium", "libreoffice")),
    "zebra": (fam_zebra, ("reportlab", "chromium", "libreoffice")),
    "spanning": (fam_spanning, ("reportlab", "chromium", "libreoffice")),
    "wrapped": (fam_wrapped, ("reportlab", "chromium", "libreoffice")),
    "multipage": (fam_multipage, ("reportlab", "chromium")),
    "twocolumn": (fam_twocolumn, ("reportlab", "chromium")),
    "totals": (fam_totals, ("reportlab", "chromium", "libreoffice")),
    "footnotes": (fam_footnotes, ("reportlab", "chromium", "libreoffice")),
    "numformat": (fam_numformat, ("reportlab", "chromium", "libreoffice")),
    "dashboard": (fam_dashboard, ("reportlab", "chromium")),
    "currency": (fam_currency, ("reportlab", "chromium")),
    "grouprows": (fam_grouprows, ("reportlab", "chromium", "libreoffice")),
    "sentence": (fam_sentence, ("reportlab", "chromium", "libreoffice")),
    "emdash": (fam_emdash, ("reportlab", "chromium", "libreoffice")),
    "dotted": (fam_dotted, ("reportlab", "chromium")),
    "metrics": (fam_metrics, ("reportlab",)),
    "innerrules": (fam_innerrules, ("reportlab", "chromium", "libreoffice")),
    "rotated": (fam_rotated, ("reportlab", "chromium")),
    "xmatrix": (fam_xmatrix, ("reportlab", "chromium", "libreoffice")),
    # generator 2: appended in a later round (new seeds), the documents above stay as they were
    "panels": (fam_panels, ("reportlab", "chromium")),
    "flow": (fam_flow, ("reportlab", "chromium")),
    # generator 3: appended in a third round (new seeds); the documents above stay as they were
    "nested": (fam_nested, ("reportlab", "chromium", "libreoffice")),
    "wide": (fam_wide, ("reportlab", "chromium", "libreoffice")),
    "logframe": (fam_logframe, ("reportlab", "chromium", "libreoffice")),
    "overprint": (fam_overprint, ("reportlab",)),
    "fillrules": (fam_fillrules, ("reportlab",)),
    "landscape": (fam_landscape, ("reportlab",)),
    # generator 4: appended in a fourth round (new seeds); the documents above stay as they were
    "texttable": (fam_texttable, ("reportlab", "chromium", "libreoffice")),
    "sparse": (fam_sparse, ("reportlab", "chromium", "libreoffice")),
    "inline": (fam_inline, ("reportlab", "chromium", "libreoffice")),
    # generator 5: pages with no table, appended in a fifth round (new seeds)
    "notables": (fam_notables, ("reportlab", "chromium", "libreoffice")),
    # generator 6: financial statements, row labels over several rows, continued tables, two-line
    # value cells, appended in a sixth round (new seeds)
    "statement": (fam_statement, ("reportlab", "chromium", "libreoffice")),
    "rowspan": (fam_rowspan, ("reportlab", "chromium", "libreoffice")),
    "continued": (fam_continued, ("reportlab", "chromium", "libreoffice")),
    "stacked": (fam_stacked, ("reportlab", "chromium", "libreoffice")),
    # generator 7: tables amid a page's furniture (running head and foot, notes and footnotes, lists,
    # call-outs and charts, accounting rules), appended in a seventh round (new seeds)
    "context": (fam_context, ("reportlab", "chromium")),
    "callout": (fam_callout, ("reportlab", "chromium")),
    "lists": (fam_lists, ("reportlab", "chromium")),
    # generator 8: data bars and horizontal bar charts, hierarchy by indentation only, dark header
    # bands, tables in rounded side panels, short figures ("1.2M"), appended in an eighth round
    "databars": (fam_databars, ("reportlab", "chromium")),
    "indented": (fam_indented, ("reportlab", "chromium", "libreoffice")),
    "darkhead": (fam_darkhead, ("reportlab", "chromium", "libreoffice")),
    "sidepanel": (fam_sidepanel, ("reportlab", "chromium")),
    # generator 9: dot leaders, workplans, lists set in two halves, bullet lists in cells, key figures
    # transposed, appended in a ninth round
    "leaders": (fam_leaders, ("reportlab", "chromium")),
    "workplan": (fam_workplan, ("reportlab", "chromium", "libreoffice")),
    "halves": (fam_halves, ("reportlab", "chromium", "libreoffice")),
    "bullets": (fam_bullets, ("reportlab", "chromium", "libreoffice")),
    "keyfigures": (fam_keyfigures, ("reportlab", "chromium", "libreoffice")),
    # generator 10: traffic-light status marks with no text, body cells across columns, tables
    # turned about (countries across), a label column between two groups of figures
    "status": (fam_status, ("reportlab", "chromium")),
    "bodyspan": (fam_bodyspan, ("reportlab", "chromium", "libreoffice")),
    "transposed": (fam_transposed, ("reportlab", "chromium", "libreoffice")),
    "pyramid": (fam_pyramid, ("reportlab", "chromium", "libreoffice")),
    # generator 11: a change or share printed small under each figure, "of which" rows, a remarks
    # column of wrapped sentences, labels repeated by ditto marks or left blank
    "deltas": (fam_deltas, ("reportlab", "chromium", "libreoffice")),
    "ofwhich": (fam_ofwhich, ("reportlab", "chromium", "libreoffice")),
    "remarks": (fam_remarks, ("reportlab", "chromium", "libreoffice")),
    "ditto": (fam_ditto, ("reportlab", "chromium", "libreoffice")),
    # generator 12: a caption under the table and notes over it, columns told by vertical rules only,
    # figures set on their decimal points, a table right under a numbered list
    "capbelow": (fam_capbelow, ("reportlab", "chromium", "libreoffice")),
    "vrules": (fam_vrules, ("reportlab", "chromium", "libreoffice")),
    "decimal": (fam_decimal, ("reportlab", "chromium")),
    "afterlist": (fam_afterlist, ("reportlab", "chromium", "libreoffice")),
    # generator 13: a masthead straight over the table; a table in a rounded box on a framed sheet
    "masthead": (fam_masthead, ("reportlab",)),
    "framed": (fam_framed, ("reportlab",)),
    # generator 14: a sheet's title band, field block and notes round its table
    "sheet": (fam_sheet, ("reportlab", "chromium", "libreoffice")),
}
#: families added by generator 2 (planned after the first two rounds)
LATER_FAMILIES = ("panels", "flow")
#: families added by generator 3 (layouts of statistical annexes, budgets and annual reports)
THIRD_FAMILIES = ("nested", "wide", "logframe", "overprint", "fillrules", "landscape")
#: (documents per family and engine, families) of each round; a round only appends
#: families added by generator 4 (tables set like running text: no rules, no header style)
FOURTH_FAMILIES = ("texttable", "sparse", "inline")
#: families added by generator 5 (pages with no table: false tables are counted there)
FIFTH_FAMILIES = ("notables",)
#: families added by generator 6 (financial statements, row labels over several rows, tables
#: continued under a "(continued)" caption, value cells of two lines)
SIXTH_FAMILIES = ("statement", "rowspan", "continued", "stacked")
#: families added by generator 7 (tables amid running heads and feet, captions, source lines and
#: numbered footnotes, lists of figures, key-figure call-outs and bar charts, accounting rules)
SEVENTH_FAMILIES = ("context", "callout", "lists")
#: families added by generator 8 (data bars in a column and horizontal bar charts beside tables,
#: hierarchy by indentation only, white headings on a dark band, tables in rounded side panels,
#: figures printed short: "1.2M", "450K")
EIGHTH_FAMILIES = ("databars", "indented", "darkhead", "sidepanel")
#: families added by generator 9 (budget lists with dot leaders, workplans with shaded periods, lists
#: set in two halves side by side, bullet lists inside cells, key figures transposed)
NINTH_FAMILIES = ("leaders", "workplan", "halves", "bullets", "keyfigures")
#: families added by generator 10 (status marks with no text and a legend, body cells across value
#: columns, indicators down and countries across, a label column between two groups of figures)
TENTH_FAMILIES = ("status", "bodyspan", "transposed", "pyramid")
#: families added by generator 11 (a change or share printed small under each figure, "of which"
#: rows under their parent, a remarks column of wrapped sentences, ditto marks or blanks for a label
#: repeated down its column)
ELEVENTH_FAMILIES = ("deltas", "ofwhich", "remarks", "ditto")
#: families added by generator 12 (a caption under the table and notes in small type over it, columns
#: separated by vertical rules only, figures set on their decimal points, a table right under a
#: numbered or lettered list with no gap)
TWELFTH_FAMILIES = ("capbelow", "vrules", "decimal", "afterlist")
#: families added by generator 13 (a report sheet's masthead straight over its table; a table in a
#: box with rounded corners, zebra bands of two or three rows, on a framed sheet with punch holes)
THIRTEENTH_FAMILIES = ("masthead", "framed")
#: families added by generator 14 (a statistical sheet or form: a title band and a field block of
#: "Label: value" pairs over the table, note lines in smaller or italic type under it)
FOURTEENTH_FAMILIES = ("sheet",)
ROUNDS = ((12, None), (3, None), (15, LATER_FAMILIES), (20, THIRD_FAMILIES), (11, FOURTH_FAMILIES),
          (12, FIFTH_FAMILIES), (15, SIXTH_FAMILIES), (12, SEVENTH_FAMILIES), (12, EIGHTH_FAMILIES),
          (10, NINTH_FAMILIES), (10, TENTH_FAMILIES), (10, ELEVENTH_FAMILIES), (10, TWELFTH_FAMILIES),
          (15, THIRTEENTH_FAMILIES), (10, FOURTEENTH_FAMILIES))

RL_FONTS = {
    # name: (regular, bold) TrueType files; Helvetica/Times are reportlab's built-in Type 1 fonts
    "DejaVuSans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "LiberationSans": ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                       "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    "LiberationSerif": ("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
                        "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"),
    "NotoSans": (str(ROOT / "resources/fonts/NotoSans-Regular.ttf"), str(ROOT / "resources/fonts/NotoSans-Bold.ttf")),
}
#: independent pages of one family per document (fewer engine start-ups per table)
PAGES_PER_DOC = 3
HTML_FONTS = ["DejaVu Sans", "Liberation Sans", "Liberation Serif", "Noto Sans", "DejaVu Serif"]


def _winansi(text: str) -> str:
    # reportlab writes "•" in its built-in fonts as a code their encoding lacks: a hyphen instead
    return text.replace("\u202f", "\u00a0").replace("✓", "X").replace("●", "x").replace("•", "-")


#: generator 9: marks a continuation line of a bullet item (drawn indented under the item's text)
HANG = "\x00"

#: what a producer prints when its font has no glyph for a character
FALLBACK = {"\u202f": "\u00a0", "✓": "X", "✔": "X", "✗": "x", "✘": "x", "●": "x", "■": "x", "◆": "x"}
_CMAPS: dict[str, set[int]] = {}


def _font_has(name: str) -> set[int]:
    """Code points the regular face of a reportlab TrueType font (``RL_FONTS``) has glyphs for."""
    if name not in _CMAPS:
        from reportlab.pdfbase.ttfonts import TTFont

        _CMAPS[name] = set(TTFont(f"cmap-{name}", RL_FONTS[name][0]).face.charToGlyph)
    return _CMAPS[name]


def _fallback(text: str, has: set[int]) -> str:
    # generator 1 wrote such characters as "\x00" (reportlab with a TrueType font lacking the glyph)
    # while the truth had them: no tool could read those cells
    return "".join(FALLBACK.get(ch, ch) if ord(ch) not in has else ch for ch in text)


def build_doc(family: str, engine: str, seed: int) -> GenDoc:
    rng = random.Random(f"{family}-{engine}-{seed}")
    builder, _engines = FAMILIES[family]
    pages = []
    for _ in range(PAGES_PER_DOC if family != "multipage" else 1):
        pages += builder(rng)
    if engine == "reportlab":
        font = rng.choice(list(RL_FONTS) + ["Helvetica", "Times-Roman"])
        if family == "metrics":
            font = rng.choice(list(RL_FONTS))
    else:
        font = rng.choice(HTML_FONTS)
    size = rng.choice([7.5, 8, 8.5, 9, 10, 11])
    if family in ("dashboard", "panels"):
        size = min(size, 8.5)
    if family in ("wide", "landscape"):
        size = rng.choice([6, 6.5, 7, 7.5, 8])  # statistical annexes set wide tables in small type
    landscape = rng.choice([1, 2]) if family == "landscape" else 0
    columns = 2 if family == "twocolumn" else 1
    fix = None
    if font in ("Helvetica", "Times-Roman"):
        # reportlab's built-in Type 1 fonts are WinAnsi-encoded: no check marks, bullets or narrow
        # no-break spaces; print what such a producer would
        fix = _winansi
    elif engine == "reportlab":
        has = _font_has(font)
        fix = lambda t: _fallback(t, has)  # noqa: E731
    if fix is not None:
        for blocks in pages:
            for b in blocks:
                for x in b.walk():
                    if x.table is not None:
                        x.table.cells = [(r, c, rs, cs, fix(t)) for r, c, rs, cs, t in x.table.cells]
    return GenDoc(name=f"{family}-{engine}-{seed:05d}", family=family, engine=engine, seed=seed,
                  font=font, size=size, pages=pages, columns=columns, landscape=landscape)


# -------------------------------------------------------------------------------------- reportlab

_REGISTERED: set[str] = set()


def _rl_fonts(name: str, wrong_metrics: bool) -> tuple[str, str]:
    """(regular, bold) font names registered with reportlab; ``wrong_metrics`` registers copies whose
    declared ascent is 1.6 and descent 5.5 times the real ones (a character's box, placed from the
    declared descent, then lies mostly below its baseline, as with some producers' fonts)."""
    if name in ("Helvetica", "Times-Roman"):
        return name, {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[name]
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    out = []
    for path, suffix in zip(RL_FONTS[name], ("", "-Bold")):
        reg = f"{name}{suffix}{'-Tall' if wrong_metrics else ''}"
        if reg not in _REGISTERED:
            font = TTFont(reg, path)
            if wrong_metrics:
                face = font.face
                face.ascent = int(face.ascent * 1.6)
                face.descent = int(face.descent * 5.5)
                face.bbox = [face.bbox[0], int(face.descent * 1.1), face.bbox[2], int(face.ascent * 1.1)]
                # a face name of its own, or reportlab writes one font object for both copies
                face.name = face.name + b"Tall"
            pdfmetrics.registerFont(font)
            _REGISTERED.add(reg)
        out.append(reg)
    return out[0], out[1]


class _RL:
    """Draws a GenDoc with reportlab's canvas (A4, top-down layout)."""

    W, H = 595.0, 842.0
    M = 56.0

    def __init__(self, doc: GenDoc, path: Path):
        from reportlab.pdfgen import canvas

        self.doc = doc
        self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        self.rng = random.Random(doc.seed * 7 + 1)
        self.size = doc.size

    def sw(self, text: str, font: str, size: float) -> float:
        from reportlab.pdfbase import pdfmetrics

        return pdfmetrics.stringWidth(text, font, size)

    def draw(self):
        doc = self.doc
        for p, blocks in enumerate(doc.pages):
            if doc.landscape:
                # the page in landscape coordinates, turned a quarter anticlockwise onto portrait
                # paper (text runs up the page); /Rotate 90 turns it back for the viewer
                self.W, self.H = _RL.H, _RL.W
                self.c.saveState()
                self.c.translate(_RL.W, 0)
                self.c.rotate(90)
                if doc.landscape == 2:
                    self.c.setPageRotation(90)
            if doc.columns == 2:
                self._two_columns(blocks)
            else:
                y = self.M
                for b in blocks:
                    y = self.block(b, self.M, self.W - self.M, y) + self.size * 1.2
            if doc.landscape:
                self.c.restoreState()
            self.c.showPage()
        self.c.save()

    def _two_columns(self, blocks):
        gut = 18
        colw = (self.W - 2 * self.M - gut) / 2
        table_left = self.rng.random() < 0.5
        prose = [b for b in blocks if b.kind != "table" and b.kind != "heading"]
        others = [b for b in blocks if b not in prose]
        x_t = self.M if table_left else self.M + colw + gut
        x_p = self.M + colw + gut if table_left else self.M
        y = self.M
        for b in prose:
            y = self.block(b, x_p, x_p + colw, y) + self.size
        y = self.M + (self.size * 3 if self.rng.random() < 0.5 else 0)
        for b in others:
            y = self.block(b, x_t, x_t + colw, y) + self.size * 1.2

    def font(self, bold=False):
        reg, b = _rl_fonts(self.doc.font, False)
        return b if bold else reg

    def text_lines(self, text: str, font: str, size: float, width: float) -> list[str]:
        words, lines, cur = text.split(), [], ""
        for w in words:
            cand = (cur + " " + w).strip()
            if cur and self.sw(cand, font, size) > width:
                lines.append(cur)
                cur = w
            else:
                cur = cand
        if cur:
            lines.append(cur)
        return lines

    def put(self, x, top, text, font, size, double: float = 0.0):
        """Text with its top at ``top`` (page coordinates from the top); ``double``: drawn a second
        time that far to the right (fake bold)."""
        self.c.setFont(font, size)
        self.c.drawString(x, self.H - top - size * 0.8, text)
        if double:
            self.c.drawString(x + double, self.H - top - size * 0.8, text)

    def block(self, b: Block, x0: float, x1: float, y: float) -> float:
        s = self.size
        if b.kind == "heading":
            f = self.font(True)
            size = s * 1.25
            for line in self.text_lines(b.text, f, size, x1 - x0):
                self.put(x0, y, line, f, size)
                y += size * 1.3
            return y + s * 0.2
        if b.kind == "caption":
            f = self.font(self.rng.random() < 0.6)
            for line in self.text_lines(b.text, f, s, x1 - x0):
                self.put(x0, y, line, f, s)
                y += s * 1.3
            return y - s * 0.6
        if b.kind == "note":
            f, size = self.font(), s * 0.85
            y -= s * 0.6  # right under the table
            for line in self.text_lines(b.text, f, size, x1 - x0):
                self.put(x0, y, line, f, size)
                y += size * 1.25
            return y
        if b.kind in ("prose", "sentence"):
            f = self.font()
            for line in self.text_lines(b.text, f, s, x1 - x0):
                self.put(x0, y, line, f, s)
                y += s * 1.3
            return y - (s * 0.6 if b.kind == "sentence" else 0)
        if b.kind == "para":
            # a paragraph on the page's baseline grid (one line pitch after it: the stack adds an
            # em, this the rest), its marker in a hanging indent, justified or ragged right
            f = self.font()
            hang = s * 2.2 if b.label else 0.0
            lines = self.text_lines(b.text, f, s, x1 - x0 - hang)
            if b.label:
                self.put(x0, y, b.label, f, s)
            for i, line in enumerate(lines):
                words = line.split()
                if b.justify and i < len(lines) - 1 and len(words) > 1:
                    room = (x1 - x0 - hang) - sum(self.sw(w, f, s) for w in words)
                    x = x0 + hang
                    for w in words:
                        self.put(x, y, w, f, s)
                        x += self.sw(w, f, s) + room / (len(words) - 1)
                else:
                    self.put(x0 + hang, y, line, f, s)
                y += s * 1.3
            return y + s * 0.3
        if b.kind == "lines":
            # an address or signature block: one line each, a part after a tab set flush right
            f = self.font()
            for line in b.text.split("\n"):
                left, _, right = line.partition("\t")
                self.put(x0, y, left, f, s)
                if right:
                    self.c.setFont(f, s)
                    self.c.drawRightString(x1, self.H - y - s * 0.8, right)
                y += s * 1.3
            return y + s * 0.3
        if b.kind in ("runhead", "runfoot"):
            # generator 7: in the page's top or bottom margin, outside the flow (``justify``: a rule
            # under the head)
            f, size = self.font(), max(6.0, s * 0.8)
            top = self.M * 0.45 if b.kind == "runhead" else self.H - self.M * 0.6
            if b.text:
                self.put(x0, top, b.text, f, size)
            if b.label:
                self.c.setFont(f, size)
                self.c.drawRightString(x1, self.H - top - size * 0.8, b.label)
            if b.kind == "runhead" and b.justify:
                self.c.setLineWidth(0.5)
                self.c.line(x0, self.H - top - size * 1.4, x1, self.H - top - size * 1.4)
            return y - s * 1.2 if b.kind == "runhead" else y
        if b.kind == "footnotes":
            f, size = self.font(), s * 0.8
            for line in b.text.split("\n"):
                for part in self.text_lines(line, f, size, x1 - x0):
                    self.put(x0, y, part, f, size)
                    y += size * 1.25
            return y
        if b.kind == "callout":
            fb, f = self.font(True), self.font()
            self.put(x0, y, b.text, fb, s * 2.4)
            y += s * 2.9
            for line in self.text_lines(b.label, f, s, x1 - x0):
                self.put(x0, y, line, f, s)
                y += s * 1.3
            return y + s * 0.6
        if b.kind == "legend":
            # generator 10: each status colour's mark and its word on one line under the table
            f, size = self.font(), s * 0.9
            x = x0
            for colour, word in b.pairs:
                if b.label == "fill":
                    from reportlab.lib.colors import HexColor

                    self.c.setFillColor(HexColor(colour))
                    self.c.rect(x, self.H - y - size * 0.9, size * 1.6, size * 0.9, stroke=0, fill=1)
                    self.c.setFillGray(0)
                    x += size * 2.0
                else:
                    self._mark(b.label, colour, x + size * 0.45, y + size * 0.4, size)
                    x += size * 1.3
                self.put(x, y, word, f, size)
                x += self.sw(word, f, size) + size * 1.5
            return y + size * 1.4
        if b.kind == "chart":
            return self._chart(b, x0, x1, y)
        if b.kind == "hchart":
            return self._hchart(b, x0, x1, y)
        if b.kind == "panel":
            return self._panel(b, x0, x1, y)
        if b.kind == "masthead":
            return self._masthead(b, x0, x1, y)
        if b.kind == "sheet":
            return self._sheet(b, x0, x1, y)
        if b.kind == "band":
            return self._band(b, x0, x1, y)
        if b.kind == "fields":
            return self._fields(b, x0, x1, y)
        if b.kind == "sheetnotes":
            return self._sheetnotes(b, x0, x1, y)
        if b.kind == "kv":
            f, fb = self.font(), self.font(True)
            kw = max(self.sw(k, f, s) for k, _ in b.pairs) + s
            for k, v in b.pairs:
                self.put(x0, y, k, f, s)
                self.put(x0 + kw, y, v, fb, s)
                y += s * 1.4
            return y
        if b.kind == "total":
            fb = self.font(True)
            self.put(x0 + self.rng.uniform(0, 20), y, b.text, fb, s * 1.6)
            return y + s * 2.2
        if b.kind == "stack":
            for kid in b.children:
                y = self.block(kid, x0, x1, y) + s * 1.0
            return y - s * 1.0
        if b.kind in ("row", "columns"):
            n = len(b.children)
            gut = b.gap or 16
            w = (x1 - x0 - gut * (n - 1)) / n
            bottoms = []
            for i, kid in enumerate(b.children):
                bottoms.append(self.block(kid, x0 + i * (w + gut), x0 + i * (w + gut) + w, y))
            return max(bottoms) + s * 0.8
        if b.kind == "table":
            if b.table.style.get("flush"):
                # rows at the text's pitch: the first row where the next text line would be, the text
                # below where the line after the last row would be (no gap between the blocks)
                return self.table(b.table, x0, x1, y - s * 1.35) - s * 1.05
            if b.table.style.get("tight_top"):
                # generator 12: right under a list item, no gap (the header where the next item's
                # line would be)
                return self.table(b.table, x0, x1, y - s * 1.5)
            return self.table(b.table, x0, x1, y)
        return y

    def _chart(self, b: Block, x0: float, x1: float, y: float) -> float:
        """A bar chart (generator 7): title, ticks 0 / half / top on the left axis, a bar per category
        with its value over it and its category under it."""
        s, cv = self.size, self.c
        f, fb, small = self.font(), self.font(True), s * 0.8
        for line in self.text_lines(b.text, fb, s, x1 - x0):
            self.put(x0, y, line, fb, s)
            y += s * 1.4
        top = int(b.label)
        ticks = ["0", str(top // 2), str(top)]
        ax = x0 + max(self.sw(t, f, small) for t in ticks) + s * 0.5
        plot_h = s * 9
        y_top, y_bot = y + small * 1.4, y + small * 1.4 + plot_h
        cv.setLineWidth(0.5)
        cv.line(ax, self.H - y_top, ax, self.H - y_bot)
        cv.line(ax, self.H - y_bot, x1, self.H - y_bot)
        for t in ticks:
            ty = y_bot - plot_h * int(t) / top
            self.put(ax - s * 0.3 - self.sw(t, f, small), ty - small * 0.5, t, f, small)
        slot = (x1 - ax) / len(b.pairs)
        bar = slot * 0.55
        cv.setFillGray(self.rng.choice([0.35, 0.5, 0.65]))
        for i, (cat, val) in enumerate(b.pairs):
            cx = ax + slot * (i + 0.5)
            h = plot_h * int(val) / top
            cv.rect(cx - bar / 2, self.H - y_bot, bar, h, stroke=0, fill=1)
        cv.setFillGray(0)
        for i, (cat, val) in enumerate(b.pairs):
            cx = ax + slot * (i + 0.5)
            h = plot_h * int(val) / top
            self.put(cx - self.sw(val, f, small) / 2, y_bot - h - small * 1.2, val, f, small)
            self.put(cx - self.sw(cat, f, small) / 2, y_bot + small * 0.4, cat, f, small)
        return y_bot + small * 1.8

    def _hchart(self, b: Block, x0: float, x1: float, y: float) -> float:
        """A horizontal bar chart (generator 8): title, then per category its label at the left, a bar
        from a common start, the value just past the bar's end."""
        s, cv = self.size, self.c
        f, fb, small = self.font(), self.font(True), s * 0.9
        for line in self.text_lines(b.text, fb, s, x1 - x0):
            self.put(x0, y, line, fb, s)
            y += s * 1.5
        fracs = [float(v) for v in b.label.split(",")]
        lab_w = max(self.sw(c, f, small) for c, _v in b.pairs) + s * 0.8
        val_w = max(self.sw(v, f, small) for _c, v in b.pairs) + s * 0.6
        room = max(s * 4, x1 - x0 - lab_w - val_w)
        pitch = small * self.rng.choice([1.5, 1.8, 2.2])
        right = self.rng.random() < 0.4  # labels set flush right against the bars
        grey = self.rng.choice([0.35, 0.5, 0.65])
        for (cat, val), fr in zip(b.pairs, fracs):
            lx = x0 + lab_w - s * 0.5 - self.sw(cat, f, small) if right else x0
            self.put(lx, y, cat, f, small)
            cv.setFillGray(grey)
            cv.rect(x0 + lab_w, self.H - y - small * 0.95, room * fr, small * 1.0, stroke=0, fill=1)
            cv.setFillGray(0)
            self.put(x0 + lab_w + room * fr + s * 0.3, y, val, f, small)
            y += pitch
        return y + s * 0.4

    def _panel(self, b: Block, x0: float, x1: float, y: float) -> float:
        """A rounded, tinted box (generator 8) around its children: drawn once on a scratch canvas to
        learn its height (the same random draws again after), then the box, then the children."""
        from io import BytesIO

        from reportlab.lib.colors import HexColor
        from reportlab.pdfgen import canvas

        s, inner = self.size, b.gap or 8.0
        fill, border = b.label.split("|")

        def kids(yy):
            yy += inner
            for kid in b.children:
                yy = self.block(kid, x0 + inner, x1 - inner, yy) + s * 0.6
            return yy - s * 0.6 + inner

        real, state = self.c, self.rng.getstate()
        self.c = canvas.Canvas(BytesIO(), pagesize=(self.W, self.H))
        try:
            bottom = kids(y)
        finally:
            self.c = real
            self.rng.setstate(state)
        cv = self.c
        cv.setFillColor(HexColor(fill))
        if border:
            cv.setStrokeColor(HexColor(border))
            cv.setLineWidth(0.75)
        cv.roundRect(x0, self.H - bottom, x1 - x0, bottom - y, radius=inner, stroke=1 if border else 0, fill=1)
        cv.setFillGray(0)
        cv.setStrokeGray(0)
        return kids(y)

    def _masthead(self, b: Block, x0: float, x1: float, y: float) -> float:
        """Generator 13: a report sheet's masthead: a logo word and the agency's name in large type
        (side by side, or the name centred with the logo at the left), then its lines of date,
        period and volume (a part after a tab set flush right); a rule under it or the name on a
        dark band at times. Ends a little over the next block (a table right under it)."""
        s, cv = self.size, self.c
        logo, style, place = b.label.split("|")
        fb, f = self.font(True), self.font()
        big, name = s * 2.2, s * 1.6
        if style == "band":
            cv.setFillGray(0.2)
            cv.rect(x0, self.H - y - big * 1.25, x1 - x0, big * 1.3, stroke=0, fill=1)
            cv.setFillGray(1)
        self.put(x0 + (s * 0.4 if style == "band" else 0), y, logo, fb, big)
        after = x0 + self.sw(logo, fb, big) + s * 1.2 + (s * 0.4 if style == "band" else 0)
        # the name in the room right of the logo, smaller when it does not fit
        name = min(name, name * (x1 - after - s * 0.4) / max(self.sw(b.text, fb, name), 1.0))
        at = max(after, (x0 + x1 - self.sw(b.text, fb, name)) / 2) if place == "centre" else after
        self.put(at, y + (big - name) / 2, b.text, fb, name)
        cv.setFillGray(0)
        y += big * 1.4
        for left, right in b.pairs:
            if left:
                self.put(x0, y, left, f, s * 0.9)
            if right:
                cv.setFont(f, s * 0.9)
                cv.drawRightString(x1, self.H - y - s * 0.9 * 0.8, right)
            y += s * 1.2
        if style == "rule":
            cv.setLineWidth(0.75)
            cv.line(x0, self.H - y - s * 0.1, x1, self.H - y - s * 0.1)
            y += s * 0.3
        return y - s * 0.7

    def _sheet(self, b: Block, x0: float, x1: float, y: float) -> float:
        """Generator 13: its children on a sheet with a drawn frame: thin bars stacked down both sides
        a little outside the text, a rule over and under, punch-hole circles in the frame's margins
        (each drawn ``gap`` times over at one place, as some producers draw a stroke)."""
        s, cv, H = self.size, self.c, self.H
        top = y
        for kid in b.children:
            y = self.block(kid, x0, x1, y) + s * 0.6
        bottom = y + s * 0.6
        fx0, fx1 = x0 - 16, x1 + 16
        cv.setFillGray(0)
        yy = top
        while yy < bottom:
            h = min(24.4, bottom - yy)
            for x in (fx0, fx1):
                cv.rect(x, H - yy - h, 0.3, h, stroke=0, fill=1)
            yy += h
        for yy in (top, bottom):
            cv.rect(fx0, H - yy, fx1 - fx0, 0.4, stroke=0, fill=1)
        cv.setLineWidth(0.5)
        yy = top + 10
        while yy < bottom - 5:
            for x in (x0 - 8, x1 + 8):
                for _ in range(int(b.gap) or 1):
                    cv.circle(x, H - yy, 4.2, stroke=1, fill=0)
            yy += 37.7
        return bottom

    def italic(self) -> str:
        """Generator 14: the face's italic (registered on first use)."""
        name = self.doc.font
        if name in ("Helvetica", "Times-Roman"):
            return {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[name]
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        path = {"DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
                "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
                "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
                "NotoSans": str(ROOT / "resources/fonts/NotoSans-Italic.ttf")}[name]
        reg = f"{name}-Italic"
        if reg not in _REGISTERED:
            pdfmetrics.registerFont(TTFont(reg, path))
            _REGISTERED.add(reg)
        return reg

    def _band(self, b: Block, x0: float, x1: float, y: float) -> float:
        """Generator 14: a sheet's title band: its lines centred over the text width (the table is as
        wide), a strip naming the table on a shaded or boxed band as wide as the table."""
        s, cv = self.size, self.c
        strip, weight, scale = b.label.split("|")
        for text, kind in b.pairs:
            if kind == "title":
                f, size = self.font(weight == "bold"), s * float(scale)
                self.put((x0 + x1 - self.sw(text, f, size)) / 2, y, text, f, size)
                y += size * 1.35
                continue
            f, size = self.font(True), s
            y += s * 0.3
            if strip in ("shade", "box"):
                if strip == "shade":
                    cv.setFillGray(0.8)
                    cv.rect(x0, self.H - y - s * 1.3, x1 - x0, s * 1.5, stroke=0, fill=1)
                    cv.setFillGray(0)
                else:
                    cv.setLineWidth(0.6)
                    cv.rect(x0, self.H - y - s * 1.3, x1 - x0, s * 1.5, stroke=1, fill=0)
            self.put((x0 + x1 - self.sw(text, f, size)) / 2, y + s * 0.1, text, f, size)
            y += s * 1.6
        return y - s * (1.2 if b.justify else 0.6)

    def _fields(self, b: Block, x0: float, x1: float, y: float) -> float:
        """Generator 14: a form's field block: "Label:" and its value, ``gap`` fields a line (fewer
        when one does not fit its share of the width) on a grid across the text width."""
        s = self.size
        style, scale = b.label.split("|")
        lf = self.font(style == "bold")
        ls, f = s * float(scale), self.font()
        text = [(k.upper() if style == "caps" else k, v) for k, v in b.pairs]
        per = int(b.gap)
        while per > 1 and any(self.sw(k, lf, ls) + s * 0.6 + self.sw(v, f, s) > (x1 - x0) / per - s
                              for k, v in text):
            per -= 1
        colw = (x1 - x0) / per
        for i in range(0, len(text), per):
            for j, (k, v) in enumerate(text[i:i + per]):
                x = x0 + j * colw
                self.put(x, y + (s - ls) * 0.8, k, lf, ls)
                self.put(x + self.sw(k, lf, ls) + s * 0.6, y, v, f, s)
            y += s * 1.5
        return y - (s * 1.0 if b.justify else 0.0)

    def _sheetnotes(self, b: Block, x0: float, x1: float, y: float) -> float:
        """Generator 14: notes under a sheet's table, in smaller type, italic at times."""
        style, scale = b.label.split("|")
        size = self.size * float(scale)
        f = self.italic() if style == "italic" else self.font()
        if b.justify:
            y -= self.size * 0.8  # right under the table
        for line in b.text.split("\n"):
            for part in self.text_lines(line, f, size, x1 - x0):
                self.put(x0, y, part, f, size)
                y += size * 1.3
        return y

    # ---- tables

    def table(self, t: GenTable, x0: float, x1: float, y: float) -> float:
        st, s = t.style, self.size
        reg, bold = _rl_fonts(self.doc.font, bool(st.get("wrong_metrics")))
        pad = st["pad"] * s
        vpad = pad if st.get("vpad") is None else st["vpad"] * s
        lpad = pad if st.get("lpad") is None else st["lpad"] * s
        lead = st["leading"] * s
        x0 = x0 + (st.get("indent") or 0) * s
        wrap = st.get("wrap") or 0
        rot = st.get("rotate") or 0
        cur = st.get("currency_run") or ""
        indents = st.get("indents") or {}
        ind = (st.get("indent_em") or 1.0) * s

        def cell_font(r, col=-1):
            return bold if ((r < t.header_rows and st.get("header_bold")) or r in t.total_rows
                            or (st.get("bold_body") and r >= t.header_rows)
                            or (st.get("bold_label") and col == 0 and r >= t.header_rows)) else reg

        def lines_of(c):
            r, col, rs, cs, text = c
            if col == st.get("bullets") and r >= t.header_rows:
                # generator 9: one item a line, wrapped under its own text (continuation lines marked
                # with HANG, drawn indented past the bullet)
                mark = st["bullet"] + " "
                out = []
                for item in text.split(mark)[1:]:
                    wrapped = self.text_lines(item.strip(), cell_font(r), s, st["bullet_em"] * s - s * 1.1)
                    out += [mark + wrapped[0]] + [HANG + x for x in wrapped[1:]]
                return out
            if st.get("col_em") and cs == 1:
                return self.text_lines(text, cell_font(r), s, st["col_em"][col] * s)
            if col in (st.get("wrap_cols") or {}) and r >= t.header_rows and cs == 1:
                # generator 11: a remarks column's sentences wrapped at the column's width
                return self.text_lines(text, cell_font(r, col), s, st["wrap_cols"][col] * s)
            if col in (st.get("under") or []) and r >= t.header_rows and " " in text:
                # generator 11: the change or share under its figure
                return text.split(" ", 1)
            if wrap and col == 0 and r >= t.header_rows and cs == 1:
                return self.text_lines(text, cell_font(r, col), s, wrap * s)
            if r < t.header_rows and cs == 1 and not rot and len(text) > 12:
                return self.text_lines(text, cell_font(r), s, max(6 * s, self.sw(text, cell_font(r), s) / 2 + s))
            if st.get("head_break") and r < t.header_rows and col > 0 and " " in text:
                return text.split(" ", 1)
            if st.get("two_line") and r >= t.header_rows and " (" in text:
                a, _, b_ = text.partition(" (")
                return [a, "(" + b_]
            return [text]

        # generator 12: figures set on their decimal points: per column the widest part before the
        # point and the widest from the point on
        dec_int: dict[int, float] = {}
        dec_frac: dict[int, float] = {}
        if st.get("decimal_align"):
            for r, col, rs, cs, text in t.cells:
                if r >= t.header_rows and cs == 1 and t.kinds[col] == "num" and text:
                    a, dot, b_ = text.partition(".")
                    dec_int[col] = max(dec_int.get(col, 0.0), self.sw(a, cell_font(r, col), s))
                    dec_frac[col] = max(dec_frac.get(col, 0.0), self.sw(dot + b_, cell_font(r, col), s))

        # column widths from single-column cells
        widths = [2 * s] * t.n_cols
        for c in t.cells:
            r, col, rs, cs, text = c
            if cs != 1 or r in t.group_rows:
                continue
            if r < t.header_rows and rot:
                continue
            w = max((self.sw(line.lstrip(HANG), cell_font(r, col), s) + (s * 1.1 if line.startswith(HANG) else 0)
                     for line in lines_of(c)), default=0) + 2 * pad
            if t.kinds[col] in ("label", "text") and r >= t.header_rows:
                w += lpad - pad
            if cur and t.kinds[col] == "num" and r >= t.header_rows:
                w += s * 1.5
            if col == 0 and indents.get(r):
                w += indents[r] * ind
            if col == 0 and st.get("leaders") and r >= t.header_rows:
                w += s * 2.5
            if col == st.get("databars") and r >= t.header_rows:
                w += st["bar_em"] * s
            if t.kinds[col] == "status" and r >= t.header_rows and text:
                w += s * 1.3  # generator 10: the status mark before the word
            if col == st.get("bullets") and r >= t.header_rows and st.get("bullet_gap"):
                w += st["bullet_gap"] * s
            widths[col] = max(widths[col], w)
        for col in dec_int:
            widths[col] = max(widths[col], dec_int[col] + dec_frac[col] + 2 * pad)
        if st.get("label_em"):
            widths[0] = max(widths[0], st["label_em"] * s)
        if st.get("center_spans"):
            # generator 10: a body cell across columns widens them to hold its text
            for r, col, rs, cs, text in t.cells:
                if cs > 1 and r >= t.header_rows and r not in t.group_rows:
                    short = self.sw(text, cell_font(r, col), s) + 2 * pad - sum(widths[col:col + cs])
                    if short > 0:
                        widths[col:col + cs] = [w + short / cs for w in widths[col:col + cs]]
        # generator 9: a gutter before a column (a list set in two halves), on its left
        gaps = {c: g * s for c, g in (st.get("gap_before") or {}).items()}
        for c, g in gaps.items():
            widths[c] += g
        if rot:
            widths = [max(w, s * 1.6) if i else w for i, w in enumerate(widths)]
        total_w = sum(widths)
        avail = x1 - x0
        if total_w > avail and s > 4:
            # too wide: the producer sets the table in smaller type (text never overlaps)
            saved = self.size
            self.size = s * avail / total_w * 0.97
            try:
                return self.table(t, x0, x1, y)
            finally:
                self.size = saved
        if total_w > avail or st.get("full"):
            # generator 14: a sheet's table as wide as the text
            widths = [w * avail / total_w for w in widths]
        elif self.rng.random() < 0.3 and not st.get("natural"):
            extra = (avail - total_w) * self.rng.uniform(0, 0.6)
            widths = [w + extra / t.n_cols for w in widths]
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        # row heights
        heights = []
        for r in range(t.n_rows):
            h = lead
            for c in t.cells:
                if c[0] == r and c[2] == 1:
                    if r < t.header_rows and rot:
                        ang = math.radians(rot)
                        h = max(h, self.sw(c[4], cell_font(r), s) * math.sin(ang) + s)
                    else:
                        h = max(h, len(lines_of(c)) * lead)
            heights.append(h + 2 * vpad)
        ys = [y]
        for h in heights:
            ys.append(ys[-1] + h)
        cv = self.c
        # zebra fills
        if st.get("zebra"):
            shade = self.rng.choice([0.9, 0.93, 0.85])
            cv.setFillGray(shade)
            run = st.get("zebra_run") or 1  # generator 13: bands of two or three rows
            for r in range(t.header_rows, t.n_rows):
                if (r - t.header_rows) // run % 2 == 0:
                    cv.rect(xs[0], self.H - ys[r + 1], xs[-1] - xs[0], heights[r], stroke=0, fill=1)
            cv.setFillGray(0)
        band = st.get("head_fill")
        if band:
            from reportlab.lib.colors import HexColor

            # generator 8: the header rows on a dark band, their text in white
            cv.setFillColor(HexColor(band[0]))
            cv.rect(xs[0], self.H - ys[t.header_rows], xs[-1] - xs[0], ys[t.header_rows] - ys[0], stroke=0, fill=1)
            cv.setFillGray(0)
        if st.get("shaded"):
            from reportlab.lib.colors import HexColor

            # generator 9: a workplan's periods as shaded cells
            cv.setFillColor(HexColor(st["shade"]))
            for r, col in st["shaded"]:
                cv.rect(xs[col], self.H - ys[r + 1], xs[col + 1] - xs[col], ys[r + 1] - ys[r], stroke=0, fill=1)
            cv.setFillGray(0)
        worded = {(c[0], c[1]) for c in t.cells if c[4]}
        for r, col, colour in st.get("status") or []:
            # generator 10: a status mark, in the cell's middle, or before its word
            if st["status_shape"] == "fill":
                from reportlab.lib.colors import HexColor

                cv.setFillColor(HexColor(colour))
                cv.rect(xs[col], self.H - ys[r + 1], xs[col + 1] - xs[col], ys[r + 1] - ys[r], stroke=0, fill=1)
                cv.setFillGray(0)
                continue
            cx = xs[col] + pad + s * 0.45 if (r, col) in worded else (xs[col] + xs[col + 1]) / 2
            self._mark(st["status_shape"], colour, cx, (ys[r] + ys[r + 1]) / 2 - s * 0.1, s)
        # text
        for c in t.cells:
            r, col, rs, cs, text = c
            if not text:
                continue
            f = cell_font(r, col)
            if band:
                if r < t.header_rows:
                    cv.setFillColor(HexColor(band[1]))
                else:
                    cv.setFillGray(0)
            cx0, cx1 = xs[col] + gaps.get(col, 0.0), xs[col + cs]
            ctop, cbot = ys[r], ys[r + rs]
            if r < t.header_rows and rot and cs == 1 and col > 0:
                cv.saveState()
                cv.setFont(f, s)
                bx = (cx0 + cx1) / 2 + s * 0.3
                cv.translate(bx, self.H - cbot + pad)
                cv.rotate(rot)
                cv.drawString(0, 0, text)
                cv.restoreState()
                continue
            lines = lines_of(c)
            if r in t.group_rows:
                lines = [text]
            # fake bold: the run drawn again a fraction of a point to the right
            double = st.get("overprint", 0.0) if r < t.header_rows or r in t.total_rows else 0.0
            block_h = len(lines) * lead
            top = ctop + (cbot - ctop - block_h) / 2 + (lead - s) / 2
            if st.get("valign") == "top":
                # on the first line of its row; a label over several rows level with its first row
                top = (ctop + vpad if rs == 1 else ctop + (ys[r + 1] - ctop - lead) / 2) + (lead - s) / 2
            for i_line, line in enumerate(lines):
                if r >= t.header_rows and (r in (st.get("small_rows") or {}) or [r, col] in (st.get("centre_cells") or [])
                                           or i_line and col in (st.get("under") or [])):
                    # generator 11: an "of which" row in smaller type, a change printed small under
                    # its figure, a ditto mark centred in its column
                    sz = s * (st["small_rows"].get(r, 1.0) if st.get("small_rows") else 1.0)
                    if i_line:
                        sz = s * st["under_scale"]
                    lw = self.sw(line, f, sz)
                    if [r, col] in (st.get("centre_cells") or []):
                        x = (cx0 + cx1 - lw) / 2
                    elif t.kinds[col] in ("label", "text"):
                        x = cx0 + lpad + (indents.get(r, 0) * ind if col == 0 else 0)
                    elif st.get("align_num") == "center":
                        x = (cx0 + cx1 - lw) / 2
                    else:
                        x = cx1 - pad - lw
                    self.put(x, top, line, f, sz)
                    top += lead
                    continue
                hang = line.startswith(HANG)
                line = line.lstrip(HANG)
                lw = self.sw(line, f, s)
                kind = t.kinds[col] if cs == 1 else "label"
                if r < t.header_rows:
                    x = (cx0 + cx1 - lw) / 2 if (col > 0 or cs > 1) else cx0 + pad
                elif st.get("center_spans") and cs > 1 and r not in t.group_rows:
                    x = (cx0 + cx1 - lw) / 2
                elif kind in ("label", "text") or r in t.group_rows:
                    x = cx0 + lpad + (indents.get(r, 0) * ind if col == 0 else 0) + (s * 1.1 if hang else 0)
                    if hang and st.get("bullet_gap"):
                        x += (st["bullet_gap"] - 1.1) * s
                    elif col == st.get("bullets") and st.get("bullet_gap") and line.startswith(st["bullet"] + " "):
                        # the bullet at the cell's left, its item's text at a tab (a word processor's
                        # hanging indent)
                        self.put(x, top, st["bullet"], f, s)
                        x += st["bullet_gap"] * s
                        line = line[len(st["bullet"]) + 1:]
                        lw = self.sw(line, f, s)
                    if col == 0 and st.get("leader") and r not in t.group_rows and r >= t.header_rows:
                        self._leaders(st["leader"], x + lw + s * 0.4, cx1 - pad, top, reg, s)
                    elif col == 0 and st.get("leaders") and r not in t.group_rows and r >= t.header_rows:
                        # dot leaders from the label to the column's edge
                        lead_x = x + lw + s * 0.4
                        dot = self.sw(". ", f, s)
                        n_dots = int((cx1 - pad - lead_x) / dot)
                        if n_dots > 1:
                            self.put(cx1 - pad - n_dots * dot, top, ". " * n_dots, reg, s)
                elif kind == "status":
                    x = cx0 + pad + (s * 1.3 if st.get("status_shape") != "fill" else 0)
                elif kind in ("mark", "note") or st.get("align_num") == "center":
                    x = (cx0 + cx1 - lw) / 2
                elif col in dec_int:
                    # the point at one place down the column (the widest fraction's room after it)
                    x = cx1 - pad - dec_frac[col] - self.sw(line.partition(".")[0], f, s)
                else:
                    x = cx1 - pad - lw
                if col == st.get("databars") and r >= t.header_rows and line.endswith("%"):
                    # a data bar from the cell's left, its length the share; the figure at the bar's
                    # end or at the cell's right
                    fr = max(0.0, min(1.0, float(line[:-1].replace(",", ".")) / 100))
                    bw = st["bar_em"] * s * fr
                    cv.setFillGray(0.6)
                    cv.rect(cx0 + pad, self.H - top - s * 0.9, bw, s * 0.95, stroke=0, fill=1)
                    cv.setFillGray(0)
                    if st.get("bar_end"):
                        x = cx0 + pad + bw + s * 0.3
                if cur and kind == "num" and r >= t.header_rows and line.startswith(cur + " "):
                    # the sign as its own run at the cell's left, the number right-aligned
                    num = line[len(cur) + 1:]
                    self.put(cx0 + pad, top, cur, f, s)
                    self.put(cx1 - pad - self.sw(num, f, s), top, num, f, s)
                elif line and line[-1] in SUPERSCRIPTS:
                    base = line[:-1]
                    bw = self.sw(base, f, s)
                    x = x if kind in ("label", "text") else cx1 - pad - bw - s * 0.45
                    self.put(x, top, base, f, s, double)
                    self.put(x + bw + 0.5, top - s * 0.3, SUPERSCRIPTS[line[-1]], f, s * 0.6)
                else:
                    self.put(x, top, line, f, s, double)
                top += lead
        # rules
        rules = st.get("rules", "none")
        hs: list[tuple[float, float, float]] = []  # (y, x0, x1)
        vs: list[tuple[float, float, float]] = []  # (x, y0, y1)
        X0, X1, Y0, Y1 = xs[0], xs[-1], ys[0], ys[-1]
        if rules in ("grid", "frame", "outer"):
            hs += [(Y0, X0, X1), (Y1, X0, X1)]
            vs += [(X0, Y0, Y1), (X1, Y0, Y1)]
        if rules == "hgrid":
            hs += [(Y0, X0, X1), (Y1, X0, X1)]
        if rules in ("grid", "hgrid"):
            covered = {}
            for c in t.cells:
                for rr in range(c[0], c[0] + c[2]):
                    for cc in range(c[1], c[1] + c[3]):
                        covered[(rr, cc)] = c
            for r in range(1, t.n_rows):
                for col in range(t.n_cols):
                    a, b_ = covered.get((r - 1, col)), covered.get((r, col))
                    if a is None or a is not b_:
                        hs.append((ys[r], xs[col], xs[col + 1]))
            for col in range(1, t.n_cols if rules == "grid" else 1):
                for r in range(t.n_rows):
                    a, b_ = covered.get((r, col - 1)), covered.get((r, col))
                    if a is None or a is not b_:
                        vs.append((xs[col], ys[r], ys[r + 1]))
        if rules in ("frame", "headrule"):
            hs.append((ys[t.header_rows], X0, X1))
        if rules == "vrules":
            # generator 12: columns told by vertical rules only (the sides and a rule under the
            # header at times)
            vs += [(xs[col], Y0, Y1) for col in range(1, t.n_cols)]
            if st.get("vr_outer"):
                vs += [(X0, Y0, Y1), (X1, Y0, Y1)]
            if st.get("vr_head"):
                hs.append((ys[t.header_rows], X0, X1))
        if st.get("mid_rule"):
            vs += [(xs[c] + g / 2, Y0, Y1) for c, g in gaps.items()]
        if rules == "hrules":
            hs += [(ys[r], X0, X1) for r in range(t.n_rows + 1)]
        if rules == "booktabs":
            hs += [(Y0, X0, X1), (ys[t.header_rows], X0, X1), (Y1, X0, X1)]
            for r in t.total_rows:
                hs.append((ys[r], X0, X1))
            if st.get("group_rule") or st.get("spans"):
                pass
        if st.get("total_rule"):
            hs += [(ys[r], xs[1], X1) for r in t.total_rows]
        # a statement's rules over each figure of a subtotal, a double rule under the last total
        nums = [i for i, k in enumerate(t.kinds) if k == "num"]
        for r in st.get("sum_rules") or []:
            hs += [(ys[r], xs[i] + pad, xs[i + 1] - pad * 0.5) for i in nums]
        for r in st.get("double_rules") or []:
            hs += [(ys[r + 1] + d, xs[i] + pad, xs[i + 1] - pad * 0.5) for i in nums for d in (0.0, 1.8)]
        if st.get("group_rule") and rules != "grid":
            for c in t.cells:
                if c[0] < t.header_rows and c[3] > 1:
                    hs.append((ys[c[0] + 1] - pad * 0.5, xs[c[1]] + pad, xs[c[1] + c[3]] - pad))
        kind = st.get("rule_kind", "solid")
        lw = self.rng.choice([0.4, 0.5, 0.75, 1.0])
        if kind == "fill":
            lw = self.rng.choice([0.3, 0.5, 0.75, 1.2])
        self._lw = lw
        cv.setLineWidth(lw)
        for yy, a, b_ in hs:
            self._rule(a, yy, b_, yy, kind)
        for xx, a, b_ in vs:
            self._rule(xx, a, xx, b_, kind)
        cv.setDash()
        if st.get("round_box"):
            self._round_box(st["round_box"], X0 - pad * 0.5, ys[t.header_rows], X1 + pad * 0.5, Y1 + vpad)
            return Y1 + vpad
        return Y1

    def _round_box(self, how: dict, x0: float, top: float, x1: float, bottom: float):
        """Generator 13: a box with rounded corners round a table's body (its header over it), as a
        seed trial's results sheet draws it: stroked, or a thick stroke drawn as two outlines; white
        masks squaring off the paper outside its corners at times."""
        cv, H, r = self.c, self.H, how["radius"]
        cv.setLineWidth(0.4)
        cv.setStrokeGray(0)
        for d in ((0.0, 0.4) if how.get("twice") else (0.0,)):
            cv.roundRect(x0 + d, H - bottom + d, x1 - x0 - 2 * d, bottom - top - 2 * d, r, stroke=1, fill=0)
        if how.get("masks"):
            cv.setFillGray(1)
            for x, y, sx, sy in ((x0, bottom, 1, -1), (x1, bottom, -1, -1), (x0, top, 1, 1), (x1, top, -1, 1)):
                path = cv.beginPath()
                path.moveTo(x, H - y)
                path.lineTo(x + r * sx, H - y)
                path.lineTo(x + r * 0.25 * sx, H - y - r * 0.25 * sy)
                path.lineTo(x, H - y - r * sy)
                path.close()
                cv.drawPath(path, stroke=0, fill=1)
            cv.setFillGray(0)

    def _mark(self, shape: str, colour: str, cx: float, cy: float, s: float):
        """Generator 10: a status mark (dot, square or diamond) centred at ``cx``, ``cy`` (from the
        page's top), drawn as a filled path."""
        from reportlab.lib.colors import HexColor

        cv, y, h = self.c, self.H - cy, s * 0.38
        cv.setFillColor(HexColor(colour))
        if shape == "dot":
            cv.circle(cx, y, h, stroke=0, fill=1)
        elif shape == "square":
            cv.rect(cx - h, y - h, 2 * h, 2 * h, stroke=0, fill=1)
        else:
            path = cv.beginPath()
            path.moveTo(cx, y + h * 1.2)
            path.lineTo(cx + h * 1.2, y)
            path.lineTo(cx, y - h * 1.2)
            path.lineTo(cx - h * 1.2, y)
            path.close()
            cv.drawPath(path, stroke=0, fill=1)
        cv.setFillGray(0)

    def _leaders(self, unit: str, xa: float, xb: float, top: float, font: str, s: float):
        """Generator 9: leaders from ``xa`` to ``xb`` on a line whose text top is ``top``: the unit
        repeated as text ending at ``xb``, or ("dotted") a row of small round dots drawn as paths."""
        if unit == "dotted":
            x = xb
            self.c.setFillGray(0)
            while x > xa:
                self.c.circle(x, self.H - top - s * 0.75, s * 0.06, stroke=0, fill=1)
                x -= s * 0.45
            return
        step = self.sw(unit, font, s)
        n = int((xb - xa) / step)
        if n > 1:
            self.put(xb - n * step, top, unit * n, font, s)

    def _rule(self, xa, ya, xb, yb, kind):
        cv, H = self.c, self.H
        if kind == "solid":
            cv.line(xa, H - ya, xb, H - yb)
            return
        if kind == "fill":
            # a rule as a thin filled rectangle, centred on the line, overlapping at the crossings
            h = self._lw / 2
            cv.rect(min(xa, xb) - h, H - max(ya, yb) - h, abs(xb - xa) + 2 * h, abs(yb - ya) + 2 * h, stroke=0, fill=1)
            return
        if kind == "dash":
            cv.setDash(3, 2)
            cv.line(xa, H - ya, xb, H - yb)
            cv.setDash()
            return
        length = math.hypot(xb - xa, yb - ya)
        if length <= 0:
            return
        dx, dy = (xb - xa) / length, (yb - ya) / length
        if kind == "segments":
            step, on = 4.0, 2.2
            d = 0.0
            while d < length:
                e = min(length, d + on)
                cv.line(xa + dx * d, H - (ya + dy * d), xa + dx * e, H - (ya + dy * e))
                d += step
        else:  # dots: small filled squares
            step, r = 2.5, 0.45
            d = 0.0
            while d <= length:
                cx, cy = xa + dx * d, ya + dy * d
                cv.rect(cx - r, H - cy - r, 2 * r, 2 * r, stroke=0, fill=1)
                d += step


def render_reportlab(doc: GenDoc, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    _RL(doc, path).draw()
    return path


# ------------------------------------------------------------------------------------------- HTML


def _esc(t: str) -> str:
    return html.escape(t, quote=True)


def html_of(doc: GenDoc) -> str:
    rng = random.Random(doc.seed * 13 + 5)
    s = doc.size
    noto = (ROOT / "resources/fonts/NotoSans-Regular.ttf").as_uri()
    noto_b = (ROOT / "resources/fonts/NotoSans-Bold.ttf").as_uri()
    css = f"""
@font-face {{ font-family: 'Noto Sans'; src: url('{noto}'); }}
@font-face {{ font-family: 'Noto Sans'; font-weight: bold; src: url('{noto_b}'); }}
@page {{ size: A4; margin: 20mm; }}
body {{ font-family: '{doc.font}'; font-size: {s}pt; line-height: 1.3; }}
h2 {{ font-size: {s * 1.25:.1f}pt; margin: {s * 0.8:.1f}pt 0 {s * 0.4:.1f}pt 0; }}
p {{ margin: 0 0 {s * 0.8:.1f}pt 0; }}
table {{ border-collapse: collapse; margin: {s * 0.5:.1f}pt 0 {s:.1f}pt 0; }}
.dash {{ display: grid; gap: 14pt; margin-bottom: 12pt; }}
.two {{ display: grid; grid-template-columns: 1fr 1fr; gap: 18pt; }}
.kv td {{ padding: 1pt 8pt 1pt 0; border: none; }}
.total {{ font-size: {s * 1.6:.1f}pt; font-weight: bold; margin: 4pt 0; }}
"""
    body = []
    for blocks in doc.pages:
        parts = []
        if doc.columns == 2:
            prose = [b for b in blocks if b.kind not in ("table", "heading")]
            rest = [b for b in blocks if b not in prose]
            left = "".join(_html_block(b, rng, s) for b in rest)
            right = "".join(_html_block(b, rng, s) for b in prose)
            if rng.random() < 0.5:
                left, right = right, left
            parts.append(f'<div class="two"><div>{left}</div><div>{right}</div></div>')
        else:
            parts += [_html_block(b, rng, s) for b in blocks]
        # a page break as LibreOffice's HTML import understands it (on a paragraph), Chromium too
        brk = "<p style='page-break-before:always;margin:0'></p>" if body else ""
        # a page with a running foot (generator 7): a box of the page's height, the foot at its bottom
        box = "" if not any(b.kind == "runfoot" for b in blocks) else " style='position:relative;height:700pt'"
        body.append(brk + f'<div class="page"{box}>' + "".join(parts) + "</div>")
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{''.join(body)}</body></html>"


def _html_block(b: Block, rng, s) -> str:
    if b.kind == "heading":
        return f"<h2>{_esc(b.text)}</h2>"
    if b.kind == "prose":
        return f"<p style='text-align:{rng.choice(['left', 'justify'])}'>{_esc(b.text)}</p>"
    if b.kind == "para":
        css = f"margin:0 0 {s * 1.3:.1f}pt 0;text-align:{'justify' if b.justify else 'left'}"
        if b.label:
            return (f"<p style='{css};padding-left:2.2em;text-indent:-2.2em'>"
                    f"<span style='display:inline-block;width:2.2em;text-indent:0'>{_esc(b.label)}</span>{_esc(b.text)}</p>")
        return f"<p style='{css}'>{_esc(b.text)}</p>"
    if b.kind == "lines":
        rows = []
        for line in b.text.split("\n"):
            left, _, right = line.partition("\t")
            rows.append(f"<div style='display:flex;justify-content:space-between'><span>{_esc(left)}</span>"
                        f"<span>{_esc(right)}</span></div>")
        return f"<div style='margin:0 0 {s * 1.3:.1f}pt 0'>{''.join(rows)}</div>"
    if b.kind == "sentence":
        return f"<p style='margin-bottom:2pt'>{_esc(b.text)}</p>"
    if b.kind == "caption":
        weight = "bold" if rng.random() < 0.6 else "normal"
        return f"<p style='margin-bottom:2pt;font-weight:{weight}'>{_esc(b.text)}</p>"
    if b.kind == "note":
        return f"<p style='font-size:{s * 0.85:.1f}pt;margin-top:-{s * 0.6:.1f}pt'>{_esc(b.text)}</p>"
    if b.kind in ("runhead", "runfoot"):
        # generator 7: the head first in the page's box, the foot at its bottom (``html_of``)
        small = max(6.0, s * 0.8)
        css = f"display:flex;justify-content:space-between;font-size:{small:.1f}pt"
        if b.kind == "runhead":
            css += f";margin-bottom:{s * 1.2:.1f}pt" + (";border-bottom:0.5pt solid #000" if b.justify else "")
        else:
            css += ";position:absolute;bottom:0;left:0;right:0"
        return f"<div style='{css}'><span>{_esc(b.text)}</span><span>{_esc(b.label)}</span></div>"
    if b.kind == "footnotes":
        lines = "".join(f"<div>{_esc(line)}</div>" for line in b.text.split("\n"))
        return f"<div style='font-size:{s * 0.8:.1f}pt;margin:0 0 {s:.1f}pt 0'>{lines}</div>"
    if b.kind == "callout":
        return (f"<div style='margin:0 0 {s:.1f}pt 0'><div style='font-size:{s * 2.4:.1f}pt;font-weight:bold;"
                f"line-height:1.2'>{_esc(b.text)}</div><div>{_esc(b.label)}</div></div>")
    if b.kind == "chart":
        top = int(b.label)
        small, plot_h = s * 0.8, s * 9
        ticks = "".join(f"<div style='position:absolute;right:3pt;top:{plot_h * (1 - v / top) - small * 0.6:.1f}pt'>{v}</div>"
                        for v in (0, top // 2, top))
        bars = "".join(
            f"<div style='flex:1;display:flex;flex-direction:column;align-items:center;justify-content:flex-end'>"
            f"<div>{_esc(val)}</div><div style='width:55%;height:{plot_h * int(val) / top:.1f}pt;background:#888'></div></div>"
            for _cat, val in b.pairs)
        cats = "".join(f"<div style='flex:1;text-align:center'>{_esc(cat)}</div>" for cat, _v in b.pairs)
        return (f"<div style='margin:0 0 {s:.1f}pt 0;font-size:{small:.1f}pt'>"
                f"<div style='font-weight:bold;font-size:{s:.1f}pt;margin-bottom:{small:.1f}pt'>{_esc(b.text)}</div>"
                f"<div style='display:flex'><div style='position:relative;width:{s * 3:.1f}pt'>{ticks}</div>"
                f"<div style='flex:1;display:flex;height:{plot_h + small * 1.4:.1f}pt;border-left:0.5pt solid #000;"
                f"border-bottom:0.5pt solid #000'>{bars}</div></div>"
                f"<div style='display:flex;margin-left:{s * 3:.1f}pt'>{cats}</div></div>")
    if b.kind == "hchart":
        lab_w = max(len(c) for c, _v in b.pairs) * 0.55 + 1
        rows = "".join(
            f"<div style='display:flex;align-items:center;margin:{s * 0.3:.1f}pt 0'>"
            f"<div style='width:{lab_w:.1f}em;flex:none'>{_esc(cat)}</div>"
            f"<div style='width:{float(fr) * 60:.1f}%;height:{s * 0.9:.1f}pt;background:#888;flex:none'></div>"
            f"<div style='margin-left:{s * 0.3:.1f}pt'>{_esc(val)}</div></div>"
            for (cat, val), fr in zip(b.pairs, b.label.split(",")))
        return (f"<div style='margin:0 0 {s:.1f}pt 0'><div style='font-weight:bold;margin-bottom:{s * 0.5:.1f}pt'>"
                f"{_esc(b.text)}</div>{rows}</div>")
    if b.kind == "panel":
        fill, border = b.label.split("|")
        edge = f";border:0.75pt solid {border}" if border else ""
        kids = "".join(_html_block(k, rng, s) for k in b.children)
        return (f"<div style='background:{fill};border-radius:{b.gap:.0f}pt;padding:{b.gap:.0f}pt{edge}'>"
                f"{kids}</div>")
    if b.kind == "legend":
        items = "".join(f"<span style='margin-right:1.5em;white-space:nowrap'>{_html_mark(b.label, c)}{_esc(w)}</span>"
                        for c, w in b.pairs)
        return f"<div style='font-size:{s * 0.9:.1f}pt;margin:0 0 {s:.1f}pt 0'>{items}</div>"
    if b.kind == "kv":
        rows = "".join(f"<tr><td>{_esc(k)}</td><td><b>{_esc(v)}</b></td></tr>" for k, v in b.pairs)
        return f"<table class='kv'>{rows}</table>"
    if b.kind == "total":
        return f"<div class='total'>{_esc(b.text)}</div>"
    if b.kind == "band":
        # generator 14: a sheet's title band (centred lines, a strip naming the table)
        strip, weight, scale = b.label.split("|")
        out = []
        for text, kind in b.pairs:
            if kind == "title":
                out.append(f"<div style='text-align:center;font-size:{s * float(scale):.1f}pt;"
                           f"font-weight:{weight}'>{_esc(text)}</div>")
            else:
                look = {"shade": "background:#cccccc", "box": "border:0.6pt solid #000"}.get(strip, "")
                out.append(f"<div style='text-align:center;font-weight:bold;margin-top:{s * 0.3:.1f}pt;"
                           f"padding:{s * 0.15:.1f}pt 0;{look}'>{_esc(text)}</div>")
        return f"<div style='margin:0 0 {0 if b.justify else s * 0.4:.1f}pt 0'>{''.join(out)}</div>"
    if b.kind == "fields":
        # generator 14: a form's field block on a grid of its own (label and value in one cell)
        style, scale = b.label.split("|")
        per = int(b.gap)
        css = {"caps": "text-transform:uppercase", "bold": "font-weight:bold", "plain": ""}[style]
        cells = [f"<td style='padding:1pt 6pt 1pt 0;border:none'><span style='font-size:{s * float(scale):.1f}pt;{css}'>"
                 f"{_esc(k)}</span> {_esc(v)}</td>" for k, v in b.pairs]
        rows = "".join("<tr>" + "".join(cells[i:i + per]) + "</tr>" for i in range(0, len(cells), per))
        return f"<table style='width:100%;border-collapse:collapse;margin:0 0 {0 if b.justify else s * 0.6:.1f}pt 0'>{rows}</table>"
    if b.kind == "sheetnotes":
        style, scale = b.label.split("|")
        italic = ";font-style:italic" if style == "italic" else ""
        lines = "".join(f"<div>{_esc(line)}</div>" for line in b.text.split("\n"))
        return f"<div style='font-size:{s * float(scale):.1f}pt{italic};margin:-{s * 0.5:.1f}pt 0 {s:.1f}pt 0'>{lines}</div>"
    if b.kind in ("row", "columns"):
        cols = " ".join(["auto" if b.kind == "row" else "1fr"] * len(b.children))
        gap = f";gap:{b.gap}pt" if b.gap else ""
        kids = "".join(f"<div>{_html_block(k, rng, s)}</div>" for k in b.children)
        return f"<div class='dash' style='grid-template-columns:{cols}{gap}'>{kids}</div>"
    if b.kind == "stack":
        return "".join(_html_block(k, rng, s) for k in b.children)
    if b.kind == "table":
        return _html_table(b.table, rng, s)
    return ""


def _html_mark(shape: str, colour: str) -> str:
    """Generator 10: a status mark as a coloured box (a dot, a square, a diamond; "fill": a swatch)."""
    if shape == "fill":
        return f"<span style='display:inline-block;width:1.6em;height:0.9em;background:{colour};margin-right:0.4em'></span>"
    radius = ";border-radius:50%" if shape == "dot" else ""
    turn = ";transform:rotate(45deg) scale(0.85)" if shape == "diamond" else ""
    return (f"<span style='display:inline-block;width:0.8em;height:0.8em;background:{colour};vertical-align:-0.05em;"
            f"margin-right:0.45em{radius}{turn}'></span>")


def _html_table(t: GenTable, rng, s) -> str:
    st = t.style
    pad = st["pad"]
    rule = {"solid": "solid", "segments": "dashed", "dots": "dotted", "dash": "dashed"}[st.get("rule_kind", "solid")]
    lw = rng.choice([0.5, 0.75, 1.0])
    border = f"{lw}pt {rule} #000"
    rules = st.get("rules", "none")
    table_css = [f"line-height:{st['leading']}"]
    if rules in ("frame", "outer", "grid"):
        table_css.append(f"border:{border}")
    if rules == "booktabs":
        table_css.append(f"border-top:{border};border-bottom:{border}")
    if st.get("full"):
        table_css.append("width:100%")  # generator 14: a sheet's table as wide as the text
    elif rng.random() < 0.3 and not st.get("natural"):
        table_css.append("width:100%")
    if st.get("flush"):
        table_css.append(f"margin:-{s * 0.8:.1f}pt 0 0 0")
    if st.get("indent"):
        table_css.append(f"margin-left:{st['indent']}em")
    if st.get("tight_top"):
        # generator 12: right under a list item's paragraph, its margin taken back
        table_css.append(f"margin-top:-{s * 1.3:.1f}pt")
    if rules == "vrules" and st.get("vr_outer"):
        table_css.append(f"border-left:{border};border-right:{border}")
    rows_html = []
    covered = set()
    # generator 9's leaders: their own draws (the shared rng's sequence stays as it was for every
    # earlier document)
    rng_leader = random.Random(json.dumps(t.cells[:2], ensure_ascii=False))
    wrap = st.get("wrap") or 0
    rot = st.get("rotate") or 0
    cur = st.get("currency_run") or ""
    for r in range(t.n_rows):
        tds = []
        row_cells = sorted((c for c in t.cells if c[0] == r), key=lambda c: c[1])
        by_col = {c[1]: c for c in row_cells}
        col = 0
        while col < t.n_cols:
            if (r, col) in covered:
                col += 1
                continue
            c = by_col.get(col, (r, col, 1, 1, ""))
            _r, _c, rs, cs, text = c
            for rr in range(r, r + rs):
                for cc in range(col, col + cs):
                    covered.add((rr, cc))
            vpad = pad * 0.6 if st.get("vpad") is None else st["vpad"]
            # a statement's indent as the cell's left padding (LibreOffice's HTML import drops it: its
            # statements come out flush left, as many producers' do)
            left = pad + ((st.get("indents") or {}).get(r, 0) * (st.get("indent_em") or 1.0) if col == 0 else 0)
            css = [f"padding:{vpad:.2f}em {pad:.2f}em {vpad:.2f}em {left:.2f}em"]
            kind = t.kinds[col] if cs == 1 else "label"
            head = r < t.header_rows
            if head:
                css.append("text-align:center" if col > 0 or cs > 1 else "text-align:left")
                css.append("vertical-align:bottom")
                css.append("font-weight:" + ("bold" if st.get("header_bold") else "normal"))
            elif kind == "num":
                css.append("text-align:" + st.get("align_num", "right"))
            elif kind in ("mark", "note"):
                css.append("text-align:center")
            elif kind == "status":
                css.append("text-align:" + ("left" if text else "center"))
            elif st.get("center_spans") and cs > 1:
                css.append("text-align:center")
            if not head and col == 0 and st.get("bold_label"):
                css.append("font-weight:bold")
            if not head and st.get("valign"):
                css.append(f"vertical-align:{st['valign']}")
            if not head and kind == "num" and r in (st.get("sum_rules") or []):
                css.append(f"border-top:{lw}pt solid #000")
            if not head and kind == "num" and r in (st.get("double_rules") or []):
                css.append("border-bottom:2.5pt double #000")
            if r in t.total_rows:
                css.append("font-weight:bold")
            if rules == "grid":
                css.append(f"border:{border}")
            if rules in ("hrules", "hgrid"):
                css.append(f"border-top:{border};border-bottom:{border}")
            if rules in ("booktabs", "frame", "headrule") and r == t.header_rows - 1:
                css.append(f"border-bottom:{border}")
            if rules == "vrules":
                if col > 0:
                    css.append(f"border-left:{border}")
                if st.get("vr_head") and r == t.header_rows - 1:
                    css.append(f"border-bottom:{border}")
            if rules == "booktabs" and r in t.total_rows:
                css.append(f"border-top:{border}")
            if st.get("total_rule") and r in t.total_rows and col > 0:
                css.append(f"border-top:{lw}pt solid #000")
            if head and cs > 1 and st.get("group_rule") and rules != "grid":
                css.append(f"border-bottom:{lw}pt solid #000")
            if st.get("zebra") and not head and (r - t.header_rows) % 2 == 0:
                css.append("background:#e6e6e6")
            if head and st.get("head_fill"):
                css.append(f"background:{st['head_fill'][0]};color:{st['head_fill'][1]}")
            # generator 9: shaded workplan periods, a gutter (and a rule) before a list's second
            # half, bold key figures
            if [r, col] in (st.get("shaded") or []):
                css.append(f"background:{st['shade']}")
            mark = next((m[2] for m in st.get("status") or [] if m[0] == r and m[1] == col), None)
            if mark and st["status_shape"] == "fill":
                css.append(f"background:{mark}")
            if col in (st.get("gap_before") or {}):
                # an empty spacer cell (LibreOffice's HTML import drops a cell's own left padding)
                edge = f";border-right:{lw}pt solid #000" if st.get("mid_rule") else ""
                tds.append(f"<td style='width:{st['gap_before'][col]:.1f}em;padding:0{edge}'></td>")
            if st.get("bold_body") and not head:
                css.append("font-weight:bold")
            if wrap and col == 0 and not head and cs == 1:
                css.append(f"width:{wrap}em")
            if st.get("col_em") and cs == 1:
                css.append(f"width:{st['col_em'][col]}em;text-align:left;vertical-align:top")
            elif col in (st.get("wrap_cols") or {}) and not head:
                # generator 11: a remarks column of sentences wrapped at its width
                css.append(f"width:{st['wrap_cols'][col]}em;min-width:{st['wrap_cols'][col]}em;"
                           "white-space:normal;text-align:left")
            elif not wrap and not head:
                css.append("white-space:nowrap")
            if not head and r in (st.get("small_rows") or {}):
                # generator 11: an "of which" row in smaller type (italic at times)
                css.append(f"font-size:{st['small_rows'][r] * 100:.0f}%"
                           + (";font-style:italic" if st.get("italic_rows") else ""))
            if not head and [r, col] in (st.get("centre_cells") or []):
                css.append("text-align:center")
            inner = _esc(text)
            if mark and st["status_shape"] != "fill":
                inner = _html_mark(st["status_shape"], mark) + inner
            if col == st.get("bullets") and not head:
                mark = st["bullet"] + " "
                inner = "".join(f"<div style='padding-left:1.1em;text-indent:-1.1em'>{_esc(mark + it.strip())}</div>"
                                for it in text.split(mark)[1:])
                css.append(f"width:{st['bullet_em']}em;white-space:normal;text-align:left")
            if col == 0 and not head and st.get("leader") and r not in t.group_rows:
                unit = st["leader"]
                ind = (st.get("indents") or {}).get(r, 0) * (st.get("indent_em") or 1.0)
                if unit == "dotted" and rng_leader.random() < 0.6:
                    # a dotted line from the label to the cell's end (drawn as dots, no text)
                    inner = (f"<div style='display:flex;align-items:baseline'><span>{inner}</span><span style='flex:1;"
                             f"border-bottom:1pt dotted #000;margin-left:0.4em;min-width:2em'></span></div>")
                else:
                    # typed leaders: as many units as the label leaves room for, by an estimate of the
                    # text's width (their ends ragged, as typed leaders are)
                    unit = ". " if unit == "dotted" else unit
                    em = {". ": 0.55, ".": 0.28, "·": 0.28, "…": 1.0, "_": 0.5}[unit]
                    room = st["label_em"] - ind - len(text) * 0.62 - 1.0
                    n = int(room / em)
                    if n > 1:
                        inner += " " + _esc(unit * n)
                css.append(f"min-width:{st['label_em']}em")
            if text and text[-1] in SUPERSCRIPTS and not head:
                inner = _esc(text[:-1]) + f"<sup>{SUPERSCRIPTS[text[-1]]}</sup>"
            if st.get("head_break") and head and col > 0 and " " in text:
                a, _, b_ = text.partition(" ")
                inner = _esc(a) + "<br>" + _esc(b_)
            if st.get("two_line") and not head and " (" in text:
                a, _, b_ = text.partition(" (")
                inner = _esc(a) + "<br>" + _esc("(" + b_)
            if col in (st.get("under") or []) and not head and " " in text:
                a, _, b_ = text.partition(" ")
                inner = _esc(a) + f"<br><span style='font-size:{st['under_scale'] * 100:.0f}%'>{_esc(b_)}</span>"
            if head and rot and col > 0 and cs == 1:
                if rot == 90:
                    inner = f"<div style='writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;margin:auto'>{inner}</div>"
                else:
                    inner = (f"<div style='height:{len(text) * 0.5 + 1:.1f}em;width:1.6em;position:relative'>"
                             f"<div style='position:absolute;bottom:0;left:0.6em;transform-origin:0 100%;"
                             f"transform:rotate(-45deg);white-space:nowrap'>{inner}</div></div>")
            if col == st.get("databars") and not head and text.endswith("%"):
                fr = max(0.0, min(1.0, float(text[:-1].replace(",", ".")) / 100))
                just = "flex-start" if st.get("bar_end") else "space-between"
                inner = (f"<div style='display:flex;align-items:center;justify-content:{just};"
                         f"min-width:{st['bar_em'] + 3:.1f}em'><div style='width:{st['bar_em'] * fr:.2f}em;"
                         f"height:0.9em;background:#999;flex:none'></div><span style='margin-left:0.3em'>{inner}</span></div>")
            if st.get("decimal_align") and kind == "num" and not head and text:
                # generator 12: set on the decimal point: the whole part right-aligned in a box as
                # wide as the column's widest, the point and fraction left-aligned in the next
                a, dot, b_ = text.partition(".")
                wi = max(len(x[4].partition(".")[0]) for x in t.cells if x[1] == col and x[0] >= t.header_rows) * 0.56
                wf = max(len("".join(x[4].partition(".")[1:])) for x in t.cells if x[1] == col and x[0] >= t.header_rows) * 0.56
                inner = (f"<span style='display:inline-block;width:{wi:.2f}em;text-align:right'>{_esc(a)}</span>"
                         f"<span style='display:inline-block;width:{wf:.2f}em;text-align:left'>{_esc(dot + b_)}</span>")
            if cur and kind == "num" and not head and text.startswith(cur + " "):
                inner = (f"<div style='display:flex;justify-content:space-between;gap:1em'><span>{_esc(cur)}</span>"
                         f"<span>{_esc(text[len(cur) + 1:])}</span></div>")
            span = (f" rowspan='{rs}'" if rs > 1 else "") + (f" colspan='{cs}'" if cs > 1 else "")
            tag = "th" if head else "td"
            tds.append(f"<{tag}{span} style='{';'.join(css)}'>{inner}</{tag}>")
            col += cs
        tr_css = ""
        rows_html.append(f"<tr{tr_css}>{''.join(tds)}</tr>")
    return f"<table style='{';'.join(table_css)}'>{''.join(rows_html)}</table>"


# ------------------------------------------------------------------------------------------ corpus


def default_cache(first_seed: int = 0) -> Path:
    """The cache folder of the default plan, or of a fresh set (``first_seed``; its name says it)."""
    base = os.environ.get("BRIEFING_DOCGEN_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "briefing-builder", "docgen")
    return Path(base) / (f"tables-v{GENERATOR_VERSION}" + (f"-seeds{first_seed}" if first_seed else ""))


def plan(scale: float = 1.0, engines_: list[str] | None = None,
         first_seed: int = 0) -> list[tuple[str, str, int]]:
    """(family, engine, seed) of every document. 15 documents per family and engine at scale 1 (10 for
    LibreOffice),
    seeds numbered in one sequence so the split by seed cuts across families and engines.

    ``first_seed``: the seeds start after it (default 0: the shared corpus). A fresh set of the same
    families with seeds never used (e.g. 100000), so rules tuned on the default documents can be
    measured on documents nobody has looked at; its split is by seed as well."""
    engines_ = engines_ or engines.available()
    out = []
    seed = first_seed
    # rounds: a later round only appends documents (with new seeds), earlier ones stay as they were
    later = (set(LATER_FAMILIES) | set(THIRD_FAMILIES) | set(FOURTH_FAMILIES) | set(FIFTH_FAMILIES)
             | set(SIXTH_FAMILIES) | set(SEVENTH_FAMILIES) | set(EIGHTH_FAMILIES) | set(NINTH_FAMILIES)
             | set(TENTH_FAMILIES) | set(ELEVENTH_FAMILIES) | set(TWELFTH_FAMILIES) | set(THIRTEENTH_FAMILIES)
             | set(FOURTEENTH_FAMILIES))
    for per_round, fams in ROUNDS:
        per = max(1, round(per_round * scale))
        for family, (_b, fam_engines) in FAMILIES.items():
            if fams is None and family in later or fams is not None and family not in fams:
                continue
            for engine in fam_engines:
                if engine not in engines_:
                    continue
                n = per if engine != "libreoffice" else max(1, per * 2 // 3)
                for _ in range(n):
                    seed += 1
                    out.append((family, engine, seed))
    return out


def _norm(t: str) -> str:
    return "".join(unicodedata.normalize("NFKC", t or "").split()).casefold()


def _page_ok(page_text: str, tables: list[GenTable]) -> bool:
    """Every table cell's text (its first word) is on the page: the engine kept the planned pages."""
    text = _norm(page_text)
    for t in tables:
        for c in t.cells:
            if c[0] < t.header_rows and t.style.get("rotate"):
                continue  # turned text comes out of extract_text letter by letter
            w = _norm(c[4].split()[0].rstrip("¹²³*") if c[4].split() else "")
            if w and w not in text:
                return False
    return True


def _foot_clear(page, blocks: list[Block]) -> bool:
    """A page with a running foot (generator 7): the foot is the page's lowest line, clear of the
    flow above it (a page whose text ran into or past its foot is dropped)."""
    foot = next((b for b in blocks if b.kind == "runfoot"), None)
    if foot is None:
        return True
    chars = [c for c in page.chars if c["text"].strip()]
    if not chars:
        return False
    low = max(c["top"] for c in chars)
    line = [c for c in chars if c["top"] > low - 1.5]
    rest = [c for c in chars if c["top"] <= low - 1.5]
    if _norm(foot.label) not in _norm("".join(c["text"] for c in sorted(line, key=lambda c: c["x0"]))):
        return False
    return not rest or max(c["bottom"] for c in rest) < min(c["top"] for c in line) - 4 and low < page.height


def generate(out: Path, scale: float = 1.0, engines_: list[str] | None = None, log=print,
             first_seed: int = 0) -> dict:
    """Render every planned document into ``out``; writes and returns the manifest (truth.json), which
    records the plan's scale and first seed when they are not the defaults (``stale``)."""
    import pdfplumber

    out.mkdir(parents=True, exist_ok=True)
    docs = [build_doc(f, e, s) for f, e, s in plan(scale, engines_, first_seed)]
    html_jobs: dict[str, list[tuple[str, Path]]] = {"chromium": [], "libreoffice": []}
    for d in docs:
        pdf = out / f"{d.name}.pdf"
        if pdf.exists():
            continue
        if d.engine == "reportlab":
            render_reportlab(d, pdf)
        else:
            html_jobs[d.engine].append((html_of(d), pdf))
    for engine, jobs in html_jobs.items():
        if jobs:
            log(f"{engine}: rendering {len(jobs)} documents")
            engines.html_to_pdf(jobs, engine, timeout=900)
    manifest = {"generator": GENERATOR_VERSION, "documents": [], "dropped": []}
    if first_seed or scale != 1.0:
        # the default manifest stays as it was (no new keys)
        manifest.update(first_seed=first_seed, scale=scale)
    for d in docs:
        pdf = out / f"{d.name}.pdf"
        tables = d.tables_by_page()
        with pdfplumber.open(pdf) as p:
            # sideways pages: extract_text reads turned text letter by letter; the pages are drawn
            # here, not broken by an engine
            # overprinted (fake bold) text is read once
            pages = [q.dedupe_chars() for q in p.pages] if d.family == "overprint" else p.pages
            ok = len(p.pages) == len(d.pages) and (d.landscape or all(
                _page_ok(page.extract_text() or "", ts) for page, ts in zip(pages, tables)))
            ok = ok and all(_foot_clear(page, blocks) for page, blocks in zip(p.pages, d.pages))
        if not ok:
            manifest["dropped"].append(d.name)
            continue
        manifest["documents"].append({
            "name": d.name, "pdf": pdf.name, "family": d.family, "engine": d.engine, "seed": d.seed,
            "split": split_of(d.seed), "font": d.font, "size": d.size,
            "pages": [{"page": i + 1, "tables": [t.truth() for t in ts], "ignore": ign}
                      for i, (ts, ign) in enumerate(zip(tables, d.ignore_texts()))],
        })
    # written beside and renamed over: a cache copied as hard links (``cp -al``) from a shared one is
    # never written through into the shared one
    tmp = out / "truth.json.tmp"
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=0))
    os.replace(tmp, out / "truth.json")
    n_tables = sum(len(p["tables"]) for d in manifest["documents"] for p in d["pages"])
    log(f"{len(manifest['documents'])} documents, {n_tables} tables, {len(manifest['dropped'])} dropped -> {out}")
    return manifest


def stale(out: Path) -> bool:
    """True when ``out`` has no manifest or one made before families were appended (a later round):
    ``generate`` then renders only the documents missing."""
    path = out / "truth.json"
    if not path.exists():
        return True
    manifest = json.loads(path.read_text())
    have = {d["name"] for d in manifest["documents"]} | set(manifest.get("dropped", []))
    # a fresh set (``first_seed``) or a smaller one is checked against its own plan
    wanted = plan(manifest.get("scale", 1.0), first_seed=manifest.get("first_seed", 0))
    return any(f"{f}-{e}-{s:05d}" not in have for f, e, s in wanted)


def load(out: Path | None = None) -> dict:
    out = out or default_cache()
    return json.loads((out / "truth.json").read_text())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--engines", default="")
    ap.add_argument("--first-seed", type=int, default=0,
                    help="seeds start after this one (a fresh set never used: e.g. 100000; default cache "
                         "folder tables-vN-seedsFIRST)")
    args = ap.parse_args(argv)
    generate(args.out or default_cache(args.first_seed), args.scale,
             [e for e in args.engines.split(",") if e] or None, first_seed=args.first_seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
