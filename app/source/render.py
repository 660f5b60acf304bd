"""Page rendering with pypdfium2 (fast, already installed with pdfplumber). Qt-free: returns raw pixels.

The GUI turns the pixels into a QImage; exporters and tests can use PIL images.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.source.pdf import PDFIUM_LOCK


@dataclass(frozen=True)
class RenderedPage:
    width: int
    height: int
    #: Rows of 32-bit BGRX pixels (``stride`` bytes each; X is padding).
    pixels: bytes
    stride: int
    #: Pixels per PDF point.
    scale: float


class PageRenderer:
    """Renders pages of one PDF. Thread-safe: pdfium is not, not even across documents, so every
    call holds the process's one pdfium lock (:data:`app.source.pdf.PDFIUM_LOCK`), the one the
    extraction's page reading holds."""

    def __init__(self, path: str | os.PathLike, password: str | None = None) -> None:
        self.path = Path(path)
        self._doc = None
        with PDFIUM_LOCK:
            self._open(password)

    def _open(self, password: str | None) -> None:
        import pypdfium2 as pdfium

        try:
            self._doc = pdfium.PdfDocument(str(self.path), password=password)
        except pdfium.PdfiumError as exc:
            from app.source.pdf import PdfMalformedError, PdfPasswordError

            if "password" in str(exc).lower():
                raise PdfPasswordError(self.path, wrong=bool(password)) from exc
            # a damaged file pdfium cannot open: the repaired copy the extraction reads (same pages)
            from app.source.pdf import repaired_bytes

            self._data = repaired_bytes(self.path, password)
            if self._data is None:
                raise PdfMalformedError(f"{self.path.name} cannot be rendered ({exc}).") from exc
            try:
                self._doc = pdfium.PdfDocument(self._data)
            except pdfium.PdfiumError:
                raise PdfMalformedError(f"{self.path.name} cannot be rendered ({exc}).") from exc

    def _open_doc(self):
        if self._doc is None or not self._doc.raw:
            raise ValueError(f"{self.path.name}: the renderer was closed")
        return self._doc

    def __len__(self) -> int:
        with PDFIUM_LOCK:
            return len(self._open_doc())

    def page_size(self, index: int) -> tuple[float, float]:
        """(width, height) in points of page ``index`` (0-based), rotation applied."""
        with PDFIUM_LOCK:
            page = self._open_doc()[index]
            try:
                w, h = page.get_size()
                if page.get_rotation() in (90, 270):
                    w, h = h, w
                return float(w), float(h)
            finally:
                page.close()

    def render(self, index: int, scale: float = 1.0) -> RenderedPage:
        """Render page ``index`` (0-based) at ``scale`` pixels per point."""
        with PDFIUM_LOCK:
            page = self._open_doc()[index]
            try:
                bitmap = page.render(scale=scale, prefer_bgrx=True, may_draw_forms=True)
                try:
                    width, height = bitmap.width, bitmap.height
                    stride = bitmap.stride
                    pixels = bytes(bitmap.buffer)
                    mode = bitmap.mode
                finally:
                    bitmap.close()
            finally:
                page.close()
        if mode not in ("BGRX", "BGRA"):  # pragma: no cover - pdfium honours prefer_bgrx
            raise RuntimeError(f"unexpected bitmap mode {mode}")
        return RenderedPage(width, height, pixels, stride, scale)

    def close(self) -> None:
        with PDFIUM_LOCK:
            if self._doc is not None:
                self._doc.close()
                self._doc = None
