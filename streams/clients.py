"""aiokafka clients configured from ``Settings`` (SASL/SSL passed through to every client)."""

from __future__ import annotations

from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from streams.settings import Settings


def producer(settings: Settings, **overrides: Any) -> AIOKafkaProducer:
    kw: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap_list,
        "acks": "all",
        "linger_ms": settings.producer_linger_ms,
        "enable_idempotence": settings.producer_idempotence,
        "max_request_size": max(settings.max_record_bytes * 2, 1_048_576),
        **settings.aiokafka_security(),
    }
    kw.update(overrides)
    return AIOKafkaProducer(**kw)


def consumer(settings: Settings, *topics: str, **overrides: Any) -> AIOKafkaConsumer:
    kw: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap_list,
        "enable_auto_commit": False,
        "auto_offset_reset": "earliest",
        **settings.aiokafka_security(),
    }
    kw.update(overrides)
    return AIOKafkaConsumer(*topics, **kw)
