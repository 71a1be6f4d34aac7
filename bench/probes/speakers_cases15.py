"""Fifteenth round, tuning (written after speakers_heldout15.py, in the same sitting and
before either was scored): the same six shapes in other words and other names, five cases
each. (A) a quotation running on into paragraphs of nothing but quotation, one after another
person was quoted; (B) "X said:" closing a paragraph; (C) a lowercase description as the
only speaker; (D) "he said" after a newly introduced subject, two traps with the new person
as object; (E) a name said once beside the quote (Spanish particles, "bin", a double
surname, initials, an age and a US hometown); (F) a quoted fragment inside a reported
sentence, one another party's words and one said by no one."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    (
        "Graham Whitlock, chairman of the Moor Lane allotment society, said the vandalism had "
        'left members in tears. "Some of these people have tended their plots for '
        'decades.\n\n"To see it all trampled in one night is heartbreaking."',
        "To see it all trampled",
        "Graham Whitlock",
    ),
    (
        "Isabel de la Cruz, the city's housing commissioner, said the shelters were full. “We "
        "are turning families away every night,” she said.\n\n“That is not acceptable in one of "
        "the richest cities in the country.”",
        "That is not acceptable",
        "Isabel de la Cruz",
    ),
    (
        "Inspector Gareth Lloyd-Evans said the crash was the third on the same bend this year. "
        '"Drivers are simply going too fast," he said. "The limit is there for a reason.\n\n"We '
        'will be carrying out speed checks on the road throughout the summer.\n\n"If you are '
        'caught, you will be prosecuted."',
        "If you are caught",
        "Gareth Lloyd-Evans",
    ),
    (
        "Hospital director Dr Anil Mehta said the new wing would treat 20,000 patients a year. "
        '"It will transform care in this region," he said.\n\nNurse Rebecca O\'Donnell, who has '
        'worked at the hospital for 22 years, said staff were stretched. "We are glad of the '
        "building, but buildings don't look after patients.\n\n\"What we need is more people on "
        'the wards."',
        "What we need is more",
        "Rebecca O'Donnell",
    ),
    (
        "Thieves have stripped lead from the roof of St Mary’s Church in Ashby for the third "
        "time.\n\nThe vicar, the Rev Alison Pike, said: ‘We were devastated when we saw it had "
        "gone again.\n\n‘Every time it rains the water pours into the nave, and we simply "
        "cannot afford another repair.’",
        "Every time it rains",
        "Alison Pike",
    ),
    (
        "Passengers flying from Gatwick faced delays of up to four hours on Sunday after staff "
        'shortages in air traffic control. In a statement, easyJet said:\n\n"We are sorry for '
        "the inconvenience caused and are doing everything we can to minimise the impact on "
        'customers."',
        "We are sorry for the",
        "easyJet",
    ),
    (
        "Hospitals across Northern Ireland are under severe pressure this winter. Dr Siobhan "
        "Kearney, a consultant at the Royal Victoria Hospital, told BBC News NI:\n\n“We have "
        "patients waiting on trolleys for two and three days, and staff are exhausted.”",
        "We have patients waiting",
        "Siobhan Kearney",
    ),
    (
        "Police were called to the house in Elm Grove at about 2am after reports of a "
        'disturbance. A neighbour, who did not want to be named, said:\n\n"I heard screaming '
        "and then a car driving off very fast. I didn't dare look out of the window.\"",
        "I heard screaming and",
        "a neighbour",
    ),
    (
        "Householders in parts of Cambridgeshire have been told to boil their water until "
        "further notice. An Anglian Water spokesperson said:\n\n“We know this is a real "
        "inconvenience and our teams are working around the clock.”",
        "We know this is",
        "an Anglian Water spokesperson",
    ),
    (
        "Prosecutor Helen Okoro spoke outside the court after the jury was sent home for the "
        "weekend. Asked about defendant Marcus Hale's claim that he had been framed, she told "
        'reporters:\n\n"The jury has heard the evidence and it will be for them to decide. I am '
        'not going to comment further."',
        "The jury has heard",
        "Helen Okoro",
    ),
    (
        "Kieran Walsh, 43, was taken to hospital after being hit by a falling branch in "
        'Victoria Park.\n\n"He is in a stable condition and is expected to make a full '
        'recovery," a hospital spokesman said.',
        "He is in a stable",
        "a hospital spokesman",
    ),
    (
        "Parents at Greenfield Primary were told on Friday that the school would close for a "
        "week because of a heating failure.\n\n“Half of us work full-time and we were given no "
        "notice whatsoever,” said one mother at the school gates.",
        "Half of us work full-time",
        "one mother",
    ),
    (
        "Union leaders and management met for six hours at the Acas offices on "
        'Thursday.\n\n"There is a deal to be done, but nobody is there yet," a source close to '
        "the negotiations said.",
        "There is a deal to",
        "a source close to the negotiations",
    ),
    (
        "Striker Mateus Albuquerque has left Hartlepool United by mutual consent after two "
        'seasons.\n\n"Mateus leaves with our thanks and best wishes for the future," the club '
        "said in a statement.",
        "Mateus leaves with our",
        "the club",
    ),
    (
        "A 32-year-old man, Lee Fairbanks, has been charged with arson after the fire at a "
        'takeaway in Barnsley.\n\n"There is no wider risk to the public," police said.',
        "There is no wider risk",
        "police",
    ),
    (
        'Planning officer Mark Selby said the new estate met every national standard. "The '
        'application was assessed on its merits," he said.\n\nJoan Whitaker, 81, has lived on '
        'the lane since 1962 and walks her dog past the field every morning.\n\n"They are '
        'building on the only green space we have left," she said.',
        "They are building on",
        "Joan Whitaker",
    ),
    (
        "Head coach Birgit Sommer praised her side's defending. \"We kept our shape for ninety "
        'minutes," she said.\n\nLena Hofmann captained the team for the first time on Saturday, '
        'aged just 20.\n\n"It was a huge honour to wear the armband in front of my family," she '
        "said.",
        "It was a huge honour",
        "Lena Hofmann",
    ),
    (
        "A spokesman for the airline, Carlos Mendes, said it was cooperating fully with "
        "investigators. “Our thoughts are with everyone affected,” he said.\n\nHer husband, "
        "Dmitri Volkov, spent the night at the airport waiting for news.\n\n“Nobody would tell "
        "me anything, not even whether she had boarded,” he said.",
        "Nobody would tell me",
        "Dmitri Volkov",
    ),
    (
        "Inspector Neil Hargreaves said the break-ins had caused real distress on the estate. "
        '"People no longer feel safe in their own homes," he said.\n\nDetectives later charged '
        'Darren Pike, 31, of Hull, with six counts of burglary.\n\n"We are not looking for '
        'anyone else in connection with these offences," he said.',
        "We are not looking for",
        "Neil Hargreaves",
    ),
    (
        'Head coach Sofia Lindqvist said discipline would not be negotiable this season. "The '
        'standards are the same for everyone," she said.\n\nLindqvist left striker Ana Lopes '
        'out of the squad for the match against Rosengard.\n\n"Nobody is bigger than this '
        'team," she said.',
        "Nobody is bigger than",
        "Sofia Lindqvist",
    ),
    (
        'Teachers in Oaxaca began an indefinite strike on Monday over unpaid wages.\n\n"We have '
        'not been paid since February," said María de los Ángeles Ruiz, who teaches at a '
        "primary school in the state capital.",
        "We have not been paid",
        "María de los Ángeles Ruiz",
    ),
    (
        'DUBAI (Reuters) - The two Gulf states signed a trade agreement on Tuesday.\n\n"This '
        'opens a new chapter between our peoples," said Sheikh Khalid bin Rashid Al-Mansoori, '
        "the economy minister.",
        "This opens a new chapter",
        "Khalid bin Rashid Al-Mansoori",
    ),
    (
        "Farmers drove hundreds of tractors into Lyon on Wednesday.\n\n“We produce the food and "
        "we are the ones going bankrupt,” said Anne-Marie Lefèvre-Duval, who keeps dairy cows "
        "near Bourg-en-Bresse.",
        "We produce the food",
        "Anne-Marie Lefèvre-Duval",
    ),
    (
        "Monsoon rains flooded much of Chennai's old city overnight.\n\n\"My stall has been "
        'under water three times this year," said P.K. Subramaniam, who has sold tea near the '
        "station for 30 years.",
        "My stall has been under",
        "P.K. Subramaniam",
    ),
    (
        "Hundreds of residents packed the meeting on the proposed gas pipeline.\n\n\"I've lived "
        "here my whole life and I've never seen the town this angry,\" said Linda Marchetti, "
        "72, of Scranton, Pa.",
        "I've lived here my whole",
        "Linda Marchetti",
    ),
    (
        'The shadow chancellor, Owen Pritchard, branded the budget "a con trick on working '
        'families" and said Labour would reverse the changes to child benefit.',
        "a con trick on working",
        "Owen Pritchard",
    ),
    (
        "The coroner, Dr Helen Achterberg, said the hospital's record-keeping had been \"wholly "
        'inadequate and at times misleading" and that she would write to the health secretary.',
        "wholly inadequate and at",
        "Helen Achterberg",
    ),
    (
        "The company has denied allegations by former employees that its Swindon warehouse was "
        '"run like a prison camp", saying it paid above the industry average.',
        "run like a prison",
        "former employees",
    ),
    (
        "SACRAMENTO, Calif. - Gov. Janet Oyelaran called the court's ruling \"a victory for "
        'every family in this state" on Thursday and urged lawmakers to act quickly.',
        "a victory for every family",
        "Janet Oyelaran",
    ),
    (
        'Plans to knock down the Victorian stand at Brunton Park, once called "the finest old '
        'ground in the lower leagues", were approved on Monday.',
        "the finest old ground",
        None,
    ),
]
