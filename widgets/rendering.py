"""Page rendering off the GUI thread, with a memory-bounded cache.

pdfium is not thread safe (not even across documents), so every pdfium call made by the GUI goes through
:data:`PDFIUM_LOCK` and all rendering runs on ONE background thread. The GUI asks
:meth:`RenderService.request` for an image; it gets it at once from the cache or later through the
:attr:`RenderService.rendered` signal.
"""

from __future__ import annotations

import atexit
import os
import weakref
from collections import OrderedDict, deque
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from app.source.pdf import PDFIUM_LOCK  # noqa: F401 - held around every pdfium call of the process
from app.source.render import PageRenderer, RenderedPage

from .pool_relay import PoolRelay

PAGE_PRIORITY = 10
PREFETCH_PRIORITY = 5
THUMB_PRIORITY = 0


def to_qimage(page: RenderedPage) -> QImage:
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB32)
    return image.copy()  # detach from the Python bytes


class Document:
    """A renderable source PDF. Open and close only through :class:`RenderService`."""

    def __init__(self, key: str, path: str | os.PathLike, password: str | None = None) -> None:
        self.key = key
        self.path = Path(path)
        with PDFIUM_LOCK:
            self._renderer: PageRenderer | None = PageRenderer(path, password=password)
            self.page_count = len(self._renderer)

    @property
    def closed(self) -> bool:
        return self._renderer is None

    def render(self, index: int, scale: float) -> QImage | None:
        with PDFIUM_LOCK:
            if self._renderer is None or not 0 <= index < self.page_count:
                return None
            page = self._renderer.render(index, scale=scale)
        return to_qimage(page)

    def page_size(self, index: int) -> tuple[float, float]:
        with PDFIUM_LOCK:
            if self._renderer is None:
                return (595.0, 842.0)
            return self._renderer.page_size(index)

    def close(self) -> None:
        with PDFIUM_LOCK:
            if self._renderer is not None:
                self._renderer.close()
                self._renderer = None


class _Job(QRunnable):
    def __init__(self, relay: PoolRelay, document: Document, index: int, scale: float, key) -> None:
        super().__init__()
        # Python keeps the job alive (in RenderService._pending) until its result arrived
        self.setAutoDelete(False)
        self._relay = relay
        self._document = document
        self._index = index
        self._scale = scale
        self._key = key

    def run(self) -> None:  # background thread
        try:
            image = self._document.render(self._index, self._scale)
        except Exception as exc:  # noqa: BLE001 - a damaged page must not kill the thread
            self._relay.report_failed(self._key, str(exc))
            return
        if image is not None:
            self._relay.report_done(self._key, image)
        else:
            self._relay.report_failed(self._key, "closed")


class _Cache:
    def __init__(self, budget_bytes: int) -> None:
        self.budget = budget_bytes
        self.used = 0
        self.items: OrderedDict = OrderedDict()

    def get(self, key):
        image = self.items.get(key)
        if image is not None:
            self.items.move_to_end(key)
        return image

    def put(self, key, image: QImage) -> None:
        old = self.items.pop(key, None)
        if old is not None:
            self.used -= old.sizeInBytes()
        self.items[key] = image
        self.used += image.sizeInBytes()
        while self.used > self.budget and len(self.items) > 1:
            _, dropped = self.items.popitem(last=False)
            self.used -= dropped.sizeInBytes()

    def drop(self, document_key: str) -> None:
        for key in [k for k in self.items if k[0] == document_key]:
            self.used -= self.items.pop(key).sizeInBytes()


#: Every live service, for the exit below.
_SERVICES: "weakref.WeakSet[RenderService]" = weakref.WeakSet()


@atexit.register
def _stop_rendering() -> None:
    """At exit, queued renders are dropped and the running ones waited for: Python's finalisation
    ends a thread of Qt's pool that then asks for the interpreter from inside Qt, and the process
    aborts ("terminate called without an active exception")."""
    for service in list(_SERVICES):
        try:
            service.shutdown()
        except RuntimeError:  # already deleted with its window
            pass


class RenderService(QObject):
    """Renders pages on one background thread; caches the images (LRU, bounded by bytes)."""

    #: (key, image); key = (document key, page index, scale)
    rendered = Signal(object, QImage)
    failed = Signal(object, str)

    def __init__(self, parent: QObject | None = None, page_budget_mb: int = 160, thumb_budget_mb: int = 40) -> None:
        super().__init__(parent)
        self._relay = PoolRelay()  # no parent: the jobs keep it alive (see widgets.pool_relay)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pages = _Cache(page_budget_mb * 1024 * 1024)
        self._thumbs = _Cache(thumb_budget_mb * 1024 * 1024)
        self._pending: dict = {}
        # finished jobs stay referenced a little longer: the pool thread may still be returning from run()
        self._finished: deque = deque(maxlen=64)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        _SERVICES.add(self)

    @staticmethod
    def key(document: Document, index: int, scale: float) -> tuple[str, int, float]:
        return (document.key, index, round(scale, 3))

    def cached(self, document: Document, index: int, scale: float, thumbnail: bool = False) -> QImage | None:
        cache = self._thumbs if thumbnail else self._pages
        return cache.get(self.key(document, index, scale))

    def request(self, document: Document, index: int, scale: float, priority: int = PAGE_PRIORITY,
                thumbnail: bool = False) -> QImage | None:
        """The image if cached; otherwise schedule it and return None (``rendered`` follows)."""
        key = self.key(document, index, scale)
        cache = self._thumbs if thumbnail else self._pages
        image = cache.get(key)
        if image is not None:
            return image
        if key in self._pending:
            job, old_priority, _ = self._pending[key]
            if priority <= old_priority or not self._pool.tryTake(job):
                return None
        job = _Job(self._relay, document, index, scale, key)
        self._pending[key] = (job, priority, thumbnail)
        self._pool.start(job, priority)
        return None

    def cancel_thumbnails(self) -> None:
        """Forget queued thumbnail jobs (the user scrolled away)."""
        for key, (job, _, thumb) in list(self._pending.items()):
            if thumb and self._pool.tryTake(job):
                del self._pending[key]

    def forget(self, document: Document) -> None:
        """Drop cached images of a document (before closing it)."""
        self._pages.drop(document.key)
        self._thumbs.drop(document.key)

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 30000) -> bool:
        """Drop the queued renders and wait for the one running (the window or application closes)."""
        self._pool.clear()
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _on_done(self, key, image: QImage) -> None:
        entry = self._pending.pop(key, None)
        if entry:
            self._finished.append(entry[0])
        thumbnail = entry[2] if entry else False
        (self._thumbs if thumbnail else self._pages).put(key, image)
        self.rendered.emit(key, image)

    def _on_failed(self, key, message: str) -> None:
        entry = self._pending.pop(key, None)
        if entry:
            self._finished.append(entry[0])
        self.failed.emit(key, message)
