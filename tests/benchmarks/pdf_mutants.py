"""Seeded damage for PDFs: byte flips, truncations, cross-reference damage, stream corruption and
object deletion, the ways files get broken by interrupted downloads, bad USB sticks, mail gateways
and sloppy producers.

    python -m tests.benchmarks.pdf_mutants OUT_DIR [--count 1000] [--seed 11] [--corpus]

writes the base PDFs (generated ones and pieces of the bundled samples) and ``count`` mutants of
them into OUT_DIR, each named ``m0042-truncate-sample-myanmar.pdf``. The same seed always gives the
same bytes. Nothing written here is committed: the bases are made at run time, and corpus files
(``--corpus``) are only read.
"""

from __future__ import annotations

import argparse
import io
import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"

KINDS = ("flip", "truncate", "xref", "stream", "delete", "mixed")

_OBJ = re.compile(rb"(\d+)\s+(\d+)\s+obj\b")
_STREAM = re.compile(rb"stream\r?\n")


@dataclass
class Mutant:
    name: str
    kind: str
    base: str
    data: bytes
    #: what was done, for the report ("cut at 61% (byte 40211 of 65930)")
    detail: str


# ------------------------------------------------------------------------------------------ bases


def _reportlab_pdf(pages: int, seed: int, compress: bool) -> bytes:
    """A generated report: headings, paragraphs and a ruled funding table on each page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    rng = random.Random(seed)
    styles = getSampleStyleSheet()
    countries = ["Kenya", "Somalia", "Ethiopia", "Sudan", "Chad", "Niger", "Mali", "Yemen", "Haiti", "Peru"]
    story = []
    for p in range(pages):
        story.append(Paragraph(f"Objective {p + 1}: protection and assistance", styles["Heading1"]))
        story.append(Paragraph(
            " ".join(rng.choice(["Partners", "provide", "shelter", "water", "and", "health", "services",
                                 "to", "displaced", "people", "in", "the", "region", "funding"])
                     for _ in range(90)) + ".", styles["BodyText"]))
        rows = [["Country", "Objective 1", "Objective 2", "Total"]]
        for c in rng.sample(countries, 6):
            a, b = rng.randrange(1, 900) * 1000, rng.randrange(1, 900) * 1000
            rows.append([c, f"{a:,}", f"{b:,}", f"{a + b:,}"])
        table = Table(rows)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        story.append(table)
        if p < pages - 1:
            story.append(PageBreak())
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, title="Generated appeal", invariant=1, pageCompression=compress)
    doc.build(story)
    return buffer.getvalue()


def _with_object_streams(data: bytes) -> bytes | None:
    """The same document written with object streams and a cross-reference stream (as most current
    producers write), when pikepdf is installed."""
    try:
        import pikepdf
    except ImportError:
        return None
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate, static_id=True)
    return out.getvalue()


def _sample_piece(path: Path, first: int, count: int) -> bytes:
    """Pages ``first``..``first + count - 1`` (1-based) of a bundled sample, as a PDF of their own."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(path))
    try:
        n = len(src)
        pages = [i for i in range(first - 1, min(n, first - 1 + count))]
        dst = pdfium.PdfDocument.new()
        dst.import_pages(src, pages)
        out = io.BytesIO()
        dst.save(out)
        dst.close()
        return out.getvalue()
    finally:
        src.close()


def base_pdfs(corpus: Path | None = None) -> dict[str, bytes]:
    """The undamaged PDFs mutants are made from, by name (deterministic)."""
    bases: dict[str, bytes] = {}
    bases["gen-plain-3p"] = _reportlab_pdf(3, 1, compress=False)
    bases["gen-flate-4p"] = _reportlab_pdf(4, 2, compress=True)
    objstm = _with_object_streams(bases["gen-flate-4p"])
    if objstm is not None:
        bases["gen-objstm-4p"] = objstm
    myanmar = SAMPLES / "myanmar-crisis-response-plan-2025-sample.pdf"
    if myanmar.is_file():
        bases["sample-myanmar"] = myanmar.read_bytes()
    migration = SAMPLES / "migration-initiatives-2017-sample.pdf"
    if migration.is_file():
        for first in (1, 8, 30):
            bases[f"sample-mi-p{first}"] = _sample_piece(migration, first, 3)
    if corpus is not None:
        for path in sorted(corpus.rglob("*.pdf")):
            if path.stat().st_size <= 3_000_000:
                bases[f"corpus-{path.stem}"] = path.read_bytes()
    return bases


# -------------------------------------------------------------------------------------- mutations


def _flip(data: bytearray, rng: random.Random) -> str:
    n = rng.choice([1, 2, 5, 10, 30])
    for _ in range(n):
        i = rng.randrange(len(data))
        data[i] ^= rng.randrange(1, 256)
    return f"{n} bytes flipped"


def _truncate(data: bytearray, rng: random.Random) -> str:
    keep = int(len(data) * rng.uniform(0.05, 0.98))
    total = len(data)
    del data[keep:]
    return f"cut at {keep * 100 // total}% (byte {keep} of {total})"


def _xref(data: bytearray, rng: random.Random) -> str:
    text = bytes(data)
    choice = rng.randrange(5)
    sx = text.rfind(b"startxref")
    if choice == 0 and sx >= 0:  # startxref points somewhere else
        m = re.compile(rb"startxref\s+(\d+)").match(text, sx)
        if m:
            data[m.start(1):m.end(1)] = str(rng.randrange(0, len(data))).encode()
            return "startxref offset replaced"
    if choice == 1:  # every offset shifted: junk inserted after the header
        at = text.find(b"\n", 9) + 1 or 10
        junk = bytes(rng.randrange(32, 127) for _ in range(rng.randrange(1, 400)))
        data[at:at] = junk
        return f"{len(junk)} junk bytes inserted after the header"
    xref = text.rfind(b"xref", 0, sx if sx >= 0 else len(text))
    if choice == 2 and xref >= 0:  # the cross-reference section garbled
        n = rng.randrange(8, 200)
        for i in range(xref, min(len(data), xref + n)):
            data[i] = rng.randrange(32, 127)
        return f"{n} bytes of the cross-reference section garbled"
    if choice == 3:  # trailer / cross-reference stream dictionary damaged
        t = text.rfind(b"trailer")
        if t < 0:
            t = text.rfind(b"/XRef")
        if t >= 0:
            data[t:t + 7] = b"xxxxxxx"
            return "trailer keyword destroyed"
    # the tail (startxref and %%EOF) removed
    cut = text.rfind(b"startxref")
    if cut < 0:
        cut = max(0, len(data) - 40)
    del data[cut:]
    return "startxref and %%EOF removed"


def _stream(data: bytearray, rng: random.Random) -> str:
    starts = [m.end() for m in _STREAM.finditer(data)]
    if not starts:
        return _flip(data, rng)
    begin = rng.choice(starts)
    end = data.find(b"endstream", begin)
    if end <= begin:
        end = min(len(data), begin + 200)
    length = end - begin
    if rng.random() < 0.5 and length > 4:  # overwrite a chunk inside the stream
        a = rng.randrange(0, length)
        b = min(length, a + rng.randrange(1, max(2, length // 3)))
        for i in range(begin + a, begin + b):
            data[i] = rng.randrange(256)
        return f"stream bytes {a}-{b} of {length} overwritten"
    # the stream shortened: /Length no longer matches
    cut = rng.randrange(0, max(1, length))
    del data[begin + cut:end]
    return f"stream cut to {cut} of {length} bytes"


def _delete(data: bytearray, rng: random.Random) -> str:
    spans = []
    for m in _OBJ.finditer(data):
        end = data.find(b"endobj", m.end())
        if end > 0:
            spans.append((m.start(), end + len(b"endobj"), m.group(1).decode()))
    if not spans:
        return _truncate(data, rng)
    n = rng.choice([1, 1, 2, 3])
    chosen = sorted(rng.sample(spans, min(n, len(spans))), reverse=True)
    for a, b, _ in chosen:
        if rng.random() < 0.5:
            del data[a:b]  # cut out: later offsets shift
        else:
            data[a:b] = b" " * (b - a)  # blanked: offsets stay, the object is gone
    return "objects " + ", ".join(num for _, _, num in sorted(chosen)) + " deleted"


_MUTATORS = {"flip": _flip, "truncate": _truncate, "xref": _xref, "stream": _stream, "delete": _delete}


def mutate(data: bytes, kind: str, rng: random.Random) -> tuple[bytes, str]:
    buf = bytearray(data)
    if kind == "mixed":
        kinds = rng.sample(list(_MUTATORS), 2)
        details = [_MUTATORS[k](buf, rng) for k in kinds]
        return bytes(buf), " + ".join(details)
    detail = _MUTATORS[kind](buf, rng)
    return bytes(buf), detail


def mutants(bases: dict[str, bytes], count: int, seed: int = 11) -> list[Mutant]:
    """``count`` mutants: kinds and bases in turn, each mutation seeded by (seed, index)."""
    names = sorted(bases)
    out = []
    for i in range(count):
        base = names[i % len(names)]
        kind = KINDS[(i // len(names)) % len(KINDS)]
        rng = random.Random(f"{seed}-{i}")
        data, detail = mutate(bases[base], kind, rng)
        if data == bases[base]:  # a flip that xored back, etc.: damage it for sure
            data, more = mutate(data, "truncate", rng)
            detail += " + " + more
        out.append(Mutant(f"m{i:04d}-{kind}-{base}", kind, base, data, detail))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--corpus", action="store_true", help="also mutate ../shared/corpus files (not committed)")
    args = ap.parse_args(argv)
    corpus = None
    if args.corpus:
        from tests.helpers import shared_dir

        shared = shared_dir()
        corpus = shared / "corpus" if shared else None
    bases = base_pdfs(corpus)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in bases.items():
        (args.out / f"base-{name}.pdf").write_bytes(data)
    for m in mutants(bases, args.count, args.seed):
        (args.out / f"{m.name}.pdf").write_bytes(m.data)
    print(f"{len(bases)} bases, {args.count} mutants in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
