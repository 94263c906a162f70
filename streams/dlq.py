"""Dead letters: a record that cannot be processed goes to ``articles.dlq`` with its original key, value and
timestamp, and headers modelled on Kafka Connect's ``__connect.errors.*``."""

from __future__ import annotations

import traceback
from dataclasses import dataclass

from processors.errors import ProcessingError

H_CLASS = "newsstream.error.class"
H_MESSAGE = "newsstream.error.message"
H_STAGE = "newsstream.error.stage"
H_TOPIC = "newsstream.original.topic"
H_PARTITION = "newsstream.original.partition"
H_OFFSET = "newsstream.original.offset"
H_STACK = "newsstream.error.stacktrace"
REQUIRED_HEADERS = (H_CLASS, H_MESSAGE, H_STAGE, H_TOPIC, H_PARTITION, H_OFFSET)
MAX_MESSAGE_BYTES = 2000


@dataclass(frozen=True)
class Origin:
    topic: str
    partition: int
    offset: int
    timestamp: float | None = None  # seconds


def dead_letter_headers(error: BaseException, stage: str, origin: Origin) -> list[tuple[str, bytes]]:
    if isinstance(error, ProcessingError):
        cls, message = error.error_class, error.message
    else:
        cls, message = type(error).__name__, str(error)
    headers = [
        (H_CLASS, cls.encode()),
        (H_MESSAGE, message.encode("utf-8", "replace")[:MAX_MESSAGE_BYTES]),
        (H_STAGE, stage.encode()),
        (H_TOPIC, origin.topic.encode()),
        (H_PARTITION, str(origin.partition).encode()),
        (H_OFFSET, str(origin.offset).encode()),
    ]
    if error.__traceback__ is not None and not isinstance(error, ProcessingError):
        stack = "".join(traceback.format_exception(error)).encode("utf-8", "replace")[-4000:]
        headers.append((H_STACK, stack))
    return headers


def header_dict(headers: list[tuple[str, bytes]] | None) -> dict[str, str]:
    return {k: (v or b"").decode("utf-8", "replace") for k, v in (headers or [])}
