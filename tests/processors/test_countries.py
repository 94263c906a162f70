"""Country tagging (processors.countries): each kind of reference, ambiguity, linking, offsets, focus.

Sentences are written for these tests (fictional events); they are parsed with the real spaCy model.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from processors.countries import CountryResult, tag_countries
from processors.entities import extract_entities
from processors.types import Entity

Tagger = Callable[[str], CountryResult]


@pytest.fixture(scope="module")
def model() -> Language:
    from processors import nlp

    return nlp.load_model()


@pytest.fixture(scope="module")
def tag(model: Language) -> Tagger:
    def run(text: str) -> CountryResult:
        doc = model(text)
        return tag_countries(doc, extract_entities(doc))

    return run


@pytest.fixture(scope="module")
def tag_with_entities(model: Language) -> Callable[[str], tuple[CountryResult, list[Entity]]]:
    def run(text: str) -> tuple[CountryResult, list[Entity]]:
        doc = model(text)
        ents = extract_entities(doc)
        return tag_countries(doc, ents), ents

    return run


def codes(result: CountryResult) -> set[str]:
    return {m["code"] for m in result.countries["mentioned"]}


# --- country names and alternate forms ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks between the United States and Mexico resumed on Monday.", {"US", "MX"}),
        ("The U.S. and the UK signed the accord in a ceremony on Tuesday.", {"US", "GB"}),
        ("Officials from Britain and Ivory Coast met the Czechia delegation.", {"GB", "CI", "CZ"}),
        ("Trade with America grew while exports to Holland fell.", {"US", "NL"}),
        ("Farmers in Côte d'Ivoire and Cote d’Ivoire cooperatives sold more cocoa.", {"CI"}),
        ("FLOODS HIT IRAQ AND SYRIA AFTER A WEEK OF RAIN.", {"IQ", "SY"}),
        ("The UAE and the DRC opened embassies in each other's capitals.", {"AE", "CD"}),
        ("Guinea-Bissau and Papua New Guinea sent observers; Equatorial Guinea did not.", {"GW", "PG", "GQ"}),
        ("The minister arrived in New Mexico, not in Mexico.", {"US", "MX"}),
    ],
)
def test_country_names_and_alternate_forms(tag: Tagger, text: str, expected: set[str]) -> None:
    assert codes(tag(text)) == expected


def test_us_pronoun_is_not_the_united_states(tag: Tagger) -> None:
    assert codes(tag("The neighbours invited us to dinner and told us about their garden.")) == set()


def test_common_words_in_lower_case_are_not_countries(tag: Tagger) -> None:
    text = (
        "She cooked a turkey, set out the china and watched a chad of paper fall from the ballot. Ours is the hope "
        "of reunion."
    )
    assert codes(tag(text)) == set()


# --- demonyms -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraqi and Israeli officials spoke with Saudi and Emirati diplomats.", {"IQ", "IL", "SA", "AE"}),
        ("A Saudi Arabian delegation met British, Dutch and Filipino engineers.", {"SA", "GB", "NL", "PH"}),
        ("Iran-backed militias attacked a U.S.-led convoy near the border.", {"IR", "US"}),
        ("Two Kenyans, three Nigerians and a Briton finished the race.", {"KE", "NG", "GB"}),
        ("Scottish and Welsh farmers joined the protest.", {"GB"}),
        ("Palestinian and Kosovar students received Taiwanese scholarships.", {"PS", "XK", "TW"}),
    ],
)
def test_demonyms(tag: Tagger, text: str, expected: set[str]) -> None:
    assert codes(tag(text)) == expected


def test_language_names_are_not_demonyms(tag: Tagger) -> None:
    assert codes(tag("The novel was translated into French and is also sold in English.")) == set()


def test_regions_and_multi_country_adjectives_are_not_countries(tag: Tagger) -> None:
    text = "Latin American and Middle Eastern leaders discussed shipping in the Indian Ocean and the Persian Gulf."
    assert codes(tag(text)) == set()


# --- places inside countries --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rockets were fired from Gaza toward Tel Aviv overnight.", {"PS", "IL"}),
        ("The storm moved from Texas into Oklahoma on Friday.", {"US"}),
        ("Heavy rain flooded villages in Kerala while Okinawa braced for a typhoon.", {"IN", "JP"}),
        ("Voters in Scotland and Wales went to the polls.", {"GB"}),
        ("The airline added flights from Dubai to Lagos.", {"AE", "NG"}),
        ("Protests continued in Hong Kong while Pristina held elections.", {"HK", "XK"}),
        ("Relief supplies reached San Juan, Puerto Rico, and Pago Pago in American Samoa.", {"PR", "AS"}),
        ("The carrier docked in Guam before sailing to Bermuda.", {"GU", "BM"}),
        ("Ebola cases rose in Beni and Butembo, in North Kivu.", {"CD"}),
        ("Flights to Ramallah and the West Bank were suspended.", {"PS"}),
    ],
)
def test_places_inside_countries(tag: Tagger, text: str, expected: set[str]) -> None:
    assert codes(tag(text)) == expected


# --- ambiguous names ----------------------------------------------------------------------------------------


def test_georgia_the_us_state_with_us_context(tag: Tagger) -> None:
    text = "Voters in Atlanta, Georgia, lined up for hours. The governor of Georgia praised election workers."
    assert codes(tag(text)) == {"US"}


def test_georgia_the_country_with_caucasus_context(tag: Tagger) -> None:
    text = "Georgia and Armenia reopened their border, and trucks crossed from Tbilisi to Yerevan."
    assert codes(tag(text)) == {"GE", "AM"}


def test_paris_texas_versus_paris(tag: Tagger) -> None:
    assert codes(tag("A tornado damaged homes in Paris, Texas, on Sunday.")) == {"US"}
    assert codes(tag("Thousands marched in Paris on Sunday.")) == {"FR"}
    # a city after the comma is the next item of a list, not a qualifier (there is a Rome in Georgia, US)
    text = "Concerts will be held in Philadelphia, London, Paris, Rome, and Berlin on July 2."
    assert codes(tag(text)) == {"US", "GB", "FR", "IT", "DE"}


def test_a_plural_demonym_listed_in_the_data(tag: Tagger) -> None:
    assert codes(tag("Two Czechs and three Danes were among the injured.")) == {"CZ", "DK"}


def test_washington_as_a_person_and_as_a_place(tag: Tagger) -> None:
    person = "Actor Denzel Washington won the award. Washington thanked his family."
    assert codes(tag(person)) == set()
    assert codes(tag("The delegation flew to Washington for talks.")) == {"US"}


def test_a_surname_that_names_a_place_is_the_person(tag: Tagger) -> None:
    # "Wales" (a country of the UK) and "Bush" (a town in Egypt): the surnames of people named in full
    text = (
        "Encyclopedia founder Tomas Wales opened the conference in Boston. Wales said the site would grow. "
        "Senator Ann Bush was there too, and the mayor took a letter from Bush."
    )
    assert codes(tag(text)) == {"US"}


def test_a_city_named_in_a_hospital_name_is_still_the_city(tag: Tagger) -> None:
    # "Abha General" may be tagged a person: its first word is no surname
    text = (
        "Dozens of fans were hurt on Wednesday when a stand gave way at Abha's main stadium.\n\nThe match was in "
        "the city of Abha.\n\nA health spokesperson said the injured were distributed between Central, Rafidah "
        "General, Abha General, and Northern General hospitals."
    )
    assert codes(tag(text)) == {"SA"}


def test_a_sea_named_after_a_country_is_not_in_it(tag: Tagger) -> None:
    text = "A ferry sank off Cambodia, near a fishing port on the Gulf of Thailand. Tankers crossed the Sea of Oman."
    assert codes(tag(text)) == {"KH"}


def test_a_landmark_then_its_city_after_a_comma(tag: Tagger) -> None:
    # "the X, London" is an address, not a comma list of small namesake towns ("Cantilan, Madrid, Carmen")
    text = "A car bomb was defused in the Haymarket, London. A second device was found in a car park nearby."
    assert codes(tag(text)) == {"GB"}


def test_the_first_word_of_a_longer_romance_place_name(tag: Tagger) -> None:
    # "Praia da Luz" is a resort in Portugal, not Praia, the capital of Cape Verde
    text = "The girl disappeared from the Praia da Luz resort on May 3, and police in Portugal are searching."
    assert codes(tag(text)) == {"PT"}


def test_a_dateline_in_capitals_is_a_place(tag: Tagger) -> None:
    # "OSLO —" opening the article is where it was filed; an acronym elsewhere ("the BADA") is still no town
    text = "OSLO — The prize was awarded today to Dr Amina Wekesa. The BADA said the rules would not change."
    assert codes(tag(text)) == {"NO"}


def test_a_country_name_as_a_family_name(tag: Tagger) -> None:
    text = (
        "The Panama family says a costumed mascot struck their son at the Lakeside Fun Park. The video shows "
        "Gerald Panama Junior and Senior arguing with staff."
    )
    assert codes(tag(text)) == set()
    assert codes(tag("The Jordan family said on Sunday that they would appeal the ruling.")) == set()
    # the model may tag "Gerald Panama Junior and Senior" an organisation: a given name before it makes a surname
    text = "The blogger transcribes the voices of Gerald Panama Junior and Senior, as Gerald Sr. films the ground."
    assert codes(tag(text)) == set()


def test_niger_and_nigeria_are_different_countries(tag: Tagger) -> None:
    assert codes(tag("Niger closed its border with Nigeria after the coup.")) == {"NE", "NG"}
    assert codes(tag("Oil spills polluted the Niger Delta again.")) == {"NG"}


def test_congo_and_dr_congo(tag: Tagger) -> None:
    assert codes(tag("Health workers in DR Congo vaccinated thousands in Goma.")) == {"CD"}
    assert codes(tag("The Republic of the Congo held elections in Brazzaville.")) == {"CG"}
    assert codes(tag("Ebola spread in Congo, officials in Kinshasa said.")) == {"CD"}


def test_victoria_follows_the_article_country(tag: Tagger) -> None:
    text = "Bushfires burned in Victoria and New South Wales as Australia sweltered."
    assert codes(tag(text)) == {"AU"}


def test_london_ontario_needs_its_qualifier(tag: Tagger) -> None:
    assert codes(tag("The band played in London on Friday.")) == {"GB"}
    assert codes(tag("The band played in London, Ontario on Friday.")) == {"CA"}


def test_given_name_that_is_a_country(tag: Tagger) -> None:
    text = "Chad Miller scored twice. Coach Anna Brooks said Chad was the best player on the pitch."
    assert codes(tag(text)) == set()


def test_person_names_containing_country_names(tag: Tagger) -> None:
    assert codes(tag("Jordan Peterson signed copies of his book at the gala dinner.")) == set()
    assert codes(tag("Captain America was the most popular costume at the convention.")) == set()


# --- institutions, media, companies, schools, armed groups, supranational bodies ------------------------------


def test_government_institutions_count(tag: Tagger) -> None:
    text = "The request was submitted through the Iraqi Permanent Mission to the Arab League."
    result = tag(text)
    assert codes(result) == {"IQ"}
    assert result.countries["mentioned"][0]["evidence"][0]["kind"] == "institution"


def test_national_institute_counts(tag: Tagger) -> None:
    text = "The trial was funded by the United States National Institute of Allergy and Infectious Diseases."
    assert codes(tag(text)) == {"US"}


@pytest.mark.parametrize(
    "text",
    [
        "A Turkish Airlines flight landed safely, according to Agence France-Presse.",
        "She studied at the British American Drama Academy before moving on.",
        "The Islamic State of Iraq and the Levant claimed the attack, China Daily reported.",
        "The Organization of American States and the European Union issued a statement.",
        "The United Nations, NATO and the Arab League met on Friday.",
        "She read the Washington Post and the New York Times every morning.",
    ],
)
def test_media_companies_schools_armed_groups_and_blocs_count_for_nothing(tag: Tagger, text: str) -> None:
    assert codes(tag(text)) == set()


def test_street_named_after_a_country_is_no_reference(tag: Tagger) -> None:
    assert codes(tag("The match was played at the Grenada Street ground on Saturday.")) == set()


# --- entity -> country linking ----------------------------------------------------------------------------


def test_person_country_from_the_title_before_the_name(tag_with_entities: Callable) -> None:  # type: ignore[type-arg]
    text = (
        "Iraqi government spokesperson Bassem Al-Awadi rejected the claims. "
        "Israeli Foreign Minister Gideon Sa'ar had written to the council. "
        "Al-Awadi said the government would respond."
    )
    result, ents = tag_with_entities(text)
    linked = {e["text"]: c for e, c in zip(ents, result.entity_countries, strict=True)}
    assert linked["Bassem Al-Awadi"] == "IQ"
    assert linked["Gideon Sa'ar"] == "IL"
    assert linked["Al-Awadi"] == "IQ"  # later mentions inherit through ``canonical``
    assert len(result.entity_countries) == len(ents)


def test_person_country_from_an_apposition_or_of_phrase(tag_with_entities: Callable) -> None:  # type: ignore[type-arg]
    text = (
        "Maria Lindqvist, the Swedish ambassador, arrived on Monday. "
        "Prime Minister Tomas Varga of the Slovak Republic welcomed her."
    )
    result, ents = tag_with_entities(text)
    linked = {e["text"]: c for e, c in zip(ents, result.entity_countries, strict=True)}
    assert linked["Maria Lindqvist"] == "SE"
    assert linked["Tomas Varga"] == "SK"


def test_persons_without_country_and_non_person_entities_get_none(tag_with_entities: Callable) -> None:  # type: ignore[type-arg]
    text = "Dr. Helen Marsh presented the results in Berlin on Tuesday."
    result, ents = tag_with_entities(text)
    for ent, code in zip(ents, result.entity_countries, strict=True):
        assert code is None, ent


def test_organisation_country(tag_with_entities: Callable) -> None:  # type: ignore[type-arg]
    text = "The Iraqi Permanent Mission sent a letter, and the Islamic State of Iraq and the Levant answered."
    result, ents = tag_with_entities(text)
    linked = {e["canonical"]: c for e, c in zip(ents, result.entity_countries, strict=True)}
    assert linked["Iraqi Permanent Mission"] == "IQ"
    assert all(c is None for t, c in linked.items() if "Islamic State" in t)


# --- evidence and output shape ------------------------------------------------------------------------------


def test_evidence_offsets_slice_the_text(tag: Tagger) -> None:
    text = "Iran-backed groups fired at U.S. troops near Baghdad; Iraq’s prime minister called the Iraqi cabinet."
    result = tag(text)
    assert result.countries["mentioned"]
    for mention in result.countries["mentioned"]:
        assert mention["count"] == len(mention["evidence"])
        assert mention["name"]
        for ev in mention["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
            assert ev["kind"] in {"name", "demonym", "place", "institution"}


def test_empty_text(tag: Tagger) -> None:
    result = tag("")
    assert result.countries == {"mentioned": [], "focus": [], "focus_scores": {}}
    assert result.entity_countries == []


# --- focus --------------------------------------------------------------------------------------------------


def test_focus_is_where_the_events_happen(tag: Tagger) -> None:
    text = (
        "A ferry sank off the coast of Indonesia on Monday, killing twelve people. "
        "Rescuers from Jakarta searched the waters near Java. "
        "A Japanese tourist and an Australian couple were among the survivors. "
        "Indonesian officials said the ferry was overloaded."
    )
    result = tag(text)
    focus = result.countries["focus"]
    assert focus[0] == "ID"
    scores = result.countries["focus_scores"]
    assert set(scores) == set(focus)
    assert all(0.0 <= s <= 1.0 for s in scores.values())
    assert scores["ID"] == max(scores.values())


def test_focus_two_countries_in_a_dispute(tag: Tagger) -> None:
    text = (
        "Ruritania accused Iraq of sheltering militants. Iraq is facing serious threats from Israel, "
        "Iraqi government spokesperson Karim Haddad said on Tuesday. Israeli Foreign Minister Avi Katz said "
        "Israel would act. Haddad said Iraq would defend its territory, and the Iraqi army was on alert."
    )
    result = tag(text)
    assert result.countries["focus"][:2] == ["IQ", "IL"]


def test_focus_at_most_three(tag: Tagger) -> None:
    text = "France, Germany, Italy, Spain and Portugal signed the treaty in Lisbon."
    assert 1 <= len(tag(text).countries["focus"]) <= 3


def test_facility_named_after_a_foreign_town_is_no_reference(tag: Tagger) -> None:
    found = codes(
        tag("An engineer was killed at Waterloo station in London. British Transport Police are investigating.")
    )
    assert "GB" in found and "CA" not in found
    assert "CA" in codes(tag("Students in Waterloo, Ontario, marched on Monday."))


def test_english_before_a_person_noun_is_british(tag: Tagger) -> None:
    assert "GB" in codes(tag("English mathematician John Conway died in New Jersey on Saturday."))
    assert "GB" not in codes(tag("The novel was translated into English last year."))


def test_a_small_city_in_a_dateline_places_the_report(tag: Tagger) -> None:
    # a town of under 100,000 people, named nowhere else: the dateline says where the report was filed
    text = "PUTRAJAYA – The minister said there were no talks on a reshuffle at today's cabinet meeting."
    assert codes(tag(text)) == {"MY"}
    assert codes(tag("The minister flew to Putrajaya Airport before the cabinet meeting on Monday.")) == set()
    # a town's name that several countries' towns bear places nothing by itself
    assert "HK" not in codes(tag("VICTORIA — Two bills proposed by the premier are expected to pass on Thursday."))


def test_a_dateline_with_a_colon_places_the_report(tag: Tagger) -> None:
    # South Asian outlets write the dateline with a colon ("Kathmandu: ..."); the model tags nothing there
    text = "Kathmandu: Acting Chief Election Commissioner Hari Adhikari said all preparations are in place."
    assert codes(tag(text)) == {"NP"}


def test_a_language_department_is_no_nationality(tag: Tagger) -> None:
    # the model tags "English" a nationality before "department": a university's language department
    text = "Marla Quist, who chairs the English department at Prairie State College in Bismarck, North Dakota, retired."
    assert codes(tag(text)) == {"US"}


def test_possessive_place_before_an_organisation_counts(tag: Tagger) -> None:
    found = codes(tag("Scientists from China's Tsinghua University and London's Royal Veterinary College disagreed."))
    assert {"CN", "GB"} <= found
    assert "FR" not in codes(tag("Agence France-Presse reported the strike on Monday."))


def test_possessive_of_a_person_named_like_a_place_is_no_reference(tag: Tagger) -> None:
    found = codes(tag("Senator Elizabeth Warren spoke in Ottawa. Warren's plan was praised by Canadian officials."))
    assert found == {"CA"}


def test_a_city_after_an_organisations_name_and_a_comma(tag: Tagger) -> None:
    # "the Federal High Court, Abuja,": the model tags the city a person; a capitalised name before the comma is
    # the court's, not an unknown place the city would be a namesake of
    text = "Justice Okon Abang of the Federal High Court, Abuja, on Friday fixed October 12 for the trial."
    assert codes(tag(text)) == {"NG"}


def test_a_towns_own_council_or_court_places_the_town(tag: Tagger) -> None:
    # a small town alone is no reference (it may be a name we do not know); its council or court places it
    assert codes(tag("Tom Rees was arrested before appearing in Dubbo Local Court that afternoon.")) == {"AU"}
    assert codes(tag("The Dunedin City Council voted 8-7 to reinstate the parking changes.")) == {"NZ"}
    assert codes(tag("A NSW Supreme Court judge criticised the three-minute hearing.")) == {"AU"}
    assert codes(tag("Tom Dubbo said the hearing had been short.")) == set()


def test_a_small_town_that_is_a_local_reports_only_clue_places_it(tag: Tagger) -> None:
    # a local report names no country: a town under 100,000 written as a place counts when it is the article's
    # one geographic clue and no other country has a town of that name
    assert codes(tag("Police in Harrisburg said two men were arrested after a shooting on Friday night.")) == {"US"}
    assert codes(tag("The crash happened in Tralee on Sunday morning, and the road was closed for hours.")) == {"IE"}


def test_a_small_town_beside_another_countrys_clues_or_with_namesakes_abroad_does_not(tag: Tagger) -> None:
    # "Motherwell" in a South African report is that country's township, not the Scottish town; "Dundalk" is a
    # town in Ireland and in the United States, so alone it says neither
    text = "Residents of Motherwell in the Eastern Cape protested against power cuts on Monday."
    assert codes(tag(text)) == {"ZA"}
    assert codes(tag("Police in Dundalk said two men were arrested after a shooting on Friday night.")) == set()


def test_irelands_counties_place_a_report_in_ireland(tag: Tagger) -> None:
    # Irish local reports name their county, not the country; the counties come from ISO 3166-2:IE (not its
    # provinces: Ulster spans the border)
    assert codes(tag("Councillors in Kildare voted to close the road for the summer.")) == {"IE"}
    assert codes(tag("A meeting of Laois County Council was adjourned after a row over absences.")) == {"IE"}
    # a county's name borne by a person, or inside an institution's name elsewhere, is none
    assert codes(tag("Clare Daly said the vote was a disgrace.")) == set()
    assert codes(tag("Researchers at the Mayo Clinic published the study on Tuesday.")) == set()
    assert codes(tag("Senator Kerry Monaghan spoke at the rally.")) == set()


def test_a_state_or_province_abbreviated_after_a_town_places_it(tag: Tagger) -> None:
    # agency style: "LANSING, Mich.", "Red Deer, Alta."; the abbreviations matched without their full stops are
    # none that would then be an acronym or a word ("N.C." / "NC" a party, "B.C." / "BC" the era)
    assert codes(tag("LANSING, Mich. (AP) — The governor signed the bill on Tuesday.")) == {"US"}
    assert codes(tag("The firm is based in Red Deer, Alta., and employs 200 people.")) == {"CA"}
    assert codes(tag("National Conference (NC) leader Omar Abdullah spoke on Sunday.")) == set()
    assert codes(tag("The temple was built in 500 BC by the king.")) == set()


def test_a_us_state_abbreviation_after_a_dateline_places_the_report(tag: Tagger) -> None:
    # "Macon" is also a town of France; "Ga." is the Associated Press abbreviation of Georgia, the state
    result = tag("MACON, Ga. — As flu cases surge in Central Georgia, two hospitals asked visitors to stay away.")
    assert codes(result) == {"US"}, codes(result)
    assert result.countries["focus"][:1] == ["US"]
    # not a sentence that only looks like one
    assert codes(tag("He met Mr. Smith, Pa. - and then left.")) == set()
