"""Briefing Builder's entry points: the command line (``briefing-builder``), which starts the GUI or
runs an extraction, and the headless export it runs. The top floor: it puts ``app`` (the Qt-free core),
``exporters`` and ``widgets`` together, and nothing imports it."""
