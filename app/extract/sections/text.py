"""Small text helpers shared by heading detection, the TOC reader and the benchmark."""

from __future__ import annotations

import functools
import re
import unicodedata

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty"
)
#: Words that introduce a numbered division ("Chapter 3", "Part II", "Objective 2", "Annex B").
LABEL_WORDS = (
    "chapter|part|section|appendix|annex|objective|principle|pillar|outcome|priority|goal|module|unit|"
    "lesson|book|volume|kapitel|teil|abschnitt|anhang|chapitre|partie|annexe|cap[ií]tulo|parte|"
    "ap[ée]ndice|secci[oó]n|capitolo|appendice|hoofdstuk|deel|bijlage|kapitola|část|příloha|"
    "глава|часть|раздел|приложение|rozdział|część|załącznik"
)
_NUM_TOKEN = r"(?:\d{1,3}(?:[.\-]\d{1,3})*|[A-Z](?:\.\d{1,3})+|[IVXLC]{1,7}|[A-Z])"

#: A leading numbering: "2.3.1", "2.3.1.", "A.2", "IV.", "Chapter 3", "Part II:", "Objective 2 –".
NUMBERING = re.compile(
    rf"^\s*(?:(?P<word>{LABEL_WORDS})\s+(?P<wnum>{_NUM_TOKEN}|{_NUMBER_WORDS})\b\.?\s*[:.–—-]?|"
    rf"(?P<num>\d{{1,2}}(?:\.\d{{1,3}}){{0,6}})(?P<dot>\.)?(?=\s|$)|"
    rf"(?P<alpha>[A-Z](?:\.\d{{1,3}}){{1,6}})\.?(?=\s|$)|"
    rf"(?P<compound>(?:[IVXLC]{{1,7}}|[A-Z])-[A-Z]\d{{0,2}})\.?(?=\s|$)|"
    rf"(?P<roman>[IVXLC]{{1,7}})\.(?=\s|$)|"
    rf"(?P<letter>[A-Z])[.)](?=\s|$))\s*",
    re.IGNORECASE,
)
_ROMAN_ONLY = re.compile(r"^[IVXLC]{1,7}$")


def numbering(text: str) -> tuple[str, int, str]:
    """(label, depth, rest) of a heading's leading numbering; depth 0 when none.

    "2.3.1 Funding" -> ("2.3.1", 3, "Funding"); "Chapter 4: Results" -> ("Chapter 4:", 1, "Results");
    "A.2 Annex" -> ("A.2", 2, "Annex"); "IV. Findings" -> ("IV.", 1, "Findings"); "III-A Chatbots" ->
    ("III-A", 2, "Chatbots").
    """
    m = NUMBERING.match(text)
    if not m or m.end() == 0:
        return "", 0, text
    label = text[: m.end()].strip()
    rest = text[m.end():]
    if m.group("word"):
        wnum = m.group("wnum") or ""
        depth = wnum.count(".") + 1 if wnum[:1].isdigit() else 1
    elif m.group("num"):
        num = m.group("num")
        if not m.group("dot") and "." not in num and not rest.strip():
            return "", 0, text  # a bare number is a page number or a value, not a label
        depth = num.count(".") + 1
    elif m.group("alpha"):
        depth = m.group("alpha").count(".") + 1
    elif m.group("compound"):
        if m.group("compound").upper() != m.group("compound"):
            return "", 0, text
        depth = 2  # "III-A", "A-B": a sub-section of a lettered or roman-numbered section
    elif m.group("roman"):
        if m.group("roman").upper() != m.group("roman"):
            return "", 0, text
        depth = 1
    else:
        if m.group("letter").upper() != m.group("letter"):
            return "", 0, text
        depth = 1
    if not rest.strip() and not m.group("word"):
        return label, depth, ""
    return label, depth, rest.strip()


def strip_numbering(text: str) -> str:
    label, depth, rest = numbering(text)
    return rest if depth else text


@functools.lru_cache(maxsize=65536)
def normalise_title(text: str) -> str:
    """Title key for matching headings: numbering and labels dropped, letters and digits only,
    case-folded, compatibility characters and soft hyphens removed. Cached: the contents placement
    and the title matching ask for the same lines' keys many times."""
    t = unicodedata.normalize("NFKC", text or "").replace("\u00ad", "")
    t = t.replace("\\", "")
    for _ in range(2):
        label, depth, rest = numbering(t)
        if depth and rest:
            t = rest
        else:
            break
    # A lone roman numeral in front ("I The Essentials") is a part label.
    parts = t.split(None, 1)
    if len(parts) == 2 and _ROMAN_ONLY.match(parts[0]) and parts[0].isupper() and parts[1][:1].isupper():
        t = parts[1]
    return "".join(filter(str.isalnum, t.casefold()))


_WS = re.compile(r"\s+")


def normalise_ws(text: str) -> str:
    return _WS.sub(" ", text or "").strip()


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u2e80-\u2fdf\uac00-\ud7af\uf900-\ufaff]")


def word_count(text: str) -> int:
    """Words of ``text``; Chinese, Japanese and Korean write no spaces between words, so there two
    characters count as one word (their words are mostly one or two characters long)."""
    n = 0
    for w in text.split():
        cjk = len(_CJK.findall(w))
        n += max(1, (cjk + 1) // 2 + (1 if cjk < len(w) - 1 else 0)) if cjk else 1
    return n


_RTL_LETTER = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def right_to_left(text: str) -> bool:
    """Mostly Hebrew or Arabic letters."""
    if not _RTL_LETTER.search(text):  # most lines: no letter of those scripts at all
        return False
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if _RTL_LETTER.match(c)) >= 0.6 * len(letters)


_TRAILING_NUMBER = re.compile(r"^(.*\S)\s+(\.)?((?:\d{1,3}\.)*\d{1,3}\.?)$")


def number_first(text: str) -> str:
    """A right-to-left heading comes out of the PDF in visual order, its number last ("... 2.1"):
    the number goes first, where :func:`numbering` reads it. The stop after a single number ("1.")
    is mirrored to its left in visual order (".1"): it goes back after the number."""
    if right_to_left(text):
        m = _TRAILING_NUMBER.match(text)
        if m:
            return f"{m.group(3)}{m.group(2) or ''} {m.group(1)}"
    return text


_QUOTED_SENTENCE = re.compile(r"^[“\"«„‘]\S.*[.!?。！？؟…][”\"»“’]+$")


def quoted_sentence(text: str) -> bool:
    """A whole sentence in quotation marks, its stop inside the closing mark ("“… for all.”", "“…。”"),
    of six words or more: a quotation (a pull quote), never a title, which quotes a phrase without
    a stop. ``text`` in logical order (a right-to-left line in visual order is reversed first)."""
    text = text.strip()
    return bool(_QUOTED_SENTENCE.match(text)) and word_count(text) >= 6
