"""The words of speaker attribution: who can be a source ("the spokesperson", "officials", a ministry), what is
a document, a group, a title, and the predicates over single tokens built on them."""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Token

from processors.person_names import DESCRIPTOR_NOUNS, PERSON_ROLE_WORDS, name_gender
from processors.types import Entity

SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "ccomp", "relcl", "acl", "pcomp", "parataxis", "dep"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
# entity types that never name who speaks
NOT_SOURCE_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "it", "them"})
GROUP_POSSESSIVES = frozenset({"their", "its"})
PLURAL_PRONOUNS = frozenset({"they", "their"})
# verbs whose subject is the issuer of the document they take as object ("X released a statement")
ISSUING_VERBS = frozenset("released releases issued issues published publishes put puts sent sends".split())
# what a body issues that is no document by name, but is one ("issued an apology ... the letter states")
ISSUED_ACTS = frozenset(
    "apology apologies reply rebuttal clarification correction explanation appeal ultimatum".split()
)
ROLE_WORDS = PERSON_ROLE_WORDS | frozenset(
    [
        "official",
        "officials",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "head",
        "boss",
        "owner",
        "member",
        "councillor",
        "councilor",
        "activist",
        "expert",
        "doctor",
        "witness",
        "resident",
        "neighbor",
        "neighbour",
        "organizer",
        "organiser",
        "ceo",
        "executive",
        "president",
        "producer",
        "designer",
        "costumer",
        "artist",
        "cosplayer",
        "skipper",
    ]
)
# a quantifier that picks one person out of a group: "one of the victims"
SINGLE_QUANTIFIERS = frozenset(["one"])
# words that pick members out of a group, not part of the source's description ("one commander", "other jurors")
PICKING_WORDS = frozenset("one another other some several".split())
# words that say a source goes unnamed ("an unnamed official"), which no description of the source keeps
UNNAMED_WORDS = frozenset("unnamed anonymous unidentified".split())
# nouns for a single person that are neither roles nor agent nouns
PERSON_NOUNS = frozenset(
    """woman man girl boy child teenager victim survivor witness resident mother father wife husband son daughter
    mum mom dad friend neighbour neighbor relative patient student worker nurse passenger pupil parent""".split()
)
# a person's description that a later sentence uses for one named before ("the Islamic cleric", "the president")
DESCRIBED_ROLES = frozenset("cleric envoy president premier chancellor monarch diplomat militant".split())
MALE_NOUNS = frozenset("man boy father dad son husband brother king prince uncle nephew grandfather".split())
FEMALE_NOUNS = frozenset(
    "woman girl mother mum mom daughter wife sister queen princess aunt niece grandmother actress duchess countess".split()
)
PERSON_ENDINGS = ("ist", "ian", "ee", "eer", "person", "woman", "man")
QUANTIFIER_HEADS = frozenset(
    "number group some many majority lot lots dozens hundreds most several part one each both all none".split()
)
DOCUMENT_NOUNS = frozenset(
    [
        "statement",
        "summary",
        "report",
        "resolution",
        "letter",
        "message",
        "tweet",
        "post",
        "ruling",
        "opinion",
        "judgment",
        "decision",
        "request",
        "release",
        "announcement",
        "remarks",
        "comments",
        "words",
        "response",
        "proclamation",
        "declaration",
        "study",
        "findings",
        "paper",
        "survey",
        "analysis",
        "document",
        "order",
        "notice",
        "memo",
        "filing",
        "complaint",
        "lawsuit",
        "petition",
        "warning",
        "alert",
        "advisory",
        "bulletin",
    ]
)
# parts of a document, which say what the document says
DOCUMENT_PARTS = frozenset("sentence sentences line lines paragraph paragraphs passage section headline".split())
# formal documents someone issues (not "the comments", "the post"): unnamed, from the article's main actor
ISSUED_DOCUMENTS = frozenset(
    """statement report proclamation declaration study findings paper survey analysis order notice memo ruling resolution
    decision judgment release announcement summary warning alert advisory bulletin""".split()
)
# issued documents that are as often the act itself ("they supported the decision"): another name for the same
# document only when the same word
ACT_DOCUMENTS = frozenset("decision order ruling judgment".split())
# what a body runs or funds, which says nothing itself ("the AusLink program is to receive ...")
SCHEME_NOUNS = frozenset("program programme scheme project initiative fund plan network".split())
# what a court issues: its words are the court's
COURT_DOCUMENTS = frozenset("judgment judgement verdict ruling".split())
TRIM_DEPS = frozenset({"det", "punct", "predet", "case"})
# where an owner publishes: the account speaks for its owner
MEDIUM_NOUNS = frozenset("account accounts website site page feed channel handle blog".split())
# possessive pronouns of a person: "her account", "his statement" are that person's
PERSON_POSSESSIVES = frozenset(["his", "her"])
PLATFORMS = frozenset("twitter facebook instagram youtube tiktok telegram weibo x linkedin".split())
# last words of organisation names: "Amnesty International Man-kei Tam" is an organisation, then a person
ORG_NAME_ENDS = frozenset(
    """international organization organisation association union party council ministry agency group foundation
    institute watch society commission bank fund committee company corporation corp inc ltd news times post
    network service university college school church department office authority police court army front
    movement alliance federation league centre center club board trust coalition forum initiative press media
    institution unit bureau administration government command division squad branch section team taskforce
    service services parliament congress senate assembly representatives commons lords deputies""".split()
)
# inverted attributions whose object-like noun is the speaker ('"...," said a protester'); not "told reporters"
INVERTING_VERBS = frozenset(
    """said says added adds explained wrote stated remarked continued noted recalled replied declared insisted
    argued observed commented tweeted claimed concluded asked asks posed queried""".split()
)
# a participle that names who a noun is: "a protester using the pseudonym Katya", "a man named John Roe"
NAMING_PARTICIPLES = frozenset("named called using nicknamed known identified dubbed calling".split())
# verbs whose object is the one spoken to ("told Reuters", "asked the minister"), never the speaker
# passive forms whose subject is the one addressed ("residents were advised/told/urged to ...")
ADDRESSED_PASSIVES = frozenset("advised told asked urged warned reminded instructed informed cautioned".split())
# passive forms whose subject is what was named so ("the fires were described as ..."), never the source
DESCRIBED_PASSIVES = frozenset(
    "described called labelled labeled termed branded dubbed characterised characterized".split()
)
ADDRESSEE_VERBS = frozenset("tell tells told telling ask asks asked asking urge urges urged urging".split())
# pronouns that can follow the cue as its subject ('"...," said he'); "it", "him" after a cue are objects
INVERTED_PRONOUNS = frozenset(["he", "she", "they"])
# "the latter", "the former": the last or first of the names coordinated before
ORDER_REFERENCES = frozenset(["latter", "former"])
# the speaker's own words in an interview answer ("I said", "we thought", "my blog post")
FIRST_PERSON = frozenset("i we".split())
FIRST_PERSON_POSSESSIVES = frozenset("my our".split())
INTERVIEW_PARAGRAPHS = 12  # paragraphs looked back for the turn label of an interview answer
# "X quoted Y as saying": Y speaks
QUOTING_VERBS = frozenset("quoted quotes quoting quote".split())
CITING_VERBS = frozenset("cited cites citing reported reports described describes".split())


# institutions and groups named after a person: "the Trump administration", "the Biden campaign", "the Imus
# family" are not the person
INSTITUTION_NOUNS = frozenset("administration government cabinet campaign family team office camp estate".split())
# of those, the ones an article names once in full and then bare ("the Imus family" ... "the family said")
NAMED_GROUP_NOUNS = frozenset("campaign family team camp estate".split())
# an institution every country has: unnamed, it is the one of the country the article is about
NATIONAL_NOUNS = frozenset(["government", "army", "military", "navy"])
# a party's group, caucus or branch, named before a role of it ("the Labour group deputy leader")
PARTY_GROUP_WORDS = frozenset("group caucus branch".split())
# a bare "the company" is the organisation the sentences before were about
COMPANY_NOUNS = frozenset(
    "company firm corporation carrier airline manufacturer retailer chain operator ngo organisation organization charity "
    "watchdog".split()
)
# a common noun for the body an unnamed spokesperson speaks for ("a spokesman for the agency")
BODY_NOUNS = COMPANY_NOUNS | frozenset("agency authority body group organisation organization".split())
# of those, the public ones, which publish their own reports ("..., the Transit Fund reported. // The agency said")
PUBLIC_BODY_NOUNS = frozenset("agency authority body".split())
# a group a later "they" can mean: a named group ("family", "team") or a body
GROUP_NOUNS = NAMED_GROUP_NOUNS | BODY_NOUNS
# who speaks for a body by office: unnamed, the body is the source
SPEAKS_FOR = frozenset(
    "spokesperson spokesman spokeswoman spokespeople spokespersons representative representatives".split()
)
# institutions and bodies among the source nouns (not people)
INSTITUTION_LIKE = frozenset(
    """police government authorities authority administration ministry department agency office council
    committee commission court board union army military navy force forces party team staff crew company firm
    group club school university college hospital church parliament congress senate cabinet campaign embassy
    mission delegation panel jury media press source sources public crowd community family families""".split()
)
# nouns that can name who speaks though no entity or role word: institutions and groups of people
SOURCE_NOUNS = frozenset(
    """people police government authorities authority administration ministry department agency office council
    committee commission court board union army military navy force forces party team staff crew company firm
    group family families public crowd community club school university college hospital church parliament
    congress senate cabinet campaign embassy mission delegation panel jury audience fans media press children
    women men victims survivors friends neighbours neighbors colleagues critics supporters opponents
    relatives parents students users residents locals villagers citizens voters workers troops soldiers
    source sources""".split()
)
# words that place a role in time or rank, not say which role it is ("the former minister", "a senior official")
RANK_WORDS = frozenset(
    "local former then now late future new current top senior junior acting interim outgoing incoming deputy".split()
)
# an unnamed source inside a body ("a source within the ministry", "its sources"): the body speaks
ANONYMOUS_SOURCES = frozenset(["source", "sources", "insider", "insiders"])
INSIDE_PREPS = frozenset(["in", "within", "inside", "at"])
# agent-noun endings: "organizer", "scientists", "historian", "resident", "chairwoman", "employee"
AGENT_ENDINGS = (
    "er",
    "ers",
    "or",
    "ors",
    "ist",
    "ists",
    "ian",
    "ians",
    "ant",
    "ants",
    "ent",
    "ents",
    "man",
    "men",
    "woman",
    "women",
    "person",
    "persons",
    "people",
    "ee",
    "ees",
    "eer",
    "eers",
    "ary",
    "aries",
    "ive",
    "ives",
    "ic",
    "ics",
    "ogue",
    "ogues",
    "at",
    "ats",
)
NOT_AGENT_ENDINGS = ("ment", "ments", "ency", "ance", "ence", "ing", "tion", "sion", "ness", "ity")


def plausible_source(tok: Token) -> bool:
    """Can this noun name who speaks ("the researchers", "the ministry", "the report"), as opposed to a word
    of the reported clause a bad parse made the subject ("her reasoning", "the frequency of ...")?"""
    low = tok.lower_
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if low in ROLE_WORDS or low in SOURCE_NOUNS or low in DOCUMENT_NOUNS or low in QUANTIFIER_HEADS:
        return True
    if low.endswith(NOT_AGENT_ENDINGS) and low != "government":
        return False
    return low.endswith(AGENT_ENDINGS) or low.rstrip("s") in ROLE_WORDS


_TITLE_WORDS = ROLE_WORDS | frozenset(
    """former longtime late cardinal archbishop assemblywoman assemblyman councilwoman councilman
    dr mr mrs ms prof sen rep gov fellow cm pm dpm""".split()
)
PLACE_OR_GROUP = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
SMALL = frozenset("of and the for in on at to de".split())


def _heads(e: Entity, word: str) -> bool:
    """Does the organisation's name end with that noun ("Metropolitan Police" for "police")?"""
    words = e["canonical"].split()
    cut = next((k for k, w in enumerate(words) if k and w.islower()), len(words))  # "Commission on ..."
    return len(words) >= 2 and words[cut - 1].lower() == word


def demonym_word(w: str) -> bool:
    """A one-word nationality adjective ("Samoan"), not a people ("Burundians") or a group name."""
    return w[:1].isupper() and w.isalpha() and not w.endswith("s")


def kids(tok: Token) -> list[Token]:
    """A token's children, at most 64 of them: a bounded look whatever the parse."""
    return list(islice(tok.children, 64))


def of_object(tok: Token) -> Token | None:
    """The noun of a token's "of" phrase ("hundreds of supporters": "supporters"), or ``None``."""
    prep = next((c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in kids(prep) if c.dep_ == "pobj"), None) if prep is not None else None


def name_agrees(name: str, pronoun: str) -> bool:
    """ "Donald Roe" is not a later "she", "Nancy Roe" not a later "he"; names of either sex agree with both."""
    gender = name_gender(name) if pronoun in ("he", "him", "his", "she", "her") else None
    if gender == "m":
        return pronoun not in ("she", "her")
    if gender == "f":
        return pronoun not in ("he", "him", "his")
    return True


def gender_agrees(tok: Token, pronoun: str) -> bool:
    """ "A spokesman ..." is not a later "she"; a noun without gender ("one of the victims") agrees with both."""
    low = tok.lower_
    female = low in FEMALE_NOUNS or low.endswith(("woman", "women"))
    male = low in MALE_NOUNS or (low.endswith(("man", "men")) and not female)
    if pronoun in ("he", "him", "his"):
        return not female
    if pronoun in ("she", "her"):
        return not male
    return True


def people_noun(tok: Token) -> bool:
    """A noun for people, one or several ("victims", "a nurse", "residents")."""
    low = tok.lower_
    if tok.pos_ != "NOUN" or not tok.is_lower:
        return False
    sing = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    return (
        low in SOURCE_NOUNS - INSTITUTION_LIKE
        or sing in PERSON_NOUNS
        or sing in ROLE_WORDS
        or (sing.endswith(PERSON_ENDINGS) and not sing.endswith(NOT_AGENT_ENDINGS))
    )


def role_named_as(name: Token) -> str | None:
    """ "identified the suspect as Darren Kell", "the victim was named as Jane Roe": the one-person noun the verb
    of that "as" phrase has for object (or passive subject) is the role the article gives the name."""
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    for obj in prep.head.children:
        if obj.dep_ in ("dobj", "nsubjpass") and obj.i < prep.i and obj.tag_ == "NN":
            return obj.lower_ if people_noun(obj) or title_noun(obj) else None
    return None


def plural_source(tok: Token) -> bool:
    """A plural common noun that can speak ("the researchers", "officials"), not a document."""
    return tok.tag_ == "NNS" and tok.lower_ not in DOCUMENT_NOUNS and plausible_source(tok)


def definite(tok: Token) -> bool:
    """ "the spokesperson", "the company": one the reader is meant to know already."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts)


def indefinite(tok: Token) -> bool:
    """ "a spokesperson", "another official", "one MP": a source not named before."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("a", "an", "another")) or (c.dep_ == "nummod" and c.lower_ == "one")
        for c in tok.lefts
    )


def title_noun(t: Token) -> bool:
    """A singular common noun that can stand for one person's title ("archbishop", "coach"), not a group or
    an institution ("family", "government") or a document."""
    low = t.lower_
    return (
        t.tag_ == "NN"
        and t.is_lower
        and t.is_alpha
        and len(low) > 3
        and low not in SOURCE_NOUNS
        and low not in QUANTIFIER_HEADS
        and low not in DOCUMENT_NOUNS
        and low not in NATIONAL_NOUNS
    )


def one_person_role(tok: Token) -> bool:
    return tok.lower_ in ROLE_WORDS or title_noun(tok)


def abbreviation(name: str) -> bool:
    """ "U.S.", "UK", "UAE": a short upper-case name."""
    bare = name.replace(".", "")
    return 2 <= len(bare) <= 4 and bare.isupper()


def role_in_apposition(tok: Token) -> bool:
    """ "Ann Roe, a spokesman for ...", "Dhiraj Kumar, headmaster of a school in ...": a singular noun for a
    person's office or trade in apposition after the name."""
    return any(
        c.dep_ == "appos" and c.i > tok.i and c.tag_ == "NN" and (c.lower_ in ROLE_WORDS or _trade_noun(c.lower_))
        for c in tok.children
    )


def _trade_noun(low: str) -> bool:
    """ "headmaster", "shopkeeper", "farmer": a noun for what a person does or is (not "maker", "provider" or
    "operator", which describe companies as often)."""
    return low.endswith(("master", "mistress", "keeper", "ist", "ician")) or low in DESCRIPTOR_NOUNS | PERSON_NOUNS


def compound_text(tok: Token) -> str:
    """ "Uwe Brandt": a proper noun with the compound words before it."""
    lo = tok.i
    while lo > 0 and tok.i - lo < 3 and tok.doc[lo - 1].dep_ == "compound" and tok.doc[lo - 1].head.i == tok.i:
        lo -= 1
    return tok.doc[lo : tok.i + 1].text
