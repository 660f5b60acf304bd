"""Test data of the pack tests: two small corrected documents (see make_packs_data.py)."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_document(name: str):
    """``appeal`` or ``crp``: a fresh DocumentData each call."""
    from app.document.model import DocumentData

    return DocumentData.from_json(json.loads((HERE / f"{name}.json").read_text(encoding="utf-8")))


def install_plugin(name: str, target: Path) -> Path:
    """Install the plug-in package ``tests/data/<name>`` with pip into ``target`` (offline, no deps).

    pip builds it from source with the environment's setuptools (``--no-build-isolation``). Where that
    cannot work (setuptools before 70.1 needs the separate ``wheel`` package; newer Pythons' venvs have
    no setuptools), the package is packed into a wheel here, following the wheel format, and pip
    installs that wheel: either way pip installs a real distribution whose entry points are then
    discovered.
    """
    import subprocess
    import sys

    source = HERE / name
    target.mkdir(parents=True, exist_ok=True)
    base = [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
            "--disable-pip-version-check", "--target", str(target)]
    build = target.parent / f"{name}-build"
    import shutil

    shutil.copytree(source, build, dirs_exist_ok=True)  # never write build files into tests/data
    done = subprocess.run(base + ["--no-build-isolation", str(build)], capture_output=True, text=True)
    if done.returncode != 0:
        # the environment cannot build from source (setuptools < 70.1 without ``wheel``, or no
        # setuptools at all): pack the wheel here and let pip install that
        wheel = _build_wheel(source, target.parent)
        done = subprocess.run(base + [str(wheel)], capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"pip could not install {wheel.name}:\n{done.stdout}\n{done.stderr}")
    return target


def _build_wheel(source: Path, out_dir: Path) -> Path:
    """A pure-Python wheel of a flat package (``py-modules``) described by its pyproject.toml."""
    import base64
    import hashlib
    import tomllib
    import zipfile

    project = tomllib.loads((source / "pyproject.toml").read_text(encoding="utf-8"))
    meta = project["project"]
    dist = meta["name"].replace("-", "_")
    version = meta["version"]
    info = f"{dist}-{version}.dist-info"
    files: dict[str, bytes] = {}
    for module in project["tool"]["setuptools"]["py-modules"]:
        files[f"{module}.py"] = (source / f"{module}.py").read_bytes()
    files[f"{info}/METADATA"] = (
        f"Metadata-Version: 2.1\nName: {meta['name']}\nVersion: {version}\nSummary: {meta.get('description', '')}\n"
    ).encode()
    files[f"{info}/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: briefing-builder-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    lines = []
    for group, entries in meta.get("entry-points", {}).items():
        lines.append(f"[{group}]")
        lines.extend(f"{k} = {v}" for k, v in entries.items())
        lines.append("")
    files[f"{info}/entry_points.txt"] = "\n".join(lines).encode()
    record = []
    for path, blob in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(blob).digest()).rstrip(b"=").decode()
        record.append(f"{path},sha256={digest},{len(blob)}")
    record.append(f"{info}/RECORD,,")
    files[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()
    wheel = out_dir / f"{dist}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as zf:
        for path, blob in files.items():
            zf.writestr(path, blob)
    return wheel
