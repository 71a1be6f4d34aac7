"""Tuning cases of the speakers probe (rules may be written while reading these)."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    # --- pronouns whose speaker is named paragraphs earlier, people in between
    (
        "Margaret Ellison, the council leader, opened the meeting by defending the budget.\n\n"
        "Opposition members, led by Tom Barker, walked out after twenty minutes.\n\n"
        '"We cannot keep cutting services and pretend nothing has changed," she said.',
        "We cannot keep cutting",
        "Margaret Ellison",
    ),
    (
        "Detective Inspector Paul Quinn said officers were called to the flat at 2am.\n\n"
        "A neighbour, Susan Price, heard shouting shortly before the police arrived. She "
        "said the couple had argued before.\n\n"
        '"This was a targeted attack and we are not looking for anyone else," he said.',
        "This was a targeted attack",
        "Paul Quinn",
    ),
    (
        "Rachel Okafor founded the bakery in 2015 after losing her job in finance.\n\n"
        "Her business partner, Leila Haddad, joined two years later. Haddad runs the "
        "shop's second branch in Salford.\n\n"
        "The pair now employ 14 people.\n\n"
        '"I never thought bread would be my life," Okafor said, laughing. "But here we are."',
        "But here we are",
        "Rachel Okafor",
    ),
    (
        "Coach Dan Whitfield has kept the same lineup for six games.\n\n"
        "Striker Marco Bellini scored twice on Saturday, and goalkeeper Ivan Petrov made "
        "three saves.\n\n"
        "Whitfield praised his defence.\n\n"
        '"They were magnificent from the first whistle to the last," he said.',
        "They were magnificent",
        "Dan Whitfield",
    ),
    (
        "Senator Grace Lindqvist introduced the bill on Monday.\n\n"
        "Its co-sponsor, Senator Robert Hale, said the measure would save $2bn a year.\n\n"
        '"This is about fairness for working families," she said in a statement.',
        "This is about fairness",
        "Grace Lindqvist",
    ),
    (
        "Anita Desai, 58, has lived on the estate for thirty years. She remembers when the "
        "lifts worked.\n\n"
        "The housing association, Riverside Homes, says repairs are scheduled for spring.\n\n"
        '"They have been saying that since 2019," she said.',
        "They have been saying",
        "Anita Desai",
    ),
    (
        "Hospital chief executive Mark Jennings warned of a difficult winter.\n\n"
        "Nurses' representative Claire Dunn and junior doctor Aisha Khan both described "
        "staff shortages on the wards.\n\n"
        '"We are planning for the worst and hoping for the best," he told the board.',
        "We are planning for the worst",
        "Mark Jennings",
    ),
    (
        "Farmers Joe and Lucy Pritchard lost 40 sheep in the floods.\n\n"
        "Their neighbour, Gwen Morgan, lost her barn.\n\n"
        '"We have never seen water like it," they said.',
        "We have never seen water",
        "Pritchard",
    ),
    (
        "Acme Energy reported a loss of $300m for the quarter.\n\n"
        "Chief executive Sarah Cole blamed the warm winter.\n\n"
        "Analysts at Barclays had expected a smaller loss.\n\n"
        '"Demand will recover once temperatures normalise," she said on a call with analysts.',
        "Demand will recover",
        "Sarah Cole",
    ),
    # --- a quote over paragraphs: opening mark, no closing mark, the next paragraph reopens
    (
        '"We have been warning about this for years," said union leader Brian Moss. "The '
        "equipment is old and the staff are exhausted.\n\n"
        '"Something had to give, and now it has."',
        "Something had to give",
        "Brian Moss",
    ),
    (
        'Helen Carter said: "I went to the door and there was nobody there.\n\n'
        '"Then I heard the glass break at the back of the house.\n\n'
        '"I have never been so frightened in my life."',
        "I have never been so frightened",
        "Helen Carter",
    ),
    (
        '"The first thing you notice is the silence," said volunteer Ruth Adeyemi, who '
        "spent a month in the camp.\n\n"
        '"No children playing, no music, nothing. People are just waiting."',
        "No children playing",
        "Ruth Adeyemi",
    ),
    (
        'In his speech, Prime Minister Jonas Berg said: "Our country has faced hard times '
        "before.\n\n"
        '"We will face this one together, as we always have."',
        "We will face this one",
        "Jonas Berg",
    ),
    # --- "X said:" then a quote paragraph
    (
        "Ward councillor Patrick Doyle said:\n\n"
        '"Residents have had enough of the fly-tipping and they want action now."',
        "Residents have had enough",
        "Patrick Doyle",
    ),
    (
        "In a statement, the family of Liam Byrne said:\n\n"
        '"Liam was a kind and gentle boy who lit up every room he walked into."',
        "Liam was a kind",
        None,
    ),
    (
        "Speaking after the verdict, Detective Sergeant Emma Walsh said:\n\n"
        '"Today justice has been done for the victim and her family."',
        "Today justice has been done",
        "Emma Walsh",
    ),
    # --- a long appositive between the quote and the name
    (
        '"The numbers simply do not add up," said Oliver Grant, who was elected in 2019 '
        "and has since chaired the finance committee.",
        "The numbers simply",
        "Oliver Grant",
    ),
    (
        '"We were promised a new school," said Fatima Begum, a mother of three whose '
        "eldest daughter has spent two years in a temporary classroom.",
        "We were promised a new school",
        "Fatima Begum",
    ),
    (
        '"It is a historic day," said Ahmed Nasser, the chairman of the regional '
        "development board, which oversaw the project since its launch in 2016.",
        "It is a historic day",
        "Ahmed Nasser",
    ),
    # --- "X, 34, a nurse from Leeds, said"
    (
        '"I work three jobs and I still cannot pay the rent," Jessica Moore, 34, a nurse '
        "from Leeds, said.",
        "I work three jobs",
        "Jessica Moore",
    ),
    (
        'Daniel Evans, 61, a retired miner from Barnsley, said: "The town has been '
        'forgotten by everyone in London."',
        "The town has been forgotten",
        "Daniel Evans",
    ),
    (
        '"It felt like an earthquake," said Priya Sharma, 27, a student who lives two '
        "streets away.",
        "It felt like an earthquake",
        "Priya Sharma",
    ),
    # --- titles only, bound to a person named earlier
    (
        "The mayor, Linda Ferreira, visited the flooded streets on Sunday.\n\n"
        "Emergency crews pumped water from dozens of homes overnight.\n\n"
        '"Nobody should have to live like this," the mayor said.',
        "Nobody should have to live",
        "Linda Ferreira",
    ),
    (
        "Kirsty Lang, a spokeswoman for the hospital trust, confirmed that two wards had "
        "been closed.\n\n"
        '"Patient safety is our priority," the spokeswoman added.',
        "Patient safety is our priority",
        "Kirsty Lang",
    ),
    (
        "Health minister Kwame Mensah announced the scheme in Accra.\n\n"
        "About 3,000 nurses will be hired by the end of the year.\n\n"
        '"This is the biggest investment in nursing in a generation," the minister said.',
        "This is the biggest investment",
        "Kwame Mensah",
    ),
    (
        "The club's manager, Steve Harding, was sent to the stands in the second half.\n\n"
        '"I said nothing that I would not say to my own mother," the manager said afterwards.',
        "I said nothing",
        "Steve Harding",
    ),
    (
        "Judge Miriam Ashworth jailed Carl Dobson for six years.\n\n"
        '"You showed no remorse whatsoever," the judge told him.',
        "You showed no remorse",
        "Miriam Ashworth",
    ),
    # --- organisations
    (
        "The Ministry of Defence confirmed the incident on Thursday.\n\n"
        '"An investigation is under way," the ministry said in a statement.',
        "An investigation is under way",
        "Ministry of Defence",
    ),
    (
        '"We are cooperating fully with the authorities," a spokesperson for Northwind '
        "Airlines said.",
        "We are cooperating fully",
        "Northwind Airlines",
    ),
    (
        'Halvorsen Shipping said in a filing that it "does not expect the dispute to have '
        'a material impact on earnings".',
        "does not expect the dispute",
        "Halvorsen Shipping",
    ),
    (
        'Greenpeace called the decision "a betrayal of future generations".',
        "a betrayal of future generations",
        "Greenpeace",
    ),
    # --- interview transcripts
    (
        "Economist Laura Brandt spoke to us about inflation.\n\n"
        "Q: Will prices keep rising this year?\n\n"
        "A: I expect inflation to fall slowly, but food will stay expensive.",
        "I expect inflation to fall",
        "Laura Brandt",
    ),
    (
        "We sat down with novelist Tomas Varga before his reading in Budapest.\n\n"
        "Q: Why did you go back to your home town for this book?\n\n"
        "A: Because every writer eventually returns to the place that made them.",
        "Because every writer",
        "Tomas Varga",
    ),
    (
        "Host: Welcome back to the programme. Our guest today is Nadia Rahman.\n\n"
        "Rahman: Thank you for having me, it is a pleasure to be here.",
        "Thank you for having me",
        "Nadia Rahman",
    ),
    # --- partial quotes inside reported speech
    (
        'Opposition leader Mark Devlin called the plan "reckless and unfunded" and said '
        "he would vote against it.",
        "reckless and unfunded",
        "Mark Devlin",
    ),
    (
        'Professor Ingrid Solberg described the findings as "deeply worrying for coastal '
        'communities across Europe".',
        "deeply worrying",
        "Ingrid Solberg",
    ),
    (
        'Katz said the company had acted "in good faith at every stage" and would appeal '
        "the fine.\n\nDavid Katz is the company's general counsel.",
        "in good faith",
        "Katz",
    ),
    # --- according to
    (
        'According to Dr Samuel Osei, "the outbreak is now under control in all three districts".',
        "the outbreak is now under control",
        "Samuel Osei",
    ),
    (
        "The bridge will close for six months, according to Wexford County Council, "
        'which said the work was "long overdue and unavoidable".',
        "long overdue",
        "Wexford County Council",
    ),
    # --- told the BBC / told reporters
    (
        '"I thought I was going to die," Ben Hollis told the BBC from his hospital bed.',
        "I thought I was going to die",
        "Ben Hollis",
    ),
    (
        'Foreign Minister Elena Popescu told reporters in Bucharest: "We will not accept '
        'any change to our borders."',
        "We will not accept",
        "Elena Popescu",
    ),
    (
        "Sean Gallagher, the club's chairman, spoke after the vote.\n\n"
        '"We respect the decision of the members," he told reporters outside the ground.',
        "We respect the decision",
        "Sean Gallagher",
    ),
    # --- social media
    (
        '"Proud of everyone who turned out today in the rain," Councillor Amy Tran wrote on X.',
        "Proud of everyone",
        "Amy Tran",
    ),
    (
        'Singer Rosa Delgado posted on Facebook: "Thank you for all the messages, I am '
        'recovering well."',
        "Thank you for all the messages",
        "Rosa Delgado",
    ),
    (
        "Footballer Kyle Benson deleted the post within an hour.\n\n"
        '"Wasn\'t my best moment, apologies to anyone I upset," he wrote on Instagram later.',
        "Wasn't my best moment",
        "Kyle Benson",
    ),
    # --- British single quotes
    (
        "'We have been let down by the people who were meant to protect us,' said Janet "
        "Hughes, whose son died in the fire.",
        "We have been let down",
        "Janet Hughes",
    ),
    (
        "Mr Hughes added: 'Nobody has ever said sorry.'\n\nPeter Hughes is Janet's husband.",
        "Nobody has ever said sorry",
        "Hughes",
    ),
    (
        "Chief Constable Martin Reeve said the force was 'deeply sorry' for the failings.",
        "deeply sorry",
        "Martin Reeve",
    ),
    # --- nested quotes
    (
        "\"My father always told me, 'never give up on people', and I never have,\" said "
        "charity founder Colin Ward.",
        "My father always told me",
        "Colin Ward",
    ),
    (
        "Witness Maria Lopez said: \"He shouted 'get out, get out' and then the roof came down.\"",
        "He shouted",
        "Maria Lopez",
    ),
    # --- headlines and pull quotes: nobody
    (
        "'A betrayal': anger as factory closes with 300 jobs lost\n\n"
        "Workers at the Dunmore plant learned on Friday that it would shut in March.",
        "A betrayal",
        None,
    ),
    (
        '"We were left to drown"\n\n'
        "Residents of the valley say warnings came too late as the river burst its banks.",
        "We were left to drown",
        None,
    ),
    # --- two speakers alternating in one paragraph
    (
        '"It is a good deal," said Ken Tanaka of the workers\' union. "It is a bad deal," '
        "replied management negotiator Fiona Black.",
        "It is a bad deal",
        "Fiona Black",
    ),
    (
        '"We won the argument," Tanaka said. Black disagreed: "Nobody won anything today."',
        "Nobody won anything today",
        "Black",
    ),
    (
        "Ken Tanaka and Fiona Black met again on Friday.\n\n"
        '"We are close," Tanaka said. "We are not close at all," Black said.',
        "We are not close",
        "Black",
    ),
    # --- guards: nobody speaks
    (
        'The so-called "Iron Bridge" over the river was closed for repairs in May.',
        "Iron Bridge",
        None,
    ),
    (
        'Her new novel, "The Salt Road", was shortlisted for the prize on Monday.',
        "The Salt Road",
        None,
    ),
    (
        'Former boxer James "Hammer" Cole opened the gym in 2008.',
        "Hammer",
        None,
    ),
    (
        'The film "Night Train to Lisbon" will be screened at the festival.',
        "Night Train to Lisbon",
        None,
    ),
    (
        'Officers seized so-called "zombie knives" from the property.',
        "zombie knives",
        None,
    ),
    # --- more pronoun and title resolution
    (
        "Police named the victim as Grace Mitchell, 19.\n\n"
        "Her mother, Alison Mitchell, paid tribute.\n\n"
        '"Grace was the light of our lives," she said.',
        "Grace was the light",
        "Alison Mitchell",
    ),
    (
        "Chancellor Rishi Patel delivered his budget on Wednesday. Shadow chancellor Rachel "
        "Stone said it did nothing for working people.\n\n"
        '"This is a budget for growth," he told MPs.',
        "This is a budget for growth",
        "Rishi Patel",
    ),
    (
        "The company's founder, Hugo Lambert, stepped down in March.\n\n"
        "His successor, Nina Schulz, has promised a review.\n\n"
        '"Everything is on the table," she said.',
        "Everything is on the table",
        "Nina Schulz",
    ),
    (
        "Victor Amari, the striker, has not scored in eight games.\n\n"
        '"I know the goals will come," the 29-year-old said.',
        "I know the goals will come",
        "Victor Amari",
    ),
    (
        "Airline boss Carla Jensen defended the fare rises.\n\n"
        '"Fuel costs have doubled," the chief executive said. "We have no choice."',
        "We have no choice",
        "Carla Jensen",
    ),
    (
        "Town planner Derek Holt said the development would bring 500 homes.\n\n"
        '"It is the right site," he said, "and the right time."',
        "and the right time",
        "Derek Holt",
    ),
    (
        'In a statement, Kestrel Bank said it had "identified and fixed" the fault that '
        "left customers unable to log in.",
        "identified and fixed",
        "Kestrel Bank",
    ),
    (
        "Environment Agency spokesman Gareth Lloyd said:\n\n"
        '"Please do not drive through flood water. It is deeper than it looks."',
        "Please do not drive",
        "Gareth Lloyd",
    ),
    (
        "Residents say the noise starts at 5am.\n\n"
        '"It is unbearable," said one, who did not want to be named.',
        "It is unbearable",
        None,
    ),
    (
        "Lawyers for Martin Keane argued that the evidence was unreliable.\n\n"
        '"The prosecution has no case," defence barrister Olivia Park told the jury.',
        "The prosecution has no case",
        "Olivia Park",
    ),
    (
        "Angela Ruiz was at the market when the fire started.\n\n"
        '"I just ran," Ruiz said. "I didn\'t look back."',
        "I didn't look back",
        "Angela Ruiz",
    ),
]
