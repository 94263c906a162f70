"""Readable one-block summaries of enriched events (demo, ``tail --summary``)."""

from __future__ import annotations

from typing import Any


def summarise(event: dict[str, Any], max_quotes: int = 6) -> str:
    countries = event.get("countries", {})
    mentioned = ", ".join(f"{c['code']}×{c['count']}" for c in countries.get("mentioned", []))
    scores = countries.get("focus_scores", {})
    focus = ", ".join(f"{c} ({scores.get(c, 0):.2f})" for c in countries.get("focus", []))
    people = sorted({e["canonical"] for e in event.get("entities", []) if e["label"] == "PERSON"})
    lines = [
        f"■ {event.get('id')}  {event.get('title') or ''}".rstrip(),
        f"  focus: {focus or '-'}   mentioned: {mentioned or '-'}",
        f"  people: {', '.join(people) or '-'}",
        f"  quotes: {len(event.get('quotes', []))}",
    ]
    for q in event.get("quotes", [])[:max_quotes]:
        spk = q.get("speaker") or {}
        who = spk.get("name") or "?"
        if spk.get("country"):
            who += f" [{spk['country']}]"
        text = q["text"] if len(q["text"]) <= 90 else q["text"][:87] + "..."
        lines.append(f"    {q['kind']:<6} {who}: “{text}”")
    if len(event.get("quotes", [])) > max_quotes:
        lines.append(f"    ... {len(event['quotes']) - max_quotes} more")
    pipeline = event.get("pipeline", {})
    lines.append(f"  pipeline {pipeline.get('version')} in {pipeline.get('processing_seconds', 0):.3f}s")
    return "\n".join(lines)
