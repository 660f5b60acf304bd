"""Reading the seed texts (``../shared/seeds``) for the sample generator.

The seeds are plain-text extractions of real IOM publications: layout is lost, sidebars, captions
and running headers are mixed into the text flow, and a "ti" glyph was lost in some places
("Objec\ufffdve"). This module turns them into clean logical text:

* :func:`funding_tables` parses the nine regional funding tables of seed 001 (*Migration
  Initiatives 2017*), keeping the printed line breaks of wrapped country names and column captions;
* :func:`narrative_block` returns the country sections of one region inside one MiGOF chapter;
* :func:`paragraphs_between` returns cleaned paragraphs between two anchor strings.

Everything here is deterministic and uses only the standard library.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

LOST = "\ufffd"  # the replacement character printed where the "ti" glyph was lost

# --------------------------------------------------------------------------------------- locating


def find_seeds(root: Path) -> Path | None:
    """``$BRIEFING_SHARED/seeds`` or ``<repo>/../shared/seeds``, when present."""
    candidates = []
    env = os.environ.get("BRIEFING_SHARED")
    if env:
        candidates.append(Path(env) / "seeds")
    candidates.append(root.parent / "shared" / "seeds")
    for c in candidates:
        if c.is_dir() and any(c.glob("001_*.txt")) and any(c.glob("004_*.txt")):
            return c
    return None


def seed_path(seeds: Path, number: str) -> Path:
    found = sorted(seeds.glob(f"{number}_*.txt"))
    if not found:
        sys.exit(f"build_samples: seed {number}_*.txt is missing from {seeds}")
    return found[0]


# --------------------------------------------------------------------------------------- cleaning


def repair(text: str) -> str:
    """Undo the lost "ti" glyph (every lost character in seed 001 is a "ti")."""
    return text.replace(LOST, "ti")


def norm_ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class Vocabulary:
    """Words seen in a seed, to tell a soft line-end hyphen ("part-/nerships") from a real one
    ("whole-of-/government", "gender-/sensitive")."""

    def __init__(self, text: str) -> None:
        words = re.findall(r"[A-Za-z][A-Za-z\-’']*[A-Za-z]", text)
        self.words = {w.lower() for w in words}

    def join(self, left: str, right: str) -> str:
        """Join ``left`` (ending with "-") and ``right`` across a line break."""
        m1 = re.search(r"([A-Za-z\-]+)-$", left)
        m2 = re.match(r"([A-Za-z]+)", right)
        if m1 and m2:
            hyphenated = (m1.group(1) + "-" + m2.group(1)).lower()
            joined = (m1.group(1) + m2.group(1)).lower()
            if joined in self.words and hyphenated not in self.words:
                return left[:-1] + right  # soft hyphen: the word was split by the typesetter
        return left + right


def join_lines(lines: list[str], vocab: Vocabulary) -> str:
    """Logical text of a paragraph: lines joined by one space, line-end hyphens resolved."""
    out = ""
    for raw in lines:
        # U+2212 (minus) in "2016−2021" is a typo for an en dash; reportlab's font subsetting also
        # gives it a code that text extraction cannot map back
        line = norm_ws(raw).replace("\u2212", "\u2013")
        if not line:
            continue
        if not out:
            out = line
        elif out.endswith("-") and not out.endswith(" -") and not out.endswith("–"):
            out = vocab.join(out, line)
        elif out.endswith("/"):
            out = out + line
        else:
            out = out + " " + line
    return norm_ws(out)


# ------------------------------------------------------------------------------- funding tables

NUMBER = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+|-)$")

#: The captions of the six MiGOF columns (Migration Governance Framework principles and objectives).
FRAMEWORK_CAPTIONS = [
    "Adhering to international standards and fulfilling migrants’ rights",
    "Using evidence and whole-of-government approaches",
    "Developing strong partnerships",
    "Advancing the socioeconomic well-being of migrants and society",
    "Addressing the mobility dimensions of crises",
    "Safe, orderly and dignified migration",
]
#: The six MiGOF columns of the funding tables, as printed in the first header line.
FRAMEWORK_COLUMNS = ["Principle 1", "Principle 2", "Principle 3", "Objective 1", "Objective 2", "Objective 3"]


@dataclass
class FundingRow:
    label_lines: list[str]
    #: Seven printed cells (six framework columns + Total); "" = nothing printed, "-" = nothing requested.
    cells: list[str]
    dot_leaders: bool = False

    @property
    def label(self) -> str:
        return norm_ws(" ".join(self.label_lines)).replace(" .", "").strip(" .") if self.dot_leaders else norm_ws(
            " ".join(self.label_lines)
        )


@dataclass
class FundingTable:
    region: str  # as printed in the seed (upper case)
    line: int  # 1-based line of the Total row in the seed
    captions: list[list[str]]  # six column captions, as printed line by line
    rows: list[FundingRow] = field(default_factory=list)  # body rows; the last one is "Total"


#: Rows printed with fewer than seven cells: where the printed cells sit. Established from the column
#: sums (see README): Lithuania prints nothing at all under Objective 2; Fiji prints dot leaders and a
#: single "-" under Principle 1.
SHORT_ROWS = {
    "Lithuania": [0, 1, 2, 3, 5, 6],
    "Fiji": [0],
}


def funding_tables(lines: list[str], vocab: "Vocabulary") -> list[FundingTable]:
    """The nine regional tables: the block between the last caption ("... migration") and the
    ``Total`` row that follows each region's chart legend."""
    tables = []
    totals = [i for i, line in enumerate(lines) if line.startswith("Total ") and i < 2000]
    region_names = [i for i, line in enumerate(lines[:2000]) if _is_region_line(line)]
    for ti in totals:
        # region: the last region heading before the table
        region_i = max(i for i in region_names if i < ti)
        region = lines[region_i].strip()
        # header: from the line "Total" (alone) to the last caption line "migration"
        j = ti
        while lines[j].strip() != "migration":
            j -= 1
        h = j
        while lines[h].strip() != "Total":
            h -= 1
        lines_h = [lines[k].strip() for k in range(h + 1, j + 1) if lines[k].strip()]
        captions: list[list[str]] = []
        cur: list[str] = []
        for line in lines_h:
            cur.append(line)
            if len(captions) < 6 and join_lines(cur, vocab) == FRAMEWORK_CAPTIONS[len(captions)]:
                captions.append(cur)
                cur = []
        if len(captions) != 6 or cur:
            raise ValueError(f"seed line {h + 1}: the six column captions were not found")
        table = FundingTable(region=region, line=ti + 1, captions=captions)
        label: list[str] = []
        for k in range(j + 1, ti + 1):
            raw = lines[k]
            if not raw.strip():
                continue
            toks = raw.split()
            nums: list[str] = []
            while toks and NUMBER.match(toks[-1]):
                nums.insert(0, toks.pop())
            text = " ".join(toks)
            if text:
                label.append(text)
            if nums:
                dots = False
                if label and label[-1].endswith(". ."):
                    dots = True
                    label[-1] = re.sub(r"(\s*\.)+$", "", label[-1]).strip()
                name = norm_ws(" ".join(label))
                if len(nums) != 7:
                    where = SHORT_ROWS.get(name)
                    if where is None or len(where) != len(nums):
                        raise ValueError(f"seed line {k + 1}: {name!r} has {len(nums)} cells and no placement rule")
                    cells = [""] * 7
                    for pos, n in zip(where, nums):
                        cells[pos] = n
                else:
                    cells = nums
                table.rows.append(FundingRow(label_lines=[norm_ws(x) for x in label], cells=cells, dot_leaders=dots))
                label = []
        tables.append(table)
    return tables


def _is_region_line(line: str) -> bool:
    s = line.strip()
    return s in {
        "EAST AND HORN OF AFRICA",
        "WEST AND CENTRAL AFRICA",
        "SOUTHERN AFRICA",
        "CENTRAL AND NORTH AMERICA AND THE CARIBBEAN",
        "SOUTH AMERICA",
        "ASIA AND THE PACIFIC",
        "EUROPEAN ECONOMIC AREA",
        "MIDDLE EAST AND NORTH AFRICA",
        "SOUTH-EASTERN EUROPE, EASTERN EUROPE AND CENTRAL ASIA",
    }


def cell_value(text: str) -> int | None:
    if text in ("", "-"):
        return None
    return int(text.replace(",", ""))


# ------------------------------------------------------------------------------------ narrative

#: Lines that are running headers or page numbers leaked into the text flow.
JUNK_LINE = re.compile(
    r"^(Migration Initiatives 2017|\d{1,3}|\d{3}\d{3}|(?:Principle|Objective) \d(?:(?:Principle|Objective) \d)?|"
    r"IOM global response(?:IOM global response)?)$"
)


@dataclass
class Para:
    text: str
    kind: str = "p"  # "p" paragraph, "h3" country/regional heading, "h4" box heading, "bullet"
    tags: list[str] = field(default_factory=list)  # ISO3 codes for headings


def raw_paragraphs(lines: list[str], start: int, end: int) -> list[list[str]]:
    """Blank-line separated groups of lines in [start, end) (0-based), junk lines removed."""
    out: list[list[str]] = []
    cur: list[str] = []
    for i in range(start, end):
        s = lines[i].rstrip()
        if JUNK_LINE.match(s.strip()):
            continue
        if re.match(r"^ \S", s) and cur:  # a line starting with one space opens a new page
            out.append(cur)
            cur = []
        if s.strip():
            cur.append(s)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _is_sidebar(group: list[str]) -> bool:
    """Captions, pull quotes and sidebars: narrow lines, photo credits, links."""
    text = " ".join(group)
    if "©" in text or "http" in text or "(Photo:" in text or text.strip().startswith("Source:"):
        return True
    return max(len(x.strip()) for x in group) < 40


@dataclass
class Cleaning:
    """Hand decisions for the few places where the seed's text flow cannot be re-joined by rule
    (all keyed by short, unique snippets of seed text)."""

    #: Paragraphs to drop (captions and footnotes that look like body text), by their first words.
    drop: tuple[str, ...] = ()
    #: Mid-sentence paragraph ends (by their last words) that continue with the paragraph directly
    #: after them even though it starts with a capital letter.
    glue_next: tuple[str, ...] = ()
    #: Lines that are box titles (level-4 headings) printed above the box text.
    box_titles: tuple[str, ...] = ()
    #: Hand-matched (end of a paragraph cut mid-sentence, start of its continuation elsewhere).
    pairs: tuple[tuple[str, str], ...] = ()


def clean_paragraphs(groups: list[list[str]], vocab: Vocabulary, headings: dict[str, tuple[str, list[str]]],
                     cleaning: Cleaning = Cleaning()) -> list[Para]:
    """Classify groups into headings (the ``headings`` map: printed text -> (kind, ISO3 codes); the
    box titles of ``cleaning``), paragraphs and bullets; drop sidebars; re-join paragraphs that a page
    or column break split; trim what cannot be re-joined to whole sentences."""
    items: list[Para] = []
    for g in groups:
        first = norm_ws(g[0])
        if first in cleaning.box_titles and len(g) > 1:  # a box title printed right above its text
            items.append(Para(first, "h4"))
            g = g[1:]
        joined = join_lines(g, vocab)
        if joined in headings:
            kind, tags = headings[joined]
            items.append(Para(joined, kind, list(tags)))
            continue
        if joined in cleaning.box_titles:
            items.append(Para(joined, "h4"))
            continue
        if any(joined.startswith(d) for d in cleaning.drop):
            continue
        if _is_sidebar(g):
            continue
        items.append(Para(joined, "bullet" if joined.startswith("• ") else "p"))
    # Re-join: a paragraph ending mid-sentence continues with the paragraph right after it when that
    # one starts mid-sentence (lower case, a dash) or is listed in ``glue_next``; otherwise with the
    # next paragraph of the block that starts mid-sentence, wherever the layout put it.
    out: list[Para] = []
    used: set[int] = set()
    for head, cont_start in cleaning.pairs:
        hi = [k for k, it in enumerate(items) if it.kind == "p" and it.text.endswith(head)]
        ci = [k for k, it in enumerate(items) if it.kind == "p" and it.text.startswith(cont_start)]
        if len(hi) == 1 and len(ci) == 1:
            items[hi[0]] = Para(_glue(items[hi[0]].text, items[ci[0]].text, vocab), "p")
            used.add(ci[0])
    for i, item in enumerate(items):
        if i in used:
            continue
        p = item
        if p.kind in ("p", "bullet"):
            while not _complete(p.text):
                nxt = next((k for k in range(i + 1, len(items)) if k not in used), None)
                if nxt is not None and items[nxt].kind in ("p", "bullet") and (
                    _is_continuation(items[nxt].text) or any(p.text.endswith(g) for g in cleaning.glue_next)
                ):
                    p = Para(_glue(p.text, items[nxt].text, vocab), p.kind)
                    used.add(nxt)
                    continue
                cont = next(
                    (k for k in range(i + 1, len(items)) if k not in used and items[k].kind == "p"
                     and _is_continuation(items[k].text)),
                    None,
                )
                if cont is None:
                    break
                p = Para(_glue(p.text, items[cont].text, vocab), p.kind)
                used.add(cont)
            if not _complete(p.text):  # nothing continues it: keep the whole sentences only
                p = Para(_trim_end(p.text), p.kind)
            if _is_continuation(p.text):  # a continuation whose start is lost: drop the fragment
                p = Para(_trim_start(p.text), p.kind)
            if not p.text:
                continue
        out.append(p)
    return out


_END = (".", ":", ";", "!", "?", "”", ".”", ")", "’", "; and", "; or")


def _complete(text: str) -> bool:
    return text.endswith(_END)


def _trim_end(text: str) -> str:
    m = list(re.finditer(r"[.!?:;][”’)]?(?=\s)", text))
    return text[: m[-1].end()] if m else ""


def _trim_start(text: str) -> str:
    m = re.search(r"[.!?][”’)]?\s+(?=[A-Z“(])", text)
    return text[m.end():] if m else ""


def _is_continuation(text: str) -> bool:
    return text[:1].islower() or text.startswith("– ")


def _glue(left: str, right: str, vocab: Vocabulary) -> str:
    if left.endswith("-"):
        return vocab.join(left, right)
    return left + " " + right


def block_lines(lines: list[str], chapter_line: str, region_line: str, next_regions: set[str]) -> tuple[int, int]:
    """[start, end) of a region inside the chapter that starts with ``chapter_line``: from the region
    heading to the next region heading."""
    starts = [i for i, line in enumerate(lines) if line.strip() == chapter_line and i > 1500]
    if not starts:
        raise ValueError(f"chapter {chapter_line!r} not found")
    a = starts[0]
    s = next(i for i in range(a, len(lines)) if lines[i].strip() == region_line)
    e = next(i for i in range(s + 1, len(lines)) if lines[i].strip() in next_regions)
    return s + 1, e


def find_line(lines: list[str], anchor: str, after: int = 0) -> int:
    """Index of the first line at or after ``after`` that starts with ``anchor`` (stripped)."""
    for i in range(after, len(lines)):
        if lines[i].strip().startswith(anchor):
            return i
    raise ValueError(f"anchor {anchor!r} not found in the seed after line {after + 1}")


def paragraphs_between(lines: list[str], vocab: Vocabulary, start_anchor: str, end_anchor: str | None,
                       after: int = 0, keep_sidebars: bool = False) -> list[str]:
    """Cleaned paragraphs from the line starting with ``start_anchor`` up to (not including) the line
    starting with ``end_anchor``."""
    s = find_line(lines, start_anchor, after)
    e = find_line(lines, end_anchor, s + 1) if end_anchor else len(lines)
    groups = raw_paragraphs(lines, s, e)
    paras = clean_paragraphs(groups, vocab, {}) if not keep_sidebars else [
        Para(join_lines(g, vocab)) for g in groups
    ]
    return [p.text for p in paras]


def seed_contains(seed_text_norm: str, text: str) -> bool:
    """True when ``text`` (whitespace-normalised) occurs in the seed (whitespace-normalised)."""
    return norm_ws(text) in seed_text_norm
