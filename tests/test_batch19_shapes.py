"""Rules written in the session of gold batch 19 (issue 9), each from a dev article of that
batch, with guards.  The batch's test articles were scored only in aggregate."""

from __future__ import annotations

from datetime import date

from summarizer._extract.dates import find_time_expressions
from summarizer._text.cleaning import clean
from summarizer._text.segment import segment
from tests.test_actors import actors_of
from tests.test_quotes import quote, quotes_of

LEAD = "Officials met on Tuesday to discuss the plan, which has divided the region.\n\n"


def _dates(text: str, published: str) -> dict[str, str | None]:
    return {e.text: e.date for e in find_time_expressions(text, date.fromisoformat(published))}


def test_a_run_of_days_inside_one_month_is_the_month() -> None:
    # dev (Textile World, AsiaOne): "October 21-23, 2020" was the 21st, "May 16-27" lost its
    # end; the gold dates a run of days inside one month to the month (eval/gold/README)
    assert _dates("It was set for October 21-23, 2020 in Atlanta.", "2020-06-25") == {
        "October 21-23, 2020": "2020-10"
    }
    assert _dates("The festival runs from May 16-27 in Cannes.", "2023-04-13") == {
        "from May 16-27": "2023-05"
    }
    assert _dates("The summit runs 16–18 May 2023.", "2023-04-13") == {"16–18 May 2023": "2023-05"}
    # guards: a single day and an ISO date keep their day; a falling pair is no run of days
    assert _dates("It opens October 21, 2020.", "2020-06-25") == {"October 21, 2020": "2020-10-21"}
    assert _dates("Filed 2020-10-21 in court.", "2020-06-25") == {"2020-10-21": "2020-10-21"}
    assert "2023-05" not in _dates("The side won 3-1 May 5 at home.", "2023-04-13").values()


def test_months_joined_before_a_counted_year_take_it() -> None:
    # dev (Vancouver Sun): "from June to November last year" found "last year" alone
    text = "Police arrested the men during a sting from June to November last year."
    assert _dates(text, "2019-03-09") == {"from June": "2018-06", "November last year": "2018-11"}
    text = "It ran from November to February last year."
    assert _dates(text, "2019-03-09") == {
        "from November": "2017-11",
        "February last year": "2018-02",
    }
    # guards: "May" a name; months with no counted year keep their own reading
    assert _dates("He spoke to May last year about it.", "2019-03-09") == {"last year": "2018"}
    assert _dates("Sales rose in January and February.", "2019-03-09") == {
        "in January": "2019-01",
        "February": "2019-02",
    }


def test_a_hope_looks_forward_to_its_weekday() -> None:
    # dev (Stuff, a Sunday): "was hopeful of having services running by midday on Monday"
    text = "KiwiRail was hopeful of having services back up and running by midday on Monday."
    assert _dates(text, "2013-07-21") == {"on Monday": "2013-07-22"}
    # guards: a past hope for a day gone, and a past event
    text = "He had hoped for a win on Saturday, but the team lost."
    assert _dates(text, "2013-07-21") == {"on Saturday": "2013-07-20"}
    assert _dates("KiwiRail reopened the line on Monday.", "2013-07-21") == {
        "on Monday": "2013-07-15"
    }


def test_a_thai_name_and_its_given_name_alone() -> None:
    # dev (CSMonitor): "Chan-o-cha" stopped the name ("Prayut" alone), and "General Prayut"
    # stayed a second actor, so his quotations went to "Prayut"
    text = (
        "The suspect was arrested, Prime Minister Prayut Chan-o-cha announced Tuesday.\n\n"
        "General Prayut, the head of the military government, spoke to reporters.\n\n"
        '"We have to arrest them all," Prayut said.'
    )
    names = {a.name for a in actors_of(LEAD + text)}
    assert "Prayut Chan-o-cha" in names and "Prayut" not in names
    assert quote(quotes_of(LEAD + text), "We have to arrest").speaker == "Prayut Chan-o-cha"
    # guard: a courtesy title goes before a surname, never a given name alone
    text = (
        "Taylor Swift played the stadium on Friday.\n\n"
        '"The noise was unbearable," Mr Taylor, a neighbour, said.'
    )
    assert quote(quotes_of(LEAD + text), "The noise").speaker != "Taylor Swift"


def test_a_caption_that_says_where_its_people_stand_goes() -> None:
    # dev (CSMonitor): the photo's caption, under a credit cleaning had removed
    page = (
        "Bombing suspect arrested at border\n\n"
        "Authorities arrested a man on the border on Tuesday.\n\n"
        "Sakchai Lalit/AP\n"
        "Thai Prime Minister Prayuth Chan-ocha (c.) arrives at the government house in Bangkok, "
        "Thailand, on Tuesday. Thai authorities arrested a man they believe is part of a group.\n\n"
        "Thai security officials have arrested a foreign man believed to be a prime suspect."
    )
    text = clean(page).text
    assert "(c.) arrives" not in text and "Thai security officials" in text
    # guards: a party's letter, and a bracketed letter in prose
    page = (
        "Senate passes budget\n\n"
        "Sen. Ted Cruz (R) said the bill would pass on Tuesday, and it did.\n\n"
        "The vote was 51 to 49."
    )
    assert "Ted Cruz (R) said" in clean(page).text


def test_a_constables_rank_does_not_end_the_sentence() -> None:
    # dev (Vancouver Sun): "police spokesman, Const. Jason Doucette, said": the
    # period of "Const." split the sentence; then "police" (a body the article names) took
    # the quotation from the person the apposition names
    text = (
        "Nine months after Vancouver police launched a sting, investigators recommended "
        "charges against seven men.\n\n"
        "“The entire process can take time, but we need to be meticulous,” police spokesman, "
        "Const. Jason Doucette, said in an email."
    )
    assert quote(quotes_of(LEAD + text), "The entire process").speaker == "Jason Doucette"
    # guard: a body the apposition names still speaks when nobody else is named
    text = "“We regret the delay,” the company, Acme Freight Ltd., said in a statement."
    assert quote(quotes_of(LEAD + text), "We regret the delay").speaker == "Acme Freight Ltd."
    # guard: the sentence before the rank still ends at its period
    doc = segment("Officers arrived on Monday. Const. Ann Lee led them. They left.")
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [
        "Officers arrived on Monday.",
        "Const. Ann Lee led them.",
        "They left.",
    ]
