"""Opening source PDFs: identity (SHA-256), metadata, and clear errors for bad input.

Every failure to read a PDF is raised as a :class:`PdfError` subclass whose message is one sentence a
user can act on; callers (GUI, command line) show ``str(error)`` and never a traceback.
"""

from __future__ import annotations

import atexit
import hashlib
import io
import logging
import os
import re
import threading
import weakref
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from app.document.messages import N_, Message
from app.document.model import SourceDocument


class PdfError(Exception):
    """A PDF could not be used. ``str(err)`` is a user-facing sentence."""


class PdfNotFoundError(PdfError):
    pass


class PdfPasswordError(PdfError):
    """The PDF is encrypted and no (or a wrong) password was given."""

    def __init__(self, path: str | os.PathLike, wrong: bool) -> None:
        self.path = str(path)
        self.wrong = wrong
        name = Path(path).name
        if wrong:
            super().__init__(Message.of(N_("PdfError", "{name}: the password is not correct."), name=name))
        else:
            super().__init__(Message.of(N_("PdfError", "{name} is encrypted: a password is needed to open it."),
                                        name=name))


class PdfMalformedError(PdfError):
    pass


def sha256_file(path: str | os.PathLike, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def check_readable(path: Path, name: str | None = None) -> None:
    """Raise the user-facing :class:`PdfError` for a path that is missing, a folder, empty or no PDF."""
    label = name or path.name
    if not path.exists():
        raise PdfNotFoundError(Message.of(N_("PdfError", "{path}: no such file."), path=str(path)))
    if path.is_dir():
        raise PdfNotFoundError(Message.of(N_("PdfError", "{path} is a folder, not a PDF file."), path=str(path)))
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise PdfNotFoundError(Message.of(N_("PdfError", "{name}: cannot be read ({error})."), name=label,
                                          error=str(exc.strerror or exc))) from exc
    if size == 0:
        raise PdfMalformedError(Message.of(N_("PdfError", "{name} is empty (0 bytes)."), name=label))
    if b"%PDF" not in head and not _damaged_header(head):
        raise PdfMalformedError(Message.of(N_("PdfError", "{name} is not a PDF file."), name=label))


def _damaged_header(head: bytes) -> bool:
    """A PDF header with one byte of "%PDF-" damaged ("'PDF-1.5"): still a PDF, for the repair to try."""
    for m in re.finditer(rb"(?=(.{5})\d\.\d)", head, re.S):
        if sum(a != b for a, b in zip(m.group(1), b"%PDF-")) <= 1:
            return True
    return False


def translate_error(exc: BaseException, path: Path, password: str | None, name: str | None = None) -> PdfError:
    """Map pdfminer/pdfplumber exceptions onto our user-facing errors (naming ``name``, the document
    as the user knows it, rather than a cached copy's file name)."""
    inner = getattr(exc, "args", [None])[0] if exc.args else None
    names = {type(exc).__name__, type(inner).__name__ if inner is not None else ""}
    if "PDFPasswordIncorrect" in names or "PDFEncryptionError" in names:
        return PdfPasswordError(name or path, wrong=bool(password))
    detail = str(inner or exc).strip() or type(exc).__name__
    return PdfMalformedError(Message.of(N_("PdfError", "{name} is damaged or not a valid PDF ({detail})."),
                                        name=name or path.name, detail=detail))


# pdfminer reports what it works around in damaged files through ``logging`` ("Could not get FontBBox",
# "Ignoring wrong pointing object"), and pikepdf passes qpdf's messages on the same way ("Pages tree
# includes non-dictionary object"); with no handler configured Python prints those warnings on stderr.
# They are not the user's business (what matters comes back as a PdfError or a page warning).
#: pdfium is not thread safe, not even across documents: every pdfium call of this process holds this
#: lock (the GUI's page rendering takes the same one, widgets/rendering.py). Worker processes never
#: wait on it; an extraction run inside the GUI process (``workers=0``) shares pdfium with rendering.
PDFIUM_LOCK = threading.RLock()


def pdfium_boxes(pdf_page) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """A pypdfium2 page's media and crop boxes as pdfium lays the page out (issue #13).

    pdfium's per-page box calls read the page's own dictionary only, and pypdfium2 then answers US
    Letter; a box inherited from the page tree (xdvipdfmx writes the media box once on the root
    ``/Pages`` node) is the page's too, so an absent one stands as pdfium's bounding box of the page
    (the crop box within the media box, inheritance included)."""
    mb = pdf_page.get_mediabox(fallback_ok=False)
    cb = pdf_page.get_cropbox(fallback_ok=False)
    if mb is None or cb is None:
        bb = tuple(pdf_page.get_bbox())
        mb, cb = mb or bb, cb or bb
    return tuple(mb), tuple(cb)



#: Set when the interpreter starts to exit: from then on pypdfium2 closes nothing (see below).
_exiting = False


def _close_under_the_lock() -> None:
    """pypdfium2 closes a document, page or text page that nobody closed when the garbage collector
    finds it, on whichever thread collects it: a pdfium call beside another thread's (a crash seen
    while the GUI extracted in its own process and drew pages). Its closing function takes the lock
    too, for every object made from here on.

    At exit pypdfium2 closes every object still open and then destroys the library, from the main
    thread, while a thread that is still running (the GUI's extraction or rendering thread when the
    window closes mid-run; a Qt thread is not joined) keeps using them: a segfault at exit, every
    time a page is read after that (tests/test_pdfium_threads.py). Nothing needs closing then (the
    documents are only read; the system takes the memory back), so from the start of the exit
    nothing is closed and the library stays loaded."""
    try:
        import pypdfium2.internal.bases as bases
    except Exception:  # another pypdfium2 layout: closes stay as they are
        return
    close = getattr(bases, "_close_template", None)
    if close is None or getattr(close, "takes_pdfium_lock", False):
        return

    def close_locked(info, owner):
        if _exiting:
            return
        with PDFIUM_LOCK:
            close(info, owner)

    close_locked.takes_pdfium_lock = True
    bases._close_template = close_locked
    try:
        from pypdfium2._library_scope import destroy_lib

        atexit.unregister(destroy_lib)
    except Exception:  # another pypdfium2 layout: its exit stays as it is
        pass
    # atexit runs the last registered first: the closing of open objects at exit by weakref.finalize
    # is registered now (a finalizer made once does it), so that the flag below is set before it
    if not getattr(weakref.finalize, "_registered_with_atexit", True):
        weakref.finalize(_Anchor(), int)
    atexit.register(_stop_closing)


class _Anchor:
    """Something a finalizer can be attached to."""


def _stop_closing() -> None:
    global _exiting
    _exiting = True


_close_under_the_lock()


for _parser in ("pdfminer", "pikepdf"):
    logging.getLogger(_parser).addHandler(logging.NullHandler())
    logging.getLogger(_parser).propagate = False


def _pdfium_pages(source: Path | bytes, password: str | None) -> int | None:
    """Pages pdfium finds (it rebuilds a damaged cross-reference table itself); None if it cannot open."""
    with PDFIUM_LOCK:  # pdfium is not thread-safe: the GUI renders pages on another thread
        return _pdfium_pages_locked(source, password)


def _pdfium_pages_locked(source: Path | bytes, password: str | None) -> int | None:
    try:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(source if isinstance(source, bytes) else str(source), password=password)
    except Exception:
        return None
    try:
        return len(doc)
    finally:
        doc.close()


_BOXES = ("/CropBox", "/BleedBox", "/TrimBox", "/ArtBox")


def _box_ok(box) -> bool:
    try:
        values = [float(v) for v in box]
    except Exception:
        return False
    return len(values) == 4 and values[2] != values[0] and values[3] != values[1]


_FILTERS = ("/FlateDecode", "/ASCII85Decode", "/ASCIIHexDecode", "/LZWDecode", "/RunLengthDecode",
            "/CCITTFaxDecode", "/DCTDecode", "/JBIG2Decode", "/JPXDecode", "/Crypt")


def _name_text(name) -> str:
    try:
        return str(name)
    except UnicodeDecodeError:  # not UTF-8 after a flipped byte: its escaped form ("/FlateDecode#B4")
        return bytes(name.unparse()).decode("latin-1")


def _fix_filter_names(pdf) -> None:
    """A filter name with a flipped byte after it ("/FlateDecode\x05") makes pdfminer give up on the
    whole page that uses the stream (a font, an image); pdfium reads past it. Such names get their
    known filter back."""
    import pikepdf

    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Stream):
            continue
        filters = obj.get("/Filter")
        names = list(filters) if isinstance(filters, pikepdf.Array) else [filters] if filters is not None else []
        fixed, changed = [], False
        for name in names:
            text = _name_text(name)
            if text not in _FILTERS:
                known = next((f for f in _FILTERS if text.startswith(f)), None)
                if known is not None:
                    name, changed = pikepdf.Name(known), True
            fixed.append(name)
        if changed:
            obj.Filter = fixed[0] if len(fixed) == 1 else pikepdf.Array(fixed)


def _normalise_pages(pdf) -> None:
    """Give every page what pdfminer insists on: a page box of four numbers (a damaged one becomes US
    Letter; damaged optional boxes are dropped), a whole-number rotation, a resource dictionary, known
    filter names and content streams that decode."""
    try:
        _fix_filter_names(pdf)
    except Exception:  # pragma: no cover - best effort
        pass
    for page in pdf.pages:
        try:
            _normalise_page(page)
        except Exception:  # one page qpdf cannot even inspect: leave it to the page's own warning
            continue


def _normalise_page(page) -> None:
    import pikepdf

    obj = page.obj
    try:
        box = page.mediabox
    except Exception:
        box = None
    if box is None or not _box_ok(box):
        obj.MediaBox = pikepdf.Array([0, 0, 612, 792])
    for key in _BOXES:
        if key in obj and not _box_ok(obj[key]):
            del obj[key]
    if "/Rotate" in obj:
        try:
            int(obj.Rotate)
        except Exception:
            del obj["/Rotate"]
    resources = obj.get("/Resources")
    if resources is not None and not isinstance(resources, pikepdf.Dictionary):
        obj.Resources = pikepdf.Dictionary()
    contents = obj.get("/Contents")
    streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
    for stream in streams:
        if isinstance(stream, pikepdf.Stream):
            _decode_leniently(stream)


def _decode_leniently(stream) -> None:
    """A content stream whose filters fail (a flipped byte in ASCII85 or Flate data) is replaced by
    what can still be decoded, as pdfium reads it, instead of losing the whole page."""
    import pikepdf

    filters = stream.get("/Filter")
    names = [_name_text(f) for f in (filters if isinstance(filters, pikepdf.Array) else [filters] if filters else [])]
    try:
        decoded = stream.read_bytes()
    except Exception:
        decoded = None
    if decoded is not None:
        # qpdf keeps what decodes before damaged Flate data; pdfminer drops the whole stream
        if names[:1] in (["/FlateDecode"], ["/Fl"]) and not _flate_intact(stream.read_raw_bytes()):
            stream.write(decoded)
        return
    from app.source.salvage import MAX_STREAM, decode_leniently

    data = decode_leniently(stream.read_raw_bytes(), names, MAX_STREAM)
    if data is not None:  # else a filter we do not repair: the stream stays as it is
        stream.write(data)  # unfiltered from now on


def _flate_intact(data: bytes) -> bool:
    import zlib

    try:
        zlib.decompress(data)
        return True
    except zlib.error:
        return False


def _repair_qpdf(source: Path | bytes, password: str | None) -> bytes | None:
    """The file rewritten by qpdf (through pikepdf), which rebuilds the cross-reference table, drops
    what it cannot parse and decrypts; page boxes pdfminer would refuse are normalised (the copy stays
    in memory)."""
    try:
        import pikepdf
    except ImportError:  # pragma: no cover - declared dependency
        return None
    try:
        src = io.BytesIO(source) if isinstance(source, bytes) else source
        with pikepdf.open(src, password=password or "", attempt_recovery=True) as pdf:
            if len(pdf.pages) == 0:
                return None
            _normalise_pages(pdf)
            out = io.BytesIO()
            pdf.save(out, encryption=False, fix_metadata_version=False)
            return out.getvalue()
    except Exception:  # qpdf gives up: another way may still work
        return None


def _repair_pdfium(data: bytes, password: str | None) -> bytes | None:
    """The file as pdfium reads it, written back out (pdfium recovers some files qpdf does not)."""
    with PDFIUM_LOCK:  # pdfium is not thread-safe: the GUI renders pages on another thread
        return _repair_pdfium_locked(data, password)


def _repair_pdfium_locked(data: bytes, password: str | None) -> bytes | None:
    try:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(data, password=password)
    except Exception:
        return None
    try:
        if len(doc) == 0:
            return None
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()
    except Exception:
        return None
    finally:
        doc.close()


_OBJ_START = re.compile(rb"(?<![0-9])(\d{1,10})\s+(\d{1,5})\s+obj\b")
_PAGE_TYPE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def _salvage_pages(data: bytes) -> bytes | None:
    """When the document catalog or the page tree is lost (a truncated download keeps the pages but not
    the tail, where most producers write them): a new page tree over every page object still in the
    file, appended with a trailer that points at it. The result still needs a repairing reader."""
    pages: list[tuple[int, int]] = []
    highest = 0
    starts = list(_OBJ_START.finditer(data))
    for i, m in enumerate(starts):
        num, gen = int(m.group(1)), int(m.group(2))
        highest = max(highest, num)
        end = starts[i + 1].start() if i + 1 < len(starts) else len(data)
        body = data[m.end():end]
        stop = body.find(b"stream")
        head = body if stop < 0 else body[:stop]
        if _PAGE_TYPE.search(head):
            pages.append((num, gen))
    if not pages:
        return None
    seen: dict[int, int] = {}
    for num, gen in pages:  # an incremental update may repeat a page: the later copy wins
        seen[num] = gen
    kids = " ".join(f"{n} {g} R" for n, g in seen.items())
    root, tree = highest + 2, highest + 1
    tail = (
        f"\n{tree} 0 obj\n<< /Type /Pages /Kids [{kids}] /Count {len(seen)} /MediaBox [0 0 612 792] >>\nendobj\n"
        f"{root} 0 obj\n<< /Type /Catalog /Pages {tree} 0 R >>\nendobj\n"
        f"trailer\n<< /Size {root + 1} /Root {root} 0 R >>\n%%EOF\n"
    ).encode()
    # a file cut inside a stream: close it, so the part before the cut can still be read (Flate data
    # decodes up to where it stops)
    last = data.rfind(b"stream")
    if last >= 0 and data.rfind(b"endstream") < last - 3:
        data = data + b"\nendstream\nendobj\n"
    return data + tail


def _rebuilt(data: bytes) -> bytes | None:
    """The file rebuilt from the objects still in its bytes (:mod:`app.source.salvage`: what object
    streams still decode, a new page tree, pages for content streams that lost their page), then
    normalised like every repaired copy."""
    from app.source.salvage import rebuild

    try:
        result = rebuild(data)
    except Exception:  # best effort: the other repairs have had their turn
        return None
    if result is None:
        return None
    return _repair_qpdf(result.data, None) or result.data


def _plumber_pages(data: bytes) -> int:
    """Pages pdfplumber reads from ``data`` (0 when it cannot)."""
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return len(pdf.pages)
    except Exception:
        return 0


def repaired_bytes(path: str | os.PathLike, password: str | None = None, want: int = 1) -> bytes | None:
    """A rewritten, decrypted copy of a damaged PDF that pdfplumber reads with at least ``want``
    pages, each with content, if one can be made, else the readable copy with the most pages (then
    the most content), else None. Tried in turn: qpdf's repair; pdfium's reading written back out
    (pdfium recovers some files qpdf does not), then tidied by qpdf; the file rebuilt from the objects
    still in its bytes (:mod:`app.source.salvage`: damaged object streams, lost page dictionaries, a
    stream cut by the end of the file); and a new page tree over the page objects left in the file (a
    truncated file keeps the pages before the cut), read by pdfium or qpdf."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError:
        return None
    best: bytes | None = None
    best_score = (0, 0)

    def attempts():
        yield lambda: _repair_qpdf(data, password)
        yield lambda: _repair_qpdf(_repair_pdfium(data, password) or b"", None)
        if b"/Encrypt" not in data:  # objects read from the bytes would still be encrypted
            yield lambda: _rebuilt(data)
        salvaged = _salvage_pages(data)
        if salvaged is not None:
            yield lambda: _repair_qpdf(_repair_pdfium(salvaged, password) or b"", None)
            yield lambda: _repair_qpdf(salvaged, password)

    for attempt in attempts():
        candidate = attempt()
        if not candidate:
            continue
        pages = _plumber_pages(candidate)
        if not pages:
            continue
        content, empty = _content_bytes(candidate)
        # more pages first; for as many pages, more content (qpdf drops a stream cut by the end of
        # the file, the rebuild keeps what is there)
        if (pages, content) > best_score:
            best, best_score = candidate, (pages, content)
        if best_score[0] >= want and not empty:
            break
    return best


def _content_bytes(data: bytes) -> tuple[int, int]:
    """Decoded content-stream bytes of all pages of ``data`` (capped), and the pages with none."""
    try:
        import pikepdf

        total, empty = 0, 0
        with pikepdf.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                size = 0
                try:
                    contents = page.obj.get("/Contents")
                    streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
                    for stream in streams:
                        if isinstance(stream, pikepdf.Stream):
                            size += len(stream.read_bytes())
                except Exception:
                    pass
                total += size
                empty += size == 0
                if total > 1 << 28:
                    break
        return total, empty
    except Exception:
        return 0, 1


def open_plumber(path: str | os.PathLike, password: str | None = None, name: str | None = None):
    """A pdfplumber PDF of ``path`` with its page list read; the caller closes it.

    A file pdfminer cannot open, or in which it finds fewer pages than pdfium does, is repaired in
    memory (:func:`repaired_bytes`) and the repaired copy is opened instead; ``pdf.bb_repaired`` then
    says so. Errors are :class:`PdfError` naming ``name`` (default: the file's name).
    """
    import pdfplumber

    p = Path(path)
    label = name or p.name
    check_readable(p, label)
    pdf = None
    error: PdfError | None = None
    try:
        pdf = pdfplumber.open(p, password=password or "")
        found = len(pdf.pages)  # forces the page tree to be read, where malformed files fail
    except Exception as exc:  # pdfminer raises many unrelated types on bad input
        if pdf is not None:
            _close_quietly(pdf)
        pdf = None
        error = translate_error(exc, p, password, label)
        if isinstance(error, PdfPasswordError):
            raise error from exc
        found = 0
    expected = _pdfium_pages(p, password)
    if pdf is not None and found > 0 and (expected is None or found >= expected):
        _upright_media_boxes(pdf)
        pdf.bb_repaired = False
        pdf.bb_damage = ""
        return pdf
    fixed = repaired_bytes(p, password, want=max(1, expected or 0, found))
    if fixed is not None:
        try:
            candidate = pdfplumber.open(io.BytesIO(fixed))
            if len(candidate.pages) > found:
                _upright_media_boxes(candidate)
                if pdf is not None:
                    _close_quietly(pdf)
                candidate.bb_repaired = True
                candidate.bb_damage = _damage_note(p, label, candidate, expected)
                return candidate
            _close_quietly(candidate)
        except Exception:
            pass
    if pdf is not None:  # the repair did no better: what pdfminer found
        _upright_media_boxes(pdf)
        pdf.bb_repaired = False
        pdf.bb_damage = ""
        return pdf
    raise error or PdfMalformedError(Message.of(N_("PdfError", "{name} is damaged: no page could be read."),
                                                   name=label))


def _upright_media_boxes(pdf) -> None:
    """Every page read in its own frame, (0, 0) at its top left corner, as the window draws it.

    A media box written corners first-last the other way round ([0 0 612 -792]: its top below its
    bottom) is laid out by pdfminer from its first corner, which pdfplumber then takes for the
    bottom: every word landed a page or two below the page (pdfplumber issue #1332), the tables were
    drawn off the page and a rectangle drawn on it found nothing. pdfminer is given the box with its
    corners in order; and a box whose corner is not at the origin ([0 792 612 1584], [-12 12 600
    804]) is read with its corner as the origin (pdfplumber keeps the offset in every coordinate,
    the window and pdfium do not)."""
    for page in pdf.pages:
        obj = page.page_obj
        box = getattr(obj, "mediabox", None)
        try:
            x0, y0, x1, y1 = (float(v) for v in box)
        except (TypeError, ValueError):
            continue
        if x1 < x0 or y1 < y0:
            obj.mediabox = [min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)]
        left, top = float(page.mediabox[0]), float(page.mediabox[1])
        if left or top:
            page.cropbox = tuple(float(v) - d for v, d in zip(page.cropbox, (left, top, left, top)))
            page.mediabox = page.bbox = (0, 0, page.width, page.height)


def _ends_early(path: Path) -> bool:
    """The file lacks the end-of-file marker every complete PDF ends with (a cut download or copy)."""
    try:
        with open(path, "rb") as fh:
            fh.seek(max(0, path.stat().st_size - 4096))
            return b"%%EOF" not in fh.read()
    except OSError:
        return False


def rebuilt_pages(pdf) -> list[int]:
    """1-based numbers of the pages of a repaired copy made from a content stream alone (their page
    dictionary was lost: page size and fonts are guessed, see :mod:`app.source.salvage`)."""
    from app.source.salvage import REBUILT_KEY

    key = REBUILT_KEY.lstrip("/")
    out = []
    for number, page in enumerate(pdf.pages, 1):
        try:
            if page.page_obj.attrs.get(key) is True:
                out.append(number)
        except Exception:
            continue
    return out


def _page_list(numbers: list[int]) -> str:
    """'3', '1-4', '1, 3, 5-7'."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in runs)


#: How notes on damaged sources begin (the problems list finds them by these words).
DAMAGE_NOTE = "is damaged: it was repaired in memory"
REBUILT_NOTE = "page rebuilt from its content alone"

# The notes are saved in English among the document's warnings (JSON, the command line); they are
# written from these marked templates so the problems list can read one back (:func:`damage_message`)
# and show it in the interface's language. A literal "1" makes the one-page form distinct.
#: A note on a damaged PDF (the problems list), for one page read and for several.
DAMAGE_READ = {
    "one": N_("PdfError", "{name} is damaged: it was repaired in memory (the file itself is unchanged) "
                          "and 1 page could be read"),
    "several": N_("PdfError", "{name} is damaged: it was repaired in memory (the file itself is unchanged) "
                              "and {read} pages could be read"),
    "one_of": N_("PdfError", "{name} is damaged: it was repaired in memory (the file itself is unchanged) "
                             "and 1 of {expected} pages could be read"),
    "several_of": N_("PdfError", "{name} is damaged: it was repaired in memory (the file itself is "
                                 "unchanged) and {read} of {expected} pages could be read"),
}
ENDS_EARLY = N_("PdfError", "the file ends early (an interrupted download or copy?), so pages after the last "
                            "one read, or their text, may be missing")
EMPTIED = (N_("PdfError", "page {pages} has no content left"),
           N_("PdfError", "pages {pages} have no content left"))
REBUILT = (N_("PdfError", "page {pages} was rebuilt from the page content alone (page size, fonts and page "
                          "order guessed): check against the original"),
           N_("PdfError", "pages {pages} were rebuilt from the page content alone (page size, fonts and "
                          "page order guessed): check against the original"))
#: The note's parts are joined so, and it ends with a full stop (French puts a space before ";").
NOTE_JOIN = N_("PdfError", "{note}; {more}")
NOTE_END = N_("PdfError", "{note}.")
REBUILT_PAGE = N_("PdfError", "page rebuilt from its content alone (its page dictionary was lost in the "
                              "damaged file): page size and fonts are guessed")


def _damage_parts(path: Path, label: str, pdf, expected: int | None) -> list[Message]:
    n = len(pdf.pages)
    if expected and expected > n:
        first = Message.of(DAMAGE_READ["one_of" if n == 1 else "several_of"], name=label, read=n,
                           expected=expected)
    else:
        first = Message.of(DAMAGE_READ["one" if n == 1 else "several"], name=label, read=n)
    parts = [first]
    if _ends_early(path):
        parts.append(Message.of(ENDS_EARLY))
    emptied = [i for i, page in enumerate(pdf.pages, 1) if not _has_content(page)]
    if emptied:
        parts.append(Message.of(EMPTIED[len(emptied) > 1], pages=_page_list(emptied)))
    rebuilt = rebuilt_pages(pdf)
    if rebuilt:
        parts.append(Message.of(REBUILT[len(rebuilt) > 1], pages=_page_list(rebuilt)))
    return parts


def _joined(parts: list[Message]) -> Message:
    """``parts`` as one sentence: "a; b; c." (each join a Message, so each language punctuates its way)."""
    note = parts[-1]
    for part in reversed(parts[:-1]):
        note = Message.of(NOTE_JOIN, note=part, more=note)
    return Message.of(NOTE_END, note=note)


def _english(message: Message) -> str:
    """The English note as it has always been written: page counts without grouping ("1200 pages")."""
    params = tuple((k, _english(v) if isinstance(v, Message) else str(v)) for k, v in message.params)
    return Message(message.context, message.template, params).format()


def _damage_note(path: Path, label: str, pdf, expected: int | None) -> str:
    """One sentence for the problems list about a document read from a repaired copy (English; the
    interface reads it back with :func:`damage_message`)."""
    return _english(_joined(_damage_parts(path, label, pdf, expected)))


def _template_regex(template: str) -> re.Pattern[str]:
    """A regex reading the English text of ``template`` back into its fields (numbers as digits)."""
    regex = ""
    for literal, name in re.findall(r"([^{]*)(?:\{(\w+)\})?", template):
        regex += re.escape(literal)
        if name:
            regex += {"read": r"(?P<read>\d+)", "expected": r"(?P<expected>\d+)",
                      "pages": r"(?P<pages>\d+(?:-\d+)?(?:, \d+(?:-\d+)?)*)"}.get(name, f"(?P<{name}>.+)")
    return re.compile(regex, re.DOTALL)


_FIRST = [(t, _template_regex(t)) for t in (DAMAGE_READ["one_of"], DAMAGE_READ["one"],
                                             DAMAGE_READ["several_of"], DAMAGE_READ["several"])]
_MORE = [(t, _template_regex(t)) for t in (ENDS_EARLY, *EMPTIED, *REBUILT)]


def _read_back(text: str, patterns) -> Message | None:
    for template, regex in patterns:
        m = regex.fullmatch(text)
        if m:
            params = {k: int(v) if k in ("read", "expected") else v for k, v in m.groupdict().items()}
            return Message.of(template, **params)
    return None


def damage_message(text: str) -> Message | None:
    """The note on a damaged source (as :func:`damage_warnings` gives it) read back into its
    translatable :class:`Message`; None for any other text (an older version's wording is shown as
    it is). Its English (page counts ungrouped) is ``text`` exactly."""
    if text == REBUILT_PAGE:
        return Message.of(REBUILT_PAGE)
    if not text.endswith("."):
        return None
    chunks = text[:-1].split("; ")
    more: list[Message] = []
    # the later parts hold no free text: peel them off the end; what is left is the first (the file's
    # name may itself hold "; ")
    while len(chunks) > 1:
        part = _read_back(chunks[-1], _MORE)
        if part is None:
            break
        more.insert(0, part)
        chunks.pop()
    first = _read_back("; ".join(chunks), _FIRST)
    if first is None:
        return None
    message = _joined([first, *more])
    return message if _english(message) == text else None


def _has_content(page) -> bool:
    """The page's content streams decode to something (pdfminer's reading of the repaired copy)."""
    try:
        from pdfminer.pdftypes import resolve1

        for ref in page.page_obj.contents or []:
            stream = resolve1(ref)
            # the stored bytes, not decoded (pdfminer would keep every page's decoded content in memory):
            # the repaired copy's normalisation has already emptied streams that decode to nothing
            data = getattr(stream, "rawdata", None)
            if data is None:
                data = getattr(stream, "data", None)
            if data:
                return True
        return False  # no stream, or only references to objects that are gone
    except Exception:
        return True  # cannot tell: say nothing


def damage_warnings(pdf, number: int) -> list[tuple[int, str]]:
    """(page, message) notes for page ``number`` of a document opened by :func:`open_plumber`: the
    document's damage note (page 0) with page 1, and a note on a page rebuilt from its content alone."""
    out: list[tuple[int, str]] = []
    note = getattr(pdf, "bb_damage", "")
    if note and number == 1:
        out.append((0, note))
    try:
        page = pdf.pages[number - 1]
        from app.source.salvage import REBUILT_KEY

        if page.page_obj.attrs.get(REBUILT_KEY.lstrip("/")) is True:
            out.append((number, REBUILT_PAGE))
    except Exception:
        pass
    return out


class RepairedCopy:
    """A repaired copy of a PDF made on first use, for pages pdfminer cannot read from the original
    (a corrupt content stream decodes leniently there). Used only when it has the same pages as the
    original, so page numbers still match. Call it for the pdfplumber PDF (or None); close it after."""

    def __init__(self, path: str | os.PathLike, password: str | None, pages: int) -> None:
        self.path, self.password, self.pages = path, password, pages
        self._pdf = None
        self._tried = False

    def __call__(self):
        if not self._tried:
            self._tried = True
            import pdfplumber

            fixed = repaired_bytes(self.path, self.password, want=self.pages)
            if fixed is not None:
                try:
                    pdf = pdfplumber.open(io.BytesIO(fixed))
                    if len(pdf.pages) == self.pages:
                        _upright_media_boxes(pdf)
                        pdf.bb_repaired = True
                        self._pdf = pdf
                    else:
                        _close_quietly(pdf)
                except Exception:
                    self._pdf = None
        return self._pdf

    def close(self) -> None:
        if self._pdf is not None:
            _close_quietly(self._pdf)
            self._pdf = None


def _close_quietly(pdf) -> None:
    try:
        pdf.close()
    except Exception:
        pass


@contextmanager
def open_pdf(path: str | os.PathLike, password: str | None = None,
             name: str | None = None, opened: Any = None) -> Iterator["pdfplumber.PDF"]:  # noqa: F821
    """Open with pdfplumber (repairing a damaged file in memory), raising :class:`PdfError` with a
    clear message naming ``name`` (default: the file's name) on any failure. ``opened``: the same file
    as :func:`open_plumber` opened it already, used (and closed) instead of opening it again."""
    pdf = opened if opened is not None else open_plumber(path, password, name)
    try:
        yield pdf
    finally:
        _close_quietly(pdf)


def _metadata_str(value: object) -> str:
    if isinstance(value, bytes):
        for enc in ("utf-16", "utf-8", "latin-1"):
            try:
                return value.decode(enc).strip("\x00").strip()
            except UnicodeDecodeError:
                continue
    if isinstance(value, list):
        return ", ".join(_metadata_str(v) for v in value)
    return str(value).strip() if value is not None else ""


def describe(path: str | os.PathLike, password: str | None = None, sha256: str | None = None,
             name: str | None = None, pdf: Any = None) -> SourceDocument:
    """Identity, page count, page sizes and metadata of a PDF (``name``: how messages call it).
    ``pdf``: the file as :func:`open_plumber` opened it, read (and left open) instead of opening it."""
    p = Path(path)
    if pdf is None:
        with open_pdf(p, password, name) as pdf:
            return describe(p, password, sha256, name, pdf)
    try:
        metadata = {str(k): _metadata_str(v) for k, v in (pdf.metadata or {}).items()}
    except Exception:  # a damaged Info dictionary costs the metadata, not the document
        metadata = {}
    try:
        sizes = [_page_size(pg) for pg in pdf.pages]
    except Exception as exc:
        raise translate_error(exc, p, password, name) from exc
    encrypted = bool(getattr(pdf.doc, "encryption", None))
    metadata = {k: v for k, v in metadata.items() if v and len(v) < 2000}
    return SourceDocument(
        path=str(p.resolve()),
        sha256=sha256 or sha256_file(p),
        pages=len(sizes),
        title=metadata.get("Title", ""),
        metadata=metadata,
        page_sizes=sizes,
        encrypted=encrypted,
    )


def _page_size(page) -> tuple[float, float]:
    """Width and height of a page; a damaged page box counts as US Letter rather than failing the file."""
    try:
        return round(float(page.width), 2), round(float(page.height), 2)
    except Exception:
        return 612.0, 792.0


# ---------------------------------------------------------------------------------- dense pages
#
# pdfplumber holds every character, line and curve of a page as a Python dict (about 2 KB each once
# words and tables are built): a 14400 x 14400 pt page with 1.45 million characters took 2.9 GB. Before
# a page is parsed, its content streams (and those of the forms it draws) are scanned for what the parse
# would create: the bytes of text strings (one per character for simple fonts, two per character for
# two-byte fonts, so never fewer than the characters) and the painted paths. A page over the budget is
# not parsed: it gets a "too dense" warning instead.

#: Characters plus painted paths one page may hold (a dense A4 page of 6 pt type has about 10,000).
PAGE_OBJECT_BUDGET = 250_000
#: Decoded content of one page (with its forms) past which it is too dense whatever it holds.
PAGE_CONTENT_BUDGET = 64 * 1024 * 1024

_TEXT_STRING = re.compile(rb"\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)|<[0-9A-Fa-f\s]*>")
#: painting operators: S, s, f, f*, F, B, B*, b, b*, sh, Do as whole words. Each alternative starts with
#: its operator's first letter and looks behind it from there ("(?<![A-Za-z*])" in front would be
#: tried at every byte: 9 ms against 2 for a 440 KB stream of drawings)
_PAINT = re.compile(
    rb"[SsfFBb](?<![A-Za-z*].)(?:(?<=[fBb])\*|(?<=s)h)?(?![A-Za-z*])|Do(?<![A-Za-z*]..)(?![A-Za-z*])"
)


class PageTooDense(PdfError):
    """A page holds more than the work budget of one page; ``detail`` says how much, without naming
    the page."""

    def __init__(self, message: Message | str, detail: str) -> None:
        super().__init__(message)
        self.detail = detail


def _content_streams(page) -> list:
    """The decoded-on-demand streams a page draws: its contents and, recursively, its form XObjects."""
    from pdfminer.pdftypes import PDFStream, resolve1

    out: list = []
    seen: set[int] = set()
    # depth first in drawing order, with a stack: two closures calling each other made a reference
    # cycle per page, left to the garbage collector
    page_obj = page.page_obj
    todo: list = [(False, page_obj.resources), (True, page_obj.contents)]
    while todo:
        is_stream, obj = todo.pop()
        obj = resolve1(obj)
        if is_stream:
            if isinstance(obj, list):
                todo.extend((True, item) for item in reversed(obj))
            elif isinstance(obj, PDFStream) and id(obj) not in seen:
                seen.add(id(obj))
                out.append(obj)
                if obj.get("Subtype") is not None:  # a form: what it draws counts too
                    todo.append((False, obj.get("Resources")))
        elif isinstance(obj, dict):  # resources: their form XObjects
            xobjects = resolve1(obj.get("XObject"))
            if isinstance(xobjects, dict):
                found = [x for x in map(resolve1, xobjects.values())
                         if isinstance(x, PDFStream) and getattr(resolve1(x.get("Subtype")), "name", None) == "Form"]
                todo.extend((True, x) for x in reversed(found))
    return out


def page_load(page) -> int:
    """What parsing ``page`` would create: text-string bytes plus painted paths of its content streams
    (an upper bound of its characters). Cheap next to the parse itself: no object is built."""
    total = 0
    size = 0
    for stream in _content_streams(page):
        try:
            data = stream.get_data()
        except Exception:  # a stream that does not decode is not parsed either
            continue
        size += len(data)
        if size > PAGE_CONTENT_BUDGET:
            return max(total, PAGE_OBJECT_BUDGET + 1)
        if len(data) < 4096:
            total += len(data)  # small enough: count it all, no scan needed
            continue
        total += sum(len(m) - 2 for m in _TEXT_STRING.findall(data)) + len(_PAINT.findall(data))
    return total


#: white space base64.a85decode skips, and the bytes an ASCII85 stream may hold besides it
_A85_BLANK = b" \t\n\r\v"
_A85_BYTES = bytes(range(33, 118)) + b"z"
_A85_DIGIT = bytes((c - 33) & 0xFF for c in range(256))


def _a85_groups(digits: bytes) -> bytes | None:
    """Whole groups of five ASCII85 digits (no "z", no white space) as their four bytes each, or None
    when a group overflows. All groups at once with integer arithmetic: each group is a five-byte lane
    of one large integer (85**5 < 2**40, so no lane carries into the next)."""
    groups = len(digits) // 5
    values = digits.translate(_A85_DIGIT)
    lane = bytearray(5 * groups)
    acc = 0
    for k in range(5):
        lane[4::5] = values[k::5]
        acc = acc * 85 + int.from_bytes(lane, "big")
    lanes = acc.to_bytes(5 * groups, "big")
    if lanes[0::5].strip(b"\0"):
        return None  # a group over 2**32 - 1
    out = bytearray(4 * groups)
    for k in range(4):
        out[k::4] = lanes[k + 1::5]
    return bytes(out)


def a85decode(data: bytes) -> bytes:
    """``base64.a85decode(data)`` (what pdfminer decodes ASCII85 streams with), the same bytes and
    errors, about ten times faster: base64's loop runs in Python once per byte, a page's content
    stream has tens of thousands. Anything unusual (a stray byte, a misplaced "z", an overflow) is
    left to base64, which raises its own error."""
    import base64

    digits = data.translate(None, _A85_BLANK)
    if digits.translate(None, _A85_BYTES):
        return base64.a85decode(data)
    parts = digits.split(b"z")  # "z" stands for four zero bytes, between groups only
    out = []
    for j, part in enumerate(parts):
        short = -len(part) % 5
        if short and j < len(parts) - 1:
            return base64.a85decode(data)
        # a last group of one to four digits: padded with "u" and cut back, as base64 does
        decoded = _a85_groups(part + b"u" * short)
        if decoded is None:
            return base64.a85decode(data)
        out.append(decoded[:len(decoded) - short])
    return b"\0\0\0\0".join(out)


def _stream_data(stream) -> bytes:
    """``stream.get_data()``, with ASCII85 (then Flate) content decoded by :func:`a85decode` instead of
    pdfminer's base64 call; the stream keeps its decoded data as pdfminer's own decode leaves it.
    Other filters, parameters, encryption and damaged Flate data go through pdfminer."""
    from pdfminer.pdftypes import LITERALS_ASCII85_DECODE, LITERALS_FLATE_DECODE

    if stream.data is not None or stream.rawdata is None or stream.decipher:
        return stream.get_data()
    filters = stream.get_filters()
    if not filters or filters[0][0] not in LITERALS_ASCII85_DECODE or any(params for _f, params in filters) \
            or any(f not in LITERALS_FLATE_DECODE for f, _p in filters[1:]):
        return stream.get_data()
    import zlib

    try:
        # pdfminer's own trimming of "<~" and "~>" first (pdfminer.ascii85.ascii85decode)
        from pdfminer.ascii85 import end_re, start_re
    except ImportError:
        return stream.get_data()
    try:
        data = a85decode(end_re.sub(b"", start_re.sub(b"", stream.rawdata)))
        for _f in filters[1:]:
            data = zlib.decompress(data)
    except (ValueError, zlib.error):  # pdfminer's own way with damage
        return stream.get_data()
    stream.data = data
    stream.rawdata = None
    return data


def _surely_within(page, budget: int) -> bool:
    """True when :func:`page_load` cannot exceed ``budget``, known from the decoded sizes alone: it
    counts a small stream's bytes, and in a larger one text-string bytes (at most the bytes of the
    strings) plus painting operators (at least a byte each), so at most twice the content's bytes.
    An ordinary page is settled without scanning its content (a third of a millisecond a page)."""
    total = 0
    for stream in _content_streams(page):
        try:
            total += len(_stream_data(stream))  # decoded once: page_load reuses it
        except Exception:  # a stream that does not decode is not counted by page_load either
            continue
        if 2 * total > budget:
            return False
    return True


def check_page_load(page, number: int, name: str = "", budget: int | None = None) -> None:
    """Raise :class:`PageTooDense` when ``page`` holds more than ``budget`` characters and paths."""
    budget = PAGE_OBJECT_BUDGET if budget is None else budget
    try:
        if _surely_within(page, budget):
            return
        load = page_load(page)
    except PdfError:
        raise
    except Exception:  # the parse will meet the same damage and report it
        return
    if load > budget:
        detail = (f"too dense to read: about {load:,} characters and drawings, over the limit of {budget:,} "
                  f"per page (reading it would take gigabytes of memory)")
        template = (N_("PdfError", "{name}, page {page} is too dense to read: about {load} characters and "
                                   "drawings, over the limit of {budget} per page (reading it would take "
                                   "gigabytes of memory).") if name else
                    N_("PdfError", "page {page} is too dense to read: about {load} characters and drawings, "
                                   "over the limit of {budget} per page (reading it would take gigabytes of "
                                   "memory)."))
        raise PageTooDense(Message.of(template, name=name, page=number, load=load, budget=budget), detail)


def page_has_text(page: "pdfplumber.page.Page") -> bool:  # noqa: F821
    """True when the page has a text layer (at least a few non-blank characters)."""
    found = 0
    for c in page.chars:  # stops at the third: a page of text is not counted through
        if c.get("text", "").strip():
            found += 1
            if found >= 3:
                return True
    return False
