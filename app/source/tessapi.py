"""Tesseract in the process: a small ctypes binding to libtesseract's C API, one engine per process.

The command-line program (what pytesseract runs) loads the language models for every page it reads,
about 0.3 s each time for English, French and Spanish. The library keeps them: :func:`engine` makes
one ``TessBaseAPI`` the first time a process reads a scan and reuses it for every page after that
(an extraction worker reads many pages; the pipeline recycles a worker after 200 pages, which frees
it). It is the same library the program uses, so the words are the same.

Where the library comes from, never downloaded: Debian/Ubuntu ``libtesseract5`` (installed with
``tesseract-ocr``), Homebrew's ``tesseract`` on macOS, and on Windows the UB Mannheim installer,
which puts ``libtesseract-5.dll`` beside ``tesseract.exe``. ``$BRIEFING_TESSERACT_LIB`` names the
library file; ``$BRIEFING_OCR_ENGINE=cli`` turns the binding off. When the library cannot be loaded
or initialised, :func:`engine` says None (once per process) and the caller runs the program instead.

Only what OCR of a page image needs is bound: create, init with languages, page segmentation mode,
variables, set an 8-bit image, recognise, the TSV of the words, clear, end.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import glob
import os
import threading
from typing import Any

#: Page segmentation modes of the C API (TessPageSegMode), the one we use.
PSM_AUTO = 3

_LOCK = threading.Lock()
_ENGINES: dict[tuple[str, tuple[tuple[str, str], ...]], "TessEngine"] = {}
_FAILED: set[tuple[str, tuple[tuple[str, str], ...]]] = set()
#: Engines made (models loaded) in this process: one per set of languages and variables.
loads = 0


def disabled() -> bool:
    return os.environ.get("BRIEFING_OCR_ENGINE", "").lower() in ("cli", "program", "off")


def library_candidates(program: str | None = None) -> list[str]:
    """Where libtesseract may be, most specific first: ``$BRIEFING_TESSERACT_LIB``, beside the
    Tesseract program (Windows installers), then the system's library search."""
    given = os.environ.get("BRIEFING_TESSERACT_LIB")
    if given:
        return [given]
    out: list[str] = []
    if program and os.name == "nt":
        out += sorted(glob.glob(os.path.join(os.path.dirname(program), "libtesseract*.dll")), reverse=True)
    found = ctypes.util.find_library("tesseract")
    if found:
        out.append(found)
    out += ["libtesseract.so.5", "libtesseract.5.dylib", "/opt/homebrew/lib/libtesseract.dylib",
            "/usr/local/lib/libtesseract.dylib"]
    return out


def _load(candidates: list[str]) -> Any | None:
    for name in candidates:
        try:
            if os.name == "nt" and os.path.dirname(name):
                # leptonica and the other DLLs the installer puts beside it
                os.add_dll_directory(os.path.dirname(name))  # type: ignore[attr-defined]
            return ctypes.CDLL(name)
        except (OSError, AttributeError):
            continue
    return None


def _declare(lib) -> None:
    p, c, i = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    lib.TessVersion.restype = c
    lib.TessVersion.argtypes = []
    lib.TessBaseAPICreate.restype = p
    lib.TessBaseAPICreate.argtypes = []
    lib.TessBaseAPIInit3.restype = i
    lib.TessBaseAPIInit3.argtypes = [p, c, c]
    lib.TessBaseAPISetPageSegMode.restype = None
    lib.TessBaseAPISetPageSegMode.argtypes = [p, i]
    lib.TessBaseAPISetVariable.restype = i
    lib.TessBaseAPISetVariable.argtypes = [p, c, c]
    lib.TessBaseAPISetImage.restype = None
    lib.TessBaseAPISetImage.argtypes = [p, c, i, i, i, i]
    lib.TessBaseAPIRecognize.restype = i
    lib.TessBaseAPIRecognize.argtypes = [p, p]
    # a char* we must hand back to TessDeleteText: kept as a pointer, not converted
    lib.TessBaseAPIGetTsvText.restype = p
    lib.TessBaseAPIGetTsvText.argtypes = [p, i]
    lib.TessDeleteText.restype = None
    lib.TessDeleteText.argtypes = [p]
    lib.TessBaseAPIClear.restype = None
    lib.TessBaseAPIClear.argtypes = [p]
    lib.TessBaseAPIEnd.restype = None
    lib.TessBaseAPIEnd.argtypes = [p]
    lib.TessBaseAPIDelete.restype = None
    lib.TessBaseAPIDelete.argtypes = [p]


class TessEngine:
    """One initialised ``TessBaseAPI`` (models loaded once). :meth:`tsv` reads an 8-bit grey image."""

    def __init__(self, lib, langs: str, datapath: str | None, variables: dict[str, str]):
        self._lib = lib
        self._handle = lib.TessBaseAPICreate()
        if not self._handle:
            raise OSError("TessBaseAPICreate failed")
        if lib.TessBaseAPIInit3(self._handle, datapath.encode() if datapath else None, langs.encode()) != 0:
            lib.TessBaseAPIDelete(self._handle)
            self._handle = None
            raise OSError(f"Tesseract could not load the language data {langs!r}")
        lib.TessBaseAPISetPageSegMode(self._handle, PSM_AUTO)
        for name, value in variables.items():
            lib.TessBaseAPISetVariable(self._handle, name.encode(), value.encode())
        self.langs = langs
        self.version = (lib.TessVersion() or b"").decode(errors="replace")
        self._lock = threading.Lock()  # one page at a time per engine (a TessBaseAPI is not shareable)

    def tsv(self, image) -> str:
        """The TSV of the words (Tesseract's own columns, without the header row) of a PIL image."""
        grey = image if image.mode == "L" else image.convert("L")
        data = grey.tobytes()
        with self._lock:
            lib, h = self._lib, self._handle
            lib.TessBaseAPISetImage(h, data, grey.width, grey.height, 1, grey.width)
            try:
                if lib.TessBaseAPIRecognize(h, None) != 0:
                    raise OSError("Tesseract could not read the page")
                ptr = lib.TessBaseAPIGetTsvText(h, 0)
                if not ptr:
                    return ""
                try:
                    return ctypes.string_at(ptr).decode("utf-8", errors="replace")
                finally:
                    lib.TessDeleteText(ptr)
            finally:
                lib.TessBaseAPIClear(h)

    def close(self) -> None:
        if self._handle:
            self._lib.TessBaseAPIEnd(self._handle)
            self._lib.TessBaseAPIDelete(self._handle)
            self._handle = None


def _datapath(program: str | None) -> str | None:
    """The Windows installers keep ``tessdata`` beside the program, and the library may not know
    where it was installed; elsewhere (and with $TESSDATA_PREFIX set) the library's own default."""
    if os.environ.get("TESSDATA_PREFIX") or not program or os.name != "nt":
        return None
    folder = os.path.join(os.path.dirname(program), "tessdata")
    return folder if os.path.isdir(folder) else None


def engine(langs: str, variables: dict[str, str], program: str | None = None) -> TessEngine | None:
    """This process's engine for ``langs`` and ``variables``, made on first use; None when the library
    is not there or will not initialise (then asked again in no later call of this process)."""
    global loads
    if disabled():
        return None
    key = (langs, tuple(sorted(variables.items())))
    with _LOCK:
        made = _ENGINES.get(key)
        if made is not None or key in _FAILED:
            return made
        # one thread per page: the extraction already runs one worker per core (read by OpenMP when
        # the library loads)
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        lib = _load(library_candidates(program))
        try:
            if lib is None:
                raise OSError("libtesseract not found")
            _declare(lib)
            made = TessEngine(lib, langs, _datapath(program), variables)
        except (OSError, AttributeError):
            _FAILED.add(key)
            return None
        _ENGINES[key] = made
        loads += 1
        return made


def reset() -> None:
    """Close this process's engines (tests; a recycled worker's end frees them anyway)."""
    with _LOCK:
        for made in _ENGINES.values():
            made.close()
        _ENGINES.clear()
        _FAILED.clear()
