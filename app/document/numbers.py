"""Parsing numbers as printed in appeal tables.

``parse_number("12,500,000¹")`` -> ``Parsed(value=12500000, note="1")``. Handles thousands separators
(",", ".", normal, thin and no-break spaces), decimal comma or point, parentheses and minus signs as
negatives, percentages, currency prefixes/suffixes and footnote markers. Texts meaning "nothing"
("-", "–", "—", "n/a", "..", French and Spanish "n.d.", "s.o.", "néant", statistical flags such as "(X)")
parse to ``value=None`` with ``empty=True``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NOTHING = {"-", "–", "—", "‒", "―", "−", "--", "n/a", "na", "n.a.", "n.a", "..", "...", "…", "nil", "x",
           # French and Spanish: non disponible / no disponible, sans objet, sin datos, néant
           "n.d.", "n/d", "nd", "s.o.", "s/o", "s.d.", "s/d", "néant"}
# Statistical agencies' flags for a figure not given, in brackets: "(X)" not applicable, "(NA)" not
# available, "(D)" withheld, "(Z)" under half a unit, "(S)" below standards. Capitals only: "(a)" is a
# note's label.
_FLAG = re.compile(r"[A-Z]{1,2}")
# a figure masked or suppressed: "*", "**", "***.*"
_MASKED = re.compile(r"\*{1,4}(?:[.,]\*{1,3})?")
_SUPERSCRIPTS = {"⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9"}
_CURRENCY = re.compile(
    r"^(?:US\$|USD|EUR|GBP|CHF|AUD|CAD|\$|€|£|¥|₹|Fr\.?)\s*|\s*(?:USD|EUR|GBP|CHF|\$|€|£)$", re.IGNORECASE
)
_SPACES = "\u00a0\u2009\u202f\u2007 "
_MINUS = "-−–‒—"
# After separators are removed: digits with at most one decimal separator.
_BODY = re.compile(r"^\d+(?:[.,]\d+)?$|^[.,]\d+$")
#: the last group of a figure whose thousands are set apart by spaces ("12 345.6")
_LAST_GROUP = re.compile(r"^\d{3}(?:[.,]\d+)?$")
#: a note mark after a figure ("12*", "40†", "7[a]", "3 (b)")
_NOTE_AFTER = re.compile(r"\s*(\*+|†|‡|\[\w{1,3}\]|\(\s*[a-z]\s*\))$")


#: Currency signs and the ISO 4217 code each stands for in a table of one document; "$" and "¥" are
#: left as signs (several currencies print them).
_SIGNS = {"$": "$", "US$": "USD", "U.S.$": "USD", "USD$": "USD", "£": "GBP", "€": "EUR", "¥": "¥", "₹": "INR",
          "₦": "NGN", "₵": "GHS", "GH₵": "GHS", "GH¢": "GHS", "¢": "GHS", "₽": "RUB", "₩": "KRW", "₪": "ILS",
          "฿": "THB", "R$": "BRL", "FR.": "CHF", "FCFA": "XOF", "CFA": "XOF", "KSH": "KES", "KSHS": "KES"}


def currency_code(text: str) -> str | None:
    """The currency a cell names on its own ("GBP £" -> "GBP", "US $" -> "USD", "€" -> "EUR", "GHS"),
    else None. A code beside "$" or "¥" is that code ("AUD $" -> "AUD"); two codes name none ("GBP EUR").
    ISO 4217 codes are checked against pycountry's
    list, so "ICB" or "NCB" (methods of procurement) are no currencies."""
    compact = re.sub(r"\s+", "", text or "").upper()
    if not compact:
        return None
    if compact in _SIGNS:
        return _SIGNS[compact]
    codes = set()
    for token in (text or "").split():
        token = token.strip().upper()
        if token in _SIGNS:
            codes.add(_SIGNS[token])
        elif re.fullmatch(r"[A-Z]{3}", token) and _iso_currency(token):
            codes.add(token)
        else:
            return None
    if len(codes - {"$", "¥"}) == 1:
        return next(iter(codes - {"$", "¥"}))
    return next(iter(codes)) if len(codes) == 1 else None


def _iso_currency(code: str) -> bool:
    import pycountry

    return pycountry.currencies.get(alpha_3=code) is not None


@dataclass(frozen=True)
class Parsed:
    value: int | float | None
    note: str | None = None
    percent: bool = False
    #: True for the texts that mean "nothing" ("-", "n/a" ...).
    empty: bool = False


def _split_note(text: str) -> tuple[str, str | None]:
    """Split a trailing footnote marker: superscript digits, '*', '†', '‡' or a bracketed marker."""
    note_chars = []
    while text and text[-1] in _SUPERSCRIPTS:
        note_chars.append(_SUPERSCRIPTS[text[-1]])
        text = text[:-1]
    if note_chars:
        return text.rstrip(), "".join(reversed(note_chars))
    m = _NOTE_AFTER.search(text)
    if m and m.start() > 0:
        return text[: m.start()].rstrip(), m.group(1).strip("[]() ")
    return text, None


def _normalise_separators(body: str, decimal: str | None) -> str | None:
    """Return body with thousands separators removed and '.' as the decimal point, or None."""
    for sp in _SPACES:
        if sp in body:
            groups = body.split(sp)
            if not all(groups) or not all(len(g) == 3 and g.isdigit() for g in groups[1:-1]):
                return None
            last = groups[-1]
            if not _LAST_GROUP.match(last):
                return None
            body = "".join(groups)
    commas, dots = body.count(","), body.count(".")
    if commas and dots:
        # the last separator is the decimal one
        dec = "," if body.rfind(",") > body.rfind(".") else "."
        thou = "." if dec == "," else ","
        head, _, tail = body.rpartition(dec)
        if not _valid_groups(head, thou):
            return None
        return head.replace(thou, "") + "." + tail
    sep = "," if commas else "." if dots else ""
    if not sep:
        return body
    count = commas or dots
    head, _, tail = body.rpartition(sep)
    if count > 1:
        # several of the same separator: thousands
        return body.replace(sep, "") if _valid_groups(body, sep) else None
    # exactly one separator: thousands if followed by exactly three digits and not declared decimal
    if decimal == sep:
        return head + "." + tail
    if decimal is not None and decimal != sep:
        return body.replace(sep, "") if _valid_groups(body, sep) else None
    if len(tail) == 3 and head and head != "0" and len(head) <= 3:
        return head + tail
    return head + "." + tail


def _valid_groups(text: str, sep: str) -> bool:
    groups = text.split(sep)
    if not groups[0] or len(groups[0]) > 3:
        return False
    return all(len(g) == 3 for g in groups[1:])


def means_nothing(text: str) -> bool:
    """A text standing for no figure: "-", "n/a", "..." (``NOTHING``), the same in brackets ("(x)",
    "[-]"), a statistical flag in brackets ("(X)", "(NA)", "(D)"), or a masked figure ("*", "***.*")."""
    t = " ".join(text.split())
    if t.lower() in NOTHING or _MASKED.fullmatch(t):
        return True
    if len(t) < 3 or t[0] not in "([" or t[-1] != {"(": ")", "[": "]"}[t[0]]:
        return False
    inner = t[1:-1].strip()
    return inner.lower() in NOTHING or bool(_FLAG.fullmatch(inner))


def parse_number(text: str, decimal: str | None = None) -> Parsed | None:
    """Parse a printed number; None when the text is not a number at all.

    ``decimal`` forces the decimal separator ("," or ".") when the table's locale is known.
    """
    if text is None:
        return None
    raw = " ".join(str(text).split())
    if not raw:
        return None
    if means_nothing(raw):
        return Parsed(None, empty=True)
    s, note = _split_note(raw)
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1].strip()
    s = _CURRENCY.sub("", s).strip()
    if s and s[0] in _MINUS + "△▲":  # "△525": the minus of Japanese accounts
        negative, s = not negative, s[1:].strip()
    elif s.startswith("+"):
        s = s[1:].strip()
    s = _CURRENCY.sub("", s).strip()
    percent = s.endswith("%")
    if percent:
        s = s[:-1].strip()
    if not s or not s[0].isdigit() and s[0] not in ".,":
        return None
    body = _normalise_separators(s, decimal)
    if body is None or not _BODY.match(body):
        return None
    value: int | float = float(body) if "." in body else int(body)
    if negative:
        value = -value
    return Parsed(value, note=note, percent=percent)


def format_number(value: int | float | None, decimals: int | None = None) -> str:
    """Format with a comma thousands separator (the house style of the exports)."""
    if value is None:
        return "-"
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
    return f"{value:,.{decimals}f}"


_GROUPED = re.compile(r"^\(?[-−]?\d{1,3}(?:([,.\u00a0\u202f\u2009 ])\d{3})+(?:[.,]\d+)?\)?$")


def format_like(text: str, neighbours: "list[str]") -> str:
    """``text`` (a number typed by the user, "710000") written the way the column's other figures are
    printed ("700,000" -> "710,000"; "700 000" -> "710 000"). Only a plain whole number typed without
    separators is rewritten, and only when the column's grouped figures agree on one separator;
    anything else is returned as typed."""
    typed = (text or "").strip()
    if not re.fullmatch(r"-?\d{4,}", typed):
        return text
    seps = set()
    for other in neighbours:
        m = _GROUPED.match((other or "").strip())
        if m:
            seps.add(m.group(1))
    if len(seps) != 1:
        return text
    sep = seps.pop()
    grouped = f"{int(typed):,}".replace(",", sep)
    parsed = parse_number(grouped)
    return grouped if parsed is not None and parsed.value == int(typed) else text  # never a different number


#: Letters OCR confuses with digits, and the digit each looks like.
LOOKALIKES = {"O": "0", "o": "0", "D": "0", "Q": "0", "l": "1", "I": "1", "|": "1", "i": "1",
              "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2", "G": "6", "g": "9", "q": "9"}


def lookalike_number(text: str) -> str | None:
    """The number ``text`` would be if its look-alike letters were digits, when it is otherwise made
    of digits and separators ("1O0,000" -> "100,000"); None for real words and plain numbers. Used
    to flag a cell, never to change it."""
    stripped = text.strip()
    if not stripped or not any(ch.isdigit() for ch in stripped):
        return None
    if not any(ch in LOOKALIKES for ch in stripped):
        return None
    candidate = "".join(LOOKALIKES.get(ch, ch) for ch in stripped)
    if re.fullmatch(r"[\d][\d,.\s ]*%?", candidate) and sum(ch.isdigit() for ch in stripped) >= 2:
        return candidate
    return None
