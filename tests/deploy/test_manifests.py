"""deploy/: Prometheus config and alerts, Grafana provisioning and dashboard, Kubernetes manifests.

Every metric the dashboard and the alert rules query must exist in the app's /metrics output.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from streams.settings import Settings
from streams.topics import STAGE_TOPICS, app_id
from tests.deploy.conftest import DEPLOY, WORKER_SERVICES, load_all_yaml, load_yaml, metrics_in

PORT = Settings().metrics_port
K8S = DEPLOY / "k8s"


# --- Prometheus -------------------------------------------------------------------------------------------


def test_prometheus_scrapes_every_worker_service_on_the_metrics_port(compose: dict[str, Any]) -> None:
    config = load_yaml(DEPLOY / "prometheus/prometheus.yml")
    (job,) = [j for j in config["scrape_configs"] if j["job_name"] == "newsstream"]
    (sd,) = job["dns_sd_configs"]
    assert set(sd["names"]) == {*WORKER_SERVICES, "chained"} <= set(compose["services"])
    assert sd["port"] == PORT
    assert job.get("metrics_path", "/metrics") == "/metrics"
    for service in (*WORKER_SERVICES, "chained"):
        env = compose["services"][service]["environment"]
        assert int(env["NEWSSTREAM_METRICS_PORT"]) == sd["port"]
    assert "/etc/prometheus/alerts.yml" in config["rule_files"]


def _rules() -> list[dict[str, Any]]:
    data = load_yaml(DEPLOY / "prometheus/alerts.yml")
    return [rule for group in data["groups"] for rule in group["rules"]]


def test_alert_rules_cover_lag_dlq_errors_and_no_output() -> None:
    rules = {r["alert"]: r for r in _rules()}
    for name in (
        "NewsstreamConsumerLagGrowing",
        "NewsstreamDeadLetterRate",
        "NewsstreamStageErrors",
        "NewsstreamNoOutput",
    ):
        assert name in rules, name
    assert "newsstream_consumer_lag" in rules["NewsstreamConsumerLagGrowing"]["expr"]
    assert "newsstream_records_dead_lettered_total" in rules["NewsstreamDeadLetterRate"]["expr"]
    assert "newsstream_records_failed_total" in rules["NewsstreamStageErrors"]["expr"]
    assert "newsstream_records_out_total" in rules["NewsstreamNoOutput"]["expr"]
    for rule in rules.values():
        assert rule["labels"]["severity"] in {"warning", "critical"}
        assert rule["annotations"]["summary"]
        assert rule.get("for")


def test_every_metric_the_alerts_query_exists(exposed_metrics: set[str]) -> None:
    used = set().union(*(metrics_in(r["expr"]) for r in _rules()))
    assert used, "no newsstream metric in the alert rules"
    assert used <= exposed_metrics, sorted(used - exposed_metrics)


# --- Grafana ----------------------------------------------------------------------------------------------


def _dashboard() -> dict[str, Any]:
    data = json.loads((DEPLOY / "grafana/dashboards/newsstream.json").read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def _exprs(dashboard: dict[str, Any]) -> list[str]:
    exprs = [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]
    for var in dashboard.get("templating", {}).get("list", []):
        query = var.get("query")
        exprs.append(query["query"] if isinstance(query, dict) else str(query or ""))
    return exprs


def test_grafana_datasource_and_dashboard_provisioning() -> None:
    (ds,) = load_yaml(DEPLOY / "grafana/provisioning/datasources/prometheus.yml")["datasources"]
    assert ds["type"] == "prometheus" and ds["url"] == "http://prometheus:9090"
    (provider,) = load_yaml(DEPLOY / "grafana/provisioning/dashboards/newsstream.yml")["providers"]
    assert provider["type"] == "file"
    dashboard = _dashboard()
    assert dashboard["uid"] == "newsstream" and dashboard["title"]
    for panel in dashboard["panels"]:
        if panel["type"] != "row":
            assert panel["datasource"]["uid"] == ds["uid"], panel["title"]
            assert panel["targets"], panel["title"]


def test_dashboard_panels_cover_the_operations_view() -> None:
    exprs = "\n".join(_exprs(_dashboard()))
    assert "rate(newsstream_records_in_total" in exprs and "rate(newsstream_records_out_total" in exprs
    for q in ("0.5", "0.95", "0.99"):
        assert f"histogram_quantile({q}, sum by (le, stage) (rate(newsstream_stage_processing_seconds_bucket" in exprs
        assert f"histogram_quantile({q}, sum by (le) (rate(newsstream_event_age_seconds_bucket" in exprs
    for metric in (
        "newsstream_records_failed_total",
        "newsstream_records_dead_lettered_total",
        "newsstream_consumer_lag",
    ):
        assert metric in exprs, metric


def test_every_metric_the_dashboard_queries_exists(exposed_metrics: set[str]) -> None:
    used = set().union(*(metrics_in(e) for e in _exprs(_dashboard())))
    assert len(used) >= 10
    assert used <= exposed_metrics, sorted(used - exposed_metrics)


# --- Kubernetes -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def k8s() -> dict[tuple[str, str], dict[str, Any]]:
    docs: dict[tuple[str, str], dict[str, Any]] = {}
    files = sorted(K8S.glob("*.yaml"))
    assert files
    for path in files:
        for doc in load_all_yaml(path):
            if doc.get("kind") == "Kustomization":
                assert {Path(r).name for r in doc["resources"]} == {p.name for p in files if p.name != path.name}
                continue
            assert doc["apiVersion"] and doc["metadata"]["name"], path
            docs[(doc["kind"], doc["metadata"]["name"])] = doc
    return docs


def _config(k8s: dict[tuple[str, str], dict[str, Any]]) -> dict[str, str]:
    return k8s[("ConfigMap", "newsstream-config")]["data"]


def test_a_deployment_per_stage(k8s: dict[tuple[str, str], dict[str, Any]]) -> None:
    config = _config(k8s)
    assert int(config["NEWSSTREAM_METRICS_PORT"]) == PORT
    assert config["NEWSSTREAM_METRICS_ADDR"] == "0.0.0.0"
    for stage in WORKER_SERVICES:
        dep = k8s[("Deployment", f"newsstream-{stage}")]
        spec = dep["spec"]
        assert spec["selector"]["matchLabels"].items() <= spec["template"]["metadata"]["labels"].items()
        (container,) = spec["template"]["spec"]["containers"]
        assert container["args"] == ["worker", "--stages", stage]
        assert {"name": "metrics", "containerPort": PORT} in container["ports"]
        assert {"configMapRef": {"name": "newsstream-config"}} in container["envFrom"]
        env = {e["name"]: e for e in container["env"]}
        ref = env["KAFKA_SASL_PASSWORD"]["valueFrom"]["secretKeyRef"]
        assert ref["name"] == "kafka-credentials" and ref["key"] in k8s[("Secret", "kafka-credentials")]["stringData"]
        assert container["readinessProbe"]["httpGet"]["port"] == "metrics"
        assert spec["template"]["spec"]["terminationGracePeriodSeconds"] >= 30


def test_metrics_service_selects_the_worker_pods(k8s: dict[tuple[str, str], dict[str, Any]]) -> None:
    svc = k8s[("Service", "newsstream-metrics")]
    (port,) = svc["spec"]["ports"]
    assert port["port"] == PORT and port["targetPort"] == "metrics"
    for stage in WORKER_SERVICES:
        labels = k8s[("Deployment", f"newsstream-{stage}")]["spec"]["template"]["metadata"]["labels"]
        assert svc["spec"]["selector"].items() <= labels.items(), stage


def test_keda_scales_each_stage_on_its_consumer_group_lag(k8s: dict[tuple[str, str], dict[str, Any]]) -> None:
    config = _config(k8s)
    settings = Settings(topic_prefix=config["NEWSSTREAM_TOPIC_PREFIX"])
    auth = k8s[("TriggerAuthentication", "kafka-credentials")]
    secret_keys = set(k8s[("Secret", "kafka-credentials")]["stringData"])
    assert {ref["key"] for ref in auth["spec"]["secretTargetRef"]} <= secret_keys
    for stage in WORKER_SERVICES:
        obj = k8s[("ScaledObject", f"newsstream-{stage}")]
        assert obj["apiVersion"].startswith("keda.sh/")
        assert obj["spec"]["scaleTargetRef"]["name"] == f"newsstream-{stage}"
        assert (
            1
            <= obj["spec"]["minReplicaCount"]
            <= obj["spec"]["maxReplicaCount"]
            <= int(config["NEWSSTREAM_PARTITIONS"])
        )
        (trigger,) = obj["spec"]["triggers"]
        assert trigger["type"] == "kafka"
        assert trigger["authenticationRef"]["name"] == "kafka-credentials"
        meta = trigger["metadata"]
        assert meta["consumerGroup"] == app_id(settings, (stage,))  # the group the worker really uses
        assert meta["topic"] == settings.topic_prefix + STAGE_TOPICS[stage][0]
        assert meta["bootstrapServers"] == config["KAFKA_BOOTSTRAP_SERVERS"]
        assert int(meta["lagThreshold"]) > 0
