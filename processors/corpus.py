"""Reading article files: JSONL (one article per line) or a single JSON object / array."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import orjson


def iter_json_records(stream: IO[bytes]) -> Iterator[Any]:
    """Yield JSON values from JSONL, or from a file holding one JSON object or array."""
    data = stream.read()
    stripped = data.lstrip()
    if stripped[:1] == b"[":
        yield from orjson.loads(stripped)
        return
    try:
        yield orjson.loads(stripped)  # one (possibly pretty-printed) object
        return
    except orjson.JSONDecodeError:
        pass
    for line in data.splitlines():
        if line.strip():
            yield orjson.loads(line)


def read_records(path: str | Path) -> list[Any]:
    with open(path, "rb") as fh:
        return list(iter_json_records(fh))


def as_article(obj: dict[str, Any]) -> dict[str, Any]:
    """Map corpus rows (Wikinews: ``date``) onto the input contract (``published_at``)."""
    out = dict(obj)
    if "published_at" not in out and isinstance(out.get("date"), str):
        out["published_at"] = out.pop("date")
    return out
