"""Keep the interface's translations in step with the sources.

    python -m tools.i18n update    # pyside6-lupdate: new strings into resources/i18n/*.ts
    python -m tools.i18n release   # pyside6-lrelease: *.ts -> *.qm (shipped as package data)
    python -m tools.i18n check     # what tests/test_i18n.py checks, as a report (exit 1 when stale)

Translators edit the .ts files (Qt Linguist: ``pyside6-linguist resources/i18n/briefing_builder_fr.ts``,
or any XML editor), then run ``release``. Sources are scanned in widgets/ (``tr``, ``translate``),
app/, exporters/ and briefing_builder/ (``N_(context, template)``, the Qt-free marker of
app/document/messages.py; the command line's sentences are in context "CommandLine"). Locations are not
written into the .ts, so moving code does not change them: they change only when a string does.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
CATALOGUE = "briefing_builder"
LANGUAGES = ("fr", "es")
#: English needs a catalogue for its plural forms only ("%n table(s)" -> "1 table", "2 tables").
PLURAL_ONLY = ("en",)
CATALOGUES = LANGUAGES + PLURAL_ONLY
SOURCES = ("widgets", "exporters", "app", "briefing_builder")
#: Plural forms Qt expects for each language (French and Spanish: one, many).
PLURAL_FORMS = {"fr": 2, "es": 2, "en": 2}
MIN_TRANSLATED = 0.95


def ts_path(lang: str) -> Path:
    return I18N / f"{CATALOGUE}_{lang}.ts"


def qm_path(lang: str) -> Path:
    return I18N / f"{CATALOGUE}_{lang}.qm"


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this interpreter, else on PATH."""
    here = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def lupdate(ts_files: list[Path], root: Path = ROOT, plural_only: bool = False) -> None:
    sources = [str(root / s) for s in SOURCES]
    subprocess.run(
        [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-extensions", "py",
         *(["-pluralonly"] if plural_only else []),
         "-tr-function-alias", "QT_TRANSLATE_NOOP+=N_", *sources, "-ts", *map(str, ts_files)],
        check=True, cwd=root,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)


@dataclass
class Report:
    lang: str
    total: int = 0
    translated: int = 0
    untranslated: list[str] = field(default_factory=list)
    bad_plurals: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.translated / self.total if self.total else 1.0


def messages(ts: Path) -> dict[tuple[str, str, str, bool], ET.Element]:
    """{(context, source, comment, plural): <message>} of a .ts file, without obsolete entries."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            key = (name, m.findtext("source") or "", m.findtext("comment") or "", m.get("numerus") == "yes")
            found[key] = m
    return found


def report(lang: str, ts: Path | None = None) -> Report:
    ts = ts or ts_path(lang)
    r = Report(lang)
    for (context, source, _, plural), m in messages(ts).items():
        r.total += 1
        tr = m.find("translation")
        unfinished = tr is None or tr.get("type") == "unfinished"
        if plural:
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            if len(forms) != PLURAL_FORMS[lang] or not all(f.strip() for f in forms):
                if not unfinished:
                    r.bad_plurals.append(f"{context}: {source}")
                unfinished = True
            elif "%n" in source and not all("%n" in f for f in forms[1:]):
                r.bad_plurals.append(f"{context}: {source} (a form without %n)")
        elif tr is None or not (tr.text or "").strip():
            unfinished = True
        if unfinished:
            r.untranslated.append(f"{context}: {source}")
        else:
            r.translated += 1
    return r


def stale(lang: str) -> tuple[set, set]:
    """Strings in the sources missing from the committed .ts, and strings of the .ts gone from the
    sources: both empty when the .ts is up to date."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts_path(lang).name
        shutil.copy(ts_path(lang), fresh)
        lupdate([fresh], plural_only=lang in PLURAL_ONLY)
        now, committed = set(messages(fresh)), set(messages(ts_path(lang)))
    return now - committed, committed - now


def qm_matches(lang: str) -> bool:
    """True when the shipped .qm is what its .ts compiles to (not older, not edited apart)."""
    if not qm_path(lang).exists():
        return False
    with tempfile.TemporaryDirectory() as tmp:
        qm = Path(tmp) / qm_path(lang).name
        lrelease(ts_path(lang), qm)
        return qm.read_bytes() == qm_path(lang).read_bytes()


def main(argv: list[str] | None = None) -> int:
    command = (argv or sys.argv[1:] or ["check"])[0]
    if command == "update":
        lupdate([ts_path(lang) for lang in LANGUAGES])
        lupdate([ts_path(lang) for lang in PLURAL_ONLY], plural_only=True)
        command = "check"
    elif command == "release":
        for lang in CATALOGUES:
            lrelease(ts_path(lang), qm_path(lang))
        command = "check"
    if command != "check":
        print(__doc__)
        return 2
    ok = True
    for lang in CATALOGUES:
        r = report(lang)
        new, gone = stale(lang)
        fresh = qm_matches(lang)
        print(f"{lang}: {r.translated}/{r.total} translated ({r.share:.1%}); "
              f"{len(new)} new and {len(gone)} vanished in the sources; .qm {'current' if fresh else 'STALE'}")
        for line in r.untranslated[:20]:
            print(f"   untranslated  {line}")
        for line in r.bad_plurals:
            print(f"   plural forms  {line}")
        ok &= r.share >= MIN_TRANSLATED and not new and not gone and fresh and not r.bad_plurals
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
