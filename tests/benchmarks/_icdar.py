"""ICDAR 2013 Table Competition ground truth and measures (Göbel et al. 2013), as used by bench_tables.

Ground truth
------------
* ``NAME-reg.xml``: table regions. ``page`` is 1-based; ``bounding-box`` x1, y1, x2, y2 are PDF points
  with the origin at the BOTTOM left of the page as displayed. We convert them to pdfplumber's frame
  (origin top left): ``top = page_height - y2``, ``bottom = page_height - y1`` with the height of the
  page as displayed (rotation applied). Checked against the text on every page (``check_ground_truth``).
* ``NAME-str.xml``: the cells of each table region: ``start-row``, ``start-col``, optional ``end-row``,
  ``end-col`` (inclusive) and ``content``. (Its cell boxes are not used: on rotated pages they are
  flipped with the unrotated page height, unlike the regions.)
* Each region is evaluated as one table on its page (every table of the EU set has one region).
* ``eu-009b`` is an alternative ground truth for ``eu-009a.pdf`` with no PDF of its own; only the
  ground truth named like the PDF is used.

Measures
--------
* Detection: a predicted table is correct when its box has IoU >= 0.5 with a ground-truth region on
  the same page (one-to-one, greedy by IoU). Recall = matched regions / regions; precision = matched
  predictions / predictions.
* Structure: adjacency relations between each non-empty cell and its nearest non-empty neighbour to
  the right (in every row the cell spans) and below (in every column it spans); empty cells are
  skipped over, as blank cells are in the competition's model. A relation is (content A, content B,
  direction) with content normalised by removing all whitespace and folding case. Ground-truth and
  predicted relations are compared as multisets.
  Each ground-truth table is compared with the predicted table on the same page that overlaps it most
  (one-to-one, greedy by IoU > 0). Relations of ground-truth tables without a match are missed
  (recall); relations of predicted tables without a match are false positives (precision).
  Precision, recall and F1 are reported pooled over all tables and averaged per document
  (per-document P/R/F1 from that document's counts, then the mean over documents).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

_WS = re.compile(r"\s+", re.UNICODE)


def normalise(text: str | None) -> str:
    return _WS.sub("", text or "").casefold()


@dataclass
class TableCells:
    """A table as evaluated: its page, box (x0, top, x1, bottom; top-left origin) and cells."""

    page: int
    bbox: tuple[float, float, float, float]
    #: (row, col, row_span, col_span, text)
    cells: list[tuple[int, int, int, int, str]] = field(default_factory=list)


@dataclass
class GroundTruth:
    name: str
    pdf: Path
    tables: list[TableCells]


def _page_heights(pdf: Path) -> list[float]:
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        return [float(p.height) for p in doc.pages]


def load_ground_truth(pdf: Path) -> GroundTruth:
    reg = ET.parse(pdf.with_name(pdf.stem + "-reg.xml")).getroot()
    st = ET.parse(pdf.with_name(pdf.stem + "-str.xml")).getroot()
    heights = _page_heights(pdf)
    regions: dict[tuple[str, str], tuple[int, tuple[float, float, float, float]]] = {}
    for table in reg.iter("table"):
        for region in table.iter("region"):
            page = int(region.get("page"))
            bb = region.find("bounding-box")
            x1, y1, x2, y2 = (float(bb.get(k)) for k in ("x1", "y1", "x2", "y2"))
            h = heights[page - 1]
            regions[(table.get("id"), region.get("id"))] = (page, (min(x1, x2), h - max(y1, y2), max(x1, x2), h - min(y1, y2)))
    tables = []
    for table in st.iter("table"):
        for region in table.iter("region"):
            key = (table.get("id"), region.get("id"))
            page, bbox = regions.get(key, (int(region.get("page")), (0.0, 0.0, 0.0, 0.0)))
            cells = []
            for c in region.findall("cell"):
                r0, c0 = int(c.get("start-row")), int(c.get("start-col"))
                r1 = int(c.get("end-row", r0))
                c1 = int(c.get("end-col", c0))
                cells.append((r0, c0, r1 - r0 + 1, c1 - c0 + 1, c.findtext("content") or ""))
            tables.append(TableCells(page, bbox, cells))
    return GroundTruth(pdf.stem, pdf, tables)


def corpus_documents(folder: Path) -> list[Path]:
    """PDFs of the corpus that have both ground-truth files."""
    return sorted(
        p for p in folder.glob("*.pdf")
        if p.with_name(p.stem + "-reg.xml").exists() and p.with_name(p.stem + "-str.xml").exists()
    )


def check_ground_truth(gt: GroundTruth) -> list[str]:
    """Every cell's content must be found inside its region on its page (validates the conversion)."""
    import pdfplumber

    problems = []
    with pdfplumber.open(gt.pdf) as doc:
        for t in gt.tables:
            page = doc.pages[t.page - 1]
            x0, top, x1, bottom = t.bbox
            inside = "".join(
                ch["text"] for ch in page.chars
                if x0 - 3 <= (ch["x0"] + ch["x1"]) / 2 <= x1 + 3 and top - 3 <= (ch["top"] + ch["bottom"]) / 2 <= bottom + 3
            )
            inside = normalise(inside)
            missing = [text for *_rc, text in t.cells if normalise(text) and normalise(text)[:6] not in inside]
            if len(missing) > len(t.cells) * 0.1:
                problems.append(f"{gt.name} p{t.page}: {len(missing)}/{len(t.cells)} cells not inside the region")
    return problems


# ------------------------------------------------------------------------------------------ measures


def iou(a, b) -> float:
    ix0, itop, ix1, ibottom = max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])
    if ix1 <= ix0 or ibottom <= itop:
        return 0.0
    inter = (ix1 - ix0) * (ibottom - itop)
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def adjacency(cells: list[tuple[int, int, int, int, str]]) -> Counter:
    """Multiset of (content A, content B, "h"|"v") relations between nearest non-empty neighbours."""
    grid: dict[tuple[int, int], int] = {}
    norm = []
    n_rows = n_cols = 0
    for i, (r, c, rs, cs, text) in enumerate(cells):
        norm.append(normalise(text))
        rs, cs = max(1, rs), max(1, cs)
        for rr in range(r, r + rs):
            for cc in range(c, c + cs):
                grid.setdefault((rr, cc), i)
        n_rows, n_cols = max(n_rows, r + rs), max(n_cols, c + cs)
    pairs: set[tuple[int, int, str]] = set()
    for i, (r, c, rs, cs, _text) in enumerate(cells):
        if not norm[i]:
            continue
        rs, cs = max(1, rs), max(1, cs)
        for rr in range(r, r + rs):
            cc = c + cs
            while cc < n_cols:
                j = grid.get((rr, cc))
                if j is not None and j != i and norm[j]:
                    pairs.add((i, j, "h"))
                    break
                cc += 1
        for cc in range(c, c + cs):
            rr = r + rs
            while rr < n_rows:
                j = grid.get((rr, cc))
                if j is not None and j != i and norm[j]:
                    pairs.add((i, j, "v"))
                    break
                rr += 1
    return Counter((norm[i], norm[j], d) for i, j, d in pairs)


def _greedy(gt: list[TableCells], pred: list[TableCells], min_iou: float, strict: bool) -> list[tuple[int, int]]:
    pairs = []
    for i, g in enumerate(gt):
        for j, p in enumerate(pred):
            if g.page != p.page:
                continue
            v = iou(g.bbox, p.bbox)
            if (v >= min_iou) if strict else (v > min_iou):
                pairs.append((v, i, j))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _v, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


class RelationScores:
    """Precision, recall and F1 of adjacency relations (needs ``gt_relations``, ``pred_relations``,
    ``correct_relations``)."""

    @property
    def precision(self) -> float:
        return self.correct_relations / self.pred_relations if self.pred_relations else 0.0

    @property
    def recall(self) -> float:
        return self.correct_relations / self.gt_relations if self.gt_relations else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocScore(RelationScores):
    name: str
    gt_tables: int
    pred_tables: int
    detected: int  # matched at IoU >= 0.5
    gt_relations: int
    pred_relations: int
    correct_relations: int


def score_document(name: str, gt: list[TableCells], pred: list[TableCells]) -> DocScore:
    detected = len(_greedy(gt, pred, 0.5, strict=True))
    matches = _greedy(gt, pred, 0.0, strict=False)
    gt_rel = [adjacency(t.cells) for t in gt]
    pred_rel = [adjacency(t.cells) for t in pred]
    correct = sum(sum((gt_rel[i] & pred_rel[j]).values()) for i, j in matches)
    return DocScore(
        name=name,
        gt_tables=len(gt),
        pred_tables=len(pred),
        detected=detected,
        gt_relations=sum(sum(c.values()) for c in gt_rel),
        pred_relations=sum(sum(c.values()) for c in pred_rel),
        correct_relations=correct,
    )


@dataclass
class Summary:
    detection_recall: float
    detection_precision: float
    pooled_precision: float
    pooled_recall: float
    pooled_f1: float
    doc_precision: float
    doc_recall: float
    doc_f1: float


def summarise(scores: list[DocScore]) -> Summary:
    gt_t = sum(s.gt_tables for s in scores)
    pred_t = sum(s.pred_tables for s in scores)
    det = sum(s.detected for s in scores)
    gt_r = sum(s.gt_relations for s in scores)
    pred_r = sum(s.pred_relations for s in scores)
    cor = sum(s.correct_relations for s in scores)
    pp = cor / pred_r if pred_r else 0.0
    pr = cor / gt_r if gt_r else 0.0
    n = len(scores) or 1
    return Summary(
        detection_recall=det / gt_t if gt_t else 0.0,
        detection_precision=det / pred_t if pred_t else 0.0,
        pooled_precision=pp,
        pooled_recall=pr,
        pooled_f1=2 * pp * pr / (pp + pr) if pp + pr else 0.0,
        doc_precision=sum(s.precision for s in scores) / n,
        doc_recall=sum(s.recall for s in scores) / n,
        doc_f1=sum(s.f1 for s in scores) / n,
    )
