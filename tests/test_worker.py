"""The helper-process runner (app/jobs/worker.py): replies streamed back in order, failures as sentences, a
crashed helper reported (never waited for), cancel."""

from __future__ import annotations

import os
import queue
import time

import pytest

from app.jobs.worker import Worker


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
