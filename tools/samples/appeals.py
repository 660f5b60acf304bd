"""The English sample documents and their exact ground truth, and the machinery the translated
samples (``translated.py``) build on. The command line is ``build_samples.py``.

The texts come from the seeds in ``../shared/seeds`` (or ``$BRIEFING_SHARED/seeds``):

* ``migration-initiatives-2017-sample.pdf``: modelled on IOM's *Migration Initiatives 2017* (seed
  001) — the nine regional funding tables with their exact figures, then the six MiGOF chapters with
  the real narrative of East and Horn of Africa and Asia and the Pacific;
* ``myanmar-crisis-response-plan-2025-sample.pdf``: modelled on IOM's Myanmar Crisis Response Plan
  2025 (seed 004) — objectives and sectors with the seed's text, and three tables whose figures are
  ILLUSTRATIVE (labelled so in the document and in the truth).

Each PDF gets a ``.truth.json`` next to it: a ``DocumentData`` JSON (``app/document/model.py``) built from the
positions the layout actually produced, plus a few extra keys (see README.md). After writing, the
truth is verified against the PDF with pdfplumber. Output is byte-for-byte deterministic.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, unescape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

import reportlab  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents  # noqa: E402

import layout as L  # noqa: E402
import seedtext as S  # noqa: E402
from app.document.model import Cell, DocumentData, Section, Table, Tag  # noqa: E402
from app.document.tags import find_theme  # noqa: E402


def theme_tag(code_or_name: str) -> Tag:
    """The theme tag exactly as app/document/tags.py names it (MiGOF "objective-2", crisis plan "crp-objective-1")."""
    tag = find_theme(code_or_name)
    if tag is None:
        raise SystemExit(f"build_samples: app/document/tags.py knows no theme {code_or_name!r}")
    return tag

PAGE_W, PAGE_H = A4
FONTS = ROOT / "resources" / "fonts"
#: the name the committed samples carry (PDF Creator, truth "generator"); kept when the script
#: moved to tools/samples so that a rebuild stays byte-for-byte identical to them
GENERATOR = "resources/samples/build_samples.py"
MI_NAME = "migration-initiatives-2017-sample"
MM_NAME = "myanmar-crisis-response-plan-2025-sample"
ILLUSTRATIVE_NOTE = "Illustrative figures for software testing, not IOM data"
SAMPLE_NOTE = "Sample document generated for software testing; not an IOM publication"

# ======================================================================================== countries

#: Printed names that pycountry does not resolve, and rows/headings covering several countries.
SPECIAL_COUNTRIES: dict[str, list[tuple[str, str]]] = {
    "United Republic of Tanzania": [("TZA", "United Republic of Tanzania")],
    "Gambia, the": [("GMB", "Gambia")],
    "Democratic Republic of the Congo": [("COD", "Democratic Republic of the Congo")],
    "Mauritius, covering the Seychelles and the Union of the Comoros": [
        ("MUS", "Mauritius"), ("SYC", "Seychelles"), ("COM", "Comoros")],
    "Equador": [("ECU", "Ecuador")],  # misspelt in the printed table
    "United States": [("USA", "United States")],
    "Australia, coordinating the Pacific region": [("AUS", "Australia")],
    "Australia and the Pacific context": [("AUS", "Australia")],
    "Lao People’s Democratic Republic": [("LAO", "Lao People’s Democratic Republic")],
    "Micronesia, Federated States of, Republic of the Marshall Islands and Republic of Palau": [
        ("FSM", "Micronesia (Federated States of)"), ("MHL", "Marshall Islands"), ("PLW", "Palau")],
    "Micronesia, Federated States of, covering the Marshall Islands and Palau": [
        ("FSM", "Micronesia (Federated States of)"), ("MHL", "Marshall Islands"), ("PLW", "Palau")],
    "Republic of Korea": [("KOR", "Republic of Korea")],
    "Sri Lanka and the Maldives": [("LKA", "Sri Lanka"), ("MDV", "Maldives")],
    "Sri Lanka, covering the Maldives": [("LKA", "Sri Lanka"), ("MDV", "Maldives")],
    "Netherlands": [("NLD", "Netherlands")],
    "Czech Republic": [("CZE", "Czech Republic")],
    "Republic of Moldova": [("MDA", "Republic of Moldova")],
    "Turkey": [("TUR", "Turkey")],
    "The former Yugoslav Republic of Macedonia": [("MKD", "The former Yugoslav Republic of Macedonia")],
    "UNSC resolution 1244-administered Kosovo*": [("XKX", "Kosovo")],
    "Iran, Islamic Republic of": [("IRN", "Iran (Islamic Republic of)")],
    "Bolivia, Plurinational State of": [("BOL", "Bolivia (Plurinational State of)")],
}


def country_tags(label: str) -> list[Tag]:
    if label.startswith("Regional initiatives"):
        return []
    if label in SPECIAL_COUNTRIES:
        return [Tag("country", code, name) for code, name in SPECIAL_COUNTRIES[label]]
    import pycountry

    try:
        c = pycountry.countries.lookup(label)
    except LookupError as exc:
        raise SystemExit(f"build_samples: no ISO 3166 code for {label!r}; add it to SPECIAL_COUNTRIES") from exc
    return [Tag("country", c.alpha_3, label)]


# ========================================================================================== regions


@dataclass(frozen=True)
class Region:
    seed: str  # as printed in the seed (upper case, first line)
    name: str
    slug: str


REGIONS = [
    Region("EAST AND HORN OF AFRICA", "East and Horn of Africa", "east-and-horn-of-africa"),
    Region("WEST AND CENTRAL AFRICA", "West and Central Africa", "west-and-central-africa"),
    Region("SOUTHERN AFRICA", "Southern Africa", "southern-africa"),
    Region("CENTRAL AND NORTH AMERICA AND THE CARIBBEAN", "Central and North America and the Caribbean",
           "central-and-north-america-and-the-caribbean"),
    Region("SOUTH AMERICA", "South America", "south-america"),
    Region("ASIA AND THE PACIFIC", "Asia and the Pacific", "asia-and-the-pacific"),
    Region("EUROPEAN ECONOMIC AREA", "European Economic Area", "european-economic-area"),
    Region("MIDDLE EAST AND NORTH AFRICA", "Middle East and North Africa", "middle-east-and-north-africa"),
    Region("SOUTH-EASTERN EUROPE, EASTERN EUROPE AND CENTRAL ASIA",
           "South-Eastern Europe, Eastern Europe and Central Asia",
           "south-eastern-europe-eastern-europe-and-central-asia"),
]
#: First lines of the region headings inside the MiGOF chapters (some wrap in the seed).
REGION_FIRST_LINES = {
    "EAST AND HORN OF AFRICA", "SOUTHERN AFRICA", "WEST AND CENTRAL AFRICA", "CENTRAL AND NORTH AMERICA AND THE",
    "SOUTH AMERICA", "ASIA AND THE PACIFIC", "EUROPEAN ECONOMIC AREA", "SOUTH-EASTERN EUROPE, EASTERN EUROPE",
    "MIDDLE EAST AND NORTH AFRICA",
}

#: How each regional table is typeset: a realistic mix of designed-table conventions.
TABLE_LOOKS = {
    "east-and-horn-of-africa": dict(style=L.TableStyleSpec(zebra=True, total_band=True), dots=False),
    "west-and-central-africa": dict(style=L.TableStyleSpec(), dots=False),  # no lines, no shading at all
    "southern-africa": dict(style=L.TableStyleSpec(), dots=True),
    "central-and-north-america-and-the-caribbean": dict(style=L.TableStyleSpec(header_rule=True), dots=False),
    "south-america": dict(style=L.TableStyleSpec(zebra=True), dots=False),
    "asia-and-the-pacific": dict(style=L.TableStyleSpec(), dots=False),  # only Fiji's row has leaders
    "european-economic-area": dict(style=L.TableStyleSpec(header_rule=True, total_rule=True), dots=False),
    "middle-east-and-north-africa": dict(style=L.TableStyleSpec(total_band=True), dots=True),
    "south-eastern-europe-eastern-europe-and-central-asia": dict(style=L.TableStyleSpec(zebra=True), dots=False),
}

# ========================================================================================= chapters


@dataclass
class Chapter:
    seed_line: str
    title: str
    short: str
    theme: str
    intro: tuple[str, str]
    caption: tuple[str, str]
    quote: tuple[str, str] | None = None  # (start, end) of a MiGOF quote in the seed
    photos: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # region slug -> (before heading, start, end)
    quotes: dict[str, tuple[str, str, str, str]] = field(default_factory=dict)  # slug -> (before, start, end, source)


CHAPTERS = [
    Chapter("PRINCIPLE 1:", "Principle 1: Adhering to international standards and fulfilling migrants’ rights",
            "Principle 1", "principle-1",
            ("Humane and orderly migration requires", "Rights-based approach to programming"),
            ("As a volunteer of the Red Cross, Mamadou", "unsuccessful. © IOM 2015"),
            quote=("“Individuals who are subject to forced", "diversity characteristics.”"),
            photos={"east-and-horn-of-africa": ("South Sudan", "IOM medical staff performs medical testing",
                                                "third countries. © IOM 2015"),
                    "asia-and-the-pacific": ("Bangladesh", "Children play in the sunset", "Muse Mohammed)")},
            quotes={"east-and-horn-of-africa": ("Djibouti", "“Migrant Resource Centres have a crucial",
                                                "potential vulnerabilities and exploitation.”",
                                                "Source: Pillinger, Jane, Running an Effective Migrant Resource Centre, 2015.")}),
    Chapter("PRINCIPLE 2:", "Principle 2: Using evidence and whole-of-government approaches", "Principle 2",
            "principle-2", ("Migration policy is often the subject", "The World Migration Report"),
            ("“Everything that happens to me I write", "(Photo: Amanda Nero)"),
            photos={"asia-and-the-pacific": ("Indonesia", "Former slave fisherman shows his tattoos",
                                             "(Photo: Joe Lowry)")}),
    Chapter("PRINCIPLE 3:", "Principle 3: Developing strong partnerships", "Principle 3", "principle-3",
            ("By their very nature, migration and mobility", "Enhanced dialogue among Inter-State"),
            ("Alongside their disabled brother and parents", "(Photo: Muse Mohammed)")),
    Chapter("OBJECTIVE 1:", "Objective 1: Advancing the socioeconomic well-being of migrants and society",
            "Objective 1", "objective-1", ("Poverty, instability, lack of access", "A World on the Move"),
            ("Georgian born migrant Archil Tsintsadze", "Aspirant Mountain Guides. © IOM 2016")),
    Chapter("OBJECTIVE 2:", "Objective 2: Addressing the mobility dimensions of crises", "Objective 2",
            "objective-2", ("In 2015, 60 million individuals were displaced", "Nigerien children"),
            ("IOM staff conducting an NFI distribution", "(Photo: Muse Mohammed)"),
            photos={"east-and-horn-of-africa": ("Djibouti", "Training of DTM surveyors, Rutana",
                                                "November 2015. © IOM 2015"),
                    "asia-and-the-pacific": ("Nepal", "Distribution of assistance with the Myanmar Red Cross",
                                             "floods. © IOM 2015")},
            quotes={"east-and-horn-of-africa": ("Kenya", "“Djibouti has become the epicentre", "[in October 2016].",
                                                "Jeffrey Labovitz, IOM Regional Director for East and Horn of Africa")}),
    Chapter("OBJECTIVE 3:", "Objective 3: Safe, orderly and dignified migration", "Objective 3", "objective-3",
            ("Ensuring migration is safe and orderly", "Integrated border management"),
            ("“This is David, he has big eyes like his father", "(Photo: Amanda Nero)"),
            quote=("“Migration systems need to be designed", "diversity characteristics.”"),
            photos={"asia-and-the-pacific": ("Thailand", "Members of a returnee community on Manam",
                                             "as well as theirs.”")}),
]

NARRATIVE_REGIONS = ["east-and-horn-of-africa", "asia-and-the-pacific"]

EHA_HEADINGS = ["Regional initiatives", "Burundi", "Djibouti", "Ethiopia", "Kenya", "Rwanda", "Somalia",
                "South Sudan", "Uganda", "United Republic of Tanzania"]
AP_HEADINGS = ["Regional initiatives", "Afghanistan", "Australia and the Pacific context", "Bangladesh", "Cambodia",
               "China", "Fiji", "India", "Indonesia", "Iran, Islamic Republic of", "Japan",
               "Lao People’s Democratic Republic", "Malaysia",
               "Micronesia, Federated States of, covering the Marshall Islands and Palau", "Mongolia", "Myanmar",
               "Nepal", "Pakistan", "Philippines", "Papua New Guinea", "Republic of Korea",
               "Sri Lanka, covering the Maldives", "Thailand", "Timor-Leste", "Vanuatu", "Viet Nam"]

#: Hand decisions for re-joining the seed's text flow (see seedtext.Cleaning and README).
NARRATIVE_CLEANING = S.Cleaning(
    drop=("Fatuma, a fishery", "1 UNICEF, 2014", "Former farmers, Peter Nwok",
          "provide for our families.” After completing", "a workshop where they design"),
    glue_next=("facilitating the", "Economic Planning, the", "Entrepreneurship,", "partnered with the Kuehne",
               "technical assistance to the", "National Disaster Management"),
    box_titles=("Uganda Refugee and Host Population Empowerment Framework",
                "Addressing human trafficking and exploitation in times of crisis", "Complex migratory flows",
                "Migrant health", "Socioeconomic initiatives in Burundi", "Tracking displacement in South Sudan",
                "Reducing Exploitation of Migrant Vulnerabilities by Violent Extremist Groups",
                "Resettlement from Uganda", "Kenya: the Petals of Flowers strategy",
                "Labour migration in South-East Asia", "Improved shelters for responding to floods in Pakistan",
                "Research opportunities in Pakistan", "Djibouti: Cooperation in the Obock region",
                "Addressing health vulnerabilities in Asia and the Pacific", "IOM X"),
    pairs=(("flagship scheme of", "the Government of India"), ("preventing violent", "extremism, promoting"),
           ("in 2016–2017, but", "resources would be required"),
           ("resilience of communities", "vulnerable to natural disasters"),
           ("developing sustainable", "livelihood, skills and entrepreneurship"),
           ("internship opportunities. IOM will also", "contribute to Somalia’s"),
           ("strategies and", "interventions are rolled out"),
           ("according to the technical and", "operational protocols"),
           ("extend its technical", "support to the National Anti-Human")),
)

# ===================================================================================== hyphenation

#: Soft hyphenation points for long words of the narrative (a small, hand-checked dictionary: the
#: printed lines break there with a hyphen, the truth keeps the whole word).
HYPHENATION = {
    "international": "in-ter-na-tion-al", "government": "gov-ern-ment", "governments": "gov-ern-ments",
    "organization": "or-gan-i-za-tion", "organizations": "or-gan-i-za-tions", "implementation": "im-ple-men-ta-tion",
    "humanitarian": "hu-man-i-tar-i-an", "communities": "com-mu-ni-ties", "information": "in-for-ma-tion",
    "development": "de-vel-op-ment", "strengthening": "strength-en-ing", "programming": "pro-gram-ming",
    "programmes": "pro-grammes", "reintegration": "re-in-te-gra-tion", "trafficking": "traf-fick-ing",
    "displacement": "dis-place-ment", "management": "man-age-ment", "assistance": "as-sis-tance",
    "particular": "par-tic-u-lar", "populations": "pop-u-la-tions", "protection": "pro-tec-tion",
    "stakeholders": "stake-hold-ers", "stabilization": "sta-bi-li-za-tion", "vulnerable": "vul-ner-a-ble",
    "coordination": "co-or-di-na-tion", "environmental": "en-vi-ron-men-tal", "institutional": "in-sti-tu-tion-al",
    "mainstreaming": "main-stream-ing", "opportunities": "op-por-tu-ni-ties", "partnerships": "part-ner-ships",
    "capacities": "ca-pac-i-ties", "interventions": "in-ter-ven-tions", "establishment": "es-tab-lish-ment",
    "registration": "reg-is-tra-tion", "psychosocial": "psy-cho-so-cial", "livelihoods": "live-li-hoods",
    "recommendations": "rec-om-men-da-tions", "vulnerabilities": "vul-ner-a-bil-i-ties",
    "Organization": "Or-gan-i-za-tion", "Government": "Gov-ern-ment", "International": "In-ter-na-tion-al",
}
_HYPH_RE = re.compile(r"\b(" + "|".join(sorted(HYPHENATION, key=len, reverse=True)) + r")\b")


def hyphenate(text: str) -> str:
    return _HYPH_RE.sub(lambda m: HYPHENATION[m.group(1)].replace("-", "\u00ad"), text)


# =========================================================================================== styles


def styles() -> dict[str, ParagraphStyle]:
    R, B, I = L.REGULAR, L.BOLD, L.ITALIC
    s = {
        "body": ParagraphStyle("body", fontName=R, fontSize=8.8, leading=12.4, alignment=TA_JUSTIFY,
                               textColor=L.INK, spaceAfter=5.2, embeddedHyphenation=1, allowWidows=0),
        "bullet": ParagraphStyle("bullet", fontName=R, fontSize=8.8, leading=12.4, alignment=TA_JUSTIFY,
                                 textColor=L.INK, spaceAfter=3.5, leftIndent=10, firstLineIndent=-10,
                                 embeddedHyphenation=1),
        "lead": ParagraphStyle("lead", fontName=R, fontSize=10.2, leading=14.2, alignment=TA_LEFT,
                               textColor=L.IOM_BLUE, spaceAfter=7),
        "h1": ParagraphStyle("h1", fontName=B, fontSize=22, leading=26.5, textColor=colors.white, spaceAfter=0),
        "h1dark": ParagraphStyle("h1dark", fontName=B, fontSize=22, leading=26.5, textColor=L.IOM_BLUE,
                                 spaceAfter=14),
        "h2": ParagraphStyle("h2", fontName=B, fontSize=16, leading=19.5, textColor=L.IOM_MID, spaceBefore=14,
                             spaceAfter=7, keepWithNext=1),
        "h3": ParagraphStyle("h3", fontName=B, fontSize=11.5, leading=14.2, textColor=L.IOM_TEAL, spaceBefore=9,
                             spaceAfter=4, keepWithNext=1),
        "h4": ParagraphStyle("h4", fontName=L.BOLD_ITALIC, fontSize=9.4, leading=12.2, textColor=L.INK,
                             spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "caption": ParagraphStyle("caption", fontName=I, fontSize=7.4, leading=9.6, textColor=L.GREY,
                                  spaceAfter=10),
        "quote": ParagraphStyle("quote", fontName=I, fontSize=11.5, leading=15.2, textColor=L.IOM_BLUE),
        "quote_src": ParagraphStyle("quote_src", fontName=R, fontSize=7.2, leading=9.2, textColor=L.GREY),
        "table_title": ParagraphStyle("table_title", fontName=B, fontSize=9.6, leading=12, textColor=L.IOM_BLUE,
                                      spaceBefore=4, spaceAfter=5, keepWithNext=1),
        "note": ParagraphStyle("note", fontName=I, fontSize=7.2, leading=9.2, textColor=L.GREY, spaceBefore=3,
                               spaceAfter=6),
        "toc0": ParagraphStyle("toc0", fontName=B, fontSize=10, leading=13, textColor=L.IOM_BLUE,
                               spaceBefore=6, leftIndent=0, rightIndent=30),
        "toc1": ParagraphStyle("toc1", fontName=R, fontSize=8.8, leading=11.4, textColor=L.INK, leftIndent=16,
                               rightIndent=30),
    }
    return s


# ============================================================================================ story


@dataclass
class Item:
    """One logical element of a document, in order: headings, body paragraphs, tables."""

    seq: int
    kind: str  # "heading", "body", "table"
    key: str = ""
    level: int = 0
    title: str = ""
    text: str = ""  # logical text (truth)
    tags: list[Tag] = field(default_factory=list)
    table: dict | None = None


class Story:
    def __init__(self, st: dict[str, ParagraphStyle]) -> None:
        self.st = st
        self.flow: list = []
        self.items: list[Item] = []
        self.n_sections = 0
        self.n_tables = 0
        self.toc: TableOfContents | None = None
        self.toc_entries: list = []
        self.toc_page = 0

    def _seq(self) -> int:
        return len(self.items)

    def heading(self, level: int, title: str, tags: list[Tag] | None = None, style: str | None = None,
                short: str = "", toc: bool = True) -> str:
        self.n_sections += 1
        key = f"s{self.n_sections}"
        seq = self._seq()
        self.items.append(Item(seq, "heading", key, level, title, tags=list(tags or [])))
        p = L.para(title, self.st[style or f"h{level}"], "heading", key, seq,
                   {"level": level, "title": title, "short": short, "toc": toc and level <= 2})
        self.flow.append(p)
        return key

    def body(self, text: str, style: str = "body", printed: str | None = None, hyph: bool = True,
             markup: str | None = None) -> None:
        seq = self._seq()
        self.items.append(Item(seq, "body", f"b{seq}", text=text))
        shown = printed if printed is not None else text
        if markup is None:
            markup = escape(hyphenate(shown) if hyph else shown)
        self.flow.append(L.para(markup, self.st[style], "body", f"b{seq}", seq, {"text": text, "printed": shown},
                                markup=True))

    def caption(self, text: str) -> None:
        self.flow.append(L.para(text, self.st["caption"], "caption", "", -1, {"text": text}))

    def photo(self, width: float, height: float, variant: int, caption: str | None) -> None:
        parts = [L.Photo(width, height, variant)]
        if caption:
            parts.append(L.para(caption, self.st["caption"], "caption", "", -1, {"text": caption}))
        self.flow.append(KeepTogether(parts))

    def quote(self, text: str, source: str) -> None:
        self.flow.append(L.PullQuote(text, source, self.st["quote"], self.st["quote_src"], "", -1))

    def table(self, flow_table: L.LayoutTable, truth: dict, title: str) -> None:
        seq = self._seq()
        self.items.append(Item(seq, "table", flow_table.key, table=truth, title=title))
        flow_table.seq = seq

    def add(self, *flowables) -> None:
        self.flow.extend(flowables)


# ===================================================================================== doc template


class SampleDoc(BaseDocTemplate):
    """Two-pass (table of contents) document whose page furniture is recorded for the truth."""

    def __init__(self, filename: str, **kw) -> None:
        super().__init__(filename, pagesize=A4, invariant=1, **kw)
        self.running = ""

    def beforeDocument(self) -> None:
        L.REC.reset()
        self.running = ""

    def afterFlowable(self, flowable) -> None:
        if getattr(flowable, "kind", "") == "heading":
            info = flowable.info
            if info["level"] == 1 and info.get("short"):
                self.running = info["short"]
            if info.get("toc"):
                self.notify("TOCEntry", (info["level"] - 1, escape(info["title"]), self.page))


def furniture_text(canvas, page: int, x: float, y: float, text: str, kind: str, font: str, size: float,
                   color, align: str = "left") -> None:
    canvas.setFont(font, size)
    canvas.setFillColor(color)
    if align == "right":
        canvas.drawRightString(x, y, text)
    elif align == "center":
        canvas.drawCentredString(x, y, text)
    else:
        canvas.drawString(x, y, text)
    L.REC.page_furniture.append({"page": page, "text": text, "kind": kind})


# ============================================================================ Migration Initiatives

MARGIN_X = 48.0
GUTTER = 18.0
COL_W = (PAGE_W - 2 * MARGIN_X - GUTTER) / 2
FULL_W = PAGE_W - 2 * MARGIN_X
BODY_TOP = PAGE_H - 64.0
BODY_BOTTOM = 58.0
BAND_H = 236.0  # chapter opener band, from the top of the page


def mi_page_templates(doc: SampleDoc) -> list[PageTemplate]:
    title = "Migration Initiatives 2017"

    def furniture(canvas, d, opener: bool = False) -> None:
        page = canvas.getPageNumber()
        L.REC.page_templates[page] = d.pageTemplate.id
        canvas.saveState()
        even = page % 2 == 0
        hy = PAGE_H - 34
        hcol = colors.white if opener else L.GREY
        if even:
            furniture_text(canvas, page, MARGIN_X, hy, title, "running_header", L.BOLD, 7.6, hcol)
            if d.running:
                furniture_text(canvas, page, PAGE_W - MARGIN_X, hy, d.running, "running_header", L.REGULAR, 7.6,
                               hcol, "right")
        else:
            if d.running:
                furniture_text(canvas, page, MARGIN_X, hy, d.running, "running_header", L.REGULAR, 7.6, hcol)
            furniture_text(canvas, page, PAGE_W - MARGIN_X, hy, title, "running_header", L.BOLD, 7.6, hcol, "right")
        if not opener:
            canvas.setStrokeColor(L.RULE)
            canvas.setLineWidth(0.4)
            canvas.line(MARGIN_X, hy - 6, PAGE_W - MARGIN_X, hy - 6)
        fy = 30
        if even:
            furniture_text(canvas, page, MARGIN_X, fy, str(page), "footer", L.BOLD, 9, L.IOM_BLUE)
            furniture_text(canvas, page, PAGE_W - MARGIN_X, fy, SAMPLE_NOTE, "footer", L.ITALIC, 6.4, L.GREY, "right")
        else:
            furniture_text(canvas, page, MARGIN_X, fy, SAMPLE_NOTE, "footer", L.ITALIC, 6.4, L.GREY)
            furniture_text(canvas, page, PAGE_W - MARGIN_X, fy, str(page), "footer", L.BOLD, 9, L.IOM_BLUE, "right")
        canvas.restoreState()

    def band(canvas, d) -> None:
        canvas.saveState()
        canvas.setFillColor(L.IOM_BLUE)
        canvas.rect(0, PAGE_H - BAND_H, PAGE_W, BAND_H, stroke=0, fill=1)
        canvas.setFillColor(L.IOM_MID)
        canvas.rect(0, PAGE_H - BAND_H, PAGE_W, 6, stroke=0, fill=1)
        canvas.restoreState()

    def cover(canvas, d) -> None:
        canvas.saveState()
        canvas.setFillColor(L.IOM_BLUE)
        canvas.rect(0, 0, PAGE_W, PAGE_H, stroke=0, fill=1)
        photo = L.Photo(PAGE_W, 360, 0)
        photo.canv = canvas
        canvas.translate(0, 250)
        photo.draw()
        canvas.translate(0, -250)
        white = colors.white
        furniture_text(canvas, 1, MARGIN_X, 170, "MIGRATION", "cover", L.BOLD, 40, white)
        furniture_text(canvas, 1, MARGIN_X, 126, "INITIATIVES 2017", "cover", L.BOLD, 40, white)
        furniture_text(canvas, 1, MARGIN_X, 96, "Sample document for Briefing Builder", "cover", L.REGULAR, 13, white)
        furniture_text(canvas, 1, MARGIN_X, 70, "Modelled on IOM’s Migration Initiatives 2017; text and funding "
                       "figures from the original publication.", "cover", L.ITALIC, 8.5, white)
        furniture_text(canvas, 1, MARGIN_X, 58, SAMPLE_NOTE + ".", "cover", L.ITALIC, 8.5, white)
        furniture_text(canvas, 1, PAGE_W - MARGIN_X, PAGE_H - 50, "IOM · UN MIGRATION", "cover", L.BOLD, 11, white,
                       "right")
        canvas.restoreState()

    full = Frame(MARGIN_X, BODY_BOTTOM, FULL_W, BODY_TOP - BODY_BOTTOM, id="full", leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    left = Frame(MARGIN_X, BODY_BOTTOM, COL_W, BODY_TOP - BODY_BOTTOM, id="left", leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    right = Frame(MARGIN_X + COL_W + GUTTER, BODY_BOTTOM, COL_W, BODY_TOP - BODY_BOTTOM, id="right",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    band_bottom = PAGE_H - BAND_H
    band_frame = Frame(MARGIN_X, band_bottom + 22, FULL_W, BAND_H - 22 - 70, id="band", leftPadding=0,
                       rightPadding=0, topPadding=0, bottomPadding=0)
    below = band_bottom - 18
    o_left = Frame(MARGIN_X, BODY_BOTTOM, COL_W, below - BODY_BOTTOM, id="oleft", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
    o_right = Frame(MARGIN_X + COL_W + GUTTER, BODY_BOTTOM, COL_W, below - BODY_BOTTOM, id="oright",
                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    o_full = Frame(MARGIN_X, BODY_BOTTOM, FULL_W, below - BODY_BOTTOM, id="ofull", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
    cover_frame = Frame(MARGIN_X, BODY_BOTTOM, FULL_W, 40, id="cover")
    return [
        PageTemplate("cover", [cover_frame], onPage=cover),
        PageTemplate("full", [full], onPageEnd=lambda c, d: furniture(c, d)),
        PageTemplate("two", [left, right], onPageEnd=lambda c, d: furniture(c, d)),
        PageTemplate("opener2", [band_frame, o_left, o_right], onPage=band,
                     onPageEnd=lambda c, d: furniture(c, d, opener=True)),
        PageTemplate("opener1", [band_frame, o_full], onPage=band, onPageEnd=lambda c, d: furniture(c, d, opener=True)),
    ]


class MISeed:
    """Everything the Migration Initiatives sample takes from seed 001."""

    def __init__(self, path: Path) -> None:
        raw = path.read_text(encoding="utf-8")
        self.lines = raw.split("\n")
        self.vocab = S.Vocabulary(raw)
        self.norm = S.norm_ws(raw)
        self.tables = S.funding_tables(self.lines, self.vocab)
        if [t.region for t in self.tables] != [r.seed for r in REGIONS]:
            raise SystemExit("build_samples: seed 001 does not hold the nine regional tables in the expected order")

    def span(self, start: str, end: str) -> str:
        """Whitespace-normalised seed text from ``start`` to the end of ``end`` (captions, quotes)."""
        a = self.norm.find(start)
        if a < 0:
            raise SystemExit(f"build_samples: {start!r} not found in seed 001")
        b = self.norm.find(end, a)
        if b < 0:
            raise SystemExit(f"build_samples: {end!r} not found after {start!r} in seed 001")
        text = self.norm[a:b + len(end)]
        # line-end hyphens that the normalisation turned into "- "
        return re.sub(r"(\w+)- (\w+)", lambda m: self.vocab.join(m.group(1) + "-", m.group(2)), text)

    def paragraphs(self, start: str, end: str | None, after: int = 0) -> list[str]:
        return S.paragraphs_between(self.lines, self.vocab, start, end, after)

    def chapter_line(self, seed_line: str) -> int:
        return next(i for i, x in enumerate(self.lines) if x.strip() == seed_line and i > 1500)

    def narrative(self, chapter: Chapter, slug: str) -> list[S.Para]:
        region = next(r for r in REGIONS if r.slug == slug)
        names = EHA_HEADINGS if slug == "east-and-horn-of-africa" else AP_HEADINGS
        headings = {n: ("h3", []) for n in names}
        s, e = S.block_lines(self.lines, chapter.seed_line, region.seed, REGION_FIRST_LINES)
        return S.clean_paragraphs(S.raw_paragraphs(self.lines, s, e), self.vocab, headings, NARRATIVE_CLEANING)


def funding_truth_and_flowable(region: Region, ft: S.FundingTable, key: str, lost_header: bool) -> tuple[L.LayoutTable, dict]:
    """The printed table and its truth: two header rows (labels, captions), one row per country."""
    look = TABLE_LOOKS[region.slug]
    label_w, total_w = 106.0, 60.0
    num_w = (FULL_W - label_w - total_w) / 6
    widths = [label_w] + [num_w] * 6 + [total_w]
    cells: list[L.TCell] = []
    lost: list[dict] = []
    # header row 0: framework labels; row 1: their captions
    cells.append(L.TCell(0, 0, [], "", row_span=2, align="left", valign="top"))
    for i, name in enumerate(S.FRAMEWORK_COLUMNS):
        printed = name.replace("Objective", "Objec\ufffdve") if (lost_header and name.startswith("Objective")) else name
        if printed != name:
            lost.append({"row": 0, "col": i + 1, "raw": printed, "text": name})
        cells.append(L.TCell(0, i + 1, [printed], name, font=L.BOLD, size=7.6, leading=9.2, align="center",
                             valign="top", color=L.IOM_BLUE))
        cap_lines = ft.captions[i]
        cap_text = S.FRAMEWORK_CAPTIONS[i]  # the seed's lines join to exactly this (checked when parsing)
        cells.append(L.TCell(1, i + 1, cap_lines, cap_text, size=6.5, leading=7.8, align="center", valign="top",
                             color=L.GREY))
    cells.append(L.TCell(0, 7, ["Total"], "Total", font=L.BOLD, size=7.6, leading=9.2, align="center",
                         valign="top", row_span=2, color=L.IOM_BLUE))
    row_tags: dict[int, list[Tag]] = {}
    total_rows = []
    n = 2
    for row in ft.rows:
        is_total = row.label == "Total"
        font = L.BOLD if is_total else L.REGULAR
        k = len(row.label_lines)
        valign = "bottom" if k <= 2 else "middle"
        dots = row.dot_leaders or (look["dots"] and not is_total)
        label_text = row.label
        cells.append(L.TCell(n, 0, row.label_lines, label_text, font=font, align="left", valign=valign, dots=dots))
        for c, txt in enumerate(row.cells):
            cells.append(L.TCell(n, c + 1, [txt] if txt else [], txt, value=S.cell_value(txt), font=font,
                                 valign=valign))
        if is_total:
            total_rows.append(n)
        else:
            tags = country_tags(label_text)
            if tags:
                row_tags[n] = tags
        n += 1
    flow = L.LayoutTable(key, -1, widths, n, cells, header_rows=2, total_row=total_rows[-1], style=look["style"])
    truth = {
        "n_rows": n, "n_cols": 8, "header_rows": 2, "total_rows": total_rows, "row_tags": row_tags,
        "method": "ruled" if look["style"].grid else "borderless", "lost": lost,
    }
    return flow, truth


def build_mi_story(seed: MISeed, st: dict[str, ParagraphStyle], repeat: int = 1, with_toc: bool = True) -> Story:
    story = Story(st)
    f = story.flow
    # ---- cover, contents
    f += [NextPageTemplate("cover"), Spacer(1, 1), NextPageTemplate("full"), PageBreak()]
    if with_toc:
        story.heading(1, "Contents", style="h1dark", short="Contents", toc=False)
        toc = story.toc = TableOfContents(dotsMinLevel=0)
        toc.levelStyles = [st["toc0"], st["toc1"]]
        toc.tableStyle = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
        f.append(toc)
    # ---- foreword
    f += [NextPageTemplate("two"), PageBreak()]
    story.heading(1, "Foreword", style="h1dark", short="Foreword")
    for p in seed.paragraphs("Migration is today more than ever", "William Lacy Swing"):
        story.body(p)
    story.quote(seed.span("“In this environment of uncertainty", "comprehensive initiatives.”"),
                "William Lacy Swing, IOM Director General")
    story.body("William Lacy Swing Director General", markup="<b>William Lacy Swing</b><br/>Director General")
    # ---- IOM global response
    f += [NextPageTemplate("two"), PageBreak()]
    story.heading(1, "IOM global response", style="h1dark", short="IOM global response")
    story.heading(2, "IOM in the United Nations: Together for the benefit of all")
    for p in seed.paragraphs("In June 2016, the IOM Council", "Agreement concerning the Relationship"):
        story.body(p)
    story.heading(2, "Measuring progress in migration governance")
    for p in seed.paragraphs("The world celebrated in November 2015", "Migrant Stories"):
        story.body(p)
    story.photo(COL_W, 120, 1, seed.span("Left side picture: portrait of Mohammed", "(Photo: Muse Mohammed)"))
    story.heading(2, "Migrant Stories")
    for p in seed.paragraphs("Mohammed is at the United Nations protection", "Left side picture"):
        story.body(p)
    story.heading(2, "The Migration Governance Framework")
    for p in seed.paragraphs("The IOM Migration Governance Framework (MiGOF) defines",
                             "https://www.iom.int/sites/default/files/our_work/EIU"):
        story.body(p)
    story.caption(seed.span("The Migration Governance Index evaluates", "Index, 2016."))

    for r in range(repeat):
        suffix = "" if repeat == 1 else f" (part {r + 1})"
        add_funding_chapter(story, seed, st, suffix)
        for chapter in CHAPTERS:
            add_chapter(story, seed, st, chapter, suffix)
    return story


def add_funding_chapter(story: Story, seed: MISeed, st, suffix: str) -> None:
    f = story.flow
    f += [NextPageTemplate("opener1"), PageBreak(), NextPageTemplate("full")]
    story.heading(1, "Funding requirements" + suffix, style="h1", short="Funding requirements")
    f.append(FrameBreak())
    story.body("The tables in this chapter present the funding requirements for 2017 of each region, by country "
               "and by principle and objective of the Migration Governance Framework (MiGOF), in United States "
               "dollars. A dash means that nothing is requested.", style="lead", hyph=False)
    story.photo(FULL_W, 250, 2, seed.span("Sisters living in the Malakal Protection", "Muse Mohammed)"))
    for ri, region in enumerate(REGIONS):
        ft = seed.tables[ri]
        lost_chart = region.slug == "east-and-horn-of-africa" and not suffix
        lost_header = region.slug == "south-america" and not suffix
        f.append(PageBreak())
        story.heading(2, region.name + suffix, [Tag("region", region.slug, region.name)])
        body = [row for row in ft.rows if row.label != "Total" and any(S.cell_value(c) for c in row.cells[:6])]
        labels = [row.label for row in body]
        legend = list(S.FRAMEWORK_COLUMNS)
        if lost_chart:
            labels = [x.replace("Djibouti", "Djibou\ufffd").replace("initiatives", "ini\ufffda\ufffdves")
                      for x in labels]
            legend = [x.replace("Objective", "Objec\ufffdve") for x in legend]
        values = [[S.cell_value(c) or 0 for c in row.cells[:6]] for row in body]
        chart = L.StackedBarChart(labels, values, legend, FULL_W, key=f"chart-{region.slug}", lost=lost_chart)
        story.n_tables += 1
        key = f"t{story.n_tables}"
        flow, truth = funding_truth_and_flowable(region, ft, key, lost_header)
        title = f"{region.name}: funding requirements (USD)"
        truth["caption"] = ""
        parts = [L.para(title, st["table_title"], "table_title", key, -1, {"text": title}), flow]
        if region.slug.startswith("south-eastern-europe"):
            note = "* Hereinafter referred to as Kosovo/UNSC 1244."
            truth["caption"] = note
            parts.append(L.para(note, st["note"], "table_note", key, -1, {"text": note}))
        story.table(flow, truth, title)
        # Page plan (heights are known before the build): chart and table on one page when they fit,
        # with the region's photo below when there is room; otherwise chart and photo, then the table.
        room = BODY_TOP - BODY_BOTTOM - 6
        used = _height([story.flow[-1]]) + _height([chart]) + _height(parts)
        caption = seed.span(*REGION_PHOTOS[region.slug])
        cap_h = _height([L.para(caption, st["caption"], "caption")]) + 8
        if used <= room:
            f += [chart, KeepTogether(parts)]
            free = room - used - cap_h - 10
            if free >= 90 and not suffix:
                story.photo(FULL_W, min(free, 230), ri, caption)
        else:
            f.append(chart)
            free = room - _height([story.flow[-2]]) - _height([chart]) - cap_h - 10
            if free >= 90 and not suffix:
                story.photo(FULL_W, min(free, 240), ri, caption)
            f += [PageBreak(), KeepTogether(parts)]


def _height(flowables) -> float:
    total = 0.0
    for fl in flowables:
        if isinstance(fl, (NextPageTemplate, PageBreak)):
            continue
        _, h = fl.wrap(FULL_W, 10000)
        total += h + fl.getSpaceBefore() + fl.getSpaceAfter()
    return total


REGION_PHOTOS = {
    "east-and-horn-of-africa": ("IOM health facility in Digaale Settlement", "(Photo: Mary-Sanyu Osire)"),
    "west-and-central-africa": ("Teacher at the IDP camp in Maiduguri", "(Photo: Muse Mohammed)"),
    "southern-africa": ("IOM’s Displacement Tracking Matrix (DTM) exercise in Malawi", "country. © IOM 2015"),
    "central-and-north-america-and-the-caribbean": ("Young shoe-shiner prepares his tools",
                                                    "(Photo: Ilaria Lanzoni)"),
    "south-america": ("Population affected by the earthquake in Ecuador", "(Photo: Monica Noriega)"),
    "asia-and-the-pacific": ("Afghan nationals returning to Afghanistan from Pakistan", "(Photo: Nicholas Bishop)"),
    "european-economic-area": ("Migrants and refugees in the Greek island of Lesbos", "Lesbos. © IOM 2015"),
    "middle-east-and-north-africa": ("Displaced little girl receiving assistance in Baghdad",
                                     "(Photo: Hadeer Albo Heae)"),
    "south-eastern-europe-eastern-europe-and-central-asia": (
        "IOM and partners participate at a migration related meeting in Kazakhstan", "© IOM 2016"),
}


def add_chapter(story: Story, seed: MISeed, st, chapter: Chapter, suffix: str) -> None:
    f = story.flow
    f += [NextPageTemplate("opener2"), PageBreak(), NextPageTemplate("two")]
    story.heading(1, chapter.title + suffix, [theme_tag(chapter.theme)], style="h1",
                  short=chapter.short)
    f.append(FrameBreak())
    story.photo(COL_W, 130, CHAPTERS.index(chapter) + 1, seed.span(*chapter.caption))
    after = seed.chapter_line(chapter.seed_line)
    intro = seed.paragraphs(chapter.intro[0], chapter.intro[1], after)
    for i, p in enumerate(intro):
        story.body(p)
        if i == 0 and chapter.quote:
            story.quote(seed.span(*chapter.quote), "Source: Migration Governance Framework, 2015.")
    for slug in NARRATIVE_REGIONS:
        region = next(r for r in REGIONS if r.slug == slug)
        story.heading(2, region.name, [Tag("region", region.slug, region.name)])
        photo = chapter.photos.get(slug)
        quote = chapter.quotes.get(slug)
        for item in seed.narrative(chapter, slug):
            if item.kind in ("h3", "h4"):
                if photo and item.text == photo[0]:
                    story.photo(COL_W, 110, len(story.items), seed.span(photo[1], photo[2]))
                if quote and item.text == quote[0]:
                    story.quote(seed.span(quote[1], quote[2]), quote[3])
                if item.kind == "h3":
                    story.heading(3, item.text, country_tags(item.text))
                else:
                    story.heading(4, item.text)
            else:
                printed = None
                if (not suffix and chapter.theme == "principle-1" and slug == "east-and-horn-of-africa"
                        and "Ethiopia, Djibouti and Somalia" in item.text):
                    printed = item.text.replace("Ethiopia, Djibouti and", "Ethiopia, Djibou\ufffd and")
                story.body(item.text, "bullet" if item.kind == "bullet" else "body", printed=printed)


# ============================================================================ Myanmar (seed 004)

MM_SECTORS = [
    # (objective index, sector heading, seed paragraph starts, people targeted, funding USD)
    (1, "Food security, livelihoods and multi-purpose cash", ["IOM Myanmar, in close coordination with the Food Security"],
     180_000, 9_500_000),
    (1, "Camp coordination and camp management", ["IOM Myanmar will support safe living conditions",
                                                 "IOM will work with site focal points"], 120_000, 4_200_000),
    (1, "Health", ["IOM Myanmar, in close coordination with the national and sub-national health"], 260_000, 7_800_000),
    (1, "Mental health and psychosocial support", ["In line with IOM’s Manual on Community-Based"], 90_000, 2_600_000),
    (1, "Protection", ["In support of relevant clusters and working groups", "Protection will be mainstreamed"],
     110_000, 5_100_000),
    (1, "Shelter and non-food items", ["IOM Myanmar, in close coordination with the shelter/NFI/CCCM"], 150_000,
     8_300_000),
    (1, "Water, sanitation and hygiene", ["IOM Myanmar, in coordination with the WASH cluster"], 200_000, 6_400_000),
    (2, "Community stabilization", ["IOM Myanmar aims to strengthen the cohesion"], 75_000, 6_000_000),
    (2, "Durable solutions", ["In line with IOM’s Progressive Resolution"], 40_000, 4_500_000),
    (3, "Public health preparedness", ["To contribute to preparedness measures related to public health"], 60_000,
     2_100_000),
    (4, "Support to local partners", ["IOM will provide access to humanitarian services"], 150_000, 3_500_000),
    (4, "Displacement tracking", ["IOM will support the wider humanitarian system"], None, 2_400_000),
    (4, "Localization", ["IOM plans to support localization"], None, 1_000_000),
]
MM_OBJECTIVES = [
    (1, "Saving lives and protecting people on the move"),
    (2, "Driving solutions to displacement"),
    (3, "Strengthen preparedness and reduce disaster risk"),
    (4, "Contribute to an evidence-based and efficient crisis response system"),
]
MM_PEOPLE_TOTAL = 640_000  # people targeted, each counted once (not the sum of the sectors)
MM_GROUPS = [
    ("Internally displaced persons", [98_000, 84_000, 61_000, 57_000]),
    ("Returnees", [36_000, 39_000, 22_000, 23_000]),
    ("Host communities", [45_000, 41_000, 32_000, 32_000]),
    ("Migrants", [24_000, 30_000, 8_000, 8_000]),
]
MM_MARGIN = 62.0
MM_W = PAGE_W - 2 * MM_MARGIN


class MMSeed:
    def __init__(self, path: Path) -> None:
        self.paras = [x.strip() for x in path.read_text(encoding="utf-8").split("\n") if x.strip()]

    def find(self, start: str) -> str:
        hits = [p for p in self.paras if p.startswith(start)]
        if len(hits) != 1:
            raise SystemExit(f"build_samples: seed 004 has {len(hits)} paragraphs starting {start!r}")
        return self.clean(hits[0])

    @staticmethod
    def clean(p: str) -> str:
        p = re.sub(r"\s*\|\s*$", "", p)
        # the bullet lists that followed these sentences were lost in the seed: drop the lead-in
        p = re.sub(r"\s*(?:This will include|Activities will include):$", "", p)
        return S.norm_ws(p)

    def after(self, heading: str) -> str:
        i = self.paras.index(heading)
        return self.clean(self.paras[i + 1])


def mm_page_templates(doc: SampleDoc) -> list[PageTemplate]:
    title = "Myanmar Crisis Response Plan 2025"

    def furniture(canvas, d) -> None:
        page = canvas.getPageNumber()
        L.REC.page_templates[page] = d.pageTemplate.id
        canvas.saveState()
        canvas.setFillColor(L.IOM_BLUE)
        canvas.rect(0, PAGE_H - 8, PAGE_W, 8, stroke=0, fill=1)
        furniture_text(canvas, page, MM_MARGIN, PAGE_H - 36, title, "running_header", L.BOLD, 8, L.IOM_BLUE)
        furniture_text(canvas, page, PAGE_W - MM_MARGIN, PAGE_H - 36, "IOM · Sample document", "running_header",
                       L.REGULAR, 8, L.GREY, "right")
        furniture_text(canvas, page, MM_MARGIN, 30, ILLUSTRATIVE_NOTE + ".", "footer", L.ITALIC, 7, L.GREY)
        furniture_text(canvas, page, PAGE_W - MM_MARGIN, 30, str(page), "footer", L.BOLD, 9, L.IOM_BLUE, "right")
        canvas.restoreState()

    def cover(canvas, d) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#0B2F6B"))
        canvas.rect(0, 0, PAGE_W, PAGE_H, stroke=0, fill=1)
        photo = L.Photo(PAGE_W, 330, 2)
        photo.canv = canvas
        canvas.translate(0, 300)
        photo.draw()
        canvas.translate(0, -300)
        white = colors.white
        furniture_text(canvas, 1, MM_MARGIN, 220, "MYANMAR", "cover", L.BOLD, 34, white)
        furniture_text(canvas, 1, MM_MARGIN, 190, "Crisis Response Plan 2025", "cover", L.BOLD, 22, white)
        furniture_text(canvas, 1, MM_MARGIN, 160, "Sample document for Briefing Builder", "cover", L.REGULAR, 12, white)
        furniture_text(canvas, 1, MM_MARGIN, 120, "Text adapted from IOM’s Myanmar Crisis Response Plan 2025.", "cover",
                       L.ITALIC, 8.5, white)
        furniture_text(canvas, 1, MM_MARGIN, 108, ILLUSTRATIVE_NOTE + ": every figure in the tables is invented.",
                       "cover", L.ITALIC, 8.5, white)
        furniture_text(canvas, 1, PAGE_W - MM_MARGIN, PAGE_H - 50, "IOM · UN MIGRATION", "cover", L.BOLD, 11, white,
                       "right")
        canvas.restoreState()

    body = Frame(MM_MARGIN, 56, MM_W, PAGE_H - 56 - 62, id="body", leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0)
    cover_frame = Frame(MM_MARGIN, 56, MM_W, 40, id="cover")
    return [PageTemplate("cover", [cover_frame], onPage=cover), PageTemplate("body", [body], onPageEnd=furniture)]


def mm_styles(st: dict[str, ParagraphStyle]) -> dict[str, ParagraphStyle]:
    s = dict(st)
    s["body"] = ParagraphStyle("mmbody", parent=st["body"], fontSize=9.6, leading=13.6, spaceAfter=7)
    s["h1"] = ParagraphStyle("mmh1", fontName=L.BOLD, fontSize=17, leading=21, textColor=L.IOM_BLUE, spaceBefore=16,
                             spaceAfter=8, keepWithNext=1)
    s["h2"] = ParagraphStyle("mmh2", fontName=L.BOLD, fontSize=11.5, leading=14.5, textColor=L.IOM_TEAL,
                             spaceBefore=9, spaceAfter=4, keepWithNext=1)
    return s


def mm_cell(row, col, text, *, font=L.REGULAR, align="left", valign="top", width=None, value=None, span=(1, 1),
            size=8.4, color=L.INK) -> L.TCell:
    lines = L._wrap(text, font, size, width - 6) if width and text else ([text] if text else [])
    return L.TCell(row, col, lines, text, value=value, row_span=span[0], col_span=span[1], font=font, size=size,
                   leading=10.6, align=align, valign=valign, color=color)


def build_mm_story(seed: MMSeed, st: dict[str, ParagraphStyle]) -> Story:
    story = Story(st)
    f = story.flow
    f += [NextPageTemplate("cover"), Spacer(1, 1), NextPageTemplate("body"), PageBreak()]
    story.heading(1, "IOM Vision")
    story.body(seed.after("IOM Vision"), hyph=False)
    for num, name in MM_OBJECTIVES:
        # A crisis response plan's objectives are not MiGOF's: their own codes (crp-objective-1 ...).
        story.heading(1, f"Objective {num}: {name}", [theme_tag(name)])
        story.body(seed.after(name), hyph=False)
        for obj, sector, starts, _, _ in MM_SECTORS:
            if obj != num:
                continue
            story.heading(2, sector)
            for s in starts:
                story.body(seed.find(s), hyph=False)
    # ---- funding
    f.append(PageBreak())
    fund_key = story.heading(1, "Funding requirements")
    story.body(f"{ILLUSTRATIVE_NOTE}. The tables below show how a crisis response plan presents its funding "
               "requirements and targets; the sectors and objectives follow this plan, but every figure is "
               "invented.", hyph=False)
    # t1: funding by sector, ruled grid with objective cells spanning their sector rows
    widths = [150.0, 160.0, 72.0, MM_W - 382.0]
    cells = [mm_cell(0, 0, "Objective", font=L.BOLD, width=widths[0], valign="bottom", color=colors.white),
             mm_cell(0, 1, "Sector", font=L.BOLD, width=widths[1], valign="bottom", color=colors.white),
             mm_cell(0, 2, "People targeted", font=L.BOLD, width=widths[2], align="right", valign="bottom",
                     color=colors.white),
             mm_cell(0, 3, "Funding required (USD)", font=L.BOLD, width=widths[3], align="right", valign="bottom",
                     color=colors.white)]
    r = 1
    for num, name in MM_OBJECTIVES:
        sectors = [x for x in MM_SECTORS if x[0] == num]
        cells.append(mm_cell(r, 0, f"Objective {num}: {name}", width=widths[0], span=(len(sectors), 1)))
        for _, sector, _, people, usd in sectors:
            cells.append(mm_cell(r, 1, sector, width=widths[1]))
            cells.append(mm_cell(r, 2, f"{people:,}" if people else "-", width=widths[2], align="right",
                                 value=people))
            cells.append(mm_cell(r, 3, f"{usd:,}", width=widths[3], align="right", value=usd))
            r += 1
    total_usd = sum(x[4] for x in MM_SECTORS)
    cells.append(mm_cell(r, 0, "Total", font=L.BOLD, width=widths[0] + widths[1], span=(1, 2)))
    cells.append(mm_cell(r, 2, f"{MM_PEOPLE_TOTAL:,}", font=L.BOLD, width=widths[2], align="right",
                         value=MM_PEOPLE_TOTAL))
    cells.append(mm_cell(r, 3, f"{total_usd:,}", font=L.BOLD, width=widths[3], align="right", value=total_usd))
    n_rows = r + 1
    t1 = L.LayoutTable("t1", -1, widths, n_rows, cells, 1, r,
                       L.TableStyleSpec(grid=True, header_fill=L.IOM_BLUE, pad_x=4, pad_y=3.2))
    add_mm_table(story, t1, "Funding requirements by sector (USD)", 4, fund_key,
                 "People targeted are not additive across sectors: the total counts each person once.", st)
    # t2: funding by objective, horizontal rules only
    widths2 = [280.0, 110.0, MM_W - 390.0]
    cells2 = [mm_cell(0, 0, "Objective", font=L.BOLD, width=widths2[0], valign="bottom"),
              mm_cell(0, 1, "Funding required (USD)", font=L.BOLD, width=widths2[1], align="right", valign="bottom"),
              mm_cell(0, 2, "Share of total", font=L.BOLD, width=widths2[2], align="right", valign="bottom")]
    r = 1
    shares = []
    for num, name in MM_OBJECTIVES:
        usd = sum(x[4] for x in MM_SECTORS if x[0] == num)
        share = round(100 * usd / total_usd, 1)
        shares.append(share)
        cells2 += [mm_cell(r, 0, f"Objective {num}: {name}", width=widths2[0]),
                   mm_cell(r, 1, f"{usd:,}", width=widths2[1], align="right", value=usd),
                   mm_cell(r, 2, f"{share:.1f}%", width=widths2[2], align="right", value=share)]
        r += 1
    if round(sum(shares), 1) != 100.0:
        raise SystemExit(f"build_samples: illustrative shares add up to {sum(shares)}, not 100")
    cells2 += [mm_cell(r, 0, "Total", font=L.BOLD, width=widths2[0]),
               mm_cell(r, 1, f"{total_usd:,}", font=L.BOLD, width=widths2[1], align="right", value=total_usd),
               mm_cell(r, 2, "100.0%", font=L.BOLD, width=widths2[2], align="right", value=100.0)]
    t2 = L.LayoutTable("t2", -1, widths2, r + 1, cells2, 1, r, L.TableStyleSpec(hrules=True, pad_x=4, pad_y=3.4))
    add_mm_table(story, t2, "Funding requirements by objective (USD)", 3, fund_key, "", st)
    # t3: people targeted by population group, ruled grid with a shaded header
    widths3 = [170.0] + [(MM_W - 170.0 - 80.0) / 4] * 4 + [80.0]
    heads = ["Population group", "Women", "Men", "Girls", "Boys", "Total"]
    cells3 = [mm_cell(0, c, h, font=L.BOLD, width=widths3[c], align="left" if c == 0 else "right", valign="bottom")
              for c, h in enumerate(heads)]
    r = 1
    sums = [0] * 5
    for group, vals in MM_GROUPS:
        row = vals + [sum(vals)]
        cells3.append(mm_cell(r, 0, group, width=widths3[0]))
        for c, v in enumerate(row):
            cells3.append(mm_cell(r, c + 1, f"{v:,}", width=widths3[c + 1], align="right", value=v))
            sums[c] += v
        r += 1
    if sums[4] != MM_PEOPLE_TOTAL:
        raise SystemExit("build_samples: illustrative population groups do not add up to the people targeted")
    cells3.append(mm_cell(r, 0, "Total", font=L.BOLD, width=widths3[0]))
    for c, v in enumerate(sums):
        cells3.append(mm_cell(r, c + 1, f"{v:,}", font=L.BOLD, width=widths3[c + 1], align="right", value=v))
    t3 = L.LayoutTable("t3", -1, widths3, r + 1, cells3, 1, r,
                       L.TableStyleSpec(grid=True, header_fill=colors.HexColor("#D9E4F5"), pad_x=4, pad_y=3.2))
    add_mm_table(story, t3, "People targeted by population group", 6, fund_key, "", st)
    return story


def add_mm_table(story: Story, flow: L.LayoutTable, title: str, n_cols: int, section: str, note: str, st) -> None:
    story.n_tables += 1
    full_title = f"{title}. {ILLUSTRATIVE_NOTE}"
    truth = {"n_rows": flow.n_rows, "n_cols": n_cols, "header_rows": 1, "total_rows": [flow.total_row], "row_tags": {},
             "method": "ruled", "lost": [], "caption": note, "section": section}
    parts = [L.para(full_title, st["table_title"], "table_title", flow.key, -1, {"text": full_title}), flow]
    if note:
        parts.append(L.para(note, st["note"], "table_note", flow.key, -1, {"text": note}))
    story.table(flow, truth, full_title)
    story.flow.append(KeepTogether(parts))
    story.flow.append(Spacer(1, 10))


# ============================================================================================ truth


def build_truth(story: Story, pdf_path: Path, illustrative: bool, extra: dict, countries: tuple[str, ...] = ()) -> dict:
    """The truth of a built sample. ``countries``: the countries the document's title names (the root
    section's tags: the whole document is about them)."""
    from app.source.pdf import describe
    from app.document.tags import country_by_code

    draws = L.REC.draws
    doc = describe(pdf_path)
    doc.path = pdf_path.name
    page_h = {i + 1: h for i, (_, h) in enumerate(doc.page_sizes)}
    # last page of every logical item (a paragraph may be split over pages)
    last: dict[int, int] = {}
    for d in draws:
        if d.seq >= 0:
            last[d.seq] = max(last.get(d.seq, 0), d.page)
    heading_draw = {d.key: d for d in draws if d.kind == "heading"}
    items = story.items
    # sections
    sections: list[Section] = []
    stack: list[Section] = []
    by_key: dict[str, Section] = {}
    current: Section | None = None
    texts: dict[str, list[str]] = {}
    table_section: dict[str, str | None] = {}
    for it in items:
        if it.kind == "heading":
            d = heading_draw[it.key]
            top, bottom = glyph_span(d)
            top, bottom = page_h[d.page] - top, page_h[d.page] - bottom
            bbox = (d.x, top, d.x + d.extra["text_width"], bottom)
            sec = Section(it.key, it.title, it.level, d.page, d.page, tags=list(it.tags), top=round(top, 2),
                          bbox=tuple(round(v, 2) for v in bbox))
            while stack and stack[-1].level >= it.level:
                stack.pop()
            (stack[-1].children if stack else sections).append(sec)
            stack.append(sec)
            by_key[it.key] = sec
            texts[it.key] = []
            current = sec
        elif it.kind == "body":
            if current is None:
                raise SystemExit("build_samples: body text before the first heading")
            texts[current.id].append(it.text)
        elif it.kind == "table":
            table_section[it.key] = current.id if current else None
        # end pages: every ancestor of the current section reaches this item's last page
        if it.seq in last:
            for s in stack:
                s.end_page = max(s.end_page, last[it.seq])
    for key, parts in texts.items():
        by_key[key].text = "\n\n".join(parts)
    # tables
    tables: list[Table] = []
    table_draw = {d.key: d for d in draws if d.kind == "table"}
    lost: list[dict] = []
    for it in items:
        if it.kind != "table":
            continue
        t = it.table
        d = table_draw[it.key]
        flow = _TABLES[it.key]
        ph = page_h[d.page]
        bbox = (d.x, ph - (d.y + d.height), d.x + d.width, ph - d.y)
        cells = [Cell(c.row, c.col, c.text, c.row_span, c.col_span, value=c.value) for c in flow.cells]
        table = Table(
            id=it.key, page=d.page, bbox=tuple(round(v, 2) for v in bbox), n_rows=t["n_rows"], n_cols=t["n_cols"],
            cells=cells, header_rows=t["header_rows"], title=it.title, caption=t.get("caption", ""),
            method=t["method"], total_rows=list(t["total_rows"]), section=t.get("section") or table_section[it.key],
            columns=[round(d.x + x, 2) for x in flow.col_x], row_tags=dict(t["row_tags"]), document=doc.sha256,
        )
        table.sort_cells()
        tables.append(table)
        for entry in t["lost"]:
            lost.append({"page": d.page, "where": "table", "table": it.key, **entry})
    # things that look like headings but are not
    not_headings = []
    for d in draws:
        if d.kind in ("caption", "pull_quote", "table_title", "table_note"):
            not_headings.append({"page": d.page, "text": d.extra["text"], "kind": d.kind})
        elif d.kind == "chart":
            for name in d.extra["legend"]:
                not_headings.append({"page": d.page, "text": S.repair(name), "kind": "chart_legend"})
    for level, text, page, *_ in story.toc_entries:
        not_headings.append({"page": story.toc_page, "text": unescape(text), "kind": "contents_entry",
                             "target_page": page})
    not_headings += [dict(x) for x in L.REC.page_furniture]
    order = ["cover", "running_header", "contents_entry", "caption", "pull_quote", "chart_legend", "table_title",
             "table_note", "footer"]
    not_headings.sort(key=lambda x: (x["page"], order.index(x["kind"])))
    # lost characters printed on purpose
    for d in draws:
        if d.kind == "chart" and d.extra["lost"]:
            for name in d.extra["legend"] + d.extra["labels"]:
                if S.LOST in name:
                    lost.append({"page": d.page, "where": "chart", "raw": name, "text": S.repair(name)})
        if d.kind == "body" and S.LOST in d.extra.get("printed", ""):
            sec = next(s for s in _walk(sections) if s.page <= d.page and d.extra["text"] in s.text)
            for word in re.findall(r"\S*\ufffd\S*", d.extra["printed"]):
                lost.append({"page": d.page, "where": "section", "section": sec.id, "raw": word.strip(",."),
                             "text": S.repair(word).strip(",.")})
    # The document itself is the root section (level 0, its title, no text of its own: the cover holds
    # only the title page); every heading hangs under it.
    root = Section("s0", doc.title, 0, 1, doc.pages, tags=[country_by_code(c) for c in countries], children=sections)
    for t in tables:
        t.section = t.section or root.id
    data = DocumentData(document=doc, tables=tables, sections=[root])
    out = data.to_json()
    out["generator"] = GENERATOR
    out["built_with"] = {"reportlab": reportlab.Version}
    out["illustrative"] = illustrative
    out["not_headings"] = not_headings
    out["lost_characters"] = lost
    out.update(extra)
    return out


def glyph_span(d: L.Draw) -> tuple[float, float]:
    """(top, bottom) in reportlab coordinates of the glyph boxes of a drawn paragraph, as PDF readers
    compute them: a character box is one font size tall and starts at the font's descent below the
    baseline; reportlab puts the first baseline one font size below the top of the paragraph."""
    size, leading, lines, font = d.extra["font_size"], d.extra["leading"], d.extra["lines"], d.extra["font"]
    from reportlab.pdfbase import pdfmetrics

    descent = pdfmetrics.getFont(font).face.descent / 1000.0
    first = d.y + d.height - size
    last = first - (lines - 1) * leading
    return first + descent * size + size, last + descent * size


def _walk(sections: list[Section]):
    for s in sections:
        yield from s.walk()


_TABLES: dict[str, L.LayoutTable] = {}


def _index_flowables(story: Story) -> None:
    _TABLES.clear()

    def visit(f):
        if isinstance(f, L.LayoutTable):
            _TABLES[f.key] = f
        for sub in getattr(f, "_content", []) or []:
            visit(sub)

    for f in story.flow:
        visit(f)


# ======================================================================================= consistency


def funding_inconsistencies(tables: list[S.FundingTable]) -> list[dict]:
    """Where the printed figures do not add up (row sums vs the Total column, column sums vs the
    Total row). Table ids are those of the sample (t1..t9 in region order)."""
    out = []
    for ti, ft in enumerate(tables):
        body = [r for r in ft.rows if r.label != "Total"]
        total = next(r for r in ft.rows if r.label == "Total")
        for ri, row in enumerate(ft.rows):
            vals = [S.cell_value(c) for c in row.cells]
            if vals[6] is None:
                continue
            s = sum(v or 0 for v in vals[:6])
            if s != vals[6]:
                out.append({"table": f"t{ti + 1}", "row": ri + 2, "col": None, "label": row.label,
                            "printed": vals[6], "computed": s})
        for c in range(7):
            s = sum(S.cell_value(r.cells[c]) or 0 for r in body)
            printed = S.cell_value(total.cells[c])
            if s != printed:
                out.append({"table": f"t{ti + 1}", "row": None, "col": c + 1,
                            "label": (S.FRAMEWORK_COLUMNS + ["Total"])[c], "printed": printed, "computed": s})
    return out


# ===================================================================================== verification


def _regions(template: str) -> list[tuple[float, float, float, float]]:
    """Reading-order regions (x0, top, x1, bottom) of the body of a page laid out with ``template``
    (running header and footer excluded)."""
    mid, top, bottom = PAGE_W / 2, 48.0, PAGE_H - 46.0
    if template == "two":
        return [(0, top, mid, bottom), (mid, top, PAGE_W, bottom)]
    if template == "opener2":
        return [(0, top, PAGE_W, BAND_H), (0, BAND_H, mid, bottom), (mid, BAND_H, PAGE_W, bottom)]
    return [(0, top, PAGE_W, bottom)]


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def verify(pdf_path: Path, truth: dict) -> list[str]:
    """Check the truth against the PDF itself with pdfplumber; returns the problems (empty when all
    agree): page count, every heading inside its box on its page, every table cell inside its own
    cell box (hence inside the table's box), every paragraph of every section in reading order on the
    section's pages."""
    import pdfplumber

    problems: list[str] = []
    lost_by_cell = {(x["table"], x["row"], x["col"]): x["raw"] for x in truth["lost_characters"]
                    if x["where"] == "table"}
    templates = dict(L.REC.page_templates)
    with pdfplumber.open(pdf_path) as pdf:
        if len(pdf.pages) != truth["document"]["pages"]:
            problems.append(f"page count {len(pdf.pages)} != {truth['document']['pages']}")
        words_cache: dict[int, list[dict]] = {}
        text_cache: dict[int, str] = {}

        def words(n: int) -> list[dict]:
            if n not in words_cache:
                words_cache[n] = pdf.pages[n - 1].extract_words(use_text_flow=True)
            return words_cache[n]

        def text_in(n: int, box, pad: float = 0.5) -> str:
            x0, top, x1, bottom = box
            return "".join(w["text"] for w in words(n)
                           if w["x0"] >= x0 - pad and w["x1"] <= x1 + pad and w["top"] >= top - pad
                           and w["bottom"] <= bottom + pad)

        def page_text(n: int) -> str:
            if n not in text_cache:
                page = pdf.pages[n - 1]
                parts = [page.crop(r).extract_text() or "" for r in _regions(templates.get(n, "full"))]
                text_cache[n] = S.repair(_squash("".join(parts))).replace("-", "")
            return text_cache[n]

        for sec in truth["sections"]:
            if sec["bbox"] is None:  # the document root: no heading printed in the body
                continue
            inside = text_in(sec["page"], sec["bbox"], pad=1.0)
            if _squash(sec["title"]) != _squash(inside):
                problems.append(f"heading {sec['id']} {sec['title']!r}: its box on page {sec['page']} holds {inside!r}")
        for t in truth["tables"]:
            flow = _TABLES[t["id"]]
            x, top, x1, bottom = t["bbox"]
            for c in flow.cells:
                cx0, cyb, cx1, cyt = flow.cell_box(c)
                box = (x + cx0, bottom - cyt, x + cx1, bottom - cyb)
                got = "".join(w for w in re.findall(r"\S+", text_in(t["page"], box, pad=0.3)))
                got = re.sub(r"(?:\.)+$", "", got) if c.dots else got
                want = _squash(lost_by_cell.get((t["id"], c.row, c.col), c.text))
                if c.text != S.norm_ws(" ".join(c.lines)) and not S.LOST in "".join(c.lines):
                    want = _squash("".join(c.lines))  # hyphenated captions: printed text, hyphens included
                if got != want:
                    problems.append(f"table {t['id']} cell ({c.row},{c.col}): printed {got!r}, expected {want!r}")
        for sec in truth["sections"]:
            if not sec["text"]:
                continue
            hay = "".join(page_text(n) for n in range(sec["page"], sec["end_page"] + 1))
            for ptxt in sec["text"].split("\n\n"):
                needle = _squash(ptxt).replace("-", "")
                if needle in hay:
                    continue
                # a paragraph interrupted by a caption or pull quote: check its sentences
                bits = [_squash(b).replace("-", "") for b in re.split(r"(?<=[.;:])\s+", ptxt)]
                missing = [b for b in bits if b not in hay]
                if missing:
                    problems.append(f"section {sec['id']} ({sec['title'][:30]}): text not on pages "
                                    f"{sec['page']}-{sec['end_page']}: {missing[0][:70]!r}")
    return problems


# ============================================================================================ build


def build_document(story: Story, out: Path, templates, meta: dict, toc: bool) -> None:
    _index_flowables(story)
    doc = SampleDoc(str(out), **meta)
    doc.addPageTemplates(templates(doc))
    if toc:
        doc.multiBuild(list(story.flow))
    else:
        doc.build(list(story.flow))
    if story.toc is not None:
        story.toc_entries = list(story.toc._lastEntries)
        story.toc_page = next(d.page for d in L.REC.draws if d.kind == "heading" and d.extra["title"] == "Contents")


MI_META = dict(title="Migration Initiatives 2017 (sample)", author="Briefing Builder sample generator",
               subject="Sample document modelled on IOM's Migration Initiatives 2017, for software testing",
               creator=GENERATOR, keywords="IOM, migration, funding requirements, sample")
MM_META = dict(title="Myanmar Crisis Response Plan 2025 (sample, illustrative figures)",
               author="Briefing Builder sample generator",
               subject="Sample document modelled on IOM's Myanmar Crisis Response Plan 2025; " + ILLUSTRATIVE_NOTE,
               creator=GENERATOR, keywords="IOM, Myanmar, crisis response plan, sample, illustrative")


def write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def build_mi(seeds: Path, out_dir: Path, check: bool) -> tuple[Path, dict]:
    seed = MISeed(S.seed_path(seeds, "001"))
    st = styles()
    story = build_mi_story(seed, st)
    pdf = out_dir / f"{MI_NAME}.pdf"
    build_document(story, pdf, mi_page_templates, MI_META, toc=True)
    extra = {
        "source": {"seed": "001 (Migration Initiatives 2017, IOM)", "figures": "as printed in the source tables"},
        "source_inconsistencies": funding_inconsistencies(seed.tables),
    }
    truth = build_truth(story, pdf, illustrative=False, extra=extra)
    write_json(out_dir / f"{MI_NAME}.truth.json", truth)
    if check:
        report(pdf, truth)
    return pdf, truth


def build_mm(seeds: Path, out_dir: Path, check: bool) -> tuple[Path, dict]:
    seed = MMSeed(S.seed_path(seeds, "004"))
    st = mm_styles(styles())
    story = build_mm_story(seed, st)
    pdf = out_dir / f"{MM_NAME}.pdf"
    build_document(story, pdf, mm_page_templates, MM_META, toc=False)
    extra = {
        "source": {"seed": "004 (Myanmar Crisis Response Plan 2025, IOM)", "figures": ILLUSTRATIVE_NOTE},
        "illustrative_note": ILLUSTRATIVE_NOTE,
        "source_inconsistencies": [],
    }
    truth = build_truth(story, pdf, illustrative=True, extra=extra, countries=("MMR",))
    write_json(out_dir / f"{MM_NAME}.truth.json", truth)
    if check:
        report(pdf, truth)
    return pdf, truth


def report(pdf: Path, truth: dict) -> None:
    problems = verify(pdf, truth)
    if problems:
        print(f"{pdf.name}: {len(problems)} problem(s) between the truth and the PDF:", file=sys.stderr)
        for p in problems[:40]:
            print("  " + p, file=sys.stderr)
        raise SystemExit(1)
    n_sec = sum(1 for sec in truth["sections"] if sec["bbox"] is not None)
    print(f"{pdf.name}: {truth['document']['pages']} pages, {len(truth['tables'])} tables, {n_sec} headings; "
          f"truth verified against the PDF")


def build_large(seeds: Path, pages: int, out: Path) -> None:
    """A long document for benchmarks: the funding chapter and the six MiGOF chapters repeated (with
    "(part N)" in their headings) until the page count is reached; the result is cut to ``pages``."""
    import pypdfium2 as pdfium

    seed = MISeed(S.seed_path(seeds, "001"))
    st = styles()
    per_part = 62  # pages of one funding + chapters cycle (measured); one extra part for the front matter
    repeat = max(1, -(-pages // per_part))
    while True:
        story = build_mi_story(seed, st, repeat=repeat, with_toc=False)
        build_document(story, out, mi_page_templates, MI_META, toc=False)
        pdf = pdfium.PdfDocument(str(out))
        n = len(pdf)
        if n >= pages:
            break
        pdf.close()
        repeat += 1
    for i in range(n - 1, pages - 1, -1):
        pdf.del_page(i)
    tmp = out.with_suffix(".tmp.pdf")
    pdf.save(str(tmp))
    pdf.close()
    tmp.replace(out)
    print(f"{out}: {pages} pages (large benchmark document; no ground truth is written)")
