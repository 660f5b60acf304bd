"""Bundled data: sample documents, fonts, icons. Use :func:`path` to locate a file."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """Absolute path of a bundled resource, e.g. ``path("samples", "x.pdf")``."""
    return ROOT.joinpath(*parts)
