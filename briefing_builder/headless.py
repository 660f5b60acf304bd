"""Headless export (``briefing-builder export``): the same pack as the GUI, from a project or a PDF.

    briefing-builder export PROJECT.bbproj --country SOM --format pdf -o somalia.pdf
    briefing-builder export appeal.pdf --region "East and Horn of Africa" -f xlsx -o eha.xlsx
    briefing-builder export PROJECT.bbproj --pack "ECHO briefing" -o echo.pdf
    briefing-builder export --list-formats

A project file gives its documents' corrected state (baseline extraction + corrections journal); a PDF
is extracted first. No filter means the whole document(s). A request that cannot be carried out raises
:class:`ExportRequestError` (one sentence), which the command line prints with a non-zero exit status.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path
from typing import Any, Callable

from app.document.messages import Message, N_
from app.document.model import DocumentData, Tag
from app.packs.pack_i18n import language as pack_language

from app.packs.pack import default_title, PackDefinition, PackError, build_pack, load_definition
from app.packs.selection import Filters, present_tags, resolve_tag
from app.document.tags import country_suggestions, find_country, fold, local_name
from app.project.store import is_project_file

Progress = Callable[[int, int, str], None]

REUSED = N_("CommandLine", "extraction reused")
UNKNOWN = {
    ("region", True): N_("CommandLine", "--region {value}: unknown region (known: {known})."),
    ("region", False): N_("CommandLine", "--region {value}: unknown region (the documents carry no region "
                                         "tags)."),
    ("theme", True): N_("CommandLine", "--theme {value}: unknown theme (known: {known})."),
    ("theme", False): N_("CommandLine", "--theme {value}: unknown theme (the documents carry no theme "
                                        "tags)."),
}


class ExportRequestError(Exception):
    """An export that cannot be carried out as asked; ``str(err)`` is one sentence for the user."""


def _error(template: str, **params) -> ExportRequestError:
    """``_error(N_("CommandLine", "..."), name=...)``: one sentence, translated where it is printed."""
    return ExportRequestError(Message.of(template, **params))


def _passed_on(exc: BaseException) -> ExportRequestError:
    """Another layer's failure as the command's: its sentence kept (and its translation, if it has one)."""
    first = exc.args[0] if exc.args else ""
    return ExportRequestError(first if isinstance(first, Message) else str(exc))


def list_formats(out=None, err=None) -> int:
    from briefing_builder.language import exporter_word, say
    from exporters import discover

    out = out or sys.stdout
    err = err or sys.stderr
    registry = discover()
    for name, exporter in registry.exporters.items():
        origin = registry.origins.get(name, "")
        extra = f"  [{origin}]" if origin and origin != "briefing-builder" else ""
        options = ", ".join(
            f"{o.name}={o.default!r}" if o.type != "bool" else f"{o.name}={'yes' if o.default else 'no'}"
            for o in exporter.options or []
        )
        line = f"{name:<10} {exporter.extension:<7} {exporter_word(exporter.label)}{extra}"
        if options:
            line += "  " + say(N_("CommandLine", "(options: {options})"), options=options)
        print(line, file=out)
    for name, reason in registry.broken:
        print("briefing-builder: " + say(N_("CommandLine", "exporter {name} skipped: {reason}"),
                                         name=repr(name), reason=reason), file=err)
    return 0


def _load_sources(args: argparse.Namespace, progress: Progress | None):
    """(documents, project or None)."""
    path = Path(args.source)
    if not path.exists():
        raise _error(N_("CommandLine", "{path}: no such file."), path=str(path))
    if path.is_dir():
        raise _error(N_("CommandLine", "{path} is a folder; give a project file (.bbproj) or a PDF."),
                     path=str(path))
    if is_project_file(path):
        from app.project.project import Project
        from app.project.store import ProjectError, ProjectLocked

        try:
            project = Project.open(path)
        except ProjectLocked:
            # open in a window: export what it holds now (an export writes nothing to the project)
            try:
                project = Project.open(path, read_only=True)
            except ProjectError as exc:
                raise _passed_on(exc) from exc
        except ProjectError as exc:
            raise _passed_on(exc) from exc
        if not project.documents:
            project.close()
            raise _error(N_("CommandLine", "{name} has no documents yet: add a PDF to the project first."),
                         name=path.name)
        _extract_missing(project, args, progress)
        return list(project.documents.values()), project
    data = _extract_cached(path, args.password, progress)
    _tag(data)
    return [data], None


def pdf_error(exc: Exception):
    """A PDF failure as the command line's one-line error; an encrypted PDF names the option that opens it."""
    from app.source.pdf import PdfPasswordError

    if isinstance(exc, PdfPasswordError):
        reason = exc.args[0] if exc.args and isinstance(exc.args[0], Message) else str(exc)
        if getattr(exc, "wrong", False):
            return _error(N_("CommandLine", "{reason} Give the right one with --password."), reason=reason)
        return _error(N_("CommandLine", "{reason} Give it with --password."), reason=reason)
    return _passed_on(exc)


def extraction_cache_key(sha256: str, settings: Any) -> str:
    """Key of a whole-document extraction in the per-user cache: the document's content, every
    setting that changes results (the extraction rules' version included), the application's
    version and a digest of the extraction code itself (a changed heading rule bumps no version)."""
    from app import __version__
    from app.extract import code_fingerprint
    from app.project import cache

    return cache.entry_key(what="extraction", sha256=sha256, settings=settings.to_json(), app=__version__,
                           code=code_fingerprint())


def _extract_cached(path: Path, password: str | None, progress: Progress | None) -> DocumentData:
    """Extract a PDF, reusing an earlier extraction of the same content and settings from the
    verified per-user cache (app.project.cache): a second export of the same PDF does not extract again."""
    from app.project import cache
    from app.source.pdf import PdfError, describe
    from app.extract.pipeline import ExtractSettings, extract_document

    settings = ExtractSettings()
    try:
        document = describe(path, password=password)
    except PdfError as exc:
        raise pdf_error(exc) from exc
    key = extraction_cache_key(document.sha256, settings)
    stored = cache.get_json("extractions", key)
    if stored is not None:
        try:
            data = DocumentData.from_json(stored)
            if data.document.sha256 == document.sha256:
                data.document = document  # this path, not the one it was extracted from
                if progress:
                    progress(document.pages, document.pages, REUSED)
                return data
        except (ValueError, KeyError, TypeError):
            pass
    try:
        data = extract_document(path, password=password, settings=settings, progress=progress, document=document)
    except PdfError as exc:
        raise pdf_error(exc) from exc
    failed = any("skipped" in w.message or "could not be extracted" in w.message or "cancelled" in w.message
                 for w in data.warnings)
    if not failed:  # a page that failed this time may not fail next time: never keep that result
        cache.put_json("extractions", key, data.to_json())
    return data


def _tag(data: DocumentData) -> None:
    """Tag a document extracted before extraction tagged them (a project saved by an older version)."""
    from app.document.tags import ensure_tagged

    try:
        ensure_tagged(data)
    except Exception:  # tagging is a help, never a reason to fail an export
        pass


def _extract_missing(project, args: argparse.Namespace, progress: Progress | None) -> None:
    """Extract documents of the project that were added but never extracted (as the GUI would)."""
    from app.source.pdf import PdfError
    from app.extract.pipeline import ExtractSettings, extract_document

    for sha, data in list(project.documents.items()):
        if project.store.get_extraction(sha) is not None:
            continue
        source = project.source_path(sha)
        if source is None:
            raise _error(N_("CommandLine", "{name} was never extracted and its PDF is not available "
                                           "(moved from {path})."),
                         name=data.document.display_name, path=data.document.path)
        settings = ExtractSettings()
        try:
            fresh = extract_document(source, password=args.password, settings=settings, progress=progress)
        except PdfError as exc:
            raise pdf_error(exc) from exc
        fresh.document = data.document
        _tag(fresh)
        project.set_extraction(fresh, settings.key())


def check_output_folder(output: Path) -> None:
    """Refuse, with one sentence, an output the export could not write: checked by writing a probe
    file, since permissions alone do not tell (read-only media, /proc, network shares)."""
    import errno
    import os
    import tempfile

    parent = output.parent if str(output.parent) else Path(".")
    if output.is_dir():
        raise _error(N_("CommandLine", "{path} is a folder; give a file name with -o."), path=str(output))
    if not parent.exists():
        raise _error(N_("CommandLine", "cannot write {path}: the folder {folder} does not exist."),
                     path=str(output), folder=str(parent))
    if not parent.is_dir():
        raise _error(N_("CommandLine", "cannot write {path}: {folder} is not a folder."),
                     path=str(output), folder=str(parent))
    try:
        fd, probe = tempfile.mkstemp(prefix=".briefing-builder-", suffix=".probe", dir=parent)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            reason = Message.of(N_("CommandLine", "the disk is full"))
        elif exc.errno == errno.EROFS:
            reason = Message.of(N_("CommandLine", "it is on a read-only file system"))
        elif exc.errno in (errno.EACCES, errno.EPERM):
            reason = Message.of(N_("CommandLine", "permission denied"))
        else:
            reason = Message.of(N_("CommandLine", "files cannot be created there"))
        raise _error(N_("CommandLine", "cannot write {path}: the folder {folder} cannot be written "
                                       "({reason})."),
                     path=str(output), folder=str(parent), reason=reason) from exc
    if output.exists() and not os.access(output, os.W_OK):
        raise _error(N_("CommandLine", "cannot write {path}: the file is read-only."), path=str(output))


def _check_places(args: argparse.Namespace) -> None:
    """--country and --region checked against what the application knows, before extraction."""
    for text in _split(args.country or []):
        _country(text, _names_language(args))
    from app.document.tags import known_tags

    known = known_tags("region")
    if not known:
        return  # no region vocabulary: the documents' own tags decide, after extraction
    lang = _names_language(args)
    for text in _split(args.region or []):
        if resolve_tag("region", text, []) is None:
            # named as the user names them: in the pack's language, the closest first
            local = [local_name(t, lang) or t.name or t.code for t in known]
            starts = [n for n in local if fold(n).startswith(fold(text))]
            near = (starts + [n for n in difflib.get_close_matches(text, local, n=3, cutoff=0.5)
                              if n not in starts])[:3]
            names = ", ".join(local[:12])
            if near:
                raise _error(N_("CommandLine", "--region {value}: unknown region. Did you mean {near}? "
                                               "(Known: {known}.)"),
                             value=repr(text), near=", ".join(near), known=names)
            raise _error(N_("CommandLine", "--region {value}: unknown region. (Known: {known}.)"),
                         value=repr(text), known=names)


def _names_language(args: argparse.Namespace) -> str:
    """The language a message names regions and countries in: the pack's when given, else the
    command line's own."""
    from briefing_builder.language import current

    return pack_language(args.language) if getattr(args, "language", None) else current()


def _country(text: str, lang: str = "en") -> Tag:
    """The country ``--country`` names, or the sentence saying it names none (with the nearest names,
    in ``lang``)."""
    tag = find_country(text)
    if tag is not None:
        return tag
    near = country_suggestions(text, lang=lang)
    if near:
        raise _error(N_("CommandLine", "--country {value}: not an ISO 3166 alpha-3 code or a country name. "
                                       "Did you mean {near}?"), value=repr(text), near=", ".join(near))
    raise _error(N_("CommandLine", "--country {value}: not an ISO 3166 alpha-3 code or a country name."),
                 value=repr(text))


def _resolve_filters(args: argparse.Namespace, datas: list[DocumentData], base: Filters) -> Filters:
    filters = Filters.from_json(base.to_json())
    present = present_tags(datas)
    if args.country:
        filters.countries = [_country(text, _names_language(args)).code for text in _split(args.country)]
    for kind, values, attr in (("region", args.region, "regions"), ("theme", args.theme, "themes")):
        if not values:
            continue
        codes = []
        for text in _split(values):
            tag = resolve_tag(kind, text, present.get(kind, []))
            if tag is None:
                names = ", ".join(t.name or t.code for t in present.get(kind, [])[:12])
                raise _error(UNKNOWN[kind, bool(names)], value=repr(text), known=names)
            codes.append(tag.code)
        setattr(filters, attr, codes)
    if args.section:
        filters.sections = [_resolve_section(text, datas) for text in _split(args.section)]
    if args.keyword:
        filters.keywords = [k for k in args.keyword if k.strip()]
    return filters


def _split(values: list[str]) -> list[str]:
    """Values may be repeated or comma-separated (--country SOM,KEN); names with commas survive when
    they resolve as a whole."""
    out = []
    for value in values:
        if "," in value and find_country(value) is None:
            out.extend(v.strip() for v in value.split(",") if v.strip())
        elif value.strip():
            out.append(value.strip())
    return out


def _resolve_section(text: str, datas: list[DocumentData]) -> str:
    key = fold(text)
    matches = []
    titles = []
    for data in datas:
        for s in data.all_sections():
            titles.append(s.title)
            if s.id == text or f"{data.document.sha256}:{s.id}" == text:
                return f"{data.document.sha256}:{s.id}"
            if fold(s.title) == key:
                matches.append(f"{data.document.sha256}:{s.id}")
    if matches:
        return matches[0] if len(matches) == 1 else ",".join(matches)
    near = difflib.get_close_matches(text, titles, n=3, cutoff=0.5)
    if near:
        raise _error(N_("CommandLine", "--section {value}: no section has this title or id. "
                                       "Did you mean {near}?"),
                     value=repr(text), near=", ".join(repr(t) for t in near))
    raise _error(N_("CommandLine", "--section {value}: no section has this title or id."), value=repr(text))


def run_export(args: argparse.Namespace, progress: Progress | None = None) -> int:
    from exporters import ExportError, discover, parse_option_args, resolve_options

    if getattr(args, "list_formats", False):
        return list_formats()
    if not args.source:
        raise _error(N_("CommandLine", "give a project file or a PDF to export (or --list-formats)."))
    if not args.output:
        raise _error(N_("CommandLine", "give the file to write with -o FILE."))
    registry = discover()
    output = Path(args.output)
    # Everything that can be checked without the documents is checked before any extraction.
    source = Path(args.source)
    if not source.exists():
        raise _error(N_("CommandLine", "{path}: no such file."), path=str(source))
    check_output_folder(output)
    fmt = args.format
    if not fmt and output.suffix:
        fmt = output.suffix
    if fmt:
        try:
            early = registry.get(fmt)
            parse_option_args(early, args.option)
        except ExportError as exc:
            raise _passed_on(exc) from exc
        except ValueError as exc:
            raise _error(N_("CommandLine", "--option: {error}"), error=str(exc)) from exc
    _check_places(args)
    datas, project = _load_sources(args, progress)
    try:
        definition = PackDefinition()
        if args.pack:
            if project is None:
                raise _error(N_("CommandLine", "--pack needs a project file: saved packs live in projects."))
            try:
                definition = load_definition(project, args.pack)
            except PackError as exc:
                raise _passed_on(exc) from exc
        split_sections: list[str] = []
        definition.filters = _resolve_filters(args, datas, definition.filters)
        for value in definition.filters.sections:
            split_sections.extend(value.split(","))
        definition.filters.sections = split_sections
        if getattr(args, "language", None):
            definition.metadata.language = pack_language(args.language)
        if args.title:
            definition.metadata.title = args.title
        elif not args.pack:
            definition.metadata.title = default_title(definition.filters, datas, definition.metadata.language)
        fmt = fmt or definition.exporter or "pdf"
        try:
            exporter = registry.get(fmt)
        except ExportError as exc:
            raise _passed_on(exc) from exc
        try:
            saved = resolve_options(exporter, definition.options.get(exporter.name), strict=False)
            given = parse_option_args(exporter, args.option)
        except ValueError as exc:
            raise _error(N_("CommandLine", "--option: {error}"), error=str(exc)) from exc
        options = {**saved, **given}
        if not output.suffix:
            output = output.with_suffix(exporter.extension)
        if output.is_dir():
            raise _error(N_("CommandLine", "{path} is a folder; give a file name with -o."), path=str(output))
        pack = build_pack(project if project is not None else datas, definition)
        if pack.is_empty():
            # the sentence is printed in the command line's language: its filter labels and names too
            from briefing_builder.language import current

            lang = pack_language(current())
            from app.document.tags import known_tags

            tags = [*known_tags("region"), *known_tags("theme"),
                    *(t for ts in present_tags(datas).values() for t in ts),
                    *filter(None, map(find_country, definition.filters.countries))]
            names = {t.code: local_name(t, lang) or t.name or t.code for t in tags}
            raise _error(N_("CommandLine", "nothing matches the filters ({filters}); no file written."),
                         filters=definition.filters.describe(names, lang))
        try:
            exporter.export(pack, output, options, progress)
        except ExportError as exc:
            raise _passed_on(exc) from exc
        except OSError as exc:
            raise _error(N_("CommandLine", "cannot write {path}: {error}"), path=str(output),
                         error=exc.strerror or str(exc)) from exc
        except Exception as exc:  # a plug-in's bug: one line, not a traceback
            raise _error(N_("CommandLine", "the {exporter} exporter failed: {kind}: {error}"),
                         exporter=exporter.name, kind=type(exc).__name__, error=str(exc)) from exc
        if not getattr(args, "quiet", False):
            from briefing_builder.language import counted, exporter_word, say

            n_tables = sum(1 for _ in pack.tables())
            n_sections = sum(1 for b in pack.blocks if b.kind == "heading")
            print(say(N_("CommandLine", "wrote {path} ({format}: {tables}, {sections})"), path=str(output),
                      format=exporter_word(exporter.label),
                      tables=counted(n_tables, "table"), sections=counted(n_sections, "section")),
                  file=sys.stderr)
        return 0
    finally:
        if project is not None:
            project.close()


__all__ = ["ExportRequestError", "run_export", "list_formats", "Tag"]
