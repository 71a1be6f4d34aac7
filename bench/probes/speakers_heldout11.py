"""Eleventh round of held-out cases (written first, in one sitting, before
``speakers_cases11`` and any rule of the round; only scored): the long paragraphs of real
copy, where the quotation sits in a sentence with other clauses: a partial quotation after a
reporting verb and a clause, a speaker described at length between name and verb, the verb
after a long subordinate clause, a statement's quotation after "In a statement,", a speaker
named by surname after an earlier full mention, a quotation after a colon that follows a
long introduction, and guards (a quotation of a document, a slogan, a title)."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    # partial quotation inside reported speech, with a clause between
    ('Health minister Karen Doyle, speaking at a clinic in Leeds on Monday, said the waiting '
     'lists were "a national scandal that nobody can defend".', "a national scandal",
     "Karen Doyle"),
    ('Opposition leader Rafael Ortega accused the government of "treating voters like fools '
     'who will believe anything".', "treating voters like fools", "Rafael Ortega"),
    # a long description between name and verb
    ('"We were never told the bridge was unsafe," Linda Marsh, a 52-year-old nurse who has '
     'lived in the village for three decades and crosses the bridge twice a day, told '
     'reporters.', "We were never told the bridge", "Linda Marsh"),
    ('Peter Olsen, the chief executive of Nordic Freight, which employs 4,000 people across '
     'Scandinavia, said: "The new tariffs will cost us dearly."', "The new tariffs will cost",
     "Peter Olsen"),
    # the verb after a subordinate clause
    ('Asked whether she would resign, Mayor Helen Quist said: "I have done nothing wrong and I '
     'am staying."', "I have done nothing wrong", "Helen Quist"),
    ('Speaking to the BBC after the verdict, Detective Inspector Mark Lowe said the family had '
     'shown "extraordinary courage throughout the trial".', "extraordinary courage", "Mark Lowe"),
    # in a statement
    ('In a statement, the Ministry of Defence said it was "aware of the incident and '
     'investigating".', "aware of the incident", "Ministry of Defence"),
    ('Greenpeace said in a statement on Friday: "This decision puts profits before the '
     'planet."', "This decision puts profits", "Greenpeace"),
    # surname after an earlier full mention, a paragraph of context between
    ('Judge Anita Rao sentenced the men on Thursday.\n\nThe court heard the pair had stolen '
     'more than 200 cars over two years.\n\n"You showed no regard for your victims," Rao '
     'told them.', "You showed no regard", "Anita Rao"),
    ('Striker Jamal Okafor scored twice in the second half.\n\nCity had trailed at the break '
     'after a poor first half.\n\nOkafor said: "The manager told us to keep going, and we '
     'did."', "The manager told us to keep going", "Jamal Okafor"),
    # a colon after a long introduction
    ('Union general secretary Maria Lind, who led the talks that ended without a deal late on '
     'Wednesday, had a clear message for ministers: "Pay our members fairly or face more '
     'strikes."', "Pay our members fairly", "Maria Lind"),
    # the speaker between the quotation's two halves, with a title
    ('"The economy is slowing," said Bank of England governor Andrew Bailey, "but inflation '
     'remains too high."', "but inflation remains too high", "Andrew Bailey"),
    # guards: no person speaks
    ('The sign on the door read "No entry without authorisation", residents said.',
     "No entry without authorisation", None),
    ('The report, titled "Failing Our Children: The State of School Buildings", was published'
     ' on Monday.', "Failing Our Children", None),
    ('Protesters chanted "Save our hospital" outside the council offices.', "Save our hospital",
     None),
    ('The letter warned that the plant posed "an unacceptable risk to public health".',
     "an unacceptable risk", None),
]  # fmt: skip
