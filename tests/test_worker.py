"""The helper-process runner (app/runner/worker.py): replies streamed back in order, failures as sentences, a
crashed helper reported (never waited for), cancel."""

from __future__ import annotations

import os
import queue
import threading
import time

import pytest

from app.runner.worker import Stopped, Worker


class Echo:
    """A handler with state fed in advance: ("add", x) keeps x, ("sum",) answers the total."""

    def __init__(self) -> None:
        self.total = 0

    def __call__(self, message):
        kind = message[0]
        if kind == "add":
            self.total += message[1]
            return None
        if kind == "sum":
            return self.total
        if kind == "fail":
            raise ValueError("no such thing")
        if kind == "die":
            os._exit(message[1])
        if kind == "sleep":
            time.sleep(message[1])
            return "slept"
        raise KeyError(kind)


def test_replies_come_back_in_order_with_failures_as_sentences():
    with Worker(Echo, name="test-worker") as worker:
        for x in (1, 2, 3):
            worker.submit(("add", x), reply=False)
        total = worker.submit(("sum",))
        bad = worker.submit(("fail",))
        assert worker.wait(total, timeout=60) == (total, True, 6)
        assert worker.wait(bad, timeout=60) == (bad, False, "no such thing")
        assert not worker.pending()


def test_replies_stream_to_a_callback():
    replies: queue.Queue = queue.Queue()
    with Worker(Echo, name="test-worker", on_reply=lambda *r: replies.put(r)) as worker:
        requests = [worker.submit(("add", 1), reply=False), worker.submit(("sum",)), worker.submit(("sum",))]
        got = [replies.get(timeout=60), replies.get(timeout=60)]
    assert got == [(requests[1], True, 1), (requests[2], True, 1)]


def test_a_crashed_helper_is_reported_not_waited_for():
    worker = Worker(Echo, name="test-worker", what="test helper")
    try:
        dying = worker.submit(("die", 3))
        started = time.monotonic()
        request, ok, message = worker.wait(dying, timeout=60)
        assert (request, ok) == (dying, False)
        assert "test helper stopped unexpectedly" in message and "exit status 3" in message
        assert time.monotonic() - started < 30
        again = worker.submit(("sum",))  # a new helper, with fresh state
        assert worker.wait(again, timeout=60) == (again, True, 0)
    finally:
        worker.close()


def test_a_helper_holding_state_is_not_silently_replaced():
    worker = Worker(Echo, name="test-worker", restart=False)
    try:
        worker.submit(("add", 5), reply=False)
        dying = worker.submit(("die", 1))
        assert worker.wait(dying, timeout=60)[1] is False
        with pytest.raises(RuntimeError):
            worker.submit(("sum",))  # its 5 is gone with it
    finally:
        worker.close()


def test_cancel_stops_the_helper_at_once_and_abandons_its_requests():
    worker = Worker(Echo, name="test-worker")
    slow = worker.submit(("sleep", 60))
    time.sleep(0.5)
    started = time.monotonic()
    worker.cancel()
    assert time.monotonic() - started < 10
    assert worker.pid is None and not worker.pending()
    with pytest.raises(KeyError):
        worker.wait(slow, timeout=1)
    fresh = worker.submit(("sum",))
    assert worker.wait(fresh, timeout=60) == (fresh, True, 0)
    worker.close()


def test_one_runner_starts_every_helper_process():
    """Helper processes are started, fed and stopped in one place (app/runner/worker.py): a second
    process loop (its own Process, Pipe, connection wait or process pool) anywhere else in the
    application fails this test."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    runner = root / "app" / "runner" / "worker.py"
    process_names = {"Process", "Pipe", "Pool", "ProcessPoolExecutor", "wait"}
    found = []
    for package in ("briefing_builder", "app", "widgets", "exporters"):
        for path in sorted((root / package).rglob("*.py")):
            if path == runner:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in (
                        "multiprocessing", "concurrent"):
                    found.append(f"{path.relative_to(root)}:{node.lineno} from {node.module} import ...")
                elif isinstance(node, ast.Import) and any(
                        a.name.split(".")[0] in ("multiprocessing", "concurrent") for a in node.names):
                    found.append(f"{path.relative_to(root)}:{node.lineno} import multiprocessing")
                elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                      and node.func.attr in process_names and isinstance(node.func.value, ast.Name)
                      and node.func.value.id in ("ctx", "multiprocessing", "mp")):
                    found.append(f"{path.relative_to(root)}:{node.lineno} {node.func.value.id}.{node.func.attr}()")
    assert not found, "helper processes outside app/runner/worker.py: " + "; ".join(found)


def test_a_stopped_helper_says_which_request_it_was_running():
    """A request the helper was running when it died is told apart from those still waiting behind it
    (the extraction sends the waiting pages again and reports only the page the helper died on)."""
    replies: queue.Queue = queue.Queue()
    with Worker(Echo, name="test-worker", on_reply=lambda *r: replies.put(r)) as worker:
        dying = worker.submit(("die", 3))
        waiting = worker.submit(("sum",))
        got = dict((r[0], r) for r in (replies.get(timeout=60), replies.get(timeout=60)))
    for request, started in ((dying, True), (waiting, False)):
        _, ok, message = got[request]
        assert not ok and isinstance(message, Stopped) and message.started is started
        assert message.exitcode == 3 and "stopped unexpectedly" in message


def test_a_helper_stuck_on_a_request_can_be_killed_and_says_so():
    replies: queue.Queue = queue.Queue()
    with Worker(Echo, name="test-worker", on_reply=lambda *r: replies.put(r)) as worker:
        slow = worker.submit(("sleep", 60))
        deadline = time.monotonic() + 60
        while worker.running is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert worker.running[0] == slow and worker.running[1] >= 0
        worker.kill()
        request, ok, message = replies.get(timeout=60)
        assert (request, ok, message.started) == (slow, False, True)
        assert worker.running is None


def test_a_handler_that_cannot_be_built_answers_every_request_with_the_reason():
    import functools

    with Worker(functools.partial(int, "not a number"), name="test-worker") as worker:
        first, second = worker.submit(1), worker.submit(2)
        for request in (first, second):
            _, ok, message = worker.wait(request, timeout=60)
            assert not ok and "invalid literal" in message and not isinstance(message, Stopped)


def test_requests_sent_while_the_helper_dies_are_all_answered():
    """Requests sent right as a helper dies (its pipe already closed, the process not yet reaped) go to
    a new helper or are answered as lost: never an exception to the caller, never a silent loss."""
    replies: queue.Queue = queue.Queue()
    with Worker(Echo, name="test-worker", on_reply=lambda *r: replies.put(r)) as worker:
        sent = []
        for _ in range(5):
            sent.append(worker.submit(("die", 3)))
            deadline = time.monotonic() + 0.3
            while time.monotonic() < deadline:
                sent.append(worker.submit(("sum",)))
                time.sleep(0.002)
        got = {}
        while len(got) < len(sent):
            request, ok, result = replies.get(timeout=60)
            got[request] = (ok, result)
    assert sorted(got) == sorted(sent)
    assert all(ok or isinstance(result, Stopped) for ok, result in got.values())


class SlowToClose(Echo):
    """A handler whose closing (in the helper, as it ends) takes a while."""

    def close(self) -> None:
        time.sleep(1.5)


def test_close_without_waiting_returns_at_once_and_the_helper_is_still_reaped():
    """``close(wait=False)``: the caller goes on (the pipeline assembles the document) while its helpers
    end; they are waited for on a thread, never left running or unreaped."""
    worker = Worker(SlowToClose, name="test-worker")
    request = worker.submit(("sum",))
    assert worker.wait(request, timeout=60)[1] is True
    proc = worker._proc
    t0 = time.perf_counter()
    worker.close(wait=False)
    assert time.perf_counter() - t0 < 0.5
    assert proc.is_alive()  # still closing its handler
    # the reaper thread alone waits for the process: a second poller here would race it for the one
    # exit status the forkserver sends (the loser reads 255)
    reapers = [t for t in threading.enumerate() if t.name == "test-worker-reaper"]
    assert len(reapers) == 1
    reapers[0].join(30)
    assert not reapers[0].is_alive()
    assert proc.exitcode == 0  # ended on its own, and waited for (an exit status is known)

    waited = Worker(SlowToClose, name="test-worker")
    waited.wait(waited.submit(("sum",)), timeout=60)
    proc = waited._proc
    waited.close()  # the default waits
    assert not proc.is_alive()
