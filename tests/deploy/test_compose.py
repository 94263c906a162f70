"""docker-compose.yml: parses, and holds what the README says it holds."""

from __future__ import annotations

import re
from typing import Any

from streams.settings import Settings
from streams.topics import ALL as ALL_TOPICS
from tests.deploy.conftest import (
    DEPLOY,
    REPO,
    WORKER_SERVICES,
    backticked,
    load_yaml,
    readme_section,
    table_rows,
)

PORT = str(Settings().metrics_port)


def _env(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: str(v) for k, v in env.items()}


def _ports(service: dict[str, Any]) -> set[str]:
    out: set[str] = set()
    for p in [*(service.get("ports") or []), *(service.get("expose") or [])]:
        out.update(re.split(r"[:/]", str(p)))
    return out


def _volumes(service: dict[str, Any]) -> list[str]:
    return [str(v).split(":")[0] for v in service.get("volumes") or []]


def test_services_and_images(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert {"kafka", "topics", "prometheus", "grafana", *WORKER_SERVICES} <= set(services)
    assert services["kafka"]["image"].startswith("apache/kafka:")
    assert services["prometheus"]["image"].startswith("prom/prometheus:")
    assert services["grafana"]["image"].startswith("grafana/grafana:")
    assert not any("zookeeper" in str(s.get("image", "")) for s in services.values())


def test_kafka_runs_in_kraft_mode(compose: dict[str, Any]) -> None:
    env = _env(compose["services"]["kafka"])
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"].startswith(f"{env['KAFKA_NODE_ID']}@kafka:")
    assert "CONTROLLER" in env["KAFKA_CONTROLLER_LISTENER_NAMES"]
    assert "PLAINTEXT://kafka:9092" in env["KAFKA_ADVERTISED_LISTENERS"]
    assert compose["services"]["kafka"].get("healthcheck")


def test_topic_service_creates_every_topic(compose: dict[str, Any]) -> None:
    topics = compose["services"]["topics"]
    script = " ".join(map(str, topics["command"]))
    for name in ALL_TOPICS:
        assert name in script, name
    assert "--if-not-exists" in script
    assert topics["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert topics["restart"] == "no"


def test_workers_one_service_per_stage_and_scalable(compose: dict[str, Any]) -> None:
    for stage in WORKER_SERVICES:
        svc = compose["services"][stage]
        assert svc["command"] == ["worker", "--stages", stage]
        assert "container_name" not in svc, "a fixed container name prevents --scale"
        assert not svc.get("ports"), "a published host port prevents --scale"
        assert PORT in _ports(svc)
        env = _env(svc)
        assert env["NEWSSTREAM_METRICS_PORT"] == PORT
        assert env["NEWSSTREAM_METRICS_ADDR"] == "0.0.0.0"
        assert env["KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092"
        for var in ("KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM", "KAFKA_SASL_USERNAME", "KAFKA_SASL_PASSWORD"):
            assert var in env
        assert svc["depends_on"]["topics"]["condition"] == "service_completed_successfully"
        assert (REPO / svc["build"]["context"] / svc["build"]["dockerfile"]).is_file()


def test_chained_topology_is_an_opt_in_profile_scraped_by_prometheus(compose: dict[str, Any]) -> None:
    svc = compose["services"]["chained"]
    assert svc["profiles"] == ["chained"]  # `docker compose up` alone keeps the staged services
    assert svc["command"] == ["worker", "--topology", "chained"]
    assert PORT in _ports(svc) and not svc.get("ports")
    assert _env(svc)["KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092"
    # Prometheus scrapes it: tests/deploy/test_manifests.py


def test_volumes_exist(compose: dict[str, Any]) -> None:
    named = set(compose.get("volumes") or {})
    for name, svc in compose["services"].items():
        for source in _volumes(svc):
            if source.startswith("."):
                assert (REPO / source).exists(), f"{name}: {source}"
            else:
                assert source in named, f"{name}: named volume {source} not declared"


def test_prometheus_and_grafana_mount_the_deploy_files(compose: dict[str, Any]) -> None:
    prom = compose["services"]["prometheus"]
    assert "./deploy/prometheus:/etc/prometheus:ro" in prom["volumes"]
    assert "--config.file=/etc/prometheus/prometheus.yml" in prom["command"]
    graf = compose["services"]["grafana"]
    mounts = {str(v).split(":")[0]: str(v).split(":")[1] for v in graf["volumes"]}
    assert mounts["./deploy/grafana/provisioning"] == "/etc/grafana/provisioning"
    provider = load_yaml(DEPLOY / "grafana/provisioning/dashboards/newsstream.yml")["providers"][0]
    assert mounts["./deploy/grafana/dashboards"] == provider["options"]["path"]
    assert "3000" in _ports(graf) and "9090" in _ports(prom)


def test_every_service_image_port_and_volume_the_readme_names(compose: dict[str, Any]) -> None:
    rows = table_rows(readme_section("### Deployment: docker compose"))
    assert {backticked(r[0])[0] for r in rows} == set(compose["services"])
    for service_cell, image_cell, ports_cell, volumes_cell in rows:
        (name,) = backticked(service_cell)
        svc = compose["services"][name]
        image = backticked(image_cell)[0]
        assert svc["image"] == image, name
        for port in backticked(ports_cell):
            assert port.split(":")[-1] in _ports(svc), f"{name}: port {port}"
        for volume in backticked(volumes_cell):
            assert volume in _volumes(svc), f"{name}: volume {volume}"
    text = readme_section("### Deployment: docker compose")
    for image in ("apache/kafka", "prom/prometheus", "grafana/grafana"):
        assert image in text


def test_dockerfile_installs_the_project_and_downloads_no_model() -> None:
    text = (DEPLOY / "Dockerfile").read_text("utf-8")
    assert re.search(r"^FROM python:3\.11-slim", text, re.M)
    assert "pip install ." in text
    assert "spacy download" not in text and "curl" not in text and "wget" not in text
    assert f"EXPOSE {PORT}" in text
    assert 'ENTRYPOINT ["newsstream"]' in text
