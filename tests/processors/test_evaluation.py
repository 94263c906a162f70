from __future__ import annotations

from processors.evaluation import gold_spans, same_speaker, score


def test_gold_span_prefers_the_quoted_occurrence() -> None:
    text = 'Melbourne will grow. He said: "Melbourne will grow." Then he left.'
    spans = gold_spans(text, [{"text": "Melbourne will grow."}])
    assert spans[0][0] == text.index('"Melbourne') + 1


def test_repeated_quotes_take_successive_occurrences() -> None:
    text = '"Yes," she said. "Yes," he said.'
    spans = gold_spans(text, [{"text": "Yes,"}, {"text": "Yes,"}])
    assert [s[0] for s in spans] == [1, 18]


def test_speaker_matching_rules() -> None:
    assert same_speaker("Al-Awadi", "Bassem Al-Awadi")
    assert same_speaker("bassem al-awadi", "Bassem Al-Awadi")
    assert not same_speaker("Gideon Sa'ar", "Bassem Al-Awadi")
    assert not same_speaker(None, "Bassem Al-Awadi")


def test_score_counts_countries_focus_and_quotes() -> None:
    text = 'Officials in Nairobi said "roads are open," added Mary Wanjiru.'
    start = text.index("roads")
    pred = {
        "a": {
            "text": text,
            "countries": {"mentioned": [{"code": "KE"}, {"code": "UG"}], "focus": ["KE"]},
            "quotes": [
                {
                    "text": "roads are open,",
                    "start": start,
                    "end": start + 15,
                    "kind": "direct",
                    "speaker": {"name": "Wanjiru"},
                },
                {"text": "x", "start": 0, "end": 9, "kind": "indirect", "speaker": None},
            ],
        }
    }
    gold = [
        {
            "id": "a",
            "countries": ["KE"],
            "focus": ["KE"],
            "quotes": [{"text": "roads are open,", "speaker": "Mary Wanjiru"}],
        }
    ]
    report = score(gold, pred)
    assert report["countries"]["tp"] == 1 and report["countries"]["fp"] == 1 and report["countries"]["fn"] == 0
    assert report["focus"]["top1"] == 1.0
    assert report["quotes"]["f1"] == 1.0  # the indirect quote never counts
    assert report["speakers"]["accuracy"] == 1.0 and report["speakers"]["exact"] == 0.0
