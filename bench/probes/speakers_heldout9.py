"""Ninth round of held-out cases (written first, in one sitting, before ``speakers_cases9``
and any rule; only scored): whom "he said", "she said" and "the official said" point back
to when more than one person is named before them: an object, a person inside a reported
clause, a person in a prepositional phrase, a newly introduced speaker, and guards."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    # the subject, not the object or the person in a reported clause
    ('Mayor Karen Doyle said Councillor Peter Walsh had misled residents. "He knew the '
     'figures were wrong," she said.', "He knew the figures", "Karen Doyle"),
    ('Coach Ben Harper praised goalkeeper Tom Reilly after the match. "He kept us in the '
     'game," Harper said. "We owe him a lot," he added.', "We owe him a lot", "Ben Harper"),
    ('Senator Ruth Allen met Governor Mike Stone on Monday to discuss the bridge. "We agreed '
     'on a timetable," she said.', "We agreed on a timetable", "Ruth Allen"),
    ('Prosecutor Laura Chen told the jury that Daniel Moss had planned the attack for weeks. '
     '"This was no accident," she said.', "This was no accident", "Laura Chen"),
    # a speaker newly introduced as the subject of the sentence before the quote
    ('Mayor Karen Doyle backed the plan. But Councillor Peter Walsh voted against it.\n\n'
     '"It is far too expensive," he said.', "It is far too expensive", "Peter Walsh"),
    ('The charity was founded by John Reed in 1998. His daughter, Emma Reed, now runs it. '
     '"Dad would be proud," she said.', "Dad would be proud", "Emma Reed"),
    ('Anna Kowalski, a nurse, was at the scene with her husband, Piotr. "We heard a loud '
     'bang," she said.', "We heard a loud bang", "Anna Kowalski"),
    # a person in a prepositional phrase or an aside is not the one speaking
    ('According to a report by economist Sarah Lin, prices rose sharply. Finance Minister '
     'David Grant disputed the figures. "The data is out of date," he said.',
     "The data is out of date", "David Grant"),
    ('Chief Executive Mark Hill, who replaced Susan Ward last year, defended the cuts. "We '
     'had no choice," he said.', "We had no choice", "Mark Hill"),
    ('Dr Priya Nair, speaking on behalf of Professor Alan Fox, said the results were early. '
     '"We need more patients," she said.', "We need more patients", "Priya Nair"),
    # a role word points to the person who holds it, not the last person named
    ('Headteacher Claire Morgan said pupil James Holt had been found safe. "We are so '
     'relieved," the headteacher said.', "We are so relieved", "Claire Morgan"),
    ('Police Chief Ray Dunn said officers had arrested Kevin Price, 34. "The community can '
     'rest easier tonight," the chief said.', "The community can rest", "Ray Dunn"),
    # a quote answered by the one spoken to
    ('Judge Helen Ward asked defendant Carl Moore whether he understood the charges. "I do," '
     'he said.', "I do", "Carl Moore"),
    # guards: the person named last is the speaker when the subject is a body
    ('The hospital confirmed that nurse Linda Park had died. "She was loved by everyone," her '
     'sister said.', "She was loved by everyone", "sister"),  # round 12 (was None)
    ('The club signed striker Marco Silva on Friday. "I am very happy to be here," he said.',
     "I am very happy to be here", "Marco Silva"),
    ('Firefighters rescued Joan Tate, 82, from the burning house. "I thought I was going to '
     'die," she said.', "I thought I was going to die", "Joan Tate"),
]  # fmt: skip
