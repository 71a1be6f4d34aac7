"""Second round of tuning cases (written, with ``speakers_heldout2``, after round one's fixes
and before round two's)."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    # a speaker named once, then several quote paragraphs with other people in prose between
    (
        "Headteacher Joanna Blake said the inspection had been unfair.\n\n"
        '"They spent two hours in the school," she said.\n\n'
        "Ofsted rated the school inadequate in March.\n\n"
        '"Two hours is not enough to judge a community of 900 children."',
        "Two hours is not enough",
        "Joanna Blake",
    ),
    (
        "Tenant Marcus Hill has complained about damp for two years.\n\n"
        "The landlord, Greystone Properties, did not respond to requests for comment.\n\n"
        '"My son has asthma and the mould makes it worse," he said.',
        "My son has asthma",
        "Marcus Hill",
    ),
    (
        "Climate envoy Sofia Reyes arrived in Baku on Monday.\n\n"
        "She met ministers from twelve countries.\n\n"
        '"The gap between promises and action is still huge," she told journalists.',
        "The gap between promises",
        "Sofia Reyes",
    ),
    (
        "Mr Osborne, who has run the garage since 1990, said sales had collapsed.\n\n"
        '"I have never known a year like it," he said.\n\nKeith Osborne is 67.',
        "I have never known a year",
        "Osborne",
    ),
    # transcript with names as labels
    (
        "The exchange was broadcast live.\n\n"
        "Harris: Will you rule out raising taxes?\n\n"
        "Whitmore: I will not make promises I cannot keep.\n\n"
        "Alice Harris hosts the programme; Daniel Whitmore leads the party.",
        "I will not make promises",
        "Whitmore",
    ),
    (
        "Interviewer: What was the hardest moment?\n\n"
        "Maya Lind: Losing my father during the first season, without a doubt.",
        "Losing my father",
        "Maya Lind",
    ),
    # said: then a quote paragraph with a title in between
    (
        "The chief constable, Andrew Price, said:\n\n"
        '"Officers acted quickly and with great courage."',
        "Officers acted quickly",
        "Andrew Price",
    ),
    (
        "A spokesman for Harbour Council said:\n\n"
        '"We are aware of the issue and engineers are on site."',
        "We are aware of the issue",
        "Harbour Council",
    ),
    # a quote that opens a paragraph and the attribution comes mid-sentence later
    (
        '"We tried everything," said Gemma Clarke, whose daughter was refused a place, '
        '"but nobody would listen to us."',
        "but nobody would listen",
        "Gemma Clarke",
    ),
    (
        '"If you build it," the developer Ian Rowe argued, "people will come."',
        "people will come",
        "Ian Rowe",
    ),
    # speaker after the quote with the name far along the sentence
    (
        '"This is a dark day for the town," said the leader of the local Green Party '
        "group, Councillor Hannah Wells.",
        "This is a dark day",
        "Hannah Wells",
    ),
    (
        '"We are devastated," said the club\'s owner and long-time president, Luis Moreno.',
        "We are devastated",
        "Luis Moreno",
    ),
    # titles bound to people earlier
    (
        "Sir Keith Arnold, the chairman of Westbury Rovers, apologised to fans.\n\n"
        "The club was relegated on Saturday.\n\n"
        '"We let everyone down this season," the chairman said.',
        "We let everyone down",
        "Keith Arnold",
    ),
    (
        "Prosecutor Nadia Volkova told the court the defendant had lied repeatedly.\n\n"
        "The defendant, Oleg Sorokin, denies fraud.\n\n"
        '"The evidence is overwhelming," the prosecutor said.',
        "The evidence is overwhelming",
        "Nadia Volkova",
    ),
    (
        "The report was written by Professor Alan Birch of Durham University.\n\n"
        '"We found clear evidence of harm," the professor said.',
        "We found clear evidence",
        "Alan Birch",
    ),
    # organisations
    (
        "Meridian Telecom said the outage was caused by a software update.\n\n"
        '"We apologise to all customers affected," the company said.',
        "We apologise to all customers",
        "Meridian Telecom",
    ),
    (
        "The Foreign Office is advising against all travel to the region.\n\n"
        '"The situation is volatile and could deteriorate quickly," it said.',
        "The situation is volatile",
        "Foreign Office",
    ),
    (
        'In its quarterly report, Tansy Foods warned of "significant headwinds" in Europe.',
        "significant headwinds",
        "Tansy Foods",
    ),
    # according to, told outlets
    (
        '"We are not selling," according to a person familiar with the matter.',
        "We are not selling",
        None,
    ),
    (
        "Striker Ella Moss spoke to the BBC after the final.\n\n"
        '"It has not sunk in yet," she said.',
        "It has not sunk in yet",
        "Ella Moss",
    ),
    (
        '"It was chaos," Ravi Kumar, who was on the train, told Sky News.',
        "It was chaos",
        "Ravi Kumar",
    ),
    # social media
    (
        'Mayor Doug Parr tweeted: "Roads are closed, please stay at home."',
        "Roads are closed",
        "Doug Parr",
    ),
    (
        'On Instagram, model Lena Fischer wrote: "I am taking a break from everything."',
        "I am taking a break",
        "Lena Fischer",
    ),
    # partial quotes
    (
        'Defence secretary Ian Kent said the strike was "proportionate" and "lawful".',
        "lawful",
        "Ian Kent",
    ),
    (
        'Analysts at Kerr & Co described the results as "solid but unspectacular".',
        "solid but unspectacular",
        "Kerr & Co",
    ),
    # alternating speakers
    (
        "Councillors Ruth Gale and Simon Frost clashed over the plan.\n\n"
        '"It will ruin the high street," Gale said.\n\n'
        '"It will save the high street," Frost replied.',
        "It will save the high street",
        "Simon Frost",
    ),
    (
        '"Yes," said Ortega. "No," said Lind. "Maybe," said Ortega again.',
        "Maybe",
        "Ortega",
    ),
    # guards
    (
        'The band\'s hit "Summer Rain" reached number three in 1994.',
        "Summer Rain",
        None,
    ),
    (
        'The term "quiet quitting" went viral on TikTok last year.',
        "quiet quitting",
        None,
    ),
    (
        'Locals call the roundabout "the magic circle" because nobody understands it.',
        "the magic circle",
        None,
    ),
    (
        'Ex-soldier Mick "Tank" Doherty ran the marathon in full kit.',
        "Tank",
        None,
    ),
]
