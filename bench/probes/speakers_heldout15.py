"""Fifteenth round, held out (written in one sitting before any rule was changed after it):
quotations whose speaker is not named in the quote's own sentence, or is named in a shape
rules may miss. Six shapes, five cases each: (A) a quotation running on into paragraphs that
are nothing but quotation (newspaper style leaves the first paragraph's closing mark off),
one after another person was quoted; (B) "X said:" or "X told the BBC:" closing a paragraph,
the quotation in the next, X a person, an organisation or a described person; (C) a speaker
given only by a lowercase description ("a council spokeswoman", "one shopper"); (D) "she
said" after a paragraph whose subject is a newly introduced person, and two traps where the
new person is the object and the earlier speaker is meant; (E) a name said once beside the
quote in a shape that is easy to cut short (Vietnamese, Irish, hyphenated, initials, an age
and a hometown); (F) a fragment quoted inside a reported sentence, one being another party's
words and one said by no one."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    (
        "Margaret Okonkwo, who has run the corner shop on Albert Road for 30 years, said the "
        'closure had come as a shock. "We had no warning at all. One day the letter arrived and '
        "that was that.\n\n\"I don't know what I will do now. This place has been my whole "
        'life."',
        "I don't know what",
        "Margaret Okonkwo",
    ),
    (
        "Detective Inspector Raj Malhotra said the victims had shown great courage. “They "
        "relived the worst days of their lives in that courtroom,” he said.\n\n“I want to thank "
        "every witness who came forward, often at great personal risk.”",
        "I want to thank every",
        "Raj Malhotra",
    ),
    (
        'Coach Dana van der Berg did not hide her anger after the 3-0 defeat. "We were second '
        'to every ball," she said. "That is not good enough at this level.\n\n"The players know '
        'it. I know it. We will go through the tape on Monday.\n\n"Nobody in that dressing room '
        'should feel safe right now."',
        "Nobody in that dressing",
        "Dana van der Berg",
    ),
    (
        'The mayor, Luis Ortega, said the new bridge would open in May. "This has been a long '
        'time coming," he said.\n\nBut Claire Dempsey, who lives beside the site, was less '
        'impressed. "We have put up with the noise and the dust for three years.\n\n"Nobody '
        'from the council has ever knocked on my door to ask how we are coping."',
        "Nobody from the council",
        "Claire Dempsey",
    ),
    (
        "Tributes have been paid to Ellie Sandford, 11, who died after being struck by a van "
        "outside her school.\n\nHeadteacher Fiona McAllister said: ‘Our thoughts are with "
        "Ellie’s family at this terribly sad time.\n\n‘She was a bright, kind girl who lit up "
        "every classroom she walked into.’",
        "She was a bright, kind",
        "Fiona McAllister",
    ),
    (
        "Trains between Reading and Swindon were cancelled for most of Tuesday after a signal "
        'failure near Didcot. A Network Rail spokesperson said:\n\n"Our engineers worked '
        'through the night to fix the fault and we apologise to passengers for the disruption."',
        "Our engineers worked through",
        "a Network Rail spokesperson",
    ),
    (
        "Priya Raman, 24, was found at her flat in Leicester on Saturday morning. A post-mortem "
        "examination is due to take place this week.\n\nIn a statement, her family "
        "said:\n\n“Priya was the heart of our family and we cannot imagine life without her.”",
        "Priya was the heart",
        "her family",
    ),
    (
        "West Midlands Police said 14 people had been arrested after the disorder in "
        "Wolverhampton city centre.\n\nChief Constable Olusegun Adeyemi told BBC Radio "
        'WM:\n\n"What we saw on Saturday night was not protest, it was thuggery, and those '
        'responsible will be brought before the courts."',
        "What we saw on Saturday",
        "Olusegun Adeyemi",
    ),
    (
        "Residents of Hawthorn Close have complained of rats, damp and broken lifts for more "
        'than a year. One resident, who asked not to be named, said:\n\n"My daughter has asthma '
        'and the mould in her bedroom comes back every week, however often I scrub it."',
        "My daughter has asthma",
        "one resident",
    ),
    (
        "Club chairman Henrik Sørensen faced questions from supporters at the annual meeting on "
        "Thursday. Asked whether manager Jonas Eriksson would still be in charge next season, "
        'he said:\n\n"I am not going to make decisions in the middle of a season. We will sit '
        'down together in May."',
        "I am not going to",
        "Henrik Sørensen",
    ),
    (
        "Campaigner Beth Harlow handed a petition with 4,000 signatures to Hillside council on "
        'Monday, calling for the branch library to stay open.\n\n"We simply cannot afford to '
        'keep every building open," a council spokeswoman said.',
        "We simply cannot afford",
        "a council spokeswoman",
    ),
    (
        "Prices at the Hove supermarket went up again this week.\n\n“It’s daylight robbery, and "
        "they know we’ve nowhere else to go,” said one shopper, a pensioner who has lived in "
        "the town all her life.",
        "It’s daylight robbery, and",
        "one shopper",
    ),
    (
        "Midfielder Tomás Ferreyra has not started a league game since October, and several "
        'clubs in Spain are said to be interested.\n\n"He wants to stay and fight for his '
        'place," a source close to the player said.',
        "He wants to stay",
        "a source close to the player",
    ),
    (
        "Jack Pemberton, 19, died in hospital two days after the crash on the A59 near "
        'Skipton.\n\n"Jack was a loving son and brother who would do anything for anyone," the '
        "family said in a statement.",
        "Jack was a loving son",
        "the family",
    ),
    (
        "BRUSSELS (Reuters) - Negotiators from both sides met for a fourth day on Wednesday. "
        '"The talks are at a very delicate stage," a senior EU official told Reuters, speaking '
        "on condition of anonymity because he was not authorised to speak to the media.",
        "The talks are at",
        "a senior EU official",
    ),
    (
        "The trust's chief executive, Paul Hendry, said the service had learned lessons. \"We "
        'have apologised to the family," he said.\n\nFatima Haddad, whose son waited nine hours '
        'for an ambulance, is not convinced.\n\n"Sorry doesn\'t give me back those hours," she '
        "said.",
        "Sorry doesn't give me",
        "Fatima Haddad",
    ),
    (
        "Council leader Tom Briggs said the road closure on Market Street was necessary. "
        '"Safety has to come first," he said.\n\nWojciech Nowak runs the bakery next door and '
        'has seen his takings halve since March.\n\n"Some days I sell twenty loaves," he said. '
        '"It is not enough to live on."',
        "Some days I sell",
        "Wojciech Nowak",
    ),
    (
        "A spokeswoman for the mine, Thandi Mokoena, said an investigation was under way. “Our "
        "priority is supporting the families,” she said.\n\nHis widow, Nomvula Dube, remembered "
        "the morning he left for his last shift.\n\n“He kissed the children and said he would "
        "be home for supper,” she said.",
        "He kissed the children",
        "Nomvula Dube",
    ),
    (
        "Sergeant Kate Ellison said officers had been called to the Red Lion just after 11pm. "
        '"It was a volatile situation," she said.\n\nOfficers arrested a 25-year-old woman, '
        'Jodie Carter, at the scene.\n\n"We would urge anyone who filmed the incident to '
        'contact us," she said.',
        "We would urge anyone",
        "Kate Ellison",
    ),
    (
        'Manager Steve Rutherford admitted his side had been second best for an hour. "We '
        "didn't turn up in the first half,\" he said.\n\nRutherford brought on substitute Kai "
        'Jensen with 20 minutes left.\n\n"I was proud of the way the lads kept going after the '
        'break," he said.',
        "I was proud of the",
        "Steve Rutherford",
    ),
    (
        'Floods have swept through the Mekong Delta for a second week.\n\n"The water came up so '
        'fast we had to climb onto the roof," said Nguyen Van Thanh, a rice farmer in An Giang '
        "province.",
        "The water came up",
        "Nguyen Van Thanh",
    ),
    (
        "Plans for 300 homes on the edge of Galway city were approved on Tuesday.\n\n“We were "
        "never once consulted,” said Aoife Ní Fhaoláin, who chairs the residents’ association.",
        "We were never once consulted",
        "Aoife Ní Fhaoláin",
    ),
    (
        'Taxi drivers blocked the Périphérique for a third day.\n\n"Paris has never seen '
        'anything like it," said Jean-Luc Dubois-Martin, 58, who has driven a cab in the city '
        "since 1991.",
        "Paris has never seen",
        "Jean-Luc Dubois-Martin",
    ),
    (
        'The Hawks blew a 14-point lead in the fourth quarter and lost 108-101.\n\n"We just '
        'didn\'t execute down the stretch," D.J. Okafor said after the game. "That\'s on us."',
        "We just didn't execute",
        "D.J. Okafor",
    ),
    (
        "A record crowd of 52,000 watched the cup tie at St James' Park.\n\n\"I've been coming "
        'here for fifty years and never seen an atmosphere like it," said Harold Fenwick, 67, '
        "of Gateshead.",
        "I've been coming here",
        "Harold Fenwick",
    ),
    (
        'Opposition leader Marta Kowalczyk described the pension reform as "a betrayal of every '
        'voter" and said her party would vote against it in parliament next week.',
        "a betrayal of every",
        "Marta Kowalczyk",
    ),
    (
        "Employment minister Sarah Laine rejected claims by the unions that the new contracts "
        'amounted to "a race to the bottom on pay", saying most workers would be better off.',
        "a race to the bottom",
        "the unions",
    ),
    (
        'WASHINGTON - Sen. Robert Castellanos called the spending bill "dead on arrival" in the '
        "Senate on Tuesday and said Republicans would offer their own version.",
        "dead on arrival",
        "Robert Castellanos",
    ),
    (
        'Head coach Erik ten Hoeve described the win as "the best we have played all season" '
        "but warned his players not to get carried away before Sunday's derby.",
        "the best we have played",
        "Erik ten Hoeve",
    ),
    (
        "The decision to demolish the 1930s cinema, which closed in 2011, has been described as "
        '"an act of cultural vandalism". Work is due to start in the spring.',
        "an act of cultural vandalism",
        None,
    ),
]
