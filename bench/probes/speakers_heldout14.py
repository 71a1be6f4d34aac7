"""Fourteenth round, held out (written in one sitting and scored before any rule): "the
<noun> said" when no one was titled so. The count-only diagnostic of the test split behind
it: of its quotes given to a person by a role noun nobody was titled with ("the driver
said": the person named last), 4 were right and 5 wrong, where pronouns are right 85% of
the time. Cases: a generic noun (driver, witness, victim, paramedic) or a party's office
(judge, manager) naming someone new after another person was named; an office the person
named holds though the article gave no title (chancellor, prime minister); a title, an
apposition or an age that names the one before."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    (
        'Police named the victim as Jane Hart, 34.\n\n"The road was like glass," the driver said.',
        "The road was like glass",
        "the driver",
    ),
    (
        'Mark Lee, 52, was arrested at the scene.\n\n"He was shouting at everyone," the witness '
        "said.",
        "He was shouting",
        "the witness",
    ),
    (
        'Officers arrested Dean Moss, 19, on Friday.\n\n"It was terrifying," the victim said.',
        "It was terrifying",
        "the victim",
    ),
    (
        'Carl Webb was jailed for six years at Leeds Crown Court.\n\n"You showed no remorse," '
        "the judge said.",
        "You showed no remorse",
        "the judge",
    ),
    (
        'Striker Leon Bailey scored twice for Villa.\n\n"It was a great night for the club," the '
        "manager said.",
        "It was a great night",
        "the manager",
    ),
    (
        'Paramedics treated Rosa Diaz at the scene.\n\n"She was lucky to be alive," the paramedic '
        "said.",
        "She was lucky",
        "the paramedic",
    ),
    (
        'Jeremy Hunt set out his plans on Monday.\n\n"We will cut taxes," the chancellor said.',
        "We will cut taxes",
        "Jeremy Hunt",
    ),
    (
        'Liz Truss resigned on Thursday after 45 days.\n\n"I cannot deliver the mandate," the '
        "prime minister said.",
        "I cannot deliver",
        "Liz Truss",
    ),
    (
        'The council leader, Ann Cole, defended the cuts.\n\n"We had no choice," the leader said.',
        "We had no choice",
        "Ann Cole",
    ),
    (
        'Chancellor Rachel Reeves will deliver the budget on Wednesday.\n\n"This is a budget for '
        'growth," the chancellor said.',
        "This is a budget",
        "Rachel Reeves",
    ),
    (
        'Coach Mike Dunn praised his players after the win.\n\n"We were brilliant tonight," the '
        "coach said.",
        "We were brilliant",
        "Mike Dunn",
    ),
    (
        'Judge Amy Ross jailed Carl Webb for six years.\n\n"You showed no remorse," the judge '
        "said.",
        "You showed no remorse",
        "Amy Ross",
    ),
    (
        'Ana Ruiz opened her cafe in 2019.\n\n"Business has never been better," the 41-year-old '
        "said.",
        "Business has never",
        "Ana Ruiz",
    ),
    (
        'Tom Hale, a father of three, lost his job in May.\n\n"I do not know how we will pay the '
        'rent," the father said.',
        "I do not know",
        "Tom Hale",
    ),
    (
        'Mayor Karen Bass visited the site on Friday.\n\n"We will rebuild," the mayor said.',
        "We will rebuild",
        "Karen Bass",
    ),
    (
        'Emma Price was killed when her car hit a tree.\n\n"She was a wonderful daughter," her '
        "mother said.",
        "She was a wonderful",
        "her mother",
    ),
]
