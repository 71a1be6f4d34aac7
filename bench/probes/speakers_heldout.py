"""Held-out cases of the speakers probe: written with the tuning cases, only run for totals."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    (
        "Lorraine Baptiste runs the food bank at St Mary's church.\n\n"
        "Volunteers including retired teacher Frank Oduya sort donations every Saturday.\n\n"
        '"Demand has tripled since the summer," she said.',
        "Demand has tripled",
        "Lorraine Baptiste",
    ),
    (
        "Inspector Raj Malhotra led the search of the woods.\n\n"
        "The missing girl's aunt, Kerry Dean, joined volunteers at dawn. She brought flasks "
        "of tea.\n\n"
        '"Every hour matters in a case like this," he said.',
        "Every hour matters",
        "Raj Malhotra",
    ),
    (
        "Governor Teresa Alvarez signed the order on Friday.\n\n"
        "State senators Bill Crane and Jorge Medina opposed it.\n\n"
        '"We will not wait for Washington to act," she said.',
        "We will not wait",
        "Teresa Alvarez",
    ),
    (
        '"The hospital was overwhelmed," said paramedic Owen Pryce. "We were treating '
        "people in the car park.\n\n"
        '"I have never seen anything like it in twenty years."',
        "I have never seen anything like it",
        "Owen Pryce",
    ),
    (
        "Festival director Simone Achebe said:\n\n"
        '"This year we sold out in four hours, a record for us."',
        "This year we sold out",
        "Simone Achebe",
    ),
    (
        '"Nobody listened until it was too late," said Harold Finch, who ran the village '
        "shop for forty years before it closed last winter.",
        "Nobody listened",
        "Harold Finch",
    ),
    (
        '"The ward was freezing," Megan Lewis, 42, a carer from Swansea, told the inquiry.',
        "The ward was freezing",
        "Megan Lewis",
    ),
    (
        "The head teacher, Imran Siddiqui, wrote to parents on Monday.\n\n"
        "The school will stay closed until the boiler is fixed.\n\n"
        '"I apologise for the disruption," the head teacher said.',
        "I apologise for the disruption",
        "Imran Siddiqui",
    ),
    (
        "Isabel Fontaine, a spokeswoman for the prefecture, confirmed the evacuation.\n\n"
        '"About 2,000 people have been moved," the spokeswoman said.',
        "About 2,000 people",
        "Isabel Fontaine",
    ),
    (
        'The Department for Education said in a statement that it was "reviewing the '
        'guidance urgently".',
        "reviewing the guidance",
        "Department for Education",
    ),
    (
        '"Safety is our first concern," a spokesperson for Brightwater Rail said.',
        "Safety is our first concern",
        "Brightwater Rail",
    ),
    (
        "Our reporter spoke to climate scientist Henrik Dahl.\n\n"
        "Q: How bad was this summer?\n\n"
        "A: It was the hottest on record for most of northern Europe.",
        "It was the hottest",
        "Henrik Dahl",
    ),
    (
        'Union boss Karen Fleet dismissed the offer as "an insult to every nurse in the country".',
        "an insult to every nurse",
        "Karen Fleet",
    ),
    (
        'According to the World Health Organization, "cases have risen in 14 of the '
        "region's 20 countries\".",
        "cases have risen",
        "World Health Organization",
    ),
    (
        '"It was terrifying," Leo Marsh told reporters at the scene.',
        "It was terrifying",
        "Leo Marsh",
    ),
    (
        '"Huge thanks to the fans who travelled," midfielder Jamal Reid wrote on X after '
        "the match.",
        "Huge thanks to the fans",
        "Jamal Reid",
    ),
    (
        "'It is the end of an era,' said Bernard Quayle, the pub's landlord since 1987.",
        "It is the end of an era",
        "Bernard Quayle",
    ),
    (
        "Campaigner Zoe Hart said the council's response was 'pathetic'.",
        "pathetic",
        "Zoe Hart",
    ),
    (
        "\"My grandmother used to say 'the sea gives and the sea takes',\" fisherman "
        "Calum MacLeod said.",
        "My grandmother used to say",
        "Calum MacLeod",
    ),
    (
        "'No one is safe': residents fear more landslides\n\n"
        "Heavy rain is forecast for the hills above the town again this week.",
        "No one is safe",
        None,
    ),
    (
        '"Prices must come down," said Anna Weiss of the consumers\' group. "They will '
        'not," countered supermarket executive Paul Dreyer.',
        "They will",
        "Paul Dreyer",
    ),
    (
        'The album "Blue Harbour" went to number one in six countries.',
        "Blue Harbour",
        None,
    ),
    (
        'Gangster Tommy "The Fox" Rinaldi died in prison in 2011.',
        "The Fox",
        None,
    ),
    (
        "Police identified the driver as Simon Webb, 45.\n\n"
        "His wife, Clare Webb, said he had been driving for 30 years.\n\n"
        '"He was always so careful," she said.',
        "He was always so careful",
        "Clare Webb",
    ),
    (
        "Veteran defender Pablo Ortiz signed a new contract on Tuesday.\n\n"
        '"I want to finish my career here," the 34-year-old said.',
        "I want to finish my career",
        "Pablo Ortiz",
    ),
    (
        "Regulator chief Diane Holm faced MPs on Tuesday.\n\n"
        '"We got this wrong," the chief executive said. "And we will put it right."',
        "And we will put it right",
        "Diane Holm",
    ),
    (
        "Brigadier Lars Eklund briefed journalists in Riga.\n\n"
        '"The exercise went to plan," he said, "with no injuries."',
        "with no injuries",
        "Lars Eklund",
    ),
    (
        'Visitors said the queue was "unbelievable".\n\n'
        "One visitor, who gave her name only as Sue, waited four hours.",
        "unbelievable",
        "Visitors",  # round 12: a speaker described is the description (was None)
    ),
    (
        "Emily Sato chairs the residents' association.\n\n"
        '"We were never consulted," Sato said. "Not once."',
        "Not once",
        "Emily Sato",
    ),
    (
        "Theo Blackwood said the band would tour again next year.\n\n"
        "His bandmate Ruby Lane was less sure.\n\n"
        '"We will see how we feel in the spring," she said.',
        "We will see how we feel",
        "Ruby Lane",
    ),
    (
        'Orion Mining said in its annual report that the mine was "nearing the end of its '
        'productive life".',
        "nearing the end",
        "Orion Mining",
    ),
    (
        "Pastor Samuel Adeyemi spoke to the congregation.\n\n"
        '"We forgive, but we do not forget," he said.',
        "We forgive",
        "Samuel Adeyemi",
    ),
    (
        'Officers found what they described as a "cannabis factory" in the loft.',
        "cannabis factory",
        None,
    ),
    (
        'Trade secretary Julia Brennan told the BBC: "There will be no deal at any price."',
        "There will be no deal",
        "Julia Brennan",
    ),
    (
        "Ellen Park and her husband, Joon Park, have run the restaurant since 1998.\n\n"
        "Critic Adam Frost gave it five stars last year.\n\n"
        '"We just cook what our mothers cooked," they said.',
        "We just cook",
        "Park",
    ),
]
