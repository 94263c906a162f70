"""The app's ``/metrics`` text generated in-process: every labelled metric touched once, then
``prometheus_client.generate_latest()`` (what the worker's HTTP endpoint serves)."""

from __future__ import annotations

from prometheus_client import REGISTRY, generate_latest
from prometheus_client.metrics_core import Metric
from prometheus_client.parser import text_string_to_metric_families

from streams import metrics

OUR_PREFIX = "newsstream_"


def touch_all() -> None:
    for stage in ("entities", "countries", "quotes"):
        metrics.RECORDS_IN.labels(stage).inc(0)
        metrics.RECORDS_OUT.labels(stage).inc(0)
        metrics.RECORDS_FAILED.labels(stage, "InvalidInput").inc(0)
        metrics.RECORDS_DEAD_LETTERED.labels(stage).inc(0)
        metrics.STAGE_SECONDS.labels(stage)
        metrics.BATCH_SECONDS.labels(stage)
        metrics.BATCH_SIZE.labels(stage)
        metrics.IN_FLIGHT.labels(stage).inc(0)
    metrics.CONSUMER_LAG.labels("newsstream", "articles.raw", "0").set(0)
    metrics.ENTITIES.labels("PERSON").inc(0)
    metrics.QUOTES.labels("direct").inc(0)
    metrics.COUNTRIES.inc(0)
    metrics.set_info("0.0.0", "en_core_web_sm", "3.8.0", "entities,countries,quotes")


def exposition() -> str:
    touch_all()
    return generate_latest(REGISTRY).decode()


def our_families() -> list[Metric]:
    return [f for f in text_string_to_metric_families(exposition()) if f.name.startswith(OUR_PREFIX)]


def metric_names() -> set[str]:
    """Every sample name on /metrics (``_bucket``/``_sum``/``_count``/``_total``/``_info`` included)."""
    return {s.name for f in text_string_to_metric_families(exposition()) for s in f.samples}
