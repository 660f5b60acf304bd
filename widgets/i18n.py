"""The interface's language: English, French or Spanish, through Qt's translation system.

Widgets write their strings in English through ``self.tr()`` / ``QCoreApplication.translate()``
(plural forms with ``tr(text, "", n)``: "%n table(s)"). pyside6-lupdate collects them into
resources/i18n/briefing_builder_<lang>.ts, the translators' sources kept in the repository;
pyside6-lrelease compiles those into the .qm files shipped with the package (tools/i18n.py does
both; tests/test_i18n.py fails when they fall behind the sources).

The language is ``--language`` when given (for one run), else the one chosen in View ▸ Language
(remembered in the settings), else the ``BRIEFING_LANGUAGE`` environment variable, else the system's
(``QLocale.system()``), else English. A choice made in the menu applies at the next start.

Sentences written by the Qt-free core (problems, refused edits) arrive as
:class:`app.document.messages.Message` and are translated at display time by
:func:`translate_message`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.document.messages import Message, marked, shortened
from app.document.tags import Tag, local_name
from app.extract.problems import CONTEXT as PROBLEMS, Problem
# the modules whose operation labels translate_label reads back (their templates register on import)
from app.project import find_replace, ops, section_edit, table_edit  # noqa: F401
from app.packs.pack_i18n import LANGUAGE_NAMES, format_number

from .places import settings

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"
#: The interface's languages, each named in itself (menus list them so).
LANGUAGES = ("en", "fr", "es")
NAMES = {code: LANGUAGE_NAMES[code] for code in LANGUAGES}
SETTINGS_KEY = "interface/language"
ENV = "BRIEFING_LANGUAGE"
CATALOGUE = "briefing_builder"

# Qt's own strings that Qt 6's French and Spanish catalogues (qtbase_*.qm) still miss: the file
# dialog's labels gained their "&" shortcuts in Qt 6 and lost their translations. Ours, installed after
# Qt's, fill them.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

_installed: list[QTranslator] = []
_current = "en"
_default_locale: QLocale | None = None  # the locale before any language was installed
_chosen: str | None = None  # the language of this run (install()), None before


def qm_path(lang: str) -> Path:
    """The compiled catalogue of ``lang`` (English: its plural forms only, "1 table" / "2 tables")."""
    return I18N / f"{CATALOGUE}_{lang}.qm"


def saved_language() -> str:
    """The language chosen in the menu ("" when the user left it to the system)."""
    value = settings().value(SETTINGS_KEY, "")
    return value if value in LANGUAGES else ""


def save_language(lang: str) -> None:
    """Remember ``lang`` ("" = follow the system) for the next start."""
    settings().setValue(SETTINGS_KEY, lang if lang in LANGUAGES else "")


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's UI languages the interface speaks; English otherwise."""
    locale = locale or QLocale.system()
    for name in list(locale.uiLanguages()) + [locale.name()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def wanted_language() -> str:
    """The language to start in: the menu's choice, else $BRIEFING_LANGUAGE, else the system's."""
    env = os.environ.get(ENV, "").strip().lower()[:2]
    return saved_language() or (env if env in LANGUAGES else "") or system_language()


def install(lang: str | None = None, app: QCoreApplication | None = None) -> str:
    """Install the translators for ``lang`` (default :func:`wanted_language`) and return the language
    actually in use: English when the catalogue is missing or unreadable (never a half-set state)."""
    global _current, _default_locale, _chosen
    app = app or QCoreApplication.instance()
    if _default_locale is None:
        _default_locale = QLocale()
    lang = lang if lang in LANGUAGES else wanted_language()
    _chosen = lang
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current = "en"
    QLocale.setDefault(_default_locale)
    if app is None:
        return _current
    ours = QTranslator(app)
    if not ours.load(str(qm_path(lang))):
        return _current
    # Qt's own strings: the buttons of standard dialogs (OK, Cancel, Yes, No), context menus of editors
    qt = QTranslator(app)
    if lang != "en" and any(qt.load(f"qtbase_{lang}", folder) for folder in _qt_translations()):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    if lang != "en":  # English keeps the system's number and date formats
        QLocale.setDefault(QLocale(lang))
    _current = lang
    return _current


def _qt_translations() -> list[str]:
    """Where Qt's own catalogues are: Qt's configured folder, else the one inside the PySide6 package
    (a frozen bundle keeps them there)."""
    import PySide6

    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")]


def ensure() -> str:
    """Install the starting language once (windows built without :func:`widgets.app.create_app`, as
    in tests, still get English plural forms: the English catalogue holds only those)."""
    if _chosen is None:
        return install()
    return _current


def current() -> str:
    """The language the interface speaks now ("en", "fr" or "es")."""
    return _current


def number(value: int | float) -> str:
    """A figure as the interface's language writes it ("1 234 567" in French)."""
    return format_number(value, None, _current)


#: Quotation marks round a title, as each language prints them (English: “ ”).
QUOTES = {"fr": ("«\u00a0", "\u00a0»"), "es": ("«", "»")}


def shown_name(title: str | None, fallback: str, limit: int = 30) -> str:
    """A table or section as the interface shows it: its title in the language's quotation marks,
    shortened; ``fallback`` (its id) when it has none. Labels saved in the journal use
    :func:`app.document.messages.named` (English), and :func:`translate_label` turns their quotes."""
    if not (title and title.strip()):
        return fallback
    opening, closing = QUOTES.get(_current, ("“", "”"))
    return f"{opening}{shortened(title, limit)}{closing}"


def tag_name(tag: Tag) -> str:
    """A country, region or theme tag named in the interface's language ("Níger", "Afrique de l'Ouest
    et du Centre"), as the pack filters list them."""
    return local_name(tag, current()) or tag.name or tag.code


def item_name(data, key: str | None, limit: int = 40) -> str:
    """A table or section of ``data`` (a DocumentData) named by its title (:func:`shown_name`); its id
    ("p3-t1", "s16") only when it has no title, is gone or no document is given. A table's later part is
    named by its first part's title (:func:`app.project.table_edit.part_title`)."""
    title = ""
    if data is not None and key:
        try:
            title = table_edit.part_title(data.tables, data.table(key))
        except KeyError:
            try:
                title = data.section(key).title
            except KeyError:
                pass
    return shown_name(title, key or "", limit)


def translate_message(message: Message | BaseException | str, lookup=None, numbers=None) -> str:
    """A sentence of the core in the interface's language; parameters that are sentences themselves
    are translated too, numbers written the language's way. An exception raised with a
    :class:`Message` (``raise TableEditError(Message.of(...))``) is translated the same way; any
    other exception or text is shown as it is. ``lookup`` (context, text) -> translation and
    ``numbers`` (value -> text) replace the installed translators and the interface's language (the
    command line translates through a catalogue of its own, with no application object)."""
    if isinstance(message, BaseException) and message.args and isinstance(message.args[0], Message):
        message = message.args[0]
    if not isinstance(message, Message):
        return str(message)
    template = (lookup or QCoreApplication.translate)(message.context, message.template)
    params = tuple((k, translate_message(v, lookup, numbers) if isinstance(v, Message) else v)
                   for k, v in message.params)
    return Message(message.context, message.template, params).format(template, numbers or number)


def problem_label(p: Problem) -> str:
    """The kind of a problem in the interface's language ("Row sum")."""
    return QCoreApplication.translate(PROBLEMS, p.label)


def problem_text(p: Problem) -> str:
    """A problem's sentence in the interface's language."""
    return translate_message(p.note) if p.note is not None else p.message


#: Labels of operations (undo history, status messages) are saved in English in the project's
#: journal; they are read back into their marked template to be shown translated.
OPERATIONS = "Operations"


#: Progress of the built-in exporters (exporters/common.py ``PROGRESS``), read back the same way.
EXPORT = "Export"


def _label_patterns(count: int, context: str) -> list[tuple[re.Pattern[str], str]]:
    patterns = []
    for template, marked_context in marked().items():
        if marked_context != context:
            continue
        names: set[str] = set()
        regex = ""
        for literal, name in re.findall(r"([^{]*)(?:\{(\w+)\})?", template):
            regex += re.escape(literal)
            if name:
                regex += f"(?P={name})" if name in names else f"(?P<{name}>.+?)"
                names.add(name)
        patterns.append((re.compile(regex, re.DOTALL), template))
    # the longest templates first: the most specific wins ("Edit section tags" before "Edit section")
    return sorted(patterns, key=lambda p: -len(p[1]))


_patterns_cache: dict[tuple[int, str], list] = {}


def translate_label(label: str, context: str = OPERATIONS, lookup=None) -> str:
    """An operation's label in the interface's language: "Rename section" -> "Renommer la section";
    a label no template explains (typed in another language, an older version, a plug-in's own words)
    is shown as it is. ``context``: the templates' context (:data:`EXPORT` for an exporter's progress);
    ``lookup`` as for :func:`translate_message`."""
    key = (len(marked()), context)
    patterns = _patterns_cache.get(key)
    if patterns is None:
        patterns = _patterns_cache[key] = _label_patterns(*key)
    for regex, template in patterns:
        m = regex.fullmatch(label)
        if m:
            fields = tuple((name, _shown_field(name, value)) for name, value in m.groupdict().items())
            translated = (lookup or QCoreApplication.translate)(context, template)
            return Message(context, template, fields).format(translated)
    return label


def _shown_field(name: str, value: str) -> str:
    """A value read back from an English label, as the language shows it: a title keeps its words but
    takes the language's quotation marks (:func:`app.document.messages.named` saved it in English
    ones); how a table was found is named in the language."""
    if len(value) >= 2 and value[0] == "“" and value[-1] == "”":
        opening, closing = QUOTES.get(_current, ("“", "”"))
        return f"{opening}{value[1:-1]}{closing}"
    return method_name(value) if name == "method" else value


def translate_in(lang: str, context: str, text: str) -> str:
    """``text`` in ``lang`` whatever the interface speaks now (the Language menu tells the user, in the
    language just chosen, that it applies at the next start)."""
    if lang not in LANGUAGES or lang == "en":
        return text
    translator = QTranslator()
    if not translator.load(str(qm_path(lang))):
        return text
    return translator.translate(context, text) or text


#: How a table was found (Table.method), as the interface names it.
METHODS = {
    "ruled": QT_TRANSLATE_NOOP("Tables", "ruled"),
    "borderless": QT_TRANSLATE_NOOP("Tables", "borderless"),
    "manual": QT_TRANSLATE_NOOP("Tables", "drawn by hand"),
    "imported": QT_TRANSLATE_NOOP("Tables", "imported"),
}


def method_name(method: str) -> str:
    """"ruled" -> "filets" in French; an unknown method is shown as it is."""
    return QCoreApplication.translate("Tables", METHODS[method]) if method in METHODS else method


# The built-in exporters' names (``Exporter.label``) and their options' titles, as the interface
# shows them in the Pack panel; plug-ins' own words are shown as they wrote them.
EXPORTERS = "Exporters"
EXPORTER_WORDS = (
    QT_TRANSLATE_NOOP("Exporters", "PDF document"),
    QT_TRANSLATE_NOOP("Exporters", "Excel workbook"),
    QT_TRANSLATE_NOOP("Exporters", "Page size"),
    QT_TRANSLATE_NOOP("Exporters", "Contents"),
    QT_TRANSLATE_NOOP("Exporters", "Chart"),
    QT_TRANSLATE_NOOP("Exporters", "Sections"),
    QT_TRANSLATE_NOOP("Exporters", "HXL"),
    QT_TRANSLATE_NOOP("Exporters", "Credit Briefing Builder"),
)


def exporter_word(text: str) -> str:
    """A built-in exporter's name or option title in the interface's language ("PDF document" ->
    "Document PDF"); any other text (a plug-in's) as it is."""
    return QCoreApplication.translate(EXPORTERS, text) if text in EXPORTER_WORDS else text
