"""What kind of organisation a proper name is, from the words in it.

A country word inside a name counts as a reference to that country when the name is a national government
institution ("Iraqi Permanent Mission", "United States National Institute of Allergy and Infectious Diseases")
or anything that is not one of: a media outlet ("Agence France-Presse", "China Daily"), a company
("Turkish Airlines", "Bank of America"), a school ("British American Drama Academy"), an armed group
("Islamic State of Iraq and the Levant") or a supranational body ("Organization of American States").
"""

from __future__ import annotations

import itertools

GOVERNMENT, MEDIA, COMPANY, SCHOOL, ARMED, SUPRANATIONAL, OTHER = (
    "government",
    "media",
    "company",
    "school",
    "armed",
    "supranational",
    "other",
)
EXCLUDED = frozenset({MEDIA, COMPANY, SCHOOL, ARMED, SUPRANATIONAL})

_GOV_STRONG = frozenset(
    """government ministry ministries minister department embassy consulate parliament mission missions
    senate congress cabinet presidency navy police coastguard judiciary legislature treasury
    prime president presidential chancellery kremlin""".split()
)
_GOV_BIGRAMS = frozenset({("air", "force"), ("armed", "forces"), ("coast", "guard"), ("supreme", "court")})
_GOV_WEAK = frozenset(
    """agency office commission authority administration bureau service institute institutes council
    national federal army military forces guard court courts customs intelligence defence defense
    delegation assembly secretariat directorate ambassador consul foreign interior royal state""".split()
)
_MEDIA = frozenset(
    """news press presse times post daily herald tribune telegraph gazette journal radio television tv
    broadcasting broadcaster broadcast channel media network today magazine chronicle observer express
    agence wire voice weekly reporter""".split()
)
_COMPANY = frozenset(
    """airlines airline airways air aviation telecom telecommunications communications motors motor
    automotive petroleum oil gas energy steel mining holdings corporation corp inc ltd limited company co
    plc llc gmbh bank insurance pharmaceuticals pharma foods brewery brewing tobacco railways rail shipping
    lines cruises hotels resorts entertainment studios records games airport exchange stores""".split()
)
_GOV_BANK = frozenset({"central", "national", "reserve"})
_SCHOOL = frozenset(
    """university universities college school schools academy conservatory polytechnic seminary""".split()
)
_ARMED = frozenset(
    """resistance liberation front brigade brigades militia militias mujahideen jihad hezbollah hamas
    taliban qaeda isis isil daesh rebels insurgents guerrillas""".split()
)
_ARMED_BIGRAMS = frozenset({("islamic", "state"), ("free", "syrian"), ("republican", "army")})
_SUPRANATIONAL = frozenset("""union nato commonwealth""".split())
_SUPRANATIONAL_BODY = frozenset({"organization", "organisation", "league", "council", "community"})
_SUPRANATIONAL_MEMBERS = frozenset({"states", "nations", "countries", "arab"})


def classify(words: list[str]) -> str:
    """The kind of organisation named by ``words`` (the name's words, any case)."""
    low = [w.lower().strip(".,'’") for w in words]
    pairs = set(itertools.pairwise(low))
    if pairs & _ARMED_BIGRAMS or set(low) & _ARMED:
        return ARMED
    if set(low) & _SUPRANATIONAL_BODY and set(low) & _SUPRANATIONAL_MEMBERS:
        return SUPRANATIONAL
    if set(low) & _GOV_STRONG or pairs & _GOV_BIGRAMS:
        return GOVERNMENT
    if "bank" in low and set(low) & _GOV_BANK:
        return GOVERNMENT
    if set(low) & _SCHOOL or ("institute" in low and "technology" in low):
        return SCHOOL
    if set(low) & _MEDIA:
        return MEDIA
    if set(low) & _COMPANY:
        return COMPANY
    if set(low) & _SUPRANATIONAL or (set(low) & _SUPRANATIONAL_BODY and set(low) & _SUPRANATIONAL_MEMBERS):
        return SUPRANATIONAL
    if set(low) & _GOV_WEAK:
        return GOVERNMENT
    return OTHER


def is_state_body(words: list[str]) -> bool:
    """A name that is unmistakably a government body ("Police Department", "Ministry of Health")."""
    low = [w.lower().strip(".,'’") for w in words]
    pairs = set(itertools.pairwise(low))
    return classify(words) == GOVERNMENT and bool(set(low) & _GOV_STRONG or pairs & (_GOV_BIGRAMS | _LOCAL_BODIES))


# a town's or district's own council or court ("Dunedin City Council", "Dubbo Local Court"): its place leads the name
_LOCAL_BODIES = frozenset(
    {
        ("city", "council"),
        ("town", "council"),
        ("county", "council"),
        ("district", "council"),
        ("shire", "council"),
        ("borough", "council"),
        ("municipal", "council"),
        ("regional", "council"),
        ("local", "court"),
        ("magistrates", "court"),
        ("magistrates'", "court"),
        ("district", "court"),
        ("county", "court"),
        ("crown", "court"),
        ("sheriff", "court"),
    }
)
