"""Third round of tuning cases (written, with ``speakers_heldout3``, after round two's fixes):
speakers named far from their quotes in longer stories."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    (
        "Paula Grant, a teacher, and her husband Mike, a builder, bought the house in 2012. "
        "She says the cracks appeared within a year.\n\n"
        "The developer, Castle Homes, blames subsidence.\n\n"
        '"We have spent our savings on surveys," she said.\n\n'
        '"Nobody will take responsibility."',
        "Nobody will take responsibility",
        "Paula Grant",
    ),
    (
        "Nick Fowler became manager in June. He has won four of his six games.\n\n"
        "Assistant coach Sarah Bell runs the training sessions.\n\n"
        '"The players have bought into what we are doing," he said.',
        "The players have bought into",
        "Nick Fowler",
    ),
    (
        "Opposition leader Ana Costa attacked the plan in parliament. She said it would hit "
        "pensioners hardest.\n\n"
        "Finance minister Jorge Silva defended the cuts. He said they were unavoidable.\n\n"
        '"We inherited a disaster," he said.\n\n'
        '"This plan is cruel and lazy," she said.',
        "This plan is cruel",
        "Ana Costa",
    ),
    (
        "Jenny Rowe, 41, was on the platform when the train arrived.\n\n"
        "Transport police said three people were treated for minor injuries.\n\n"
        '"People were screaming and pushing," Ms Rowe said.',
        "People were screaming",
        "Jenny Rowe",
    ),
    (
        "The inquiry heard from Dr Peter Hale, a consultant at the hospital.\n\n"
        "Counsel to the inquiry, Emma Shaw KC, asked him about staffing levels.\n\n"
        '"We were running at half strength most nights," he said.',
        "We were running at half strength",
        "Peter Hale",
    ),
    (
        "Samir Haddad fled Aleppo in 2015 with his two sons.\n\n"
        "The family spent a year in a camp in Lebanon before reaching Germany.\n\n"
        "Today he runs a bakery in Leipzig.\n\n"
        '"I wanted my sons to have a normal life," he said.',
        "I wanted my sons",
        "Samir Haddad",
    ),
    (
        "Deputy head Claire Monroe said pupils had been told to stay at home.\n\n"
        "The school's heating system failed on Monday morning. Engineers were called.\n\n"
        '"We hope to reopen on Thursday," Mrs Monroe added.',
        "We hope to reopen",
        "Claire Monroe",
    ),
    (
        '"We are taking this extremely seriously," said Ofcom chief executive Melanie '
        "Dawes.\n\n"
        "The regulator received more than 4,000 complaints.\n\n"
        '"Broadcasters must follow the code," she added.',
        "Broadcasters must follow the code",
        "Melanie Dawes",
    ),
    (
        "Mohammed Ali Khan, the restaurant's owner, said he was shocked by the inspection.\n\n"
        "The food hygiene rating was cut from five to one.\n\n"
        '"We clean every night," Mr Khan said.',
        "We clean every night",
        "Khan",
    ),
    (
        "Tony Reeves and Jim Hart founded the company in a garage.\n\n"
        "Reeves left in 2010. Hart stayed on as chief executive.\n\n"
        '"It was never about the money for me," Hart said.',
        "It was never about the money",
        "Jim Hart",
    ),
    (
        "Two witnesses gave evidence on Tuesday.\n\n"
        'Lorna Bright said she saw a man running. "He was wearing a red jacket," she said.\n\n'
        'Kevin Moss said he heard two shots. "It was very loud," he said.',
        "It was very loud",
        "Kevin Moss",
    ),
    (
        "The minister, Yuki Tanabe, resigned on Friday.\n\n"
        "Her deputy, Kenji Mori, will take over until an election.\n\n"
        '"I take full responsibility," Ms Tanabe said in a televised statement.',
        "I take full responsibility",
        "Yuki Tanabe",
    ),
    (
        "Lead researcher Dr Amara Eze said the results surprised the team.\n\n"
        "The study followed 12,000 adults for a decade.\n\n"
        "It found that those who walked daily lived longer.\n\n"
        '"The effect was much larger than we expected," Dr Eze said.',
        "The effect was much larger",
        "Amara Eze",
    ),
    (
        "Speaking to the Guardian, Olivia Trent said she had been bullied for months.\n\n"
        '"I dreaded going to work," she said.',
        "I dreaded going to work",
        "Olivia Trent",
    ),
    (
        "Former champion Greg Lyle was at ringside.\n\n"
        '"He fought like a lion," Lyle said of the winner.',
        "He fought like a lion",
        "Greg Lyle",
    ),
    (
        "The statement from Downing Street read:\n\n"
        '"The prime minister has full confidence in the home secretary."',
        "The prime minister has full confidence",
        "Downing Street",
    ),
    (
        "Resident Maggie Fulton, 82, said the bus was her lifeline.\n\n"
        "The route will be withdrawn in May.\n\n"
        '"Without it I will be stuck indoors," she said.\n\n'
        "The bus operator, Stagecoach, said passenger numbers had halved.",
        "Without it I will be stuck",
        "Maggie Fulton",
    ),
    (
        "Hospital porter Dev Patel, 52, has worked nights for 20 years.\n\n"
        "His union, Unison, says porters are the lowest paid staff in the trust.\n\n"
        '"We keep the place running and nobody notices," he said.',
        "We keep the place running",
        "Dev Patel",
    ),
    (
        'The review called the system "not fit for purpose".\n\nIt was led by Baroness Helen Fry.',
        "not fit for purpose",
        None,
    ),
    (
        'The campaign slogan, "Take Back the Streets", appeared on billboards across the city.',
        "Take Back the Streets",
        None,
    ),
]
