"""The agent loop (``streams.agents.run_batches``), no broker: batch k+1's handler overlaps batch k's delivery,
acks follow delivery in offset order, and nothing at or after a failed delivery is ever acked."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from aiokafka.errors import TopicAuthorizationFailedError

from streams import agents, handlers
from tests.streams.test_delivery import Ev, Msg


class GatedTopic:
    """Delivery acknowledged only when the test opens the gate; a planned error fails that send instead."""

    def __init__(self, fail_keys: Sequence[bytes] = ()) -> None:
        self.gate = asyncio.Event()
        self.sent: list[bytes] = []
        self.fail_keys = set(fail_keys)
        self.tasks: list[asyncio.Task[None]] = []

    async def send(self, **kw: Any) -> asyncio.Future[None]:
        self.sent.append(kw["key"])
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        async def settle() -> None:
            await self.gate.wait()
            if kw["key"] in self.fail_keys:
                fut.set_exception(TopicAuthorizationFailedError())
            else:
                fut.set_result(None)

        self.tasks.append(asyncio.ensure_future(settle()))
        return fut


def batch(start: int, n: int) -> list[Ev]:
    return [Ev(f"k{i}".encode(), f"v{i}".encode(), Msg(offset=i)) for i in range(start, start + n)]


async def feed(batches: list[list[Ev]], hold: asyncio.Event) -> AsyncIterator[list[Ev]]:
    for b in batches:
        yield b
    await hold.wait()  # the stream stays open, as a live one does


async def wait_for(cond: Any, timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not cond():
        assert asyncio.get_running_loop().time() < deadline, "condition not met before the deadline"
        await asyncio.sleep(0.01)


def make_runner(out: GatedTopic, handled: list[bytes]) -> agents.StageRunner:
    lock = threading.Lock()

    def handler(records: Sequence[handlers.InRecord]) -> list[handlers.Outcome]:
        with lock:
            handled.extend(r.key or b"" for r in records)
        return [handlers.Outcome(key=r.key, value=b"out") for r in records]

    return agents.StageRunner("entities", handler, out, GatedTopic(), ThreadPoolExecutor(1), retry_seconds=0.1)


@dataclass
class Loop:
    """``run_batches`` over ``batches`` with recording ack and fatal callbacks; the stream stays open."""

    out: GatedTopic
    handled: list[bytes] = field(default_factory=list)
    acked: list[int] = field(default_factory=list)
    fatal: list[BaseException] = field(default_factory=list)
    hold: asyncio.Event = field(default_factory=asyncio.Event)

    refuse_ack: int | None = None  # an offset whose ack raises

    def start(self, batches: list[list[Ev]]) -> asyncio.Future[None]:
        async def ack(ev: Ev) -> None:
            if ev.message.offset == self.refuse_ack:
                raise RuntimeError("ack refused")
            self.acked.append(ev.message.offset)

        async def on_fatal(exc: BaseException) -> None:
            self.fatal.append(exc)

        runner = make_runner(self.out, self.handled)
        return asyncio.ensure_future(agents.run_batches(feed(batches, self.hold), runner, ack, on_fatal))


async def test_next_batch_is_handled_while_the_previous_one_is_delivered_then_acks_in_order() -> None:
    t = Loop(GatedTopic())
    loop = t.start([batch(0, 2), batch(2, 2)])
    # batch 1 is handled although batch 0 is not yet acknowledged by the broker
    await wait_for(lambda: t.handled == [b"k0", b"k1", b"k2", b"k3"])
    assert t.out.sent == [b"k0", b"k1"] and t.acked == []
    t.out.gate.set()
    # the last batch is acked without waiting for another batch to arrive
    await wait_for(lambda: t.acked == [0, 1, 2, 3])
    assert t.out.sent == [b"k0", b"k1", b"k2", b"k3"] and not t.fatal
    t.hold.set()
    await asyncio.wait_for(loop, 5)


async def test_a_failed_delivery_is_never_acked_nor_anything_after_it() -> None:
    t = Loop(GatedTopic(fail_keys=[b"k1"]))
    loop = t.start([batch(0, 2), batch(2, 2), batch(4, 2)])
    await wait_for(lambda: len(t.handled) >= 4)
    t.out.gate.set()
    await wait_for(lambda: bool(t.fatal))
    await asyncio.wait_for(loop, 5)  # the loop stops taking records
    assert t.acked == []  # k0 was delivered, but its batch holds the failed k1
    assert b"k2" not in t.out.sent and b"k4" not in t.out.sent  # later batches are never sent
    assert isinstance(t.fatal[0], agents.DeliveryFailed)
    t.hold.set()


async def test_a_failed_ack_stops_the_loop_like_a_failed_delivery() -> None:
    t = Loop(GatedTopic(), refuse_ack=1)
    loop = t.start([batch(0, 2), batch(2, 2), batch(4, 2)])
    t.out.gate.set()
    await wait_for(lambda: bool(t.fatal))
    await asyncio.wait_for(loop, 5)
    assert t.acked == [0]  # nothing after the record whose ack failed
    assert b"k4" not in t.out.sent  # batch 2 is never delivered
    assert str(t.fatal[0]) == "ack refused"
    t.hold.set()
