"""Delivery rules of ``StageRunner`` (no broker): retry transient errors, dead-letter oversize outputs, never
report success for a record the broker did not take."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiokafka.errors import KafkaConnectionError, MessageSizeTooLargeError, TopicAuthorizationFailedError
from faust.exceptions import ProducerSendError

from streams import agents, handlers
from streams.dlq import header_dict


@dataclass
class Msg:
    topic: str = "t.articles.raw"
    partition: int = 0
    offset: int = 0
    timestamp: float = 1.0
    headers: list[tuple[str, bytes]] = field(default_factory=list)


@dataclass
class Ev:
    key: bytes
    value: bytes
    message: Msg


class FlakyTopic:
    """Each send takes the next planned outcome: None = acknowledged, an exception = raised by send() when
    ``sync`` else set on the delivery future."""

    def __init__(self, plan: list[BaseException | None], sync: bool = False) -> None:
        self.plan, self.sync, self.sent, self.acked = list(plan), sync, [], []  # type: ignore[var-annotated]

    async def send(self, **kw: Any) -> asyncio.Future[None]:
        self.sent.append(kw)
        outcome = self.plan.pop(0) if self.plan else None
        if outcome is not None and self.sync:
            raise ProducerSendError(f"Error while sending: {outcome!r}") from outcome
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if outcome is None:
            self.acked.append(kw)
            fut.set_result(None)
        else:
            fut.set_exception(outcome)
        return fut


def echo(records: Any) -> list[handlers.Outcome]:
    return [handlers.Outcome(key=r.key, value=b"out:" + (r.value or b"")) for r in records]


def runner(out: FlakyTopic, dlq: FlakyTopic, handler: Any = echo, retry_seconds: float = 5.0) -> agents.StageRunner:
    return agents.StageRunner("entities", handler, out, dlq, ThreadPoolExecutor(1), retry_seconds=retry_seconds)


def events(n: int) -> list[Ev]:
    return [Ev(f"k{i}".encode(), f"v{i}".encode(), Msg(offset=i)) for i in range(n)]


async def test_transient_errors_are_retried_until_acknowledged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(agents, "RETRY_INITIAL_SECONDS", 0.01)
    out = FlakyTopic([None, KafkaConnectionError("gone"), None])
    dlq = FlakyTopic([])
    await runner(out, dlq).process(events(2))
    assert [s["key"] for s in out.acked] == [b"k0", b"k1"] and len(out.sent) == 3 and not dlq.sent


async def test_retries_exhausted_raise_and_never_succeed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(agents, "RETRY_INITIAL_SECONDS", 0.01)
    out = FlakyTopic([KafkaConnectionError("gone")] * 1000)
    with pytest.raises(agents.DeliveryFailed):
        await runner(out, FlakyTopic([]), retry_seconds=0.1).process(events(1))


@pytest.mark.parametrize("sync", [True, False])
async def test_oversize_output_is_dead_lettered(sync: bool) -> None:
    out = FlakyTopic([MessageSizeTooLargeError("too big")], sync=sync)
    dlq = FlakyTopic([])
    await runner(out, dlq).process(events(2))
    assert [s["key"] for s in out.acked] == [b"k1"]
    [dead] = dlq.acked
    headers = header_dict(dead["headers"])
    assert dead["key"] == b"k0" and dead["value"] == b"v0"
    assert headers["newsstream.error.class"] == "MessageSizeTooLargeError"
    assert headers["newsstream.original.offset"] == "0"


async def test_oversize_dead_letter_goes_without_its_value() -> None:
    def fail(records: Any) -> list[handlers.Outcome]:
        from processors.errors import RecordTooLarge

        return [handlers.Outcome(key=r.key, value=r.value, error=RecordTooLarge("big")) for r in records]

    dlq = FlakyTopic([MessageSizeTooLargeError("too big")], sync=True)
    await runner(FlakyTopic([]), dlq, handler=fail).process(events(1))
    [dead] = dlq.acked
    assert dead["value"] is None and header_dict(dead["headers"])[agents.H_VALUE_DROPPED] == "2"


async def test_non_retriable_error_fails_the_batch() -> None:
    out = FlakyTopic([TopicAuthorizationFailedError()])
    with pytest.raises(agents.DeliveryFailed):
        await runner(out, FlakyTopic([])).process(events(3))


async def test_handler_exception_isolates_the_culprit() -> None:
    def picky(records: Any) -> list[handlers.Outcome]:
        if any(r.value == b"v1" for r in records):
            raise RuntimeError("boom")
        return echo(records)

    out, dlq = FlakyTopic([]), FlakyTopic([])
    await runner(out, dlq, handler=picky).process(events(3))
    assert [s["key"] for s in out.acked] == [b"k0", b"k2"]
    assert [s["key"] for s in dlq.acked] == [b"k1"]
    assert header_dict(dlq.acked[0]["headers"])["newsstream.error.class"] == "RuntimeError"
