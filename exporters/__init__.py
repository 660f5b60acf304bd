"""Exporters: the plug-in interface, discovery through entry points, and helpers for writing them.

An exporter is a tiny object (in the spirit of datasette's output renderers)::

    class CsvExporter:
        name = "csv"                        # what --format takes; unique, lower case
        label = "CSV files (one per table)" # what the GUI shows
        extension = ".zip"                  # file type written
        options = [Option("delimiter", "str", ",", "Field separator")]

        def export(self, pack, destination, options=None, progress=None):
            ...                             # write the pack to destination

It is registered under the entry-point group ``briefing_builder.exporters`` of its distribution; the
entry point may name the class, an instance, or a function returning an instance. The built-in PDF and
Excel exporters are registered the same way in this project's ``pyproject.toml``. See
``docs/exporters.md`` for the full contract.

Discovery never fails: a plug-in that cannot be imported, or whose object does not have the interface,
is reported in :attr:`Registry.broken` with the reason and skipped.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any, Callable, Iterable, Protocol, runtime_checkable

GROUP = "briefing_builder.exporters"

#: The built-ins, loaded from here when the project is not installed (running from a source checkout).
BUILTINS = {
    "pdf": "exporters.pdf:PdfExporter",
    "xlsx": "exporters.xlsx:XlsxExporter",
}

OPTION_TYPES = ("bool", "int", "float", "str", "choice")

Progress = Callable[[int, int, str], None]


class ExportError(Exception):
    """An export failed; ``str(err)`` is one sentence for the user."""


@dataclass(frozen=True)
class Option:
    """One exporter option: shown as a form field in the GUI, given as ``--option name=value``."""

    name: str
    type: str = "bool"
    default: Any = None
    help: str = ""
    choices: tuple[str, ...] = ()
    #: What the GUI shows beside the field ("HXL hashtags"); empty: made from the name.
    label: str = ""

    @property
    def title(self) -> str:
        """The field's label: ``label``, else the name in words ("page_size" -> "Page size")."""
        return self.label or self.name.replace("_", " ").capitalize()

    def parse(self, text: Any) -> Any:
        """Value from text (command line) or from a JSON value (saved pack); ValueError when invalid."""
        if self.type == "bool":
            if isinstance(text, bool):
                return text
            key = str(text).strip().lower()
            if key in ("1", "true", "yes", "on", "y"):
                return True
            if key in ("0", "false", "no", "off", "n"):
                return False
            raise ValueError(f"{self.name} takes yes or no, not {text!r}")
        if self.type == "int":
            try:
                return int(text)
            except (TypeError, ValueError):
                raise ValueError(f"{self.name} takes a whole number, not {text!r}") from None
        if self.type == "float":
            try:
                return float(text)
            except (TypeError, ValueError):
                raise ValueError(f"{self.name} takes a number, not {text!r}") from None
        if self.type == "choice":
            if str(text) not in self.choices:
                raise ValueError(f"{self.name} takes one of {', '.join(self.choices)}, not {text!r}")
            return str(text)
        return str(text)


@runtime_checkable
class Exporter(Protocol):
    name: str
    label: str
    extension: str
    options: list[Option]

    def export(self, pack: Any, destination: Any, options: dict[str, Any] | None = None,
               progress: Progress | None = None) -> None: ...


@dataclass
class Registry:
    exporters: dict[str, Any] = field(default_factory=dict)
    #: (entry point name, one-line reason) for every plug-in that was skipped.
    broken: list[tuple[str, str]] = field(default_factory=list)
    #: Where each exporter came from ("entry point <dist>", "built-in").
    origins: dict[str, str] = field(default_factory=dict)

    def get(self, name: str) -> Any:
        key = (name or "").strip().lower().lstrip(".")
        if key in self.exporters:
            return self.exporters[key]
        for exporter in self.exporters.values():  # "--format .xlsx" or "excel"?
            if exporter.extension.lower().lstrip(".") == key:
                return exporter
        known = ", ".join(self.exporters) or "none"
        broken = [n for n, _ in self.broken if n == key]
        if broken:
            reason = next(r for n, r in self.broken if n == key)
            raise ExportError(f"the exporter {name!r} is installed but broken: {reason}")
        raise ExportError(f"no exporter named {name!r} (available: {known})")

    def names(self) -> list[str]:
        return list(self.exporters)


def check_exporter(obj: Any) -> str | None:
    """Why ``obj`` is not a usable exporter (None when it is)."""
    for attr, kind in (("name", str), ("label", str), ("extension", str)):
        value = getattr(obj, attr, None)
        if not isinstance(value, kind) or not value.strip():
            return f"it has no {attr}"
    if not callable(getattr(obj, "export", None)):
        return "it has no export() method"
    options = getattr(obj, "options", [])
    try:
        for option in options or []:
            if not getattr(option, "name", None) or getattr(option, "type", None) not in OPTION_TYPES:
                return f"option {option!r} is not an exporters.Option"
    except TypeError:
        return "its options are not a list"
    name = obj.name
    if name != name.strip().lower() or " " in name:
        return f"its name {name!r} must be one lower-case word"
    return None


def _instantiate(loaded: Any) -> Any:
    if isinstance(loaded, type):
        return loaded()
    if callable(loaded) and not hasattr(loaded, "export"):
        return loaded()
    return loaded


def _load_value(value: str) -> Any:
    module_name, _, attr = value.partition(":")
    obj = importlib.import_module(module_name.strip())
    for part in attr.strip().split(".") if attr.strip() else []:
        obj = getattr(obj, part)
    return obj


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text}" if not isinstance(exc, (ImportError,)) else text


PLUGINS_ENV = "BRIEFING_BUILDER_PLUGINS"


def plugin_folders() -> list[Path]:
    """Folders searched for plug-in distributions besides the Python environment: ``plugins/`` beside
    the executable of a bundled (frozen) application, where no pip can install, and the folders
    named by ``$BRIEFING_BUILDER_PLUGINS``. A plug-in is installed there with ``pip install --target``."""
    folders: list[Path] = []
    if getattr(sys, "frozen", False):
        folders.append(Path(sys.executable).resolve().parent / "plugins")
    for item in os.environ.get(PLUGINS_ENV, "").split(os.pathsep):
        if item.strip():
            folders.append(Path(item.strip()).expanduser())
    return [f for f in folders if f.is_dir()]


def _add_plugin_folders() -> None:
    # importlib.metadata finds distributions on sys.path: a folder on it is searched like site-packages.
    for folder in plugin_folders():
        if str(folder) not in sys.path:
            sys.path.append(str(folder))


def _entry_points() -> Iterable[Any]:
    _add_plugin_folders()
    try:
        return metadata.entry_points(group=GROUP)
    except Exception:  # a damaged dist-info must not stop the application
        return []


def discover(include_builtins: bool = True) -> Registry:
    """All exporters: entry points of installed distributions (including this project's own
    registration of the built-ins), then the built-ins from :data:`BUILTINS` when they were not
    registered (a source checkout). Broken plug-ins are listed in ``broken`` and skipped."""
    registry = Registry()
    seen_values: set[str] = set()
    for ep in _entry_points():
        if ep.value in seen_values:
            continue  # the same distribution seen twice on sys.path
        seen_values.add(ep.value)
        dist = getattr(getattr(ep, "dist", None), "name", None) or "unknown package"
        try:
            exporter = _instantiate(ep.load())
        except Exception as exc:
            registry.broken.append((ep.name, f"cannot be loaded from {ep.value} ({dist}): {_one_line(exc)}"))
            continue
        problem = check_exporter(exporter)
        if problem:
            registry.broken.append((ep.name, f"{ep.value} ({dist}) is not an exporter: {problem}"))
            continue
        if exporter.name in registry.exporters:
            registry.broken.append((ep.name, f"{ep.value} ({dist}): the name {exporter.name!r} is already taken"))
            continue
        registry.exporters[exporter.name] = exporter
        registry.origins[exporter.name] = f"{dist}"
    if include_builtins:
        for name, value in BUILTINS.items():
            if name in registry.exporters:
                continue
            try:
                exporter = _instantiate(_load_value(value))
            except Exception as exc:
                registry.broken.append((name, f"built-in exporter cannot be loaded: {_one_line(exc)}"))
                continue
            registry.exporters[name] = exporter
            registry.origins[name] = "built-in"
    # built-ins first, then plug-ins by name
    ordered = {k: registry.exporters[k] for k in BUILTINS if k in registry.exporters}
    ordered.update({k: registry.exporters[k] for k in sorted(registry.exporters) if k not in ordered})
    registry.exporters = ordered
    return registry


def resolve_options(exporter: Any, given: dict[str, Any] | None = None, strict: bool = True) -> dict[str, Any]:
    """Defaults of ``exporter``'s options updated with ``given`` (parsed and checked).

    ``strict``: unknown names and invalid values raise ValueError; otherwise they are dropped (a
    saved pack whose options came from another version)."""
    opts = {o.name: o for o in getattr(exporter, "options", []) or []}
    values = {name: o.default for name, o in opts.items()}
    for key, raw in (given or {}).items():
        option = opts.get(key)
        if option is None:
            if strict:
                known = ", ".join(opts) or "none"
                raise ValueError(f"the {exporter.name} exporter has no option {key!r} (options: {known})")
            continue
        try:
            values[key] = option.parse(raw)
        except ValueError:
            if strict:
                raise
    return values


def parse_option_args(exporter: Any, items: Iterable[str]) -> dict[str, Any]:
    """``["hxl=yes", "landscape"]`` -> the given options, parsed and checked (a bare name sets a
    yes/no option to yes). ValueError names an unknown option or a bad value."""
    raw: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not key:
            raise ValueError(f"--option {item!r}: expected NAME=VALUE")
        raw[key] = value if sep else "yes"
    values = resolve_options(exporter, raw, strict=True)
    return {k: values[k] for k in raw}


def destination_with_extension(path: str | os.PathLike, exporter: Any) -> str:
    """``path`` with the exporter's extension added when it has none."""
    p = os.fspath(path)
    root, ext = os.path.splitext(p)
    return p if ext else p + exporter.extension


__all__ = [
    "BUILTINS",
    "ExportError",
    "Exporter",
    "GROUP",
    "Option",
    "Registry",
    "check_exporter",
    "destination_with_extension",
    "discover",
    "parse_option_args",
    "plugin_folders",
    "resolve_options",
]
