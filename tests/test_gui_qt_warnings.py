"""tests/conftest.py fails a test during which, or during whose teardown, Qt prints a warning that always
means a bug of ours (BAD_QT_MESSAGES); other warnings pass."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="Qt (PySide6) is a runtime dependency; install the package")

from tests.conftest import ROOT  # noqa: E402

pytest_plugins = ["pytester"]

NOISY = '''
import pytest
from PySide6.QtCore import qWarning


@pytest.fixture
def closes_badly():
    yield
    qWarning("QThread: Destroyed while thread is still running")


def test_bad_during_call(qtbot):
    qWarning("QAbstractItemView::commitData called with an editor that does not belong to this view")


def test_bad_during_teardown(qtbot, closes_badly):
    pass


def test_harmless(qtbot):
    qWarning("This plugin does not support propagateSizeHints()")
'''


def test_bad_qt_warnings_fail_the_test(pytester, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makeconftest("from tests.conftest import *  # noqa: F401,F403\n")
    pytester.makeini("[pytest]\nqt_api = pyside6\n")
    pytester.makepyfile(test_noisy=NOISY)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1, errors=1)
    result.stdout.fnmatch_lines(["*Qt warned during call*", "*Qt warned during teardown*"])
