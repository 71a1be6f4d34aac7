"""Tuning cases of the names probe, round 2 (names said once, with no title, role or speech
verb beside them): written after the held-out file of the round and before any rule."""

CASES: list[tuple[str, list[str], list[str]]] = [
    (
        "The Senate rejected the amendment 48-52 on Thursday.\n\n"
        "Rand Paul (R-Ky.) and Mike Lee (R-Utah) voted with Democrats.\n\n"
        "Leaders hope to finish the bill this week.",
        ["Rand Paul", "Mike Lee", "Senate"],
        ["Utah", "Thursday"],
    ),
    (
        "The resolution failed in committee.\n\n"
        "Rep. Jamie Raskin, D-Md., said it was a stunt, and Rep. Chip Roy, R-Texas, said "
        "he would try again.\n\n"
        "No date was set.",
        ["Jamie Raskin", "Chip Roy"],
        ["Texas"],
    ),
    (
        "The governor signed the budget late on Friday.\n\n"
        "State Sen. Ana Delgado (D-Tucson) and Rep. Warren Pike (R-Prescott) voted "
        "against it.\n\n"
        "The budget takes effect on July 1.",
        ["Ana Delgado", "Warren Pike"],
        ["Tucson", "Prescott", "July"],
    ),
    (
        "Two GOP senators, Rand Paul of Kentucky and Thom Tillis of North Carolina, joined "
        "Democrats to oppose the bill.\n\n"
        "The vote was 51-49.",
        ["Rand Paul", "Thom Tillis", "Democrats"],
        ["Kentucky", "North Carolina"],
    ),
    (
        "A woman has died after being hit by a bus in Bristol.\n\n"
        "She was named as Hannah Llewellyn, 41, by Avon and Somerset Police.\n\n"
        "The driver was not hurt.",
        ["Hannah Llewellyn", "Avon and Somerset Police"],
        ["Bristol"],
    ),
    (
        "Authorities issued arrest warrants for two more suspects on Monday.\n\n"
        "One is a Thai woman identified as Wanna Suansun; the other is a foreign man.\n\n"
        "Police said more arrests would follow.",
        ["Wanna Suansun", "Police"],
        ["Monday", "Thai"],
    ),
    (
        "The driver was later identified as Marcus Delaney of Dayton.\n\n"
        "He was taken to hospital with minor injuries.\n\n"
        "The crash closed the interstate for three hours.",
        ["Marcus Delaney"],
        ["Dayton"],
    ),
    (
        "Senators Elizabeth Warren and Bernie Sanders wrote to the bank on Tuesday.\n\n"
        "They asked for details of its overdraft fees.\n\n"
        "The bank did not respond.",
        ["Elizabeth Warren", "Bernie Sanders"],
        ["Senators", "Tuesday"],
    ),
    (
        "The startup has raised $40m from investors.\n\n"
        "The round was led by Sequoia Capital, with Andreessen Horowitz and Index Ventures "
        "also taking part.\n\n"
        "It will use the money to hire engineers.",
        ["Sequoia Capital", "Andreessen Horowitz", "Index Ventures"],
        [],
    ),
    (
        "The band's new album is out on Friday.\n\n"
        "It features guest spots from Phoebe Bridgers, Lucy Dacus and Julien Baker.\n\n"
        "A tour follows in the autumn.",
        ["Phoebe Bridgers", "Lucy Dacus", "Julien Baker"],
        ["Friday"],
    ),
    (
        "The foundation was set up by Melinda French Gates in 2015.\n\n"
        "It funds research into maternal health.\n\n"
        "Its grants rose by a third last year.",
        ["Melinda French Gates"],
        [],
    ),
    (
        "Prosecutors called three witnesses on the first day of the trial.\n\n"
        "Among them were Keisha Brandt and Oleksandr Marchenko, both former employees.\n\n"
        "The trial is expected to last two weeks.",
        ["Keisha Brandt", "Oleksandr Marchenko"],
        [],
    ),
    (
        "The assembly passed the housing bill 45-30.\n\n"
        "Assemblymembers Rosa Ybarra and Glen Whitaker abstained.\n\n"
        "The bill now goes to the governor.",
        ["Rosa Ybarra", "Glen Whitaker"],
        ["Assemblymembers"],
    ),
    (
        "The defender has signed a new contract until 2028.\n\n"
        "He had attracted interest from Bayer Leverkusen and Olympique Lyonnais.\n\n"
        "He joined the club as a teenager.",
        ["Bayer Leverkusen", "Olympique Lyonnais"],
        [],
    ),
    (
        "The meeting in Geneva lasted four hours.\n\n"
        "It was attended by Antony Blinken and Wang Yi, the two countries' top diplomats.\n\n"
        "Both sides called it constructive.",
        ["Antony Blinken", "Wang Yi"],
        ["Geneva"],
    ),
    (
        "A 27-year-old man, Kofi Mensah of Croydon, appeared in court on Monday.\n\n"
        "He is charged with robbery.\n\n"
        "He will appear at the Old Bailey next month.",
        ["Kofi Mensah"],
        ["Croydon", "Old Bailey", "Monday"],
    ),
    (
        "The brokerage upgraded the stock to buy.\n\n"
        "Its rivals Charles Schwab and Interactive Brokers have lost customers this year.\n\n"
        "The shares rose 3%.",
        ["Charles Schwab", "Interactive Brokers"],
        [],
    ),
    (
        "The mayor's plan drew criticism from both sides.\n\n"
        "Its author, Devon Okafor of Ward 4, defended it at the hearing.\n\n"
        "The council will vote next month.",
        ["Devon Okafor"],
        ["Ward"],
    ),
    (
        "The race was won by a rider from Slovenia.\n\n"
        "Tadej Pogacar finished ahead of Jonas Vingegaard and Remco Evenepoel.\n\n"
        "The tour ends in Nice on Sunday.",
        ["Tadej Pogacar", "Jonas Vingegaard", "Remco Evenepoel"],
        ["Nice", "Sunday"],
    ),
    (
        "The painting sold for $12m at auction.\n\n"
        "It had belonged to the collector Edwin Harcourt, who bought it in 1974.\n\n"
        "The buyer was not named.",
        ["Edwin Harcourt"],
        [],
    ),
]
