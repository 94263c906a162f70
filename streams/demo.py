"""``newsstream demo``: embedded broker, one worker (all stages) with its metrics endpoint, sample articles in,
readable enriched events out, then a clean shutdown of everything it started."""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import orjson
from rich.console import Console

from processors.corpus import as_article, read_records
from streams.broker import EmbeddedBroker, dev_settings
from streams.io import collect, produce_articles
from streams.processes import scrape, start_worker, stop_worker
from streams.summary import summarise
from streams.topics import TopicNames, ensure_topics

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    return Path(os.environ.get("NEWSSTREAM_SHARED_DIR", REPO.parent / "shared"))


def sample_articles() -> list[dict[str, Any]]:
    """The seed article (when ../shared is there) and the project's own fictional samples."""
    articles: list[dict[str, Any]] = []
    seed = shared_dir() / "samples" / "seed-article.json"
    if seed.is_file():
        articles.extend(as_article(a) for a in read_records(seed))
    own = Path(__file__).resolve().parents[1] / "processors" / "samples" / "articles.jsonl"
    articles.extend(as_article(a) for a in read_records(own))
    return articles


def run_demo(timeout: float = 180.0) -> int:
    console = Console()
    articles = sample_articles()
    ids = {a["id"] for a in articles}
    with tempfile.TemporaryDirectory(prefix="newsstream-demo-") as data_dir, EmbeddedBroker() as broker:
        settings = dev_settings(broker.bootstrap, f"demo-{uuid.uuid4().hex[:6]}.", data_dir=data_dir)
        names = TopicNames(settings.topic_prefix)
        console.print(f"[bold]embedded broker[/] tansu on {broker.bootstrap}; topic prefix {settings.topic_prefix}")
        asyncio.run(ensure_topics(settings))
        proc = start_worker(settings)
        ok = False
        try:
            console.print(f"worker pid {proc.pid}; metrics at http://127.0.0.1:{settings.metrics_port}/metrics")
            asyncio.run(produce_articles(settings, names.raw, articles))
            console.print(f"produced {len(articles)} articles to {names.raw}; waiting for {names.enriched} ...")
            t0 = time.monotonic()

            def done(seen: list[Any]) -> bool:
                return {r.key.decode() for r in seen if r.key} >= ids or proc.poll() is not None

            records = asyncio.run(collect(settings, names.enriched, timeout=timeout, until=done))
            got: dict[str, dict[str, Any]] = {}
            for rec in records:
                got[rec.key.decode()] = orjson.loads(rec.value)
            console.print(f"{len(got)}/{len(ids)} enriched in {time.monotonic() - t0:.1f}s\n")
            for event in got.values():
                console.print(summarise(event), highlight=False)
                console.print()
            lines = [
                ln
                for ln in scrape(settings.metrics_port).splitlines()
                if ln.startswith("newsstream_records") and "_created" not in ln
            ]
            console.print("[bold]metrics[/] (excerpt)\n" + "\n".join(lines))
            ok = set(got) >= ids
        finally:
            rc = stop_worker(proc)
            log_path = Path(proc.log_path)  # type: ignore[attr-defined]
            if not ok:
                console.print(log_path.read_text("utf-8", "replace")[-3000:])
            log_path.unlink(missing_ok=True)
        console.print(f"worker stopped (exit {rc}); broker stopped")
    return 0 if ok else 1
