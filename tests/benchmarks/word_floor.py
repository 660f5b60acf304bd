"""The pdfminer word floor: pdfplumber ``extract_words`` on every page of a PDF, in N processes.

    python tests/benchmarks/word_floor.py appeal.pdf [--processes 2] [--source pdfminer|pdfium]

What reading the words alone costs (no rules): the reference against which ``briefing-builder
extract`` is timed on a long document (issue: a 300-page appeal in <= 0.5x this floor). Pages are
dealt to the processes in interleaved order, each process opening the PDF once, as the extraction
pipeline does; plain pdfplumber, nothing of this project imported. ``--source pdfium`` reads the
words through app.source.pagesource's pdfium page instead.
Prints the number of words read.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


#: app.source.layout.WORD_OPTIONS (repeated: the pdfminer floor must not import app, whose app.source.layout
#: speeds pdfplumber's object conversion up)
WORD_OPTIONS = {"keep_blank_chars": False, "use_text_flow": False,
                "extra_attrs": ["fontname", "size", "non_stroking_color"], "x_tolerance": 1.5, "y_tolerance": 2.5}


def _words(args: tuple[str, int, int, str]) -> int:
    path, start, step, source = args
    total = 0
    if source == "pdfminer":  # plain pdfplumber, as a user of it would read words
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            for number in range(start, len(pdf.pages), step):
                page = pdf.pages[number]
                total += len(page.extract_words(**WORD_OPTIONS))
                page.close()
        return total
    from app.source.pagesource import open_pages

    with open_pages(path, source=source) as pages:
        for number in range(start + 1, len(pages) + 1, step):
            page = pages.page(number)
            total += len(page.extract_words(**WORD_OPTIONS))
            page.close()
    return total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--source", default="pdfminer", choices=("pdfminer", "pdfium"))
    a = ap.parse_args()
    jobs = [(a.pdf, k, a.processes, a.source) for k in range(a.processes)]
    with multiprocessing.get_context("spawn").Pool(a.processes) as pool:
        print(sum(pool.map(_words, jobs)))


if __name__ == "__main__":
    main()
