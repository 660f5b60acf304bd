"""Briefing Builder core: Qt-free document model, extraction, project store, packs and command line.

Nothing in this package may import Qt (checked by tests/test_architecture.py); the GUI lives in
``widgets`` and exporters in ``exporters``.
"""

__version__ = "0.1.0"
