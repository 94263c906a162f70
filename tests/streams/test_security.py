"""Security rules that are cheap to keep true: no code-executing deserialisers on untrusted data anywhere in
the package, and size caps on what a record may cost. (SASL/SSL pass-through: tests/streams/test_settings.py.)"""

from __future__ import annotations

import ast
import sys
import zlib
from pathlib import Path

import orjson
import pytest

from processors.articles import DEFAULT_MAX_RECORD_BYTES, decode_article
from processors.errors import InvalidInput, RecordTooLarge
from streams.app import create_app, producer_max_request_size
from streams.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(p for pkg in ("processors", "streams") for p in (ROOT / pkg).rglob("*.py"))

BANNED_CALLS = {"eval", "exec", "compile", "__import__"}
BANNED_MODULES = {"pickle", "cPickle", "dill", "marshal", "shelve", "jsonpickle", "cloudpickle"}
UNSAFE_YAML = {"load", "load_all", "unsafe_load", "full_load", "unsafe_load_all", "full_load_all"}


def _violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            found += [f"{where} imports {a.name}" for a in node.names if a.name.split(".")[0] in BANNED_MODULES]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in BANNED_MODULES:
            found.append(f"{where} imports from {node.module}")
        elif isinstance(node, ast.Call):
            fn = node.func
            if isinstance(fn, ast.Name) and fn.id in BANNED_CALLS:
                found.append(f"{where} calls {fn.id}()")
            elif isinstance(fn, ast.Attribute) and isinstance(fn.value, ast.Name):
                if fn.value.id == "yaml" and fn.attr in UNSAFE_YAML:
                    loader = next((k.value for k in node.keywords if k.arg == "Loader"), None)
                    if not (isinstance(loader, ast.Attribute) and loader.attr in {"SafeLoader", "CSafeLoader"}):
                        found.append(f"{where} calls yaml.{fn.attr} without SafeLoader")
                if fn.value.id in BANNED_MODULES:
                    found.append(f"{where} calls {fn.value.id}.{fn.attr}()")
            for kw in node.keywords:
                if kw.arg == "shell" and isinstance(kw.value, ast.Constant) and kw.value.value is True:
                    found.append(f"{where} runs a subprocess with shell=True")
    return found


def test_sources_are_scanned() -> None:
    assert len(SOURCES) > 20 and any(p.name == "articles.py" for p in SOURCES)


def test_no_code_executing_deserialisers() -> None:
    problems = [v for path in SOURCES for v in _violations(path)]
    assert not problems, "\n".join(problems)


def test_the_checker_catches_what_it_looks_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import pickle\nimport yaml\nimport subprocess\n"
        "pickle.loads(b'')\nyaml.load('x')\neval('1')\nsubprocess.run('ls', shell=True)\n"
        "yaml.load('x', Loader=yaml.SafeLoader)\n"
    )
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert len(_violations(bad)) == 5


def test_input_size_cap() -> None:
    big = orjson.dumps({"id": "big", "text": "x" * DEFAULT_MAX_RECORD_BYTES})
    with pytest.raises(RecordTooLarge):
        decode_article(big)
    with pytest.raises(RecordTooLarge):
        decode_article(orjson.dumps({"id": "small", "text": "x" * 2000}), max_bytes=1000)
    assert decode_article(orjson.dumps({"id": "ok", "text": "x" * 1000}), max_bytes=2000)["id"] == "ok"


def test_size_cap_is_checked_before_parsing() -> None:
    """The cap applies to the raw bytes: a huge value is refused without being decoded."""
    with pytest.raises(RecordTooLarge):
        decode_article(b"[" * (DEFAULT_MAX_RECORD_BYTES + 1))
    with pytest.raises(InvalidInput):  # deep nesting under the cap is refused by the decoder, no recursion error
        decode_article(b"[" * 100_000 + b"]" * 100_000)


def test_size_cap_setting_and_producer_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSSTREAM_MAX_RECORD_BYTES", "2048")
    settings = Settings.from_env()
    assert settings.max_record_bytes == 2048
    assert producer_max_request_size(settings) == 1_048_576
    assert producer_max_request_size(Settings(max_record_bytes=4 << 20)) == 16 << 20
    with pytest.raises(ValueError):
        Settings.from_env(max_record_bytes=0)


def test_faust_producer_is_bounded_and_acks_all() -> None:
    app = create_app(Settings.from_env(bootstrap_servers="127.0.0.1:9"))
    assert app.conf.producer_max_request_size == 4 * DEFAULT_MAX_RECORD_BYTES
    assert app.conf.producer_acks == -1


def test_stage_payload_decompression_is_bounded() -> None:
    from processors import nlp as nlp_mod

    bomb = zlib.compress(b"\x00" * (64 << 20), 9)  # 64 MiB from ~64 KiB
    assert len(bomb) < 200_000
    import tracemalloc

    tracemalloc.start()
    try:
        with pytest.raises(Exception):  # noqa: B017 - any refusal will do, as long as it is cheap
            nlp_mod.doc_from_bytes(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 << 20, f"decoding a {len(bomb)}-byte payload peaked at {peak >> 20} MiB"
