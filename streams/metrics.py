"""Prometheus metrics (base units, ``_total`` counters, seconds). Documented in README "Metrics".

Faust's own Prometheus sensor (milliseconds, no lag) is deliberately not exposed.
"""

from __future__ import annotations

import logging
import threading

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram, Info, start_http_server

log = logging.getLogger(__name__)

# per-record stage time: parse of a news article is ~10-200 ms, the other stages ~0.1-10 ms
STAGE_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128)
AGE_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, 3600.0, 86400.0)

RECORDS_IN = Counter("newsstream_records_in_total", "Records consumed by a stage", ["stage"])
RECORDS_OUT = Counter("newsstream_records_out_total", "Records a stage produced to its output topic", ["stage"])
RECORDS_FAILED = Counter(
    "newsstream_records_failed_total", "Records a stage could not process", ["stage", "error_class"]
)
RECORDS_DEAD_LETTERED = Counter(
    "newsstream_records_dead_lettered_total", "Records sent to the dead-letter topic", ["stage"]
)
STAGE_SECONDS = Histogram(
    "newsstream_stage_processing_seconds",
    "Processing time per record and stage",
    ["stage"],
    buckets=STAGE_BUCKETS,
)
BATCH_SECONDS = Histogram(
    "newsstream_stage_batch_seconds",
    "Wall time to process one batch, including delivery to the broker",
    ["stage"],
    buckets=STAGE_BUCKETS,
)
BATCH_SIZE = Histogram("newsstream_stage_batch_size", "Records per processed batch", ["stage"], buckets=BATCH_BUCKETS)
IN_FLIGHT = Gauge("newsstream_stage_in_flight", "Records taken by a stage and not yet acknowledged", ["stage"])
EVENT_AGE = Histogram(
    "newsstream_event_age_seconds",
    "Age of an enriched event at output: now minus the input record timestamp (published_at if none)",
    buckets=AGE_BUCKETS,
)
CONSUMER_LAG = Gauge(
    "newsstream_consumer_lag",
    "Records not yet committed by the group: end offset minus committed offset",
    ["group", "topic", "partition"],
)
ENTITIES = Counter("newsstream_entities_total", "Entities produced", ["label"])
COUNTRIES = Counter("newsstream_countries_total", "Country mentions produced (one per article and country)")
QUOTES = Counter("newsstream_quotes_total", "Quotes produced", ["kind"])
PIPELINE_INFO = Info("newsstream_pipeline", "Pipeline version and model")

_server_lock = threading.Lock()
_server_started: dict[tuple[str, int], bool] = {}


def serve(port: int, addr: str = "0.0.0.0", registry: CollectorRegistry = REGISTRY) -> None:
    """Start the /metrics HTTP endpoint once per process (Python process metrics included by default)."""
    with _server_lock:
        if _server_started.get((addr, port)):
            return
        start_http_server(port, addr=addr, registry=registry)
        _server_started[(addr, port)] = True
        log.info("metrics on http://%s:%d/metrics", addr, port)


def set_info(version: str, model: str, model_version: str, stages: str) -> None:
    PIPELINE_INFO.info({"version": version, "model": model, "model_version": model_version, "stages": stages})
