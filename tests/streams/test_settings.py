"""Security settings reach every client; secrets never show up in logs, reprs or redacted settings."""

from __future__ import annotations

import logging
import ssl
from pathlib import Path

import pytest
from faust.auth import SASLCredentials, SSLCredentials

from streams import clients
from streams.app import broker_credentials, create_app
from streams.settings import Settings

SECRET = "s3cr3t-Passw0rd!"
CA = Path(ssl.get_default_verify_paths().cafile or "/etc/ssl/certs/ca-certificates.crt")


@pytest.fixture
def sasl_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9093,kafka-2:9093")
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "sasl_ssl")
    monkeypatch.setenv("KAFKA_SASL_MECHANISM", "scram-sha-512")
    monkeypatch.setenv("KAFKA_SASL_USERNAME", "newsstream")
    monkeypatch.setenv("KAFKA_SASL_PASSWORD", SECRET)
    if CA.is_file():
        monkeypatch.setenv("KAFKA_SSL_CAFILE", str(CA))


def test_sasl_ssl_from_env_reaches_aiokafka_kwargs(sasl_env: None) -> None:
    s = Settings.from_env()
    assert s.security_protocol == "SASL_SSL" and s.sasl_mechanism == "SCRAM-SHA-512"
    kw = s.aiokafka_security()
    assert kw["security_protocol"] == "SASL_SSL"
    assert kw["sasl_mechanism"] == "SCRAM-SHA-512"
    assert kw["sasl_plain_username"] == "newsstream" and kw["sasl_plain_password"] == SECRET
    assert isinstance(kw["ssl_context"], ssl.SSLContext)
    assert s.bootstrap_list == ["kafka-1:9093", "kafka-2:9093"]


async def test_every_aiokafka_client_gets_the_security_settings(sasl_env: None) -> None:
    s = Settings.from_env()
    producer = clients.producer(s)
    consumer = clients.consumer(s, group_id="g")
    for client in (producer.client, consumer._client):
        assert client._security_protocol == "SASL_SSL"
        assert client._sasl_mechanism == "SCRAM-SHA-512"
        assert client._sasl_plain_username == "newsstream"
        assert client._sasl_plain_password == SECRET
        assert client._ssl_context is not None
    await producer.stop()
    await consumer.stop()


def test_faust_gets_sasl_credentials(sasl_env: None) -> None:
    s = Settings.from_env()
    creds = broker_credentials(s)
    assert isinstance(creds, SASLCredentials)
    assert creds.username == "newsstream" and creds.password == SECRET
    assert creds.ssl_context is not None
    app = create_app(s, ("countries",))
    assert app.conf.broker_credentials is creds or isinstance(app.conf.broker_credentials, SASLCredentials)


def test_ssl_only_and_plaintext() -> None:
    assert isinstance(broker_credentials(Settings(security_protocol="SSL")), SSLCredentials)
    assert broker_credentials(Settings()) is None
    assert Settings().aiokafka_security() == {"security_protocol": "PLAINTEXT"}
    assert "sasl_plain_password" not in Settings(security_protocol="SSL").aiokafka_security()


def test_unknown_protocol_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SASL_TLS")
    with pytest.raises(ValueError, match="KAFKA_SECURITY_PROTOCOL"):
        Settings.from_env()


def test_secrets_never_in_redacted_repr_or_logs(sasl_env: None, caplog: pytest.LogCaptureFixture) -> None:
    s = Settings.from_env()
    assert SECRET not in repr(s) and SECRET not in str(s)
    redacted = s.redacted()
    assert redacted["sasl_password"] == "***" and SECRET not in repr(redacted)
    assert redacted["sasl_username"] == "newsstream"  # not a secret
    with caplog.at_level(logging.INFO):
        logging.getLogger("streams.worker").info("settings=%s", s.redacted())
        logging.getLogger("streams.worker").info("settings=%r", s)
    assert SECRET not in caplog.text


def test_metrics_bind_address_and_port_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings.from_env().metrics_addr == "0.0.0.0"
    monkeypatch.setenv("NEWSSTREAM_METRICS_ADDR", "127.0.0.1")
    monkeypatch.setenv("NEWSSTREAM_METRICS_PORT", "9300")
    s = Settings.from_env()
    assert (s.metrics_addr, s.metrics_port) == ("127.0.0.1", 9300)


def test_metrics_server_binds_the_configured_address(monkeypatch: pytest.MonkeyPatch) -> None:
    from streams import metrics

    calls: list[tuple[int, str]] = []
    monkeypatch.setattr(metrics, "start_http_server", lambda port, addr, registry: calls.append((port, addr)))
    monkeypatch.setattr(metrics, "_server_started", {})
    metrics.serve(9311, "127.0.0.2")
    metrics.serve(9311, "127.0.0.2")  # once per process
    assert calls == [(9311, "127.0.0.2")]


def test_topology_from_env_selects_the_agents_and_their_group(monkeypatch: pytest.MonkeyPatch) -> None:
    from streams.app import worker_stages
    from streams.topics import app_id

    assert Settings.from_env().topology == "staged"
    monkeypatch.setenv("NEWSSTREAM_TOPOLOGY", "Chained")
    settings = Settings.from_env(topic_prefix="p.")
    assert settings.topology == "chained"
    assert worker_stages("all", settings.topology) == ("chained",)
    assert app_id(settings, ("chained",)) == "p.newsstream-chained"  # never the staged group "p.newsstream"
    assert worker_stages("entities,quotes", "staged") == ("entities", "quotes")
    with pytest.raises(ValueError, match="chained topology runs every stage"):
        worker_stages("entities", "chained")
    monkeypatch.setenv("NEWSSTREAM_TOPOLOGY", "fused")
    with pytest.raises(ValueError, match="NEWSSTREAM_TOPOLOGY"):
        Settings.from_env()


def test_faust_data_dir_follows_the_setting_not_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSSTREAM_DATA_DIR", str(tmp_path / "state" / "faust"))  # does not exist yet
    s = Settings.from_env(topic_prefix="dd.")
    app = create_app(s, ("countries",))
    assert Path(app.conf.datadir).parent == tmp_path / "state" / "faust"
    assert Path(app.conf.datadir).name == "dd.newsstream-countries-data"
    app._create_directories()  # what faust does when the worker starts: only the last level is made there
    assert Path(app.conf.tabledir).is_dir()
    assert list(tmp_path.iterdir()) == [tmp_path / "state"]  # nothing else in the working directory
    monkeypatch.delenv("NEWSSTREAM_DATA_DIR")
    assert Settings.from_env().data_dir == Settings.data_dir != ""
    assert not Settings.data_dir.startswith(str(tmp_path))
