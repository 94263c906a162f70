"""End to end through the real embedded broker (tansu): raw article in, enriched event out."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import orjson
import pytest
from spacy.language import Language

from processors.articles import load_schema
from processors.pipeline import enrich
from streams.io import collect, produce_articles
from streams.processes import scrape
from streams.topics import TopicNames
from tests.integration.conftest import worker_log

pytestmark = pytest.mark.integration

VOLATILE = ("pipeline", "replayed")


def _stable(event: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in event.items() if k not in VOLATILE}


def _wait_metrics(port: int, needle: str, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    while True:
        try:
            text = scrape(port)
            if needle in text:
                return text
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError(f"{needle!r} not on /metrics after {timeout}s")
        time.sleep(0.2)


def _produce_with_librdkafka(bootstrap: str, topic: str, articles: list[dict[str, Any]]) -> None:
    """Produce as a non-Python-client service would: librdkafka (confluent-kafka), keyed by id."""
    confluent_kafka = pytest.importorskip("confluent_kafka")
    producer = confluent_kafka.Producer({"bootstrap.servers": bootstrap, "enable.idempotence": False, "acks": "all"})
    errors: list[Any] = []
    for art in articles:
        producer.produce(
            topic,
            orjson.dumps(art),
            key=art["id"].encode(),
            on_delivery=lambda err, _m: errors.append(err) if err else None,
        )
    assert producer.flush(30) == 0 and not errors


def _enriched(settings: Any, ids: set[str], proc: Any) -> list[Any]:
    """Enriched records until every id has arrived (or the worker exits, or 180 s pass)."""
    return asyncio.run(
        collect(
            settings,
            TopicNames(settings.topic_prefix).enriched,
            timeout=180,
            until=lambda seen: {r.key.decode() for r in seen} >= ids or proc.poll() is not None,
        )
    )


def _wikinews(n: int) -> list[dict[str, Any]]:
    from processors.corpus import read_records
    from tests.conftest import CORPUS

    if not CORPUS.is_file():
        return []
    # as a feed would send them: the corpus row as is (its `date` is an extra field, not published_at)
    return list(read_records(CORPUS)[:n])


def test_seed_wikinews_and_samples_through_broker(
    stream_settings: Any,
    worker_factory: Any,
    nlp: Language,
    seed_article: dict[str, Any],
    sample_articles: list[dict[str, Any]],
) -> None:
    import jsonschema

    wiki = _wikinews(20)
    names = TopicNames(stream_settings.topic_prefix)
    proc = worker_factory()
    _produce_with_librdkafka(stream_settings.bootstrap_servers, names.raw, [seed_article, *wiki])
    asyncio.run(produce_articles(stream_settings, names.raw, sample_articles))
    articles = [seed_article, *wiki, *sample_articles]
    ids = {a["id"] for a in articles}
    got = {r.key.decode(): r for r in _enriched(stream_settings, ids, proc)}
    assert set(got) == ids, worker_log(proc)

    schema = load_schema("output")
    events = {k: orjson.loads(r.value) for k, r in got.items()}
    for event in events.values():
        jsonschema.validate(event, schema)
    for rec in got.values():
        headers = dict(rec.headers)
        assert headers["ce_specversion"] == b"1.0" and headers["content-type"] == b"application/json"
        assert headers["ce_id"] and headers["ce_type"] and headers["ce_source"] and headers["ce_time"]

    seed = events[seed_article["id"]]
    assert any(e["label"] == "PERSON" and e["text"] == "Gideon Sa'ar" for e in seed["entities"])
    assert {"IQ", "IL", "PS", "LB", "IR"} <= {c["code"] for c in seed["countries"]["mentioned"]}
    assert seed["countries"]["focus"][0] in {"IQ", "IL"}
    assert len(seed["quotes"]) >= 5

    # the offline path gives the same output (bar timings) for the same articles
    offline = {e["id"]: e for e in enrich(nlp, articles) if isinstance(e, dict)}  # type: ignore[arg-type]
    for key, event in events.items():
        assert _stable(event) == _stable(offline[key])

    text = _wait_metrics(stream_settings.metrics_port, 'newsstream_records_out_total{stage="quotes"}')
    for stage in ("entities", "countries", "quotes"):
        assert f'newsstream_records_in_total{{stage="{stage}"}}' in text
        assert f'newsstream_stage_processing_seconds_bucket{{le="0.1",stage="{stage}"}}' in text


def test_chained_worker_gives_the_staged_output_without_intermediate_topics(
    stream_settings: Any,
    worker_factory: Any,
    nlp: Language,
    sample_articles: list[dict[str, Any]],
) -> None:
    """``NEWSSTREAM_TOPOLOGY=chained``: one agent, articles.raw -> articles.enriched, its own consumer group."""
    import dataclasses

    settings = dataclasses.replace(stream_settings, topology="chained")
    names = TopicNames(settings.topic_prefix)
    proc = worker_factory(settings=settings)
    bad = {"id": "bad-1"}  # no text: a dead letter, as in the staged topology
    asyncio.run(produce_articles(settings, names.raw, [*sample_articles, bad]))
    ids = {a["id"] for a in sample_articles}
    events = {r.key.decode(): orjson.loads(r.value) for r in _enriched(settings, ids, proc)}
    assert set(events) == ids, worker_log(proc)
    offline = {e["id"]: e for e in enrich(nlp, sample_articles) if isinstance(e, dict)}  # type: ignore[arg-type]
    for key, event in events.items():
        assert _stable(event) == _stable(offline[key])
    dead = asyncio.run(collect(settings, names.dlq, timeout=60, until=lambda seen: len(seen) >= 1))
    assert [r.key for r in dead] == [b"bad-1"]
    assert dict(dead[0].headers)["newsstream.error.stage"] == b"entities"
    text = _wait_metrics(settings.metrics_port, 'newsstream_records_out_total{stage="chained"}')
    for stage in ("entities", "countries", "quotes"):  # per-stage processing time is still reported ...
        assert f'newsstream_stage_processing_seconds_bucket{{le="0.1",stage="{stage}"}}' in text
        # ... but no staged agent ran (nothing was produced to or read from the intermediate topics)
        assert f'newsstream_records_in_total{{stage="{stage}"}}' not in text
