"""Generated report-like documents with exact heading truth (title, level, page).

A *spec* (a list of blocks and a set of heading styles) is drawn from a seed; it is rendered through
headless Chromium or LibreOffice (as HTML + CSS, :mod:`tools.docgen.engines`) or through reportlab
(platypus). The truth is read back from the rendered PDF itself: every engine writes one bookmark per
real heading (``<h1>``-``<h6>`` for the HTML engines, explicit outline entries for reportlab), so the
page of each heading is the engine's own; the bookmarks are then removed from the file (catalog
``/Outlines`` and ``/PageMode`` dropped) so the extractor never sees them.

What the documents exercise (issue 17): a table of contents with dot leaders and wrapped entries;
boxes, sidebars and call-outs with titles (not headings); bold run-in labels ("Label:", "Term – …");
page-1 title blocks (title, authors, affiliations, masthead, imprint); heading levels two sizes close
together, a sans and a serif heading of one size, numbering depth as the only difference; quiet
sub-headings (slightly larger, "(1)" / "a)" labels); unnumbered front and back matter (Abstract,
Contents, Acknowledgements, References) in numbered documents; chapter titles in white on coloured
banners; headings on colour bands; multi-column pages; running heads and feet; numbered and unnumbered
schemes; Chinese (Noto CJK) and right-to-left (Arabic, Hebrew; DejaVu) documents.

Splits by seed: development seeds 0..n-1, validation seeds 1000..1000+n-1. PDFs go to a cache outside
the repository (``$BB_DOCGEN_CACHE`` or ``~/.cache/briefing-builder/docgen/reports``), never committed::

    python -m tools.docgen.reports --split validation -n 24      # renders what is missing, prints paths

Development-only code: nothing under ``tools/`` ships in the application.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tools.docgen import engines

GENERATOR_VERSION = 1
#: Bumped when an engine's rendering code changes (the documents' content stays the same).
RENDER_VERSION = {"reportlab": 2, "chromium": 1, "libreoffice": 1}
SPLITS = {"development": 0, "validation": 1000}

# --------------------------------------------------------------------------------------------- text

_WORDS = (
    "migration displacement protection community response health shelter water sanitation livelihood "
    "return resilience capacity border mobility assistance recovery coordination partners government "
    "district region households services data monitoring training support access durable solutions "
    "programme funding climate risk preparedness education camp settlement labour integration policy "
    "evidence outreach referral registration vulnerable families children youth women workers local "
    "national regional global strategy priority review assessment planning delivery quality standards "
    "operations management information systems network dialogue cooperation framework approach"
).split()
_FILL = "the of and to in for with on by through across within under among between while their this".split()
_TITLE_WORDS = (
    "Access Action Analysis Approach Assessment Assistance Border Capacity Climate Community Coordination "
    "Data Delivery Displacement Education Evidence Framework Funding Governance Health Integration Labour "
    "Livelihoods Management Mobility Monitoring Networks Operations Outreach Partnerships Planning Policy "
    "Preparedness Priorities Protection Quality Recovery Referral Registration Resilience Response Return "
    "Review Risk Sanitation Services Settlement Shelter Solutions Standards Strategy Support Systems Training "
    "Water Youth Women Workers Households Districts Regions Dialogue Cooperation"
).split()
_TITLE_ADJ = (
    "Local National Regional Cross-border Urban Rural Durable Safe Early Joint Targeted Integrated Inclusive "
    "Sustainable Collective Operational Strategic Digital Financial Emergency Seasonal Community-based"
).split()
_LABELS = ("Key message", "Box", "Case study", "In focus", "Lessons learned", "Good practice", "Spotlight",
           "Note", "Definition", "Voices from the field")
_RUNIN = ("Objective", "Target", "Budget", "Partners", "Duration", "Outcome", "Scope", "Method", "Status",
          "Location", "Beneficiaries", "Results")
_CJK = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
        "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好"
        "应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命"
        "此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老"
        "头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即"
        "保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清美再采转更单风切打白教速花带安场")
_ARABIC = ("الهجرة الحماية المجتمع الاستجابة الصحة المأوى المياه الصرف سبل العيش العودة القدرة الحدود التنقل "
           "المساعدة التعافي التنسيق الشركاء الحكومة المنطقة الأسر الخدمات البيانات الرصد التدريب الدعم الوصول "
           "الحلول البرنامج التمويل المناخ المخاطر التأهب التعليم المخيم العمل الإدماج السياسة الأدلة").split()
_HEBREW = ("הגירה הגנה קהילה תגובה בריאות מחסה מים תברואה פרנסה חזרה חוסן יכולת גבול ניידות סיוע התאוששות "
           "תיאום שותפים ממשלה אזור משפחות שירותים נתונים ניטור הכשרה תמיכה גישה פתרונות תוכנית מימון אקלים "
           "סיכון היערכות חינוך מחנה עבודה שילוב מדיניות ראיות").split()

_FRONT = {
    "en": {"abstract": "Abstract", "contents": "Contents", "ack": "Acknowledgements", "refs": "References",
           "summary": "Executive summary", "annex": "Annex"},
    "zh": {"abstract": "摘要", "contents": "目录", "ack": "致谢", "refs": "参考文献", "summary": "内容提要", "annex": "附件"},
    "ar": {"abstract": "ملخص", "contents": "المحتويات", "ack": "شكر وتقدير", "refs": "المراجع", "summary": "الملخص التنفيذي",
           "annex": "مرفق"},
    "he": {"abstract": "תקציר", "contents": "תוכן העניינים", "ack": "תודות", "refs": "מקורות", "summary": "תקציר מנהלים",
           "annex": "נספח"},
}


class _Text:
    def __init__(self, rng: random.Random, lang: str):
        self.rng = rng
        self.lang = lang
        self.used: set[str] = set()

    def sentence(self, n: int | None = None) -> str:
        r = self.rng
        n = n or r.randint(9, 20)
        if self.lang == "zh":
            return "".join(r.choice(_CJK) for _ in range(n + 6)) + "。"
        if self.lang in ("ar", "he"):
            pool = _ARABIC if self.lang == "ar" else _HEBREW
            return " ".join(r.choice(pool) for _ in range(n)) + "."
        words = []
        for i in range(n):
            words.append(r.choice(_FILL) if i % 3 == 1 else r.choice(_WORDS))
        s = " ".join(words)
        return s[0].upper() + s[1:] + "."

    def paragraph(self, k: int | None = None) -> str:
        return " ".join(self.sentence() for _ in range(k or self.rng.randint(3, 6)))

    def title(self, long: bool = False) -> str:
        r = self.rng
        for _ in range(200):
            if self.lang == "zh":
                t = "".join(r.choice(_CJK) for _ in range(r.randint(4, 9) + (10 if long else 0)))
            elif self.lang in ("ar", "he"):
                pool = _ARABIC if self.lang == "ar" else _HEBREW
                t = " ".join(r.choice(pool) for _ in range(r.randint(2, 4) + (5 if long else 0)))
            else:
                words = [r.choice(_TITLE_ADJ), r.choice(_TITLE_WORDS)]
                if r.random() < 0.6:
                    words += ["and", r.choice(_TITLE_WORDS)]
                if long:
                    words += ["for", r.choice(_TITLE_ADJ).lower(), r.choice(_TITLE_WORDS).lower(), "in",
                              r.choice(_TITLE_ADJ).lower(), r.choice(_TITLE_WORDS).lower(), "and",
                              r.choice(_TITLE_WORDS).lower(), r.choice(_TITLE_WORDS).lower()]
                t = " ".join(words)
            if t.casefold() not in self.used:
                self.used.add(t.casefold())
                return t
        raise RuntimeError("no fresh title")


# --------------------------------------------------------------------------------------------- spec


@dataclass
class Spec:
    seed: int
    engine: str
    lang: str
    features: list[str]
    styles: dict
    body: dict
    blocks: list = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"report-{self.seed:04d}-{self.engine}"

    def headings(self) -> list[tuple[int, str]]:
        return [(b[1], b[2]) for b in self.blocks if b[0] == "heading"]


_COLOURS = ["#1f4e79", "#0a6e5c", "#8a2b0f", "#5b2c83", "#a05a00", "#00627a", "#333333", "#0b3d91"]
_BANDS = ["#e6eef7", "#e8f4ec", "#f7efe0", "#eee8f5", "#f2f2f2"]


def make_spec(seed: int, engine: str | None = None) -> Spec:
    """The document of ``seed`` (deterministic). ``engine`` defaults to one chosen by the seed."""
    rng = random.Random(seed * 7919 + GENERATOR_VERSION)
    all_engines = ["reportlab", "chromium", "libreoffice"]
    engine = engine or all_engines[seed % 3]
    lang = "en"
    if engine != "reportlab":  # reportlab draws no bidirectional text and no CFF (Noto CJK) fonts
        lang = rng.choices(["en", "zh", "ar", "he"], weights=[76, 10, 7, 7])[0]
    T = _Text(rng, lang)
    feats: list[str] = []

    def maybe(name: str, p: float) -> bool:
        if rng.random() < p:
            feats.append(name)
            return True
        return False

    numbered = maybe("numbered", 0.6)
    depth = rng.choice([2, 3, 3])
    body_size = rng.choice([9.5, 10, 10.5, 11])
    body_family = rng.choice(["serif", "sans"])
    head_family = rng.choice(["serif", "sans"])
    colour = rng.choice(_COLOURS)
    styles: dict[int, dict] = {
        1: {"size": rng.choice([16, 18, 20, 22]), "weight": 700, "family": head_family, "color": colour,
            "caps": rng.random() < 0.25, "italic": False},
        2: {"size": rng.choice([13, 14, 15]), "weight": 700, "family": head_family,
            "color": rng.choice([colour, "#222222"]), "caps": False, "italic": False},
        3: {"size": body_size + rng.choice([1, 1.5, 2]), "weight": 700, "family": head_family,
            "color": "#222222", "caps": False, "italic": rng.random() < 0.2},
    }
    # The hard families of the issue: each document takes a few of them.
    if maybe("close-sizes", 0.2):
        styles[3]["size"] = styles[2]["size"] - 1
        styles[3]["italic"] = False
        styles[3]["color"] = styles[2]["color"]
    elif maybe("sans-serif", 0.2):
        styles[3].update(size=styles[2]["size"], weight=700, color=styles[2]["color"], italic=False,
                         family="serif" if styles[2]["family"] == "sans" else "sans")
    elif numbered and depth == 3 and maybe("depth-only", 0.3):
        styles[3] = dict(styles[2])
    elif maybe("quiet", 0.3):
        styles[3].update(size=body_size + 0.5, weight=rng.choice([400, 700]), italic=False, color="#222222",
                         family=body_family)
    quiet_labels = depth == 3 and not numbered and maybe("quiet-labels", 0.3)
    banner = maybe("banner", 0.25)
    band = not banner and maybe("band", 0.2)
    if banner:
        styles[1].update(banner=colour, color="#ffffff")
    if band:
        styles[2].update(band=rng.choice(_BANDS))
    body = {"size": body_size, "family": body_family}
    if lang == "zh":
        body["family"] = "cjk-" + body_family
        for s in styles.values():
            s["family"] = "cjk-" + s["family"]
            s["caps"] = False
    if lang in ("ar", "he"):
        for s in styles.values():
            s["caps"] = False
    spec = Spec(seed, engine, lang, feats, styles, body)
    if lang != "en":
        feats.append(lang)
    front = _FRONT[lang]

    toc = maybe("toc", 0.65)
    cover = maybe("cover", 0.45)
    multicol = lang == "en" and maybe("multicol", 0.25)
    running = maybe("running", 0.6)
    boxes = maybe("boxes", 0.6)
    runin = maybe("runin", 0.6)
    links = toc and engine != "reportlab" and maybe("toc-links", 0.5)
    spec.body.update(multicol=multicol, running=running, links=links, short=T.title())
    B = spec.blocks

    # Page 1: title block.
    if rng.random() < 0.6:
        B.append(("masthead", rng.choice(["POLICY BRIEF", "ANNUAL REPORT", "WORKING PAPER", "SITUATION REPORT",
                                          "RESEARCH SERIES"]) + f"  |  No. {rng.randint(2, 60)}  |  {rng.randint(2015, 2026)}"))
    doc_title = T.title(long=rng.random() < 0.3)
    B.append(("doctitle", doc_title))
    if rng.random() < 0.6:
        B.append(("subtitle", T.sentence(rng.randint(6, 10)).rstrip(".")))
    if rng.random() < 0.7:
        names = ["A. Rahman", "M. Okafor", "L. Petrova", "J. Silva", "K. Tanaka", "S. Haddad", "E. Novak", "P. Mensah"]
        B.append(("authors", ", ".join(rng.sample(names, rng.randint(1, 4)))))
        B.append(("affil", rng.choice(["Department of Migration Studies, University of Lisbon",
                                       "International Organization for Migration, Geneva",
                                       "Centre for Humanitarian Data, The Hague"])))
    abstract_first = rng.random() < 0.5
    if abstract_first:
        B.append(("heading", 1, front["abstract"], False))
        B.append(("para", T.paragraph(5)))
    if cover or toc:
        B.append(("imprint", "© " + str(rng.randint(2018, 2026)) + " " + T.sentence(12)))
        B.append(("pagebreak",))
    if toc:
        B.append(("heading", 1, front["contents"], False))
        B.append(("toc",))
        B.append(("pagebreak",))
    if not abstract_first and rng.random() < 0.5:
        B.append(("heading", 1, front["summary"], False))
        B.append(("para", T.paragraph()))
        if runin:
            B.append(("runin", T.sentence(2).rstrip(".").split()[0].capitalize() + ":", T.paragraph(2)))
    n_chapters = rng.randint(3, 5)
    for c in range(1, n_chapters + 1):
        if c > 1 and (banner or rng.random() < 0.3):
            B.append(("pagebreak",))
        t1 = T.title(long=rng.random() < 0.15)
        B.append(("heading", 1, (f"{c}  " if numbered else "") + t1, numbered))
        if multicol:
            B.append(("columns", True))
        for _ in range(rng.randint(1, 2)):
            B.append(("para", T.paragraph()))
        for s in range(1, rng.randint(2, 4) + 1):
            t2 = T.title(long=rng.random() < 0.15)
            B.append(("heading", 2, (f"{c}.{s}  " if numbered else "") + t2, numbered))
            B.append(("para", T.paragraph()))
            if runin and rng.random() < 0.5:
                label = rng.choice(_RUNIN) if lang == "en" else T.title().split()[0]
                sep = rng.choice([":", " –", "."])
                for _ in range(rng.randint(1, 3)):
                    B.append(("runin", label + sep, T.paragraph(2)))
                    label = rng.choice(_RUNIN) if lang == "en" else T.title().split()[0]
            if boxes and rng.random() < 0.35:
                kind = rng.choice(["box", "sidebar", "callout"])
                label = rng.choice(_LABELS) if lang == "en" else ""
                title = (f"{label} {c}.{s}: " if kind == "box" and label else (label + ": " if label else "")) + T.title()
                B.append(("box", kind, title, [T.paragraph(rng.randint(2, 3)) for _ in range(rng.randint(1, 2))],
                          rng.choice(_BANDS)))
            if depth == 3 and rng.random() < 0.7:
                for k in range(1, rng.randint(2, 3) + 1):
                    label = ""
                    if numbered:
                        label = f"{c}.{s}.{k}  "
                    elif quiet_labels:
                        label = rng.choice([f"({k}) ", f"{'abcdef'[k - 1]}) "])
                    B.append(("heading", 3, label + T.title(), numbered))
                    B.append(("para", T.paragraph()))
                    if rng.random() < 0.3:
                        B.append(("bullets", [T.sentence(8) for _ in range(rng.randint(2, 4))]))
        if multicol:
            B.append(("columns", False))
    if rng.random() < 0.6:
        B.append(("heading", 1, front["ack"], False))
        B.append(("para", T.paragraph(3)))
    B.append(("heading", 1, front["refs"], False))
    B.append(("refs", [T.sentence(14) for _ in range(rng.randint(4, 8))]))
    return spec


# --------------------------------------------------------------------------------------------- HTML

_FAMILIES = {
    "serif": "'DejaVu Serif', 'Liberation Serif', serif",
    "sans": "'Liberation Sans', 'DejaVu Sans', sans-serif",
    "cjk-serif": "'Noto Serif CJK SC', 'Noto Sans CJK SC', serif",
    "cjk-sans": "'Noto Sans CJK SC', sans-serif",
}


def _css_style(s: dict) -> str:
    out = [f"font-size:{s['size']}pt", f"font-weight:{s['weight']}", f"font-family:{_FAMILIES[s['family']]}",
           f"color:{s['color']}"]
    if s.get("caps"):
        out.append("text-transform:uppercase")
    if s.get("italic"):
        out.append("font-style:italic")
    if s.get("banner"):
        out.append(f"background:{s['banner']};padding:8pt 10pt")
    if s.get("band"):
        out.append(f"background:{s['band']};padding:4pt 6pt")
    return ";".join(out)


def to_html(spec: Spec, pages: list[int] | None = None) -> str:
    """The spec as one HTML document; ``pages``: the page of each heading (for the contents)."""
    b = spec.body
    rtl = spec.lang in ("ar", "he")
    e = html.escape
    css = [
        "@page { size: A4; margin: 22mm 20mm 22mm 20mm; "
        + ("@top-left { content: '" + b["short"].replace("'", "") + "'; font-size: 7.5pt; color: #666; } "
           "@bottom-center { content: counter(page); font-size: 8pt; } " if b.get("running") else "")
        + "}",
        f"body {{ font-family:{_FAMILIES[b['family']]}; font-size:{b['size']}pt; color:#222; line-height:1.35; }}",
        "p { margin: 0 0 6pt 0; text-align: justify; }",
        ".masthead { font-size: 8pt; letter-spacing: 1pt; color: #555; border-bottom: 1px solid #999; }",
        f".doctitle {{ font-size: {spec.styles[1]['size'] + 8}pt; font-weight: 700; margin-top: 30pt; line-height: 1.15; }}",
        ".subtitle { font-size: 13pt; color: #444; }",
        ".authors { font-size: 11pt; font-weight: 700; margin-top: 14pt; }",
        ".affil { font-size: 9pt; font-style: italic; }",
        ".imprint { font-size: 7.5pt; color: #555; margin-top: 40pt; }",
        ".toc td { vertical-align: bottom; padding: 1pt 0; }",
        ".box { margin: 8pt 0; }",
        ".boxtitle { font-weight: 700; }",
        ".refs p { font-size: 8.5pt; text-align: left; }",
        ".cols { column-count: 2; column-gap: 14pt; }",
    ]
    for lv, s in spec.styles.items():
        css.append(f"h{lv} {{ {_css_style(s)}; margin: 12pt 0 5pt 0; }}")
    direction = " dir='rtl'" if rtl else ""
    out = [f"<!DOCTYPE html><html lang='{spec.lang}'{direction}><head><meta charset='utf-8'>"
           f"<style>{chr(10).join(css)}</style></head><body>"]
    heads = spec.headings()
    h_index = 0
    in_cols = False
    for blk in spec.blocks:
        kind = blk[0]
        if kind == "heading":
            _, lv, title, _num = blk
            out.append(f"<h{lv} id='h{h_index}'>{e(title)}</h{lv}>")
            h_index += 1
        elif kind in ("masthead", "subtitle", "authors", "affil", "imprint"):
            out.append(f"<p class='{kind}'>{e(blk[1])}</p>")
        elif kind == "doctitle":
            out.append(f"<p class='doctitle'>{e(blk[1])}</p>")
        elif kind == "pagebreak":
            if in_cols:
                out.append("</div>")
            out.append("<p style='page-break-before: always; margin:0; font-size:1pt'></p>")
            if in_cols:
                out.append("<div class='cols'>")
        elif kind == "para":
            out.append(f"<p>{e(blk[1])}</p>")
        elif kind == "runin":
            out.append(f"<p><b>{e(blk[1])}</b> {e(blk[2])}</p>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in blk[1]) + "</ul>")
        elif kind == "refs":
            out.append("<div class='refs'>" + "".join(f"<p>{e(x)}</p>" for x in blk[1]) + "</div>")
        elif kind == "columns":
            if blk[1] and not in_cols:
                out.append("<div class='cols'>")
                in_cols = True
            elif not blk[1] and in_cols:
                out.append("</div>")
                in_cols = False
        elif kind == "box":
            _, bkind, title, paras, fill = blk
            width = "45%" if bkind == "sidebar" else "100%"
            align = (" align='left'" if rtl else " align='right'") if bkind == "sidebar" else ""
            tsize = spec.styles[2]["size"] if bkind != "sidebar" else spec.body["size"] + 1
            border = "border:1.5pt solid " + spec.styles[1]["color"] if bkind == "box" else "border:none"
            out.append(
                f"<table class='box' width='{width}'{align} cellpadding='6' style='background:{fill};{border}'><tr><td>"
                f"<p class='boxtitle' style='font-size:{tsize}pt'>{e(title)}</p>"
                + "".join(f"<p>{e(x)}</p>" for x in paras) + "</td></tr></table>"
            )
        elif kind == "toc":
            rows = []
            for i, (lv, title) in enumerate(heads):
                if lv > spec.body.get("toc_depth", 2 if len(heads) > 24 else 3):
                    continue
                if title == _FRONT[spec.lang]["contents"]:
                    continue
                pg = str(pages[i]) if pages else "0"
                indent = (lv - 1) * 14
                weight = "font-weight:700;" if lv == 1 else ""
                t = e(title)
                if spec.body.get("links"):
                    t = f"<a href='#h{i}' style='color:inherit;text-decoration:none'>{e(title)}</a>"
                dots = " " + "." * max(3, 95 - len(title) - lv * 4) if len(title) < 80 else " . . ."
                rows.append(
                    f"<tr><td style='padding-{'right' if rtl else 'left'}:{indent}pt;{weight}'>{t}"
                    f"<span style='color:#777'>{dots}</span></td>"
                    f"<td width='30' align='{'left' if rtl else 'right'}' style='{weight}'>{pg}</td></tr>"
                )
            out.append("<table class='toc' width='100%' cellspacing='0' style='table-layout:fixed;overflow:hidden'>"
                       + "".join(rows) + "</table>")
    if in_cols:
        out.append("</div>")
    out.append("</body></html>")
    text = "\n".join(out)
    # Chromium clips the dot leaders at the cell edge; LibreOffice wraps them: both real habits.
    return text.replace("<td style='padding", "<td style='white-space:normal;overflow:hidden;padding")


# ---------------------------------------------------------------------------------------- reportlab


def _reportlab(spec: Spec, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle)
    from reportlab.platypus.tableofcontents import TableOfContents

    fonts = {("serif", 400): "Times-Roman", ("serif", 700): "Times-Bold", ("sans", 400): "Helvetica",
             ("sans", 700): "Helvetica-Bold"}
    italic = {"Times-Roman": "Times-Italic", "Times-Bold": "Times-BoldItalic", "Helvetica": "Helvetica-Oblique",
              "Helvetica-Bold": "Helvetica-BoldOblique"}
    b = spec.body
    base = fonts[(b["family"], 400)]
    body = ParagraphStyle("body", fontName=base, fontSize=b["size"], leading=b["size"] * 1.3, spaceAfter=5,
                          alignment=4)
    hst = {}
    for lv, s in spec.styles.items():
        fn = fonts[(s["family"], 700 if s["weight"] >= 600 else 400)]
        if s.get("italic"):
            fn = italic[fn]
        kw = {}
        if s.get("banner"):
            kw = dict(backColor=colors.HexColor(s["banner"]), borderPadding=(6, 6, 6, 6))
        elif s.get("band"):
            kw = dict(backColor=colors.HexColor(s["band"]), borderPadding=(3, 4, 3, 4))
        hst[lv] = ParagraphStyle(f"h{lv}", fontName=fn, fontSize=s["size"], leading=s["size"] * 1.2,
                                 textColor=colors.HexColor(s["color"]), spaceBefore=10 + (6 if kw else 0),
                                 spaceAfter=5 + (6 if kw else 0), **kw)
    small = ParagraphStyle("small", fontName=base, fontSize=7.5, leading=9, textColor=colors.HexColor("#555555"))
    e = html.escape

    class Head(Paragraph):
        def split(self, availWidth, availHeight):
            return []  # a heading moves whole to the next frame (one bookmark each)

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            info = getattr(fl, "_bb_heading", None)
            if info:
                lv, title, key = info
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(title, key, lv - 1, closed=False)
                if lv <= b.get("toc_depth", 9):
                    self.notify("TOCEntry", (lv - 1, e(title), self.page, key))

    def decorate(canv, doc):
        if b.get("running") and doc.page > 1:
            canv.saveState()
            canv.setFont(base, 7.5)
            canv.setFillColor(colors.HexColor("#666666"))
            canv.drawString(20 * mm, A4[1] - 14 * mm, b["short"])
            canv.drawCentredString(A4[0] / 2, 12 * mm, str(doc.page))
            canv.restoreState()

    W, Hh = A4
    m = 20 * mm
    one = Frame(m, m, W - 2 * m, Hh - 2 * m, id="one")
    gap = 5 * mm
    colw = (W - 2 * m - gap) / 2
    two = [Frame(m, m, colw, Hh - 2 * m, id="l"), Frame(m + colw + gap, m, colw, Hh - 2 * m, id="r")]
    doc = Doc(str(out), pagesize=A4, title="", author="")
    doc.addPageTemplates([PageTemplate("one", [one], onPage=decorate), PageTemplate("two", two, onPage=decorate)])
    story = []
    n = 0
    for blk in spec.blocks:
        kind = blk[0]
        if kind == "heading":
            _, lv, title, _num = blk
            title_txt = title.upper() if spec.styles[lv].get("caps") else title
            p = Head(e(title_txt), hst[lv])
            p._bb_heading = (lv, title_txt, f"h{n}")
            p.keepWithNext = 1
            n += 1
            story.append(p)
        elif kind == "masthead":
            story.append(Paragraph(e(blk[1]), ParagraphStyle("m", fontName="Helvetica", fontSize=8, leading=10)))
        elif kind == "doctitle":
            fs = spec.styles[1]["size"] + 8
            story += [Spacer(1, 30), Paragraph(e(blk[1]), ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=fs,
                                                                         leading=fs * 1.15)), Spacer(1, 8)]
        elif kind == "subtitle":
            story.append(Paragraph(e(blk[1]), ParagraphStyle("st", fontName=base, fontSize=13, leading=16)))
        elif kind == "authors":
            story.append(Paragraph(e(blk[1]), ParagraphStyle("au", fontName="Helvetica-Bold", fontSize=11, leading=14,
                                                             spaceBefore=12)))
        elif kind == "affil":
            story.append(Paragraph(e(blk[1]), ParagraphStyle("af", fontName="Times-Italic", fontSize=9, leading=11)))
        elif kind == "imprint":
            story += [Spacer(1, 30), Paragraph(e(blk[1]), small)]
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "columns":
            if blk[1]:
                story.append(NextPageTemplate("two"))
        elif kind == "para":
            story.append(Paragraph(e(blk[1]), body))
        elif kind == "runin":
            story.append(Paragraph(f"<b>{e(blk[1])}</b> {e(blk[2])}", body))
        elif kind == "bullets":
            for x in blk[1]:
                story.append(Paragraph(e(x), body, bulletText="•"))
        elif kind == "refs":
            for x in blk[1]:
                story.append(Paragraph(e(x), ParagraphStyle("ref", parent=body, fontSize=8.5, leading=10.5, alignment=0)))
        elif kind == "box":
            _, bkind, title, paras, fill = blk
            tsize = spec.styles[2]["size"] if bkind != "sidebar" else b["size"] + 1
            ts = ParagraphStyle("bt", fontName="Helvetica-Bold", fontSize=tsize, leading=tsize * 1.2, spaceAfter=4)
            cell = [Paragraph(e(title), ts)] + [Paragraph(e(x), body) for x in paras]
            width = (W - 2 * m) * (0.45 if bkind == "sidebar" else 1.0) - 4
            t = Table([[cell]], colWidths=[width], hAlign="RIGHT")
            st = [("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fill)), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 6)]
            if bkind == "box":
                st.append(("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor(spec.styles[1]["color"])))
            t.setStyle(TableStyle(st))
            story += [Spacer(1, 4), t, Spacer(1, 6)]
        elif kind == "toc":
            toc = TableOfContents()
            toc.dotsMinLevel = 0
            toc.levelStyles = [
                ParagraphStyle(f"toc{i}", fontName=fonts[(b["family"], 700 if i == 0 else 400)], fontSize=b["size"],
                               leading=b["size"] * 1.3, leftIndent=14 * i + 14, firstLineIndent=-14)
                for i in range(3)
            ]
            story.append(toc)
    doc.multiBuild(story)


# ------------------------------------------------------------------------------------------- render


def cache_dir() -> Path:
    env = os.environ.get("BB_DOCGEN_CACHE")
    base = Path(env) if env else Path.home() / ".cache" / "briefing-builder" / "docgen"
    return base / "reports"


def _outline(path: Path) -> list[tuple[int, str, int]]:
    import pymupdf

    with pymupdf.open(str(path)) as doc:
        return [(lv, t, p) for lv, t, p in doc.get_toc(simple=True)]


def _strip_outline(path: Path) -> None:
    """Drop the bookmarks (the truth is kept beside the PDF) so no extractor can read them."""
    import pymupdf

    doc = pymupdf.open(str(path))
    try:
        doc.set_toc([])
        cat = doc.pdf_catalog()
        doc.xref_set_key(cat, "PageMode", "null")
        tmp = path.with_suffix(".tmp.pdf")
        doc.save(str(tmp), garbage=3, deflate=True)
    finally:
        doc.close()
    tmp.replace(path)


def _truth(spec: Spec, outline: list[tuple[int, str, int]]) -> list[dict]:
    heads = spec.headings()
    if len(outline) != len(heads):
        raise RuntimeError(f"{spec.name}: {len(outline)} bookmarks for {len(heads)} headings")
    out = []
    for (lv, title), (olv, _ot, page) in zip(heads, outline):
        if spec.styles[lv].get("caps"):
            title = title.upper()
        out.append({"title": title, "level": lv, "page": page})
    return out


def render(specs: list[Spec], folder: Path) -> list[Path]:
    """Render each spec to ``folder/<name>.pdf`` with ``<name>.truth.json`` beside it (skips the ones
    already there for this generator version)."""
    folder.mkdir(parents=True, exist_ok=True)
    todo = [s for s in specs if not _fresh(folder, s)]
    by_engine: dict[str, list[Spec]] = {}
    for s in todo:
        by_engine.setdefault(s.engine, []).append(s)
    for engine, group in by_engine.items():
        if engine == "reportlab":
            for s in group:
                pdf = folder / f"{s.name}.pdf"
                _reportlab(s, pdf)
                _finish(s, pdf, _outline(pdf))
            continue
        # Two passes: the first gives each heading's page, the second prints them in the contents.
        first = [(to_html(s), folder / f"{s.name}.pass1.pdf") for s in group]
        engines.html_to_pdf(first, engine, outline=True)
        second = []
        for s, (_h, p1) in zip(group, first):
            pages = [p for _lv, _t, p in _outline(p1)]
            p1.unlink()
            second.append((to_html(s, pages if len(pages) == len(s.headings()) else None), folder / f"{s.name}.pdf"))
        engines.html_to_pdf(second, engine, outline=True)
        for s, (_h, pdf) in zip(group, second):
            _finish(s, pdf, _outline(pdf))
    return [folder / f"{s.name}.pdf" for s in specs]


def _key(spec: Spec) -> str:
    return hashlib.sha256(json.dumps([GENERATOR_VERSION, RENDER_VERSION[spec.engine], spec.blocks, spec.styles, spec.body], default=str)
                          .encode()).hexdigest()[:16]


def _fresh(folder: Path, spec: Spec) -> bool:
    truth = folder / f"{spec.name}.truth.json"
    pdf = folder / f"{spec.name}.pdf"
    if not (truth.is_file() and pdf.is_file()):
        return False
    try:
        return json.loads(truth.read_text(encoding="utf-8")).get("key") == _key(spec)
    except ValueError:
        return False


def _finish(spec: Spec, pdf: Path, outline) -> None:
    truth = _truth(spec, outline)
    _strip_outline(pdf)
    if _outline(pdf):
        raise RuntimeError(f"{pdf.name}: bookmarks left")
    (pdf.parent / f"{spec.name}.truth.json").write_text(json.dumps({
        "key": _key(spec), "seed": spec.seed, "engine": spec.engine, "lang": spec.lang,
        "features": spec.features, "headings": truth}, ensure_ascii=False, indent=1), encoding="utf-8")


def generate(split: str, n: int = 24, folder: Path | None = None, engine_list: list[str] | None = None,
             features: list[str] | None = None) -> list[Path]:
    """The ``split`` ("development" / "validation") of ``n`` documents, rendered where missing;
    ``features``: only the documents carrying one of these families (or languages)."""
    start = SPLITS[split]
    have = set(engines.available())
    specs = []
    for seed in range(start, start + n):
        spec = make_spec(seed)
        if spec.engine not in have or (engine_list and spec.engine not in engine_list):
            continue
        if features and not set(features) & set(spec.features):
            continue
        specs.append(spec)
    return render(specs, (folder or cache_dir()) / split)


def load_truth(pdf: Path) -> dict:
    return json.loads((pdf.parent / (pdf.stem + ".truth.json")).read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=sorted(SPLITS), default="development")
    ap.add_argument("-n", type=int, default=24)
    ap.add_argument("--engine", action="append", help="only these engines (repeatable)")
    ap.add_argument("--out", type=Path, help=f"folder (default {cache_dir()})")
    args = ap.parse_args(argv)
    for p in generate(args.split, args.n, args.out, args.engine):
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
