"""Held-out cases of the names probe, round 2 (names said once, with no title, role or
speech verb beside them): written before the round's tuning file and before any rule,
run for totals at the start and end only, never tuned on."""

CASES: list[tuple[str, list[str], list[str]]] = [
    (
        "The Senate voted 51-49 to advance the spending package late on Tuesday.\n\n"
        "Lisa Murkowski (R-Alaska) and Susan Collins (R-Maine) joined every Democrat in "
        "opposing the motion.\n\n"
        "A final vote is expected later this week.",
        ["Lisa Murkowski", "Susan Collins", "Senate"],
        ["Alaska", "Maine", "Tuesday"],
    ),
    (
        "Two House Republicans broke ranks on the border bill.\n\n"
        "Thomas Massie of Kentucky and Brian Fitzpatrick of Pennsylvania voted against it, "
        "saying it went too far.\n\n"
        "The measure now goes to the Senate.",
        ["Thomas Massie", "Brian Fitzpatrick", "Senate"],
        ["Kentucky", "Pennsylvania"],
    ),
    (
        "Police have charged a man with murder after a woman was found dead in a flat in "
        "Leeds.\n\n"
        "The victim has been named as Chloe Whitcombe, and the man charged as Darren "
        "Pashley.\n\n"
        "West Yorkshire Police appealed for witnesses.",
        ["Chloe Whitcombe", "Darren Pashley", "West Yorkshire Police"],
        ["Leeds"],
    ),
    (
        "The utility's shares rose after regulators approved the rate increase.\n\n"
        "Rep. Kathy Castor, D-Fla., called the decision a blow to families, and Sen. Rick "
        "Scott, R-Fla., said he would review it.\n\n"
        "The increase takes effect in January.",
        ["Kathy Castor", "Rick Scott"],
        ["January"],
    ),
    (
        "The merger talks collapsed on Friday.\n\n"
        "Executives from Paramount Global met Skydance Media and Apollo Global Management "
        "over the summer, but no offer was made.\n\n"
        "Shares fell 4% in New York.",
        ["Paramount Global", "Skydance Media", "Apollo Global Management"],
        ["New York", "Friday"],
    ),
    (
        "The fire began in a kitchen shortly after midnight, officials said.\n\n"
        "Two residents, identified by relatives as Marisol Ortega and Javier Ortega, were "
        "taken to hospital.\n\n"
        "The cause is under investigation.",
        ["Marisol Ortega", "Javier Ortega"],
        [],
    ),
    (
        "Senators Amy Klobuchar and John Cornyn introduced the bill on Wednesday.\n\n"
        "It would require platforms to remove the images within 48 hours.\n\n"
        "Meta and Snap said they supported its aims.",
        ["Amy Klobuchar", "John Cornyn", "Meta", "Snap"],
        ["Senators", "Wednesday"],
    ),
    (
        "The festival's line-up was announced on Thursday.\n\n"
        "Greta Gerwig, Yorgos Lanthimos and Celine Song will present new films, alongside "
        "Pedro Almodovar.\n\n"
        "Tickets go on sale in May.",
        ["Greta Gerwig", "Yorgos Lanthimos", "Celine Song", "Pedro Almodovar"],
        ["May", "Thursday"],
    ),
    (
        "A jury convicted the former aide on all counts.\n\n"
        "The case was brought by Manhattan District Attorney Alvin Bragg, whose office "
        "called Priya Raman and Desmond Achebe as its main witnesses.\n\n"
        "Sentencing is set for March 4.",
        ["Alvin Bragg", "Priya Raman", "Desmond Achebe"],
        ["Manhattan", "March"],
    ),
    (
        "The company was founded by Whitney Wolfe Herd in 2014.\n\n"
        "It now competes with Hinge and Tinder, both owned by Match Group.\n\n"
        "Its shares have fallen by half this year.",
        ["Whitney Wolfe Herd", "Hinge", "Tinder", "Match Group"],
        [],
    ),
    (
        "The council approved the new stadium plan by seven votes to two.\n\n"
        "Councilmembers Tanya Brooks and Ethan Whitfield voted no, citing the cost.\n\n"
        "Construction could begin next spring.",
        ["Tanya Brooks", "Ethan Whitfield"],
        ["Councilmembers"],
    ),
    (
        "The Kremlin dismissed the report as fiction.\n\n"
        "The talks in Riyadh were attended by Sergei Lavrov and Yuri Ushakov on the Russian "
        "side.\n\n"
        "No date was set for another round.",
        ["Kremlin", "Sergei Lavrov", "Yuri Ushakov"],
        ["Riyadh", "Russian"],
    ),
    (
        "The suspect, 34-year-old Tobias Renner of Asheville, was arrested at his home.\n\n"
        "He faces three counts of fraud.\n\n"
        "Buncombe County Sheriff's Office said the investigation began in June.",
        ["Tobias Renner", "Buncombe County Sheriff's Office"],
        ["Asheville", "June"],
    ),
    (
        "Investors cheered the quarterly report.\n\n"
        "Nvidia beat forecasts again, while rivals Advanced Micro Devices and Intel lost "
        "ground.\n\n"
        "The results lifted the Nasdaq Composite by 1.2%.",
        ["Nvidia", "Advanced Micro Devices", "Intel"],
        ["Nasdaq Composite"],
    ),
    (
        "The award went to a reporter who exposed abuses in care homes.\n\n"
        "Previous winners include Carole Cadwalladr and Seymour Hersh.\n\n"
        "The ceremony was held at the Barbican Centre.",
        ["Carole Cadwalladr", "Seymour Hersh"],
        ["Barbican Centre"],
    ),
    (
        "Rescue teams reached the village after a landslide blocked the only road.\n\n"
        "A local official, identified only as Mr Adebayo, said 12 homes were buried.\n\n"
        "The Red Cross sent tents and water.",
        ["Adebayo", "Red Cross"],
        [],
    ),
    (
        "The bill passed the state House 88-60.\n\n"
        "Its sponsor, Gabriel Acevedo of Yakima, said it would protect farm workers.\n\n"
        "It now moves to the state Senate.",
        ["Gabriel Acevedo"],
        ["Yakima"],
    ),
    (
        "The striker's move was confirmed on deadline day.\n\n"
        "He joins from Eintracht Frankfurt, having also been chased by Atalanta and "
        "Fulham.\n\n"
        "The fee was not disclosed.",
        ["Eintracht Frankfurt", "Atalanta", "Fulham"],
        [],
    ),
]
