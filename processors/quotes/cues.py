"""Attribution cues: reporting verbs (by surface form: the parse carries no lemmas), reporting nouns and
multi-word cue phrases ("according to", "pointed out", "in a statement")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

_VERB_STEMS = [
    "say:say,says,said,saying",
    "tell:tell,tells,told,telling",
    "state:state,states,stated,stating",
    "add:add,adds,added,adding",
    "note:note,notes,noted,noting",
    "explain:explain,explains,explained,explaining",
    "stress:stress,stresses,stressed,stressing",
    "affirm:affirm,affirms,affirmed,affirming",
    "reaffirm:reaffirm,reaffirms,reaffirmed,reaffirming",
    "confirm:confirm,confirms,confirmed,confirming",
    "assert:assert,asserts,asserted,asserting",
    "emphasize:emphasize,emphasizes,emphasized,emphasizing,emphasise,emphasises,emphasised,emphasising",
    "highlight:highlight,highlights,highlighted,highlighting",
    "reiterate:reiterate,reiterates,reiterated,reiterating",
    "declare:declare,declares,declared,declaring",
    "announce:announce,announces,announced,announcing",
    "write:write,writes,wrote,written,writing",
    "tweet:tweet,tweets,tweeted,tweeting",
    "post:posted",
    "claim:claim,claims,claimed,claiming",
    "argue:argue,argues,argued,arguing",
    "insist:insist,insists,insisted,insisting",
    "warn:warn,warns,warned,warning",
    "ask:ask,asks,asked,asking",
    "answer:answer,answers,answered,answering",
    "reply:reply,replies,replied,replying",
    "respond:respond,responds,responded,responding",
    "recall:recall,recalls,recalled,recalling",
    "describe:describe,describes,described,describing",
    "call:call,calls,called,calling",
    "comment:comment,comments,commented,commenting",
    "remark:remark,remarks,remarked,remarking",
    "observe:observe,observes,observed,observing",
    "admit:admit,admits,admitted,admitting",
    "acknowledge:acknowledge,acknowledges,acknowledged,acknowledging",
    "suggest:suggest,suggests,suggested,suggesting",
    "predict:predict,predicts,predicted,predicting",
    "promise:promise,promises,promised,promising",
    "vow:vow,vows,vowed,vowing",
    "pledge:pledge,pledges,pledged,pledging",
    "urge:urge,urges,urged,urging",
    "demand:demand,demands,demanded,demanding",
    "accuse:accuse,accuses,accused,accusing",
    "deny:deny,denies,denied,denying",
    "report:report,reports,reported,reporting",
    "reveal:reveal,reveals,revealed,revealing",
    "disclose:disclose,discloses,disclosed,disclosing",
    "maintain:maintain,maintains,maintained,maintaining",
    "conclude:conclude,concludes,concluded,concluding",
    "continue:continue,continues,continued,continuing",
    "describe:descibed",
    "mention:mention,mentions,mentioned,mentioning",
    "indicate:indicate,indicates,indicated,indicating",
    "point:point,points,pointed,pointing",
    "express:express,expresses,expressed,expressing",
    "characterize:characterize,characterizes,characterized,characterise,characterised",
    "label:label,labels,labelled,labeled",
    "brand:branded",
    "dub:dubbed",
    "term:termed",
    "praise:praise,praises,praised,praising",
    "criticize:criticize,criticizes,criticized,criticise,criticised,criticising,criticizing",
    "condemn:condemn,condemns,condemned,condemning",
    "welcome:welcomed",
    "thank:thank,thanks,thanked,thanking",
    "joke:joke,jokes,joked,joking",
    "quip:quipped",
    "shout:shout,shouts,shouted,shouting",
    "yell:yelled",
    "scream:screamed",
    "exclaim:exclaimed",
    "cry:cried",
    "chant:chanted",
    "sing:sang",
    "read:read,reads",
    "testify:testify,testifies,testified,testifying",
    "told:told",
    "agree:agree,agrees,agreed",
    "believe:believe,believes,believed",
    "think:think,thinks,thought",
    "feel:feel,feels,felt",
    "hope:hope,hopes,hoped",
    "describe:described",
    "recount:recount,recounts,recounted,recounting",
    "elaborate:elaborated",
    "clarify:clarified",
    "complain:complain,complains,complained,complaining",
    "lament:lamented",
    "boast:boasted",
    "concede:conceded",
    "counter:countered",
    "retort:retorted",
    "caution:cautioned",
    "advise:advised",
    "order:ordered",
    "rule:ruled",
    "find:found",
    "decide:decided",
    "allege:alleged",
    "charge:charged",
    "opine:opined",
    "muse:mused",
    "speculate:speculated",
    "estimate:estimated",
    "calculate:calculated",
    "announce:announced",
    "publish:published",
    "share:shared",
    "wonder:wondered",
    "proclaim:proclaimed",
    "assure:assured",
    "reassure:reassured",
    "guarantee:guaranteed",
    "quote:quoted",
    "cite:cited",
]

REPORT_VERBS: frozenset[str] = frozenset(
    form for line in _VERB_STEMS for form in line.split(":", 1)[1].split(",") if form
)
# the strongest cues: a quote next to one of these is attributed even when it is a single word
SPEECH_VERBS = frozenset(
    [
        "say",
        "says",
        "said",
        "saying",
        "tell",
        "tells",
        "told",
        "telling",
        "state",
        "states",
        "stated",
        "stating",
        "add",
        "adds",
        "added",
        "adding",
        "explain",
        "explains",
        "explained",
        "explaining",
        "stress",
        "stressed",
        "affirm",
        "affirmed",
        "confirm",
        "confirmed",
        "assert",
        "asserted",
        "emphasize",
        "emphasized",
        "emphasised",
        "highlight",
        "highlighted",
        "reiterate",
        "reiterated",
        "declare",
        "declared",
        "announce",
        "announced",
        "write",
        "wrote",
        "writes",
        "tweet",
        "tweeted",
        "claim",
        "claimed",
        "argue",
        "argued",
        "insist",
        "insisted",
        "warn",
        "warned",
        "ask",
        "asked",
        "reply",
        "replied",
        "recall",
        "recalls",
        "recalled",
        "describe",
        "described",
        "call",
        "called",
        "comment",
        "commented",
        "remark",
        "remarked",
        "note",
        "noted",
        "noting",
        "observe",
        "observed",
        "admit",
        "admitted",
        "acknowledge",
        "acknowledged",
        "urge",
        "urged",
    ]
)
# reporting nouns: "X's statement", "comments by X", "in a statement"
REPORT_NOUNS = frozenset(
    [
        "statement",
        "statements",
        "remarks",
        "remark",
        "comments",
        "comment",
        "words",
        "tweet",
        "tweets",
        "post",
        "interview",
        "speech",
        "address",
        "message",
        "letter",
        "announcement",
        "press",
        "release",
        "testimony",
        "summary",
        "report",
        "ruling",
        "opinion",
        "judgment",
        "verdict",
        "decision",
        "request",
        "response",
        "reply",
        "response",
        "answer",
        "quote",
        "description",
    ]
)
# verbs that only count as cues with a following particle
PARTICLE_CUES = {"point": "out", "points": "out", "pointed": "out", "pointing": "out"}
WEAK_VERBS = frozenset(
    [
        "think",
        "thinks",
        "thought",
        "feel",
        "feels",
        "felt",
        "believe",
        "believes",
        "believed",
        "hope",
        "hopes",
        "hoped",
        "found",
        "find",
        "decided",
        "decide",
        "continue",
        "continues",
        "continued",
        "read",
        "reads",
        "shared",
        "share",
        "published",
    ]
)


@dataclass(frozen=True, slots=True)
class Cue:
    token: int  # index of the head token of the cue (verb, noun, or "according")
    start: int  # char offsets of the whole cue phrase
    end: int
    kind: str  # "verb", "noun", "according", "passive"


def _span(doc: Doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def cue_at(doc: Doc, i: int) -> Cue | None:
    """The cue starting at or headed by token ``i``, if any."""
    tok: Token = doc[i]
    low = tok.lower_
    n = len(doc)
    if low == "according" and i + 1 < n and doc[i + 1].lower_ == "to":
        s, e = _span(doc, i, i + 1)
        return Cue(i, s, e, "according")
    if low in PARTICLE_CUES:
        if i + 1 < n and doc[i + 1].lower_ == PARTICLE_CUES[low]:
            s, e = _span(doc, i, i + 1)
            return Cue(i, s, e, "verb")
        return None
    if low in REPORT_VERBS and tok.tag_.startswith("VB"):
        if low in WEAK_VERBS:
            return None
        last = i
        if i + 1 < n and doc[i + 1].dep_ == "prt" and doc[i + 1].head.i == i:
            last = i + 1
        s, e = _span(doc, i, last)
        return Cue(i, s, e, "verb")
    if low in REPORT_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
        s, e = _span(doc, i, i)
        # "in a statement": report the phrase
        if (
            i >= 2
            and doc[i - 1].lower_ in ("a", "an", "the", "its", "his", "her", "their")
            and doc[i - 2].lower_ in ("in", "via", "through")
        ):
            s = doc[i - 2].idx
        return Cue(i, s, e, "noun")
    return None
