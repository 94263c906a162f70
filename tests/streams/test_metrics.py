"""Prometheus naming rules for our metrics (base units, ``_total`` counters, a ``stage`` label)."""

from __future__ import annotations

import re

from prometheus_client import REGISTRY, generate_latest
from prometheus_client.metrics import MetricWrapperBase

from streams import metrics
from tests.deploy.metrics_exposition import OUR_PREFIX, exposition, our_families


def test_every_labelled_metric_shows_up() -> None:
    text = exposition()
    for family in our_families():
        assert family.name in text or f"{family.name}_total" in text, family.name


def test_naming_rules() -> None:
    families = our_families()
    assert families
    for family in families:
        assert family.name.startswith(OUR_PREFIX)
        assert "millisecond" not in family.name and not family.name.endswith("_ms")
        if family.type == "counter":
            assert all(s.name.endswith(("_total", "_created")) for s in family.samples), family.name
        if family.type == "histogram" and "batch_size" not in family.name:
            assert family.name.endswith("_seconds"), family.name
        if family.type == "gauge":
            assert not family.name.endswith("_total"), family.name


def test_stage_label_and_seconds_histogram() -> None:
    text = exposition()
    for name in (
        "newsstream_records_in_total",
        "newsstream_records_out_total",
        "newsstream_records_failed_total",
        "newsstream_records_dead_lettered_total",
        "newsstream_stage_in_flight",
    ):
        assert re.search(rf'^{name}\{{[^}}]*stage="entities"', text, re.M), name
    assert "# TYPE newsstream_stage_processing_seconds histogram" in text
    assert 'newsstream_stage_processing_seconds_bucket{le="0.1",stage="quotes"}' in text
    assert "# TYPE newsstream_event_age_seconds histogram" in text
    assert "newsstream_consumer_lag{" in text


def test_buckets_fit_the_data() -> None:
    # a parse takes ~10-200 ms, the other stages ~0.1-10 ms: there must be buckets on both sides of that range
    assert min(metrics.STAGE_BUCKETS) <= 0.001 and max(metrics.STAGE_BUCKETS) >= 2.5
    assert max(metrics.AGE_BUCKETS) >= 3600


def test_no_faust_sensor_and_process_metrics_present() -> None:
    text = generate_latest(REGISTRY).decode()
    assert "process_cpu_seconds_total" in text or "python_info" in text
    assert not re.search(r"^(faust_|total_)", text, re.M)  # faust's ms-based sensor is not exposed


def test_metric_objects_are_prometheus_client_metrics() -> None:
    for name in dir(metrics):
        obj = getattr(metrics, name)
        if isinstance(obj, MetricWrapperBase):
            assert obj._name.startswith(OUR_PREFIX)
