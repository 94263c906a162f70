"""Scoring against hand-made gold (format and rules: ../shared/gold/README.md).

- countries: micro precision / recall / F1 over (article, country) pairs from ``countries.mentioned[].code``;
- focus: top-1, the first code of ``countries.focus`` is one of the gold focus codes;
- quotes: a predicted quote (kind other than ``indirect``) matches a gold quote when their character spans
  overlap by at least half of each; precision / recall / F1 over a one-to-one matching;
- speaker accuracy: of matched quotes with a gold speaker, the predicted ``speaker.name`` names the same person
  (same last name, or one name contained in the other); speaker exact: normalised full names equal.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from spacy.language import Language

from processors.types import RawArticle


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def normalise_name(name: str) -> str:
    s = unicodedata.normalize("NFKC", name).replace("’", "'").lower()
    s = re.sub(r"^(the)\s+", "", s)
    return re.sub(r"[^\w' -]+", "", s).strip()


def same_speaker(pred: str | None, gold: str | None) -> bool:
    if not pred or not gold:
        return False
    p, g = normalise_name(pred), normalise_name(gold)
    if not p or not g:
        return False
    if p in g or g in p:
        return True
    return p.split()[-1] == g.split()[-1]


OPENING_MARKS = "\"“‘'«„"
CLOSING_MARKS = "\"”’'»“"


def _occurrences(text: str, needle: str) -> list[int]:
    out, start = [], text.find(needle)
    while start != -1 and needle:
        out.append(start)
        start = text.find(needle, start + 1)
    return out


def gold_spans(text: str, quotes: list[Mapping[str, Any]]) -> list[tuple[int, int, Mapping[str, Any]]]:
    """Locate gold quote texts in the article, in order. When a text occurs more than once, an occurrence that
    stands between quotation marks wins over one that does not (the same words may appear unquoted earlier),
    then the first one not taken yet."""
    spans: list[tuple[int, int, Mapping[str, Any]]] = []
    used: set[int] = set()
    for q in quotes:
        qt = q["text"]
        free = [o for o in _occurrences(text, qt) if o not in used]
        if not free:
            continue

        def quoted(o: int, n: int = len(qt)) -> bool:
            before = text[max(0, o - 1) : o]
            after = text[o + n : o + n + 1]
            return (before in OPENING_MARKS and before != "") or (after in CLOSING_MARKS and after != "")

        start = next((o for o in free if quoted(o)), free[0])
        used.add(start)
        spans.append((start, start + len(qt), q))
    return spans


def _overlaps_half(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return False
    return inter >= 0.5 * (a[1] - a[0]) and inter >= 0.5 * (b[1] - b[0])


def score(gold: Iterable[Mapping[str, Any]], predictions: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """Score enriched events (by article id) against gold lines. Articles without a prediction score as empty."""
    c_tp = c_fp = c_fn = 0
    focus_hits = focus_total = 0
    q_tp = q_fp = q_fn = 0
    spk_total = spk_ok = spk_exact = 0
    per_article: list[dict[str, Any]] = []
    for g in gold:
        pred = predictions.get(g["id"], {})
        text = pred.get("text", "")
        pc = {m["code"] for m in pred.get("countries", {}).get("mentioned", [])}
        gc = set(g.get("countries", []))
        c_tp += len(pc & gc)
        c_fp += len(pc - gc)
        c_fn += len(gc - pc)
        pfocus = pred.get("countries", {}).get("focus", [])
        gfocus = g.get("focus", [])
        focus_ok = None
        if gfocus:
            focus_total += 1
            focus_ok = bool(pfocus) and pfocus[0] in gfocus
            focus_hits += int(focus_ok)
        # quotes: greedy one-to-one matching by overlap
        pq = [q for q in pred.get("quotes", []) if q.get("kind") != "indirect"]
        gspans = gold_spans(text, g.get("quotes", [])) if text else []
        unmatched_gold = list(range(len(gspans)))
        missed_speakers: list[dict[str, Any]] = []
        false_quotes: list[str] = []
        for q in pq:
            hit = next((i for i in unmatched_gold if _overlaps_half((q["start"], q["end"]), gspans[i][:2])), None)
            if hit is None:
                q_fp += 1
                false_quotes.append(q["text"][:80])
                continue
            unmatched_gold.remove(hit)
            q_tp += 1
            gq = gspans[hit][2]
            if gq.get("speaker"):
                spk_total += 1
                pname = (q.get("speaker") or {}).get("name")
                ok = same_speaker(pname, gq["speaker"])
                spk_ok += int(ok)
                exact = bool(pname) and normalise_name(pname or "") == normalise_name(gq["speaker"])
                spk_exact += int(exact)
                if not exact:
                    missed_speakers.append({"quote": gq["text"][:60], "gold": gq["speaker"], "pred": pname})
        q_fn += len(unmatched_gold) + (len(g.get("quotes", [])) - len(gspans))
        per_article.append(
            {
                "id": g["id"],
                "countries_missed": sorted(gc - pc),
                "countries_spurious": sorted(pc - gc),
                "focus": {"gold": gfocus, "pred": pfocus[:3], "ok": focus_ok},
                "quotes_missed": [gspans[i][2]["text"][:80] for i in unmatched_gold],
                "quotes_spurious": false_quotes,
                "speaker_errors": missed_speakers,
            }
        )
    return {
        "articles": len(per_article),
        "countries": _prf(c_tp, c_fp, c_fn),
        "focus": {"top1": round(focus_hits / focus_total, 4) if focus_total else None, "n": focus_total},
        "quotes": _prf(q_tp, q_fp, q_fn),
        "speakers": {
            "accuracy": round(spk_ok / spk_total, 4) if spk_total else None,
            "exact": round(spk_exact / spk_total, 4) if spk_total else None,
            "n": spk_total,
        },
        "per_article": per_article,
    }


def evaluate(nlp: Language, gold_path: str | Path, article_paths: Iterable[str | Path]) -> dict[str, Any]:
    """Enrich the gold's articles (found by id in ``article_paths``) with the offline pipeline and score them;
    the report also lists gold ids that no article file holds (``missing_articles``) and articles the pipeline
    refused or failed on, with the error (``failed_articles``; scored as empty predictions, never dropped)."""
    from processors.articles import validate_article
    from processors.corpus import as_article, read_records
    from processors.errors import ProcessingError
    from processors.pipeline import enrich

    gold = read_records(gold_path)
    wanted = {g["id"] for g in gold}
    found: dict[str, RawArticle] = {}
    failed: dict[str, str] = {}
    for path in article_paths:
        for obj in read_records(path):
            if isinstance(obj, dict) and obj.get("id") in wanted:
                try:
                    found[obj["id"]] = validate_article(as_article(obj))
                except ProcessingError as exc:  # "published_at" not a date, not English, ...
                    failed[obj["id"]] = f"{exc.error_class}: {exc}"
    predictions: dict[str, Any] = {}
    for article, result in zip(found.values(), enrich(nlp, list(found.values())), strict=True):
        if isinstance(result, ProcessingError):
            failed[article["id"]] = f"{result.error_class}: {result}"
        else:
            predictions[result["id"]] = result
    report = score(gold, predictions)
    report["missing_articles"] = sorted(wanted - found.keys() - failed.keys())
    report["failed_articles"] = dict(sorted(failed.items()))
    return report
