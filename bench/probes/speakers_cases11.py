"""Eleventh round of tuning cases (written right after ``speakers_heldout11``, before any
rule of the round; read while writing rules): the same shapes of long real-copy paragraphs."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    ('Environment secretary Thomas Reed, visiting flooded homes in York on Sunday, said the '
     'defences had "held up remarkably well under enormous pressure".', "held up remarkably",
     "Thomas Reed"),
    ('Senator Julia Marsh accused the administration of "hiding the true cost of the war from'
     ' the American people".', "hiding the true cost", "Julia Marsh"),
    ('"I lost everything in one night," Ahmed Karimi, a 38-year-old shopkeeper whose store '
     'was destroyed in the blaze along with two neighbouring businesses, told the Guardian.',
     "I lost everything in one night", "Ahmed Karimi"),
    ('Sofia Berg, the founder of Green Routes, a charity that plants trees along motorways, '
     'said: "We need the government to match our ambition."', "We need the government",
     "Sofia Berg"),
    ('Asked about the delays, Transport Secretary Ian Cole said: "Nobody is more frustrated '
     'than I am."', "Nobody is more frustrated", "Ian Cole"),
    ('Speaking outside the court, Chief Superintendent Alan Brook said the sentence sent '
     '"a clear message to anyone who carries a knife".', "a clear message to anyone",
     "Alan Brook"),
    ('In a statement, the Football Association said it "condemns all forms of '
     'discrimination".', "condemns all forms", "Football Association"),
    ('Amnesty International said in a statement on Monday: "These executions must stop '
     'immediately."', "These executions must stop", "Amnesty International"),
    ('Coach Lisa Hart praised her players.\n\nThe team had lost its first three games of the '
     'season.\n\n"They never gave up," Hart said.', "They never gave up", "Lisa Hart"),
    ('Head teacher Owen Price, who has run the school for 12 years and oversaw its move to a '
     'new site last summer, had a simple message for parents: "Please be patient with us."',
     "Please be patient with us", "Owen Price"),
    ('"Prices will keep rising," said Federal Reserve chair Jerome Powell, "until supply '
     'recovers."', "until supply recovers", "Jerome Powell"),
    ('The banner read "Hands off our library" as the council met.', "Hands off our library",
     None),
    ('The inquiry found the response had been "chaotic and poorly led".', "chaotic and poorly",
     None),
]  # fmt: skip
