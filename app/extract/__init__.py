"""PDF -> DocumentData: the table rules (tables/), the section rules (sections/), the pipeline that runs them page by page, and the checks of suspicious values (problems)."""

from __future__ import annotations

import functools

#: The packages whose code decides what an extraction holds.
RESULT_PACKAGES = ("app.extract", "app.source", "app.document")


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of the compiled code of every module that decides an extraction's result: a cached
    whole-document extraction is reused only by the same rules, whatever version constant someone
    forgot to bump (a heading rule changes no page-cache version). Works from source and from the
    frozen bundle (the loaders give code objects either way); "" when the code cannot be read, and
    the callers then rely on their version constants alone."""
    import hashlib
    import importlib
    import importlib.util
    import marshal
    import os
    import pkgutil

    digest = hashlib.sha256()
    try:
        for package_name in RESULT_PACKAGES:
            package = importlib.import_module(package_name)
            names = [package_name] + sorted(
                m.name for m in pkgutil.walk_packages(package.__path__, package_name + "."))
            for name in names:
                spec = importlib.util.find_spec(name)
                if spec is None or spec.loader is None:
                    return ""
                if spec.origin and spec.origin.endswith(".py") and os.path.isfile(spec.origin):
                    with open(spec.origin, "rb") as f:  # the source: nothing to compile
                        data = f.read()
                else:  # the frozen bundle's archive holds code objects
                    code = spec.loader.get_code(name)
                    if code is None:
                        return ""
                    data = marshal.dumps(code)
                digest.update(name.encode() + b"\0" + data)
    except Exception:  # noqa: BLE001 - an unreadable module: fall back to the version constants
        return ""
    return digest.hexdigest()[:16]
