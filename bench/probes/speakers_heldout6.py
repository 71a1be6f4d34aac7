"""Sixth round of held-out cases (written with ``speakers_cases6``; only scored)."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    (
        "Fire chief Owen Grady didn't mince words: "
        '"This fire was set deliberately, of that I am sure."',
        "This fire was set",
        "Owen Grady",
    ),
    (
        '"We had no warning at all, the water just came." Those were the words of shopkeeper '
        "Nadia Karim, whose store was flooded.",
        "We had no warning",
        "Nadia Karim",
    ),
    (
        "A spokeswoman for Delta Air Lines said:\n\n"
        '"Safety is our top priority and the aircraft was inspected overnight."',
        "Safety is our top priority",
        "Delta Air Lines",
    ),
    (
        "Professor Ian Holt, an expert on volcanoes, called the eruption "
        '"a once in a generation event for the island".',
        "a once in a generation",
        "Ian Holt",
    ),
    (
        'Singer Amy Blue posted on Instagram: "Thank you for all the love, I will be back soon."',
        "Thank you for all the love",
        "Amy Blue",
    ),
    (
        "Union boss Gary Lane said workers were angry. The company's owner, Victor Hale, had "
        "ignored them for months, he said.\n\n"
        '"They deserve better than this," he added.',
        "They deserve better",
        "Gary Lane",
    ),
    (
        '"Not today, and probably not next year either." - Boxer Leon Marks, '
        "asked about retirement.",
        "Not today, and probably",
        "Leon Marks",
    ),
    (
        "Fans streamed out of the stadium.\n\n"
        '"Unbelievable, just unbelievable, I have never seen anything like it," said a fan '
        "outside the ground.",
        "Unbelievable, just",
        "fan",  # round 12: a speaker described is the description (was None)
    ),
    (
        "Among the volunteers was Rita Gomez, 67.\n\n"
        '"I come every Saturday because somebody has to," she said.',
        "I come every Saturday",
        "Rita Gomez",
    ),
    (
        'The mayor\'s chief of staff, Helen Cho, said: "The mayor was not aware of the payments."',
        "The mayor was not aware",
        "Helen Cho",
    ),
    (
        "Addressing parliament on Wednesday, Prime Minister Dan Koh said the country "
        '"stands ready to help its neighbours in any way it can".',
        "stands ready to help",
        "Dan Koh",
    ),
    (
        '"It is a great honour for the whole town," says Paul Vance, the club\'s president.',
        "It is a great honour",
        "Paul Vance",
    ),
    (
        "In her judgment, Lady Justice Ann Moor wrote that the policy was "
        '"plainly unlawful and must be withdrawn".',
        "plainly unlawful",
        "Ann Moor",
    ),
    (
        'Striker Leo Vaz described the goal as "the best of my career, without any doubt".',
        "the best of my career",
        "Leo Vaz",
    ),
    (
        "Hospital director Kate Lyle's verdict was short: "
        '"We are overwhelmed and we need help now."',
        "We are overwhelmed",
        "Kate Lyle",
    ),
    (
        "Councillor Tim Bray proposed the motion. Councillor Jo Pike opposed it.\n\n"
        '"It will cost far too much," Pike said.\n\n'
        "Bray disagreed.\n\n"
        '"The cost of doing nothing is much higher."',
        "The cost of doing nothing",
        "Tim Bray",
    ),
    (
        "Emma Ross has worked at the hospital since 2009.\n\n"
        "Ross, a nurse, remembered the night. "
        '"There were patients lying in every corridor."',
        "There were patients lying",
        "Emma Ross",
    ),
    (
        "The company's lawyer, Peter Quill, said in a filing that the claims were "
        '"without merit and will be fought vigorously".',
        "without merit",
        "Peter Quill",
    ),
    (
        'Asked if he would run again, Senator Bill Ames smiled: "Ask me again next year, please."',
        "Ask me again next year",
        "Bill Ames",
    ),
    (
        "According to witnesses, the gunman shouted "
        '"nobody move or you will regret it" before opening fire.',
        "nobody move",
        None,
    ),
]
