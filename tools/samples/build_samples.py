#!/usr/bin/env python3
"""Build the bundled sample documents and their exact ground truth.

    python tools/samples/build_samples.py              # all four samples, verified, into resources/samples
    python tools/samples/build_samples.py --only fr    # one of them: mi, myanmar, fr, es
    python tools/samples/build_samples.py -d /tmp/out  # somewhere else
    python tools/samples/build_samples.py --large 300 -o /tmp/mi-300.pdf   # a long benchmark PDF

The English samples are built by ``appeals.py``, the French and Spanish ones by ``translated.py`` on
the same machinery; this file is only their command line, so neither imports the other's caller.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

import appeals  # noqa: E402
import layout as L  # noqa: E402
import seedtext as S  # noqa: E402
import translated  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-d", "--out-dir", type=Path, default=ROOT / "resources" / "samples",
                    help="where to write the samples (default: resources/samples)")
    ap.add_argument("--only", choices=["mi", "myanmar", "fr", "es"],
                    help="build only one of the samples (fr, es: the French and Spanish ones)")
    ap.add_argument("--no-verify", action="store_true", help="skip checking the truth against the PDF")
    ap.add_argument("--large", type=int, metavar="N", help="write a long benchmark document of N pages instead")
    ap.add_argument("-o", "--output", type=Path, help="output file for --large")
    args = ap.parse_args(argv)
    seeds = S.find_seeds(ROOT)
    if seeds is None:
        print("build_samples: the seed texts are missing. They live in ../shared/seeds beside the repository "
              "(or set BRIEFING_SHARED to the shared folder). The committed samples need no rebuilding.",
              file=sys.stderr)
        return 2
    L.register_fonts(appeals.FONTS)
    if args.large:
        if not args.output:
            ap.error("--large needs -o OUT.pdf")
        appeals.build_large(seeds, args.large, args.output)
        return 0
    args.out_dir.mkdir(parents=True, exist_ok=True)
    if args.only in (None, "mi"):
        appeals.build_mi(seeds, args.out_dir, not args.no_verify)
    if args.only in (None, "myanmar"):
        appeals.build_mm(seeds, args.out_dir, not args.no_verify)
    for lang in ("fr", "es"):
        if args.only in (None, lang):
            translated.build(translated.LANGS[lang], seeds, args.out_dir, not args.no_verify)
    return 0


if __name__ == "__main__":
    sys.exit(main())
