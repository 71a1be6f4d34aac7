"""Thirteenth round, held out only (written in one sitting and scored before any rule; all
20 right at once, so no tuning half and no rule followed): two or more people the article
names are in play around a quotation, and the speaker is one of them: a quote told to
someone ("X told Y: ..."), a speaker with a clause about another person between name and
verb, a reply to someone, a pronoun with two people of one sex or of two sexes, a
speaker's relative or lawyer named, a continuation after another person is mentioned. The
count-only diagnostic of the test split behind it: 25 of its quote misses give the quote to
another person code found (the gold speaker found too)."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    ('Mayor Jane Porter met union leader Dave Hill on Monday.\n\nPorter told Hill: "There is '
     'no more money for pay rises this year."', "There is no more money", "Jane Porter"),
    ('Tom Reyes, who was sacked by chairman Alan Brooks last month, said: "I was never given '
     'a reason."', "I was never given", "Tom Reyes"),
    ('"I have nothing to say to him," said Maria Lopez, who was sued by her former partner, '
     'Carl Dent, in 2021.', "I have nothing to say", "Maria Lopez"),
    ('Asked about Senator Ruth Klein\'s remarks, Governor Paul Moss said: "She is entitled to '
     'her opinion."', "She is entitled", "Paul Moss"),
    ('Responding to criticism from Liam Grant, the club\'s owner, Sara Vance, said: "We have '
     'listened to the fans."', "We have listened", "Sara Vance"),
    ('Coach Eddie Marsh praised striker Kim Soto after the game.\n\n"She was outstanding from '
     'start to finish," he said.', "She was outstanding", "Eddie Marsh"),
    ('Defender Lucy Ward thanked manager Emma Stone for her support.\n\n"She never stopped '
     'believing in me," Ward said.', "She never stopped", "Lucy Ward"),
    ('Detective Inspector Ian Shaw said officers had spoken to Ben Cole, 34, who found the '
     'body.\n\n"This was a shocking discovery for him," Shaw said.', "This was a shocking",
     "Ian Shaw"),
    ('"We will fight this ruling," said Anna Brandt, a lawyer for Peter Kohl.',
     "We will fight this", "Anna Brandt"),
    ('Peter Kohl\'s wife, Greta Kohl, said: "He is an innocent man."', "He is an innocent",
     "Greta Kohl"),
    ('Finance Minister Raj Patel replied to opposition leader Sam Ortiz in the chamber.\n\n'
     '"The numbers do not lie," Patel said.', "The numbers do not lie", "Raj Patel"),
    ('Sam Ortiz accused Raj Patel of hiding the true cost.\n\n"He has misled this house," '
     'Ortiz said.', "He has misled this house", "Sam Ortiz"),
    ('Nurse Helen Craig looked after patient Mary Doyle for six years.\n\n"She was like family '
     'to me," said Craig.', "She was like family", "Helen Craig"),
    ('Chief executive Mark Lyle said he had spoken to founder Joan Reed on Tuesday.\n\n"Joan '
     'is fully behind the deal," he said.', "Joan is fully behind", "Mark Lyle"),
    ('"I want to thank Dr Ahmed Khan and his team," said patient Rosa Mills, 62.',
     "I want to thank", "Rosa Mills"),
    ('Judge Karen West jailed Dean Price for six years.\n\n"You showed no remorse," the judge '
     'told Price.', "You showed no remorse", "Karen West"),
    ('Prosecutor Neil Hart told the jury that Dean Price had planned the attack.\n\n"He knew '
     'exactly what he was doing," Hart said.', "He knew exactly", "Neil Hart"),
    ('Council leader Fiona Gray said she had written to Transport Secretary Louise Haigh.\n\n'
     '"We need an answer within weeks," Gray said.', "We need an answer", "Fiona Gray"),
    ('Residents met MP Alan Cook on Friday. Local campaigner Joyce Bell said: "We have been '
     'ignored for too long."', "We have been ignored", "Joyce Bell"),
    ('"I am delighted for Jack Lowe," said manager Steve Bruce, after Lowe signed a new '
     'contract.', "I am delighted for", "Steve Bruce"),
]  # fmt: skip
