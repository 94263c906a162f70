"""The ``newsstream`` command line."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import IO, Any

import click
import orjson

from processors.articles import validate_article
from processors.corpus import as_article, iter_json_records
from processors.errors import ProcessingError


@click.group()
@click.version_option(package_name="newsstream")
def main() -> None:
    """newsstream: streaming NLP for news (entities, countries, quotes) on Kafka."""


def _open_input(path: str) -> IO[bytes]:
    return sys.stdin.buffer if path == "-" else open(path, "rb")


@main.command()
@click.argument("source", default="-")
@click.option("--batch-size", default=16, show_default=True, help="Articles per nlp.pipe batch.")
def enrich(source: str, batch_size: int) -> None:
    """Offline: raw-article JSONL in (FILE or - for stdin), enriched JSONL out on stdout.

    Same processors and same schema as the stream. Invalid articles are reported on stderr with their
    classified error and the exit code is 1 if any failed; the others are still written.
    """
    from processors import nlp as nlp_mod
    from processors.pipeline import enrich as run

    nlp = nlp_mod.load_model()
    failed = 0
    articles = []
    with _open_input(source) as fh:
        for n, obj in enumerate(iter_json_records(fh), 1):
            try:
                articles.append(validate_article(as_article(obj) if isinstance(obj, dict) else obj))
            except ProcessingError as exc:
                failed += 1
                click.echo(f"record {n}: {exc.error_class}: {exc.message}", err=True)
    out = sys.stdout.buffer
    for art, result in zip(articles, run(nlp, articles, batch_size=batch_size), strict=True):
        if isinstance(result, ProcessingError):
            failed += 1
            click.echo(f"{art['id']}: {result.error_class} in {result.stage}: {result.message}", err=True)
            continue
        out.write(orjson.dumps(result) + b"\n")
    out.flush()
    if failed:
        sys.exit(1)


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("articles", type=click.Path(exists=True, dir_okay=False), nargs=-1)
@click.option("--summary", is_flag=True, help="Leave out the per-article breakdown.")
def eval_cmd(gold: str, articles: tuple[str, ...], summary: bool) -> None:
    """Score the pipeline against GOLD (JSONL) on the ARTICLES files; prints JSON.

    Articles are looked up by id in the given files (raw JSONL or a single JSON article). Countries:
    micro P/R/F1 and focus top-1; quotes: P/R/F1 at half-span overlap, speaker accuracy and exact-name accuracy.
    """
    from processors import nlp as nlp_mod
    from processors.evaluation import evaluate

    report = evaluate(nlp_mod.load_model(), gold, articles)
    if summary:
        report.pop("per_article")
    click.echo(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode())


def _settings(**overrides: Any) -> Any:
    from streams.settings import Settings

    return Settings.from_env(**overrides)


@main.command()
@click.option("--stages", default="all", show_default=True, help="Comma-separated subset: entities,countries,quotes.")
@click.option(
    "--topology",
    type=click.Choice(["staged", "chained"]),
    default=None,
    help="staged: an agent per stage with intermediate topics (default, NEWSSTREAM_TOPOLOGY); "
    "chained: one agent runs all stages on each parse, raw -> enriched (faster, no per-stage scaling).",
)
@click.option("--loglevel", default=None, help="Log level (default NEWSSTREAM_LOG_LEVEL or info).")
def worker(stages: str, topology: str | None, loglevel: str | None) -> None:
    """Run stream processors (all stages in one process, or a subset to scale each stage alone)."""
    from streams.app import worker_stages
    from streams.worker import run_worker

    settings = _settings(log_level=loglevel, topology=topology)
    try:
        chosen = worker_stages(stages, settings.topology)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--stages") from None
    run_worker(settings, chosen)


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--topic", default=None, help="Target topic (default: <prefix>articles.raw).")
def produce(file: str, topic: str | None) -> None:
    """Publish articles from FILE (JSONL, a JSON object or array) keyed by id, with a progress bar."""
    import asyncio

    from rich.progress import Progress

    from streams.io import produce_articles
    from streams.topics import TopicNames

    settings = _settings()
    with _open_input(file) as fh:
        articles = [as_article(o) if isinstance(o, dict) else o for o in iter_json_records(fh)]
    target = topic or TopicNames(settings.topic_prefix).raw
    with Progress(transient=False) as progress:
        task = progress.add_task(f"producing to {target}", total=len(articles))
        n = asyncio.run(produce_articles(settings, target, articles, on_sent=lambda: progress.advance(task)))
    click.echo(f"produced {n} articles to {target}", err=True)


@main.command()
@click.option("--topic", default=None, help="Topic to read (default: <prefix>articles.enriched).")
@click.option("--max", "max_records", type=int, default=None, help="Stop after this many records.")
@click.option("--timeout", type=float, default=None, help="Stop after this many seconds (default: run forever).")
@click.option("--summary", is_flag=True, help="One readable line per event instead of JSON.")
def tail(topic: str | None, max_records: int | None, timeout: float | None, summary: bool) -> None:
    """Print enriched events (JSON lines) from the start of the topic."""
    import asyncio

    from streams.io import consume
    from streams.summary import summarise
    from streams.topics import TopicNames

    settings = _settings()
    name = topic or TopicNames(settings.topic_prefix).enriched

    async def run() -> None:
        n = 0
        until = (lambda seen: len(seen) >= max_records) if max_records else None
        async for rec in consume(settings, name, timeout=timeout or float("inf"), until=until):
            n += 1
            if summary:
                click.echo(summarise(orjson.loads(rec.value)))
            else:
                click.echo(rec.value.decode("utf-8", "replace"))
            if max_records and n >= max_records:
                break

    asyncio.run(run())


def exit_on_sigterm() -> None:
    """SIGTERM unwinds like Ctrl-C: the embedded broker and the workers a command started are stopped by their
    context managers and ``finally`` blocks (Python's default SIGTERM action exits without running them, which
    left a broker and workers behind)."""

    def _exit(signum: int, frame: Any) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, _exit)


@main.command()
@click.option("--timeout", type=float, default=180.0, show_default=True, help="Give up after this many seconds.")
def demo(timeout: float) -> None:
    """Embedded broker + worker + metrics: feed the sample articles, print what comes out, shut down."""
    from streams.demo import run_demo

    exit_on_sigterm()
    sys.exit(run_demo(timeout=timeout))


def _when(value: str | None, param: str) -> Any:
    from streams.replay import parse_time

    if value is None:
        return None
    try:
        return parse_time(value)
    except ValueError:
        raise click.BadParameter(f"not an ISO 8601 time: {value!r}", param_hint=param) from None


@main.command()
@click.option("--since", default=None, help="Reprocess raw records published at or after this ISO 8601 time.")
@click.option("--until", default=None, help="Stop at records published at or after this ISO 8601 time.")
@click.option("--output-topic", default=None, help="Target topic (default: <prefix>articles.enriched).")
@click.option("--group", default=None, help="Consumer group (default: <prefix>newsstream-replay-<UTC time>).")
@click.option("--from-beginning", is_flag=True, help="Start at the beginning of the raw topic.")
@click.option("--ce-source", default=None, help="CloudEvents source (default: /newsstream/<prefix>newsstream).")
def replay(
    since: str | None,
    until: str | None,
    output_topic: str | None,
    group: str | None,
    from_beginning: bool,
    ce_source: str | None,
) -> None:
    """Backfill: reprocess raw articles of a time range (offsets by timestamp) into the output topic.

    Runs the stream's stages in-process under its own consumer group (never a live worker's), marks events as
    replayed (field and header), dead-letters failures, commits its offsets and exits at --until or at the end
    offsets seen at its start. With neither --since nor --from-beginning it resumes --group's committed offsets.
    """
    import asyncio
    import logging

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from streams.replay import replay as run

    logging.basicConfig(level=logging.WARNING)
    settings = _settings()
    start, end = _when(since, "--since"), _when(until, "--until")
    if start is not None and from_beginning:
        raise click.UsageError("--since and --from-beginning are mutually exclusive")
    columns = (TextColumn("replaying"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=None, transient=False) as progress:
        task = progress.add_task("replay", total=None)

        def on_progress(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        try:
            result = asyncio.run(
                run(
                    settings,
                    since=start,
                    until=end,
                    output_topic=output_topic,
                    group=group,
                    from_beginning=from_beginning,
                    ce_source=ce_source,
                    on_progress=on_progress,
                )
            )
        except ValueError as exc:
            raise click.UsageError(str(exc)) from None
    click.echo(
        f"replayed {result.source_topic} -> {result.output_topic} as group {result.group}: "
        f"{result.consumed} read, {result.skipped} before --since, {result.enriched} enriched, "
        f"{result.dead_lettered} dead-lettered in {result.seconds:.1f}s",
        err=True,
    )


@main.group()
def dlq() -> None:
    """Dead letters (<prefix>articles.dlq)."""


@dlq.command("replay")
@click.option("--since", default=None, help="Only dead letters whose record time is at or after this ISO 8601 time.")
@click.option("--max", "max_records", type=int, default=None, help="Send at most this many.")
@click.option("--dry-run", is_flag=True, help="List what would be sent; send and commit nothing.")
@click.option("--group", default=None, help="Consumer group keeping progress (default: <prefix>newsstream-dlq-replay).")
@click.option("--from-beginning", is_flag=True, help="Ignore the group's committed offsets.")
def dlq_replay_cmd(
    since: str | None, max_records: int | None, dry_run: bool, group: str | None, from_beginning: bool
) -> None:
    """Send dead letters back to the raw topic (original key and article) once their cause is fixed."""
    import asyncio

    from streams.dlq_replay import DeadLetter, dlq_replay

    settings = _settings()

    def show(item: DeadLetter) -> None:
        key = item.key.decode("utf-8", "replace") if item.key else "-"
        status = item.problem or ("would send" if dry_run else "sent")
        click.echo(
            f"{item.topic}[{item.partition}]@{item.offset} key={key} {item.error_class} in {item.stage}: "
            f"{item.message[:120]} -> {status}"
        )

    result = asyncio.run(
        dlq_replay(
            settings,
            since=_when(since, "--since"),
            max_records=max_records,
            dry_run=dry_run,
            group=group,
            from_beginning=from_beginning,
            on_item=show,
        )
    )
    verb, n = ("would send", result.seen - result.unrecoverable) if dry_run else ("sent", result.sent)
    click.echo(
        f"{result.seen} dead letters from {result.dlq_topic}: {verb} {n} to {result.raw_topic}, "
        f"{result.unrecoverable} unrecoverable, {result.skipped} before --since",
        err=True,
    )


@main.command()
@click.option(
    "--articles",
    "articles_file",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="Articles (JSONL); default: the Wikinews corpus in ../shared, else the samples.",
)
@click.option("--n", "n", type=int, default=None, help="Articles to send (default 100 + 100 x workers).")
@click.option("--workers", type=int, default=1, show_default=True, help="Worker processes in one consumer group.")
@click.option("--latency-n", type=int, default=None, help="Paced articles for the latency phase (default min(n, 100)).")
@click.option(
    "--topology",
    type=click.Choice(["staged", "chained"]),
    default="chained",
    show_default=True,
    help="Workers' topology: chained is the throughput configuration of a worker running every stage; staged "
    "(the worker's default, for per-stage scaling) pays ~5 ms an article more for its payloads and hops. See README.",
)
@click.option("--json", "as_json", is_flag=True, help="Also print the report as JSON on stdout.")
def bench(
    articles_file: str | None, n: int | None, workers: int, latency_n: int | None, topology: str, as_json: bool
) -> None:
    """Pipeline vs bare nlp.pipe on the same articles, through the embedded broker: one table (and JSON)."""
    from rich.console import Console
    from rich.progress import Progress, TaskID

    from streams.bench import BenchConfig, render, run_bench

    exit_on_sigterm()
    console = Console(stderr=as_json)
    tasks: dict[str, TaskID] = {}
    config = BenchConfig(Path(articles_file) if articles_file else None, n, workers, latency_n, topology=topology)
    with Progress(console=console, transient=False) as progress:

        def tick(phase: str, advance: int, total: int | None) -> None:
            if phase not in tasks:
                tasks[phase] = progress.add_task(phase, total=total)
            progress.update(tasks[phase], advance=advance, total=total)

        report = run_bench(config, tick)
    console.print(render(report))
    if as_json:
        click.echo(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode())


if __name__ == "__main__":
    main()
