"""Document assembly (:func:`app.extract.pipeline.assemble`) in a helper process, fed page by page.

Why a process: a desktop process must not run long pure-Python work on *any* of its threads. CPython's
GIL is handed over only every few milliseconds (``sys.getswitchinterval()``, 5 ms), and the GUI thread
re-acquires it for every call Qt makes into Python (each model ``data()`` call, each slot, each timer).
While another thread computes, each of those calls waits up to a switch interval, so a second of
background Python costs the window hundreds of milliseconds of lag (measured with
``tests/benchmarks/bench_gui.py --trace``: the assembly of a 300-page document, ~3 s of section-tree and
tagging code, made the 10 ms GUI timer late by 212-259 ms).

:class:`Assembler` starts one process when the first page arrives, sends it each page's result as it
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
import signal
from typing import Any, Callable, Iterable

from app.document.model import DocumentData, PageWarning, SourceDocument
from app.extract.pipeline import ExtractSettings, PageResult, mp_context, assemble


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


def _assembler_main(conn) -> None:
    """The helper process: collect page results, assemble on request, reply with the JSON texts."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:  # the window wins the CPU, like the extraction workers (BRIEFING_WORKER_NICE)
        os.nice(int(os.environ.get("BRIEFING_WORKER_NICE", "0") or 0))
    except (AttributeError, ValueError, OSError):
        pass
    results: list[PageResult] = []
    try:
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                return
            kind = message[0]
            if kind == "page":
                results.append(PageResult.from_json(message[1]))
            elif kind == "assemble":
                _, document, settings, path, password, warnings, store_path, settings_key, identity = message
                try:
                    data = assemble(
                        SourceDocument.from_json(document), results, path=path, password=password,
                        settings=ExtractSettings.from_json(settings),
                        warnings=[PageWarning.from_json(w) for w in warnings],
                    )
                except Exception as exc:  # noqa: BLE001 - the parent decides what to do
                    conn.send(("error", f"{type(exc).__name__}: {exc}"))
                    return
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
                conn.send(("done", _split(data), written))
                return
            else:
                return
    finally:
        conn.close()


class Assembler:
    """Assemble a document's pages in a helper process (see the module docstring).

        assembler = Assembler()
        for result in extraction:
            assembler.add(result)
        data = assembler.finish(document, path=..., password=..., settings=..., warnings=...)

    ``in_process=True`` assembles in the calling process (the design this replaces; for comparison).
    """

    def __init__(self, in_process: bool = False) -> None:
        self.in_process = in_process
        self.results: list[PageResult] = []
        self._proc = None
        self._conn = None
        self._failed = in_process
        #: whether ``finish`` had the helper write the baseline into the project file
        self.written = False
        #: why the helper process was not used (None when it was)
        self.fallback_reason: str | None = "in-process assembly requested" if in_process else None

    # ---- feeding ------------------------------------------------------------------------------

    def _start(self) -> None:
        ctx = mp_context()
        parent_conn, child_conn = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=_assembler_main, args=(child_conn,), daemon=True,
                           name="briefing-builder-assemble")
        proc.start()
        child_conn.close()
        self._proc, self._conn = proc, parent_conn

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
            if self._proc is None:
                self._start()
            self._conn.send(("page", result.to_json()))
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
        if not self._failed and self._proc is None and self.results == []:
            self._failed, self.fallback_reason = True, "no pages"
        if not self._failed:
            try:
                self._conn.send(("assemble", document.to_json(), settings.to_json(),
                                 None if path is None else str(path), password, [w.to_json() for w in warnings],
                                 None if store_path is None else str(store_path), settings_key,
                                 None if identity is None else identity.to_json()))
                reply = None
                while reply is None:
                    if self._conn.poll(0.1):
                        reply = self._conn.recv()
                    elif not self._proc.is_alive() and not self._conn.poll():
                        raise RuntimeError(f"the assembly process stopped (exit status {self._proc.exitcode})")
                    elif poll is not None:
                        poll()
                if reply[0] == "done":
                    data = _join(reply[1])
                    self.written = bool(reply[2])
                    self.close()
                    return data
                raise RuntimeError(reply[1])
            except Exception as exc:  # noqa: BLE001 - a lost helper never loses the extraction
                self._give_up(f"the assembly process failed: {exc}")
        data = assemble(document, self.results, path=path, password=password, settings=settings,
                        warnings=warnings)
        if identity is not None:
            data.document = identity
        return data

    def close(self) -> None:
        """Stop the helper process (if any)."""
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if conn is not None:
            try:
                conn.close()
            except OSError:
                pass
        if proc is not None:
            proc.join(timeout=2)
            if proc.is_alive():
                proc.kill()
                proc.join(timeout=5)

    def __enter__(self) -> "Assembler":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


__all__ = ["Assembler"]
