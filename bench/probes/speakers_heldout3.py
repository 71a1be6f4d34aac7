"""Third round of held-out cases (written with ``speakers_cases3``; only run for totals)."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    (
        "Store owner Ray Dunn has been robbed three times this year.\n\n"
        "Police say they are stepping up patrols. Sergeant Kate Lowe said arrests had been "
        "made.\n\n"
        '"I do not feel safe in my own shop," Mr Dunn said.',
        "I do not feel safe",
        "Ray Dunn",
    ),
    (
        "Beth Alder, 29, gave birth in the ambulance.\n\n"
        "Paramedic Sam Grey delivered the baby on the A38.\n\n"
        '"It all happened so fast," she said.',
        "It all happened so fast",
        "Beth Alder",
    ),
    (
        "Coach Lena Voss watched from the stands. She was suspended last month.\n\n"
        "Her assistant, Tom Reid, took charge of the team.\n\n"
        '"I was proud of every single one of them," she said afterwards.',
        "I was proud of every single",
        "Lena Voss",
    ),
    (
        "The charity's director, Ruth Okoro, said donations had fallen by a third.\n\n"
        "Demand for food parcels has doubled.\n\n"
        '"We are at breaking point," the director said.',
        "We are at breaking point",
        "Ruth Okoro",
    ),
    (
        "Farmer Gwyn Price lost his entire crop.\n\n"
        "The Met Office said it was the wettest spring since records began.\n\n"
        '"Thirty years farming and I have never seen this," Mr Price said.',
        "Thirty years farming",
        "Gwyn Price",
    ),
    (
        "Councillor Rob Elms said the road would be resurfaced by June.\n\n"
        "Residents have complained about potholes for years.\n\n"
        "Some say their cars have been damaged.\n\n"
        '"We have heard the message loud and clear," he said.',
        "We have heard the message",
        "Rob Elms",
    ),
    (
        "The statement from the palace said:\n\n"
        '"The King is resting comfortably and thanks everyone for their good wishes."',
        "The King is resting",
        None,
    ),
    (
        'Critics dubbed the building "the walkie-talkie" when it opened.',
        "the walkie-talkie",
        None,
    ),
    (
        "Alex Moran, the club captain, missed the penalty.\n\n"
        "Team-mate Jordan Fox scored the winner in the 89th minute.\n\n"
        '"I owe Jordan a drink," Moran said.',
        "I owe Jordan a drink",
        "Alex Moran",
    ),
    (
        "Veronica Salt, who lost her son in the crash, spoke outside the court.\n\n"
        '"No sentence will bring him back," she said.',
        "No sentence will bring him back",
        "Veronica Salt",
    ),
]
