"""Agent tests with faust's ``agent.test_context()``: no broker; output and dead-letter topics are recorded."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import orjson
import pytest

from processors.envelope import decode_record
from streams.agents import register_agents
from streams.app import create_app
from streams.dlq import REQUIRED_HEADERS, header_dict
from streams.settings import Settings


class RecordingTopic:
    """Stands in for a faust topic: records sends; delivery is acknowledged at once."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    async def send(self, **kwargs: Any) -> asyncio.Future[None]:
        self.sent.append(kwargs)
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        fut.set_result(None)
        return fut


async def _app(stages: tuple[str, ...]) -> tuple[Any, dict[str, Any], RecordingTopic, RecordingTopic]:
    settings = Settings.from_env(bootstrap_servers="127.0.0.1:9", topic_prefix="unit.", batch_size=4, batch_within=0.05)
    app = create_app(settings, stages)
    runners = register_agents(app, settings, stages)
    out, dlq = RecordingTopic(), RecordingTopic()
    for r in runners.values():
        r.out_topic, r.dlq_topic = out, dlq
    app.loop = asyncio.get_running_loop()
    app.finalize()
    app.conf.store = "memory://"
    app.flow_control.resume()
    return app, runners, out, dlq


async def _wait_for(cond: Any, timeout: float = 20.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not cond():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met before the deadline")
        await asyncio.sleep(0.02)


@pytest.fixture
async def entities_app() -> AsyncIterator[tuple[Any, RecordingTopic, RecordingTopic]]:
    app, _, out, dlq = await _app(("entities",))
    yield app, out, dlq


async def test_entities_agent_parses_and_dead_letters(entities_app: Any) -> None:
    app, out, dlq = entities_app
    agent = app.agents["newsstream.entities"]
    good = {"id": "a-1", "text": "Chilean rescuers arrived in Arequipa, Peru, said Rosa Quispe."}
    async with agent.test_context() as ctx:
        await ctx.put(orjson.dumps(good), key=b"a-1")
        await ctx.put(b"\x00garbage", key=b"bad-1")
        await ctx.put(orjson.dumps({"id": "no-text"}), key=b"bad-2")
        await _wait_for(lambda: len(out.sent) + len(dlq.sent) == 3)
    assert [s["key"] for s in out.sent] == [b"a-1"]
    rec = decode_record(out.sent[0]["value"])
    assert rec.article["id"] == "a-1"
    assert any(e["text"] == "Rosa Quispe" for e in rec.entities)
    assert [s["key"] for s in dlq.sent] == [b"bad-1", b"bad-2"]
    for sent in dlq.sent:
        headers = header_dict(sent["headers"])
        assert set(REQUIRED_HEADERS) <= set(headers)
        assert headers["newsstream.error.class"] == "InvalidInput"
        assert headers["newsstream.error.stage"] == "entities"
    assert dlq.sent[0]["value"] == b"\x00garbage"  # original value kept


async def test_all_stages_chain_to_enriched_event() -> None:
    app, runners, _out, dlq = await _app(("entities", "countries", "quotes"))
    # give each stage its own recording output, then feed each stage the previous one's output
    outs = {name: RecordingTopic() for name in runners}
    for name, runner in runners.items():
        runner.out_topic = outs[name]
    text = 'Dutch Economy Minister Pieter Hoekstra visited Rotterdam. "The port must reopen," Hoekstra said.'
    value = orjson.dumps({"id": "chain-1", "text": text})
    for stage in ("entities", "countries", "quotes"):
        agent = app.agents[f"newsstream.{stage}"]
        async with agent.test_context() as ctx:
            await ctx.put(value, key=b"chain-1")
            await _wait_for(lambda s=stage: len(outs[s].sent) == 1)
        value = outs[stage].sent[0]["value"]
    assert not dlq.sent
    event = orjson.loads(value)
    assert event["id"] == "chain-1" and event["schema_version"].startswith("1.")
    headers = dict(outs["quotes"].sent[0]["headers"])
    assert headers["ce_specversion"] == b"1.0" and headers["content-type"] == b"application/json"
    assert outs["quotes"].sent[0]["key"] == b"chain-1"


async def test_stage_exception_goes_to_dead_letter(monkeypatch: pytest.MonkeyPatch) -> None:
    app, _, out, dlq = await _app(("entities",))

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("model exploded")

    monkeypatch.setattr("processors.entities.extract_entities", boom)
    monkeypatch.setattr("processors.stages.extract_entities", boom)
    agent = app.agents["newsstream.entities"]
    async with agent.test_context() as ctx:
        await ctx.put(orjson.dumps({"id": "x", "text": "Some text."}), key=b"x")
        await _wait_for(lambda: len(dlq.sent) == 1)
    headers = header_dict(dlq.sent[0]["headers"])
    assert headers["newsstream.error.class"] == "RuntimeError"
    assert "model exploded" in headers["newsstream.error.message"]
    assert headers["newsstream.error.stage"] == "entities"
    assert not out.sent


async def test_chained_agent_goes_straight_from_raw_to_the_enriched_event() -> None:
    app, runners, out, dlq = await _app(("chained",))
    assert list(runners) == ["chained"] and list(app.agents) == ["newsstream.chained"]
    text = 'Dutch Economy Minister Pieter Hoekstra visited Rotterdam. "The port must reopen," Hoekstra said.'
    agent = app.agents["newsstream.chained"]
    async with agent.test_context() as ctx:
        await ctx.put(orjson.dumps({"id": "ch-1", "text": text}), key=b"ch-1")
        await ctx.put(b"not json", key=b"bad-1")
        await _wait_for(lambda: len(out.sent) + len(dlq.sent) == 2)
    [sent] = out.sent
    event = orjson.loads(sent["value"])
    assert sent["key"] == b"ch-1" and event["schema_version"].startswith("1.")
    assert [c["code"] for c in event["countries"]["mentioned"]] == ["NL"]
    assert event["quotes"][0]["speaker"]["name"] == "Pieter Hoekstra"
    assert set(event["pipeline"]["stage_seconds"]) == {"entities", "countries", "quotes"}
    assert dict(sent["headers"])["ce_specversion"] == b"1.0"
    [dead] = dlq.sent
    headers = header_dict(dead["headers"])
    assert dead["value"] == b"not json" and headers["newsstream.error.stage"] == "entities"
    assert headers["newsstream.error.class"] == "InvalidInput"


def test_chained_failure_is_counted_under_the_stage_that_failed(monkeypatch: pytest.MonkeyPatch) -> None:
    from prometheus_client import REGISTRY

    from processors import nlp as nlp_mod
    from processors import stages
    from streams import handlers
    from streams.dlq import Origin

    def boom(*args: Any) -> Any:
        raise RuntimeError("gazetteer broke")

    monkeypatch.setattr(stages, "tag_countries", boom)
    labels = {"stage": "countries", "error_class": "RuntimeError"}
    before = REGISTRY.get_sample_value("newsstream_records_failed_total", labels) or 0.0
    handle = handlers.make_chained_handler(nlp_mod.load_model(), 1 << 20, ce_source="/test")
    value = orjson.dumps({"id": "c-1", "text": 'Officials in Nairobi said, "Roads reopen today."'})
    [outcome] = handle([handlers.InRecord(b"c-1", value, Origin("t.articles.raw", 0, 7, 1.0))])
    assert outcome.error is not None and outcome.error.stage == "countries"
    assert outcome.value == value  # the dead letter carries the raw record
    assert REGISTRY.get_sample_value("newsstream_records_failed_total", labels) == before + 1
