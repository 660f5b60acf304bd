"""The command line speaks the interface's language (English, French, Spanish).

The language is the interface's (the Language menu's choice, else $BRIEFING_LANGUAGE, else the
system's: widgets/i18n.py ``wanted_language``), and the sentences come from the interface's catalogues
(resources/i18n/*.ts, context "CommandLine"). A command runs without any Qt application object (the
GUI may be started in the same process afterwards, and tests start one), so the catalogue is read
through a translator of its own instead of Qt's installed ones. argparse's own words ("usage:",
"options", its errors) are filled from the same catalogue (context "argparse").

The names of ``info``'s fields and the JSON of ``extract`` stay English: programs read them.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.document.messages import Message, N_

CONTEXT = "CommandLine"

_lang = "en"
_translator = None  # QTranslator of _lang's catalogue, None before install()

# Progress the extraction reports in English (app/extract/pipeline.py), shown in the language.
PROGRESS = (N_("CommandLine", "extracting pages"),)

# argparse's own sentences that a user of the commands meets (Python ships no French or Spanish
# catalogue for them); argparse looks each up through its module's ``_``.
ARGPARSE = (
    N_("argparse", "usage: "),
    N_("argparse", "positional arguments"),
    N_("argparse", "options"),
    N_("argparse", "show this help message and exit"),
    N_("argparse", "show program's version number and exit"),
    N_("argparse", "%(prog)s: error: %(message)s\n"),
    N_("argparse", "argument %(argument_name)s: %(message)s"),
    N_("argparse", "unrecognized arguments: %s"),
    N_("argparse", "the following arguments are required: %s"),
    N_("argparse", "expected one argument"),
    N_("argparse", "invalid %(type)s value: %(value)r"),
    N_("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)


def install(lang: str | None = None) -> str:
    """Read the catalogue of ``lang`` (default: the interface's language) for this command's
    sentences; English when the catalogue is missing. Returns the language in use."""
    global _lang, _translator
    from PySide6.QtCore import QTranslator

    from widgets import i18n

    lang = lang if lang in i18n.LANGUAGES else i18n.wanted_language()
    translator = QTranslator()
    if not translator.load(str(i18n.qm_path(lang))):
        lang, translator = "en", None
    _lang, _translator = lang, translator
    argparse._ = _argparse_word  # argparse reads its words through its module's ``_`` at each use
    return _lang


def current() -> str:
    return _lang


def _lookup(context: str, text: str, n: int = -1) -> str:
    if _translator is None:
        return text
    return _translator.translate(context, text, None, n) or text


def _argparse_word(text: str) -> str:
    return _lookup("argparse", text)


def _number(value: int | float) -> str:
    from app.packs.pack_i18n import format_number

    return format_number(value, None, _lang)


def say(template: str, **params: Any) -> str:
    """A marked template of the command line (``say(N_("CommandLine", "wrote {path}"), path=p)``),
    in the language, numbers written its way."""
    return text(Message.of(template, **params))


def text(message: Message | BaseException | str) -> str:
    """A sentence of the core or of a command (a :class:`Message`, or an exception raised with one)
    in the language; anything else as it is."""
    from widgets.i18n import translate_message

    return translate_message(message, _lookup, _number)


def counted(n: int, what: str) -> str:
    """``counted(3, "table")`` -> "3 tables", "3 tableaux" (``what``: table, section or warning)."""
    template = f"%n {what}(s)"
    if _translator is None:
        return f"{n} {what}" + ("" if n == 1 else "s")
    return _lookup(CONTEXT, template, n).replace("%n", _number(n))


def progress_text(label: str) -> str:
    """A progress label (extraction's, an exporter's) in the language, as the window shows it."""
    from widgets.i18n import EXPORT, translate_label

    shown = translate_label(label, EXPORT, _lookup)
    return shown if shown != label else translate_label(label, CONTEXT, _lookup)


def _plural_forms() -> None:  # pragma: no cover - never called
    """Marks the sentences :func:`counted` reads: pyside6-lupdate files plural forms only from
    ``QCoreApplication.translate`` calls given a literal count."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.translate("CommandLine", "%n table(s)", None, 2)
    QCoreApplication.translate("CommandLine", "%n section(s)", None, 2)
    QCoreApplication.translate("CommandLine", "%n warning(s)", None, 2)


def exporter_word(text: str) -> str:
    """A built-in exporter's name in the language ("Excel workbook" -> "Classeur Excel"); a plug-in's
    own words as they are."""
    from widgets.i18n import EXPORTER_WORDS, EXPORTERS

    return _lookup(EXPORTERS, text) if text in EXPORTER_WORDS else text
