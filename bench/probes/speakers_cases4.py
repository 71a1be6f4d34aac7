"""Fourth round of tuning cases (written, with ``speakers_heldout4``, after round three's
fixes): press releases, court and sports reports, live blogs, present tense, dashes."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    (
        '"We are delighted to welcome Maria to the team," said Jonathan Reed, CEO of '
        'Brightline Systems. "Her experience will be invaluable."',
        "Her experience will be invaluable",
        "Jonathan Reed",
    ),
    (
        "Speaking at a conference in Lisbon on Tuesday, economist Rui Matos said:\n\n"
        '"The recovery is real but fragile."',
        "The recovery is real",
        "Rui Matos",
    ),
    (
        '"We will not give up" — that was the message from campaigner Aoife Byrne as the '
        "march reached Dublin.",
        "We will not give up",
        "Aoife Byrne",
    ),
    (
        'Sentencing, Judge Robert Lyle said Carter had shown "a complete disregard for '
        'human life".',
        "a complete disregard",
        "Robert Lyle",
    ),
    (
        "Carter, 32, of Hull, admitted manslaughter.\n\n"
        'Judge Robert Lyle told him: "You will spend a very long time in prison."',
        "You will spend a very long time",
        "Robert Lyle",
    ),
    (
        'Defending, Amir Qureshi said his client was "genuinely remorseful".',
        "genuinely remorseful",
        "Amir Qureshi",
    ),
    (
        "Rovers boss Gary Lang says his side deserved the win.\n\n"
        '"We were the better team for 90 minutes," says Lang.',
        "We were the better team",
        "Gary Lang",
    ),
    (
        'In an email to staff, chief executive Fiona Marsh wrote: "These are difficult '
        'decisions but they are necessary."',
        "These are difficult decisions",
        "Fiona Marsh",
    ),
    (
        '"I just want answers," Linda Shaw, whose son died in custody, told The Associated Press.',
        "I just want answers",
        "Linda Shaw",
    ),
    (
        "A senior official, who asked not to be named because they were not authorised to "
        'speak, said: "The talks are close to collapse."',
        "The talks are close to collapse",
        "official",  # round 12: a speaker described is the description (was None)
    ),
    (
        "10:42am\n\n"
        "Health secretary Wes Kerr is speaking in the Commons now.\n\n"
        '"We will clear the backlog by the end of next year," he tells MPs.',
        "We will clear the backlog",
        "Wes Kerr",
    ),
    (
        "The letter, signed by 40 MPs including Tory backbencher Claire Hunt, says the "
        'policy is "unworkable".',
        "unworkable",
        None,
    ),
    (
        'Ms Hunt told the BBC\'s Today programme: "We have been ignored for too long."',
        "We have been ignored",
        "Hunt",
    ),
    (
        '"Oh my God, look at that!" the pilot can be heard saying in the cockpit recording.',
        "Oh my God",
        None,
    ),
    (
        'Kim Soo-jin, a 45-year-old shop owner in Seoul, said: "Prices keep going up and '
        'customers keep going away."',
        "Prices keep going up",
        "Kim Soo-jin",
    ),
    (
        "President Emmanuel Okonjo said in a televised address that the country would "
        '"never bow to terror".',
        "never bow to terror",
        "Emmanuel Okonjo",
    ),
    (
        '"The door was open, so I went in," the 16-year-old told police in an interview '
        "played to the jury.\n\nThe boy cannot be named for legal reasons.",
        "The door was open",
        None,
    ),
    (
        "Marathon winner Joyce Kiptoo said the heat was brutal.\n\n"
        '"After 30km I could not feel my legs," the Kenyan said. "I just kept going."',
        "I just kept going",
        "Joyce Kiptoo",
    ),
    (
        "Fire chief Dan Ortiz said the blaze was started deliberately.\n\n"
        "Investigators are examining CCTV footage.\n\n"
        '"Someone did this on purpose," Ortiz said. "We will find them."',
        "We will find them",
        "Dan Ortiz",
    ),
    (
        'Asked if she would stand again, Mayor Joan Pike replied: "Watch this space."',
        "Watch this space",
        "Joan Pike",
    ),
]
