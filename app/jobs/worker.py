"""One helper process, fed requests in order, its replies streamed back: the runner of every helper
process the desktop application uses (document assembly, page jobs).

Why processes: a desktop process must not run long pure-Python work on *any* of its threads (the GIL,
see :mod:`app.jobs.assembler`). A :class:`Worker` starts its process on the first request; in it, a
handler (a module-level class, sent by reference, instantiated once in the helper) is called with each
request's payload. A request submitted with ``reply=True`` is answered ``(request, ok, result)``:
``ok=False`` with a sentence when the handler raised. A request without reply (data fed in advance)
that raises ends the helper: the handler's state is then not what later requests expect.

Replies are delivered by a reader thread, either to ``on_reply`` or to :meth:`Worker.wait`. A helper that
dies is never waited for: its pending requests are answered ``ok=False`` ("... stopped unexpectedly
(exit status N)"), and the next :meth:`Worker.submit` starts a new one. :meth:`Worker.cancel` stops the
helper at once, abandoning its pending requests (never answered).
"""

from __future__ import annotations

import itertools
import os
import signal
import threading
import time
from typing import Any, Callable

from app.extract.pipeline import mp_context

#: (request id, ok, result or message)
Reply = tuple[int, bool, Any]


def _worker_main(conn, handler_factory: Callable[[], Any], nice: bool) -> None:
    """The helper process: call the handler on each payload, reply when asked to."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if nice:  # the window wins the CPU, like the extraction workers (BRIEFING_WORKER_NICE)
        try:
            os.nice(int(os.environ.get("BRIEFING_WORKER_NICE", "0") or 0))
        except (AttributeError, ValueError, OSError):
            pass
    handler = None
    try:
        handler = handler_factory()
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                return
            if message is None:
                return
            request, want_reply, payload = message
            if not want_reply:
                handler(payload)  # raising ends the helper: the parent sees it stop
                continue
            try:
                reply: Reply = (request, True, handler(payload))
            except Exception as exc:  # noqa: BLE001 - a sentence for the caller
                reply = (request, False, str(exc) or type(exc).__name__)
            try:
                conn.send(reply)
            except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled
                conn.send((request, False, f"the result could not be sent back: {exc}"))
    finally:
        close = getattr(handler, "close", None)
        if close is not None:
            try:
                close()
            except Exception:  # noqa: BLE001
                pass
        conn.close()


class Worker:
    """One helper process running ``handler_factory()(payload)`` for each request, in order.

    ``on_reply(request, ok, result)`` is called on a reader thread for each reply (a Qt caller
    re-emits it as a queued signal); without it, replies wait for :meth:`wait`. ``name`` names the
    process (and the stop message: "the {what} stopped unexpectedly"). ``nice``: the helper lowers its
    priority by ``BRIEFING_WORKER_NICE``. ``restart``: whether a new helper may replace one that stopped
    (not when the helper holds state fed in advance: the requests after it would meet an empty one;
    :meth:`submit` then raises RuntimeError).
    """

    def __init__(self, handler_factory: Callable[[], Any], *, name: str, what: str = "helper process",
                 on_reply: Callable[[int, bool, Any], None] | None = None, nice: bool = False,
                 restart: bool = True) -> None:
        self.handler_factory = handler_factory
        self.name, self.what, self.nice = name, what, nice
        self.on_reply = on_reply
        self.restart = restart
        self._started = False
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self._proc = None
        self._conn = None
        self._pending: set[int] = set()
        self._replies: dict[int, Reply] = {}
        #: the helper each pending request was sent to (a stopped helper answers only for its own)
        self._owner: dict[int, Any] = {}
        #: helpers stopped on purpose (their pending requests were abandoned, not lost)
        self._stopped: set[int] = set()

    # ---- the process ---------------------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        """The helper's process id (None when none runs)."""
        proc = self._proc
        return proc.pid if proc is not None and proc.is_alive() else None

    def _ensure(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            return
        if self._started and not self.restart:
            raise RuntimeError(f"the {self.what} stopped")
        self._drop()
        self._started = True
        ctx = mp_context()
        parent_conn, child_conn = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=_worker_main, args=(child_conn, self.handler_factory, self.nice), daemon=True,
                           name=self.name)
        proc.start()
        child_conn.close()
        self._proc, self._conn = proc, parent_conn
        threading.Thread(target=self._read, args=(proc, parent_conn), daemon=True, name=f"{self.name}-reader").start()

    def _read(self, proc, conn) -> None:
        """The reader thread of one helper: it alone closes the connection (never under a blocked read)."""
        while True:
            try:
                reply = conn.recv()
            except (EOFError, OSError):
                break
            self._deliver(reply)
        try:
            conn.close()
        except OSError:
            pass
        proc.join(timeout=5)
        with self._lock:
            if self._proc is proc:
                self._proc = self._conn = None
            lost = sorted(r for r in self._pending if self._owner.get(r) is proc)
            deliberate = id(proc) in self._stopped
            self._stopped.discard(id(proc))
        if not deliberate:
            code = proc.exitcode
            for request in lost:
                self._deliver((request, False, f"the {self.what} stopped unexpectedly"
                                               + (f" (exit status {code})" if code else "")))

    def _deliver(self, reply: Reply) -> None:
        with self._lock:
            if reply[0] not in self._pending:
                return
            self._pending.discard(reply[0])
            self._owner.pop(reply[0], None)
            if self.on_reply is None:
                self._replies[reply[0]] = reply
                self._arrived.notify_all()
                return
        self.on_reply(*reply)

    # ---- requests ------------------------------------------------------------------------------

    def submit(self, payload: Any, reply: bool = True) -> int:
        """Send ``payload`` to the helper (started if none runs); the request's id. Raises (OSError, ...)
        when no helper can be started or the payload cannot be sent."""
        with self._lock:
            self._ensure()
            request = next(self._ids)
            if reply:
                self._pending.add(request)
                self._owner[request] = self._proc
            try:
                self._conn.send((request, reply, payload))
            except Exception:
                self._pending.discard(request)
                self._owner.pop(request, None)
                raise
            return request

    def pending(self) -> set[int]:
        """Requests not answered yet."""
        with self._lock:
            return set(self._pending)

    def wait(self, request: int, timeout: float | None = None, poll: Callable[[], None] | None = None,
             interval: float = 0.1) -> Reply:
        """The reply to ``request`` (only without ``on_reply``): ``(request, False, message)`` when the
        helper stops first; ``poll()`` is called every ``interval`` seconds meanwhile. TimeoutError after
        ``timeout`` seconds."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._lock:
            while request not in self._replies:
                if request not in self._pending:
                    raise KeyError(f"request {request} was never sent or was abandoned")
                if deadline is not None and time.monotonic() >= deadline:
                    raise TimeoutError(f"the {self.what} did not answer in {timeout:g} s")
                self._arrived.wait(interval)
                if poll is not None and request not in self._replies:
                    self._lock.release()
                    try:
                        poll()
                    finally:
                        self._lock.acquire()
            return self._replies.pop(request)

    # ---- stopping ------------------------------------------------------------------------------

    def _drop(self, kill: bool = False) -> None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if proc is None:
            return
        if proc.is_alive():
            self._stopped.add(id(proc))
        if kill:
            proc.kill()
        else:
            try:
                conn.send(None)  # the helper ends; its reader sees the end of the pipe and closes it
            except (OSError, ValueError):
                proc.kill()
        proc.join(timeout=2)
        if proc.is_alive():
            proc.kill()
            proc.join(timeout=5)

    def cancel(self) -> None:
        """Stop the helper now; pending requests are abandoned (never answered)."""
        with self._lock:
            self._pending.clear()
            self._owner.clear()
            self._drop(kill=True)

    def close(self) -> None:
        """Stop the helper once it is done with what it was sent (killed if a reply is still awaited)."""
        with self._lock:
            busy = bool(self._pending)
            self._pending.clear()
            self._owner.clear()
            self._drop(kill=busy)

    def __enter__(self) -> "Worker":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


__all__ = ["Reply", "Worker"]
