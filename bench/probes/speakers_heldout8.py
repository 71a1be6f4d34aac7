"""Eighth round of held-out cases (written first, in one sitting, before ``speakers_cases8``
and its rule; only scored): a quotation with no attribution standing as its own sentence
after a sentence, in the same paragraph, whose subject is a named person; and guards."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    ('Council member Lisa Grant voted against the plan. "It costs too much and helps too few."',
     "It costs too much", "Lisa Grant"),
    ('Farmer Owen Price lost half his herd in the storm. "We will rebuild, but it will take '
     'years."', "We will rebuild", "Owen Price"),
    ('Dr. Helen Cho, who runs the clinic, has seen cases double. "The waiting room is full '
     'every morning."', "The waiting room is full", "Helen Cho"),
    ('Principal Mark Evans welcomed the decision. "Our pupils deserve a safe building."',
     "Our pupils deserve", "Mark Evans"),
    ('Amira Haddad, 19, finished first in her class. "I did it for my mother."',
     "I did it for my mother", "Amira Haddad"),
    ('Striker Leo Banks scored twice in the second half. "The lads never gave up."',
     "The lads never gave up", "Leo Banks"),
    # guards: the sentence before names a body, or its subject is no named person
    ('Police arrested a man on Monday. "We are confident we have the right person."',
     "We are confident", None),
    ('The council approved the budget on Tuesday. "This is a responsible plan."',
     "This is a responsible plan", "council"),
    ('Officers found Maria Lopez unconscious in the car. "She was barely breathing."',
     "She was barely breathing", None),
    ('A neighbour called Tom Ward for help. "I just ran," the neighbour said.',
     "I just ran", "neighbour"),  # round 12: the description (was None)
]  # fmt: skip
