"""Sixth round of tuning cases (written in one sitting with ``speakers_heldout6``, before any
rule after them): quotes whose speaker is named with no speech verb beside the quote (a
colon after a clause, a verdict, a description, a statement, a post, a dash), and pronouns
that must skip a person mentioned but not speaking."""

from __future__ import annotations

CASES: list[tuple[str, str, str | None]] = [
    (
        "Councillor Mary Jones was blunt.\n\n"
        '"This plan is dead in the water and everyone knows it."',
        "This plan is dead",
        "Mary Jones",
    ),
    (
        "Asked about the delay, Transport Secretary Alan Byrne did not hold back: "
        '"It is a disgrace and passengers deserve an apology."',
        "It is a disgrace",
        "Alan Byrne",
    ),
    (
        "Chief executive Tom Reilly's message to staff was simple: "
        '"We will get through this together, as we always have."',
        "We will get through",
        "Tom Reilly",
    ),
    (
        "In a post on X, Senator Lisa Grant wrote that the bill was "
        '"a betrayal of working families across the state".',
        "a betrayal of working",
        "Lisa Grant",
    ),
    (
        '"We were robbed by a decision that made no sense." That was the verdict of manager '
        "Carl Dunne after the defeat.",
        "We were robbed",
        "Carl Dunne",
    ),
    (
        "For Maria Lopez, the answer is obvious.\n\n"
        '"You build more homes, and you build them near the jobs," she said.',
        "You build more homes",
        "Maria Lopez",
    ),
    (
        "Police Chief Anna Webb described the scene as "
        '"utter carnage, the worst I have seen in thirty years".',
        "utter carnage",
        "Anna Webb",
    ),
    (
        "Acme Industries said in a statement: "
        '"We deeply regret the incident and are cooperating fully with investigators."',
        "We deeply regret",
        "Acme Industries",
    ),
    (
        "A spokesperson for Northfield Council said:\n\n"
        '"We are aware of the issue and are working to fix it as quickly as possible."',
        "We are aware of the issue",
        "Northfield Council",
    ),
    (
        "Former champion Lee Marsh tweeted: "
        '"What a night, what a fighter, what a win for the sport!"',
        "What a night",
        "Lee Marsh",
    ),
    (
        '"We will not back down, not now and not ever." - Union leader Pat Cole',
        "We will not back down",
        "Pat Cole",
    ),
    (
        "Doctor Helen Shaw, who led the study, put it plainly. "
        '"Sugar is the problem, and it has been for decades."',
        "Sugar is the problem",
        "Helen Shaw",
    ),
    (
        "Firefighters worked through the night.\n\n"
        '"It\'s heartbreaking to see the whole street like this," said one neighbour, '
        "who asked not to be named.",
        "heartbreaking to see",
        "neighbour",  # round 12: a speaker described is the description (was None)
    ),
    (
        "The judge, Susan Marr, told the court the defendant had shown "
        '"no remorse whatsoever for what he did".',
        "no remorse whatsoever",
        "Susan Marr",
    ),
    (
        "Defence lawyer Mark Rowe said his client would appeal. The case against Peter Hall "
        "had been flawed from the start, he said.\n\n"
        '"We will be vindicated when the full evidence is heard," he added.',
        "We will be vindicated",
        "Mark Rowe",
    ),
    (
        "Premier Joan Tully defended the decision. "
        "Opposition leader Ken Marsh called it reckless.\n\n"
        '"This is a fiscal disaster," Marsh said. "Families will pay for it."\n\n'
        "Tully hit back.\n\n"
        '"The opposition has no plan of its own and never has."',
        "The opposition has no plan",
        "Joan Tully",
    ),
    (
        "Residents packed the hall. Among them was Betty Aird, 82, who has lived on the street "
        "for 50 years.\n\n"
        '"I\'m not going anywhere, whatever they build," she said.',
        "not going anywhere",
        "Betty Aird",
    ),
    (
        'The minister\'s spokesman, James Cole, said: "No decision has been taken on the matter."',
        "No decision has been taken",
        "James Cole",
    ),
    (
        "Speaking to reporters on Monday, Governor Ellen Price said the state "
        '"will not be bullied by anyone in Washington".',
        "will not be bullied",
        "Ellen Price",
    ),
    (
        "\"We're thrilled with how many people came this year,\" says Julie Kim, the festival's "
        "director.",
        "thrilled with how many",
        "Julie Kim",
    ),
    (
        "Manager Tony Ruiz said of his goalkeeper, Sam Lee: "
        '"He saved us today, there is no other way to put it."',
        "He saved us today",
        "Tony Ruiz",
    ),
    (
        "Labour MP Carl Jones has denied the claims.\n\n"
        '"That\'s simply not true and I have the emails to prove it," Jones replied, when asked '
        "whether he had been warned.",
        "simply not true",
        "Carl Jones",
    ),
    (
        "Hale's lawyer, Dana Price, said in an email that her client "
        '"denies every allegation made against him".',
        "denies every allegation",
        "Dana Price",
    ),
    (
        "In his ruling, Judge Omar Patel wrote: "
        '"The evidence simply does not support the claim made by the council."',
        "The evidence simply does not",
        "Omar Patel",
    ),
    (
        "Reporter: Why publish the findings now?\n\n"
        'Dr Alan Fry: "Because the data finally supports what we suspected for years."',
        "Because the data finally",
        "Alan Fry",
    ),
    (
        "Grace Wilson taught at the school for 30 years.\n\n"
        "Wilson, now retired, remembered the day well. "
        '"The sky just turned black and the children started crying."',
        "The sky just turned black",
        "Grace Wilson",
    ),
    (
        "Hospital chief executive Ruth Okafor warned of a difficult winter. Health minister "
        "David Lam will visit the site next week.\n\n"
        '"Our staff are exhausted and the beds are full," she said.',
        "Our staff are exhausted",
        "Ruth Okafor",
    ),
    (
        "Head coach Brian Moss was asked about his quarterback, Tyler Quinn.\n\n"
        '"He is the toughest kid I have ever coached," Moss said.',
        "toughest kid I have ever",
        "Brian Moss",
    ),
    (
        "The charity's founder, Leila Haddad, said the money would fund two new shelters. "
        '"Every pound goes straight to the families who need it."',
        "Every pound goes straight",
        "Leila Haddad",
    ),
    (
        "Witness Joe Bright, who was walking his dog nearby, heard the crash.\n\n"
        '"There was a huge bang and then silence," Bright told The Courier.',
        "There was a huge bang",
        "Joe Bright",
    ),
]
