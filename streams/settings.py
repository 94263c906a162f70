"""Configuration from the environment (the documented contract; see README "Configuration")."""

from __future__ import annotations

import os
import ssl
import tempfile
from dataclasses import dataclass, field, fields
from typing import Any

from processors.articles import DEFAULT_MAX_RECORD_BYTES
from processors.nlp import DEFAULT_MODEL

SECRET_FIELDS = frozenset({"sasl_password"})


def _env(name: str, default: str) -> str:
    value = os.environ.get(name)
    return default if value is None or value == "" else value


def _env_bool(name: str, default: bool) -> bool:
    return _env(name, "1" if default else "0").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    bootstrap_servers: str = "localhost:9092"
    topic_prefix: str = ""
    metrics_port: int = 9108
    metrics_addr: str = "0.0.0.0"
    spacy_model: str = DEFAULT_MODEL
    topology: str = "staged"  # "staged": an agent per stage, intermediate topics; "chained": one agent, raw -> enriched
    partitions: int = 6
    replication_factor: int = 1
    batch_size: int = 16
    batch_within: float = 0.1  # seconds; each of the three stages waits up to this long to fill a batch
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES
    processing_guarantee: str = "at_least_once"
    producer_idempotence: bool = False
    producer_linger_ms: int = 5
    session_timeout: float = 60.0  # seconds (faust default); a dead member is noticed after this
    rebalance_timeout: float = 60.0  # seconds (faust default); tansu also waits ~half of it before a join
    security_protocol: str = "PLAINTEXT"
    sasl_mechanism: str = "PLAIN"
    sasl_username: str | None = None
    sasl_password: str | None = field(default=None, repr=False)
    ssl_cafile: str | None = None
    log_level: str = "info"
    # faust makes a data directory per app even with the in-memory store; it holds nothing the worker needs
    # across restarts, so it lives under the system temp dir, never in the working directory
    data_dir: str = os.path.join(tempfile.gettempdir(), "newsstream")

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "bootstrap_servers": _env("KAFKA_BOOTSTRAP_SERVERS", cls.bootstrap_servers),
            "topic_prefix": os.environ.get("NEWSSTREAM_TOPIC_PREFIX", ""),
            "metrics_port": int(_env("NEWSSTREAM_METRICS_PORT", str(cls.metrics_port))),
            "metrics_addr": _env("NEWSSTREAM_METRICS_ADDR", cls.metrics_addr),
            "spacy_model": _env("NEWSSTREAM_SPACY_MODEL", DEFAULT_MODEL),
            "topology": _env("NEWSSTREAM_TOPOLOGY", cls.topology).strip().lower(),
            "partitions": int(_env("NEWSSTREAM_PARTITIONS", str(cls.partitions))),
            "replication_factor": int(_env("NEWSSTREAM_REPLICATION_FACTOR", str(cls.replication_factor))),
            "batch_size": int(_env("NEWSSTREAM_BATCH_SIZE", str(cls.batch_size))),
            "batch_within": float(_env("NEWSSTREAM_BATCH_WITHIN_SECONDS", str(cls.batch_within))),
            "max_record_bytes": int(_env("NEWSSTREAM_MAX_RECORD_BYTES", str(cls.max_record_bytes))),
            "processing_guarantee": _env("NEWSSTREAM_PROCESSING_GUARANTEE", cls.processing_guarantee),
            "producer_idempotence": _env_bool("NEWSSTREAM_PRODUCER_IDEMPOTENCE", cls.producer_idempotence),
            "producer_linger_ms": int(_env("NEWSSTREAM_PRODUCER_LINGER_MS", str(cls.producer_linger_ms))),
            "session_timeout": float(_env("NEWSSTREAM_SESSION_TIMEOUT_SECONDS", str(cls.session_timeout))),
            "rebalance_timeout": float(_env("NEWSSTREAM_REBALANCE_TIMEOUT_SECONDS", str(cls.rebalance_timeout))),
            "security_protocol": _env("KAFKA_SECURITY_PROTOCOL", cls.security_protocol).upper(),
            "sasl_mechanism": _env("KAFKA_SASL_MECHANISM", cls.sasl_mechanism).upper(),
            "sasl_username": os.environ.get("KAFKA_SASL_USERNAME") or None,
            "sasl_password": os.environ.get("KAFKA_SASL_PASSWORD") or None,
            "ssl_cafile": os.environ.get("KAFKA_SSL_CAFILE") or None,
            "log_level": _env("NEWSSTREAM_LOG_LEVEL", cls.log_level),
            "data_dir": _env("NEWSSTREAM_DATA_DIR", cls.data_dir),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.processing_guarantee not in {"at_least_once", "exactly_once"}:
            raise ValueError("NEWSSTREAM_PROCESSING_GUARANTEE must be at_least_once or exactly_once")
        if self.topology not in {"staged", "chained"}:
            raise ValueError("NEWSSTREAM_TOPOLOGY must be staged or chained")
        if self.security_protocol not in {"PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"}:
            raise ValueError(f"unsupported KAFKA_SECURITY_PROTOCOL {self.security_protocol!r}")
        if self.batch_size < 1 or self.partitions < 1 or self.max_record_bytes < 1:
            raise ValueError("batch size, partitions and max record bytes must be positive")

    def redacted(self) -> dict[str, Any]:
        """Settings safe to log: secrets are masked."""
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in SECRET_FIELDS:
            if out.get(name):
                out[name] = "***"
        return out

    @property
    def bootstrap_list(self) -> list[str]:
        return [s.strip() for s in self.bootstrap_servers.split(",") if s.strip()]

    def ssl_context(self) -> ssl.SSLContext | None:
        if self.topology not in {"staged", "chained"}:
            raise ValueError("NEWSSTREAM_TOPOLOGY must be staged or chained")
        if self.security_protocol not in {"SSL", "SASL_SSL"}:
            return None
        return ssl.create_default_context(cafile=self.ssl_cafile)

    def aiokafka_security(self) -> dict[str, Any]:
        """Keyword arguments for every aiokafka client (producer, consumer, admin)."""
        kw: dict[str, Any] = {"security_protocol": self.security_protocol}
        context = self.ssl_context()
        if context is not None:
            kw["ssl_context"] = context
        if self.security_protocol.startswith("SASL"):
            kw.update(
                sasl_mechanism=self.sasl_mechanism,
                sasl_plain_username=self.sasl_username,
                sasl_plain_password=self.sasl_password,
            )
        return kw
