"""``newsstream bench``: the pipeline against bare ``nlp.pipe`` on the same articles, in one run.

Steps (all through the real embedded broker, everything started here is stopped here):

1. start tansu and K worker subprocesses (all stages, one consumer group, ``partitions`` partitions);
2. while the group forms (tansu takes a while with several members), run bare ``nlp.pipe`` on the same texts
   with ``n_process=K`` in this process, twice: the stock model (``spacy.load``, lemmatizer excluded: the
   target's baseline) and the worker's own pipeline (``load_model``: indexed attribute_ruler, warmed vocabulary,
   same annotations); and measure the payload decode cost;
3. warm up: produce one article per partition, again and again, until every worker has consumed records, then
   wait for the warm-up to drain (so the group is stable and the models are warm before timing);
4. throughput: produce the N articles at once; time from the first send to the last enriched event; then run
   both bare ``nlp.pipe`` again (workers idle): each baseline is the mean of its runs before and after, so a
   shared host that changes speed during the run biases neither side. ``ratio`` is against the stock model;
   ``ratio_same_pipeline`` against the worker's pipeline (what Kafka, JSON and the stages add);
5. latency: produce ``latency_n`` articles paced at half the measured capacity; end-to-end latency is the time
   from the send of an article to the moment its enriched event is read from the output topic;
6. stage shares from the enriched events' ``pipeline.stage_seconds``, RSS of each worker from /proc.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import math
import os
import platform
import re
import statistics
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaProducer, TopicPartition

from processors.corpus import as_article, read_records
from streams import clients
from streams.broker import EmbeddedBroker, free_port
from streams.processes import scrape, start_worker, stop_worker
from streams.settings import Settings
from streams.topics import CHAINED, TopicNames, ensure_topics

REPO = Path(__file__).resolve().parents[1]
Progress = Callable[[str, int, int | None], None]  # (phase, advance, total) -> None


def shared_dir() -> Path:
    return Path(os.environ.get("NEWSSTREAM_SHARED_DIR", REPO.parent / "shared"))


def default_articles_path() -> Path:
    corpus = shared_dir() / "corpus" / "wikinews-2019-2020.jsonl"
    return corpus if corpus.is_file() else REPO / "processors" / "samples" / "articles.jsonl"


def load_articles(path: Path, n: int) -> list[dict[str, Any]]:
    """``n`` articles from ``path``; repeated (with fresh ids) when the file holds fewer."""
    base = [as_article(a) for a in read_records(path) if isinstance(a, dict) and a.get("text")]
    if not base:
        raise ValueError(f"no articles with text in {path}")
    out: list[dict[str, Any]] = []
    for i, art in zip(range(n), itertools.cycle(base), strict=False):
        rnd = i // len(base)
        out.append(art if rnd == 0 else {**art, "id": f"{art['id']}-r{rnd}"})
    return out


def _renamed(articles: Sequence[dict[str, Any]], tag: str) -> list[dict[str, Any]]:
    return [{**a, "id": f"{tag}-{a['id']}"} for a in articles]


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sample."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered) - 1e-9)))
    return ordered[rank - 1]


# --------------------------------------------------------------------------------------------- processes


def rss_bytes(pid: int) -> int | None:
    """Resident set size of ``pid`` from /proc (psutil is not a dependency)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of ``pid`` (all its threads) from /proc/<pid>/stat."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _own_cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


_METRIC = re.compile(r'^newsstream_records_in_total\{stage="(\w+)"\} ([0-9.e+]+)$', re.M)


def parsed_in(port: int) -> float:
    """Records taken by the agent that parses (entities, or the chained agent)."""
    counts = records_in(port)
    return counts.get("entities", 0) + counts.get(CHAINED, 0)


def records_in(port: int) -> dict[str, float]:
    try:
        text = scrape(port)
    except OSError:
        return {}
    return {m.group(1): float(m.group(2)) for m in _METRIC.finditer(text)}


@dataclass
class Worker:
    proc: subprocess.Popen[bytes]
    port: int
    rss: list[tuple[float, int]] = field(default_factory=list)  # (monotonic time, bytes)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def log_tail(self, chars: int = 3000) -> str:
        path = Path(self.proc.log_path)  # type: ignore[attr-defined]
        return path.read_text("utf-8", "replace")[-chars:] if path.is_file() else ""


class RssSampler(threading.Thread):
    def __init__(self, workers: Sequence[Worker], interval: float = 0.5) -> None:
        super().__init__(daemon=True, name="bench-rss")
        self.workers, self.interval = workers, interval
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            for w in self.workers:
                value = rss_bytes(w.pid)
                if value is not None:
                    w.rss.append((time.monotonic(), value))
            self.stopped.wait(self.interval)


@contextlib.contextmanager
def running_workers(settings: Settings, k: int, log_dir: Path) -> Iterator[list[Worker]]:
    workers: list[Worker] = []
    try:
        for i in range(k):
            s = Settings(**{**settings.__dict__, "metrics_port": free_port()})
            proc = start_worker(s, "all", log_path=str(log_dir / f"worker-{i}.log"))
            workers.append(Worker(proc, s.metrics_port))
        yield workers
    finally:
        for w in workers:
            stop_worker(w.proc, timeout=30)


def wait_for_metrics(workers: Sequence[Worker], timeout: float) -> None:
    """Until every worker serves /metrics (model loaded, agents registered)."""
    deadline = time.monotonic() + timeout
    pending = list(workers)
    while pending:
        for w in list(pending):
            if w.proc.poll() is not None:
                raise RuntimeError(f"worker {w.pid} exited ({w.proc.returncode}):\n{w.log_tail()}")
            with contextlib.suppress(OSError):
                scrape(w.port)
                pending.remove(w)
        if pending and time.monotonic() > deadline:
            raise TimeoutError(f"workers not serving metrics after {timeout}s")
        time.sleep(0.2)


# --------------------------------------------------------------------------------------------- baseline


@functools.lru_cache(maxsize=1)
def stock_model() -> Any:
    """The model as spaCy ships it: ``spacy.load(name, exclude=["lemmatizer"])``, the issue's baseline (no
    guarded tokenizer, no warmed vocabulary, the stock attribute_ruler)."""
    import spacy

    from processors import nlp as nlp_mod

    return spacy.load(nlp_mod.model_name(), exclude=list(nlp_mod.EXCLUDED_COMPONENTS))


def bare_pipe(texts: Sequence[str], n_process: int, batch_size: int, *, stock: bool = True) -> tuple[float, float]:
    """Wall and CPU seconds (children included) for bare ``nlp.pipe`` over ``texts``, docs consumed: with the
    stock model (lemmatizer excluded), or with ``stock=False`` the worker's own pipeline (``load_model``)."""
    from processors import nlp as nlp_mod

    nlp = stock_model() if stock else nlp_mod.load_model()
    list(nlp.pipe(texts[:2]))  # warm the model
    t0, c0 = time.perf_counter(), _own_cpu()
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        pass
    return time.perf_counter() - t0, _own_cpu() - c0


HOSTILE_QUOTE_SHAPES: dict[str, Callable[[], str]] = {
    "200,000 straight quote marks": lambda: '"' * 200_000,
    "200,000 marks, never closed": lambda: "“x " * 200_000,
    "37,000 attributed quotes (1 MiB, the input cap)": lambda: '"We will rebuild," he said.\n' * 37_000,
    "a 300,000-character token": lambda: "x" * 300_000 + ' "We will rebuild," he said.',
}


def hostile_quote_cost(repeat: int = 3) -> dict[str, dict[str, float]]:
    """Seconds of quote extraction (best of ``repeat``) on hostile articles, tokenized by the worker's tokenizer
    (its guard included; not parsed: extraction's own cost, the parse of such input is bounded separately)."""
    from processors import nlp as nlp_mod
    from processors.quotes import extract_quotes

    nlp = nlp_mod.load_model()
    out: dict[str, dict[str, float]] = {}
    for name, make in HOSTILE_QUOTE_SHAPES.items():
        text = make()
        with nlp.memory_zone():
            doc = nlp.tokenizer(text)
            quotes: list[Any] = []
            best = float("inf")
            for _ in range(repeat):
                t0 = time.perf_counter()
                quotes = extract_quotes(doc, [])
                best = min(best, time.perf_counter() - t0)
        out[name] = {"seconds": round(best, 3), "quotes": len(quotes), "characters": len(text)}
    return out


def decode_cost(texts: Sequence[str]) -> dict[str, float]:
    """Per-article milliseconds to encode a parse payload and to decode it (what countries/quotes pay each)."""
    from processors import nlp as nlp_mod

    nlp = nlp_mod.load_model()
    nlp_mod.shared_vocab()  # warmed once per process: not part of a decode
    sample = list(texts[:20])
    with nlp.memory_zone():
        docs = list(nlp.pipe(sample))
        t0 = time.perf_counter()
        payloads = [nlp_mod.doc_to_bytes(d) for d in docs]
        encode = time.perf_counter() - t0
    t0 = time.perf_counter()
    with nlp_mod.decoding_zone() as vocab:
        for p in payloads:
            nlp_mod.doc_from_bytes(p, vocab)
    decode = time.perf_counter() - t0
    n = max(len(sample), 1)
    return {
        "encode_ms": 1000 * encode / n,
        "decode_ms": 1000 * decode / n,
        "payload_bytes": sum(len(p) for p in payloads) / n,
    }


# --------------------------------------------------------------------------------------------- kafka phases


async def _partitions(producer: AIOKafkaProducer, topic: str) -> list[int]:
    return sorted(await producer.partitions_for(topic))


@dataclass
class Phase:
    sent_at: dict[str, float] = field(default_factory=dict)
    received_at: dict[str, float] = field(default_factory=dict)
    events: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def latencies(self) -> list[float]:
        return [self.received_at[k] - self.sent_at[k] for k in self.received_at if k in self.sent_at]


async def _collect(
    settings: Settings,
    topic: str,
    phase: Phase,
    wanted: set[str],
    done: asyncio.Event,
    timeout: float,
    on_event: Callable[[], None] | None = None,
) -> None:
    consumer = clients.consumer(settings, fetch_max_wait_ms=50, auto_offset_reset="earliest")
    await consumer.start()
    try:
        deadline = time.monotonic() + timeout
        while not consumer.partitions_for_topic(topic):
            if time.monotonic() > deadline:
                raise TimeoutError(f"no metadata for {topic}")
            await consumer._client.force_metadata_update()
            await asyncio.sleep(0.1)
        consumer.assign([TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])])
        await consumer.seek_to_beginning()
        while wanted - phase.received_at.keys():
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(wanted - phase.received_at.keys())} of {len(wanted)} events missing")
            batch = await consumer.getmany(timeout_ms=100)
            now = time.monotonic()
            for records in batch.values():
                for rec in records:
                    key = rec.key.decode() if rec.key else ""
                    if key in wanted and key not in phase.received_at:
                        phase.received_at[key] = now
                        phase.events[key] = orjson.loads(rec.value)
                        if on_event:
                            on_event()
    finally:
        done.set()
        await consumer.stop()


async def run_phase(
    settings: Settings,
    articles: Sequence[dict[str, Any]],
    *,
    rate: float | None = None,
    timeout: float = 900.0,
    on_event: Callable[[], None] | None = None,
    partition_cycle: bool = False,
) -> Phase:
    """Produce ``articles`` (all at once, or ``rate`` per second) and wait for all their enriched events."""
    names = TopicNames(settings.topic_prefix)
    phase = Phase()
    done = asyncio.Event()
    collector = asyncio.create_task(
        _collect(settings, names.enriched, phase, {a["id"] for a in articles}, done, timeout, on_event)
    )
    producer = clients.producer(settings)
    await producer.start()
    try:
        parts = await _partitions(producer, names.raw) if partition_cycle else []
        futures = []
        t0 = time.monotonic()
        for i, art in enumerate(articles):
            if rate:
                delay = t0 + i / rate - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
            value = orjson.dumps(art)
            phase.sent_at[art["id"]] = time.monotonic()
            partition = parts[i % len(parts)] if parts else None
            futures.append(await producer.send(names.raw, value, key=art["id"].encode(), partition=partition))
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
    await collector
    return phase


def warm_up(
    settings: Settings,
    workers: Sequence[Worker],
    articles: Sequence[dict[str, Any]],
    timeout: float,
    on_round: Callable[[], None] | None = None,
) -> int:
    """One article per partition per round until every worker has consumed some; returns the rounds."""
    deadline = time.monotonic() + timeout
    for rnd in itertools.count(1):
        sample = _renamed(
            [articles[i % len(articles)] for i in range(settings.partitions)], f"warm{rnd}-{uuid.uuid4().hex[:4]}"
        )
        asyncio.run(run_phase(settings, sample, timeout=max(deadline - time.monotonic(), 1.0), partition_cycle=True))
        if on_round:
            on_round()
        if all(parsed_in(w.port) > 0 for w in workers):
            return rnd
        if time.monotonic() > deadline:
            raise TimeoutError(f"not every worker got partitions after {timeout}s")
        time.sleep(1.0)
    raise AssertionError("unreachable")


# --------------------------------------------------------------------------------------------- report


def stage_report(events: Sequence[dict[str, Any]]) -> dict[str, dict[str, float]]:
    per: dict[str, list[float]] = {}
    for ev in events:
        for stage, secs in (ev.get("pipeline", {}).get("stage_seconds") or {}).items():
            per.setdefault(stage, []).append(float(secs))
    total = sum(sum(v) for v in per.values()) or 1.0
    entities_mean = statistics.fmean(per["entities"]) if per.get("entities") else 0.0
    out: dict[str, dict[str, float]] = {}
    for stage, values in per.items():
        mean = statistics.fmean(values)
        out[stage] = {
            "mean_ms": round(1000 * mean, 3),
            "p95_ms": round(1000 * percentile(values, 95), 3),
            "share": round(sum(values) / total, 4),
            "vs_parse": round(mean / entities_mean, 4) if entities_mean else 0.0,
        }
    return out


def git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=5
        )
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def _mb(value: float) -> float:
    return round(value / 1_048_576, 1)


def rss_report(workers: Sequence[Worker], since: float) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for w in workers:
        samples = [v for t, v in w.rss if t >= since] or [v for _, v in w.rss]
        if samples:
            out[str(w.pid)] = {"start_mb": _mb(samples[0]), "peak_mb": _mb(max(samples)), "end_mb": _mb(samples[-1])}
    return out


@dataclass
class BenchConfig:
    articles_path: Path | None = None
    n: int | None = None
    workers: int = 1
    latency_n: int | None = None  # paced articles for the latency phase (default: min(n, 100))
    partitions: int | None = None  # default: settings.partitions
    timeout: float = 900.0
    topology: str | None = None  # staged | chained (None: NEWSSTREAM_TOPOLOGY, else staged; the CLI passes chained)


def run_bench(config: BenchConfig, progress: Progress | None = None) -> dict[str, Any]:
    k = max(1, config.workers)
    path = config.articles_path or default_articles_path()
    n = config.n or 100 + 100 * k
    articles = load_articles(path, n)
    texts = [a["text"] for a in articles]
    latency_n = config.latency_n if config.latency_n is not None else min(n, 100)
    tick: Progress = progress or (lambda phase, advance, total: None)
    report: dict[str, Any] = {
        "date": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "commit": git_commit(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "articles_file": str(path),
        "articles": n,
        "workers": k,
        "characters": sum(len(t) for t in texts),
    }
    with tempfile.TemporaryDirectory(prefix="newsstream-bench-") as tmp, EmbeddedBroker() as broker:
        base = Settings.from_env()
        settings = Settings.from_env(
            bootstrap_servers=broker.bootstrap,
            topic_prefix=f"bench-{uuid.uuid4().hex[:6]}.",
            partitions=config.partitions or max(base.partitions, 2 * k),
            # development timeouts: tansu delays a group join by about half the rebalance timeout
            session_timeout=10.0,
            rebalance_timeout=6.0,
            topology=config.topology,
            data_dir=str(Path(tmp) / "data"),  # removed with the run
        )
        report["model"] = settings.spacy_model
        report["topology"] = settings.topology
        report["settings"] = {
            "partitions": settings.partitions,
            "batch_size": settings.batch_size,
            "batch_within": settings.batch_within,
            "producer_linger_ms": settings.producer_linger_ms,
        }
        asyncio.run(ensure_topics(settings))
        with running_workers(settings, k, Path(tmp)) as workers:
            sampler = RssSampler(workers)
            sampler.start()
            try:
                tick("start workers", 0, None)
                wait_for_metrics(workers, timeout=180)
                tick("start workers", 1, 1)
                # the bare baseline runs while the consumer group forms (idle workers cost next to nothing)
                tick("bare nlp.pipe", 0, 1)
                bare_before = bare_pipe(texts, n_process=k, batch_size=settings.batch_size)
                same_before = bare_pipe(texts, n_process=k, batch_size=settings.batch_size, stock=False)
                report["decode"] = {key: round(v, 3) for key, v in decode_cost(texts).items()}
                report["hostile_quotes"] = hostile_quote_cost()
                tick("bare nlp.pipe", 1, 1)
                rounds = warm_up(settings, workers, articles, timeout=240, on_round=lambda: tick("warm-up", 1, None))
                report["warm_up_rounds"] = rounds
                t_ready = time.monotonic()
                tick("pipeline", 0, n)
                cpu0 = [cpu_seconds(w.pid) or 0.0 for w in workers]
                phase = asyncio.run(
                    run_phase(
                        settings,
                        _renamed(articles, "tput"),
                        timeout=config.timeout,
                        on_event=lambda: tick("pipeline", 1, n),
                    )
                )
                worker_cpu = sum((cpu_seconds(w.pid) or 0.0) - c for w, c in zip(workers, cpu0, strict=True))
                elapsed = max(phase.received_at.values()) - min(phase.sent_at.values())
                # bare again, now that the workers are idle: the baseline brackets the pipeline phase, so a shared
                # host that slows down (or speeds up) during the run biases neither side
                tick("bare nlp.pipe (again)", 0, 1)
                bare_after = bare_pipe(texts, n_process=k, batch_size=settings.batch_size)
                same_after = bare_pipe(texts, n_process=k, batch_size=settings.batch_size, stock=False)
                tick("bare nlp.pipe (again)", 1, 1)
                bare_s = (bare_before[0] + bare_after[0]) / 2
                bare_cpu = (bare_before[1] + bare_after[1]) / 2
                pipe_rate = n / elapsed
                bare_rate = n / bare_s
                report["pipeline"] = {
                    "seconds": round(elapsed, 3),
                    "articles_per_s": round(pipe_rate, 3),
                    "worker_cpu_ms_per_article": round(1000 * worker_cpu / n, 2),
                }
                report["bare"] = {
                    "seconds": round(bare_s, 3),
                    "runs_seconds": [round(bare_before[0], 3), round(bare_after[0], 3)],  # before / after the pipeline
                    "articles_per_s": round(bare_rate, 3),
                    "cpu_ms_per_article": round(1000 * bare_cpu / n, 2),
                    "n_process": k,
                    "batch_size": settings.batch_size,
                }
                same_s = (same_before[0] + same_after[0]) / 2
                report["bare_worker_pipeline"] = {
                    "seconds": round(same_s, 3),
                    "runs_seconds": [round(same_before[0], 3), round(same_after[0], 3)],
                    "articles_per_s": round(n / same_s, 3),
                    "cpu_ms_per_article": round(1000 * (same_before[1] + same_after[1]) / 2 / n, 2),
                }
                report["ratio"] = round(pipe_rate / bare_rate, 3)
                # what Kafka, JSON and the stages cost on top of the worker's own parse (its faster attribute
                # ruler included on both sides)
                report["ratio_same_pipeline"] = round(pipe_rate * same_s / n, 3)
                report["target_ratio"] = 0.90 if k == 1 else 0.85
                report["stages"] = stage_report(list(phase.events.values()))
                report["records_in_by_worker"] = {str(w.pid): parsed_in(w.port) for w in workers}
                if latency_n:
                    rate = pipe_rate / 2
                    tick("latency", 0, latency_n)
                    lat = asyncio.run(
                        run_phase(
                            settings,
                            _renamed(articles[:latency_n], "lat"),
                            rate=rate,
                            timeout=config.timeout,
                            on_event=lambda: tick("latency", 1, latency_n),
                        )
                    ).latencies
                    report["latency"] = {
                        "rate_per_s": round(rate, 3),
                        "count": len(lat),
                        "p50_s": round(percentile(lat, 50), 3),
                        "p95_s": round(percentile(lat, 95), 3),
                        "p99_s": round(percentile(lat, 99), 3),
                        "max_s": round(max(lat), 3),
                    }
            finally:
                sampler.stopped.set()
                sampler.join(timeout=2)
            report["rss"] = rss_report(workers, t_ready if "pipeline" in report else 0.0)
    return report


def render(report: dict[str, Any]) -> Any:
    """One rich table with the whole report."""
    from rich.table import Table

    title = (
        f"newsstream bench: {report['articles']} articles, {report['workers']} worker(s), "
        f"{report.get('topology', 'staged')} topology, {report['date']} @ {report['commit']}"
    )
    table = Table(title=title, show_header=True, header_style="bold")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("note")
    pipe, bare = report.get("pipeline", {}), report.get("bare", {})
    table.add_row("pipeline articles/s", f"{pipe.get('articles_per_s', 0):.2f}", f"{pipe.get('seconds', 0):.1f} s")
    table.add_row(
        f"bare nlp.pipe articles/s (n_process={bare.get('n_process')})",
        f"{bare.get('articles_per_s', 0):.2f}",
        f"{bare.get('seconds', 0):.1f} s (mean of runs before / after the pipeline: "
        f"{' / '.join(f'{x:.1f}' for x in bare.get('runs_seconds', []))} s), batch_size {bare.get('batch_size')}",
    )
    if "worker_cpu_ms_per_article" in pipe:
        table.add_row(
            "CPU ms/article: workers / bare",
            f"{pipe['worker_cpu_ms_per_article']:.1f} / {bare.get('cpu_ms_per_article', 0):.1f}",
            "load-independent cost (workers: all threads, during the timed phase)",
        )
    same = report.get("bare_worker_pipeline", {})
    if same:
        table.add_row(
            "bare nlp.pipe, worker's pipeline, articles/s",
            f"{same.get('articles_per_s', 0):.2f}",
            f"{same.get('seconds', 0):.1f} s ({' / '.join(f'{x:.1f}' for x in same.get('runs_seconds', []))} s), "
            f"CPU {same.get('cpu_ms_per_article', 0):.1f} ms/article: indexed attribute_ruler, warmed vocabulary",
        )
    ratio = report.get("ratio", 0.0)
    target = report.get("target_ratio", 0.9)
    table.add_row(
        "ratio (pipeline / bare stock model)",
        f"{ratio:.3f}",
        f"target >= {target:.2f}: {'ok' if ratio >= target else 'MISSED'}",
    )
    if "ratio_same_pipeline" in report:
        table.add_row(
            "ratio (pipeline / bare worker's pipeline)",
            f"{report['ratio_same_pipeline']:.3f}",
            "what Kafka, JSON and the stages add to the worker's own parse",
        )
    for stage, s in report.get("stages", {}).items():
        note = f"{100 * s['share']:.1f} % of stage time"
        if stage != "entities":
            note += f", {100 * s['vs_parse']:.1f} % of parse (target < 10 %)"
        table.add_row(f"stage {stage} ms/article", f"{s['mean_ms']:.1f}", note)
    dec = report.get("decode", {})
    if dec:
        table.add_row(
            "parse payload decode ms/article",
            f"{dec['decode_ms']:.2f}",
            f"encode {dec['encode_ms']:.2f} ms, {dec['payload_bytes'] / 1024:.1f} KiB",
        )
    for shape, h in report.get("hostile_quotes", {}).items():
        table.add_row(
            f"quote extraction: {shape}", f"{h['seconds']:.2f} s", f"{h['quotes']:.0f} quotes (well under 1 s)"
        )
    lat = report.get("latency")
    if lat:
        table.add_row(
            "latency p50 / p95 / p99 s",
            f"{lat['p50_s']:.2f} / {lat['p95_s']:.2f} / {lat['p99_s']:.2f}",
            f"{lat['count']} articles at {lat['rate_per_s']:.1f}/s (half capacity); target p99 <= 2 s",
        )
    for pid, r in report.get("rss", {}).items():
        table.add_row(
            f"worker {pid} RSS MB",
            f"{r['end_mb']:.0f}",
            f"start {r['start_mb']:.0f}, peak {r['peak_mb']:.0f} (target <= 700)",
        )
    split = report.get("records_in_by_worker")
    if split:
        table.add_row("records consumed per worker", " / ".join(f"{v:.0f}" for v in split.values()), "incl. warm-up")
    return table
