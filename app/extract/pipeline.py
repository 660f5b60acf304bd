"""Whole-document extraction: pages -> tables, section features and warnings, in worker processes.

    for result in iter_extract("appeal.pdf", cache=store):      # streams one PageResult per page
        ...
    data = extract_document("appeal.pdf", progress=..., cancel=...)   # the whole DocumentData

How it runs
-----------
* Pages run in a small pool of worker processes (default: one per core), each an
  :class:`app.runner.worker.Worker` (the runner of every helper process; ``forkserver`` where
  available, ``spawn`` elsewhere, so a Qt parent is never forked) running :class:`PageHandler`: it
  opens the PDF once and is sent page numbers (two queued ahead), so a slow page never holds up the
  others and results stream back as pages complete. A worker is replaced by a fresh process after
  :data:`RECYCLE_AFTER` pages (memory), and yields the CPU past the document's first pages when the
  GUI asks (``BRIEFING_WORKER_NICE``).
* A per-page time limit is enforced twice: inside the worker (``SIGALRM`` interrupts pdfminer's
  Python code; the page becomes a warning and the worker goes on) and by the parent (a worker that
  stays on one page past the limit plus a grace period is killed and replaced). A worker that dies
  (crash, out of memory) turns the page it was on into a warning; the pages queued behind it go to a
  new one, and the rest of the document goes on.
* ``cancel()`` is polled at least ten times a second; on cancel the workers are stopped at once and
  the pages done so far are kept.
* Results are cached through any object with ``put_page(sha256, page, settings_key, data)`` and
  ``cached_pages(sha256, settings_key) -> {page: data}`` (:class:`app.project.store.ProjectStore` has both),
  keyed by the document's SHA-256, the page and :meth:`ExtractSettings.key`. Cached pages are
  returned without starting any worker.
* Document-level steps run in the parent (:class:`Assembly`, :func:`assemble`): lost-character repair
  of table cells with the vocabulary of the whole document, linking tables continued on the next page,
  the section tree (``app.extract.sections.build_sections``) and the tags. What of them needs one page
  only (the page's section lines) is done as each page arrives, while the workers read the next ones:
  after the last page one core waits for what is left, so that is kept to the whole-document part.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import os
import queue
import signal
import threading
import time
from collections import deque
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from app.document.messages import N_, Message
from app.document.model import DocumentData, PageWarning, SourceDocument, Table
from app.runner.worker import Stopped, Worker, preload, prestart
from app.source.pdf import PdfError, RepairedCopy, damage_warnings, describe, open_pdf, open_plumber
from app.source.pagesource import collector_paused

Progress = Callable[[int, int, str], None]

#: Default per-page time limit in seconds.
PAGE_TIMEOUT = 60.0
#: Extra time the parent allows beyond the limit before it kills a worker stuck on a page.
KILL_GRACE = 10.0
#: A worker is replaced by a fresh process after this many pages (bounds memory growth).
RECYCLE_AFTER = 200
#: Pages queued ahead per worker.
PREFETCH = 2


@dataclass(frozen=True)
class ExtractSettings:
    """Settings that change extraction results (all of them are part of the cache key)."""

    tables: bool = True
    sections: bool = True
    #: Decimal separator of the document's numbers ("." or ","), or None to decide per number.
    decimal: str | None = None
    #: Read scanned pages (no usable text layer) with OCR when an engine is installed.
    ocr: bool = True
    #: Version of the extraction rules; changing it invalidates cached pages.
    algorithm: str = ""
    #: Where pages' characters and strokes come from ("pdfium" or "pdfminer", app.source.pagesource);
    #: empty: the default source. Part of the key: the two may read a page slightly differently.
    source: str = ""

    def __post_init__(self) -> None:
        if not self.source:
            from app.source.pagesource import default_source

            object.__setattr__(self, "source", default_source())
        if not self.algorithm:
            from app.extract.sections.features import FEATURES_VERSION
            from app.extract.tables import ALGORITHM

            # Cached pages hold the section features too: their version is part of the key.
            object.__setattr__(self, "algorithm", f"{ALGORITHM}+sections-{FEATURES_VERSION}")

    def key(self) -> str:
        blob = json.dumps(asdict(self), sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:16]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "ExtractSettings":
        known = {k: data[k] for k in ("tables", "sections", "decimal", "ocr", "algorithm", "source") if k in data}
        return cls(**known)


def parse_pages(spec: str) -> list[int]:
    """"1-3,7" -> [1, 2, 3, 7] (1-based, sorted, unique)."""
    pages: set[int] = set()
    for part in spec.replace(" ", "").split(","):
        if not part:
            continue
        if "-" in part:
            a, _, b = part.partition("-")
            if not a.isdigit() or not b.isdigit():
                raise ValueError(f"not a page range: {part!r}")
            lo, hi = int(a), int(b)
            if lo < 1 or hi < lo:
                raise ValueError(f"not a page range: {part!r}")
            pages.update(range(lo, hi + 1))
        else:
            if not part.isdigit() or int(part) < 1:
                raise ValueError(f"not a page number: {part!r}")
            pages.add(int(part))
    if not pages:
        raise ValueError("no pages given")
    return sorted(pages)


# ------------------------------------------------------------------------------------------ warnings

# The pipeline's warnings are saved in English among the document's warnings (JSON, the command line,
# the project file); they are written from these marked templates so the interface can read one back
# (:func:`warning_message`) and show it in its language. Counts and page numbers are passed as text:
# the English stays what it always was ("1234 words"); the too-dense figures are numbers ("1,450,000").
SKIPPED_DENSE = N_("Extraction", "page skipped, too dense to read: about {load} characters and drawings, over the "
                                 "limit of {budget} per page (reading it would take gigabytes of memory)")
SKIPPED_TIME = N_("Extraction", "page skipped: extraction took longer than {seconds} s")
SKIPPED_MEMORY = N_("Extraction", "page skipped: not enough memory")
SKIPPED_STOPPED = N_("Extraction", "page skipped: the extractor stopped unexpectedly on this page")
SKIPPED_STOPPED_CODE = N_("Extraction", "page skipped: the extractor stopped unexpectedly on this page "
                                        "(exit status {code})")
SKIPPED_FAILING = N_("Extraction", "page skipped: the extractor kept failing")
NOT_EXTRACTED = N_("Extraction", "page could not be extracted: {error}")
READ_REPAIRED = N_("Extraction", "the page's data is damaged: it was read from a repaired copy")
NO_SUCH_PAGE = N_("Extraction", "page {page} does not exist (the document has {pages} pages)")
CANCELLED = N_("Extraction", "extraction cancelled: {missing} of {total} pages not extracted")
# the whole sentence, install steps included, is one template: a field laptop user reads it in French
SCANNED_NO_ENGINE = N_("Extraction", "scanned page (no text layer): to read it, install Tesseract OCR with its "
                       "English, French and Spanish data (Debian/Ubuntu: apt install tesseract-ocr "
                       "tesseract-ocr-fra tesseract-ocr-spa; Windows: the UB Mannheim installer, ticking "
                       "French and Spanish) and the Python package pytesseract")
SCANNED_READ = (N_("Extraction", "scanned page read by OCR ({engine}; {words} words)"),
                N_("Extraction", "scanned page read by OCR ({engine}; {words} words, turned {rotation}°)"),
                N_("Extraction", "scanned page read by OCR ({engine}; {words} words, straightened {skew}°)"),
                N_("Extraction", "scanned page read by OCR ({engine}; {words} words, turned {rotation}°, "
                                 "straightened {skew}°)"))
NO_TEXT_LAYER = N_("Extraction", "no text layer (scanned page?): OCR needed")
HEADINGS_FAILED = N_("Extraction", "headings of this page could not be read: {error}")
CACHE_FAILED = N_("Extraction", "extraction results could not be cached: {error}")
DOCUMENT_SCANNED = N_("Extraction", "the document has no text layer (scanned?): OCR needed")
DOCUMENT_EMPTY = N_("Extraction", "the document contains no text")
BOOKMARKS_FAILED = N_("Extraction", "the bookmarks could not be read: {error}")
TREE_FAILED = N_("Extraction", "the section tree could not be built: {error}")
TAGS_FAILED = N_("Extraction", "tags could not be assigned: {error}")

#: every template above, the longest first (the most specific wins when reading one back)
WARNINGS = tuple(sorted((SKIPPED_DENSE, SKIPPED_TIME, SKIPPED_MEMORY, SKIPPED_STOPPED, SKIPPED_STOPPED_CODE,
                         SKIPPED_FAILING, NOT_EXTRACTED, READ_REPAIRED, NO_SUCH_PAGE, CANCELLED, SCANNED_NO_ENGINE,
                         *SCANNED_READ, NO_TEXT_LAYER, HEADINGS_FAILED, CACHE_FAILED, DOCUMENT_SCANNED,
                         DOCUMENT_EMPTY, BOOKMARKS_FAILED, TREE_FAILED, TAGS_FAILED), key=len, reverse=True))
#: parameters that are figures (written the language's way); the others are text
_FIGURES = ("load", "budget")


def warn(page: int, template: str, /, **params: Any) -> PageWarning:
    """A warning on ``page`` written from one of the marked templates above."""
    return PageWarning(page, str(Message.of(template, **params)))


def _pattern(template: str):
    import re

    parts = []
    for literal, name in re.findall(r"([^{]*)(?:\{(\w+)\})?", template):
        parts.append(re.escape(literal))
        if name:
            parts.append(f"(?P<{name}>.+?)")
    return re.compile("".join(parts), re.DOTALL)


@functools.lru_cache(maxsize=1)
def _patterns() -> list:
    return [(_pattern(t), t) for t in WARNINGS]


def warning_message(text: str) -> Message | None:
    """A warning the pipeline wrote (saved as English text) read back into its translatable
    :class:`Message`; None for any other text (an older version's wording is shown as it is)."""
    from app.document.numbers import parse_number

    for pattern, template in _patterns():
        m = pattern.fullmatch(text)
        if m is None:
            continue
        params = {}
        for name, value in m.groupdict().items():
            if name in _FIGURES:
                parsed = parse_number(value)
                value = int(parsed.value) if parsed is not None and parsed.value == int(parsed.value) else value
            params[name] = value
        message = Message.of(template, **params)
        if str(message) == text:
            return message
    return None


def cancelled_warning(missing: int, total: int) -> PageWarning:
    """The warning of a cancelled extraction (page 0: the whole document)."""
    return warn(0, CANCELLED, missing=str(missing), total=str(total))


# ------------------------------------------------------------------------------------ page results


@dataclass
class PageResult:
    """What extraction found on one page (JSON-able, cached per page)."""

    page: int
    tables: list[Table] = field(default_factory=list)
    #: The section tree's per-page features (``app.extract.sections.page_features``).
    features: dict[str, Any] = field(default_factory=dict)
    warnings: list[PageWarning] = field(default_factory=list)
    #: Distinct words of the page: the document's vocabulary for lost-character repair.
    words: list[str] = field(default_factory=list)
    #: False when the page has no text layer (scanned or empty).
    has_text: bool = True
    seconds: float = 0.0
    #: True when the result came from the cache.
    cached: bool = False
    #: True when the result says nothing lasting (time limit, crash): it is not cached.
    transient: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "tables": [t.to_json() for t in self.tables],
            "features": self.features,
            "warnings": [w.to_json() for w in self.warnings],
            "words": self.words,
            "has_text": self.has_text,
            "seconds": round(self.seconds, 4),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], cached: bool = False) -> "PageResult":
        return cls(
            page=int(data["page"]),
            tables=[Table.from_json(t) for t in data.get("tables", [])],
            features=dict(data.get("features") or {}),
            warnings=[PageWarning.from_json(w) for w in data.get("warnings", [])],
            words=[str(w) for w in data.get("words", [])],
            has_text=bool(data.get("has_text", True)),
            seconds=float(data.get("seconds", 0.0)),
            cached=cached,
        )


class PageTimeout(BaseException):
    """Raised by the per-page alarm. A BaseException so that library code catching ``Exception``
    (pdfplumber wraps those) cannot swallow it."""


def _page_words_for_vocabulary(page) -> list[str]:
    from app.source.layout import page_words
    from app.document.textfix import LOST

    seen: dict[str, None] = {}
    for w in page_words(page):
        text = w["text"].strip(".,;:()[]\"'“”‘’!?")
        if len(text) > 1 and LOST not in text and any(c.isalpha() for c in text):
            seen.setdefault(text, None)
    return list(seen)


def _too_dense(page, number: int, t0: float) -> PageResult | None:
    """A result saying the page was skipped as too dense (its content streams promise more
    characters and drawings than a page may hold), or None. ``page`` is a pdfplumber page, whose
    content is not parsed until asked: the check reads the streams' bytes only."""
    from app.source.pdf import PageTooDense, check_page_load

    try:
        check_page_load(page, number)
    except PageTooDense as exc:  # not parsed at all: it would take gigabytes
        figures = dict(exc.args[0].params) if exc.args and isinstance(exc.args[0], Message) else {}
        warning = (warn(number, SKIPPED_DENSE, load=figures["load"], budget=figures["budget"])
                   if "load" in figures and "budget" in figures else PageWarning(number, f"page skipped, {exc.detail}"))
        return PageResult(page=number, warnings=[warning], seconds=time.perf_counter() - t0)
    return None


def extract_page(page, number: int, settings: ExtractSettings, sha256: str = "",
                 load_checked: bool = False) -> PageResult:
    """Extract one page: a pdfplumber page or an :class:`app.source.pagesource.PdfiumPage` (runs in a
    worker; also usable in-process). ``load_checked``: the caller already made sure the page is not
    too dense to read (:func:`_too_dense`, before a page source read its characters)."""
    from app.source.pdf import page_has_text

    t0 = time.perf_counter()
    if not load_checked:
        skipped = _too_dense(page, number, t0)
        if skipped is not None:
            return skipped
    result = PageResult(page=number)
    scanned = None
    if settings.ocr:
        from app.source import ocr

        if ocr.needs_ocr(page):
            # OCR renders and reads the page through pdfplumber, whichever source gave its characters
            page = page.plumber_page() if hasattr(page, "plumber_page") else page
            if ocr.engine_name() is None:
                result.has_text = False
                # not cached: installing an OCR engine later must take effect on this page
                result.transient = True
                result.warnings.append(warn(number, SCANNED_NO_ENGINE))
                result.seconds = time.perf_counter() - t0
                return result
            scanned = ocr.scan_page(page)
            page = scanned.page
            read = scanned.ocr
            result.warnings.append(warn(number, SCANNED_READ[bool(read.rotation) + 2 * bool(read.skew)],
                                        engine=read.engine, words=str(len(read.words)), rotation=str(read.rotation),
                                        skew=f"{read.skew:+.1f}"))
    if scanned is None and not page_has_text(page):
        result.has_text = False
        if page.images or len(page.curves) > 200:
            result.warnings.append(warn(number, NO_TEXT_LAYER))
        result.seconds = time.perf_counter() - t0
        return result
    try:
        return _extract_text_page(page, number, settings, sha256, result, scanned, t0)
    finally:
        if scanned is not None:
            scanned.close()


def _extract_text_page(page, number: int, settings: ExtractSettings, sha256: str, result: PageResult,
                       scanned, t0: float) -> PageResult:
    if settings.tables:
        from app.extract.tables import extract_tables

        result.tables = extract_tables(page, number, decimal=settings.decimal, resolve=False)
        for table in result.tables:
            table.document = sha256
        if scanned is not None:
            from app.source.ocr import mark_tables

            mark_tables(result.tables, scanned)
    if settings.sections:
        from app.extract import sections

        try:
            result.features = sections.page_features(page, number) or {}
        except Exception as exc:  # a failure of the heading rules must not lose the page's tables
            result.warnings.append(warn(number, HEADINGS_FAILED, error=str(exc)))
    result.words = _page_words_for_vocabulary(page)
    result.seconds = time.perf_counter() - t0
    return result


class _time_limit:
    """``with _time_limit(s):`` raises :class:`PageTimeout` after ``s`` seconds (POSIX main thread)."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        #: set when the alarm went off, even if the PageTimeout it raised was swallowed on the way
        #: (an exception raised inside a garbage-collector callback or a __del__ is only printed)
        self.fired = False
        self.active = (
            bool(seconds)
            and hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
        )

    def _raise(self, signum, frame):  # pragma: no cover - timing dependent
        self.fired = True
        raise PageTimeout()

    def __enter__(self):
        if self.active:
            self.previous = signal.signal(signal.SIGALRM, self._raise)
            signal.setitimer(signal.ITIMER_REAL, float(self.seconds))
        return self

    def __exit__(self, *exc):
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
        return False


def _timeout_warning(number: int, seconds: float) -> PageWarning:
    return warn(number, SKIPPED_TIME, seconds=f"{seconds:g}")


def stopped_warning(number: int, code: int | None) -> PageWarning:
    return warn(number, SKIPPED_STOPPED_CODE, code=str(code)) if code else warn(number, SKIPPED_STOPPED)


def unextracted_warning(number: int, detail: str) -> PageWarning:
    return warn(number, NOT_EXTRACTED, error=detail)


def failing_warning(number: int) -> PageWarning:
    return warn(number, SKIPPED_FAILING)


def _page_source(pdf, path, password: str | None, settings: ExtractSettings):
    from app.source.pagesource import PageSource

    return PageSource(pdf, path, password, source=settings.source)


def _run_page(source, number: int, settings: ExtractSettings, sha256: str, timeout: float | None,
              repaired: Callable[[], Any] | None = None) -> PageResult:
    """One page of a :class:`app.source.pagesource.PageSource`, every failure turned into a warning on it. A
    page that fails on damaged data is tried once more on ``repaired()`` (an
    :class:`app.source.pdf.RepairedCopy`, read by pdfminer), unless the document is already a repaired copy."""
    result = _run_page_once(source, number, settings, sha256, timeout)
    # a document read from a repaired copy says so (with page 1), and so does a page rebuilt from its content
    result.warnings[:0] = [PageWarning(p, m) for p, m in damage_warnings(source.plumber, number)]
    if (repaired is None or result.transient or getattr(source.plumber, "bb_repaired", False)
            or not any(w.message.startswith("page could not be extracted") for w in result.warnings)):
        return result
    try:
        other = repaired()
    except Exception:
        other = None
    if other is None:
        return result
    from app.source.pagesource import PageSource

    second = _run_page_once(PageSource(other, "", None, source="pdfminer"), number, settings, sha256, timeout)
    if second.transient or any(w.message.startswith("page could not be extracted") for w in second.warnings):
        return result
    second.warnings.insert(0, warn(number, READ_REPAIRED))
    return second


def _run_page_once(source, number: int, settings: ExtractSettings, sha256: str, timeout: float | None) -> PageResult:
    """Extract page ``number`` of a :class:`app.source.pagesource.PageSource`."""
    page = None
    try:
        with _time_limit(timeout) as limit:
            skipped = _too_dense(source.plumber.pages[number - 1], number, time.perf_counter())
            if skipped is not None:
                return skipped
            page = source.page(number)
            result = extract_page(page, number, settings, sha256, load_checked=True)
        if limit.fired:  # the alarm's exception was swallowed somewhere: still over the limit
            raise PageTimeout()
        return result
    except PageTimeout:
        return PageResult(page=number, warnings=[_timeout_warning(number, timeout or 0)], transient=True)
    except MemoryError:
        return PageResult(page=number, warnings=[warn(number, SKIPPED_MEMORY)], transient=True)
    except Exception as exc:  # one bad page must not stop the document
        if exc.args and isinstance(exc.args[0], PageTimeout):
            return PageResult(page=number, warnings=[_timeout_warning(number, timeout or 0)], transient=True)
        detail = str(exc).strip() or type(exc).__name__
        return PageResult(page=number, warnings=[unextracted_warning(number, detail)])
    finally:
        if page is not None:
            try:
                page.close()
            except Exception:
                pass


# ------------------------------------------------------------------------------------------ worker


#: Pages extracted at the window's priority before workers yield the CPU (BRIEFING_WORKER_NICE): the
#: first tables of a document opened in the GUI wait for no one (measured with bench_gui.py).
FIRST_PAGES = 10


def _lower_priority(niceness: int) -> None:
    try:
        os.nice(niceness)
    except (AttributeError, OSError):
        pass


class PageHandler:
    """The extractor process's side (run by an :class:`app.runner.worker.Worker`): open the PDF once,
    then extract each page number it is sent, answering ``(PageResult JSON, transient)``. When the
    document cannot be opened, creating it raises: the runner answers every page with the reason."""

    def __init__(self, path: str, password: str | None, settings: dict, sha256: str,
                 timeout: float | None, name: str | None = None) -> None:
        # The GUI asks its workers to yield the CPU to the window (BRIEFING_WORKER_NICE, set by widgets/),
        # once past the document's first pages: those are what the user is waiting for.
        try:
            self.niceness = int(os.environ.get("BRIEFING_WORKER_NICE", "0") or 0)
        except ValueError:
            self.niceness = 0
        self.path, self.password, self.name = path, password, name
        self.settings = ExtractSettings.from_json(settings)
        self.sha256, self.timeout = sha256, timeout
        self.ctx = self.source = None
        #: why the document can no longer be opened (a page after it is answered with the reason)
        self.broken: Exception | None = None
        self._open()
        self.repaired = RepairedCopy(path, password, len(self.pdf.pages))

    def _open(self) -> None:
        ctx = open_pdf(self.path, self.password, self.name)
        self.pdf = ctx.__enter__()
        self.ctx = ctx
        self.source = _page_source(self.pdf, self.path, self.password, self.settings)

    def _close_pdf(self) -> None:
        source, ctx, self.source, self.ctx = self.source, self.ctx, None, None
        try:
            if source is not None:
                source.close()
            if ctx is not None:
                ctx.__exit__(None, None, None)
        except Exception:  # noqa: BLE001
            pass

    def __call__(self, number: int) -> tuple[dict, bool]:
        if self.broken is not None:
            raise self.broken
        if self.niceness and number > FIRST_PAGES:
            _lower_priority(self.niceness)
            self.niceness = 0
        with collector_paused():
            result = _run_page(self.source, number, self.settings, self.sha256, self.timeout, self.repaired)
        if result.transient:
            # an interrupted pdfminer may have left shared state half-built: start afresh
            self._close_pdf()
            try:
                self._open()
            except Exception as exc:  # noqa: BLE001 - the pages after this one say why
                self.broken = exc
        return result.to_json(), result.transient

    def close(self) -> None:
        self.repaired.close()
        self._close_pdf()


#: What every worker imports for its first page: loaded once in the forkserver, not in each worker.
PRELOAD = ["app.extract.pipeline", "app.extract.tables", "app.extract.sections", "app.source.pagesource",
           "app.source.ocr", "app.document.textfix", "pdfplumber", "pypdfium2"]
preload(PRELOAD)



# --------------------------------------------------------------------------------------- extraction


class Extraction:
    """One run over a document; iterate it for :class:`PageResult` objects as pages complete.

    After iteration: ``cancelled`` tells whether ``cancel()`` stopped it, ``missing`` lists the
    pages that were not extracted.
    """

    def __init__(
        self,
        path: str | os.PathLike,
        pages: Iterable[int] | None = None,
        password: str | None = None,
        settings: ExtractSettings | None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        cancel: Callable[[], bool] | None = None,
        cache: Any = None,
        document: SourceDocument | None = None,
        page_timeout: float | None = PAGE_TIMEOUT,
    ) -> None:
        self.path = str(path)
        self.password = password
        self.settings = settings or ExtractSettings()
        self.workers = workers
        self.progress = progress
        self.cancel = cancel
        self.cache = cache
        self.page_timeout = page_timeout
        #: The document's own file name for messages: extraction may read a cached copy of it.
        self.name = Path(document.path).name if document is not None and document.path else Path(path).name
        #: the file as opened to describe it, kept for the pages extracted in this process (one open
        #: serves both: reading a file's page tree twice cost about 2% of ICDAR EU in process)
        self._opened = None
        if document is None and workers is not None and workers <= 0:
            self._opened = open_plumber(path, password, self.name)
            try:
                document = describe(path, password=password, pdf=self._opened)
            except BaseException:
                self._close_opened()
                raise
        self.document = document or describe(path, password=password)
        n = self.document.pages
        requested = list(pages) if pages is not None else list(range(1, n + 1))
        self.pages = sorted({p for p in requested if 1 <= p <= n})
        self.warnings = [
            warn(p, NO_SUCH_PAGE, page=str(p), pages=str(n))
            for p in sorted(set(requested)) if not 1 <= p <= n
        ]
        self.cancelled = False
        self.missing: list[int] = []
        self._done: set[int] = set()
        #: The handler a worker process runs (:class:`PageHandler`; tests replace it to simulate
        #: crashes and hangs).
        self.handler = PageHandler
        #: Extra time beyond ``page_timeout`` before a worker stuck on one page is killed.
        self.kill_grace = KILL_GRACE

    # ---- helpers ------------------------------------------------------------------------------

    def _close_opened(self) -> None:
        opened, self._opened = getattr(self, "_opened", None), None
        if opened is not None:
            with open_pdf(self.path, opened=opened):
                pass

    def __del__(self) -> None:
        self._close_opened()

    def _cancelled(self) -> bool:
        if self.cancel is not None and not self.cancelled:
            try:
                self.cancelled = bool(self.cancel())
            except Exception:
                self.cancelled = True
        return self.cancelled

    def _report(self, result: PageResult) -> PageResult:
        self._done.add(result.page)
        if self.cache is not None and not result.cached and not result.transient:
            try:
                self.cache.put_page(self.document.sha256, result.page, self.settings.key(), result.to_json())
            except Exception as exc:  # a full disk must not lose the extraction itself
                self.warnings.append(warn(0, CACHE_FAILED, error=str(exc)))
                self.cache = None
        if self.progress is not None:
            self.progress(len(self._done), len(self.pages), "extracting pages")
        return result

    # ---- running ------------------------------------------------------------------------------

    def __iter__(self) -> Iterator[PageResult]:
        todo = list(self.pages)
        if self.cache is not None and todo:
            try:
                stored = self.cache.cached_pages(self.document.sha256, self.settings.key())
            except Exception:
                stored = {}
            rest = []
            for number in todo:
                data = stored.get(number)
                result = None
                if data is not None:
                    try:
                        result = PageResult.from_json(data, cached=True)
                    except (KeyError, TypeError, ValueError):
                        result = None
                if result is None:
                    rest.append(number)
                else:
                    yield self._report(result)
            todo = rest
        if not todo:
            self._close_opened()
            return
        n_workers = self.workers if self.workers is not None else (os.cpu_count() or 1)
        if n_workers <= 0:
            yield from self._run_inline(todo)
        else:
            self._close_opened()
            yield from self._run_pool(todo, min(n_workers, len(todo)))
        self.missing = [p for p in self.pages if p not in self._done]

    def _run_inline(self, todo: list[int]) -> Iterator[PageResult]:
        opened, self._opened = self._opened, None
        with open_pdf(self.path, self.password, self.name, opened=opened) as pdf:
            repaired = RepairedCopy(self.path, self.password, len(pdf.pages))
            source = _page_source(pdf, self.path, self.password, self.settings)
            try:
                for number in todo:
                    if self._cancelled():
                        return
                    with collector_paused():
                        result = _run_page(source, number, self.settings, self.document.sha256,
                                           self.page_timeout, repaired)
                    yield self._report(result)
            finally:
                repaired.close()
                source.close()

    def _workers(self, n_workers: int, replies: queue.SimpleQueue) -> list[Worker]:
        factory = functools.partial(self.handler, self.path, self.password, self.settings.to_json(),
                                    self.document.sha256, self.page_timeout, self.name)
        return [Worker(factory, name="briefing-builder-extract", what="extractor",
                       on_reply=lambda request, ok, result, i=i: replies.put((i, request, ok, result)))
                for i in range(n_workers)]

    def _run_pool(self, todo: list[int], n_workers: int) -> Iterator[PageResult]:
        replies: queue.SimpleQueue = queue.SimpleQueue()
        workers = self._workers(n_workers, replies)
        pending: deque[int] = deque(todo)
        #: (worker, request) -> its page, for every page sent and not answered yet
        sent: dict[tuple[int, int], int] = {}
        #: requests whose helper was killed for staying on them past the time limit
        timed_out: set[tuple[int, int]] = set()
        hard_limit = (self.page_timeout + self.kill_grace) if self.page_timeout else None
        #: helpers lost so far; past the budget the pages left are given up
        lost: set[tuple[int, int | None]] = set()
        lost_budget = 2 * n_workers + 10

        def answered(i: int, request: int, ok: bool, reply: Any) -> Iterator[PageResult]:
            number = sent.pop((i, request), None)
            if number is None or number in self._done:
                return
            if ok:
                data, transient = reply
                result = PageResult.from_json(data)
                result.transient = bool(transient)
                yield self._report(result)
            elif isinstance(reply, Stopped):
                lost.add((i, reply.pid))
                if not reply.started:  # it was only waiting in that helper's queue: send it again
                    pending.appendleft(number)
                elif (i, request) in timed_out:
                    yield self._report(PageResult(
                        page=number, warnings=[_timeout_warning(number, self.page_timeout)], transient=True))
                else:
                    yield self._report(PageResult(
                        page=number, warnings=[stopped_warning(number, reply.exitcode)], transient=True))
            else:  # the worker cannot open the document (it could a moment ago)
                yield self._report(PageResult(page=number, warnings=[unextracted_warning(number, reply)],
                                              transient=True))

        try:
            while pending or sent:
                if self._cancelled():
                    return
                if len(lost) > lost_budget:
                    break
                # keep every worker fed, a few pages ahead; one that read RECYCLE_AFTER pages is replaced
                # by a fresh process once it has answered them (bounds memory growth)
                for i, w in enumerate(workers):
                    if RECYCLE_AFTER and w.sent >= RECYCLE_AFTER:
                        if w.pending():
                            continue
                        w.close()
                    while pending and len(w.pending()) < PREFETCH and not (RECYCLE_AFTER and w.sent >= RECYCLE_AFTER):
                        number = pending.popleft()
                        sent[(i, w.submit(number))] = number
                try:
                    item = replies.get(timeout=0.1)
                except queue.Empty:
                    item = None
                while item is not None:
                    yield from answered(*item)
                    try:
                        item = replies.get_nowait()
                    except queue.Empty:
                        item = None
                # a worker stuck on one page past the limit (where its own alarm cannot reach) is killed
                if hard_limit:
                    for i, w in enumerate(workers):
                        running = w.running
                        if running is not None and running[1] > hard_limit and (i, running[0]) not in timed_out:
                            timed_out.add((i, running[0]))
                            w.kill()
            # pages left when the workers kept being lost
            for p in list(pending) + list(sent.values()):
                if p not in self._done:
                    yield self._report(PageResult(page=p, warnings=[failing_warning(p)], transient=True))
        finally:
            for w in workers:
                if self.cancelled:
                    w.cancel()
                else:
                    # not waited for: the document's assembly goes on while the workers exit
                    w.close(wait=False)


def iter_extract(
    path: str | os.PathLike,
    pages: Iterable[int] | None = None,
    password: str | None = None,
    settings: ExtractSettings | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    cache: Any = None,
    document: SourceDocument | None = None,
    page_timeout: float | None = PAGE_TIMEOUT,
) -> Iterator[PageResult]:
    """Stream :class:`PageResult` objects as pages complete (cached pages first).

    Raises :class:`app.source.pdf.PdfError` before yielding anything when the PDF cannot be opened.
    Closing the generator early stops the workers.
    """
    run = Extraction(path, pages, password, settings, workers, progress, cancel, cache, document, page_timeout)
    yield from run


# ------------------------------------------------------------------------------------- the document


class Assembly:
    """The document-level steps fed page by page (the one home of :func:`assemble`): what needs one
    page's result only is done as it arrives (its section lines), the rest in :meth:`finish`, after the
    last page (repair, continuation links, totals, the section tree, tags). Fed as pages stream in, a
    long document's pages cost nothing of that after its last page, while a core still waits for it.

        assembly = Assembly(settings)
        for result in iter_extract(...):
            assembly.add(result)
        data = assembly.finish(document, path=..., warnings=...)
    """

    def __init__(self, settings: ExtractSettings | None = None, path: str | os.PathLike | None = None,
                 password: str | None = None) -> None:
        self.settings = settings or ExtractSettings()
        self.results: list[PageResult] = []
        #: (path, password, bookmarks or the exception reading them) when read ahead (given ``path``)
        self._outline: tuple | None = None
        #: each page's words split for the table repair's vocabulary (by ``id`` of its result), from the
        #: first page with a table on (a document without tables needs no vocabulary; the pages before
        #: it are split in :meth:`finish`)
        self._tokens: dict[int, list[str]] | None = None
        self._lines = None
        #: whether :meth:`add` froze what lived then (:func:`_freeze_pages`)
        self._froze = False
        if self.settings.sections:
            from app.extract.sections import SectionPages

            self._lines = SectionPages()
            if path is not None:
                # bookmarks give the headings: the pages' heading runs need not be worked out ahead
                outline = self._read_outline(path, password)
                self._outline = (str(path), password, outline)
                self._lines.runs_ahead = isinstance(outline, Exception) or not outline

    @staticmethod
    def _read_outline(path: str | os.PathLike, password: str | None):
        """The document's bookmarks (:func:`app.extract.sections.read_outline`), or the exception."""
        from app.extract import sections

        try:
            return sections.read_outline(str(path), password)
        except Exception as exc:  # noqa: BLE001 - reported with the document (BOOKMARKS_FAILED)
            return exc

    def add(self, result: PageResult) -> None:
        """One page's result (in any order)."""
        from app.document.textfix import word_tokens

        self.results.append(result)
        if self._tokens is None and result.tables:
            self._tokens = {}
        if self._tokens is not None:
            self._tokens[id(result)] = word_tokens(" ".join(result.words))
        if self._lines is not None:
            self._lines.add(result.page, result.features, result.tables)
        self._froze = _freeze_pages() or self._froze

    def finish(
        self,
        document: SourceDocument,
        *,
        path: str | os.PathLike | None = None,
        password: str | None = None,
        warnings: Iterable[PageWarning] = (),
    ) -> DocumentData:
        """The document from the pages added (see :func:`assemble`)."""
        # The pages' results and lines live until the document is built: the collector's full passes
        # need not walk them (two full collections cost 0.13-0.19 s on the 304-page appeal). Objects
        # made here are collected as usual; a freeze someone else made is left alone.
        freeze = _FROZEN or gc.get_freeze_count() == 0
        if freeze:
            gc.freeze()
        try:
            return self._finish(document, path, password, warnings)
        finally:
            if freeze:
                _unfreeze_pages(force=True)
            self._froze = False

    def __del__(self) -> None:
        # an assembly dropped before its end (a cancelled extraction) gives the collector its objects back
        if getattr(self, "_froze", False):
            try:
                _unfreeze_pages()
            except Exception:  # noqa: BLE001 - at interpreter exit
                pass

    def _finish(self, document: SourceDocument, path: str | os.PathLike | None, password: str | None,
                warnings: Iterable[PageWarning]) -> DocumentData:
        from app.extract.tables.continuation import link_continued
        from app.extract.tables.repair import repair_tables
        from app.extract.tables.totals import check_totals, earlier_parts
        from app.document.textfix import word_tokens

        settings = self.settings
        results = sorted(self.results, key=lambda r: r.page)
        data = DocumentData(document=document)
        data.warnings.extend(warnings)
        for r in results:
            data.tables.extend(r.tables)
            data.warnings.extend(r.warnings)
        if results and not any(r.has_text for r in results):
            if any("OCR" in w.message for r in results for w in r.warnings):
                data.warnings.append(warn(0, DOCUMENT_SCANNED))
            else:
                data.warnings.append(warn(0, DOCUMENT_EMPTY))
        if data.tables:
            made = self._tokens or {}
            tokens = (made.get(id(r)) or word_tokens(" ".join(r.words)) for r in results)
            data.warnings.extend(repair_tables(data.tables, (r.words for r in results), page_tokens=tokens))
            link_continued(data.tables, document.page_sizes)
            for table in data.tables:
                for mismatch in check_totals(table, earlier_parts(table, data.tables)):
                    data.warnings.append(PageWarning(table.page, mismatch.message()))
        if settings.sections and results:
            from app.extract import sections

            outline = None
            if path is not None:
                ahead = self._outline
                outline = (ahead[2] if ahead is not None and ahead[:2] == (str(path), password)
                           else self._read_outline(path, password))
                if isinstance(outline, Exception):
                    data.warnings.append(warn(0, BOOKMARKS_FAILED, error=str(outline)))
                    outline = None
            features = {r.page: r.features for r in results}
            try:
                data.sections = sections.build_sections(document, features, data.tables, outline, self._lines)
            except Exception as exc:
                data.warnings.append(warn(0, TREE_FAILED, error=str(exc)))
        # country/region/theme tags of sections and table rows (app/document/tags.py)
        try:
            from app.document.tags import tag_document

            tag_document(data)
        except Exception as exc:
            data.warnings.append(warn(0, TAGS_FAILED, error=str(exc)))
        data.warnings.sort(key=lambda w: w.page)
        return data


#: Whether the collector's permanent generation holds what :func:`_freeze_pages` froze (until an
#: :meth:`Assembly.finish`, or until the assembly that froze is dropped).
_FROZEN = False


def _freeze_pages() -> None:
    """Take what lives now out of the collector's passes, as each page is added: the pages' results and
    lines live until the document is built, and the passes that walked them as they piled up (one of
    every generation's collections, the full ones over the whole document so far) cost 0.10-0.15 CPU s
    of the 304-page appeal's assembly in the process receiving its pages, while the workers want both
    cores. Reference counting still frees what is dropped; a cycle dropped is collected once
    :meth:`Assembly.finish` unfreezes (or the assembly is dropped). A freeze someone else made is left
    alone. True when it froze."""
    global _FROZEN
    if _FROZEN or gc.get_freeze_count() == 0:
        gc.freeze()
        _FROZEN = True
        return True
    return False


def _unfreeze_pages(force: bool = False) -> None:
    """Give the collector back what :func:`_freeze_pages` froze (``force``: a freeze made since, the
    one :meth:`Assembly.finish` makes, too)."""
    global _FROZEN
    if _FROZEN or force:
        gc.unfreeze()
        _FROZEN = False


def assemble(
    document: SourceDocument,
    results: Iterable[PageResult],
    *,
    path: str | os.PathLike | None = None,
    password: str | None = None,
    settings: ExtractSettings | None = None,
    warnings: Iterable[PageWarning] = (),
) -> DocumentData:
    """Document-level steps over all page results: repair, continuation links, the section tree, tags
    (an :class:`Assembly` given every result at once)."""
    assembly = Assembly(settings)
    for result in results:
        assembly.add(result)
    return assembly.finish(document, path=path, password=password, warnings=warnings)


def prepare_assembly() -> None:
    """Load what :func:`assemble` needs the first time it runs in a process: its modules and the name
    indexes of the tagging pass (about 0.25 CPU s on the 304-page document, measured). Called on a
    thread while the pages are extracted, that time is no longer spent after the last page; nothing
    it does changes a result."""
    import app.extract.sections.analysis  # noqa: F401 - loaded by build_sections on first use
    import app.extract.sections.headings  # noqa: F401
    import app.extract.sections.lines  # noqa: F401
    import app.extract.sections.outline  # noqa: F401
    import app.extract.sections.reading  # noqa: F401
    import app.extract.sections.toc  # noqa: F401
    import app.extract.sections.tree  # noqa: F401
    import app.extract.tables.continuation  # noqa: F401
    import app.extract.tables.repair  # noqa: F401
    import app.extract.tables.totals  # noqa: F401
    from app.document.tags import tag_text

    tag_text("")  # builds the country, region and theme indexes once per process


def prepare_in_background() -> threading.Thread:
    """:func:`prepare_assembly` on a daemon thread (join it before :func:`assemble`). Only where the
    assembly runs: never in the GUI's process, whose assembly runs in a helper process."""
    def run() -> None:
        try:
            prepare_assembly()
        except Exception:  # noqa: BLE001 - assemble loads it then, and reports what fails
            pass

    thread = threading.Thread(target=run, daemon=True, name="prepare-assembly")
    thread.start()
    return thread


def extract_document(
    path: str | os.PathLike,
    pages: Iterable[int] | None = None,
    password: str | None = None,
    settings: ExtractSettings | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    cache: Any = None,
    document: SourceDocument | None = None,
    page_timeout: float | None = PAGE_TIMEOUT,
) -> DocumentData:
    """Extract a whole document (or the given 1-based pages) into a :class:`DocumentData`.

    Raises :class:`app.source.pdf.PdfError` when the PDF cannot be opened at all; everything that goes
    wrong on single pages becomes a warning on that page.
    """
    settings = settings or ExtractSettings()
    if cache is None and (workers is None or workers > 0):
        # the workers' process server imports what they need while this process opens the document
        prestart()
    run = Extraction(path, pages, password, settings, workers, progress, cancel, cache, document, page_timeout)
    # the document-level steps' modules and indexes load while the pages are extracted
    prepared = prepare_in_background()
    assembly = Assembly(settings, path, password)
    for result in run:
        assembly.add(result)
    prepared.join()
    warnings = list(run.warnings)
    if run.cancelled:
        done = {r.page for r in assembly.results}
        missing = [p for p in run.pages if p not in done]
        warnings.append(cancelled_warning(len(missing), len(run.pages)))
    return assembly.finish(run.document, path=path, password=password, warnings=warnings)


__all__ = [
    "Assembly",
    "ExtractSettings",
    "Extraction",
    "PageResult",
    "PdfError",
    "assemble",
    "extract_document",
    "extract_page",
    "iter_extract",
    "PageHandler",
    "cancelled_warning",
    "parse_pages",
    "prepare_assembly",
    "prepare_in_background",
    "prestart",
    "warn",
    "warning_message",
    "PAGE_TIMEOUT",
]
