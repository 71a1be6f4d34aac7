"""Fifth round of tuning cases (written, with ``speakers_heldout5``, after round four):
longer stories where a speaker's quotes come back after others have spoken."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    (
        "Union organiser Dave Holt said members had voted to strike.\n\n"
        '"Enough is enough," he said.\n\n'
        "Management said the offer was final. Human resources director Jill Amos said the "
        "company could not afford more.\n\n"
        '"We have been more than fair," she said.\n\n'
        "Holt disagreed.\n\n"
        '"Fair would be keeping up with inflation."',
        "Fair would be keeping up",
        "Dave Holt",
    ),
    (
        "Mayor Rosa Lind opened the new library on Saturday.\n\n"
        '"Libraries are the heart of a town," she said.\n\n'
        "Architect Paul Dorn designed the building. He said it used recycled timber.\n\n"
        '"Every beam has a history," he said.\n\n'
        '"This is for the children," the mayor added.',
        "This is for the children",
        "Rosa Lind",
    ),
    (
        "Midfielder Sam Ode scored the opener.\n\n"
        '"I just hit it and hoped," Ode said.\n\n'
        "Manager Kevin Platt was less impressed with the second half.\n\n"
        '"We switched off," Platt said. "That cannot happen."\n\n'
        '"We will learn from it," Ode added.',
        "We will learn from it",
        "Sam Ode",
    ),
    (
        "Scientist Ingrid Vale leads the project. She has studied the glacier since 2001.\n\n"
        "Her colleague Ben Roth monitors the sensors.\n\n"
        '"The ice is retreating faster every year," Vale said.\n\n'
        '"We have lost 40 metres since last spring," she said.',
        "We have lost 40 metres",
        "Ingrid Vale",
    ),
    (
        "Jake Morrow, 19, was stabbed outside a nightclub.\n\n"
        "His mother, Diane Morrow, said he was a gentle boy.\n\n"
        '"He wanted to be a chef," she said.\n\n'
        '"He had his whole life ahead of him."',
        "He had his whole life ahead",
        "Diane Morrow",
    ),
    (
        "Pilot Mark Evans landed the plane on one engine.\n\n"
        "Passengers applauded. One, Ruth Bell, said she had been terrified.\n\n"
        '"The crew were so calm," she said.\n\n'
        "Evans said he had trained for the moment.\n\n"
        '"You never think it will happen to you," he said.',
        "You never think it will happen",
        "Mark Evans",
    ),
    (
        "Two candidates are running: Lisa Grant and Omar Reyes.\n\n"
        "Grant wants lower taxes. Reyes wants more spending on schools.\n\n"
        '"Our schools are crumbling," Reyes said.\n\n'
        '"Families cannot afford more tax," Grant said.',
        "Families cannot afford more tax",
        "Lisa Grant",
    ),
    (
        "Ruth Coyle runs the animal shelter.\n\n"
        '"We are full," she said. "We have 80 dogs and room for 50."\n\n'
        "The council has offered a grant.\n\n"
        '"It is not enough," Coyle said.',
        "It is not enough",
        "Ruth Coyle",
    ),
    (
        "Defence lawyer Philip Crane said his client would appeal.\n\n"
        "Prosecutor Anne Webb said justice had been done.\n\n"
        '"The jury saw through his lies," Webb said.\n\n'
        '"The verdict is unsafe," Crane said.',
        "The verdict is unsafe",
        "Philip Crane",
    ),
    (
        "Head coach Lisa Park was sacked on Monday after a run of defeats.\n\n"
        '"It has been an honour," she said in a statement.\n\n'
        "Club chairman Martin Dale thanked her for her work.\n\n"
        '"Lisa gave everything," he said.',
        "Lisa gave everything",
        "Martin Dale",
    ),
]
