"""Topic names (before ``NEWSSTREAM_TOPIC_PREFIX``) and their creation."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from processors.stages import STAGES
from streams.settings import Settings

log = logging.getLogger(__name__)

RAW = "articles.raw"
ENTITIES = "articles.entities"  # entities stage output: parse payload + entities
COUNTRIES = "articles.countries"  # countries stage output: + countries, entity countries
ENRICHED = "articles.enriched"  # quotes stage output: the enriched event (public contract)
DLQ = "articles.dlq"
ALL = (RAW, ENTITIES, COUNTRIES, ENRICHED, DLQ)

CHAINED = "chained"  # the chained topology: one agent runs all three stages, raw -> enriched
# stage -> (input topic, output topic)
STAGE_TOPICS = {
    "entities": (RAW, ENTITIES),
    "countries": (ENTITIES, COUNTRIES),
    "quotes": (COUNTRIES, ENRICHED),
    CHAINED: (RAW, ENRICHED),
}
APP_NAME = "newsstream"


@dataclass(frozen=True)
class TopicNames:
    prefix: str = ""

    def name(self, base: str) -> str:
        return f"{self.prefix}{base}"

    @property
    def raw(self) -> str:
        return self.name(RAW)

    @property
    def enriched(self) -> str:
        return self.name(ENRICHED)

    @property
    def dlq(self) -> str:
        return self.name(DLQ)

    def all(self) -> list[str]:
        return [self.name(t) for t in ALL]


def app_id(settings: Settings, stages: tuple[str, ...]) -> str:
    """The faust app id, which is also the consumer group and the stem of faust's internal topics.

    A worker running every stage is ``<prefix>newsstream``; a worker running a subset is
    ``<prefix>newsstream-<stage>[-<stage>]`` so that each stage scales as its own consumer group; a chained
    worker is ``<prefix>newsstream-chained`` (its own group: it reads ``articles.raw`` like the entities stage).
    """
    base = APP_NAME if set(stages) == set(STAGES) else APP_NAME + "-" + "-".join(stages)
    return settings.topic_prefix + base


async def ensure_topics(settings: Settings, topics: list[str] | None = None) -> list[str]:
    """Create the topics the pipeline needs that are missing; returns the ones created."""
    names = topics or TopicNames(settings.topic_prefix).all()
    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.bootstrap_list,
        client_id=f"{settings.topic_prefix}newsstream-admin",
        **settings.aiokafka_security(),
    )
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [n for n in names if n not in existing]
        if missing:
            await admin.create_topics([NewTopic(n, settings.partitions, settings.replication_factor) for n in missing])
            log.info("created topics %s", missing)
        return missing
    finally:
        await admin.close()
