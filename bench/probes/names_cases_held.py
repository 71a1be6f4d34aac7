"""Held-out cases of the names probe: run for totals at the start and end only, never tuned on."""

CASES: list[tuple[str, list[str], list[str]]] = [
    (
        "Airbnb shares fell 9% after the company warned of weaker summer bookings.\n\n"
        "Brian Chesky said travellers were booking later. Booking Holdings and Expedia "
        "reported similar trends.\n\n"
        "Chesky spoke on a call with analysts on Wednesday.",
        ["Airbnb", "Brian Chesky", "Booking Holdings", "Expedia"],
        ["Wednesday"],
    ),
    (
        "Ottawa expelled six Indian diplomats over the killing of a Sikh activist.\n\n"
        "Justin Trudeau said the evidence was credible. New Delhi rejected the claims, and "
        "Subrahmanyam Jaishankar called them absurd.\n\n"
        "Hardeep Singh Nijjar was shot dead in British Columbia last year.",
        [
            "Ottawa",
            "Justin Trudeau",
            "New Delhi",
            "Subrahmanyam Jaishankar",
            "Hardeep Singh Nijjar",
        ],
        [],
    ),
    (
        "Real Madrid came from behind to beat Borussia Dortmund 5-2.\n\n"
        "Vinicius Junior scored a hat-trick, and Kylian Mbappe and Lucas Vazquez also scored. "
        "Carlo Ancelotti hailed the comeback.\n\n"
        "Dortmund's Nuri Sahin said his team had collapsed.",
        [
            "Real Madrid",
            "Borussia Dortmund",
            "Vinicius Junior",
            "Kylian Mbappe",
            "Lucas Vazquez",
            "Carlo Ancelotti",
            "Nuri Sahin",
        ],
        [],
    ),
    (
        "Thousands marched in Tbilisi against the ruling Georgian Dream party.\n\n"
        "Bidzina Ivanishvili founded the party. Salome Zourabichvili said the election had "
        "been stolen.\n\n"
        "Brussels froze Georgia's accession talks.",
        ["Georgian Dream", "Bidzina Ivanishvili", "Salome Zourabichvili", "Brussels"],
        [],
    ),
    (
        "Rosa Martínez García, 58, of Seville, won the lottery's top prize.\n\n"
        "Martínez said she would pay off her daughter's mortgage. Her husband, José Luis "
        "Fernández, works at a bakery.\n\n"
        "Loterías y Apuestas del Estado confirmed the win.",
        ["Rosa Martínez García", "José Luis Fernández", "Loterías y Apuestas del Estado"],
        [],
    ),
    (
        "The Environmental Protection Agency (EPA) set the first national limits on "
        '"forever chemicals" in drinking water.\n\n'
        "Michael Regan announced the rule in North Carolina. 3M and DuPont have paid billions "
        "to settle lawsuits.\n\n"
        "The American Water Works Association said the rule would raise bills.",
        [
            "Environmental Protection Agency",
            "Michael Regan",
            "3M",
            "DuPont",
            "American Water Works Association",
        ],
        [],
    ),
    (
        "Memorial Day weekend travel hit a record, with 3.5 million people flying.\n\n"
        "The Transportation Security Administration screened 2.9 million on Friday alone. "
        "Southwest and JetBlue added flights.\n\n"
        "Gas prices fell before the holiday, AAA said.",
        ["Transportation Security Administration", "Southwest", "JetBlue", "AAA"],
        ["Memorial Day", "Friday"],
    ),
    (
        "Cyril Ramaphosa's ANC lost its majority for the first time since 1994.\n\n"
        "The Democratic Alliance came second, and Jacob Zuma's MK party surged. John "
        "Steenhuisen said talks on a coalition had begun.\n\n"
        "Julius Malema's EFF was fourth.",
        [
            "Cyril Ramaphosa",
            "ANC",
            "Democratic Alliance",
            "Jacob Zuma",
            "John Steenhuisen",
            "Julius Malema",
            "EFF",
        ],
        [],
    ),
    (
        "Man City drew 1-1 with Liverpool at the Etihad.\n\n"
        "Erling Haaland missed a penalty before Mohamed Salah equalised. Pep Guardiola said "
        "the title race was wide open.\n\n"
        "Arne Slot praised Virgil van Dijk.",
        [
            "Man City",
            "Liverpool",
            "Erling Haaland",
            "Mohamed Salah",
            "Pep Guardiola",
            "Arne Slot",
            "Virgil van Dijk",
        ],
        ["Etihad"],
    ),
    (
        "The Great Gatsby will enter the public domain next year, along with Mickey Mouse.\n\n"
        "Disney still owns later versions of the character. Jennifer Jenkins, who studies "
        "copyright, said the change was overdue.\n\n"
        "Penguin Random House plans new editions.",
        ["Disney", "Jennifer Jenkins", "Penguin Random House"],
        ["The Great Gatsby", "Mickey Mouse"],
    ),
    (
        "Tokyo Electric Power began releasing treated water from Fukushima.\n\n"
        "Beijing banned Japanese seafood in response. Fumio Kishida ate fish from the region "
        "on camera to reassure consumers.\n\n"
        "The IAEA said the release met safety standards.",
        ["Tokyo Electric Power", "Beijing", "Fumio Kishida", "IAEA"],
        ["Fukushima"],
    ),
    (
        "Three climbers died on Mount Everest this week.\n\n"
        "Lakpa Sherpa, Pasang Tamang and Ngima Dorje were guiding a team for Seven Summit "
        "Treks. Nepal's tourism department said the bodies would be recovered.\n\n"
        "Mingma Sherpa, the company's chairman, called it a tragedy.",
        ["Lakpa Sherpa", "Pasang Tamang", "Ngima Dorje", "Seven Summit Treks"],
        ["Mount Everest"],
    ),
    (
        "Goldman Sachs and Apple ended their credit card partnership.\n\n"
        "David Solomon had sought to exit consumer lending. American Express and Synchrony "
        "were in talks to take over the card.\n\n"
        "Tim Cook did not comment.",
        ["Goldman Sachs", "Apple", "David Solomon", "American Express", "Synchrony", "Tim Cook"],
        [],
    ),
    (
        "Thanksgiving dinner will cost slightly less this year, according to the American "
        "Farm Bureau Federation.\n\n"
        "Turkey prices fell 6%. Butterball said supply had recovered from bird flu.\n\n"
        "Kroger and Aldi cut prices on side dishes.",
        ["American Farm Bureau Federation", "Butterball", "Kroger", "Aldi"],
        ["Thanksgiving"],
    ),
    (
        "Imran Khan was sentenced to 14 years in a corruption case.\n\n"
        "His wife, Bushra Bibi, was also convicted. Shehbaz Sharif's government denied "
        "interfering, while the PTI called the verdict a sham.\n\n"
        "Khan's lawyers will appeal in Islamabad.",
        ["Imran Khan", "Bushra Bibi", "Shehbaz Sharif", "PTI"],
        [],
    ),
    (
        "The USS Gerald R. Ford returned to Norfolk after eight months at sea.\n\n"
        "Lloyd Austin thanked the crew. The Pentagon said the carrier had deterred Hezbollah "
        "from widening the war.\n\n"
        "Families waited on the pier for hours.",
        ["Lloyd Austin", "Pentagon", "Hezbollah"],
        ["USS Gerald R. Ford"],
    ),
    (
        "Pope Francis was admitted to Gemelli hospital with bronchitis.\n\n"
        "Matteo Bruni said the pontiff had rested well. Giorgia Meloni visited him on "
        "Wednesday.\n\n"
        "The Vatican cancelled his Sunday audience.",
        ["Pope Francis", "Matteo Bruni", "Giorgia Meloni", "Vatican"],
        ["Wednesday", "Sunday"],
    ),
    (
        "Yoon Suk Yeol was impeached by parliament over his brief declaration of martial law.\n\n"
        "Han Duck-soo became acting president. Lee Jae-myung's Democratic Party led the vote, "
        "and 12 members of the People Power Party joined them.\n\n"
        "Yoon's lawyers called the move unconstitutional.",
        [
            "Yoon Suk Yeol",
            "Han Duck-soo",
            "Lee Jae-myung",
            "Democratic Party",
            "People Power Party",
        ],
        [],
    ),
    (
        "Marlon Vera, 31, of Chone, Ecuador, lost a split decision to Deiveson Figueiredo.\n\n"
        "Figueiredo landed more strikes in the third round. Dana White said Vera deserved a "
        "rematch.\n\n"
        "The UFC returns to Las Vegas next month.",
        ["Marlon Vera", "Deiveson Figueiredo", "Dana White", "UFC"],
        ["Las Vegas"],
    ),
    (
        "Bayer lost another trial over its Roundup weedkiller.\n\n"
        "A jury in Philadelphia awarded $2.2 billion to John McKivison. Bill Anderson said "
        "Bayer would appeal.\n\n"
        "Monsanto, which Bayer bought in 2018, made the product.",
        ["Bayer", "John McKivison", "Bill Anderson", "Monsanto"],
        ["Roundup"],
    ),
    (
        "Heavy snow closed the M62 and stranded drivers overnight.\n\n"
        "National Highways said gritters had been out since Saturday. Sarah Kimber, of "
        "Huddersfield, said she had been stuck for nine hours.\n\n"
        "The Met Office issued an amber warning.",
        ["National Highways", "Sarah Kimber", "Met Office"],
        ["M62", "Saturday"],
    ),
    (
        "Hezbollah and Israel agreed a ceasefire brokered by Washington and Paris.\n\n"
        "Najib Mikati welcomed the deal. Amos Hochstein shuttled between Beirut and Jerusalem "
        "for weeks.\n\n"
        "Hochstein said the truce could hold.",
        ["Hezbollah", "Israel", "Washington", "Paris", "Najib Mikati", "Amos Hochstein"],
        [],
    ),
    (
        "Metallica postponed two concerts after James Hetfield fell ill.\n\n"
        "The band said refunds would be available. Lars Ulrich thanked fans for their "
        "patience.\n\n"
        "AEG Presents is promoting the tour.",
        ["Metallica", "James Hetfield", "Lars Ulrich", "AEG Presents"],
        [],
    ),
]

CASES += [
    (
        "Tuesday's vote was the closest in years.\n\n"
        "Keir Starmer won by 12 votes after Angela Rayner persuaded rebels to back the plan. "
        "Kemi Badenoch called it a humiliation.\n\n"
        "Reform UK voted against.",
        ["Keir Starmer", "Angela Rayner", "Kemi Badenoch", "Reform UK"],
        ["Tuesday"],
    ),
    (
        "Dengue cases in Brazil topped four million this year.\n\n"
        "Nísia Trindade said the vaccine rollout would expand. Takeda makes the vaccine, and "
        "Butantan is developing another.\n\n"
        "São Paulo declared an emergency.",
        ["Nísia Trindade", "Takeda", "Butantan"],
        ["Dengue"],
    ),
    (
        "Jollof Festival Draws Record Crowds In Accra\n\n"
        "More than 20,000 people attended the festival on Saturday. Ama Serwaa, a chef from "
        "Kumasi, won the cooking contest.\n\n"
        "Serwaa said she learned the recipe from her grandmother.",
        ["Ama Serwaa"],
        ["Jollof Festival", "Record Crowds", "Saturday"],
    ),
    (
        "The Golden Gate Bridge was closed for six hours after a protest.\n\n"
        "California Highway Patrol arrested 26 people. Aaron Peskin said the protest had "
        "endangered drivers.\n\n"
        "Caltrans reopened the lanes at noon.",
        ["California Highway Patrol", "Aaron Peskin", "Caltrans"],
        ["Golden Gate Bridge"],
    ),
    (
        "Boeing's Starliner returned to Earth without its crew.\n\n"
        "Nasa decided Butch Wilmore and Suni Williams would fly home with SpaceX instead. "
        "Bill Nelson said safety came first.\n\n"
        "Wilmore and Williams are expected back in February.",
        ["Boeing", "Nasa", "Butch Wilmore", "Suni Williams", "SpaceX", "Bill Nelson"],
        ["Starliner", "February"],
    ),
    (
        "Ajax sacked their coach after a 5-2 defeat to Feyenoord.\n\n"
        "Brian Brobbey scored both Ajax goals. Santiago Gimenez scored twice for Feyenoord.\n\n"
        "Alex Kroes said a change was needed.",
        ["Ajax", "Feyenoord", "Brian Brobbey", "Santiago Gimenez", "Alex Kroes"],
        [],
    ),
    (
        "Juneteenth became a federal holiday in 2021.\n\n"
        "Opal Lee, who campaigned for decades, attended the signing. The NAACP said more "
        "needed to be done.\n\n"
        "Lee is 97.",
        ["Opal Lee", "NAACP"],
        ["Juneteenth"],
    ),
    (
        "Shein filed for a listing in London after New York regulators raised concerns.\n\n"
        "Donald Tang said the company would create jobs. Temu, owned by PDD Holdings, is "
        "its biggest rival.\n\n"
        "Jeremy Hunt met Shein executives in Davos.",
        ["Shein", "Donald Tang", "Temu", "PDD Holdings", "Jeremy Hunt"],
        ["Davos"],
    ),
    (
        "Kenya's High Court blocked the deployment of police to Haiti.\n\n"
        "William Ruto said the government would appeal. Ariel Henry had requested the "
        "mission.\n\n"
        "Ekuru Aukot brought the case.",
        ["High Court", "William Ruto", "Ariel Henry", "Ekuru Aukot"],
        [],
    ),
    (
        "The Hobbit director Peter Jackson is to make two new films.\n\n"
        "Warner Bros said Andy Serkis would direct the first. Jackson will produce.\n\n"
        "Filming begins in New Zealand in May.",
        ["Peter Jackson", "Warner Bros", "Andy Serkis"],
        ["The Hobbit", "May"],
    ),
]
