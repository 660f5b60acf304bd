"""Briefing Builder core: Qt-free document model, extraction, project store and packs.

Nothing in this package may import Qt (checked by tests/test_architecture.py); the GUI lives in
``widgets``, exporters in ``exporters`` and the command line in ``briefing_builder``.
"""

__version__ = "0.1.0"
