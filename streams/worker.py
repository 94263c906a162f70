"""Running a worker process: topics, model, metrics endpoint, then the faust worker loop."""

from __future__ import annotations

import asyncio
import logging

import faust

import processors
from processors import countries, entities
from processors import nlp as nlp_mod
from streams import lag, metrics, topics
from streams.agents import register_agents
from streams.app import create_app
from streams.settings import Settings
from streams.topics import ensure_topics

log = logging.getLogger(__name__)


def build_worker_app(settings: Settings, stages: tuple[str, ...]) -> faust.App:
    app = create_app(settings, stages)
    register_agents(app, settings, stages)  # loads the model (once per process) before the loop starts
    chained = topics.CHAINED in stages
    parses = chained or "entities" in stages
    if parses:
        entities.given_names()  # the given-name list, loaded once
    if chained or "countries" in stages:
        countries.warm_up()  # the gazetteer, built once, before the first article rather than during it
    lag.install(app, settings, stages)  # newsstream_consumer_lag, sampled every NEWSSTREAM_LAG_INTERVAL_SECONDS
    version = nlp_mod.model_version(nlp_mod.load_model(settings.spacy_model)) if parses else ""
    metrics.set_info(processors.__version__, settings.spacy_model, version, ",".join(stages))
    return app


def run_worker(settings: Settings, stages: tuple[str, ...]) -> None:
    """Blocks until SIGTERM/SIGINT, then shuts down warm (in-flight batches finish, offsets commit)."""
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(ensure_topics(settings))
    finally:
        loop.close()
    asyncio.set_event_loop(asyncio.new_event_loop())
    app = build_worker_app(settings, stages)
    metrics.serve(settings.metrics_port, settings.metrics_addr)
    log.info("newsstream worker %s stages=%s settings=%s", app.conf.id, stages, settings.redacted())
    worker = faust.Worker(app, loglevel=settings.log_level, quiet=True)
    worker.execute_from_commandline()
