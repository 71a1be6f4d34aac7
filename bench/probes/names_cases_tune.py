"""Tuning cases of the names probe: (article, wanted actors, junk that must not be an actor).

Written from general knowledge of news prose (no gold article); the held-out file is kept apart.
"""

CASES: list[tuple[str, list[str], list[str]]] = [
    (
        "Shares of Nvidia jumped 6% on Thursday after the chipmaker beat forecasts.\n\n"
        "Analysts at Morgan Stanley raised their target, while Jensen Huang told investors "
        "demand for its Blackwell chips was strong.\n\n"
        "Huang's comments lifted rivals including AMD and Broadcom.",
        ["Nvidia", "Morgan Stanley", "Jensen Huang", "AMD", "Broadcom"],
        ["Thursday", "Blackwell"],
    ),
    (
        "Police are searching for a man after a stabbing on Main Street in Dayton.\n\n"
        "Maria Lopez, 34, of Phoenix, was taken to Miami Valley Hospital with serious injuries. "
        "Her brother, Daniel Lopez, said she had been walking home from work.\n\n"
        "Anyone with information is asked to call Crime Stoppers.",
        ["Maria Lopez", "Daniel Lopez"],
        ["Main Street"],
    ),
    (
        "Beijing said on Monday it would retaliate against new American tariffs on electric "
        "vehicles.\n\nWashington has accused Chinese carmakers such as BYD of dumping cheap "
        "cars.\n\n"
        "Wang Yi, the foreign minister, met Antony Blinken in Vientiane last week.",
        ["Beijing", "Washington", "BYD", "Wang Yi", "Antony Blinken"],
        ["Monday"],
    ),
    (
        "Moscow denied any involvement in the sabotage of the undersea cable.\n\n"
        "Finnish investigators boarded the tanker Eagle S, which Helsinki believes dragged its "
        "anchor across the seabed.\n\n"
        "Petteri Orpo called the damage deeply worrying.",
        ["Moscow", "Helsinki", "Petteri Orpo"],
        ["Eagle S"],
    ),
    (
        "The DUP walked out of the Assembly on Tuesday in protest at the new trade rules.\n\n"
        "Gavin Robinson accused Downing Street of breaking its promises, while Sinn Fein "
        "said the boycott was damaging public services.\n\n"
        "Michelle O'Neill urged the party to return.",
        ["DUP", "Gavin Robinson", "Downing Street", "Sinn Fein", "Michelle O'Neill"],
        ["Tuesday"],
    ),
    (
        "Likud and its coalition partners blocked the bill in a late-night vote.\n\n"
        "Benjamin Netanyahu defended the decision, but Yair Lapid said the government had "
        "abandoned the hostages' families.\n\n"
        "Hamas has rejected the latest ceasefire proposal.",
        ["Likud", "Benjamin Netanyahu", "Yair Lapid", "Hamas"],
        [],
    ),
    (
        "Viktor Orban's Fidesz lost ground in the European elections, as a new party led by "
        "Peter Magyar took almost 30% of the vote.\n\n"
        "Magyar thanked supporters in Budapest on Sunday night.\n\n"
        "Orban said Fidesz remained the strongest force in Hungary.",
        ["Viktor Orban", "Fidesz", "Peter Magyar"],
        ["Sunday"],
    ),
    (
        "Arsenal beat Tottenham 2-1 at the Emirates on Sunday to go top of the table.\n\n"
        "Bukayo Saka opened the scoring after 12 minutes before Son Heung-min equalised. "
        "Declan Rice headed the winner from a corner.\n\n"
        "Mikel Arteta praised his side's resilience, and Saka was named man of the match.",
        ["Arsenal", "Tottenham", "Bukayo Saka", "Son Heung-min", "Declan Rice", "Mikel Arteta"],
        ["Emirates", "Sunday"],
    ),
    (
        "The Lakers lost 118-104 to the Celtics on Friday night.\n\n"
        "Jayson Tatum scored 31 points and Jaylen Brown added 22. LeBron James had 25 for "
        "Los Angeles in his return from injury.\n\n"
        "Boston has now won eight straight games.",
        ["Lakers", "Celtics", "Jayson Tatum", "Jaylen Brown", "LeBron James"],
        ["Friday"],
    ),
    (
        "Samsung Electronics named a new head of its chip business on Tuesday.\n\n"
        "Jun Young-hyun replaces Kyung Kye-hyun, who led the division through a slump in "
        "memory prices. Lee Jae-yong, the group's chairman, approved the change.\n\n"
        "SK Hynix shares rose 2%.",
        ["Samsung Electronics", "Jun Young-hyun", "Kyung Kye-hyun", "Lee Jae-yong", "SK Hynix"],
        ["Tuesday"],
    ),
    (
        "Tata Motors reported a 40% jump in quarterly profit, helped by strong sales at "
        "Jaguar Land Rover.\n\n"
        "Natarajan Chandrasekaran said the group would invest in battery plants. Mukesh Ambani's "
        "Reliance Industries is also building a gigafactory in Gujarat.\n\n"
        "Chandrasekaran did not give a timeline.",
        [
            "Tata Motors",
            "Jaguar Land Rover",
            "Natarajan Chandrasekaran",
            "Mukesh Ambani",
            "Reliance Industries",
        ],
        ["Gujarat"],
    ),
    (
        "A court in Jakarta sentenced a former minister to 12 years in prison for graft.\n\n"
        "Syahrul Yasin Limpo was found guilty of extorting officials. Prabowo Subianto, "
        "who takes office in October, has promised to fight corruption.\n\n"
        "Joko Widodo declined to comment on the verdict.",
        ["Syahrul Yasin Limpo", "Prabowo Subianto", "Joko Widodo"],
        ["October"],
    ),
    (
        "Mohammed bin Salman hosted Recep Tayyip Erdogan in Riyadh for talks on Gaza.\n\n"
        "The two leaders also discussed trade. Erdogan later flew to Doha to meet Sheikh "
        "Tamim bin Hamad Al Thani.\n\n"
        "Saudi Aramco signed three agreements with Turkish firms during the visit.",
        ["Mohammed bin Salman", "Recep Tayyip Erdogan", "Tamim bin Hamad Al Thani", "Saudi Aramco"],
        ["Gaza"],
    ),
    (
        "Nigeria's central bank raised rates for the fifth time this year.\n\n"
        "Olayemi Cardoso said inflation remained too high. Bola Tinubu has faced protests over "
        "the cost of living, and Aliko Dangote warned that fuel prices would stay high.\n\n"
        "The naira fell 1% against the dollar.",
        ["Olayemi Cardoso", "Bola Tinubu", "Aliko Dangote"],
        [],
    ),
    (
        "Spain's Supreme Court opened an inquiry into the wife of the prime minister.\n\n"
        "Begoña Gómez denies wrongdoing. Pedro Sánchez called the case politically motivated "
        "and Alberto Núñez Feijóo demanded his resignation.\n\n"
        "Vox has filed its own complaint.",
        ["Supreme Court", "Begoña Gómez", "Pedro Sánchez", "Alberto Núñez Feijóo", "Vox"],
        [],
    ),
    (
        "Luiz Inácio Lula da Silva met Javier Milei for the first time at the summit in "
        "Asunción.\n\n"
        "Lula urged regional unity while Milei pressed for a trade deal with the EU.\n\n"
        "Petrobras and YPF signed a gas supply agreement on the sidelines.",
        ["Lula", "Javier Milei", "Petrobras", "YPF"],
        [],
    ),
    (
        "Dutch prosecutors charged a man over threats against Geert Wilders.\n\n"
        "Wilders' PVV won the most seats in last year's election. Dick Schoof, the prime "
        "minister, condemned the threats.\n\n"
        "Frans Timmermans said political violence had no place in the Netherlands.",
        ["Geert Wilders", "PVV", "Dick Schoof", "Frans Timmermans"],
        [],
    ),
    (
        "Volkswagen will close a plant in Germany for the first time in its history.\n\n"
        "Oliver Blume told staff the cuts were unavoidable. IG Metall called a warning strike, "
        "and Daniela Cavallo said workers would resist.\n\n"
        "BMW and Mercedes-Benz have also warned on profits.",
        ["Volkswagen", "Oliver Blume", "IG Metall", "Daniela Cavallo", "BMW", "Mercedes-Benz"],
        [],
    ),
    (
        "The Federal Aviation Administration (FAA) grounded 171 Boeing 737 Max 9 jets after a "
        "panel blew out on an Alaska Airlines flight.\n\n"
        "The FAA said inspections would take several days. Dave Calhoun apologised to "
        "passengers.\n\n"
        "United Airlines found loose bolts on several of its planes.",
        [
            "Federal Aviation Administration",
            "Boeing",
            "Alaska Airlines",
            "Dave Calhoun",
            "United Airlines",
        ],
        ["737 Max 9"],
    ),
    (
        "Black Friday sales hit a record $10.8 billion online, according to Adobe.\n\n"
        "Shoppers bought the iPhone 16 and PlayStation 5 consoles in large numbers. Walmart "
        "and Target both cut prices early.\n\n"
        "Cyber Monday is expected to be even bigger.",
        ["Adobe", "Walmart", "Target"],
        ["Black Friday", "iPhone 16", "PlayStation 5", "Cyber Monday"],
    ),
    (
        "Hurricane Helene made landfall in Florida's Big Bend late on Thursday.\n\n"
        "Ron DeSantis urged residents to evacuate. Duke Energy said more than a million "
        "customers had lost power.\n\n"
        "FEMA sent teams to Tallahassee.",
        ["Ron DeSantis", "Duke Energy", "FEMA"],
        ["Hurricane Helene", "Big Bend", "Thursday"],
    ),
    (
        "Covid-19 cases rose again in December, driven by a new variant.\n\n"
        "The Centers for Disease Control and Prevention recommended updated vaccines. Moderna "
        "and Pfizer said supplies were ample.\n\n"
        "Mandy Cohen encouraged older people to get boosted before Christmas.",
        ["Centers for Disease Control and Prevention", "Moderna", "Pfizer", "Mandy Cohen"],
        ["Covid-19", "December", "Christmas"],
    ),
    (
        "The Super Bowl drew a record television audience of 123 million.\n\n"
        "Patrick Mahomes threw for 333 yards as the Chiefs beat the 49ers in overtime. "
        "Travis Kelce caught nine passes.\n\n"
        "Usher headlined the halftime show.",
        ["Patrick Mahomes", "Chiefs", "49ers", "Travis Kelce", "Usher"],
        ["Super Bowl"],
    ),
    (
        "Argentina beat Colombia 1-0 in the final of the Copa America in Miami.\n\n"
        "Lautaro Martinez scored in extra time. Lionel Messi left the field injured in the "
        "second half, in tears.\n\n"
        "James Rodriguez was named player of the tournament.",
        ["Argentina", "Colombia", "Lautaro Martinez", "Lionel Messi", "James Rodriguez"],
        ["Copa America"],
    ),
    (
        "Coldplay will play ten nights at Wembley next summer, the band announced.\n\n"
        "Chris Martin said the shows would be their last in London for years. Live Nation "
        "said tickets would go on sale on Friday.\n\n"
        "Ticketmaster apologised after its site crashed.",
        ["Coldplay", "Chris Martin", "Live Nation", "Ticketmaster"],
        ["Wembley", "Friday"],
    ),
    (
        "Greenpeace activists climbed the roof of the prime minister's house in protest at new "
        "oil licences.\n\n"
        "Rishi Sunak was away at the time. Extinction Rebellion said it would stage more "
        "protests.\n\n"
        "Suella Braverman called the stunt unacceptable.",
        ["Greenpeace", "Rishi Sunak", "Extinction Rebellion", "Suella Braverman"],
        [],
    ),
    (
        "Three people were killed when a bus overturned near Kumasi.\n\n"
        "Kwame Mensah, Abena Owusu and Kofi Asante were travelling to a funeral. Ghana's "
        "National Road Safety Authority said speed was a factor.\n\n"
        "Mensah's family said he was a teacher.",
        ["Kwame Mensah", "Abena Owusu", "Kofi Asante", "National Road Safety Authority"],
        [],
    ),
    (
        "The Treasury Department imposed sanctions on three banks that helped Tehran evade "
        "restrictions.\n\n"
        "Janet Yellen said the measures would cut off funding for drones. Tehran called the "
        "sanctions illegal.\n\n"
        "HSBC and Standard Chartered said they had no exposure.",
        ["Treasury Department", "Janet Yellen", "Tehran", "HSBC", "Standard Chartered"],
        [],
    ),
    (
        "Chen Wei, 52, a factory owner from Dongguan, was detained after a fire killed 11 "
        "workers.\n\n"
        "Chen had ignored safety warnings, state media reported. Xinhua said the blaze started "
        "in a storage room.\n\n"
        "Guangdong's provincial government ordered inspections of all factories.",
        ["Chen Wei", "Xinhua"],
        [],
    ),
    (
        "New Year's Eve celebrations in Sydney went ahead despite the rain.\n\n"
        "More than a million people watched the fireworks over the Harbour Bridge. Anthony "
        "Albanese wished Australians a safe year.\n\n"
        "NSW Police made 40 arrests.",
        ["Anthony Albanese", "NSW Police"],
        ["New Year's Eve", "Harbour Bridge"],
    ),
    (
        "Oppenheimer swept the Oscars, winning seven awards including best picture.\n\n"
        "Christopher Nolan won best director and Cillian Murphy best actor. Emma Stone won "
        "best actress for Poor Things.\n\n"
        "Universal Pictures said the film had earned almost $1 billion.",
        ["Christopher Nolan", "Cillian Murphy", "Emma Stone", "Universal Pictures"],
        ["Oppenheimer", "Poor Things", "Oscars"],
    ),
    (
        "Congress passed the Inflation Reduction Act two years ago, but many of its tax "
        "credits remain unused.\n\n"
        "Joe Manchin, who wrote much of the law, said he was disappointed. Chuck Schumer "
        "defended it.\n\n"
        "Exxon Mobil has applied for carbon capture credits.",
        ["Congress", "Joe Manchin", "Chuck Schumer", "Exxon Mobil"],
        ["Inflation Reduction Act"],
    ),
    (
        "The ministry of defence in Kyiv said Russian forces had launched 90 drones overnight.\n\n"
        "Volodymyr Zelensky called for more air defence. The Kremlin said the strikes targeted "
        "military sites.\n\n"
        "Dmitry Peskov gave no details.",
        ["Volodymyr Zelensky", "Kremlin", "Dmitry Peskov"],
        [],
    ),
    (
        "JPMorgan Chase agreed to pay $350 million to settle claims it failed to report "
        "trades.\n\n"
        "Jamie Dimon has said the bank is investing in compliance. Citigroup and Wells Fargo "
        "face similar inquiries.\n\n"
        "The settlement was announced by the Office of the Comptroller of the Currency (OCC).",
        [
            "JPMorgan Chase",
            "Jamie Dimon",
            "Citigroup",
            "Wells Fargo",
            "Office of the Comptroller of the Currency",
        ],
        [],
    ),
    (
        "Taylor Swift's Eras Tour became the first to gross more than $2 billion.\n\n"
        "Swift played 149 shows across five continents. Beyonce and Harry Styles also "
        "toured last year.\n\n"
        "Pollstar compiled the figures.",
        ["Taylor Swift", "Beyonce", "Harry Styles", "Pollstar"],
        ["Eras Tour"],
    ),
    (
        "Ahmed Al-Mansouri, 41, of Dubai, was among the passengers rescued.\n\n"
        "The Emirates flight had diverted to Istanbul after smoke filled the cabin. "
        "Al-Mansouri praised the crew.\n\n"
        "Fatima Hassan and Omar Farouk were also on board.",
        ["Ahmed Al-Mansouri", "Fatima Hassan", "Omar Farouk"],
        [],
    ),
    (
        "Ursula von der Leyen unveiled her new commission on Tuesday.\n\n"
        "Kaja Kallas will be foreign policy chief. Teresa Ribera gets the competition brief, "
        "and Raffaele Fitto was handed cohesion.\n\n"
        "Von der Leyen's team must be approved by the European Parliament.",
        [
            "Ursula von der Leyen",
            "Kaja Kallas",
            "Teresa Ribera",
            "Raffaele Fitto",
            "European Parliament",
        ],
        ["Tuesday"],
    ),
    (
        "Inter Milan moved five points clear after a 3-0 win over Napoli.\n\n"
        "Lautaro scored twice and Hakan Calhanoglu converted a penalty. Simone Inzaghi said "
        "his players had been superb.\n\n"
        "Napoli's Antonio Conte criticised the referee.",
        ["Inter Milan", "Napoli", "Hakan Calhanoglu", "Simone Inzaghi", "Antonio Conte"],
        [],
    ),
    (
        "Novak Djokovic beat Carlos Alcaraz in straight sets to win Olympic gold.\n\n"
        "The Serb had never won the Olympics before. Alcaraz, 21, was in tears at the net.\n\n"
        "Lorenzo Musetti took bronze.",
        ["Novak Djokovic", "Carlos Alcaraz", "Lorenzo Musetti"],
        ["Olympics"],
    ),
    (
        "Fire crews were called to a house on Elm Road shortly after 2am.\n\n"
        "Gary Whitfield, 67, and his wife Janet, 64, escaped unhurt. Their neighbour "
        "Priya Sharma raised the alarm.\n\n"
        "Whitfield thanked the firefighters.",
        ["Gary Whitfield", "Priya Sharma"],
        ["Elm Road"],
    ),
    (
        "Monday's meeting of Opec+ ended without a deal on output.\n\n"
        "Riyadh wants members to stick to their quotas. Abdulaziz bin Salman left early, and "
        "the UAE pushed for a higher baseline.\n\n"
        "Brent crude rose 2%.",
        ["Opec", "Riyadh", "Abdulaziz bin Salman", "UAE"],
        ["Brent"],
    ),
    (
        "Spotify cut 1,500 jobs, about 17% of its staff.\n\n"
        "Daniel Ek said the company had grown too fast. Netflix and Disney have also trimmed "
        "costs this year.\n\n"
        "Ek's memo was posted on the company's blog.",
        ["Spotify", "Daniel Ek", "Netflix", "Disney"],
        [],
    ),
    (
        "A judge in Manhattan fined Donald Trump $355 million in the civil fraud case.\n\n"
        "Letitia James brought the case. Trump's lawyer, Alina Habba, said they would "
        "appeal.\n\n"
        "Arthur Engoron also barred Trump from running a New York company for three years.",
        ["Donald Trump", "Letitia James", "Alina Habba", "Arthur Engoron"],
        [],
    ),
    (
        "Kim Jong Un oversaw the launch of a new missile, state media said.\n\n"
        "Seoul said the missile flew 1,000km. Tokyo lodged a protest through diplomatic "
        "channels.\n\n"
        "Kim's sister, Kim Yo Jong, warned of more tests.",
        ["Kim Jong Un", "Seoul", "Tokyo", "Kim Yo Jong"],
        [],
    ),
    (
        "Ramadan begins on Monday, and prices of dates have doubled in Cairo markets.\n\n"
        "Mahmoud Abdel Aziz, a trader, said customers were buying less. Egypt's cabinet "
        "promised subsidies.\n\n"
        "The IMF has urged Cairo to cut spending.",
        ["Mahmoud Abdel Aziz", "IMF"],
        ["Ramadan", "Monday"],
    ),
    (
        "Windows users reported crashes after a faulty update from CrowdStrike.\n\n"
        "George Kurtz apologised. Microsoft said 8.5 million devices were affected, and Delta "
        "Air Lines cancelled thousands of flights.\n\n"
        "Delta is seeking damages.",
        ["CrowdStrike", "George Kurtz", "Microsoft", "Delta Air Lines"],
        ["Windows"],
    ),
    (
        "The Titanic sank in 1912, and the search for its wreck still fascinates.\n\n"
        "OceanGate's submersible Titan imploded near the site last year. Stockton Rush was "
        "among the five who died.\n\n"
        "The Coast Guard published its report in September.",
        ["OceanGate", "Stockton Rush", "Coast Guard"],
        ["Titanic", "Titan", "September"],
    ),
    (
        "Breaking Bad star Bryan Cranston will return to Broadway next spring.\n\n"
        "The play, produced by Sonia Friedman, opens in April. Cranston last appeared on stage "
        "in Network.\n\n"
        "Tickets go on sale through Telecharge.",
        ["Bryan Cranston", "Sonia Friedman", "Telecharge"],
        ["Breaking Bad", "Broadway", "April", "Network"],
    ),
    (
        "Ebola has killed 14 people in eastern Congo, the health ministry said.\n\n"
        "Médecins Sans Frontières sent a team to the area. Jean Kaseya urged neighbouring "
        "countries to step up screening.\n\n"
        "Gavi will fund vaccines.",
        ["Médecins Sans Frontières", "Jean Kaseya", "Gavi"],
        ["Ebola"],
    ),
    (
        "Toyota overtook Volkswagen again as the world's top-selling carmaker.\n\n"
        "Akio Toyoda said hybrids drove the gains. Honda and Nissan agreed to study a merger, "
        "while Hyundai gained share in Europe.\n\n"
        "Toyoda's comments came in Nagoya.",
        ["Toyota", "Volkswagen", "Akio Toyoda", "Honda", "Nissan", "Hyundai"],
        [],
    ),
]

CASES += [
    (
        "Council Approves New Budget For Parks And Libraries\n\n"
        "Councillors voted 7-2 on Tuesday to approve the budget. Linda Okafor and Tom "
        "Brennan voted against.\n\n"
        "Okafor said the plan cut too deeply into library hours.",
        ["Linda Okafor", "Tom Brennan"],
        ["Parks And Libraries", "New Budget"],
    ),
    (
        "Residents of Maple Avenue say the flooding has got worse every year.\n\n"
        "Several said the storm drains had not been cleared since spring. Harold Finch, who "
        "has lived there for 40 years, blamed the new housing estate.\n\n"
        "Kent County Council said it would investigate.",
        ["Harold Finch", "Kent County Council"],
        ["Maple Avenue"],
    ),
    (
        "The Queen Mary 2 docked in Southampton after a rough crossing.\n\n"
        "Cunard said 12 passengers were treated for minor injuries. Captain Aseem Hashmi "
        "praised the crew.\n\n"
        "Hashmi has commanded the ship since 2019.",
        ["Cunard", "Aseem Hashmi"],
        ["Queen Mary 2", "Southampton"],
    ),
    (
        "Parkinson's disease affects more than 10 million people worldwide.\n\n"
        "A trial funded by the Michael J. Fox Foundation found a drug slowed symptoms. Roche "
        "developed the compound with Prothena.\n\n"
        "Researchers at Oxford led the study.",
        ["Michael J. Fox Foundation", "Roche", "Prothena"],
        ["Parkinson's"],
    ),
    (
        "Voters in Ohio will decide on the measure in November.\n\n"
        "Frank LaRose opposed the amendment. Planned Parenthood spent $5 million on "
        "advertising, and Mike DeWine urged a no vote.\n\n"
        "Polls show the measure narrowly ahead.",
        ["Frank LaRose", "Planned Parenthood", "Mike DeWine"],
        ["November", "Polls"],
    ),
    (
        "Still, the company expects growth to slow next year.\n\n"
        "Unilever said sales of Dove and Hellmann's were strong. Hein Schumacher, who took "
        "over last year, is cutting 7,500 jobs.\n\n"
        "Nestlé and Danone report next week.",
        ["Unilever", "Hein Schumacher", "Nestlé", "Danone"],
        ["Still"],
    ),
    (
        "Meanwhile, Ukraine's army said it had pushed back an assault near Pokrovsk.\n\n"
        "Oleksandr Syrskyi visited the front. Rustem Umerov asked allies for more "
        "artillery.\n\n"
        "Syrskyi's deputy was dismissed last week.",
        ["Oleksandr Syrskyi", "Rustem Umerov"],
        ["Meanwhile", "Pokrovsk"],
    ),
    (
        "The Paris Olympics opened with a parade of boats along the Seine.\n\n"
        "Celine Dion sang from the Eiffel Tower. Thomas Jolly, who directed the ceremony, "
        "defended a scene that angered the Catholic Church.\n\n"
        "Emmanuel Macron called it a triumph.",
        ["Celine Dion", "Thomas Jolly", "Catholic Church", "Emmanuel Macron"],
        ["Paris Olympics", "Seine", "Eiffel Tower"],
    ),
    (
        "Ahmed Hassan el-Sayed was freed after three years in detention.\n\n"
        "Amnesty International had campaigned for his release. El-Sayed told reporters he "
        "was grateful.\n\n"
        "Sameh Shoukry said the release was a judicial matter.",
        ["Ahmed Hassan el-Sayed", "Amnesty International", "Sameh Shoukry"],
        [],
    ),
    (
        "Fernando Alonso finished third in Jeddah, his 100th podium.\n\n"
        "Max Verstappen won from pole, ahead of Sergio Perez. Aston Martin said Alonso's "
        "tyres had held up well.\n\n"
        "Red Bull leads the constructors' standings.",
        ["Fernando Alonso", "Max Verstappen", "Sergio Perez", "Aston Martin", "Red Bull"],
        ["Jeddah"],
    ),
    (
        "Dozens of cars were damaged when a water main burst under Fifth Avenue.\n\n"
        "Con Edison cut gas to nearby buildings. Eric Adams visited the scene.\n\n"
        "Traffic was diverted around Central Park.",
        ["Con Edison", "Eric Adams"],
        ["Fifth Avenue", "Central Park"],
    ),
    (
        "Under the Clean Air Act, states must submit plans to cut smog.\n\n"
        "Texas sued to block the rule, and Ken Paxton said it overstepped federal power. The "
        "Sierra Club backed the rule.\n\n"
        "A ruling is expected in March.",
        ["Texas", "Ken Paxton", "Sierra Club"],
        ["Clean Air Act", "March"],
    ),
    (
        "Nguyen Phu Trong, the Communist Party leader who dominated Vietnamese politics, "
        "died at 80.\n\n"
        "To Lam succeeded him. Trong had led an anti-corruption drive that toppled two "
        "presidents.\n\n"
        "Hanoi declared two days of mourning.",
        ["Nguyen Phu Trong", "To Lam", "Hanoi"],
        [],
    ),
    (
        "Ali Khamenei appeared in public for the first time since the strikes.\n\n"
        "Masoud Pezeshkian said Iran did not seek war. Abbas Araghchi travelled to Oman.\n\n"
        "Tehran has threatened to respond.",
        ["Ali Khamenei", "Masoud Pezeshkian", "Abbas Araghchi", "Tehran"],
        [],
    ),
    (
        "Oxfam said the richest 1% had gained two-thirds of new wealth since 2020.\n\n"
        "Amitabh Behar called for higher taxes on billionaires. Elon Musk, Bernard Arnault "
        "and Jeff Bezos top the list.\n\n"
        "Forbes disputed some of the numbers.",
        ["Oxfam", "Amitabh Behar", "Elon Musk", "Bernard Arnault", "Jeff Bezos", "Forbes"],
        [],
    ),
    (
        "Celtic won the Old Firm derby 3-0 at Parkhead.\n\n"
        "Kyogo Furuhashi scored twice. Rangers manager Philippe Clement admitted his side "
        "were second best.\n\n"
        "Brendan Rodgers said the result was no surprise.",
        ["Celtic", "Kyogo Furuhashi", "Rangers", "Philippe Clement", "Brendan Rodgers"],
        ["Old Firm", "Parkhead"],
    ),
    (
        "The Supreme Court agreed to hear a challenge to TikTok's ban.\n\n"
        "ByteDance has until January to sell the app. Shou Zi Chew said TikTok would fight "
        "the law.\n\n"
        "Merrick Garland defended it in court filings.",
        ["Supreme Court", "TikTok", "ByteDance", "Shou Zi Chew", "Merrick Garland"],
        ["January"],
    ),
    (
        "Rain delayed the start of the third Test at Lord's.\n\n"
        "Joe Root resumed on 84 and reached his century before lunch. Jasprit Bumrah took "
        "three wickets for India.\n\n"
        "Ben Stokes declared on 427 for nine.",
        ["Joe Root", "Jasprit Bumrah", "India", "Ben Stokes"],
        ["Lord's"],
    ),
    (
        "HSBC named Pam Kaur as its first female finance chief.\n\n"
        "Kaur replaces Georges Elhedery, who becomes chief executive. Noel Quinn is "
        "retiring.\n\n"
        "Barclays and Lloyds have also reshuffled their top teams.",
        ["HSBC", "Pam Kaur", "Georges Elhedery", "Noel Quinn", "Barclays", "Lloyds"],
        [],
    ),
    (
        "Lassa fever has killed 150 people in Nigeria this year, officials said.\n\n"
        "Jide Idris urged people to keep food away from rats. The World Health Organization "
        "sent experts to Ondo state.\n\n"
        "Idris said cases had peaked.",
        ["Jide Idris", "World Health Organization"],
        ["Lassa fever"],
    ),
    (
        "The bill, known as the Kids Online Safety Act, passed the Senate 91-3.\n\n"
        "Marsha Blackburn and Richard Blumenthal wrote it. Meta said it supported parts of "
        "the bill, while the ACLU warned it threatened free speech.\n\n"
        "Mike Johnson has not said whether the House will vote on it.",
        ["Senate", "Marsha Blackburn", "Richard Blumenthal", "Meta", "ACLU", "Mike Johnson"],
        ["Kids Online Safety Act"],
    ),
    (
        "Good Morning America host Robin Roberts will take a break from the show.\n\n"
        "ABC News said she would return in the autumn. Michael Strahan and George "
        "Stephanopoulos will fill in.\n\n"
        "Roberts thanked viewers for their support.",
        ["Robin Roberts", "ABC News", "Michael Strahan", "George Stephanopoulos"],
        ["Good Morning America"],
    ),
    (
        "In a statement, Canberra said it would not join the operation.\n\n"
        "Penny Wong spoke with Marco Rubio by phone. Peter Dutton accused the government of "
        "weakness.\n\n"
        "Wellington took the same position.",
        ["Canberra", "Penny Wong", "Marco Rubio", "Peter Dutton", "Wellington"],
        [],
    ),
    (
        "Mpox cases have spread to 13 African countries.\n\n"
        "The Africa CDC declared an emergency. Bavarian Nordic said it could supply 2 million "
        "doses, and Unicef will buy them.\n\n"
        "Tedros Adhanom Ghebreyesus called for urgent funding.",
        ["Africa CDC", "Bavarian Nordic", "Unicef", "Tedros Adhanom Ghebreyesus"],
        ["Mpox"],
    ),
    (
        "Star Wars: The Acolyte was cancelled after one season.\n\n"
        "Lucasfilm did not give a reason. Leslye Headland created the series, and Amandla "
        "Stenberg starred.\n\n"
        "Disney+ has cut several shows this year.",
        ["Lucasfilm", "Leslye Headland", "Amandla Stenberg"],
        ["Star Wars", "The Acolyte"],
    ),
    (
        "Wildfires forced 30,000 people from their homes in the hills above Los Angeles.\n\n"
        "Gavin Newsom declared an emergency. Cal Fire said the blaze was 10% contained, and "
        "Southern California Edison shut off power to 40,000 customers.\n\n"
        "Karen Bass cut short a trip to Ghana.",
        ["Gavin Newsom", "Cal Fire", "Southern California Edison", "Karen Bass"],
        [],
    ),
    (
        "Ferrari's Charles Leclerc won at Monza, sending the tifosi into raptures.\n\n"
        "Oscar Piastri finished second for McLaren and Lando Norris third.\n\n"
        "Frederic Vasseur said the strategy had been perfect.",
        [
            "Ferrari",
            "Charles Leclerc",
            "Oscar Piastri",
            "McLaren",
            "Lando Norris",
            "Frederic Vasseur",
        ],
        ["Monza"],
    ),
    (
        "Gabriel García Márquez's last novel was published ten years after his death.\n\n"
        "His sons, Rodrigo and Gonzalo García Barcha, decided to release it. Penguin Random "
        "House said it had sold a million copies.\n\n"
        "Critics praised Until August.",
        ["Gabriel García Márquez", "Gonzalo García Barcha", "Penguin Random House"],
        ["Until August"],
    ),
    (
        "A man was charged with murder after a woman was found dead in a flat in Leeds.\n\n"
        "Kieran Doyle, 29, of Bramley, will appear before Leeds Magistrates' Court on Monday. "
        "The victim was named as Shannon Price, 26.\n\n"
        "West Yorkshire Police appealed for witnesses.",
        ["Kieran Doyle", "Shannon Price", "West Yorkshire Police"],
        ["Monday"],
    ),
    (
        "Intel will cut 15% of its workforce after a $1.6 billion loss.\n\n"
        "Pat Gelsinger called it a painful day. Qualcomm was reported to have approached "
        "Intel about a takeover, and Arm has also shown interest.\n\n"
        "TSMC reported record profits.",
        ["Intel", "Pat Gelsinger", "Qualcomm", "Arm", "TSMC"],
        [],
    ),
]

# Batch 3, written after the first fixes (before running them): other outlets' shapes.
CASES += [
    (
        "Court documents show that Marcus Bell, 45, and his business partner, Tanya Ruiz, "
        "owed more than $2 million to investors.\n\n"
        "Bell's attorney, Sheldon Pryce, declined to comment. Ruiz could not be reached.\n\n"
        "The case was filed in Cook County Circuit Court.",
        ["Marcus Bell", "Tanya Ruiz", "Sheldon Pryce", "Cook County Circuit Court"],
        [],
    ),
    (
        "Obituary: Margarethe Vollmer, a pioneer of German television, has died at 91.\n\n"
        "Born in Dresden, Vollmer joined ZDF in 1963. She is survived by her son, Konrad.\n\n"
        "Heike Brandt, who worked with her for two decades, called her fearless.",
        ["Margarethe Vollmer", "ZDF", "Heike Brandt"],
        ["Dresden"],
    ),
    (
        "Q: What made you leave Goldman?\n\n"
        "Sanjay Raghavan: I wanted to build something. Stripe gave me that chance.\n\n"
        "Raghavan joined Stripe in 2018 and now leads its payments business in Asia.",
        ["Sanjay Raghavan", "Stripe"],
        [],
    ),
    (
        "Live: Wimbledon day nine\n\n"
        "Sinner breaks in the third game. Medvedev looks rattled and calls for the trainer.\n\n"
        "Sinner holds to love. Jannik Sinner leads 4-1 in the first set against Daniil "
        "Medvedev.",
        ["Jannik Sinner", "Daniil Medvedev"],
        ["Wimbledon"],
    ),
    (
        "Press release: Northwind Logistics appoints new chief financial officer\n\n"
        "Northwind Logistics today announced the appointment of Amara Okonkwo as chief "
        "financial officer, effective January 1.\n\n"
        "Okonkwo joins from Maersk, where she led treasury.",
        ["Northwind Logistics", "Amara Okonkwo", "Maersk"],
        ["January"],
    ),
    (
        "The Green Bay Packers signed Jordan Love to a four-year extension.\n\n"
        "Love threw for 4,159 yards last season. Matt LaFleur called him the future of the "
        "franchise.\n\n"
        "Brian Gutekunst negotiated the deal with Love's agents at CAA.",
        ["Green Bay Packers", "Jordan Love", "Matt LaFleur", "Brian Gutekunst", "CAA"],
        [],
    ),
    (
        "Heavy rains flooded parts of Lagos on Sunday.\n\n"
        "Babajide Sanwo-Olu urged residents to stay indoors. The Nigerian Meteorological "
        "Agency (NiMet) warned of more storms.\n\n"
        "NiMet said the rains would ease by Wednesday.",
        ["Babajide Sanwo-Olu", "Nigerian Meteorological Agency"],
        ["Sunday", "Wednesday"],
    ),
    (
        "Shareholders of Paramount approved the merger with Skydance.\n\n"
        "David Ellison will become chief executive. Shari Redstone, whose family controls "
        "National Amusements, backed the deal.\n\n"
        "Redstone's support had been decisive.",
        ["Paramount", "Skydance", "David Ellison", "Shari Redstone", "National Amusements"],
        [],
    ),
    (
        "The Louvre will close a gallery after water damaged several paintings.\n\n"
        "Laurence des Cars asked the ministry for funds. Rachida Dati visited the museum on "
        "Friday.\n\n"
        "The Mona Lisa was not affected.",
        ["Louvre", "Laurence des Cars", "Rachida Dati"],
        ["Mona Lisa", "Friday"],
    ),
    (
        "Samira Haddad and Yousef Karimi were arrested at the border on Thursday.\n\n"
        "The pair were carrying forged passports, according to Frontex. Haddad told "
        "investigators she was fleeing persecution.\n\n"
        "Karimi's lawyer said he would seek asylum.",
        ["Samira Haddad", "Yousef Karimi", "Frontex"],
        ["Thursday"],
    ),
    (
        "Ryanair cut its fare forecast, blaming weak demand.\n\n"
        "Michael O'Leary said prices would fall over the summer. EasyJet and Wizz Air also "
        "warned on profits.\n\n"
        "O'Leary spoke at the company's results in Dublin.",
        ["Ryanair", "Michael O'Leary", "EasyJet", "Wizz Air"],
        [],
    ),
    (
        "A Bangladeshi court sentenced Sheikh Hasina in absentia.\n\n"
        "Hasina fled to India after protests last year. Muhammad Yunus, who leads the interim "
        "government, said justice had been served.\n\n"
        "The Awami League called the trial a farce.",
        ["Sheikh Hasina", "Muhammad Yunus", "Awami League"],
        [],
    ),
    (
        "Ajay Banga was confirmed as World Bank president.\n\n"
        "Banga previously ran Mastercard. Kristalina Georgieva welcomed his appointment.\n\n"
        "The IMF and World Bank hold their spring meetings next month.",
        ["Ajay Banga", "World Bank", "Mastercard", "Kristalina Georgieva", "IMF"],
        [],
    ),
    (
        "The Mariners beat the Astros 5-3 in 11 innings.\n\n"
        "Julio Rodriguez homered twice. Jose Altuve had three hits for Houston.\n\n"
        "Seattle moved a game ahead in the AL West.",
        ["Mariners", "Astros", "Julio Rodriguez", "Jose Altuve"],
        ["AL West"],
    ),
    (
        "Easter travel disrupted as Eurostar cancels trains\n\n"
        "Eurostar cancelled 30 trains after flooding in a tunnel near Lille. Gwendoline "
        "Cazenave apologised to passengers.\n\n"
        "SNCF said repairs would take two days.",
        ["Eurostar", "Gwendoline Cazenave", "SNCF"],
        ["Easter"],
    ),
]
