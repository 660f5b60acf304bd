"""Shared fixtures. Qt settings and app data go to a temporary folder so tests never touch the user's."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Isolate QSettings / QStandardPaths before any Qt object exists.
_SANDBOX = Path(tempfile.mkdtemp(prefix="bb-test-home-"))
atexit.register(shutil.rmtree, _SANDBOX, ignore_errors=True)
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "cache")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the interface in English whatever the machine's language (tests/test_i18n.py switches it itself)
os.environ["BRIEFING_LANGUAGE"] = "en"

from tests.helpers import shared_dir  # noqa: E402

#: Qt warnings that always mean a bug of ours: a test during which (or during whose teardown) Qt prints
#: one fails. An editor committed after its model was reset; a thread's object touched from another
#: thread; a running thread destroyed (the process aborts outside the tests).
BAD_QT_MESSAGES = (
    "does not belong to this view",
    "Destroyed while thread is still running",
    "from another thread",
    "in a different thread",
)
#: bad messages seen outside pytest-qt's capture (teardown, between tests)
_bad_outside: list[str] = []
_handler_installed = False


def _is_bad(message: str) -> bool:
    return any(bad in message for bad in BAD_QT_MESSAGES)


def _qt_message(kind, context, message: str) -> None:  # pytest-qt's capture replaces it during a test
    if _is_bad(message):
        _bad_outside.append(message)
    sys.stderr.write(f"{message}\n")


def pytest_collection_finish(session) -> None:
    global _handler_installed
    if "PySide6.QtCore" in sys.modules and not _handler_installed:  # a GUI test was collected
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(_qt_message)
        _handler_installed = True


def pytest_runtest_setup(item) -> None:
    _bad_outside.clear()
    places = sys.modules.get("widgets.places")
    if places is not None:  # where each document was left: a PDF made alike by two tests is one document
        places.settings().remove("last_view")


@pytest.hookimpl(wrapper=True, trylast=True)  # inside pytest-qt's wrapper: its records are still there
def pytest_runtest_makereport(item, call):
    report = yield
    if report.passed:
        bad = [m for m in _bad_outside]
        _bad_outside.clear()
        capture = getattr(item, "qt_log_capture", None)
        if capture is not None and call.when in ("setup", "call"):
            bad += [r.message for r in capture.records if _is_bad(r.message)]
        if bad:
            report.outcome = "failed"
            report.longrepr = f"Qt warned during {call.when}:\n" + "\n".join(sorted(set(bad)))
    return report


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared material folder (../shared or $BRIEFING_SHARED); skips when absent."""
    path = shared_dir()
    if path is None:
        pytest.skip("../shared is not beside the repository (set BRIEFING_SHARED to its location)")
    return path


@pytest.fixture(scope="session")
def corpus(shared: Path) -> Path:
    path = shared / "corpus"
    if not path.is_dir():
        pytest.skip(f"{path} is absent")
    return path


@pytest.fixture(scope="session")
def simple_pdf(tmp_path_factory) -> Path:
    """A small PDF made by the test suite itself: two pages, a ruled table and headings."""
    from tests.helpers import make_simple_pdf

    return make_simple_pdf(tmp_path_factory.mktemp("pdf") / "simple.pdf")


SAMPLES = ROOT / "resources" / "samples"


class SampleRun:
    """One bundled sample through the real pipeline (default settings, the worker pool), once."""

    def __init__(self, pdf: Path) -> None:
        from app.extract.pipeline import Extraction, ExtractSettings, assemble

        self.pdf = pdf
        self.settings = ExtractSettings()
        run = Extraction(pdf, settings=self.settings)
        self.results = list(run)
        self.document = run.document
        self._data = assemble(run.document, self.results, path=pdf, settings=self.settings, warnings=list(run.warnings))
        self.features = {r.page: r.features for r in self.results}

    def data(self):
        """A fresh copy of the extracted document (tests may change it)."""
        from app.document.model import DocumentData

        return DocumentData.from_json(self._data.to_json())


@pytest.fixture(scope="session")
def sample_run():
    """``sample_run(name)``: the bundled sample ``resources/samples/<name>.pdf`` extracted once for the
    whole test run and shared by every module that needs it (the 76-page sample takes most of a minute)."""
    runs: dict[str, SampleRun] = {}

    def get(name: str) -> SampleRun:
        if name not in runs:
            pdf = SAMPLES / f"{name}.pdf"
            if not pdf.is_file():
                pytest.skip(f"{pdf.name} is not in resources/samples")
            runs[name] = SampleRun(pdf)
        return runs[name]

    return get
