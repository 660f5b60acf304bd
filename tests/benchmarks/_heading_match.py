"""Matching predicted headings with ground-truth headings (bookmarks or sample truth).

Rules (documented in docs/sections.md):

* A heading is (title, level, page). Titles are compared after :func:`app.extract.sections.text.normalise_title`
  (Unicode NFKC, case-folded, soft hyphens and backslashes dropped, leading numbering and division
  labels such as "2.3.1", "A.2", "Chapter 4:", "Part II" removed, then letters and digits only).
* A predicted heading matches a true one on the **same page** when the normalised titles are equal, or
  when their similarity (difflib ratio) is at least 0.9, or when one is a prefix of the other covering at
  least 90% of the longer. Matching is one-to-one, best pairs first.
* Precision = matched / predicted, recall = matched / true, F1 their harmonic mean. Level accuracy =
  share of matched pairs whose predicted level equals the true level (bookmark depth 1 = level 1).
  "Ranked" level accuracy first replaces each system's levels in a document by their dense rank
  (highest used = 1), which forgives a constant shift (markdown starting at "##", a cover title).
* True headings without a target page or with an empty normalised title are left out; so are
  predicted headings with an empty normalised title.
"""

from __future__ import annotations

import difflib
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.extract.sections.text import normalise_title  # noqa: E402

THRESHOLD = 0.9


@dataclass
class H:
    title: str
    level: int
    page: int

    @property
    def key(self) -> str:
        return normalise_title(self.title)


def similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    short, long_ = sorted((a, b), key=len)
    if long_.startswith(short) and len(short) >= THRESHOLD * len(long_):
        return THRESHOLD
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


@dataclass
class Score:
    true: int = 0
    predicted: int = 0
    matched: int = 0
    level_ok: int = 0
    #: Matched headings whose level is right once the system's levels in the document are ranked
    #: densely (its highest level used = 1, the next = 2 ...): forgives a constant shift such as
    #: markdown output that starts at "##" or a cover title taking level 1.
    ranked_ok: int = 0

    def add(self, other: "Score") -> None:
        self.true += other.true
        self.predicted += other.predicted
        self.matched += other.matched
        self.level_ok += other.level_ok
        self.ranked_ok += other.ranked_ok

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.true if self.true else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def level_accuracy(self) -> float:
        return self.level_ok / self.matched if self.matched else 0.0

    @property
    def ranked_level_accuracy(self) -> float:
        return self.ranked_ok / self.matched if self.matched else 0.0


def match(truth: list[H], predicted: list[H]) -> tuple[Score, list[tuple[H, H]], list[H], list[H]]:
    """(score, matched pairs, missed true headings, false predicted headings)."""
    truth = [t for t in truth if t.page and t.key]
    predicted = [p for p in predicted if p.key]
    pairs = []
    by_page: dict[int, list[int]] = {}
    for j, p in enumerate(predicted):
        by_page.setdefault(p.page, []).append(j)
    for i, t in enumerate(truth):
        tk = t.key
        for j in by_page.get(t.page, []):
            s = similarity(tk, predicted[j].key)
            if s >= THRESHOLD:
                pairs.append((s, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_t: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for s, i, j in pairs:
        if i in used_t or j in used_p:
            continue
        used_t.add(i)
        used_p.add(j)
        matched.append((truth[i], predicted[j]))
    dense = {lv: i + 1 for i, lv in enumerate(sorted({p.level for p in predicted}))}
    score = Score(
        true=len(truth),
        predicted=len(predicted),
        matched=len(matched),
        level_ok=sum(1 for t, p in matched if t.level == p.level),
        ranked_ok=sum(1 for t, p in matched if t.level == dense[p.level]),
    )
    missed = [t for i, t in enumerate(truth) if i not in used_t]
    false = [p for j, p in enumerate(predicted) if j not in used_p]
    return score, matched, missed, false
