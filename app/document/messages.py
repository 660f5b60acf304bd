"""Messages the core writes for people, kept translatable without Qt.

The core is Qt-free, yet the interface shows some of its sentences (the problems list, the reasons an
edit is refused). Such a sentence is a :class:`Message`: a stable English template with named
parameters, and the context it is filed under in the interface's translation files
(resources/i18n/*.ts). ``str(message)`` is the English sentence (JSON, the command line, logs); the
interface looks the template up in Qt's translator and fills in the parameters at display time
(widgets/i18n.py ``translate_message``).

``N_(context, template)`` returns ``template`` unchanged; it marks the literal for extraction
(tools/i18n.py runs pyside6-lupdate with ``N_`` declared as an alias of ``QT_TRANSLATE_NOOP``, so the
context and the template must be string literals at the call) and records its context. Exceptions
carry a Message (``raise TableEditError(Message.of(N_("TableEdit", "Table {table} ..."), table=t))``:
``str(exc)`` stays the English sentence). Labels of operations are plain strings saved in the
project's journal; they are written from module-level marked templates (:func:`fill`), so the
interface can read a saved label back into its template and parameters and translate it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


#: template -> context of every marked template (module constants register on import)
_MARKED: dict[str, str] = {}


def N_(context: str, template: str) -> str:  # noqa: N802 - the conventional name of the marker
    """Mark ``template`` for translation under ``context``; returns it unchanged."""
    _MARKED.setdefault(template, context)
    return template


def marked() -> dict[str, str]:
    """Every template marked so far, with its context (the interface reads labels back with them)."""
    return dict(_MARKED)


@dataclass(frozen=True)
class Message:
    """A sentence for people: ``template`` with ``{name}`` fields, filled from ``params``.

    Numbers among the parameters stay numbers, so the interface can write them as its language
    does ("1 234 567" in French); ``str()`` writes them as the English interface does ("1,234,567").
    """

    context: str
    template: str
    params: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, template: str, **params: Any) -> "Message":
        """``Message.of(N_("Context", "Template {x}"), x=1)``: the context is the one it was marked with."""
        return cls(_MARKED.get(template, ""), template, tuple(params.items()))

    def format(self, template: str | None = None, number=None) -> str:
        """The sentence from ``template`` (a translation of :attr:`template`; itself by default),
        numbers written by ``number`` (value -> text; English grouping by default)."""
        from app.document.numbers import format_number

        number = number or format_number
        values = {k: (number(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v)
                  for k, v in self.params}
        try:
            return (template or self.template).format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a broken field: say it in English
            return self.template.format(**values)

    def __str__(self) -> str:
        return self.format()


def fill(template: str, **params: Any) -> str:
    """The English text of a marked template (operation labels, saved as text)."""
    return template.format(**params)


def shortened(text: str, limit: int = 30) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis: a title or a search inside a
    label or a list's cell."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def named(title: str | None, fallback: str, limit: int = 30) -> str:
    """A table or section as a user knows it: its title in quotes, shortened; ``fallback`` (its id)
    when it has none."""
    return f"“{shortened(title, limit)}”" if title and title.strip() else fallback
