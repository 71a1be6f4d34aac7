"""Wire shapes: names, attributions, dates and bare actors as world and sports news write them.

    python -m bench.probes.wire_shapes_probe          # prints the wrong cases and the counts

Written in one sitting on 2026-12-02 from general knowledge (no gold article read), then
read while writing rules: all four lists are *tuning* cases, none held out. Each rule
written after them has a test in ``tests/test_quote_shapes.py`` or
``tests/test_actor_shapes.py``. Counts at that session's start (main 072dc30) and end are
in bench/probes/README.md.
"""

# ruff: noqa: E501  (the cases are whole sentences, one per line)
from __future__ import annotations

import re
from datetime import date

from summarizer import summarize
from summarizer._eval import _same
from summarizer._extract.actors import find_actors
from summarizer._extract.dates import find_time_expressions
from summarizer._text.segment import segment

LEAD = "The council met on Tuesday to discuss the budget, which has divided the city.\n\n"

# A name said four ways: inverted "said", "said:", '"...," X said', "told reporters", "In a
# statement, X said", and as an actor criticising the plan (no quotation).
NAMES = """Ursula von der Leyen|Charles de Gaulle|Recep Tayyip Erdoğan|Mohammed bin Salman|
Abdel Fattah el-Sisi|Nguyễn Phú Trọng|Björn Höcke|Pedro Sánchez|Luiz Inácio Lula da Silva|
Andrés Manuel López Obrador|Kim Jong Un|Volodymyr Zelenskyy|Bola Tinubu|Alexandria Ocasio-Cortez|
Beto O'Rourke|Sandra Day O'Connor|Robert F. Kennedy Jr.|George W. Bush|Michael J. Fox|
Sen. Elizabeth Warren|Gov. Gavin Newsom|Maj. Gen. Pat Ryder|Det. Sgt. Mark Hughes|Sir Keir Starmer|
Lord Cameron|Sheikh Mohammed bin Rashid|Pope Francis|King Charles|Ayatollah Ali Khamenei|
Rev. Al Sharpton|Prof. Chris Whitty|Lt. Col. Sarah Mills|Chief Constable Andy Marsh|Cllr Jane Doyle|
Mayor Karen Bass|Justice Sonia Sotomayor|Judge Juan Merchan|Coach Dabo Swinney|Ms Sturgeon|Mrs May|
Ken Griffey Jr.|Martin Luther King III|Giorgia Meloni|Olaf Scholz|Ahmed Al Jaber|Ali al-Sistani|
Ngozi Okonjo-Iweala|Tedros Adhanom Ghebreyesus|Lee Jae-myung|Yoon Suk Yeol|Xi Jinping|Javier Milei|
Claudia Sheinbaum|Mark Carney|Seán Ó Fearghaíl|Jean-Luc Moreau|Mary O'Neill|D'Andre Swift|JJ Watt|
A.J. Brown|Mike McDaniel|LeBron James|De'Aaron Fox|DeMarcus Ware|Ronald de Boer|Ana María López|
Zoë Whitfield|Kwame Mensah-Bonsu|Tran Van Minh|Siobhan MacNeill|Rui Costa|Li Wei|Oluwaseun Adebayo|
Bo Nix|Ja Morant|T.J. Watt|Kenny Dalglish|Jo Konta|Ed Davey|Al Gore|Max Verstappen|Will Smith|
Faith Winter|Hope Hicks|Grace Park|Summer Lee|Rich Paul|Chase Young|Frank Lampard|Gene Sperling"""
SHAPES = (
    '"We have to move quickly," said {n}. "There is no time."',
    '{n} said: "We have to move quickly and there is no time."',
    '"We have to move quickly," {n} said.',
    '"We have to move quickly," {n} told reporters on Monday.',
    'In a statement, {n} said the plan "will not work" and must change.',
    '{n} criticised the plan on Monday, calling it "a disaster".',
)
_TITLE = re.compile(
    r"^(?:(?:Sen|Gov|Maj|Gen|Det|Sgt|Rev|Prof|Lt|Col)\. |Sir |Lord |Sheikh |Pope |King "
    r"|Ayatollah |Chief Constable |Cllr |Mayor |Justice |Judge |Coach |Ms |Mrs )+"
)

# (text after LEAD, the quotation's first words, its speaker)
SPEAKERS = [
    ('"We have to move quickly," said Mark Ellison, a spokesman for the mayor.', "We have", "Mark Ellison"),
    ('"We have to move quickly," Mark Ellison, a spokesman for the mayor, said in an email.', "We have", "Mark Ellison"),
    ('Mark Ellison, who chairs the finance committee, said the plan "will not survive the summer."', "will not", "Mark Ellison"),
    ('"We have to move quickly," Ellison wrote on X, formerly Twitter.', "We have", "Ellison"),
    ('Council member Dana Price disagreed. "This budget fails the people who need it most," she said.', "This budget", "Dana Price"),
    ("Dana Price, the council's longest-serving member, was blunt: \"This budget fails the people who need it most.\"", "This budget", "Dana Price"),
    ('"This budget fails the people who need it most," according to Dana Price.', "This budget", "Dana Price"),
    ('Asked whether she would vote for it, Dana Price said: "Not a chance."', "Not a chance", "Dana Price"),
    ('"Not a chance," was the reply from Dana Price.', "Not a chance", "Dana Price"),
    ('Dana Price told The Chronicle: "Not a chance."', "Not a chance", "Dana Price"),
    ("In a statement, the mayor's office said: \"The budget is balanced and fair.\"", "The budget", "mayor's office"),
    ('"The budget is balanced and fair," the mayor\'s office said in a statement.', "The budget", "mayor's office"),
    ('Mayor Lisa Grant defended the plan.\n\n"The budget is balanced and fair," Grant said. "We made hard choices."', "We made", "Lisa Grant"),
    ('Mayor Lisa Grant defended the plan.\n\n"The budget is balanced and fair. We made hard choices and we stand by them."\n\nGrant said the city would review it in June.', "The budget", "Lisa Grant"),
    ('"The budget is balanced and fair," said Grant, 54, who took office in 2021.', "The budget", "Grant"),
    ('Lisa Grant, the mayor, said that the budget was "balanced and fair."', "balanced and", "Lisa Grant"),
    ('"It is a disgrace," fumed opposition leader Tom Hale.', "It is a", "Tom Hale"),
    ('"It is a disgrace," Hale, a Republican, told reporters after the vote.', "It is a", "Hale"),
    ('Tom Hale (R-Fresno) called the plan "a disgrace."', "a disgrace", "Tom Hale"),
    ('"It is a disgrace," tweeted Tom Hale.', "It is a", "Tom Hale"),
    ('"It is a disgrace," Tom Hale posted on Facebook.', "It is a", "Tom Hale"),
    ('"It is a disgrace" — Tom Hale, opposition leader', "It is a", "Tom Hale"),
    ('Tom Hale: "It is a disgrace and we will fight it."', "It is a", "Tom Hale"),
    ('"I think it\'s a disgrace," said Hale\'s deputy, Amy Stone.', "I think", "Amy Stone"),
    ('"We will appeal," the union\'s president, Ray Cole, said.', "We will", "Ray Cole"),
    ('"We will appeal," said Ray Cole, president of the Teachers Union.', "We will", "Ray Cole"),
    ('"We will appeal," Cole added.', "We will", "Cole"),
    ('Ray Cole, president of the Teachers Union, said in a phone interview that "we will appeal."', "we will", "Ray Cole"),
]  # fmt: skip

PUBLISHED = date(2024, 3, 7)  # a Thursday
# (sentence, the expression's words, its ISO date or None)
DATES = [
    ("The vote is scheduled for next Tuesday.", "next Tuesday", "2024-03-12"),
    ("The hearing was adjourned until March 21.", "March 21", "2024-03-21"),
    ("Police said the attack happened late Tuesday night.", "Tuesday", "2024-03-05"),
    ("The company will report earnings on Feb. 28.", "Feb. 28", "2025-02-28"),
    ("He was arrested Monday and charged Wednesday.", "Wednesday", "2024-03-06"),
    ("The match kicks off at 3pm on Saturday.", "Saturday", "2024-03-09"),
    ("The law takes effect on July 1.", "July 1", "2024-07-01"),
    ("Sales rose 5% in the fourth quarter of 2023.", "fourth quarter of 2023", "2023"),
    ("The strike began on Monday and could last until the weekend.", "Monday", "2024-03-04"),
    ("The funeral will be held Friday at 11 a.m.", "Friday", "2024-03-08"),
    ("Officials met earlier this week.", "earlier this week", "2024-03"),
    ("The rocket launched in the early hours of Wednesday.", "Wednesday", "2024-03-06"),
    ("The two leaders last met in November.", "November", "2023-11"),
    ("The trial is set to begin in September.", "September", "2024-09"),
    ("On March 3, 2020, the first case was confirmed.", "March 3, 2020", "2020-03-03"),
    ("The ceasefire expires at midnight on Sunday.", "Sunday", "2024-03-10"),
    ("Results are expected by mid-April.", "mid-April", "2024-04"),
    ("The bill passed the Senate 52-48 on Tuesday.", "Tuesday", "2024-03-05"),
    ("Voters head to the polls on Nov. 5.", "Nov. 5", "2024-11-05"),
    ("Last Thursday, the board approved the plan.", "Last Thursday", "2024-02-29"),
    ("The museum reopens this Saturday after repairs.", "this Saturday", "2024-03-09"),
    ("He died on Wednesday at the age of 87.", "Wednesday", "2024-03-06"),
    ("A decision is due within two weeks.", "within two weeks", None),
    ("The deal, announced in January, closed on March 1.", "March 1", "2024-03-01"),
    ("The festival runs from Friday through Sunday.", "Friday", "2024-03-08"),
]

MARKETS = "Markets were volatile on Tuesday as investors weighed the news.\n\n"
# (sentence, the actors it names with no cue word)
BARE = [
    ("Shares of Nvidia jumped 8% after the chipmaker beat forecasts.", ["Nvidia"]),
    ("Microsoft agreed to buy Activision Blizzard for $69 billion.", ["Microsoft", "Activision Blizzard"]),
    ("The deal was blocked by the Competition and Markets Authority.", ["Competition and Markets Authority"]),
    ("Hamas and Israel agreed to a truce brokered by Qatar and Egypt.", ["Hamas", "Israel", "Qatar", "Egypt"]),
    ("Elon Musk's SpaceX launched 22 Starlink satellites.", ["Elon Musk", "SpaceX"]),
    ("The lawsuit, filed by the Justice Department, accuses Google of monopolising search.", ["Justice Department", "Google"]),
    ("Real Madrid beat Barcelona 3-1 at the Bernabeu.", ["Real Madrid", "Barcelona"]),
    ("Amazon, Walmart and Target all cut prices ahead of the holidays.", ["Amazon", "Walmart", "Target"]),
    ("Taylor Swift's Eras Tour grossed more than $1 billion.", ["Taylor Swift"]),
    ("Greenpeace activists blocked the entrance to the refinery.", ["Greenpeace"]),
    ("Boeing shares fell after the FAA grounded the 737 Max 9.", ["Boeing", "FAA"]),
    ("Zelensky met Biden at the White House.", ["Zelensky", "Biden"]),
    ("Modi's party lost its majority in the election.", ["Modi"]),
    ("The strike was called by the RMT union.", ["RMT"]),
    ("Pfizer and BioNTech will supply 100 million more doses to the European Union.", ["Pfizer", "BioNTech", "European Union"]),
    ("The proposal was backed by Goldman Sachs and JPMorgan Chase.", ["Goldman Sachs", "JPMorgan Chase"]),
    ("Xi Jinping and Vladimir Putin signed a joint statement.", ["Xi Jinping", "Vladimir Putin"]),
    ("Toyota recalled 1 million vehicles over a faulty sensor.", ["Toyota"]),
    ("OpenAI released a new model, which rivals Anthropic and Mistral quickly matched.", ["OpenAI", "Anthropic", "Mistral"]),
    ("Tesla missed delivery targets, sending its shares down 6%.", ["Tesla"]),
]  # fmt: skip


def _speakers_at(text: str, start: str) -> list[str | None]:
    d = summarize(text, backend="none", cache=False, published="2024-03-05")
    at = d.source.text.find(start)
    return [c.speaker for c in d.claims if any(e.start <= at < e.end for e in c.evidence)]


def names() -> tuple[int, int]:
    wrong, cases = 0, 0
    for n in (x.strip() for x in NAMES.replace("\n", "").split("|")):
        want = _TITLE.sub("", n)
        for i, shape in enumerate(SHAPES):
            cases += 1
            text = LEAD + shape.format(n=n)
            if i < len(SHAPES) - 1:
                got = _speakers_at(text, "We have" if i < 4 else "will not")
            else:
                got = [a.name for a in find_actors(segment(text))]
            if not any(g and _same(g, want) for g in got):
                wrong += 1
                print(f"WRONG name, shape {i}: {n!r} -> {got}")
    return wrong, cases


def speakers() -> tuple[int, int]:
    wrong = 0
    for body, start, want in SPEAKERS:
        got = _speakers_at(LEAD + body, start)
        if not any(g and _same(g, want) for g in got):
            wrong += 1
            print(f"WRONG speaker: {body[:70]!r} want {want!r} got {got}")
    return wrong, len(SPEAKERS)


def dates() -> tuple[int, int]:
    wrong = 0
    for text, key, want in DATES:
        got = [(e.text, e.date) for e in find_time_expressions(text, PUBLISHED)]
        hit = [d for t, d in got if key.lower() in t.lower() or t.lower() in key.lower()]
        if want is not None and want not in hit:
            wrong += 1
            print(f"WRONG date: {text!r} want {want} got {got}")
    return wrong, len(DATES)


def bare() -> tuple[int, int]:
    wrong, cases = 0, 0
    for text, want in BARE:
        found = [a.name for a in find_actors(segment(MARKETS + text))]
        for w in want:
            cases += 1
            if not any(_same(f, w) for f in found):
                wrong += 1
                print(f"MISS actor {w!r}: {text[:60]!r} -> {found}")
    return wrong, cases


def main() -> None:
    runs = (("names", names), ("speakers", speakers), ("dates", dates), ("bare actors", bare))
    for label, run in runs:
        wrong, cases = run()
        print(f"{label}: {wrong} of {cases} wrong")


if __name__ == "__main__":
    main()
