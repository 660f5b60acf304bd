"""Document assembly (:func:`app.extract.pipeline.assemble`) in a helper process, fed page by page.

Why a process: a desktop process must not run long pure-Python work on *any* of its threads. CPython's
GIL is handed over only every few milliseconds (``sys.getswitchinterval()``, 5 ms), and the GUI thread
re-acquires it for every call Qt makes into Python (each model ``data()`` call, each slot, each timer).
While another thread computes, each of those calls waits up to a switch interval, so a second of
background Python costs the window hundreds of milliseconds of lag (measured with
``tests/benchmarks/bench_gui.py --trace``: the assembly of a 300-page document, ~3 s of section-tree and
tagging code, made the 10 ms GUI timer late by 212-259 ms).

:class:`Assembler` starts one process (an :class:`app.runner.worker.Worker` running :class:`AssemblyHandler`) when the
first page arrives, sends it each page's result as it
comes in (small messages, spread over the extraction), and at the end receives the finished
:class:`~app.document.model.DocumentData` as many small JSON texts (one per table, section, warning) that the
parent parses one by one: one ``json.loads`` of the whole 2 MB would hold the GIL in a single C call
(measured 125 ms on a loaded machine). The helper can also write the baseline into the project file,
so the parent never serialises it either. The result is the very same as :func:`app.extract.pipeline.assemble` in-process; if the
process cannot be started or dies, the parent assembles in-process instead (slower for the window,
never a lost extraction).
"""

from __future__ import annotations

import json
import os
from typing import Any, Callable, Iterable

from app.document.model import DocumentData, PageWarning, SourceDocument
from app.extract.pipeline import Assembly, ExtractSettings, PageResult, assemble, prepare_in_background
from app.runner.worker import Worker


#: the lists of a DocumentData's JSON sent item by item (see _split)
_LISTS = ("tables", "sections", "warnings")


def _split(data: DocumentData) -> dict[str, Any]:
    """The document's JSON as many small JSON texts: the parent parses them one by one, so no single
    ``json.loads`` call holds its GIL for long (a 2 MB text takes 10-100+ ms in one C call)."""
    full = data.to_json()
    out: dict[str, Any] = {"head": json.dumps({k: v for k, v in full.items() if k not in _LISTS})}
    for key in _LISTS:
        out[key] = [json.dumps(item) for item in full.get(key, [])]
    return out


def _join(parts: dict[str, Any]) -> DocumentData:
    full = json.loads(parts["head"])
    for key in _LISTS:
        full[key] = [json.loads(item) for item in parts.get(key, [])]
    return DocumentData.from_json(full)


class AssemblyHandler:
    """The helper's side: collect page results; on ``("assemble", ...)`` assemble them and reply with
    ``(the JSON texts, whether the baseline was written)``."""

    def __init__(self) -> None:
        self.results: list[PageResult] = []
        # what assembling needs loads while the pages arrive, not after the last one
        self.prepared = prepare_in_background()
        #: the per-page part of assembling, done as the pages arrive (settings: the default ones,
        #: the only ones the desktop extracts with; others are assembled from the results at the end)
        self.assembly: Assembly | None = Assembly()

    def __call__(self, message: tuple) -> Any:
        if message[0] == "open":  # the document's path, before its pages: bookmarks read ahead
            _, path, password = message
            if not self.results:
                self.assembly = Assembly(None, path, password)
            return None
        if message[0] == "page":
            result = PageResult.from_json(message[1])
            self.results.append(result)
            if self.assembly is not None:
                self.assembly.add(result)
            return None
        self.prepared.join()
        _, document, settings, path, password, warnings, store_path, settings_key, identity = message
        settings = ExtractSettings.from_json(settings)
        assembly = self.assembly
        if assembly is None or assembly.settings != settings:
            assembly = Assembly(settings)
            for result in self.results:
                assembly.add(result)
        self.assembly = None  # its pages' lines are handed over once
        data = assembly.finish(SourceDocument.from_json(document), path=path, password=password,
                               warnings=[PageWarning.from_json(w) for w in warnings])
        if identity is not None:
            data.document = SourceDocument.from_json(identity)
        written = False
        if store_path is not None:  # the baseline, written here: the parent never serialises it
            try:
                from app.project.store import ProjectStore

                store = ProjectStore.open(store_path, lock=False)  # a helper of the lock holder
                try:
                    store.put_extraction(data, settings_key)
                    written = True
                finally:
                    store.close()
            except Exception:  # noqa: BLE001 - the parent writes it then
                written = False
        return _split(data), written


class Assembler:
    """Assemble a document's pages in a helper process (see the module docstring).

        assembler = Assembler()
        for result in extraction:
            assembler.add(result)
        data = assembler.finish(document, path=..., password=..., settings=..., warnings=...)

    ``in_process=True`` assembles in the calling process (the design this replaces; for comparison).
    """

    def __init__(self, in_process: bool = False, path: str | os.PathLike | None = None,
                 password: str | None = None) -> None:
        self.in_process = in_process
        #: the document, when known before its pages: the helper reads its bookmarks while the pages
        #: are extracted, and a bookmarked document's pages then skip the heading runs
        self._opening = None if path is None else ("open", str(path), password)
        self.results: list[PageResult] = []
        self.worker: Worker | None = None
        self._failed = in_process
        #: whether ``finish`` had the helper write the baseline into the project file
        self.written = False
        #: why the helper process was not used (None when it was)
        self.fallback_reason: str | None = "in-process assembly requested" if in_process else None

    # ---- feeding ------------------------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        """The helper process's id (None when none runs)."""
        return self.worker.pid if self.worker is not None else None

    def _give_up(self, reason: str) -> None:
        self._failed = True
        self.fallback_reason = reason
        self.close()

    def add(self, result: PageResult) -> None:
        """One page's result (in any order)."""
        self.results.append(result)
        if self._failed:
            return
        try:
            if self.worker is None:
                # no restart: a new helper would not hold the pages sent to the one that stopped
                self.worker = Worker(AssemblyHandler, name="briefing-builder-assemble", what="assembly process",
                                     nice=True, restart=False)
                if self._opening is not None:
                    self.worker.submit(self._opening, reply=False)
            self.worker.submit(("page", result.to_json()), reply=False)
        except Exception as exc:  # noqa: BLE001 - assemble in-process instead
            self._give_up(f"the assembly process could not be used: {exc}")

    # ---- the result ---------------------------------------------------------------------------

    def finish(
        self,
        document: SourceDocument,
        *,
        path: str | os.PathLike | None = None,
        password: str | None = None,
        settings: ExtractSettings | None = None,
        warnings: Iterable[PageWarning] = (),
        poll: Callable[[], None] | None = None,
        store_path: str | os.PathLike | None = None,
        settings_key: str = "",
        identity: SourceDocument | None = None,
    ) -> DocumentData:
        """The assembled document (what :func:`app.extract.pipeline.assemble` returns for the pages added).

        ``poll()`` is called about ten times a second while the helper works (e.g. to report progress).
        ``store_path``: the helper also writes the result as the document's baseline extraction into
        this project file (:meth:`app.project.store.ProjectStore.put_extraction` with ``settings_key``);
        ``written`` then tells whether it did. ``identity``: the document as the result names it (default:
        ``document``).
        """
        self.written = False
        settings = settings or ExtractSettings()
        warnings = list(warnings)
        if not self._failed and self.worker is None and self.results == []:
            self._failed, self.fallback_reason = True, "no pages"
        if not self._failed:
            try:
                request = self.worker.submit(("assemble", document.to_json(), settings.to_json(),
                                              None if path is None else str(path), password,
                                              [w.to_json() for w in warnings],
                                              None if store_path is None else str(store_path), settings_key,
                                              None if identity is None else identity.to_json()))
                _, ok, reply = self.worker.wait(request, poll=poll)
                if not ok:
                    raise RuntimeError(reply)
                parts, written = reply
                data = _join(parts)
                self.written = bool(written)
                self.close()
                return data
            except Exception as exc:  # noqa: BLE001 - a lost helper never loses the extraction
                self._give_up(f"the assembly process failed: {exc}")
        data = assemble(document, self.results, path=path, password=password, settings=settings,
                        warnings=warnings)
        if identity is not None:
            data.document = identity
        return data

    def close(self) -> None:
        """Stop the helper process (if any)."""
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.close()

    def __enter__(self) -> "Assembler":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


__all__ = ["Assembler", "AssemblyHandler"]
