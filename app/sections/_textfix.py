"""Text repair used by the section tree: the shared :mod:`app.textfix` when it is there.

``app/textfix.py`` (ligature normalisation and lost-character repair) is owned by the table stream.
Until it lands, ligature code points are normalised here with Unicode NFKC (on those code points only,
so "²" or "ﬁ" in other contexts are not touched beyond the ligatures).
"""

from __future__ import annotations

import unicodedata

try:  # pragma: no cover - depends on the other stream's progress
    from ..textfix import normalise_ligatures as _shared_normalise
except Exception:  # ImportError until app/textfix.py exists
    _shared_normalise = None

# Latin ligatures U+FB00..U+FB06 (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) and U+0132/0133 (Ĳ ĳ), U+0152/0153 are real letters.
_LIGATURES = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
_LIGATURES.update({"\u0132": "IJ", "\u0133": "ij"})
_TABLE = str.maketrans(_LIGATURES)


def normalise_ligatures(text: str) -> str:
    if _shared_normalise is not None:
        return _shared_normalise(text)
    return text.translate(_TABLE) if text else text
