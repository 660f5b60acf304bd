"""Test data owned by the pack tests: two small corrected documents (see make_packs_data.py)."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_document(name: str):
    """``appeal`` or ``crp``: a fresh DocumentData each call."""
    from app.model import DocumentData

    return DocumentData.from_json(json.loads((HERE / f"{name}.json").read_text(encoding="utf-8")))
