"""Actors found by rules, on real sentences from the seed and gold articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer._extract.actors import FoundActor, find_actors, resolve
from summarizer._text.cleaning import clean
from summarizer._text.segment import Document, segment
from tests.support import SEED, dev_gold

GOLD = dev_gold()


def article(path: Path) -> Document:
    cleaned = clean(path.read_text(encoding="utf-8"))
    return segment(cleaned.text, cleaned.title)


def actors_of(text: str) -> list[FoundActor]:
    doc = segment(text)
    found = find_actors(doc)
    for a in found:  # every mention is exact, and the name is among the aliases
        assert all(doc.text[m.start : m.end] == m.text for m in a.mentions), a
        assert a.name in a.aliases, a
    return found


def named(found: list[FoundActor], name: str) -> FoundActor:
    match = [a for a in found if a.name == name]
    assert match, f"{name} not in {[a.name for a in found]}"
    return match[0]


@pytest.fixture(scope="module")
def seed() -> list[FoundActor]:
    return find_actors(article(SEED))


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Donald Trump", "person"),
        ("Rex Tillerson", "person"),
        ("Vladimir Putin", "person"),
        ("Sergey Lavrov", "person"),
        ("James Mattis", "person"),
        ("Bashar al-Assad", "person"),
        ("Russia", "country"),
        ("Syria", "country"),
        ("United States", "country"),
        ("White House", "organization"),
        ("United Nations Security Council", "organization"),
        ("Organization for the Prohibition of Chemical Weapons", "organization"),
    ],
)
def test_seed_actors_are_found_with_their_type(
    seed: list[FoundActor], name: str, kind: str
) -> None:
    assert named(seed, name).type == kind


def test_seed_aliases_merge_into_one_actor(seed: list[FoundActor]) -> None:
    tillerson = named(seed, "Rex Tillerson")
    assert {"Secretary of State Rex Tillerson", "Tillerson", "Rex Tillerson"} <= set(
        tillerson.aliases
    )
    assert tillerson.title == "Secretary of State"
    # The article's typo is two edits from a known surname: the same man.
    assert "Tillison" in tillerson.aliases
    trump = named(seed, "Donald Trump")
    assert {"President Donald Trump", "Trump", "President Trump"} <= set(trump.aliases)
    assert trump.title == "President"
    assert named(seed, "Sergey Lavrov").title == "Foreign Minister"
    assert named(seed, "James Mattis").title == "Defense Secretary"
    assert "U.S." in named(seed, "United States").aliases
    assert "Security Council" in named(seed, "United Nations Security Council").aliases
    assert len([a for a in seed if "Tillerson" in a.name or "Trump" in a.name]) == 2


def test_possessives_are_mentions_of_the_person(seed: list[FoundActor]) -> None:
    doc = article(SEED)
    for name, surface in (("Donald Trump", "Donald Trump's"), ("Bashar al-Assad", "Assad's")):
        at = doc.text.index(surface)
        mention = next(m for m in named(seed, name).mentions if m.start == at)
        assert mention.text == surface[:-2]


def test_seed_has_no_chrome_or_common_words_as_actors(seed: list[FoundActor]) -> None:
    names = {a.name for a in seed}
    for word in ("Meanwhile", "Earlier", "Wednesday", "Tuesday", "The", "NEW YORK", "CBS", "YORK"):
        assert word not in names
    assert not names & {"Relationship", "May", "Low", "All-Time Low"}  # headline words
    # Every actor is first seen in the story, not the dateline "NEW YORK (CBSNewYork/CBS News)".
    doc = article(SEED)
    dateline = doc.text.index("NEW YORK")
    assert all(not dateline <= a.mentions[0].start < dateline + 36 for a in seed)


def test_actors_are_ordered_by_first_mention(seed: list[FoundActor]) -> None:
    firsts = [a.mentions[0].start for a in seed]
    assert firsts == sorted(firsts)
    assert seed[0].name == "Donald Trump"  # "Trump:" opens the headline


def test_resolve_by_alias_surname_title_and_case(seed: list[FoundActor]) -> None:
    cases = {
        "Secretary of State Rex Tillerson": "Rex Tillerson",
        "tillerson": "Rex Tillerson",
        "President Trump": "Donald Trump",
        "Putin's": "Vladimir Putin",
        "Assad": "Bashar al-Assad",
        "Sergei Lavrov": "Sergey Lavrov",  # another spelling: the surname decides
        "the White House": "White House",
        "U.S.": "United States",
        "united nations security council": "United Nations Security Council",
    }
    for name, canonical in cases.items():
        found = resolve(name, seed)
        assert found is not None and found.name == canonical, name
    assert resolve("Angela Merkel", seed) is None
    assert resolve("", seed) is None


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a title before the name; a demonym before the title is not part of it
        ("Russian Sports Minister Vitaly Mutko, who sits on the FIFA executive committee, said it "
         "acted completely within the law.", "Vitaly Mutko", "Sports Minister"),
        ("Professor Sir Muir Gray, Clinical Adviser for the One You campaign, said:", "Muir Gray",
         "Professor Sir"),
        ("Dr Ellie Cannon, NHS Doctor and media medic, said:", "Ellie Cannon", "Dr"),
        # a lowercase role before the name
        ("Home office crime prevention minister Jeremy Browne said:", "Jeremy Browne", "minister"),
        ("Meanwhile, U.N. envoy Staffan de Mistura is meeting Tuesday in Geneva.",
         "Staffan de Mistura", "envoy"),
        # an appositive role after the name
        ("Participants in the briefing included, from left, Prasun Desai, deputy associate "
         "administrator, Space Technology Mission Directorate.", "Prasun Desai", None),
        # a copula and a role
        ("Nonkululeko Mlaba was the most successful bowler for South Africa, taking two wickets.",
         "Nonkululeko Mlaba", None),
        # a common first name
        ("In their chase, Laura Wolvaardt scored 33 runs from 27 balls.", "Laura Wolvaardt", None),
        # the subject of a speech verb
        ("It was a good day, said Lori Glaze, acting associate administrator.", "Lori Glaze", None),
        # Arabic particles
        ("A chemical weapon attack has been blamed on the Bashar al-Assad regime.",
         "Bashar al-Assad", None),
    ],
)  # fmt: skip
def test_person_rules_on_real_sentences(text: str, name: str, title: str | None) -> None:
    person = named(actors_of(text), name)
    assert person.type == "person"
    assert person.title == title


def test_a_list_with_one_person_is_a_list_of_people() -> None:
    found = actors_of(
        "VUWSA President Chris Hipkins said there had been a very positive response, and already "
        "Mary Varnham, John Morrison, Stephanie Cook, Kerry Prendergast, Rob Goulden and Andy "
        "Foster had confirmed they would be attending."
    )
    people = {a.name for a in found if a.type == "person"}
    assert people == {"Chris Hipkins", "Mary Varnham", "John Morrison", "Stephanie Cook",
                      "Kerry Prendergast", "Rob Goulden", "Andy Foster"}  # fmt: skip
    found = actors_of(
        "Once complete, the Artemis II astronauts, NASA’s Reid Wiseman, Victor Glover, and "
        "Christina Koch, and CSA (Canadian Space Agency) astronaut Jeremy Hansen, will conduct a "
        "final walkdown at the pad."
    )
    assert {"Reid Wiseman", "Victor Glover", "Christina Koch", "Jeremy Hansen"} <= {
        a.name for a in found if a.type == "person"
    }


def test_a_surname_alone_is_a_mention_of_the_full_name() -> None:
    found = actors_of(
        "Meanwhile, in the U.S., authorities reported that a surgeon, Doctor Martin Salia, who "
        "contracted Ebola while working in Sierra Leone, is extremely ill.\n\n"
        "Salia, a Sierra Leone national who lives in the United States, is being treated."
    )
    salia = named(found, "Martin Salia")
    assert [m.text for m in salia.mentions] == ["Doctor Martin Salia", "Salia"]
    assert salia.title == "Doctor"


def test_surnames_and_mr_join_the_full_name() -> None:
    found = actors_of(
        "VUWSA President Chris Hipkins said there had been a very positive response.\n\n"
        '"I expect all of these issues will be the subject of debate," Mr. Hipkins said.\n\n'
        "Meanwhile, U.N. envoy Staffan de Mistura is meeting Tuesday in Geneva.\n\n"
        "De Mistura will meet with the government before speaking with opposition delegates."
    )
    assert set(named(found, "Chris Hipkins").aliases) == {
        "Chris Hipkins",
        "President Chris Hipkins",
        "Mr. Hipkins",
    }  # fmt: skip  (an acronym before the title is a body of its own)
    assert len(named(found, "Staffan de Mistura").mentions) == 2


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("Eight out of 10 of the middle aged drink too much, as new analysis from Public Health "
         "England (PHE) out today shows.", "Public Health England", "PHE"),
        ("Once complete, CSA (Canadian Space Agency) astronaut Jeremy Hansen will conduct a final "
         "walkdown.", "Canadian Space Agency", "CSA"),
        ("Iran's oil minister spoke after a meeting of the Organization of the Petroleum Exporting "
         "Countries (OPEC) in Vienna. OPEC will cut production.",
         "Organization of the Petroleum Exporting Countries", "OPEC"),
    ],
)  # fmt: skip
def test_an_acronym_in_brackets_is_an_alias(text: str, name: str, alias: str) -> None:
    org = named(actors_of(text), name)
    assert org.type == "organization" and alias in org.aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("FRANK is provided by the Home Office, the Department of Health and the Department for "
         "Education.", "Department for Education"),
        ("This is clearly another case, said a statement on the website of the Russian foreign "
         "ministry.", "Russian foreign ministry"),
        ("Dan Howarth, Head of Care at Diabetes UK, said the consequences can be catastrophic.",
         "Diabetes UK"),
        ("During its journey, dubbed thirty days of terror by Sky & Telescope, the telescope "
         "unfurled its mirror.", "Sky & Telescope"),
        ("Analysts generally say the president's Democratic party could maintain its slim majority "
         "in the Senate.", "Democratic party"),
    ],
)  # fmt: skip
def test_organisation_rules_on_real_sentences(text: str, name: str) -> None:
    assert named(actors_of(text), name).type == "organization"


def test_a_group_keeps_its_descriptor_as_an_alias() -> None:
    found = actors_of(
        "Kerry said the international effort to defeat the Islamic State group is moving in the "
        "right direction, at a meeting to boost the anti-Islamic State campaign."
    )
    group = named(found, "Islamic State")
    assert group.type == "group" and len(group.mentions) == 2
    assert resolve("Islamic State group", found) is group


@pytest.mark.parametrize(
    ("text", "not_actors"),
    [
        # a thing named after a person is not a person
        ("James Webb's instruments face away from the Sun, unlike the James Webb Space Telescope's "
         "predecessor.", {"James Webb", "James Webb Space Telescope"}),
        # an expansion that is no organisation makes its acronym no actor
        ("NASA’s SLS (Space Launch System) rocket is seen inside High Bay 3. The launch day must "
         "allow SLS to deliver Orion.", {"SLS", "Space Launch System"}),
        # object codes and shouting are not acronyms; a menu or headline names no one
        ("The image shows thousands of galaxies in the SMACS 0723 galaxy cluster.\n\nXS\nSM\nMD\n"
         "\nLiberia Sets December 25 Goal: No New Ebola Cases", {"SMACS", "XS", "Goal", "Ebola"}),
        # a photo credit and a byline are chrome lines, with no lowercase word
        ("NASA/Joel Kowsky\nLauren E. Low\nJan 09, 2026\n\nNASA is targeting no earlier than "
         "Saturday to begin the multi-hour trek.", {"Joel Kowsky", "Lauren E. Low"}),
        # sentence openers the article also writes in lowercase
        ("Teams are replacing it. Engineers also worked to resolve leaky hardware, teams said.",
         {"Teams", "Engineers"}),
    ],
)  # fmt: skip
def test_false_positives_stay_out(text: str, not_actors: set[str]) -> None:
    assert not {a.name for a in actors_of(text)} & not_actors


# What the rules achieve on dev: a name's place in the sentence finds most players and teams
# with no cue ("Kilman chips a nice pass", "Fabio Silva, who"); a gold actor named only in
# chrome ("Lewis Dunk") stays out of reach.  Gold actors written as descriptions ("female
# driver", "school board", "62-year-old Regina protester") are no name for the rules to find:
# they count in the total, not in an article's bar.  The bars guard against regressions.
PER_ARTICLE = 0.8
# 0.95 before batch 14 (0.944 with it); 0.937 with batch 17 (5 dev articles); 0.927 with
# batch 26 (4 dev articles added at the twelfth session's end, not yet read for rules);
# 0.920 with batches 29-31's 12 dev articles (642 of 698 after the session's rules; their
# misses are KNOWN_MISSES above, one of them left for memory's sake)
# 0.911 with batches 35 and 36's 28 dev articles (833 of 914 after session 31's rules;
# their misses are KNOWN_MISSES below, with why)
# 0.907 with batch 37's 17 dev articles (906 of 998 after session 32's rules; their misses
# are KNOWN_MISSES below, with why); 0.905 with batch 38's 11 (943 of 1041); 0.904 with
# batch 39's 10 (982 of 1086); 0.890 with batches 40 and 41's 31 (1095 of 1229 after
# session 33's rules; their misses are KNOWN_MISSES below, with why); 0.887 with batch 42's
# 12 (1139 of 1283); 0.884 with batch 43's 15 (1196 of 1352 after session 34's rules) and
# batch 44's 14 (1264 of 1429); 0.877 with batch 45's 13 (1314 of 1498); 0.872 with batch
# 46's 7 (1334 of 1529); 0.869 with batch 47's 12 (1382 of 1590)
TOTAL_RECALL = 0.869
# Misses of dev articles added after the bar, each with why no rule finds it: they count in
# the total, not in their article's bar (every other name of the article still does).
KNOWN_MISSES = {
    # batch 14: "Center" ends the names of things ("the Kennedy Center", an arena); a rule
    # for an owned centre ("NASA's ... Center") also made actors of NASA's launch sites.
    "hngn-antarctic-ozone-hole-2013": {"NASA's Goddard Space Flight Center"},
    # batch 15: a reader's letter signed on its last line; cleaning drops a name standing
    # alone after the story (a writer's credit far more often), so no evidence is left.
    "kirklandviews-letter-council-inconsistency": {"Bob Style"},
    # batch 16: a unit named by its body and a lowercase noun ("the Capitol Police bomb
    # squad"); the body itself ("U.S. Capitol Police") is found.
    "rollcall-capitol-shotgun-arrest": {"Capitol Police bomb squad"},
    # batch 16: named only in a video's summary line, which the gold lists as chrome too
    # ("... awareness (Feb. 14) AP"): cleaning drops the line, and the name with it.
    "statesmanjournal-clark-county-measles": {"Center for Disease Control"},
    # batch 17's session: named only in a graphic's caption printed above and below its
    # credit ("Daniel Walters graphic / InvestigateWest", which the gold lists as chrome):
    # cleaning drops both copies of such a caption, and the name with them.
    "investigatewest-public-records-delays": {"City records officers"},
    # batch 17 (dev): a county named only as the lead's subject before "has", no cue; a
    # party's adjective before a lowercase noun ("the Democratic caucus")
    "waer-onondaga-2025-budget-approved": {"Onondaga County", "Democratic caucus"},
    # batch 18 (dev): a press release's agency, named only in its contact block, which the
    # gold lists as chrome: cleaning drops the block, and the name with it.
    "blackprwire-miami-gardens-city-hall-opening": {"Sonshine Communications"},
    # batch 19 (dev): a description, not a name; a body named by its field alone ("Civil
    # Defense and traffic authorities urged"): "Defense" as a body's head word cut the
    # modifier off "Defense Secretary James Mattis"
    "arabnews-gulf-storms-oman-dubai-floods": {
        "Meteorology chiefs in Saudi Arabia",
        "Civil Defense",
    },
    # batch 19 (dev): the body named only as a title's front ("Stark County Health
    # Department Health Commissioner Kirk Norris said"): its capitals run on into the title
    "beaconjournal-stark-county-measles-first-since-2017": {"Stark County Health Department"},
    # batch 19 (dev): a venue ("Center" ends the names of things; see batch 14 above)
    "textileworld-printing-united-goes-online": {"Georgia World Congress Center"},
    # batch 21 (dev): a group that acts and never speaks ("Tulsa first responders rescued a
    # woman"): groups are found as speech verbs' subjects only, an acting plural being as
    # often a crowd the story only describes
    "tulsaworld-surprise-tornado-catoosa": {"Tulsa first responders"},
    # batch 23 (dev): a station's brand with a digit, named only before a noun ("FOX8 news
    # crews", "the FOX8 building"); an acronym is read as letters alone ("FOX8" may be a
    # model number as often)
    "fox46-high-point-tornado-survey": {"FOX8"},
    # batch 23 (dev): a group that acts and never speaks ("Investors cheered, sending shares
    # up"): see batch 21's first responders above
    "heraldnet-microsoft-halo3-first-quarter-profit": {"Investors"},
    # batch 23 (dev): a school, named once as the subject of a verb it meets only after a
    # place and a relative clause ("Neuse River Middle School in Knightdale, which is a
    # year-round school, dismissed early"); a school is as often the place a thing happens
    "wral-lightning-storms-outages-unc-rex": {"Neuse River Middle School"},
    # batch 24 (dev): the government named bare, in lower case outside the minister's
    # quotation ("Milupi said government was very pleased") and capitalised only inside it
    "diggersnews-zambia-covid-vaccination-campaign-extended": {"Government"},
    # batch 26 (dev), added at the twelfth session's end: the place where he died ("died
    # Sept. 4 at Edward Hospital"), a hospital as likely a place as an actor; and a speaker
    # titled "Council Member" (two words: added to the pack's titles, "Council" and "Member"
    # became title words everywhere and dev actors fell 576 -> 564; reverted)
    "chroniclemedia-naperville-pradel-services-set": {"Edward Hospital"},
    "communityimpact-keller-land-use-plan-update": {"Beckie Paquin"},
    # batch 28 (dev): a minister named by her post alone, as the annotator listed her
    # ("Social Affairs Minister"): a post with no name is found only as a speaker's
    "antaranews-jokowi-condolences-sunda-strait-tsunami": {"Social Affairs Minister"},
    # batch 30: a broadcaster named by a number ("according to a Channel 10 report"): the
    # name rules read a body's head word last ("Sky News"), never before a number
    "hamodia-netanyahu-trump-iran-deal-cabinet": {"Channel 10"},
    # batch 29: a party's acronym in mixed case ("Freedom and Soliday (SaS)", "SaS said"): the
    # acronym rules read capitals only; and a party named once in apposition ("OLANO's
    # current coalition partner, Sme Rodina, has also called"), no cue word
    "wsau-slovakia-sas-early-election": {"Freedom and Soliday (SaS)", "Sme Rodina"},
    # batch 31: a group named by a demonym and a common noun ("Congolese opposition", in the
    # headline only; the story says "Opposition parties"), no name to find
    # and a surname opening with N' ("Denis Sassou N'Guesso", found as "Denis Sassou"):
    # reading N' in actor_rules.NP raised peak RSS on bench_hostile's said shape from ~18x
    # to ~23x the input (session 29, bisected), so it was left out
    "chinagate-congo-opposition-referendum-protests": {
        "Congolese opposition",
        "Denis Sassou N'Guesso",
    },
    # batch 28 (dev): two agencies that only report ("was quoted by Agence France Presse",
    # "said as quoted by Antara"), listed as actors by the annotator; an outlet is an actor
    # here when it is told or asked (``actor_outlets``), not when it quotes
    "jakartapost-jokowi-wraps-singapore-visit": {"Agence France Presse", "Antara"},
    # batch 34 (dev): a post named by its city and office, capitalised only at the city
    # ("the Denver district attorney's office"): a role, not a name the rules read as one
    "denverpost-warren-simpson-guilty-park-hill-murder": {"Denver district attorney"},
    # batch 34 (dev): "Notre Dame announced ...": "Dame" is an honorific to the title rules
    # ("Dame Judi Dench"), so the university's name reads as a title with no name after it;
    # the name pattern most rules share was left alone (twice a new branch of it cost memory)
    "eastidahonews-lou-holtz-dies-89": {"Notre Dame"},
    # batch 34 (dev): "Rev Noble McNeely of ... led prayer" opening a sentence: "Rev" without
    # its stop and a first name that is also an adjective ("Noble"); "Rev. Noble McNeely" and
    # "The Rev Noble McNeely" are found
    "strabaneweekly-austin-hunter-funeral-tributes": {"Noble McNeely"},
    # batch 34 (dev): a district named only as the object of a budget line and of a vote
    # ("A budget for the new Wallowa County Road Service District"): it does nothing, and
    # "District" is no head word the rules take alone (school and voting districts are places)
    "wallowachieftain-commissioners-budgets-coordination-resolution": {
        "Wallowa County Road Service District"
    },
    # batch 34 (dev, missed on the start code too): the company named alone once, after a
    # release's dateline and an opening phrase ("... -- For more than 60 years, Toyota has
    # been growing ..."), its other mentions inside longer names ("Toyota Research
    # Institute", "Mazda Toyota Manufacturing JV"), which are found; not read for a rule yet
    "whatsuppub-toyota-13-billion-pledge-met-early": {"Toyota"},
    # batch 35 (dev): the county named once as a place ("Flu activity in Lake County is
    # expected to increase"), its name otherwise inside "Lake County Interim Public Health
    # Officer", a title; a place that acts nowhere is no actor the rules take
    "lakecountyca-flu-activity-expected-to-increase-2019": {"Lake County"},
    # batch 35 (dev): the district named first inside its board's name ("The Rapid City Area
    # Schools Board of Education held ..."), which is found; the district alone is named
    # again only as "the district"
    "rapidcityjournal-school-board-4-8-million-building-repairs": {"Rapid City Area Schools"},
    # batch 36 (dev): the publication named in its writer's post line ("– Reporter, Buffalo
    # Business First", chrome) and once more, "in an interview with Business First"
    "bizjournals-buffalo-news-lowest-profits-2011": {"Business First"},
    # batch 36 (dev): a chat transcript whose host speaks under a handle glued to her words
    # ("Bella_EnglishBill Belichick lives ...") and a coach named once by surname in a guest's
    # question ("his relationships with Mangini and Manning")
    "bostoncom-bella-english-belichick-chat-transcript": {"Bella English", "Mangini"},
    # batch 36 (dev): a column's writer named only in its byline (chrome), and an office named
    # without its holder as an object ("substitute their services for the City Manager")
    "grandterrace-citynews-wilson-utility-tax-survey-opinion": {"Doug Wilson", "City Manager"},
    # batch 36 (dev): the two teams named as teams only in the lead photo's caption (chrome,
    # dropped: "following the Jayhawks' 82-78 win over Arizona"), and a guard whose surname is
    # "Council" ("senior guard Melvin Council Jr", missed on the start code too)
    "ljworld-self-bear-hugs-kansas-beats-no1-arizona": {"Melvin Council Jr.", "Kansas", "Arizona"},
    # batch 36 (dev): a radio page of several stories, the second one's source paper as a
    # subject ("The Courier reports the school board approved ...": a one-word name after
    # "The" with a present "reports") and a district named only as an object
    "wfin-cooper-tire-q2-2016-liberty-benton-raises": {
        "The Courier",
        "Liberty-Benton school district",
    },
    # batch 37 (dev): two high schools a coach led, named only as objects ("leading Douglas
    # Byrd High School to dominance"): "School" ends the names of places, which are no actors
    "cityview-bob-paroli-dies-at-91": {"Douglas Byrd High School", "Seventy-First High School"},
    # batch 37 (dev): a live blog's writer by first name ("It's Gareth here"), and a centre
    # as a subject ("the Barnardo's Children Centre put a message out"): "Centre" ends things
    "cornwalllive-live-blog-camborne-lights-october-24-2017": {
        "Barnardo’s Children Centre",
        "Gareth",
    },
    # batch 37 (dev): councillors as a group only as an object ("a nudge from city councilors
    # who were blasted"), no verb of saying
    "timesargus-montpelier-budget-watson-lane-2021": {"Montpelier city councilors"},
    # batch 38 (dev): a release's wire named only in its dateline ("/PRNewswire/ --", chrome)
    # and a business named with a service mark glued on ("Virtual Investor ConferencesSM")
    "finanzen-otc-markets-q2-2019-results": {"PR Newswire", "Virtual Investor ConferencesSM"},
    # batch 38 (dev): an editorial's own paper, named only in the page's chrome
    "issaquahpress-editorial-legislature-priorities-2011": {"The Issaquah Press"},
    # batch 38 (dev): a group described by a count ("Two members of the public spoke")
    "mcdowellnews-commissioners-adopt-budget-2020": {"Two members of the public"},
    # batch 39 (dev): a force named head word first ("as Police Scotland continue to urge")
    "cumnockchronicle-ayrshire-coronavirus-fines-2020": {"Police Scotland"},
    # batch 39 (dev): a body named only inside a place's name ("the National Assembly
    # Complex") and a driver by role ("driver Sana Ali Awadh": "driver" is as often a
    # noun of someone new, so it is no role word)
    "gulfdailynews-budget-approved-flyover-trial-2013": {"National Assembly", "Sana Ali Awadh"},
    # batch 39 (dev): a union whose name holds a possessive ("Democratic Teacher's Union")
    "sabcnews-matric-results-2020-release-monday": {"South African Democratic Teacher’s Union"},
    # batches 40 and 41 (dev, session 33): counties as cricket sides, named bare in a live
    # blog's scores ("Warwickshire 300-6"); a court whose place holds an apostrophe
    # ("Xi'an Intermediate People's Court"); schools named by a street ("Quitman Street
    # Renew School": "Renew" is no head word) or by a place and a lower-case "schools"
    "birminghammail-live-blog-perry-barr-charge-weighell-2016": {"Warwickshire", "Durham"},
    "chinadaily-zheng-shaodong-death-sentence-reprieve": {"Xi'an Intermediate People's Court"},
    "hechingerreport-newark-principal-glover-quitman-renew": {
        "Quitman Street Renew School",
        "Newark schools",
    },
    # a district in lower case after its board's name, and a count of commissioners
    "heraldtribune-editorial-school-tax-single-member-districts": {
        "Sarasota County Schools district",
        "Sarasota County's current five commissioners",
    },
    # described, not named: "the Nebraska football team", "One eyewitness said"
    "norfolkdailynews-husker-talk-northwestern-loss": {"Nebraska football team"},
    "plymouthherald-a38-st-budeaux-crash-live-blog": {"One eyewitness"},
    # a court cut at "Magistrate" (a title word) before its judge; an officer named by an
    # acronym's office ("GOC of the Home Front Command"); a legal-aid group and its
    # attorney named with no cue the rules read ("Honenu Attorney Chai Haber")
    "honenu-yitzhar-minor-house-arrest-ruling": {
        "Petah Tikva Magistrate Court",
        "GOC of the Home Front Command",
        "Honenu",
        "Chai Haber",
    },
    # a police unit whose head word is "Unit" (no head word: units of measure)
    "israelnationalnews-jaffa-street-stabbing-indictment": {"Jerusalem District Central Unit"},
    # a hospital (a place where someone died, "Hospital" ends the names of things)
    "norwicheveningnews-citroen-parade-tom-evans-funeral": {
        "Norfolk and Norwich University Hospital",
    },
    # a company with "St." and a possessive ("St. James's Place plc"); a first name that is
    # a verb ("bested Will Messer"); a body named only in its members' plural title
    # ("Leon County Commissioners"); a residence's name ("Fairfield Manor West") and a
    # conference's long name; "U.S" without its last stop; a company named with "!" and
    # the research firm named only in the byline's chrome
    "stockopedia-st-jamess-place-half-year-report-2024": {"St. James's Place plc"},
    "tallahassee-leon-county-new-commissioners-sworn-in": {"Leon County Commission", "Will Messer"},
    "thewhig-2018-year-in-review-september": {
        "Fairfield Manor West",
        "Great Lakes St. Lawrence Governors and Premiers",
    },
    "wour-oneida-county-fentanyl-overdose-warning": {"U.S Drug Enforcement Administration"},
    "zacks-yahoo-q1-earnings-beat-shares-fall": {"Yahoo! Inc.", "Zacks"},
    # batch 42 (dev, session 33): companies named with "Limited" and "The" (no head word the
    # rules read), a described group ("Israeli occupation forces"), rugby players named
    # once with no cue, a city's police in lower case, agents named by an acronym's plural
    # ("Zimbabwe CIOs") and a man named once after "identified as" in a long apposition
    "businesstimes-stocks-to-watch-dbs-singpost": {
        "TT International Limited",
        "The Ascott Limited",
    },
    "menafn-kuna-kuwait-fm-palestinian-cause-priority": {"Israeli occupation forces"},
    "supersport-superwrap-newlands-knockout-lions-stormers": {"Malcom Marx", "Jaco Kriel"},
    "tuoitrenews-fake-policeman-nabbed-hcmc-2018": {"Ho Chi Minh City police", "three other men"},
    "zwnews-cio-arrest-fake-lockdown-statement": {"Zimbabwe CIOs", "Lovemore Zvekusekwa"},
    # batch 43 (dev, session 34): a body the gold writes with its acronym in brackets (found
    # as "Irish Farmers’ Association", alias "IFA": the eval's scorer matches it by its last
    # word, ``resolve`` does not); a centre ("Centre" ends the names of things); two banks
    # named once after "arranged by", no cue word; a ministry's acronym after its
    # minister's title and a lower-case group; a university by its one bare word; a police
    # force named only in an embedded post's signature (the post is chrome)
    "agriland-ifa-campaign-county-council-meetings": {"Irish Farmers’ Association (IFA)"},
    "gazetteandherald-john-brian-ovens-former-mayor-dies": {
        "Chippenham Museum and Heritage Centre",
    },
    "maritimeexecutive-diana-raises-genco-offer-star-bulk": {"DNB Carnegie", "Nordea"},
    "nbcnamibia-luvindao-cholera-cchf-measles": {"MoHSS", "health teams"},
    "tuftsdaily-part-time-faculty-renegotiate-contract": {"Tufts"},
    "wsmv-joelton-man-charged-nephew-shooting": {"Metro Nashville PD"},
    # batch 44 (dev, session 34, collected after the session's rules, not read for rules):
    # "Emergency services" opening a sentence (a common noun's phrase); a ministry named by
    # its province and "Justice" (read as a judge's title, as "Justice Canada" beside it);
    # a round-up's writer named in a closing "by Randy Snow", and a university after its
    # division's numeral ("Division III Johns Hopkins University")
    "greatesthitsradio-hull-ferensway-collision": {"Emergency services"},
    "reddeeradvocate-judge-raps-court-backlog": {"Alberta Justice"},
    "theworldoffootball-football-deaths-2019-margraff": {"Randy Snow", "Johns Hopkins University"},
    # batch 45 (dev, session 35): a health system's brand with no head word ("Johns Hopkins
    # Medicine") and its hospitals ("Hospital" ends the names of places as "Centre" does);
    # an obituary's employer written with commas ("Crown, Cork, and Seal"), church and
    # funeral home (places), a daughter named once by her first name; studios named only
    # as owners of a film's quoted title ("DreamWorks Animation’s “Kung Fu Panda 3”"); a
    # company as a modifier ("The AstraZeneca vaccine")
    "hopkinsmedicine-2016-year-in-review": {
        "Johns Hopkins Medicine",
        "The Johns Hopkins Hospital",
        "Sibley Memorial Hospital",
        "Johns Hopkins All Children’s Hospital",
    },
    "legacy-arthur-legates-obituary": {
        "Julia",
        "Crown, Cork, and Seal",
        "Army Reserves",
        "Trinity Methodist Church",
        "Holloway Funeral Home",
    },
    "variety-box-office-kung-fu-panda-hail-caesar": {
        "DreamWorks Animation",
        "Oriental DreamWorks",
        "Universal",
    },
    "wcax-vermont-vaccine-rollout-federal-supply": {"AstraZeneca"},
    # batch 46 (dev, session 35, collected after the session's rules, not read for rules):
    # courts, churches and schools named once as places ("Court", "Church", "School" end
    # the names of places); a city's commission written with its owner's possessive, a
    # county's in lower case, a foundation and a firm named once with no cue word; "The
    # prosecution" (a common noun's phrase); a gang's name with a digit ("MS-13"); two
    # chambers coordinated ("Senate and Assembly")
    "devonlive-live-blog-m5-dawlish-church-trial": {
        "Newton Abbot Magistrates’ Court",
        "Dawlish Baptist Church",
    },
    "ilkestonadvertiser-dorothy-haywood-teacher-dies": {
        "Chaucer Infant and Nursery School",
        "St Andrews Methodist Church",
    },
    "kbllradio-helena-tax-abatement-kids-count": {
        "Helena's City Commission",
        "Pioneer Aerostructures",
        "Lewis and Clark County commission",
        "Annie E. Casey Foundation",
    },
    "politicususa-chutkan-mazzocco-harsher-sentence": {"The prosecution"},
    "vcstar-oxnard-police-ms13-operation-matador": {"MS-13"},
    "wiba-evers-responds-lame-duck-session": {"Senate and Assembly"},
    # batch 47 (dev, session 35, outlets outside the US; read, no rule kept): an obituary's
    # employer and carers named once with no cue word, a body the gold writes with its
    # acronym in brackets, a person named once in a list of mourners; a party by its plural
    # ("the Conservatives"); a company the gold writes with its acronym and its divisions
    "carlownationalist-gerry-nash-irish-sugar-obituary": {
        "Irish Sugar",
        "May Brennan",
        "Carlow/Kilkenny Homecare Team",
        "Irish Cancer Society (ICS)",
    },
    "romfordrecorder-tributes-former-councillor-paul-rochford": {"Conservatives"},
    "techcentral-bcx-modest-growth-interim-2013": {
        "Business Connexion (BCX)",
        "UCS division",
        "Canoa division",
    },
}


def test_actor_recall_on_the_gold_articles() -> None:
    """Each gold actor resolves to a found one; the FILE caption naming one is cleaned away."""
    total = found = 0
    for folder in GOLD:
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["actors"]
        actors = find_actors(article(folder / "article.txt"))
        hits = sum(resolve(name, actors) is not None for name in gold)
        missed = [n for n in gold if not resolve(n, actors)]
        described = [n for n in missed if not n[:1].isupper()]  # found, they count
        described += [n for n in missed if n in KNOWN_MISSES.get(folder.name, ())]
        held = len(gold) - len(described)
        assert hits >= PER_ARTICLE * held - 1e-9, (folder.name, missed)
        total, found = total + len(gold), found + hits
    assert found / total >= TOTAL_RECALL, found / total


# --- issue 9: names the rules got wrong outside the gold set -------------------------------


def test_a_capital_as_a_speech_verbs_subject_is_no_person() -> None:
    found = actors_of("Berlin confirmed on Monday that the talks would go ahead in Geneva.")
    assert named(found, "Berlin").type == "other"
    assert not [a for a in found if a.type == "person"]


def test_organisation_name_with_and_is_kept_whole() -> None:
    found = actors_of("Derbyshire Fire and Rescue Service said crews were called at 2am.")
    assert named(found, "Derbyshire Fire and Rescue Service").type == "organization"
    assert "Rescue Service" not in [a.name for a in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ch Insp David Howieson said officers were called to the flat at 2am.",
        "Det Sgt David Howieson said officers were called to the flat at 2am.",
    ],
)
def test_abbreviated_police_ranks_are_titles(sentence: str) -> None:
    found = actors_of(sentence)
    assert [a.name for a in found if a.type == "person"] == ["David Howieson"]


def test_councillor_with_a_comma_is_a_title() -> None:
    found = actors_of("Councillor, Gary Hynds told the LDRS the plan would go back to committee.")
    assert named(found, "Gary Hynds").type == "person"


def test_a_name_with_a_middle_initial_is_a_person() -> None:
    # DOJ release (dev): no title, no first name the rules know.
    found = actors_of("Tonie D. Jones was a Special Agent with the FBI's San Antonio office.")
    assert named(found, "Tonie D. Jones").type == "person"


def test_city_clerk_is_a_title() -> None:
    # mlive (dev).
    found = actors_of(
        "The city leaders were also set to consider a proposal from City Clerk Janet Santos "
        "to change City Council elections to even-numbered years."
    )
    assert named(found, "Janet Santos").title == "City Clerk"


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        # FBI (dev): a role before the name.
        (
            "The wife was charged in the death of American citizen Kayla Jean Mueller.",
            "Kayla Jean Mueller",
            "person",
        ),
        # mlive (dev) and SEC (dev): a head word ends the organisation's name.
        (
            "More than 20,000 homes are without power, according to Consumers Energy.",
            "Consumers Energy",
            "organization",
        ),
        (
            "The investigation was conducted by the Division of Enforcement in Chicago.",
            "Division of Enforcement",
            "organization",
        ),
    ],
)
def test_more_cues_from_the_dev_split(sentence: str, name: str, kind: str) -> None:
    assert named(actors_of(sentence), name).type == kind


def test_companies_and_agencies_named_bare() -> None:
    # The issue's bare company names, and Xinhua (dev: "Xu told Xinhua").
    found = actors_of(
        "Shares of Apple, Amazon and Tesla fell, while Goldman Sachs rose. Whole Foods was "
        "flat, Xu told Xinhua."
    )
    names = {a.name for a in found if a.type == "organization"}
    assert {"Apple", "Amazon", "Tesla", "Goldman Sachs", "Whole Foods", "Xinhua"} <= names


# --- rules2: bodies fused by "and", a parent's "of the", company suffixes, bare names ----


def test_two_bodies_joined_by_and_and_a_titled_person_inside_stay_apart() -> None:
    found = actors_of(
        "The case was investigated by Assistant Attorney General Michael Chertoff of the Criminal "
        "Division and Department of Justice Inspector General Glenn A. Fine, officials said."
    )
    names = {a.name for a in found}
    assert {"Criminal Division", "Department of Justice", "Glenn A. Fine"} <= names
    assert not [n for n in names if "Glenn" in n and n != "Glenn A. Fine"]


def test_a_body_named_after_of_the_is_an_actor_too() -> None:
    found = actors_of(
        "Jones, an agent with the San Antonio Field Office of the Federal Bureau of "
        "Investigation, pleaded guilty on Tuesday."
    )
    assert named(found, "Federal Bureau of Investigation").type == "organization"


def test_a_company_is_also_named_without_its_suffix() -> None:
    found = actors_of(
        "Entities affiliated with CMB Export LLC offered securities. The order also found "
        "that CMB Export paid compensation."
    )
    assert "CMB Export" in named(found, "CMB Export LLC").aliases


def test_a_player_position_and_a_subject_name_are_cues() -> None:
    found = actors_of(
        "Senior forward Tyson Degenhart played 41 minutes. O’Mar Stanley recorded a "
        "double-double with 13 points and 11 rebounds."
    )
    people = {a.name for a in found if a.type == "person"}
    assert {"Tyson Degenhart", "O’Mar Stanley"} <= people


def test_a_recurring_bare_name_is_found_and_a_lowercase_word_is_not() -> None:
    found = actors_of(
        "90+3 min The corner is cleared. Webster volleys over from 25 yards. "
        "90+2 min The free-kick is headed back across the area by Webster. "
        "Boost was low. The boost never came."
    )
    assert named(found, "Webster").type == "other"
    assert "Boost" not in {a.name for a in found}


def test_a_name_after_by_or_with_is_a_cue() -> None:
    found = actors_of("The cross was headed over by Owen Otasowie, who had replaced Fabio Silva.")
    assert named(found, "Owen Otasowie").type == "person"
    assert not actors_of("The plan was backed by Most Members of the public.")


# --- issue 9, rules3: a name known by where it stands, not by a cue word -------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Capitalised inside a sentence, as a verb's subject (Guardian live blog, dev).
        ("Lundby sails to the 110-metre mark. Althaus must settle for silver, while Takanashi "
         "picks up bronze.", "Takanashi", "other"),
        # ... and at a sentence's start, before a verb that is no copula.
        ("Althaus must settle for silver.", "Althaus", "other"),
        ("Or rather the last header. Traore went on one last run.", "Traore", "other"),
        # Before a possessive, and before ", who".
        ("The 23-year-old wins Norway’s second gold and ends Instagram’s streak.", "Instagram",
         "other"),
        ("A change for Wolves. Owen Otasowie replaced Fabio Silva, who worked hard.", "Fabio Silva",
         "person"),
        ("A corner was missed by all but McGuinness who pounced at the back.", "McGuinness",
         "other"),
        # A full name whose surname (or, family name first, first name) stands alone later.
        ("Xi Jinping met Narendra Modi in Kazan. Modi later said the talks were useful.",
         "Narendra Modi", "person"),
        # A role and a comma before the name.
        ("In 1953, General Electric's chairman, Ralph Cordiner, set up a department.",
         "Ralph Cordiner", "person"),
        # A name that always ends in "'s" (SI, dev).
        ("Boise State knocked off Saint Mary’s in overtime, 67-65. Two wins with Saint Mary’s "
         "(and Clemson) help.", "Saint Mary’s", "organization"),
        # A team named for its place (SI, dev; Guardian, dev).
        ("Boise State wraps up play on Tuesday after losing to Washington State.",
         "Washington State", "organization"),
        ("It came after Manchester City’s 1967-68 title win.", "Manchester City", "organization"),
        # An opponent.
        ("Boise State hosts a game against Texas Southern (2-8).", "Texas Southern", "other"),
        # A place's police or government, in lowercase (InvestigateWest, Xinhua: dev).
        ("Moyer asked for the records of a slew of Spokane police officers.", "Spokane police",
         "organization"),
        ("Hao Peng is vice chairman of the Tibet regional government.",
         "Tibet regional government", "organization"),
        # Qualified plural roles as a speech verb's subject.
        ("City records officers say requests have grown.", "City records officers", "group"),
        ("King County officials say the change saves money.", "King County officials", "group"),
        # A bare word listed with a found team.
        ("Brighton and Wolves, who struggled for goals, drew 3-3. Brighton were 1-0 up and "
         "Brighton keep it alive.", "Wolves", "other"),
    ],
)  # fmt: skip
def test_a_name_known_by_where_it_stands(text: str, name: str, kind: str) -> None:
    assert named(actors_of(text), name).type == kind


def test_a_family_name_written_first_is_a_mention_of_the_full_name() -> None:
    found = actors_of(
        "Xu Bo, head of the Civil Aviation Administration's Tibet Branch, said the airport "
        "would cost more. Construction would be finished in two years, Xu told Xinhua."
    )
    assert "Xu" in named(found, "Xu Bo").aliases
    assert "Xu" not in {a.name for a in found}


@pytest.mark.parametrize(
    ("text", "not_actors"),
    [
        # Nouns English writes bare at a sentence's start, plurals and abstract nouns.
        ("Rain fell overnight. Water poured into the basement. Time ran out for rescuers. "
         "Speed was crucial. Inflation reached 4 percent. Prices rose.",
         {"Rain", "Water", "Time", "Speed", "Inflation", "Prices"}),
        # Events and illnesses, and a plural noun before a plural noun.
        ("Prices rose after Brexit took effect, and Covid spread quickly. His research focused "
         "on Lie groups and topology.", {"Brexit", "Covid", "Lie"}),
        # A place listed with its country; a dateline's city in capitals; a number word.
        ("XIGAZE, Tibet, April 29 (Xinhua) -- The logo is seen on its headquarters in Zurich, "
         "Switzerland. Three added minutes.", {"XIGAZE", "Zurich", "Three"}),
        # Degrees and a company suffix are no bodies.
        ("He earned a BA and an MA at Wesleyan, and an MS from CMB Export LLC's school.",
         {"BA", "MA", "MS", "LLC"}),
        # Plural roles that do not speak, and people nouns named once or twice, are no actor.
        ("The officers arrived at noon. Residents fled. The driver was unhurt.",
         {"officers", "Residents", "driver"}),
    ],
)  # fmt: skip
def test_no_name_where_a_common_word_stands(text: str, not_actors: set[str]) -> None:
    assert not {a.name for a in actors_of(text)} & not_actors


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A transcript's titled speaker label (briefings, interviews).
        ("SECRETARY CARTER: Well, thank you for having me.\nQ: What about the budget?\n"
         "SECRETARY CARTER: We asked for more.", "Carter", "person"),
        # A company by its legal suffix after a comma; the exchange ticker is no actor.
        ("Tilray Brands, Inc. (NASDAQ: TLRY) announced the deal on Monday.",
         "Tilray Brands, Inc.", "organization"),
        # An institution named for its building, speaking.
        ("The National Hurricane Center said the storm would strengthen.",
         "National Hurricane Center", "organization"),
        # Local titles.
        ("Supervisor Bruce Gibson voted against the order.", "Bruce Gibson", "person"),
        ("Sheriff Bill Waybourn said deputies arrived at 3 a.m.", "Bill Waybourn", "person"),
        # Two unknown words inside a sentence, before a verb.
        ("Labour leader Ardern said Winston Peters would be her deputy.", "Winston Peters",
         "person"),
        # A place's government after "The".
        ("The Rakhine State government sent aid to the township.", "Rakhine State government",
         "organization"),
    ],
)  # fmt: skip
def test_transcripts_companies_institutions_and_local_titles(
    text: str, name: str, kind: str
) -> None:
    found = actors_of(text)
    assert named(found, name).type == kind
    assert not {"NASDAQ", "TLRY", "CARTER", "Q"} & {a.name for a in found}


def test_a_titled_surname_does_not_hide_the_full_name() -> None:
    found = actors_of(
        "“We have to act,” said Nicola Sturgeon, the First Minister. Ms Sturgeon added that "
        "the funds were ready."
    )
    assert "Ms Sturgeon" in named(found, "Nicola Sturgeon").aliases


def test_groups_that_speak_and_an_unnamed_person_the_story_follows() -> None:
    found = actors_of(
        "Police said the fire began at dawn. Forecasters warned of more rain, according to "
        "local authorities. Two officials said the road was closed. The gunman fled on foot. "
        "Witnesses said the gunman wore black, and police later found the gunman’s car."
    )
    kinds = {a.name: a.type for a in found}
    groups = ("Police", "Forecasters", "local authorities", "officials")
    assert all(kinds.get(k) == "group" for k in groups), kinds
    assert kinds.get("gunman") == "other" and kinds.get("Witnesses") == "group"


def test_repeated_speaker_labels_storms_and_a_companys_first_word() -> None:
    interview = actors_of(
        "Ash Carter: Well, thank you for having me.\n\nGraham Allison: What about the budget?"
        "\n\nAsh Carter: We asked for more.\n\nGraham Allison: Thank you.\n\nNote: edited."
    )
    assert {a.name for a in interview} == {"Ash Carter", "Graham Allison"}
    weather = actors_of(
        "Hurricane Irma hit Florida on Sunday. Tropical Storm Jose weakened as it moved north. "
        "Irma later weakened."
    )
    assert named(weather, "Hurricane Irma").type == "other"
    assert {a.name for a in weather} >= {"Tropical Storm Jose"} and "Irma" not in {
        a.name for a in weather
    }
    deal = actors_of(
        "Tilray Brands, Inc. agreed to buy HEXO Corp. on Monday. Tilray said the deal would "
        "close in June."
    )
    assert "Tilray" in named(deal, "Tilray Brands, Inc.").aliases


def test_a_plural_role_that_acts_twice_is_a_group_with_its_qualifier() -> None:
    found = actors_of(
        "Gunmen attacked a convoy on Sunday and killed six aid workers. The aid workers were "
        "driving to a camp when the gunmen opened fire. Local residents fled."
    )
    names = {a.name: a.type for a in found}
    assert names.get("Gunmen") == "group" and names.get("aid workers") == "group"
    assert "residents" not in {n.casefold() for n in names}  # once, acting: not yet a group
    county = actors_of("King County officials say the change saves money. The officials said more.")
    assert [a.name for a in county] == ["King County officials"]


def test_the_object_of_told_or_met_is_an_actor_and_a_head_word_does_not_split_a_body() -> None:
    found = actors_of(
        "The minister told Xinhua the road was open. He later met Modi and thanked Olena "
        "Zelenska for her help. The filings went to the Securities and Exchange Commission."
    )
    names = {a.name for a in found}
    assert {"Xinhua", "Modi", "Olena Zelenska", "Securities and Exchange Commission"} <= names
    assert "Exchange Commission" not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # startribune-mountain-iron-buhl-zubich-semifinal (dev): a score's owner and the team
        # beaten by a score are teams, each named once
        ("Sitting at the microphone in the news conference following Mountain Iron-Buhl\u2019s "
         "26-20 loss Thursday to Hills-Beaver Creek, the coach was asked about the game.",
         "Mountain Iron-Buhl"),
        ("The Bulldogs defeated Marshall 28-7 in the Class 4A semifinals there Thursday.",
         "Marshall"),
    ],
)  # fmt: skip
def test_a_team_named_once_beside_a_score(text: str, name: str) -> None:
    assert named(actors_of(text), name).type in ("organization", "other")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # caribbeannationalweekly-old-harbour-shooting (dev): a role between commas before a
        # speech verb; the body after the role's "at"
        ("In response to the incident, Danah Cameron, public relations, and marketing manager "
         "at Jamaica Broilers, said the company is saddened by the fatal shooting.",
         "Danah Cameron", "person"),
        ("In response to the incident, Danah Cameron, public relations, and marketing manager "
         "at Jamaica Broilers, said the company is saddened by the fatal shooting.",
         "Jamaica Broilers", "organization"),
        # koreatimes-rail-strike-warning, hkfp-legco-storming-arrests (dev): a romanised given
        # name's lower-case second syllable
        ("Speaking at a meeting in Seoul, Labor Minister Kim Moon-soo urged unionized workers to "
         "retract their walkout plan.", "Kim Moon-soo", "person"),
        ("Activist Ventus Lau and Ma Kai-chung, a reporter for Passion Times, were arrested on "
         "Monday. Ma held a press pass.", "Ma Kai-chung", "person"),
        # koreatimes (dev): a confederation of unions is a body; "The government" acting
        ("The Korean Confederation of Trade Unions, a militant umbrella union that represents "
         "them, vowed to fight on.", "Korean Confederation of Trade Unions", "organization"),
        ("The government warned of stern action on Thursday as rail workers plan a strike.",
         "government", "group"),
        # laohu8-salesforce-forecast-shares-drop (dev): a brand with a capital inside, as a source
        ("Amy Weaver said in a Tuesday conference call,MarketWatch reported.", "MarketWatch",
         "organization"),
        ("Analysts surveyed by FactSet had predicted 82 cents a share.", "FactSet",
         "organization"),
        # adomonline-black-stars-squad-car (dev): a broadcaster told, after "<Place>-based"
        ("\u201cI am expecting the squad any moment soon,\u201d he told Kumasi-based Akoma FM.",
         "Akoma FM", "organization"),
        # financialpost-apple-misses-expectations-2011 (dev): "Ltd." ends the company's name
        ("Earlier Tuesday, Research In Motion Ltd. unveiled its new BBX software platform.",
         "Research In Motion Ltd.", "organization"),
    ],
)  # fmt: skip
def test_names_from_new_dev_articles(text: str, name: str, kind: str) -> None:
    assert named(actors_of(text), name).type == kind


@pytest.mark.parametrize(
    "text",
    [
        "The Obama-era rule was struck down by the court on Monday.",
        "A Moscow-based firm said it had won the contract.",
    ],
)
def test_a_hyphenated_modifier_is_no_given_name(text: str) -> None:
    assert not [a for a in actors_of(text) if "-" in a.name]


LEAD = "Officials met in Geneva on Tuesday to discuss the plan, which has divided the region.\n\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # written for the purpose: common shapes of names with no title or role
        ("Xi Jinping met Joe Biden in San Francisco on Wednesday.", "Xi Jinping"),
        ("Xi Jinping met Joe Biden in San Francisco on Wednesday.", "Joe Biden"),
        ("Microsoft agreed to buy Activision Blizzard for $69 billion.", "Activision Blizzard"),
        ("The Federal Reserve held interest rates steady.", "Federal Reserve"),
        ("Pfizer and BioNTech said the vaccine was 95% effective.", "BioNTech"),
        ("Lionel Messi scored twice as Inter Miami won 3-1.", "Inter Miami"),
    ],
)
def test_names_in_short_sentences_brands_buyers_and_winners(text: str, name: str) -> None:
    assert name in {a.name for a in actors_of(LEAD + text)}


def test_a_place_opening_a_sentence_is_no_person() -> None:
    found = actors_of(LEAD + "Wall Street rose on Friday after the jobs report.")
    assert "Wall Street" not in {a.name for a in found if a.type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # rappler-pimentel-ressa-arrest (dev): a nickname in quotation marks, a suffix
        ("MANILA \u2013 Senator Aquilino \"Koko\" Pimentel III on Saturday said the arrest "
         "should not be politicized.", "Aquilino Pimentel III", "person"),  # nickname an alias
        ("The case was filed against her and former researcher Reynaldo Santos Jr. in 2019.",
         "Reynaldo Santos Jr.", "person"),
        # ruck-sam-cane-back-injury (dev): a glottal stop inside a Pacific name
        ("Coach Ian Foster said Tupou Vaa\u2019i would start and Dalton Papali\u2019i was on the "
         "bench.", "Dalton Papali\u2019i", "person"),
        # journalstar-illinois-beats-nebraska-sound-waves (dev): a position before a name
        ("LB Jake Hansen: \"On both sides of the ball I think this was our best game.\"",
         "Jake Hansen", "person"),
        # newson6-american-airlines-tulsa-layoffs (dev): a union local with its number
        ("Dale Danker, the president of The Transport Workers Union Local 514, says the company "
         "is sending notices.", "Transport Workers Union Local 514", "organization"),
        # bangordailynews-old-town-manager-search (dev): letters and a number before a role
        ("\u201cWe were hoping to waive the fees,\u201d said Dave Walker, RSU 34 superintendent.",
         "RSU 34", "organization"),
        # wbrc-saban-iron-bowl-quotes (dev): a state before its coach is the team
        ("Alabama head coach Nick Saban talked to the media on Saturday after the game.",
         "Alabama", "organization"),
    ],
)  # fmt: skip
def test_nicknames_suffixes_glottal_stops_positions_and_teams(
    text: str, name: str, kind: str
) -> None:
    found = actors_of(LEAD + text)
    assert named(found, name).type == kind, [(a.name, a.type) for a in found]


@pytest.mark.parametrize(
    "text",
    [
        "Smith\u2019s team won the game on Saturday.",
        "Jones\u2019ll be fine, the coach said on Saturday.",
    ],
)
def test_a_possessive_or_contraction_is_no_glottal_stop(text: str) -> None:
    assert not [a for a in actors_of(LEAD + text) if "\u2019" in a.name]


def test_a_dateline_city_with_its_date_is_no_actor() -> None:
    """Reuters writes the day in its dateline ("SEOUL, Oct 21 (Reuters) -"): the city is
    where the story was filed, not an organisation."""
    names = [a.name for a in actors_of(
        "SEOUL, Oct 21 (Reuters) - Japan and South Korea agreed on Monday to restart "
        "security talks, officials said.\n\nForeign Minister Takeshi Iwaya spoke first."
    )]  # fmt: skip
    assert "SEOUL" not in names and "Takeshi Iwaya" in names and "Japan" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chief Executive Daniel Okafor said on a call that sales fell.", "Daniel Okafor"),
        ("City Manager Tom Whitfield said the fees would rise.", "Tom Whitfield"),
        ("General Manager Joe Smith quit on Friday.", "Joe Smith"),
    ],
)
def test_a_two_word_title_is_not_part_of_the_name(text: str, name: str) -> None:
    """Seen on stories written for the purpose: "Chief Executive X" gave "Executive X"."""
    names = [a.name for a in actors_of("Officials met in Geneva on Tuesday.\n\n" + text)]
    assert name in names and not any(n.startswith(("Executive", "Manager")) for n in names)


def test_a_body_with_a_title_word_in_its_name_stays_a_body() -> None:
    names = [a.name for a in actors_of("The National Executive Committee met on Friday.")]
    assert "National Executive Committee" in names


def test_a_scale_word_is_no_qualifier_of_a_group() -> None:
    """ "missing the $5.3 billion analysts had expected" (an earnings story written for the
    purpose) gave the group "billion analysts"."""
    names = [a.name for a in actors_of(
        "Revenue slipped to $5.1 billion, missing the $5.3 billion analysts had expected.\n\n"
        "The chief executive spoke on a call with analysts. Analysts cut their targets."
    )]  # fmt: skip
    assert not any("billion" in n for n in names)


@pytest.mark.parametrize(
    "text",
    ["He spent the money on gambling trips to Las Vegas.", "He flew to Buenos Aires last week."],
)
def test_a_city_of_two_words_is_no_person(text: str) -> None:
    """Each word of "Las Vegas" is no place on its own, the two are (a court story written
    for the purpose had the person "Las Vegas")."""
    assert actors_of("Officials met in Geneva on Tuesday.\n\n" + text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The European Commission on Thursday fined Meta Platforms for tying its ads.",
            "Meta Platforms",
        ),
        ("A court ordered Nippon Steel to compensate wartime laborers.", "Nippon Steel"),
        ("She was elected to the Vermont Senate in 1974 and served six terms.", "Vermont Senate"),
    ],
)
def test_a_company_or_chamber_named_by_its_last_word_is_no_person(text: str, name: str) -> None:
    """Stories written for the purpose typed "Meta Platforms" and "Vermont Senate" people."""
    found = {a.name: a.type for a in actors_of("Officials met in Geneva on Tuesday.\n\n" + text)}
    assert found.get(name) == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "Okafor, who joined on loan from Harbour United last month, scored twice.",
        "Kingsbridge Town took the lead after 23 minutes.",
    ],
)
def test_a_club_named_with_a_team_word_is_no_person(text: str) -> None:
    """A match report written for the purpose typed two clubs as people."""
    found = actors_of("Officials met in Geneva on Tuesday.\n\n" + text)
    assert [a.type for a in found if a.name.endswith(("United", "Town"))] == ["organization"]


# --- gold batch e (dev): lists after plural titles, bodies, and no-actors -----------------


def test_people_listed_after_plural_titles_in_a_line_with_no_prose() -> None:
    """Colorado (dev): a bill's title, then its sponsors after plural titles; the title's
    capitalised words are no actor."""
    text = (
        "Governor Polis Signs Bills into Law\n\n"
        "DENVER — Today, Governor Jared Polis signed legislation into law.\n\n"
        "Governor Polis signed the following bills into law:\n\n"
        "  • SB23-188 Protections for Accessing Reproductive Health Care - Representatives "
        "Meg Froelich, Brianna Titone, Senators Julie Gonzales, Sonya Jaquez Lewis\n\n"
        "  • SB23-189 Increasing Access to Reproductive Health Care - Representatives Dafna "
        "Michaelson Jenet, Lorena Garcia, Senators Dominick Moreno, Lisa Cutter"
    )
    names = {a.name for a in actors_of(text)}
    assert {"Meg Froelich", "Brianna Titone", "Julie Gonzales", "Sonya Jaquez Lewis"} <= names
    assert "Lisa Cutter" in names
    # no bill title, and the title-case headline's words after "Polis" are no name
    assert not names & {"Reproductive Health Care", "Polis Signs Bills", "Polis Signs"}
    assert "Jared Polis" in names
    # guard: a title-case line of prose words and no plural title names no one new
    assert actors_of("Officials met on Tuesday.\n\nTop Stories Today And Tomorrow") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("This is the most significant action by the Trump administration against Russia.",
         "Trump administration"),  # Atlantic Council
        ("He was afraid, according to a sentencing memo filed by the U.S. Attorney’s Office.",
         "U.S. Attorney’s Office"),  # WSFA
        ("Deputies from the Maricopa County Sheriff's Office arrived at 9 p.m.",
         "Maricopa County Sheriff's Office"),
        ("The St. Louis County Police Department says an arrest has been made.",
         "St. Louis County Police Department"),  # WUNC (dev)
        ("Downtown was the only place to locate their Union Colony Dinner Theater, which "
         "opened for audiences on July 16.", "Union Colony Dinner Theater"),  # Greeley Tribune
    ],
)  # fmt: skip
def test_bodies_named_with_a_possessive_a_venue_or_an_administration(text: str, name: str) -> None:
    found = {a.name: a.type for a in actors_of("Officials met in Geneva on Tuesday.\n\n" + text)}
    assert found.get(name) == "organization", found


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        ("Sgt. J.C. Holt, with the West Jordan Police Department, said the crash involved a "
         "passenger car and a small SUV.", {"Jordan", "SUV"}, "West Jordan Police Department"),
        ("The governor of New Mexico said on Monday that it would act.", {"Mexico"}, None),
        ("Jordan and Egypt signed the deal on Monday.", set(), "Jordan"),  # guard
        ("The US administration said it would act.", {"US administration"}, "United States"),
        ("Trump’s Office said nothing.", {"Trump’s Office"}, None),  # guard: no title word
    ],
)  # fmt: skip
def test_a_country_inside_a_place_name_and_a_vehicle_are_no_actor(
    text: str, absent: set[str], kept: str | None
) -> None:
    names = {a.name for a in actors_of("Officials met in Geneva on Tuesday.\n\n" + text)}
    assert not names & absent, names
    assert kept is None or kept in names, names


def test_a_partys_members_in_a_chamber_are_one_group() -> None:
    """The Hill (dev): "Top Senate Republicans said Tuesday ..."."""
    text = (
        "Officials met in Geneva on Tuesday.\n\n"
        "Top Senate Republicans said Tuesday that they want to pass legislation."
    )
    found = {a.name: a.type for a in actors_of(text)}
    assert found.get("Senate Republicans") == "group"
    # guard: the party alone, and a party after a word that is no chamber
    found = {
        a.name
        for a in actors_of("Officials met.\n\nMany Republicans said on Monday they would vote.")
    }
    assert "Many Republicans" not in found and "Republicans" in found


def test_a_preposition_before_a_plural_role_is_no_qualifier() -> None:
    """CNBC (dev): "the consensus estimate among analysts polled by FactSet" names
    "analysts", not "among analysts"."""
    text = (
        "Officials met in Geneva on Tuesday.\n\n"
        "The rate was 132%, below the 138% consensus estimate among analysts polled by "
        "FactSet. Analysts polled by Refinitiv had expected 7 cents."
    )
    names = {a.name for a in actors_of(text)}
    assert "among analysts" not in names and "analysts" in names


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("The arrest of Rappler CEO and executive editor Maria Ressa should not be politicized. "
         "It stemmed from an article published on Rappler.", "Rappler"),  # Rappler (dev)
        ("Apple CEO Tim Cook said on Monday sales rose. Apple shares fell.", "Apple"),
        # guards: an adjective before the title, named once, is no company
        ("Its new Acting CEO said sales rose.", None),
        ("The CEO said sales rose. Former CEO John Smith left.", None),
    ],
)  # fmt: skip
def test_the_word_before_a_company_officers_title_is_the_company(
    text: str, company: str | None
) -> None:
    found = {a.name: a.type for a in actors_of("Officials met on Tuesday.\n\n" + text)}
    orgs = {n for n, kind in found.items() if kind == "organization"}
    assert orgs == ({company} if company else set()), found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Governor Polis thanked Colorado’s legislature for sending these bills to his desk. "
         "Colorado is the first state to do so.", "Colorado’s legislature"),  # Colorado (dev)
        ("Russia’s foreign ministry said on Monday it would respond. Russia denied it.",
         "Russia’s foreign ministry"),
        # guard: a possessive named once is not read
        ("Smith’s government fell on Monday.", None),
    ],
)  # fmt: skip
def test_a_places_own_body_named_by_its_possessive(text: str, body: str | None) -> None:
    found = {a.name: a.type for a in actors_of("Officials met on Tuesday.\n\n" + text)}
    bodies = {n for n, kind in found.items() if "’s" in n}
    assert bodies == ({body} if body else set()), found
    assert body is None or found[body] == "organization"


@pytest.mark.parametrize(
    ("text", "junk", "kept"),
    [
        # gold batch 14, dev: British papers set a lead's first word in capitals
        ("NEWSPAPER group Johnston Press, publisher of The Scotsman, has reported its first "
         "rise in profits. Chief executive Ashley Highfield said the group made progress.",
         "NEWSPAPER", "Ashley Highfield"),  # scotsman-johnston-press-first-half-profit
        ("ONE recurring theme of the tributes paid to Ann Maguire has been her passion for "
         "life.", "ONE", "Ann Maguire"),  # yorkshirepost-ann-maguire-funeral
        # guards: acronyms opening a sentence stay bodies
        ("NASA said on Tuesday the launch was delayed. FIFA has fined the club.", "", "NASA"),
        ("WHO officials said the outbreak was over. US forces left.", "", "WHO"),
    ],
)  # fmt: skip
def test_a_word_set_in_capitals_to_open_a_lead_is_no_name(text: str, junk: str, kept: str) -> None:
    names = {a.name for a in actors_of("Headline of the test page\n\n" + text)}
    assert any(n.startswith(kept) for n in names) and (not junk or junk not in names), names


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # scotsman-johnston-press-first-half-profit (dev, batch 14): named once, by its kind
        ("NEWSPAPER group Johnston Press, publisher of The Scotsman, has reported its first "
         "rise in profits.", "Johnston Press"),
        ("Mining giant Rio Tinto, which owns the mine, has reported a loss.", "Rio Tinto"),
        ("Shares of the drugmaker Moderna fell after the trial was paused.", "Moderna"),
    ],
)  # fmt: skip
def test_a_body_introduced_by_its_kind(text: str, body: str) -> None:
    assert body in {a.name for a in actors_of(text)}


def test_a_person_after_a_kind_of_body_is_no_body() -> None:
    found = {a.name: a.type for a in actors_of("The firm Chairman John Smith declined.")}
    assert "Chairman John Smith" not in found


def test_a_coach_labelling_a_transcript_is_the_speaker() -> None:
    # und-usc-carroll-postgame-interview (dev, batch 14): an ASAP-style transcript
    text = "COACH PETE CARROLL: We gave you something to hang around for. A good win for us."
    assert {a.name for a in actors_of(text)} >= {"Pete Carroll"}
