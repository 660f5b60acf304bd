"""One helper process, fed requests in order, its replies streamed back: the runner of every helper
process of the application (the extraction's page workers, document assembly, page jobs).

Why processes: pdfminer and our rules are pure Python, and a desktop process must not run long
pure-Python work on *any* of its threads (the GIL, see :mod:`app.jobs.assembler`). A :class:`Worker`
starts its process on the first request; in it, a handler (a module-level class or a
``functools.partial`` of one, sent by reference, instantiated once in the helper) is called with each
request's payload. A request submitted with ``reply=True`` is answered ``(request, ok, result)``:
``ok=False`` with a sentence when the handler raised (or could not be created: every request is then
answered with that sentence). A request without reply (data fed in advance) that raises ends the
helper: the handler's state is then not what later requests expect.

Replies are delivered by a reader thread, either to ``on_reply`` or to :meth:`Worker.wait`. The helper
announces each request it starts, so :attr:`Worker.running` tells which one it is on and for how long
(a caller can stop a helper stuck on one request: :meth:`Worker.kill`). A helper that dies (or is
killed) is never waited for: its pending requests are answered ``ok=False`` with a :class:`Stopped`
sentence ("... stopped unexpectedly (exit status N)") that says whether the helper had started that
request, and the next :meth:`Worker.submit` starts a new one. :meth:`Worker.cancel` stops the helper at
once, abandoning its pending requests (never answered).

Processes start from :func:`mp_context`: ``forkserver`` where available (a Qt parent is never forked),
``spawn`` elsewhere; the forkserver preloads the modules registered with :func:`preload`.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import threading
import time
from typing import Any, Callable

#: (request id, ok, result or message)
Reply = tuple[int, bool, Any]

#: modules every helper needs, imported once in the forkserver rather than in each helper
_PRELOAD: list[str] = []


def preload(modules: list[str]) -> None:
    """Have the forkserver import ``modules`` (before it starts; later calls only reach a new one)."""
    for name in modules:
        if name not in _PRELOAD:
            _PRELOAD.append(name)


def mp_context():
    """The multiprocessing context every helper process starts from: forkserver where available (a Qt
    parent is never forked), spawn elsewhere."""
    methods = multiprocessing.get_all_start_methods()
    method = "forkserver" if "forkserver" in methods else "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(list(_PRELOAD))
    return ctx


def prestart() -> bool:
    """Start the forkserver (and its imports, :func:`preload`) ahead of the first helper, without
    waiting for it: the first pages of an extraction then wait for neither (about half a second of a
    2-core laptop, the larger part of the time to a document's first table). The desktop application
    calls it when its window opens (through :func:`app.extract.pipeline.prestart`, which registers the
    extraction's imports). True when a forkserver is (being) started."""
    ctx = mp_context()
    if ctx.get_start_method() != "forkserver":
        return False
    try:
        from multiprocessing import forkserver

        forkserver.ensure_running()
    except Exception:  # the first helper starts it then
        return False
    return True


def _reap(proc) -> None:
    """Wait for a helper told to stop; kill it if it does not within 2 s."""
    proc.join(timeout=2)
    if proc.is_alive():
        proc.kill()
        proc.join(timeout=5)


class Stopped(str):
    """The answer (``ok=False``) to a request whose helper stopped before replying: the sentence, with
    ``started`` (the helper was running this request, not just holding it) and the helper's
    ``exitcode`` and ``pid``."""

    started: bool
    exitcode: int | None
    pid: int | None

    def __new__(cls, text: str, started: bool, exitcode: int | None, pid: int | None) -> "Stopped":
        self = super().__new__(cls, text)
        self.started, self.exitcode, self.pid = started, exitcode, pid
        return self


def _worker_main(conn, handler_factory: Callable[[], Any], nice: bool) -> None:
    """The helper process: call the handler on each payload, reply when asked to."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides about interruption
    if nice:  # the window wins the CPU (BRIEFING_WORKER_NICE, set by widgets/)
        try:
            os.nice(int(os.environ.get("BRIEFING_WORKER_NICE", "0") or 0))
        except (AttributeError, ValueError, OSError):
            pass
    handler = None
    broken = None
    try:
        try:
            handler = handler_factory()
        except Exception as exc:  # noqa: BLE001 - every request is answered with the reason
            broken = str(exc) or type(exc).__name__
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                return
            if message is None:
                return
            request, want_reply, payload = message
            if not want_reply:
                if broken is not None:
                    return  # its state cannot be built: the parent sees it stop
                handler(payload)  # raising ends the helper: the parent sees it stop
                continue
            if broken is not None:
                conn.send((request, False, broken))
                continue
            conn.send((request, None, None))  # started (Worker.running)
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
        #: requests sent to the current helper (callers replace a helper after so many: memory)
        self._sent = 0
        self._pending: set[int] = set()
        self._replies: dict[int, Reply] = {}
        #: the helper each pending request was sent to (a stopped helper answers only for its own)
        self._owner: dict[int, Any] = {}
        #: the request each helper announced it started, and when (time.monotonic)
        self._running: dict[Any, tuple[int, float]] = {}
        #: helpers stopped on purpose (their pending requests were abandoned, not lost)
        self._stopped: set[int] = set()

    # ---- the process ---------------------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        """The helper's process id (None when none runs)."""
        proc = self._proc
        return proc.pid if proc is not None and proc.is_alive() else None

    @property
    def sent(self) -> int:
        """Requests sent to the current helper since it started."""
        return self._sent

    @property
    def running(self) -> tuple[int, float] | None:
        """``(request, seconds since the helper started it)`` while the helper runs a request that
        expects a reply; None otherwise."""
        with self._lock:
            found = self._running.get(self._proc) if self._proc is not None else None
            if found is None or found[0] not in self._pending:
                return None
            return found[0], time.monotonic() - found[1]

    def _ensure(self) -> None:
        if self._proc is not None and self._proc.is_alive() and not self._conn.closed:
            return
        if self._started and not self.restart:
            raise RuntimeError(f"the {self.what} stopped")
        if self._conn is not None and self._conn.closed:
            self._forget()
        self._drop()
        self._started = True
        ctx = mp_context()
        parent_conn, child_conn = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=_worker_main, args=(child_conn, self.handler_factory, self.nice), daemon=True,
                           name=self.name)
        proc.start()
        child_conn.close()
        self._proc, self._conn, self._sent = proc, parent_conn, 0
        threading.Thread(target=self._read, args=(proc, parent_conn), daemon=True, name=f"{self.name}-reader").start()

    def _read(self, proc, conn) -> None:
        """The reader thread of one helper: it alone closes the connection (never under a blocked read)."""
        while True:
            try:
                reply = conn.recv()
            except (EOFError, OSError):
                break
            if reply[1] is None:  # the helper started this request
                with self._lock:
                    self._running[proc] = (reply[0], time.monotonic())
                continue
            self._deliver(reply)
        try:
            conn.close()
        except OSError:
            pass
        with self._lock:
            deliberate = id(proc) in self._stopped
        if not deliberate:
            # A helper told to stop is waited for by whoever stopped it (_reap): two threads waiting
            # for one forkserver child race for its one exit status, and the loser reads 255.
            proc.join(timeout=5)
        with self._lock:
            if self._proc is proc:
                self._proc = self._conn = None
            lost = sorted(r for r in self._pending if self._owner.get(r) is proc)
            running = self._running.pop(proc, (None, 0.0))[0]
            self._stopped.discard(id(proc))
        if not deliberate:
            code = proc.exitcode
            text = f"the {self.what} stopped unexpectedly" + (f" (exit status {code})" if code else "")
            for request in lost:
                self._deliver((request, False, Stopped(text, request == running, code, proc.pid)))

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
            request = next(self._ids)
            for attempt in (1, 2):
                self._ensure()
                if reply:
                    self._pending.add(request)
                    self._owner[request] = self._proc
                try:
                    self._conn.send((request, reply, payload))
                    break
                except Exception as exc:
                    self._pending.discard(request)
                    self._owner.pop(request, None)
                    if attempt == 2 or not self.restart or not isinstance(exc, (OSError, ValueError)):
                        raise
                    # the helper died a moment ago (its pipe is closed): its reader reports what it
                    # held; this request goes to a new one
                    self._forget()
            self._sent += 1
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

    def _forget(self) -> None:
        """Let go of a helper that is ending by itself: its reader reports its requests as lost."""
        self._proc = self._conn = None
        self._sent = 0

    def _drop(self, kill: bool = False, wait: bool = True) -> None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        self._sent = 0
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
        if wait:
            _reap(proc)
        else:
            threading.Thread(target=_reap, args=(proc,), daemon=True, name=f"{self.name}-reaper").start()

    def kill(self) -> None:
        """Kill the helper now, as if it had died: its pending requests are answered with
        :class:`Stopped` (e.g. it is stuck on a request past the caller's time limit)."""
        with self._lock:
            proc = self._proc
        if proc is not None and proc.is_alive():
            proc.kill()

    def cancel(self) -> None:
        """Stop the helper now; pending requests are abandoned (never answered)."""
        with self._lock:
            self._pending.clear()
            self._owner.clear()
            self._drop(kill=True)

    def close(self, wait: bool = True) -> None:
        """Stop the helper once it is done with what it was sent (killed if a reply is still awaited).
        ``wait=False``: return at once; the helper ends (and is waited for) on a thread of its own
        (a caller with more work to do then does it while its helpers exit)."""
        with self._lock:
            busy = bool(self._pending)
            self._pending.clear()
            self._owner.clear()
            self._drop(kill=busy, wait=wait)

    def __enter__(self) -> "Worker":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


__all__ = ["Reply", "Stopped", "Worker", "mp_context", "preload", "prestart"]
