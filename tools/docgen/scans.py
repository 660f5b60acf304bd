"""Image-only ("scanned") versions of born-digital PDFs, with the scanner's defects, for OCR tests
and benchmarks. The born-digital document's exact truth stays the truth of its scan.

    python -m tools.docgen.scans IN.pdf OUT.pdf [--dpi 200] [--seed 1] [--skew 1.5] [--rotate 90]
        [--jpeg 60] [--noise 8] [--grey 225] [--stamp]

Each page is rendered at ``dpi`` (pypdfium2), turned by ``rotate`` (a page fed sideways) and a small
random ``skew`` up to the given degrees, laid on a grey background with Gaussian noise, optionally
stamped, JPEG-compressed, and placed as the only content of a page of the original size: no text
layer survives.
"""

from __future__ import annotations

import argparse
import io
import random
from pathlib import Path


def scan_pdf(src: str | Path, out: str | Path, *, dpi: int = 200, seed: int = 1, skew: float = 0.0,
             rotate: int = 0, jpeg: int = 75, noise: float = 0.0, grey: int = 255, stamp: bool = False,
             pages: list[int] | None = None) -> Path:
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = pdfium.PdfDocument(str(src))
    c = canvas.Canvas(str(out), invariant=1)
    try:
        numbers = pages or list(range(1, len(doc) + 1))
        for number in numbers:
            page = doc[number - 1]
            width, height = page.get_size()
            image = page.render(scale=dpi / 72).to_pil().convert("L")
            if grey < 255:
                # paper darker than white: ink stays dark, background moves to ``grey``
                arr = np.asarray(image, dtype=np.float32)
                image = Image.fromarray((arr * grey / 255.0).astype("uint8"))
            if stamp:
                draw = ImageDraw.Draw(image)
                cx, cy = int(image.width * rng.uniform(0.55, 0.8)), int(image.height * rng.uniform(0.7, 0.9))
                r = int(dpi * 0.6)
                draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=110, width=max(2, dpi // 50))
                draw.text((cx - r // 2, cy - 6), "RECEIVED", fill=110)
            angle = rng.uniform(-skew, skew) if skew else 0.0
            if angle:
                image = image.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=grey)
            if noise:
                arr = np.asarray(image, dtype=np.float32)
                arr += np.random.default_rng(seed * 1000 + number).normal(0, noise, arr.shape)
                image = Image.fromarray(np.clip(arr, 0, 255).astype("uint8"))
            page_w, page_h = width, height
            if rotate:
                image = image.rotate(-rotate, expand=True)
                if rotate in (90, 270):
                    page_w, page_h = height, width
            buf = io.BytesIO()
            image.save(buf, format="JPEG", quality=jpeg)
            buf.seek(0)
            c.setPageSize((page_w, page_h))
            c.drawImage(ImageReader(buf), 0, 0, width=page_w, height=page_h)
            c.showPage()
            page.close()
        c.save()
    finally:
        doc.close()
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("src")
    p.add_argument("out")
    p.add_argument("--dpi", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--skew", type=float, default=0.0)
    p.add_argument("--rotate", type=int, default=0, choices=(0, 90, 180, 270))
    p.add_argument("--jpeg", type=int, default=75)
    p.add_argument("--noise", type=float, default=0.0)
    p.add_argument("--grey", type=int, default=255)
    p.add_argument("--stamp", action="store_true")
    p.add_argument("--pages", help="comma-separated page numbers (default: all)")
    a = p.parse_args(argv)
    pages = [int(x) for x in a.pages.split(",")] if a.pages else None
    scan_pdf(a.src, a.out, dpi=a.dpi, seed=a.seed, skew=a.skew, rotate=a.rotate, jpeg=a.jpeg,
             noise=a.noise, grey=a.grey, stamp=a.stamp, pages=pages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
