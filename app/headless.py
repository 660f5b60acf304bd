"""Headless export (``briefing-builder export``): build a pack from a project or a PDF and export it.

The pack model and exporters arrive with the briefing-pack work (issue 6); until then the command
explains that it is not available rather than pretending to work.
"""

from __future__ import annotations

import argparse
from typing import Callable


def run_export(args: argparse.Namespace, progress: Callable[..., None] | None = None) -> int:
    from .cli import CommandError

    raise CommandError("export is not available in this build yet (no exporters are installed).")
