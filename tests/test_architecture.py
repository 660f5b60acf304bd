"""The core stays Qt-free (napari's rule): nothing under app/ or exporters/ imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "qtpy", "widgets")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_and_exporters_do_not_import_qt():
    offenders = []
    for package in ("app", "exporters"):
        for path in sorted((ROOT / package).rglob("*.py")):
            bad = _imports(path) & set(QT_MODULES)
            if bad:
                offenders.append(f"{path.relative_to(ROOT)}: {sorted(bad)}")
    assert not offenders, "Qt imported from the core:\n" + "\n".join(offenders)


def test_importing_every_core_module_loads_no_qt():
    """The core, the exporters and the command line load no Qt: `briefing-builder extract` and `export`
    run on a machine without a display or Qt's system libraries (only the GUI command loads it)."""
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for package in ("app", "exporters", "briefing_builder")
        for p in (ROOT / package).rglob("*.py")
        if p.name != "__main__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'widgets')]\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt loaded by the core: {result.stdout}"


def test_import_contracts_hold():
    """The layers declared in pyproject.toml ([tool.importlinter]): the core imports neither the GUI nor
    the exporters, the exporters never the GUI (and, once app/ is in floors, each floor only those
    below it)."""
    from importlinter.cli import lint_imports

    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0


def _private_imports(path: Path, module: str) -> list[str]:
    """``from app.x import _name`` in ``module`` where app.x is not a module of the same subpackage."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module.rsplit(".", 1)[0] if not path.name == "__init__.py" else module
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
            source = ".".join(base + ([node.module] if node.module else []))
        else:
            source = node.module or ""
        if source.split(".")[0] != "app":
            continue
        shared_package = source.rsplit(".", 1)[0] == package and package != "app"
        for alias in node.names:
            if alias.name.startswith("_") and not alias.name.startswith("__") and not shared_package:
                found.append(f"{module}: from {source} import {alias.name}")
    return found


def test_no_private_name_crosses_modules():
    """A name another module needs is public: private (_name) imports stay inside one subpackage of
    app (tables/, sections/ share their internals); a root module of app is its own package."""
    offenders = []
    for package in ("app", "widgets", "exporters", "briefing_builder"):
        for path in sorted((ROOT / package).rglob("*.py")):
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            offenders += _private_imports(path, module.removesuffix(".__init__"))
    assert not offenders, "private names imported across modules:\n" + "\n".join(offenders)


def _module_graph(package: str) -> dict[str, set[str]]:
    """module -> the modules of ``package`` it imports (at the top or inside a function)."""
    files = {}
    for path in (ROOT / package).rglob("*.py"):
        files[".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")] = path
    graph: dict[str, set[str]] = {m: set() for m in files}
    for module, path in files.items():
        own_package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            targets = []
            if isinstance(node, ast.ImportFrom):
                parts = own_package.split(".")
                base = parts[: len(parts) - (node.level - 1)] if node.level else []
                source = ".".join(base + ([node.module] if node.module else [])) if node.level else node.module or ""
                targets = [f"{source}.{a.name}" if f"{source}.{a.name}" in files else source for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            for target in targets:
                # a module may use the names its own package's __init__ defines (the package's face)
                if target in files and target != module and not module.startswith(target + "."):
                    graph[module].add(target)
    return graph


def test_no_import_circle_in_the_core():
    """No two modules of app/ import each other, directly or through others (imports inside functions
    count too: they are a circle the moment both run)."""
    graph = _module_graph("app")
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    assert not circles, f"import circles: {circles}"
