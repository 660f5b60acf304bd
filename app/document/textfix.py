"""Text repair: ligature normalisation and characters lost to missing font maps.

PDF fonts often draw "fi", "fl", "ti", "tt" ... as one ligature glyph. When the font has no usable
character map for that glyph, text extraction yields U+FFFD ("�") or pdfminer's ``(cid:NN)`` in
its place: "Objec�ve", "Djibou�", "ini�a�ves". This module:

* :func:`normalise_ligatures` turns presentation-form ligatures (U+FB00..U+FB06) into letters;
* :func:`normalise_lost` turns ``(cid:NN)`` into "�" so every lost character looks the same;
* :func:`repair_lost_characters` replaces a word with lost characters by the single word of a
  :class:`Vocabulary` (the document's own words + country names) that fits it, and reports the
  words it cannot decide (no or several candidates) instead of guessing.

Plain functions, no Qt; used by table extraction, the section tree and the GUI's repair assistant.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Callable, Iterable, Iterator, Mapping

LOST = "\ufffd"

LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",  # long s + t
    "\ufb06": "st",
    "\u0132": "IJ",
    "\u0133": "ij",
    "\u1d6b": "ue",
    "\ua728": "TZ",
    "\ua729": "tz",
}
_LIGATURE_TABLE = str.maketrans(LIGATURES)
_CID = re.compile(r"\(cid:\d+\)")

#: What lost glyphs usually stood for: ligatures a font drew as one glyph. When several vocabulary
#: words fit a damaged word, one whose every gap is filled by such a sequence is preferred - if it is
#: the only one.
LIGATURE_FILLS = frozenset({"ti", "tt", "ft", "fi", "fl", "ff", "ffi", "ffl", "tf", "fj", "st", "ct", "th"})

# A word: letters (any script) with inner apostrophes; the lost character counts as a letter.
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_DAMAGED = re.compile(r"(?:[^\W\d_]|\ufffd)*\ufffd(?:[^\W\d_]|\ufffd)*")


#: any ligature character: most texts have none, and finding that out is cheaper than translating
_ANY_LIGATURE = re.compile("[" + "".join(LIGATURES) + "]")


def normalise_ligatures(text: str) -> str:
    """Replace ligature characters ("ﬁ", "ﬂ", "ﬀ", "ﬃ" ...) by their letters."""
    if not text or not _ANY_LIGATURE.search(text):
        return text
    return text.translate(_LIGATURE_TABLE)


def word_tokens(text: str) -> list[str]:
    """The words of ``text`` as a :class:`Vocabulary` counts them (ligatures as letters)."""
    return _WORD.findall(normalise_ligatures(text))


#: A word with its inner hyphens: letters, with inner apostrophes and hyphens (each followed by a
#: letter); written as runs of letters rather than letter by letter (the same words, found in 60% of
#: the time over a long document). The words :func:`word_tokens` finds are these split at their
#: hyphens, ligatures as letters: ligatures are letters, and so are the letters they stand for.
HYPHENATED_WORD = re.compile(r"[^\W\d_]+(?:['’-](?=[^\W\d_])[^\W\d_]+)*")


def hyphenated_words(text: str) -> list[str]:
    """The words of ``text`` with their inner hyphens ("well-known"), as printed (ligatures kept)."""
    return HYPHENATED_WORD.findall(text)


def normalise_lost(text: str) -> str:
    """Replace pdfminer's ``(cid:NN)`` placeholders by "�" (one lost character each)."""
    if "(cid:" not in text:
        return text
    return _CID.sub(LOST, text)


_PRESENTATION = re.compile("[\ufb1d-\ufdff\ufe70-\ufefc]+")


def normalise_presentation_forms(text: str) -> str:
    """Arabic and Hebrew presentation forms (the shaped glyphs some PDFs store) to plain letters."""
    if not text or not _PRESENTATION.search(text):
        return text
    import unicodedata

    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


#: Glyphs that start a list item and never running text (dashes and "(a)" labels can: they wrap to
#: a line's start); the section text's paragraphs and a pack's list items are told by them.
GLYPH_BULLETS = "•●○◦▪■□➢►▶‣∙·✓✔❖◆"

#: Bullets of Word's bullet library drawn in the Symbol or Wingdings font: without a Unicode map they
#: read as the font's private-use code (U+F000 + the byte), which no other font shows.
SYMBOL_BULLETS = {
    "\uf0b7": "•",  # Symbol
    "\uf0a7": "▪",  # Wingdings (Word's second-level bullet)
    "\uf0d8": "➢",
    "\uf0fc": "✓",
    "\uf076": "❖",
    "\uf075": "◆",
    "\uf06e": "■",
}
_SYMBOL_BULLET = re.compile("(?<!\\S)[" + "".join(SYMBOL_BULLETS) + "](?!\\S)")


def normalise_symbol_bullets(text: str) -> str:
    """A private-use bullet standing as a word of its own is the bullet it draws; inside a word such a
    character is some other symbol of the font and stays as it is."""
    if not text or not _SYMBOL_BULLET.search(text):
        return text
    return _SYMBOL_BULLET.sub(lambda m: SYMBOL_BULLETS[m.group(0)], text)


def clean_text(text: str) -> str:
    """Ligatures and presentation forms normalised, Word's symbol-font bullets as bullets, lost
    characters shown as "�"."""
    return normalise_symbol_bullets(normalise_presentation_forms(normalise_ligatures(normalise_lost(text))))


@lru_cache(maxsize=1)
def country_words() -> tuple[str, ...]:
    """Words of country names (short, common and official names of ISO 3166 countries)."""
    words: set[str] = set()
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a runtime dependency
        return ()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                words.update(w for w in _WORD.findall(name) if len(w) > 1)
    # names that UN documents use and ISO spells differently
    words.update({"Kosovo", "Türkiye", "Turkiye", "Côte", "d'Ivoire", "Ivoire", "Eswatini", "Czechia"})
    return tuple(sorted(words))


@dataclass
class Vocabulary:
    """Known words: lower-case form -> count, and the most frequent spelling of each."""

    counts: Counter = field(default_factory=Counter)
    spelling: dict[str, str] = field(default_factory=dict)
    _sorted: list[str] | None = field(default=None, repr=False)
    _by_length: dict[int, list[str]] | None = field(default=None, repr=False)

    @classmethod
    def from_texts(cls, texts: Iterable[str], extra_words: Iterable[str] | None = None) -> "Vocabulary":
        """Vocabulary of the words in ``texts`` plus ``extra_words`` (default: country names).

        Words containing lost characters are left out; so are one-letter words.
        """
        vocab = cls()
        spellings: dict[str, dict[str, int]] = {}
        for text in texts:
            if not text:
                continue
            vocab._add_words(word_tokens(text), spellings)
        return vocab._finish(spellings, extra_words)

    @classmethod
    def from_words(cls, words: Iterable[str], extra_words: Iterable[str] | None = None) -> "Vocabulary":
        """Like :meth:`from_texts` for an iterable of single words."""
        return cls.from_texts([" ".join(words)], extra_words)

    @classmethod
    def from_tokens(cls, tokens: Iterable[str], extra_words: Iterable[str] | None = None) -> "Vocabulary":
        """Like :meth:`from_words` for words already split by :func:`word_tokens`, in the same order
        (a document's pages split as they arrive: :meth:`from_words` of their words is the same
        vocabulary, as no word runs across two)."""
        vocab = cls()
        spellings: dict[str, dict[str, int]] = {}
        vocab._add_words(tokens, spellings)
        return vocab._finish(spellings, extra_words)

    def _finish(self, spellings: dict[str, dict[str, int]],
                extra_words: Iterable[str] | None) -> "Vocabulary":
        extra = country_words() if extra_words is None else extra_words
        self._add_words([w for word in extra for w in word_tokens(word)], spellings)
        # the most frequent spelling, the first of those tied (``Counter.most_common(1)``)
        self.spelling = {low: max(c.items(), key=itemgetter(1))[0] for low, c in spellings.items()}
        return self

    def _add_words(self, words: Iterable[str], spellings: dict[str, dict[str, int]]) -> None:
        # Counted per distinct spelling first (a long document repeats its words): the same counts, and
        # each spelling still enters in the order of its first occurrence. Plain dict operations: a
        # Counter's missing key and a new Counter per word each cost a call in Python.
        self._add_counted(Counter(words).items(), spellings)

    def _add_counted(self, counted: Iterable[tuple[str, int]], spellings: dict[str, dict[str, int]]) -> None:
        """Add each word ``n`` times (words under two letters or with lost characters are left out)."""
        counts = self.counts
        for word, n in counted:
            if len(word) < 2 or LOST in word:
                continue
            low = word.lower()
            counts[low] = counts.get(low, 0) + n
            found = spellings.get(low)
            if found is None:
                spellings[low] = {word: n}
            else:
                found[word] = found.get(word, 0) + n
        self._sorted = None
        self._by_length = None

    def __contains__(self, word: str) -> bool:
        return word.lower() in self.counts

    def __len__(self) -> int:
        return len(self.counts)

    def words(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self.counts)
        return self._sorted

    def _words_of_length(self, lo: int, hi: int) -> Iterable[str]:
        if self._by_length is None:
            by: dict[int, list[str]] = {}
            for w in self.words():
                by.setdefault(len(w), []).append(w)
            self._by_length = by
        for n in range(lo, hi + 1):
            yield from self._by_length.get(n, ())

    def candidates(self, damaged: str, max_fill: int = 3) -> list[str]:
        """Vocabulary words (lower case) that ``damaged`` can stand for: each "�" stands for 1 to
        ``max_fill`` letters."""
        low = damaged.lower()
        parts = low.split(LOST)
        gaps = len(parts) - 1
        if gaps == 0:
            return [low] if low in self.counts else []
        known = sum(len(p) for p in parts)
        if known < 2:  # too little left of the word to identify it
            return []
        lo, hi = known + gaps, known + gaps * max_fill
        pattern = re.compile(
            "".join(re.escape(p) + (f"([^\\W\\d_]{{1,{max_fill}}}?)" if i < gaps else "") for i, p in enumerate(parts))
            + r"\Z"
        )
        prefix, suffix = parts[0], parts[-1]
        if prefix:
            words = self.words()
            start = bisect.bisect_left(words, prefix)
            end = bisect.bisect_left(words, prefix + "\U0010ffff")
            pool: Iterable[str] = (w for w in words[start:end] if lo <= len(w) <= hi)
        else:
            pool = self._words_of_length(lo, hi)
        return [w for w in pool if w.endswith(suffix) and pattern.match(w)]

    def fills(self, damaged: str, word: str, max_fill: int = 3) -> list[str] | None:
        """The letters each "�" of ``damaged`` stands for in ``word`` (or None if it does not fit)."""
        parts = damaged.lower().split(LOST)
        pattern = "".join(
            re.escape(p) + (f"([^\\W\\d_]{{1,{max_fill}}})" if i < len(parts) - 1 else "")
            for i, p in enumerate(parts)
        )
        m = re.fullmatch(pattern, word.lower())
        return list(m.groups()) if m else None


class PageWords:
    """The words of a document's pages for a :class:`Vocabulary`, counted page by page (as the pages
    arrive) and counted back out where a line turns out not to be text of the document (a running
    header): :meth:`vocabulary` is then ``Vocabulary.from_texts`` of the pages' texts, in page order.

    Each page costs a split and a count in C (:func:`hyphenated_words`, a split the hyphenation
    vocabulary of the section texts shares); the words are sorted out (ligatures, hyphens, lower case,
    spellings) once, after the last page, over the document's distinct spellings."""

    def __init__(self) -> None:
        #: spelling -> count of the words :func:`hyphenated_words` finds
        self.tokens: Counter = Counter()

    def add(self, text: str, sign: int = 1) -> None:
        """Count the words of ``text`` (``sign`` -1: count them back out)."""
        self.add_words(hyphenated_words(text), sign)

    def add_words(self, words: list[str], sign: int = 1) -> None:
        """Count words :func:`hyphenated_words` found (``sign`` -1: count them back out)."""
        if sign > 0:
            self.tokens.update(words)
        elif words:
            self.tokens.subtract(Counter(words))

    def vocabulary(self, page_texts: Callable[[], Iterable[str]],
                   extra_words: Iterable[str] | None = None) -> Vocabulary:
        """The vocabulary of the words counted (plus ``extra_words``, default: country names);
        ``page_texts()``: the pages' texts as counted, in order, read again only to tell which of two
        spellings used equally often the text uses first (the word's spelling, as with ``from_texts``)."""
        vocab = Vocabulary()
        spellings: dict[str, dict[str, int]] = {}
        # the words word_tokens finds in each token counted
        vocab._add_counted(((word, n) for token, n in self.tokens.items() if n > 0
                            for word in normalise_ligatures(token).split("-")), spellings)
        extra = country_words() if extra_words is None else extra_words
        extra_tokens = [w for word in extra for w in word_tokens(word)]
        vocab._add_words(extra_tokens, spellings)
        read: list[list[str]] = []
        texts = iter(page_texts())

        def pages() -> Iterator[list[str]]:
            yield from read
            for text in texts:
                read.append(word_tokens(text))
                yield read[-1]

        def first(tied: list[str]) -> str:
            wanted = set(tied)
            for tokens in pages():
                hit = wanted.intersection(tokens)
                if hit:
                    return min(hit, key=tokens.index)
            place: dict[str, int] = {}
            for i, w in enumerate(extra_tokens):
                place.setdefault(w, i)
            return min(tied, key=lambda w: place.get(w, len(extra_tokens)))

        vocab.spelling = _Spellings(spellings, first)  # type: ignore[assignment]
        return vocab


class _Spellings(Mapping):
    """Lower-case form -> the most frequent spelling, the first used of those tied (as ``from_texts``
    has it), worked out when asked: a repair asks for a few words."""

    def __init__(self, spellings: dict[str, dict[str, int]], first: Callable[[list[str]], str]) -> None:
        self._spellings = spellings
        self._first = first
        self._made: dict[str, str] = {}

    def __getitem__(self, low: str) -> str:
        word = self._made.get(low)
        if word is None:
            counts = self._spellings[low]
            best = max(counts.values())
            tied = [w for w, n in counts.items() if n == best]
            word = self._made[low] = tied[0] if len(tied) == 1 else self._first(tied)
        return word

    def __iter__(self) -> Iterator[str]:
        return iter(self._spellings)

    def __len__(self) -> int:
        return len(self._spellings)


SOFT_HYPHEN = "\u00ad"
_SOFT = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)\u00ad([^\W\d_]+)")


def resolve_soft_hyphens(text: str, vocabulary: "Vocabulary | None" = None) -> str:
    """Decide each line-end hyphen marked with a soft hyphen (U+00AD): a word broken across lines
    ("part\u00adnerships" -> "partnerships") when the joined word is known to the vocabulary,
    otherwise a real hyphen ("whole-of\u00adgovernment" -> "whole-of-government")."""
    if SOFT_HYPHEN not in text:
        return text

    def fix(m: re.Match) -> str:
        head, tail = m.group(1), m.group(2)
        joined = (head.rsplit("-", 1)[-1] + tail).lower()
        if vocabulary is not None and joined in vocabulary.counts:
            return head + tail
        return head + "-" + tail

    text = _SOFT.sub(fix, text)
    return text.replace(SOFT_HYPHEN, "-")


_PAIR = re.compile(r"\b([^\W\d_]{3,}) ([^\W\d_A-Z][^\W\d_]*)\b")


def join_split_words(texts: list[str], vocabulary: Vocabulary) -> list[str]:
    """Words broken at a line end whose hyphen the PDF does not carry ("socioeconom ic"), joined again.

    Two neighbouring words "a b" (b in lower case) are one broken word when the joined word is a word
    of the document (``vocabulary``, made of every word on its pages) and neither part is: each part
    occurs in the document only where it stands beside the other (or, for the second part, beside
    other such first parts: "econom ic", "socioeconom ic"). Parts of at least 3 and 2 letters.
    Returns the texts, changed where a broken word was found."""
    pairs: dict[tuple[str, str], int] = {}
    for text in texts:
        for m in _PAIR.finditer(text or ""):
            key = (m.group(1).lower(), m.group(2).lower())
            pairs[key] = pairs.get(key, 0) + 1
    if not pairs:
        return list(texts)
    as_first: dict[str, int] = {}
    as_second: dict[str, int] = {}
    for (a, b), n in pairs.items():
        as_first[a] = as_first.get(a, 0) + n
        as_second[b] = as_second.get(b, 0) + n
    counts = vocabulary.counts
    broken = {
        (a, b) for (a, b), n in pairs.items()
        if len(b) >= 2 and counts.get(a + b, 0) > 0
        and counts.get(a, 0) <= as_first[a] and counts.get(b, 0) <= as_second[b]
    }
    if not broken:
        return list(texts)

    def fix(m: re.Match) -> str:
        key = (m.group(1).lower(), m.group(2).lower())
        return m.group(1) + m.group(2) if key in broken else m.group(0)

    return [_PAIR.sub(fix, text) if text else text for text in texts]


@dataclass
class Repair:
    """Result of :func:`repair_lost_characters`.

    ``fixes``: (start, end, old, new) with positions in the ORIGINAL text;
    ``unresolved``: (start, end, old, candidates) for damaged words left as they were.
    """

    text: str
    fixes: list[tuple[int, int, str, str]] = field(default_factory=list)
    unresolved: list[tuple[int, int, str, list[str]]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.fixes)


def _apply_case(template: str, word: str) -> str:
    """Spell ``word`` (the vocabulary's spelling) with the case pattern of the damaged ``template``."""
    letters = [c for c in template if c != LOST and c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return word.upper()
    if letters and all(c.islower() for c in letters):
        # keep a capital the vocabulary has at the start only when the damaged word starts with "�"
        if template[0] == LOST and word[:1].isupper():
            return word
        return word.lower()
    if template[0].isupper() and word[:1].islower():
        return word[:1].upper() + word[1:]
    return word


def _choose(damaged: str, candidates: list[str], vocabulary: Vocabulary) -> str | None:
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) > 1:
        ligature_fits = [
            w for w in candidates if all(f in LIGATURE_FILLS for f in (vocabulary.fills(damaged, w) or ["?"]))
        ]
        if len(ligature_fits) == 1:
            return ligature_fits[0]
    return None


def repair_lost_characters(text: str, vocabulary: Vocabulary) -> Repair:
    """Repair words with lost characters ("�", or ``(cid:NN)``) where exactly one vocabulary word fits.

    Damaged words with no fitting word, or several, are left unchanged and listed in
    ``Repair.unresolved`` with their candidates (so a user can choose; nothing is guessed).
    """
    if not text or (LOST not in text and "(cid:" not in text):
        return Repair(text)
    # positions are reported in the original text: map (cid:NN) spans to single lost characters
    if "(cid:" in text:
        spans: list[tuple[int, int]] = []  # for each char of the normalised text, its original span
        pos = 0
        normalised_chars: list[str] = []
        for m in _CID.finditer(text):
            for i in range(pos, m.start()):
                normalised_chars.append(text[i])
                spans.append((i, i + 1))
            normalised_chars.append(LOST)
            spans.append((m.start(), m.end()))
            pos = m.end()
        for i in range(pos, len(text)):
            normalised_chars.append(text[i])
            spans.append((i, i + 1))
        work = "".join(normalised_chars)
    else:
        work = text
        spans = None  # identity
    out: list[str] = []
    fixes: list[tuple[int, int, str, str]] = []
    unresolved: list[tuple[int, int, str, list[str]]] = []
    last = 0
    for m in _DAMAGED.finditer(work):
        token = m.group(0)
        start, end = m.start(), m.end()
        o_start = spans[start][0] if spans else start
        o_end = spans[end - 1][1] if spans else end
        old = text[o_start:o_end]
        letters = sum(1 for c in token if c != LOST)
        if letters == 0:
            continue  # a lone lost glyph (bullet, symbol): nothing to repair from
        candidates = vocabulary.candidates(token)
        chosen = _choose(token, candidates, vocabulary)
        if chosen is None:
            unresolved.append(
                (o_start, o_end, old, [vocabulary.spelling.get(w, w) for w in candidates[:10]])
            )
            continue
        new = _apply_case(token, vocabulary.spelling.get(chosen, chosen))
        out.append(text[last:o_start])
        out.append(new)
        last = o_end
        fixes.append((o_start, o_end, old, new))
    out.append(text[last:])
    return Repair("".join(out) if fixes else text, fixes, unresolved)
