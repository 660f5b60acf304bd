"""Command line: ``briefing-builder [FILES]`` opens the GUI; sub-commands work headless.

    briefing-builder                         open the GUI
    briefing-builder FILE.pdf|PROJECT.bbproj open the GUI on these files
    briefing-builder extract FILE.pdf [--pages 1-3,7] [--password P] [-o out.json]
    briefing-builder export PROJECT_OR_PDF [filters] --format pdf|xlsx|... -o FILE
    briefing-builder info FILE.pdf|PROJECT.bbproj
    briefing-builder --version

Errors are reported as one line on stderr with a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Sequence

from app import __version__
from app.document.messages import Message, N_

SUBCOMMANDS = ("extract", "export", "info", "gui")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class CommandError(Exception):
    """A user-facing failure of a command (one line: a :class:`Message`, or text)."""


def _print_err(message) -> None:
    from briefing_builder.language import text

    print(f"briefing-builder: {text(message)}", file=sys.stderr)


def _failure(template: str, **params) -> CommandError:
    return CommandError(Message.of(template, **params))


def _say(template: str) -> str:
    """A help text in the command line's language (argparse shows it as it is)."""
    from briefing_builder.language import say

    return say(template).replace("%", "%%")


def _progress_printer(enabled: bool):
    """A progress callback writing one updating line to stderr."""
    if not enabled:
        return None
    interactive = sys.stderr.isatty()
    last = {"text": ""}

    from briefing_builder.language import progress_text, say

    working = say(N_("CommandLine", "working"))

    def progress(done: int, total: int, message: str = "") -> None:
        text = f"{progress_text(message) if message else working}: {done}/{total}"
        if text == last["text"]:
            return
        last["text"] = text
        if interactive:
            sys.stderr.write("\r" + text.ljust(60))
            if done >= total:
                sys.stderr.write("\n")
        elif done >= total or done == 1 or done % 25 == 0:
            sys.stderr.write(text + "\n")
        sys.stderr.flush()

    return progress


# --------------------------------------------------------------------------------------- commands


def cmd_extract(args: argparse.Namespace) -> int:
    from app.source.pdf import PdfError
    from app.extract.pipeline import ExtractSettings, extract_document, parse_pages

    try:
        pages = parse_pages(args.pages) if args.pages else None
    except ValueError as exc:
        raise _failure(N_("CommandLine", "--pages: {error}"), error=str(exc)) from exc
    settings = ExtractSettings()
    try:
        data = extract_document(
            args.file,
            pages=pages,
            password=args.password,
            settings=settings,
            workers=args.workers,
            progress=_progress_printer(not args.quiet),
        )
    except PdfError as exc:
        from briefing_builder.headless import pdf_error

        raise CommandError(*pdf_error(exc).args) from exc
    text = json.dumps(data.to_json(), ensure_ascii=False, indent=2 if args.indent else None)
    if args.output and args.output != "-":
        from app.project.files import atomic_write_text

        try:
            atomic_write_text(args.output, text + "\n")
        except OSError as exc:
            raise _failure(N_("CommandLine", "cannot write {path}: {error}"), path=args.output,
                           error=exc.strerror or str(exc)) from exc
    else:
        sys.stdout.write(text + "\n")
    if not args.quiet:
        from briefing_builder.language import counted

        sections = sum(1 for _ in data.headings())
        print(", ".join((counted(len(data.tables), "table"), counted(sections, "section"),
                         counted(len(data.warnings), "warning"))), file=sys.stderr)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from briefing_builder.headless import ExportRequestError, run_export

    try:
        return run_export(args, progress=_progress_printer(not args.quiet))
    except ExportRequestError as exc:
        raise CommandError(*exc.args) from exc


def cmd_info(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if path.suffix.lower() == ".bbproj" or (path.is_file() and path.read_bytes()[:16] == b"SQLite format 3\x00"):
        from app.project.store import ProjectError
        from app.project.project import Project

        try:
            # info never writes: read-only, so it works beside an open window and on read-only media
            project = Project.open(path, read_only=True)
        except ProjectError as exc:
            raise CommandError(*exc.args) from exc
        try:
            info = {
                "project": str(path),
                "schema_version": project.store.schema_version,
                "documents": [
                    {
                        "path": d.document.path,
                        "sha256": d.document.sha256,
                        "pages": d.document.pages,
                        "title": d.document.title,
                        "embedded": project.store.has_embedded_pdf(d.document.sha256),
                        "tables": len(d.tables),
                        "sections": sum(1 for _ in d.headings()),
                    }
                    for d in project.documents.values()
                ],
                "corrections": project.store.journal_count(),
                "packs": sorted(project.store.packs()),
            }
            if project.damaged:
                info["damaged"] = list(project.damaged)
        finally:
            project.close()
    else:
        from app.source.pdf import PageTooDense, PdfError, check_page_load, describe, open_pdf, page_has_text

        too_dense: list[int] = []
        try:
            doc = describe(path, password=args.password)
            with open_pdf(path, args.password) as pdf:
                text_layer = False
                for number, page in enumerate(pdf.pages[:5], start=1):
                    try:  # the same per-page budget as extraction: never parse a page that huge
                        check_page_load(page, number)
                    except PageTooDense:
                        too_dense.append(number)
                        text_layer = True  # its strings are text
                        continue
                    text_layer = text_layer or page_has_text(page)
                    page.close()
        except PdfError as exc:
            from briefing_builder.headless import pdf_error

            raise CommandError(*pdf_error(exc).args) from exc
        info = doc.to_json()
        info.pop("page_sizes", None)
        info["text_layer"] = text_layer
        if too_dense:
            info["too_dense_pages"] = too_dense
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        for key, value in info.items():
            if isinstance(value, list) and value and isinstance(value[0], dict):
                print(f"{key}:")
                for item in value:
                    print("  - " + ", ".join(f"{k}: {v}" for k, v in item.items()))
            elif isinstance(value, dict):
                print(f"{key}:")
                for k, v in value.items():
                    print(f"  {k}: {v}")
            else:
                print(f"{key}: {value}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from widgets.app import run
    except ImportError as exc:  # Qt missing or its system libraries absent
        raise _failure(N_("CommandLine", "the graphical interface cannot start ({error})."),
                       error=str(exc)) from exc
    return run([str(f) for f in args.files], smoke_screenshot=args.smoke_test, language=args.language)


# ----------------------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    t = _say
    parser = argparse.ArgumentParser(
        prog="briefing-builder",
        description=t(N_("CommandLine", "Turn appeal PDFs into corrected tables, section trees and donor "
                                        "briefing packs.")),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", help=t(N_("CommandLine", "open the graphical interface (the default)")))
    p.add_argument("files", nargs="*", help=t(N_("CommandLine", "PDFs or project files to open")))
    p.add_argument("--language", choices=("en", "fr", "es"), default=None,
                   help=t(N_("CommandLine", "language of the interface for this run (default: the one "
                                            "chosen in the Language menu, else $BRIEFING_LANGUAGE, else "
                                            "the system's)")))
    # packaging/smoke.sh: open the files, wait for the extraction, save a screenshot, quit
    p.add_argument("--smoke-test", metavar="PNG", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("extract", help=t(N_("CommandLine", "extract tables and sections of a PDF as JSON")))
    p.add_argument("file", help=t(N_("CommandLine", "the PDF")))
    p.add_argument("--pages", help=t(N_("CommandLine", "pages to extract, e.g. 1-3,7 (default: all)")))
    p.add_argument("--password", help=t(N_("CommandLine", "password of an encrypted PDF")))
    p.add_argument("-o", "--output", help=t(N_("CommandLine", "write JSON here (default: standard output)")))
    p.add_argument("--workers", type=int, default=None,
                   help=t(N_("CommandLine", "worker processes (default: one per core)")))
    p.add_argument("--indent", action="store_true", help=t(N_("CommandLine", "pretty-print the JSON")))
    p.add_argument("-q", "--quiet", action="store_true", help=t(N_("CommandLine", "no progress output")))
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("export", help=t(N_("CommandLine", "export a briefing pack from a project or a PDF")))
    p.add_argument("source", nargs="?",
                   help=t(N_("CommandLine", "a project file (.bbproj, with its corrections) or a PDF")))
    p.add_argument("--country", action="append", default=[],
                   help=t(N_("CommandLine", "ISO 3166 alpha-3 code or name (repeatable)")))
    p.add_argument("--region", action="append", default=[],
                   help=t(N_("CommandLine", "region name or code (repeatable)")))
    p.add_argument("--theme", action="append", default=[],
                   help=t(N_("CommandLine", "theme/objective name or code (repeatable)")))
    p.add_argument("--section", action="append", default=[],
                   help=t(N_("CommandLine", "section title or id (repeatable)")))
    p.add_argument("--keyword", action="append", default=[],
                   help=t(N_("CommandLine", "keyword to match in text (repeatable)")))
    p.add_argument("--pack", help=t(N_("CommandLine", "name of a pack saved in the project")))
    p.add_argument("--title", help=t(N_("CommandLine", "title of the pack")))
    p.add_argument("--language", choices=("en", "fr", "es"), default=None,
                   help=t(N_("CommandLine", "language of the pack's own words: labels, dates, numbers "
                                            "(default: the saved pack's, else en); text from the source is "
                                            "never translated")))
    p.add_argument("--format", "-f", default=None,
                   help=t(N_("CommandLine", "exporter name: pdf, xlsx or an installed plug-in")))
    p.add_argument("--option", action="append", default=[], metavar="KEY=VALUE",
                   help=t(N_("CommandLine", "exporter option")))
    p.add_argument("--password", help=t(N_("CommandLine", "password of an encrypted PDF")))
    p.add_argument("--list-formats", action="store_true",
                   help=t(N_("CommandLine", "list the available exporters and exit")))
    p.add_argument("-o", "--output", help=t(N_("CommandLine", "file to write")))
    p.add_argument("-q", "--quiet", action="store_true", help=t(N_("CommandLine", "no progress output")))
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("info", help=t(N_("CommandLine", "describe a PDF or a project file")))
    p.add_argument("file")
    p.add_argument("--password", help=t(N_("CommandLine", "password of an encrypted PDF")))
    p.add_argument("--json", action="store_true", help=t(N_("CommandLine", "machine-readable output")))
    p.set_defaults(func=cmd_info)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # No sub-command (or only files): the GUI.
    if not argv or (argv[0] not in SUBCOMMANDS and (not argv[0].startswith("-") or argv[0].startswith("--language"))):
        argv = ["gui", *argv]
    if argv[0] != "gui":  # the GUI installs its language itself
        from briefing_builder.language import install

        install()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["gui"])
    try:
        return int(args.func(args) or 0)
    except CommandError as exc:
        _print_err(exc)
        return EXIT_ERROR
    except KeyboardInterrupt:
        _print_err(Message.of(N_("CommandLine", "interrupted")))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_ERROR
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        _print_err(Message.of(N_("CommandLine", "internal error: {kind}: {error} (run with BRIEFING_DEBUG=1 "
                                                "for details)"), kind=type(exc).__name__, error=str(exc)))
        return EXIT_ERROR


def gui_main() -> int:
    return main(["gui", *sys.argv[1:]])


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
